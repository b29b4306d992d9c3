// A launch's permission to come to the front (Activation): taken from the environment before anything else can,
// only when it looks like a token, and spent by the one window it is for (WindowActivation). Whether a compositor
// then lets the window through is tests/wayland/activation.sh's part.
#include "Activation.h"
#include "WindowActivation.h"

#include <QApplication>
#include <QTest>
#include <QWidget>

using namespace Qt::StringLiterals;

class TestActivation final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void takenFromTheEnvironment_data();
    void takenFromTheEnvironment();
    void presentingSpendsTheToken();
};

void TestActivation::takenFromTheEnvironment_data()
{
    QTest::addColumn<QByteArray>("value"); // given in both variables
    QTest::addColumn<bool>("kept");

    QTest::newRow("a mutter token") << QByteArray("a334fad9-386b-4472-914e-54b670f398a4_TIME0") << true;
    QTest::newRow("an X11 startup id") << QByteArray("gnome-shell/firefox/1234-0-host_TIME56789") << true;
    QTest::newRow("the longest kept") << QByteArray(Activation::MaxLength, 'x') << true;
    QTest::newRow("one longer is dropped") << QByteArray(Activation::MaxLength + 1, 'x') << false;
    QTest::newRow("a space is dropped") << QByteArray("abc def") << false;
    QTest::newRow("a quote is dropped") << QByteArray("abc\"def") << false;
    QTest::newRow("a backslash is dropped") << QByteArray("abc\\def") << false;
    QTest::newRow("a control character is dropped") << QByteArray("abc\x1b[31mdef") << false;
    QTest::newRow("non-ASCII is dropped") << QByteArray("abc\xc3\xa9") << false;
    QTest::newRow("empty") << QByteArray() << false;
}

void TestActivation::takenFromTheEnvironment()
{
    QFETCH(QByteArray, value);
    QFETCH(bool, kept);

    qputenv("XDG_ACTIVATION_TOKEN", value);
    qputenv("DESKTOP_STARTUP_ID", value);
    const Activation activation = Activation::takeFromEnvironment();
    // Gone, whatever it was: nothing later in this process may take it.
    QVERIFY(!qEnvironmentVariableIsSet("XDG_ACTIVATION_TOKEN"));
    QVERIFY(!qEnvironmentVariableIsSet("DESKTOP_STARTUP_ID"));
    const QString expected = kept ? QString::fromLatin1(value) : QString();
    QCOMPARE(activation.token, expected);
    QCOMPARE(activation.startupId, expected);
    QCOMPARE(activation.isEmpty(), !kept);
}

// QtWayland reads XDG_ACTIVATION_TOKEN in requestActivate(): the token is there for that one call and gone after,
// whether or not the platform took it (offscreen does not), so no later window comes forward on it.
void TestActivation::presentingSpendsTheToken()
{
    QWidget window;
    WindowActivation::present(&window, Activation{u"a334fad9-386b-4472-914e-54b670f398a4_TIME0"_s, {}});
    QVERIFY(window.isVisible());
    QVERIFY(!qEnvironmentVariableIsSet("XDG_ACTIVATION_TOKEN"));

    QWidget later;
    WindowActivation::present(&later, Activation{});
    QVERIFY(later.isVisible());
    QVERIFY(!qEnvironmentVariableIsSet("XDG_ACTIVATION_TOKEN"));
}

QTEST_MAIN(TestActivation)

#include "tst_activation.moc"
