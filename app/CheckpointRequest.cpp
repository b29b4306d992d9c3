#include "CheckpointRequest.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

bool hasControlCharacter(QStringView text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.category() == QChar::Other_Control; });
}

} // namespace

QString CheckpointRequest::tryAnotherWayCode()
{
    return u"TRY_ANOTHER_WAY"_s;
}

std::optional<CheckpointRequest::Problem> CheckpointRequest::validate() const
{
    const QString id = accountId.trimmed();
    if (id.isEmpty())
        return Problem{Field::AccountId, tr("Enter the account id.")};
    if (id.size() > MaxAccountIdLength)
        return Problem{Field::AccountId, tr("The account id is too long (at most %1 characters).").arg(MaxAccountIdLength)};
    if (hasControlCharacter(id) || id.contains(u' '))
        return Problem{Field::AccountId, tr("The account id cannot contain spaces or control characters.")};

    const QString trimmedCode = code.trimmed();
    if (trimmedCode.isEmpty())
        return Problem{Field::Code, tr("Enter the code the customer received.")};
    if (trimmedCode.size() > MaxCodeLength)
        return Problem{Field::Code, tr("The code is too long (at most %1 characters).").arg(MaxCodeLength)};
    if (hasControlCharacter(trimmedCode))
        return Problem{Field::Code, tr("The code cannot contain control characters.")};
    return std::nullopt;
}

QByteArray CheckpointRequest::toJson() const
{
    const QJsonObject body{
        {u"account_id"_s, accountId.trimmed()},
        {u"provider"_s, providerApiName(provider)},
        {u"code"_s, code.trimmed()},
    };
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QByteArray resendRequestJson(const QString &accountId, Provider provider)
{
    const QJsonObject body{
        {u"account_id"_s, accountId.trimmed()},
        {u"provider"_s, providerApiName(provider)},
    };
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}
