#include "KeyStateLine.h"

#include "WrappedLabel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using State = ApiKeyController::State;

KeyStateLine::KeyStateLine(QWidget *parent)
    : QWidget(parent)
    , m_label(new WrappedLabel(this))
    , m_detailsButton(new QToolButton(this))
    , m_enterKeyButton(new QPushButton(this))
    , m_detailsLabel(new WrappedLabel(this))
{
    // A keychain's long error wraps here instead of widening the window past the screen.
    for (QLabel *label : {m_label, m_detailsLabel}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
    }
    m_label->setObjectName(u"keyStateLabel"_s);
    m_detailsLabel->setObjectName(u"keyStateDetailsLabel"_s);
    m_detailsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_detailsLabel->setForegroundRole(QPalette::PlaceholderText); // muted: for support
    m_detailsButton->setObjectName(u"keyStateDetailsButton"_s);
    m_detailsButton->setCheckable(true);
    m_detailsButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_detailsButton->setAutoRaise(true);
    m_enterKeyButton->setObjectName(u"enterKeyButton"_s);
    m_enterKeyButton->setAutoDefault(true);
    auto *line = new QHBoxLayout;
    line->addWidget(m_label, 1);
    line->addWidget(m_detailsButton);
    line->addWidget(m_enterKeyButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins({});
    layout->addLayout(line);
    layout->addWidget(m_detailsLabel);
    connect(m_enterKeyButton, &QPushButton::clicked, this, &KeyStateLine::enterKeyRequested);
    connect(m_detailsButton, &QToolButton::toggled, this, [this](bool shown) {
        m_detailsButton->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
        m_detailsLabel->setVisible(shown);
    });
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
    const auto [words, systemText] = ApiKeyStore::splitSystemText(describe(state, message));
    m_label->setText(words);
    m_detailsLabel->setText(systemText);
    m_detailsButton->setText(tr("Syste&m details"));
    m_detailsButton->setToolTip(tr("What the system keychain said, for support"));
    m_detailsButton->setVisible(!systemText.isEmpty());
    m_detailsButton->setChecked(false);
    m_detailsButton->setArrowType(Qt::RightArrow);
    m_detailsLabel->hide();
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
