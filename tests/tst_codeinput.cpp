#include "CodeInput.h"

#include <QLocale>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCodeInput final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void normaliseCode_data();
    void normaliseCode();
    void formatsValidNumbers_data();
    void formatsValidNumbers();
    void refusesInvalidNumbers_data();
    void refusesInvalidNumbers();
    void listsSupportedRegionsSorted();
    void callingCodeFor_data();
    void callingCodeFor();
    void regionForLocale_data();
    void regionForLocale();
    void regionName();
};

void TestCodeInput::normaliseCode_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("sent");

    QTest::newRow("plain digits stay") << u"123456"_s << u"123456"_s;
    QTest::newRow("read out in two groups with a space") << u"123 456"_s << u"123456"_s;
    QTest::newRow("pasted with a hyphen") << u"123-456"_s << u"123456"_s;
    QTest::newRow("pasted with a dot") << u"123.456"_s << u"123456"_s;
    QTest::newRow("surrounding spaces go") << u" 123 456 "_s << u"123456"_s;
    QTest::newRow("tabs and newlines from a paste go") << u"\t123 456\n"_s << u"123456"_s;
    QTest::newRow("non-breaking and narrow spaces go") << u"123\u00A0456\u202F7"_s << u"1234567"_s;
    QTest::newRow("en dash from an SMS goes") << u"123\u2013456"_s << u"123456"_s;
    QTest::newRow("minus sign goes") << u"123\u2212456"_s << u"123456"_s;
    QTest::newRow("zero-width space and direction marks go") << u"\u200E123\u200B456\uFEFF"_s << u"123456"_s;
    QTest::newRow("full-width digits become ASCII") << u"\uFF11\uFF12\uFF13 \uFF14\uFF15\uFF16"_s << u"123456"_s;
    QTest::newRow("Arabic-Indic digits become ASCII") << u"\u0661\u0662\u0663\u0664\u0665\u0666"_s << u"123456"_s;
    QTest::newRow("leading zeros are kept") << u"012 345"_s << u"012345"_s;
    QTest::newRow("alphanumeric code is only trimmed") << u" AB-12 3 "_s << u"AB-12 3"_s;
    QTest::newRow("one letter among digits keeps the separators") << u"123 45a"_s << u"123 45a"_s;
    QTest::newRow("TRY_ANOTHER_WAY is untouched") << u"TRY_ANOTHER_WAY"_s << u"TRY_ANOTHER_WAY"_s;
    QTest::newRow("TRY_ANOTHER_WAY is trimmed") << u" TRY_ANOTHER_WAY\n"_s << u"TRY_ANOTHER_WAY"_s;
    QTest::newRow("formatted phone number is untouched") << u"(+33)0612345678"_s << u"(+33)0612345678"_s;
    QTest::newRow("international phone number keeps its plus") << u"+33 6 12 34 56 78"_s << u"+33 6 12 34 56 78"_s;
    QTest::newRow("slash is not a separator") << u"123/456"_s << u"123/456"_s;
    QTest::newRow("separators alone are only trimmed") << u" - . "_s << u"- ."_s;
    QTest::newRow("empty stays empty") << QString() << QString();
    QTest::newRow("spaces only become empty") << u"   "_s << QString();
}

void TestCodeInput::normaliseCode()
{
    QFETCH(QString, typed);
    QFETCH(QString, sent);
    QCOMPARE(CodeInput::normaliseCode(typed), sent);
}

void TestCodeInput::formatsValidNumbers_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("formatted");
    QTest::addColumn<QString>("numberRegion");

    QTest::newRow("FR national mobile") << u"FR"_s << u"06 12 34 56 78"_s << u"(+33)0612345678"_s << u"FR"_s;
    QTest::newRow("FR international mobile") << u"FR"_s << u"+33 6 12 34 56 78"_s << u"(+33)0612345678"_s << u"FR"_s;
    QTest::newRow("FR international with (0)")
        << u"FR"_s << u"+33 (0)6 12 34 56 78"_s << u"(+33)0612345678"_s << u"FR"_s;
    QTest::newRow("FR dialled with 00 from abroad")
        << u"FR"_s << u"0033 6 12 34 56 78"_s << u"(+33)0612345678"_s << u"FR"_s;
    QTest::newRow("FR already in the spec's format")
        << u"FR"_s << u"(+33)0612345678"_s << u"(+33)0612345678"_s << u"FR"_s;
    QTest::newRow("FR with non-breaking spaces")
        << u"FR"_s << u"06\u00A012\u00A034\u00A056\u00A078"_s << u"(+33)0612345678"_s << u"FR"_s;
    QTest::newRow("FR with full-width digits")
        << u"FR"_s << u"\uFF10\uFF16 12 34 56 78"_s << u"(+33)0612345678"_s << u"FR"_s;
    QTest::newRow("US national") << u"US"_s << u"(201) 555-0123"_s << u"(+1)2015550123"_s << u"US"_s;
    QTest::newRow("US international") << u"US"_s << u"+1 201-555-0123"_s << u"(+1)2015550123"_s << u"US"_s;
    QTest::newRow("GB national mobile") << u"GB"_s << u"07400 123456"_s << u"(+44)07400123456"_s << u"GB"_s;
    QTest::newRow("GB international mobile") << u"GB"_s << u"+44 7400 123456"_s << u"(+44)07400123456"_s << u"GB"_s;
    QTest::newRow("DE national mobile") << u"DE"_s << u"01512 3456789"_s << u"(+49)015123456789"_s << u"DE"_s;
    QTest::newRow("DE international mobile") << u"DE"_s << u"+49 1512 3456789"_s << u"(+49)015123456789"_s << u"DE"_s;
    QTest::newRow("IT mobile has no trunk prefix") << u"IT"_s << u"312 345 6789"_s << u"(+39)3123456789"_s << u"IT"_s;
    QTest::newRow("IT landline keeps its leading zero")
        << u"IT"_s << u"+39 06 1234 5678"_s << u"(+39)0612345678"_s << u"IT"_s;
    QTest::newRow("ES mobile") << u"ES"_s << u"612 34 56 78"_s << u"(+34)612345678"_s << u"ES"_s;
    QTest::newRow("BR mobile with area code") << u"BR"_s << u"(11) 96123-4567"_s << u"(+55)11961234567"_s << u"BR"_s;
    QTest::newRow("IN mobile gains the trunk 0") << u"IN"_s << u"98765 43210"_s << u"(+91)09876543210"_s << u"IN"_s;
    QTest::newRow("JP mobile") << u"JP"_s << u"090-1234-5678"_s << u"(+81)09012345678"_s << u"JP"_s;
    QTest::newRow("another country's +CC keeps its own code")
        << u"FR"_s << u"+1 201 555 0123"_s << u"(+1)2015550123"_s << u"US"_s;
    QTest::newRow("lower-case region is accepted") << u"fr"_s << u"06 12 34 56 78"_s << u"(+33)0612345678"_s << u"FR"_s;
    QTest::newRow("no region with a +CC") << QString() << u"+44 7400 123456"_s << u"(+44)07400123456"_s << u"GB"_s;
}

void TestCodeInput::formatsValidNumbers()
{
    QFETCH(QString, region);
    QFETCH(QString, typed);
    QFETCH(QString, formatted);
    QFETCH(QString, numberRegion);

    const PhoneNumberFormatter::Result result = PhoneNumberFormatter::format(region, typed);
    QCOMPARE(result.problem, QString());
    QVERIFY(result.isValid());
    QCOMPARE(result.formatted, formatted);
    QCOMPARE(result.regionCode, numberRegion);
}

void TestCodeInput::refusesInvalidNumbers_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("problem");

    QTest::newRow("empty") << u"FR"_s << QString() << u"Type the customer's phone number."_s;
    QTest::newRow("spaces only") << u"FR"_s << u"  \u00A0 "_s << u"Type the customer's phone number."_s;
    QTest::newRow("a global +800 number belongs to no country")
        << u"FR"_s << u"+800 1234 5678"_s
        << u"This number belongs to no country: the provider needs the customer's mobile number."_s;
    QTest::newRow("letters among the digits")
        << u"FR"_s << u"06 12 AB 56 78"_s << u"A phone number has no letters: type its digits only."_s;
    QTest::newRow("an extension in words is refused")
        << u"FR"_s << u"06 12 34 56 78 ext 12"_s << u"A phone number has no letters: type its digits only."_s;
    QTest::newRow("an extension after # is refused")
        << u"FR"_s << u"06 12 34 56 78 #12"_s << u"Leave out the extension: the provider needs a mobile number."_s;
    QTest::newRow("punctuation only is not a number") << u"FR"_s << u"+-()"_s << u"This is not a phone number."_s;
    QTest::newRow("FR too short") << u"FR"_s << u"06 12"_s << u"The number is too short for France (+33)."_s;
    QTest::newRow("FR international too short")
        << u"FR"_s << u"+33 6 12"_s << u"The number is too short for France (+33)."_s;
    QTest::newRow("FR one digit too many")
        << u"FR"_s << u"06 12 34 56 78 9"_s << u"The number is too long for France (+33)."_s;
    QTest::newRow("far too long") << u"FR"_s << u"06 12 34 56 78 90 12 34 56 78"_s << u"The number is too long."_s;
    QTest::newRow("GB too short for a mobile")
        << u"GB"_s << u"07400 12345"_s << u"The number is too short for United Kingdom (+44)."_s;
    QTest::newRow("DE too short") << u"DE"_s << u"01512 34"_s << u"The number is too short for Germany (+49)."_s;
    QTest::newRow("US valid length but area code starting with 1")
        << u"US"_s << u"(123) 555-0123"_s << u"This is not a valid number in United States (+1): check the digits."_s;
    QTest::newRow("DE valid length but invalid prefix")
        << u"DE"_s << u"0000 1234567"_s << u"This is not a valid number in Germany (+49): check the digits."_s;
    QTest::newRow("unknown country code")
        << u"FR"_s << u"+999 1234567"_s << u"The country code after \"+\" does not exist."_s;
    QTest::newRow("national number without a region")
        << QString() << u"06 12 34 56 78"_s
        << u"Choose the customer's country, or type the number with its country code (+…)."_s;
}

void TestCodeInput::refusesInvalidNumbers()
{
    QFETCH(QString, region);
    QFETCH(QString, typed);
    QFETCH(QString, problem);

    const PhoneNumberFormatter::Result result = PhoneNumberFormatter::format(region, typed);
    QVERIFY(!result.isValid());
    QCOMPARE(result.formatted, QString());
    QCOMPARE(result.problem, problem);
}

void TestCodeInput::listsSupportedRegionsSorted()
{
    const QStringList regions = PhoneNumberFormatter::supportedRegions();
    QVERIFY2(regions.size() > 200, qPrintable(QString::number(regions.size())));
    for (const QString &region : {u"FR"_s, u"US"_s, u"GB"_s, u"DE"_s, u"IT"_s, u"ES"_s, u"BR"_s, u"IN"_s, u"JP"_s})
        QVERIFY2(regions.contains(region), qPrintable(region));
    QVERIFY(!regions.contains(u"001"_s)); // non-geographic entities are not a country to pick
    QStringList sorted = regions;
    sorted.sort();
    QCOMPARE(regions, sorted);
}

void TestCodeInput::callingCodeFor_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("callingCode");

    QTest::newRow("FR") << u"FR"_s << u"+33"_s;
    QTest::newRow("US") << u"US"_s << u"+1"_s;
    QTest::newRow("GB") << u"GB"_s << u"+44"_s;
    QTest::newRow("DE") << u"DE"_s << u"+49"_s;
    QTest::newRow("lower case") << u"de"_s << u"+49"_s;
    QTest::newRow("unknown region") << u"XX"_s << QString();
    QTest::newRow("empty region") << QString() << QString();
}

void TestCodeInput::callingCodeFor()
{
    QFETCH(QString, region);
    QFETCH(QString, callingCode);
    QCOMPARE(PhoneNumberFormatter::callingCodeFor(region), callingCode);
}

void TestCodeInput::regionForLocale_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("region");

    QTest::newRow("fr_FR gives FR") << QLocale(QLocale::French, QLocale::France) << u"FR"_s;
    QTest::newRow("de_DE gives DE") << QLocale(QLocale::German, QLocale::Germany) << u"DE"_s;
    QTest::newRow("en_GB gives GB") << QLocale(QLocale::English, QLocale::UnitedKingdom) << u"GB"_s;
    QTest::newRow("fr_CA gives CA") << QLocale(QLocale::French, QLocale::Canada) << u"CA"_s;
    QTest::newRow("C locale falls back to US") << QLocale::c() << u"US"_s;
}

void TestCodeInput::regionForLocale()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, region);
    QCOMPARE(PhoneNumberFormatter::regionForLocale(locale), region);
    QVERIFY(PhoneNumberFormatter::supportedRegions().contains(PhoneNumberFormatter::defaultRegion()));
}

void TestCodeInput::regionName()
{
    QCOMPARE(PhoneNumberFormatter::regionName(u"FR"_s), u"France"_s);
    QCOMPARE(PhoneNumberFormatter::regionName(u"gb"_s), u"United Kingdom"_s);
    QCOMPARE(PhoneNumberFormatter::regionName(u"XX"_s), u"XX"_s);
}

QTEST_GUILESS_MAIN(TestCodeInput)
#include "tst_codeinput.moc"
