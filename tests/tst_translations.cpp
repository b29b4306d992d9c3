// Every user-visible string goes through tr() and lupdate finds it: the sources are run through lupdate, every
// message is "translated" into ⟦its source⟧, and the strings the app builds for the agent must then consist of
// ⟦…⟧ segments only. A string built without tr(), or one lupdate cannot see, shows up as plain text.
#include "CheckpointRequest.h"
#include "CodeInput.h"
#include "Guidance.h"
#include "LaunchOptions.h"
#include "Outcome.h"
#include "TicketSummary.h"
#include "Translations.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace {

constexpr QChar Open = u'⟦';
constexpr QChar Close = u'⟧';

// Fills every message of a .ts file with ⟦source⟧ (every plural form too).
QByteArray pseudoTranslate(const QString &ts)
{
    static const QRegularExpression message(u"<message( numerus=\"yes\")?>(.*?)</message>"_s,
                                            QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression source(u"<source>(.*?)</source>"_s, QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression translation(u"<translation[^>]*>.*?</translation>|<translation[^>]*/>"_s,
                                                QRegularExpression::DotMatchesEverythingOption);
    QString out;
    qsizetype last = 0;
    for (const QRegularExpressionMatch &m : message.globalMatch(ts)) {
        out += QStringView(ts).mid(last, m.capturedStart() - last);
        const bool numerus = m.capturedLength(1) > 0;
        const QString text = source.match(m.captured(2)).captured(1);
        const QString pseudo = Open + text + Close;
        const QString filled = numerus
            ? u"<translation><numerusform>%1</numerusform><numerusform>%1</numerusform></translation>"_s.arg(pseudo)
            : u"<translation>%1</translation>"_s.arg(pseudo);
        QString body = m.captured(2);
        body.replace(translation, filled);
        out += u"<message"_s + m.captured(1) + u'>' + body + u"</message>"_s;
        last = m.capturedEnd();
    }
    out += QStringView(ts).mid(last);
    return out.toUtf8();
}

// What is left of a string once every (possibly nested) ⟦…⟧ segment is taken out.
QString untranslatedRest(QString text)
{
    static const QRegularExpression innermost(u"⟦[^⟦⟧]*⟧"_s);
    for (qsizetype before = -1; before != text.size();) {
        before = text.size();
        text.remove(innermost);
    }
    return text;
}

Outcome problem(int status, const QString &type)
{
    const QJsonObject body{{u"type"_s, type}, {u"title"_s, u"T"_s}, {u"status"_s, status}};
    return Outcome::fromHttpResponse({status, QJsonDocument(body).toJson(), "application/problem+json", {}, {}});
}

Outcome object(const QByteArray &json, int status = 201)
{
    return Outcome::fromHttpResponse({status, json, "application/json", {}, {}});
}

} // namespace

class TestTranslations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void guidanceIsTranslatable_data();
    void guidanceIsTranslatable();
    void ticketSummaryIsTranslatable();
    void inputMessagesAreTranslatable();

private:
    static void verifyTranslated(const QString &text, const char *what);
    QTemporaryDir m_dir;
    QTranslator m_translator;
};

void TestTranslations::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString ts = m_dir.filePath(u"pseudo.ts"_s);
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(LUPDATE_EXECUTABLE),
                  {u"@"_s + QStringLiteral(TRANSLATABLE_SOURCES_LIST), u"-locations"_s, u"none"_s, u"-ts"_s, ts});
    QVERIFY(lupdate.waitForFinished(60'000));
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());

    QFile file(ts);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray pseudo = pseudoTranslate(QString::fromUtf8(file.readAll()));
    file.close();
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(pseudo);
    file.close();

    const QString qm = m_dir.filePath(u"pseudo.qm"_s);
    QProcess lrelease;
    lrelease.setProcessChannelMode(QProcess::MergedChannels);
    lrelease.start(QStringLiteral(LRELEASE_EXECUTABLE), {ts, u"-qm"_s, qm});
    QVERIFY(lrelease.waitForFinished(60'000));
    QVERIFY2(lrelease.exitCode() == 0, lrelease.readAll().constData());
    QVERIFY(m_translator.load(qm));
    QVERIFY(QCoreApplication::installTranslator(&m_translator));
}

void TestTranslations::verifyTranslated(const QString &text, const char *what)
{
    QVERIFY2(!text.isEmpty(), what);
    const QString rest = untranslatedRest(text).remove(QRegularExpression(u"[\\s\\p{P}\\p{S}\\d]"_s));
    QVERIFY2(rest.isEmpty(), qPrintable(u"%1 has text outside tr(): \"%2\" in \"%3\""_s.arg(
                                  QLatin1StringView(what), untranslatedRest(text), text)));
}

void TestTranslations::guidanceIsTranslatable_data()
{
    QTest::addColumn<Outcome>("outcome");
    const int statuses[] = {400, 401, 403, 404, 407, 408, 409, 425, 429, 500, 502, 503, 504, 418, 599};
    const QStringList types = {
        u"errors/invalid_parameters"_s, u"errors/missing_parameters"_s, u"errors/invalid_request"_s,
        u"errors/malformed_request"_s, u"errors/content_too_large"_s, u"errors/too_many_characters"_s,
        u"errors/unescaped_characters"_s, u"errors/limit_too_high"_s, u"errors/invalid_checkpoint_solution"_s,
        u"errors/checkpoint_error"_s, u"errors/invalid_credentials"_s, u"errors/missing_credentials"_s,
        u"errors/expired_credentials"_s, u"errors/account_restricted"_s, u"errors/account_mismatch"_s,
        u"errors/insufficient_permissions"_s, u"errors/session_mismatch"_s, u"errors/feature_not_subscribed"_s,
        u"errors/subscription_required"_s, u"errors/unknown_authentication_context"_s, u"errors/action_required"_s,
        u"errors/resource_access_restricted"_s, u"errors/proxy_auth_error"_s, u"errors/request_timeout"_s,
        u"errors/operation_canceled"_s, u"errors/already_exists"_s, u"errors/unexpected_error"_s,
        u"errors/provider_error"_s, u"errors/authentication_intent_error"_s, u"errors/proxy_error"_s,
        u"errors/no_client_session"_s, u"errors/no_channel"_s, u"errors/no_handler"_s, u"errors/network_down"_s,
        u"errors/service_unavailable"_s, u"errors/too_many_requests"_s, u"errors/something_new"_s};
    // Every type under every status: more combinations than the API sends, so every fallback is reached too.
    for (int status : statuses) {
        for (const QString &type : types)
            QTest::addRow("%d %s", status, qPrintable(type)) << problem(status, type);
    }
    QTest::newRow("AccountCreated") << object(R"({"object":"AccountCreated","account_id":"acc_1"})");
    QTest::newRow("AccountReconnected") << object(R"({"object":"AccountReconnected","account_id":"acc_1"})");
    for (const char *type : {"2FA", "OTP", "PHONE_REGISTER", "IN_APP_VALIDATION", "CAPTCHA", "QRCODE",
                             "CONTRACT_CHOOSER", "SOMETHING_NEW"}) {
        for (const char *source : {"", "SMS", "APP", "WHATSAPP", "PIGEON"}) {
            const QByteArray json = R"({"object":"Checkpoint","account_id":"acc_1","checkpoint":{"type":")"
                + QByteArray(type) + R"(","source":")" + source + R"("}})";
            QTest::addRow("Checkpoint %s %s", type, source) << object(json);
        }
    }
    QTest::newRow("CheckpointResend") << object(R"({"object":"CheckpointResend","success":true})", 200);
    QTest::newRow("unknown object") << object(R"({"object":"Surprise"})");
    QTest::newRow("empty 201") << object("");
    const Outcome::Transport transports[] = {
        Outcome::Transport::InsecureUrl, Outcome::Transport::ConnectionRefused, Outcome::Transport::HostNotFound,
        Outcome::Transport::Tls, Outcome::Transport::Timeout, Outcome::Transport::Canceled,
        Outcome::Transport::ConnectionClosed, Outcome::Transport::Redirect, Outcome::Transport::ResponseTooLarge,
        Outcome::Transport::Proxy, Outcome::Transport::NotInstalled, Outcome::Transport::Other};
    for (Outcome::Transport transport : transports) {
        for (bool arrived : {false, true}) {
            QTest::addRow("transport %d %s", int(transport), arrived ? "after sending" : "before sending")
                << Outcome::transportFailure(transport, u"Qt's own text"_s, arrived);
        }
    }
}

void TestTranslations::guidanceIsTranslatable()
{
    QFETCH(Outcome, outcome);
    for (Provider provider : allProviders) {
        for (const QString &code : {u"123456"_s, u"+33612345678"_s}) {
            const Guidance guidance = Guidance::forOutcome(outcome, CheckpointRequest{u"acc_1"_s, provider, code});
            verifyTranslated(guidance.headline, "headline");
            verifyTranslated(guidance.explanation, "explanation");
        }
    }
}

void TestTranslations::ticketSummaryIsTranslatable()
{
    const Outcome outcome = problem(503, u"errors/no_client_session"_s);
    const QStringList lines =
        ticketSummary(u"acc_1"_s, Provider::Instagram, outcome, QDateTime::currentDateTimeUtc()).split(u'\n');
    QVERIFY(lines.size() > 3);
    for (const QString &line : lines) {
        const QString label = line.section(u':', 0, 0);
        verifyTranslated(label, "a ticket summary label");
    }
}

void TestTranslations::inputMessagesAreTranslatable()
{
    verifyTranslated(CheckpointRequest{{}, Provider::LinkedIn, {}}.validate()->message, "request validation");
    verifyTranslated(PhoneNumberFormatter::format(u"FR"_s, u"12"_s).problem, "phone number problem");
    const LaunchOptions options =
        LaunchOptions::parse({u"postpress-checkpoint"_s, u"--provider"_s, u"myspace"_s});
    QCOMPARE(options.action, LaunchOptions::Action::Error);
    verifyTranslated(options.errorMessage, "command-line error");
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
