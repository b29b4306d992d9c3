#include "ApiKeyStore.h"

#include <algorithm>

QString ApiKeyStore::serviceName()
{
    return QStringLiteral(CHECKPOINT_APP_ID);
}

QString ApiKeyStore::normalisedKey(const QString &typed)
{
    const QString key = typed.trimmed();
    if (key.size() > MaxKeyLength)
        return {};
    // Printable ASCII without the space: what an HTTP header value can carry without quoting.
    const bool printable = std::all_of(key.cbegin(), key.cend(), [](QChar c) { return c > u' ' && c < u'\x7f'; });
    return printable ? key : QString();
}
