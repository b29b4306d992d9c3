#include "ApiKeyPrompt.h"

using namespace Qt::StringLiterals;

ApiKeyPrompt *ApiKeyPrompt::of(ApiKeyController *keys)
{
    if (auto *prompt = keys->findChild<ApiKeyPrompt *>(QString(), Qt::FindDirectChildrenOnly))
        return prompt;
    return new ApiKeyPrompt(keys);
}

ApiKeyPrompt::ApiKeyPrompt(ApiKeyController *keys)
    : QObject(keys)
    , m_keys(keys)
{
    connect(keys, &ApiKeyController::stateChanged, this, &ApiKeyPrompt::onStateChanged);
}

void ApiKeyPrompt::open(QWidget *window)
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    m_dialog = new ApiKeyDialog(m_keys->baseUrl(), window);
    m_dialog->setObjectName(u"apiKeyDialog"_s);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &ApiKeyDialog::saveRequested, m_keys, &ApiKeyController::save);
    connect(m_dialog, &ApiKeyDialog::sessionOnlyRequested, m_keys, &ApiKeyController::useForSessionOnly);
    switch (m_keys->state()) {
    case ApiKeyController::State::Failed:
        m_dialog->showKeychainFailure(m_keys->errorMessage());
        break;
    case ApiKeyController::State::Idle:
    case ApiKeyController::State::Loading:
    case ApiKeyController::State::Saving:
        // The keychain has not answered; it may never (a prompt nobody sees): offer the way around it.
        m_dialog->showProblem(tr("The system keychain has not answered yet; it may be waiting for its password. "
                                 "You can use the key for this session only."),
                              true);
        break;
    case ApiKeyController::State::Missing:
    case ApiKeyController::State::Stored:
    case ApiKeyController::State::SessionOnly:
        break;
    }
    m_dialog->open();
}

void ApiKeyPrompt::onStateChanged(ApiKeyController::State state)
{
    if (!m_dialog)
        return;
    switch (state) {
    case ApiKeyController::State::Stored:
    case ApiKeyController::State::SessionOnly:
        m_dialog->accept();
        break;
    case ApiKeyController::State::Failed:
        m_dialog->showKeychainFailure(m_keys->errorMessage());
        break;
    case ApiKeyController::State::Saving:
        m_dialog->setSaving(true);
        break;
    case ApiKeyController::State::Idle:
    case ApiKeyController::State::Loading:
    case ApiKeyController::State::Missing:
        break;
    }
}
