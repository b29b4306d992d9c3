#pragma once

#include <QCoreApplication>
#include <QPluginLoader>
#include <QString>
#include <QStringList>

#include <functional>

// One of the app's own plugins (app/phonenumber), found and loaded the first time somebody needs it. The plugins
// keep libraries off the way to the first frame; PhoneNumberLibrary holds one of these and says, in its own words,
// what went wrong. GUI thread only.
class PluginLibrary final {
    Q_DECLARE_TR_FUNCTIONS(PluginLibrary)

public:
    // Translated by the owner when a failure happens (so in the language then installed).
    struct Messages {
        QString notInstalled; // %1 the file name, %2 the folders searched
        QString didNotLoad; // %1 the path, %2 QPluginLoader's reason or why the file was not trusted
        QString wrongInterface; // %1 the path
    };
    // Whether a plugin instance implements the interface the owner needs (a qobject_cast).
    using Fits = std::function<bool(QObject *)>;

    PluginLibrary(QString fileName, QStringList directories, Fits fits, std::function<Messages()> messages);
    // The plugin stays loaded until the process ends: libraries such as libphonenumber keep singletons and
    // registries that are not meant to be torn down and brought back.
    ~PluginLibrary();
    Q_DISABLE_COPY_MOVE(PluginLibrary)

    // The plugin's instance, loaded on the first call; nullptr when it cannot be, and problem() says why. A plugin
    // linked in statically (the fuzz targets) that fits is used without searching.
    QObject *instance();
    bool isLoaded() const { return m_instance != nullptr; }
    // Translated; empty while nothing went wrong.
    QString problem() const { return m_problem; }
    // Where to look, before the first instance() call; tests point a library at an empty directory.
    void setDirectories(const QStringList &directories);
    QString fileName() const { return m_fileName; }

    // The one folder to search: <build>/plugins for a program in the build tree the app was built in, else the folder
    // the install put the plugins in (absolute on Linux; inside the bundle on macOS, beside the .exe on Windows).
    // Never a folder beside or above the program's own, where someone else may have put a library.
    static QStringList defaultDirectories();

private:
    QObject *load();

    QString m_fileName;
    QStringList m_directories;
    Fits m_fits;
    std::function<Messages()> m_messages;
    QPluginLoader m_loader;
    QObject *m_instance = nullptr;
    bool m_tried = false;
    QString m_problem;
};
