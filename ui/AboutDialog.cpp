#include "AboutDialog.h"

#include "ApiBaseUrl.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QSysInfo>

using namespace Qt::StringLiterals;

AboutDialog::AboutDialog(const QUrl &apiUrl, QWidget *parent)
    : QDialog(parent)
    , m_apiUrl(apiUrl)
    , m_nameLabel(new QLabel(this))
    , m_textLabel(new QLabel(this))
{
    auto *icon = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_LargeIconSize) * 2;
    icon->setPixmap(QApplication::windowIcon().pixmap(iconSize));
    icon->setAlignment(Qt::AlignTop);
    QFont nameFont = m_nameLabel->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.5);
    nameFont.setBold(true);
    m_nameLabel->setFont(nameFont);
    for (QLabel *label : {m_nameLabel, m_textLabel}) {
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_textLabel->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_copyButton = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_copyButton->setObjectName(u"copyVersionInfoButton"_s);
    buttons->button(QDialogButtonBox::Close)->setDefault(true);

    auto *layout = new QGridLayout(this);
    layout->setSizeConstraint(QLayout::SetFixedSize);
    layout->addWidget(icon, 0, 0, 2, 1);
    layout->addWidget(m_nameLabel, 0, 1);
    layout->addWidget(m_textLabel, 1, 1);
    layout->addWidget(buttons, 2, 0, 1, 2);
    layout->setHorizontalSpacing(layout->horizontalSpacing() * 3);
    m_textLabel->setMinimumWidth(fontMetrics().averageCharWidth() * 45);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_copyButton, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(versionInfo(m_apiUrl)); });
    setTexts();
}

QString AboutDialog::versionInfo(const QUrl &apiUrl)
{
    return tr("PostPress Checkpoint %1\nQt %2 (built with %3)\nOperating system: %4\nAPI URL: %5")
        .arg(QLatin1StringView(CHECKPOINT_VERSION), QLatin1StringView(qVersion()), QLatin1StringView(QT_VERSION_STR),
             QSysInfo::prettyProductName(), ApiBaseUrl::normalised(apiUrl));
}

void AboutDialog::setTexts()
{
    setWindowTitle(tr("About PostPress Checkpoint"));
    m_nameLabel->setText(tr("PostPress Checkpoint"));
    m_textLabel->setText(tr("Version %1\n\nSolve PostPress login checkpoints with the code the customer reads out.")
                             .arg(QLatin1StringView(CHECKPOINT_VERSION)));
    m_copyButton->setText(tr("&Copy version info"));
    m_copyButton->setToolTip(tr("Copy the versions of the app, Qt and the operating system, and the API URL, for "
                                "a support request"));
}

void AboutDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        setTexts();
    QDialog::changeEvent(event);
}
