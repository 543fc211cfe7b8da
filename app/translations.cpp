#include "app/translations.h"

#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace mesh::app {

QString Translations::configuredLanguage()
{
    return QSettings().value(QStringLiteral("language")).toString();
}

void Translations::setConfiguredLanguage(const QString &language)
{
    QSettings settings;
    if (language.isEmpty())
        settings.remove(QStringLiteral("language"));
    else
        settings.setValue(QStringLiteral("language"), language);
}

QStringList Translations::availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("fr")};
}

void Translations::install(QCoreApplication &app)
{
    QString language = configuredLanguage();
    if (language.isEmpty())
        language = qEnvironmentVariable("MESHSTUDIO_LANGUAGE");
    QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (locale.language() == QLocale::C)
        locale = QLocale(QLocale::English);
    // Dates and numbers in the chosen language too ("1 048 576", "3 déc. 2026"), not only words.
    QLocale::setDefault(locale);
    // English too: its translation only holds the plural forms ("1 error", "2 errors").
    auto *studio = new QTranslator(&app);
    if (studio->load(locale, QStringLiteral("meshstudio"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        app.installTranslator(studio);
    if (locale.language() == QLocale::English)
        return;
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
}

} // namespace mesh::app
