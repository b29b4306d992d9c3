#include "InstanceMessage.h"

#include "ApiBaseUrl.h"
#include "CheckpointRequest.h"
#include "TicketId.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace {

QString stringField(const QJsonObject &object, QLatin1StringView key, QString *problem)
{
    const QJsonValue value = object.value(key);
    if (!value.isString())
        *problem = InstanceMessage::tr("The field %1 is not text.").arg(key);
    return value.toString();
}

// An activation token or startup id, when given and no problem came before; the message never repeats it.
QString activationField(const QJsonObject &object, QLatin1StringView key, QString *problem)
{
    if (!problem->isEmpty() || !object.contains(key))
        return {};
    const QString value = stringField(object, key, problem);
    if (problem->isEmpty() && !Activation::isValid(value))
        *problem = InstanceMessage::tr("The field %1 is not an activation token.").arg(key);
    return value;
}

// The text fields of a request: each checked by the command line's rule, then stored.
struct TextField {
    QLatin1StringView key;
    QString (*problem)(const QString &value);
    void (*store)(LaunchRequest &request, const QString &value);
};

const std::array<TextField, 4> &textFields()
{
    static const std::array<TextField, 4> fields{{
        {"account_id"_L1, [](const QString &id) { return CheckpointRequest::accountIdProblem(id); },
         [](LaunchRequest &request, const QString &id) { request.accountId = id; }},
        {"provider"_L1, [](const QString &name) { return LaunchRequest::providerProblem(name); },
         [](LaunchRequest &request, const QString &name) { request.provider = providerFromString(name); }},
        {"api_url"_L1, [](const QString &text) { return ApiBaseUrl::problem(text); },
         [](LaunchRequest &request, const QString &text) { request.apiUrl = ApiBaseUrl::fromText(text); }},
        {"ticket_id"_L1, [](const QString &id) { return TicketId::problem(id); },
         [](LaunchRequest &request, const QString &id) { request.ticketId = id; }},
    }};
    return fields;
}

bool isKnownField(const QString &key)
{
    const auto &fields = textFields();
    return key == "v"_L1 || key == "activation_token"_L1 || key == "startup_id"_L1
        || std::any_of(fields.cbegin(), fields.cend(), [&key](const TextField &field) { return field.key == key; });
}

std::optional<LaunchRequest> requestFromObject(const QJsonObject &object, QString *problem)
{
    const QStringList keys = object.keys();
    if (!std::all_of(keys.cbegin(), keys.cend(), isKnownField)) {
        *problem = InstanceMessage::tr("The message has a field it may not carry.");
        return std::nullopt;
    }
    const QJsonValue version = object.value("v"_L1);
    if (!version.isDouble() || version.toDouble() != InstanceMessage::ProtocolVersion) {
        *problem = InstanceMessage::tr("The message is not of version %1.").arg(InstanceMessage::ProtocolVersion);
        return std::nullopt;
    }
    LaunchRequest request;
    for (const TextField &field : textFields()) {
        if (!problem->isEmpty() || !object.contains(field.key))
            continue;
        const QString value = stringField(object, field.key, problem);
        if (problem->isEmpty())
            *problem = field.problem(value);
        field.store(request, value);
    }
    request.activation.token = activationField(object, "activation_token"_L1, problem);
    request.activation.startupId = activationField(object, "startup_id"_L1, problem);
    if (!problem->isEmpty())
        return std::nullopt;
    return request;
}

} // namespace

QByteArray InstanceMessage::encode(const LaunchRequest &request)
{
    QJsonObject object{{u"v"_s, ProtocolVersion}};
    if (!request.accountId.isEmpty())
        object.insert(u"account_id"_s, request.accountId);
    if (request.provider)
        object.insert(u"provider"_s, providerApiName(*request.provider));
    if (!request.apiUrl.isEmpty())
        object.insert(u"api_url"_s, request.apiUrl.toString(QUrl::FullyEncoded));
    if (!request.ticketId.isEmpty())
        object.insert(u"ticket_id"_s, request.ticketId);
    if (!request.activation.token.isEmpty())
        object.insert(u"activation_token"_s, request.activation.token);
    if (!request.activation.startupId.isEmpty())
        object.insert(u"startup_id"_s, request.activation.startupId);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray InstanceMessage::frame(QByteArrayView payload)
{
    QByteArray bytes(HeaderSize, Qt::Uninitialized);
    qToBigEndian<quint32>(quint32(payload.size()), bytes.data());
    return bytes + payload.toByteArray();
}

std::optional<LaunchRequest> InstanceMessage::parse(QByteArrayView payload, QString *error)
{
    QString problem;
    std::optional<LaunchRequest> request;
    if (payload.size() > MaxSize) {
        problem = tr("The message is longer than %1 bytes.").arg(MaxSize);
    } else {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(payload.toByteArray(), &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject())
            problem = tr("The message is not a JSON object.");
        else
            request = requestFromObject(document.object(), &problem);
    }
    if (error)
        *error = problem;
    return request;
}
