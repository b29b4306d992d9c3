#pragma once

#include "ApiKeyController.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QToolButton;

// The window's line about its API key, under the form: shown only while the key is pending or something is wrong,
// with an "Enter API key…" button while there is no key. What the system itself said when the keychain failed
// waits behind Details, as in the key dialog: it is for support, not for the agent.
class KeyStateLine final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyStateLine)

public:
    explicit KeyStateLine(QWidget *parent = nullptr);

    // The words for a key state, here and in Settings; message: the keychain's error, for Failed, whole.
    static QString describe(ApiKeyController::State state, const QString &message);
    // message: the keychain's error, for Failed.
    void setState(ApiKeyController::State state, const QString &message = {});

Q_SIGNALS:
    void enterKeyRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    QLabel *m_label;
    QToolButton *m_detailsButton;
    QPushButton *m_enterKeyButton;
    QLabel *m_detailsLabel; // the system's own text, under the line
    ApiKeyController::State m_state = ApiKeyController::State::Idle;
    QString m_message;
};
