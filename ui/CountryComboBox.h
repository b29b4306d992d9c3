#pragma once

#include <QComboBox>

// The phone page's country list. It is sized as QComboBox::AdjustToMinimumContentsLengthWithIcon sizes it (room
// for minimumContentsLength() characters and an icon) without that policy until the countries are filled in:
// setting the policy builds the list's popup at once, 0.5 MB before the first frame for a page most agents never
// open. useContentsPolicy() sets it; Qt's own sizing takes over from then on.
class CountryComboBox final : public QComboBox {
public:
    using QComboBox::QComboBox;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    void useContentsPolicy();

private:
    bool policySet() const { return sizeAdjustPolicy() == AdjustToMinimumContentsLengthWithIcon; }
};
