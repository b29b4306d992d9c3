#pragma once

#include "Provider.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

// What the command line asked for. parse() takes a QStringList (argv without Qt's own processing, or a
// forwarded message) so that tests and the single-instance channel use exactly the same rules.
struct LaunchOptions
{
    Q_DECLARE_TR_FUNCTIONS(LaunchOptions)

public:
    enum class Action {
        Run,         // open the window
        ShowHelp,    // print helpText and exit 0
        ShowVersion, // print versionText and exit 0
        Error,       // print errorMessage (and a hint) and exit 2
    };

    Action action = Action::Run;
    QString accountId;
    std::optional<Provider> provider;
    QUrl apiUrl;          // always set after a successful parse: the default when not given
    bool apiUrlGiven = false;
    QString errorMessage; // translated, when action is Error
    QString helpText;
    QString versionText;

    static LaunchOptions parse(const QStringList &arguments);
};
