#include "PhoneNumberLibrary.h"

#include "PhoneNumberBackend.h"
#include "StartupTrace.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

#ifndef CHECKPOINT_PHONENUMBER_PLUGIN
#error "CHECKPOINT_PHONENUMBER_PLUGIN (the plugin's file name) comes from app/CMakeLists.txt"
#endif
#ifndef CHECKPOINT_PLUGIN_RELDIR
#error "CHECKPOINT_PLUGIN_RELDIR (the plugin directory relative to the executable's) comes from app/CMakeLists.txt"
#endif

PhoneNumberLibrary &PhoneNumberLibrary::instance()
{
    static PhoneNumberLibrary library(defaultDirectories());
    return library;
}

PhoneNumberLibrary::PhoneNumberLibrary(QStringList directories)
    : m_directories(std::move(directories))
{
}

// The plugin stays loaded until the process ends: libphonenumber's singleton and protobuf's registries are not
// meant to be torn down and brought back.
PhoneNumberLibrary::~PhoneNumberLibrary() = default;

void PhoneNumberLibrary::setDirectories(const QStringList &directories)
{
    if (!m_tried)
        m_directories = directories;
}

QStringList PhoneNumberLibrary::defaultDirectories()
{
    if (!QCoreApplication::instance())
        return {}; // the fuzz targets, which link the plugin in statically
    const QString appDir = QCoreApplication::applicationDirPath();
    return {QDir::cleanPath(appDir + u'/' + QStringLiteral(CHECKPOINT_PLUGIN_RELDIR)), appDir + u"/plugins"_s,
            QDir::cleanPath(appDir + u"/../plugins"_s)};
}

QString PhoneNumberLibrary::fileName()
{
    return QStringLiteral(CHECKPOINT_PHONENUMBER_PLUGIN);
}

const PhoneNumberBackend *PhoneNumberLibrary::backend()
{
    if (!m_tried) {
        m_tried = true;
        QElapsedTimer timer;
        timer.start();
        m_backend = load();
        qCDebug(lcStartup, "phone-number plugin %s in %.2f ms", m_backend ? "loaded" : "NOT loaded",
                double(timer.nsecsElapsed()) / 1e6);
    }
    return m_backend;
}

const PhoneNumberBackend *PhoneNumberLibrary::load()
{
    const QObjectList statics = QPluginLoader::staticInstances();
    for (QObject *plugin : statics) {
        if (const auto *backend = qobject_cast<PhoneNumberBackend *>(plugin))
            return backend;
    }
    QString path;
    for (const QString &directory : std::as_const(m_directories)) {
        if (const QFileInfo file(directory + u'/' + fileName()); file.isFile()) {
            path = file.filePath();
            break;
        }
    }
    if (path.isEmpty()) {
        m_problem = tr("The phone-number component (%1) is not installed: it is in none of %2.")
                        .arg(fileName(), m_directories.isEmpty() ? tr("(no folder)") : m_directories.join(u", "_s));
        return nullptr;
    }
    m_loader.setFileName(path);
    QObject *plugin = m_loader.instance();
    if (!plugin) {
        m_problem = tr("The phone-number component (%1) did not load: %2.").arg(path, m_loader.errorString());
        return nullptr;
    }
    const auto *backend = qobject_cast<PhoneNumberBackend *>(plugin);
    if (!backend)
        m_problem = tr("%1 is not the phone-number component this version needs.").arg(path);
    return backend;
}
