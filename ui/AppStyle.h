#pragma once

#include <QProxyStyle>

// The style Qt would have chosen, with one icon fetched late: the menu bar's overflow button ("»", shown only when
// the window is too narrow for its menus). QMenuBar asks for it in its constructor, and QImageReader, reading that
// PNG, first offers it to every image-format plugin installed (GIF, ICO, JPEG …), loading each one: about 1 ms and
// 0.3 MB of a start. Here the icon is a stand-in that asks the real style the first time it is drawn or measured.
// The window icon from the PNGs compiled into the program (checkpoint_resources), read as PNG: QIcon::addFile() would
// first offer each file to every image-format plugin installed, loading them all (10 M instructions and 0.3 MB).
QIcon applicationIcon();

class AppStyle final : public QProxyStyle {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppStyle)

public:
    // styleKey: a QStyleFactory key, e.g. QApplication::style()->name(), so that -style and QT_STYLE_OVERRIDE hold.
    explicit AppStyle(const QString &styleKey);
    ~AppStyle() override;

    QIcon standardIcon(StandardPixmap standardIcon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;
};
