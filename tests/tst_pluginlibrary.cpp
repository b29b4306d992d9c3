// How the app's plugin library explains a plugin it cannot use: not installed (the folders searched), not a library
// (the loader's reason), or a plugin of another kind. PluginLibrary does the search and the loading; the library
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

// A real Qt plugin with another interface: Qt's TLS backend that only reads certificates.
QString otherPlugin()
{
    return QLibraryInfo::path(QLibraryInfo::PluginsPath) + u"/tls/libqcertonlybackend.so"_s;
}

} // namespace

Q_DECLARE_METATYPE(Fault)

class TestPluginLibrary final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void failureIsExplained_data();
    void failureIsExplained();
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
        QVERIFY2(QFile::exists(otherPlugin()), qPrintable(otherPlugin()));
        QVERIFY(QFile::link(otherPlugin(), placed));
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

QTEST_GUILESS_MAIN(TestPluginLibrary)
#include "tst_pluginlibrary.moc"
