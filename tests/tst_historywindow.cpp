// The history window, driven from the keyboard as an agent on a ticket would: it opens on the account's attempts,
// newest first; the search finds by any word a row shows; the selected rows go to the clipboard for a ticket;
// what is shown is exported as CSV; Clear history asks first; every control has a name a screen reader says.
#include "AttemptNames.h"
#include "HistoryExport.h"
#include "HistoryWindow.h"
#include "Translations.h"

#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

// Five attempts, newest first: T-5 … T-1, accounts acc_b, acc_a, acc_b, acc_a, acc_b.
QList<AttemptRecord> attempts()
{
    QList<AttemptRecord> records;
    const QDateTime start(QDate(2026, 11, 25), QTime(14, 0), Qt::UTC);
    for (int n = 5; n >= 1; --n) {
        AttemptRecord record;
        record.id = n;
        record.timeUtc = start.addSecs(n * 60);
        record.accountId = n % 2 ? u"acc_b"_s : u"acc_a"_s;
        record.provider = u"INSTAGRAM"_s;
        record.kind = n == 3 ? QString(AttemptNames::Resend) : QString(AttemptNames::Submit);
        record.outcome = n == 5 ? u"connected"_s : n == 3 ? u"code_resent"_s : u"code_rejected"_s;
        record.httpStatus = n == 5 ? 201 : n == 3 ? 200 : 401;
        record.requestId = u"req_%1"_s.arg(n);
        record.ticketId = u"T-%1"_s.arg(n);
        record.durationMs = 100 * n;
        records.append(record);
    }
    return records;
}

QStringList shownTickets(HistoryWindow *window)
{
    auto *table = window->findChild<QTableView *>(u"attemptsTable"_s);
    QStringList tickets;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        tickets.append(table->model()->index(row, HistoryModel::Ticket).data().toString());
    return tickets;
}

template <typename T> T *child(QWidget *window, const char *name)
{
    return window->findChild<T *>(QLatin1StringView(name));
}

// Once the file dialog is up (it runs its own event loop), enters path as its file name and presses Enter.
void typeIntoFileDialog(const QString &path, int triesLeft = 500)
{
    QTimer::singleShot(10, qApp, [path, triesLeft] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        auto *name = dialog ? dialog->findChild<QLineEdit *>(u"fileNameEdit"_s) : nullptr;
        if (!name || !dialog->isVisible()) {
            if (triesLeft > 0)
                typeIntoFileDialog(path, triesLeft - 1);
            return; // no dialog: the test fails on the missing file
        }
        name->setText(path); // typed, its completer would take the Enter
        QTest::keyClick(name, Qt::Key_Return);
    });
}

} // namespace

class TestHistoryWindow final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<HistoryWindow> m_window;

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup() { m_window.reset(); }
    void opensOnTheAccountNewestFirst();
    void everyAccountIsAskedForOnlyWhenWanted();
    void theSearchFindsAnyWordOfARow_data();
    void theSearchFindsAnyWordOfARow();
    void selectedRowsAreCopiedForATicket();
    void exportWritesTheRowsShown();
    void clearAsksFirst();
    void aHistoryThatIsOffSaysWhy();
    void keyboardOnlyAndNamed();
    void translated();
};

void TestHistoryWindow::initTestCase()
{
    QAccessible::setActive(true);
    Translations::install(QCoreApplication::instance(), QLocale(u"en_US"_s)); // English plurals
}

void TestHistoryWindow::init()
{
    m_window = std::make_unique<HistoryWindow>();
    m_window->setAttempts(attempts());
    m_window->setAccount(u"acc_a"_s);
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestHistoryWindow::opensOnTheAccountNewestFirst()
{
    QCOMPARE(shownTickets(m_window.get()), QStringList({u"T-4"_s, u"T-2"_s}));
    QCOMPARE(child<QLabel>(m_window.get(), "statusLabel")->text(), u"Showing 2 of 5 attempts."_s);
    // The agent's clock, isolated so that a right-to-left window still shows the date before the time.
    const QDateTime fourth(QDate(2026, 11, 25), QTime(14, 4), Qt::UTC);
    QCOMPARE(child<QTableView>(m_window.get(), "attemptsTable")->model()->index(0, 0).data().toString(),
             u"\u2066"_s + fourth.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s) + u"\u2069"_s);
    auto *only = child<QCheckBox>(m_window.get(), "accountOnlyCheck");
    QVERIFY(only->isVisible() && only->isChecked());
    QCOMPARE(only->text(), u"&Only account acc_a"_s);
    QTest::keyClick(m_window.get(), Qt::Key_O, Qt::AltModifier); // its mnemonic unticks it: every account
    QTRY_VERIFY(!only->isChecked()); // a mnemonic clicks a button after a short animation
    QCOMPARE(shownTickets(m_window.get()), QStringList({u"T-5"_s, u"T-4"_s, u"T-3"_s, u"T-2"_s, u"T-1"_s}));
    m_window->setAccount(u"acc_b"_s); // opened again from another account's window
    QCOMPARE(shownTickets(m_window.get()), QStringList({u"T-5"_s, u"T-3"_s, u"T-1"_s}));
    m_window->setAccount({});
    QVERIFY(!only->isVisible());
    QCOMPARE(shownTickets(m_window.get()).size(), 5);
}

// The app opens the window with one account's attempts and the count of all (reading 10,000 would be most of the
// opening time); unticking the box asks for every account's once.
void TestHistoryWindow::everyAccountIsAskedForOnlyWhenWanted()
{
    QList<AttemptRecord> ofA = attempts();
    ofA.removeIf([](const AttemptRecord &attempt) { return attempt.accountId != u"acc_a"_s; });
    m_window->setAccountAttempts(u"acc_a"_s, ofA, 5);
    QSignalSpy wanted(m_window.get(), &HistoryWindow::allAttemptsWanted);
    connect(m_window.get(), &HistoryWindow::allAttemptsWanted, this, [this] { m_window->setAttempts(attempts()); });
    QCOMPARE(shownTickets(m_window.get()), QStringList({u"T-4"_s, u"T-2"_s}));
    QCOMPARE(child<QLabel>(m_window.get(), "statusLabel")->text(), u"Showing 2 of 5 attempts."_s);
    QCOMPARE(wanted.size(), 0);

    auto *only = child<QCheckBox>(m_window.get(), "accountOnlyCheck");
    only->setChecked(false);
    QCOMPARE(wanted.size(), 1);
    QCOMPARE(shownTickets(m_window.get()), QStringList({u"T-5"_s, u"T-4"_s, u"T-3"_s, u"T-2"_s, u"T-1"_s}));
    only->setChecked(true);
    only->setChecked(false);
    QCOMPARE(wanted.size(), 1); // every account's are here now
    QCOMPARE(child<QLabel>(m_window.get(), "statusLabel")->text(), u"Showing 5 of 5 attempts."_s);
}

void TestHistoryWindow::theSearchFindsAnyWordOfARow_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QStringList>("tickets");
    QTest::newRow("a ticket id") << u"t-2"_s << QStringList{u"T-2"_s};
    QTest::newRow("a request id, any case") << u"REQ_4"_s << QStringList{u"T-4"_s};
    QTest::newRow("the outcome's words") << u"rejected"_s << QStringList{u"T-4"_s, u"T-2"_s, u"T-1"_s};
    QTest::newRow("the outcome's stored name") << u"code_resent"_s << QStringList{u"T-3"_s};
    QTest::newRow("the action's words") << u"resend code"_s << QStringList{u"T-3"_s};
    QTest::newRow("the status") << u"201"_s << QStringList{u"T-5"_s};
    QTest::newRow("the provider's name") << u"instagram"_s
                                         << QStringList{u"T-5"_s, u"T-4"_s, u"T-3"_s, u"T-2"_s, u"T-1"_s};
    QTest::newRow("the account") << u"acc_a"_s << QStringList{u"T-4"_s, u"T-2"_s};
    QTest::newRow("nothing like it") << u"nowhere"_s << QStringList{};
}

void TestHistoryWindow::theSearchFindsAnyWordOfARow()
{
    QFETCH(QString, typed);
    QFETCH(QStringList, tickets);
    auto *only = child<QCheckBox>(m_window.get(), "accountOnlyCheck");
    QTest::keyClick(m_window.get(), Qt::Key_O, Qt::AltModifier); // every account
    QTRY_VERIFY(!only->isChecked()); // a mnemonic clicks a button after a short animation
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    auto *search = child<QLineEdit>(m_window.get(), "searchEdit");
    QCOMPARE(QApplication::focusWidget(), search);
    QTest::keyClicks(search, typed);
    QCOMPARE(shownTickets(m_window.get()), tickets);
    QCOMPARE(child<QLabel>(m_window.get(), "statusLabel")->text(), u"Showing %1 of 5 attempts."_s.arg(tickets.size()));
    QCOMPARE(child<QPushButton>(m_window.get(), "exportButton")->isEnabled(), !tickets.isEmpty());
}

void TestHistoryWindow::selectedRowsAreCopiedForATicket()
{
    auto *copy = child<QPushButton>(m_window.get(), "copyButton");
    QVERIFY(!copy->isEnabled()); // nothing selected yet
    QApplication::clipboard()->setText(u"before"_s);
    auto *table = child<QTableView>(m_window.get(), "attemptsTable");
    QTest::keyClick(m_window.get(), Qt::Key_Tab); // the account box
    QTest::keyClick(m_window.get(), Qt::Key_Tab); // the table
    QCOMPARE(QApplication::focusWidget(), table);
    QTest::keyClick(table, Qt::Key_A, Qt::ControlModifier);
    QVERIFY(copy->isEnabled());
    QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
    const QList<AttemptRecord> all = attempts();
    QCOMPARE(QApplication::clipboard()->text(), HistoryExport::ticketText({all.at(1), all.at(3)}));
    QVERIFY(QApplication::clipboard()->text().contains(u"Ticket T-4"_s));
}

void TestHistoryWindow::exportWritesTheRowsShown()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"history.csv"_s);
    // The real button and file dialog: the agent enters a file name and presses Enter.
    typeIntoFileDialog(path);
    child<QPushButton>(m_window.get(), "exportButton")->click();
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<AttemptRecord> all = attempts();
    QCOMPARE(file.readAll(), HistoryExport::csv({all.at(1), all.at(3)}));
    QVERIFY(!m_window->exportCsv(dir.filePath(u"no/such/folder/history.csv"_s)).isEmpty());
}

void TestHistoryWindow::clearAsksFirst()
{
    QSignalSpy cleared(m_window.get(), &HistoryWindow::clearRequested);
    child<QPushButton>(m_window.get(), "clearButton")->click();
    auto *box = m_window->findChild<QMessageBox *>(u"clearConfirmation"_s);
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    QTest::keyClick(box, Qt::Key_Return); // Cancel is the default
    QTRY_VERIFY(!m_window->findChild<QMessageBox *>(u"clearConfirmation"_s));
    QCOMPARE(cleared.size(), 0);
    child<QPushButton>(m_window.get(), "clearButton")->click();
    box = m_window->findChild<QMessageBox *>(u"clearConfirmation"_s);
    QVERIFY(box);
    box->findChild<QPushButton *>(u"confirmClearButton"_s)->click();
    QCOMPARE(cleared.size(), 1);
}

void TestHistoryWindow::aHistoryThatIsOffSaysWhy()
{
    HistoryWindow window;
    window.setProblem(u"History is off: the disk is full."_s);
    QCOMPARE(child<QLabel>(&window, "statusLabel")->text(), u"History is off: the disk is full."_s);
    QVERIFY(!child<QPushButton>(&window, "clearButton")->isEnabled());
    QVERIFY(!child<QPushButton>(&window, "exportButton")->isEnabled());
    HistoryWindow empty;
    empty.setAttempts({});
    QCOMPARE(child<QLabel>(&empty, "statusLabel")->text(), u"No attempts are recorded on this computer yet."_s);
}

void TestHistoryWindow::keyboardOnlyAndNamed()
{
    QCOMPARE(QApplication::focusWidget(), child<QWidget>(m_window.get(), "searchEdit"));
    QStringList chain;
    for (int i = 0; i < 7; ++i) {
        chain.append(QApplication::focusWidget()->objectName());
        QAccessibleInterface *node = QAccessible::queryAccessibleInterface(QApplication::focusWidget());
        QVERIFY2(!node->text(QAccessible::Name).isEmpty(), qPrintable(chain.last()));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }
    // The copy button is skipped while nothing is selected (it is disabled).
    QCOMPARE(chain,
             QStringList({u"searchEdit"_s, u"accountOnlyCheck"_s, u"attemptsTable"_s, u"exportButton"_s,
                          u"clearButton"_s, u"closeButton"_s, u"searchEdit"_s}));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return); // Enter in the search box closes nothing
    QVERIFY(m_window->isVisible());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QVERIFY(!m_window->isVisible());
}

void TestHistoryWindow::translated()
{
    const auto english = qScopeGuard([] { Translations::install(QCoreApplication::instance(), QLocale(u"en_US"_s)); });
    Translations::install(QCoreApplication::instance(), QLocale(u"fr"_s));
    // Widgets hear of the new language from a posted event.
    QTRY_COMPARE(child<QLabel>(m_window.get(), "statusLabel")->text(), u"Affichage\u202f: 2 sur 5 tentatives."_s);
    QCOMPARE(child<QCheckBox>(m_window.get(), "accountOnlyCheck")->text(), u"&Seulement le compte acc_a"_s);
    QCOMPARE(m_window->windowTitle(), u"Historique des tentatives"_s);
    auto *table = child<QTableView>(m_window.get(), "attemptsTable");
    QCOMPARE(table->model()->headerData(HistoryModel::Outcome, Qt::Horizontal).toString(), u"Résultat"_s);
    QCOMPARE(table->model()->index(0, HistoryModel::Outcome).data().toString(), u"Code refusé"_s);
}

QTEST_MAIN(TestHistoryWindow)
#include "tst_historywindow.moc"
