// AppSettings against a real settings file in a private config directory, and the settings dialog driven
// offscreen with the keyboard.
#include "ApiBaseUrl.h"
#include "AppSettings.h"
#include "EffectiveSettings.h"
#include "LaunchOptions.h"
#include "SettingsDialog.h"

#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

using Values = AppSettings::Values;
using KeyState = ApiKeyController::State;

Values makeValues(const QString &url, int timeoutSeconds, const QString &language)
{
    Values values;
    values.apiUrl = QUrl(url);
    values.timeoutSeconds = timeoutSeconds;
    values.language = language;
    return values;
}

template <typename T> T *child(QWidget *parent, const char *name)
{
    T *widget = parent->findChild<T *>(QLatin1StringView(name));
    if (!widget)
        qWarning("no widget named %s", name);
    return widget;
}

// The interactive roles a screen reader user has to be able to tell apart by name.
bool isInteractive(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::SpinBox:
    case QAccessible::EditableText:
    case QAccessible::Slider:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::Link:
        return true;
    default:
        return false;
    }
}

void collectUnnamed(QAccessibleInterface *node, QStringList &unnamed, int &interactive)
{
    if (!node || node->state().invisible)
        return;
    if (isInteractive(node->role())) {
        ++interactive;
        if (node->text(QAccessible::Name).trimmed().isEmpty()) {
            const QObject *object = node->object();
            unnamed << (object ? object->objectName() : u"(no object)"_s);
        }
    }
    for (int i = 0; i < node->childCount(); ++i)
        collectUnnamed(node->child(i), unnamed, interactive);
}

QChar mnemonicOf(const QString &text)
{
    const qsizetype at = text.indexOf(u'&');
    return at >= 0 && at + 1 < text.size() ? text.at(at + 1).toLower() : QChar();
}

} // namespace

class TestSettings final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    // AppSettings
    void nothingStoredReadsAsDefaults();
    void everyValueRoundTrips_data();
    void everyValueRoundTrips();
    void lastProviderAndGeometryRoundTrip();
    void defaultsLeaveTheFileEmpty();
    void valuesThatWouldNotLoadAreStoredAsDefaults();
    void garbageInTheFileFallsBackToDefaults_data();
    void garbageInTheFileFallsBackToDefaults();
    void commandLineApiUrlWinsForThatRun_data();
    void commandLineApiUrlWinsForThatRun();

    // SettingsDialog
    void dialogShowsTheValues();
    void oneKeystrokeKeepsTheUrl();
    void keyButtonsSayTheyActAtOnce();
    void unusableUrlDisablesSaveWithTheReasonAndKeepsTheText_data();
    void unusableUrlDisablesSaveWithTheReasonAndKeepsTheText();
    void usableUrlIsSavedNormalised_data();
    void usableUrlIsSavedNormalised();
    void timeoutStaysInRange_data();
    void timeoutStaysInRange();
    void languageChoiceIsSaved_data();
    void languageChoiceIsSaved();
    void restoreDefaultsResetsTheFieldsWithoutSaving();
    void keyButtonsOnlyEmit();
    void keyStateInWords_data();
    void keyStateInWords();
    void commandLineUrlIsExplained();
    void noSecretIsEverWritten();
    void enterSaves_data();
    void enterSaves();
    void escCancelsAndEmitsNothing();
    void mnemonicsReachTheirFields_data();
    void mnemonicsReachTheirFields();
    void tabOrderFollowsReadingOrder();
    void everyInputHasABuddyNameAndDescription();
    void everyInteractiveWidgetHasAnAccessibleName();

private:
    QString settingsFile() const { return QSettings().fileName(); }
    void writeSettingsFile(const QByteArray &contents);
    // A shown, active dialog, with its signals watched.
    void openDialog(const Values &values = {});
    QLineEdit *urlEdit() { return child<QLineEdit>(m_dialog.get(), "apiUrlEdit"); }
    QSpinBox *timeoutSpin() { return child<QSpinBox>(m_dialog.get(), "timeoutSpin"); }
    QComboBox *languageCombo() { return child<QComboBox>(m_dialog.get(), "languageCombo"); }
    QPushButton *saveButton() { return child<QPushButton>(m_dialog.get(), "saveButton"); }
    QLabel *urlMessage() { return child<QLabel>(m_dialog.get(), "apiUrlMessageLabel"); }
    void retype(QWidget *field, const QString &text);
    // What the one settingsAccepted signal carried.
    Values accepted();

    QTemporaryDir m_config;
    std::unique_ptr<SettingsDialog> m_dialog;
    std::unique_ptr<QSignalSpy> m_acceptedSpy;
};

void TestSettings::initTestCase()
{
    QVERIFY(m_config.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));
    QCoreApplication::setOrganizationName(u"PostPressTest"_s);
    QCoreApplication::setApplicationName(u"tst_settings"_s);
    QVERIFY2(settingsFile().startsWith(m_config.path()), qPrintable(settingsFile()));
}

void TestSettings::init()
{
    QSettings settings;
    settings.clear();
    settings.sync();
}

void TestSettings::cleanup()
{
    m_acceptedSpy.reset();
    m_dialog.reset();
}

void TestSettings::writeSettingsFile(const QByteArray &contents)
{
    QFile file(settingsFile());
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(contents), contents.size());
}

void TestSettings::openDialog(const Values &values)
{
    m_dialog = std::make_unique<SettingsDialog>(values);
    m_acceptedSpy = std::make_unique<QSignalSpy>(m_dialog.get(), &SettingsDialog::settingsAccepted);
    m_dialog->show();
    m_dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
}

void TestSettings::retype(QWidget *field, const QString &text)
{
    field->setFocus();
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(field, Qt::Key_Delete);
    QTest::keyClicks(field, text);
}

Values TestSettings::accepted()
{
    if (m_acceptedSpy->size() != 1) {
        qWarning("settingsAccepted was emitted %d times", int(m_acceptedSpy->size()));
        return {};
    }
    return m_acceptedSpy->at(0).at(0).value<Values>();
}

// ---- AppSettings ----

void TestSettings::nothingStoredReadsAsDefaults()
{
    const AppSettings settings;
    const Values values = settings.values();
    QCOMPARE(values.apiUrl, QUrl(u"https://api.postpress.ai/v1"_s));
    QCOMPARE(values.apiUrl, AppSettings::defaultApiUrl());
    QCOMPARE(values.timeoutSeconds, 30);
    QCOMPARE(values.timeout(), std::chrono::seconds(30));
    QVERIFY(values.language.isEmpty());
    QCOMPARE(settings.lastProvider(), std::nullopt);
    QVERIFY(settings.windowGeometry().isEmpty());
}

void TestSettings::everyValueRoundTrips_data()
{
    QTest::addColumn<Values>("values");
    QTest::newRow("staging https URL") << makeValues(u"https://staging.postpress.ai/v2"_s, 30, {});
    QTest::newRow("loopback http URL with a port") << makeValues(u"http://127.0.0.1:8080/v1"_s, 30, {});
    QTest::newRow("localhost http URL") << makeValues(u"http://localhost:3000"_s, 30, {});
    QTest::newRow("IPv6 loopback http URL") << makeValues(u"http://[::1]:8080/api"_s, 30, {});
    QTest::newRow("shortest timeout") << makeValues(u"https://api.postpress.ai/v1"_s, 5, {});
    QTest::newRow("longest timeout") << makeValues(u"https://api.postpress.ai/v1"_s, 120, {});
    QTest::newRow("English") << makeValues(u"https://api.postpress.ai/v1"_s, 30, u"en"_s);
    QTest::newRow("French") << makeValues(u"https://api.postpress.ai/v1"_s, 30, u"fr"_s);
    QTest::newRow("German") << makeValues(u"https://api.postpress.ai/v1"_s, 30, u"de"_s);
    QTest::newRow("Spanish") << makeValues(u"https://api.postpress.ai/v1"_s, 30, u"es"_s);
    QTest::newRow("everything changed at once") << makeValues(u"https://eu.postpress.ai/v1"_s, 90, u"de"_s);
}

void TestSettings::everyValueRoundTrips()
{
    QFETCH(Values, values);
    {
        AppSettings settings;
        settings.setValues(values);
        settings.sync();
    }
    // Read the file itself, not the copy this process still holds in memory.
    QSettings fromFile(settingsFile(), QSettings::IniFormat);
    QCOMPARE(AppSettings(&fromFile).values(), values);
    QCOMPARE(AppSettings().values(), values);
}

void TestSettings::lastProviderAndGeometryRoundTrip()
{
    // The literal's own length, embedded NULs included (a hand-counted length read past its end).
    const QByteArray geometry = QByteArrayLiteral("\x01\xd9\xd0\xcb\x00\x03\x00\x00 not text \n\r\0 at all");
    for (const Provider provider : allProviders) {
        {
            AppSettings settings;
            settings.setLastProvider(provider);
            settings.setWindowGeometry(geometry);
            settings.sync();
        }
        QSettings fromFile(settingsFile(), QSettings::IniFormat);
        const AppSettings settings(&fromFile);
        QCOMPARE(settings.lastProvider(), provider);
        QCOMPARE(settings.windowGeometry(), geometry);
    }
    // The keys WindowController wrote before AppSettings existed still read.
    QSettings legacy;
    legacy.setValue(u"checkpoint/lastProvider"_s, u"MESSENGER"_s);
    legacy.sync();
    QCOMPARE(AppSettings().lastProvider(), Provider::Messenger);
}

void TestSettings::defaultsLeaveTheFileEmpty()
{
    AppSettings settings;
    settings.setValues(makeValues(u"https://eu.postpress.ai/v1"_s, 60, u"fr"_s));
    settings.sync();
    QCOMPARE(QSettings().allKeys().size(), 3);
    settings.setValues(Values{});
    settings.sync();
    QCOMPARE(QSettings().allKeys(), QStringList());
}

void TestSettings::valuesThatWouldNotLoadAreStoredAsDefaults()
{
    AppSettings settings;
    settings.setValues(makeValues(u"http://api.postpress.ai/v1"_s, 500, u"../../../etc/passwd"_s));
    settings.sync();
    QCOMPARE(QSettings().allKeys(), QStringList());
    QCOMPARE(settings.values(), Values{});
}

void TestSettings::garbageInTheFileFallsBackToDefaults_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<Values>("expected");
    const Values defaults;
    const QString defaultUrl = defaults.apiUrl.toString();

    // The control row: proves the file is really read, so the defaults below are not a cache artefact.
    QTest::newRow("good values are read")
        << "[network]\napiUrl=https://eu.postpress.ai/v1\ntimeoutSeconds=45\n[ui]\nlanguage=es\n"_ba
        << makeValues(u"https://eu.postpress.ai/v1"_s, 45, u"es"_s);
    QTest::newRow("plain http to a remote host") << "[network]\napiUrl=http://api.postpress.ai/v1\n"_ba << defaults;
    QTest::newRow("plain http to a look-alike of localhost")
        << "[network]\napiUrl=http://localhost.evil.example/v1\n"_ba << defaults;
    QTest::newRow("ftp URL") << "[network]\napiUrl=ftp://api.postpress.ai/v1\n"_ba << defaults;
    QTest::newRow("URL with a user and password")
        << "[network]\napiUrl=https://agent:secret@api.postpress.ai/v1\n"_ba << defaults;
    QTest::newRow("URL without a scheme") << "[network]\napiUrl=api.postpress.ai/v1\n"_ba << defaults;
    QTest::newRow("URL that reads as a list")
        << "[network]\napiUrl=https://a.example, https://b.example\n"_ba << defaults;
    QTest::newRow("URL as a serialised number")
        << "[network]\napiUrl=@Variant(\\0\\0\\0\\x2\\0\\0\\0*)\n"_ba << defaults;
    QTest::newRow("URL over-long") << "[network]\napiUrl=https://a.example/" + QByteArray(5000, 'x') + "\n" << defaults;
    QTest::newRow("timeout as a word") << "[network]\ntimeoutSeconds=soon\n"_ba << defaults;
    QTest::newRow("timeout zero") << "[network]\ntimeoutSeconds=0\n"_ba << defaults;
    QTest::newRow("timeout negative") << "[network]\ntimeoutSeconds=-30\n"_ba << defaults;
    QTest::newRow("timeout just above the range") << "[network]\ntimeoutSeconds=121\n"_ba << defaults;
    QTest::newRow("timeout just below the range") << "[network]\ntimeoutSeconds=4\n"_ba << defaults;
    QTest::newRow("timeout beyond an int") << "[network]\ntimeoutSeconds=99999999999999999999\n"_ba << defaults;
    QTest::newRow("timeout with a fraction") << "[network]\ntimeoutSeconds=30.5\n"_ba << defaults;
    QTest::newRow("timeout as a boolean") << "[network]\ntimeoutSeconds=@Variant(\\0\\0\\0\\x1\\x1)\n"_ba << defaults;
    QTest::newRow("language not shipped") << "[ui]\nlanguage=xx\n"_ba << defaults;
    QTest::newRow("language as a path") << "[ui]\nlanguage=../../../tmp/evil\n"_ba << defaults;
    QTest::newRow("language in capitals") << "[ui]\nlanguage=FR\n"_ba << defaults;
    QTest::newRow("language that reads as a list") << "[ui]\nlanguage=fr, de\n"_ba << defaults;
    QTest::newRow("one bad value leaves the good ones")
        << "[network]\napiUrl=http://203.0.113.7/v1\ntimeoutSeconds=60\n[ui]\nlanguage=de\n"_ba
        << makeValues(defaultUrl, 60, u"de"_s);
    QTest::newRow("binary junk") << QByteArray("\x00\xff\xfe[\x01=\x02\n\x80\x81=\n[]]]=\\", 18) << defaults;
    QTest::newRow("empty values") << "[network]\napiUrl=\ntimeoutSeconds=\n[ui]\nlanguage=\n"_ba << defaults;
}

void TestSettings::garbageInTheFileFallsBackToDefaults()
{
    QFETCH(QByteArray, file);
    QFETCH(Values, expected);
    writeSettingsFile(file + "\n[checkpoint]\nlastProvider=MYSPACE\n[window]\ngeometry=not a byte array\n"_ba);
    QSettings fromFile(settingsFile(), QSettings::IniFormat);
    const AppSettings settings(&fromFile);
    QCOMPARE(settings.values(), expected);
    QCOMPARE(settings.lastProvider(), std::nullopt);
    QVERIFY(settings.windowGeometry().isEmpty());
}

void TestSettings::commandLineApiUrlWinsForThatRun_data()
{
    using Source = EffectiveSettings::Source;
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QUrl>("forwarded");
    QTest::addColumn<QUrl>("expected");
    QTest::addColumn<Source>("source");
    const QString eu = u"https://eu.postpress.ai/v1"_s;
    const QString defaultUrl = u"https://api.postpress.ai/v1"_s;
    const QStringList local{u"--api-url"_s, u"http://127.0.0.1:9000/v1"_s};
    QTest::newRow("no --api-url: the stored one") << eu << QStringList() << QUrl() << QUrl(eu) << Source::User;
    QTest::newRow("nothing given or stored: the default")
        << defaultUrl << QStringList() << QUrl() << QUrl(defaultUrl) << Source::BuiltIn;
    QTest::newRow("--api-url: the given one")
        << eu << local << QUrl() << QUrl(u"http://127.0.0.1:9000/v1"_s) << Source::CommandLine;
    QTest::newRow("--api-url equal to the default still wins")
        << eu << QStringList{u"--api-url"_s, defaultUrl} << QUrl() << QUrl(defaultUrl) << Source::CommandLine;
    QTest::newRow("a forwarded launch's --api-url wins over this program's")
        << eu << local << QUrl(u"http://localhost:8/v1"_s) << QUrl(u"http://localhost:8/v1"_s) << Source::CommandLine;
}

void TestSettings::commandLineApiUrlWinsForThatRun()
{
    QFETCH(QString, stored);
    QFETCH(QStringList, arguments);
    QFETCH(QUrl, forwarded);
    QFETCH(QUrl, expected);
    QFETCH(EffectiveSettings::Source, source);
    const LaunchOptions options = LaunchOptions::parse(QStringList{u"postpress-checkpoint"_s} + arguments);
    QCOMPARE(options.action, LaunchOptions::Action::Run);
    AppSettings().setValues(makeValues(stored, 30, {}));
    // What AppController::baseUrlFor() asks for: a forwarded launch's URL, else this program's --api-url.
    const QUrl requested = forwarded.isEmpty() ? options.request().apiUrl : forwarded;
    const EffectiveSettings::Setting<QUrl> effective =
        EffectiveSettings::resolve(AdminPolicy(), AppSettings().ownChoices()).apiUrlFor(requested);
    QCOMPARE(ApiBaseUrl::normalised(effective.value), ApiBaseUrl::normalised(expected));
    QCOMPARE(effective.source, source);
}

// ---- SettingsDialog ----

void TestSettings::dialogShowsTheValues()
{
    openDialog(makeValues(u"https://eu.postpress.ai/v1"_s, 75, u"de"_s));
    QCOMPARE(urlEdit()->text(), u"https://eu.postpress.ai/v1"_s);
    QCOMPARE(timeoutSpin()->value(), 75);
    QCOMPARE(languageCombo()->currentData().toString(), u"de"_s);
    QCOMPARE(languageCombo()->currentText(), u"Deutsch"_s);
    QVERIFY(saveButton()->isEnabled());
    QVERIFY(!urlMessage()->isVisible());
    QCOMPARE(QApplication::focusWidget(), urlEdit());
}

// The URL has the focus but is not selected: a stray keystroke adds to it instead of replacing it.
void TestSettings::oneKeystrokeKeepsTheUrl()
{
    openDialog();
    const QString production = urlEdit()->text();
    QCOMPARE(production, u"https://api.postpress.ai/v1"_s);
    QVERIFY2(!urlEdit()->hasSelectedText(), qPrintable(urlEdit()->selectedText()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_X);
    QVERIFY2(urlEdit()->text().startsWith(production), qPrintable(urlEdit()->text()));
}

// One form, not boxes in boxes; the key buttons, which act at once, say so beside them.
void TestSettings::keyButtonsSayTheyActAtOnce()
{
    openDialog();
    QVERIFY(m_dialog->findChildren<QGroupBox *>().isEmpty());
    QLabel *note = child<QLabel>(m_dialog.get(), "keyNoteLabel");
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().contains(u"at once"_s), qPrintable(note->text()));
    const QWidget *forget = child<QWidget>(m_dialog.get(), "forgetKeyButton");
    QVERIFY(qAbs(note->mapTo(m_dialog.get(), QPoint()).y() - forget->mapTo(m_dialog.get(), QPoint()).y())
            < 3 * forget->height());
}

void TestSettings::unusableUrlDisablesSaveWithTheReasonAndKeepsTheText_data()
{
    QTest::addColumn<QString>("typed");
    QTest::newRow("plain http to a remote host") << u"http://api.postpress.ai/v1"_s;
    QTest::newRow("plain http to a private address") << u"http://192.168.1.10/v1"_s;
    QTest::newRow("ftp") << u"ftp://api.postpress.ai/v1"_s;
    QTest::newRow("no scheme") << u"api.postpress.ai/v1"_s;
    QTest::newRow("user and password") << u"https://agent:pw@api.postpress.ai/v1"_s;
    QTest::newRow("spaces in the host") << u"https://api post press/v1"_s;
    QTest::newRow("only spaces") << u"   "_s;
}

void TestSettings::unusableUrlDisablesSaveWithTheReasonAndKeepsTheText()
{
    QFETCH(QString, typed);
    openDialog();
    retype(urlEdit(), typed);

    QCOMPARE(urlEdit()->text(), typed);
    QVERIFY(!saveButton()->isEnabled());
    QVERIFY(urlMessage()->isVisible());
    QVERIFY(!urlMessage()->text().isEmpty());
    QCOMPARE(urlMessage()->text(), m_dialog->apiUrlProblem());
    QVERIFY(saveButton()->toolTip().contains(urlMessage()->text()));
    QCOMPARE(urlEdit()->accessibleDescription(), urlMessage()->text());

    QTest::keyClick(urlEdit(), Qt::Key_Return);
    QCOMPARE(m_acceptedSpy->size(), 0);
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(urlEdit()->text(), typed);

    // Fixing it enables Save again and the message goes.
    retype(urlEdit(), u"https://api.postpress.ai/v1"_s);
    QVERIFY(saveButton()->isEnabled());
    QVERIFY(!urlMessage()->isVisible());
}

void TestSettings::usableUrlIsSavedNormalised_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QUrl>("saved");
    QTest::newRow("loopback http with a port") << u"http://127.0.0.1:8080/v1"_s << QUrl(u"http://127.0.0.1:8080/v1"_s);
    QTest::newRow("localhost http") << u"http://localhost:3000/"_s << QUrl(u"http://localhost:3000"_s);
    QTest::newRow("IPv6 loopback http") << u"http://[::1]:8080/v1"_s << QUrl(u"http://[::1]:8080/v1"_s);
    QTest::newRow("https with surrounding spaces and a trailing slash")
        << u"  https://staging.postpress.ai/v1/  "_s << QUrl(u"https://staging.postpress.ai/v1"_s);
}

void TestSettings::usableUrlIsSavedNormalised()
{
    QFETCH(QString, typed);
    QFETCH(QUrl, saved);
    openDialog();
    retype(urlEdit(), typed);
    QVERIFY2(saveButton()->isEnabled(), qPrintable(urlMessage()->text()));
    QVERIFY(!urlMessage()->isVisible());
    QTest::keyClick(urlEdit(), Qt::Key_Return);
    QCOMPARE(accepted().apiUrl, saved);
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));

    AppSettings settings;
    settings.setValues(accepted());
    QCOMPARE(settings.values().apiUrl, saved);
}

void TestSettings::timeoutStaysInRange_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("saved");
    QTest::newRow("inside the range") << u"45"_s << 45;
    QTest::newRow("the shortest") << u"5"_s << 5;
    QTest::newRow("the longest") << u"120"_s << 120;
    QTest::newRow("too long is refused as typed") << u"500"_s << 50;
}

void TestSettings::timeoutStaysInRange()
{
    QFETCH(QString, typed);
    QFETCH(int, saved);
    openDialog();
    QCOMPARE(timeoutSpin()->minimum(), AppSettings::MinTimeoutSeconds);
    QCOMPARE(timeoutSpin()->maximum(), AppSettings::MaxTimeoutSeconds);
    QCOMPARE(timeoutSpin()->suffix(), u" s"_s);
    timeoutSpin()->setFocus();
    timeoutSpin()->selectAll();
    QTest::keyClicks(timeoutSpin(), typed);
    QTest::keyClick(timeoutSpin(), Qt::Key_Return);
    QCOMPARE(accepted().timeoutSeconds, saved);
}

void TestSettings::languageChoiceIsSaved_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("shown");
    QTest::newRow("system default") << QString() << u"System default"_s;
    QTest::newRow("English") << u"en"_s << u"English"_s;
    QTest::newRow("French") << u"fr"_s << u"Français"_s;
    QTest::newRow("German") << u"de"_s << u"Deutsch"_s;
    QTest::newRow("Spanish") << u"es"_s << u"Español"_s;
}

void TestSettings::languageChoiceIsSaved()
{
    QFETCH(QString, code);
    QFETCH(QString, shown);
    openDialog(makeValues(u"https://api.postpress.ai/v1"_s, 30, u"es"_s));
    QCOMPARE(languageCombo()->count(), 5);
    languageCombo()->setFocus();
    // Home, then Down: how someone without a mouse picks an entry.
    QTest::keyClick(languageCombo(), Qt::Key_Home);
    while (languageCombo()->currentText() != shown && languageCombo()->currentIndex() < languageCombo()->count() - 1)
        QTest::keyClick(languageCombo(), Qt::Key_Down);
    QCOMPARE(languageCombo()->currentText(), shown);
    QTest::keyClick(languageCombo(), Qt::Key_Return);
    QCOMPARE(accepted().language, code);
}

void TestSettings::restoreDefaultsResetsTheFieldsWithoutSaving()
{
    openDialog(makeValues(u"http://localhost:8000"_s, 100, u"fr"_s));
    QPushButton *restore = child<QPushButton>(m_dialog.get(), "restoreDefaultsButton");
    QVERIFY(restore);
    QTest::mouseClick(restore, Qt::LeftButton);
    QCOMPARE(m_dialog->values(), Values{});
    QCOMPARE(m_acceptedSpy->size(), 0);
    QVERIFY(m_dialog->isVisible());
}

void TestSettings::keyButtonsOnlyEmit()
{
    openDialog();
    m_dialog->setKeyState(KeyState::Stored);
    QSignalSpy replace(m_dialog.get(), &SettingsDialog::replaceKeyRequested);
    QSignalSpy forget(m_dialog.get(), &SettingsDialog::forgetKeyRequested);
    QTest::mouseClick(child<QPushButton>(m_dialog.get(), "replaceKeyButton"), Qt::LeftButton);
    QCOMPARE(replace.size(), 1);
    QCOMPARE(forget.size(), 0);
    QTest::mouseClick(child<QPushButton>(m_dialog.get(), "forgetKeyButton"), Qt::LeftButton);
    QCOMPARE(forget.size(), 1);
    QCOMPARE(replace.size(), 1);
    // The dialog stays open for the key dialog or the confirmation to come, and saves nothing.
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(m_acceptedSpy->size(), 0);
}

void TestSettings::keyStateInWords_data()
{
    QTest::addColumn<KeyState>("state");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("shown");
    QTest::addColumn<bool>("canReplace");
    QTest::addColumn<bool>("canForget");
    QTest::newRow("loading") << KeyState::Loading << QString() << u"Waiting for the system keychain…"_s << true
                             << false;
    QTest::newRow("saving") << KeyState::Saving << QString() << u"Saving the API key in the system keychain…"_s << false
                            << false;
    QTest::newRow("missing") << KeyState::Missing << QString()
                             << u"No API key yet: nothing can be sent until one is entered."_s << true << false;
    QTest::newRow("stored") << KeyState::Stored << QString() << u"API key from the system keychain."_s << true << true;
    QTest::newRow("session only") << KeyState::SessionOnly << QString()
                                  << u"API key for this session only: it is forgotten when the app quits."_s << true
                                  << true;
    QTest::newRow("failed says why") << KeyState::Failed << u"The keychain is locked."_s << u"The keychain is locked."_s
                                     << true << false;
}

void TestSettings::keyStateInWords()
{
    QFETCH(KeyState, state);
    QFETCH(QString, message);
    QFETCH(QString, shown);
    QFETCH(bool, canReplace);
    QFETCH(bool, canForget);
    openDialog();
    m_dialog->setKeyBaseUrl(QUrl(u"https://staging.postpress.ai/v1/"_s));
    m_dialog->setKeyState(state, message);
    QCOMPARE(child<QLabel>(m_dialog.get(), "keyStateLabel")->text(), shown);
    QCOMPARE(child<QLabel>(m_dialog.get(), "keyUrlLabel")->text(), u"API key for https://staging.postpress.ai/v1"_s);
    QCOMPARE(child<QPushButton>(m_dialog.get(), "replaceKeyButton")->isEnabled(), canReplace);
    QCOMPARE(child<QPushButton>(m_dialog.get(), "forgetKeyButton")->isEnabled(), canForget);
}

void TestSettings::commandLineUrlIsExplained()
{
    openDialog();
    QLabel *note = child<QLabel>(m_dialog.get(), "commandLineNoteLabel");
    QVERIFY(!note->isVisible());
    m_dialog->setCommandLineApiUrl(QUrl(u"http://127.0.0.1:9000/v1"_s));
    QVERIFY(note->isVisible());
    QVERIFY(note->text().contains(u"http://127.0.0.1:9000/v1"_s));
    QVERIFY(note->text().contains(u"--api-url"_s));
}

void TestSettings::noSecretIsEverWritten()
{
    openDialog();
    // Nothing in the dialog can take a key: no masked field, and the only text field is the URL.
    const QList<QLineEdit *> edits = m_dialog->findChildren<QLineEdit *>();
    for (const QLineEdit *edit : edits) {
        QCOMPARE_NE(edit->echoMode(), QLineEdit::Password);
        QVERIFY2(edit == urlEdit() || edit->parent() == timeoutSpin(), qPrintable(edit->objectName()));
    }

    m_dialog->setKeyState(KeyState::Stored);
    QTest::mouseClick(child<QPushButton>(m_dialog.get(), "replaceKeyButton"), Qt::LeftButton);
    retype(urlEdit(), u"https://eu.postpress.ai/v1"_s);
    QTest::keyClick(urlEdit(), Qt::Key_Return);
    AppSettings settings;
    settings.setValues(accepted());
    settings.setLastProvider(Provider::Instagram);
    settings.setWindowGeometry("geometry"_ba);
    settings.sync();

    QStringList keys = QSettings().allKeys();
    keys.sort();
    QCOMPARE(keys, (QStringList{u"checkpoint/lastProvider"_s, u"network/apiUrl"_s, u"window/geometry"_s}));
}

void TestSettings::enterSaves_data()
{
    QTest::addColumn<QByteArray>("focused");
    QTest::newRow("from the URL field") << "apiUrlEdit"_ba;
    QTest::newRow("from the timeout") << "timeoutSpin"_ba;
    QTest::newRow("from the language") << "languageCombo"_ba;
}

void TestSettings::enterSaves()
{
    QFETCH(QByteArray, focused);
    const Values values = makeValues(u"https://eu.postpress.ai/v1"_s, 40, u"fr"_s);
    openDialog(values);
    QWidget *field = child<QWidget>(m_dialog.get(), focused.constData());
    field->setFocus();
    QTest::keyClick(field, Qt::Key_Enter);
    QCOMPARE(accepted(), values);
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QVERIFY(!m_dialog->isVisible());
}

void TestSettings::escCancelsAndEmitsNothing()
{
    openDialog();
    retype(urlEdit(), u"https://changed.example/v1"_s);
    QTest::keyClick(urlEdit(), Qt::Key_Escape);
    QCOMPARE(m_acceptedSpy->size(), 0);
    QCOMPARE(m_dialog->result(), int(QDialog::Rejected));
    QVERIFY(!m_dialog->isVisible());
    QCOMPARE(AppSettings().values(), Values{});
}

void TestSettings::mnemonicsReachTheirFields_data()
{
    QTest::addColumn<Qt::Key>("key");
    QTest::addColumn<QByteArray>("target");
    QTest::newRow("Alt+U: API URL") << Qt::Key_U << "apiUrlEdit"_ba;
    QTest::newRow("Alt+T: timeout") << Qt::Key_T << "timeoutSpin"_ba;
    QTest::newRow("Alt+L: language") << Qt::Key_L << "languageCombo"_ba;
}

void TestSettings::mnemonicsReachTheirFields()
{
    QFETCH(Qt::Key, key);
    QFETCH(QByteArray, target);
    openDialog();
    // Start somewhere else, so that the focus has to move.
    child<QPushButton>(m_dialog.get(), "cancelButton")->setFocus();
    QTest::keyClick(m_dialog.get(), key, Qt::AltModifier);
    QTRY_COMPARE(QApplication::focusWidget(), child<QWidget>(m_dialog.get(), target.constData()));

    // Every mnemonic in the dialog is different, so none needs pressing twice.
    QStringList texts;
    for (const QLabel *label : m_dialog->findChildren<QLabel *>()) {
        if (label->buddy())
            texts << label->text();
    }
    for (const QAbstractButton *button : m_dialog->findChildren<QAbstractButton *>())
        texts << button->text();
    QList<QChar> seen;
    for (const QString &text : std::as_const(texts)) {
        const QChar mnemonic = mnemonicOf(text);
        if (mnemonic.isNull() && text != u"Cancel"_s && text != u"&Cancel"_s)
            QFAIL(qPrintable(u"no mnemonic: "_s + text));
        QVERIFY2(mnemonic.isNull() || !seen.contains(mnemonic), qPrintable(u"mnemonic used twice: "_s + text));
        seen << mnemonic;
    }
}

void TestSettings::tabOrderFollowsReadingOrder()
{
    openDialog();
    m_dialog->setKeyState(KeyState::Stored);
    const QStringList expected{u"apiUrlEdit"_s, u"timeoutSpin"_s, u"languageCombo"_s, u"replaceKeyButton"_s,
                               u"forgetKeyButton"_s};
    QStringList visited{QApplication::focusWidget()->objectName()};
    for (qsizetype i = 1; i < expected.size(); ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        visited << QApplication::focusWidget()->objectName();
    }
    QCOMPARE(visited, expected);
    // Then the dialog's buttons, and round to the start.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->parentWidget(), child<QDialogButtonBox>(m_dialog.get(), "buttonBox"));
}

void TestSettings::everyInputHasABuddyNameAndDescription()
{
    openDialog();
    const QList<QWidget *> inputs{urlEdit(), timeoutSpin(), languageCombo()};
    const QList<QLabel *> labels = m_dialog->findChildren<QLabel *>();
    for (QWidget *input : inputs) {
        const bool hasBuddy = std::any_of(labels.cbegin(), labels.cend(),
                                          [input](const QLabel *label) { return label->buddy() == input; });
        QVERIFY2(hasBuddy, qPrintable(input->objectName()));
        QVERIFY2(!input->accessibleName().isEmpty(), qPrintable(input->objectName()));
        QVERIFY2(!input->accessibleDescription().isEmpty(), qPrintable(input->objectName()));
    }
    for (const char *button : {"replaceKeyButton", "forgetKeyButton"}) {
        QVERIFY(!child<QWidget>(m_dialog.get(), button)->accessibleName().isEmpty());
        QVERIFY(!child<QWidget>(m_dialog.get(), button)->accessibleDescription().isEmpty());
    }
}

void TestSettings::everyInteractiveWidgetHasAnAccessibleName()
{
    openDialog();
    m_dialog->setCommandLineApiUrl(QUrl(u"http://127.0.0.1:9000"_s));
    QStringList unnamed;
    int interactive = 0;
    collectUnnamed(QAccessible::queryAccessibleInterface(m_dialog.get()), unnamed, interactive);
    QCOMPARE(unnamed, QStringList());
    // URL, timeout, language, replace, forget, restore defaults, cancel, save: the walk really saw them.
    QCOMPARE_GE(interactive, 8);
}

QTEST_MAIN(TestSettings)
#include "tst_settings.moc"
