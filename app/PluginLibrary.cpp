#include "PluginLibrary.h"

#include "StartupTrace.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

#ifndef CHECKPOINT_PLUGIN_RELDIR
#error "CHECKPOINT_PLUGIN_RELDIR (the plugin directory relative to the executable's) comes from app/CMakeLists.txt"
#endif

PluginLibrary::PluginLibrary(QString fileName, QStringList directories, Fits fits, std::function<Messages()> messages)
    : m_fileName(std::move(fileName))
    , m_directories(std::move(directories))
    , m_fits(std::move(fits))
    , m_messages(std::move(messages))
{
}

PluginLibrary::~PluginLibrary() = default;

void PluginLibrary::setDirectories(const QStringList &directories)
{
    if (!m_tried)
        m_directories = directories;
}

QStringList PluginLibrary::defaultDirectories()
{
    if (!QCoreApplication::instance())
        return {}; // the fuzz targets, which link their plugin in statically
    const QString appDir = QCoreApplication::applicationDirPath();
    return {QDir::cleanPath(appDir + u'/' + QStringLiteral(CHECKPOINT_PLUGIN_RELDIR)), appDir + u"/plugins"_s,
            QDir::cleanPath(appDir + u"/../plugins"_s)};
}

QObject *PluginLibrary::instance()
{
    if (!m_tried) {
        m_tried = true;
        QElapsedTimer timer;
        timer.start();
        m_instance = load();
        qCDebug(lcStartup, "%s %s in %.2f ms", qUtf8Printable(m_fileName), m_instance ? "loaded" : "NOT loaded",
                double(timer.nsecsElapsed()) / 1e6);
    }
    return m_instance;
}

QObject *PluginLibrary::load()
{
    const QObjectList statics = QPluginLoader::staticInstances();
    for (QObject *plugin : statics) {
        if (m_fits(plugin))
            return plugin;
    }
    QString path;
    for (const QString &directory : std::as_const(m_directories)) {
        if (const QFileInfo file(directory + u'/' + m_fileName); file.isFile()) {
            path = file.filePath();
            break;
        }
    }
    if (path.isEmpty()) {
        m_problem = m_messages().notInstalled.arg(
            m_fileName, m_directories.isEmpty() ? tr("(no folder)") : m_directories.join(u", "_s));
        return nullptr;
    }
    m_loader.setFileName(path);
    QObject *plugin = m_loader.instance();
    if (!plugin) {
        m_problem = m_messages().didNotLoad.arg(path, m_loader.errorString());
        return nullptr;
    }
    if (!m_fits(plugin)) {
        m_problem = m_messages().wrongInterface.arg(path);
        return nullptr;
    }
    return plugin;
}
