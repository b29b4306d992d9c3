// Every outcome has one stable short name, the one the history stores and the audit events will send; the names
// follow the advice the agent saw.
#include "AttemptNames.h"
#include "Translations.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

Outcome answer(int status, const QByteArray &body, const QByteArray &type = "application/json")
{
    return Outcome::fromHttpResponse({status, body, type, {}, {}}, SentRequest{u"acc_1"_s, {}});
}

Outcome problem(int status, const char *type)
{
    return answer(status, R"({"type":"errors/)" + QByteArray(type) + R"(","title":"t"})", "application/problem+json");
}

} // namespace

class TestAttemptNames final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Translations::install(QCoreApplication::instance(), QLocale(u"en_US"_s)); } // plurals
    void outcomeNames_data();
    void outcomeNames();
    void everyNameIsStableAndLabelled();
    void unknownNamesShowAsTheyAre();
};

void TestAttemptNames::outcomeNames_data()
{
    QTest::addColumn<Outcome>("outcome");
    QTest::addColumn<QString>("name");
    const auto row = [](const char *spec, const Outcome &outcome, const char *name) {
        QTest::newRow(spec) << outcome << QString::fromLatin1(name);
    };
    row("201 AccountCreated", answer(201, R"({"object":"AccountCreated","account_id":"acc_1"})"), "connected");
    row("409 already_exists: connected too", problem(409, "already_exists"), "connected");
    row("200 Checkpoint", answer(200, R"({"object":"Checkpoint","account_id":"acc_1","checkpoint":{"type":"OTP"}})"),
        "next_step");
    row("200 CheckpointResend", answer(200, R"({"object":"CheckpointResend","account_id":"acc_1","success":true})"),
        "code_resent");
    row("401 invalid_checkpoint_solution", problem(401, "invalid_checkpoint_solution"), "code_rejected");
    row("500 authentication_intent_error", problem(500, "authentication_intent_error"), "intent_ended");
    row("403 unknown_authentication_context", problem(403, "unknown_authentication_context"), "intent_ended");
    row("401 expired_credentials", problem(401, "expired_credentials"), "key_rejected");
    row("401 without a type", answer(401, "nope", "text/plain"), "key_rejected");
    row("503 service_unavailable", problem(503, "service_unavailable"), "busy");
    row("429", answer(429, "slow down", "text/plain"), "busy");
    row("a timeout after sending", Outcome::transportFailure(Outcome::Transport::Timeout, {}, true), "unknown");
    row("200 about another account", answer(200, R"({"object":"AccountReconnected","account_id":"acc_other"})"),
        "unknown");
    row("cancelled by the agent", Outcome::transportFailure(Outcome::Transport::Canceled, {}, false), "cancelled");
    row("connection refused", Outcome::transportFailure(Outcome::Transport::ConnectionRefused, {}, false), "error");
    row("403 account_restricted", problem(403, "account_restricted"), "error");
}

void TestAttemptNames::outcomeNames()
{
    QFETCH(Outcome, outcome);
    QFETCH(QString, name);
    const CheckpointRequest request{u"acc_1"_s, Provider::LinkedIn, u"123456"_s};
    QCOMPARE(AttemptNames::shortName(AttemptNames::outcomeOf(outcome, request)), name);
}

void TestAttemptNames::everyNameIsStableAndLabelled()
{
    QStringList names;
    for (AttemptNames::OutcomeName name : AttemptNames::allOutcomeNames())
        names.append(AttemptNames::shortName(name));
    // Stored and sent: renaming one would split every history and every audit search in two.
    QCOMPARE(names,
             QStringList({u"connected"_s, u"next_step"_s, u"code_resent"_s, u"code_rejected"_s, u"intent_ended"_s,
                          u"key_rejected"_s, u"busy"_s, u"unknown"_s, u"cancelled"_s, u"error"_s}));
    QSet<QString> labels;
    for (const QString &name : std::as_const(names)) {
        labels.insert(AttemptNames::outcomeLabel(name));
        QVERIFY(AttemptNames::outcomeCounted(name, 2).contains(u'2'));
    }
    QCOMPARE(labels.size(), names.size()); // a label each, none shared
    QCOMPARE(AttemptNames::outcomeLabel(u"code_rejected"_s), u"Code rejected"_s);
    QCOMPARE(AttemptNames::outcomeCounted(u"code_rejected"_s, 1), u"1 code rejected"_s);
    QCOMPARE(AttemptNames::outcomeCounted(u"code_rejected"_s, 3), u"3 codes rejected"_s);
    QCOMPARE(AttemptNames::kindLabel(AttemptNames::TryAnotherWay), u"Try another way"_s);
}

void TestAttemptNames::unknownNamesShowAsTheyAre()
{
    // A history a newer version wrote may hold names this one does not know.
    QCOMPARE(AttemptNames::outcomeLabel(u"timed_out"_s), u"timed_out"_s);
    QCOMPARE(AttemptNames::outcomeCounted(u"timed_out"_s, 2), u"2 ended as timed_out"_s);
    QCOMPARE(AttemptNames::kindLabel(u"cancel"_s), u"cancel"_s);
}

QTEST_GUILESS_MAIN(TestAttemptNames)
#include "tst_attemptnames.moc"
