// The running program as a whole: one window per account, raised instead of duplicated, sharing one key per
// API URL; forwarded launches from a second instance land here too.
#include "ApiKeyPrompt.h"
#include "AppController.h"
#include "CheckpointWindow.h"
#include "FakePostPressApi.h"
#include "History.h"
#include "HistoryModel.h"
#include "HistoryWindow.h"
#include "LinkRefusal.h"
#include "MemoryApiKeyStore.h"
#include "SettingsDialog.h"
#include "SingleInstance.h"
#include "Translations.h"
#include "WindowController.h"
#include "WindowHarness.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFileOpenEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTextEdit>
#include <QThread>

#include <memory>

using namespace Qt::StringLiterals;

class TestApp final : public QObject, private WindowHarness {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void oneWindowPerAccount();
    void anEmptyWindowTakesTheFirstAccount();
    void windowsOfOneApiUrlShareOneKey();
    void differentApiUrlsHaveTheirOwnKeys();
    void closingAWindowForgetsIt();
    void newWindowOpensAnEmptyOne();
    void windowsAreCappedAndTheOldestSaysWhy();
    void aSecondInstanceOpensAWindowHere();
    void settingsApplyToEveryWindow();
    void aLinkOpenedByTheSystemOpensItsAccount();
    void aRefusedLinkCanStillOpenTheApp();
    void aRefusedLinkIsExplainedInPlainText_data();
    void aRefusedLinkIsExplainedInPlainText();
    void theNetworkComesAfterTheWindows();
    void historyOpensOnTheWindowsAccount();
    void eachAnswerIsRecordedAndCountedUnderTheForm();
    void theTicketFollowsTheWindowIntoEveryRecord();

private:
    LaunchRequest request(const QString &accountId, std::optional<Provider> provider = std::nullopt) const
    {
        return LaunchRequest{accountId, provider, m_api->baseUrl()};
    }

    // Types a code over whatever the window's code field holds, and presses Enter.
    static void typeCode(WindowController *window, const QString &code)
    {
        auto *edit = window->window()->findChild<QLineEdit *>(u"codeEdit"_s);
        edit->selectAll();
        QTest::keyClicks(edit, code);
        QTest::keyClick(edit, Qt::Key_Return);
    }

    std::unique_ptr<AppController> m_app; // over the harness's network and key store
};

void TestApp::initTestCase()
{
    QVERIFY(isolateSettings(u"tst_app"_s));
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_config.path())); // the single-instance socket's; owner-only
    qputenv("XDG_STATE_HOME", QFile::encodeName(m_config.filePath(u"state"_s))); // the history's
}

void TestApp::init()
{
    QDir(m_config.filePath(u"state"_s)).removeRecursively(); // each test starts without a history
    QVERIFY(setUpHarness());
    m_store->setStoredKey(m_api->baseUrl(), FakePostPressApi::defaultApiKey());
    m_app = std::make_unique<AppController>(m_network.get(), m_store.get(), LaunchOptions::parse({u"app"_s}));
}

void TestApp::cleanup()
{
    m_app.reset();
    tearDownHarness();
}

void TestApp::oneWindowPerAccount()
{
    WindowController *first = m_app->open(request(u"acc_one"_s, Provider::LinkedIn));
    WindowController *second = m_app->open(request(u"acc_two"_s, Provider::Instagram));
    QVERIFY(first != second);
    QCOMPARE(m_app->windows().size(), size_t(2));
    QCOMPARE(first->window()->accountId(), u"acc_one"_s);
    QCOMPARE(second->window()->accountId(), u"acc_two"_s);
    QCOMPARE(second->window()->windowTitle(), u"acc_two"_s);

    // The same account again: the open window comes forward, with what was typed in it.
    auto *code = first->window()->findChild<QLineEdit *>(u"codeEdit"_s);
    QTest::keyClicks(code, u"123"_s);
    QCOMPARE(m_app->open(request(u"acc_one"_s)), first);
    QCOMPARE(m_app->windows().size(), size_t(2));
    QCOMPARE(code->text(), u"123"_s);
    QCOMPARE(first->window()->provider(), std::optional<Provider>(Provider::LinkedIn));
}

void TestApp::anEmptyWindowTakesTheFirstAccount()
{
    WindowController *empty = m_app->open(request({}));
    QVERIFY(empty->window()->isPristine());
    QCOMPARE(m_app->open(request(u"acc_link"_s, Provider::Messenger)), empty);
    QCOMPARE(m_app->windows().size(), size_t(1));
    QCOMPARE(empty->window()->accountId(), u"acc_link"_s);
    QCOMPARE(empty->window()->provider(), std::optional<Provider>(Provider::Messenger));
    // Now it is taken: the next account gets its own window.
    QVERIFY(m_app->open(request(u"acc_next"_s)) != empty);
}

void TestApp::windowsOfOneApiUrlShareOneKey()
{
    FakePostPressApi other; // nothing stored for its URL
    QVERIFY(other.listen());
    const LaunchRequest a{u"acc_a"_s, Provider::LinkedIn, other.baseUrl()};
    const LaunchRequest b{u"acc_b"_s, Provider::LinkedIn, other.baseUrl()};
    QSignalSpy reads(m_store.get(), &ApiKeyStore::readFinished);
    WindowController *first = m_app->open(a);
    WindowController *second = m_app->open(b);
    QCOMPARE(first->keys(), second->keys());
    // Read once (after the first frame, off the path to it), not once per window: no second answer follows.
    QVERIFY(reads.wait());
    QVERIFY(!reads.wait(50));
    QCOMPARE(m_store->callCount(MemoryApiKeyStore::Operation::Read), 1);
    // No key yet: one dialog, not one per window.
    QTRY_VERIFY(first->keyDialog());
    QCOMPARE(second->keyDialog(), first->keyDialog());
    const QWidgetList topLevel = QApplication::topLevelWidgets();
    QCOMPARE(std::count_if(topLevel.begin(), topLevel.end(),
                           [](QWidget *w) { return w->objectName() == u"apiKeyDialog"_s && w->isVisible(); }),
             1);
}

void TestApp::differentApiUrlsHaveTheirOwnKeys()
{
    FakePostPressApi staging;
    QVERIFY(staging.listen());
    WindowController *production = m_app->open(request(u"acc_1"_s));
    WindowController *onStaging = m_app->open(LaunchRequest{u"acc_1"_s, Provider::LinkedIn, staging.baseUrl()});
    QVERIFY(production != onStaging);
    QVERIFY(production->keys() != onStaging->keys());
    QTRY_COMPARE(production->keys()->state(), ApiKeyController::State::Stored);
}

void TestApp::closingAWindowForgetsIt()
{
    WindowController *first = m_app->open(request(u"acc_one"_s));
    m_app->open(request(u"acc_two"_s));
    QPointer<CheckpointWindow> window = first->window();
    window->close();
    QTRY_COMPARE(m_app->windows().size(), size_t(1));
    QTRY_VERIFY(window.isNull());
    // Opening it again makes a new window.
    WindowController *again = m_app->open(request(u"acc_one"_s));
    QCOMPARE(m_app->windows().size(), size_t(2));
    QCOMPARE(again->window()->accountId(), u"acc_one"_s);
}

void TestApp::newWindowOpensAnEmptyOne()
{
    WindowController *first = m_app->open(request(u"acc_one"_s));
    auto *action = first->window()->findChild<QAction *>(u"newWindowAction"_s);
    QVERIFY(action);
    action->trigger();
    QCOMPARE(m_app->windows().size(), size_t(2));
    QVERIFY(m_app->windows().back()->window()->isPristine());
}

// 150 forwarded launches opened 150 windows (159 MB). Past the cap, a request for another account opens nothing: the
// oldest window comes forward and its status line says which account was not opened, and why.
void TestApp::windowsAreCappedAndTheOldestSaysWhy()
{
    const int cap = int(AppController::MaxWindows);
    for (int i = 0; i < cap; ++i)
        m_app->open(request(u"acc_%1"_s.arg(i)));
    QCOMPARE(m_app->windows().size(), size_t(cap));
    WindowController *oldest = m_app->windows().front();
    m_app->windows().back()->raise();
    QTRY_COMPARE(QApplication::activeWindow(), m_app->windows().back()->window());

    QCOMPARE(m_app->open(request(u"acc_one_too_many"_s)), oldest);
    QCOMPARE(m_app->windows().size(), size_t(cap));
    QTRY_COMPARE(QApplication::activeWindow(), oldest->window());
    QCOMPARE(oldest->window()->accountId(), u"acc_0"_s); // what it was doing is untouched
    const QString status = oldest->window()->statusBar()->currentMessage();
    QVERIFY2(status.contains(u"acc_one_too_many"_s) && status.contains(QString::number(cap)), qPrintable(status));

    // An account already open still comes forward; New window opens nothing either, and says so.
    WindowController *fifth = m_app->windows().at(5);
    QCOMPARE(m_app->open(request(u"acc_5"_s)), fifth);
    m_app->windows().back()->window()->findChild<QAction *>(u"newWindowAction"_s)->trigger();
    QCOMPARE(m_app->windows().size(), size_t(cap));
    QVERIFY(oldest->window()->statusBar()->currentMessage().contains(QString::number(cap)));

    // Closing one makes room again.
    fifth->window()->close();
    QTRY_COMPARE(m_app->windows().size(), size_t(cap - 1));
    QCOMPARE(m_app->open(request(u"acc_one_too_many"_s))->window()->accountId(), u"acc_one_too_many"_s);
    QCOMPARE(m_app->windows().size(), size_t(cap));
}

void TestApp::aSecondInstanceOpensAWindowHere()
{
    const QString name = u"tst_app-%1"_s.arg(QCoreApplication::applicationPid());
    SingleInstance primary(name);
    QCOMPARE(primary.claim(), SingleInstance::Role::Primary);
    connect(&primary, &SingleInstance::requestReceived, m_app.get(), &AppController::open);
    m_app->open(request(u"acc_one"_s));

    // The second launch runs in its own thread here, as it would in its own process: it blocks until answered.
    bool forwarded = false;
    std::unique_ptr<QThread> second(QThread::create([&] {
        SingleInstance secondary(name);
        if (secondary.claim() == SingleInstance::Role::Secondary)
            forwarded = secondary.forward(request(u"acc_forwarded"_s, Provider::Twitter));
    }));
    second->start();
    QTRY_COMPARE(m_app->windows().size(), size_t(2));
    QVERIFY(second->wait(5000));
    QVERIFY(forwarded);
    CheckpointWindow *window = m_app->windows().back()->window();
    QCOMPARE(window->accountId(), u"acc_forwarded"_s);
    QCOMPARE(window->provider(), std::optional<Provider>(Provider::Twitter));
}

void TestApp::settingsApplyToEveryWindow()
{
    WindowController *first = m_app->open(request(u"acc_one"_s));
    WindowController *second = m_app->open(request(u"acc_two"_s));
    m_app->openSettings(first);
    auto *dialog = first->window()->findChild<SettingsDialog *>(u"settingsDialog"_s);
    QVERIFY(dialog);
    AppSettings::Values values = AppSettings().values();
    values.timeoutSeconds = 7;
    Q_EMIT dialog->settingsAccepted(values);
    QCOMPARE(AppSettings().values().timeoutSeconds, 7);
    QCOMPARE(first->client()->timeout(), std::chrono::milliseconds(7000));
    QCOMPARE(second->client()->timeout(), std::chrono::milliseconds(7000));
}

// What macOS does with a clicked link while the app runs; the same rules as on the command line.
void TestApp::aLinkOpenedByTheSystemOpensItsAccount()
{
    m_app->open(request(u"acc_one"_s));
    QFileOpenEvent good(QUrl(u"postpress-checkpoint://solve?account_id=acc_linked&provider=INSTAGRAM"_s));
    QCoreApplication::sendEvent(QCoreApplication::instance(), &good);
    QCOMPARE(m_app->windows().size(), size_t(2));
    QCOMPARE(m_app->windows().back()->window()->accountId(), u"acc_linked"_s);
    QCOMPARE(m_app->windows().back()->window()->provider(), std::optional<Provider>(Provider::Instagram));

    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"never carries a code"_s));
    QFileOpenEvent withCode(QUrl(u"postpress-checkpoint://solve?account_id=acc_x&code=123456"_s));
    QCoreApplication::sendEvent(QCoreApplication::instance(), &withCode);
    QCOMPARE(m_app->windows().size(), size_t(2));
    // Whoever clicked it reads the reason in the same box as a refused link at start.
    auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
    QVERIFY(box);
    QVERIFY2(box->detailedText().contains(u"never carries a code"_s), qPrintable(box->detailedText()));
    box->close();
}

// The refusal speaks to whoever clicked: what happened, who can fix it, what was wrong (behind Details, naming the
// part, never its value), and a way into the app without anything from the link.
void TestApp::aRefusedLinkCanStillOpenTheApp()
{
    m_app->open(request(u"acc_one"_s));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"provider"_s));
    QFileOpenEvent bad(QUrl(u"postpress-checkpoint://solve?account_id=acc_from_link&provider=SECRET%20VALUE"_s));
    QCoreApplication::sendEvent(QCoreApplication::instance(), &bad);
    auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
    QVERIFY(box);
    QCOMPARE(box->text(), u"This helpdesk link can't be used."_s);
    QVERIFY2(box->informativeText().startsWith(u"The provider in the link is not one PostPress connects."_s),
             qPrintable(box->informativeText())); // the bad part, in plain words
    QVERIFY2(box->informativeText().contains(u"Ask whoever maintains the link"_s), qPrintable(box->informativeText()));
    QVERIFY2(box->detailedText().contains(u"provider"_s), qPrintable(box->detailedText()));
    for (const QString &text : {box->text(), box->informativeText(), box->detailedText()})
        QVERIFY2(!text.contains(u"SECRET"_s) && !text.contains(u"acc_from_link"_s), qPrintable(text));
    QVERIFY2(box->width() >= box->fontMetrics().averageCharWidth() * 50, qPrintable(QString::number(box->width())));

    auto *openAnyway = box->findChild<QPushButton *>(u"openAnywayButton"_s);
    QVERIFY(openAnyway);
    QTest::mouseClick(openAnyway, Qt::LeftButton);
    QTRY_COMPARE(m_app->windows().size(), size_t(2));
    CheckpointWindow *opened = m_app->windows().back()->window();
    QVERIFY(opened->accountId().isEmpty());
    QCOMPARE(opened->provider(), std::nullopt);
}

// A refusal may quote what the link's author wrote: it is shown as written, never as markup (a heading, a clickable
// link) inside the app's own warning.
void TestApp::aRefusedLinkIsExplainedInPlainText_data()
{
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("markup");

    QTest::newRow("a heading") << u"The link has an unknown parameter \"<h1>CALL +1-555-0100</h1>\"."_s << u"<h1>"_s;
    QTest::newRow("bold text") << u"<b>URGENT</b>: call +1-555-0100"_s << u"<b>"_s;
    QTest::newRow("a hyperlink") << u"<a href=\"https://evil.example\">Re-enter your API key</a>"_s << u"<a href"_s;
}

void TestApp::aRefusedLinkIsExplainedInPlainText()
{
    QFETCH(QString, reason);
    QFETCH(QString, markup);

    const std::unique_ptr<QMessageBox> box = makeLinkRefusalBox(reason, HelpdeskLink::Part::Unknown);
    box->show();
    for (const QLabel *label : box->findChildren<QLabel *>())
        QCOMPARE(label->textFormat(), Qt::PlainText);
    // The reason waits behind Details, in a plain-text view, with its tags as written.
    auto *details = box->findChild<QTextEdit *>();
    QVERIFY(details);
    QCOMPARE(details->toPlainText(), reason);
    QVERIFY(details->toHtml().contains(markup.toHtmlEscaped()));
}

// main() makes the network access manager after the first frame and hands it to AppController then: windows open
// before it, and every window, open or opened later, sends through it and warms its connection once it has a key.
void TestApp::theNetworkComesAfterTheWindows()
{
    AppController app(nullptr, m_store.get(), LaunchOptions::parse({u"app"_s}));
    WindowController *first = app.open(request(u"acc_one"_s, Provider::LinkedIn));
    QVERIFY(QTest::qWaitForWindowExposed(first->window()));
    QTRY_VERIFY(first->client()->hasApiKey());
    QCOMPARE(first->client()->network(), nullptr);
    QCOMPARE(m_api->connectionCount(), 0);

    app.setNetwork(m_network.get());
    QTRY_COMPARE(m_api->connectionCount(), 1); // the first window's warm connection
    WindowController *second = app.open(request(u"acc_two"_s, Provider::Instagram));
    QCOMPARE(second->client()->network(), m_network.get());
    for (WindowController *window : {first, second}) {
        QSignalSpy finished(window->client(), &CheckpointClient::finished);
        auto *code = window->window()->findChild<QLineEdit *>(u"codeEdit"_s);
        QTest::keyClicks(code, FakePostPressApi::defaultGoodCode());
        QTest::keyClick(code, Qt::Key_Return);
        QVERIFY(finished.wait(10'000));
        QCOMPARE(finished.constFirst().constFirst().value<Outcome>().kind(), Outcome::Kind::Connected);
    }
    QCOMPARE(m_api->requestCount(), 2);
    QCOMPARE(m_api->connectionCount(), 1); // both windows' requests went over the connection warmed for the first
}

// Checkpoint ▸ History (Ctrl+H) opens on the attempts of the window's account, from the file earlier runs wrote; its
// Clear history empties that file.
void TestApp::historyOpensOnTheWindowsAccount()
{
    {
        History earlier(History::defaultPath());
        QVERIFY(earlier.open());
        for (const QString &account : {u"acc_one"_s, u"acc_two"_s, u"acc_one"_s}) {
            AttemptRecord attempt;
            attempt.timeUtc = QDateTime::currentDateTimeUtc();
            attempt.accountId = account;
            attempt.outcome = u"code_rejected"_s;
            QVERIFY(earlier.record(attempt));
        }
    }
    WindowController *one = m_app->open(request(u"acc_one"_s));
    auto *action = one->window()->findChild<QAction *>(u"historyAction"_s);
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(u"Ctrl+H"_s));
    action->trigger();
    auto *history = one->window()->findChild<HistoryWindow *>(u"historyWindow"_s);
    QVERIFY(history);
    QVERIFY(history->isVisible());
    auto *table = history->findChild<QTableView *>(u"attemptsTable"_s);
    QCOMPARE(table->model()->rowCount(), 2);
    QCOMPARE(table->model()->index(0, HistoryModel::Account).data().toString(), u"acc_one"_s);
    history->findChild<QCheckBox *>(u"accountOnlyCheck"_s)->setChecked(false); // every account's, read now
    QCOMPARE(table->model()->rowCount(), 3);

    Q_EMIT history->clearRequested(); // what the confirmed Clear history sends (tst_historywindow)
    QCOMPARE(table->model()->rowCount(), 0);
    History after(History::defaultPath());
    QVERIFY(after.open());
    QVERIFY(after.attempts().isEmpty());
}

// A rejected code, then a cancelled one: both are in the history file, without the code, and the line under the form
// counts them.
void TestApp::eachAnswerIsRecordedAndCountedUnderTheForm()
{
    Translations::install(QCoreApplication::instance(), QLocale(u"en_US"_s)); // English plurals, as the app has
    WindowController *window = m_app->open(request(u"acc_one"_s, Provider::LinkedIn));
    QTRY_VERIFY(window->client()->hasApiKey());
    auto *line = window->window()->findChild<QLabel *>(u"earlierAttemptsLabel"_s);
    QTRY_VERIFY(m_app->history()->isOpen());
    QVERIFY(line->isHidden()); // nothing earlier
    QSignalSpy finished(window->client(), &CheckpointClient::finished);
    typeCode(window, u"918273"_s);
    QVERIFY(finished.wait(10'000));
    QTRY_COMPARE(m_app->history()->attempts().size(), 1);
    QVERIFY(line->isHidden()); // the one attempt is the one whose answer is shown, not an earlier one
    m_api->setAnswerDelay(std::chrono::seconds(5));
    typeCode(window, u"564738"_s);
    QTRY_VERIFY(window->client()->isBusy());
    window->client()->cancel();
    QTRY_COMPARE(m_app->history()->attempts().size(), 2);

    const QList<AttemptRecord> attempts = m_app->history()->attempts(u"acc_one"_s);
    QCOMPARE(attempts.at(0).outcome, u"cancelled"_s);
    QCOMPARE(attempts.at(1).outcome, u"code_rejected"_s);
    QCOMPARE(attempts.at(1).kind, u"submit"_s);
    QCOMPARE(attempts.at(1).httpStatus, 401);
    // The cancelled attempt is the one shown: the line counts the one before it.
    QTRY_COMPARE(line->text(), u"1 earlier attempt 1 minute ago: 1 code rejected"_s);
    QVERIFY(!line->isHidden());
    QFile file(History::defaultPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(!bytes.contains("918273") && !bytes.contains("564738"));
}

// A launch's ticket is in the window's title, in what Copy for ticket copies and in every record of the window's
// attempts; a later launch for the same account with another ticket moves the window to that ticket.
void TestApp::theTicketFollowsTheWindowIntoEveryRecord()
{
    LaunchRequest launch = request(u"acc_one"_s, Provider::LinkedIn);
    launch.ticketId = u"#4711"_s;
    WindowController *window = m_app->open(launch);
    QCOMPARE(window->window()->windowTitle(), u"acc_one · ticket #4711"_s);
    QTRY_VERIFY(window->client()->hasApiKey());
    QTRY_VERIFY(m_app->history()->isOpen());
    QSignalSpy finished(window->client(), &CheckpointClient::finished);
    typeCode(window, u"918273"_s);
    QVERIFY(finished.wait(10'000));
    QTRY_COMPARE(m_app->history()->attempts().size(), 1);
    QCOMPARE(m_app->history()->attempts().constFirst().ticketId, u"#4711"_s);
    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(window->window()->findChild<QPushButton *>(u"copyTicketButton"_s), Qt::LeftButton);
    QVERIFY2(QGuiApplication::clipboard()->text().contains(u"Ticket: #4711"_s),
             qPrintable(QGuiApplication::clipboard()->text()));

    QCOMPARE(m_app->open(request(u"acc_one"_s)), window); // no ticket: the window keeps its own
    QCOMPARE(window->window()->windowTitle(), u"acc_one · ticket #4711"_s);
    launch.ticketId = u"INC-2"_s;
    QCOMPARE(m_app->open(launch), window);
    QCOMPARE(window->window()->windowTitle(), u"acc_one · ticket INC-2"_s);
    typeCode(window, u"564738"_s);
    QVERIFY(finished.wait(10'000));
    QTRY_COMPARE(m_app->history()->attempts().size(), 2);
    QCOMPARE(m_app->history()->attempts().constFirst().ticketId, u"INC-2"_s);
}

QTEST_MAIN(TestApp)
#include "tst_app.moc"
