#include "EarlierAttempts.h"

#include "AttemptNames.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace EarlierAttempts {

namespace {

// "2 codes rejected, 1 connected": one phrase per outcome, in the order each was last seen.
QString outcomes(const QList<AttemptRecord> &attempts)
{
    QStringList names;
    for (const AttemptRecord &attempt : attempts) {
        if (!names.contains(attempt.outcome))
            names.append(attempt.outcome);
    }
    const auto count = [&attempts](const QString &name) {
        return static_cast<int>(std::count_if(attempts.begin(), attempts.end(), [&name](const AttemptRecord &attempt) {
            return attempt.outcome == name;
        }));
    };
    const int total = static_cast<int>(attempts.size());
    if (names == QStringList{AttemptNames::shortName(AttemptNames::OutcomeName::CodeRejected)} && total > 1) {
        // The case the line is for: the customer keeps reading out codes that do not work.
        return total == 2 ? QCoreApplication::translate("EarlierAttempts", "both codes rejected")
                          : QCoreApplication::translate("EarlierAttempts", "all %n codes rejected", nullptr, total);
    }
    QStringList phrases;
    for (const QString &name : std::as_const(names))
        phrases.append(AttemptNames::outcomeCounted(name, count(name)));
    return QLocale().createSeparatedList(phrases);
}

} // namespace

QString line(const QList<AttemptRecord> &attempts, const QDateTime &nowUtc)
{
    const QDateTime since = nowUtc.addSecs(-Minutes * 60);
    QList<AttemptRecord> recent;
    std::copy_if(attempts.begin(), attempts.end(), std::back_inserter(recent),
                 [&since](const AttemptRecord &attempt) { return attempt.timeUtc >= since; });
    if (recent.isEmpty())
        return {};
    const int count = static_cast<int>(recent.size());
    const auto oldest = std::min_element(recent.begin(), recent.end(),
                                         [](const auto &a, const auto &b) { return a.timeUtc < b.timeUtc; });
    const int minutes = std::clamp(static_cast<int>(std::ceil(oldest->timeUtc.secsTo(nowUtc) / 60.0)), 1, Minutes);
    const QString when = count == 1
        ? QCoreApplication::translate("EarlierAttempts", "%n minute(s) ago", nullptr, minutes)
        : QCoreApplication::translate("EarlierAttempts", "in the last %n minute(s)", nullptr, minutes);
    //: %1 is "2 earlier attempts", %2 "in the last 40 minutes" (or "12 minutes ago"), %3 how they ended, e.g.
    //: "both codes rejected" or "2 codes rejected and 1 connected"
    return QCoreApplication::translate("EarlierAttempts", "%1 %2: %3")
        .arg(QCoreApplication::translate("EarlierAttempts", "%n earlier attempt(s)", nullptr, count), when,
             outcomes(recent));
}

} // namespace EarlierAttempts
