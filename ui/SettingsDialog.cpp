#include "SettingsDialog.h"
#include "ui_SettingsDialog.h"

#include "ApiBaseUrl.h"
#include "KeyStateLine.h"

#include <QEvent>
#include <QLabel>
#include <QPushButton>

using namespace Qt::StringLiterals;

SettingsDialog::SettingsDialog(const AppSettings::Values &values, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_keyBaseUrl(values.apiUrl)
{
    m_ui->setupUi(this);
    m_ui->timeoutSpin->setRange(AppSettings::MinTimeoutSeconds, AppSettings::MaxTimeoutSeconds);
    m_ui->apiUrlEdit->setMaxLength(int(ApiBaseUrl::MaxLength));
    m_ui->commandLineNoteLabel->hide();
    setUpButtons();
    fillLanguages();
    retranslate();

    connect(m_ui->apiUrlEdit, &QLineEdit::textChanged, this, &SettingsDialog::updateApiUrlState);
    connect(m_ui->timeoutSpin, &QSpinBox::valueChanged, this, &SettingsDialog::updateTimeoutSuffix);
    connect(m_ui->replaceKeyButton, &QPushButton::clicked, this, &SettingsDialog::replaceKeyRequested);
    connect(m_ui->forgetKeyButton, &QPushButton::clicked, this, &SettingsDialog::forgetKeyRequested);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::onSave);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->buttonBox->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] { setValues(AppSettings::Values{}); });

    setValues(values);
    setKeyState(m_keyState);
    m_ui->apiUrlEdit->setFocus();
}

void SettingsDialog::setVisible(bool visible)
{
    QDialog::setVisible(visible);
    // QDialog focuses its first field as if by Tab, which selects all of it: one keystroke would erase the URL.
    if (visible)
        m_ui->apiUrlEdit->end(false);
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::setUpButtons()
{
    m_saveButton = m_ui->buttonBox->button(QDialogButtonBox::Save);
    m_saveButton->setObjectName(u"saveButton"_s);
    m_saveButton->setDefault(true);
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setObjectName(u"cancelButton"_s);
    QPushButton *restore = m_ui->buttonBox->button(QDialogButtonBox::RestoreDefaults);
    restore->setObjectName(u"restoreDefaultsButton"_s);
}

void SettingsDialog::fillLanguages()
{
    m_ui->languageCombo->addItem(QString(), QString()); // "System default": its text is set by retranslate()
    for (const AppSettings::Language &language : AppSettings::languages())
        m_ui->languageCombo->addItem(language.nativeName, language.code);
}

AppSettings::Values SettingsDialog::values() const
{
    AppSettings::Values values;
    values.apiUrl = AppSettings::parseApiUrl(m_ui->apiUrlEdit->text());
    values.timeoutSeconds = m_ui->timeoutSpin->value();
    values.language = m_ui->languageCombo->currentData().toString();
    return values;
}

void SettingsDialog::setValues(const AppSettings::Values &values)
{
    if (!m_apiUrlLocked)
        m_ui->apiUrlEdit->setText(values.apiUrl.toString());
    if (!m_timeoutLockedLabel)
        m_ui->timeoutSpin->setValue(values.timeoutSeconds);
    const int languageIndex = m_ui->languageCombo->findData(values.language);
    m_ui->languageCombo->setCurrentIndex(languageIndex < 0 ? 0 : languageIndex);
    updateApiUrlState();
}

QString SettingsDialog::apiUrlProblem() const
{
    return ApiBaseUrl::problem(m_ui->apiUrlEdit->text().trimmed());
}

void SettingsDialog::setKeyBaseUrl(const QUrl &baseUrl)
{
    m_keyBaseUrl = baseUrl;
    updateKeyTexts();
}

void SettingsDialog::setKeyState(ApiKeyController::State state, const QString &message)
{
    m_keyState = state;
    m_keyMessage = message;
    using State = ApiKeyController::State;
    m_ui->replaceKeyButton->setEnabled(state != State::Saving);
    m_ui->forgetKeyButton->setEnabled(state == State::Stored || state == State::SessionOnly);
    updateKeyTexts();
}

void SettingsDialog::setCommandLineApiUrl(const QUrl &baseUrl)
{
    m_commandLineApiUrl = baseUrl;
    m_ui->commandLineNoteLabel->setVisible(!baseUrl.isEmpty());
    retranslate();
}

// Made here rather than in the form: most computers have no policy, and the form stays as it is for them.
void SettingsDialog::setLockedByAdministrator(bool apiUrl, bool timeout)
{
    m_apiUrlLocked = apiUrl;
    m_ui->apiUrlEdit->setEnabled(!apiUrl);
    m_ui->timeoutSpin->setEnabled(!timeout);
    if (timeout && !m_timeoutLockedLabel) {
        m_timeoutLockedLabel = new QLabel(this);
        m_timeoutLockedLabel->setObjectName(u"timeoutLockedLabel"_s);
        m_ui->timeoutRow->insertWidget(1, m_timeoutLockedLabel);
    }
    retranslate();
}

bool SettingsDialog::event(QEvent *event)
{
    if (event->type() == QEvent::LayoutRequest || event->type() == QEvent::Resize)
        QMetaObject::invokeMethod(this, &SettingsDialog::fitHeightToText, Qt::QueuedConnection);
    return QDialog::event(event);
}

void SettingsDialog::fitHeightToText()
{
    // A top-level layout's minimum size ignores height-for-width: a message that wraps onto a new line would
    // squeeze the fields instead of making the dialog taller.
    layout()->activate();
    const int needed = layout()->totalHeightForWidth(width());
    if (needed > 0 && minimumHeight() != needed)
        setMinimumHeight(needed);
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

// The texts that the .ui form does not hold.
void SettingsDialog::retranslate()
{
    m_saveButton->setText(tr("&Save"));
    m_ui->buttonBox->button(QDialogButtonBox::RestoreDefaults)->setText(tr("Restore &defaults"));
    m_ui->languageCombo->setItemText(0, tr("System default"));
    m_ui->timeoutSpin->setAccessibleDescription(
        tr("How long to wait for an answer from the PostPress API before giving up, from %1 to %2 seconds")
            .arg(AppSettings::MinTimeoutSeconds)
            .arg(AppSettings::MaxTimeoutSeconds));
    m_ui->commandLineNoteLabel->setText(
        tr("This run uses %1, given with --api-url on the command line. The URL saved here applies when the app "
           "is started without it.")
            .arg(ApiBaseUrl::normalised(m_commandLineApiUrl)));
    if (m_timeoutLockedLabel) {
        m_timeoutLockedLabel->setText(lockedText());
        m_ui->timeoutSpin->setAccessibleDescription(lockedText());
    }
    updateTimeoutSuffix(m_ui->timeoutSpin->value());
    updateApiUrlState();
    updateKeyTexts();
}

QString SettingsDialog::lockedText()
{
    return tr("Set by your administrator");
}

void SettingsDialog::updateApiUrlState()
{
    const QString problem = apiUrlProblem();
    // A locked URL is the administrator's valid one: the line under it says who set it instead of a problem.
    const QString message = m_apiUrlLocked ? lockedText() : problem;
    m_ui->apiUrlMessageLabel->setText(message);
    m_ui->apiUrlMessageLabel->setVisible(!message.isEmpty());
    m_saveButton->setEnabled(problem.isEmpty());
    m_saveButton->setToolTip(problem.isEmpty() ? QString() : tr("Cannot save: %1").arg(problem));
    // A screen reader announces the reason with the field, not only the silent label below it.
    m_ui->apiUrlEdit->setAccessibleDescription(
        m_apiUrlLocked ? lockedText()
            : problem.isEmpty()
            ? tr("The base URL of the PostPress API: https, or http only for this computer when testing")
            : problem);
}

void SettingsDialog::updateTimeoutSuffix(int seconds)
{
    // Some languages inflect the unit with the number, so the suffix follows the value.
    const QString suffix = tr(" s", "unit after the request timeout; translate as a plural of seconds", seconds);
    if (suffix != m_ui->timeoutSpin->suffix())
        m_ui->timeoutSpin->setSuffix(suffix);
}

void SettingsDialog::updateKeyTexts()
{
    const QString url = ApiBaseUrl::normalised(m_keyBaseUrl);
    m_ui->keyUrlLabel->setText(tr("API key for %1").arg(url));
    m_ui->replaceKeyButton->setAccessibleDescription(
        tr("Paste a new API key for %1; it replaces the one in the system keychain").arg(url));
    m_ui->forgetKeyButton->setAccessibleDescription(
        tr("Remove the API key for %1 from this computer, after asking").arg(url));

    m_ui->keyStateLabel->setText(KeyStateLine::describe(m_keyState, m_keyMessage));
}

void SettingsDialog::onSave()
{
    if (!apiUrlProblem().isEmpty())
        return;
    Q_EMIT settingsAccepted(values());
    accept();
}
