#include "LinkRefusal.h"

#include <QApplication>
#include <QGridLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

std::unique_ptr<QMessageBox> makeLinkRefusalBox(const QString &reason, QWidget *parent)
{
    auto box = std::make_unique<QMessageBox>(QMessageBox::Warning, QApplication::tr("PostPress Checkpoint"),
                                             QApplication::tr("This helpdesk link can't be used."),
                                             QMessageBox::NoButton, parent);
    box->setInformativeText(
        QApplication::tr("Something in the link is wrong, so nothing was opened. Ask whoever maintains the link to "
                         "correct it: Details says which part.\n\nYou can open PostPress Checkpoint anyway and "
                         "type the account id yourself."));
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
