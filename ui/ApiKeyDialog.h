#pragma once

#include <QDialog>
#include <QUrl>

#include <memory>

namespace Ui {
class ApiKeyDialog;
}
class QPushButton;

// Asks for the PostPress API key: masked, with a show/hide toggle. It only renders and emits; whoever opened
// it stores the key and then calls accept(), or showProblem() when storing failed.
class ApiKeyDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiKeyDialog)

public:
    explicit ApiKeyDialog(const QUrl &baseUrl, QWidget *parent = nullptr);
    ~ApiKeyDialog() override;

    QString typedKey() const;
    // While the keychain works: inputs disabled, a note says so.
    void setSaving(bool saving);
    // Say what is wrong, keep what was typed, and offer the in-memory alternative when asked to.
    void showProblem(const QString &message, bool offerSessionOnly);
    // The keychain failed: its explanation, what the system itself said behind Details, and "this session
    // only" as the default button, since saving again would most likely fail again.
    void showKeychainFailure(const QString &message);

Q_SIGNALS:
    void saveRequested(const QString &key);
    void sessionOnlyRequested(const QString &key);

protected:
    void changeEvent(QEvent *event) override;

private:
    void setTexts();
    void setMessage(const QString &message, const QString &details = {});
    void onSave();
    void onSessionOnly();
    // The cleaned key, or an empty string after telling the agent why the typed text is not a key.
    QString checkedKey();

    std::unique_ptr<Ui::ApiKeyDialog> m_ui;
    QUrl m_baseUrl;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_sessionOnlyButton = nullptr;
};
