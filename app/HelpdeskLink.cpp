#include "HelpdeskLink.h"

#include "CheckpointRequest.h"
#include "SafeText.h"
#include "TicketId.h"

#include <QStringDecoder>
#include <QStringTokenizer>
#include <QUrl>

#include <algorithm>
#include <array>
#include <utility>
#include <variant>

using namespace Qt::StringLiterals;

namespace {

constexpr auto accountIdName = "account_id"_L1;
constexpr auto providerName = "provider"_L1;
constexpr auto ticketName = "ticket"_L1;

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

using Part = HelpdeskLink::Part;

// A refused part and why; an empty reason: nothing refused.
struct Problem {
    Part part = Part::Other;
    QString reason;
};

Problem unknownParameter(const QString &name)
{
    const QString shown = SafeText::quotableName(name);
    if (namesASecret(name)) {
        return {Part::Secret,
                HelpdeskLink::tr("A link never carries a code or a key: the agent types the code the customer reads "
                                 "out, and the API key comes from the system keychain. The link was not opened.")};
    }
    if (namesTheServer(name)) {
        return {Part::Server,
                HelpdeskLink::tr("A link cannot choose the API server; only --api-url on the command "
                                 "line or the settings can. The link was not opened.")};
    }
    if (shown.isEmpty()) {
        return {Part::Unknown,
                HelpdeskLink::tr("The link has an unknown parameter. A link carries only account_id, "
                                 "provider and ticket.")};
    }
    return {Part::Unknown,
            HelpdeskLink::tr("The link has an unknown parameter \"%1\". A link carries only "
                             "account_id, provider and ticket.")
                .arg(shown)};
}

QString encodingProblem()
{
    return HelpdeskLink::tr("The link is not correctly encoded: \"%\" must be followed by two hexadecimal digits, "
                            "and the bytes must be UTF-8 text.");
}

struct Query {
    std::optional<QString> accountId;
    std::optional<QString> provider;
    std::optional<QString> ticketId;

    // The slot of a known parameter and the part it is, or nullptr.
    std::pair<std::optional<QString> *, Part> slot(const QString &name)
    {
        if (name == accountIdName)
            return {&accountId, Part::AccountId};
        if (name == providerName)
            return {&provider, Part::Provider};
        if (name == ticketName)
            return {&ticketId, Part::TicketId};
        return {nullptr, Part::Unknown};
    }
};

// One "name=value" pair into the query; what is refused when it cannot be taken.
Problem takeParameter(QStringView part, Query &query)
{
    if (part.isEmpty())
        return {Part::Form, HelpdeskLink::tr("The link has an empty parameter (\"&&\", or \"&\" at an end).")};
    const qsizetype equals = part.indexOf(u'=');
    const std::optional<QString> name = percentDecoded(equals < 0 ? part : part.first(equals));
    if (!name)
        return {Part::Form, encodingProblem()};
    const auto [slot, which] = query.slot(*name);
    if (!slot)
        return unknownParameter(*name);
    if (*slot)
        return {which, HelpdeskLink::tr("The parameter %1 appears more than once in the link.").arg(*name)};
    if (equals < 0)
        return {which, HelpdeskLink::tr("The parameter %1 in the link has no value.").arg(*name)};
    const std::optional<QString> value = percentDecoded(part.sliced(equals + 1));
    if (!value)
        return {Part::Form, encodingProblem()};
    // An account id and a ticket are checked by their own rules (requestFromQuery), which name the character.
    if (which == Part::Provider && hasBadCharacter(*value))
        return {which,
                HelpdeskLink::tr("The value of %1 in the link contains spaces or control characters.").arg(*name)};
    *slot = *value;
    return {};
}

// The checks of the command line, on the values a query carries.
Problem checkValues(const Query &query)
{
    const QString noAccount =
        HelpdeskLink::tr("The link names no account: it needs account_id, as in %1.").arg(example());
    if (!query.accountId || query.accountId->isEmpty())
        return {Part::AccountId, noAccount};
    if (const QString problem = CheckpointRequest::accountIdProblem(*query.accountId); !problem.isEmpty())
        return {Part::AccountId, problem};
    if (query.provider) {
        if (const QString problem = LaunchRequest::providerProblem(*query.provider); !problem.isEmpty())
            return {Part::Provider, problem};
    }
    if (query.ticketId) {
        if (const QString problem = TicketId::problem(*query.ticketId); !problem.isEmpty())
            return {Part::TicketId, problem};
    }
    return {};
}

std::variant<LaunchRequest, Problem> requestFromQuery(QStringView queryText)
{
    Query query;
    if (!queryText.isEmpty()) {
        for (const QStringView part : QStringTokenizer(queryText, u'&')) {
            if (Problem problem = takeParameter(part, query); !problem.reason.isEmpty())
                return problem;
        }
    }
    if (Problem problem = checkValues(query); !problem.reason.isEmpty())
        return problem;
    LaunchRequest request;
    request.accountId = *query.accountId;
    request.provider = query.provider ? providerFromString(*query.provider) : std::nullopt;
    request.ticketId = query.ticketId.value_or(QString());
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

// The link's form, before its query is read.
Problem formProblem(QStringView link)
{
    if (link.size() > HelpdeskLink::MaxLength) {
        return {Part::Form,
                HelpdeskLink::tr("The link is too long: %1 characters, at most %2.")
                    .arg(link.size())
                    .arg(HelpdeskLink::MaxLength)};
    }
    if (!isOurScheme(link)) {
        return {Part::Form,
                HelpdeskLink::tr("This link is for another program: PostPress Checkpoint opens only links "
                                 "like %1.")
                    .arg(example())};
    }
    if (!std::all_of(link.begin(), link.end(), isPrintableAscii))
        return {Part::Form,
                HelpdeskLink::tr("The link contains spaces or characters that a link must percent-encode.")};
    const QString prefix = HelpdeskLink::scheme() + u"://"_s;
    const qsizetype question = link.indexOf(u'?');
    const QStringView target = link.first(question < 0 ? link.size() : question);
    const bool knownTarget = target.startsWith(prefix, Qt::CaseInsensitive)
        && (target.sliced(prefix.size()).compare(u"solve", Qt::CaseInsensitive) == 0
            || target.sliced(prefix.size()).compare(u"solve/", Qt::CaseInsensitive) == 0);
    if (!knownTarget)
        return {Part::Form, HelpdeskLink::tr("The link is not in the expected form %1.").arg(example())};
    if (link.contains(u'#'))
        return {Part::Form, HelpdeskLink::tr("The link must not have a fragment (\"#\" and what follows).")};
    return {};
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

std::optional<LaunchRequest> HelpdeskLink::parse(QStringView link, QString *error, Part *part)
{
    Problem problem = formProblem(link);
    if (problem.reason.isEmpty()) {
        const qsizetype question = link.indexOf(u'?');
        std::variant<LaunchRequest, Problem> read =
            requestFromQuery(question < 0 ? QStringView() : link.sliced(question + 1));
        if (LaunchRequest *request = std::get_if<LaunchRequest>(&read))
            return std::move(*request);
        problem = std::get<Problem>(std::move(read));
    }
    if (error)
        *error = problem.reason;
    if (part)
        *part = problem.part;
    return std::nullopt;
}

QString HelpdeskLink::make(const QString &accountId, std::optional<Provider> provider, const QString &ticketId)
{
    QString link = scheme() + u"://solve?account_id="_s + QString::fromLatin1(QUrl::toPercentEncoding(accountId));
    if (provider)
        link += u"&provider="_s + providerApiName(*provider);
    if (!ticketId.isEmpty())
        link += u"&ticket="_s + QString::fromLatin1(QUrl::toPercentEncoding(ticketId));
    return link;
}
