#pragma once

#include "ApiKeyController.h"
#include "ApiKeyDialog.h"

#include <QObject>
#include <QPointer>

class QWidget;

// The one API-key dialog of one ApiKeyController, however many windows share that key: the first window
// that needs it opens it, the others raise it. It follows the controller: closes once the key is stored,
// shows the keychain's error and offers "this session only" when storing fails.
class ApiKeyPrompt final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiKeyPrompt)

public:
    // The prompt of this controller, created on first use as its child.
    static ApiKeyPrompt *of(ApiKeyController *keys);

    // Opens the dialog over `window`, or raises it when it is already open.
    void open(QWidget *window);
    ApiKeyDialog *dialog() const { return m_dialog; }

private:
    explicit ApiKeyPrompt(ApiKeyController *keys);
    void onStateChanged(ApiKeyController::State state);

    ApiKeyController *m_keys;
    QPointer<ApiKeyDialog> m_dialog;
};
