// What a screen reader hears, observed where Qt hands it over (run by with-screen-reader-bus.sh: Xvfb, a D-Bus
// session with the AT-SPI bus, Qt's bridge kept on): the outcome as an alert on the outcome panel while the focus
// stays on the next step, and "Copied" as a name change of the button that was pressed.
#include "CheckpointWindow.h"
#include "WindowHarness.h"

#include <QAccessible>
#include <QApplication>
#include <QPointer>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Heard {
    QAccessible::Event type;
    QPointer<QObject> object;
    QString name;
};

QList<Heard> heard;

void listen(QAccessibleEvent *event)
{
    QAccessibleInterface *interface = event->accessibleInterface();
    heard.append({event->type(), event->object(), interface ? interface->text(QAccessible::Name) : QString()});
}

// The names that events of this type carried for this object, in order.
QStringList namesHeard(QAccessible::Event type, const QObject *object)
{
    QStringList names;
    for (const Heard &event : std::as_const(heard)) {
        if (event.type == type && event.object == object)
            names.append(event.name);
    }
    return names;
}

Attempt rejected()
{
    return WindowHarness::answered(
        Outcome::fromHttpResponse({401, R"({"type":"errors/invalid_checkpoint_solution","instance":"req_1"})",
                                   "application/problem+json", {}, {}}),
        CheckpointRequest{u"acc_1"_s, Provider::LinkedIn, u"123456"_s});
}

} // namespace

class TestAnnouncements final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void theOutcomeIsAnAlertTheFocusStays();
    void copiedIsHeardOnTheButtonPressed();

private:
    std::unique_ptr<CheckpointWindow> m_window;
};

void TestAnnouncements::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // The bridge comes up once it has reached the accessibility bus.
    QTRY_VERIFY2_WITH_TIMEOUT(QAccessible::isActive(),
                              "Qt's accessibility is off: run through tests/with-screen-reader-bus.sh", 10'000);
    QAccessible::installUpdateHandler(listen);
}

void TestAnnouncements::init()
{
    m_window = std::make_unique<CheckpointWindow>();
    m_window->setAccountId(u"acc_1"_s);
    m_window->setProvider(Provider::LinkedIn);
    m_window->setKeyState(ApiKeyController::State::Stored);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    heard.clear();
}

void TestAnnouncements::theOutcomeIsAnAlertTheFocusStays()
{
    m_window->showAnswer(rejected());
    auto *panel = m_window->findChild<QWidget *>(u"outcomePanel"_s);
    QCOMPARE(namesHeard(QAccessible::Alert, panel), QStringList{u"The code was not accepted"_s});
    QCOMPARE(m_window->focusWidget(), m_window->findChild<QWidget *>(u"codeEdit"_s)); // where the new code goes
}

void TestAnnouncements::copiedIsHeardOnTheButtonPressed()
{
    m_window->showAnswer(rejected());
    for (const char *name : {"copyTicketButton", "copyRequestIdButton"}) {
        auto *button = m_window->findChild<QPushButton *>(QLatin1StringView(name));
        QVERIFY2(button && button->isVisible(), name);
        const QString before = button->text();
        heard.clear();
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY2(namesHeard(QAccessible::NameChanged, button).endsWith(u"Copied"_s),
                 qPrintable(namesHeard(QAccessible::NameChanged, button).join(u", "_s)));
        QTRY_COMPARE_WITH_TIMEOUT(button->text(), before, 3000); // and back after two seconds
    }
}

QTEST_MAIN(TestAnnouncements)
#include "tst_announcements.moc"
