#include "CheckpointRequest.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// Format characters (zero-width space, bidi marks, BOM) count too: they are invisible, arrive with pasted text
// and make an id or a code that looks right fail at the API.
bool hasControlCharacter(QStringView text)
{
    const QList<uint> codePoints = text.toUcs4();
    return std::any_of(codePoints.cbegin(), codePoints.cend(), [](uint c) {
        const QChar::Category category = QChar::category(char32_t(c));
        return category == QChar::Other_Control || category == QChar::Other_Format;
    });
}

// Any Unicode white space, not only U+0020: a no-break space pasted from a web page is just as wrong in an id.
bool hasSpace(QStringView text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.isSpace(); });
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
        return Problem{Field::AccountId,
                       tr("The account id is too long (at most %1 characters).").arg(MaxAccountIdLength)};
    if (hasControlCharacter(id) || hasSpace(id))
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
