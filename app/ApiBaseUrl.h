#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>
#include <QUrl>

// The one home of the rules for the PostPress API base URL: its default, its normalised form, what is acceptable
// (https, or plain http to this computer), and the keychain entry its key is stored under.
class ApiBaseUrl final {
    Q_DECLARE_TR_FUNCTIONS(ApiBaseUrl)

public:
    static constexpr qsizetype MaxLength = 2048;

    // "https://api.postpress.ai/v1"
    static QUrl defaultUrl();
    // The URL without query, fragment, dot segments or trailing slash: the keychain entry and the endpoint both
    // derive from it, so "…/v1" and "…/v1/" are one server with one key.
    static QString normalised(const QUrl &url);
    // "localhost", or an address QHostAddress calls loopback (127.0.0.0/8, ::1, also IPv4-mapped).
    static bool isLoopbackHost(const QString &host);
    // Why this text cannot be the API base URL (translated; it never repeats the URL, which may hold a password or
    // characters that reorder a terminal line), or an empty string. The one rule, for the command line, a forwarded
    // launch, the settings file and dialog, and the client: a valid absolute URL with a host, at most MaxLength
    // characters, no user name or password, no query or fragment, https, or plain http to a loopback host. The text
    // is checked as given: callers that trim do so first.
    static QString problem(QStringView text);
    static QString problem(const QUrl &url) { return problem(url.toString(QUrl::FullyEncoded)); }
    // The URL of a text problem() accepts, as given (not normalised).
    static QUrl fromText(QStringView text);
    // "api-key:" + normalised(url): the keychain entry of the key for this server, so staging and production keys
    // live side by side.
    static QString keychainEntry(const QUrl &url);
};
