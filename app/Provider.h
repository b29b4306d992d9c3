#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <array>
#include <optional>

// The four providers of the checkpoint contract, spelled on the wire exactly as the spec does.
enum class Provider { LinkedIn, Instagram, Twitter, Messenger };

inline constexpr std::array<Provider, 4> allProviders{Provider::LinkedIn, Provider::Instagram, Provider::Twitter,
                                                      Provider::Messenger};

// "LINKEDIN", "INSTAGRAM", "TWITTER", "MESSENGER": what the request body carries.
QString providerApiName(Provider provider);
// The name a person reads ("LinkedIn", "X (Twitter)"); product names are not translated.
QString providerDisplayName(Provider provider);
// Case-insensitive and trimmed; nullopt for anything that is not one of the four.
std::optional<Provider> providerFromString(QStringView text);
QStringList providerApiNames();
// The resend endpoint serves LINKEDIN, INSTAGRAM and MESSENGER only.
bool providerSupportsResend(Provider provider);
