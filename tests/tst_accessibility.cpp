// Every interactive widget of every dialog has a name a screen reader can say, keyboard focus follows the
// reading order, and an outcome is announced while the focus goes to its next step.
#include "AboutDialog.h"
#include "AnswerInput.h"
#include "ApiKeyDialog.h"
#include "CheckpointWindow.h"
#include "SettingsDialog.h"
#include "TestConstants.h"
#include "WindowHarness.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QTest>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

bool isInteractive(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
        return true;
    default:
        return false;
    }
}

// Walks the accessibility tree, as a screen reader would, and lists interactive objects without a name.
QStringList namelessInteractive(QAccessibleInterface *node, int depth = 0)
{
    QStringList nameless;
    if (!node || depth > 40)
        return nameless;
    if (isInteractive(node->role()) && !node->state().invisible && node->text(QAccessible::Name).trimmed().isEmpty()) {
        QObject *object = node->object();
        nameless << (object
                         ? object->objectName() + u" ("_s + QLatin1StringView(object->metaObject()->className()) + u')'
                         : u"role %1"_s.arg(int(node->role())));
    }
    for (int i = 0; i < node->childCount(); ++i)
        nameless << namelessInteractive(node->child(i), depth + 1);
    return nameless;
}

QStringList focusChain(QWidget *start, int maxSteps)
{
    QStringList names;
    QWidget *widget = start;
    for (int i = 0; i < maxSteps && widget; ++i) {
        if (widget->isVisible() && widget->isEnabled() && widget->focusPolicy() & Qt::TabFocus)
            names << widget->objectName();
        widget = widget->nextInFocusChain();
        if (widget == start)
            break;
    }
    return names;
}

} // namespace

class TestAccessibility final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyWidgetHasAName_data();
    void everyWidgetHasAName();
    void everyInputHasABuddyAndDescription();
    void tabOrderFollowsReadingOrder();
    void outcomeIsAnnouncedNotFocused();
    void actionsHaveMnemonics();
    void mnemonicsAreUniqueInEveryState_data();
    void mnemonicsAreUniqueInEveryState();
};

void TestAccessibility::initTestCase()
{
    QAccessible::setActive(true);
}

void TestAccessibility::everyWidgetHasAName_data()
{
    QTest::addColumn<std::function<QWidget *()>>("make");
    QTest::newRow("checkpoint window") << std::function<QWidget *()>([] { return new CheckpointWindow; });
    QTest::newRow("checkpoint window, phone mode") << std::function<QWidget *()>([] {
        auto *window = new CheckpointWindow;
        window->answerInput()->setPhoneMode(true);
        return window;
    });
    QTest::newRow("checkpoint window with an outcome") << std::function<QWidget *()>([] {
        auto *window = new CheckpointWindow;
        window->showAnswer(
            WindowHarness::answered(Outcome::fromHttpResponse({401,
                                                               R"({"type":"errors/invalid_checkpoint_solution",
            "title":"t","instance":"req_1"})",
                                                               "application/problem+json",
                                                               {},
                                                               {}}),
                                    CheckpointRequest{u"acc_1"_s, Provider::LinkedIn, u"1"_s}));
        return window;
    });
    QTest::newRow("settings dialog") << std::function<QWidget *()>([] {
        auto *dialog = new SettingsDialog(AppSettings::Values{});
        dialog->setKeyState(ApiKeyController::State::Stored);
        return dialog;
    });
    QTest::newRow("API key dialog") << std::function<QWidget *()>([] {
        auto *dialog = new ApiKeyDialog(TestConstants::production);
        dialog->showProblem(u"The keychain failed."_s, true);
        return dialog;
    });
    QTest::newRow("API key dialog after a keychain failure") << std::function<QWidget *()>([] {
        auto *dialog = new ApiKeyDialog(TestConstants::production);
        dialog->showKeychainFailure(u"The keychain failed. (The system's own words)"_s);
        return dialog;
    });
    QTest::newRow("about box") << std::function<QWidget *()>(
        [] { return new AboutDialog(TestConstants::production); });
}

void TestAccessibility::everyWidgetHasAName()
{
    QFETCH(std::function<QWidget *()>, make);
    std::unique_ptr<QWidget> widget(make());
    widget->show();
    QVERIFY(QTest::qWaitForWindowExposed(widget.get()));
    QAccessibleInterface *root = QAccessible::queryAccessibleInterface(widget.get());
    QVERIFY(root);
    const QStringList nameless = namelessInteractive(root);
    QVERIFY2(nameless.isEmpty(), qPrintable(u"without an accessible name: "_s + nameless.join(u", "_s)));
}

void TestAccessibility::everyInputHasABuddyAndDescription()
{
    CheckpointWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    for (const char *name : {"accountIdEdit", "providerCombo", "codeEdit"}) {
        QWidget *input = window.findChild<QWidget *>(QLatin1StringView(name));
        QVERIFY(input);
        bool hasBuddy = false;
        for (QLabel *label : window.findChildren<QLabel *>())
            hasBuddy = hasBuddy || label->buddy() == input;
        QVERIFY2(hasBuddy, name);
        QVERIFY2(!input->accessibleDescription().isEmpty(), name);
    }
}

void TestAccessibility::tabOrderFollowsReadingOrder()
{
    CheckpointWindow window;
    window.setAccountId(u"acc_1"_s);
    window.setProvider(Provider::LinkedIn);
    window.setKeyState(ApiKeyController::State::Stored);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QWidget *first = window.findChild<QWidget *>(u"accountIdEdit"_s);
    const QStringList chain = focusChain(first, 60);
    const QStringList expected = {u"accountIdEdit"_s, u"providerCombo"_s,  u"codeEdit"_s,
                                  u"codeModeRadio"_s, u"phoneModeRadio"_s, u"tryAnotherWayButton"_s};
    QVERIFY2(chain.mid(0, expected.size()) == expected, qPrintable(chain.join(u" → "_s)));
}

// The outcome is said through an alert on the panel (name: the headline, description: the explanation); the focus goes
// to the next step, not to the panel. The alert itself cannot be observed here: offscreen has no platform
// accessibility, so QAccessible::isActive() stays false and Qt drops every update before any handler.
void TestAccessibility::outcomeIsAnnouncedNotFocused()
{
    CheckpointWindow window;
    window.setAccountId(u"acc_1"_s);
    window.setProvider(Provider::LinkedIn);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    window.showAnswer(WindowHarness::answered(
        Outcome::fromHttpResponse(
            {403, R"({"type":"errors/account_restricted","title":"t"})", "application/problem+json", {}, {}}),
        CheckpointRequest{u"acc_1"_s, Provider::LinkedIn, u"123456"_s}));
    auto *panel = window.findChild<QWidget *>(u"outcomePanel"_s);
    QTRY_COMPARE(QApplication::focusWidget(), window.findChild<QWidget *>(u"copyTicketButton"_s));
    QCOMPARE(panel->focusPolicy(), Qt::NoFocus);
    QVERIFY(!panel->accessibleName().isEmpty());
    QVERIFY(!panel->accessibleDescription().isEmpty());
}

void TestAccessibility::actionsHaveMnemonics()
{
    CheckpointWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    for (QAbstractButton *button : window.findChildren<QAbstractButton *>()) {
        if (button->text().isEmpty() || button->objectName().startsWith(u"qt_"_s))
            continue;
        QVERIFY2(button->text().contains(u'&') || !button->shortcut().isEmpty()
                     || button->objectName() == u"cancelButton"_s, // Esc cancels
                 qPrintable(button->objectName() + u": "_s + button->text()));
    }
}

void TestAccessibility::mnemonicsAreUniqueInEveryState_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::newRow("401 invalid code") << QByteArray(R"({"type":"errors/invalid_checkpoint_solution"})") << 401;
    QTest::newRow("401 credentials") << QByteArray(R"({"type":"errors/invalid_credentials"})") << 401;
    QTest::newRow("503") << QByteArray(R"({"type":"errors/no_client_session"})") << 503;
    QTest::newRow("500 intent") << QByteArray(R"({"type":"errors/authentication_intent_error"})") << 500;
    QTest::newRow("phone register") << QByteArray(
        R"({"object":"Checkpoint","account_id":"acc_1","checkpoint":{"type":"PHONE_REGISTER"}})")
                                    << 201;
    QTest::newRow("in-app validation") << QByteArray(
        R"({"object":"Checkpoint","account_id":"acc_1","checkpoint":{"type":"IN_APP_VALIDATION"}})")
                                       << 201;
}

// Alt+letter must reach one thing: two visible widgets with the same mnemonic make the key cycle between them.
void TestAccessibility::mnemonicsAreUniqueInEveryState()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    CheckpointWindow window;
    window.setAccountId(u"acc_1"_s);
    window.setProvider(Provider::LinkedIn);
    window.setKeyState(ApiKeyController::State::Stored);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showAnswer(WindowHarness::answered(Outcome::fromHttpResponse({status, body, "application/json", {}, {}}),
                                              CheckpointRequest{u"acc_1"_s, Provider::LinkedIn, u"123456"_s}));
    QMap<QChar, QString> seen;
    QStringList clashes;
    auto note = [&](const QString &text, const QString &who) {
        const qsizetype at = QString(text).replace(u"&&"_s, u"__"_s).indexOf(u'&');
        if (at < 0 || at + 1 >= text.size())
            return;
        const QChar key = text.at(at + 1).toLower();
        if (seen.contains(key))
            clashes << u"%1: %2 and %3"_s.arg(key, seen.value(key), who);
        seen.insert(key, who);
    };
    for (QAbstractButton *button : window.findChildren<QAbstractButton *>()) {
        if (button->isVisibleTo(&window))
            note(button->text(), button->objectName());
    }
    for (QLabel *label : window.findChildren<QLabel *>()) {
        if (label->isVisibleTo(&window) && label->buddy())
            note(label->text(), label->objectName());
    }
    for (QAction *menu : window.findChild<QMenuBar *>()->actions())
        note(menu->text(), menu->objectName());
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u"; "_s)));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
