#include "ApiKeyDialog.h"
#include "ui_ApiKeyDialog.h"

#include "ApiBaseUrl.h"
#include "ApiKeyController.h"

#include <QPushButton>

ApiKeyDialog::ApiKeyDialog(const QUrl &baseUrl, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ApiKeyDialog>())
    , m_baseUrl(baseUrl)
{
    m_ui->setupUi(this);
    // Wide enough for a whole key. The dialog takes its size from its content and grows downwards only: the
    // message lines take the width the rest gives them (their size policy in the form is Ignored).
    m_ui->keyEdit->setMinimumWidth(m_ui->keyEdit->fontMetrics().averageCharWidth() * 40);
    setMessage({});

    m_saveButton = m_ui->buttonBox->button(QDialogButtonBox::Save);
    m_saveButton->setDefault(true);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_sessionOnlyButton = m_ui->buttonBox->addButton(QString(), QDialogButtonBox::ActionRole);
    m_sessionOnlyButton->setObjectName(QStringLiteral("sessionOnlyButton"));
    m_sessionOnlyButton->hide();
    setTexts();
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ApiKeyDialog::onSave);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_sessionOnlyButton, &QPushButton::clicked, this, &ApiKeyDialog::onSessionOnly);
    connect(m_ui->showKeyButton, &QToolButton::toggled, this, [this](bool shown) {
        m_ui->keyEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        setTexts();
    });
    connect(m_ui->detailsButton, &QToolButton::toggled, this, [this](bool shown) {
        m_ui->detailsButton->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
        m_ui->detailsLabel->setVisible(shown);
    });
    connect(m_ui->keyEdit, &QLineEdit::textChanged, this, [this] { setMessage({}); });
    m_ui->keyEdit->setFocus();
}

ApiKeyDialog::~ApiKeyDialog() = default;

void ApiKeyDialog::setTexts()
{
    m_ui->introLabel->setText(tr("Paste the PostPress API key for %1. It is kept in the system keychain of this "
                                 "computer, so you are asked only once.")
                                  .arg(ApiBaseUrl::normalised(m_baseUrl)));
    m_saveButton->setText(tr("&Save in keychain"));
    m_sessionOnlyButton->setText(tr("Use for this session &only"));
    m_sessionOnlyButton->setToolTip(tr("Keep the key in memory until the app quits; it is not stored anywhere"));
    m_ui->showKeyButton->setText(m_ui->showKeyButton->isChecked() ? tr("Hid&e") : tr("Sho&w"));
}

void ApiKeyDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        setTexts();
    }
    QDialog::changeEvent(event);
}

QString ApiKeyDialog::typedKey() const
{
    return m_ui->keyEdit->text();
}

void ApiKeyDialog::setSaving(bool saving)
{
    m_ui->keyEdit->setEnabled(!saving);
    m_saveButton->setEnabled(!saving);
    if (saving) {
        // A keychain can wait for ever on a password prompt nobody sees: the agent is never stuck behind it.
        setMessage(tr("Waiting for the system keychain… If it does not answer (it may be waiting for its password), "
                      "use the key for this session only."));
        m_sessionOnlyButton->show();
    } else {
        m_ui->keyEdit->setFocus();
    }
}

void ApiKeyDialog::showProblem(const QString &message, bool offerSessionOnly)
{
    setSaving(false);
    setMessage(message);
    m_sessionOnlyButton->setVisible(offerSessionOnly);
}

void ApiKeyDialog::showKeychainFailure(const QString &message)
{
    showProblem(message, true);
    const auto [explanation, systemText] = ApiKeyStore::splitSystemText(message);
    setMessage(explanation, systemText);
    m_sessionOnlyButton->setDefault(true);
}

void ApiKeyDialog::setMessage(const QString &message, const QString &details)
{
    m_ui->messageLabel->setText(message);
    m_ui->messageLabel->setVisible(!message.isEmpty());
    m_ui->detailsLabel->setText(details);
    m_ui->detailsButton->setVisible(!details.isEmpty());
    m_ui->detailsButton->setChecked(false);
    m_ui->detailsLabel->hide();
}

void ApiKeyDialog::onSave()
{
    if (const QString key = checkedKey(); !key.isEmpty())
        Q_EMIT saveRequested(key);
}

void ApiKeyDialog::onSessionOnly()
{
    if (const QString key = checkedKey(); !key.isEmpty())
        Q_EMIT sessionOnlyRequested(key);
}

QString ApiKeyDialog::checkedKey()
{
    const QString key = ApiKeyStore::normalisedKey(m_ui->keyEdit->text());
    if (key.isEmpty()) {
        const QString message = m_ui->keyEdit->text().trimmed().isEmpty()
            ? tr("Paste the API key first.")
            : tr("This does not look like an API key: it contains spaces, line breaks or characters that are not "
                 "plain letters, digits and punctuation.");
        setMessage(message);
        m_ui->keyEdit->setFocus();
    }
    return key;
}
