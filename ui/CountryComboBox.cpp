#include "CountryComboBox.h"

#include <QStyle>
#include <QStyleOptionComboBox>
#include <QtMath>

// What Qt 6's QComboBoxPrivate::recomputeSizeHint() gives for AdjustToMinimumContentsLengthWithIcon, the same for
// the size hint and the minimum one: the characters, an icon's room, the text's height, then the style's frame.
QSize CountryComboBox::sizeHint() const
{
    if (policySet())
        return QComboBox::sizeHint();
    const QFontMetrics metrics = fontMetrics();
    const QSize icon = iconSize();
    QSize size(minimumContentsLength() * metrics.horizontalAdvance(u'X') + icon.width() + 4,
               qMax(qMax(qCeil(QFontMetricsF(metrics).height()), 14) + 2, icon.height() + 2));
    if (!placeholderText().isEmpty())
        size.setWidth(qMax(size.width(), metrics.boundingRect(placeholderText()).width()));
    QStyleOptionComboBox option;
    initStyleOption(&option);
    return style()->sizeFromContents(QStyle::CT_ComboBox, &option, size, this);
}

QSize CountryComboBox::minimumSizeHint() const
{
    return policySet() ? QComboBox::minimumSizeHint() : sizeHint();
}

void CountryComboBox::useContentsPolicy()
{
    setSizeAdjustPolicy(AdjustToMinimumContentsLengthWithIcon); // no-op when already set
}
