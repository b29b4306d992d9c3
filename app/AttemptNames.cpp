#include "AttemptNames.h"

#include "Guidance.h"

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace AttemptNames {

namespace {

struct OutcomeRow {
    OutcomeName name;
    QLatin1StringView shortName;
    const char *label;
    const char *counted; // with %n, for the earlier-attempts line
};

constexpr std::array outcomeRows{
    OutcomeRow{OutcomeName::Connected, "connected"_L1, QT_TRANSLATE_NOOP("AttemptNames", "Connected"),
               QT_TRANSLATE_N_NOOP("AttemptNames", "%n connected")},
    OutcomeRow{OutcomeName::NextStep, "next_step"_L1, QT_TRANSLATE_NOOP("AttemptNames", "Another step"),
               QT_TRANSLATE_N_NOOP("AttemptNames", "%n led to another step")},
    OutcomeRow{OutcomeName::CodeResent, "code_resent"_L1, QT_TRANSLATE_NOOP("AttemptNames", "New code sent"),
               QT_TRANSLATE_N_NOOP("AttemptNames", "%n new code(s) sent")},
    OutcomeRow{OutcomeName::CodeRejected, "code_rejected"_L1, QT_TRANSLATE_NOOP("AttemptNames", "Code rejected"),
               QT_TRANSLATE_N_NOOP("AttemptNames", "%n code(s) rejected")},
    OutcomeRow{OutcomeName::IntentEnded, "intent_ended"_L1, QT_TRANSLATE_NOOP("AttemptNames", "Login ended"),
               QT_TRANSLATE_N_NOOP("AttemptNames", "%n found the login ended")},
    OutcomeRow{OutcomeName::KeyRejected, "key_rejected"_L1, QT_TRANSLATE_NOOP("AttemptNames", "API key refused"),
               QT_TRANSLATE_N_NOOP("AttemptNames", "%n with the API key refused")},
    OutcomeRow{OutcomeName::Busy, "busy"_L1, QT_TRANSLATE_NOOP("AttemptNames", "Told to wait"),
               QT_TRANSLATE_N_NOOP("AttemptNames", "%n told to wait")},
    OutcomeRow{OutcomeName::Unknown, "unknown"_L1, QT_TRANSLATE_NOOP("AttemptNames", "No clear answer"),
               QT_TRANSLATE_N_NOOP("AttemptNames", "%n without a clear answer")},
    OutcomeRow{OutcomeName::Cancelled, "cancelled"_L1, QT_TRANSLATE_NOOP("AttemptNames", "Cancelled"),
               QT_TRANSLATE_N_NOOP("AttemptNames", "%n cancelled")},
    OutcomeRow{OutcomeName::Error, "error"_L1, QT_TRANSLATE_NOOP("AttemptNames", "Failed"),
               QT_TRANSLATE_N_NOOP("AttemptNames", "%n failed")},
};

const OutcomeRow *rowNamed(const QString &name)
{
    const auto *found = std::find_if(outcomeRows.begin(), outcomeRows.end(),
                                     [name](const OutcomeRow &row) { return row.shortName == name; });
    return found == outcomeRows.end() ? nullptr : found;
}

struct KindRow {
    QLatin1StringView name;
    const char *label;
};

constexpr std::array kindRows{
    KindRow{Submit, QT_TRANSLATE_NOOP("AttemptNames", "Submit code")},
    KindRow{Resend, QT_TRANSLATE_NOOP("AttemptNames", "Resend code")},
    KindRow{TryAnotherWay, QT_TRANSLATE_NOOP("AttemptNames", "Try another way")},
};

// Outcomes that are not answers to a code: the advice the agent saw says what they mean.
OutcomeName fromGuidance(const Outcome &outcome, const CheckpointRequest &request)
{
    const Guidance guidance = Guidance::forOutcome(outcome, request);
    if (guidance.actions.contains(Guidance::Action::StartOver))
        return OutcomeName::IntentEnded;
    if (guidance.actions.contains(Guidance::Action::ReplaceApiKey))
        return OutcomeName::KeyRejected;
    switch (guidance.tone) {
    case Guidance::Tone::Done:
        return OutcomeName::Connected; // already connected
    case Guidance::Tone::Wait:
        return OutcomeName::Busy;
    case Guidance::Tone::Unknown:
        return OutcomeName::Unknown;
    default:
        return OutcomeName::Error;
    }
}

} // namespace

OutcomeName outcomeOf(const Outcome &outcome, const CheckpointRequest &request)
{
    switch (outcome.kind()) {
    case Outcome::Kind::Connected:
        return OutcomeName::Connected;
    case Outcome::Kind::NextCheckpoint:
        return OutcomeName::NextStep;
    case Outcome::Kind::CodeResent:
        return OutcomeName::CodeResent;
    default:
        break;
    }
    if (outcome.transport() == Outcome::Transport::Canceled)
        return OutcomeName::Cancelled;
    if (outcome.kind() == Outcome::Kind::Problem
        && Guidance::problemFacts(outcome).type == QLatin1StringView("errors/invalid_checkpoint_solution"))
        return OutcomeName::CodeRejected;
    return fromGuidance(outcome, request);
}

QLatin1StringView shortName(OutcomeName name)
{
    return std::find_if(outcomeRows.begin(), outcomeRows.end(),
                        [name](const OutcomeRow &row) { return row.name == name; })
        ->shortName; // every name has its row (tst_attemptnames)
}

QList<OutcomeName> allOutcomeNames()
{
    QList<OutcomeName> names;
    for (const OutcomeRow &row : outcomeRows)
        names.append(row.name);
    return names;
}

QString outcomeLabel(const QString &name)
{
    const OutcomeRow *row = rowNamed(name);
    return row ? QCoreApplication::translate("AttemptNames", row->label) : name;
}

QString outcomeCounted(const QString &name, int count)
{
    const OutcomeRow *row = rowNamed(name);
    if (!row) {
        //: %1 is an outcome name a newer version of the app wrote, e.g. "timed_out"
        return QCoreApplication::translate("AttemptNames", "%n ended as %1", nullptr, count).arg(name);
    }
    return QCoreApplication::translate("AttemptNames", row->counted, nullptr, count);
}

QString kindLabel(const QString &name)
{
    const auto *found =
        std::find_if(kindRows.begin(), kindRows.end(), [name](const KindRow &row) { return row.name == name; });
    return found == kindRows.end() ? name : QCoreApplication::translate("AttemptNames", found->label);
}

} // namespace AttemptNames
