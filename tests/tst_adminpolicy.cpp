// The administrator's policy and defaults read from real files in a private folder (the Windows registry's reader is
// the same code pointed at an INI file), and every setting resolved in the one order: policy, agent, defaults,
// built-in.
#include "AdminPolicy.h"
#include "AppSettings.h"
#include "EffectiveSettings.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

using Source = EffectiveSettings::Source;
using Values = AdminPolicy::Values;

bool write(const QString &path, const QByteArray &text,
           QFile::Permissions permissions = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text) == text.size() && file.setPermissions(permissions);
}

// One resolved setting by its key name, as a QVariant (providers by their API names) and where it came from.
std::pair<QVariant, Source> settingOf(const EffectiveSettings &settings, const QByteArray &key)
{
    if (key == "ApiBaseUrl")
        return {QVariant(settings.apiUrl.value), settings.apiUrl.source};
    if (key == "RequestTimeoutSeconds")
        return {QVariant(settings.timeoutSeconds.value), settings.timeoutSeconds.source};
    if (key == "HistoryEnabled")
        return {QVariant(settings.historyEnabled.value), settings.historyEnabled.source};
    if (key == "HistoryRetentionDays")
        return {QVariant(settings.historyRetentionDays.value), settings.historyRetentionDays.source};
    if (key == "AuditEvents")
        return {QVariant(settings.auditEvents.value), settings.auditEvents.source};
    QStringList names;
    for (const Provider provider : settings.allowedProviders.value)
        names.append(providerApiName(provider));
    return {QVariant(names), settings.allowedProviders.source};
}

QByteArray example(const char *name)
{
    QFile file(QStringLiteral(CHECKPOINT_EXAMPLES_DIR "/") + QLatin1StringView(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestAdminPolicy : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    // Files of this test, as root's would be: the test's own user is the trusted owner.
    AdminPolicy::Sources sources() const
    {
        return {path(u"policy.conf"_s), QSettings::IniFormat, path(u"defaults.conf"_s), QSettings::IniFormat,
                ::geteuid()};
    }
    AdminPolicy read(const QByteArray &policy, const QByteArray &defaults = {})
    {
        if (!policy.isNull() && !write(path(u"policy.conf"_s), policy))
            qWarning("policy.conf not written");
        if (!defaults.isNull() && !write(path(u"defaults.conf"_s), defaults))
            qWarning("defaults.conf not written");
        return AdminPolicy::read(sources());
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QFile::remove(path(u"policy.conf"_s));
        QFile::remove(path(u"defaults.conf"_s));
    }

    void systemPathsAreTheDocumentedOnes()
    {
#ifdef Q_OS_LINUX
        const AdminPolicy::Sources system = AdminPolicy::systemSources();
        QCOMPARE(system.policy, u"/etc/postpress-checkpoint/policy.conf"_s);
        QCOMPARE(system.defaults, u"/etc/xdg/PostPress/postpress-checkpoint.conf"_s);
        QCOMPARE(system.trustedOwner, 0u);
#else
        QSKIP("the paths checked are Linux's");
#endif
    }

    void nothingSetGivesTheBuiltInValues()
    {
        const AdminPolicy policy = AdminPolicy::read(sources());
        QVERIFY(policy.problems().isEmpty());
        const EffectiveSettings settings = EffectiveSettings::resolve(policy, {});
        QCOMPARE(settings.apiUrl.value, AppSettings::defaultApiUrl());
        QCOMPARE(settings.apiUrl.source, Source::BuiltIn);
        QCOMPARE(settings.timeoutSeconds.value, AppSettings::DefaultTimeoutSeconds);
        QCOMPARE(settings.historyEnabled.value, true);
        QCOMPARE(settings.historyRetentionDays.value, EffectiveSettings::DefaultRetentionDays);
        QCOMPARE(settings.auditEvents.value, true);
        QCOMPARE(settings.allowedProviders.value.size(), 4);
        QCOMPARE(EffectiveSettings::configSourceName(settings.apiUrl.source), u"default"_s);
    }

    // The examples docs/deployment.md shows are read whole, without a single problem.
    void theDocumentedExamplesReadCleanly()
    {
        const QByteArray policyExample = example("policy.conf");
        const QByteArray defaultsExample = example("postpress-checkpoint.conf");
        QVERIFY(!policyExample.isEmpty() && !defaultsExample.isEmpty());
        const AdminPolicy policy = read(policyExample, defaultsExample);
        QCOMPARE(policy.problems(), QStringList());
        const Values &locked = policy.locked();
        QCOMPARE(locked.apiUrl, QUrl(u"https://api.postpress.ai/v1"_s));
        QCOMPARE(locked.timeoutSeconds, 45);
        QCOMPARE(locked.historyEnabled, true);
        QCOMPARE(locked.historyRetentionDays, 30);
        QCOMPARE(locked.auditEvents, true);
        QCOMPARE(locked.allowedProviders, QList<Provider>({Provider::LinkedIn, Provider::Instagram}));
        const Values &defaults = policy.defaults();
        QCOMPARE(defaults.apiUrl, QUrl(u"https://staging.postpress.ai/v1"_s));
        QCOMPARE(defaults.timeoutSeconds, 60);
        QCOMPARE(defaults.historyRetentionDays, 90);
        QCOMPARE(defaults.allowedProviders->size(), 4);
    }

    // Every lockable key, each through the four layers: locked, then the agent's, then the defaults, then built-in.
    // AuditEvents and AllowedProviders have no agent layer: the agent's value there is ignored.
    void everyKeyResolvesInTheSameOrder_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QByteArray>("locked");
        QTest::addColumn<Values>("user");
        QTest::addColumn<QByteArray>("adminDefault");
        QTest::addColumn<QVariant>("lockedValue");
        QTest::addColumn<QVariant>("userValue"); // invalid: the agent has no say
        QTest::addColumn<QVariant>("defaultValue");
        QTest::addColumn<QVariant>("builtInValue");
        Values user;
        user.apiUrl = QUrl(u"https://mine.example/v1"_s);
        user.timeoutSeconds = 20;
        user.historyEnabled = true;
        user.historyRetentionDays = 20;
        user.auditEvents = true;
        user.allowedProviders = QList<Provider>{Provider::Twitter};
        QTest::newRow("ApiBaseUrl") << "ApiBaseUrl"_ba
                                    << "https://locked.example/v1"_ba << user << "https://team.example/v1"_ba
                                    << QVariant(QUrl(u"https://locked.example/v1"_s))
                                    << QVariant(QUrl(u"https://mine.example/v1"_s))
                                    << QVariant(QUrl(u"https://team.example/v1"_s))
                                    << QVariant(AppSettings::defaultApiUrl());
        QTest::newRow("RequestTimeoutSeconds") << "RequestTimeoutSeconds"_ba
                                               << "50"_ba << user << "70"_ba << QVariant(50) << QVariant(20)
                                               << QVariant(70) << QVariant(AppSettings::DefaultTimeoutSeconds);
        QTest::newRow("HistoryEnabled") << "HistoryEnabled"_ba
                                        << "false"_ba << user << "false"_ba << QVariant(false) << QVariant(true)
                                        << QVariant(false) << QVariant(true);
        QTest::newRow("HistoryRetentionDays") << "HistoryRetentionDays"_ba
                                              << "10"_ba << user << "30"_ba << QVariant(10) << QVariant(20)
                                              << QVariant(30) << QVariant(EffectiveSettings::DefaultRetentionDays);
        QTest::newRow("AuditEvents") << "AuditEvents"_ba
                                     << "false"_ba << user << "false"_ba << QVariant(false) << QVariant()
                                     << QVariant(false) << QVariant(true);
        QTest::newRow("AllowedProviders")
            << "AllowedProviders"_ba
            << "LINKEDIN"_ba << user << "INSTAGRAM, MESSENGER"_ba << QVariant(QStringList{u"LINKEDIN"_s}) << QVariant()
            << QVariant(QStringList{u"INSTAGRAM"_s, u"MESSENGER"_s})
            << QVariant(QStringList{u"LINKEDIN"_s, u"INSTAGRAM"_s, u"TWITTER"_s, u"MESSENGER"_s});
    }

    void everyKeyResolvesInTheSameOrder()
    {
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, locked);
        QFETCH(Values, user);
        QFETCH(QByteArray, adminDefault);
        QFETCH(QVariant, lockedValue);
        QFETCH(QVariant, userValue);
        QFETCH(QVariant, defaultValue);
        QFETCH(QVariant, builtInValue);
        const QByteArray policyLine = key + '=' + locked + '\n';
        const QByteArray defaultsLine = key + '=' + adminDefault + '\n';
        QCOMPARE(settingOf(EffectiveSettings::resolve(read(policyLine, defaultsLine), user), key),
                 std::pair(lockedValue, Source::Policy));
        QFile::remove(path(u"policy.conf"_s));
        const auto withoutLock = settingOf(EffectiveSettings::resolve(read({}, defaultsLine), user), key);
        if (userValue.isValid())
            QCOMPARE(withoutLock, std::pair(userValue, Source::User));
        else
            QCOMPARE(withoutLock, std::pair(defaultValue, Source::AdminDefault));
        QCOMPARE(settingOf(EffectiveSettings::resolve(read({}, defaultsLine), {}), key),
                 std::pair(defaultValue, Source::AdminDefault));
        QFile::remove(path(u"defaults.conf"_s));
        QCOMPARE(settingOf(EffectiveSettings::resolve(read({}, {}), user), key).second,
                 userValue.isValid() ? Source::User : Source::BuiltIn);
        QCOMPARE(settingOf(EffectiveSettings::resolve(read({}, {}), {}), key),
                 std::pair(builtInValue, Source::BuiltIn));
    }

    // An agent's own file holds no switch for auditing and no list of providers: only the administrator's count.
    void auditAndProvidersAreTheAdministratorsAlone()
    {
        Values agent;
        agent.auditEvents = false;
        agent.allowedProviders = QList<Provider>{Provider::Twitter};
        const EffectiveSettings settings = EffectiveSettings::resolve(read({}, "AuditEvents=false"_ba), agent);
        QCOMPARE(settings.auditEvents.value, false);
        QCOMPARE(settings.auditEvents.source, Source::AdminDefault);
        QCOMPARE(settings.allowedProviders.value.size(), 4);
        QVERIFY(settings.allows(Provider::Twitter));
    }

    void valuesReadAsAdministratorsWriteThem_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<Values>("expected");
        auto with = [](auto member, auto value) {
            Values values;
            values.*member = value;
            return values;
        };
        QTest::newRow("yes") << "HistoryEnabled=yes"_ba << with(&Values::historyEnabled, true);
        QTest::newRow("0") << "HistoryEnabled=0"_ba << with(&Values::historyEnabled, false);
        QTest::newRow("False") << "AuditEvents=False"_ba << with(&Values::auditEvents, false);
        QTest::newRow("providers in any case, repeated")
            << "AllowedProviders=linkedin, Messenger,LINKEDIN"_ba
            << with(&Values::allowedProviders, QList<Provider>{Provider::LinkedIn, Provider::Messenger});
        QTest::newRow("one provider") << "AllowedProviders=TWITTER"_ba
                                      << with(&Values::allowedProviders, QList<Provider>{Provider::Twitter});
        QTest::newRow("URL normalised") << "ApiBaseUrl=https://api.example.com/v1/"_ba
                                        << with(&Values::apiUrl, QUrl(u"https://api.example.com/v1"_s));
        QTest::newRow("http to this computer")
            << "ApiBaseUrl=http://127.0.0.1:8765/v1"_ba << with(&Values::apiUrl, QUrl(u"http://127.0.0.1:8765/v1"_s));
        QTest::newRow("retention at its limit")
            << "HistoryRetentionDays=3650"_ba << with(&Values::historyRetentionDays, 3650);
    }

    void valuesReadAsAdministratorsWriteThem()
    {
        QFETCH(QByteArray, line);
        const AdminPolicy policy = read(line);
        QCOMPARE(policy.problems(), QStringList());
        QTEST(policy.locked(), "expected");
    }

    void badValuesAreReportedAndLeftOut_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain http elsewhere") << "ApiBaseUrl=http://api.example.com/v1"_ba << u"an https URL"_s;
        QTest::newRow("a URL with a comma")
            << "ApiBaseUrl=https://a.example/v1,https://b.example/v1"_ba << u"an https URL"_s;
        QTest::newRow("timeout too short") << "RequestTimeoutSeconds=1"_ba << u"from 5 to 120"_s;
        QTest::newRow("timeout not a number") << "RequestTimeoutSeconds=thirty"_ba << u"from 5 to 120"_s;
        QTest::newRow("maybe") << "HistoryEnabled=maybe"_ba << u"true or false"_s;
        QTest::newRow("no retention") << "HistoryRetentionDays=0"_ba << u"from 1 to 3650"_s;
        QTest::newRow("an unknown provider spoils the list")
            << "AllowedProviders=LINKEDIN, MYSPACE"_ba << u"LINKEDIN, INSTAGRAM, TWITTER, MESSENGER"_s;
        QTest::newRow("an empty list") << "AllowedProviders="_ba << u"LINKEDIN, INSTAGRAM"_s;
    }

    void badValuesAreReportedAndLeftOut()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, expected);
        const QByteArray key = line.left(line.indexOf('='));
        const AdminPolicy policy = read(line + "\nAuditEvents=false\n");
        QCOMPARE(policy.problems().size(), 1);
        QVERIFY2(policy.problems().constFirst().contains(QString::fromLatin1(key)),
                 qPrintable(policy.problems().constFirst()));
        QVERIFY2(policy.problems().constFirst().contains(expected), qPrintable(policy.problems().constFirst()));
        QVERIFY(policy.problems().constFirst().contains(path(u"policy.conf"_s)));
        Values onlyAudit;
        onlyAudit.auditEvents = false;
        QCOMPARE(policy.locked(), onlyAudit); // the good key in the same file still counts
    }

    void unknownKeysAreReportedOnce()
    {
        const AdminPolicy policy = read("ApiBaseURL=https://x.example/v1\n%3Cb%3Ekey%3C%2Fb%3E=1\n"
                                        "RequestTimeoutSeconds=40\n[network]\ntimeout=5\n"_ba);
        QCOMPARE(policy.problems().size(), 3);
        QCOMPARE(policy.problems().filter(u"“ApiBaseURL”"_s).size(), 1); // keys are case-sensitive: say which
        QCOMPARE(policy.problems().filter(u"“network/timeout”"_s).size(), 1);
        for (const QString &problem : policy.problems())
            QVERIFY2(!problem.contains(u"<b>"_s), qPrintable(problem)); // a name that is no name is not repeated
        QCOMPARE(policy.locked().timeoutSeconds, 40);
        QCOMPARE(policy.locked().apiUrl, std::nullopt);
    }

    void untrustedPolicyIsIgnored_data()
    {
        QTest::addColumn<int>("filePermissions");
        QTest::addColumn<int>("folderPermissions");
        QTest::addColumn<uint>("owner"); // 0: the test's own user, as the trusted one
        QTest::addColumn<QString>("reason");
        QTest::newRow("the file writable by its group") << 0664 << 0700 << 0u << u"others can change"_s;
        QTest::newRow("the file writable by all") << 0646 << 0700 << 0u << u"others can change"_s;
        QTest::newRow("its folder writable by all") << 0644 << 0777 << 0u << u"others can change"_s;
        QTest::newRow("its folder writable by its group") << 0644 << 0770 << 0u << u"others can change"_s;
        QTest::newRow("not root's") << 0644 << 0700 << 1u << u"does not belong to root"_s;
    }

    void untrustedPolicyIsIgnored()
    {
        QFETCH(int, filePermissions);
        QFETCH(int, folderPermissions);
        QFETCH(uint, owner);
        QVERIFY(write(path(u"policy.conf"_s), "RequestTimeoutSeconds=50\n"));
        QVERIFY(write(path(u"defaults.conf"_s), "RequestTimeoutSeconds=70\n"));
        QVERIFY(::chmod(QFile::encodeName(path(u"policy.conf"_s)).constData(), mode_t(filePermissions)) == 0);
        QVERIFY(::chmod(QFile::encodeName(m_dir.path()).constData(), mode_t(folderPermissions)) == 0);
        AdminPolicy::Sources untrusted = sources();
        untrusted.trustedOwner += owner; // someone else than the file's owner
        const AdminPolicy policy = AdminPolicy::read(untrusted);
        QCOMPARE(policy.locked(), Values());
        QCOMPARE(policy.defaults().timeoutSeconds, 70); // defaults need no such trust
        QCOMPARE(policy.problems().size(), 1);
        QVERIFY2(policy.problems().constFirst().contains(u"is ignored"_s), qPrintable(policy.problems().constFirst()));
        QFETCH(QString, reason);
        QVERIFY2(policy.problems().constFirst().contains(reason), qPrintable(policy.problems().constFirst()));
    }

    // The real rule with the real owner, root: a file of root's counts; the same file given to another user does not.
    // Only root can make a file root's or give one away, so run as anyone else this is skipped (the rows above still
    // test the rule with the test's own user as the trusted one). The suite runs as root here and in .ci/run.
    void onlyRootsPolicyCounts()
    {
        if (::geteuid() != 0)
            QSKIP("needs root: only root can make a file root's or give one away");
        QVERIFY(write(path(u"policy.conf"_s), "RequestTimeoutSeconds=50\n"));
        AdminPolicy::Sources system = sources();
        system.trustedOwner = 0;
        const AdminPolicy roots = AdminPolicy::read(system);
        QCOMPARE(roots.problems(), QStringList());
        QCOMPARE(roots.locked().timeoutSeconds, 50);
        QVERIFY(::chown(QFile::encodeName(path(u"policy.conf"_s)).constData(), 65534, 65534) == 0);
        const AdminPolicy nobodys = AdminPolicy::read(system);
        QCOMPARE(nobodys.locked(), Values());
        QCOMPARE(nobodys.problems().size(), 1);
        QVERIFY2(nobodys.problems().constFirst().contains(u"does not belong to root"_s),
                 qPrintable(nobodys.problems().constFirst()));
    }

    // Whatever lies in the files, reading them ends with what could be read and a list of problems.
    void junkIsReportedAndNeverStopsTheApp()
    {
        const QByteArray junk =
            "HistoryEnabled=true\n"_ba + QByteArray("\x00\xff\xfe[\n=\n==\nRequestTimeout\n\x01=\x02\n", 30);
        const AdminPolicy policy = read(junk, junk);
        QCOMPARE(policy.locked().historyEnabled, true);
        QCOMPARE(policy.defaults().historyEnabled, true);
        // Once each: three keys that are no names make one line per file, not three.
        QCOMPARE(policy.problems().filter(u"an unknown setting was ignored"_s).size(), 2);
        const QStringList problems = policy.problems();
        QCOMPARE(QSet<QString>(problems.cbegin(), problems.cend()).size(), problems.size());
    }

    // A link to a file elsewhere is judged where it leads.
    void linkToAnUntrustedFileIsIgnored()
    {
        QTemporaryDir elsewhere;
        QVERIFY(write(elsewhere.filePath(u"evil.conf"_s), "ApiBaseUrl=https://evil.example/v1\n"));
        QVERIFY(::chmod(QFile::encodeName(elsewhere.path()).constData(), 0777) == 0);
        QVERIFY(QFile::link(elsewhere.filePath(u"evil.conf"_s), path(u"policy.conf"_s)));
        const AdminPolicy policy = AdminPolicy::read(sources());
        QCOMPARE(policy.locked().apiUrl, std::nullopt);
        QVERIFY(policy.problems().constFirst().contains(QFileInfo(elsewhere.path()).canonicalFilePath()));
    }

    void unreadableFileIsReported()
    {
        if (::geteuid() == 0)
            QSKIP("root reads a file whatever its permissions");
        QVERIFY(write(path(u"defaults.conf"_s), "RequestTimeoutSeconds=70\n", {}));
        const AdminPolicy policy = AdminPolicy::read(sources());
        QCOMPARE(policy.defaults(), Values());
        QCOMPARE(policy.problems().size(), 1);
        QVERIFY(policy.problems().constFirst().contains(u"could not be read"_s));
    }

    void lockedApiUrlRefusesAnother()
    {
        const EffectiveSettings settings =
            EffectiveSettings::resolve(read("ApiBaseUrl=https://api.example.com/v1\n"_ba), {});
        QVERIFY(settings.apiUrl.isLocked());
        QString refusal;
        const auto same = settings.apiUrlFor(QUrl(u"https://api.example.com/v1/"_s), &refusal);
        QCOMPARE(same.value, QUrl(u"https://api.example.com/v1"_s));
        QCOMPARE(same.source, Source::Policy);
        QVERIFY(refusal.isEmpty());
        const auto other = settings.apiUrlFor(QUrl(u"https://agent:pa55word@staging.example.com/v1"_s), &refusal);
        QVERIFY(other.value.isEmpty());
        QVERIFY(refusal.contains(u"https://api.example.com/v1"_s));
        QVERIFY(!refusal.contains(u"pa55word"_s));
        QVERIFY(!refusal.contains(u"staging"_s));
    }

    void unlockedApiUrlFollowsTheLaunch()
    {
        Values agent;
        agent.apiUrl = QUrl(u"https://mine.example.com/v1"_s);
        const EffectiveSettings settings =
            EffectiveSettings::resolve(read({}, "ApiBaseUrl=https://team.example.com/v1"_ba), agent);
        QCOMPARE(settings.apiUrl.source, Source::User);
        const auto launched = settings.apiUrlFor(QUrl(u"https://other.example.com/v1"_s));
        QCOMPARE(launched.value, QUrl(u"https://other.example.com/v1"_s));
        QCOMPARE(EffectiveSettings::configSourceName(launched.source), u"command-line"_s);
        QCOMPARE(settings.apiUrlFor({}).value, QUrl(u"https://mine.example.com/v1"_s));
        QCOMPARE(EffectiveSettings::configSourceName(settings.apiUrlFor({}).source), u"user"_s);
    }

    void allowedProvidersRestrict()
    {
        const EffectiveSettings settings = EffectiveSettings::resolve(read("AllowedProviders=LINKEDIN\n"_ba), {});
        QVERIFY(settings.allows(Provider::LinkedIn));
        QVERIFY(!settings.allows(Provider::Instagram));
        QVERIFY(EffectiveSettings::providerRefusal(Provider::Instagram).contains(u"Instagram"_s));
    }
};

QTEST_GUILESS_MAIN(TestAdminPolicy)
#include "tst_adminpolicy.moc"
