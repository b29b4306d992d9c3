#include "LinkRefusal.h"

#include <QApplication>
#include <QLabel>
#include <QMessageBox>

std::unique_ptr<QMessageBox> makeLinkRefusalBox(const QString &reason, QWidget *parent)
{
    auto box =
        std::make_unique<QMessageBox>(QMessageBox::Warning, QApplication::tr("PostPress Checkpoint"),
                                      QApplication::tr("This link cannot be opened."), QMessageBox::Close, parent);
    box->setInformativeText(reason);
    // The reason quotes what the link's author wrote; QMessageBox's labels would guess rich text from it (and the
    // informative one opens links). setTextFormat() reaches only the first label: set it on every one.
    for (QLabel *label : box->findChildren<QLabel *>())
        label->setTextFormat(Qt::PlainText);
    return box;
}
