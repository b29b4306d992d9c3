#pragma once

#include "HelpdeskLink.h"

#include <QString>

#include <memory>

class QMessageBox;
class QWidget;

// The message box that tells whoever clicked a helpdesk link why it opened nothing: started from a link, nobody
// reads a terminal. Built here, shown by the caller (exec() in main(), open() in the running program).
// The box says in plain words which part of the link is wrong (`part`); `reason`, the parser's exact sentence, which
// never repeats a value, goes behind Details. The box offers to open the app anyway, without anything from the link:
// see linkRefusalOpensAnyway().
std::unique_ptr<QMessageBox> makeLinkRefusalBox(const QString &reason, HelpdeskLink::Part part,
                                                QWidget *parent = nullptr);

// Whether the button that closed the box was "Open PostPress Checkpoint".
bool linkRefusalOpensAnyway(const QMessageBox *box);
