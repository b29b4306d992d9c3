#include "CheckpointRequest.h"

#include "SafeText.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// Format characters (zero-width space, bidi marks, BOM) count too: they are invisible, arrive with pasted text
// and make a code that looks right fail at the API.
bool hasControlCharacter(QStringView text)
{
    const QList<uint> codePoints = text.toUcs4();
    return std::any_of(codePoints.cbegin(), codePoints.cend(), [](uint c) {
        const QChar::Category category = QChar::category(char32_t(c));
        return category == QChar::Other_Control || category == QChar::Other_Format;
    });
}

bool isAccountIdCharacter(char32_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_' || c == u'-'
        || c == u'.' || c == u'~';
}

} // namespace

QString CheckpointRequest::tryAnotherWayCode()
{
    return u"TRY_ANOTHER_WAY"_s;
}

QString CheckpointRequest::accountIdProblem(QStringView accountId)
{
    if (accountId.isEmpty())
        return tr("The account id is empty.");
    if (accountId.size() > MaxAccountIdLength) {
        return tr("The account id is too long: %1 characters, at most %2.")
            .arg(accountId.size())
            .arg(MaxAccountIdLength);
    }
    const QList<uint> codePoints = accountId.toUcs4();
    const auto bad = std::find_if_not(codePoints.cbegin(), codePoints.cend(),
                                      [](uint c) { return isAccountIdCharacter(char32_t(c)); });
    if (bad == codePoints.cend())
        return {};
    const char32_t c = char32_t(*bad);
    const int position = int(bad - codePoints.cbegin()) + 1;
    if (!SafeText::isVisible(c)) {
        return tr("The account id cannot contain spaces, invisible or control characters: character %1 is %2.")
            .arg(QString::number(position), SafeText::codePoint(c));
    }
    return tr("The account id cannot contain “%1” (%2, character %3): only ASCII letters, digits and _ - . ~ "
              "are allowed.")
        .arg(QString::fromUcs4(&c, 1), SafeText::codePoint(c), QString::number(position));
}

std::optional<CheckpointRequest::Problem> CheckpointRequest::validate() const
{
    const QString id = accountId.trimmed();
    if (id.isEmpty())
        return Problem{Field::AccountId, tr("Enter the account id.")};
    if (const QString problem = accountIdProblem(id); !problem.isEmpty())
        return Problem{Field::AccountId, problem};

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
