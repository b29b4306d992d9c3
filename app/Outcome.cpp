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

// Something readable from a body that is not the JSON the API documents: tags, scripts and control
// characters go, white space folds, and it is cut to a length that fits a message.
QString plainExcerpt(const QByteArray &body)
{
    QString text = QString::fromUtf8(body);
    if (text.contains(u'<')) {
        static const QRegularExpression scripts(u"<(script|style)\\b.*?</\\1\\s*>"_s,
                                                QRegularExpression::CaseInsensitiveOption
                                                    | QRegularExpression::DotMatchesEverythingOption);
        static const QRegularExpression tags(u"<[^>]*>"_s);
        text.remove(scripts);
        text.replace(tags, u" "_s);
    }
    for (QChar &c : text) {
        if (c.category() == QChar::Other_Control || c == QChar::ReplacementCharacter)
            c = u' ';
    }
    text = text.simplified();
    if (text.size() > Outcome::MaxExcerptLength)
        text = text.left(Outcome::MaxExcerptLength - 1) + u'…';
    return text;
}

} // namespace

Outcome Outcome::fromHttpResponse(const HttpResponse &response)
{
    Outcome outcome;
    outcome.m_httpStatus = response.status;
    outcome.m_requestIdHeader = response.requestIdHeader;
    outcome.m_retryAfter = response.retryAfterSeconds;

    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(response.body, &parseError);
    const bool isObject = parseError.error == QJsonParseError::NoError && document.isObject();
    const QJsonObject json = isObject ? document.object() : QJsonObject();
    if (!isObject)
        outcome.m_bodyExcerpt = plainExcerpt(response.body);

    if (response.status >= 400) {
        outcome.m_kind = Kind::Problem;
        outcome.m_problem = {stringMember(json, "type"_L1), stringMember(json, "title"_L1),
                             stringMember(json, "detail"_L1), stringMember(json, "instance"_L1)};
        return outcome;
    }

    outcome.m_kind = Kind::UnexpectedAnswer;
    if (response.status < 200 || response.status >= 300 || !isObject)
        return outcome;

    outcome.m_object = stringMember(json, "object"_L1);
    outcome.m_accountId = stringMember(json, "account_id"_L1);
    if (outcome.m_object == "AccountCreated"_L1 || outcome.m_object == "AccountReconnected"_L1) {
        if (!outcome.m_accountId.isEmpty())
            outcome.m_kind = Kind::Connected;
    } else if (outcome.m_object == "Checkpoint"_L1) {
        const QJsonObject checkpoint = json.value("checkpoint"_L1).toObject();
        outcome.m_checkpointType = stringMember(checkpoint, "type"_L1);
        outcome.m_checkpointSource = stringMember(checkpoint, "source"_L1);
        outcome.m_kind = Kind::NextCheckpoint;
    } else if (outcome.m_object == "CheckpointResend"_L1) {
        if (json.value("success"_L1).toBool(false))
            outcome.m_kind = Kind::CodeResent;
    }
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
