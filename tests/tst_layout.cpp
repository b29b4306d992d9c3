// The window's layout holds: nothing cut off or spilling out of its parent, in every state, left-to-right and
// right-to-left, at the scale the test runs at (CTest runs it at 100 % and at 200 %). With
// CHECKPOINT_SCREENSHOT_DIR set, every state is also saved as a PNG to look at.
#include "ApiKeyDialog.h"
#include "CheckpointWindow.h"
#include "SettingsDialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QLayout>
#include <QMainWindow>
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

const CheckpointRequest sent{u"acc_01HXYZ4QK3WJ8FN3M6QH7TZ8GR"_s, Provider::LinkedIn, u"123456"_s};

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
        if (!child->parentWidget()->rect().contains(inParent) && !child->inherits("QStackedWidget")
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

} // namespace

class TestLayout final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void holds_data();
    void holds();
    void rightToLeftMirrors();
    void wrappedLabelMeasuresLikeQLabel_data();
    void wrappedLabelMeasuresLikeQLabel();
    void countryComboSizesLikeQtsPolicy_data();
    void countryComboSizesLikeQtsPolicy();
    void countryListPopupWaitsForPhoneMode();

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

void TestLayout::holds_data()
{
    using Make = std::function<QWidget *()>;
    QTest::addColumn<Make>("make");
    QTest::addColumn<Qt::LayoutDirection>("direction");
    const QList<std::pair<const char *, Make>> states = {
        {"ready", [] { return window(); }},
        {"rejected code", [] {
             auto *w = window();
             w->showOutcome(problem(401, "errors/invalid_checkpoint_solution", "The checkpoint code was rejected."),
                            sent);
             return w;
         }},
        {"service unavailable", [] {
             auto *w = window();
             w->showOutcome(problem(503, "errors/no_client_session", "Please retry shortly."), sent);
             return w;
         }},
        {"long detail", [] {
             auto *w = window();
             w->showOutcome(problem(403, "errors/action_required",
                                    "The provider requires an additional action: the customer must open the "
                                    "LinkedIn app on their phone and confirm that this sign-in is theirs, then "
                                    "come back and try again within five minutes."),
                            sent);
             return w;
         }},
        {"connected", [] {
             auto *w = window();
             w->showOutcome(Outcome::fromHttpResponse({201, R"({"object":"AccountCreated","account_id":
                 "acc_01HXYZ4QK3WJ8FN3M6QH7TZ8GR"})", "application/json", {}, {}}), sent);
             return w;
         }},
        {"phone number", [] {
             auto *w = window();
             w->setPhoneMode(true);
             w->setCountry(u"FR"_s);
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
             auto *d = new ApiKeyDialog(QUrl(u"https://api.postpress.ai/v1"_s));
             d->showProblem(u"The API key could not be saved in the system keychain. No keychain service is "
                            u"running in this session."_s,
                            true);
             return d;
         }},
        {"settings dialog", [] { return new SettingsDialog(AppSettings::Values{}); }},
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

QTEST_MAIN(TestLayout)
#include "tst_layout.moc"
