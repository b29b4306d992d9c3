// Where the app looks for its plugins: a program built in the build tree only in that tree's plugins/ folder, any
// other only in the folder the install put them in; never a folder beside or above the program's own. A build tree one
// level below the shared temporary folder once searched <tmp>/lib/postpress-checkpoint, which anybody can create.
// plugin_search_probe stands in for the app: copied elsewhere, it is an app that is not in the build tree.
#include "PluginLibrary.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString buildDir = QStringLiteral(CHECKPOINT_BUILD_DIR);
const QString installPrefix = QStringLiteral(CHECKPOINT_INSTALL_PREFIX);

// What the probe printed, by kind: "searched" folders, the file the plugin was "mapped" from, its "problem".
QStringList probeSays(const QString &output, const QString &kind)
{
    QStringList values;
    for (const QString &line : output.split(u'\n')) {
        if (line.startsWith(kind + u' '))
            values << line.mid(kind.size() + 1);
    }
    return values;
}

bool isInside(const QString &path, const QString &folder)
{
    return path.startsWith(folder + u'/') && QDir::cleanPath(path) == path;
}

} // namespace

class TestPluginSearch final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void inTheBuildTreeOnlyItsPluginsFolder();
    void elsewhereNeverBesideOrAboveTheProgram();
};

void TestPluginSearch::inTheBuildTreeOnlyItsPluginsFolder()
{
    QVERIFY(QCoreApplication::applicationDirPath().startsWith(buildDir + u'/'));
    QCOMPARE(PluginLibrary::defaultDirectories(), QStringList{buildDir + u"/plugins"_s});
}

void TestPluginSearch::elsewhereNeverBesideOrAboveTheProgram()
{
    // <tmp>/build/postpress-checkpoint, and a library with the plugin's metadata in <tmp>/lib/postpress-checkpoint.
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString program = tmp.filePath(u"build/postpress-checkpoint"_s);
    const QString planted =
        tmp.filePath(u"lib/postpress-checkpoint/"_s) + QFileInfo(QStringLiteral(PHONE_PLUGIN)).fileName();
    QVERIFY(QDir().mkpath(QFileInfo(program).path()) && QDir().mkpath(QFileInfo(planted).path()));
    QVERIFY(QFile::copy(QStringLiteral(PLUGIN_SEARCH_PROBE), program));
    QVERIFY(QFile::copy(QStringLiteral(PHONE_PLUGIN), planted));

    QProcess probe;
    probe.start(program, {});
    QVERIFY(probe.waitForFinished(30'000));
    QCOMPARE(probe.exitCode(), 0);
    const QString output = QString::fromUtf8(probe.readAllStandardOutput());
    QVERIFY2(!probeSays(output, u"mapped"_s).contains(planted), qPrintable(output));
    const QStringList searched = probeSays(output, u"searched"_s);
    QVERIFY2(!searched.isEmpty(), qPrintable(output));
    for (const QString &folder : searched)
        QVERIFY2(isInside(folder, installPrefix) && !folder.startsWith(tmp.path()), qPrintable(output));
}

QTEST_GUILESS_MAIN(TestPluginSearch)
#include "tst_pluginsearch.moc"
