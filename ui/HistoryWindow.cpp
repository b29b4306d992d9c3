#include "HistoryWindow.h"
#include "ui_HistoryWindow.h"

#include "HistoryExport.h"

#include <QAction>
#include <QClipboard>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

HistoryWindow::HistoryWindow(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::HistoryWindow>())
{
    m_ui->setupUi(this);
    m_ui->attemptsTable->setModel(&m_filter);
    // Column widths from the first rows, not from thousands of them (0, "the rows in view", measures every row while
    // the window is not shown yet).
    m_ui->attemptsTable->horizontalHeader()->setResizeContentsPrecision(50);
    m_ui->accountOnlyCheck->hide();
    setUpActions();
    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, &HistoryWindow::onFilterChanged);
    connect(m_ui->accountOnlyCheck, &QCheckBox::toggled, this, &HistoryWindow::onFilterChanged);
    connect(m_ui->attemptsTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &HistoryWindow::updateButtons);
    connect(m_ui->copyButton, &QPushButton::clicked, this, &HistoryWindow::copySelected);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &HistoryWindow::chooseExportFile);
    connect(m_ui->clearButton, &QPushButton::clicked, this, &HistoryWindow::confirmClear);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::close);
    retranslate();
    m_ui->searchEdit->setFocus();
}

HistoryWindow::~HistoryWindow() = default;

// Ctrl+C in the table copies the selected rows for a ticket; Ctrl+F goes to the search box.
void HistoryWindow::setUpActions()
{
    auto *copy = new QAction(m_ui->attemptsTable);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &HistoryWindow::copySelected);
    m_ui->attemptsTable->addAction(copy);
    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        m_ui->searchEdit->setFocus(Qt::ShortcutFocusReason);
        m_ui->searchEdit->selectAll();
    });
    addAction(find);
}

void HistoryWindow::setAttempts(const QList<AttemptRecord> &attempts)
{
    m_accountOnly = false;
    m_total = attempts.size();
    m_model.setAttempts(attempts);
    m_ui->attemptsTable->resizeColumnsToContents();
    updateStatus();
    updateButtons();
}

void HistoryWindow::setAccountAttempts(const QString &accountId, const QList<AttemptRecord> &attempts,
                                       qsizetype total)
{
    setAttempts(attempts);
    m_accountOnly = true;
    m_total = total;
    setAccount(accountId);
}

void HistoryWindow::setAccount(const QString &accountId)
{
    m_account = accountId;
    m_ui->accountOnlyCheck->setVisible(!accountId.isEmpty());
    m_ui->accountOnlyCheck->setChecked(!accountId.isEmpty());
    retranslate();
    onFilterChanged();
}

void HistoryWindow::setProblem(const QString &problem)
{
    m_problem = problem;
    updateStatus();
    updateButtons();
}

QList<AttemptRecord> HistoryWindow::shownAttempts() const
{
    QList<int> rows(m_filter.rowCount());
    std::iota(rows.begin(), rows.end(), 0);
    return m_filter.attempts(rows);
}

void HistoryWindow::copySelected()
{
    QList<int> rows;
    for (const QModelIndex &index : m_ui->attemptsTable->selectionModel()->selectedRows())
        rows.append(index.row());
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end()); // as shown: newest first
    QGuiApplication::clipboard()->setText(HistoryExport::ticketText(m_filter.attempts(rows)));
}

QString HistoryWindow::exportCsv(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(HistoryExport::csv(shownAttempts())) < 0 || !file.commit()) {
        //: %1 is the file, %2 the system's reason
        return tr("The history could not be saved to %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    }
    return {};
}

void HistoryWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_model.retranslate();
        retranslate();
    }
    QDialog::changeEvent(event);
}

void HistoryWindow::onFilterChanged()
{
    if (m_accountOnly && !m_ui->accountOnlyCheck->isChecked()) {
        Q_EMIT allAttemptsWanted(); // its answer, setAttempts(), filters again
        if (m_accountOnly)
            return; // nobody answered: the account's rows stay
    }
    m_filter.setAccount(m_ui->accountOnlyCheck->isChecked() ? m_account : QString());
    m_filter.setSearch(m_ui->searchEdit->text());
    updateStatus();
    updateButtons();
}

void HistoryWindow::updateStatus()
{
    const int total = int(m_total);
    if (!m_problem.isEmpty())
        m_ui->statusLabel->setText(m_problem);
    else if (total == 0)
        m_ui->statusLabel->setText(tr("No attempts are recorded on this computer yet."));
    else
        m_ui->statusLabel->setText(tr("Showing %1 of %n attempt(s).", nullptr, total).arg(m_filter.rowCount()));
}

void HistoryWindow::updateButtons()
{
    m_ui->copyButton->setEnabled(m_ui->attemptsTable->selectionModel()->hasSelection());
    m_ui->exportButton->setEnabled(m_filter.rowCount() > 0);
    m_ui->clearButton->setEnabled(m_model.rowCount() > 0);
}

void HistoryWindow::retranslate()
{
    //: %1 is an account id
    m_ui->accountOnlyCheck->setText(tr("&Only account %1").arg(m_account));
    updateStatus();
}

void HistoryWindow::chooseExportFile()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export history as CSV"), folder + u"/postpress-checkpoint-history.csv"_s, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (const QString problem = exportCsv(path); !problem.isEmpty())
        QMessageBox::warning(this, tr("Export history as CSV"), problem);
}

void HistoryWindow::confirmClear()
{
    auto *box = new QMessageBox(QMessageBox::Question, tr("Clear the history?"),
                                tr("Remove every attempt recorded on this computer, for every account? This cannot be "
                                   "undone."),
                                QMessageBox::Cancel, this);
    box->setObjectName(u"clearConfirmation"_s);
    QPushButton *clear = box->addButton(tr("&Clear history"), QMessageBox::DestructiveRole);
    clear->setObjectName(u"confirmClearButton"_s);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(clear, &QPushButton::clicked, this, &HistoryWindow::clearRequested);
    box->open();
}
