#include "Guidance.h"

#include <algorithm>

// Guidance::forOutcome() and the parts of advice it is built from are in GuidanceParts.cpp; the table in
// GuidanceTable.cpp.

const Guidance::ProblemFacts &Guidance::problemFacts(const Outcome &outcome)
{
    const std::span<const ProblemFacts> rows = problemTable();
    const auto find = [rows](int status, QStringView type) {
        return std::find_if(rows.begin(), rows.end(),
                            [&](const ProblemFacts &facts) { return facts.status == status && facts.type == type; });
    };
    const int status = outcome.httpStatus();
    if (const auto exact = find(status, outcome.problem().type); exact != rows.end())
        return *exact;
    if (const auto anyType = find(status, {}); anyType != rows.end())
        return *anyType;
    const int statusClass = status / 100 == 4 ? ProblemFacts::AnyClientError
        : status / 100 == 5                   ? ProblemFacts::AnyServerError
                                              : ProblemFacts::AnyStatus;
    return *find(statusClass, {});
}

bool Guidance::looksLikeBarePhoneNumber(QStringView code)
{
    // "(+CC)…" is already in the API's format: '(' is not among the accepted characters.
    qsizetype digits = 0;
    for (QChar c : code.trimmed()) {
        if (c >= u'0' && c <= u'9')
            ++digits;
        else if (c != u' ' && c != u'+' && c != u'-' && c != u'.')
            return false;
    }
    return digits >= 8;
}
