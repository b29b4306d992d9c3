#include "KeyStateLine.h"

#include "WrappedLabel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QPushButton>

using namespace Qt::StringLiterals;
using State = ApiKeyController::State;

KeyStateLine::KeyStateLine(QWidget *parent)
    : QWidget(parent)
    , m_label(new WrappedLabel(this))
    , m_enterKeyButton(new QPushButton(this))
{
    // A keychain's long error wraps here instead of widening the window past the screen.
    m_label->setObjectName(u"keyStateLabel"_s);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setWordWrap(true);
    m_enterKeyButton->setObjectName(u"enterKeyButton"_s);
    m_enterKeyButton->setAutoDefault(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins({});
    layout->addWidget(m_label, 1);
    layout->addWidget(m_enterKeyButton);
    connect(m_enterKeyButton, &QPushButton::clicked, this, &KeyStateLine::enterKeyRequested);
    setState(m_state);
}

QString KeyStateLine::describe(State state, const QString &message)
{
    switch (state) {
    case State::Idle:
    case State::Loading:
        return tr("Waiting for the system keychain…");
    case State::Saving:
        return tr("Saving the API key in the system keychain…");
    case State::Missing:
        return tr("No API key yet: nothing can be sent until one is entered.");
    case State::Stored:
        return tr("API key from the system keychain.");
    case State::SessionOnly:
        return tr("API key for this session only: it is forgotten when the app quits.");
    case State::Failed:
        return message.isEmpty() ? tr("The system keychain failed.") : message;
    }
    return {};
}

void KeyStateLine::setState(State state, const QString &message)
{
    m_state = state;
    m_message = message;
    m_label->setText(describe(state, message));
    m_enterKeyButton->setText(tr("&Enter API key…"));
    m_enterKeyButton->setAccessibleName(tr("Enter API key"));
    m_enterKeyButton->setVisible(state == State::Missing || state == State::Failed);
    setVisible(state != State::Stored); // a stored key needs no words
}

// A new language takes effect at once.
void KeyStateLine::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        setState(m_state, m_message);
    QWidget::changeEvent(event);
}
