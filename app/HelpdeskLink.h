#pragma once

#include "LaunchRequest.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <optional>

// A link from a helpdesk or ticket system that opens the window for one account:
//
//     postpress-checkpoint://solve?account_id=acc_123&provider=LINKEDIN&ticket=INC-0042
//
// The desktop file passes it as the positional argument (Exec=postpress-checkpoint %u). Whoever can put a link
// in front of an agent controls it, so it is read narrowly:
// - the scheme in any letter case (RFC 3986), then "//solve" (any case), an optional "/", then the query;
//   "postpress-checkpoint:solve?…" and "postpress-checkpoint:///solve?…" are refused: one documented form
//   is all a ticket template needs, and browsers and xdg-open hand the link over as written;
// - at most MaxLength characters, all printable ASCII (anything else must be percent-encoded); no user, port
//   or fragment;
// - parameters: account_id (required), provider and ticket (optional), each at most once; any other parameter is
//   refused, with its own message for a code, a key or an API URL, which a link never carries;
// - values are percent-decoded exactly once, as UTF-8; "+" is a plus sign (RFC 3986, not a form encoding);
//   the account id must follow CheckpointRequest::accountIdProblem (ASCII letters, digits and _ - . ~), the ticket
//   TicketId::problem (a "#" in it percent-encoded as %23), a provider with spaces or control characters is refused,
//   and then the checks of the command line apply.
// A link only fills the fields: it never submits anything.
class HelpdeskLink {
    Q_DECLARE_TR_FUNCTIONS(HelpdeskLink)

public:
    static constexpr qsizetype MaxLength = 2048;

    // Which part of a refused link is wrong, in words for whoever clicked it (LinkRefusal); the reason parse() gives
    // says exactly what is wrong with it.
    enum class Part {
        Other, // not the link's own: the command line beside it
        Form, // the link as a whole: scheme, form, length, encoding, an empty parameter
        AccountId, // missing, or not an account id
        Provider,
        TicketId,
        Secret, // a parameter named like a code or a key
        Server, // a parameter that would choose the API server
        Unknown, // any other parameter
    };

    // "postpress-checkpoint"
    static QString scheme();
    // Whether an argument is meant as a link, valid or not: "postpress-checkpoint:" in any letter case, or any
    // other RFC 3986 scheme followed by "://" (a link for another program, which parse() refuses). An account id
    // has no colon, so neither can be one.
    static bool isLink(QStringView argument);
    // The request the link carries (apiUrl always empty), or nullopt with a translated reason in *error and the part
    // that is wrong in *part.
    static std::optional<LaunchRequest> parse(QStringView link, QString *error, Part *part = nullptr);
    // The canonical link for an account, values percent-encoded.
    static QString make(const QString &accountId, std::optional<Provider> provider, const QString &ticketId = {});
};
