// The phone-number plugin (libphonenumber behind PhoneNumberBackend) is loaded only when a phone number is needed,
// and a missing or broken plugin costs the agent phone-number checking, never the window or the code path.
//
// Built twice (tests/CMakeLists.txt): tst_phoneplugin finds the plugin in the build tree as the app does;
// tst_phoneplugin_missing (CHECKPOINT_PLUGIN_MISSING) points the app's library at an empty folder first.
// How each library words a plugin it cannot use is tst_pluginlibrary's.
#include "CheckpointWindow.h"
#include "CodeInput.h"
#include "PhoneNumberBackend.h"
#include "PhoneNumberLibrary.h"
#include "TestConstants.h"
#include "WindowHarness.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using TestConstants::accountId;
const QString apiKey = u"sk_live_phoneplugin_0123456789"_s;

// Whether any of libphonenumber, protobuf or the plugin itself is mapped into this process.
bool phoneLibrariesMapped()
{
    QFile maps(u"/proc/self/maps"_s);
    if (!maps.open(QIODevice::ReadOnly))
        qFatal("cannot read /proc/self/maps");
    const QByteArray text = maps.readAll();
    return text.contains("libphonenumber.so") || text.contains("libprotobuf.so")
        || text.contains(PhoneNumberLibrary::fileName().toUtf8());
}

} // namespace

class TestPhonePlugin final : public QObject, private WindowHarness {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
#ifndef CHECKPOINT_PLUGIN_MISSING
    void notLoadedAtStart();
    void codeModeWindowDoesNotLoadIt();
    void phoneModeLoadsItAndFillsTheCountries();
    void foundInTheBuildTree();
#else
    void phoneModeExplainsWhatToDoInstead();
    void codeModeStillSendsAFormattedNumber();
#endif

private:
    QLabel *hint() const
    {
        return widget<QLabel>("hintLabel");
    }
    QPushButton *submitButton() const
    {
        return widget<QPushButton>("submitButton");
    }
    void start();

    QTemporaryDir m_empty;
};

void TestPhonePlugin::initTestCase()
{
    QVERIFY(isolateSettings(u"tst_phoneplugin"_s));
    QVERIFY(m_empty.isValid());
#ifdef CHECKPOINT_PLUGIN_MISSING
    PhoneNumberLibrary::instance().setDirectories({m_empty.path()});
#endif
}

void TestPhonePlugin::init()
{
    QVERIFY(setUpHarness());
    m_api->setApiKey(apiKey);
}

void TestPhonePlugin::cleanup()
{
    tearDownHarness();
}

void TestPhonePlugin::start()
{
    QVERIFY(openWindow({accountId, u"--provider"_s, u"linkedin"_s}, apiKey));
    QTRY_COMPARE(m_keys->state(), ApiKeyController::State::Stored);
}

#ifndef CHECKPOINT_PLUGIN_MISSING

void TestPhonePlugin::notLoadedAtStart()
{
    QVERIFY(!PhoneNumberLibrary::instance().isLoaded());
    QVERIFY(!phoneLibrariesMapped());
}

void TestPhonePlugin::codeModeWindowDoesNotLoadIt()
{
    start();
    QTest::keyClicks(widget<QLineEdit>("codeEdit"), u"123 456"_s);
    QTest::keyClick(widget<QLineEdit>("codeEdit"), Qt::Key_Return);
    QVERIFY(waitForOutcome());
    QCOMPARE(m_api->requests().value(0).json().value("code"_L1).toString(), u"123456"_s);
    QVERIFY(!PhoneNumberLibrary::instance().isLoaded());
    QVERIFY(!phoneLibrariesMapped());
}

void TestPhonePlugin::phoneModeLoadsItAndFillsTheCountries()
{
    start();
    auto *countries = widget<QComboBox>("countryCombo");
    QCOMPARE(countries->count(), 0);
    QTest::mouseClick(widget<QRadioButton>("phoneModeRadio"), Qt::LeftButton);
    QVERIFY(PhoneNumberLibrary::instance().isLoaded());
    QVERIFY(phoneLibrariesMapped());
    QCOMPARE(PhoneNumberLibrary::instance().problem(), QString());
    QVERIFY2(countries->count() > 200, qPrintable(QString::number(countries->count())));

    countries->setCurrentIndex(countries->findData(u"FR"_s));
    QTest::keyClicks(widget<QLineEdit>("phoneEdit"), u"06 12 34 56 78"_s);
    QTest::keyClick(widget<QLineEdit>("phoneEdit"), Qt::Key_Return);
    QVERIFY(waitForOutcome());
    QCOMPARE(m_api->requests().value(0).json().value("code"_L1).toString(), u"(+33)0612345678"_s);
}

void TestPhonePlugin::foundInTheBuildTree()
{
    // The tests sit one folder below the build directory; the plugin is in <build>/plugins.
    const QStringList directories = PhoneNumberLibrary::defaultDirectories();
    QCOMPARE(directories, QStringList{QDir::cleanPath(QCoreApplication::applicationDirPath() + u"/../plugins"_s)});
    PhoneNumberLibrary library(directories);
    const PhoneNumberBackend *backend = library.backend();
    QVERIFY2(backend, qPrintable(library.problem()));
    QCOMPARE(backend->countryCodeForRegion(u"FR"_s), 33);
    const PhoneNumberBackend::Number number = backend->parse(u"+44 7400 123456"_s, u"FR"_s);
    QCOMPARE(number.error, PhoneNumberBackend::ParseError::None);
    QCOMPARE(number.region, u"GB"_s);
    QCOMPARE(number.nationalDigits, u"07400123456"_s);
    QVERIFY(number.isValid);
}

#else

void TestPhonePlugin::phoneModeExplainsWhatToDoInstead()
{
    start();
    QTest::mouseClick(widget<QRadioButton>("phoneModeRadio"), Qt::LeftButton);
    QVERIFY(!PhoneNumberLibrary::instance().isLoaded());
    QVERIFY(!phoneLibrariesMapped());
    QCOMPARE(widget<QComboBox>("countryCombo")->count(), 0);

    auto *phone = widget<QLineEdit>("phoneEdit");
    QTest::keyClicks(phone, u"06 12 34 56 78"_s);
    QVERIFY(!submitButton()->isEnabled());
    QVERIFY(hint()->isVisible());
    QVERIFY2(hint()->text().startsWith(u"Phone numbers cannot be checked on this computer."_s),
             qPrintable(hint()->text()));
    QVERIFY2(hint()->text().contains(m_empty.path()), qPrintable(hint()->text()));
    QVERIFY(hint()->text().contains(u"Choose Code and type the number as (+country code)number"_s));

    QSignalSpy received(m_api.get(), &FakePostPressApi::requestReceived);
    QTest::keyClick(phone, Qt::Key_Return);
    QVERIFY(!received.wait(300));
    QCOMPARE(m_api->requestCount(), 0);
    QCOMPARE(phone->text(), u"06 12 34 56 78"_s);
}

void TestPhonePlugin::codeModeStillSendsAFormattedNumber()
{
    start();
    QCOMPARE(PhoneNumberFormatter::supportedRegions(), QStringList());
    QCOMPARE(PhoneNumberFormatter::callingCodeFor(u"FR"_s), QString());
    auto *code = widget<QLineEdit>("codeEdit");
    QTest::keyClicks(code, u"(+33)0612345678"_s);
    QVERIFY(submitButton()->isEnabled());
    QTest::keyClick(code, Qt::Key_Return);
    QVERIFY(waitForOutcome());
    QCOMPARE(m_api->requests().value(0).json().value("code"_L1).toString(), u"(+33)0612345678"_s);
}

#endif

QTEST_MAIN(TestPhonePlugin)
#include "tst_phoneplugin.moc"
