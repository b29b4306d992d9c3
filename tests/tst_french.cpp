// The real window and API-key dialog in French, through the app's own loader (Translations::install), with the
// translations compiled into :/i18n and Qt's own from the system; then German, switched while the window is open.
#include "ApiKeyDialog.h"
#include "CheckpointWindow.h"
#include "TestConstants.h"
#include "WindowHarness.h"
#include "Outcome.h"
#include "TicketSummary.h"
#include "Translations.h"

#include <QApplication>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLibraryInfo>
#include <QMenu>
#include <QPushButton>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

using TestConstants::sent;

Outcome invalidCode()
{
    const QJsonObject body{{u"type"_s, u"errors/invalid_checkpoint_solution"_s},
                           {u"title"_s, u"Invalid checkpoint solution"_s},
                           {u"status"_s, 401}};
    return Outcome::fromHttpResponse({401, QJsonDocument(body).toJson(), "application/problem+json", {}, {}});
}

// The text of a widget or menu named `name` under `parent`, whatever kind it is.
QString textOf(QObject *parent, const QString &name)
{
    QObject *object = parent->findChild<QObject *>(name);
    if (auto *button = qobject_cast<QAbstractButton *>(object))
        return button->text();
    if (auto *label = qobject_cast<QLabel *>(object))
        return label->text();
    if (auto *menu = qobject_cast<QMenu *>(object))
        return menu->title();
    qWarning("no button, label or menu named %s", qPrintable(name));
    return {};
}

// Qt's standard button texts carry a mnemonic on some desktops ("&Annuler" under GNOME) and none on others.
QString withoutMnemonic(QString text)
{
    return text.remove(u'&');
}

} // namespace

class TestFrench final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void windowLabelsAreFrench_data();
    void windowLabelsAreFrench();
    void guidanceIsFrench();
    void ticketLinesUseFrenchPunctuation();
    void keyDialogIsFrenchIncludingQtsButtons();
    void switchingToGermanRetranslatesTheOpenWindow();

private:
    std::unique_ptr<CheckpointWindow> m_window;
};

void TestFrench::initTestCase()
{
    QVERIFY2(QFile::exists(u":/i18n/postpress-checkpoint_fr.qm"_s), "the French .qm is not in the resources");
    const QString qtFrench = QLibraryInfo::path(QLibraryInfo::TranslationsPath) + u"/qtbase_fr.qm"_s;
    QVERIFY2(QFile::exists(qtFrench), qPrintable(qtFrench + u" is missing: install qt6-translations-l10n"_s));
}

void TestFrench::init()
{
    QVERIFY(Translations::install(QCoreApplication::instance(), QLocale(u"fr"_s)));
    m_window = std::make_unique<CheckpointWindow>();
    m_window->setKeyState(ApiKeyController::State::Stored);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestFrench::cleanup()
{
    m_window.reset();
}

void TestFrench::cleanupTestCase()
{
    Translations::install(QCoreApplication::instance(), QLocale(u"en"_s));
}

void TestFrench::windowLabelsAreFrench_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    // French puts a narrow no-break space before a colon.
    QTest::newRow("submit button says Envoyer le code") << u"submitButton"_s << u"&Envoyer le code"_s;
    QTest::newRow("code label") << u"codeLabel"_s << u"Co&de du client\u202f:"_s;
    QTest::newRow("account label") << u"accountIdLabel"_s << u"Co&mpte\u202f:"_s;
    QTest::newRow("try another way button") << u"tryAnotherWayButton"_s << u"Autre mét&hode"_s;
    QTest::newRow("phone mode radio") << u"phoneModeRadio"_s << u"Télé&phone"_s;
    QTest::newRow("first menu") << u"fileMenu"_s << u"&Vérification"_s;
    QTest::newRow("help menu") << u"helpMenu"_s << u"&Aide"_s;
}

void TestFrench::windowLabelsAreFrench()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    QCOMPARE(textOf(m_window.get(), name), expected);
}

void TestFrench::guidanceIsFrench()
{
    m_window->setAccountId(sent.accountId);
    m_window->setProvider(sent.provider);
    m_window->showAnswer(WindowHarness::answered(invalidCode(), sent));
    QCOMPARE(textOf(m_window.get(), u"headlineLabel"_s), u"Le code n\u2019a pas été accepté"_s);
    QVERIFY2(textOf(m_window.get(), u"explanationLabel"_s).startsWith(u"LinkedIn a refusé le code\u202f:"_s),
             qPrintable(textOf(m_window.get(), u"explanationLabel"_s)));
    QCOMPARE(textOf(m_window.get(), u"retypeCodeButton"_s), u"&Nouveau code"_s);
    QCOMPARE(textOf(m_window.get(), u"copyTicketButton"_s), u"Copier pour le &ticket"_s);
}

void TestFrench::ticketLinesUseFrenchPunctuation()
{
    const QString ticket = ticketSummary(sent.accountId, sent.provider, invalidCode(),
                                         QDateTime(QDate(2026, 11, 26), QTime(9, 30), Qt::UTC));
    QVERIFY2(ticket.contains(u"\nStatut HTTP\u202f: 401\n"_s), qPrintable(ticket));
    QVERIFY2(ticket.contains(u"\nRésultat\u202f: Code refusé\n"_s), qPrintable(ticket));
    QVERIFY(!ticket.contains(u" : "_s)); // never a plain space before the colon
    QVERIFY(!ticket.contains(u"Statut HTTP: "_s));
}

void TestFrench::keyDialogIsFrenchIncludingQtsButtons()
{
    ApiKeyDialog dialog(TestConstants::production, m_window.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.windowTitle(), u"Clé API PostPress"_s);
    QCOMPARE(textOf(&dialog, u"keyLabel"_s), u"&Clé API\u202f:"_s);
    auto *buttons = dialog.findChild<QDialogButtonBox *>(u"buttonBox"_s);
    QVERIFY(buttons);
    QCOMPARE(buttons->button(QDialogButtonBox::Save)->text(), u"&Enregistrer dans le trousseau"_s);
    // Qt's own text, from qtbase_fr.qm: proves Qt's translation was found and installed too.
    QCOMPARE(withoutMnemonic(buttons->button(QDialogButtonBox::Cancel)->text()), u"Annuler"_s);
}

void TestFrench::switchingToGermanRetranslatesTheOpenWindow()
{
    m_window->setAccountId(sent.accountId);
    m_window->setProvider(sent.provider);
    m_window->showAnswer(WindowHarness::answered(invalidCode(), sent));
    QCOMPARE(textOf(m_window.get(), u"submitButton"_s), u"&Envoyer le code"_s);

    QVERIFY(Translations::install(QCoreApplication::instance(), QLocale(u"de"_s)));
    // The window re-translates on LanguageChange: the form, the outcome and the buttons built in code.
    QTRY_COMPARE(textOf(m_window.get(), u"submitButton"_s), u"Co&de senden"_s);
    QCOMPARE(textOf(m_window.get(), u"codeLabel"_s), u"&Code vom Kunden:"_s);
    QCOMPARE(textOf(m_window.get(), u"fileMenu"_s), u"&Sicherheitsprüfung"_s);
    QCOMPARE(textOf(m_window.get(), u"headlineLabel"_s), u"Der Code wurde nicht akzeptiert"_s);
    QCOMPARE(textOf(m_window.get(), u"retypeCodeButton"_s), u"Ne&uer Code"_s);
    // Only one language is ever loaded: nothing French is left over.
    QCOMPARE(QCoreApplication::translate("CheckpointWindow", "&Submit code"), u"Co&de senden"_s);
}

QTEST_MAIN(TestFrench)
#include "tst_french.moc"
