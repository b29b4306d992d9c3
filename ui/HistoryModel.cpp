#include "HistoryModel.h"

#include "AttemptNames.h"
#include "HistoryExport.h"

using namespace Qt::StringLiterals;

void HistoryModel::setAttempts(const QList<AttemptRecord> &attempts)
{
    beginResetModel();
    m_attempts = attempts;
    m_searchTexts.clear();
    endResetModel();
}

QString HistoryModel::searchText(int row) const
{
    if (m_searchTexts.isEmpty()) {
        m_searchTexts.reserve(m_attempts.size());
        for (const AttemptRecord &attempt : m_attempts) {
            QStringList words{attempt.kind, attempt.outcome, attempt.provider};
            // Not the times and durations: formatting 10,000 times would take the first search past 100 ms, and the
            // rows are in time order already.
            for (int column = Time + 1; column < Duration; ++column)
                words.append(text(attempt, column));
            m_searchTexts.append(words.join(u'\n').toCaseFolded());
        }
    }
    return m_searchTexts.at(row);
}

void HistoryModel::retranslate()
{
    m_searchTexts.clear();
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, Columns - 1);
    if (!m_attempts.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, Columns - 1));
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_attempts.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : Columns;
}

QString HistoryModel::text(const AttemptRecord &attempt, int column)
{
    switch (column) {
    case Time: // the agent's own clock; copies and exports say UTC
        return attempt.timeUtc.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s);
    case Account:
        return attempt.accountId;
    case Provider:
        return HistoryExport::providerLabel(attempt.provider);
    case Kind:
        return AttemptNames::kindLabel(attempt.kind);
    case Outcome:
        return AttemptNames::outcomeLabel(attempt.outcome);
    case HttpStatus:
        return attempt.httpStatus ? QString::number(attempt.httpStatus) : QString();
    case ProblemType:
        return attempt.problemType;
    case RequestId:
        return attempt.requestId;
    case Ticket:
        return attempt.ticketId;
    case Duration:
        return HistoryExport::duration(attempt.durationMs);
    default:
        return {};
    }
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const AttemptRecord &attempt = m_attempts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        // A date and time read left to right in a right-to-left window too (the bidi algorithm would put the time
        // before the date): isolated, U+2066 … U+2069.
        if (index.column() == Time)
            return QString(QChar(0x2066) + text(attempt, Time) + QChar(0x2069));
        return text(attempt, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Time)
            return HistoryExport::utcTime(attempt.timeUtc);
        return index.column() == Outcome ? QVariant(attempt.outcome) : QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() == HttpStatus || index.column() == Duration)
            return QVariant::fromValue(Qt::AlignTrailing | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    static const std::array<const char *, Columns> headers{
        QT_TR_NOOP("Time"),   QT_TR_NOOP("Ticket"),       QT_TR_NOOP("Account ID"), QT_TR_NOOP("Provider"),
        QT_TR_NOOP("Action"), QT_TR_NOOP("Outcome"),      QT_TR_NOOP("HTTP"),       QT_TR_NOOP("Problem type"),
        QT_TR_NOOP("Request ID"), QT_TR_NOOP("Duration"),
    };
    return section >= 0 && section < Columns ? tr(headers.at(section)) : QVariant();
}

HistoryFilter::HistoryFilter(HistoryModel *model, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_model(model)
{
    setSourceModel(model);
}

void HistoryFilter::setAccount(const QString &accountId)
{
    m_account = accountId;
    invalidateRowsFilter();
}

void HistoryFilter::setSearch(const QString &search)
{
    m_search = search.trimmed().toCaseFolded();
    invalidateRowsFilter();
}

QList<AttemptRecord> HistoryFilter::attempts(const QList<int> &rows) const
{
    QList<AttemptRecord> records;
    for (int row : rows)
        records.append(m_model->attempt(mapToSource(index(row, 0)).row()));
    return records;
}

bool HistoryFilter::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    if (!m_account.isEmpty() && m_model->attempt(sourceRow).accountId != m_account)
        return false;
    return m_search.isEmpty() || m_model->searchText(sourceRow).contains(m_search);
}
