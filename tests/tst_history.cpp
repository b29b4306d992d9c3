// The history on a real SQLite file: what is written is read back, a writer killed with SIGKILL loses nothing that
// was there before, the limits hold, and a file that cannot be used (damaged, locked by another process, read-only,
// on a full disk) turns history off with one reason and never more. The code, a phone number and the key never
// reach the file's bytes.
//
// Other processes play their part for real: this binary started with --history-child MODE PATH writes, holds a lock
// or opens a history, and a read-only or full file system is a tmpfs mounted in a private mount namespace
// (unshare -rm), so the test needs no root.
#include "AttemptNames.h"
#include "AttemptRecord.h"
#include "History.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <limits>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace {

const auto childFlag = "--history-child"_L1;

AttemptRecord sample(int n, const QDateTime &time = QDateTime::currentDateTimeUtc())
{
    AttemptRecord record;
    record.timeUtc = QDateTime::fromMSecsSinceEpoch(time.toMSecsSinceEpoch(), Qt::UTC);
    record.accountId = u"acc_%1"_s.arg(n % 3);
    record.provider = u"LINKEDIN"_s;
    record.kind = AttemptNames::Submit;
    record.outcome = u"code_rejected"_s;
    record.httpStatus = 401;
    record.problemType = u"errors/invalid_checkpoint_solution"_s;
    record.requestId = u"req_%1"_s.arg(n);
    record.ticketId = u"T-%1"_s.arg(n);
    record.durationMs = n;
    return record;
}

QList<AttemptRecord> withoutIds(QList<AttemptRecord> records)
{
    for (AttemptRecord &record : records)
        record.id = 0;
    return records;
}

QStringList ticketsOf(const QList<AttemptRecord> &records)
{
    QStringList tickets;
    for (const AttemptRecord &record : records)
        tickets.append(record.ticketId);
    return tickets;
}

QByteArray bytesOf(const QString &path)
{
    QByteArray bytes;
    for (const QString &name : QStringList{path, path + u"-wal"_s, path + u"-shm"_s, path + u"-journal"_s}) {
        QFile file(name);
        if (file.open(QIODevice::ReadOnly))
            bytes += file.readAll();
    }
    return bytes;
}

int permissionsOf(const QString &path)
{
    struct stat info { };
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? int(info.st_mode & 07777) : -1;
}

// The child's side: write until killed, hold the file locked until told to stop, or open it and say how that went.
int runChild(const QStringList &arguments)
{
    const QString mode = arguments.value(2);
    const QString path = arguments.value(3);
    QTextStream out(stdout);
    if (mode == "lock"_L1) {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"locker"_s);
        db.setDatabaseName(path);
        if (!db.open())
            return 3;
        // Another program's write transaction, never committed: everyone else must wait or give up.
        QSqlQuery query(db);
        if (!query.exec(u"BEGIN EXCLUSIVE"_s)
            || !query.exec(u"INSERT INTO attempts (time_utc_ms, account_id) VALUES (0, 'x')"_s))
            return 4;
        out << "locked" << Qt::endl;
        QFile in;
        in.open(stdin, QIODevice::ReadOnly);
        in.readAll(); // until the test closes our stdin
        return 0;
    }
    History history(path);
    const bool opened = history.open();
    int stored = 0;
    const int wanted = mode == "write"_L1 ? std::numeric_limits<int>::max() : mode == "fill"_L1 ? 100000 : 1;
    while (opened && stored < wanted && history.record(sample(stored))) {
        ++stored;
        if (mode == "write"_L1)
            out << stored << Qt::endl; // committed: the test may count on it
    }
    out << "opened=" << opened << " stored=" << stored << " later=" << history.record(sample(0))
        << " problem=" << history.problem() << Qt::endl;
    return 0;
}

} // namespace

class TestHistory final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString &name = u"state/postpress-checkpoint/history.sqlite"_s) const
    {
        return m_dir.filePath(name);
    }
    static QString runInMountNamespace(const QString &script);

private Q_SLOTS:
    void init();
    void everyFieldIsWrittenAndReadBack();
    void newestFirstByAccountAndTime();
    void defaultPathFollowsTheXdgSpec_data();
    void defaultPathFollowsTheXdgSpec();
    void folderAndFilesAreTheUsersOnly();
    void switchedOffTouchesNothing();
    void aKilledWriterLeavesEveryCommittedRow();
    void oldAttemptsAreRemoved();
    void theOldestGoPastTheCount();
    void lowerLimitsApplyAtOpen();
    void aDamagedFileIsMovedAsideAndANewOneStarted_data();
    void aDamagedFileIsMovedAsideAndANewOneStarted();
    void aLockedFileTurnsHistoryOffOnce();
    void aReadOnlyFileSystemTurnsHistoryOff_data();
    void aReadOnlyFileSystemTurnsHistoryOff();
    void aFullDiskTurnsHistoryOffOnce();
    void theCodePhoneAndKeyNeverReachTheFile();
    void clearRemovesTheRowsAndTheirBytes();
};

void TestHistory::init()
{
    QVERIFY(m_dir.isValid());
    QDir(m_dir.path()).removeRecursively();
    QDir().mkpath(m_dir.path());
}

void TestHistory::everyFieldIsWrittenAndReadBack()
{
    History history(path());
    QVERIFY(history.open());
    AttemptRecord record = sample(7, QDateTime(QDate(2026, 11, 25), QTime(14, 3, 7, 123), Qt::UTC));
    record.kind = AttemptNames::TryAnotherWay;
    record.outcome = u"busy"_s;
    record.httpStatus = 503;
    record.problemType = u"errors/service_unavailable"_s;
    record.durationMs = 1234;
    QVERIFY(history.record(record));
    const QList<AttemptRecord> read = history.attempts();
    QCOMPARE(read.size(), 1);
    QVERIFY(read.first().id > 0);
    QCOMPARE(withoutIds(read).first(), record);
    QCOMPARE(read.first().timeUtc.timeSpec(), Qt::UTC);
    QVERIFY(history.problem().isEmpty());
}

void TestHistory::newestFirstByAccountAndTime()
{
    History history(path());
    QVERIFY(history.open());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int n = 0; n < 6; ++n)
        QVERIFY(history.record(sample(n, now.addSecs(-600 + n * 60))));
    QCOMPARE(ticketsOf(history.attempts()), QStringList({u"T-5"_s, u"T-4"_s, u"T-3"_s, u"T-2"_s, u"T-1"_s, u"T-0"_s}));
    QCOMPARE(ticketsOf(history.attempts(u"acc_1"_s)), QStringList({u"T-4"_s, u"T-1"_s}));
    QCOMPARE(ticketsOf(history.attempts(u"acc_1"_s, now.addSecs(-400))), QStringList({u"T-4"_s}));
    QCOMPARE(ticketsOf(history.attempts({}, now.addSecs(-400))), QStringList({u"T-5"_s, u"T-4"_s}));
    QCOMPARE(history.count(), 6); // every account's, without reading them
}

void TestHistory::defaultPathFollowsTheXdgSpec_data()
{
    QTest::addColumn<QByteArray>("stateHome");
    QTest::addColumn<QString>("expected");
    QTest::newRow("XDG_STATE_HOME set") << QByteArray("/srv/state")
                                        << u"/srv/state/postpress-checkpoint/history.sqlite"_s;
    QTest::newRow("unset: ~/.local/state") << QByteArray() << u"%1/.local/state/postpress-checkpoint/history.sqlite"_s;
    QTest::newRow("relative: ignored, as the spec says")
        << QByteArray("state") << u"%1/.local/state/postpress-checkpoint/history.sqlite"_s;
}

void TestHistory::defaultPathFollowsTheXdgSpec()
{
    QFETCH(QByteArray, stateHome);
    QFETCH(QString, expected);
    const QByteArray saved = qgetenv("XDG_STATE_HOME");
    const QByteArray savedHome = qgetenv("HOME");
    stateHome.isNull() ? qunsetenv("XDG_STATE_HOME") : qputenv("XDG_STATE_HOME", stateHome);
    qputenv("HOME", "/home/agent");
    const QString found = History::defaultPath();
    qputenv("XDG_STATE_HOME", saved);
    qputenv("HOME", savedHome);
    QCOMPARE(found, expected.contains(u"%1"_s) ? expected.arg(u"/home/agent"_s) : expected);
}

void TestHistory::folderAndFilesAreTheUsersOnly()
{
    const mode_t savedMask = ::umask(0); // whatever the umask, the modes are the ones History asks for
    History history(path());
    const bool opened = history.open();
    const bool recorded = history.record(sample(1));
    ::umask(savedMask);
    QVERIFY(opened && recorded);
    QCOMPARE(permissionsOf(m_dir.filePath(u"state"_s)), 0700);
    QCOMPARE(permissionsOf(m_dir.filePath(u"state/postpress-checkpoint"_s)), 0700);
    QCOMPARE(permissionsOf(path()), 0600);
    QCOMPARE(permissionsOf(path() + u"-wal"_s), 0600);
    QCOMPARE(permissionsOf(path() + u"-shm"_s), 0600);
}

void TestHistory::switchedOffTouchesNothing()
{
    History history(path(), HistorySettings{false, 90, 10000});
    QSignalSpy problems(&history, &History::problemFound);
    QVERIFY(!history.open());
    QVERIFY(!history.record(sample(1)));
    QVERIFY(history.attempts().isEmpty());
    QVERIFY(history.problem().isEmpty());
    QCOMPARE(problems.size(), 0);
    QVERIFY(!QFile::exists(m_dir.filePath(u"state"_s)));
}

void TestHistory::aKilledWriterLeavesEveryCommittedRow()
{
    QList<AttemptRecord> before;
    {
        History history(path());
        QVERIFY(history.open());
        for (int n = 0; n < 50; ++n) {
            before.prepend(sample(n));
            QVERIFY(history.record(before.first()));
        }
    }
    QProcess writer;
    writer.start(QCoreApplication::applicationFilePath(), {childFlag, u"write"_s, path()});
    int committed = 0;
    while (committed < 300 && writer.waitForReadyRead(10000)) {
        while (writer.canReadLine())
            committed = writer.readLine().trimmed().toInt();
    }
    QVERIFY2(committed >= 300, "the writer did not get going");
    writer.kill(); // SIGKILL, while it writes the next one
    QVERIFY(writer.waitForFinished(10000));
    QCOMPARE(writer.exitStatus(), QProcess::CrashExit);

    History history(path());
    QSignalSpy problems(&history, &History::problemFound);
    QVERIFY(history.open());
    QCOMPARE(problems.size(), 0); // not damaged
    const QList<AttemptRecord> after = history.attempts();
    QVERIFY2(after.size() >= 50 + committed, qPrintable(u"%1 rows, %2 committed"_s.arg(after.size()).arg(committed)));
    QCOMPARE(withoutIds(after.mid(after.size() - 50)), before);
}

void TestHistory::oldAttemptsAreRemoved()
{
    History history(path());
    QVERIFY(history.open());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(history.record(sample(1, now.addDays(-91))));
    QCOMPARE(history.attempts().size(), 0); // removed in the transaction that wrote it
    QVERIFY(history.record(sample(2, now.addDays(-89))));
    QVERIFY(history.record(sample(3, now)));
    QCOMPARE(ticketsOf(history.attempts()), QStringList({u"T-3"_s, u"T-2"_s}));
}

void TestHistory::theOldestGoPastTheCount()
{
    QCOMPARE(HistorySettings{}.retentionDays, 90);
    QCOMPARE(HistorySettings{}.maxAttempts, 10000);
    History history(path(), HistorySettings{true, 90, 5});
    QVERIFY(history.open());
    for (int n = 0; n < 8; ++n)
        QVERIFY(history.record(sample(n)));
    QCOMPARE(ticketsOf(history.attempts()), QStringList({u"T-7"_s, u"T-6"_s, u"T-5"_s, u"T-4"_s, u"T-3"_s}));
    QCOMPARE(history.count(), 5);
}

void TestHistory::lowerLimitsApplyAtOpen()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    {
        History history(path());
        QVERIFY(history.open());
        for (int n = 0; n < 6; ++n)
            QVERIFY(history.record(sample(n, now.addDays(n - 20))));
    }
    History history(path(), HistorySettings{true, 17, 2}); // an administrator lowered both
    QVERIFY(history.open());
    QCOMPARE(ticketsOf(history.attempts()), QStringList({u"T-5"_s, u"T-4"_s}));
}

void TestHistory::aDamagedFileIsMovedAsideAndANewOneStarted_data()
{
    QTest::addColumn<bool>("wholeFile");
    QTest::newRow("not a database at all") << true;
    QTest::newRow("a database with a page overwritten") << false;
}

void TestHistory::aDamagedFileIsMovedAsideAndANewOneStarted()
{
    QFETCH(bool, wholeFile);
    {
        History history(path());
        QVERIFY(history.open());
        for (int n = 0; n < 400; ++n)
            QVERIFY(history.record(sample(n)));
    }
    QFile file(path());
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.size() > 4 * 4096);
    file.seek(wholeFile ? 0 : 2 * 4096);
    file.write(QByteArray(wholeFile ? file.size() : 4096, '\x5a'));
    file.close();
    const QByteArray damaged = bytesOf(path());

    History history(path());
    QSignalSpy problems(&history, &History::problemFound);
    QVERIFY(history.open());
    QCOMPARE(problems.size(), 1);
    QVERIFY2(history.problem().contains(u"damaged"_s) && history.problem().contains(history.movedAsidePath()),
             qPrintable(history.problem()));
    QVERIFY(history.movedAsidePath().startsWith(path() + u".damaged-"_s));
    QCOMPARE(bytesOf(history.movedAsidePath()), damaged); // moved, not deleted or changed
    QVERIFY(history.attempts().isEmpty());
    QVERIFY(history.record(sample(1)));
    QCOMPARE(history.attempts().size(), 1);
}

void TestHistory::aLockedFileTurnsHistoryOffOnce()
{
    {
        History history(path());
        QVERIFY(history.open());
        QVERIFY(history.record(sample(1)));
    }
    QProcess locker;
    locker.start(QCoreApplication::applicationFilePath(), {childFlag, u"lock"_s, path()});
    QVERIFY(locker.waitForReadyRead(10000));
    QCOMPARE(locker.readLine().trimmed(), "locked");

    History history(path());
    QSignalSpy problems(&history, &History::problemFound);
    QVERIFY(!history.open());
    QCOMPARE(problems.size(), 1);
    QCOMPARE(history.problem(), u"History is off: another program is using its file."_s);
    QVERIFY(!history.record(sample(2)));
    QCOMPARE(problems.size(), 1); // said once
    locker.closeWriteChannel();
    QVERIFY(locker.waitForFinished(10000));
    QCOMPARE(locker.exitCode(), 0);

    History after(path());
    QVERIFY(after.open());
    QCOMPARE(ticketsOf(after.attempts()), QStringList{u"T-1"_s}); // nothing lost, the other's write rolled back
}

QString TestHistory::runInMountNamespace(const QString &script)
{
    if (QStandardPaths::findExecutable(u"unshare"_s).isEmpty())
        return {};
    QProcess shell;
    shell.start(u"unshare"_s, {u"-rm"_s, u"sh"_s, u"-ec"_s, script, u"sh"_s, QCoreApplication::applicationFilePath()});
    shell.waitForFinished(30000);
    return QString::fromUtf8(shell.readAllStandardOutput()).trimmed(); // its log lines go to stderr
}

void TestHistory::aReadOnlyFileSystemTurnsHistoryOff_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("expected");
    QTest::newRow("a read-only home: the folder cannot be made")
        << u""_s << u"opened=0 stored=0 later=0 problem=History is off: its folder %1/state cannot be created."_s;
    QTest::newRow("the file exists on a file system now read-only")
        << u"\"$1\" --history-child open \"$D/state/history.sqlite\" >/dev/null;"_s
        << u"opened=0 stored=0 later=0 problem=History is off: its file %1/state/history.sqlite cannot be written."_s;
}

void TestHistory::aReadOnlyFileSystemTurnsHistoryOff()
{
    QFETCH(QString, before);
    QFETCH(QString, expected);
    const QString mount = m_dir.filePath(u"mnt"_s);
    QDir().mkpath(mount);
    const QString result =
        runInMountNamespace(u"D=%1; mount -t tmpfs tmpfs \"$D\"; %2 mount -o remount,ro \"$D\"; "
                            "\"$1\" --history-child open \"$D/state/history.sqlite\""_s.arg(mount, before));
    if (result.isEmpty())
        QSKIP("no private mount namespace here (unshare -rm)");
    QCOMPARE(result, expected.arg(mount));
}

void TestHistory::aFullDiskTurnsHistoryOffOnce()
{
    const QString mount = m_dir.filePath(u"mnt"_s);
    QDir().mkpath(mount);
    const QString result = runInMountNamespace(u"mount -t tmpfs -o size=256k tmpfs %1; "
                                               "\"$1\" --history-child fill %1/history.sqlite"_s.arg(mount));
    if (result.isEmpty())
        QSKIP("no private mount namespace here (unshare -rm)");
    // It stored some, then the disk was full: off, said once, and the process went on to its end.
    QVERIFY2(result.startsWith(u"opened=1 stored="_s), qPrintable(result));
    QVERIFY2(result.endsWith(u" later=0 problem=History is off: the disk is full."_s), qPrintable(result));
    QVERIFY(result.section(u' ', 1, 1).mid(7).toInt() > 10);
}

void TestHistory::theCodePhoneAndKeyNeverReachTheFile()
{
    const QString key = u"pp_live_Zk4Qx9TqLmN2vB7cR1sD8wE3"_s;
    const QString code = u"731942"_s;
    const QString phone = u"(+33)0612345678"_s;
    History history(path());
    QVERIFY(history.open());
    for (const QString &typed : {code, phone}) {
        // A server that echoes everything it got into every field it has.
        const QByteArray echo = (u"errors/x_%1_%2"_s.arg(typed, key)).toUtf8();
        const QByteArray body = R"({"type":")" + echo + R"(","title":")" + echo + R"(","detail":")" + echo
            + R"(","instance":"req_)" + typed.toUtf8() + R"("})";
        const Outcome outcome =
            Outcome::fromHttpResponse({401, body, "application/problem+json", typed, {}}, SentRequest{u"acc_1"_s, key});
        const CheckpointRequest request{u"acc_1"_s, Provider::LinkedIn, typed};
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(history.record(AttemptRecord::of(AttemptNames::Submit, request, outcome, now, now, u"T-1"_s)));
    }
    const QByteArray bytes = bytesOf(path()); // the database, its log and its index, while open
    QVERIFY(bytes.contains("acc_1")); // the account is there: the search can find what it looks for
    for (const QString &secret : {code, phone, u"0612345678"_s, key, key.left(12)})
        QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(secret));
}

void TestHistory::clearRemovesTheRowsAndTheirBytes()
{
    History history(path());
    QVERIFY(history.open());
    for (int n = 0; n < 20; ++n) {
        AttemptRecord record = sample(n);
        record.accountId = u"acc_marker_for_clear"_s;
        QVERIFY(history.record(record));
    }
    QVERIFY(bytesOf(path()).contains("acc_marker_for_clear"));
    QVERIFY(history.clear());
    QVERIFY(history.attempts().isEmpty());
    QVERIFY(!bytesOf(path()).contains("acc_marker_for_clear"));
    QVERIFY(history.record(sample(1)));
    QCOMPARE(history.attempts().size(), 1);
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (QCoreApplication::arguments().value(1) == childFlag)
        return runChild(QCoreApplication::arguments());
    TestHistory test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_history.moc"
