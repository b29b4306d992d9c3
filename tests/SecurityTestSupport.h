#pragma once

// Shared by the security tests (tst_tls, tst_hostile, tst_secrets, tst_keychain_faults): finding widgets by
// objectName, a network access manager that records what it was asked to send and how much it received, and
// a scanner that looks for secrets in files under a directory.

#include <QByteArray>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>

namespace SecurityTest {

template <typename T> T *child(const QObject *parent, const char *name)
{
    T *widget = parent ? parent->findChild<T *>(QLatin1StringView(name)) : nullptr;
    if (!widget)
        qWarning("no widget named %s", name);
    return widget;
}

// Every request the client hands to the network, and the most any one reply received from the server, so a test
// can tell "nothing was sent" and "the client stopped reading" from what Qt itself did. A warm-up (connectToHost*)
// is no request: it reaches createRequest() as a GET of a "preconnect-…" URL and sends nothing.
class RecordingNetwork : public QNetworkAccessManager {
public:
    int created = 0;
    qint64 mostBytesReceived = 0;
    QList<QPointer<QNetworkReply>> replies;

protected:
    QNetworkReply *createRequest(Operation operation, const QNetworkRequest &request, QIODevice *outgoingData) override
    {
        QNetworkReply *reply = QNetworkAccessManager::createRequest(operation, request, outgoingData);
        if (request.url().scheme().startsWith(QLatin1StringView("preconnect-")))
            return reply;
        ++created;
        QObject::connect(reply, &QNetworkReply::downloadProgress, reply, [this](qint64 received, qint64) {
            mostBytesReceived = std::max(mostBytesReceived, received);
        });
        replies.append(reply);
        return reply;
    }
};

// A secret as careless code could have written it: UTF-8 (also Latin-1 for ASCII), UTF-16, base64, percent-encoded.
inline QList<QByteArray> encodingsOf(const QStringList &secrets)
{
    QList<QByteArray> needles;
    for (const QString &secret : secrets) {
        needles << secret.toUtf8() << secret.toUtf8().toBase64() << secret.toUtf8().toPercentEncoding();
        needles << QByteArray(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2);
    }
    return needles;
}

inline QByteArray fileContents(const std::filesystem::path &path)
{
    std::ifstream in(path, std::ios::binary);
    return QByteArray::fromStdString(std::string(std::istreambuf_iterator<char>(in), {}));
}

struct ScanResult {
    int filesScanned = 0;
    QStringList filesWithSecrets;
};

// Every regular file under `root`, hidden ones too (symlinks are not followed), checked for every needle.
inline ScanResult scanFiles(const QString &root, const QList<QByteArray> &needles)
{
    namespace fs = std::filesystem;
    ScanResult result;
    std::error_code error;
    for (fs::recursive_directory_iterator it(root.toStdString(), fs::directory_options::skip_permission_denied, error),
         end;
         !error && it != end; it.increment(error)) {
        if (!it->is_regular_file(error))
            continue;
        ++result.filesScanned;
        const QByteArray contents = fileContents(it->path());
        const bool leaked = std::any_of(needles.cbegin(), needles.cend(),
                                        [&contents](const QByteArray &needle) { return contents.contains(needle); });
        if (leaked)
            result.filesWithSecrets.append(QString::fromStdString(it->path().string()));
    }
    return result;
}

inline bool containsAny(const QByteArray &haystack, const QList<QByteArray> &needles)
{
    return std::any_of(needles.cbegin(), needles.cend(),
                       [&haystack](const QByteArray &needle) { return haystack.contains(needle); });
}

} // namespace SecurityTest
