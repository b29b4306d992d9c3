// The network plugin (QtNetwork behind NetworkBackend) carries every request, and a missing or broken plugin is told
// to the agent as what it is, with nothing sent and the code kept: never a crash, never a silent refusal.
//
// Built twice (tests/CMakeLists.txt): tst_networkplugin finds the plugin in the build tree as the app does;
// tst_networkplugin_missing (CHECKPOINT_PLUGIN_MISSING) points the app's library at an empty folder first.
// How each library words a plugin it cannot use is tst_pluginlibrary's.
// Whether the app maps QtNetwork before its first frame is the startup_libraries test's (it runs the real app).
#include "CheckpointWindow.h"
#include "NetworkBackend.h"
#include "NetworkLibrary.h"
#include "NetworkProvider.h"
#include "WindowHarness.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString accountId = u"acc_01HXYZ4QK3WJ8FN3M6QH7TZ8GR"_s;
const QString apiKey = u"sk_live_networkplugin_0123456789"_s;

// A listener that only counts: enough to see that an exchange starts and ends.
class CountingListener final : public HttpExchange::Listener {
public:
    void onUploaded(qint64) override { }
    void onReadyRead() override { }
    void onTlsErrors(const QStringList &) override { }
    void onFinished() override { ++finished; }
    int finished = 0;
};

} // namespace

class TestNetworkPlugin final : public QObject, private WindowHarness {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
#ifndef CHECKPOINT_PLUGIN_MISSING
    void foundInTheBuildTree();
    void refusesAnythingButANetworkAccessManager();
    void appProviderMakesOneManagerThroughThePlugin();
    void windowSendsThroughThePlugin();
#else
    void submitSendsNothingAndSaysWhatToDo();
    void appProviderMakesNothing();
#endif

private:
    void start();

    QTemporaryDir m_empty;
};

void TestNetworkPlugin::initTestCase()
{
    QVERIFY(isolateSettings(u"tst_networkplugin"_s));
    QVERIFY(m_empty.isValid());
#ifdef CHECKPOINT_PLUGIN_MISSING
    NetworkLibrary::instance().setDirectories({m_empty.path()});
#endif
}

void TestNetworkPlugin::init()
{
    QVERIFY(setUpHarness());
    m_api->setApiKey(apiKey);
}

void TestNetworkPlugin::cleanup()
{
    tearDownHarness();
}

void TestNetworkPlugin::start()
{
    QVERIFY(openWindow({accountId, u"--provider"_s, u"linkedin"_s}, apiKey));
    QTRY_COMPARE(m_keys->state(), ApiKeyController::State::Stored);
}

#ifndef CHECKPOINT_PLUGIN_MISSING

void TestNetworkPlugin::foundInTheBuildTree()
{
    // The tests sit one folder below the build directory; the plugin is in <build>/plugins.
    NetworkLibrary library(PluginLibrary::defaultDirectories());
    const NetworkBackend *backend = library.backend();
    QVERIFY2(backend, qPrintable(library.problem()));
    QCOMPARE(library.problem(), QString());
    const std::unique_ptr<QObject> manager(backend->createManager());
    QVERIFY(qobject_cast<QNetworkAccessManager *>(manager.get()));
}

void TestNetworkPlugin::refusesAnythingButANetworkAccessManager()
{
    const NetworkBackend *backend = NetworkLibrary::instance().backend();
    QVERIFY2(backend, qPrintable(NetworkLibrary::instance().problem()));
    QObject notAManager;
    CountingListener listener;
    HttpPost post;
    post.url = m_api->baseUrl();
    QCOMPARE(backend->post(&notAManager, post, &listener), nullptr);

    // The same post through a real manager starts, and ends once, even when dropped half-way.
    QNetworkAccessManager network;
    std::unique_ptr<HttpExchange> exchange = backend->post(&network, post, &listener);
    QVERIFY(exchange);
    exchange->abort();
    QCOMPARE(listener.finished, 1);
    QCOMPARE(exchange->error(), HttpExchange::Error::Canceled);
    exchange.reset();
    QCOMPARE(listener.finished, 1);
}

void TestNetworkPlugin::appProviderMakesOneManagerThroughThePlugin()
{
    std::unique_ptr<QObject> owner;
    const NetworkProvider provider = NetworkProvider::madeOnFirstUse(owner);
    QCOMPARE(owner.get(), nullptr);
    QObject *made = provider();
    QVERIFY(qobject_cast<QNetworkAccessManager *>(made));
    QCOMPARE(owner.get(), made);
    QCOMPARE(provider(), made);
}

void TestNetworkPlugin::windowSendsThroughThePlugin()
{
    start();
    auto *code = widget<QLineEdit>("codeEdit");
    QTest::keyClicks(code, FakePostPressApi::defaultGoodCode());
    QTest::keyClick(code, Qt::Key_Return);
    QVERIFY(waitForOutcome());
    QVERIFY(NetworkLibrary::instance().isLoaded());
    QCOMPARE(m_api->requestCount(), 1);
    QCOMPARE(m_api->requests().value(0).json().value("code"_L1).toString(), FakePostPressApi::defaultGoodCode());
}

#else

void TestNetworkPlugin::submitSendsNothingAndSaysWhatToDo()
{
    start();
    auto *code = widget<QLineEdit>("codeEdit");
    QTest::keyClicks(code, u"123456"_s);
    QTest::keyClick(code, Qt::Key_Return);
    QVERIFY(waitForOutcome());

    QCOMPARE(m_api->requestCount(), 0);
    QCOMPARE(code->text(), u"123456"_s); // nothing the agent typed is lost
    QVERIFY(!NetworkLibrary::instance().isLoaded());
    QCOMPARE(widget<QLabel>("headlineLabel")->text(), u"Not sent: part of the app is missing"_s);
    const QString explanation = widget<QLabel>("explanationLabel")->text();
    QVERIFY2(explanation.contains(u"the code was not used"_s), qPrintable(explanation));
    QVERIFY2(explanation.contains(u"Reinstall PostPress Checkpoint"_s), qPrintable(explanation));
    // The technical detail names the file and where it was looked for, for whoever reinstalls.
    const QString details = widget<QLabel>("detailsLabel")->text();
    QVERIFY2(details.contains(NetworkLibrary::fileName()), qPrintable(details));
    QVERIFY2(details.contains(m_empty.path()), qPrintable(details));
    QVERIFY(widget<QPushButton>("submitButton")->isEnabled()); // after a reinstall, the same code can go
}

void TestNetworkPlugin::appProviderMakesNothing()
{
    std::unique_ptr<QObject> owner;
    const NetworkProvider provider = NetworkProvider::madeOnFirstUse(owner);
    QCOMPARE(provider(), nullptr);
    QCOMPARE(owner.get(), nullptr);
    QVERIFY2(NetworkLibrary::instance().problem().contains(m_empty.path()),
             qPrintable(NetworkLibrary::instance().problem()));
}

#endif

QTEST_MAIN(TestNetworkPlugin)
#include "tst_networkplugin.moc"
