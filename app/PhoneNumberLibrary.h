#pragma once

#include <QCoreApplication>
#include <QPluginLoader>
#include <QString>
#include <QStringList>

class PhoneNumberBackend;

// Finds and loads the phone-number plugin (libphonenumber behind PhoneNumberBackend) the first time somebody needs
// it, so that a start that never sees a PHONE_REGISTER checkpoint never maps libphonenumber, protobuf or abseil.
// GUI thread only.
class PhoneNumberLibrary final {
    Q_DECLARE_TR_FUNCTIONS(PhoneNumberLibrary)

public:
    // The app's library, searching defaultDirectories().
    static PhoneNumberLibrary &instance();
    explicit PhoneNumberLibrary(QStringList directories);
    ~PhoneNumberLibrary();
    Q_DISABLE_COPY_MOVE(PhoneNumberLibrary)

    // The plugin, loaded on the first call; nullptr when it cannot be, and problem() says why. A plugin linked in
    // statically (the fuzz targets) is used without searching.
    const PhoneNumberBackend *backend();
    bool isLoaded() const { return m_backend != nullptr; }
    // Translated; empty while nothing went wrong.
    QString problem() const { return m_problem; }
    // Where to look, before the first backend() call; tests point the app's library at an empty directory.
    void setDirectories(const QStringList &directories);

    // Where an installed app keeps it (CMAKE_INSTALL_LIBDIR/postpress-checkpoint, found relative to the
    // executable so that a relocated install works), then a "plugins" directory beside the executable or one
    // level up: the build tree, where the app sits at the top and the tests one directory down.
    static QStringList defaultDirectories();
    static QString fileName();

private:
    const PhoneNumberBackend *load();

    QStringList m_directories;
    QPluginLoader m_loader;
    const PhoneNumberBackend *m_backend = nullptr;
    bool m_tried = false;
    QString m_problem;
};
