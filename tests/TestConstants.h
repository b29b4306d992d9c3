#pragma once

// The values many tests share (an account id that follows the rule, the request a window was answered for, the
// production and staging API URLs, the action lists guidance offers), defined once so that a test names them
// instead of repeating them.
#include "CheckpointRequest.h"
#include "Guidance.h"

#include <QList>
#include <QString>
#include <QUrl>

namespace TestConstants {

inline const QString accountId = QStringLiteral("acc_01HXYZ4QK3WJ8FN3M6QH7TZ8GR");
inline const CheckpointRequest sent{accountId, Provider::LinkedIn, QStringLiteral("123456")};
inline const QUrl production(QStringLiteral("https://api.postpress.ai/v1"));
inline const QUrl staging(QStringLiteral("https://staging.api.postpress.ai/v1"));

using Actions = QList<Guidance::Action>;

// What a piece of guidance offers, in Guidance's order; a test brings them in with `using namespace`.
namespace Offer {
inline const Actions copyOnly{Guidance::Action::CopyForTicket};
inline const Actions retry{Guidance::Action::Retry, Guidance::Action::CopyForTicket};
inline const Actions retype{Guidance::Action::RetypeCode, Guidance::Action::CopyForTicket};
inline const Actions newCode{Guidance::Action::RetypeCode, Guidance::Action::ResendCode,
                             Guidance::Action::CopyForTicket};
inline const Actions newCodeOrAnotherWay{Guidance::Action::RetypeCode, Guidance::Action::ResendCode,
                                         Guidance::Action::TryAnotherWay, Guidance::Action::CopyForTicket};
inline const Actions startOver{Guidance::Action::StartOver, Guidance::Action::CopyForTicket};
inline const Actions replaceKey{Guidance::Action::ReplaceApiKey, Guidance::Action::CopyForTicket};
} // namespace Offer

} // namespace TestConstants
