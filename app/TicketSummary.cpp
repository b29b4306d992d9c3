#include "TicketSummary.h"

#include "Guidance.h"
#include "SafeText.h"

#include <QCoreApplication>
#include <QStringList>

using namespace Qt::StringLiterals;

// The translation context of the summary; a class so that lupdate and tr() agree on it.
class TicketSummary final {
    Q_DECLARE_TR_FUNCTIONS(TicketSummary)

public:
    static QString build(const QString &accountId, Provider provider, const Outcome &outcome, const QDateTime &whenUtc,
                         const QStringList &hidden, const QString &ticketId = {});

private:
    // Words for the ticket, derived from the outcome alone so the summary stays the same whatever the
    // window advised.
    static QString outcomeWords(const Outcome &outcome);
    static QString problemWords(const Outcome &outcome);
    static QString transportWords(Outcome::Transport transport);
    static void addAnswerLines(QStringList &lines, const QString &accountId, const Outcome &outcome);
    static void addProblemLines(QStringList &lines, const Outcome &outcome, const QStringList &hidden);
    static void addTransportLines(QStringList &lines, const Outcome &outcome, const QStringList &hidden);
    // What the server wrote, with the hidden strings it quotes replaced.
    static QString serverText(QString text, const QStringList &hidden);
};

namespace {

// One line per label, under the same rule as everything else the server says (the outcome's text already is),
// keeps the summary readable in any ticket system.
void addLine(QStringList &lines, const QString &label, const QString &value)
{
    const QString line = SafeText::clean(value);
    if (!line.isEmpty())
        //: One line of the ticket: its label, then its value (French puts a narrow no-break space before the colon)
        lines.append(TicketSummary::tr("%1: %2").arg(label, line));
}

} // namespace

QString TicketSummary::build(const QString &accountId, Provider provider, const Outcome &outcome,
                             const QDateTime &whenUtc, const QStringList &hidden, const QString &ticketId)
{
    QStringList lines;
    if (whenUtc.isValid())
        addLine(lines, tr("Time"), whenUtc.toUTC().toString(u"yyyy-MM-dd HH:mm:ss 'UTC'"_s));
    addLine(lines, tr("Ticket"), ticketId);
    addLine(lines, tr("Account ID"), accountId);
    addLine(lines, tr("Provider"), providerDisplayName(provider) + u" ("_s + providerApiName(provider) + u')');
    addLine(lines, tr("Outcome"), outcomeWords(outcome));
    if (outcome.httpStatus() > 0)
        addLine(lines, tr("HTTP status"), QString::number(outcome.httpStatus()));
    addAnswerLines(lines, accountId, outcome);
    addProblemLines(lines, outcome, hidden);
    addTransportLines(lines, outcome, hidden);
    return lines.join(u'\n');
}

void TicketSummary::addAnswerLines(QStringList &lines, const QString &accountId, const Outcome &outcome)
{
    addLine(lines, tr("Answer"), outcome.object());
    if (outcome.accountId() != accountId)
        addLine(lines, tr("Account ID in answer"), outcome.accountId());
    QString checkpoint = outcome.checkpointType();
    if (!checkpoint.isEmpty() && !outcome.checkpointSource().isEmpty())
        checkpoint += u" ("_s + outcome.checkpointSource() + u')';
    addLine(lines, tr("Next checkpoint"), checkpoint);
}

QString TicketSummary::serverText(QString text, const QStringList &hidden)
{
    for (const QString &secret : hidden) {
        if (!secret.isEmpty())
            text.replace(secret, tr("[hidden]"));
    }
    return text;
}

void TicketSummary::addProblemLines(QStringList &lines, const Outcome &outcome, const QStringList &hidden)
{
    addLine(lines, tr("Type"), outcome.problem().type);
    addLine(lines, tr("Title"), serverText(outcome.problem().title, hidden));
    addLine(lines, tr("Detail"), serverText(outcome.problem().detail, hidden));
    const QString requestId = outcome.supportRequestId();
    addLine(lines, tr("Request ID"), requestId);
    if (outcome.requestIdHeader() != requestId)
        addLine(lines, tr("Request ID header"), outcome.requestIdHeader());
    if (outcome.retryAfterSeconds())
        addLine(lines, tr("Retry after"), tr("%1 s", "seconds").arg(*outcome.retryAfterSeconds()));
    addLine(lines, tr("Response excerpt"), serverText(outcome.bodyExcerpt(), hidden));
}

void TicketSummary::addTransportLines(QStringList &lines, const Outcome &outcome, const QStringList &hidden)
{
    if (outcome.kind() != Outcome::Kind::TransportFailure)
        return;
    addLine(lines, tr("Network error"), serverText(outcome.transportDetail(), hidden));
    if (outcome.requestMayHaveArrived())
        addLine(lines, tr("Reached PostPress"), tr("unknown: the request may have been applied"));
}

QString TicketSummary::outcomeWords(const Outcome &outcome)
{
    switch (outcome.kind()) {
    case Outcome::Kind::Connected:
        return tr("Connected");
    case Outcome::Kind::NextCheckpoint:
        return tr("Another checkpoint step");
    case Outcome::Kind::CodeResent:
        return tr("Code resent");
    case Outcome::Kind::UnexpectedAnswer:
        return outcome.answersAnotherAccount() ? tr("Answer about another account") : tr("Unexpected answer");
    case Outcome::Kind::Problem:
        return problemWords(outcome);
    case Outcome::Kind::TransportFailure:
        return transportWords(outcome.transport());
    }
    Q_UNREACHABLE();
    return {};
}

// The table's words for the (status, type), so the ticket says what the window advised.
QString TicketSummary::problemWords(const Outcome &outcome)
{
    return tr(Guidance::problemFacts(outcome).ticketWords);
}

QString TicketSummary::transportWords(Outcome::Transport transport)
{
    switch (transport) {
    case Outcome::Transport::InsecureUrl:
        return tr("Not sent: the API address is not secure");
    case Outcome::Transport::ConnectionRefused:
        return tr("Connection refused");
    case Outcome::Transport::HostNotFound:
        return tr("Server not found");
    case Outcome::Transport::Tls:
        return tr("Secure connection failed");
    case Outcome::Transport::Timeout:
        return tr("No answer in time");
    case Outcome::Transport::Canceled:
        return tr("Canceled by the agent");
    case Outcome::Transport::ConnectionClosed:
        return tr("Connection closed before an answer");
    case Outcome::Transport::Redirect:
        return tr("Redirect refused");
    case Outcome::Transport::ResponseTooLarge:
        return tr("Answer too large");
    case Outcome::Transport::Proxy:
        return tr("Local proxy failed");
    case Outcome::Transport::NotInstalled:
        return tr("Not sent: the app's network component is missing");
    case Outcome::Transport::None:
    case Outcome::Transport::Other:
        break;
    }
    return tr("Network error");
}

QString ticketSummary(const QString &accountId, Provider provider, const Outcome &outcome, const QDateTime &whenUtc)
{
    return TicketSummary::build(accountId, provider, outcome, whenUtc, {});
}

QString ticketSummary(const QString &accountId, Provider provider, const Outcome &outcome, const QDateTime &whenUtc,
                      const QStringList &hidden)
{
    return TicketSummary::build(accountId, provider, outcome, whenUtc, hidden);
}

QString ticketSummary(const Attempt &attempt, const QDateTime &whenUtc)
{
    return TicketSummary::build(attempt.accountId(), attempt.provider(), attempt.outcome().value(), whenUtc,
                                {attempt.typedCode()}, attempt.ticketId());
}
