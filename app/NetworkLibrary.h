#pragma once

#include "PluginLibrary.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class NetworkBackend;

// The network plugin (QtNetwork behind NetworkBackend), loaded when the first request goes out or the app makes its
// network access manager after the first frame, so that QtNetwork and what it links (Kerberos, GSSAPI, libproxy)
// are not mapped on the way to the first frame. GUI thread only.
class NetworkLibrary final {
    Q_DECLARE_TR_FUNCTIONS(NetworkLibrary)

public:
    // The app's library, searching PluginLibrary::defaultDirectories().
    static NetworkLibrary &instance();
    explicit NetworkLibrary(QStringList directories);
    Q_DISABLE_COPY_MOVE(NetworkLibrary)

    // The plugin, loaded on the first call; nullptr when it cannot be, and problem() says why.
    const NetworkBackend *backend();
    bool isLoaded() const { return m_library.isLoaded(); }
    // Translated; empty while nothing went wrong.
    QString problem() const { return m_library.problem(); }
    // Where to look, before the first backend() call; tests point the app's library at an empty directory.
    void setDirectories(const QStringList &directories) { m_library.setDirectories(directories); }

    static QString fileName();

private:
    PluginLibrary m_library;
};
