#pragma once

#include "AttemptRecord.h"
#include "HistoryModel.h"

#include <QDialog>
#include <QList>

#include <memory>

namespace Ui {
class HistoryWindow;
}

// The attempts made on this computer, for an agent on a ticket: newest first, one account's or all, searchable;
// copied for a ticket, exported as CSV, or cleared. It only renders and emits: its owner reads and clears History.
class HistoryWindow final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryWindow)

public:
    explicit HistoryWindow(QWidget *parent = nullptr);
    ~HistoryWindow() override;

    // Newest first, as History::attempts() gives them: every account's.
    void setAttempts(const QList<AttemptRecord> &attempts);
    // Shows only this account's attempts, with a box to see every account's; empty: every account's, and no box.
    void setAccount(const QString &accountId);
    // Only this account's attempts, of `total` kept: reading every account's 10,000 would be most of the time the
    // window takes to open. Unticking the box then asks for every account's (allAttemptsWanted).
    void setAccountAttempts(const QString &accountId, const QList<AttemptRecord> &attempts, qsizetype total);
    // History is off, and why: said where the count goes.
    void setProblem(const QString &problem);

    // The selected attempts, newest first, on the clipboard as ticketText() words them.
    void copySelected();
    // Writes the attempts shown (the filter's rows) as CSV; a translated reason when the file could not be written.
    QString exportCsv(const QString &path) const;

Q_SIGNALS:
    // The agent confirmed Clear history.
    void clearRequested();
    // The agent asked for every account's attempts, and only one account's are here (setAccountAttempts()).
    void allAttemptsWanted();

protected:
    void changeEvent(QEvent *event) override;

private:
    void setUpActions();
    QList<AttemptRecord> shownAttempts() const;
    void onFilterChanged();
    void updateStatus();
    void updateButtons();
    void retranslate();
    void chooseExportFile();
    void confirmClear();

    std::unique_ptr<Ui::HistoryWindow> m_ui;
    HistoryModel m_model;
    HistoryFilter m_filter{&m_model};
    QString m_account;
    QString m_problem;
    qsizetype m_total = 0; // attempts kept, shown or not
    bool m_accountOnly = false; // only m_account's attempts are in the model
};
