#include "HistoryExport.h"

#include "AttemptNames.h"
#include "Provider.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace HistoryExport {

QString csvCell(const QString &value)
{
    static const QString formulaStarts = u"=+-@\t\r"_s;
    QString cell = value;
    if (!cell.isEmpty() && formulaStarts.contains(cell.front()))
        cell.prepend(u'\'');
    if (!cell.contains(u',') && !cell.contains(u'"') && !cell.contains(u'\r') && !cell.contains(u'\n'))
        return cell;
    cell.replace(u'"', u"\"\""_s);
    return u'"' + cell + u'"';
}

QByteArray csv(const QList<AttemptRecord> &records)
{
    QString text = u"time_utc,account_id,provider,kind,outcome,http_status,problem_type,request_id,ticket_id,"
                   "duration_ms\r\n"_s;
    for (const AttemptRecord &record : records) {
        const QStringList cells{
            record.timeUtc.toUTC().toString(Qt::ISODateWithMs),
            record.accountId,
            record.provider,
            record.kind,
            record.outcome,
            record.httpStatus ? QString::number(record.httpStatus) : QString(),
            record.problemType,
            record.requestId,
            record.ticketId,
            QString::number(record.durationMs),
        };
        QStringList escaped;
        for (const QString &cell : cells)
            escaped.append(csvCell(cell));
        text += escaped.join(u',') + u"\r\n"_s;
    }
    return text.toUtf8();
}

QString ticketText(const QList<AttemptRecord> &records)
{
    QStringList lines;
    for (const AttemptRecord &record : records) {
        QStringList parts{utcTime(record.timeUtc), record.accountId, providerLabel(record.provider),
                          AttemptNames::kindLabel(record.kind), AttemptNames::outcomeLabel(record.outcome)};
        if (record.httpStatus)
            parts.append(QCoreApplication::translate("HistoryExport", "HTTP %1").arg(record.httpStatus));
        parts.append(record.problemType);
        if (!record.requestId.isEmpty())
            parts.append(QCoreApplication::translate("HistoryExport", "Request ID %1").arg(record.requestId));
        if (!record.ticketId.isEmpty())
            parts.append(QCoreApplication::translate("HistoryExport", "Ticket %1").arg(record.ticketId));
        parts.append(duration(record.durationMs));
        parts.removeAll(QString());
        lines.append(parts.join(u" · "_s));
    }
    return lines.join(u'\n');
}

QString utcTime(const QDateTime &time)
{
    return time.toUTC().toString(u"yyyy-MM-dd HH:mm:ss 'UTC'"_s);
}

QString providerLabel(const QString &apiName)
{
    const std::optional<Provider> provider = providerFromString(apiName);
    return provider ? providerDisplayName(*provider) : apiName;
}

QString duration(qint64 milliseconds)
{
    //: A duration in seconds with one decimal, e.g. "1.2 s"
    return QCoreApplication::translate("HistoryExport", "%1 s")
        .arg(QLocale().toString(static_cast<double>(milliseconds) / 1000.0, 'f', 1));
}

} // namespace HistoryExport
