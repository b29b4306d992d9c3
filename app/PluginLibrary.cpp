#include "PluginLibrary.h"

#include "StartupTrace.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

#if !defined(CHECKPOINT_PLUGIN_DIR) || !defined(CHECKPOINT_BUILD_DIR)
#error "CHECKPOINT_PLUGIN_DIR and CHECKPOINT_BUILD_DIR (where the plugins are) come from app/CMakeLists.txt"
#endif

namespace {

#ifdef Q_OS_UNIX
// Whether anyone but the owner may write it. A folder root owns above the plugin's own folder is the system's, and
// the administrator's choice: group-writable (/Applications, /usr/local on some systems) or world-writable if sticky
// (/tmp), where nobody can rename or replace what is not theirs.
bool othersCanWrite(const struct stat &status, bool systemFolder)
{
    if (systemFolder)
        return (status.st_mode & S_IWOTH) && !(status.st_mode & S_ISVTX);
    return status.st_mode & (S_IWGRP | S_IWOTH);
}
#endif

// Why the plugin at `path` (canonical) must not be loaded, or empty: the file, its folder or a folder above could be
// written by someone other than the user and root, who would then choose the code the app runs. Once every folder on
// the canonical path is the user's or root's and closed to others, nobody else can swap anything before the load.
QString untrustedBecause(const QString &path)
{
#ifdef Q_OS_UNIX
    QString entry = path;
    for (int depth = 0;; ++depth) { // 0 the file, 1 its folder
        struct stat status { };
        if (::stat(QFile::encodeName(entry).constData(), &status) != 0)
            return PluginLibrary::tr("%1 could not be checked, so it was not trusted").arg(entry);
        if (status.st_uid != ::geteuid() && status.st_uid != 0)
            return PluginLibrary::tr("%1 belongs to another user, so it was not trusted").arg(entry);
        if (othersCanWrite(status, depth > 1 && status.st_uid == 0))
            return PluginLibrary::tr("others can change %1, so it was not trusted").arg(entry);
        if (entry == u"/"_s)
            return {};
        entry = QFileInfo(entry).path();
    }
#else
    Q_UNUSED(path) // Windows: the install folder's ACLs are the installer's (Program Files, or the user's own)
    return {};
#endif
}

} // namespace

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
    // Built here: the plugins built with it, never an installed copy of another version. Anything else: the install's
    // folder, never this build tree's, which may be gone and its path taken by someone else.
    const QString appDir = QCoreApplication::applicationDirPath();
    const QString buildDir = QStringLiteral(CHECKPOINT_BUILD_DIR);
    if (appDir == buildDir || appDir.startsWith(buildDir + u'/'))
        return {buildDir + u"/plugins"_s};
    return {QDir::cleanPath(QDir(appDir).absoluteFilePath(QStringLiteral(CHECKPOINT_PLUGIN_DIR)))};
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
    // Symbolic links resolved: what is checked is what is loaded.
    const QString file = QFileInfo(path).canonicalFilePath();
    if (const QString reason = untrustedBecause(file.isEmpty() ? path : file); !reason.isEmpty()) {
        m_problem = m_messages().didNotLoad.arg(path, reason);
        return nullptr;
    }
    m_loader.setFileName(file);
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
