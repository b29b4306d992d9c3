#include "ToneLook.h"

#include <QPainter>
#include <QStyle>
#include <QWidget>

namespace {

struct Look {
    QStyle::StandardPixmap icon;
    QColor colour; // mixed into the palette's own background, so that light and dark themes both keep their contrast
};

Look toneLook(Guidance::Tone tone)
{
    switch (tone) {
    case Guidance::Tone::Done:
        return {QStyle::SP_DialogApplyButton, QColor(0x2e, 0xa0, 0x43)};
    case Guidance::Tone::Next:
        return {QStyle::SP_MessageBoxInformation, QColor(0x1e, 0x78, 0xd0)};
    case Guidance::Tone::TryAgain:
        return {QStyle::SP_MessageBoxWarning, QColor(0xe0, 0x8e, 0x00)};
    case Guidance::Tone::Wait: // drawn as a clock (toneIcon): the style's reload arrow looks like a button to press
        return {QStyle::SP_CustomBase, QColor(0x6a, 0x5a, 0xcd)};
    case Guidance::Tone::Unknown:
        return {QStyle::SP_MessageBoxQuestion, QColor(0xe0, 0x8e, 0x00)};
    case Guidance::Tone::Escalate:
        return {QStyle::SP_MessageBoxCritical, QColor(0xd0, 0x30, 0x30)};
    }
    return {QStyle::SP_MessageBoxInformation, QColor(0x1e, 0x78, 0xd0)};
}

QColor mixed(const QColor &base, const QColor &tint, double share)
{
    return QColor::fromRgbF(float(base.redF() * (1 - share) + tint.redF() * share),
                            float(base.greenF() * (1 - share) + tint.greenF() * share),
                            float(base.blueF() * (1 - share) + tint.blueF() * share));
}

// A clock face in the tone's colour, the size of the other icons.
QPixmap clockIcon(int size, qreal ratio, const QColor &colour)
{
    QPixmap pixmap(QSize(size, size) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal pen = size / 12.0;
    painter.setPen(QPen(colour, pen, Qt::SolidLine, Qt::RoundCap));
    painter.setBrush(Qt::NoBrush);
    const QRectF face(pen, pen, size - 2 * pen, size - 2 * pen);
    painter.drawEllipse(face);
    painter.drawLine(face.center(), face.center() - QPointF(0, face.height() * 0.32));
    painter.drawLine(face.center(), face.center() + QPointF(face.width() * 0.24, 0));
    return pixmap;
}

} // namespace

QPalette ToneLook::palette(const QPalette &base, Guidance::Tone tone)
{
    const QColor colour = toneLook(tone).colour;
    QPalette tinted = base;
    const bool dark = base.color(QPalette::Window).lightnessF() < 0.5;
    for (QPalette::ColorRole role : {QPalette::Window, QPalette::AlternateBase, QPalette::Base})
        tinted.setColor(role, mixed(base.color(role), colour, dark ? 0.25 : 0.16));
    tinted.setColor(QPalette::Dark, colour); // the frame's line
    return tinted;
}

QPixmap ToneLook::icon(const QWidget *widget, Guidance::Tone tone)
{
    const int size = widget->style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, widget);
    const qreal ratio = widget->devicePixelRatioF();
    const Look look = toneLook(tone);
    if (look.icon == QStyle::SP_CustomBase)
        return clockIcon(size, ratio, look.colour);
    QPixmap icon = widget->style()->standardIcon(look.icon, nullptr, widget).pixmap(QSize(size, size), ratio);
    // The style's fallbacks come in different sizes (a 48 px tick, a 32 px triangle): one size for all, so the text
    // beside them does not move from one answer to the next.
    if (icon.deviceIndependentSize().toSize() != QSize(size, size)) {
        icon = icon.scaled(QSize(size, size) * ratio, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        icon.setDevicePixelRatio(ratio);
    }
    return icon;
}
