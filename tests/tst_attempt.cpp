// One attempt: what was sent (kind, request), when, and what came of it; Retry's copy and a resend's empty code.
#include "Attempt.h"
#include "TestConstants.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

const CheckpointRequest typed{TestConstants::accountId, Provider::Instagram, u"123456"_s};
const QDateTime started(QDate(2026, 12, 3), QTime(9, 30, 0), Qt::UTC);

Outcome rejected()
{
    return Outcome::fromHttpResponse(
        {401, R"({"type":"errors/invalid_checkpoint_solution"})", "application/problem+json", {}, {}});
}

} // namespace

class TestAttempt final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void kindFollowsWhatWasSent_data();
    void kindFollowsWhatWasSent();
    void resendCarriesNoCode();
    void finishingRecordsTheOutcomeAndTheDuration();
    void againSendsTheSameRequestAsANewAttempt();
};

void TestAttempt::kindFollowsWhatWasSent_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<Attempt::Kind>("kind");
    QTest::addColumn<QString>("typedCode");
    QTest::newRow("a code is a submission that hides the code") << u"123456"_s << Attempt::Kind::Submit << u"123456"_s;
    QTest::newRow("a phone number is a submission too")
        << u"(+33)0612345678"_s << Attempt::Kind::Submit << u"(+33)0612345678"_s;
    QTest::newRow("TRY_ANOTHER_WAY is try another way, no secret to hide")
        << u"TRY_ANOTHER_WAY"_s << Attempt::Kind::TryAnotherWay << QString();
}

void TestAttempt::kindFollowsWhatWasSent()
{
    QFETCH(QString, code);
    QFETCH(Attempt::Kind, kind);
    QFETCH(QString, typedCode);
    const Attempt attempt = Attempt::submit({typed.accountId, typed.provider, code}, started);
    QCOMPARE(attempt.kind(), kind);
    QCOMPARE(attempt.request().code, code);
    QCOMPARE(attempt.typedCode(), typedCode);
    QCOMPARE(attempt.accountId(), typed.accountId);
    QCOMPARE(attempt.provider(), typed.provider);
    QCOMPARE(attempt.startedUtc(), started);
    QVERIFY(!attempt.isFinished());
    QVERIFY(!attempt.outcome());
    QVERIFY(attempt.finishedUtc().isNull());
    QCOMPARE(attempt.duration(), std::nullopt);
}

void TestAttempt::resendCarriesNoCode()
{
    const Attempt attempt = Attempt::resend(typed.accountId, Provider::Messenger, started);
    QCOMPARE(attempt.kind(), Attempt::Kind::Resend);
    QCOMPARE(attempt.accountId(), typed.accountId);
    QCOMPARE(attempt.provider(), Provider::Messenger);
    QCOMPARE(attempt.request().code, QString());
    QCOMPARE(attempt.typedCode(), QString());
}

void TestAttempt::finishingRecordsTheOutcomeAndTheDuration()
{
    Attempt attempt = Attempt::submit(typed, started);
    attempt.finish(rejected(), started.addMSecs(1250));
    QVERIFY(attempt.isFinished());
    QCOMPARE(attempt.outcome()->httpStatus(), 401);
    QCOMPARE(attempt.finishedUtc(), started.addMSecs(1250));
    QCOMPARE(attempt.duration(), std::optional(1250ms));
}

// Retry: the request as it was sent, whatever the form says since, as a new attempt with its own times and outcome.
void TestAttempt::againSendsTheSameRequestAsANewAttempt()
{
    for (const Attempt &first :
         {Attempt::submit(typed, started), Attempt::resend(typed.accountId, typed.provider, started),
          Attempt::submit({typed.accountId, typed.provider, u"TRY_ANOTHER_WAY"_s}, started)}) {
        Attempt finished = first;
        finished.setTicketId(u"INC-0042"_s);
        finished.finish(rejected(), started.addSecs(2));
        const Attempt retried = finished.again(started.addSecs(30));
        QCOMPARE(retried.kind(), first.kind());
        QCOMPARE(retried.ticketId(), u"INC-0042"_s); // Retry is for the same ticket
        QCOMPARE(retried.request().accountId, first.request().accountId);
        QCOMPARE(retried.request().provider, first.request().provider);
        QCOMPARE(retried.request().code, first.request().code);
        QCOMPARE(retried.startedUtc(), started.addSecs(30));
        QVERIFY(!retried.isFinished());
        QVERIFY(retried.finishedUtc().isNull());
    }
}

QTEST_APPLESS_MAIN(TestAttempt)
#include "tst_attempt.moc"
