#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace Translations {

QStringList shippedLanguages()
{
    return {u"en"_s, u"fr"_s, u"de"_s, u"es"_s};
}

QLocale chooseLocale(const QString &languageOverride)
{
    const QString language = languageOverride.trimmed().toLower();
    if (shippedLanguages().contains(language))
        return QLocale(language);
    return QLocale::system();
}

bool install(QCoreApplication *application, const QLocale &locale)
{
    // Replacing, not stacking: the translators are children of the application, found by name.
    for (const auto name : {"checkpointTranslator"_L1, "qtTranslator"_L1}) {
        if (auto *old = application->findChild<QTranslator *>(name)) {
            QCoreApplication::removeTranslator(old);
            delete old;
        }
    }
    QLocale::setDefault(locale);

    auto *own = new QTranslator(application);
    own->setObjectName(u"checkpointTranslator"_s);
    bool ownLoaded = own->load(locale, u"postpress-checkpoint"_s, u"_"_s, u":/i18n"_s);
    if (!ownLoaded) // a language we do not ship: English, with its plural forms ("1 second", not "1 second(s)")
        ownLoaded = own->load(u"postpress-checkpoint_en"_s, u":/i18n"_s);
    auto *qt = new QTranslator(application);
    qt->setObjectName(u"qtTranslator"_s);
    const bool qtLoaded = qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    for (QTranslator *translator : {own, qt}) {
        if (!translator->isEmpty())
            QCoreApplication::installTranslator(translator);
    }
    return ownLoaded || qtLoaded;
}

} // namespace Translations
