#pragma once

#include "Provider.h"

class Attempt;
class Outcome;

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

// What one audit event says: a plain record filled from a finished attempt or a key change. There is no field for the
// code, a phone number, the key or a request or response body, so none of them can reach the journal.
struct AuditEvent {
    enum class Kind {
        Submit, // checkpoint.submit: a code or phone number was sent
        Resend, // checkpoint.resend
        TryAnotherWay, // checkpoint.try_another_way
        KeyReplaced, // key.replaced: a new API key was saved for an API URL
        KeyForgotten, // key.forgotten
    };

    Kind kind = Kind::Submit;
    QString accountId; // empty for key events
    std::optional<Provider> provider;
    QString outcome; // the history's short name ("connected", "code_rejected", …); empty for key events
    int httpStatus = 0; // 0: no HTTP answer
    QString errorType; // the problem's type, e.g. "errors/invalid_checkpoint_solution"
    QString requestId;
    QString ticketId;
    QUrl apiUrl; // only its host is sent
    std::optional<qint64> durationMs;
    QString configSource; // where the API URL came from: "policy", "user", "default" or "command-line"
};

// One structured entry in the system journal per event (sd_journal_sendv), for the company's log pipeline: MESSAGE, a
// fixed MESSAGE_ID per kind, PRIORITY, SYSLOG_IDENTIFIER=postpress-checkpoint and the POSTPRESS_* fields that apply.
// Without a journal (another init system, a container) nothing is sent and a debug line (category postpress.audit)
// says so once; nothing else changes. GUI thread only.
class AuditLog final {
public:
    // Where libsystemd sends every entry; it fails silently when the socket is missing, so we look first.
    static constexpr auto JournalSocket = "/run/systemd/journal/socket";

    AuditLog() = default;
    Q_DISABLE_COPY_MOVE(AuditLog)

    // The policy's AuditEvents: off, nothing is sent.
    void setEnabled(bool enabled) { m_enabled = enabled; }
    bool isEnabled() const { return m_enabled; }

    // Sends the event; false when nothing was sent (turned off, no journal, or the journal refused it).
    bool record(const AuditEvent &event);
    // The event of a finished attempt sent to apiUrl (configSource: where that URL came from). Reads the kind,
    // account, provider, times and outcome; never the code.
    static AuditEvent attemptEvent(const Attempt &attempt, const QUrl &apiUrl, const QString &configSource);

    // The entry's fields as "NAME=value", in the order sent: what record() hands to the journal.
    static QList<QByteArray> fields(const AuditEvent &event);
    // "checkpoint.submit", "key.replaced", …
    static QString eventName(AuditEvent::Kind kind);
    // 32 hex digits, the same for every event of this kind in every version (documented in docs/deployment.md).
    static QByteArray messageId(AuditEvent::Kind kind);
    // syslog levels: 5 (notice) for a success or a key change, 4 (warning) for a rejected code, 3 (error) otherwise.
    static int priority(const AuditEvent &event);
    // One readable English line: logs are for administrators, whatever the agent's language.
    static QString message(const AuditEvent &event);

private:
    bool m_enabled = true;
    bool m_saidNoJournal = false;
    bool m_saidFailure = false;
};
