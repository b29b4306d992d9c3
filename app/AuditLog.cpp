#include "AuditLog.h"

#include "Attempt.h"
#include "AttemptNames.h"
#include "SafeText.h"

#include <QFileInfo>
#include <QLoggingCategory>

#include <array>
#include <cstring>
#include <utility>
#include <vector>

#ifdef CHECKPOINT_HAVE_JOURNAL
// Without it, the header turns sd_journal_sendv into a macro that adds CODE_FILE, CODE_LINE and CODE_FUNC: fields the
// administrator did not ask for.
#define SD_JOURNAL_SUPPRESS_LOCATION
#include <sys/uio.h>
#include <systemd/sd-journal.h>
#endif

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcAudit, "postpress.audit", QtInfoMsg)

namespace {

struct KindInfo {
    AuditEvent::Kind kind;
    const char *name;
    const char *messageId; // made once with systemd-id128 new; never change one
    const char *what; // the start of MESSAGE
};

// clang-format off
constexpr std::array<KindInfo, 5> kinds{{
    {AuditEvent::Kind::Submit,        "checkpoint.submit",          "ae9d85b087964e9a81ee57cb9e54725e", "Checkpoint answer sent"},
    {AuditEvent::Kind::Resend,        "checkpoint.resend",          "065d005de4ba4dfbbf735a98c9df5f2c", "New code requested"},
    {AuditEvent::Kind::TryAnotherWay, "checkpoint.try_another_way", "40b5ca1724954f0a9f0e10244be0ee7e", "Another way requested"},
    {AuditEvent::Kind::KeyReplaced,   "key.replaced",               "4c36f55d57594775af3353d2192e259a", "API key replaced"},
    {AuditEvent::Kind::KeyForgotten,  "key.forgotten",              "dc02c448897e49d9b56a87abb15cdf27", "API key forgotten"},
}};
// clang-format on

const KindInfo &infoOf(AuditEvent::Kind kind)
{
    for (const KindInfo &info : kinds) {
        if (info.kind == kind)
            return info;
    }
    Q_UNREACHABLE();
}

bool isKeyEvent(AuditEvent::Kind kind)
{
    return kind == AuditEvent::Kind::KeyReplaced || kind == AuditEvent::Kind::KeyForgotten;
}

// The outcomes that are a success (the history's short names); a rejected code is the agent's everyday warning.
bool isSuccess(const QString &outcome)
{
    return outcome == "connected"_L1 || outcome == "next_step"_L1 || outcome == "code_resent"_L1;
}

// A field is added only when it applies: an empty value says nothing.
void add(QList<QByteArray> &fields, const char *name, const QString &value)
{
    if (!value.isEmpty())
        fields.append(QByteArray(name) + '=' + value.toUtf8());
}

} // namespace

QString AuditLog::eventName(AuditEvent::Kind kind)
{
    return QString::fromLatin1(infoOf(kind).name);
}

QByteArray AuditLog::messageId(AuditEvent::Kind kind)
{
    return QByteArray(infoOf(kind).messageId);
}

int AuditLog::priority(const AuditEvent &event)
{
    if (isKeyEvent(event.kind) || isSuccess(event.outcome))
        return 5; // LOG_NOTICE
    if (event.outcome == "code_rejected"_L1)
        return 4; // LOG_WARNING
    return 3; // LOG_ERR
}

QString AuditLog::message(const AuditEvent &event)
{
    QString line = QString::fromLatin1(infoOf(event.kind).what);
    if (!event.accountId.isEmpty())
        line += " for account "_L1 + event.accountId;
    if (event.provider)
        line += " ("_L1 + providerApiName(*event.provider) + u')';
    if (!event.apiUrl.host().isEmpty())
        line += (isKeyEvent(event.kind) ? " for "_L1 : " via "_L1) + event.apiUrl.host();
    if (!event.outcome.isEmpty())
        line += ": "_L1 + event.outcome;
    if (event.httpStatus != 0)
        line += ", HTTP "_L1 + QString::number(event.httpStatus);
    if (!event.errorType.isEmpty())
        line += u' ' + event.errorType;
    if (!event.requestId.isEmpty())
        line += ", request "_L1 + event.requestId;
    if (!event.ticketId.isEmpty())
        line += ", ticket "_L1 + event.ticketId;
    if (event.durationMs)
        line += ", "_L1 + QString::number(*event.durationMs) + " ms"_L1;
    return SafeText::clean(line); // one line, whatever a value held
}

QList<QByteArray> AuditLog::fields(const AuditEvent &event)
{
    QList<QByteArray> fields;
    add(fields, "MESSAGE", message(event));
    add(fields, "MESSAGE_ID", QString::fromLatin1(messageId(event.kind)));
    add(fields, "PRIORITY", QString::number(priority(event)));
    add(fields, "SYSLOG_IDENTIFIER", u"postpress-checkpoint"_s);
    add(fields, "POSTPRESS_EVENT", eventName(event.kind));
    add(fields, "POSTPRESS_ACCOUNT_ID", event.accountId);
    add(fields, "POSTPRESS_PROVIDER", event.provider ? providerApiName(*event.provider) : QString());
    add(fields, "POSTPRESS_OUTCOME", event.outcome);
    add(fields, "POSTPRESS_HTTP_STATUS", event.httpStatus != 0 ? QString::number(event.httpStatus) : QString());
    add(fields, "POSTPRESS_ERROR_TYPE", event.errorType);
    add(fields, "POSTPRESS_REQUEST_ID", event.requestId);
    add(fields, "POSTPRESS_TICKET_ID", event.ticketId);
    add(fields, "POSTPRESS_API_HOST", event.apiUrl.host());
    add(fields, "POSTPRESS_DURATION_MS", event.durationMs ? QString::number(*event.durationMs) : QString());
    add(fields, "POSTPRESS_APP_VERSION", QStringLiteral(CHECKPOINT_VERSION));
    add(fields, "POSTPRESS_CONFIG_SOURCE", event.configSource);
    return fields;
}

AuditEvent AuditLog::attemptEvent(const Attempt &attempt, const QUrl &apiUrl, const QString &configSource)
{
    AuditEvent event;
    event.kind = attempt.kind() == Attempt::Kind::Resend ? AuditEvent::Kind::Resend
        : attempt.kind() == Attempt::Kind::TryAnotherWay ? AuditEvent::Kind::TryAnotherWay
                                                         : AuditEvent::Kind::Submit;
    event.accountId = attempt.accountId();
    event.ticketId = attempt.ticketId();
    event.provider = attempt.provider();
    event.apiUrl = apiUrl;
    event.configSource = configSource;
    if (const std::optional<std::chrono::milliseconds> duration = attempt.duration())
        event.durationMs = duration->count();
    if (const std::optional<Outcome> &outcome = attempt.outcome()) {
        event.outcome =
            AttemptNames::shortName(AttemptNames::outcomeOf(*outcome, attempt.request())); // the history's names
        event.httpStatus = outcome->httpStatus();
        event.errorType = outcome->problem().type;
        event.requestId = outcome->supportRequestId();
    }
    return event;
}

bool AuditLog::record(const AuditEvent &event)
{
    if (!m_enabled)
        return false;
    // libsystemd reports a missing socket as success, so whether there is a journal is asked here.
    if (!QFileInfo::exists(QString::fromLatin1(JournalSocket))) {
        if (!std::exchange(m_saidNoJournal, true))
            qCDebug(lcAudit, "no system journal (%s is missing): audit events are not sent", JournalSocket);
        return false;
    }
#ifdef CHECKPOINT_HAVE_JOURNAL
    QList<QByteArray> entry = fields(event);
    std::vector<iovec> parts;
    parts.reserve(entry.size());
    for (QByteArray &field : entry)
        parts.push_back({field.data(), std::size_t(field.size())});
    const int result = sd_journal_sendv(parts.data(), int(parts.size()));
    if (result == 0)
        return true;
    if (!std::exchange(m_saidFailure, true))
        qCWarning(lcAudit, "the system journal refused an audit event: %s", std::strerror(-result));
    return false;
#else
    Q_UNUSED(event)
    if (!std::exchange(m_saidNoJournal, true))
        qCDebug(lcAudit, "built without libsystemd: audit events are not sent");
    return false;
#endif
}
