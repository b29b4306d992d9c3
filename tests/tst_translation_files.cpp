// The shipped .ts files are complete and current: a copy of each is refreshed by lupdate from today's sources,
// and the copy must hold nothing new, nothing vanished and, for French, German and Spanish, nothing unfinished.
// Every translation keeps its source's placeholders and mnemonic, and the compiled plurals load in the app:
// English says "1 second", not "1 second(s)".
#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

struct Message {
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; // "", "unfinished", "vanished" or "obsolete"
    QStringList translations; // one, or one per plural form
};

QString key(const Message &message)
{
    return message.context + u'\x1f' + message.source + u'\x1f' + message.comment;
}

QString describe(const Message &message)
{
    return u"[%1] \"%2\""_s.arg(message.context, message.source);
}

void readTranslation(QXmlStreamReader &xml, Message &message)
{
    message.type = xml.attributes().value("type"_L1).toString();
    if (!message.numerus) {
        message.translations = {xml.readElementText()};
        return;
    }
    while (xml.readNextStartElement()) {
        if (xml.name() == "numerusform"_L1)
            message.translations << xml.readElementText();
        else
            xml.skipCurrentElement();
    }
}

Message readMessage(QXmlStreamReader &xml, const QString &context)
{
    Message message;
    message.context = context;
    message.numerus = xml.attributes().value("numerus"_L1) == "yes"_L1;
    while (xml.readNextStartElement()) {
        if (xml.name() == "source"_L1)
            message.source = xml.readElementText();
        else if (xml.name() == "comment"_L1)
            message.comment = xml.readElementText();
        else if (xml.name() == "translation"_L1)
            readTranslation(xml, message);
        else
            xml.skipCurrentElement();
    }
    return message;
}

// Every message of a .ts file, in file order; an error string when the XML does not parse.
QList<Message> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == "name"_L1)
            context = xml.readElementText();
        else if (xml.name() == "message"_L1)
            messages << readMessage(xml, context);
    }
    if (xml.hasError())
        *error = u"%1:%2: %3"_s.arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return messages;
}

// %1 … %9, %L1 and %n: what QString::arg() and tr()'s plural fill in.
QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression placeholder(u"%L?[1-9n]"_s);
    QSet<QString> found;
    for (const QRegularExpressionMatch &match : placeholder.globalMatch(text))
        found.insert(match.captured());
    return found;
}

// '&' before a letter or digit marks a mnemonic; "&&" is a literal ampersand.
int mnemonics(QString text)
{
    text.remove(u"&&"_s);
    int count = 0;
    for (qsizetype i = text.indexOf(u'&'); i >= 0 && i + 1 < text.size(); i = text.indexOf(u'&', i + 1)) {
        if (text.at(i + 1).isLetterOrNumber())
            ++count;
    }
    return count;
}

QString tsPath(const QString &directory, const QString &language)
{
    return QDir(directory).filePath(u"postpress-checkpoint_%1.ts"_s.arg(language));
}

QStringList translatedLanguages()
{
    QStringList languages = Translations::shippedLanguages();
    languages.removeAll(u"en"_s); // the source language: only its plural forms are translated
    return languages;
}

} // namespace

class TestTranslationFiles final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyShippedLanguageHasItsFile();
    void noMessageIsNewOrVanished_data();
    void noMessageIsNewOrVanished();
    void everyMessageIsTranslated_data();
    void everyMessageIsTranslated();
    void englishPluralsAreSpelledOut();
    void placeholdersAndMnemonicsAreKept_data();
    void placeholdersAndMnemonicsAreKept();
    void pluralsLoadThroughTheApp_data();
    void pluralsLoadThroughTheApp();

private:
    void addLanguageRows(const QStringList &languages, const char *what);
    QList<Message> committed(const QString &language);
    QList<Message> refreshed(const QString &language);

    QTemporaryDir m_dir;
};

void TestTranslationFiles::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStringList tsCopies;
    for (const QString &language : Translations::shippedLanguages()) {
        const QString copy = tsPath(m_dir.path(), language);
        QVERIFY2(QFile::copy(tsPath(QStringLiteral(TRANSLATIONS_SOURCE_DIR), language), copy), qPrintable(copy));
        QVERIFY(QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner));
        tsCopies << copy;
    }
    // As update_translations runs it, but keeping what vanished: a vanished message is marked, not dropped.
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(LUPDATE_EXECUTABLE),
                  QStringList{u"@"_s + QStringLiteral(TRANSLATABLE_SOURCES_LIST), u"-locations"_s, u"none"_s, u"-ts"_s}
                      + tsCopies);
    QVERIFY(lupdate.waitForFinished(120'000));
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0, lupdate.readAll().constData());
}

void TestTranslationFiles::addLanguageRows(const QStringList &languages, const char *what)
{
    QTest::addColumn<QString>("language");
    for (const QString &language : languages)
        QTest::addRow("%s %s", qPrintable(language), what) << language;
}

QList<Message> TestTranslationFiles::committed(const QString &language)
{
    QString error;
    const QList<Message> messages = readTs(tsPath(QStringLiteral(TRANSLATIONS_SOURCE_DIR), language), &error);
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    return error.isEmpty() ? messages : QList<Message>{};
}

QList<Message> TestTranslationFiles::refreshed(const QString &language)
{
    QString error;
    const QList<Message> messages = readTs(tsPath(m_dir.path(), language), &error);
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    return error.isEmpty() ? messages : QList<Message>{};
}

void TestTranslationFiles::everyShippedLanguageHasItsFile()
{
    for (const QString &language : Translations::shippedLanguages()) {
        QVERIFY2(QFile::exists(tsPath(QStringLiteral(TRANSLATIONS_SOURCE_DIR), language)), qPrintable(language));
        const QString qm = u":/i18n/postpress-checkpoint_%1.qm"_s.arg(language);
        QVERIFY2(QFile::exists(qm), qPrintable(qm + u" is not compiled into the resources"_s));
    }
}

void TestTranslationFiles::noMessageIsNewOrVanished_data()
{
    addLanguageRows(Translations::shippedLanguages(), "matches the sources: run update_translations if not");
}

void TestTranslationFiles::noMessageIsNewOrVanished()
{
    QFETCH(QString, language);
    const QList<Message> before = committed(language);
    const QList<Message> after = refreshed(language);
    QVERIFY(!before.isEmpty());
    QSet<QString> known;
    for (const Message &message : before)
        known.insert(key(message));
    QStringList problems;
    for (const Message &message : after) {
        if (message.type == "vanished"_L1 || message.type == "obsolete"_L1)
            problems << u"no longer in the sources: "_s + describe(message);
        else if (!known.contains(key(message)))
            problems << u"new in the sources: "_s + describe(message);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestTranslationFiles::everyMessageIsTranslated_data()
{
    addLanguageRows(translatedLanguages(), "has no unfinished message");
}

void TestTranslationFiles::everyMessageIsTranslated()
{
    QFETCH(QString, language);
    const QList<Message> messages = refreshed(language);
    QVERIFY(!messages.isEmpty());
    QStringList problems;
    for (const Message &message : messages) {
        const bool empty = std::any_of(message.translations.cbegin(), message.translations.cend(),
                                       [](const QString &text) { return text.trimmed().isEmpty(); });
        if (message.type == "unfinished"_L1 || message.translations.isEmpty() || empty)
            problems << u"untranslated: "_s + describe(message);
        else if (message.numerus && message.translations.size() != 2) // fr, de and es: singular and plural
            problems << u"%1 plural forms instead of 2: "_s.arg(message.translations.size()) + describe(message);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestTranslationFiles::englishPluralsAreSpelledOut()
{
    const QList<Message> messages = refreshed(u"en"_s);
    QVERIFY(!messages.isEmpty());
    QStringList problems;
    int numerus = 0;
    for (const Message &message : messages) {
        if (!message.numerus)
            continue;
        ++numerus;
        if (message.type == "unfinished"_L1 || message.translations.size() != 2)
            problems << u"needs its singular and plural: "_s + describe(message);
        for (const QString &form : message.translations) {
            if (form.trimmed().isEmpty() || form.contains(u"(s)"_s))
                problems << u"form \"%1\" of "_s.arg(form) + describe(message);
        }
    }
    QVERIFY2(numerus > 0, "no plural message found: the test would prove nothing");
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestTranslationFiles::placeholdersAndMnemonicsAreKept_data()
{
    addLanguageRows(Translations::shippedLanguages(), "keeps every placeholder and mnemonic");
}

void TestTranslationFiles::placeholdersAndMnemonicsAreKept()
{
    QFETCH(QString, language);
    const QList<Message> messages = committed(language);
    QVERIFY(!messages.isEmpty());
    QStringList problems;
    for (const Message &message : messages) {
        if (message.type == "unfinished"_L1)
            continue;
        const QSet<QString> expected = placeholders(message.source);
        const int expectedMnemonics = mnemonics(message.source);
        for (const QString &text : message.translations) {
            if (placeholders(text) != expected)
                problems << u"placeholders differ in \"%1\" for "_s.arg(text) + describe(message);
            if (mnemonics(text) != expectedMnemonics || mnemonics(text) > 1)
                problems << u"mnemonics differ in \"%1\" for "_s.arg(text) + describe(message);
            if (text.count(u"&&"_s) != message.source.count(u"&&"_s))
                problems << u"a literal && differs in \"%1\" for "_s.arg(text) + describe(message);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestTranslationFiles::pluralsLoadThroughTheApp_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QByteArray>("context");
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<int>("n");
    QTest::addColumn<QString>("expected");

    const QByteArray wait = "Wait %n second(s), then press Retry.";
    const QByteArray timeout = "No complete answer within %n second(s).";
    QTest::newRow("en_US 1 second is singular")
        << QLocale(u"en_US"_s) << QByteArray("Guidance") << wait << 1 << u"Wait 1 second, then press Retry."_s;
    QTest::newRow("en_US 2 seconds is plural")
        << QLocale(u"en_US"_s) << QByteArray("Guidance") << wait << 2 << u"Wait 2 seconds, then press Retry."_s;
    QTest::newRow("en_GB 0 seconds is plural")
        << QLocale(u"en_GB"_s) << QByteArray("Guidance") << wait << 0 << u"Wait 0 seconds, then press Retry."_s;
    QTest::newRow("en 1 second client timeout") << QLocale(u"en"_s) << QByteArray("CheckpointClient") << timeout << 1
                                                << u"No complete answer within 1 second."_s;
    // A language we do not ship falls back to English, plurals included.
    QTest::newRow("nl falls back to English plurals")
        << QLocale(u"nl"_s) << QByteArray("Guidance") << wait << 1 << u"Wait 1 second, then press Retry."_s;
    QTest::newRow("C locale falls back to English plurals")
        << QLocale::c() << QByteArray("CheckpointClient") << timeout << 1 << u"No complete answer within 1 second."_s;
    // French counts 0 as singular; German and Spanish do not.
    QTest::newRow("fr 0 seconde is singular") << QLocale(u"fr"_s) << QByteArray("Guidance") << wait << 0
                                              << u"Attendez 0 seconde, puis cliquez sur Réessayer."_s;
    QTest::newRow("fr 2 secondes is plural") << QLocale(u"fr_FR"_s) << QByteArray("Guidance") << wait << 2
                                             << u"Attendez 2 secondes, puis cliquez sur Réessayer."_s;
    QTest::newRow("de 1 Sekunde is singular") << QLocale(u"de"_s) << QByteArray("Guidance") << wait << 1
                                              << u"Warten Sie 1 Sekunde und klicken Sie dann auf Wiederholen."_s;
    QTest::newRow("de 0 Sekunden is plural") << QLocale(u"de_DE"_s) << QByteArray("Guidance") << wait << 0
                                             << u"Warten Sie 0 Sekunden und klicken Sie dann auf Wiederholen."_s;
    QTest::newRow("es 1 segundo is singular")
        << QLocale(u"es"_s) << QByteArray("Guidance") << wait << 1 << u"Espere 1 segundo y pulse Reintentar."_s;
    QTest::newRow("es 5 segundos is plural")
        << QLocale(u"es_ES"_s) << QByteArray("Guidance") << wait << 5 << u"Espere 5 segundos y pulse Reintentar."_s;
}

void TestTranslationFiles::pluralsLoadThroughTheApp()
{
    QFETCH(QLocale, locale);
    QFETCH(QByteArray, context);
    QFETCH(QByteArray, source);
    QFETCH(int, n);
    QFETCH(QString, expected);
    QVERIFY(Translations::install(QCoreApplication::instance(), locale));
    QCOMPARE(QCoreApplication::translate(context.constData(), source.constData(), nullptr, n), expected);
}

QTEST_GUILESS_MAIN(TestTranslationFiles)
#include "tst_translation_files.moc"
