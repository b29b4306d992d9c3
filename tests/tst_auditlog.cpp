// Audit events as the journal receives them: the real datagram libsystemd sends, read back on the journal's socket path
// inside a private mount namespace (with-private-journal.sh), every field checked. Run without that wrapper, the
// datagram tests skip and the rest still run.
#include "Attempt.h"
#include "AuditLog.h"
#include "JournalListener.h"

#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#ifdef CHECKPOINT_HAVE_JOURNAL
#define SD_JOURNAL_SUPPRESS_LOCATION
#include <systemd/sd-journal.h>
#endif

using namespace Qt::StringLiterals;

namespace {

using Kind = AuditEvent::Kind;
using Entry = JournalListener::Entry;

AuditEvent rejectedCode()
{
    AuditEvent event;
    event.kind = Kind::Submit;
    event.accountId = u"acc_01HXYZ4QK3WJ8FN3M6QH7TZ8GR"_s;
    event.provider = Provider::LinkedIn;
    event.outcome = u"code_rejected"_s;
    event.httpStatus = 401;
    event.errorType = u"errors/invalid_checkpoint_solution"_s;
    event.requestId = u"req_7f3a"_s;
    event.ticketId = u"HD-4711"_s;
    event.apiUrl = QUrl(u"https://agent:s3cret-pass@api.postpress.ai/v1"_s);
    event.durationMs = 153;
    event.configSource = u"policy"_s;
    return event;
}

AuditEvent keyReplaced()
{
    AuditEvent event;
    event.kind = Kind::KeyReplaced;
    event.apiUrl = QUrl(u"https://staging.postpress.ai/v1"_s);
    event.configSource = u"user"_s;
    return event;
}

QByteArray field(const Entry &entry, const QByteArray &name)
{
    for (const auto &[key, value] : entry) {
        if (key == name)
            return value;
    }
    return {};
}

QSet<QByteArray> names(const Entry &entry)
{
    QSet<QByteArray> all;
    for (const auto &pair : entry)
        all.insert(pair.first);
    return all;
}

#ifdef CHECKPOINT_HAVE_JOURNAL
// Sent straight through libsystemd: a marker that arrives first proves nothing was sent before it.
void sendMarker()
{
    QVERIFY(sd_journal_send("MESSAGE=marker", "POSTPRESS_TEST=marker", nullptr) == 0);
}
#endif

} // namespace

class TestAuditLog : public QObject {
    Q_OBJECT

private:
    JournalListener m_journal;
    int m_debugLines = 0;
    static TestAuditLog *s_self;
    static void countDebugLines(QtMsgType type, const QMessageLogContext &context, const QString &)
    {
        if (type == QtDebugMsg && qstrcmp(context.category, "postpress.audit") == 0)
            ++s_self->m_debugLines;
    }

    bool m_listening = false;

    // The next entry the journal receives, parsed.
    Entry nextEntry()
    {
        const std::optional<QByteArray> datagram = m_journal.receive();
        if (!datagram)
            return {};
        return JournalListener::parse(*datagram).value_or(Entry{});
    }

// Each test that reads the journal's socket starts with this.
#define SKIP_WITHOUT_JOURNAL()                                                                                         \
    if (!m_listening)                                                                                                  \
    QSKIP("reads the journal's socket: needs libsystemd and tests/with-private-journal.sh (ctest: auditlog_journal)")

private Q_SLOTS:
    void initTestCase()
    {
#ifdef CHECKPOINT_HAVE_JOURNAL
        if (JournalListener::inPrivateNamespace()) {
            m_listening = m_journal.start();
            QVERIFY(m_listening);
        }
#endif
    }

    // A finished attempt becomes its event: what was asked, how it ended, how long it took, and never the code.
    void attemptBecomesItsEvent_data()
    {
        QTest::addColumn<Outcome>("outcome");
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("status");
        auto answer = [](int status, const QByteArray &body) {
            HttpResponse response;
            response.status = status;
            response.body = body;
            response.contentType = "application/problem+json";
            return Outcome::fromHttpResponse(response);
        };
        QTest::newRow("a rejected code") << answer(
            401, R"({"type":"errors/invalid_checkpoint_solution","status":401,"instance":"req_9"})")
                                         << u"code_rejected"_s << 401;
        QTest::newRow("busy") << answer(503, R"({"type":"errors/service_unavailable","status":503})") << u"busy"_s
                              << 503;
        QTest::newRow("no answer, may have arrived")
            << Outcome::transportFailure(Outcome::Transport::Timeout, u"timed out"_s, true) << u"unknown"_s << 0;
        QTest::newRow("cancelled") << Outcome::transportFailure(Outcome::Transport::Canceled, {}, false)
                                   << u"cancelled"_s << 0;
    }

    void attemptBecomesItsEvent()
    {
        QFETCH(Outcome, outcome);
        const QDateTime start = QDateTime::currentDateTimeUtc();
        Attempt attempt = Attempt::submit({u"acc_1"_s, Provider::Instagram, u"482913"_s}, start);
        attempt.setTicketId(u"#4711"_s);
        attempt.finish(outcome, start.addMSecs(250));
        const AuditEvent event = AuditLog::attemptEvent(attempt, QUrl(u"https://api.postpress.ai/v1"_s), u"policy"_s);
        QCOMPARE(event.kind, Kind::Submit);
        QCOMPARE(event.accountId, u"acc_1"_s);
        QCOMPARE(event.ticketId, u"#4711"_s);
        QVERIFY(AuditLog::fields(event).contains("POSTPRESS_TICKET_ID=#4711"));
        QCOMPARE(event.provider, Provider::Instagram);
        QTEST(event.outcome, "name");
        QTEST(event.httpStatus, "status");
        QCOMPARE(event.durationMs, 250);
        QCOMPARE(event.configSource, u"policy"_s);
        for (const QByteArray &field : AuditLog::fields(event))
            QVERIFY2(!field.contains("482913"), field.constData());
        QCOMPARE(AuditLog::attemptEvent(Attempt::resend(u"acc_1"_s, Provider::Instagram), {}, {}).kind, Kind::Resend);
    }

    void messageIdsAreFixedAndDistinct()
    {
        const QList<Kind> all{Kind::Submit, Kind::Resend, Kind::TryAnotherWay, Kind::KeyReplaced, Kind::KeyForgotten};
        QSet<QByteArray> ids;
        for (Kind kind : all) {
            QVERIFY(QRegularExpression(u"^[0-9a-f]{32}$"_s)
                        .match(QString::fromLatin1(AuditLog::messageId(kind)))
                        .hasMatch());
            ids.insert(AuditLog::messageId(kind));
        }
        QCOMPARE(ids.size(), all.size());
        // Collectors filter on these: they are documented and must never change.
        QCOMPARE(AuditLog::messageId(Kind::Submit), "ae9d85b087964e9a81ee57cb9e54725e");
        QCOMPARE(AuditLog::messageId(Kind::KeyForgotten), "dc02c448897e49d9b56a87abb15cdf27");
    }

    void priorityFollowsTheOutcome_data()
    {
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<int>("priority");
        QTest::newRow("connected is a notice") << Kind::Submit << u"connected"_s << 5;
        QTest::newRow("another checkpoint is a notice") << Kind::Submit << u"next_step"_s << 5;
        QTest::newRow("a new code sent is a notice") << Kind::Resend << u"code_resent"_s << 5;
        QTest::newRow("a rejected code is a warning") << Kind::Submit << u"code_rejected"_s << 4;
        QTest::newRow("a dead login attempt is an error") << Kind::Submit << u"intent_ended"_s << 3;
        QTest::newRow("PostPress busy is an error") << Kind::TryAnotherWay << u"busy"_s << 3;
        QTest::newRow("no answer is an error") << Kind::Submit << u"unknown"_s << 3;
        QTest::newRow("any other failure is an error") << Kind::Submit << u"error"_s << 3;
        QTest::newRow("a name not known yet is an error") << Kind::Submit << u"something_new"_s << 3;
        QTest::newRow("a key replaced is a notice") << Kind::KeyReplaced << QString() << 5;
        QTest::newRow("a key forgotten is a notice") << Kind::KeyForgotten << QString() << 5;
    }

    void priorityFollowsTheOutcome()
    {
        QFETCH(Kind, kind);
        QFETCH(QString, outcome);
        AuditEvent event;
        event.kind = kind;
        event.outcome = outcome;
        QTEST(AuditLog::priority(event), "priority");
    }

    void messageIsOneReadableLine()
    {
        QCOMPARE(
            AuditLog::message(rejectedCode()),
            u"Checkpoint answer sent for account acc_01HXYZ4QK3WJ8FN3M6QH7TZ8GR (LINKEDIN) via api.postpress.ai: "
            "code_rejected, HTTP 401 errors/invalid_checkpoint_solution, request req_7f3a, ticket HD-4711, 153 ms"_s);
        QCOMPARE(AuditLog::message(keyReplaced()), u"API key replaced for staging.postpress.ai"_s);
        AuditEvent broken = rejectedCode();
        broken.requestId = u"req\n\u202Eevil"_s;
        QVERIFY(!AuditLog::message(broken).contains(u'\n'));
        QVERIFY(!AuditLog::message(broken).contains(QChar(0x202E)));
    }

    void submitEntryCarriesExactlyItsFields()
    {
        SKIP_WITHOUT_JOURNAL();
        AuditLog log;
        QVERIFY(log.record(rejectedCode()));
        const Entry entry = nextEntry();
        const QSet<QByteArray> expected{"MESSAGE",
                                        "MESSAGE_ID",
                                        "PRIORITY",
                                        "SYSLOG_IDENTIFIER",
                                        "POSTPRESS_EVENT",
                                        "POSTPRESS_ACCOUNT_ID",
                                        "POSTPRESS_PROVIDER",
                                        "POSTPRESS_OUTCOME",
                                        "POSTPRESS_HTTP_STATUS",
                                        "POSTPRESS_ERROR_TYPE",
                                        "POSTPRESS_REQUEST_ID",
                                        "POSTPRESS_TICKET_ID",
                                        "POSTPRESS_API_HOST",
                                        "POSTPRESS_DURATION_MS",
                                        "POSTPRESS_APP_VERSION",
                                        "POSTPRESS_CONFIG_SOURCE"};
        QCOMPARE(names(entry), expected);
        QCOMPARE(entry.size(), expected.size()); // none twice
        QCOMPARE(field(entry, "MESSAGE"), AuditLog::message(rejectedCode()).toUtf8());
        QCOMPARE(field(entry, "MESSAGE_ID"), "ae9d85b087964e9a81ee57cb9e54725e");
        QCOMPARE(field(entry, "PRIORITY"), "4");
        QCOMPARE(field(entry, "SYSLOG_IDENTIFIER"), "postpress-checkpoint");
        QCOMPARE(field(entry, "POSTPRESS_EVENT"), "checkpoint.submit");
        QCOMPARE(field(entry, "POSTPRESS_ACCOUNT_ID"), "acc_01HXYZ4QK3WJ8FN3M6QH7TZ8GR");
        QCOMPARE(field(entry, "POSTPRESS_PROVIDER"), "LINKEDIN");
        QCOMPARE(field(entry, "POSTPRESS_OUTCOME"), "code_rejected");
        QCOMPARE(field(entry, "POSTPRESS_HTTP_STATUS"), "401");
        QCOMPARE(field(entry, "POSTPRESS_ERROR_TYPE"), "errors/invalid_checkpoint_solution");
        QCOMPARE(field(entry, "POSTPRESS_REQUEST_ID"), "req_7f3a");
        QCOMPARE(field(entry, "POSTPRESS_TICKET_ID"), "HD-4711");
        QCOMPARE(field(entry, "POSTPRESS_API_HOST"), "api.postpress.ai");
        QCOMPARE(field(entry, "POSTPRESS_DURATION_MS"), "153");
        QCOMPARE(field(entry, "POSTPRESS_APP_VERSION"), CHECKPOINT_VERSION);
        QCOMPARE(field(entry, "POSTPRESS_CONFIG_SOURCE"), "policy");
    }

    // The API URL goes as its host: the user name, password and path an administrator put in it never leave.
    void onlyTheHostOfTheApiUrl()
    {
        SKIP_WITHOUT_JOURNAL();
        AuditLog log;
        QVERIFY(log.record(rejectedCode()));
        const std::optional<QByteArray> datagram = m_journal.receive();
        QVERIFY(datagram);
        QVERIFY(datagram->contains("api.postpress.ai"));
        QVERIFY(!datagram->contains("s3cret-pass"));
        QVERIFY(!datagram->contains("agent"));
        QVERIFY(!datagram->contains("/v1"));
    }

    void keyEntryCarriesNoAttemptFields_data()
    {
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QByteArray>("event");
        QTest::addColumn<QByteArray>("messageId");
        QTest::newRow("replaced") << Kind::KeyReplaced << "key.replaced"_ba
                                  << "4c36f55d57594775af3353d2192e259a"_ba;
        QTest::newRow("forgotten") << Kind::KeyForgotten << "key.forgotten"_ba
                                   << "dc02c448897e49d9b56a87abb15cdf27"_ba;
    }

    void keyEntryCarriesNoAttemptFields()
    {
        QFETCH(Kind, kind);
        SKIP_WITHOUT_JOURNAL();
        AuditEvent event = keyReplaced();
        event.kind = kind;
        AuditLog log;
        QVERIFY(log.record(event));
        const Entry entry = nextEntry();
        const QSet<QByteArray> expected{"MESSAGE",
                                        "MESSAGE_ID",
                                        "PRIORITY",
                                        "SYSLOG_IDENTIFIER",
                                        "POSTPRESS_EVENT",
                                        "POSTPRESS_API_HOST",
                                        "POSTPRESS_APP_VERSION",
                                        "POSTPRESS_CONFIG_SOURCE"};
        QCOMPARE(names(entry), expected);
        QTEST(field(entry, "POSTPRESS_EVENT"), "event");
        QTEST(field(entry, "MESSAGE_ID"), "messageId");
        QCOMPARE(field(entry, "PRIORITY"), "5");
        QCOMPARE(field(entry, "POSTPRESS_API_HOST"), "staging.postpress.ai");
        QCOMPARE(field(entry, "POSTPRESS_CONFIG_SOURCE"), "user");
    }

    // A value with a line break goes in the protocol's binary form; the parser reads it back whole.
    void valueWithALineBreakArrivesWhole()
    {
        SKIP_WITHOUT_JOURNAL();
        AuditEvent event = rejectedCode();
        event.errorType = u"errors/two\nlines"_s;
        AuditLog log;
        QVERIFY(log.record(event));
        const Entry entry = nextEntry();
        QCOMPARE(field(entry, "POSTPRESS_ERROR_TYPE"), "errors/two\nlines");
        QVERIFY(!field(entry, "MESSAGE").contains('\n'));
    }

    void turnedOffSendsNothing()
    {
        SKIP_WITHOUT_JOURNAL();
        AuditLog log;
        log.setEnabled(false);
        QVERIFY(!log.record(rejectedCode()));
#ifdef CHECKPOINT_HAVE_JOURNAL
        sendMarker();
#endif
        QCOMPARE(field(nextEntry(), "POSTPRESS_TEST"), "marker");
    }

    // Too big for one datagram, libsystemd passes a sealed memfd instead; the listener reads that too, so no entry is
    // ever missed. (The app's own entries are far smaller: every value it sends is bounded where it comes from.)
    void largeEntryArrivesAsAFileDescriptor()
    {
        SKIP_WITHOUT_JOURNAL();
#ifdef CHECKPOINT_HAVE_JOURNAL
        const QByteArray big(9 * 1024 * 1024, 'x'); // above the 8 MiB send buffer libsystemd asks for
        QCOMPARE(sd_journal_send("MESSAGE=large", "POSTPRESS_TEST=%s", big.constData(), nullptr), 0);
        const Entry entry = nextEntry();
        QCOMPARE(field(entry, "MESSAGE"), "large");
        QCOMPARE(field(entry, "POSTPRESS_TEST").size(), big.size());
#endif
    }

    // Last: it removes the socket. No journal, nothing sent, one debug line however many events, nothing else.
    void noJournalSendsNothingAndSaysSoOnce()
    {
        SKIP_WITHOUT_JOURNAL();
        m_journal.stop();
        QLoggingCategory::setFilterRules(u"postpress.audit.debug=true"_s);
        s_self = this;
        const QtMessageHandler previous = qInstallMessageHandler(countDebugLines);
        AuditLog log;
        const bool first = log.record(rejectedCode());
        const bool second = log.record(keyReplaced());
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules({});
        QVERIFY(!first);
        QVERIFY(!second);
        QCOMPARE(m_debugLines, 1);
    }
};

TestAuditLog *TestAuditLog::s_self = nullptr;

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
