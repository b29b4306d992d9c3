#pragma once

// The values many tests share (an account id that follows the rule, the request a window was answered for, the
// production and staging API URLs), defined once so that a test names them instead of repeating them.
#include "CheckpointRequest.h"

#include <QString>
#include <QUrl>

namespace TestConstants {

inline const QString accountId = QStringLiteral("acc_01HXYZ4QK3WJ8FN3M6QH7TZ8GR");
inline const CheckpointRequest sent{accountId, Provider::LinkedIn, QStringLiteral("123456")};
inline const QUrl production(QStringLiteral("https://api.postpress.ai/v1"));
inline const QUrl staging(QStringLiteral("https://staging.api.postpress.ai/v1"));

} // namespace TestConstants
