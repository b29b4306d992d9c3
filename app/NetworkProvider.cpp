#include "NetworkProvider.h"

#include <QNetworkProxyFactory>

NetworkProvider NetworkProvider::madeOnFirstUse(std::unique_ptr<QNetworkAccessManager> &owner)
{
    return NetworkProvider([&owner] {
        if (!owner) {
            QNetworkProxyFactory::setUseSystemConfiguration(true);
            owner = std::make_unique<QNetworkAccessManager>();
        }
        return owner.get();
    });
}
