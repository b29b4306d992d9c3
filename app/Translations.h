#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

// The app's own translations and Qt's, for one language: only the active language is ever loaded.
namespace Translations {

// The languages the app ships, as codes: "en", "fr", "de", "es".
QStringList shippedLanguages();
// The locale to use: the override ("fr", "de" …) when it is one of the shipped languages, else the system's.
QLocale chooseLocale(const QString &languageOverride);
// Installs the translators for `locale` on the application (the previous ones, if any, are replaced) and
// makes it the default locale. Returns false when neither the app's nor Qt's translation could be loaded,
// which is normal for English.
bool install(QCoreApplication *application, const QLocale &locale);

} // namespace Translations
