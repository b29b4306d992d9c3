#pragma once

#include "PluginLibrary.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class PhoneNumberBackend;

// The phone-number plugin (libphonenumber behind PhoneNumberBackend), loaded the first time somebody needs it, so
// that a start that never sees a PHONE_REGISTER checkpoint never maps libphonenumber, protobuf or abseil.
// GUI thread only.
class PhoneNumberLibrary final {
    Q_DECLARE_TR_FUNCTIONS(PhoneNumberLibrary)

public:
    // The app's library, searching defaultDirectories().
    static PhoneNumberLibrary &instance();
    explicit PhoneNumberLibrary(QStringList directories);
    Q_DISABLE_COPY_MOVE(PhoneNumberLibrary)

    // The plugin, loaded on the first call; nullptr when it cannot be, and problem() says why.
    const PhoneNumberBackend *backend();
    bool isLoaded() const { return m_library.isLoaded(); }
    // Translated; empty while nothing went wrong.
    QString problem() const { return m_library.problem(); }
    // Where to look, before the first backend() call; tests point the app's library at an empty directory.
    void setDirectories(const QStringList &directories) { m_library.setDirectories(directories); }

    static QStringList defaultDirectories() { return PluginLibrary::defaultDirectories(); }
    static QString fileName();

private:
    PluginLibrary m_library;
};
