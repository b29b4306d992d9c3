// AppStyle: the application's style as Qt chose it, except that the menu bar's overflow icon is fetched when first
// drawn, so that building a window loads none of the image-format plugins.
#include "AppStyle.h"

#include <QApplication>
#include <QFile>
#include <QMainWindow>
#include <QMenuBar>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

bool imagePluginLoaded()
{
    QFile maps(u"/proc/self/maps"_s);
    if (!maps.open(QIODevice::ReadOnly))
        qFatal("cannot read /proc/self/maps");
    return maps.readAll().contains("/imageformats/");
}

QImage render(const QIcon &icon, int size)
{
    return icon.pixmap(QSize(size, size)).toImage();
}

} // namespace

class TestAppStyle final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void keepsTheStyleQtChose();
    void windowWithAMenuBarLoadsNoImagePlugin();
    void applicationIconHasEverySizeAndLoadsNoPlugin(); // before the style's own icons load the plugins
    void overflowIconLooksLikeTheStyles_data();
    void overflowIconLooksLikeTheStyles();
    void otherIconsComeStraightFromTheStyle();

private:
    QString m_styleName;
    QStyle *m_base = nullptr;
};

void TestAppStyle::initTestCase()
{
    m_styleName = QApplication::style()->name();
    QVERIFY(!m_styleName.isEmpty());
    auto *style = new AppStyle(m_styleName);
    QApplication::setStyle(style);
    m_base = style->baseStyle();
    QVERIFY(!imagePluginLoaded());
}

void TestAppStyle::keepsTheStyleQtChose()
{
    QCOMPARE(m_base->name(), m_styleName);
    QVERIFY(qobject_cast<AppStyle *>(QApplication::style()));
}

void TestAppStyle::windowWithAMenuBarLoadsNoImagePlugin()
{
    QMainWindow window;
    window.menuBar()->addMenu(u"&Checkpoint"_s);
    window.menuBar()->addMenu(u"API &key"_s);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.grab(); // painted at least once
    QVERIFY(!imagePluginLoaded());
}

void TestAppStyle::overflowIconLooksLikeTheStyles_data()
{
    QTest::addColumn<int>("standardPixmap");
    QTest::addColumn<int>("size");
    QTest::newRow("horizontal overflow, 16 px") << int(QStyle::SP_ToolBarHorizontalExtensionButton) << 16;
    QTest::newRow("horizontal overflow, 32 px") << int(QStyle::SP_ToolBarHorizontalExtensionButton) << 32;
    QTest::newRow("vertical overflow, 16 px") << int(QStyle::SP_ToolBarVerticalExtensionButton) << 16;
}

void TestAppStyle::overflowIconLooksLikeTheStyles()
{
    QFETCH(int, standardPixmap);
    QFETCH(int, size);
    const auto which = QStyle::StandardPixmap(standardPixmap);
    const QIcon deferred = QApplication::style()->standardIcon(which);
    const QIcon direct = m_base->standardIcon(which);
    QVERIFY(!deferred.isNull());
    QVERIFY(!direct.isNull());
    const QImage expected = render(direct, size);
    QVERIFY(!expected.isNull());
    QCOMPARE(render(deferred, size), expected);
    QCOMPARE(deferred.actualSize(QSize(size, size)), direct.actualSize(QSize(size, size)));
    QCOMPARE(deferred.availableSizes(), direct.availableSizes());
    // A copy of the icon (as QAbstractButton keeps one) draws the same.
    const QIcon copy = deferred;
    QCOMPARE(render(copy, size), expected);
}

void TestAppStyle::otherIconsComeStraightFromTheStyle()
{
    const QIcon icon = QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    QCOMPARE(render(icon, 32), render(m_base->standardIcon(QStyle::SP_MessageBoxWarning), 32));
}

void TestAppStyle::applicationIconHasEverySizeAndLoadsNoPlugin()
{
    const QIcon icon = applicationIcon();
    QList<QSize> expected;
    for (const int size : {16, 22, 24, 32, 48, 64, 128, 256})
        expected.append(QSize(size, size));
    QCOMPARE(icon.availableSizes(), expected);
    QVERIFY(!icon.pixmap(QSize(48, 48)).toImage().isNull());
    QVERIFY(!imagePluginLoaded());
}

QTEST_MAIN(TestAppStyle)
#include "tst_appstyle.moc"
