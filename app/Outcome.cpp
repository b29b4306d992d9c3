#include "Outcome.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

QString stringMember(const QJsonObject &object, QLatin1StringView name)
{
    const QJsonValue value = object.value(name);
    return value.isString() ? value.toString() : QString();
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

// Something readable from a body that is not the JSON the API documents: markup, control and format characters
// (bidi overrides could reorder what the agent reads) go, white space folds, and it is cut to a length that fits
// a message without splitting a surrogate pair.
QString plainExcerpt(const QByteArray &body, const QByteArray &contentType)
{
    QString text = QString::fromUtf8(body);
    if (looksLikeHtml(text, contentType))
        text = withoutMarkup(text);
    for (QChar &c : text) {
        const QChar::Category category = c.category();
        if (category == QChar::Other_Control || category == QChar::Other_Format || c == QChar::ReplacementCharacter)
            c = u' ';
    }
    text = text.simplified();
    if (text.size() > Outcome::MaxExcerptLength) {
        qsizetype cut = Outcome::MaxExcerptLength - 1;
        if (text.at(cut - 1).isHighSurrogate())
            --cut;
        text = text.left(cut) + u'…';
    }
    return text;
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

Outcome Outcome::fromHttpResponse(const HttpResponse &response)
{
    Outcome outcome;
    outcome.m_httpStatus = response.status;
    outcome.m_requestIdHeader = response.requestIdHeader;
    outcome.m_retryAfter = response.retryAfterSeconds;
    outcome.m_kind = response.status >= 400 ? Kind::Problem : Kind::UnexpectedAnswer;

    const std::optional<QJsonObject> json = jsonObject(response.body);
    if (json && outcome.m_kind == Kind::Problem) {
        outcome.m_problem = {stringMember(*json, "type"_L1), stringMember(*json, "title"_L1),
                             stringMember(*json, "detail"_L1), stringMember(*json, "instance"_L1)};
    } else if (json && response.status >= 200 && response.status < 300) {
        outcome.m_object = stringMember(*json, "object"_L1);
        outcome.m_accountId = stringMember(*json, "account_id"_L1);
        if (outcome.m_object == "AccountCreated"_L1 || outcome.m_object == "AccountReconnected"_L1) {
            if (!outcome.m_accountId.isEmpty())
                outcome.m_kind = Kind::Connected;
        } else if (outcome.m_object == "Checkpoint"_L1) {
            const QJsonObject checkpoint = json->value("checkpoint"_L1).toObject();
            outcome.m_checkpointType = stringMember(checkpoint, "type"_L1);
            outcome.m_checkpointSource = stringMember(checkpoint, "source"_L1);
            outcome.m_kind = Kind::NextCheckpoint;
        } else if (outcome.m_object == "CheckpointResend"_L1 && json->value("success"_L1).toBool(false)) {
            outcome.m_kind = Kind::CodeResent;
        }
    }

    // Whatever is not a documented answer is shown as it came, so the agent can tell support what arrived:
    // a gateway's own JSON ({"message": …}) just as much as an HTML page.
    const bool documented =
        outcome.m_kind == Kind::Problem ? outcome.hasProblemDetails() : outcome.m_kind != Kind::UnexpectedAnswer;
    if (!documented)
        outcome.m_bodyExcerpt = plainExcerpt(response.body, response.contentType);
    return outcome;
}

Outcome Outcome::transportFailure(Transport transport, const QString &detail, bool requestMayHaveArrived)
{
    Outcome outcome;
    outcome.m_kind = Kind::TransportFailure;
    outcome.m_transport = transport;
    outcome.m_transportDetail = detail;
    outcome.m_requestMayHaveArrived = requestMayHaveArrived;
    return outcome;
}

QString Outcome::supportRequestId() const
{
    return m_problem.instance.isEmpty() ? m_requestIdHeader : m_problem.instance;
}
