#pragma once

#include "Activation.h"
#include "Provider.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <optional>

// What one launch asks the running program to open, and the rules for its fields: the part of the launch options that
// a helpdesk link or a second instance may carry. Never a key, never a code: there is no field for either.
//
// Every source of a launch (the command line, a helpdesk link, a second instance's message) checks each field by the
// same rule, which returns a translated problem that never repeats the value, or an empty string: the account id by
// CheckpointRequest::accountIdProblem(), the provider by providerProblem(), the API URL by ApiBaseUrl::problem(), the
// ticket id by TicketId::problem().
// Values are checked as given: the command line trims before asking, a link or a message is not trimmed.
struct LaunchRequest {
    Q_DECLARE_TR_FUNCTIONS(LaunchRequest)

public:
    QString accountId; // empty: none given
    std::optional<Provider> provider; // nullopt: none given
    QUrl apiUrl; // empty: none given, so the running program's own
    QString ticketId = {}; // the helpdesk ticket the window works for; empty: none given
    Activation activation = {}; // the launch's permission to come to the front, for this request only

    static QString providerProblem(const QString &name);

    friend bool operator==(const LaunchRequest &, const LaunchRequest &) = default;
};
