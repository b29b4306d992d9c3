#include "LinkRefusal.h"

#include <QApplication>
#include <QGridLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace {

// What is wrong, in words for whoever clicked the link: the person at the helpdesk, not its author.
QString partSentence(HelpdeskLink::Part part)
{
    using Part = HelpdeskLink::Part;
    switch (part) {
    case Part::Form:
        return QApplication::tr("The link is not in the form PostPress Checkpoint opens.");
    case Part::AccountId:
        return QApplication::tr("The account id in the link is missing or is not an account id.");
    case Part::Provider:
        return QApplication::tr("The provider in the link is not one PostPress connects.");
    case Part::TicketId:
        return QApplication::tr("The ticket number in the link is not one PostPress Checkpoint can use.");
    case Part::Secret:
        return QApplication::tr("The link carries a code or a key, which a link must never do.");
    case Part::Server:
        return QApplication::tr("The link tries to choose the API server, which only the settings may do.");
    case Part::Unknown:
        return QApplication::tr("The link has a part PostPress Checkpoint does not know.");
    case Part::Other:
        break;
    }
    return QApplication::tr("Something in the link is wrong.");
}

} // namespace

std::unique_ptr<QMessageBox> makeLinkRefusalBox(const QString &reason, HelpdeskLink::Part part, QWidget *parent)
{
    auto box = std::make_unique<QMessageBox>(QMessageBox::Warning, QApplication::tr("PostPress Checkpoint"),
                                             QApplication::tr("This helpdesk link can't be used."),
                                             QMessageBox::NoButton, parent);
    box->setInformativeText(partSentence(part) + u' '
                            + QApplication::tr("Nothing was opened. Ask whoever maintains the link to correct it; "
                                               "Details has the exact reason.\n\nYou can open PostPress Checkpoint "
                                               "anyway and type the account id yourself."));
    box->setDetailedText(reason);
    QPushButton *open = box->addButton(QApplication::tr("&Open PostPress Checkpoint"), QMessageBox::AcceptRole);
    open->setObjectName(u"openAnywayButton"_s);
    box->setDefaultButton(box->addButton(QMessageBox::Close));
    box->setEscapeButton(QMessageBox::Close);
    // The reason quotes what the link's author wrote; QMessageBox's labels would guess rich text from it (and the
    // informative one opens links). setTextFormat() reaches only the first label: set it on every one.
    for (QLabel *label : box->findChildren<QLabel *>())
        label->setTextFormat(Qt::PlainText);
    // QMessageBox sizes itself to its short headline: a spacer across its grid gives the text room to read.
    if (auto *grid = qobject_cast<QGridLayout *>(box->layout())) {
        const int width = box->fontMetrics().averageCharWidth() * 55;
        grid->addItem(new QSpacerItem(width, 0, QSizePolicy::Minimum, QSizePolicy::Fixed), grid->rowCount(), 0, 1,
                      grid->columnCount());
    }
    return box;
}

bool linkRefusalOpensAnyway(const QMessageBox *box)
{
    return box->clickedButton() && box->clickedButton()->objectName() == u"openAnywayButton"_s;
}
