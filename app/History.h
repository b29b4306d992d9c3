#pragma once

#include "AttemptRecord.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

class QSqlDatabase;
class QSqlError;

// What a team may decide about the history: whether attempts are kept, and how long and how many. The app passes
// them in (its settings, an administrator's policy); History has no idea of them beyond these defaults.
struct HistorySettings {
    bool enabled = true;
    int retentionDays = 90;
    int maxAttempts = 10000;
};

// The attempts made on this computer, in one SQLite file only its user can read: one transaction per attempt (a
// crash loses at most the attempt being written), bounded by age and count, and never in the agent's way: a file
// that cannot be used turns history off for the session, with one sentence saying why.
class History final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(History)

public:
    // path: the database file. Nothing is touched before open().
    explicit History(const QString &path, const HistorySettings &settings = {}, QObject *parent = nullptr);
    ~History() override;

    // history.sqlite in the user's state folder: $XDG_STATE_HOME/postpress-checkpoint, by default
    // ~/.local/state/postpress-checkpoint (the XDG spec; Qt 6.4 has no name for it), and the app's local data folder
    // on Windows and macOS.
    static QString defaultPath();

    // Creates the folder (0700) and the file (0600) when missing, checks the file, and removes what is past the
    // limits. A damaged file is moved aside (renamed, never deleted) and a new one started. False when history is
    // off: switched off in the settings, or the file cannot be used (problem() says why).
    bool open();
    bool isOpen() const { return m_open; }
    // Why history is off, or what happened to a damaged file: one translated sentence; empty when all is well.
    QString problem() const { return m_problem; }
    // Where a damaged file was moved, when it was.
    QString movedAsidePath() const { return m_movedAside; }

    // Stores one attempt in its own transaction, and removes what is past the limits. False when not stored.
    bool record(const AttemptRecord &record);
    // Newest first; only this account's when accountId is set, only those that started at sinceUtc or later when it
    // is valid.
    QList<AttemptRecord> attempts(const QString &accountId = {}, const QDateTime &sinceUtc = {}) const;
    // How many attempts are kept, of every account: without reading them.
    qsizetype count() const;
    // Removes every attempt, and the copies SQLite's log still holds.
    bool clear();

Q_SIGNALS:
    // problem() changed: history went off (once: it stays off for the session) or a damaged file was moved aside.
    void problemFound(const QString &problem);

private:
    QSqlDatabase database() const;
    QSqlError start();
    QSqlError insert(const AttemptRecord &record);
    QSqlError prune();
    void closeConnection();
    bool moveAside();
    bool fail(const QString &problem);
    bool fail(const QSqlError &error);

    QString m_path;
    HistorySettings m_settings;
    QString m_connection;
    bool m_open = false;
    QString m_problem;
    QString m_movedAside;
};
