#include "NetworkLibrary.h"

#include "NetworkBackend.h"

#ifndef CHECKPOINT_NETWORK_PLUGIN
#error "CHECKPOINT_NETWORK_PLUGIN (the plugin's file name) comes from app/CMakeLists.txt"
#endif

NetworkLibrary &NetworkLibrary::instance()
{
    static NetworkLibrary library(PluginLibrary::defaultDirectories());
    return library;
}

NetworkLibrary::NetworkLibrary(QStringList directories)
    : m_library(
        fileName(), std::move(directories),
        [](QObject *plugin) { return qobject_cast<NetworkBackend *>(plugin) != nullptr; },
        [] {
            return PluginLibrary::Messages{tr("The network component (%1) is not installed: it is in none of %2."),
                                           tr("The network component (%1) did not load: %2."),
                                           tr("%1 is not the network component this version needs.")};
        })
{
}

QString NetworkLibrary::fileName()
{
    return QStringLiteral(CHECKPOINT_NETWORK_PLUGIN);
}

const NetworkBackend *NetworkLibrary::backend()
{
    return qobject_cast<NetworkBackend *>(m_library.instance());
}
