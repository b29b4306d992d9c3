// How each of the app's plugin libraries explains a plugin it cannot use: not installed (the folders searched), not
// a library (the loader's reason), or a plugin of another kind. PluginLibrary does the search and the loading for
// both; each library words the failure for the agent, so every row checks one library's words.
#include "NetworkBackend.h"
#include "NetworkLibrary.h"
#include "PhoneNumberBackend.h"
#include "PhoneNumberLibrary.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
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

Subject network()
{
    return {NetworkLibrary::fileName(), u"network component"_s, [](const QStringList &directories) {
                NetworkLibrary library(directories);
                return library.backend() || library.isLoaded() ? QString() : library.problem();
            }};
}

enum class Fault { NotInstalled, NotALibrary, AnotherKind };

QString builtPlugin(const QString &fileName)
{
    return QDir::cleanPath(QCoreApplication::applicationDirPath() + u"/../plugins/"_s + fileName);
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
    QTest::addColumn<int>("which"); // 0: phone number, 1: network
    QTest::addColumn<Fault>("fault");

    for (const auto &[which, name] : {std::pair{0, "phone-number"}, std::pair{1, "network"}}) {
        QTest::addRow("%s: no folder holds it", name) << which << Fault::NotInstalled;
        QTest::addRow("%s: a file of its name that is no library", name) << which << Fault::NotALibrary;
        QTest::addRow("%s: the app's other plugin under its name", name) << which << Fault::AnotherKind;
    }
}

void TestPluginLibrary::failureIsExplained()
{
    QFETCH(int, which);
    QFETCH(Fault, fault);
    const Subject subject = which == 0 ? phoneNumber() : network();
    const Subject other = which == 0 ? network() : phoneNumber();

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
        // A real plugin of this app, with the other interface.
        QVERIFY2(QFile::exists(builtPlugin(other.fileName)), qPrintable(builtPlugin(other.fileName)));
        QVERIFY(QFile::link(builtPlugin(other.fileName), placed));
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
