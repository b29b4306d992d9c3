#pragma once

#include <QLabel>

#include <array>

// A word-wrapped label that remembers its height for the last few widths. QLabel lays its text out anew on every
// heightForWidth() (twice when the text is selectable), and one layout pass asks each label a dozen times: showing an
// outcome spent 14 M instructions there. No Q_OBJECT on purpose: to styles, accessibility and findChild it is a QLabel.
class WrappedLabel final : public QLabel {
public:
    using QLabel::QLabel;
    int heightForWidth(int width) const override;

protected:
    bool event(QEvent *event) override;

private:
    // What QLabel's height for a width depends on, besides the font and style (whose changes arrive as events).
    struct Key {
        QString text;
        QMargins contents;
        int margin = 0;
        int indent = 0;
        Qt::Alignment alignment;
        Qt::TextFormat format = Qt::AutoText;
        Qt::TextInteractionFlags interaction; // selectable text is measured by a text document
        bool wordWrap = false;
        bool operator==(const Key &) const = default;
    };
    Key currentKey() const;

    struct Entry {
        int width = -1;
        int height = -1;
    };
    mutable Key m_key;
    mutable std::array<Entry, 4> m_entries{};
    mutable std::size_t m_next = 0;
};
