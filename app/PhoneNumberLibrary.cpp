#include "PhoneNumberLibrary.h"

#include "PhoneNumberBackend.h"

#ifndef CHECKPOINT_PHONENUMBER_PLUGIN
#error "CHECKPOINT_PHONENUMBER_PLUGIN (the plugin's file name) comes from app/CMakeLists.txt"
#endif

PhoneNumberLibrary &PhoneNumberLibrary::instance()
{
    static PhoneNumberLibrary library(defaultDirectories());
    return library;
}

PhoneNumberLibrary::PhoneNumberLibrary(QStringList directories)
    : m_library(
        fileName(), std::move(directories),
        [](QObject *plugin) { return qobject_cast<PhoneNumberBackend *>(plugin) != nullptr; },
        [] {
            return PluginLibrary::Messages{tr("The phone-number component (%1) is not installed: it is in none of %2."),
                                           tr("The phone-number component (%1) did not load: %2."),
                                           tr("%1 is not the phone-number component this version needs.")};
        })
{
}

QString PhoneNumberLibrary::fileName()
{
    return QStringLiteral(CHECKPOINT_PHONENUMBER_PLUGIN);
}

const PhoneNumberBackend *PhoneNumberLibrary::backend()
{
    return qobject_cast<PhoneNumberBackend *>(m_library.instance());
}
