#pragma once

#include "ApiKeyController.h"
#include "AppSettings.h"

#include <QDialog>
#include <QUrl>

#include <memory>

namespace Ui {
class SettingsDialog;
}
class QPushButton;

// Edits AppSettings::Values: API URL, request timeout and language, and offers to replace or forget the API
// key. It only renders and emits: whoever opened it stores the values (AppSettings::setValues) and talks to
// the keychain. It has no field for the key itself, so nothing it emits can carry a secret.
class SettingsDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(const AppSettings::Values &values, QWidget *parent = nullptr);
    ~SettingsDialog() override;
    void setVisible(bool visible) override;

    // The fields as they stand; apiUrl is only meaningful while apiUrlProblem() is empty.
    AppSettings::Values values() const;
    void setValues(const AppSettings::Values &values);
    // Why Save is disabled (translated), or an empty string.
    QString apiUrlProblem() const;

    // The base URL the key buttons act on: the one this run uses, which may differ from what is typed above.
    void setKeyBaseUrl(const QUrl &baseUrl);
    void setKeyState(ApiKeyController::State state, const QString &message = {});
    // This run was started with --api-url: say that it wins over the saved URL until the next plain start.
    void setCommandLineApiUrl(const QUrl &baseUrl);

Q_SIGNALS:
    // Save was pressed with valid values; the dialog then closes as accepted.
    void settingsAccepted(const AppSettings::Values &values);
    void replaceKeyRequested();
    void forgetKeyRequested();

protected:
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void setUpButtons();
    void fillLanguages();
    void updateApiUrlState();
    void updateTimeoutSuffix(int seconds);
    void updateKeyTexts();
    void retranslate();
    void fitHeightToText();
    void onSave();

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    QPushButton *m_saveButton = nullptr;
    QUrl m_keyBaseUrl;
    QUrl m_commandLineApiUrl;
    ApiKeyController::State m_keyState = ApiKeyController::State::Idle;
    QString m_keyMessage;
};
