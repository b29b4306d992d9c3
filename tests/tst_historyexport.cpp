// What leaves the history: CSV a spreadsheet opens as data (RFC 4180, UTF-8, no cell taken for a formula), and the
// lines copied into a ticket.
#include "AttemptNames.h"
#include "HistoryExport.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

AttemptRecord record()
{
    AttemptRecord r;
    r.timeUtc = QDateTime(QDate(2026, 11, 25), QTime(14, 3, 7, 120), Qt::UTC);
    r.accountId = u"acc_01HXYZ"_s;
    r.provider = u"LINKEDIN"_s;
    r.kind = AttemptNames::Submit;
    r.outcome = u"code_rejected"_s;
    r.httpStatus = 401;
    r.problemType = u"errors/invalid_checkpoint_solution"_s;
    r.requestId = u"req_42"_s;
    r.ticketId = u"#4711"_s;
    r.durationMs = 1234;
    return r;
}

} // namespace

class TestHistoryExport final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void cells_data();
    void cells();
    void csvHasAHeaderAndOneCrlfRowPerRecord();
    void csvIsUtf8();
    void ticketLines();
};

void TestHistoryExport::cells_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("cell");
    QTest::newRow("plain") << u"req_42"_s << u"req_42"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("a comma is quoted") << u"a,b"_s << u"\"a,b\""_s;
    QTest::newRow("quotes are doubled") << u"say \"hi\""_s << u"\"say \"\"hi\"\"\""_s;
    QTest::newRow("a line break is quoted, kept") << u"two\r\nlines"_s << u"\"two\r\nlines\""_s;
    QTest::newRow("a bare LF is quoted") << u"two\nlines"_s << u"\"two\nlines\""_s;
    QTest::newRow("= starts no formula") << u"=HYPERLINK(\"http://x\")"_s << u"\"'=HYPERLINK(\"\"http://x\"\")\""_s;
    QTest::newRow("+ starts no formula") << u"+1+1"_s << u"'+1+1"_s;
    QTest::newRow("- starts no formula") << u"-2+3"_s << u"'-2+3"_s;
    QTest::newRow("@ starts no formula") << u"@SUM(A1)"_s << u"'@SUM(A1)"_s;
    QTest::newRow("a leading tab is inert") << u"\t=1"_s << u"'\t=1"_s;
    QTest::newRow("a leading CR is inert and quoted") << u"\r=1"_s << u"\"'\r=1\""_s;
    QTest::newRow("= inside is data") << u"a=b"_s << u"a=b"_s;
    QTest::newRow("a formula with a comma") << u"=1,2"_s << u"\"'=1,2\""_s;
}

void TestHistoryExport::cells()
{
    QFETCH(QString, value);
    QFETCH(QString, cell);
    QCOMPARE(HistoryExport::csvCell(value), cell);
}

void TestHistoryExport::csvHasAHeaderAndOneCrlfRowPerRecord()
{
    AttemptRecord second = record();
    second.httpStatus = 0;
    second.problemType.clear();
    second.requestId = u"=cmd|' /C calc'!A0"_s; // what a hostile server might send as an id
    second.ticketId = u"T\"1, \"2\""_s;
    const QByteArray csv = HistoryExport::csv({record(), second});
    QCOMPARE(csv,
             "time_utc,account_id,provider,kind,outcome,http_status,problem_type,request_id,ticket_id,duration_ms\r\n"
             "2026-11-25T14:03:07.120Z,acc_01HXYZ,LINKEDIN,submit,code_rejected,401,"
             "errors/invalid_checkpoint_solution,req_42,#4711,1234\r\n"
             "2026-11-25T14:03:07.120Z,acc_01HXYZ,LINKEDIN,submit,code_rejected,,,'=cmd|' /C calc'!A0,"
             "\"T\"\"1, \"\"2\"\"\",1234\r\n");
}

void TestHistoryExport::csvIsUtf8()
{
    AttemptRecord r = record();
    r.problemType = u"errors/été"_s;
    QVERIFY(HistoryExport::csv({r}).contains("errors/\xc3\xa9t\xc3\xa9"));
    QVERIFY(!HistoryExport::csv({r}).startsWith("\xef\xbb\xbf")); // no byte-order mark: RFC 4180 has none
}

void TestHistoryExport::ticketLines()
{
    AttemptRecord resend = record();
    resend.kind = AttemptNames::Resend;
    resend.outcome = u"code_resent"_s;
    resend.httpStatus = 200;
    resend.problemType.clear();
    resend.ticketId.clear();
    resend.durationMs = 80;
    QCOMPARE(HistoryExport::ticketText({record(), resend}),
             u"2026-11-25 14:03:07 UTC · acc_01HXYZ · LinkedIn · Submit code · Code rejected · HTTP 401 · "
             "errors/invalid_checkpoint_solution · Request ID req_42 · Ticket #4711 · 1.2 s\n"
             "2026-11-25 14:03:07 UTC · acc_01HXYZ · LinkedIn · Resend code · New code sent · HTTP 200 · "
             "Request ID req_42 · 0.1 s"_s);
}

QTEST_GUILESS_MAIN(TestHistoryExport)
#include "tst_historyexport.moc"
