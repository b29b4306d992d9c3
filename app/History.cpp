#include "History.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

#include <algorithm>
#include <array>
#include <limits>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcHistory, "postpress.history")

namespace {

// SQLite's primary result codes (sqlite3.h), as Qt's driver reports them in QSqlError::nativeErrorCode().
enum SqliteCode { Perm = 3, Busy = 5, Locked = 6, ReadOnly = 8, Corrupt = 11, Full = 13, CantOpen = 14, NotADb = 26 };

int sqliteCode(const QSqlError &error)
{
    return error.nativeErrorCode().toInt() & 0xff; // extended codes carry the primary one in their low byte
}

bool isDamaged(const QSqlError &error)
{
    return error.isValid() && (sqliteCode(error) == Corrupt || sqliteCode(error) == NotADb);
}

constexpr QFileDevice::Permissions OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

// The XDG Base Directory spec: every missing folder is made 0700; one that exists (ours) keeps its owner only.
bool makeFolder(const QString &path)
{
    const QFileDevice::Permissions folder = OwnerOnly | QFileDevice::ExeOwner;
    QStringList missing;
    for (QString part = QDir::cleanPath(path); !QFileInfo::exists(part); part = QFileInfo(part).path())
        missing.prepend(part);
    if (missing.isEmpty()) {
        QFile::setPermissions(path, folder); // ours: its owner's only, as when it is made
        return QFileInfo(path).isDir();
    }
    for (const QString &part : std::as_const(missing)) {
        if (!QDir().mkdir(part, folder))
            return false;
    }
    return true;
}

// The file exists 0600 before SQLite opens it (SQLite would make it 0644, and makes its -wal and -shm files like the
// database file). A file that exists loses what its group and others may do, if anything.
bool makeFile(const QString &path)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly, OwnerOnly))
        return true;
    if (!file.exists())
        return false;
    const QFileDevice::Permissions owner = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
    QFile::setPermissions(path, QFile::permissions(path) & owner);
    return true;
}

QSqlError execute(QSqlQuery &query, QLatin1StringView statement)
{
    return query.exec(statement) ? QSqlError() : query.lastError();
}

QSqlError execute(QSqlQuery &query, QLatin1StringView statement, const QVariantList &values)
{
    query.prepare(statement);
    for (const QVariant &value : values)
        query.addBindValue(value);
    return query.exec() ? QSqlError() : query.lastError();
}

// WAL with synchronous=NORMAL: a commit is in the log before record() returns, so kill -9 loses nothing committed,
// and no commit waits for the disk (only a power cut can lose the last ones). secure_delete: what is removed (past
// the limits, or Clear history) is overwritten, not left in free pages.
constexpr std::array setUpStatements{
    "PRAGMA journal_mode = WAL"_L1,
    "PRAGMA synchronous = NORMAL"_L1,
    "PRAGMA secure_delete = ON"_L1,
    "CREATE TABLE IF NOT EXISTS attempts (id INTEGER PRIMARY KEY, time_utc_ms INTEGER NOT NULL, "
    "account_id TEXT NOT NULL, provider TEXT, kind TEXT, outcome TEXT, http_status INTEGER, problem_type TEXT, "
    "request_id TEXT, ticket_id TEXT, duration_ms INTEGER)"_L1,
    "CREATE INDEX IF NOT EXISTS attempts_by_time ON attempts (time_utc_ms)"_L1,
    "CREATE INDEX IF NOT EXISTS attempts_by_account ON attempts (account_id, time_utc_ms)"_L1,
};

constexpr auto Columns = "id, time_utc_ms, account_id, provider, kind, outcome, http_status, problem_type, "
                         "request_id, ticket_id, duration_ms"_L1;

AttemptRecord readRecord(const QSqlQuery &query)
{
    AttemptRecord record;
    record.id = query.value(0).toLongLong();
    record.timeUtc = QDateTime::fromMSecsSinceEpoch(query.value(1).toLongLong(), Qt::UTC);
    record.accountId = query.value(2).toString();
    record.provider = query.value(3).toString();
    record.kind = query.value(4).toString();
    record.outcome = query.value(5).toString();
    record.httpStatus = query.value(6).toInt();
    record.problemType = query.value(7).toString();
    record.requestId = query.value(8).toString();
    record.ticketId = query.value(9).toString();
    record.durationMs = query.value(10).toLongLong();
    return record;
}

} // namespace

History::History(const QString &path, const HistorySettings &settings, QObject *parent)
    : QObject(parent)
    , m_path(path)
    , m_settings(settings)
    , m_connection(u"history-%1"_s.arg(reinterpret_cast<quintptr>(this), 0, 16))
{
    m_settings.retentionDays = std::max(m_settings.retentionDays, 1);
    m_settings.maxAttempts = std::max(m_settings.maxAttempts, 1);
}

History::~History()
{
    closeConnection();
}

QString History::defaultPath()
{
#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
#else
    QString state = qEnvironmentVariable("XDG_STATE_HOME");
    if (!QDir::isAbsolutePath(state)) // the spec: a relative path is invalid and ignored
        state = QDir::homePath() + "/.local/state"_L1;
    const QString folder = state + "/postpress-checkpoint"_L1;
#endif
    return QDir::cleanPath(folder + "/history.sqlite"_L1);
}

bool History::open()
{
    if (!m_settings.enabled || m_open)
        return m_open;
    if (!QSqlDatabase::isDriverAvailable(u"QSQLITE"_s))
        return fail(tr("History is off: Qt's SQLite driver is not installed (libqt6sql6-sqlite)."));
    const QString folder = QFileInfo(m_path).path();
    if (!makeFolder(folder))
        return fail(tr("History is off: its folder %1 cannot be created.").arg(QDir::toNativeSeparators(folder)));
    QSqlError error = start();
    if (isDamaged(error)) {
        closeConnection();
        if (!moveAside())
            return fail(tr("History is off: its file is damaged and cannot be moved aside."));
        error = start();
    }
    if (error.isValid())
        return fail(error);
    m_open = true;
    return true;
}

// The file opened, checked, its table there and what is past the limits removed: a file that cannot be written
// fails here, not at the first attempt.
QSqlError History::start()
{
    if (!makeFile(m_path))
        return QSqlError(u"cannot create the file"_s, {}, QSqlError::ConnectionError, QString::number(CantOpen));
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    db.setDatabaseName(m_path);
    // Another program holding the file (a copy of the app on a shared home, a backup tool) never freezes the window.
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=100"_s);
    if (!db.open())
        return db.lastError();
    QSqlQuery query(db);
    for (QLatin1StringView statement : setUpStatements) {
        if (QSqlError error = execute(query, statement); error.isValid())
            return error;
    }
    if (QSqlError error = execute(query, "PRAGMA quick_check"_L1); error.isValid())
        return error;
    if (!query.next() || query.value(0).toString() != "ok"_L1)
        return QSqlError(query.value(0).toString(), {}, QSqlError::StatementError, QString::number(Corrupt));
    query.finish();
    return prune();
}

QSqlError History::prune()
{
    QSqlQuery query(database());
    const qint64 oldest = QDateTime::currentDateTimeUtc().addDays(-m_settings.retentionDays).toMSecsSinceEpoch();
    if (QSqlError error = execute(query, "DELETE FROM attempts WHERE time_utc_ms < ?"_L1, {oldest}); error.isValid())
        return error;
    // Ids only grow: the newest maxAttempts ids hold every attempt that stays.
    return execute(query, "DELETE FROM attempts WHERE id <= (SELECT max(id) FROM attempts) - ?"_L1,
                   {m_settings.maxAttempts});
}

bool History::record(const AttemptRecord &record)
{
    if (!m_open)
        return false;
    const QSqlError error = insert(record);
    return error.isValid() ? fail(error) : true;
}

QSqlError History::insert(const AttemptRecord &record)
{
    // BEGIN and COMMIT as statements, not QSqlDatabase::transaction() and commit(): those lose SQLite's error code
    // (a full disk shows at COMMIT), and IMMEDIATE waits for another writer here rather than halfway.
    QSqlQuery query(database());
    QSqlError error = execute(query, "BEGIN IMMEDIATE"_L1);
    if (error.isValid())
        return error;
    error =
        execute(query,
                "INSERT INTO attempts (time_utc_ms, account_id, provider, kind, outcome, http_status, problem_type, "
                "request_id, ticket_id, duration_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_L1,
                {record.timeUtc.toMSecsSinceEpoch(), record.accountId, record.provider, record.kind, record.outcome,
                 record.httpStatus, record.problemType, record.requestId, record.ticketId, record.durationMs});
    if (!error.isValid())
        error = prune();
    if (!error.isValid())
        error = execute(query, "COMMIT"_L1);
    if (error.isValid())
        execute(query, "ROLLBACK"_L1);
    return error;
}

QList<AttemptRecord> History::attempts(const QString &accountId, const QDateTime &sinceUtc) const
{
    QList<AttemptRecord> records;
    if (!m_open)
        return records;
    QSqlQuery query(database());
    query.setForwardOnly(true);
    const qint64 since = sinceUtc.isValid() ? sinceUtc.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
    query.prepare(u"SELECT %1 FROM attempts WHERE time_utc_ms >= ? %2 ORDER BY id DESC"_s.arg(
        Columns, accountId.isEmpty() ? QString() : u"AND account_id = ?"_s));
    query.addBindValue(since);
    if (!accountId.isEmpty())
        query.addBindValue(accountId);
    if (!query.exec()) {
        qCWarning(lcHistory) << "reading the history failed:" << query.lastError().text();
        return records;
    }
    while (query.next())
        records.append(readRecord(query));
    return records;
}

qsizetype History::count() const
{
    if (!m_open)
        return 0;
    QSqlQuery query(database());
    if (!query.exec("SELECT COUNT(*) FROM attempts"_L1) || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

bool History::clear()
{
    if (!m_open)
        return false;
    QSqlError error;
    {
        QSqlQuery query(database());
        error = execute(query, "DELETE FROM attempts"_L1);
        // The log still holds the pages as they were: fold them into the file and empty it. Best effort: a reader
        // elsewhere can keep it from finishing, and the deleted rows are overwritten in the file either way.
        if (!error.isValid())
            execute(query, "PRAGMA wal_checkpoint(TRUNCATE)"_L1);
    }
    return error.isValid() ? fail(error) : true;
}

QSqlDatabase History::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

void History::closeConnection()
{
    if (!QSqlDatabase::contains(m_connection))
        return;
    database().close();
    QSqlDatabase::removeDatabase(m_connection);
}

bool History::moveAside()
{
    const QString aside = m_path + ".damaged-"_L1 + QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s);
    if (!QFile::rename(m_path, aside))
        return false;
    for (QLatin1StringView log : {"-wal"_L1, "-shm"_L1})
        QFile::rename(m_path + log, aside + log); // kept beside it: the log may hold the newest attempts
    m_movedAside = aside;
    qCWarning(lcHistory) << "the history file was damaged and moved to" << aside;
    m_problem = tr("The history file was damaged: it was moved to %1 and a new history started.")
                    .arg(QDir::toNativeSeparators(aside));
    Q_EMIT problemFound(m_problem);
    return true;
}

bool History::fail(const QSqlError &error)
{
    qCWarning(lcHistory) << "history is off:" << error.text();
    switch (sqliteCode(error)) {
    case Busy:
    case Locked:
        return fail(tr("History is off: another program is using its file."));
    case Full:
        return fail(tr("History is off: the disk is full."));
    case Perm:
    case ReadOnly:
    case CantOpen:
        return fail(tr("History is off: its file %1 cannot be written.").arg(QDir::toNativeSeparators(m_path)));
    case Corrupt:
    case NotADb:
        return fail(tr("History is off: its file is damaged."));
    default:
        //: %1 is SQLite's own message, in English
        return fail(tr("History is off: %1").arg(error.text()));
    }
}

bool History::fail(const QString &problem)
{
    closeConnection();
    m_open = false;
    m_problem = problem;
    Q_EMIT problemFound(problem);
    return false;
}
