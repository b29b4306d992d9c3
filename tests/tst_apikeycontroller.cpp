#include "ApiKeyController.h"
#include "MemoryApiKeyStore.h"
#include "TestConstants.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

using State = ApiKeyController::State;
using Result = ApiKeyStore::Result;
using Operation = MemoryApiKeyStore::Operation;

namespace {

using TestConstants::production;
using TestConstants::staging;

QList<State> statesOf(const QSignalSpy &spy)
{
    QList<State> states;
    for (const QList<QVariant> &arguments : spy)
        states.append(arguments.at(0).value<State>());
    return states;
}

QStringList keysOf(const QSignalSpy &spy)
{
    QStringList keys;
    for (const QList<QVariant> &arguments : spy)
        keys.append(arguments.at(0).toString());
    return keys;
}

// A store, a controller for production on it, and spies on the controller.
struct Fixture {
    explicit Fixture(const QUrl &baseUrl = production)
        : controller(&store, baseUrl)
        , states(&controller, &ApiKeyController::stateChanged)
        , keys(&controller, &ApiKeyController::keyChanged)
        , replaced(&controller, &ApiKeyController::keyReplaced)
        , forgotten(&controller, &ApiKeyController::keyForgotten)
    {
    }

    // Loads what is stored and forgets the signals that took, so a test sees only what comes next.
    bool loadFirst()
    {
        controller.load();
        if (!QTest::qWaitFor([this] { return controller.state() != State::Loading; }))
            return false;
        states.clear();
        keys.clear();
        return true;
    }

    MemoryApiKeyStore store;
    ApiKeyController controller;
    QSignalSpy states;
    QSignalSpy keys;
    QSignalSpy replaced; // what the audit log hears
    QSignalSpy forgotten;
};

} // namespace

class TestApiKeyController final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void idleUntilAsked();
    void load_data();
    void load();
    void pendingRead_data();
    void pendingRead();
    void save_data();
    void save();
    void writeFailure_data();
    void writeFailure();
    void forget();
    void forgetFailure();
    void refusedKeysChangeNothing_data();
    void refusedKeysChangeNothing();
    void latestCallWins();
    void answersForAnotherBaseUrlAreIgnored();
    void trailingSlashIsTheSameEntry();
    void signalsFireOnlyOnChange();
    void storeGoneFailsWithAMessage();
    void normalisedKey_data();
    void normalisedKey();
};

void TestApiKeyController::idleUntilAsked()
{
    Fixture f;
    QCoreApplication::processEvents();
    QCOMPARE(f.controller.state(), State::Idle);
    QVERIFY(!f.controller.hasKey());
    QCOMPARE(f.store.callCount(Operation::Read), 0);
    QCOMPARE(f.states.count(), 0);
}

void TestApiKeyController::load_data()
{
    QTest::addColumn<QString>("stored"); // null: nothing stored
    QTest::addColumn<Result>("failure");
    QTest::addColumn<QString>("failureMessage");
    QTest::addColumn<State>("expectedState");
    QTest::addColumn<QString>("expectedKey");
    QTest::addColumn<QString>("expectedError"); // null: any non-empty message; empty: none

    QTest::newRow("first run: nothing stored is Missing, not an error")
        << QString() << Result::Ok << QString() << State::Missing << QString() << u""_s;
    QTest::newRow("a stored key is loaded")
        << u"ppk_live_0123456789"_s << Result::Ok << QString() << State::Stored << u"ppk_live_0123456789"_s << u""_s;
    QTest::newRow("a key provisioned with echo keeps no trailing newline")
        << u"ppk_live_0123456789\n"_s << Result::Ok << QString() << State::Stored << u"ppk_live_0123456789"_s << u""_s;
    QTest::newRow("a stored key with a space inside is refused with a message")
        << u"ppk live"_s << Result::Ok << QString() << State::Failed << QString() << QString();
    QTest::newRow("an empty stored key is refused with a message")
        << u""_s << Result::Ok << QString() << State::Failed << QString() << QString();
    QTest::newRow("a locked keychain fails with the store's message")
        << u"ppk_live_0123456789"_s << Result::AccessDenied << u"The keychain is locked."_s << State::Failed
        << QString() << u"The keychain is locked."_s;
    QTest::newRow("no keychain service fails with the store's message")
        << QString() << Result::Unavailable << u"No keychain service is running."_s << State::Failed << QString()
        << u"No keychain service is running."_s;
    QTest::newRow("another keychain error fails with the store's message")
        << QString() << Result::Failed << u"Something broke."_s << State::Failed << QString() << u"Something broke."_s;
}

void TestApiKeyController::load()
{
    QFETCH(QString, stored);
    QFETCH(Result, failure);
    QFETCH(QString, failureMessage);
    QFETCH(State, expectedState);
    QFETCH(QString, expectedKey);
    QFETCH(QString, expectedError);

    Fixture f;
    if (!stored.isNull())
        f.store.setStoredKey(production, stored);
    f.store.setFailure(Operation::Read, failure, failureMessage);

    f.controller.load();
    QCOMPARE(f.controller.state(), State::Loading); // the answer never comes inside the call
    QTRY_COMPARE(f.controller.state(), expectedState);

    QCOMPARE(statesOf(f.states), (QList<State>{State::Loading, expectedState}));
    QCOMPARE(f.controller.key(), expectedKey);
    QCOMPARE(f.controller.hasKey(), !expectedKey.isEmpty());
    QCOMPARE(keysOf(f.keys), expectedKey.isEmpty() ? QStringList() : QStringList{expectedKey});
    if (expectedError.isNull())
        QVERIFY(!f.controller.errorMessage().isEmpty());
    else
        QCOMPARE(f.controller.errorMessage(), expectedError);
}

void TestApiKeyController::pendingRead_data()
{
    QTest::addColumn<bool>("agentChoosesSessionOnly");
    QTest::addColumn<State>("finalState");
    QTest::addColumn<QString>("finalKey");

    QTest::newRow("the answer comes at last: the stored key is loaded") << false << State::Stored << u"stored-key"_s;
    QTest::newRow("the agent chose this session only: a late answer is ignored")
        << true << State::SessionOnly << u"typed-key"_s;
}

// A keychain prompt nobody answers: the controller stays Loading without blocking anyone.
void TestApiKeyController::pendingRead()
{
    QFETCH(bool, agentChoosesSessionOnly);
    QFETCH(State, finalState);
    QFETCH(QString, finalKey);

    Fixture f;
    f.store.setStoredKey(production, u"stored-key"_s);
    f.store.setHoldAnswers(true);

    f.controller.load();
    QCoreApplication::processEvents();
    QCOMPARE(f.controller.state(), State::Loading);
    QCOMPARE(f.store.heldAnswerCount(), 1);
    QVERIFY(!f.controller.hasKey());

    if (agentChoosesSessionOnly)
        QVERIFY(f.controller.useForSessionOnly(u"typed-key"_s));
    QCOMPARE(f.store.releaseHeldAnswers(), 1);

    QCOMPARE(f.controller.state(), finalState);
    QCOMPARE(f.controller.key(), finalKey);
    QCOMPARE(keysOf(f.keys), QStringList{finalKey});
}

void TestApiKeyController::save_data()
{
    QTest::addColumn<QString>("before"); // null: nothing stored
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("expectedKey");

    QTest::newRow("the first key is saved") << QString() << u"ppk_live_first"_s << u"ppk_live_first"_s;
    QTest::newRow("a stored key is replaced") << u"ppk_live_old"_s << u"ppk_live_new"_s << u"ppk_live_new"_s;
    QTest::newRow("a pasted key is saved without its trailing newline")
        << QString() << u"  ppk_live_pasted\r\n"_s << u"ppk_live_pasted"_s;
}

void TestApiKeyController::save()
{
    QFETCH(QString, before);
    QFETCH(QString, typed);
    QFETCH(QString, expectedKey);

    Fixture f;
    if (!before.isNull())
        f.store.setStoredKey(production, before);
    QVERIFY(f.loadFirst());

    QVERIFY(f.controller.save(typed));
    QCOMPARE(f.controller.state(), State::Saving);
    QCOMPARE(f.controller.pendingKey(), expectedKey);
    QTRY_COMPARE(f.controller.state(), State::Stored);

    QCOMPARE(statesOf(f.states), (QList<State>{State::Saving, State::Stored}));
    QCOMPARE(f.controller.key(), expectedKey);
    QCOMPARE(keysOf(f.keys), QStringList{expectedKey});
    QVERIFY(f.controller.pendingKey().isEmpty());
    QVERIFY(f.controller.errorMessage().isEmpty());
    QCOMPARE(f.store.storedKey(production), expectedKey);
    QCOMPARE(f.store.entries().size(), 1);
    QCOMPARE(f.replaced.size(), 1);
    QCOMPARE(f.forgotten.size(), 0);
}

void TestApiKeyController::writeFailure_data()
{
    QTest::addColumn<QString>("before"); // null: nothing stored
    QTest::addColumn<Result>("failure");
    QTest::addColumn<QString>("message");

    QTest::newRow("no keychain service: the typed key can be used for this session")
        << QString() << Result::Unavailable << u"No keychain service is running."_s;
    QTest::newRow("locked keychain: the typed key can be used for this session")
        << QString() << Result::AccessDenied << u"The keychain is locked."_s;
    QTest::newRow("replacing fails: the old key is not used either")
        << u"ppk_live_old"_s << Result::Failed << u"Something broke."_s;
}

void TestApiKeyController::writeFailure()
{
    QFETCH(QString, before);
    QFETCH(Result, failure);
    QFETCH(QString, message);

    Fixture f;
    if (!before.isNull())
        f.store.setStoredKey(production, before);
    QVERIFY(f.loadFirst());
    f.store.setFailure(Operation::Write, failure, message);

    QVERIFY(f.controller.save(u"ppk_live_typed\n"_s));
    QTRY_COMPARE(f.controller.state(), State::Failed);
    QCOMPARE(statesOf(f.states), (QList<State>{State::Saving, State::Failed}));
    QCOMPARE(f.controller.errorMessage(), message);
    QVERIFY(!f.controller.hasKey()); // a key that is not stored is never used silently
    QCOMPARE(f.controller.pendingKey(), u"ppk_live_typed"_s);
    QCOMPARE(f.replaced.size(), 0); // nothing was replaced

    QVERIFY(f.controller.useForSessionOnly(f.controller.pendingKey()));
    QCOMPARE(f.controller.state(), State::SessionOnly);
    QCOMPARE(f.controller.key(), u"ppk_live_typed"_s);
    QVERIFY(f.controller.pendingKey().isEmpty());
    QVERIFY(f.controller.errorMessage().isEmpty());
    QCOMPARE(f.store.callCount(Operation::Write), 1); // session only never touches the keychain
    QCOMPARE(f.store.storedKey(production), before);
}

void TestApiKeyController::forget()
{
    Fixture f;
    f.store.setStoredKey(production, u"ppk_live_old"_s);
    QVERIFY(f.loadFirst());
    QCOMPARE(f.controller.state(), State::Stored);

    f.controller.forget();
    QVERIFY(!f.controller.hasKey()); // gone from memory at once, before the keychain answers
    QCOMPARE(keysOf(f.keys), QStringList{QString()});
    QCOMPARE(f.controller.state(), State::Saving);
    QTRY_COMPARE(f.controller.state(), State::Missing);
    QVERIFY(!f.store.contains(production));
    QCOMPARE(f.forgotten.size(), 1);
    QCOMPARE(f.replaced.size(), 0);

    f.controller.load();
    QTRY_COMPARE(f.controller.state(), State::Missing);
    QCOMPARE(statesOf(f.states), (QList<State>{State::Saving, State::Missing, State::Loading, State::Missing}));
}

void TestApiKeyController::forgetFailure()
{
    Fixture f;
    f.store.setStoredKey(production, u"ppk_live_old"_s);
    QVERIFY(f.loadFirst());
    f.store.setFailure(Operation::Remove, Result::AccessDenied, u"The keychain is locked."_s);

    f.controller.forget();
    QTRY_COMPARE(f.controller.state(), State::Failed);
    QCOMPARE(f.controller.errorMessage(), u"The keychain is locked."_s);
    QVERIFY(!f.controller.hasKey());
    QCOMPARE(f.store.storedKey(production), u"ppk_live_old"_s);
    QCOMPARE(f.forgotten.size(), 0); // still in the keychain: not forgotten
}

void TestApiKeyController::refusedKeysChangeNothing_data()
{
    QTest::addColumn<QString>("typed");

    QTest::newRow("empty") << QString();
    QTest::newRow("white space only") << u" \n"_s;
    QTest::newRow("a space inside") << u"ppk live"_s;
    QTest::newRow("a header injection") << u"abc\r\nX-Evil: 1"_s;
}

void TestApiKeyController::refusedKeysChangeNothing()
{
    QFETCH(QString, typed);

    Fixture f;
    f.store.setStoredKey(production, u"ppk_live_old"_s);
    QVERIFY(f.loadFirst());

    QVERIFY(!f.controller.save(typed));
    QVERIFY(!f.controller.useForSessionOnly(typed));
    QCoreApplication::processEvents();
    QCOMPARE(f.controller.state(), State::Stored);
    QCOMPARE(f.controller.key(), u"ppk_live_old"_s);
    QVERIFY(f.controller.pendingKey().isEmpty());
    QCOMPARE(f.states.count(), 0);
    QCOMPARE(f.keys.count(), 0);
    QCOMPARE(f.store.callCount(Operation::Write), 0);
}

// Overlapping calls: only the answer to the last one counts, whatever came before it.
void TestApiKeyController::latestCallWins()
{
    Fixture f;
    f.store.setHoldAnswers(true);
    f.controller.load();
    f.store.setFailure(Operation::Write, Result::Failed);
    QVERIFY(f.controller.save(u"first-key"_s));
    f.store.clearFailures();
    QVERIFY(f.controller.save(u"second-key"_s));
    QCOMPARE(f.store.heldAnswerCount(), 3);

    QCOMPARE(f.store.releaseHeldAnswers(), 3);
    QCOMPARE(f.controller.state(), State::Stored);
    QCOMPARE(f.controller.key(), u"second-key"_s);
    QCOMPARE(statesOf(f.states), (QList<State>{State::Loading, State::Saving, State::Stored}));
    QCOMPARE(keysOf(f.keys), QStringList{u"second-key"_s});
}

// Two controllers on one store, both waiting: the staging answer comes first and must not reach production.
void TestApiKeyController::answersForAnotherBaseUrlAreIgnored()
{
    Fixture f(production);
    ApiKeyController stagingKeys(&f.store, staging);
    f.store.setStoredKey(production, u"production-key"_s);
    f.store.setStoredKey(staging, u"staging-key"_s);
    f.store.setHoldAnswers(true);

    stagingKeys.load();
    f.controller.load();
    QCOMPARE(f.store.releaseHeldAnswers(), 2);
    QCOMPARE(stagingKeys.key(), u"staging-key"_s);
    QCOMPARE(f.controller.key(), u"production-key"_s);
    QCOMPARE(keysOf(f.keys), QStringList{u"production-key"_s});

    QVERIFY(stagingKeys.save(u"new-staging-key"_s));
    f.controller.forget();
    QCOMPARE(f.store.releaseHeldAnswers(), 2);
    QCOMPARE(stagingKeys.state(), State::Stored);
    QCOMPARE(f.controller.state(), State::Missing);
    QCOMPARE(f.store.storedKey(staging), u"new-staging-key"_s);
    QVERIFY(!f.store.contains(production));
}

void TestApiKeyController::trailingSlashIsTheSameEntry()
{
    Fixture f(QUrl(u"https://api.postpress.ai/v1/"_s));
    f.store.setStoredKey(production, u"production-key"_s);

    f.controller.load();
    QTRY_COMPARE(f.controller.state(), State::Stored);
    QCOMPARE(f.controller.key(), u"production-key"_s);
    QCOMPARE(f.store.entries().keys(), QStringList{u"api-key:https://api.postpress.ai/v1"_s});
}

void TestApiKeyController::signalsFireOnlyOnChange()
{
    Fixture f;
    f.store.setStoredKey(production, u"ppk_live_same"_s);
    QVERIFY(f.loadFirst());

    f.controller.load();
    QTRY_COMPARE(f.controller.state(), State::Stored);
    QVERIFY(f.controller.save(u"ppk_live_same"_s));
    QTRY_COMPARE(f.controller.state(), State::Stored);

    QCOMPARE(statesOf(f.states), (QList<State>{State::Loading, State::Stored, State::Saving, State::Stored}));
    QCOMPARE(f.keys.count(), 0); // the key never changed
}

void TestApiKeyController::storeGoneFailsWithAMessage()
{
    auto store = std::make_unique<MemoryApiKeyStore>();
    ApiKeyController controller(store.get(), production);
    store.reset();

    controller.load();
    QCOMPARE(controller.state(), State::Failed);
    QVERIFY(!controller.errorMessage().isEmpty());
    QVERIFY(controller.save(u"typed-key"_s));
    QCOMPARE(controller.state(), State::Failed);
    QCOMPARE(controller.pendingKey(), u"typed-key"_s);
}

void TestApiKeyController::normalisedKey_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("expected"); // empty: refused

    QTest::newRow("a plain key is kept") << u"ppk_live_0123456789abcdef"_s << u"ppk_live_0123456789abcdef"_s;
    QTest::newRow("printable punctuation is kept") << u"a-b_c.d~e+f/g=h!"_s << u"a-b_c.d~e+f/g=h!"_s;
    QTest::newRow("a trailing newline from a paste is trimmed") << u"ppk_live_1\n"_s << u"ppk_live_1"_s;
    QTest::newRow("a trailing CRLF is trimmed") << u"ppk_live_1\r\n"_s << u"ppk_live_1"_s;
    QTest::newRow("surrounding spaces and tabs are trimmed") << u"  \tppk_live_1 \t"_s << u"ppk_live_1"_s;
    QTest::newRow("a space inside is refused") << u"ppk live"_s << QString();
    QTest::newRow("a tab inside is refused") << u"ppk\tlive"_s << QString();
    QTest::newRow("CR/LF header injection is refused") << u"abc\r\nX-Evil: 1"_s << QString();
    QTest::newRow("a NUL inside is refused") << QString(u"ab\0cd"_s) << QString();
    QTest::newRow("DEL is refused") << u"ppk\x7flive"_s << QString();
    QTest::newRow("a non-ASCII letter is refused") << u"ppk_\u00e9"_s << QString();
    QTest::newRow("a non-breaking space inside is refused") << u"ppk\u00a0live"_s << QString();
    QTest::newRow("a zero-width space is refused") << u"ppk_live\u200b"_s << QString();
    QTest::newRow("empty is refused") << QString() << QString();
    QTest::newRow("white space only is refused") << u" \r\n\t "_s << QString();
    QTest::newRow("512 characters are accepted") << QString(512, u'k') << QString(512, u'k');
    QTest::newRow("513 characters are refused") << QString(513, u'k') << QString();
}

void TestApiKeyController::normalisedKey()
{
    QFETCH(QString, typed);
    QFETCH(QString, expected);

    QCOMPARE(ApiKeyStore::normalisedKey(typed), expected);
}

QTEST_GUILESS_MAIN(TestApiKeyController)
#include "tst_apikeycontroller.moc"
