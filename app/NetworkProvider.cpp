#include "NetworkProvider.h"

#include "NetworkBackend.h"
#include "NetworkLibrary.h"

NetworkProvider NetworkProvider::madeOnFirstUse(std::unique_ptr<QObject> &owner)
{
    return NetworkProvider([&owner]() -> QObject * {
        if (!owner) {
            if (const NetworkBackend *backend = NetworkLibrary::instance().backend())
                owner.reset(backend->createManager());
        }
        return owner.get();
    });
}
