#include "Activation.h"

#include <QByteArray>

#include <algorithm>

namespace {

QString take(const char *name)
{
    const QString value = qEnvironmentVariable(name);
    qunsetenv(name);
    return Activation::isValid(value) ? value : QString();
}

} // namespace

Activation Activation::takeFromEnvironment()
{
    return Activation{take("XDG_ACTIVATION_TOKEN"), take("DESKTOP_STARTUP_ID")};
}

bool Activation::isValid(QStringView value)
{
    return !value.isEmpty() && value.size() <= MaxLength && std::all_of(value.begin(), value.end(), [](QChar c) {
        return c.unicode() > u' ' && c.unicode() < 0x7f && c != u'"' && c != u'\\';
    });
}
