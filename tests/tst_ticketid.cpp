// The one rule for a ticket id: what helpdesks number tickets with passes, anything else is refused with a reason that
// names the character, as for account ids.
#include "TicketId.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestTicketId final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void problem_data();
    void problem();
};

void TestTicketId::problem_data()
{
    QTest::addColumn<QString>("ticketId");
    QTest::addColumn<QString>("expected");
    const QString longest(TicketId::MaxLength, u'7');
    const auto notAllowed = [](const char *shown, const char *codePoint, int position) {
        return u"The ticket id cannot contain \u201c%1\u201d (%2, character %3): only ASCII letters, digits and _ - . "
               u"# "
               "are allowed."_s.arg(QString::fromUtf8(shown), QString::fromLatin1(codePoint))
                   .arg(position);
    };
    const auto invisible = [](int position, const char *codePoint) {
        return u"The ticket id cannot contain spaces, invisible or control characters: character %1 is %2."_s
            .arg(position)
            .arg(QString::fromLatin1(codePoint));
    };
    QTest::newRow("digits") << u"4711"_s << QString();
    QTest::newRow("a Jira key") << u"INC-0042"_s << QString();
    QTest::newRow("with a hash") << u"#4711"_s << QString();
    QTest::newRow("every allowed kind") << u"Zd_9-a.b#c"_s << QString();
    QTest::newRow("64 characters") << longest << QString();
    QTest::newRow("empty") << QString() << u"The ticket id is empty."_s;
    QTest::newRow("65 characters") << longest + u'7' << u"The ticket id is too long: 65 characters, at most 64."_s;
    QTest::newRow("a slash") << u"4711/2"_s << notAllowed("/", "U+002F", 5);
    QTest::newRow("a tilde (allowed in account ids, not here)") << u"a~b"_s << notAllowed("~", "U+007E", 2);
    QTest::newRow("a Cyrillic letter that looks Latin") << u"INC-\u0425"_s << notAllowed("\u0425", "U+0425", 5);
    QTest::newRow("an ampersand (the next link parameter)") << u"1&code=1"_s << notAllowed("&", "U+0026", 2);
    QTest::newRow("a space") << u"INC 42"_s << invisible(4, "U+0020");
    QTest::newRow("a line break") << u"42\n"_s << invisible(3, "U+000A");
    QTest::newRow("a right-to-left override") << u"\u202e42"_s << invisible(1, "U+202E");
}

void TestTicketId::problem()
{
    QFETCH(QString, ticketId);
    QFETCH(QString, expected);
    QCOMPARE(TicketId::problem(ticketId), expected);
}

QTEST_GUILESS_MAIN(TestTicketId)
#include "tst_ticketid.moc"
