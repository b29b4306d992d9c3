#include "Outcome.h"
#include "OutcomeDetails.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

HttpResponse answer(int status, const QByteArray &body, const QByteArray &contentType = "application/json")
{
    HttpResponse response;
    response.status = status;
    response.body = body;
    response.contentType = contentType;
    return response;
}

QString ellipsised(const QString &text)
{
    return text.left(Outcome::MaxExcerptLength - 1) + u'…';
}

// Reports the first thing that would make an excerpt unsafe or unreadable as plain text, or an empty string.
QString plainTextFault(const QString &excerpt)
{
    if (excerpt.size() > Outcome::MaxExcerptLength)
        return u"longer than MaxExcerptLength"_s;
    if (!excerpt.isValidUtf16())
        return u"a lone surrogate"_s;
    if (excerpt != excerpt.simplified())
        return u"white space not folded"_s;
    for (QChar c : excerpt) {
        if (c == QChar::ReplacementCharacter || c.category() == QChar::Other_Control
            || c.category() == QChar::Other_Format)
            return u"an invisible or replacement character U+%1"_s.arg(uint(c.unicode()), 4, 16, QChar(u'0'));
    }
    return {};
}

} // namespace

class TestOutcome final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void successfulStatus_data();
    void successfulStatus();
    void unexpectedAnswer_data();
    void unexpectedAnswer();
    void problem_data();
    void problem();
    void excerpt_data();
    void excerpt();
    void hostileBodies_data();
    void hostileBodies();
    void supportRequestId_data();
    void supportRequestId();
    void retryAfter_data();
    void retryAfter();
    void transportFailure_data();
    void transportFailure();
    void detailsLines_data();
    void detailsLines();
};

void TestOutcome::successfulStatus_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Outcome::Kind>("kind");
    QTest::addColumn<QString>("object");
    QTest::addColumn<QString>("accountId");
    QTest::addColumn<QString>("checkpointType");
    QTest::addColumn<QString>("checkpointSource");

    using Kind = Outcome::Kind;
    QTest::newRow("201 AccountCreated is connected, with its account id")
        << 201 << QByteArray(R"({"object":"AccountCreated","account_id":"acc_01HXYZ4QK3WJ8FN3M6QH7TZ8GR"})")
        << Kind::Connected << u"AccountCreated"_s << u"acc_01HXYZ4QK3WJ8FN3M6QH7TZ8GR"_s << QString() << QString();
    QTest::newRow("201 AccountReconnected is connected")
        << 201 << QByteArray(R"({"object":"AccountReconnected","account_id":"acc_2"})") << Kind::Connected
        << u"AccountReconnected"_s << u"acc_2"_s << QString() << QString();
    QTest::newRow("200 AccountCreated: the object decides, not the 2xx code")
        << 200 << QByteArray(R"({"account_id":"acc_3","object":"AccountCreated"})") << Kind::Connected
        << u"AccountCreated"_s << u"acc_3"_s << QString() << QString();
    QTest::newRow("AccountCreated with unknown members is still connected")
        << 201 << QByteArray(R"({"object":"AccountCreated","account_id":"acc_4","extra":{"a":[1,2]},"n":null})")
        << Kind::Connected << u"AccountCreated"_s << u"acc_4"_s << QString() << QString();
    QTest::newRow("non-ASCII account id")
        << 201 << QByteArray("{\"object\":\"AccountCreated\",\"account_id\":\"acc_\xc3\xa9\"}") << Kind::Connected
        << u"AccountCreated"_s << u"acc_é"_s << QString() << QString();
    QTest::newRow("AccountCreated without account_id is not success")
        << 201 << QByteArray(R"({"object":"AccountCreated"})") << Kind::UnexpectedAnswer << u"AccountCreated"_s
        << QString() << QString() << QString();
    QTest::newRow("AccountCreated with an empty account_id is not success")
        << 201 << QByteArray(R"({"object":"AccountCreated","account_id":""})") << Kind::UnexpectedAnswer
        << u"AccountCreated"_s << QString() << QString() << QString();
    QTest::newRow("AccountCreated with a numeric account_id is not success")
        << 201 << QByteArray(R"({"object":"AccountCreated","account_id":42})") << Kind::UnexpectedAnswer
        << u"AccountCreated"_s << QString() << QString() << QString();
    QTest::newRow("AccountReconnected without account_id is not success")
        << 201 << QByteArray(R"({"object":"AccountReconnected","account_id":null})") << Kind::UnexpectedAnswer
        << u"AccountReconnected"_s << QString() << QString() << QString();

    QTest::newRow("201 Checkpoint 2FA from SMS")
        << 201
        << QByteArray(R"({"object":"Checkpoint","account_id":"acc_1","checkpoint":{"type":"2FA","source":"SMS"}})")
        << Kind::NextCheckpoint << u"Checkpoint"_s << u"acc_1"_s << u"2FA"_s << u"SMS"_s;
    QTest::newRow("202 Checkpoint OTP without source")
        << 202 << QByteArray(R"({"object":"Checkpoint","account_id":"acc_1","checkpoint":{"type":"OTP"}})")
        << Kind::NextCheckpoint << u"Checkpoint"_s << u"acc_1"_s << u"OTP"_s << QString();
    QTest::newRow("Checkpoint of a type nobody knows yet keeps its name")
        << 201 << QByteArray(R"({"object":"Checkpoint","checkpoint":{"type":"FACE_SCAN","source":"APP","x":1}})")
        << Kind::NextCheckpoint << u"Checkpoint"_s << QString() << u"FACE_SCAN"_s << u"APP"_s;
    QTest::newRow("Checkpoint without checkpoint member")
        << 201 << QByteArray(R"({"object":"Checkpoint"})") << Kind::NextCheckpoint << u"Checkpoint"_s << QString()
        << QString() << QString();
    QTest::newRow("Checkpoint whose checkpoint member is a string")
        << 201 << QByteArray(R"({"object":"Checkpoint","checkpoint":"2FA"})") << Kind::NextCheckpoint << u"Checkpoint"_s
        << QString() << QString() << QString();
    QTest::newRow("Checkpoint whose type and source have the wrong types")
        << 201 << QByteArray(R"({"object":"Checkpoint","checkpoint":{"type":2,"source":["SMS"]}})")
        << Kind::NextCheckpoint << u"Checkpoint"_s << QString() << QString() << QString();

    QTest::newRow("200 CheckpointResend success true")
        << 200 << QByteArray(R"({"object":"CheckpointResend","account_id":"acc_1","success":true})") << Kind::CodeResent
        << u"CheckpointResend"_s << u"acc_1"_s << QString() << QString();
    QTest::newRow("200 CheckpointResend success false")
        << 200 << QByteArray(R"({"object":"CheckpointResend","account_id":"acc_1","success":false})")
        << Kind::UnexpectedAnswer << u"CheckpointResend"_s << u"acc_1"_s << QString() << QString();
    QTest::newRow("CheckpointResend without success")
        << 200 << QByteArray(R"({"object":"CheckpointResend","account_id":"acc_1"})") << Kind::UnexpectedAnswer
        << u"CheckpointResend"_s << u"acc_1"_s << QString() << QString();
    QTest::newRow("CheckpointResend with success as the string true")
        << 200 << QByteArray(R"({"object":"CheckpointResend","success":"true"})") << Kind::UnexpectedAnswer
        << u"CheckpointResend"_s << QString() << QString() << QString();

    QTest::newRow("unknown object is an unexpected answer")
        << 201 << QByteArray(R"({"object":"AccountDeleted","account_id":"acc_1"})") << Kind::UnexpectedAnswer
        << u"AccountDeleted"_s << u"acc_1"_s << QString() << QString();
    QTest::newRow("object in another letter case is not success")
        << 201 << QByteArray(R"({"object":"accountcreated","account_id":"acc_1"})") << Kind::UnexpectedAnswer
        << u"accountcreated"_s << u"acc_1"_s << QString() << QString();
    QTest::newRow("object of the wrong type")
        << 201 << QByteArray(R"({"object":1,"account_id":"acc_1"})") << Kind::UnexpectedAnswer << QString()
        << u"acc_1"_s << QString() << QString();
    QTest::newRow("no object member") << 201 << QByteArray(R"({"account_id":"acc_1"})") << Kind::UnexpectedAnswer
                                      << QString() << u"acc_1"_s << QString() << QString();
    QTest::newRow("a problem body under a 2xx is not a problem")
        << 200 << QByteArray(R"({"type":"errors/unexpected_error","title":"Oops","status":500})")
        << Kind::UnexpectedAnswer << QString() << QString() << QString() << QString();
    QTest::newRow("a redirect status that reaches the parser is never success")
        << 302 << QByteArray(R"({"object":"AccountCreated","account_id":"acc_1"})") << Kind::UnexpectedAnswer
        << QString() << QString() << QString() << QString();
    QTest::newRow("status 0 is never success")
        << 0 << QByteArray(R"({"object":"AccountCreated","account_id":"a"})") << Kind::UnexpectedAnswer << QString()
        << QString() << QString() << QString();
}

void TestOutcome::successfulStatus()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(Outcome::Kind, kind);
    QFETCH(QString, object);
    QFETCH(QString, accountId);
    QFETCH(QString, checkpointType);
    QFETCH(QString, checkpointSource);

    const Outcome outcome = Outcome::fromHttpResponse(answer(status, body));
    QCOMPARE(outcome.kind(), kind);
    QCOMPARE(outcome.isSuccess(), kind == Outcome::Kind::Connected);
    QCOMPARE(outcome.httpStatus(), status);
    QCOMPARE(outcome.object(), object);
    QCOMPARE(outcome.accountId(), accountId);
    QCOMPARE(outcome.checkpointType(), checkpointType);
    QCOMPARE(outcome.checkpointSource(), checkpointSource);
    QVERIFY(!outcome.hasProblemDetails());
    QCOMPARE(outcome.problem(), ProblemDetails());
    QCOMPARE(outcome.transport(), Outcome::Transport::None);
    if (kind != Outcome::Kind::UnexpectedAnswer)
        QCOMPARE(outcome.bodyExcerpt(), QString());
}

void TestOutcome::unexpectedAnswer_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QString>("excerpt");

    QTest::newRow("201 empty body") << 201 << QByteArray() << QByteArray() << QString();
    QTest::newRow("204 white space only") << 204 << QByteArray(" \r\n") << QByteArray() << QString();
    QTest::newRow("200 plain text") << 200 << QByteArray("OK") << QByteArray("text/plain") << u"OK"_s;
    QTest::newRow("201 JSON array") << 201 << QByteArray(R"([{"object":"AccountCreated","account_id":"acc_1"}])")
                                    << QByteArray("application/json")
                                    << u"[{\"object\":\"AccountCreated\",\"account_id\":\"acc_1\"}]"_s;
    QTest::newRow("201 JSON string") << 201 << QByteArray(R"("AccountCreated")") << QByteArray("application/json")
                                     << u"\"AccountCreated\""_s;
    QTest::newRow("201 JSON null") << 201 << QByteArray("null") << QByteArray("application/json") << u"null"_s;
    QTest::newRow("201 truncated JSON") << 201 << QByteArray(R"({"object":"AccountCreated","account_id":"acc)")
                                        << QByteArray("application/json")
                                        << u"{\"object\":\"AccountCreated\",\"account_id\":\"acc"_s;
    QTest::newRow("201 two JSON objects")
        << 201 << QByteArray(R"({"object":"AccountCreated"}{"account_id":"a"})") << QByteArray("application/json")
        << u"{\"object\":\"AccountCreated\"}{\"account_id\":\"a\"}"_s;
    QTest::newRow("200 captive portal page")
        << 200
        << QByteArray("<!DOCTYPE html><html><head><title>Hotel Wi-Fi</title></head>"
                      "<body><h1>Welcome</h1><p>Accept the terms to continue.</p></body></html>")
        << QByteArray("text/html; charset=utf-8") << u"Hotel Wi-Fi Welcome Accept the terms to continue."_s;
    // An object the app does not know is shown plainly, so the agent can tell support what came back.
    QTest::newRow("201 unknown object keeps an excerpt of the JSON")
        << 201 << QByteArray(R"({"object":"AccountDeleted","account_id":"acc_1"})") << QByteArray("application/json")
        << u"{\"object\":\"AccountDeleted\",\"account_id\":\"acc_1\"}"_s;
    QTest::newRow("201 AccountCreated without account_id keeps an excerpt")
        << 201 << QByteArray("{\n  \"object\": \"AccountCreated\"\n}") << QByteArray("application/json")
        << u"{ \"object\": \"AccountCreated\" }"_s;
}

void TestOutcome::unexpectedAnswer()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(QString, excerpt);

    const Outcome outcome = Outcome::fromHttpResponse(answer(status, body, contentType));
    QCOMPARE(outcome.kind(), Outcome::Kind::UnexpectedAnswer);
    QVERIFY(!outcome.isSuccess());
    QCOMPARE(outcome.httpStatus(), status);
    QCOMPARE(outcome.bodyExcerpt(), excerpt);
    QVERIFY(!outcome.hasProblemDetails());
}

void TestOutcome::problem_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<QString>("instance");
    QTest::addColumn<bool>("hasProblemDetails");
    QTest::addColumn<QString>("excerpt");

    const QByteArray json = "application/json";
    const QByteArray problemJson = "application/problem+json";

    QTest::newRow("401 invalid_checkpoint_solution with detail and instance")
        << 401
        << QByteArray(R"({"type":"errors/invalid_checkpoint_solution","title":"Invalid checkpoint solution",)"
                      R"("detail":"The checkpoint resolution did not pass successfully. Please retry.",)"
                      R"("instance":"req_01HXZ","status":401})")
        << problemJson << u"errors/invalid_checkpoint_solution"_s << u"Invalid checkpoint solution"_s
        << u"The checkpoint resolution did not pass successfully. Please retry."_s << u"req_01HXZ"_s << true
        << QString();
    QTest::newRow("400 without detail and instance")
        << 400 << QByteArray(R"({"type":"errors/invalid_parameters","title":"Invalid parameters","status":400})")
        << json << u"errors/invalid_parameters"_s << u"Invalid parameters"_s << QString() << QString() << true
        << QString();
    QTest::newRow("500 with instance but no detail")
        << 500
        << QByteArray(R"({"type":"errors/authentication_intent_error","title":"Intent error","instance":"req_9",)"
                      R"("status":500})")
        << problemJson << u"errors/authentication_intent_error"_s << u"Intent error"_s << QString() << u"req_9"_s
        << true << QString();
    QTest::newRow("escapes and non-ASCII in members are decoded")
        << 403
        << QByteArray("{\"type\":\"errors/account_restricted\",\"title\":\"Compte restreint\","
                      "\"detail\":\"Le compte \\\"acc\\\\1\\\" est restreint \\u2014 r\xc3\xa9"
                      "essayez \xf0\x9f\x98\x80\"}")
        << json << u"errors/account_restricted"_s << u"Compte restreint"_s
        << u"Le compte \"acc\\1\" est restreint — réessayez 😀"_s << QString() << true << QString();
    QTest::newRow("wrong member types are ignored")
        << 401 << QByteArray(R"({"type":"errors/invalid_checkpoint_solution","title":5,"detail":{},"instance":null})")
        << problemJson << u"errors/invalid_checkpoint_solution"_s << QString() << QString() << QString() << true
        << QString();
    QTest::newRow("a type of the wrong type is ignored, the title kept")
        << 409 << QByteArray(R"({"type":["errors/operation_canceled"],"title":"Operation canceled","detail":true})")
        << problemJson << QString() << u"Operation canceled"_s << QString() << QString() << true << QString();
    QTest::newRow("unknown members are ignored")
        << 403
        << QByteArray(R"({"connectionParams":{"proxy":{"host":"10.0.0.1"}},"type":"errors/action_required",)"
                      R"("title":"Action required","status":403,"hint":[1,2,3],"instance":"req_5"})")
        << json << u"errors/action_required"_s << u"Action required"_s << QString() << u"req_5"_s << true << QString();
    QTest::newRow("a status member disagreeing with the HTTP status changes nothing")
        << 401 << QByteArray(R"({"type":"errors/invalid_checkpoint_solution","title":"Invalid","status":500})") << json
        << u"errors/invalid_checkpoint_solution"_s << u"Invalid"_s << QString() << QString() << true << QString();
    QTest::newRow("a status member of the wrong type changes nothing")
        << 503 << QByteArray(R"({"type":"errors/no_client_session","title":"No session","status":"200"})") << json
        << u"errors/no_client_session"_s << u"No session"_s << QString() << QString() << true << QString();

    QTest::newRow("502 empty body") << 502 << QByteArray() << QByteArray() << QString() << QString() << QString()
                                    << QString() << false << QString();
    QTest::newRow("500 plain text") << 500 << QByteArray("Internal Server Error\n") << QByteArray("text/plain")
                                    << QString() << QString() << QString() << QString() << false
                                    << u"Internal Server Error"_s;
    QTest::newRow("503 JSON array") << 503 << QByteArray(R"(["errors/service_unavailable"])") << json << QString()
                                    << QString() << QString() << QString() << false
                                    << u"[\"errors/service_unavailable\"]"_s;
    QTest::newRow("400 truncated problem JSON keeps nothing but an excerpt")
        << 400 << QByteArray(R"({"type":"errors/invalid_parameters","title":"Inval)") << json << QString() << QString()
        << QString() << QString() << false << u"{\"type\":\"errors/invalid_parameters\",\"title\":\"Inval"_s;
    // Gateways answer with their own JSON (AWS: {"message": …}); without problem members it is not the API's.
    QTest::newRow("502 gateway JSON without problem members keeps an excerpt")
        << 502 << QByteArray(R"({"message":"Internal server error"})") << json << QString() << QString() << QString()
        << QString() << false << u"{\"message\":\"Internal server error\"}"_s;
    QTest::newRow("401 problem with only detail and instance keeps them and an excerpt")
        << 401 << QByteArray(R"({"detail":"Key expired","instance":"req_7"})") << json << QString() << QString()
        << u"Key expired"_s << u"req_7"_s << false << u"{\"detail\":\"Key expired\",\"instance\":\"req_7\"}"_s;
    QTest::newRow("502 nginx proxy page")
        << 502
        << QByteArray(
               "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
               "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n")
        << QByteArray("text/html") << QString() << QString() << QString() << QString() << false
        << u"502 Bad Gateway 502 Bad Gateway nginx"_s;
    QTest::newRow("429 too_many_requests")
        << 429 << QByteArray(R"({"type":"errors/too_many_requests","title":"Slow down"})") << problemJson
        << u"errors/too_many_requests"_s << u"Slow down"_s << QString() << QString() << true << QString();
}

void TestOutcome::problem()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(QString, type);
    QFETCH(QString, title);
    QFETCH(QString, detail);
    QFETCH(QString, instance);
    QFETCH(bool, hasProblemDetails);
    QFETCH(QString, excerpt);

    const Outcome outcome = Outcome::fromHttpResponse(answer(status, body, contentType));
    QCOMPARE(outcome.kind(), Outcome::Kind::Problem);
    QVERIFY(!outcome.isSuccess());
    QCOMPARE(outcome.httpStatus(), status);
    QCOMPARE(outcome.problem().type, type);
    QCOMPARE(outcome.problem().title, title);
    QCOMPARE(outcome.problem().detail, detail);
    QCOMPARE(outcome.problem().instance, instance);
    QCOMPARE(outcome.hasProblemDetails(), hasProblemDetails);
    QCOMPARE(outcome.bodyExcerpt(), excerpt);
    QCOMPARE(outcome.object(), QString());
    QCOMPARE(outcome.accountId(), QString());
}

void TestOutcome::excerpt_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QString>("excerpt");

    const QString longText = QString(Outcome::MaxExcerptLength + 50, u'a');
    QTest::newRow("HTML page: tags, scripts and styles go, white space folds")
        << QByteArray("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n  <meta charset=\"utf-8\">\n"
                      "  <title>Access denied</title>\n  <style>body { color: red; }</style>\n"
                      "  <script type=\"text/javascript\">var secret = 'x'; if (a < b) { go(); }</script>\n"
                      "</head>\n<body>\n  <h1>Access\tdenied</h1>\n  <!-- ray id > 42 -->\n"
                      "  <p>You have been <b>blocked</b>.</p>\n  <SCRIPT>track()</SCRIPT >\n</body>\n</html>\n")
        << QByteArray("text/html") << u"Access denied Access denied You have been blocked ."_s;
    QTest::newRow("HTML cut off inside a script leaves no script text")
        << QByteArray("<html><body><p>Bad gateway</p><script>var a = 1; function f() { return a")
        << QByteArray("text/html") << u"Bad gateway"_s;
    QTest::newRow("HTML cut off inside a tag leaves no half tag")
        << QByteArray("<html><body><p>Service unavailable</p><a href=\"https://status.example.com/incidents")
        << QByteArray("text/html") << u"Service unavailable"_s;
    QTest::newRow("HTML without a content type is recognised")
        << QByteArray("  <html><body>Gateway Timeout</body></html>") << QByteArray() << u"Gateway Timeout"_s;
    QTest::newRow("plain text with a less-than sign is kept")
        << QByteArray("quota < limit > zero") << QByteArray("text/plain") << u"quota < limit > zero"_s;
    QTest::newRow("white space folds") << QByteArray("  a \r\n\r\n\t b\u00a0 ") << QByteArray("text/plain") << u"a b"_s;
    QTest::newRow("control characters become spaces") << QByteArray("a\x01\x02"
                                                                    "b\x1b[31mc\x7f")
                                                      << QByteArray("text/plain") << u"a b [31mc"_s;
    QTest::newRow("NUL bytes become spaces") << QByteArray("a\0b", 3) << QByteArray() << u"a b"_s;
    QTest::newRow("invalid UTF-8 becomes spaces") << QByteArray("\xff\xfe"
                                                                "bad \xc3 gateway \xe4\xb8")
                                                  << QByteArray("text/plain") << u"bad gateway"_s;
    QTest::newRow("valid UTF-8 is kept") << QByteArray("Passerelle d\xc3\xa9"
                                                       "faillante \xe4\xb8\xad\xe6\x96\x87")
                                         << QByteArray("text/plain") << u"Passerelle défaillante 中文"_s;
    QTest::newRow("bidi overrides are removed") << QByteArray("abc \xe2\x80\xae"
                                                              "fed")
                                                << QByteArray("text/plain") << u"abc fed"_s;
    QTest::newRow("exactly MaxExcerptLength is kept whole") << longText.left(Outcome::MaxExcerptLength).toUtf8()
                                                            << QByteArray() << longText.left(Outcome::MaxExcerptLength);
    QTest::newRow("longer text is capped with an ellipsis")
        << longText.toUtf8() << QByteArray() << ellipsised(longText);
    // The cut falls between the two halves of the first emoji.
    const QString emojiText = QString(Outcome::MaxExcerptLength - 2, u'a') + u"😀😀😀😀"_s;
    QTest::newRow("the cap does not split an emoji")
        << emojiText.toUtf8() << QByteArray() << QString(emojiText.left(Outcome::MaxExcerptLength - 2) + u'…');
    QTest::newRow("the cap counts folded text, not the body")
        << QByteArray(QByteArray(1000, ' ') + "short" + QByteArray(1000, '\n')) << QByteArray() << u"short"_s;
}

void TestOutcome::excerpt()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(QString, excerpt);

    for (int status : {200, 500}) {
        const Outcome outcome = Outcome::fromHttpResponse(answer(status, body, contentType));
        QCOMPARE(outcome.bodyExcerpt(), excerpt);
        QCOMPARE(plainTextFault(outcome.bodyExcerpt()), QString());
    }
}

void TestOutcome::hostileBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("excerpt");

    // 64 KiB is CheckpointClient's cap on a body: nothing bigger reaches the parser.
    const qsizetype size = 64 * 1024;
    QTest::newRow("100000 opening brackets") << QByteArray(100000, '[') << ellipsised(QString(300, u'['));
    QTest::newRow("nested objects deeper than the JSON parser allows")
        << QByteArray("{\"a\":").repeated(size / 5) << ellipsised(u"{\"a\":"_s.repeated(60));
    QTest::newRow("balanced nesting deeper than the parser allows")
        << QByteArray(size / 2, '[') + QByteArray(size / 2, ']') << ellipsised(QString(300, u'['));
    QTest::newRow("64 KiB of less-than signs") << QByteArray(size, '<') << ellipsised(QString(300, u'<'));
    QTest::newRow("64 KiB of unclosed script tags") << QByteArray("<script>").repeated(size / 8) << QString();
    QTest::newRow("64 KiB of unclosed comments") << QByteArray("<!--").repeated(size / 4) << QString();
    QTest::newRow("64 KiB of invalid UTF-8") << QByteArray(size, '\xff') << QString();
}

void TestOutcome::hostileBodies()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, excerpt);

    const Outcome unexpected = Outcome::fromHttpResponse(answer(201, body));
    QCOMPARE(unexpected.kind(), Outcome::Kind::UnexpectedAnswer);
    QCOMPARE(unexpected.bodyExcerpt(), excerpt);
    QCOMPARE(plainTextFault(unexpected.bodyExcerpt()), QString());

    const Outcome problem = Outcome::fromHttpResponse(answer(502, body, "text/html"));
    QCOMPARE(problem.kind(), Outcome::Kind::Problem);
    QVERIFY(!problem.hasProblemDetails());
    QCOMPARE(plainTextFault(problem.bodyExcerpt()), QString());
}

void TestOutcome::supportRequestId_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("supportRequestId");

    const QByteArray withInstance = R"({"type":"errors/unexpected_error","title":"Oops","instance":"req_body"})";
    const QByteArray withoutInstance = R"({"type":"errors/unexpected_error","title":"Oops"})";
    QTest::newRow("instance wins over the header") << 500 << withInstance << u"req_header"_s << u"req_body"_s;
    QTest::newRow("instance without a header") << 500 << withInstance << QString() << u"req_body"_s;
    QTest::newRow("header when the problem has no instance")
        << 500 << withoutInstance << u"req_header"_s << u"req_header"_s;
    QTest::newRow("header when the instance is not a string")
        << 500 << QByteArray(R"({"type":"errors/unexpected_error","instance":7})") << u"req_header"_s
        << u"req_header"_s;
    QTest::newRow("header when the body is HTML")
        << 502 << QByteArray("<html>Bad gateway</html>") << u"req_header"_s << u"req_header"_s;
    QTest::newRow("header on a success") << 201 << QByteArray(R"({"object":"AccountCreated","account_id":"a"})")
                                         << u"req_header"_s << u"req_header"_s;
    QTest::newRow("nothing at all") << 500 << withoutInstance << QString() << QString();
}

void TestOutcome::supportRequestId()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, header);
    QFETCH(QString, supportRequestId);

    HttpResponse response = answer(status, body);
    response.requestIdHeader = header;
    const Outcome outcome = Outcome::fromHttpResponse(response);
    QCOMPARE(outcome.requestIdHeader(), header);
    QCOMPARE(outcome.supportRequestId(), supportRequestId);
}

void TestOutcome::retryAfter_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<std::optional<int>>("retryAfter");

    const QByteArray tooMany = R"({"type":"errors/too_many_requests","title":"Too many requests"})";
    QTest::newRow("429 with Retry-After 30") << 429 << tooMany << std::optional<int>(30);
    QTest::newRow("429 with Retry-After 0") << 429 << tooMany << std::optional<int>(0);
    QTest::newRow("429 without Retry-After") << 429 << tooMany << std::optional<int>();
    QTest::newRow("503 HTML with Retry-After 120")
        << 503 << QByteArray("<html>Maintenance</html>") << std::optional<int>(120);
    QTest::newRow("success keeps Retry-After too")
        << 201 << QByteArray(R"({"object":"AccountCreated","account_id":"a"})") << std::optional<int>(5);
}

void TestOutcome::retryAfter()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(std::optional<int>, retryAfter);

    HttpResponse response = answer(status, body);
    response.retryAfterSeconds = retryAfter;
    QCOMPARE(Outcome::fromHttpResponse(response).retryAfterSeconds(), retryAfter);
}

void TestOutcome::transportFailure_data()
{
    QTest::addColumn<Outcome::Transport>("transport");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<bool>("requestMayHaveArrived");

    using Transport = Outcome::Transport;
    QTest::newRow("insecure URL, refused before sending")
        << Transport::InsecureUrl << u"http://example.com/v1"_s << false;
    QTest::newRow("connection refused") << Transport::ConnectionRefused << u"Connection refused"_s << false;
    QTest::newRow("host not found") << Transport::HostNotFound << u"Host api.postpress.ai not found"_s << false;
    QTest::newRow("TLS") << Transport::Tls << u"SSL handshake failed"_s << false;
    QTest::newRow("timeout may have arrived") << Transport::Timeout << u"Operation canceled"_s << true;
    QTest::newRow("canceled by the agent") << Transport::Canceled << u"Operation canceled"_s << true;
    QTest::newRow("connection closed may have arrived")
        << Transport::ConnectionClosed << u"Remote host closed the connection"_s << true;
    QTest::newRow("redirect") << Transport::Redirect << u"307 to https://elsewhere.example/"_s << true;
    QTest::newRow("response too large") << Transport::ResponseTooLarge << QString() << true;
    QTest::newRow("proxy") << Transport::Proxy << u"Proxy connection refused"_s << false;
    QTest::newRow("other, non-ASCII detail") << Transport::Other << u"Erreur réseau «inconnue»"_s << false;
}

void TestOutcome::transportFailure()
{
    QFETCH(Outcome::Transport, transport);
    QFETCH(QString, detail);
    QFETCH(bool, requestMayHaveArrived);

    const Outcome outcome = Outcome::transportFailure(transport, detail, requestMayHaveArrived);
    QCOMPARE(outcome.kind(), Outcome::Kind::TransportFailure);
    QVERIFY(!outcome.isSuccess());
    QCOMPARE(outcome.transport(), transport);
    QCOMPARE(outcome.transportDetail(), detail);
    QCOMPARE(outcome.requestMayHaveArrived(), requestMayHaveArrived);
    QCOMPARE(outcome.httpStatus(), 0);
    QVERIFY(!outcome.hasProblemDetails());
    QCOMPARE(outcome.bodyExcerpt(), QString());
    QCOMPARE(outcome.supportRequestId(), QString());
    QCOMPARE(outcome.retryAfterSeconds(), std::optional<int>());
}

void TestOutcome::detailsLines_data()
{
    QTest::addColumn<Outcome>("outcome");
    QTest::addColumn<QString>("lines");

    const QString long601 = QString(MaxShownDetailLength + 1, u'x');
    QTest::newRow("a problem: status and type, title, detail")
        << Outcome::fromHttpResponse(answer(401, R"({"type":"errors/invalid_checkpoint_solution","title":"Unauthorized",
                                              "detail":"The code was wrong."})", "application/problem+json"))
        << u"HTTP 401 · errors/invalid_checkpoint_solution\nTitle: Unauthorized\nDetail: The code was wrong."_s;
    QTest::newRow("an unexpected 2xx names its object and quotes its body")
        << Outcome::fromHttpResponse(answer(201, R"({"object":"Surprise","account_id":"acc_1"})"))
        << u"HTTP 201 · Surprise\nThe answer read: {\"object\":\"Surprise\",\"account_id\":\"acc_1\"}"_s;
    QTest::newRow("a body that was not JSON is quoted")
        << Outcome::fromHttpResponse(answer(502, "Bad Gateway", "text/plain"))
        << u"HTTP 502\nThe answer read: Bad Gateway"_s;
    QTest::newRow("a long detail is cut to what a screen holds")
        << Outcome::fromHttpResponse(answer(403, R"({"type":"errors/x","detail":")" + long601.toLatin1() + R"("})"))
        << u"HTTP 403 · errors/x\nDetail: "_s + long601.left(MaxShownDetailLength - 1) + u'…';
    QTest::newRow("a network failure gives its reason")
        << Outcome::transportFailure(Outcome::Transport::ConnectionRefused, u"Connection refused"_s, false)
        << u"Network: Connection refused"_s;
    QTest::newRow("a network failure without a reason says nothing")
        << Outcome::transportFailure(Outcome::Transport::ResponseTooLarge, QString(), true) << QString();
}

// The lines the window shows under the advice: what was said, never interpreted.
void TestOutcome::detailsLines()
{
    QFETCH(Outcome, outcome);
    QFETCH(QString, lines);
    QCOMPARE(outcomeDetails(outcome), lines);
}

QTEST_APPLESS_MAIN(TestOutcome)

#include "tst_outcome.moc"
