#pragma once

#include <QDialog>
#include <QUrl>

class QLabel;
class QPushButton;

// The About box: the app's icon, name and version, and "Copy version info" with what support asks for first.
class AboutDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    // `apiUrl` is the API the window that opened it talks to.
    explicit AboutDialog(const QUrl &apiUrl, QWidget *parent = nullptr);

    // What "Copy version info" copies: app and Qt versions, the OS, the API URL. Never a key or a code.
    static QString versionInfo(const QUrl &apiUrl);

protected:
    void changeEvent(QEvent *event) override;

private:
    void setTexts();

    QUrl m_apiUrl;
    QLabel *m_nameLabel;
    QLabel *m_textLabel;
    QPushButton *m_copyButton;
};
