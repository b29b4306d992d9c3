#pragma once

#include "AttemptRecord.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSortFilterProxyModel>
#include <QStringList>

// The history's attempts as the rows of the history window: one column per field, in the agent's language.
class HistoryModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryModel)

public:
    // The ticket beside the time: what an agent looks for first. Duration last (searchText() reads those between).
    enum Column {
        Time,
        Ticket,
        Account,
        Provider,
        Kind,
        Outcome,
        HttpStatus,
        ProblemType,
        RequestId,
        Duration,
        Columns
    };

    using QAbstractTableModel::QAbstractTableModel;

    // Newest first, as History::attempts() gives them.
    void setAttempts(const QList<AttemptRecord> &attempts);
    const AttemptRecord &attempt(int row) const { return m_attempts.at(row); }
    // Every word the row shows but its time and duration, and its stored names, case-folded: what the search box looks
    // through.
    QString searchText(int row) const;
    // The language changed: headers and words again.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    static QString text(const AttemptRecord &attempt, int column);

    QList<AttemptRecord> m_attempts;
    mutable QStringList m_searchTexts; // made on the first search, not for every window opened
};

// The rows the history window shows: one account's (when set) whose words contain the search (when set).
class HistoryFilter final : public QSortFilterProxyModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryFilter)

public:
    explicit HistoryFilter(HistoryModel *model, QObject *parent = nullptr);

    void setAccount(const QString &accountId);
    void setSearch(const QString &search);
    // The records of these rows of the filter, in the order given.
    QList<AttemptRecord> attempts(const QList<int> &rows) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    HistoryModel *m_model;
    QString m_account;
    QString m_search; // case-folded
};
