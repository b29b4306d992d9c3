// When Submit and Try another way can be pressed, and the reason the window gives when not: the form in the order it
// is filled in, then the API key, and nothing more once the checkpoint is solved. No widgets.
#include "SubmitPolicy.h"
#include "TestConstants.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using Send = SubmitPolicy::Send;
using State = ApiKeyController::State;

using TestConstants::accountId;

// A form filled in for a code, ready to send.
SubmitPolicy::Form filled(const QString &code = u"123456"_s)
{
    return {CheckpointRequest{accountId, Provider::LinkedIn, code}, true, false, code, {}};
}

Attempt answered(int status, const QByteArray &body)
{
    Attempt attempt = Attempt::submit(filled().request);
    attempt.finish(Outcome::fromHttpResponse({status, body, "application/json", {}, {}}));
    return attempt;
}

} // namespace

class TestSubmitPolicy final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void formComesFirstInTheOrderItIsFilled_data();
    void formComesFirstInTheOrderItIsFilled();
    void keyStateDecidesOnceTheFormIsComplete_data();
    void keyStateDecidesOnceTheFormIsComplete();
    void solvedCheckpointSendsNothingMore();
    void rejectedCodeIsNotSentTwice();
    void retryCountdownHoldsBothBack();
    void endedAttemptWaitsForStartOver();
};

void TestSubmitPolicy::formComesFirstInTheOrderItIsFilled_data()
{
    QTest::addColumn<SubmitPolicy::Form>("form");
    QTest::addColumn<QString>("submit");
    QTest::addColumn<QString>("tryAnotherWay");

    SubmitPolicy::Form form = filled();
    QTest::newRow("complete: both can be pressed") << form << QString() << QString();
    form = filled();
    form.request.accountId.clear();
    QTest::newRow("no account id") << form << u"Enter the account id."_s << u"Enter the account id."_s;
    form = filled();
    form.request.accountId = u"acc_Х"_s;
    const QString cyrillic = CheckpointRequest::accountIdProblem(form.request.accountId);
    QTest::newRow("an account id outside the rule: the rule's reason") << form << cyrillic << cyrillic;
    form = filled();
    form.providerChosen = false;
    QTest::newRow("no provider") << form << u"Choose the provider."_s << u"Choose the provider."_s;
    form = filled(QString());
    QTest::newRow("no code: Try another way sends its own")
        << form << u"Enter the code the customer received."_s << QString();
    form = filled(u"   "_s);
    QTest::newRow("only blanks typed") << form << u"Enter the code the customer received."_s << QString();
    form = filled(u"12\u200b34"_s);
    QTest::newRow("a code the request refuses: its reason")
        << form << u"The code cannot contain control characters."_s << QString();
    form = filled(QString());
    form.phoneMode = true;
    QTest::newRow("phone mode, no number") << form << u"Enter the customer's mobile number."_s << QString();
    form = filled(u"12"_s);
    form.phoneMode = true;
    form.phoneProblem = u"The number is too short."_s;
    QTest::newRow("phone mode, a number that cannot be sent: the formatter's reason")
        << form << u"The number is too short."_s << QString();
}

void TestSubmitPolicy::formComesFirstInTheOrderItIsFilled()
{
    QFETCH(SubmitPolicy::Form, form);
    QFETCH(QString, submit);
    QFETCH(QString, tryAnotherWay);
    QCOMPARE(SubmitPolicy::blocker(Send::TypedAnswer, form, State::Stored, nullptr), submit);
    QCOMPARE(SubmitPolicy::blocker(Send::TryAnotherWay, form, State::Stored, nullptr), tryAnotherWay);
    // The form's reason comes before the key's.
    if (!submit.isEmpty())
        QCOMPARE(SubmitPolicy::blocker(Send::TypedAnswer, form, State::Missing, nullptr), submit);
}

void TestSubmitPolicy::keyStateDecidesOnceTheFormIsComplete_data()
{
    QTest::addColumn<State>("state");
    QTest::addColumn<QString>("reason");
    const QString waiting = u"Waiting for the system keychain…"_s;
    const QString setKey = u"Enter the API key first (Enter API key…)."_s;
    QTest::newRow("nothing asked yet") << State::Idle << waiting;
    QTest::newRow("reading the keychain") << State::Loading << waiting;
    QTest::newRow("saving in the keychain") << State::Saving << waiting;
    QTest::newRow("no key stored") << State::Missing << setKey;
    QTest::newRow("the keychain failed") << State::Failed << setKey;
    QTest::newRow("a stored key") << State::Stored << QString();
    QTest::newRow("a key for this session only") << State::SessionOnly << QString();
}

void TestSubmitPolicy::keyStateDecidesOnceTheFormIsComplete()
{
    QFETCH(State, state);
    QFETCH(QString, reason);
    QCOMPARE(SubmitPolicy::blocker(Send::TypedAnswer, filled(), state, nullptr), reason);
    QCOMPARE(SubmitPolicy::blocker(Send::TryAnotherWay, filled(QString()), state, nullptr), reason);
}

void TestSubmitPolicy::solvedCheckpointSendsNothingMore()
{
    const QString solved = u"This checkpoint is solved: nothing more to send."_s;
    const Attempt connected =
        answered(201, R"({"object":"AccountCreated","account_id":"acc_01HXYZ4QK3WJ8FN3M6QH7TZ8GR"})");
    const Attempt alreadyConnected = answered(409, R"({"type":"errors/already_exists"})");
    for (const Attempt *attempt : {&connected, &alreadyConnected}) {
        QCOMPARE(SubmitPolicy::blocker(Send::TypedAnswer, filled(), State::Stored, attempt), solved);
        QCOMPARE(SubmitPolicy::blocker(Send::TryAnotherWay, filled(), State::Stored, attempt), solved);
    }
    // Any other answer leaves the form to decide, and so does an attempt still in flight.
    const Attempt rejected = answered(401, R"({"type":"errors/invalid_checkpoint_solution"})");
    const Attempt inFlight = Attempt::submit(filled().request);
    for (const Attempt *attempt : {&rejected, &inFlight}) {
        QCOMPARE(SubmitPolicy::blocker(Send::TypedAnswer, filled(u"654321"_s), State::Stored, attempt), QString());
        QCOMPARE(SubmitPolicy::blocker(Send::TypedAnswer, filled(QString()), State::Stored, attempt),
                 u"Enter the code the customer received."_s);
    }
}

void TestSubmitPolicy::rejectedCodeIsNotSentTwice()
{
    const QString again = u"This code was already sent: type the new code."_s;
    const Attempt rejected = answered(401, R"({"type":"errors/invalid_checkpoint_solution"})");
    QCOMPARE(SubmitPolicy::blocker(Send::TypedAnswer, filled(), State::Stored, &rejected), again);
    // Typed differently but the same code once cleaned up: still the rejected one.
    SubmitPolicy::Form spaced = filled(u"123 456"_s);
    spaced.request.code = u"123456"_s;
    QCOMPARE(SubmitPolicy::blocker(Send::TypedAnswer, spaced, State::Stored, &rejected), again);
    QCOMPARE(SubmitPolicy::blocker(Send::TypedAnswer, filled(u"654321"_s), State::Stored, &rejected), QString());
    QCOMPARE(SubmitPolicy::blocker(Send::TryAnotherWay, filled(), State::Stored, &rejected), QString());
    // A next step asks for the next code: the one it took is not sent again either.
    const Attempt nextStep =
        answered(201, R"({"object":"Checkpoint","account_id":"acc_2","checkpoint":{"type":"OTP"}})");
    QCOMPARE(SubmitPolicy::blocker(Send::TypedAnswer, filled(), State::Stored, &nextStep), again);
}

void TestSubmitPolicy::retryCountdownHoldsBothBack()
{
    const QString wait = u"Wait until Retry can be pressed: the server asked for a pause."_s;
    const Attempt limited = answered(429, R"({"type":"errors/too_many_requests"})");
    QCOMPARE(SubmitPolicy::blocker(Send::TypedAnswer, filled(u"654321"_s), State::Stored, &limited, true), wait);
    QCOMPARE(SubmitPolicy::blocker(Send::TryAnotherWay, filled(u"654321"_s), State::Stored, &limited, true), wait);
    QCOMPARE(SubmitPolicy::blocker(Send::TypedAnswer, filled(u"654321"_s), State::Stored, &limited, false), QString());
}

void TestSubmitPolicy::endedAttemptWaitsForStartOver()
{
    const QString ended = u"This login attempt has ended: press Start over before sending a new code."_s;
    const Attempt over = answered(500, R"({"type":"errors/authentication_intent_error"})");
    QCOMPARE(SubmitPolicy::blocker(Send::TypedAnswer, filled(u"654321"_s), State::Stored, &over), ended);
    QCOMPARE(SubmitPolicy::blocker(Send::TryAnotherWay, filled(), State::Stored, &over), ended);
    // Start over leaves the form about no answer: it decides again.
    QCOMPARE(SubmitPolicy::blocker(Send::TypedAnswer, filled(u"654321"_s), State::Stored, nullptr), QString());
}

QTEST_APPLESS_MAIN(TestSubmitPolicy)
#include "tst_submitpolicy.moc"
