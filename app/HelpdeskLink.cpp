#include "HelpdeskLink.h"

#include "CheckpointRequest.h"
#include "SafeText.h"

#include <QStringDecoder>
#include <QStringTokenizer>
#include <QUrl>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace {

constexpr auto accountIdName = "account_id"_L1;
constexpr auto providerName = "provider"_L1;

using Result = std::optional<LaunchRequest>;

QString example()
{
    return HelpdeskLink::make(u"acc_123"_s, Provider::LinkedIn);
}

bool isPrintableAscii(QChar c)
{
    return c.unicode() > 0x20 && c.unicode() < 0x7f;
}

// Spaces anywhere, control and format characters (bidi marks, zero-width spaces, a BOM), beyond the BMP too.
bool hasBadCharacter(const QString &value)
{
    const QList<uint> codePoints = value.toUcs4();
    return std::any_of(codePoints.cbegin(), codePoints.cend(), [](uint c) {
        const QChar::Category category = QChar::category(char32_t(c));
        return QChar::isSpace(char32_t(c)) || category == QChar::Other_Control || category == QChar::Other_Format;
    });
}

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

// Exactly one round of decoding: "%2541" becomes "%41", never "A". The input is printable ASCII already.
std::optional<QString> percentDecoded(QStringView text)
{
    QByteArray bytes;
    bytes.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] != u'%') {
            bytes.append(char(text[i].unicode()));
            continue;
        }
        const int high = i + 2 < text.size() ? hexValue(text[i + 1]) : -1;
        const int low = i + 2 < text.size() ? hexValue(text[i + 2]) : -1;
        if (high < 0 || low < 0)
            return std::nullopt;
        bytes.append(char(high * 16 + low));
        i += 2;
    }
    // A byte order mark is kept as a character (and then refused), not silently dropped.
    QStringDecoder decoder(QStringDecoder::Utf8,
                           QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
    QString decoded = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return decoded;
}

// A code or a key in a link would sit in ticket histories, browser histories and mail archives.
bool namesASecret(const QString &name)
{
    static const std::array secretWords{"code"_L1, "key"_L1, "otp"_L1, "token"_L1, "secret"_L1, "pass"_L1};
    return std::any_of(secretWords.cbegin(), secretWords.cend(),
                       [&name](QLatin1StringView word) { return name.contains(word, Qt::CaseInsensitive); });
}

// The key is sent to the API URL: a link that could choose it could send the key anywhere.
bool namesTheServer(const QString &name)
{
    return name.contains("url"_L1, Qt::CaseInsensitive) || name.contains("api"_L1, Qt::CaseInsensitive)
        || name.contains("host"_L1, Qt::CaseInsensitive) || name.contains("server"_L1, Qt::CaseInsensitive);
}

QString unknownParameterMessage(const QString &name)
{
    const QString shown = SafeText::quotableName(name);
    if (namesASecret(name)) {
        return HelpdeskLink::tr("A link never carries a code or a key: the agent types the code the customer reads "
                                "out, and the API key comes from the system keychain. The link was not opened.");
    }
    if (namesTheServer(name)) {
        return HelpdeskLink::tr("A link cannot choose the API server; only --api-url on the command line or the "
                                "settings can. The link was not opened.");
    }
    if (shown.isEmpty())
        return HelpdeskLink::tr("The link has an unknown parameter. A link carries only account_id and provider.");
    return HelpdeskLink::tr("The link has an unknown parameter \"%1\". A link carries only account_id and provider.")
        .arg(shown);
}

struct Query {
    std::optional<QString> accountId;
    std::optional<QString> provider;
};

// One "name=value" pair into the query; a translated problem when it cannot be taken.
QString takeParameter(QStringView part, Query &query)
{
    if (part.isEmpty())
        return HelpdeskLink::tr("The link has an empty parameter (\"&&\", or \"&\" at an end).");
    const qsizetype equals = part.indexOf(u'=');
    const std::optional<QString> name = percentDecoded(equals < 0 ? part : part.first(equals));
    if (!name)
        return HelpdeskLink::tr("The link is not correctly encoded: \"%\" must be followed by two hexadecimal "
                                "digits, and the bytes must be UTF-8 text.");
    std::optional<QString> *slot = *name == accountIdName ? &query.accountId
        : *name == providerName                           ? &query.provider
                                                          : nullptr;
    if (!slot)
        return unknownParameterMessage(*name);
    if (*slot)
        return HelpdeskLink::tr("The parameter %1 appears more than once in the link.").arg(*name);
    if (equals < 0)
        return HelpdeskLink::tr("The parameter %1 in the link has no value.").arg(*name);
    const std::optional<QString> value = percentDecoded(part.sliced(equals + 1));
    if (!value)
        return HelpdeskLink::tr("The link is not correctly encoded: \"%\" must be followed by two hexadecimal "
                                "digits, and the bytes must be UTF-8 text.");
    // An account id is checked by its own rule (requestFromQuery), which names the character.
    if (slot == &query.provider && hasBadCharacter(*value))
        return HelpdeskLink::tr("The value of %1 in the link contains spaces or control characters.").arg(*name);
    *slot = *value;
    return {};
}

Result requestFromQuery(QStringView queryText, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return Result();
    };
    const QString noAccount
        = HelpdeskLink::tr("The link names no account: it needs account_id, as in %1.").arg(example());
    if (queryText.isEmpty())
        return fail(noAccount);
    Query query;
    for (const QStringView part : QStringTokenizer(queryText, u'&')) {
        if (const QString problem = takeParameter(part, query); !problem.isEmpty())
            return fail(problem);
    }
    if (!query.accountId || query.accountId->isEmpty())
        return fail(noAccount);
    if (const QString problem = CheckpointRequest::accountIdProblem(*query.accountId); !problem.isEmpty())
        return fail(problem);
    LaunchRequest request;
    request.accountId = *query.accountId;
    if (query.provider) {
        if (const QString problem = LaunchRequest::providerProblem(*query.provider); !problem.isEmpty())
            return fail(problem);
        request.provider = providerFromString(*query.provider);
    }
    return request;
}

// The length of the RFC 3986 scheme text starts with (a letter, then letters, digits, "+", "-" or "."), or 0.
qsizetype schemeLength(QStringView text)
{
    const auto isLetter = [](QChar c) { return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z'); };
    const auto isSchemeCharacter = [&isLetter](QChar c) {
        return isLetter(c) || (c >= u'0' && c <= u'9') || c == u'+' || c == u'-' || c == u'.';
    };
    if (text.isEmpty() || !isLetter(text.front()))
        return 0;
    return std::find_if_not(text.begin() + 1, text.end(), isSchemeCharacter) - text.begin();
}

bool isOurScheme(QStringView argument)
{
    return argument.startsWith(QString(HelpdeskLink::scheme() + u':'), Qt::CaseInsensitive);
}

} // namespace

QString HelpdeskLink::scheme()
{
    return u"postpress-checkpoint"_s;
}

bool HelpdeskLink::isLink(QStringView argument)
{
    const qsizetype length = schemeLength(argument);
    return isOurScheme(argument) || (length > 0 && argument.sliced(length).startsWith(u"://"));
}

std::optional<LaunchRequest> HelpdeskLink::parse(QStringView link, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return Result();
    };
    if (link.size() > MaxLength)
        return fail(tr("The link is too long: %1 characters, at most %2.").arg(link.size()).arg(MaxLength));
    if (!isOurScheme(link))
        return fail(
            tr("This link is for another program: PostPress Checkpoint opens only links like %1.").arg(example()));
    if (!std::all_of(link.begin(), link.end(), isPrintableAscii))
        return fail(tr("The link contains spaces or characters that a link must percent-encode."));
    const QString prefix = scheme() + u"://"_s;
    const qsizetype question = link.indexOf(u'?');
    const QStringView target = link.first(question < 0 ? link.size() : question);
    const bool knownTarget = target.startsWith(prefix, Qt::CaseInsensitive)
        && (target.sliced(prefix.size()).compare(u"solve", Qt::CaseInsensitive) == 0
            || target.sliced(prefix.size()).compare(u"solve/", Qt::CaseInsensitive) == 0);
    if (!knownTarget)
        return fail(tr("The link is not in the expected form %1.").arg(example()));
    if (link.contains(u'#'))
        return fail(tr("The link must not have a fragment (\"#\" and what follows)."));
    if (question < 0)
        return fail(tr("The link names no account: it needs account_id, as in %1.").arg(example()));
    return requestFromQuery(link.sliced(question + 1), error);
}

QString HelpdeskLink::make(const QString &accountId, std::optional<Provider> provider)
{
    QString link = scheme() + u"://solve?account_id="_s + QString::fromLatin1(QUrl::toPercentEncoding(accountId));
    if (provider)
        link += u"&provider="_s + providerApiName(*provider);
    return link;
}
