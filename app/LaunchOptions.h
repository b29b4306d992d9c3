#pragma once

#include "Provider.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

// What one launch asks the running program to open: the part of the launch options that a helpdesk link or a
// second instance may carry. Never a key, never a code: there is no field for either.
struct LaunchRequest {
    QString accountId; // empty: none given
    std::optional<Provider> provider; // nullopt: none given
    QUrl apiUrl; // empty: none given, so the running program's own

    friend bool operator==(const LaunchRequest &, const LaunchRequest &) = default;
};

// What the command line asked for. parse() takes a QStringList (argv without Qt's own processing) so that tests
// use exactly the rules main() does; a helpdesk link (HelpdeskLink) and a second instance's message
// (SingleInstance) go through the same per-field checks below.
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
    QString errorMessage; // translated, when action is Error
    QString helpText;
    QString versionText;
    // The positional argument was a postpress-checkpoint: link, accepted or not. Started from a link, nobody
    // reads stderr: main() may want to show a refusal in a window.
    bool fromLink = false;

    static LaunchOptions parse(const QStringList &arguments);

    // The request for the single-instance channel; apiUrl only when --api-url was given.
    LaunchRequest request() const;
    // A forwarded request as options to open a window with; without an apiUrl, the default is used and
    // apiUrlGiven is false (AppSettings::effectiveApiUrl() then picks the URL).
    static LaunchOptions fromRequest(const LaunchRequest &request);

    // The checks shared by every source of a launch (command line, helpdesk link, a second instance's message),
    // besides CheckpointRequest::accountIdProblem. Each returns a translated problem that never repeats the value,
    // or an empty string when the value may be used. Values are checked as given: the command line trims before
    // asking, a link or a message is not trimmed.
    static QString providerProblem(const QString &name);
    // ApiBaseUrl::problem() and ApiBaseUrl::fromText(), for SingleInstance until LaunchRequest has its own header.
    static QString apiUrlProblem(const QString &text);
    static QUrl apiUrlFromText(const QString &text);
};
