// The window's layout holds: nothing cut off or spilling out of its parent, in every state, left-to-right and
// right-to-left, at the scale the test runs at (CTest runs it at 100 % and at 200 %). With
// CHECKPOINT_SCREENSHOT_DIR set, every state is also saved as a PNG to look at.
#include "AboutDialog.h"
#include "AnswerInput.h"
#include "ApiKeyDialog.h"
#include "CheckpointWindow.h"
#include "LinkRefusal.h"
#include "TestConstants.h"
#include "WindowHarness.h"
#include "CountryComboBox.h"
#include "SettingsDialog.h"
#include "StartupTrace.h"
#include "WrappedLabel.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QFontInfo>
#include <QFrame>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QMainWindow>
#include <QMessageBox>
#include <QSet>
#include <QTest>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

Outcome problem(int status, const char *type, const char *detail = "")
{
    const QByteArray body = R"({"type":")" + QByteArray(type) + R"(","title":"The title the API gives","detail":")"
        + detail + R"(","instance":"req_01HXYZ4QK3WJ8FN3M6QH7TZ8GR"})";
    return Outcome::fromHttpResponse({status, body, "application/problem+json", {}, {}});
}

using TestConstants::sent;

CheckpointWindow *window()
{
    auto *w = new CheckpointWindow;
    w->setAccountId(sent.accountId);
    w->setProvider(Provider::LinkedIn);
    w->setApiUrl(QUrl(u"https://staging.postpress.example/v1"_s));
    w->setKeyState(ApiKeyController::State::Stored);
    return w;
}

// Problems a person would see: a widget cut off by its parent, or text that does not fit its widget.
QStringList layoutProblems(QWidget *top)
{
    QStringList problems;
    for (QWidget *child : top->findChildren<QWidget *>()) {
        if (!child->isVisibleTo(top) || !child->parentWidget() || child->inherits("QMenu"))
            continue;
        const QRect inParent = child->geometry();
        // What a scroll area shows may be larger than it: that is what it scrolls.
        const auto *scrollArea = qobject_cast<QAbstractScrollArea *>(child->parentWidget()->parentWidget());
        const bool scrolled = scrollArea && scrollArea->viewport() == child->parentWidget();
        if (!child->parentWidget()->rect().contains(inParent) && !scrolled && !child->inherits("QStackedWidget")
            && child->parentWidget()->isVisibleTo(top) && !child->parentWidget()->inherits("QStackedWidget"))
            problems << u"%1 spills out of %2"_s.arg(child->objectName(), child->parentWidget()->objectName());
        if (auto *button = qobject_cast<QAbstractButton *>(child); button && !button->text().isEmpty()) {
            if (button->width() < button->sizeHint().width())
                problems << u"button %1 is cut off (%2 < %3)"_s.arg(button->objectName())
                                .arg(button->width())
                                .arg(button->sizeHint().width());
        }
        if (auto *label = qobject_cast<QLabel *>(child); label && !label->text().isEmpty()) {
            const int needed = label->wordWrap() ? label->heightForWidth(label->width()) : label->sizeHint().height();
            if (label->height() < needed)
                problems << u"label %1 is cut off (%2 < %3 px high)"_s.arg(label->objectName())
                                .arg(label->height())
                                .arg(needed);
            if (!label->wordWrap() && label->width() < label->minimumSizeHint().width())
                problems << u"label %1 is too narrow"_s.arg(label->objectName());
        }
    }
    return problems;
}

// The code fields' size, in the family of the UI or the fixed-pitch font: what the window must use.
QFont codeSized(const QFont &family)
{
    QFont font = family;
    font.setPointSizeF(QFontDatabase::systemFont(QFontDatabase::FixedFont).pointSizeF() * 1.6);
    return font;
}

QString uiFamily()
{
    return QFontInfo(codeSized(QApplication::font("QLineEdit"))).family();
}

QString fixedPitchFamily()
{
    return QFontInfo(codeSized(QFontDatabase::systemFont(QFontDatabase::FixedFont))).family();
}

// Fixed pitch as the agent sees it: a narrow and a wide letter take the same room (fontconfig does not flag every
// monospaced face as such, so QFontInfo::fixedPitch() would not tell).
bool looksFixedPitch(const QWidget *field)
{
    return field->fontMetrics().horizontalAdvance(u'l') == field->fontMetrics().horizontalAdvance(u'W');
}

// The font files this process has opened (FreeType maps each face's file while the face is loaded); Linux only.
QSet<QString> mappedFontFiles()
{
    QFile maps(u"/proc/self/maps"_s);
    QSet<QString> files;
    if (!maps.open(QIODevice::ReadOnly))
        return files;
    for (const QByteArray &line : maps.readAll().split('\n')) {
        const QString path = QString::fromLocal8Bit(line.mid(line.indexOf('/')));
        if (line.contains('/') && (path.endsWith(u".ttf"_s) || path.endsWith(u".otf"_s) || path.endsWith(u".ttc"_s)))
            files.insert(path);
    }
    return files;
}

const QString phoneSample = u"+00 (0)0 00 00 00 00"_s;

// What the agent did in a field, and what the window made of it.
struct FieldState
{
    QString text;
    int cursor = 0;
    QString selected;
    QWidget *focus = nullptr;
    bool submitEnabled = false;
    QString hint;

    static FieldState of(CheckpointWindow *w)
    {
        auto *answer = w->findChild<QLineEdit *>(w->answerInput()->isPhoneMode() ? u"phoneEdit"_s : u"codeEdit"_s);
        return {answer->text(),
                answer->cursorPosition(),
                answer->selectedText(),
                w->focusWidget(),
                w->findChild<QWidget *>(u"submitButton"_s)->isEnabled(),
                w->findChild<QLabel *>(u"hintLabel"_s)->text()};
    }
    bool operator==(const FieldState &) const = default;
};

// Where the field, and what lies under it, sit in the window.
struct Geometry
{
    int fieldHeight = 0;
    int rowHeight = 0;
    int submitTop = 0;
    int central = 0;
    int content = 0; // what the central widget's layout needs
    QSize window;

    static Geometry of(CheckpointWindow *w)
    {
        const bool phone = w->answerInput()->isPhoneMode();
        const QWidget *field = w->findChild<QWidget *>(phone ? u"phoneEdit"_s : u"codeEdit"_s);
        const QWidget *submit = w->findChild<QWidget *>(u"submitButton"_s);
        const QWidget *central = w->centralWidget();
        return {field->height(),
                w->findChild<QLayout *>(u"codeRow"_s)->geometry().height(),
                submit->mapTo(w, QPoint()).y(),
                central->height(),
                central->layout()->totalHeightForWidth(central->width()),
                w->size()};
    }
};

QLineEdit *field(CheckpointWindow *w, const QString &name)
{
    return w->findChild<QLineEdit *>(name);
}

} // namespace

class TestLayout final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void codeFontSwitchesRightAfterTheFirstFrame(); // first: the process's first frame happens in it
    void windowsMadeAfterTheFirstFrameHaveTheFixedPitchFontAtOnce_data();
    void windowsMadeAfterTheFirstFrameHaveTheFixedPitchFontAtOnce();
    void holds_data();
    void holds();
    void rightToLeftMirrors();
    void wrappedLabelMeasuresLikeQLabel_data();
    void wrappedLabelMeasuresLikeQLabel();
    void countryComboSizesLikeQtsPolicy_data();
    void countryComboSizesLikeQtsPolicy();
    void countryListPopupWaitsForPhoneMode();
    void hugeAnswersStayOnScreen_data();
    void hugeAnswersStayOnScreen();

private:
    static void save(QWidget *widget, const QString &name);
};

void TestLayout::save(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("CHECKPOINT_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    const QString scale = qEnvironmentVariable("QT_SCALE_FACTOR", u"1"_s);
    widget->grab().save(dir + u"/%1@%2x.png"_s.arg(name, scale));
}

// The first windows draw their first frame with the code in the UI font's family, without opening the fixed-pitch face,
// and take the fixed-pitch font right after it, keeping everything the agent did in them.
void TestLayout::codeFontSwitchesRightAfterTheFirstFrame()
{
    QVERIFY2(!StartupTrace::firstFrameShown(), "this test must run before any window of the process is shown");
    struct Case
    {
        const char *name;
        std::function<void(CheckpointWindow *)> act;
        QString selected; // what the agent has selected, to show the case is what it says
    };
    const QList<Case> cases = {
        {"nothing typed yet, the cursor in the code field", [](CheckpointWindow *w) { w->focusFirstEmptyField(); }, {}},
        {"a code typed, the cursor moved back into it",
         [](CheckpointWindow *w) {
             QLineEdit *code = field(w, u"codeEdit"_s);
             code->setFocus();
             QTest::keyClicks(code, u"123456"_s);
             QTest::keyClick(code, Qt::Key_Left);
             QTest::keyClick(code, Qt::Key_Left);
         },
         {}},
        {"part of a code selected",
         [](CheckpointWindow *w) {
             QLineEdit *code = field(w, u"codeEdit"_s);
             code->setFocus(); // as the agent's: Qt drops the selection of a field without the focus
             QTest::keyClicks(code, u"O0 1lI 42"_s);
             QTest::keyClick(code, Qt::Key_Home);
             for (int i = 0; i < 4; ++i)
                 QTest::keyClick(code, Qt::Key_Right, Qt::ShiftModifier);
         },
         u"O0 1"_s},
        {"half a phone number, which the window refuses",
         [](CheckpointWindow *w) {
             w->answerInput()->setPhoneMode(true);
             w->answerInput()->setCountry(u"FR"_s);
             field(w, u"phoneEdit"_s)->setFocus();
             QTest::keyClicks(field(w, u"phoneEdit"_s), u"06 12"_s);
         },
         {}},
        {"a whole phone number selected",
         [](CheckpointWindow *w) {
             w->answerInput()->setPhoneMode(true);
             w->answerInput()->setCountry(u"FR"_s);
             field(w, u"phoneEdit"_s)->setFocus();
             QTest::keyClicks(field(w, u"phoneEdit"_s), u"06 12 34 56 78"_s);
             field(w, u"phoneEdit"_s)->selectAll();
         },
         u"06 12 34 56 78"_s},
    };

    // Registered before the windows are made, so it runs first of what waits for the frame: it sees what was drawn.
    QObject probe;
    QSet<QString> filesAtFrame;
    QList<FieldState> statesAtFrame;
    QList<Geometry> geometriesAtFrame;
    QStringList problemsAtFrame;
    std::vector<std::unique_ptr<CheckpointWindow>> windows;
    StartupTrace::afterFirstFrame(&probe, [&] {
        filesAtFrame = mappedFontFiles();
        for (const auto &w : windows) {
            statesAtFrame << FieldState::of(w.get());
            geometriesAtFrame << Geometry::of(w.get());
            for (const QString &name : {u"codeEdit"_s, u"phoneEdit"_s}) {
                QLineEdit *edit = field(w.get(), name);
                if (QFontInfo(edit->font()).family() != uiFamily() || looksFixedPitch(edit))
                    problemsAtFrame << name + u" is not in the UI family at its first frame"_s;
                if (edit->font().pointSizeF() != codeSized(QFont()).pointSizeF())
                    problemsAtFrame << name + u" is not 1.6 times the fixed-pitch font's size"_s;
            }
            if (field(w.get(), u"phoneEdit"_s)->minimumWidth()
                != QFontMetrics(codeSized(QApplication::font("QLineEdit"))).horizontalAdvance(phoneSample))
                problemsAtFrame << u"the phone field is not sized for the UI font it has"_s;
        }
    });
    for (const Case &entry : cases) {
        windows.emplace_back(window());
        entry.act(windows.back().get());
    }
    // Registered after the windows: runs right after their switch, before anything else can touch the fields.
    QList<FieldState> statesAfterSwitch;
    StartupTrace::afterFirstFrame(&probe, [&] {
        for (const auto &w : windows)
            statesAfterSwitch << FieldState::of(w.get());
    });
    QCoreApplication::processEvents(); // what typing queues (the outcome panel's icon and font) is not the switch's
    for (const auto &w : windows)
        w->show();
    for (const auto &w : windows)
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
    QTRY_VERIFY(StartupTrace::firstFrameShown());
    QCOMPARE(statesAtFrame.size(), cases.size());
    QCOMPARE(statesAfterSwitch.size(), cases.size());
    QVERIFY2(problemsAtFrame.isEmpty(), qPrintable(problemsAtFrame.join(u"; "_s)));

    // The switch has run: the fixed-pitch face is open now, and was not at the frame.
    const QSet<QString> opened = mappedFontFiles() - filesAtFrame;
    if (QFile::exists(u"/proc/self/maps"_s))
        QVERIFY2(!opened.isEmpty(), "the fixed-pitch face was already open at the first frame");
    if (fixedPitchFamily() == uiFamily())
        QSKIP("The fixed-pitch font is the UI font on this system: there is nothing to switch.");

    // The field grows by what the fixed-pitch font needs more (if anything), once; what is below moves with it.
    QLineEdit uiEdit, fixedEdit;
    uiEdit.setFont(codeSized(QApplication::font("QLineEdit")));
    fixedEdit.setFont(codeSized(QFontDatabase::systemFont(QFontDatabase::FixedFont)));
    const int growth = fixedEdit.sizeHint().height() - uiEdit.sizeHint().height();
    qInfo("field height %d px with the UI font, %d px with the fixed-pitch one", uiEdit.sizeHint().height(),
          fixedEdit.sizeHint().height());
    for (std::size_t i = 0; i < windows.size(); ++i) {
        CheckpointWindow *w = windows[i].get();
        const char *name = cases.at(qsizetype(i)).name;
        QVERIFY2(statesAtFrame.at(qsizetype(i)).selected == cases.at(qsizetype(i)).selected, name);
        for (const QString &edit : {u"codeEdit"_s, u"phoneEdit"_s}) {
            QVERIFY2(QFontInfo(field(w, edit)->font()).family() == fixedPitchFamily(), name);
            QVERIFY2(looksFixedPitch(field(w, edit)), name);
            QCOMPARE(field(w, edit)->font().pointSizeF(), codeSized(QFont()).pointSizeF());
        }
        QCOMPARE(field(w, u"phoneEdit"_s)->minimumWidth(),
                 field(w, u"phoneEdit"_s)->fontMetrics().horizontalAdvance(phoneSample));
        QVERIFY2(statesAfterSwitch.at(qsizetype(i)) == statesAtFrame.at(qsizetype(i)), name);
        // The field takes the height its new font needs and its row grows by at most as much, once; what is below the
        // row moves down with it, nothing is squeezed, and the window grows only as far as its content needs.
        const Geometry before = geometriesAtFrame.at(qsizetype(i));
        const auto settled = [&] {
            const Geometry now = Geometry::of(w);
            return now.fieldHeight == before.fieldHeight + growth
                && now.submitTop - before.submitTop == now.rowHeight - before.rowHeight
                && now.central == qMax(before.central, now.content)
                && now.window.height() - now.central == before.window.height() - before.central;
        };
        QTRY_VERIFY2(settled(), name);
        const Geometry after = Geometry::of(w);
        QVERIFY2(after.rowHeight >= before.rowHeight && after.rowHeight - before.rowHeight <= growth, name);
        QVERIFY2(after.window.height() - before.window.height() <= after.rowHeight - before.rowHeight, name);
        QCOMPARE(after.window.width(), before.window.width());
        if (i == 0)
            qInfo("the window grew by %d px", after.window.height() - before.window.height());
        const QStringList problems = layoutProblems(w);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; "_s)));
    }
}

void TestLayout::windowsMadeAfterTheFirstFrameHaveTheFixedPitchFontAtOnce_data()
{
    QTest::addColumn<QString>("fieldName");
    QTest::newRow("the code field") << u"codeEdit"_s;
    QTest::newRow("the phone field") << u"phoneEdit"_s;
}

void TestLayout::windowsMadeAfterTheFirstFrameHaveTheFixedPitchFontAtOnce()
{
    QFETCH(QString, fieldName);
    if (!StartupTrace::firstFrameShown()) { // run on its own: show a first frame as the app's first window would
        QWidget first;
        first.show();
        QVERIFY(QTest::qWaitForWindowExposed(&first));
        QTRY_VERIFY(StartupTrace::firstFrameShown());
    }
    const std::unique_ptr<CheckpointWindow> w(window());
    QLineEdit *edit = field(w.get(), fieldName);
    QCOMPARE(QFontInfo(edit->font()).family(), fixedPitchFamily());
    QVERIFY(looksFixedPitch(edit));
    QCOMPARE(edit->font().pointSizeF(), codeSized(QFont()).pointSizeF());
    QCOMPARE(field(w.get(), u"phoneEdit"_s)->minimumWidth(), edit->fontMetrics().horizontalAdvance(phoneSample));
}

void TestLayout::holds_data()
{
    using Make = std::function<QWidget *()>;
    QTest::addColumn<Make>("make");
    QTest::addColumn<Qt::LayoutDirection>("direction");
    const QList<std::pair<const char *, Make>> states = {
        {"ready", [] { return window(); }},
        {"rejected code", [] {
             auto *w = window();
             w->showAnswer(WindowHarness::answered(problem(401, "errors/invalid_checkpoint_solution", "The checkpoint code was rejected."),
                            sent));
             return w;
         }},
        {"service unavailable", [] {
             auto *w = window();
             w->showAnswer(WindowHarness::answered(problem(503, "errors/no_client_session", "Please retry shortly."), sent));
             return w;
         }},
        {"long detail", [] {
             auto *w = window();
             w->showAnswer(WindowHarness::answered(problem(403, "errors/action_required",
                                    "The provider requires an additional action: the customer must open the "
                                    "LinkedIn app on their phone and confirm that this sign-in is theirs, then "
                                    "come back and try again within five minutes."),
                            sent));
             return w;
         }},
        {"connected", [] {
             auto *w = window();
             w->showAnswer(WindowHarness::answered(Outcome::fromHttpResponse({201, R"({"object":"AccountCreated","account_id":
                 "acc_01HXYZ4QK3WJ8FN3M6QH7TZ8GR"})", "application/json", {}, {}}), sent));
             return w;
         }},
        {"phone number", [] {
             auto *w = window();
             w->answerInput()->setPhoneMode(true);
             w->answerInput()->setCountry(u"FR"_s);
             w->findChild<QLineEdit *>(u"phoneEdit"_s)->setText(u"06 12 34 56 78"_s);
             return w;
         }},
        {"keychain failed", [] {
             auto *w = window();
             w->setKeyState(ApiKeyController::State::Failed,
                            u"The API key could not be read from the system keychain. No keychain service (such as "
                            u"GNOME Keyring or KWallet) is running or set up in this session. (Failed to execute "
                            u"child process \u201Cdbus-launch\u201D (No such file or directory))"_s);
             return w;
         }},
        {"api key dialog", [] {
             auto *d = new ApiKeyDialog(TestConstants::production);
             d->showProblem(u"The API key could not be saved in the system keychain. No keychain service is "
                            u"running in this session."_s,
                            true);
             return d;
         }},
        {"settings dialog", [] { return new SettingsDialog(AppSettings::Values{}); }},
        {"about box", [] { return new AboutDialog(QUrl(u"https://staging.postpress.example/v1"_s)); }},
        {"link refusal", []() -> QWidget * {
             return makeLinkRefusalBox(u"The value of provider in the link contains spaces or control characters."_s,
                                       HelpdeskLink::Part::Provider)
                 .release();
         }},
    };
    for (const auto &[name, make] : states) {
        QTest::addRow("%s, left to right", name) << make << Qt::LeftToRight;
        QTest::addRow("%s, right to left", name) << make << Qt::RightToLeft;
    }
}

void TestLayout::holds()
{
    QFETCH(std::function<QWidget *()>, make);
    QFETCH(Qt::LayoutDirection, direction);
    QApplication::setLayoutDirection(direction);
    std::unique_ptr<QWidget> widget(make());
    widget->show();
    QVERIFY(QTest::qWaitForWindowExposed(widget.get()));
    QTRY_VERIFY(StartupTrace::firstFrameShown()); // the code fields' fixed-pitch font, when this is the first window
    QCoreApplication::processEvents();
    QTest::qWait(20); // queued height fitting
    QStringList problems = layoutProblems(widget.get());
    if (auto *window = qobject_cast<QMainWindow *>(widget.get())) {
        // Compact: nothing, not even a long status message, widens the window past its form.
        if (window->width() > window->centralWidget()->sizeHint().width() + window->logicalDpiX())
            problems << u"the window is %1 px wide"_s.arg(window->width());
        // Compact: no empty band under the content.
        QWidget *central = window->centralWidget();
        const int content = central->layout()->totalHeightForWidth(central->width());
        if (central->height() > content + central->logicalDpiY() / 4)
            problems << u"the window is %1 px taller than its content"_s.arg(central->height() - content);
    }
    save(widget.get(), QString::fromLatin1(QTest::currentDataTag()).replace(u", "_s, u"-"_s).replace(u' ', u'-'));
    QApplication::setLayoutDirection(Qt::LeftToRight);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; "_s)));
}

void TestLayout::rightToLeftMirrors()
{
    QApplication::setLayoutDirection(Qt::RightToLeft);
    std::unique_ptr<CheckpointWindow> w(window());
    w->show();
    QVERIFY(QTest::qWaitForWindowExposed(w.get()));
    auto *label = w->findChild<QWidget *>(u"accountIdLabel"_s);
    auto *edit = w->findChild<QWidget *>(u"accountIdEdit"_s);
    QApplication::setLayoutDirection(Qt::LeftToRight);
    QVERIFY2(label->mapToGlobal(QPoint()).x() > edit->mapToGlobal(QPoint()).x(), "the label sits right of its field");
}

// WrappedLabel keeps heights it measured: after any change that moves them, it must answer what QLabel answers.
void TestLayout::wrappedLabelMeasuresLikeQLabel_data()
{
    using Change = std::function<void(QLabel *)>;
    QTest::addColumn<Change>("change");
    QTest::newRow("a longer text is measured again") << Change([](QLabel *label) {
        label->setText(label->text().repeated(3));
    });
    QTest::newRow("a larger font is measured again") << Change([](QLabel *label) {
        QFont font = label->font();
        font.setPointSizeF(font.pointSizeF() * 2);
        label->setFont(font);
    });
    QTest::newRow("a margin is measured again") << Change([](QLabel *label) { label->setMargin(24); });
    QTest::newRow("an indent is measured again") << Change([](QLabel *label) { label->setIndent(80); });
    QTest::newRow("a style sheet's font and padding are measured again") << Change([](QLabel *label) {
        label->setStyleSheet(u"QLabel { font-size: 24px; padding: 12px; }"_s);
    });
}

void TestLayout::wrappedLabelMeasuresLikeQLabel()
{
    QFETCH(std::function<void(QLabel *)>, change);
    const QString text = u"LinkedIn rejected the code: it may be mistyped, or it has expired, since most codes expire "
                         u"within minutes."_s;
    WrappedLabel wrapped(text);
    QLabel plain(text);
    const QList<QLabel *> labels{&wrapped, &plain};
    for (QLabel *label : labels) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->ensurePolished();
    }
    const QList<int> widths{120, 240, 400};
    QList<int> before;
    for (const int width : widths) {
        before << wrapped.heightForWidth(width);
        QCOMPARE(before.last(), plain.heightForWidth(width));
    }
    for (QLabel *label : labels) {
        change(label);
        label->ensurePolished();
    }
    QList<int> after;
    for (const int width : widths) {
        after << plain.heightForWidth(width);
        QCOMPARE(wrapped.heightForWidth(width), after.last());
    }
    QVERIFY2(after != before, "the change moves the heights, so a stale answer would show");
}

void TestLayout::countryComboSizesLikeQtsPolicy_data()
{
    using Change = std::function<void(QComboBox *)>;
    QTest::addColumn<Change>("change");
    QTest::newRow("as the window sets it up") << Change([](QComboBox *) {});
    QTest::newRow("a larger font") << Change([](QComboBox *combo) {
        QFont font = combo->font();
        font.setPointSizeF(font.pointSizeF() * 1.8);
        combo->setFont(font);
    });
    QTest::newRow("room for more characters") << Change([](QComboBox *combo) { combo->setMinimumContentsLength(30); });
    QTest::newRow("larger icons") << Change([](QComboBox *combo) { combo->setIconSize(QSize(40, 40)); });
    QTest::newRow("a long placeholder") << Change([](QComboBox *combo) {
        combo->setPlaceholderText(u"Choose the customer's country from the list"_s);
    });
    QTest::newRow("a style sheet's padding") << Change([](QComboBox *combo) {
        combo->setStyleSheet(u"QComboBox { padding: 10px 30px; }"_s);
    });
}

// The country list measures like a QComboBox with AdjustToMinimumContentsLengthWithIcon, without building the popup
// that the policy builds at once; filled in, it is that QComboBox.
void TestLayout::countryComboSizesLikeQtsPolicy()
{
    QFETCH(std::function<void(QComboBox *)>, change);
    CountryComboBox country;
    QComboBox reference;
    reference.setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    for (QComboBox *combo : {static_cast<QComboBox *>(&country), &reference}) {
        combo->setMinimumContentsLength(12);
        change(combo);
    }
    QCOMPARE(country.sizeHint(), reference.sizeHint());
    QCOMPARE(country.minimumSizeHint(), reference.minimumSizeHint());

    country.useContentsPolicy();
    for (QComboBox *combo : {static_cast<QComboBox *>(&country), &reference})
        combo->addItems({u"France (+33)"_s, u"South Georgia & South Sandwich Islands (+500)"_s});
    QCOMPARE(country.sizeAdjustPolicy(), QComboBox::AdjustToMinimumContentsLengthWithIcon);
    QCOMPARE(country.sizeHint(), reference.sizeHint());
    QCOMPARE(country.minimumSizeHint(), reference.minimumSizeHint());
}

// The point of CountryComboBox: a shown window has not built the country list's popup (QComboBox's container frame).
void TestLayout::countryListPopupWaitsForPhoneMode()
{
    std::unique_ptr<CheckpointWindow> w(window());
    w->show();
    QVERIFY(QTest::qWaitForWindowExposed(w.get()));
    auto *country = w->findChild<CountryComboBox *>(u"countryCombo"_s);
    QVERIFY(country);
    QCOMPARE(country->findChild<QFrame *>(), nullptr);
    country->useContentsPolicy();
    QVERIFY(country->findChild<QFrame *>());
}

// A server may answer with far more text than a window can hold: the window never grows past the screen's available
// height, and the request id and the actions stay where the agent can reach them.
void TestLayout::hugeAnswersStayOnScreen_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");

    const QByteArray words = QByteArray("The provider requires an additional action ").repeated(1400); // 62 kB
    const QByteArray word(62'000, 'x');
    const QByteArray account = R"("account_id":"acc_01HXYZ4QK3WJ8FN3M6QH7TZ8GR")";
    QTest::newRow("62 kB detail") << 403
                                  << R"({"type":"errors/action_required","detail":")" + words
            + R"(","instance":"req_1"})";
    QTest::newRow("62 kB title") << 403 << R"({"type":"errors/action_required","title":")" + words + R"("})";
    QTest::newRow("62 kB type") << 403 << R"({"type":"errors/)" + words + R"(","title":"Forbidden"})";
    QTest::newRow("62 kB detail of an unknown status, quoted in the explanation")
        << 418 << R"({"type":"errors/teapot","detail":")" + words + R"(","instance":"req_1"})";
    QTest::newRow("62 kB instance") << 500 << R"({"type":"errors/unexpected_error","instance":"req_)" + word + R"("})";
    QTest::newRow("62 kB object name") << 201 << R"({"object":")" + words + R"(",)" + account + "}";
    QTest::newRow("62 kB of text from a gateway") << 502 << words;
    QTest::newRow("62 kB detail without a space")
        << 403 << R"({"type":"errors/action_required","title":"x","detail":")" + word + R"("})";
}

void TestLayout::hugeAnswersStayOnScreen()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);

    std::unique_ptr<CheckpointWindow> w(window());
    w->show();
    QVERIFY(QTest::qWaitForWindowExposed(w.get()));
    // The offscreen screen is 800 x 800 px at 100 %, 400 x 400 at 200 % (where the window is wider than the screen
    // whatever it shows: only the height is this test's business).
    const QRect available = w->screen()->availableGeometry();
    w->move(available.left(), available.top() + available.height() / 3); // where growing down would leave the screen
    const int width = w->width();
    w->showAnswer(WindowHarness::answered(Outcome::fromHttpResponse({status, body, "application/json", {}, {}}), sent));
    QCoreApplication::processEvents();
    QTest::qWait(20); // queued height fitting; it may take a few more turns (the window's minimum follows its content)
    QTRY_VERIFY2(
        w->frameGeometry().height() <= available.height(),
        qPrintable(u"%1 px tall on a screen of %2 px"_s.arg(w->frameGeometry().height()).arg(available.height())));
    QTRY_VERIFY2(w->frameGeometry().top() >= available.top() && w->frameGeometry().bottom() <= available.bottom(),
                 "the window is on the screen");
    QCOMPARE(w->width(), width); // no long word widens it either
    for (const char *name : {"headlineLabel", "requestIdEdit", "copyRequestIdButton", "copyTicketButton"}) {
        auto *widget = w->findChild<QWidget *>(QLatin1StringView(name));
        const QRect onScreen(widget->mapToGlobal(QPoint()), widget->size());
        const QRect inWindow(widget->mapTo(w.get(), QPoint()), widget->size());
        QVERIFY2(!widget->isVisible() || w->rect().contains(inWindow), name);
        QVERIFY2(!widget->isVisible() || (onScreen.top() >= available.top() && onScreen.bottom() <= available.bottom()),
                 name);
    }
    QVERIFY(w->findChild<QWidget *>(u"copyTicketButton"_s)->isVisible());
    save(w.get(), QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-'));
}

QTEST_MAIN(TestLayout)
#include "tst_layout.moc"
