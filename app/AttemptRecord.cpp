#include "AttemptRecord.h"

#include "AttemptNames.h"

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace {

QString withoutCode(QString text, const QString &code)
{
    if (!code.isEmpty())
        text.replace(code, u"[hidden]"_s, Qt::CaseInsensitive);
    return text;
}

} // namespace

AttemptRecord AttemptRecord::of(const Attempt &attempt)
{
    // In Attempt::Kind's order.
    constexpr std::array kinds{AttemptNames::Submit, AttemptNames::Resend, AttemptNames::TryAnotherWay};
    return of(kinds.at(static_cast<std::size_t>(attempt.kind())), attempt.request(), attempt.outcome().value(),
              attempt.startedUtc(), attempt.finishedUtc(), attempt.ticketId());
}

AttemptRecord AttemptRecord::of(QLatin1StringView kind, const CheckpointRequest &request, const Outcome &outcome,
                                const QDateTime &startedUtc, const QDateTime &finishedUtc, const QString &ticketId)
{
    const QString code = kind == AttemptNames::Submit ? request.code.trimmed() : QString();
    AttemptRecord record;
    record.timeUtc = startedUtc.toUTC();
    record.accountId = request.accountId;
    record.provider = providerApiName(request.provider);
    record.kind = kind;
    record.outcome = AttemptNames::shortName(AttemptNames::outcomeOf(outcome, request));
    record.httpStatus = outcome.httpStatus();
    record.problemType = withoutCode(outcome.problem().type, code);
    record.requestId = withoutCode(outcome.supportRequestId(), code);
    record.ticketId = ticketId;
    record.durationMs = std::max<qint64>(startedUtc.msecsTo(finishedUtc), 0); // the clock may have been set back
    return record;
}
