// The small dialogs around the window: the API key dialog's form row and its
// answer to a keychain failure, and the About box's version info for support.
#include "AboutDialog.h"
#include "ApiKeyDialog.h"
#include "CheckpointWindow.h"
#include "KeyStateLine.h"
#include "TestConstants.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSysInfo>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

template <typename T> T *child(QWidget *parent, const char *name)
{
    T *widget = parent->findChild<T *>(QLatin1StringView(name));
    if (!widget)
        qWarning("no widget named %s", name);
    return widget;
}

// Where a widget sits, in its window's coordinates.
QRect placeIn(const QWidget *top, const QWidget *widget)
{
    return {widget->mapTo(top, QPoint()), widget->size()};
}

using TestConstants::production;

// What KeychainApiKeyStore says when no Secret Service runs: its explanation,
// then the system's own words.
const QString keychainExplanation = u"The API key could not be saved in the system keychain. No keychain "
                                    u"service "
                                    u"(such as GNOME Keyring or KWallet) is running or set up in this session."_s;
const QString systemText = u"Failed to execute child process \u201Cdbus-launch\u201D (No such file or directory)"_s;

} // namespace

class TestDialogs final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void cleanup();

    void keyFieldSitsBesideItsLabel_data();
    void keyFieldSitsBesideItsLabel();
    void aProblemLineMovesNothingAboveIt();
    void afterAKeychainFailureEnterKeepsTheKeyForTheSession();
    void systemErrorWaitsBehindDetails();
    void aProblemWithoutSystemTextHasNoDetails();
    void theWindowsKeyLineKeepsTheSystemTextBehindDetails();

    void aboutShowsNameAndVersion();
    void copyVersionInfoHasWhatSupportAsksFor();

    void ctrlCommaOpensSettings();
};

void TestDialogs::cleanup()
{
    QApplication::setLayoutDirection(Qt::LeftToRight);
}

void TestDialogs::keyFieldSitsBesideItsLabel_data()
{
    QTest::addColumn<Qt::LayoutDirection>("direction");
    QTest::newRow("left to right") << Qt::LeftToRight;
    QTest::newRow("right to left") << Qt::RightToLeft;
}

// "API key: [field] [Show]" on one row, and the dialog no taller than what it
// holds.
void TestDialogs::keyFieldSitsBesideItsLabel()
{
    QFETCH(Qt::LayoutDirection, direction);
    QApplication::setLayoutDirection(direction);
    ApiKeyDialog dialog(production);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QRect label = placeIn(&dialog, child<QLabel>(&dialog, "keyLabel"));
    const QRect field = placeIn(&dialog, child<QLineEdit>(&dialog, "keyEdit"));
    const QRect show = placeIn(&dialog, child<QToolButton>(&dialog, "showKeyButton"));
    if (direction == Qt::LeftToRight) {
        QVERIFY2(label.right() < field.left(), "the label is left of its field");
        QVERIFY2(field.right() < show.left(), "Show is right of the field");
    } else {
        QVERIFY2(field.right() < label.left(), "the label is right of its field");
        QVERIFY2(show.right() < field.left(), "Show is left of the field");
    }
    QVERIFY2(qAbs(label.center().y() - field.center().y()) <= 4,
             qPrintable(u"label centre at %1, field centre at %2"_s.arg(label.center().y()).arg(field.center().y())));
    QVERIFY(qAbs(show.center().y() - field.center().y()) <= 4);
    QCOMPARE(dialog.height(), dialog.sizeHint().height());
}

void TestDialogs::aProblemLineMovesNothingAboveIt()
{
    ApiKeyDialog dialog(production);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *field = child<QLineEdit>(&dialog, "keyEdit");
    auto *intro = child<QLabel>(&dialog, "introLabel");
    const QRect fieldBefore = placeIn(&dialog, field);
    const QRect introBefore = placeIn(&dialog, intro);
    const int heightBefore = dialog.height();

    dialog.showKeychainFailure(keychainExplanation + u" ("_s + systemText + u')');
    QTRY_VERIFY(dialog.height() > heightBefore); // it grows downwards, for the line
    // Nothing moves; the row may widen with the button row, which gains "Use for this session only".
    QCOMPARE(placeIn(&dialog, field).topLeft(), fieldBefore.topLeft());
    QCOMPARE(placeIn(&dialog, field).height(), fieldBefore.height());
    QCOMPARE(placeIn(&dialog, intro).topLeft(), introBefore.topLeft());
    QVERIFY(child<QLabel>(&dialog, "messageLabel")->geometry().top() > field->geometry().bottom());
}

// Saving again would fail again: after a keychain failure, Enter uses the key
// for this session only.
void TestDialogs::afterAKeychainFailureEnterKeepsTheKeyForTheSession()
{
    ApiKeyDialog dialog(production);
    QSignalSpy save(&dialog, &ApiKeyDialog::saveRequested);
    QSignalSpy sessionOnly(&dialog, &ApiKeyDialog::sessionOnlyRequested);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *field = child<QLineEdit>(&dialog, "keyEdit");
    QTest::keyClicks(field, u"demo-key"_s);
    QVERIFY(child<QPushButton>(&dialog, "saveButton")->isDefault());

    dialog.showKeychainFailure(keychainExplanation + u" ("_s + systemText + u')');
    auto *sessionOnlyButton = child<QPushButton>(&dialog, "sessionOnlyButton");
    QVERIFY(sessionOnlyButton->isVisible());
    QVERIFY(sessionOnlyButton->isDefault());
    QVERIFY(!child<QPushButton>(&dialog, "saveButton")->isDefault());
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(sessionOnly.size(), 1);
    QCOMPARE(sessionOnly.constFirst().constFirst().toString(), u"demo-key"_s);
    QCOMPARE(save.size(), 0);
}

void TestDialogs::systemErrorWaitsBehindDetails()
{
    ApiKeyDialog dialog(production);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.showKeychainFailure(keychainExplanation + u" ("_s + systemText + u')');
    auto *message = child<QLabel>(&dialog, "messageLabel");
    auto *detailsButton = child<QToolButton>(&dialog, "detailsButton");
    auto *details = child<QLabel>(&dialog, "detailsLabel");
    QCOMPARE(message->text(), keychainExplanation);
    QVERIFY(message->isVisible());
    QVERIFY(detailsButton->isVisible());
    QVERIFY2(!details->isVisible(), "the system's words wait behind Details");

    QTest::mouseClick(detailsButton, Qt::LeftButton);
    QVERIFY(details->isVisible());
    QCOMPARE(details->text(), systemText);
    QTest::mouseClick(detailsButton, Qt::LeftButton);
    QVERIFY(!details->isVisible());
}

// The same failure on the window's key line: the explanation in the line, the system's words behind System details,
// closed again when the state changes.
void TestDialogs::theWindowsKeyLineKeepsTheSystemTextBehindDetails()
{
    CheckpointWindow window;
    window.setKeyState(ApiKeyController::State::Failed, keychainExplanation + u" ("_s + systemText + u')');
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *line = child<QLabel>(&window, "keyStateLabel");
    auto *detailsButton = child<QToolButton>(&window, "keyStateDetailsButton");
    auto *details = child<QLabel>(&window, "keyStateDetailsLabel");
    QCOMPARE(line->text(), keychainExplanation);
    QVERIFY(detailsButton->isVisible());
    QVERIFY(!details->isVisible());
    QVERIFY(child<QPushButton>(&window, "enterKeyButton")->isVisible());

    QTest::mouseClick(detailsButton, Qt::LeftButton);
    QVERIFY(details->isVisible());
    QCOMPARE(details->text(), systemText);

    window.setKeyState(ApiKeyController::State::Failed, u"The keychain reported an error."_s);
    QCOMPARE(line->text(), u"The keychain reported an error."_s);
    QVERIFY2(!detailsButton->isVisible() && !details->isVisible(), "no system text: no details");
}

void TestDialogs::aProblemWithoutSystemTextHasNoDetails()
{
    ApiKeyDialog dialog(production);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.showKeychainFailure(u"The keychain is locked."_s);
    QCOMPARE(child<QLabel>(&dialog, "messageLabel")->text(), u"The keychain is locked."_s);
    QVERIFY(!child<QToolButton>(&dialog, "detailsButton")->isVisible());
    QVERIFY(!child<QLabel>(&dialog, "detailsLabel")->isVisible());
}

void TestDialogs::aboutShowsNameAndVersion()
{
    AboutDialog dialog(production);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QStringList texts;
    for (const QLabel *label : dialog.findChildren<QLabel *>())
        texts << label->text();
    const QString shown = texts.join(u'\n');
    QVERIFY2(shown.contains(u"PostPress Checkpoint"_s), qPrintable(shown));
    QVERIFY2(shown.contains(QLatin1StringView(CHECKPOINT_VERSION)), qPrintable(shown));
    QVERIFY(child<QPushButton>(&dialog, "copyVersionInfoButton")->isVisible());
}

void TestDialogs::copyVersionInfoHasWhatSupportAsksFor()
{
    const QUrl staging(u"https://staging.postpress.example/v1/"_s);
    AboutDialog dialog(staging);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(child<QPushButton>(&dialog, "copyVersionInfoButton"), Qt::LeftButton);
    const QString copied = QGuiApplication::clipboard()->text();
    const QStringList parts{u"PostPress Checkpoint "_s + QLatin1StringView(CHECKPOINT_VERSION),
                            u"Qt "_s + QLatin1StringView(qVersion()), QSysInfo::prettyProductName(),
                            u"https://staging.postpress.example/v1"_s};
    for (const QString &part : parts)
        QVERIFY2(copied.contains(part), qPrintable(u"missing \"%1\" in:\n%2"_s.arg(part, copied)));
    // What the About box is given is the URL; nothing else the app holds can
    // reach the clipboard from it.
    QVERIFY(!copied.contains(u"key"_s, Qt::CaseInsensitive));
    QVERIFY(!copied.contains(u"demo-key"_s));
}

// Ctrl+, is where most programs keep their settings (QKeySequence::Preferences
// on macOS).
void TestDialogs::ctrlCommaOpensSettings()
{
    CheckpointWindow window;
    QSignalSpy settings(&window, &CheckpointWindow::settingsRequested);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_Comma, Qt::ControlModifier);
    QCOMPARE(settings.size(), 1);
}

QTEST_MAIN(TestDialogs)
#include "tst_dialogs.moc"
