#include "LaunchRequest.h"

using namespace Qt::StringLiterals;

QString LaunchRequest::providerProblem(const QString &name)
{
    if (providerFromString(name))
        return {};
    return tr("Unknown provider. Valid providers: %1.").arg(providerApiNames().join(u", "_s));
}
