#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace mesh::app {

// Loads the studio's translation (and Qt's own) for the language in use: the "language"
// setting when set ("en", "fr"), else $MESHSTUDIO_LANGUAGE, else the system locale.
class Translations
{
    Q_DECLARE_TR_FUNCTIONS(mesh::app::Translations)

public:
    static void install(QCoreApplication &app);
    static QString configuredLanguage();               // "" means "follow the system"
    static void setConfiguredLanguage(const QString &language);
    static QStringList availableLanguages();           // "en", "fr"
};

} // namespace mesh::app
