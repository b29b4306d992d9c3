#pragma once

#include "Guidance.h"

#include <QPalette>
#include <QPixmap>

class QWidget;

// How an answer's tone looks in the outcome panel: a background tinted by the tone from the palette (so dark themes
// keep their contrast) and one icon size for every tone.
namespace ToneLook {

// `base` with Window, AlternateBase and Base mixed with the tone's colour.
QPalette palette(const QPalette &base, Guidance::Tone tone);
// The tone's icon at the style's message-box icon size, for `widget`'s style and device pixel ratio.
QPixmap icon(const QWidget *widget, Guidance::Tone tone);

} // namespace ToneLook
