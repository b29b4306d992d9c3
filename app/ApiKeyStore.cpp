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

std::pair<QString, QString> ApiKeyStore::splitSystemText(const QString &message)
{
    if (!message.endsWith(u')'))
        return {message, {}};
    int depth = 0;
    for (qsizetype i = message.size() - 1; i > 0; --i) {
        depth += message.at(i) == u')' ? 1 : message.at(i) == u'(' ? -1 : 0;
        if (depth == 0 && message.at(i - 1) == u' ')
            return {message.first(i - 1), message.sliced(i + 1).chopped(1)};
        if (depth == 0)
            break;
    }
    return {message, {}};
}
