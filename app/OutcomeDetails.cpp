#include "OutcomeDetails.h"

#include "SafeText.h"

#include <QCoreApplication>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace {

// The translation context of the details; a class so that lupdate and tr() agree on it.
struct OutcomeDetails {
    Q_DECLARE_TR_FUNCTIONS(OutcomeDetails)
};

QString statusLine(const Outcome &outcome)
{
    QString line = OutcomeDetails::tr("HTTP %1").arg(outcome.httpStatus());
    if (!outcome.problem().type.isEmpty())
        line += u" · "_s + outcome.problem().type;
    else if (!outcome.object().isEmpty())
        line += u" · "_s + outcome.object();
    return line;
}

} // namespace

QString outcomeDetails(const Outcome &outcome)
{
    QStringList lines;
    if (outcome.kind() == Outcome::Kind::TransportFailure) {
        if (!outcome.transportDetail().isEmpty())
            lines << OutcomeDetails::tr("Network: %1").arg(outcome.transportDetail());
        return lines.join(u'\n');
    }
    const ProblemDetails &problem = outcome.problem();
    lines << statusLine(outcome);
    if (!problem.title.isEmpty())
        lines << OutcomeDetails::tr("Title: %1").arg(SafeText::elided(problem.title, MaxShownDetailLength));
    if (!problem.detail.isEmpty())
        lines << OutcomeDetails::tr("Detail: %1").arg(SafeText::elided(problem.detail, MaxShownDetailLength));
    if (!outcome.bodyExcerpt().isEmpty())
        lines << OutcomeDetails::tr("The answer read: %1").arg(outcome.bodyExcerpt());
    return lines.join(u'\n');
}
