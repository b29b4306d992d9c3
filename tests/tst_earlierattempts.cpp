// The line under the form when the account had attempts in the last hour: how many, over how long, how they ended,
// with the plural forms of every shipped language.
#include "AttemptNames.h"
#include "EarlierAttempts.h"
#include "Translations.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QDateTime now(QDate(2026, 11, 25), QTime(15, 0), Qt::UTC);

// "40:code_rejected": an attempt 40 minutes before now that ended so. Newest first, as History gives them.
QList<AttemptRecord> attempts(const QStringList &specs)
{
    QList<AttemptRecord> records;
    for (const QString &spec : specs) {
        AttemptRecord record;
        record.timeUtc = now.addSecs(-spec.section(u':', 0, 0).toInt() * 60);
        record.outcome = spec.section(u':', 1);
        records.append(record);
    }
    return records;
}

} // namespace

class TestEarlierAttempts final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { Translations::install(QCoreApplication::instance(), QLocale(u"en_US"_s)); }
    void line_data();
    void line();
};

void TestEarlierAttempts::line_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("specs");
    QTest::addColumn<QString>("expected");
    const auto row = [](const char *name, const char *language, const QStringList &specs, const QString &expected) {
        QTest::newRow(name) << QString::fromLatin1(language) << specs << expected;
    };
    const QStringList twoRejected{u"5:code_rejected"_s, u"40:code_rejected"_s};
    const QStringList mixed{u"2:connected"_s, u"10:code_rejected"_s, u"25:code_rejected"_s, u"30:busy"_s};
    row("no attempts: no line", "en_US", {}, QString());
    row("only older than an hour: no line", "en_US", {u"61:code_rejected"_s}, QString());
    row("one", "en_US", {u"12:code_rejected"_s}, u"1 earlier attempt 12 minutes ago: 1 code rejected"_s);
    row("one just now", "en_US", {u"0:unknown"_s}, u"1 earlier attempt 1 minute ago: 1 without a clear answer"_s);
    row("two rejected", "en_US", twoRejected, u"2 earlier attempts in the last 40 minutes: both codes rejected"_s);
    row("three rejected, one past the hour", "en_US",
        {u"1:code_rejected"_s, u"30:code_rejected"_s, u"60:code_rejected"_s, u"70:connected"_s},
        u"3 earlier attempts in the last 60 minutes: all 3 codes rejected"_s);
    row("mixed: each outcome counted, the latest first", "en_US", mixed,
        u"4 earlier attempts in the last 30 minutes: 1 connected, 2 codes rejected, and 1 told to wait"_s);
    row("one kind, not rejected", "en_US", {u"3:code_resent"_s, u"9:code_resent"_s},
        u"2 earlier attempts in the last 9 minutes: 2 new codes sent"_s);
    row("French, two rejected", "fr", twoRejected,
        u"2 tentatives précédentes au cours des 40 dernières minutes\u202f: les deux codes refusés"_s);
    row("French, one", "fr", {u"1:code_rejected"_s}, u"1 tentative précédente il y a 1 minute\u202f: 1 code refusé"_s);
    row("French, mixed", "fr", mixed,
        u"4 tentatives précédentes au cours des 30 dernières minutes\u202f: 1 connexion réussie, 2 codes refusés et "
        "1 invitation à patienter"_s);
    row("German, two rejected", "de", twoRejected,
        u"2 frühere Versuche in den letzten 40 Minuten: beide Codes abgelehnt"_s);
    row("German, one", "de", {u"1:code_rejected"_s}, u"1 früherer Versuch vor 1 Minute: 1 Code abgelehnt"_s);
    row("German, three rejected", "de", {u"1:code_rejected"_s, u"2:code_rejected"_s, u"3:code_rejected"_s},
        u"3 frühere Versuche in den letzten 3 Minuten: alle 3 Codes abgelehnt"_s);
    row("Spanish, two rejected", "es", twoRejected,
        u"2 intentos anteriores en los últimos 40 minutos: ambos códigos rechazados"_s);
    row("Spanish, one", "es", {u"1:code_rejected"_s}, u"1 intento anterior hace 1 minuto: 1 código rechazado"_s);
}

void TestEarlierAttempts::line()
{
    QFETCH(QString, language);
    QFETCH(QStringList, specs);
    QFETCH(QString, expected);
    Translations::install(QCoreApplication::instance(), QLocale(language));
    QCOMPARE(EarlierAttempts::line(attempts(specs), now), expected);
}

QTEST_GUILESS_MAIN(TestEarlierAttempts)
#include "tst_earlierattempts.moc"
