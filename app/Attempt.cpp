#include "Attempt.h"

Attempt::Attempt(Kind kind, const CheckpointRequest &request, const QDateTime &startedUtc)
    : m_kind(kind)
    , m_request(request)
    , m_startedUtc(startedUtc)
{
}

Attempt Attempt::submit(const CheckpointRequest &request, const QDateTime &startedUtc)
{
    const bool anotherWay = request.code.trimmed() == CheckpointRequest::tryAnotherWayCode();
    return Attempt(anotherWay ? Kind::TryAnotherWay : Kind::Submit, request, startedUtc);
}

Attempt Attempt::resend(const QString &accountId, Provider provider, const QDateTime &startedUtc)
{
    return Attempt(Kind::Resend, CheckpointRequest{accountId, provider, {}}, startedUtc);
}

Attempt Attempt::again(const QDateTime &startedUtc) const
{
    Attempt next(m_kind, m_request, startedUtc);
    next.m_ticketId = m_ticketId;
    return next;
}

std::optional<std::chrono::milliseconds> Attempt::duration() const
{
    if (!isFinished())
        return std::nullopt;
    return std::chrono::milliseconds(m_startedUtc.msecsTo(m_finishedUtc));
}

void Attempt::finish(const Outcome &outcome, const QDateTime &finishedUtc)
{
    m_outcome = outcome;
    m_finishedUtc = finishedUtc;
}
