#include "ApiKeyStore.h"

#include "CheckpointClient.h"

using namespace Qt::StringLiterals;

QString ApiKeyStore::serviceName()
{
    return QStringLiteral(CHECKPOINT_APP_ID);
}

QString ApiKeyStore::entryName(const QUrl &baseUrl)
{
    return u"api-key:"_s + CheckpointClient::normalisedBaseUrl(baseUrl);
}
