#pragma once

#include "HelpdeskLink.h"
#include "LaunchRequest.h"
#include "Provider.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

// What the command line asked for. parse() takes a QStringList (argv without Qt's own processing) so that tests
// use exactly the rules main() does; a helpdesk link (HelpdeskLink) and a second instance's message
// (SingleInstance) go through the same per-field checks (LaunchRequest).
struct LaunchOptions {
    Q_DECLARE_TR_FUNCTIONS(LaunchOptions)

public:
    enum class Action {
        Run, // open the window
        ShowHelp, // print helpText and exit 0
        ShowVersion, // print versionText and exit 0
        Error, // print errorMessage (and a hint) and exit 2
    };

    Action action = Action::Run;
    QString accountId;
    std::optional<Provider> provider;
    QUrl apiUrl; // always set after a successful parse: the default when not given
    bool apiUrlGiven = false;
    QString ticketId; // --ticket, or the link's ticket; empty: none
    QString errorMessage; // translated, when action is Error
    QString helpText;
    QString versionText;
    // The positional argument was a postpress-checkpoint: link, accepted or not. Started from a link, nobody
    // reads stderr: main() may want to show a refusal in a window.
    bool fromLink = false;
    // Which part of the link a refusal is about, for the words of main()'s message box.
    HelpdeskLink::Part linkPart = HelpdeskLink::Part::Other;

    static LaunchOptions parse(const QStringList &arguments);

    // The request for the single-instance channel; apiUrl only when --api-url was given.
    LaunchRequest request() const;
    // A forwarded request as options to open a window with; without an apiUrl, the default is used and
    // apiUrlGiven is false (EffectiveSettings::apiUrlFor() then picks the URL).
    static LaunchOptions fromRequest(const LaunchRequest &request);
};
