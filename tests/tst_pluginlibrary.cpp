// How the app's plugin library explains a plugin it cannot use: not installed (the folders searched), not a library
// (the loader's reason), a plugin of another kind, or one that others could have put there or changed (a file or
// folder writable by others or owned by another user). PluginLibrary does the search and the loading; the library
// words the failure for the agent, so every row checks its words.
#include "PhoneNumberBackend.h"
#include "PhoneNumberLibrary.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

// One library, as the rows see it: its plugin's file name, and a load from some folders that says what went wrong.
struct Subject {
    QString fileName;
    QString component; // how its messages name it: "phone-number component"
    std::function<QString(const QStringList &directories)> problemLoadingFrom; // empty when the plugin loaded
};

Subject phoneNumber()
{
    return {PhoneNumberLibrary::fileName(), u"phone-number component"_s, [](const QStringList &directories) {
                PhoneNumberLibrary library(directories);
                return library.backend() || library.isLoaded() ? QString() : library.problem();
            }};
}

enum class Fault { NotInstalled, NotALibrary, AnotherKind };
// What is made untrusted in <tmp>/plugins/<plugin>, and how.
enum class Target { Nothing, File, Folder, FolderAbove };
enum class Change { WritableByOthers, WritableByGroup, OwnedByAnother };

QString builtPlugin(const QString &fileName)
{
    return QDir::cleanPath(QCoreApplication::applicationDirPath() + u"/../plugins/"_s + fileName);
}

// A real Qt plugin with another interface: Qt's TLS backend that only reads certificates.
QString otherPlugin()
{
    return QLibraryInfo::path(QLibraryInfo::PluginsPath) + u"/tls/libqcertonlybackend.so"_s;
}

// 0 or errno: chmod for the two kinds of writable, chown to "nobody" (65534, or 65533 for nobody) for another user's.
int makeUntrusted(const QString &path, Change change)
{
    const QByteArray name = QFile::encodeName(path);
    struct stat status { };
    if (::stat(name.constData(), &status) != 0)
        return errno;
    const mode_t mode = status.st_mode & 07777;
    const uid_t other = ::geteuid() == 65534 ? 65533 : 65534;
    const int result = change == Change::WritableByOthers ? ::chmod(name.constData(), mode | S_IWOTH)
        : change == Change::WritableByGroup               ? ::chmod(name.constData(), mode | S_IWGRP)
                                                          : ::chown(name.constData(), other, other);
    return result == 0 ? 0 : errno;
}

} // namespace

Q_DECLARE_METATYPE(Fault)
Q_DECLARE_METATYPE(Target)
Q_DECLARE_METATYPE(Change)

class TestPluginLibrary final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void failureIsExplained_data();
    void failureIsExplained();
    void untrustedPluginIsRefused_data();
    void untrustedPluginIsRefused();
};

void TestPluginLibrary::failureIsExplained_data()
{
    QTest::addColumn<Fault>("fault");

    QTest::newRow("phone-number: no folder holds it") << Fault::NotInstalled;
    QTest::newRow("phone-number: a file of its name that is no library") << Fault::NotALibrary;
    QTest::newRow("phone-number: another plugin under its name") << Fault::AnotherKind;
}

void TestPluginLibrary::failureIsExplained()
{
    QFETCH(Fault, fault);
    const Subject subject = phoneNumber();

    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString placed = folder.filePath(subject.fileName);
    QString directory = folder.path();
    switch (fault) {
    case Fault::NotInstalled:
        directory = folder.filePath(u"nowhere"_s);
        break;
    case Fault::NotALibrary: {
        QFile fake(placed);
        QVERIFY(fake.open(QIODevice::WriteOnly));
        fake.write("not a shared object\n");
        break;
    }
    case Fault::AnotherKind:
        // A copy: the user's own file, in the user's own folder.
        QVERIFY2(QFile::copy(otherPlugin(), placed), qPrintable(otherPlugin()));
        break;
    }

    const QString problem = subject.problemLoadingFrom({directory});
    QVERIFY2(!problem.isEmpty(), "the library loaded what it should have refused");
    switch (fault) {
    case Fault::NotInstalled:
        QVERIFY2(problem.startsWith(u"The "_s + subject.component + u" ("_s), qPrintable(problem));
        QVERIFY2(problem.contains(subject.fileName), qPrintable(problem));
        QVERIFY2(problem.contains(directory), qPrintable(problem));
        QVERIFY2(problem.contains(u"not installed"_s), qPrintable(problem));
        break;
    case Fault::NotALibrary:
        QVERIFY2(problem.contains(u"did not load"_s), qPrintable(problem));
        QVERIFY2(problem.contains(placed), qPrintable(problem));
        break;
    case Fault::AnotherKind:
        QVERIFY2(problem.contains(u"is not the "_s + subject.component), qPrintable(problem));
        break;
    }
}

void TestPluginLibrary::untrustedPluginIsRefused_data()
{
    QTest::addColumn<Target>("target");
    QTest::addColumn<Change>("change");

    QTest::newRow("a copy in a folder only its user can change loads") << Target::Nothing << Change::WritableByOthers;
    QTest::newRow("its folder writable by others") << Target::Folder << Change::WritableByOthers;
    QTest::newRow("its folder writable by its group") << Target::Folder << Change::WritableByGroup;
    QTest::newRow("its folder owned by another user") << Target::Folder << Change::OwnedByAnother;
    QTest::newRow("the file writable by others") << Target::File << Change::WritableByOthers;
    QTest::newRow("the file owned by another user") << Target::File << Change::OwnedByAnother;
    QTest::newRow("a folder above writable by others") << Target::FolderAbove << Change::WritableByOthers;
}

void TestPluginLibrary::untrustedPluginIsRefused()
{
    QFETCH(Target, target);
    QFETCH(Change, change);
    const Subject subject = phoneNumber();

    // A real plugin, copied: <tmp>/plugins/<file>.
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString folder = tmp.filePath(u"plugins"_s);
    const QString file = folder + u'/' + subject.fileName;
    QVERIFY(QDir().mkdir(folder));
    QVERIFY(QFile::copy(builtPlugin(subject.fileName), file));
    const QString changed = target == Target::File ? file : target == Target::Folder ? folder : tmp.path();
    if (const int error = target == Target::Nothing ? 0 : makeUntrusted(changed, change); error == EPERM)
        QSKIP("only root can give a file to another user");
    else
        QVERIFY2(error == 0, strerror(error));

    const QString problem = subject.problemLoadingFrom({folder});
    if (target == Target::Nothing) {
        QCOMPARE(problem, QString());
        return;
    }
    QVERIFY2(!problem.isEmpty(), "the library loaded a plugin others could have changed");
    QVERIFY2(problem.contains(u"did not load"_s), qPrintable(problem));
    const QString path = QFileInfo(changed).canonicalFilePath();
    const QString reason = change == Change::OwnedByAnother ? QString(path + u" belongs to another user,"_s)
                                                            : QString(u"others can change "_s + path + u',');
    QVERIFY2(problem.contains(reason), qPrintable(problem));
}

QTEST_GUILESS_MAIN(TestPluginLibrary)
#include "tst_pluginlibrary.moc"
