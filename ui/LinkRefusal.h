#pragma once

#include <QString>

#include <memory>

class QMessageBox;
class QWidget;

// The message box that tells whoever clicked a helpdesk link why it opened nothing: started from a link, nobody
// reads a terminal. Built here, shown by the caller (exec() in main(), open() in the running program).
std::unique_ptr<QMessageBox> makeLinkRefusalBox(const QString &reason, QWidget *parent = nullptr);
