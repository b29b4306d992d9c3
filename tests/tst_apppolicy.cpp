// The running program under an administrator's policy read from real files: a locked API URL or a provider not
// allowed refuses a launch with a message, locked settings show disabled in Settings, a problem in the files is shown
// once, and key changes reach the system journal (apppolicy_journal, in a private mount namespace).
#include "AdminPolicy.h"
#include "AppController.h"
#include "CheckpointWindow.h"
#include "FakePostPressApi.h"
#include "History.h"
#include "JournalListener.h"
#include "MemoryApiKeyStore.h"
#include "SettingsDialog.h"
#include "WindowController.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#ifdef CHECKPOINT_HAVE_JOURNAL
#include <systemd/sd-journal.h>
#endif

#include <unistd.h>

#include <memory>

using namespace Qt::StringLiterals;

// Each test that reads the journal's socket starts with this.
#define SKIP_WITHOUT_JOURNAL()                                                                                         \
    if (!m_listening)                                                                                                  \
    QSKIP("reads the journal's socket: needs libsystemd and tests/with-private-journal.sh (ctest: apppolicy_journal)")

class TestAppPolicy final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    JournalListener m_journal;
    bool m_listening = false; // in apppolicy_journal's private namespace, built with libsystemd
    std::unique_ptr<FakePostPressApi> m_api;
    std::unique_ptr<MemoryApiKeyStore> m_store;

    // The policy and defaults as files of the test's own user, trusted as root's would be (tst_adminpolicy tests
    // the ownership rule itself).
    AdminPolicy policy(const QByteArray &locked, const QByteArray &defaults = {})
    {
        const AdminPolicy::Sources sources{m_dir.filePath(u"policy.conf"_s), QSettings::IniFormat,
                                           m_dir.filePath(u"defaults.conf"_s), QSettings::IniFormat, ::geteuid()};
        for (const auto &[path, text] : {std::pair(sources.policy, locked), std::pair(sources.defaults, defaults)}) {
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
                qWarning("%s not written", qPrintable(path));
        }
        return AdminPolicy::read(sources);
    }
    std::unique_ptr<AppController> app(const AdminPolicy &policy, const QStringList &arguments = {u"app"_s})
    {
        return std::make_unique<AppController>(nullptr, m_store.get(), LaunchOptions::parse(arguments), policy);
    }
    QByteArray lockedUrl() const { return "ApiBaseUrl=" + m_api->baseUrl().toString().toUtf8() + '\n'; }
    // The message box a refused launch shows; closed after reading.
    static QString refusalShown()
    {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return {};
        const QString text = box->informativeText();
        box->close();
        return text;
    }
    static SettingsDialog *openSettings(AppController *app)
    {
        app->openSettings(app->windows().front());
        return app->windows().front()->window()->findChild<SettingsDialog *>(u"settingsDialog"_s);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
#ifdef CHECKPOINT_HAVE_JOURNAL
        if (JournalListener::inPrivateNamespace()) {
            m_listening = m_journal.start();
            QVERIFY(m_listening);
        }
#endif
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir.filePath(u"config"_s)));
        qputenv("XDG_STATE_HOME", QFile::encodeName(m_dir.filePath(u"state"_s)));
        QCoreApplication::setOrganizationName(u"PostPressTest"_s);
        QCoreApplication::setApplicationName(u"tst_apppolicy"_s);
    }

    void init()
    {
        QSettings().clear();
        m_api = std::make_unique<FakePostPressApi>();
        QVERIFY(m_api->listen());
        m_store = std::make_unique<MemoryApiKeyStore>();
        m_store->setStoredKey(m_api->baseUrl(), FakePostPressApi::defaultApiKey());
    }

    void cleanup()
    {
        m_store.reset();
        m_api.reset();
    }

    void aLockedApiUrlRefusesALaunchForAnother()
    {
        const auto controller = app(policy(lockedUrl()));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"Your administrator has set the API URL"_s));
        QCOMPARE(controller->open({u"acc_1"_s, Provider::LinkedIn, QUrl(u"https://staging.example.com/v1"_s)}),
                 nullptr);
        QVERIFY(controller->windows().empty());
        const QString refusal = refusalShown();
        QVERIFY2(refusal.contains(m_api->baseUrl().toString()), qPrintable(refusal));
        QVERIFY(!refusal.contains(u"staging"_s));
        // The locked URL itself, asked for or not, opens.
        WindowController *window = controller->open({u"acc_1"_s, Provider::LinkedIn, m_api->baseUrl()});
        QVERIFY(window);
        QCOMPARE(window->client()->baseUrl(), m_api->baseUrl());
        QCOMPARE(controller->open({u"acc_2"_s, Provider::LinkedIn, {}})->client()->baseUrl(), m_api->baseUrl());
    }

    // Refused for the launch that carries it; later windows of the run use the locked URL.
    void aRefusedApiUrlOptionIsRefusedOnce()
    {
        const QStringList arguments{u"app"_s, u"--api-url"_s, u"https://staging.example.com/v1"_s};
        const auto controller = app(policy(lockedUrl()), arguments);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"Your administrator has set the API URL"_s));
        QCOMPARE(controller->open(LaunchOptions::parse(arguments).request()), nullptr);
        QVERIFY(refusalShown().contains(u"command line"_s));
        QCOMPARE(controller->open(LaunchRequest{})->client()->baseUrl(), m_api->baseUrl());
    }

    void aProviderNotAllowedIsRefused()
    {
        const auto controller = app(policy("AllowedProviders=LINKEDIN\n"_ba));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"does not allow checkpoints for Instagram"_s));
        QCOMPARE(controller->open({u"acc_1"_s, Provider::Instagram, m_api->baseUrl()}), nullptr);
        QVERIFY(refusalShown().contains(u"Instagram"_s));
        QVERIFY(controller->windows().empty());
        QVERIFY(controller->open({u"acc_1"_s, Provider::LinkedIn, m_api->baseUrl()}));
    }

    // Chosen in the window instead: nothing is sent, the status line says why, the code stays.
    void aProviderNotAllowedIsNotSentFromTheWindow()
    {
        const auto controller = app(policy("AllowedProviders=LINKEDIN\n"_ba));
        QNetworkAccessManager network;
        controller->setNetwork(&network);
        WindowController *window = controller->open({u"acc_1"_s, Provider::LinkedIn, m_api->baseUrl()});
        QTRY_VERIFY(window->client()->hasApiKey());
        window->window()->setProvider(Provider::Instagram);
        QSignalSpy sent(window->client(), &CheckpointClient::requestSent);
        auto *code = window->window()->findChild<QLineEdit *>(u"codeEdit"_s);
        QTest::keyClicks(code, FakePostPressApi::defaultGoodCode());
        QTest::keyClick(code, Qt::Key_Return);
        QVERIFY(window->window()->statusBar()->currentMessage().contains(u"Instagram"_s));
        QCOMPARE(code->text(), FakePostPressApi::defaultGoodCode());
        QVERIFY(!window->client()->isBusy());
        QCOMPARE(sent.size(), 0);
        QCOMPARE(m_api->requestCount(), 0);
    }

    // HistoryEnabled=false: an answered attempt leaves no file, and the history window says who turned it off.
    void historyOffByPolicyKeepsNothing()
    {
        QDir(m_dir.filePath(u"state"_s)).removeRecursively(); // earlier tests here kept their attempts
        const auto controller = app(policy("HistoryEnabled=false\n"_ba));
        QNetworkAccessManager network;
        controller->setNetwork(&network);
        WindowController *window = controller->open({u"acc_1"_s, Provider::LinkedIn, m_api->baseUrl()});
        QTRY_VERIFY(window->client()->hasApiKey());
        QSignalSpy finished(window->client(), &CheckpointClient::finished);
        auto *code = window->window()->findChild<QLineEdit *>(u"codeEdit"_s);
        QTest::keyClicks(code, FakePostPressApi::defaultGoodCode());
        QTest::keyClick(code, Qt::Key_Return);
        QVERIFY(finished.wait());
        QCoreApplication::processEvents(); // the attempt is recorded on the next turn of the event loop
        QVERIFY(!controller->history()->isOpen());
        QVERIFY(!QFile::exists(History::defaultPath()));
        controller->openHistory(window);
        auto *history = window->window()->findChild<QWidget *>(u"historyWindow"_s);
        QVERIFY(history);
        QVERIFY(history->findChild<QLabel *>(u"statusLabel"_s)->text().contains(u"administrator"_s));
    }

    void lockedFieldsShowDisabledInSettings()
    {
        AppSettings::Values own;
        own.timeoutSeconds = 10;
        AppSettings().setValues(own);
        const auto controller = app(policy(lockedUrl() + "RequestTimeoutSeconds=45\n"));
        WindowController *window = controller->open({u"acc_1"_s, Provider::LinkedIn, {}});
        QCOMPARE(window->client()->timeout(), std::chrono::milliseconds(45'000)); // not the agent's 10
        SettingsDialog *dialog = openSettings(controller.get());
        QVERIFY(dialog);
        auto *url = dialog->findChild<QLineEdit *>(u"apiUrlEdit"_s);
        auto *timeout = dialog->findChild<QSpinBox *>(u"timeoutSpin"_s);
        QVERIFY(!url->isEnabled() && !timeout->isEnabled());
        QCOMPARE(url->text(), m_api->baseUrl().toString());
        QCOMPARE(timeout->value(), 45);
        QCOMPARE(dialog->findChild<QLabel *>(u"apiUrlMessageLabel"_s)->text(), u"Set by your administrator"_s);
        QCOMPARE(dialog->findChild<QLabel *>(u"timeoutLockedLabel"_s)->text(), u"Set by your administrator"_s);
        QCOMPARE(timeout->accessibleDescription(), u"Set by your administrator"_s);
        dialog->findChild<QPushButton *>(u"restoreDefaultsButton"_s)->click();
        QCOMPARE(timeout->value(), 45);
        QCOMPARE(url->text(), m_api->baseUrl().toString());
        dialog->findChild<QPushButton *>(u"saveButton"_s)->click();
        // The agent's own choice is kept for the day the lock goes.
        QCOMPARE(AppSettings().ownChoices().timeoutSeconds, 10);
        QCOMPARE(AppSettings().ownChoices().apiUrl, std::nullopt);
    }

    // The administrator's default applies until the agent chooses; saving Settings unchanged chooses nothing.
    void anAdministratorsDefaultIsNotTheAgentsChoice()
    {
        const auto controller = app(policy({}, "RequestTimeoutSeconds=60\n"_ba));
        WindowController *window = controller->open({u"acc_1"_s, Provider::LinkedIn, {}});
        QCOMPARE(window->client()->timeout(), std::chrono::milliseconds(60'000));
        SettingsDialog *dialog = openSettings(controller.get());
        auto *timeout = dialog->findChild<QSpinBox *>(u"timeoutSpin"_s);
        QVERIFY(timeout->isEnabled());
        QCOMPARE(timeout->value(), 60);
        QVERIFY(!dialog->findChild<QLabel *>(u"timeoutLockedLabel"_s));
        dialog->findChild<QPushButton *>(u"saveButton"_s)->click();
        QCOMPARE(AppSettings().ownChoices().timeoutSeconds, std::nullopt);
        openSettings(controller.get())->findChild<QSpinBox *>(u"timeoutSpin"_s)->setValue(20);
        controller->windows().front()->window()->findChild<QPushButton *>(u"saveButton"_s)->click();
        QCOMPARE(AppSettings().ownChoices().timeoutSeconds, 20);
        QCOMPARE(window->client()->timeout(), std::chrono::milliseconds(20'000));
    }

    void problemsAreShownOnceInTheStatusLine()
    {
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"unknown setting “Bogus” was ignored"_s));
        const auto controller = app(policy("Bogus=1\n"_ba));
        WindowController *first = controller->open({u"acc_1"_s, Provider::LinkedIn, {}});
        WindowController *second = controller->open({u"acc_2"_s, Provider::LinkedIn, {}});
        QVERIFY2(first->window()->statusBar()->currentMessage().contains(u"“Bogus”"_s),
                 qPrintable(first->window()->statusBar()->currentMessage()));
        QCOMPARE(second->window()->statusBar()->currentMessage(), QString());
    }

    // A code sent from a window and answered: one checkpoint.submit entry, without the code.
    void attemptsAreAudited()
    {
        SKIP_WITHOUT_JOURNAL();
        const auto controller = app(policy(lockedUrl()));
        QNetworkAccessManager network;
        controller->setNetwork(&network);
        WindowController *window = controller->open({u"acc_1"_s, Provider::LinkedIn, {}});
        QTRY_VERIFY(window->client()->hasApiKey());
        QSignalSpy finished(window, &WindowController::attemptFinished);
        auto *code = window->window()->findChild<QLineEdit *>(u"codeEdit"_s);
        QTest::keyClicks(code, FakePostPressApi::defaultGoodCode());
        QTest::keyClick(code, Qt::Key_Return);
        QVERIFY(finished.wait(10'000));
        const std::optional<QByteArray> entry = m_journal.receive();
        QVERIFY(entry);
        QVERIFY(entry->contains("POSTPRESS_EVENT=checkpoint.submit\n"));
        QVERIFY(entry->contains("POSTPRESS_OUTCOME=connected\n"));
        QVERIFY(entry->contains("POSTPRESS_ACCOUNT_ID=acc_1\n"));
        QVERIFY(entry->contains("POSTPRESS_CONFIG_SOURCE=policy\n"));
        QVERIFY(!entry->contains(FakePostPressApi::defaultGoodCode().toUtf8()));
    }

    void keyChangesAreAudited()
    {
        SKIP_WITHOUT_JOURNAL();
        const auto controller = app(policy(lockedUrl()));
        ApiKeyController *keys = controller->keysFor(m_api->baseUrl());
        // The first read comes after the first frame (or a fallback delay); a save before it would be overtaken.
        QTRY_COMPARE_WITH_TIMEOUT(keys->state(), ApiKeyController::State::Stored, 10'000);
        QVERIFY(keys->save(u"ppk_live_replaced_key"_s));
        QTRY_COMPARE(keys->state(), ApiKeyController::State::Stored); // the store answers from the event loop
        const std::optional<QByteArray> replaced = m_journal.receive();
        QVERIFY(replaced);
        QVERIFY(replaced->contains("POSTPRESS_EVENT=key.replaced\n"));
        QVERIFY(replaced->contains("POSTPRESS_API_HOST=127.0.0.1\n"));
        QVERIFY(replaced->contains("POSTPRESS_CONFIG_SOURCE=policy\n"));
        QVERIFY(!replaced->contains("ppk_live_replaced_key"));
        keys->forget();
        QTRY_COMPARE(keys->state(), ApiKeyController::State::Missing);
        const std::optional<QByteArray> forgotten = m_journal.receive();
        QVERIFY(forgotten && forgotten->contains("POSTPRESS_EVENT=key.forgotten\n"));

        // AuditEvents=false: nothing; the marker sent after the next save is what arrives first.
        const auto silent = app(policy("AuditEvents=false\n"_ba));
        ApiKeyController *other = silent->keysFor(QUrl(u"https://other.example.com/v1"_s));
        QTRY_COMPARE_WITH_TIMEOUT(other->state(), ApiKeyController::State::Missing, 10'000);
        QVERIFY(other->save(u"ppk_live_other"_s));
        QTRY_COMPARE(other->state(), ApiKeyController::State::Stored);
#ifdef CHECKPOINT_HAVE_JOURNAL
        QCOMPARE(sd_journal_send("MESSAGE=marker", "POSTPRESS_TEST=marker", nullptr), 0);
#endif
        const std::optional<QByteArray> next = m_journal.receive();
        QVERIFY(next && next->contains("POSTPRESS_TEST=marker"));
    }
};

QTEST_MAIN(TestAppPolicy)
#include "tst_apppolicy.moc"
