#pragma once

#include "CodeInput.h"

#include <QWidget>

#include <memory>

namespace Ui {
class AnswerInput;
}
class QLineEdit;

// What the customer answers, as the agent types it: a code, or a mobile number with its country (the mode switch, the
// two pages, the country list filled on first use, the "Will send …" preview), with Try another way beside it.
class AnswerInput final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnswerInput)

public:
    explicit AnswerInput(QWidget *parent = nullptr);
    ~AnswerInput() override;

    struct Answer {
        bool phoneMode = false;
        QString typed; // the active field as typed
        QString code; // what is sent: the code cleaned up, the number in the API's format (as typed if invalid)
        QString phoneProblem; // phone mode: why the number cannot be sent (translated); empty when it can
    };
    Answer answer() const;
    bool isEmpty() const; // nothing typed in either field
    // Phone-number mode: a country picker and the number as the customer says it, sent as "(+CC)national".
    void setPhoneMode(bool phone);
    bool isPhoneMode() const;
    void setCountry(const QString &regionCode);
    // The cursor in the active field; select: with its text selected, so that typing replaces it.
    void focusAnswer(bool select);
    // Start over: both fields empty, back to the code, which a restarted login asks for first.
    void clear();
    void setBusy(bool busy);
    void setTryAnotherWayEnabled(bool enabled);

Q_SIGNALS:
    void changed(); // what would be sent, or whether it can be: a field, the country, the mode
    void edited(); // the agent typed in the code or the phone field
    void submitted(); // Enter in a field
    void tryAnotherWay(); // its button

protected:
    void changeEvent(QEvent *event) override;

private:
    void setCodeFont(const QFont &font);
    void connectSignals();
    QLineEdit *activeField() const;
    PhoneNumberFormatter::Result formattedPhone() const;
    void fillCountries();
    void updateModeLabel();
    void updatePhonePreview();
    void updatePhonePlaceholder();

    std::unique_ptr<Ui::AnswerInput> m_ui;
};
