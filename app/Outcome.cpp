#include "Outcome.h"

#include "SafeText.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

// Where text from the server enters the app: one clean line, without the API key, cut to maxLength.
QString serverText(const QString &raw, const QString &apiKey, qsizetype maxLength)
{
    const QString line = SafeText::withoutSecret(SafeText::clean(raw), apiKey, Outcome::tr("[API key removed]"));
    return SafeText::elided(line, maxLength);
}

QString stringMember(const QJsonObject &object, QLatin1StringView name, const QString &apiKey, qsizetype maxLength)
{
    const QJsonValue value = object.value(name);
    return value.isString() ? serverText(value.toString(), apiKey, maxLength) : QString();
}

bool looksLikeHtml(const QString &text, const QByteArray &contentType)
{
    if (contentType.toLower().contains("html"))
        return true;
    for (QChar c : text) {
        if (!c.isSpace() && c != QChar::ByteOrderMark)
            return c == u'<';
    }
    return false;
}

// Proxies and captive portals answer with HTML, often cut off by the client's size cap. Comments and scripts
// may contain '>' and run to the end of what arrived; a tag must start like one, so "a < b" in text survives.
QString withoutMarkup(QString text)
{
    static const QRegularExpression comments(u"<!--.*?(?:-->|\\z)"_s, QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression scripts(u"<(script|style)\\b.*?(?:</\\1\\s*>|\\z)"_s,
                                            QRegularExpression::CaseInsensitiveOption
                                                | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression tags(u"<[!/?a-zA-Z][^>]*(?:>|\\z)"_s);
    text.remove(comments);
    text.remove(scripts);
    text.replace(tags, u" "_s);
    return text;
}

// JSON's escapes \/, \", \\ and \uXXXX in text that is shown as it came (JSON from a gateway, JSON cut off): the agent
// reads the characters themselves, and so does the search for an echoed key ("pp_live\/Zk4" is the key).
QString withoutJsonEscapes(const QString &text)
{
    static const QRegularExpression escape(u"\\\\(?:u([0-9A-Fa-f]{4})|([/\"\\\\]))"_s);
    QString result;
    qsizetype done = 0;
    for (const QRegularExpressionMatch &match : escape.globalMatch(text)) {
        result += QStringView(text).sliced(done, match.capturedStart() - done);
        result +=
            match.hasCaptured(1) ? QChar(match.capturedView(1).toUShort(nullptr, 16)) : match.capturedView(2).front();
        done = match.capturedEnd();
    }
    return result + QStringView(text).sliced(done);
}

// What to show of a body that is not the JSON the API documents: its text, escapes decoded, markup removed. Cleaning,
// the key and the length are serverText's.
QString excerptSource(const QByteArray &body, const QByteArray &contentType)
{
    const QString text = withoutJsonEscapes(QString::fromUtf8(body));
    return looksLikeHtml(text, contentType) ? withoutMarkup(text) : text;
}

std::optional<QJsonObject> jsonObject(const QByteArray &body)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

} // namespace

Outcome Outcome::fromHttpResponse(const HttpResponse &response, const SentRequest &sent)
{
    Outcome outcome;
    outcome.m_httpStatus = response.status;
    outcome.m_requestIdHeader = serverText(response.requestIdHeader, sent.apiKey, MaxIdLength);
    outcome.m_retryAfter = response.retryAfterSeconds;
    outcome.m_kind = response.status >= 400 ? Kind::Problem : Kind::UnexpectedAnswer;

    const std::optional<QJsonObject> json = jsonObject(response.body);
    if (json && outcome.m_kind == Kind::Problem)
        outcome.readProblem(*json, sent.apiKey);
    else if (json && response.status >= 200 && response.status < 300)
        outcome.readAnswer(*json, sent);

    // Whatever is not a documented answer is shown as it came, so the agent can tell support what arrived:
    // a gateway's own JSON ({"message": …}) just as much as an HTML page.
    const bool documented = outcome.m_kind == Kind::Problem
        ? outcome.hasProblemDetails()
        : outcome.m_kind != Kind::UnexpectedAnswer || outcome.m_anotherAccount;
    if (!documented) {
        outcome.m_bodyExcerpt =
            serverText(excerptSource(response.body, response.contentType), sent.apiKey, MaxExcerptLength);
    }
    return outcome;
}

void Outcome::readProblem(const QJsonObject &json, const QString &apiKey)
{
    m_problem = {
        stringMember(json, "type"_L1, apiKey, MaxIdLength), stringMember(json, "title"_L1, apiKey, MaxTextLength),
        stringMember(json, "detail"_L1, apiKey, MaxTextLength), stringMember(json, "instance"_L1, apiKey, MaxIdLength)};
}

// Decided on the clean text, so that what decides is what the agent reads.
void Outcome::readAnswer(const QJsonObject &json, const SentRequest &sent)
{
    const auto member = [&sent](const QJsonObject &object, QLatin1StringView name) {
        return stringMember(object, name, sent.apiKey, MaxIdLength);
    };
    m_object = member(json, "object"_L1);
    m_accountId = member(json, "account_id"_L1);
    // Success, a next step or a resent code for someone else's account is nothing to tell this customer.
    m_anotherAccount = !sent.accountId.isEmpty() && !m_accountId.isEmpty() && m_accountId != sent.accountId;
    if (m_anotherAccount)
        return;
    if (m_object == "AccountCreated"_L1 || m_object == "AccountReconnected"_L1) {
        if (!m_accountId.isEmpty())
            m_kind = Kind::Connected;
    } else if (m_object == "Checkpoint"_L1) {
        const QJsonObject checkpoint = json.value("checkpoint"_L1).toObject();
        m_checkpointType = member(checkpoint, "type"_L1);
        m_checkpointSource = member(checkpoint, "source"_L1);
        m_kind = Kind::NextCheckpoint;
    } else if (m_object == "CheckpointResend"_L1 && json.value("success"_L1).toBool(false)) {
        m_kind = Kind::CodeResent;
    }
}

Outcome Outcome::transportFailure(Transport transport, const QString &detail, bool requestMayHaveArrived)
{
    Outcome outcome;
    outcome.m_kind = Kind::TransportFailure;
    outcome.m_transport = transport;
    outcome.m_transportDetail = SafeText::clean(detail); // Qt's words, which may quote the server's
    outcome.m_requestMayHaveArrived = requestMayHaveArrived;
    return outcome;
}

QString Outcome::supportRequestId() const
{
    return m_problem.instance.isEmpty() ? m_requestIdHeader : m_problem.instance;
}
