<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name></name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>ligne %1, colonne %2 : %3</translation>
    </message>
    <message>
        <source>the type or its alternatives changed</source>
        <translation>le type ou ses alternatives ont changé</translation>
    </message>
    <message>
        <source>the type was narrowed (number to integer)</source>
        <translation>le type a été restreint (de number à integer)</translation>
    </message>
    <message>
        <source>a constraint was added</source>
        <translation>une contrainte a été ajoutée</translation>
    </message>
    <message>
        <source>the content model was closed</source>
        <translation>le modèle de contenu a été fermé</translation>
    </message>
    <message>
        <source>a lower limit was raised</source>
        <translation>une limite inférieure a été relevée</translation>
    </message>
    <message>
        <source>an upper limit was lowered</source>
        <translation>une limite supérieure a été abaissée</translation>
    </message>
    <message>
        <source>the value changed</source>
        <translation>la valeur a changé</translation>
    </message>
    <message>
        <source>fewer values or alternatives are allowed</source>
        <translation>moins de valeurs ou d’alternatives sont admises</translation>
    </message>
    <message>
        <source>more is excluded or more alternatives must hold at once</source>
        <translation>davantage est exclu, ou davantage d’alternatives doivent valoir à la fois</translation>
    </message>
    <message>
        <source>added to an open content model, where earlier data may hold it with any value</source>
        <translation>ajoutée à un modèle de contenu ouvert, où les données antérieures peuvent la porter avec n’importe quelle valeur</translation>
    </message>
    <message>
        <source>a required property without a default was added</source>
        <translation>une propriété obligatoire sans valeur par défaut a été ajoutée</translation>
    </message>
    <message>
        <source>removed from a closed content model, which now refuses it</source>
        <translation>retirée d’un modèle de contenu fermé, qui la refuse désormais</translation>
    </message>
    <message>
        <source>not covered by the partially open content model (patternProperties, additionalProperties or additionalItems)</source>
        <translation>non couverte par le modèle de contenu partiellement ouvert (patternProperties, additionalProperties ou additionalItems)</translation>
    </message>
    <message>
        <source>an incompatible change</source>
        <translation>un changement incompatible</translation>
    </message>
    <message>
        <source>the message was removed</source>
        <translation>le message a été retiré</translation>
    </message>
    <message>
        <source>a required field was added</source>
        <translation>un champ obligatoire a été ajouté</translation>
    </message>
    <message>
        <source>a required field was removed</source>
        <translation>un champ obligatoire a été retiré</translation>
    </message>
    <message>
        <source>the field changed between a scalar, a message and a map</source>
        <translation>le champ est passé d’un scalaire, d’un message ou d’une table à un autre</translation>
    </message>
    <message>
        <source>the field&apos;s type changed to one the wire does not carry the same way</source>
        <translation>le type du champ a changé pour un type que le format binaire ne transporte pas de la même façon</translation>
    </message>
    <message>
        <source>the field&apos;s message type changed, or changed incompatibly</source>
        <translation>le type message du champ a changé, ou a changé de façon incompatible</translation>
    </message>
    <message>
        <source>a numeric field changed between optional, required and repeated</source>
        <translation>un champ numérique est passé entre optional, required et repeated</translation>
    </message>
    <message>
        <source>a field was removed from its oneof</source>
        <translation>un champ a été retiré de son oneof</translation>
    </message>
    <message>
        <source>several fields were moved into one oneof</source>
        <translation>plusieurs champs ont été déplacés dans un même oneof</translation>
    </message>
    <message>
        <source>a field was moved into an existing oneof</source>
        <translation>un champ a été déplacé dans un oneof existant</translation>
    </message>
</context>
<context>
    <name>mesh::app::AdminCommand</name>
    <message>
        <source>Administer a shared catalog: init-shared URL, grant URL ROLE USER</source>
        <translation>Administrer un catalogue partagé : init-shared URL, grant URL RÔLE UTILISATEUR</translation>
    </message>
    <message>
        <source>Create (or upgrade) the catalog&apos;s schema and the roles mesh_viewer, mesh_modeler and mesh_approver in a PostgreSQL database. Run it as the database&apos;s owner; running it again changes nothing.</source>
        <translation>Créer (ou mettre à niveau) le schéma du catalogue et les rôles mesh_viewer, mesh_modeler et mesh_approver dans une base PostgreSQL. À lancer en propriétaire de la base ; le relancer ne change rien.</translation>
    </message>
    <message>
        <source>postgresql://user@host:port/database</source>
        <translation>postgresql://utilisateur@hôte:port/base</translation>
    </message>
    <message>
        <source>%1 is a shared catalog (format %2)</source>
        <translation>%1 est un catalogue partagé (format %2)</translation>
    </message>
    <message>
        <source>Give a database user one role on a shared catalog: viewer (reads), modeler (changes) or approver (also approves). The server enforces it.</source>
        <translation>Donner à un utilisateur de la base un rôle sur un catalogue partagé : viewer (lit), modeler (modifie) ou approver (approuve aussi). Le serveur le fait respecter.</translation>
    </message>
    <message>
        <source>viewer, modeler or approver</source>
        <translation>viewer, modeler ou approver</translation>
    </message>
    <message>
        <source>An existing database user.</source>
        <translation>Un utilisateur existant de la base.</translation>
    </message>
    <message>
        <source>%1 is now %2 of %3</source>
        <translation>%1 est désormais %2 de %3</translation>
    </message>
    <message>
        <source>Usage: meshstudio admin init-shared URL
       meshstudio admin grant URL ROLE USER

%1
</source>
        <translation>Usage : meshstudio admin init-shared URL
        meshstudio admin grant URL RÔLE UTILISATEUR

%1
</translation>
    </message>
    <message>
        <source>missing action: init-shared or grant (see --help)</source>
        <translation>action manquante : init-shared ou grant (voir --help)</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;: init-shared or grant (see --help)</source>
        <translation>action inconnue « %1 » : init-shared ou grant (voir --help)</translation>
    </message>
</context>
<context>
    <name>mesh::app::AnalyzeCommand</name>
    <message>
        <source>Compute each flow&apos;s end-to-end uptime, latency and throughput, and which synchronous hop to turn into an event</source>
        <translation>Calculer pour chaque flux la disponibilité, la latence et le débit de bout en bout, et quel appel synchrone transformer en événement</translation>
    </message>
    <message>
        <source>uptime %1 %, latency p50 %2 ms, p99 %3 ms</source>
        <translation>disponibilité %1 %, latence p50 %2 ms, p99 %3 ms</translation>
    </message>
    <message>
        <source>, throughput %1 requests/s (slowest: %2)</source>
        <translation>, débit %1 requêtes/s (le plus lent : %2)</translation>
    </message>
    <message>
        <source>Flow from %1</source>
        <translation>Flux depuis %1</translation>
    </message>
    <message>
        <source>no synchronous hop</source>
        <translation>aucun appel synchrone</translation>
    </message>
    <message>
        <source>synchronous: %1</source>
        <translation>synchrone : %1</translation>
    </message>
    <message>
        <source>not declared (counted as perfect): %1</source>
        <translation>non déclaré (compté comme parfait) : %1</translation>
    </message>
    <message>
        <source>isolated by events: %1</source>
        <translation>isolé par des événements : %1</translation>
    </message>
    <message>
        <source>turn %1 → %2 into an event: uptime %3 % (+%4 points), p99 %5 ms (−%6 ms)</source>
        <translation>transformer %1 → %2 en événement : disponibilité %3 % (+%4 points), p99 %5 ms (−%6 ms)</translation>
    </message>
    <message>
        <source>If %1 is down, these flows fail: %2</source>
        <translation>Si %1 tombe, ces flux échouent : %2</translation>
    </message>
</context>
<context>
    <name>mesh::app::ApplyCommand</name>
    <message>
        <source>Apply changes given as JSON Lines, all or nothing</source>
        <translation>Appliquer des modifications données en JSON Lines, toutes ou aucune</translation>
    </message>
    <message>
        <source>A catalog file.</source>
        <translation>Un fichier de catalogue.</translation>
    </message>
    <message>
        <source>JSON Lines of changes, or - for standard input.</source>
        <translation>Modifications en JSON Lines, ou - pour l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>&lt;stdin&gt;</source>
        <translation>&lt;entrée standard&gt;</translation>
    </message>
    <message>
        <source> (field &quot;%1&quot;)</source>
        <translation> (champ « %1 »)</translation>
    </message>
    <message>
        <source>; nothing was applied</source>
        <translation> ; rien n&apos;a été appliqué</translation>
    </message>
    <message numerus="yes">
        <source>Applied %n change(s)</source>
        <translation>
            <numerusform>%n modification appliquée</numerusform>
            <numerusform>%n modifications appliquées</numerusform>
        </translation>
    </message>
    <message>
        <source> as revision %1</source>
        <translation> en révision %1</translation>
    </message>
    <message numerus="yes">
        <source>Kept %n change(s) for later: the server of %1 cannot be reached; they are committed when the catalog is next opened with the server back</source>
        <translation>
            <numerusform>%n modification gardée pour plus tard : le serveur de %1 est injoignable ; elle sera validée à la prochaine ouverture du catalogue, le serveur revenu</numerusform>
            <numerusform>%n modifications gardées pour plus tard : le serveur de %1 est injoignable ; elles seront validées à la prochaine ouverture du catalogue, le serveur revenu</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mesh::app::CatalogSession</name>
    <message>
        <source>Opened read-only: your role on this shared catalog only reads.</source>
        <translation>Ouvert en lecture seule : votre rôle sur ce catalogue partagé ne permet que la lecture.</translation>
    </message>
    <message>
        <source>Opened read-only: changes cannot be saved to this file.</source>
        <translation>Ouvert en lecture seule : les modifications ne peuvent pas être enregistrées dans ce fichier.</translation>
    </message>
    <message>
        <source>%1 is the catalog that is open.</source>
        <translation>%1 est le catalogue ouvert.</translation>
    </message>
    <message>
        <source>%1: its steps are final, so undo went on past them</source>
        <translation>%1 : ses étapes sont définitives, l’annulation est donc passée au-delà</translation>
    </message>
</context>
<context>
    <name>mesh::app::CatalogTree</name>
    <message>
        <source>Filter elements</source>
        <translation>Filtrer les éléments</translation>
    </message>
    <message>
        <source>Outside any context</source>
        <translation>Hors de tout contexte</translation>
    </message>
    <message>
        <source>No context yet</source>
        <translation>Pas encore de contexte</translation>
    </message>
    <message>
        <source>Drafts that wait for their bounded context: draw a context frame around them on a board, or drop them into one</source>
        <translation>Brouillons en attente de leur contexte délimité : tracez un cadre de contexte autour d’eux sur un tableau, ou déposez-les dans un cadre</translation>
    </message>
</context>
<context>
    <name>mesh::app::CheckCommand</name>
    <message>
        <source>Check a catalog against its governance rules (exit 1 when there are errors)</source>
        <translation>Vérifier un catalogue selon ses règles de gouvernance (sortie 1 s&apos;il y a des erreurs)</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n info(s)</source>
        <translation>
            <numerusform>%n information</numerusform>
            <numerusform>%n informations</numerusform>
        </translation>
    </message>
    <message>
        <source>Only findings at least this severe: error, warning or info.</source>
        <translation>Seulement les constats au moins aussi graves : error, warning ou info.</translation>
    </message>
    <message>
        <source>Only findings of these rules (comma-separated ids; may be repeated).</source>
        <translation>Seulement les constats de ces règles (identifiants séparés par des virgules ; option répétable).</translation>
    </message>
    <message>
        <source>At most N findings, the most severe first (SARIF: 25,000, what code scanning takes in one run).</source>
        <translation>Au plus N constats, les plus graves d&apos;abord (SARIF : 25 000, ce que l&apos;analyse de code accepte en une exécution).</translation>
    </message>
    <message>
        <source>no rule &quot;%1&quot;; see Governance rules in the README</source>
        <translation>aucune règle « %1 » ; voir les règles de gouvernance dans le README</translation>
    </message>
    <message>
        <source>--max-results must be a number of findings, not &quot;%1&quot;</source>
        <translation>--max-results doit être un nombre de constats, pas « %1 »</translation>
    </message>
    <message numerus="yes">
        <source> (%n more not shown)</source>
        <translation>
            <numerusform> (%n autre non affiché)</numerusform>
            <numerusform> (%n autres non affichés)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mesh::app::CliCommand</name>
    <message>
        <source>Password for %1: </source>
        <translation>Mot de passe pour %1 : </translation>
    </message>
    <message>
        <source>A catalog file or a postgresql:// URL.</source>
        <translation>Un fichier de catalogue ou une URL postgresql://.</translation>
    </message>
    <message>
        <source>Output format: %1.</source>
        <translation>Format de sortie : %1.</translation>
    </message>
    <message>
        <source>meshstudio: cannot start %1, which draws diagrams and shows the window: %2</source>
        <translation>meshstudio : impossible de lancer %1, qui dessine les diagrammes et affiche la fenêtre : %2</translation>
    </message>
</context>
<context>
    <name>mesh::app::CommandLine</name>
    <message>
        <source>Usage: meshstudio [CATALOG]            open the studio window</source>
        <translation>Usage : meshstudio [CATALOGUE]          ouvrir la fenêtre de l&apos;atelier</translation>
    </message>
    <message>
        <source>       meshstudio COMMAND [OPTIONS]    run a command without a window</source>
        <translation>        meshstudio COMMANDE [OPTIONS]   lancer une commande sans fenêtre</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <source>Run &quot;meshstudio COMMAND --help&quot; for a command&apos;s arguments.</source>
        <translation>Lancez « meshstudio COMMANDE --help » pour les arguments d&apos;une commande.</translation>
    </message>
    <message>
        <source>meshstudio: &quot;%1&quot; is neither a command nor a catalog; see meshstudio --help</source>
        <translation>meshstudio : « %1 » n&apos;est ni une commande ni un catalogue ; voir meshstudio --help</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 the command&apos;s check failed, 2 usage or input error, 3 changes kept for later (the shared catalog&apos;s server went away), 4 the server cannot be reached.</source>
        <translation>Codes de sortie : 0 succès, 1 la vérification de la commande a échoué, 2 erreur d&apos;usage ou d&apos;entrée, 3 modifications gardées pour plus tard (le serveur du catalogue partagé est parti), 4 le serveur est injoignable.</translation>
    </message>
    <message>
        <source>meshstudio: no display to open the studio window on (DISPLAY is not set); the commands run without one: see meshstudio --help</source>
        <translation>meshstudio : aucun écran où ouvrir la fenêtre de l&apos;atelier (DISPLAY n&apos;est pas défini) ; les commandes s&apos;en passent : voir meshstudio --help</translation>
    </message>
</context>
<context>
    <name>mesh::app::CommandParser</name>
    <message>
        <source>missing argument (see --help)</source>
        <translation>argument manquant (voir --help)</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot; (see --help)</source>
        <translation>argument inattendu « %1 » (voir --help)</translation>
    </message>
    <message>
        <source>--%1 must be one of %2, not &quot;%3&quot;</source>
        <translation>--%1 doit valoir %2, pas « %3 »</translation>
    </message>
</context>
<context>
    <name>mesh::app::CompatCommand</name>
    <message>
        <source>Check schema versions for compatibility as a schema registry would (exit 1 when incompatible)</source>
        <translation>Vérifier la compatibilité de versions de schéma comme un registre de schémas (sortie 1 si incompatibles)</translation>
    </message>
    <message>
        <source>NONE, BACKWARD, BACKWARD_TRANSITIVE, FORWARD, FORWARD_TRANSITIVE, FULL or FULL_TRANSITIVE.</source>
        <translation>NONE, BACKWARD, BACKWARD_TRANSITIVE, FORWARD, FORWARD_TRANSITIVE, FULL ou FULL_TRANSITIVE.</translation>
    </message>
    <message>
        <source>Output format: text or json.</source>
        <translation>Format de sortie : text ou json.</translation>
    </message>
    <message>
        <source>Schema versions, oldest first; the last is the candidate.</source>
        <translation>Versions de schéma, la plus ancienne d&apos;abord ; la dernière est la candidate.</translation>
    </message>
    <message>
        <source>--type must be avro, protobuf or jsonschema, not &quot;%1&quot;</source>
        <translation>--type doit valoir avro, protobuf ou jsonschema, pas « %1 »</translation>
    </message>
    <message>
        <source>--mode must be one of NONE, BACKWARD, BACKWARD_TRANSITIVE, FORWARD, FORWARD_TRANSITIVE, FULL, FULL_TRANSITIVE, not &quot;%1&quot;</source>
        <translation>--mode doit valoir NONE, BACKWARD, BACKWARD_TRANSITIVE, FORWARD, FORWARD_TRANSITIVE, FULL ou FULL_TRANSITIVE, pas « %1 »</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is %2 compatible</source>
        <translation>%1 est compatible %2</translation>
    </message>
    <message>
        <source>%1 is not %2 compatible:</source>
        <translation>%1 n&apos;est pas compatible %2 :</translation>
    </message>
    <message>
        <source>breaks readers still on %1</source>
        <translation>casse les lecteurs encore sur %1</translation>
    </message>
    <message>
        <source>cannot read data written with %1</source>
        <translation>ne peut pas lire les données écrites avec %1</translation>
    </message>
    <message>
        <source>The schema format: avro, protobuf or jsonschema (default: by the files&apos; extensions, .avsc, .proto, .json).</source>
        <translation>Le format des schémas : avro, protobuf ou jsonschema (par défaut : d&apos;après l&apos;extension des fichiers, .avsc, .proto, .json).</translation>
    </message>
    <message>
        <source>give at least two schema versions, oldest first: the last is checked against the others</source>
        <translation>donnez au moins deux versions de schéma, la plus ancienne d&apos;abord : la dernière est vérifiée par rapport aux autres</translation>
    </message>
    <message>
        <source>%1 is a %2 file by its extension, but --type is %3</source>
        <translation>%1 est un fichier %2 d&apos;après son extension, mais --type vaut %3</translation>
    </message>
    <message>
        <source>%1 is a %2 file by its extension, unlike the files before it; give --type</source>
        <translation>%1 est un fichier %2 d&apos;après son extension, contrairement aux fichiers précédents ; précisez --type</translation>
    </message>
    <message>
        <source>cannot tell the schema format from the files&apos; extensions (.avsc, .proto, .json): give --type</source>
        <translation>impossible de déduire le format des schémas de l&apos;extension des fichiers (.avsc, .proto, .json) : précisez --type</translation>
    </message>
    <message>
        <source>JSON Schema only: STRICT (the registry&apos;s default) or LENIENT (properties of an open content model may be added and removed).</source>
        <translation>JSON Schema seulement : STRICT (le défaut du registre) ou LENIENT (les propriétés d’un modèle de contenu ouvert peuvent être ajoutées et retirées).</translation>
    </message>
    <message>
        <source>--policy must be STRICT or LENIENT, not &quot;%1&quot;</source>
        <translation>--policy doit valoir STRICT ou LENIENT, et non « %1 »</translation>
    </message>
    <message>
        <source>--policy applies to JSON Schema only</source>
        <translation>--policy ne s’applique qu’à JSON Schema</translation>
    </message>
    <message>
        <source>%1 imports &quot;%2&quot;, which is in none of: %3 (give the folder that holds it with --import-path)</source>
        <translation>%1 importe « %2 », qui n’est dans aucun de : %3 (donnez le dossier qui le contient avec --import-path)</translation>
    </message>
    <message>
        <source>Protobuf only: a folder to find imported files in (after the schema&apos;s own folder); may be given several times.</source>
        <translation>Protobuf seulement : un dossier où chercher les fichiers importés (après le dossier du schéma lui-même) ; peut être donné plusieurs fois.</translation>
    </message>
    <message>
        <source>--import-path applies to Protobuf only</source>
        <translation>--import-path ne s’applique qu’à Protobuf</translation>
    </message>
    <message>
        <source>--import-path %1 is not a folder</source>
        <translation>--import-path %1 n’est pas un dossier</translation>
    </message>
</context>
<context>
    <name>mesh::app::CopyCommand</name>
    <message>
        <source>Copy a catalog between a file and a shared catalog, ids and change log included</source>
        <translation>Copier un catalogue entre un fichier et un catalogue partagé, identifiants et journal compris</translation>
    </message>
    <message>
        <source>The catalog to copy: a file or a postgresql:// URL.</source>
        <translation>Le catalogue à copier : un fichier ou une URL postgresql://.</translation>
    </message>
    <message>
        <source>A new file, or an empty shared catalog (created with admin init-shared).</source>
        <translation>Un nouveau fichier, ou un catalogue partagé vide (créé par admin init-shared).</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n revision(s) to %1</source>
        <translation>
            <numerusform>%n révision copiée vers %1</numerusform>
            <numerusform>%n révisions copiées vers %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mesh::app::DiagramWorkspace</name>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Layout cancelled</source>
        <translation>Mise en page annulée</translation>
    </message>
    <message>
        <source>The diagram changed while it was being laid out; lay it out again</source>
        <translation>Le diagramme a changé pendant sa mise en page ; relancez-la</translation>
    </message>
    <message>
        <source>Lay out %1</source>
        <translation>Mettre en page %1</translation>
    </message>
    <message>
        <source>Laid out</source>
        <translation>Mis en page</translation>
    </message>
    <message>
        <source>Create diagram %1</source>
        <translation>Créer le diagramme %1</translation>
    </message>
    <message>
        <source>Rename diagram %1 to %2</source>
        <translation>Renommer le diagramme %1 en %2</translation>
    </message>
    <message numerus="yes">
        <source>Laying out %n element(s)… (Esc cancels)</source>
        <translation>
            <numerusform>Mise en page de %n élément… (Échap annule)</numerusform>
            <numerusform>Mise en page de %n éléments… (Échap annule)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mesh::app::DiffCommand</name>
    <message>
        <source>not checked: %1</source>
        <translation>non vérifiée : %1</translation>
    </message>
    <message>
        <source>compatible</source>
        <translation>compatible</translation>
    </message>
    <message>
        <source>incompatible: %1</source>
        <translation>incompatible : %1</translation>
    </message>
    <message>
        <source>What changed between two revisions: elements, fields, relations, schema versions with their verdict, findings</source>
        <translation>Ce qui a changé entre deux révisions : éléments, champs, relations, versions de schéma avec leur verdict, constats</translation>
    </message>
    <message>
        <source>The later revision (default: the latest).</source>
        <translation>La révision la plus récente (par défaut : la dernière).</translation>
    </message>
    <message>
        <source>--from REV is required</source>
        <translation>--from RÉV est requis</translation>
    </message>
    <message>
        <source>--from must be a revision between 0 and %1, not &quot;%2&quot;</source>
        <translation>--from doit être une révision entre 0 et %1, pas « %2 »</translation>
    </message>
    <message>
        <source>--to must be a revision between %1 and %2, not &quot;%3&quot;</source>
        <translation>--to doit être une révision entre %1 et %2, pas « %3 »</translation>
    </message>
    <message>
        <source>### Catalog changes, revisions %1 → %2</source>
        <translation>### Modifications du catalogue, révisions %1 → %2</translation>
    </message>
    <message>
        <source>Revisions %1 → %2</source>
        <translation>Révisions %1 → %2</translation>
    </message>
    <message>
        <source>No change.</source>
        <translation>Aucune modification.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>New findings</source>
        <translation>Nouveaux constats</translation>
    </message>
    <message>
        <source>Resolved findings</source>
        <translation>Constats résolus</translation>
    </message>
    <message>
        <source>The earlier revision, or &quot;baseline&quot;: the end of the latest closed review.</source>
        <translation>La révision antérieure, ou « baseline » : la fin de la dernière revue close.</translation>
    </message>
    <message>
        <source>Exit 1 when findings at least this severe appeared between the revisions: error or warning.</source>
        <translation>Sortir avec 1 quand des constats au moins aussi graves sont apparus entre les révisions : error ou warning.</translation>
    </message>
</context>
<context>
    <name>mesh::app::ExportCommand</name>
    <message>
        <source>Write schemas, AsyncAPI documents and Kafka topic configurations into a folder (only what changed)</source>
        <translation>Écrire schémas, documents AsyncAPI et configurations de topics Kafka dans un dossier (seulement ce qui a changé)</translation>
    </message>
    <message>
        <source>The folder to write into (created when missing).</source>
        <translation>Le dossier où écrire (créé s&apos;il manque).</translation>
    </message>
    <message>
        <source>Comma-separated formats (default: all): %1.</source>
        <translation>Formats séparés par des virgules (par défaut : tous) : %1.</translation>
    </message>
    <message>
        <source>List what would be added, changed and removed; write nothing.</source>
        <translation>Lister ce qui serait ajouté, modifié et supprimé ; ne rien écrire.</translation>
    </message>
    <message>
        <source>Refuse (exit 1, listing the findings) while the catalog has governance errors.</source>
        <translation>Refuser (sortie 1, avec la liste des constats) tant que le catalogue a des erreurs de gouvernance.</translation>
    </message>
    <message>
        <source>Export approved (and deprecated) elements and schema versions only.</source>
        <translation>N&apos;exporter que les éléments et versions de schéma approuvés (ou dépréciés).</translation>
    </message>
    <message>
        <source>Write AsyncAPI documents as JSON instead of YAML.</source>
        <translation>Écrire les documents AsyncAPI en JSON plutôt qu&apos;en YAML.</translation>
    </message>
    <message>
        <source>The Strimzi cluster the KafkaTopic resources belong to.</source>
        <translation>Le cluster Strimzi auquel appartiennent les ressources KafkaTopic.</translation>
    </message>
    <message>
        <source>--to DIR is required</source>
        <translation>--to DOSSIER est requis</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; the formats are %2</source>
        <translation>format « %1 » inconnu ; les formats sont %2</translation>
    </message>
    <message numerus="yes">
        <source>export refused: the catalog has %n governance error(s)</source>
        <translation>
            <numerusform>export refusé : le catalogue a %n erreur de gouvernance</numerusform>
            <numerusform>export refusé : le catalogue a %n erreurs de gouvernance</numerusform>
        </translation>
    </message>
    <message>
        <source>kept %1: no longer exported, but edited since the last export</source>
        <translation>%1 conservé : plus exporté, mais modifié depuis le dernier export</translation>
    </message>
    <message>
        <source>%1 added, %2 changed, %3 removed, %4 unchanged</source>
        <translation>%1 ajoutés, %2 modifiés, %3 supprimés, %4 inchangés</translation>
    </message>
    <message>
        <source>Dry run, nothing written: %1</source>
        <translation>Essai à blanc, rien n&apos;est écrit : %1</translation>
    </message>
    <message>
        <source>Exported to %1: %2</source>
        <translation>Exporté dans %1 : %2</translation>
    </message>
</context>
<context>
    <name>mesh::app::ExportDialog</name>
    <message>
        <source>Approved elements and schema versions only</source>
        <translation>Seulement les éléments et versions de schéma approuvés</translation>
    </message>
    <message>
        <source>Refuse while the catalog has governance errors</source>
        <translation>Refuser tant que le catalogue a des erreurs de gouvernance</translation>
    </message>
    <message>
        <source>AsyncAPI documents as JSON (YAML otherwise)</source>
        <translation>Documents AsyncAPI en JSON (YAML sinon)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>Formats</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Strimzi cluster:</source>
        <translation>Cluster Strimzi :</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Dossier :</translation>
    </message>
    <message>
        <source>What the export will do:</source>
        <translation>Ce que fera l&apos;export :</translation>
    </message>
    <message>
        <source>Export Into</source>
        <translation>Exporter dans</translation>
    </message>
    <message>
        <source>Exported to %1: %2 added, %3 changed, %4 removed, %5 unchanged.</source>
        <translation>Exporté dans %1 : %2 ajoutés, %3 modifiés, %4 supprimés, %5 inchangés.</translation>
    </message>
    <message>
        <source>Choose the folder to export into: usually a git working tree, so that a pull request shows what changed.</source>
        <translation>Choisissez le dossier où exporter : en général une copie de travail git, pour qu&apos;une pull request montre ce qui a changé.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Choose the folder to export into.</source>
        <translation>Choisissez le dossier où exporter.</translation>
    </message>
    <message>
        <source>Choose at least one format.</source>
        <translation>Choisissez au moins un format.</translation>
    </message>
    <message numerus="yes">
        <source>The export is refused: the catalog has %n governance error(s) (see Findings).</source>
        <translation>
            <numerusform>L&apos;export est refusé : le catalogue a %n erreur de gouvernance (voir Constats).</numerusform>
            <numerusform>L&apos;export est refusé : le catalogue a %n erreurs de gouvernance (voir Constats).</numerusform>
        </translation>
    </message>
    <message>
        <source>Working out what the export will do…</source>
        <translation>Calcul de ce que fera l&apos;export…</translation>
    </message>
    <message numerus="yes">
        <source>The folder is up to date: its %n file(s) are what this export writes.</source>
        <translation>
            <numerusform>Le dossier est à jour : son fichier est celui qu&apos;écrit cet export.</numerusform>
            <numerusform>Le dossier est à jour : ses %n fichiers sont ceux qu&apos;écrit cet export.</numerusform>
        </translation>
    </message>
    <message>
        <source>Added (%1)</source>
        <translation>Ajoutés (%1)</translation>
    </message>
    <message>
        <source>Changed (%1)</source>
        <translation>Modifiés (%1)</translation>
    </message>
    <message>
        <source>Removed (%1)</source>
        <translation>Supprimés (%1)</translation>
    </message>
    <message>
        <source>Kept, edited since the last export (%1)</source>
        <translation>Conservés, modifiés depuis le dernier export (%1)</translation>
    </message>
    <message>
        <source>Unchanged (%1)</source>
        <translation>Inchangés (%1)</translation>
    </message>
    <message>
        <source>Nothing to write: the folder already holds this export.</source>
        <translation>Rien à écrire : le dossier contient déjà cet export.</translation>
    </message>
    <message>
        <source>%1 to add, %2 to change, %3 to remove in %4.</source>
        <translation>%1 à ajouter, %2 à modifier, %3 à supprimer dans %4.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
</context>
<context>
    <name>mesh::app::FieldLineageBox</name>
    <message>
        <source>Field lineage</source>
        <translation>Lignée du champ</translation>
    </message>
    <message>
        <source>Field:</source>
        <translation>Champ :</translation>
    </message>
    <message>
        <source>Made by %1 itself (a generated field).</source>
        <translation>Produit par %1 lui-même (un champ généré).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Comes from:&lt;/b&gt; no field found that leads to it.</source>
        <translation>&lt;b&gt;Vient de :&lt;/b&gt; aucun champ trouvé qui y mène.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Comes from:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Vient de :&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Goes to:&lt;/b&gt; nothing yet.</source>
        <translation>&lt;b&gt;Va vers :&lt;/b&gt; rien pour l’instant.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Goes to:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Va vers :&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Not known for %1: no readable schema.</source>
        <translation>Inconnu pour %1 : aucun schéma lisible.</translation>
    </message>
</context>
<context>
    <name>mesh::app::FindingsOutput</name>
    <message>
        <source>%1 Each finding names the element and says how to fix it; the rule&apos;s severity and parameters are set per catalog (Governance → Rules…).</source>
        <translation>%1 Chaque constat nomme l&apos;élément et dit comment le corriger ; la gravité et les paramètres de la règle se règlent par catalogue (Gouvernance → Règles…).</translation>
    </message>
</context>
<context>
    <name>mesh::app::FindingsPanel</name>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>How to fix</source>
        <translation>Comment corriger</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n info(s)</source>
        <translation>
            <numerusform>%n information</numerusform>
            <numerusform>%n informations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mesh::app::HistoryPanel</name>
    <message>
        <source>Rev.</source>
        <translation>Rév.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
</context>
<context>
    <name>mesh::app::ImportCommand</name>
    <message>
        <source>Import AsyncAPI documents, .avsc, .proto and JSON Schema files into a catalog (one change batch)</source>
        <translation>Importer des documents AsyncAPI et des fichiers .avsc, .proto et JSON Schema dans un catalogue (un seul lot de modifications)</translation>
    </message>
    <message>
        <source>Files or folders to import.</source>
        <translation>Fichiers ou dossiers à importer.</translation>
    </message>
    <message>
        <source>The catalog to import into (a file or a postgresql:// URL).</source>
        <translation>Le catalogue où importer (un fichier ou une URL postgresql://).</translation>
    </message>
    <message>
        <source>The bounded context for what names none.</source>
        <translation>Le contexte délimité pour ce qui n’en nomme aucun.</translation>
    </message>
    <message>
        <source>A folder .proto imports are looked up in (repeatable).</source>
        <translation>Un dossier où chercher les imports des .proto (option répétable).</translation>
    </message>
    <message>
        <source>Show what would be added, changed and removed; change nothing.</source>
        <translation>Montrer ce qui serait ajouté, modifié et supprimé ; ne rien changer.</translation>
    </message>
    <message>
        <source>Import schema versions their subject&apos;s compatibility mode refuses.</source>
        <translation>Importer les versions de schéma que le mode de compatibilité de leur sujet refuse.</translation>
    </message>
    <message>
        <source>Output format: text, json.</source>
        <translation>Format de sortie : text, json.</translation>
    </message>
    <message>
        <source>--into CATALOG is required</source>
        <translation>--into CATALOGUE est obligatoire</translation>
    </message>
    <message>
        <source>; nothing was imported</source>
        <translation> ; rien n’a été importé</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
    <message>
        <source>%1 added, %2 changed, %3 removed</source>
        <translation>%1 ajoutés, %2 modifiés, %3 supprimés</translation>
    </message>
    <message>
        <source>Nothing to import: the catalog already says what the files say</source>
        <translation>Rien à importer : le catalogue dit déjà ce que disent les fichiers</translation>
    </message>
    <message>
        <source>Dry run, nothing imported: %1</source>
        <translation>Essai à blanc, rien d’importé : %1</translation>
    </message>
    <message>
        <source>Kept for later (%1): the server of %2 cannot be reached</source>
        <translation>Gardé pour plus tard (%1) : le serveur de %2 est injoignable</translation>
    </message>
    <message>
        <source>Imported as revision %1: %2</source>
        <translation>Importé en révision %1 : %2</translation>
    </message>
    <message>
        <source>incompatible: %1</source>
        <translation>incompatible : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n schema version(s) their subject&apos;s compatibility mode refuses; nothing was imported (--allow-incompatible imports them anyway)</source>
        <translation>
            <numerusform>%n version de schéma que le mode de compatibilité de son sujet refuse ; rien n’a été importé (--allow-incompatible l’importe quand même)</numerusform>
            <numerusform>%n versions de schéma que le mode de compatibilité de leur sujet refuse ; rien n’a été importé (--allow-incompatible les importe quand même)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mesh::app::ImportDialog</name>
    <message>
        <source>Import schema versions their subject&apos;s compatibility mode refuses</source>
        <translation>Importer les versions de schéma que le mode de compatibilité de leur sujet refuse</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>the document&apos;s own, else its title</source>
        <translation>celui du document, sinon son titre</translation>
    </message>
    <message>
        <source>folders separated by %1</source>
        <translation>dossiers séparés par %1</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Add Files…</source>
        <translation>Ajouter des fichiers…</translation>
    </message>
    <message>
        <source>Add Folder…</source>
        <translation>Ajouter un dossier…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Files and folders:</source>
        <translation>Fichiers et dossiers :</translation>
    </message>
    <message>
        <source>Bounded context:</source>
        <translation>Contexte délimité :</translation>
    </message>
    <message>
        <source>.proto import paths:</source>
        <translation>Chemins d’import .proto :</translation>
    </message>
    <message>
        <source>What the import will do in the catalog:</source>
        <translation>Ce que l’import fera dans le catalogue :</translation>
    </message>
    <message>
        <source>Add AsyncAPI documents (2.x or 3.0, YAML or JSON), .avsc, .proto or JSON Schema files, or folders holding them.</source>
        <translation>Ajoutez des documents AsyncAPI (2.x ou 3.0, YAML ou JSON), des fichiers .avsc, .proto ou JSON Schema, ou des dossiers qui en contiennent.</translation>
    </message>
    <message>
        <source>Import Files</source>
        <translation>Importer des fichiers</translation>
    </message>
    <message>
        <source>Event mesh files (*.yaml *.yml *.json *.avsc *.proto);;All files (*)</source>
        <translation>Fichiers du maillage d’événements (*.yaml *.yml *.json *.avsc *.proto);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation>Importer un dossier</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Add the files or folders to import.</source>
        <translation>Ajoutez les fichiers ou dossiers à importer.</translation>
    </message>
    <message>
        <source>Reading the files…</source>
        <translation>Lecture des fichiers…</translation>
    </message>
    <message>
        <source>
Nothing is imported.</source>
        <translation>
Rien n’est importé.</translation>
    </message>
    <message>
        <source>Added (%1)</source>
        <translation>Ajoutés (%1)</translation>
    </message>
    <message>
        <source>Changed (%1)</source>
        <translation>Modifiés (%1)</translation>
    </message>
    <message>
        <source>Removed (%1)</source>
        <translation>Supprimés (%1)</translation>
    </message>
    <message>
        <source>Refused by their subject&apos;s compatibility mode (%1)</source>
        <translation>Refusées par le mode de compatibilité de leur sujet (%1)</translation>
    </message>
    <message>
        <source>Not kept (%1)</source>
        <translation>Non conservé (%1)</translation>
    </message>
    <message>
        <source>Nothing to import: the catalog already says what the files say.</source>
        <translation>Rien à importer : le catalogue dit déjà ce que disent les fichiers.</translation>
    </message>
    <message numerus="yes">
        <source>%n new schema version(s) break their subject&apos;s compatibility mode: fix the files, or allow them above.</source>
        <translation>
            <numerusform>%n nouvelle version de schéma enfreint le mode de compatibilité de son sujet : corrigez les fichiers, ou autorisez-la ci-dessus.</numerusform>
            <numerusform>%n nouvelles versions de schéma enfreignent le mode de compatibilité de leur sujet : corrigez les fichiers, ou autorisez-les ci-dessus.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to add, %2 to change, %3 to remove, as one change you can undo.</source>
        <translation>%1 à ajouter, %2 à modifier, %3 à supprimer, en une seule modification annulable.</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
    <message numerus="yes">
        <source>Import %n file(s) and folder(s)</source>
        <translation>
            <numerusform>Importer %n fichier ou dossier</numerusform>
            <numerusform>Importer %n fichiers et dossiers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mesh::app::InfoCommand</name>
    <message>
        <source>Count a catalog&apos;s elements per kind, relations, schema versions and changes</source>
        <translation>Compter les éléments d&apos;un catalogue par nature, ses relations, versions de schéma et modifications</translation>
    </message>
    <message>
        <source>Catalog:         %1</source>
        <translation>Catalogue :           %1</translation>
    </message>
    <message>
        <source>Revision:        %1</source>
        <translation>Révision :            %1</translation>
    </message>
    <message>
        <source>Elements:        %1</source>
        <translation>Éléments :            %1</translation>
    </message>
    <message>
        <source>Relations:       %1</source>
        <translation>Relations :           %1</translation>
    </message>
    <message>
        <source>Schema versions: %1</source>
        <translation>Versions de schéma :  %1</translation>
    </message>
    <message>
        <source>Diagrams:        %1</source>
        <translation>Diagrammes :          %1</translation>
    </message>
    <message>
        <source>Changes:         %1</source>
        <translation>Modifications :       %1</translation>
    </message>
</context>
<context>
    <name>mesh::app::InitCommand</name>
    <message>
        <source>Create an empty catalog, or a copy of the sample catalog</source>
        <translation>Créer un catalogue vide, ou une copie du catalogue d&apos;exemple</translation>
    </message>
    <message>
        <source>The catalog file to create (suggested extension .meshcat).</source>
        <translation>Le fichier de catalogue à créer (extension conseillée .meshcat).</translation>
    </message>
    <message>
        <source>Fill it with the sample catalog.</source>
        <translation>Le remplir avec le catalogue d&apos;exemple.</translation>
    </message>
    <message numerus="yes">
        <source>Created %1 (%n element(s))</source>
        <translation>
            <numerusform>%1 créé (%n élément)</numerusform>
            <numerusform>%1 créé (%n éléments)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mesh::app::LogCommand</name>
    <message>
        <source>Print the change log (its JSON Lines are what apply reads)</source>
        <translation>Afficher le journal des modifications (ses JSON Lines sont ce que lit apply)</translation>
    </message>
    <message>
        <source>A catalog file.</source>
        <translation>Un fichier de catalogue.</translation>
    </message>
    <message>
        <source>Only changes after revision REV.</source>
        <translation>Seulement les modifications après la révision REV.</translation>
    </message>
    <message>
        <source>Output format: text or jsonl.</source>
        <translation>Format de sortie : text ou jsonl.</translation>
    </message>
    <message>
        <source>--since must be a revision number, not &quot;%1&quot;</source>
        <translation>--since doit être un numéro de révision, pas « %1 »</translation>
    </message>
</context>
<context>
    <name>mesh::app::MainWindow</name>
    <message>
        <source>Mesh Studio catalogs (*.meshcat);;All files (*)</source>
        <translation>Catalogues Mesh Studio (*.meshcat);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Propriétés</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Celle du système</translation>
    </message>
    <message>
        <source>The language changes the next time Mesh Studio starts.</source>
        <translation>La langue changera au prochain démarrage de Mesh Studio.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About Mesh Studio</source>
        <translation>À &amp;propos de Mesh Studio</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New Catalog…</source>
        <translation>&amp;Nouveau catalogue…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouverts &amp;récemment</translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation>Enregistrer une &amp;copie sous…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Cannot open the catalog</source>
        <translation>Impossible d&apos;ouvrir le catalogue</translation>
    </message>
    <message>
        <source>Mesh Studio</source>
        <translation>Mesh Studio</translation>
    </message>
    <message>
        <source>No catalog</source>
        <translation>Aucun catalogue</translation>
    </message>
    <message>
        <source>%1 — Mesh Studio</source>
        <translation>%1 — Mesh Studio</translation>
    </message>
    <message>
        <source>%1 · revision %2%3</source>
        <translation>%1 · révision %2%3</translation>
    </message>
    <message>
        <source> · read-only</source>
        <translation> · lecture seule</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Vider la liste</translation>
    </message>
    <message>
        <source>New Catalog</source>
        <translation>Nouveau catalogue</translation>
    </message>
    <message>
        <source>Cannot create the catalog</source>
        <translation>Impossible de créer le catalogue</translation>
    </message>
    <message>
        <source>Open Catalog</source>
        <translation>Ouvrir un catalogue</translation>
    </message>
    <message>
        <source>Save a Copy As</source>
        <translation>Enregistrer une copie sous</translation>
    </message>
    <message>
        <source>Cannot save a copy</source>
        <translation>Impossible d&apos;enregistrer une copie</translation>
    </message>
    <message>
        <source>Saved a copy to %1</source>
        <translation>Copie enregistrée dans %1</translation>
    </message>
    <message>
        <source>About Mesh Studio</source>
        <translation>À propos de Mesh Studio</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Mesh Studio %1&lt;/h3&gt;&lt;p&gt;Model an event-driven architecture together and keep it as a governed catalog.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Mesh Studio %1&lt;/h3&gt;&lt;p&gt;Modéliser ensemble une architecture événementielle et la tenir en catalogue gouverné.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Présence</translation>
    </message>
    <message>
        <source>Open &amp;Shared…</source>
        <translation>Ouvrir un catalogue &amp;partagé…</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>%1

Password for %2:</source>
        <translation>%1

Mot de passe pour %2 :</translation>
    </message>
    <message>
        <source>A change made offline was not applied</source>
        <translation>Une modification faite hors ligne n&apos;a pas été appliquée</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Modifié par quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <source>%1

The catalog now shows their version.</source>
        <translation>%1

Le catalogue montre maintenant leur version.</translation>
    </message>
    <message>
        <source>Keep Theirs</source>
        <translation>Garder la leur</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>Garder la mienne</translation>
    </message>
    <message>
        <source>● live</source>
        <translation>● en direct</translation>
    </message>
    <message numerus="yes">
        <source>⚠ offline — %n change(s) waiting</source>
        <translation>
            <numerusform>⚠ hors ligne — %n modification en attente</numerusform>
            <numerusform>⚠ hors ligne — %n modifications en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>&amp;Governance</source>
        <translation>&amp;Gouvernance</translation>
    </message>
    <message>
        <source>&amp;Rules…</source>
        <translation>&amp;Règles…</translation>
    </message>
    <message>
        <source>Change governance rules</source>
        <translation>Modifier les règles de gouvernance</translation>
    </message>
    <message>
        <source>Mesh Analysis</source>
        <translation>Analyse du maillage</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revue</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Schéma</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Palette</source>
        <translation>Palette</translation>
    </message>
    <message>
        <source>Diagram Overview</source>
        <translation>Aperçu du diagramme</translation>
    </message>
    <message>
        <source>Delete from the Catalog</source>
        <translation>Supprimer du catalogue</translation>
    </message>
    <message>
        <source>Delete these from the catalog, with everything that goes with them?

%1

Removing from the diagram only is Delete without Shift.</source>
        <translation>Supprimer ceci du catalogue, avec tout ce qui en dépend ?

%1

Pour retirer seulement du diagramme : Suppr sans Maj.</translation>
    </message>
    <message>
        <source>Open or create a diagram first (Diagram menu)</source>
        <translation>Ouvrez ou créez d&apos;abord un diagramme (menu Diagramme)</translation>
    </message>
    <message>
        <source>&amp;Diagram</source>
        <translation>&amp;Diagramme</translation>
    </message>
    <message>
        <source>New &amp;Event Storming Board…</source>
        <translation>Nouveau tableau &amp;Event Storming…</translation>
    </message>
    <message>
        <source>New Event &amp;Modeling Timeline…</source>
        <translation>Nouvelle frise Event &amp;Modeling…</translation>
    </message>
    <message>
        <source>New &amp;Context Map…</source>
        <translation>Nouvelle &amp;carte des contextes…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>No diagram yet</source>
        <translation>Pas encore de diagramme</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <source>Rename Diagram</source>
        <translation>Renommer le diagramme</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Delete Diagram</source>
        <translation>Supprimer le diagramme</translation>
    </message>
    <message>
        <source>Delete the diagram %1? Its elements stay in the catalog.</source>
        <translation>Supprimer le diagramme %1 ? Ses éléments restent dans le catalogue.</translation>
    </message>
    <message>
        <source>Delete diagram %1</source>
        <translation>Supprimer le diagramme %1</translation>
    </message>
    <message>
        <source>&amp;Pin or Unpin Selection</source>
        <translation>É&amp;pingler ou libérer la sélection</translation>
    </message>
    <message>
        <source>A&amp;lign</source>
        <translation>A&amp;ligner</translation>
    </message>
    <message>
        <source>Dis&amp;tribute</source>
        <translation>Ré&amp;partir</translation>
    </message>
    <message>
        <source>Horizontally</source>
        <translation>Horizontalement</translation>
    </message>
    <message>
        <source>Vertically</source>
        <translation>Verticalement</translation>
    </message>
    <message>
        <source>&amp;Auto-Layout</source>
        <translation>Mise en page &amp;automatique</translation>
    </message>
    <message>
        <source>High-&amp;Quality Layout (Whole Graph)</source>
        <translation>Mise en page de &amp;qualité (graphe entier)</translation>
    </message>
    <message>
        <source>Cancel Layout</source>
        <translation>Annuler la mise en page</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom a&amp;vant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>A&amp;juster</translation>
    </message>
    <message>
        <source>Actual &amp;Size (100 %)</source>
        <translation>&amp;Taille réelle (100 %)</translation>
    </message>
    <message>
        <source>Export &amp;Picture…</source>
        <translation>Exporter l&apos;&amp;image…</translation>
    </message>
    <message>
        <source>Find on diagram (Ctrl+F)</source>
        <translation>Chercher dans le diagramme (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find on Diagram</source>
        <translation>Chercher dans le diagramme</translation>
    </message>
    <message>
        <source>Event Storming</source>
        <translation>Event Storming</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Frise</translation>
    </message>
    <message>
        <source>Context Map</source>
        <translation>Carte des contextes</translation>
    </message>
    <message>
        <source>New Diagram</source>
        <translation>Nouveau diagramme</translation>
    </message>
    <message>
        <source>Nothing on this diagram is called &quot;%1&quot;</source>
        <translation>Rien ne s&apos;appelle « %1 » dans ce diagramme</translation>
    </message>
    <message numerus="yes">
        <source>%n element(s) found</source>
        <translation>
            <numerusform>%n élément trouvé</numerusform>
            <numerusform>%n éléments trouvés</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Picture</source>
        <translation>Exporter l&apos;image</translation>
    </message>
    <message>
        <source>SVG picture (*.svg);;PNG image (*.png)</source>
        <translation>Image SVG (*.svg);;Image PNG (*.png)</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 écrit</translation>
    </message>
    <message>
        <source>Name a Slice Over the Selection…</source>
        <translation>Nommer une tranche sur la sélection…</translation>
    </message>
    <message>
        <source>Slices are steps of a timeline: open one first</source>
        <translation>Les tranches sont des étapes d&apos;une frise : ouvrez-en une d&apos;abord</translation>
    </message>
    <message>
        <source>Name a Slice</source>
        <translation>Nommer une tranche</translation>
    </message>
    <message>
        <source>Remove the Selection&apos;s Slices</source>
        <translation>Retirer les tranches de la sélection</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s) from the catalog</source>
        <translation>
            <numerusform>Supprimer %n objet du catalogue</numerusform>
            <numerusform>Supprimer %n objets du catalogue</numerusform>
        </translation>
    </message>
    <message>
        <source>Zoom: Ctrl+0 fits the diagram, Ctrl+1 is 100 %</source>
        <translation>Zoom : Ctrl+0 ajuste le diagramme, Ctrl+1 est à 100 %</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>Non approuvé</translation>
    </message>
    <message>
        <source>The catalog&apos;s rules refuse this approval while errors remain.</source>
        <translation>Les règles du catalogue refusent cette approbation tant que des erreurs subsistent.</translation>
    </message>
    <message>
        <source>Fix these findings first (they are listed in the Findings panel):

• %1</source>
        <translation>Corrigez d&apos;abord ces constats (ils figurent dans le panneau Constats) :

• %1</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>&amp;Remove from Diagram</source>
        <translation>&amp;Retirer du diagramme</translation>
    </message>
    <message>
        <source>&amp;Delete from Catalog…</source>
        <translation>&amp;Supprimer du catalogue…</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Slices</source>
        <translation>Tranches</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n change(s), one step to undo</source>
        <translation>
            <numerusform>%1 : %n modification, une étape à annuler</numerusform>
            <numerusform>%1 : %n modifications, une étape à annuler</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open the sample catalog</source>
        <translation>Impossible d’ouvrir le catalogue d’exemple</translation>
    </message>
</context>
<context>
    <name>mesh::app::MeshAnalysisPanel</name>
    <message>
        <source>Flow</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>Disponibilité</translation>
    </message>
    <message>
        <source>Latency p50 / p99</source>
        <translation>Latence p50 / p99</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Débit</translation>
    </message>
    <message>
        <source>%1 / %2 ms</source>
        <translation>%1 / %2 ms</translation>
    </message>
    <message>
        <source>%1 requests/s (%2)</source>
        <translation>%1 requêtes/s (%2)</translation>
    </message>
    <message>
        <source>Flow from %1</source>
        <translation>Flux depuis %1</translation>
    </message>
    <message>
        <source>synchronous: %1 → %2</source>
        <translation>synchrone : %1 → %2</translation>
    </message>
    <message>
        <source>isolated by the event %1</source>
        <translation>isolé par l&apos;événement %1</translation>
    </message>
    <message>
        <source>as an event instead: %1 → %2</source>
        <translation>en événement plutôt : %1 → %2</translation>
    </message>
    <message>
        <source>If %1 is down, these flows fail: %2</source>
        <translation>Si %1 tombe, ces flux échouent : %2</translation>
    </message>
</context>
<context>
    <name>mesh::app::OpenSharedCatalogDialog</name>
    <message>
        <source>Open Shared Catalog</source>
        <translation>Ouvrir un catalogue partagé</translation>
    </message>
    <message>
        <source>catalog</source>
        <translation>catalogue</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>The password comes from ~/.pgpass; otherwise you are asked for it. It is never saved.</source>
        <translation>Le mot de passe vient de ~/.pgpass ; sinon il vous est demandé. Il n&apos;est jamais enregistré.</translation>
    </message>
</context>
<context>
    <name>mesh::app::OverviewPage</name>
    <message>
        <source>&lt;h3&gt;Start&lt;/h3&gt;&lt;p&gt;&lt;a href=&apos;start:sample&apos;&gt;Open the sample catalog&lt;/a&gt;&lt;br&gt;&lt;a href=&apos;start:new&apos;&gt;New catalog…&lt;/a&gt;&lt;br&gt;&lt;a href=&apos;start:open&apos;&gt;Open a catalog file…&lt;/a&gt;&lt;br&gt;&lt;a href=&apos;start:shared&apos;&gt;Open a shared catalog…&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Commencer&lt;/h3&gt;&lt;p&gt;&lt;a href=&apos;start:sample&apos;&gt;Ouvrir le catalogue d’exemple&lt;/a&gt;&lt;br&gt;&lt;a href=&apos;start:new&apos;&gt;Nouveau catalogue…&lt;/a&gt;&lt;br&gt;&lt;a href=&apos;start:open&apos;&gt;Ouvrir un fichier de catalogue…&lt;/a&gt;&lt;br&gt;&lt;a href=&apos;start:shared&apos;&gt;Ouvrir un catalogue partagé…&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Recent catalogs&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Catalogues récents&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No catalog is open&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Aucun catalogue n’est ouvert&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;Revision %2 · %3 relations · %4 schema versions&lt;/p&gt;&lt;table cellspacing=&apos;6&apos;&gt;%5&lt;/table&gt;&lt;p style=&apos;color:gray&apos;&gt;Select an element in the catalog tree to edit it.&lt;/p&gt;%6</source>
        <translation>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;Révision %2 · %3 relations · %4 versions de schéma&lt;/p&gt;&lt;table cellspacing=&apos;6&apos;&gt;%5&lt;/table&gt;&lt;p style=&apos;color:gray&apos;&gt;Sélectionnez un élément dans l&apos;arbre du catalogue pour le modifier.&lt;/p&gt;%6</translation>
    </message>
</context>
<context>
    <name>mesh::app::PalettePanel</name>
    <message>
        <source>Click, then click on the diagram; or drag onto the diagram</source>
        <translation>Cliquez, puis cliquez dans le diagramme ; ou glissez dans le diagramme</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Relier</translation>
    </message>
    <message>
        <source>Drag from one element to another to relate them; click again to stop</source>
        <translation>Glissez d&apos;un élément à un autre pour les relier ; cliquez de nouveau pour arrêter</translation>
    </message>
</context>
<context>
    <name>mesh::app::PresencePanel</name>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Sélection</translation>
    </message>
    <message>
        <source>Only you: people appear here when several studios open the same shared catalog.</source>
        <translation>Vous seul : les personnes apparaissent ici quand plusieurs ateliers ouvrent le même catalogue partagé.</translation>
    </message>
    <message>
        <source>Offline: presence comes back with the connection.</source>
        <translation>Hors ligne : la présence revient avec la connexion.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — you</source>
        <translation>%1 — vous</translation>
    </message>
    <message>
        <source>catalog tree</source>
        <translation>arbre du catalogue</translation>
    </message>
</context>
<context>
    <name>mesh::app::PropertiesPanel</name>
    <message>
        <source>Metadata</source>
        <translation>Métadonnées</translation>
    </message>
    <message>
        <source>Select an element in the catalog tree to see and edit its properties.</source>
        <translation>Sélectionnez un élément dans l&apos;arbre du catalogue pour voir et modifier ses propriétés.</translation>
    </message>
    <message>
        <source>Owning team</source>
        <translation>Équipe propriétaire</translation>
    </message>
    <message>
        <source>Comma-separated tags</source>
        <translation>Étiquettes séparées par des virgules</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>Cycle de vie</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Schéma</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>Relations</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>v%1 · %2 · %3 · %4</source>
        <translation>v%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>No schema yet.</source>
        <translation>Pas encore de schéma.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 ← %2</source>
        <translation>%1 ← %2</translation>
    </message>
    <message>
        <source>No relations.</source>
        <translation>Aucune relation.</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(non renseigné)</translation>
    </message>
    <message>
        <source>Comma-separated</source>
        <translation>Séparés par des virgules</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number</source>
        <translation>%1 : « %2 » n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>Renommer %1 en %2</translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>Modifier %1 de %2</translation>
    </message>
    <message>
        <source>(none yet: choose one)</source>
        <translation>(aucun pour l’instant : choisissez-en un)</translation>
    </message>
</context>
<context>
    <name>mesh::app::RelationProperties</name>
    <message>
        <source>Synchronous: the caller waits for the answer.</source>
        <translation>Synchrone : l&apos;appelant attend la réponse.</translation>
    </message>
    <message>
        <source>A context-map pattern between two bounded contexts.</source>
        <translation>Un motif de carte de contextes entre deux contextes délimités.</translation>
    </message>
    <message>
        <source>Asynchronous: a step of the event flow.</source>
        <translation>Asynchrone : une étape du flux d&apos;événements.</translation>
    </message>
    <message>
        <source>Delete Relation</source>
        <translation>Supprimer la relation</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Vers</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Delete a relation</source>
        <translation>Supprimer une relation</translation>
    </message>
    <message>
        <source>&lt;b&gt;Relation&lt;/b&gt; — %1</source>
        <translation>&lt;b&gt;Relation&lt;/b&gt; — %1</translation>
    </message>
    <message>
        <source>What flows here, and why</source>
        <translation>Ce qui passe ici, et pourquoi</translation>
    </message>
    <message>
        <source>Describe a relation</source>
        <translation>Décrire une relation</translation>
    </message>
</context>
<context>
    <name>mesh::app::RenderCommand</name>
    <message>
        <source>Draw diagrams as SVG or PNG pictures, optionally laid out first</source>
        <translation>Dessiner les diagrammes en images SVG ou PNG, mis en page au préalable si demandé</translation>
    </message>
    <message>
        <source>The diagram to draw, by name.</source>
        <translation>Le diagramme à dessiner, par son nom.</translation>
    </message>
    <message>
        <source>Draw every diagram, one file each, into the folder --out names.</source>
        <translation>Dessiner chaque diagramme, un fichier chacun, dans le dossier que nomme --out.</translation>
    </message>
    <message>
        <source>The picture (.svg or .png), or the folder with --all.</source>
        <translation>L&apos;image (.svg ou .png), ou le dossier avec --all.</translation>
    </message>
    <message>
        <source>With --all: PNG pictures instead of SVG.</source>
        <translation>Avec --all : des images PNG au lieu de SVG.</translation>
    </message>
    <message>
        <source>Lay the diagram out first (the picture only; the catalog is not changed).</source>
        <translation>Mettre d&apos;abord le diagramme en page (pour l&apos;image seulement ; le catalogue ne change pas).</translation>
    </message>
    <message>
        <source>With --layout: keep the layout in the catalog too (one change per diagram).</source>
        <translation>Avec --layout : garder aussi la mise en page dans le catalogue (une modification par diagramme).</translation>
    </message>
    <message>
        <source>Size factor of PNG pictures (default 1).</source>
        <translation>Facteur de taille des images PNG (1 par défaut).</translation>
    </message>
    <message>
        <source>--out is required</source>
        <translation>--out est requis</translation>
    </message>
    <message>
        <source>give either --diagram NAME or --all</source>
        <translation>donnez soit --diagram NOM, soit --all</translation>
    </message>
    <message>
        <source>--scale must be a number between 0 and 16, not &quot;%1&quot;</source>
        <translation>--scale doit être un nombre entre 0 et 16, pas « %1 »</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>no diagram is called &quot;%1&quot;; the diagrams are: %2</source>
        <translation>aucun diagramme ne s&apos;appelle « %1 » ; les diagrammes sont : %2</translation>
    </message>
    <message>
        <source>%1: the layout failed</source>
        <translation>%1 : la mise en page a échoué</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Wrote %1 (%2)</source>
        <translation>%1 écrit (%2)</translation>
    </message>
</context>
<context>
    <name>mesh::app::ReviewPanel</name>
    <message>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>Open Review</source>
        <translation>Ouvrir une revue</translation>
    </message>
    <message>
        <source>Close and Sign Off</source>
        <translation>Clore et valider</translation>
    </message>
    <message>
        <source>Revert Rejected</source>
        <translation>Annuler les refus</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>Comment on the selected item, then Enter</source>
        <translation>Commentez l&apos;élément sélectionné, puis Entrée</translation>
    </message>
    <message>
        <source>No review yet. The baseline is revision %1.</source>
        <translation>Aucune revue pour l&apos;instant. La référence est la révision %1.</translation>
    </message>
    <message>
        <source>%1 — revisions %2 → %3, signed off by %4</source>
        <translation>%1 — révisions %2 → %3, validée par %4</translation>
    </message>
    <message numerus="yes">
        <source>%1 — revisions %2 → %3, %n item(s)</source>
        <translation>
            <numerusform>%1 — révisions %2 → %3, %n élément</numerusform>
            <numerusform>%1 — révisions %2 → %3, %n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>compatible</source>
        <translation>compatible</translation>
    </message>
    <message>
        <source>incompatible: %1</source>
        <translation>incompatible : %1</translation>
    </message>
    <message>
        <source>(undecided)</source>
        <translation>(sans décision)</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>Needs work</source>
        <translation>À retravailler</translation>
    </message>
    <message>
        <source>Open a review</source>
        <translation>Ouvrir une revue</translation>
    </message>
    <message>
        <source>Decide on a review item</source>
        <translation>Décider d&apos;un élément de revue</translation>
    </message>
    <message>
        <source>Comment on a review item</source>
        <translation>Commenter un élément de revue</translation>
    </message>
    <message>
        <source>Close the review</source>
        <translation>Clore la revue</translation>
    </message>
    <message>
        <source>Nothing was rejected, or it was already taken back.</source>
        <translation>Rien n&apos;a été refusé, ou c&apos;est déjà annulé.</translation>
    </message>
    <message>
        <source>Revert rejected items</source>
        <translation>Annuler les éléments refusés</translation>
    </message>
    <message>
        <source>Review opened %1</source>
        <translation>Revue ouverte le %1</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les genres</translation>
    </message>
    <message>
        <source>All contexts</source>
        <translation>Tous les contextes</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Tous les propriétaires</translation>
    </message>
    <message>
        <source>All decisions</source>
        <translation>Toutes les décisions</translation>
    </message>
    <message>
        <source>Approve Selected</source>
        <translation>Approuver la sélection</translation>
    </message>
    <message>
        <source>Reject Selected</source>
        <translation>Refuser la sélection</translation>
    </message>
    <message>
        <source>Needs Work</source>
        <translation>À retravailler</translation>
    </message>
    <message>
        <source>Approve All Shown</source>
        <translation>Approuver tout ce qui est affiché</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>Sans décision</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Refusés</translation>
    </message>
    <message>
        <source>The selected item&apos;s comments</source>
        <translation>Les commentaires de l’élément sélectionné</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Afficher :</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2 : %3</translation>
    </message>
    <message>
        <source>Nothing changed since the last sign-off (revision %1).</source>
        <translation>Rien n’a changé depuis la dernière validation (révision %1).</translation>
    </message>
    <message numerus="yes">
        <source>Decide on %n review item(s)</source>
        <translation>
            <numerusform>Décider de %n élément de revue</numerusform>
            <numerusform>Décider de %n éléments de revue</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign off &quot;%1&quot;?

%2 approved, %3 rejected, %4 needing work.

A sign-off is final: it becomes the baseline and cannot be undone.</source>
        <translation>Valider « %1 » ?

%2 approuvés, %3 refusés, %4 à retravailler.

Une validation est définitive : elle devient la référence et ne peut pas être annulée.</translation>
    </message>
    <message>
        <source>Sign Off the Review</source>
        <translation>Valider la revue</translation>
    </message>
    <message>
        <source>Sign Off</source>
        <translation>Valider</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>Cycle de vie</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
</context>
<context>
    <name>mesh::app::RuleSettingsDialog</name>
    <message>
        <source>Governance Rules</source>
        <translation>Règles de gouvernance</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Parameters (JSON)</source>
        <translation>Paramètres (JSON)</translation>
    </message>
    <message>
        <source>Rules in bold are set by this catalog; the others follow the default rule set.</source>
        <translation>Les règles en gras sont réglées par ce catalogue ; les autres suivent le jeu de règles par défaut.</translation>
    </message>
    <message>
        <source>%1: the parameters are not a JSON object (%2)</source>
        <translation>%1 : les paramètres ne sont pas un objet JSON (%2)</translation>
    </message>
</context>
<context>
    <name>mesh::app::SampleCatalog</name>
    <message>
        <source>The sample catalog is invalid (line %1): %2</source>
        <translation>Le catalogue d&apos;exemple est invalide (ligne %1) : %2</translation>
    </message>
    <message>
        <source>The sample as shipped</source>
        <translation>L’exemple tel que livré</translation>
    </message>
</context>
<context>
    <name>mesh::app::SchemaEditorPanel</name>
    <message>
        <source>Avro</source>
        <translation>Avro</translation>
    </message>
    <message>
        <source>Protobuf</source>
        <translation>Protobuf</translation>
    </message>
    <message>
        <source>JSON Schema</source>
        <translation>JSON Schema</translation>
    </message>
    <message>
        <source>Save as New Version</source>
        <translation>Enregistrer comme nouvelle version</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>How each new version must relate to the earlier ones, as in Confluent Schema Registry</source>
        <translation>Comment chaque nouvelle version doit se situer par rapport aux précédentes, comme dans Confluent Schema Registry</translation>
    </message>
    <message>
        <source>Select an event, command or read model to see and edit its schema.</source>
        <translation>Sélectionnez un événement, une commande ou un modèle de lecture pour voir et modifier son schéma.</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version :</translation>
    </message>
    <message>
        <source>Compatibility:</source>
        <translation>Compatibilité :</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format :</translation>
    </message>
    <message>
        <source>What this is about</source>
        <translation>Ce dont il s&apos;agit</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <source>Version %1 (%2)</source>
        <translation>Version %1 (%2)</translation>
    </message>
    <message>
        <source>Version 1 (new)</source>
        <translation>Version 1 (nouvelle)</translation>
    </message>
    <message>
        <source>Version %1 (new, from version %2)</source>
        <translation>Version %1 (nouvelle, à partir de la version %2)</translation>
    </message>
    <message>
        <source>Does not parse: %1</source>
        <translation>Illisible : %1</translation>
    </message>
    <message>
        <source>Parses as %1.</source>
        <translation>Lisible en %1.</translation>
    </message>
    <message>
        <source>The first version: nothing to be compatible with.</source>
        <translation>La première version : rien avec quoi être compatible.</translation>
    </message>
    <message>
        <source>Incompatible: the earlier versions are not %1; a registry refuses a new format under the same subject</source>
        <translation>Incompatible : les versions précédentes ne sont pas en %1 ; un registre refuse un nouveau format sous le même sujet</translation>
    </message>
    <message>
        <source>An earlier version cannot be read: %1</source>
        <translation>Une version précédente est illisible : %1</translation>
    </message>
    <message>
        <source>Compatibility is not checked (NONE).</source>
        <translation>La compatibilité n&apos;est pas vérifiée (NONE).</translation>
    </message>
    <message>
        <source>Compatible with the earlier versions (%1).</source>
        <translation>Compatible avec les versions précédentes (%1).</translation>
    </message>
    <message>
        <source>breaks old readers</source>
        <translation>casse les anciens lecteurs</translation>
    </message>
    <message>
        <source>breaks old writers&apos; data</source>
        <translation>casse les données des anciens producteurs</translation>
    </message>
    <message>
        <source>Against version %1, %2: %3 (%4)</source>
        <translation>Par rapport à la version %1, %2 : %3 (%4)</translation>
    </message>
    <message>
        <source>Add schema version %1 of %2</source>
        <translation>Ajouter la version de schéma %1 de %2</translation>
    </message>
</context>
<context>
    <name>mesh::app::SchemaFieldTable</name>
    <message>
        <source>Make Schema Version</source>
        <translation>Créer la version de schéma</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Requis</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Défaut</translation>
    </message>
    <message>
        <source>Avro</source>
        <translation>Avro</translation>
    </message>
    <message>
        <source>Protobuf</source>
        <translation>Protobuf</translation>
    </message>
    <message>
        <source>JSON Schema</source>
        <translation>JSON Schema</translation>
    </message>
    <message>
        <source>Add Field</source>
        <translation>Ajouter un champ</translation>
    </message>
    <message>
        <source>Remove Field</source>
        <translation>Retirer le champ</translation>
    </message>
    <message>
        <source>The fields of version %1. Change them and make the next version.</source>
        <translation>Les champs de la version %1. Modifiez-les et créez la version suivante.</translation>
    </message>
    <message>
        <source>Version %1 was written by hand and stays as written; fields here make a new version from scratch.</source>
        <translation>La version %1 a été écrite à la main et reste telle quelle ; les champs ici créent une nouvelle version à partir de zéro.</translation>
    </message>
    <message>
        <source>No schema yet: list the fields and make the first version.</source>
        <translation>Pas encore de schéma : listez les champs et créez la première version.</translation>
    </message>
    <message>
        <source>Add schema version %1 of %2 from its fields</source>
        <translation>Ajouter la version de schéma %1 de %2 à partir de ses champs</translation>
    </message>
</context>
<context>
    <name>mesh::app::SlicePanel</name>
    <message>
        <source>Element</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Example value</source>
        <translation>Valeur d’exemple</translation>
    </message>
    <message>
        <source>Add Scenario</source>
        <translation>Ajouter un scénario</translation>
    </message>
    <message>
        <source>Remove Scenario</source>
        <translation>Retirer le scénario</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>The refusal expected instead of events, if any</source>
        <translation>Le refus attendu au lieu d’événements, s’il y en a un</translation>
    </message>
    <message>
        <source>Slice:</source>
        <translation>Tranche :</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <source>Given (events)</source>
        <translation>Étant donné (des événements)</translation>
    </message>
    <message>
        <source>When (a command)</source>
        <translation>Quand (une commande)</translation>
    </message>
    <message>
        <source>Then (events, or a state view&apos;s read models)</source>
        <translation>Alors (des événements, ou les modèles de lecture d’une vue d’état)</translation>
    </message>
    <message>
        <source>Add a row: an element, or one more of its fields</source>
        <translation>Ajouter une ligne : un élément, ou un champ de plus</translation>
    </message>
    <message>
        <source>Remove the selected row</source>
        <translation>Retirer la ligne sélectionnée</translation>
    </message>
    <message>
        <source>Or refused with:</source>
        <translation>Ou refusée avec :</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Scénarios</translation>
    </message>
    <message>
        <source>Rename slice %1 to %2</source>
        <translation>Renommer la tranche %1 en %2</translation>
    </message>
    <message>
        <source>Make slice %1 a %2</source>
        <translation>Faire de la tranche %1 : %2</translation>
    </message>
    <message>
        <source>Scenario %1</source>
        <translation>Scénario %1</translation>
    </message>
    <message>
        <source>Add scenario %1 to slice %2</source>
        <translation>Ajouter le scénario %1 à la tranche %2</translation>
    </message>
    <message>
        <source>Remove scenario %1 from slice %2</source>
        <translation>Retirer le scénario %1 de la tranche %2</translation>
    </message>
    <message>
        <source>Slices are parts of an Event Modeling timeline: open one.</source>
        <translation>Les tranches font partie d’une frise Event Modeling : ouvrez-en une.</translation>
    </message>
    <message>
        <source>Select the stickies of one step of the story and use Diagram → Name a Slice Over the Selection.</source>
        <translation>Sélectionnez les post-it d’une étape de l’histoire et utilisez Diagramme → Nommer une tranche sur la sélection.</translation>
    </message>
    <message>
        <source>Each slice is specified by its scenarios: given these events, when this command, then these events — or the read model shows these values.</source>
        <translation>Chaque tranche est spécifiée par ses scénarios : étant donné ces événements, quand cette commande, alors ces événements — ou le modèle de lecture montre ces valeurs.</translation>
    </message>
    <message>
        <source>Edit scenario %1 of slice %2</source>
        <translation>Modifier le scénario %1 de la tranche %2</translation>
    </message>
</context>
<context>
    <name>mesh::app::ViewFollower</name>
    <message>
        <source>You moved the view: no longer following %1</source>
        <translation>Vous avez déplacé la vue : vous ne suivez plus %1</translation>
    </message>
    <message>
        <source>the presenter</source>
        <translation>le présentateur</translation>
    </message>
</context>
<context>
    <name>mesh::app::WatchCommand</name>
    <message>
        <source>Print changes as they land, from any client, until interrupted</source>
        <translation>Afficher les modifications à mesure qu&apos;elles arrivent, de tout client, jusqu&apos;à interruption</translation>
    </message>
    <message>
        <source>A catalog file or a postgresql:// URL.</source>
        <translation>Un fichier de catalogue ou une URL postgresql://.</translation>
    </message>
    <message>
        <source>First print the changes after revision REV (default: none, only new ones).</source>
        <translation>Afficher d&apos;abord les modifications après la révision REV (par défaut : aucune, seulement les nouvelles).</translation>
    </message>
    <message>
        <source>Stop once revision REV has been printed.</source>
        <translation>S&apos;arrêter une fois la révision REV affichée.</translation>
    </message>
    <message>
        <source>Output format: text or jsonl.</source>
        <translation>Format de sortie : text ou jsonl.</translation>
    </message>
    <message>
        <source>--since must be a revision number, not &quot;%1&quot;</source>
        <translation>--since doit être un numéro de révision, pas « %1 »</translation>
    </message>
    <message>
        <source>--until must be a revision number, not &quot;%1&quot;</source>
        <translation>--until doit être un numéro de révision, pas « %1 »</translation>
    </message>
    <message>
        <source>Give up after SECONDS: exit 1 when --until REV has not landed by then (default: wait on).</source>
        <translation>Abandonner après SECONDES : sortir avec 1 si la révision de --until n&apos;est pas arrivée d&apos;ici là (par défaut : attendre).</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds, not &quot;%1&quot;</source>
        <translation>--timeout doit être un nombre de secondes, pas « %1 »</translation>
    </message>
    <message>
        <source>revision %1 did not land within %2 s (the catalog is at %3)</source>
        <translation>la révision %1 n&apos;est pas arrivée en %2 s (le catalogue en est à %3)</translation>
    </message>
    <message>
        <source>meshstudio watch: waiting for revision %1; the catalog is at %2 (--timeout SECONDS gives up)</source>
        <translation>meshstudio watch : en attente de la révision %1 ; le catalogue en est à %2 (--timeout SECONDES abandonne)</translation>
    </message>
</context>
<context>
    <name>mesh::app::WorkshopPanel</name>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Remettre à zéro</translation>
    </message>
    <message>
        <source>Vote on Stickies</source>
        <translation>Voter sur les post-it</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Fixer</translation>
    </message>
    <message>
        <source>Reset Votes…</source>
        <translation>Effacer les votes…</translation>
    </message>
    <message>
        <source>Add Comment</source>
        <translation>Ajouter le commentaire</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Minuteur</translation>
    </message>
    <message>
        <source>While on, a click on a sticky gives it one of your dots; Shift+click takes one back</source>
        <translation>Activé, un clic sur un post-it lui donne une de vos gommettes ; Maj+clic en reprend une</translation>
    </message>
    <message>
        <source>Sticky</source>
        <translation>Post-it</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Gommettes</translation>
    </message>
    <message>
        <source>Dot voting</source>
        <translation>Vote par gommettes</translation>
    </message>
    <message>
        <source>Dots each:</source>
        <translation>Gommettes par personne :</translation>
    </message>
    <message>
        <source>A question, a doubt, a hot spot…</source>
        <translation>Une question, un doute, un point chaud…</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>Open a diagram to vote on its stickies.</source>
        <translation>Ouvrez un diagramme pour voter sur ses post-it.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n dot(s) left of %2 on %3</source>
        <translation>
            <numerusform>Il reste à %1 %n gommette sur %2 dans %3</numerusform>
            <numerusform>Il reste à %1 %n gommettes sur %2 dans %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Comments on %1</source>
        <translation>Commentaires sur %1</translation>
    </message>
    <message>
        <source>Select an element to read and write its comments.</source>
        <translation>Sélectionnez un élément pour lire et écrire ses commentaires.</translation>
    </message>
    <message>
        <source>%1 · %2
%3</source>
        <translation>%1 · %2
%3</translation>
    </message>
    <message>
        <source>Comment on %1</source>
        <translation>Commenter %1</translation>
    </message>
    <message numerus="yes">
        <source>Give everyone %n dot(s) on %1</source>
        <translation>
            <numerusform>Donner à chacun %n gommette sur %1</numerusform>
            <numerusform>Donner à chacun %n gommettes sur %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Reset Votes</source>
        <translation>Effacer les votes</translation>
    </message>
    <message numerus="yes">
        <source>Take back everyone&apos;s dots on this diagram (%n vote(s))? Undo puts them back.</source>
        <translation>
            <numerusform>Reprendre les gommettes de tous sur ce diagramme (%n vote) ? Annuler les remet.</numerusform>
            <numerusform>Reprendre les gommettes de tous sur ce diagramme (%n votes) ? Annuler les remet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reset the votes on %1</source>
        <translation>Effacer les votes sur %1</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>Temps écoulé</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Present My View</source>
        <translation>Présenter ma vue</translation>
    </message>
    <message>
        <source>Follow the Presenter</source>
        <translation>Suivre le présentateur</translation>
    </message>
    <message>
        <source>The other studios that follow see your diagram, zoom and position</source>
        <translation>Les autres studios qui suivent voient votre diagramme, votre zoom et votre position</translation>
    </message>
    <message>
        <source>Show what the presenting studio shows, until you move the view yourself</source>
        <translation>Montrer ce que montre le studio qui présente, jusqu’à ce que vous déplaciez la vue vous-même</translation>
    </message>
    <message>
        <source>Follow the facilitator</source>
        <translation>Suivre l’animateur</translation>
    </message>
    <message>
        <source>On a shared catalog, one studio presents and the others follow.</source>
        <translation>Sur un catalogue partagé, un studio présente et les autres suivent.</translation>
    </message>
</context>
<context>
    <name>mesh::canvas::DiagramRenderer</name>
    <message>
        <source>%1: the picture is written as .svg or .png</source>
        <translation>%1 : l&apos;image s&apos;écrit en .svg ou .png</translation>
    </message>
    <message>
        <source>the scale is between 0 and 16, not %1</source>
        <translation>l&apos;échelle est entre 0 et 16, pas %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>A diagram from Mesh Studio</source>
        <translation>Un diagramme de Mesh Studio</translation>
    </message>
    <message>
        <source>cannot write %1: the PNG encoder failed</source>
        <translation>impossible d&apos;écrire %1 : l&apos;encodeur PNG a échoué</translation>
    </message>
</context>
<context>
    <name>mesh::canvas::DiagramScene</name>
    <message>
        <source>Triggers and actors</source>
        <translation>Déclencheurs et acteurs</translation>
    </message>
    <message>
        <source>Commands and read models</source>
        <translation>Commandes et modèles de lecture</translation>
    </message>
    <message>
        <source>Events · %1</source>
        <translation>Événements · %1</translation>
    </message>
    <message>
        <source>Place %1 %2</source>
        <translation>Placer %1 %2</translation>
    </message>
    <message>
        <source>Already on this diagram</source>
        <translation>Déjà dans ce diagramme</translation>
    </message>
    <message numerus="yes">
        <source>Add %n element(s) to the diagram</source>
        <translation>
            <numerusform>Ajouter %n élément au diagramme</numerusform>
            <numerusform>Ajouter %n éléments au diagramme</numerusform>
        </translation>
    </message>
    <message>
        <source>Move %1 into %2</source>
        <translation>Déplacer %1 dans %2</translation>
    </message>
    <message numerus="yes">
        <source>Move %n element(s)</source>
        <translation>
            <numerusform>Déplacer %n élément</numerusform>
            <numerusform>Déplacer %n éléments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n element(s) from the diagram</source>
        <translation>
            <numerusform>Retirer %n élément du diagramme</numerusform>
            <numerusform>Retirer %n éléments du diagramme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n relation(s)</source>
        <translation>
            <numerusform>%n relation</numerusform>
            <numerusform>%n relations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n schema version(s)</source>
        <translation>
            <numerusform>%n version de schéma</numerusform>
            <numerusform>%n versions de schéma</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n placement(s) on other diagrams</source>
        <translation>
            <numerusform>%n placement dans d&apos;autres diagrammes</numerusform>
            <numerusform>%n placements dans d&apos;autres diagrammes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n element(s) inside the deleted contexts</source>
        <translation>
            <numerusform>%n élément dans les contextes supprimés</numerusform>
            <numerusform>%n éléments dans les contextes supprimés</numerusform>
        </translation>
    </message>
    <message>
        <source>An element cannot be related to itself</source>
        <translation>Un élément ne peut pas être relié à lui-même</translation>
    </message>
    <message>
        <source>Relate %1 %2 %3</source>
        <translation>Relier %1 %2 %3</translation>
    </message>
    <message numerus="yes">
        <source>Pin %n element(s)</source>
        <translation>
            <numerusform>Épingler %n élément</numerusform>
            <numerusform>Épingler %n éléments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unpin %n element(s)</source>
        <translation>
            <numerusform>Libérer %n élément</numerusform>
            <numerusform>Libérer %n éléments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Align %n element(s)</source>
        <translation>
            <numerusform>Aligner %n élément</numerusform>
            <numerusform>Aligner %n éléments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Distribute %n element(s)</source>
        <translation>
            <numerusform>Répartir %n élément</numerusform>
            <numerusform>Répartir %n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>Resize %1</source>
        <translation>Redimensionner %1</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1 (copie %2)</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n element(s)</source>
        <translation>
            <numerusform>Coller %n élément</numerusform>
            <numerusform>Coller %n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>No kind of relation goes from %1 to %2</source>
        <translation>Aucune sorte de relation ne va des %1 aux %2</translation>
    </message>
    <message>
        <source>Select the stickies of the slice first</source>
        <translation>Sélectionnez d&apos;abord les post-it de la tranche</translation>
    </message>
    <message>
        <source>Add slice %1</source>
        <translation>Ajouter la tranche %1</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n slice(s)</source>
        <translation>
            <numerusform>Retirer %n tranche</numerusform>
            <numerusform>Retirer %n tranches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n relation(s)</source>
        <translation>
            <numerusform>Supprimer %n relation</numerusform>
            <numerusform>Supprimer %n relations</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the selection from the diagram</source>
        <translation>Retirer la sélection du diagramme</translation>
    </message>
    <message>
        <source>%1 → %2 (%3)</source>
        <translation>%1 → %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>Nudge %n element(s)</source>
        <translation>
            <numerusform>Décaler %n élément</numerusform>
            <numerusform>Décaler %n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Propriétaire : %1</translation>
    </message>
    <message>
        <source>%1 &lt;b&gt;%2&lt;/b&gt; %3</source>
        <translation>%1 &lt;b&gt;%2&lt;/b&gt; %3</translation>
    </message>
    <message>
        <source>Left Edges</source>
        <translation>Bords gauches</translation>
    </message>
    <message>
        <source>Right Edges</source>
        <translation>Bords droits</translation>
    </message>
    <message>
        <source>Top Edges</source>
        <translation>Bords supérieurs</translation>
    </message>
    <message>
        <source>Bottom Edges</source>
        <translation>Bords inférieurs</translation>
    </message>
    <message>
        <source>Centres in a Row</source>
        <translation>Centres sur une ligne</translation>
    </message>
    <message>
        <source>Centres in a Column</source>
        <translation>Centres sur une colonne</translation>
    </message>
    <message numerus="yes">
        <source>Move %n element(s) into their contexts</source>
        <translation>
            <numerusform>Déplacer %n élément dans son contexte</numerusform>
            <numerusform>Déplacer %n éléments dans leurs contextes</numerusform>
        </translation>
    </message>
    <message>
        <source>Take back a dot from %1</source>
        <translation>Reprendre une gommette à %1</translation>
    </message>
    <message>
        <source>Vote for %1</source>
        <translation>Voter pour %1</translation>
    </message>
    <message>
        <source>Events · no context</source>
        <translation>Événements · sans contexte</translation>
    </message>
</context>
<context>
    <name>mesh::canvas::DiagramView</name>
    <message>
        <source>Name of the new %1</source>
        <translation>Nom du nouvel élément : %1</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>Renommer %1 en %2</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Tout sélectionner</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Pin or Unpin</source>
        <translation>Épingler ou désépingler</translation>
    </message>
    <message>
        <source>Align</source>
        <translation>Aligner</translation>
    </message>
    <message>
        <source>Distribute</source>
        <translation>Répartir</translation>
    </message>
    <message>
        <source>Horizontally</source>
        <translation>Horizontalement</translation>
    </message>
    <message>
        <source>Vertically</source>
        <translation>Verticalement</translation>
    </message>
    <message>
        <source>Remove from Diagram</source>
        <translation>Retirer du diagramme</translation>
    </message>
    <message>
        <source>Delete from Catalog…</source>
        <translation>Supprimer du catalogue…</translation>
    </message>
    <message>
        <source>Delete Relation</source>
        <translation>Supprimer la relation</translation>
    </message>
</context>
<context>
    <name>mesh::catalog::AttributeField</name>
    <message>
        <source>Field &quot;%1&quot;: %2</source>
        <translation>Champ « %1 » : %2</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>au moins %1</translation>
    </message>
    <message>
        <source>between %1 and %2</source>
        <translation>entre %1 et %2</translation>
    </message>
    <message>
        <source>%1 is out of range (expected %2)</source>
        <translation>%1 est hors limites (attendu : %2)</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>nombre entier attendu</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>nombre attendu</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>chaîne attendue</translation>
    </message>
    <message>
        <source>expected a list of strings</source>
        <translation>liste de chaînes attendue</translation>
    </message>
    <message>
        <source>expected one of %1</source>
        <translation>une valeur parmi %1 attendue</translation>
    </message>
    <message>
        <source>Duplication</source>
        <translation>Duplication</translation>
    </message>
    <message>
        <source>Latency to data update</source>
        <translation>Latence de mise à jour des données</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Cardinality</source>
        <translation>Cardinalité</translation>
    </message>
    <message>
        <source>records</source>
        <translation>enregistrements</translation>
    </message>
    <message>
        <source>Change throughput</source>
        <translation>Débit de modifications</translation>
    </message>
    <message>
        <source>changes/s</source>
        <translation>modifications/s</translation>
    </message>
    <message>
        <source>Response time p50</source>
        <translation>Temps de réponse p50</translation>
    </message>
    <message>
        <source>Response time p90</source>
        <translation>Temps de réponse p90</translation>
    </message>
    <message>
        <source>Response time p99</source>
        <translation>Temps de réponse p99</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Débit</translation>
    </message>
    <message>
        <source>requests/s</source>
        <translation>requêtes/s</translation>
    </message>
    <message>
        <source>Uptime SLO</source>
        <translation>SLO de disponibilité</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>MTTR</source>
        <translation>MTTR</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>Spécification</translation>
    </message>
    <message>
        <source>Paths</source>
        <translation>Chemins</translation>
    </message>
    <message>
        <source>Topic name</source>
        <translation>Nom du topic</translation>
    </message>
    <message>
        <source>Partitions</source>
        <translation>Partitions</translation>
    </message>
    <message>
        <source>Replication factor</source>
        <translation>Facteur de réplication</translation>
    </message>
    <message>
        <source>Min in-sync replicas</source>
        <translation>Répliques synchronisées minimum</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Rétention</translation>
    </message>
    <message>
        <source>Cleanup policy</source>
        <translation>Politique de nettoyage</translation>
    </message>
    <message>
        <source>Key schema</source>
        <translation>Schéma de clé</translation>
    </message>
    <message>
        <source>Value schema</source>
        <translation>Schéma de valeur</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a topic name Kafka accepts: 1 to 249 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, and not &quot;.&quot; or &quot;..&quot;</source>
        <translation>« %1 » n&apos;est pas un nom de topic que Kafka accepte : de 1 à 249 lettres, chiffres, « . », « _ » ou « - », et ni « . » ni « .. »</translation>
    </message>
    <message>
        <source>Subject naming</source>
        <translation>Nommage des sujets</translation>
    </message>
    <message>
        <source>Generated fields</source>
        <translation>Champs générés</translation>
    </message>
    <message>
        <source>Field sources</source>
        <translation>Origine des champs</translation>
    </message>
    <message>
        <source>JSON Schema policy</source>
        <translation>Politique JSON Schema</translation>
    </message>
    <message>
        <source>AsyncAPI address</source>
        <translation>Adresse AsyncAPI</translation>
    </message>
</context>
<context>
    <name>mesh::catalog::AvroCompatibility</name>
    <message>
        <source>unknown type &quot;%1&quot;</source>
        <translation>type inconnu « %1 »</translation>
    </message>
    <message>
        <source>a schema is a type name, an object or an array (union)</source>
        <translation>un schéma est un nom de type, un objet ou un tableau (union)</translation>
    </message>
    <message>
        <source>a %1 needs a name</source>
        <translation>un %1 a besoin d&apos;un nom</translation>
    </message>
    <message>
        <source>an enum needs its symbols</source>
        <translation>une énumération a besoin de ses symboles</translation>
    </message>
    <message>
        <source>a fixed needs its size</source>
        <translation>un fixed a besoin de sa taille</translation>
    </message>
    <message>
        <source>a record needs its fields</source>
        <translation>un record a besoin de ses champs</translation>
    </message>
    <message>
        <source>a field needs a name</source>
        <translation>un champ a besoin d&apos;un nom</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>no branch of the reader&apos;s union reads the writer&apos;s %1</source>
        <translation>aucune branche de l&apos;union du lecteur ne lit le %1 de l&apos;écrivain</translation>
    </message>
    <message>
        <source>the type changed from %1 to %2</source>
        <translation>le type est passé de %1 à %2</translation>
    </message>
    <message>
        <source>the record name changed from %1 to %2</source>
        <translation>le nom du record est passé de %1 à %2</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is new and has no default</source>
        <translation>le champ « %1 » est nouveau et n&apos;a pas de valeur par défaut</translation>
    </message>
    <message>
        <source>the enum name changed from %1 to %2</source>
        <translation>le nom de l&apos;énumération est passé de %1 à %2</translation>
    </message>
    <message>
        <source>the symbols %1 are missing from the reader&apos;s enum, which has no default</source>
        <translation>les symboles %1 manquent à l&apos;énumération du lecteur, qui n&apos;a pas de valeur par défaut</translation>
    </message>
    <message>
        <source>the fixed name changed from %1 to %2</source>
        <translation>le nom du fixed est passé de %1 à %2</translation>
    </message>
    <message>
        <source>the fixed size changed from %1 to %2</source>
        <translation>la taille du fixed est passée de %1 à %2</translation>
    </message>
    <message>
        <source>a union cannot hold a union</source>
        <translation>une union ne peut pas contenir d’union</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid Avro name</source>
        <translation>« %1 » n’est pas un nom Avro valide</translation>
    </message>
    <message>
        <source>the type %1 is defined twice</source>
        <translation>le type %1 est défini deux fois</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid enum symbol</source>
        <translation>« %1 » n’est pas un symbole d’énumération valide</translation>
    </message>
    <message>
        <source>the symbol %1 appears twice</source>
        <translation>le symbole %1 apparaît deux fois</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid field name</source>
        <translation>« %1 » n’est pas un nom de champ valide</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; appears twice</source>
        <translation>le champ « %1 » apparaît deux fois</translation>
    </message>
</context>
<context>
    <name>mesh::catalog::Catalog</name>
    <message>
        <source>%1 is open read-only</source>
        <translation>%1 est ouvert en lecture seule</translation>
    </message>
    <message>
        <source>%1 changed %2 (revision %3: %4)</source>
        <translation>%1 a modifié %2 (révision %3 : %4)</translation>
    </message>
    <message>
        <source>the same thing</source>
        <translation>la même chose</translation>
    </message>
    <message>
        <source>Someone else changed the same thing since: %1</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié la même chose entre-temps : %1</translation>
    </message>
    <message>
        <source>A copy cannot replace the catalog itself</source>
        <translation>Une copie ne peut pas remplacer le catalogue lui-même</translation>
    </message>
    <message>
        <source>A change made offline was not applied: %1</source>
        <translation>Une modification faite hors ligne n&apos;a pas été appliquée : %1</translation>
    </message>
    <message>
        <source>The catalog in memory no longer matches %1; close and reopen it</source>
        <translation>Le catalogue en mémoire ne correspond plus à %1 ; fermez-le et rouvrez-le</translation>
    </message>
    <message>
        <source>Taking back a change failed (%1): the catalog in memory no longer matches %2; close and reopen it</source>
        <translation>L&apos;annulation d&apos;une modification a échoué (%1) : le catalogue en mémoire ne correspond plus à %2 ; fermez-le et rouvrez-le</translation>
    </message>
    <message>
        <source>Revision %1 of %2 cannot be applied here (change %3: %4); nothing of it was</source>
        <translation>La révision %1 de %2 ne peut pas être appliquée ici (modification %3 : %4) ; rien n&apos;en a été appliqué</translation>
    </message>
</context>
<context>
    <name>mesh::catalog::CatalogCopier</name>
    <message>
        <source>%1 is not empty</source>
        <translation>%1 n&apos;est pas vide</translation>
    </message>
    <message>
        <source>The change log of %1 does not lead to its current state (%2)</source>
        <translation>Le journal des modifications de %1 ne mène pas à son état actuel (%2)</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1 existe déjà</translation>
    </message>
    <message>
        <source>Writing %1 failed</source>
        <translation>L&apos;écriture de %1 a échoué</translation>
    </message>
</context>
<context>
    <name>mesh::catalog::ChangeApplier</name>
    <message>
        <source>A new element needs an id</source>
        <translation>Un nouvel élément a besoin d&apos;un identifiant</translation>
    </message>
    <message>
        <source>An element with id %1 already exists</source>
        <translation>Un élément d&apos;identifiant %1 existe déjà</translation>
    </message>
    <message>
        <source>No element with id %1</source>
        <translation>Aucun élément d&apos;identifiant %1</translation>
    </message>
    <message>
        <source>An update must set at least one field</source>
        <translation>Une mise à jour doit fixer au moins un champ</translation>
    </message>
    <message numerus="yes">
        <source>The bounded context &quot;%1&quot; still contains %n element(s); move or delete them first</source>
        <translation>
            <numerusform>Le contexte délimité « %1 » contient encore %n élément ; déplacez-le ou supprimez-le d&apos;abord</numerusform>
            <numerusform>Le contexte délimité « %1 » contient encore %n éléments ; déplacez-les ou supprimez-les d&apos;abord</numerusform>
        </translation>
    </message>
    <message>
        <source>A new relation needs an id</source>
        <translation>Une nouvelle relation a besoin d&apos;un identifiant</translation>
    </message>
    <message>
        <source>A relation with id %1 already exists</source>
        <translation>Une relation d&apos;identifiant %1 existe déjà</translation>
    </message>
    <message>
        <source>An element cannot be related to itself</source>
        <translation>Un élément ne peut pas être relié à lui-même</translation>
    </message>
    <message>
        <source>A relation &quot;%2&quot; cannot go from kind %1 to kind %3 (allowed: %4)</source>
        <translation>Une relation « %2 » ne peut pas aller de la nature %1 à la nature %3 (permis : %4)</translation>
    </message>
    <message>
        <source>%1 already %2 %3</source>
        <translation>%1 %2 déjà %3</translation>
    </message>
    <message>
        <source>No relation with id %1</source>
        <translation>Aucune relation d&apos;identifiant %1</translation>
    </message>
    <message>
        <source>Elements of kind %1 have no schema; only events, commands and read models do</source>
        <translation>Les éléments de nature %1 n&apos;ont pas de schéma ; seuls les événements, commandes et modèles de lecture en ont</translation>
    </message>
    <message>
        <source>Schema version %1 of %2 does not follow the latest (expected %3)</source>
        <translation>La version de schéma %1 de %2 ne suit pas la dernière (attendu : %3)</translation>
    </message>
    <message>
        <source>A schema version needs a text</source>
        <translation>Une version de schéma a besoin d&apos;un texte</translation>
    </message>
    <message>
        <source>Only the latest schema version of a subject can be removed</source>
        <translation>Seule la dernière version de schéma d&apos;un sujet peut être retirée</translation>
    </message>
    <message>
        <source>No schema version %1 for %2</source>
        <translation>Pas de version de schéma %1 pour %2</translation>
    </message>
    <message>
        <source>Unknown lifecycle &quot;%1&quot;</source>
        <translation>Cycle de vie inconnu « %1 »</translation>
    </message>
    <message>
        <source>Unknown compatibility mode &quot;%1&quot;</source>
        <translation>Mode de compatibilité inconnu « %1 »</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; of a schema version cannot be changed; add a new version instead</source>
        <translation>Le champ « %1 » d&apos;une version de schéma ne peut pas changer ; ajoutez plutôt une nouvelle version</translation>
    </message>
    <message>
        <source>A new diagram needs an id</source>
        <translation>Un nouveau diagramme a besoin d&apos;un identifiant</translation>
    </message>
    <message>
        <source>A diagram with id %1 already exists</source>
        <translation>Un diagramme d&apos;identifiant %1 existe déjà</translation>
    </message>
    <message>
        <source>No diagram with id %1</source>
        <translation>Aucun diagramme d&apos;identifiant %1</translation>
    </message>
    <message>
        <source>%1 is already on this diagram</source>
        <translation>%1 est déjà sur ce diagramme</translation>
    </message>
    <message>
        <source>%1 is not on this diagram</source>
        <translation>%1 n&apos;est pas sur ce diagramme</translation>
    </message>
    <message>
        <source>Elements of kind %1 cannot belong to a bounded context</source>
        <translation>Les éléments de nature %1 ne peuvent pas appartenir à un contexte délimité</translation>
    </message>
    <message>
        <source>No bounded context with id %1</source>
        <translation>Aucun contexte délimité d&apos;identifiant %1</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; already exists in %3</source>
        <translation>%1 « %2 » existe déjà dans %3</translation>
    </message>
    <message>
        <source>the catalog</source>
        <translation>le catalogue</translation>
    </message>
    <message>
        <source>A diagram named &quot;%1&quot; already exists</source>
        <translation>Un diagramme nommé « %1 » existe déjà</translation>
    </message>
    <message>
        <source>A placement needs a finite position and a positive size</source>
        <translation>Un placement a besoin d&apos;une position finie et d&apos;une taille positive</translation>
    </message>
    <message>
        <source>The name is empty</source>
        <translation>Le nom est vide</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; starts or ends with spaces</source>
        <translation>Le nom « %1 » commence ou finit par des espaces</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; contains &apos;/&apos;, which separates a context from a name</source>
        <translation>Le nom « %1 » contient « / », qui sépare un contexte d&apos;un nom</translation>
    </message>
    <message>
        <source>The name is longer than %1 characters</source>
        <translation>Le nom dépasse %1 caractères</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; contains a control character</source>
        <translation>Le nom « %1 » contient un caractère de contrôle</translation>
    </message>
    <message>
        <source>The rule &quot;%1&quot; already runs as the default rule set says</source>
        <translation>La règle « %1 » suit déjà le jeu de règles par défaut</translation>
    </message>
    <message>
        <source>%1 cannot be approved while it has errors: %2</source>
        <translation>%1 ne peut pas être approuvé tant qu&apos;il a des erreurs : %2</translation>
    </message>
    <message>
        <source>A review needs an id</source>
        <translation>Une revue a besoin d&apos;un identifiant</translation>
    </message>
    <message>
        <source>A review goes from an earlier revision to a later one</source>
        <translation>Une revue va d&apos;une révision antérieure à une révision ultérieure</translation>
    </message>
    <message>
        <source>The review &quot;%1&quot; is closed</source>
        <translation>La revue « %1 » est close</translation>
    </message>
    <message>
        <source>No review with id %1</source>
        <translation>Aucune revue d&apos;identifiant %1</translation>
    </message>
    <message>
        <source>Routes map relation ids to lists of coordinates: x and y of a start, then of three points per curve</source>
        <translation>Les tracés associent aux identifiants de relations des listes de coordonnées : x et y d&apos;un départ, puis de trois points par courbe</translation>
    </message>
    <message>
        <source>Only the name, the slices and the routes of a diagram can be changed</source>
        <translation>Seuls le nom, les tranches et les tracés d&apos;un diagramme peuvent changer</translation>
    </message>
    <message>
        <source>Only the description of a relation can be changed; its kind and ends make it what it is</source>
        <translation>Seule la description d&apos;une relation peut changer : sa nature et ses extrémités font ce qu&apos;elle est</translation>
    </message>
    <message>
        <source>Taking back a refused batch failed (%1 after %2); the catalog in memory is no longer what it was: close and reopen it</source>
        <translation>L&apos;annulation d&apos;un lot refusé a échoué (%1 après %2) ; le catalogue en mémoire n&apos;est plus ce qu&apos;il était : fermez-le et rouvrez-le</translation>
    </message>
    <message>
        <source>Schema version %1 of %2 is not a valid %3 schema: %4</source>
        <translation>La version %1 du schéma de %2 n’est pas un schéma %3 valide : %4</translation>
    </message>
    <message>
        <source>A schema text is at most 1 MiB (this one is %1 bytes)</source>
        <translation>Un texte de schéma fait au plus 1 Mio (celui-ci fait %1 octets)</translation>
    </message>
    <message>
        <source>%1 must belong to a bounded context before it is %2</source>
        <translation>%1 doit appartenir à un contexte délimité avant d’être %2</translation>
    </message>
    <message>
        <source>A vote or comment needs an id</source>
        <translation>Un vote ou un commentaire a besoin d’un identifiant</translation>
    </message>
    <message>
        <source>Annotation %1 is of another kind</source>
        <translation>L’annotation %1 est d’une autre sorte</translation>
    </message>
    <message>
        <source>No vote or comment with id %1</source>
        <translation>Aucun vote ni commentaire d’identifiant %1</translation>
    </message>
    <message>
        <source>A vote or comment names its author</source>
        <translation>Un vote ou un commentaire nomme son auteur</translation>
    </message>
    <message>
        <source>A comment needs a text</source>
        <translation>Un commentaire a besoin d’un texte</translation>
    </message>
    <message>
        <source>A comment is at most %1 characters</source>
        <translation>Un commentaire fait au plus %1 caractères</translation>
    </message>
    <message>
        <source>A dot budget is 1 to %1 dots</source>
        <translation>Un budget de gommettes va de 1 à %1 gommettes</translation>
    </message>
    <message>
        <source>This diagram has a dot budget already</source>
        <translation>Ce diagramme a déjà un budget de gommettes</translation>
    </message>
    <message>
        <source>Votes are at least one dot (taking them all back removes them)</source>
        <translation>Un vote compte au moins une gommette (toutes les reprendre le retire)</translation>
    </message>
    <message>
        <source>%1 has voted on %2 already</source>
        <translation>%1 a déjà voté pour %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n dot(s) on this diagram and no more</source>
        <translation>
            <numerusform>%1 a %n gommette sur ce diagramme, pas plus</numerusform>
            <numerusform>%1 a %n gommettes sur ce diagramme, pas plus</numerusform>
        </translation>
    </message>
    <message>
        <source>Slices are a list of {name, left, right, kind, scenarios}: %1</source>
        <translation>Les tranches sont une liste de {name, left, right, kind, scenarios} : %1</translation>
    </message>
    <message>
        <source>Scenario &quot;%1&quot; of slice &quot;%2&quot;: %3 is %4</source>
        <translation>Scénario « %1 » de la tranche « %2 » : %3 n’est %4</translation>
    </message>
    <message>
        <source>no event (Given lists events)</source>
        <translation>pas un événement (Given liste des événements)</translation>
    </message>
    <message>
        <source>no command (When is a command)</source>
        <translation>pas une commande (When est une commande)</translation>
    </message>
    <message>
        <source>no read model (Then shows read models)</source>
        <translation>pas un modèle de lecture (Then montre des modèles de lecture)</translation>
    </message>
    <message>
        <source>no event (Then lists events)</source>
        <translation>pas un événement (Then liste des événements)</translation>
    </message>
</context>
<context>
    <name>mesh::catalog::ChangeJson</name>
    <message>
        <source>Field &quot;%1&quot;: expected a string</source>
        <translation>Champ « %1 » : chaîne attendue</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot;: expected an object</source>
        <translation>Champ « %1 » : objet attendu</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot;: expected a number</source>
        <translation>Champ « %1 » : nombre attendu</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot;: &quot;%2&quot; is not a UUID</source>
        <translation>Champ « %1 » : « %2 » n&apos;est pas un UUID</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot;</source>
        <translation>Champ inconnu « %1 »</translation>
    </message>
    <message>
        <source>Missing field &quot;%1&quot;</source>
        <translation>Champ manquant « %1 »</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot;: no diagram &quot;%2&quot;</source>
        <translation>Champ « %1 » : aucun diagramme « %2 »</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot;: expected true or false</source>
        <translation>Champ « %1 » : true ou false attendu</translation>
    </message>
    <message>
        <source>Field &quot;format&quot;: expected avro, protobuf or jsonschema</source>
        <translation>Champ « format » : avro, protobuf ou jsonschema attendu</translation>
    </message>
    <message>
        <source>Field &quot;compatibility&quot;: unknown mode &quot;%1&quot;</source>
        <translation>Champ « compatibility » : mode inconnu « %1 »</translation>
    </message>
    <message>
        <source>Field &quot;lifecycle&quot;: unknown lifecycle &quot;%1&quot;</source>
        <translation>Champ « lifecycle » : cycle de vie inconnu « %1 »</translation>
    </message>
    <message>
        <source>Field &quot;kind&quot;: unknown element kind &quot;%1&quot;</source>
        <translation>Champ « kind » : nature d&apos;élément inconnue « %1 »</translation>
    </message>
    <message>
        <source>Field &quot;kind&quot;: unknown relation kind &quot;%1&quot;</source>
        <translation>Champ « kind » : nature de relation inconnue « %1 »</translation>
    </message>
    <message>
        <source>Field &quot;id&quot;: no relation with id %1</source>
        <translation>Champ « id » : aucune relation d&apos;identifiant %1</translation>
    </message>
    <message>
        <source>No &quot;%1&quot; relation from %2 to %3</source>
        <translation>Aucune relation « %1 » de %2 vers %3</translation>
    </message>
    <message>
        <source>Field &quot;kind&quot;: expected board, timeline or context-map</source>
        <translation>Champ « kind » : board, timeline ou context-map attendu</translation>
    </message>
    <message>
        <source>Field &quot;op&quot;: unknown operation &quot;%1&quot;</source>
        <translation>Champ « op » : opération inconnue « %1 »</translation>
    </message>
    <message>
        <source>Malformed JSON at column %1: %2</source>
        <translation>JSON mal formé à la colonne %1 : %2</translation>
    </message>
    <message>
        <source>Expected a JSON object</source>
        <translation>Objet JSON attendu</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot;: no element with id %2</source>
        <translation>Champ « %1 » : aucun élément d&apos;identifiant %2</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot;: no bounded context &quot;%2&quot;</source>
        <translation>Champ « %1 » : aucun contexte délimité « %2 »</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot;: no element &quot;%2&quot;</source>
        <translation>Champ « %1 » : aucun élément « %2 »</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot;: &quot;%2&quot; is ambiguous (%3); use the id</source>
        <translation>Champ « %1 » : « %2 » est ambigu (%3) ; utilisez l&apos;identifiant</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot;: &quot;%2&quot; is of kind %3</source>
        <translation>Champ « %1 » : « %2 » est de nature %3</translation>
    </message>
    <message>
        <source>Field &quot;severity&quot;: expected error, warning or info</source>
        <translation>Champ « severity » : error, warning ou info attendu</translation>
    </message>
    <message>
        <source>Field &quot;routes&quot;: expected relation ids mapped to lists of coordinates</source>
        <translation>Champ « routes » : des identifiants de relations associés à des listes de coordonnées sont attendus</translation>
    </message>
    <message>
        <source>Field &quot;set&quot;: expected an object of fields to change</source>
        <translation>Champ « set » : un objet des champs à changer est attendu</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot;: expected a version number from 1 to 1000000</source>
        <translation>Champ « %1 » : un numéro de version de 1 à 1000000 est attendu</translation>
    </message>
    <message>
        <source>Field &quot;annotation&quot;: its kind is votes, comment or dotBudget</source>
        <translation>Champ « annotation » : sa sorte est votes, comment ou dotBudget</translation>
    </message>
    <message>
        <source>Field &quot;slices&quot;: %1</source>
        <translation>Champ « slices » : %1</translation>
    </message>
</context>
<context>
    <name>mesh::catalog::Diagram</name>
    <message>
        <source>slices are a list</source>
        <translation>les tranches sont une liste</translation>
    </message>
    <message>
        <source>slice %1</source>
        <translation>tranche %1</translation>
    </message>
    <message>
        <source>%1: expected {name, left, right}</source>
        <translation>%1 : {name, left, right} attendu</translation>
    </message>
    <message>
        <source>%1: a slice is named, its left before its right</source>
        <translation>%1 : une tranche a un nom, sa gauche avant sa droite</translation>
    </message>
    <message>
        <source>%1: kind &quot;%2&quot; is none of state-change, state-view, automation, translation</source>
        <translation>%1 : le type « %2 » n’est ni state-change, ni state-view, ni automation, ni translation</translation>
    </message>
    <message>
        <source>%1: scenarios are a list</source>
        <translation>%1 : les scénarios sont une liste</translation>
    </message>
</context>
<context>
    <name>mesh::catalog::ElementFields</name>
    <message>
        <source>Field &quot;%1&quot;: expected %2</source>
        <translation>Champ « %1 » : %2 attendu</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>a list of strings</source>
        <translation>une liste de chaînes</translation>
    </message>
    <message>
        <source>one of draft, proposed, approved, deprecated, retired</source>
        <translation>une valeur parmi draft, proposed, approved, deprecated, retired</translation>
    </message>
    <message>
        <source>the id of a bounded context</source>
        <translation>l&apos;identifiant d&apos;un contexte délimité</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; cannot be changed</source>
        <translation>Le champ « %1 » ne peut pas changer</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot; for kind %2</source>
        <translation>Champ inconnu « %1 » pour la nature %2</translation>
    </message>
</context>
<context>
    <name>mesh::catalog::ElementKind</name>
    <message>
        <source>Bounded context</source>
        <translation>Contexte délimité</translation>
    </message>
    <message>
        <source>Bounded contexts</source>
        <translation>Contextes délimités</translation>
    </message>
    <message>
        <source>Aggregate</source>
        <translation>Agrégat</translation>
    </message>
    <message>
        <source>Aggregates</source>
        <translation>Agrégats</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Read model</source>
        <translation>Modèle de lecture</translation>
    </message>
    <message>
        <source>Read models</source>
        <translation>Modèles de lecture</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Politique</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>Politiques</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <source>External system</source>
        <translation>Système externe</translation>
    </message>
    <message>
        <source>External systems</source>
        <translation>Systèmes externes</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>APIs</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Équipes</translation>
    </message>
    <message>
        <source>Hot spot</source>
        <translation>Point chaud</translation>
    </message>
    <message>
        <source>Hot spots</source>
        <translation>Points chauds</translation>
    </message>
</context>
<context>
    <name>mesh::catalog::EventModelingRules</name>
    <message>
        <source>No information is lost: every field of a read model comes from an event that feeds it, every field of an event from the command that leads to it or is marked as generated.</source>
        <translation>Aucune information ne se perd : chaque champ d’un modèle de lecture vient d’un événement qui l’alimente, chaque champ d’un événement vient de la commande qui y mène ou est marqué comme généré.</translation>
    </message>
    <message>
        <source>Correct the entry of %1 in its Field sources.</source>
        <translation>Corrigez l’entrée de %1 dans son origine des champs.</translation>
    </message>
    <message>
        <source>Field %1 of the read model %2 comes from no event that feeds it (%3)</source>
        <translation>Le champ %1 du modèle de lecture %2 ne vient d’aucun événement qui l’alimente (%3)</translation>
    </message>
    <message>
        <source>Add %1 to one of those events, feed the read model from an event that has it, or map it in its Field sources (%1=Event.field).</source>
        <translation>Ajoutez %1 à l’un de ces événements, alimentez le modèle de lecture par un événement qui le possède, ou associez-le dans son origine des champs (%1=Evenement.champ).</translation>
    </message>
    <message>
        <source>Field %1 of the event %2 comes from no command that leads to it (%3)</source>
        <translation>Le champ %1 de l’événement %2 ne vient d’aucune commande qui y mène (%3)</translation>
    </message>
    <message>
        <source>Add %1 to the command, map it in the event&apos;s Field sources (%1=Command.field), or list it in its Generated fields when the event makes it (an id, a timestamp).</source>
        <translation>Ajoutez %1 à la commande, associez-le dans l’origine des champs de l’événement (%1=Commande.champ), ou inscrivez-le dans ses champs générés quand l’événement le produit (un identifiant, un horodatage).</translation>
    </message>
    <message>
        <source>Field %1 of %2 is mapped to %3, which no event feeding it has (%4)</source>
        <translation>Le champ %1 de %2 est associé à %3, qu’aucun événement qui l’alimente ne possède (%4)</translation>
    </message>
    <message>
        <source>Field %1 of %2 is mapped to %3, which no command leading to it has (%4)</source>
        <translation>Le champ %1 de %2 est associé à %3, qu’aucune commande qui y mène ne possède (%4)</translation>
    </message>
    <message>
        <source>Field %1 in the scenario &quot;%2&quot; of the slice &quot;%3&quot; (%4) is not a field of %5</source>
        <translation>Le champ %1 du scénario « %2 » de la tranche « %3 » (%4) n’est pas un champ de %5</translation>
    </message>
    <message>
        <source>Use one of %1 in the scenario, or add %2 to the schema of %3.</source>
        <translation>Utilisez l’un de %1 dans le scénario, ou ajoutez %2 au schéma de %3.</translation>
    </message>
</context>
<context>
    <name>mesh::catalog::FlowRules</name>
    <message>
        <source>Every event is emitted by something: an aggregate, a service or an external system.</source>
        <translation>Chaque événement est émis par quelque chose : un agrégat, un service ou un système externe.</translation>
    </message>
    <message>
        <source>Nothing emits the event %1</source>
        <translation>Rien n&apos;émet l&apos;événement %1</translation>
    </message>
    <message>
        <source>Relate the aggregate, service or external system that emits it.</source>
        <translation>Reliez l&apos;agrégat, le service ou le système externe qui l&apos;émet.</translation>
    </message>
    <message>
        <source>An event consumed outside its bounded context has a schema and a lifecycle of at least proposed.</source>
        <translation>Un événement consommé hors de son contexte délimité a un schéma et un cycle de vie au moins proposé.</translation>
    </message>
    <message>
        <source>%1 is consumed by %2 but has no schema</source>
        <translation>%1 est consommé par %2 mais n&apos;a pas de schéma</translation>
    </message>
    <message>
        <source>Add a schema version: it is the contract its consumers rely on.</source>
        <translation>Ajoutez une version de schéma : c&apos;est le contrat sur lequel comptent ses consommateurs.</translation>
    </message>
    <message>
        <source>%1 is consumed by %2 but is still %3</source>
        <translation>%1 est consommé par %2 mais est encore %3</translation>
    </message>
    <message>
        <source>Propose it (lifecycle %1) so that its consumers can rely on it.</source>
        <translation>Proposez-le (cycle de vie %1) pour que ses consommateurs puissent compter dessus.</translation>
    </message>
    <message>
        <source>A context consumes another context&apos;s event only when that event is published on a channel.</source>
        <translation>Un contexte ne consomme l&apos;événement d&apos;un autre contexte que s&apos;il est publié sur un canal.</translation>
    </message>
    <message>
        <source>%1 is consumed by %2 but not published</source>
        <translation>%1 est consommé par %2 mais n&apos;est pas publié</translation>
    </message>
    <message>
        <source>Publish it: a channel that carries it and a service that publishes the channel.</source>
        <translation>Publiez-le : un canal qui le transporte et un service qui publie ce canal.</translation>
    </message>
    <message>
        <source>Every channel has a producer.</source>
        <translation>Chaque canal a un producteur.</translation>
    </message>
    <message>
        <source>No service publishes the channel %1</source>
        <translation>Aucun service ne publie sur le canal %1</translation>
    </message>
    <message>
        <source>Relate the service that publishes it.</source>
        <translation>Reliez le service qui y publie.</translation>
    </message>
    <message>
        <source>Topic names follow the template ({context}, {event}, {major}).</source>
        <translation>Les noms de topics suivent le modèle ({context}, {event}, {major}).</translation>
    </message>
    <message>
        <source>The topic &quot;%1&quot; does not follow the template; expected &quot;%2&quot;</source>
        <translation>Le topic « %1 » ne suit pas le modèle ; attendu : « %2 »</translation>
    </message>
    <message>
        <source>Rename the topic to &quot;%1&quot;.</source>
        <translation>Renommez le topic en « %1 ».</translation>
    </message>
    <message>
        <source>Synchronous calls across bounded contexts are flagged: an event would isolate the caller.</source>
        <translation>Les appels synchrones entre contextes délimités sont signalés : un événement isolerait l&apos;appelant.</translation>
    </message>
    <message>
        <source>%1 calls %2 synchronously, across contexts</source>
        <translation>%1 appelle %2 de façon synchrone, entre contextes</translation>
    </message>
    <message>
        <source>Consider consuming the other context&apos;s events into a local read model instead.</source>
        <translation>Envisagez plutôt de consommer les événements de l&apos;autre contexte dans un modèle de lecture local.</translation>
    </message>
    <message>
        <source>Elements are related to something.</source>
        <translation>Les éléments sont reliés à quelque chose.</translation>
    </message>
    <message>
        <source>%1 is related to nothing</source>
        <translation>%1 n&apos;est relié à rien</translation>
    </message>
    <message>
        <source>Relate it, or delete it if it is not needed.</source>
        <translation>Reliez-le, ou supprimez-le s&apos;il ne sert pas.</translation>
    </message>
    <message>
        <source>A channel&apos;s partitions never decrease from one approved version to the next.</source>
        <translation>Les partitions d&apos;un canal ne diminuent jamais d&apos;une version approuvée à la suivante.</translation>
    </message>
    <message>
        <source>%1 has %2 partitions; review &quot;%3&quot; approved %4, and Kafka cannot take partitions away</source>
        <translation>%1 a %2 partitions ; la revue « %3 » en a approuvé %4, et Kafka ne peut pas retirer de partitions</translation>
    </message>
    <message>
        <source>Set the partitions back to %1 or more; for fewer, create a new version of the topic and move its consumers.</source>
        <translation>Remettez au moins %1 partitions ; pour en avoir moins, créez une nouvelle version du topic et déplacez ses consommateurs.</translation>
    </message>
    <message>
        <source>Elements that live in a bounded context have one before they are approved.</source>
        <translation>Les éléments qui vivent dans un contexte délimité en ont un avant d’être approuvés.</translation>
    </message>
    <message>
        <source>%1 belongs to no bounded context yet</source>
        <translation>%1 n’appartient encore à aucun contexte délimité</translation>
    </message>
    <message>
        <source>Draw a context frame around it on a board, drop it into one, or choose its context in the properties.</source>
        <translation>Tracez un cadre de contexte autour de lui sur un tableau, déposez-le dans un cadre, ou choisissez son contexte dans les propriétés.</translation>
    </message>
</context>
<context>
    <name>mesh::catalog::JsonSchemaCompatibility</name>
    <message>
        <source>a JSON Schema document is an object</source>
        <translation>un document JSON Schema est un objet</translation>
    </message>
</context>
<context>
    <name>mesh::catalog::Lifecycle</name>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposé</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Deprecated</source>
        <translation>Déprécié</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retiré</translation>
    </message>
</context>
<context>
    <name>mesh::catalog::NamingRules</name>
    <message>
        <source>Events are named in PascalCase, in the past tense (something that happened).</source>
        <translation>Les événements sont nommés en PascalCase, au passé (quelque chose qui s&apos;est produit).</translation>
    </message>
    <message>
        <source>The event name &quot;%1&quot; is not PascalCase</source>
        <translation>Le nom d&apos;événement « %1 » n&apos;est pas en PascalCase</translation>
    </message>
    <message>
        <source>Write it as one word per part, each capitalised: &quot;ProfilePublished&quot;.</source>
        <translation>Écrivez un mot par partie, chacun avec une majuscule : « ProfilePublished ».</translation>
    </message>
    <message>
        <source>The event &quot;%1&quot; is not named in the past tense</source>
        <translation>L&apos;événement « %1 » n&apos;est pas nommé au passé</translation>
    </message>
    <message>
        <source>Name what happened: &quot;%1Happened&quot;, &quot;OrderPlaced&quot;, &quot;ProfilePublished&quot;.</source>
        <translation>Nommez ce qui s&apos;est produit : « %1Happened », « OrderPlaced », « ProfilePublished ».</translation>
    </message>
    <message>
        <source>Commands are named as an order: a verb in the imperative, then what it acts on.</source>
        <translation>Les commandes sont nommées comme un ordre : un verbe à l&apos;impératif, puis ce sur quoi il agit.</translation>
    </message>
    <message>
        <source>The command &quot;%1&quot; is not named as an imperative verb and its object</source>
        <translation>La commande « %1 » n&apos;est pas nommée par un verbe à l&apos;impératif et son objet</translation>
    </message>
    <message>
        <source>Start with the verb: &quot;PublishProfile&quot;, &quot;AddParticipant&quot;.</source>
        <translation>Commencez par le verbe : « PublishProfile », « AddParticipant ».</translation>
    </message>
    <message>
        <source>Names follow the pattern configured for their kind.</source>
        <translation>Les noms suivent le modèle configuré pour leur nature.</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; does not follow the pattern for %2: %3</source>
        <translation>Le nom « %1 » ne suit pas le modèle des %2 : %3</translation>
    </message>
    <message>
        <source>Rename it, or change the pattern in the rule set.</source>
        <translation>Renommez-le, ou changez le modèle dans le jeu de règles.</translation>
    </message>
    <message>
        <source>Elements others rely on have an owning team.</source>
        <translation>Les éléments dont d&apos;autres dépendent ont une équipe propriétaire.</translation>
    </message>
    <message>
        <source>Elements others rely on are described.</source>
        <translation>Les éléments dont d&apos;autres dépendent sont décrits.</translation>
    </message>
    <message>
        <source>%1 has no owning team</source>
        <translation>%1 n&apos;a pas d&apos;équipe propriétaire</translation>
    </message>
    <message>
        <source>Set its owner in the properties.</source>
        <translation>Indiquez son propriétaire dans les propriétés.</translation>
    </message>
    <message>
        <source>%1 has no description</source>
        <translation>%1 n&apos;a pas de description</translation>
    </message>
    <message>
        <source>Describe it in the properties.</source>
        <translation>Décrivez-le dans les propriétés.</translation>
    </message>
</context>
<context>
    <name>mesh::catalog::OfflineQueue</name>
    <message>
        <source>Keeping the change for later failed (%1): %2</source>
        <translation>La mise en attente de la modification a échoué (%1) : %2</translation>
    </message>
    <message>
        <source>Reading the changes kept for later failed (%1): %2</source>
        <translation>La lecture des modifications en attente a échoué (%1) : %2</translation>
    </message>
    <message>
        <source>Updating %1 failed: %2</source>
        <translation>La mise à jour de %1 a échoué : %2</translation>
    </message>
    <message>
        <source>Removing %1 failed</source>
        <translation>La suppression de %1 a échoué</translation>
    </message>
</context>
<context>
    <name>mesh::catalog::OperationsRules</name>
    <message>
        <source>Between two contexts the patterns agree: one side upstream (open host service, published language, supplier), the other downstream (conformist, anticorruption layer, customer); a partnership or shared kernel is not also upstream/downstream.</source>
        <translation>Entre deux contextes, les motifs concordent : un côté en amont (service hôte ouvert, langage publié, fournisseur), l&apos;autre en aval (conformiste, couche anticorruption, client) ; un partenariat ou un noyau partagé n&apos;est pas aussi amont/aval.</translation>
    </message>
    <message>
        <source>%1 and %2 disagree: &quot;%3&quot; and &quot;%4&quot;</source>
        <translation>%1 et %2 se contredisent : « %3 » et « %4 »</translation>
    </message>
    <message>
        <source>Decide which context is upstream and keep the patterns of that direction.</source>
        <translation>Décidez quel contexte est en amont et gardez les motifs de ce sens.</translation>
    </message>
    <message>
        <source>Services and APIs on a synchronous path declare an uptime SLO.</source>
        <translation>Les services et API sur un chemin synchrone déclarent un SLO de disponibilité.</translation>
    </message>
    <message>
        <source>%1 is on a synchronous path but declares no uptime SLO</source>
        <translation>%1 est sur un chemin synchrone mais ne déclare pas de SLO de disponibilité</translation>
    </message>
    <message>
        <source>Set its uptime SLO: the path is only as available as the product of its hops.</source>
        <translation>Indiquez son SLO de disponibilité : le chemin n&apos;est disponible que comme le produit de ses étapes.</translation>
    </message>
    <message>
        <source>A read model fed from another context declares its latency to data update.</source>
        <translation>Un modèle de lecture alimenté par un autre contexte déclare sa latence de mise à jour.</translation>
    </message>
    <message>
        <source>%1 copies data of %2 but declares no latency to data update</source>
        <translation>%1 copie des données de %2 mais ne déclare pas de latence de mise à jour</translation>
    </message>
    <message>
        <source>Set its latency to data update, so its readers know how fresh it is.</source>
        <translation>Indiquez sa latence de mise à jour, pour que ses lecteurs sachent à quel point elle est fraîche.</translation>
    </message>
</context>
<context>
    <name>mesh::catalog::PostgresCatalogStore</name>
    <message>
        <source>Reading %1 failed: %2</source>
        <translation>La lecture de %1 a échoué : %2</translation>
    </message>
    <message>
        <source>%1: the server of %2 cannot be reached (%3)</source>
        <translation>%1 : le serveur de %2 est injoignable (%3)</translation>
    </message>
    <message>
        <source>%1: refused by the server of %2: %3</source>
        <translation>%1 : refusé par le serveur de %2 : %3</translation>
    </message>
    <message>
        <source>%1 failed for %2: %3</source>
        <translation>%1 a échoué pour %2 : %3</translation>
    </message>
    <message>
        <source>Running &quot;%1&quot;</source>
        <translation>Exécution de « %1 »</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Impossible de se connecter à %1 : %2</translation>
    </message>
    <message>
        <source>%1 holds no Mesh Studio catalog; its owner creates one with: meshstudio admin init-shared URL</source>
        <translation>%1 ne contient aucun catalogue Mesh Studio ; son propriétaire en crée un avec : meshstudio admin init-shared URL</translation>
    </message>
    <message>
        <source>%1 was written by a newer Mesh Studio (catalog format %2; this version reads up to %3)</source>
        <translation>%1 a été écrit par un Mesh Studio plus récent (format de catalogue %2 ; cette version lit jusqu&apos;au %3)</translation>
    </message>
    <message>
        <source>%1 uses an older catalog format (%2); its owner upgrades it with: meshstudio admin init-shared URL</source>
        <translation>%1 utilise un format de catalogue plus ancien (%2) ; son propriétaire le met à niveau avec : meshstudio admin init-shared URL</translation>
    </message>
    <message>
        <source>%1: your role may only read this catalog</source>
        <translation>%1 : votre rôle ne permet que de lire ce catalogue</translation>
    </message>
    <message>
        <source>%1 was written by a newer Mesh Studio (catalog format %2)</source>
        <translation>%1 a été écrit par un Mesh Studio plus récent (format de catalogue %2)</translation>
    </message>
    <message>
        <source>Missing migration %1</source>
        <translation>Migration %1 manquante</translation>
    </message>
    <message>
        <source>Creating the shared catalog in %1 failed: %2</source>
        <translation>La création du catalogue partagé dans %1 a échoué : %2</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot; (viewer, modeler or approver)</source>
        <translation>Rôle inconnu « %1 » (viewer, modeler ou approver)</translation>
    </message>
    <message>
        <source>No database user &quot;%1&quot; on the server of %2</source>
        <translation>Aucun utilisateur « %1 » sur le serveur de %2</translation>
    </message>
    <message>
        <source>%1 is open read-only</source>
        <translation>%1 est ouvert en lecture seule</translation>
    </message>
    <message>
        <source>Starting a transaction</source>
        <translation>Le début d&apos;une transaction</translation>
    </message>
    <message>
        <source>Committing the change</source>
        <translation>La validation de la modification</translation>
    </message>
    <message>
        <source>%1 moved on while this change was being saved</source>
        <translation>%1 a avancé pendant l&apos;enregistrement de cette modification</translation>
    </message>
    <message>
        <source>Cannot follow the changes of %1: %2</source>
        <translation>Impossible de suivre les modifications de %1 : %2</translation>
    </message>
    <message>
        <source>Reading the change log</source>
        <translation>La lecture du journal des modifications</translation>
    </message>
    <message>
        <source>%1: %2 is busy: another writer has held its lock for too long (%3)</source>
        <translation>%1 : %2 est occupé : un autre auteur garde son verrou depuis trop longtemps (%3)</translation>
    </message>
    <message>
        <source>Saving the change</source>
        <translation>L&apos;enregistrement de la modification</translation>
    </message>
    <message>
        <source>Reading %1 failed: not connected</source>
        <translation>La lecture de %1 a échoué : pas de connexion</translation>
    </message>
</context>
<context>
    <name>mesh::catalog::PostgresUrl</name>
    <message>
        <source>%1 is not a postgresql://user@host:port/database URL</source>
        <translation>%1 n&apos;est pas une URL postgresql://utilisateur@hôte:port/base</translation>
    </message>
    <message>
        <source>%1 names no database (postgresql://user@host:port/database)</source>
        <translation>%1 ne nomme aucune base (postgresql://utilisateur@hôte:port/base)</translation>
    </message>
    <message>
        <source>%1: the URL may not set &quot;%2&quot; (the server, user and database are the URL&apos;s own parts)</source>
        <translation>%1 : l&apos;URL ne peut pas fixer « %2 » (le serveur, l&apos;utilisateur et la base sont les parties propres de l&apos;URL)</translation>
    </message>
    <message>
        <source>%1: the value of &quot;%2&quot; may not hold a semicolon or a control character</source>
        <translation>%1 : la valeur de « %2 » ne peut contenir ni point-virgule ni caractère de contrôle</translation>
    </message>
</context>
<context>
    <name>mesh::catalog::ProtobufCompatibility</name>
    <message>
        <source>not a .proto file</source>
        <translation>pas un fichier .proto</translation>
    </message>
</context>
<context>
    <name>mesh::catalog::RelationKind</name>
    <message>
        <source>issues</source>
        <translation>émet la commande</translation>
    </message>
    <message>
        <source>handled by</source>
        <translation>traitée par</translation>
    </message>
    <message>
        <source>emits</source>
        <translation>émet</translation>
    </message>
    <message>
        <source>feeds</source>
        <translation>alimente</translation>
    </message>
    <message>
        <source>publishes</source>
        <translation>publie sur</translation>
    </message>
    <message>
        <source>subscribes</source>
        <translation>s&apos;abonne à</translation>
    </message>
    <message>
        <source>calls</source>
        <translation>appelle</translation>
    </message>
    <message>
        <source>exposes</source>
        <translation>expose</translation>
    </message>
    <message>
        <source>carries</source>
        <translation>transporte</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Partenariat</translation>
    </message>
    <message>
        <source>Shared Kernel</source>
        <translation>Noyau partagé</translation>
    </message>
    <message>
        <source>Customer/Supplier</source>
        <translation>Client/Fournisseur</translation>
    </message>
    <message>
        <source>Conformist</source>
        <translation>Conformiste</translation>
    </message>
    <message>
        <source>Anticorruption Layer</source>
        <translation>Couche anticorruption</translation>
    </message>
    <message>
        <source>Open Host Service</source>
        <translation>Service hôte ouvert</translation>
    </message>
    <message>
        <source>Published Language</source>
        <translation>Langage publié</translation>
    </message>
</context>
<context>
    <name>mesh::catalog::ReviewSession</name>
    <message>
        <source>A decision is approve, reject or needs-work, not &quot;%1&quot;</source>
        <translation>Une décision vaut approve, reject ou needs-work, pas « %1 »</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) still need a decision: %1</source>
        <translation>
            <numerusform>%n élément attend encore une décision : %1</numerusform>
            <numerusform>%n éléments attendent encore une décision : %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mesh::catalog::RowCodec</name>
    <message>
        <source>%1 has an invalid %2: %3</source>
        <translation>%1 contient un %2 invalide : %3</translation>
    </message>
</context>
<context>
    <name>mesh::catalog::RuleRegistry</name>
    <message>
        <source>Rule %1 has no parameter &quot;%2&quot;</source>
        <translation>La règle %1 n&apos;a pas de paramètre « %2 »</translation>
    </message>
    <message>
        <source>Parameter &quot;%1&quot; of rule %2 has the wrong type</source>
        <translation>Le paramètre « %1 » de la règle %2 n&apos;a pas le bon type</translation>
    </message>
    <message>
        <source>Unknown rule &quot;%1&quot;</source>
        <translation>Règle inconnue « %1 »</translation>
    </message>
</context>
<context>
    <name>mesh::catalog::Scenario</name>
    <message>
        <source>%1: expected {&quot;element&quot;: id, &quot;values&quot;: {…}}</source>
        <translation>%1 : {&quot;element&quot;: id, &quot;values&quot;: {…}} attendu</translation>
    </message>
    <message>
        <source>%1: &quot;values&quot; is an object of field names and example values</source>
        <translation>%1 : « values » est un objet de noms de champs et de valeurs d’exemple</translation>
    </message>
    <message>
        <source>%1: expected a list</source>
        <translation>%1 : une liste est attendue</translation>
    </message>
    <message>
        <source>a scenario has a name</source>
        <translation>un scénario a un nom</translation>
    </message>
    <message>
        <source>%1: &quot;error&quot; is a text</source>
        <translation>%1 : « error » est un texte</translation>
    </message>
</context>
<context>
    <name>mesh::catalog::SchemaCompatibility</name>
    <message>
        <source>version %1: %2</source>
        <translation>version %1 : %2</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>ligne %1, colonne %2 : %3</translation>
    </message>
    <message>
        <source>the schema nests deeper than %1 levels</source>
        <translation>le schéma s&apos;imbrique sur plus de %1 niveaux</translation>
    </message>
    <message>
        <source>version %1, imported %2: %3</source>
        <translation>version %1, fichier importé %2 : %3</translation>
    </message>
</context>
<context>
    <name>mesh::catalog::SchemaFields</name>
    <message>
        <source>Field %1: &quot;%2&quot; is not a name a schema accepts (letters, digits and _, not starting with a digit)</source>
        <translation>Champ %1 : « %2 » n&apos;est pas un nom qu&apos;un schéma accepte (lettres, chiffres et _, sans chiffre au début)</translation>
    </message>
    <message>
        <source>Field %1: &quot;%2&quot; is named twice</source>
        <translation>Champ %1 : « %2 » est nommé deux fois</translation>
    </message>
    <message>
        <source>Field %1 (%2): unknown type &quot;%3&quot;</source>
        <translation>Champ %1 (%2) : type « %3 » inconnu</translation>
    </message>
    <message>
        <source>Field %1 (%2): the default &quot;%3&quot; is not a %4</source>
        <translation>Champ %1 (%2) : la valeur par défaut « %3 » n&apos;est pas de type %4</translation>
    </message>
    <message>
        <source>The fields do not make a valid .proto message</source>
        <translation>Les champs ne forment pas un message .proto valide</translation>
    </message>
</context>
<context>
    <name>mesh::catalog::SchemaLibrary</name>
    <message>
        <source>unknown type &quot;%1&quot;: no schema of this catalog declares it</source>
        <translation>type inconnu « %1 » : aucun schéma de ce catalogue ne le déclare</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>ligne %1, colonne %2 : %3</translation>
    </message>
    <message>
        <source>field %1 has the type %2, which neither this schema nor any other schema of this catalog declares</source>
        <translation>le champ %1 a le type %2, que ni ce schéma ni aucun autre schéma de ce catalogue ne déclare</translation>
    </message>
    <message>
        <source>%1 is half of a character (a lone UTF-16 surrogate), which no UTF-8 text can hold</source>
        <translation>%1 est une moitié de caractère (un demi-codet UTF-16 isolé), qu’aucun texte UTF-8 ne peut contenir</translation>
    </message>
    <message>
        <source>with the types it uses from other subjects: %1</source>
        <translation>avec les types qu’il emprunte à d’autres sujets : %1</translation>
    </message>
    <message>
        <source>not a valid .proto file</source>
        <translation>pas un fichier .proto valide</translation>
    </message>
    <message>
        <source>the $ref &quot;%1&quot; names no JSON Schema of this catalog (none has the $id %2)</source>
        <translation>le $ref « %1 » ne désigne aucun JSON Schema de ce catalogue (aucun n’a le $id %2)</translation>
    </message>
    <message>
        <source>a JSON Schema document is an object</source>
        <translation>un document JSON Schema est un objet</translation>
    </message>
</context>
<context>
    <name>mesh::catalog::Severity</name>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Information</translation>
    </message>
</context>
<context>
    <name>mesh::catalog::SliceKind</name>
    <message>
        <source>State change (screen → command → event)</source>
        <translation>Changement d’état (écran → commande → événement)</translation>
    </message>
    <message>
        <source>State view (events → read model → screen)</source>
        <translation>Vue d’état (événements → modèle de lecture → écran)</translation>
    </message>
    <message>
        <source>Automation (event → read model → processor → command → event)</source>
        <translation>Automatisation (événement → modèle de lecture → processus → commande → événement)</translation>
    </message>
    <message>
        <source>Translation (external → processor → command → event)</source>
        <translation>Traduction (externe → processus → commande → événement)</translation>
    </message>
</context>
<context>
    <name>mesh::catalog::SqlStatements</name>
    <message>
        <source>Preparing &quot;%1&quot;</source>
        <translation>La préparation de « %1 »</translation>
    </message>
    <message>
        <source>Saving the change</source>
        <translation>L&apos;enregistrement de la modification</translation>
    </message>
</context>
<context>
    <name>mesh::catalog::SqliteCatalogStore</name>
    <message>
        <source>%1: the disk is full (%2)</source>
        <translation>%1 : le disque est plein (%2)</translation>
    </message>
    <message>
        <source>%1 failed for %2: %3</source>
        <translation>%1 a échoué pour %2 : %3</translation>
    </message>
    <message>
        <source>Reading %1 failed: %2</source>
        <translation>La lecture de %1 a échoué : %2</translation>
    </message>
    <message>
        <source>Running &quot;%1&quot;</source>
        <translation>Exécution de « %1 »</translation>
    </message>
    <message>
        <source>Creating the catalog</source>
        <translation>La création du catalogue</translation>
    </message>
    <message>
        <source>Opening the catalog</source>
        <translation>L&apos;ouverture du catalogue</translation>
    </message>
    <message>
        <source>Missing migration %1</source>
        <translation>Migration %1 manquante</translation>
    </message>
    <message>
        <source>Preparing &quot;%1&quot;</source>
        <translation>La préparation de « %1 »</translation>
    </message>
    <message>
        <source>Reading the revision</source>
        <translation>La lecture de la révision</translation>
    </message>
    <message>
        <source>No catalog at %1</source>
        <translation>Aucun catalogue à %1</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 n&apos;est pas un fichier</translation>
    </message>
    <message>
        <source>%1 cannot be read (permission denied)</source>
        <translation>%1 ne peut pas être lu (permission refusée)</translation>
    </message>
    <message>
        <source>%1 is read-only</source>
        <translation>%1 est en lecture seule</translation>
    </message>
    <message>
        <source>%1 is not a Mesh Studio catalog</source>
        <translation>%1 n&apos;est pas un catalogue Mesh Studio</translation>
    </message>
    <message>
        <source>%1 was written by a newer Mesh Studio (catalog format %2; this version reads up to %3)</source>
        <translation>%1 a été écrit par un Mesh Studio plus récent (format de catalogue %2 ; cette version lit jusqu&apos;au %3)</translation>
    </message>
    <message>
        <source>%1 uses an older catalog format (%2) and must be opened for writing once to be upgraded</source>
        <translation>%1 utilise un format de catalogue plus ancien (%2) et doit être ouvert une fois en écriture pour être mis à niveau</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1 existe déjà</translation>
    </message>
    <message>
        <source>The folder %1 does not exist</source>
        <translation>Le dossier %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>The folder %1 is read-only</source>
        <translation>Le dossier %1 est en lecture seule</translation>
    </message>
    <message>
        <source>Opening the catalog failed for %1</source>
        <translation>L&apos;ouverture du catalogue a échoué pour %1</translation>
    </message>
    <message>
        <source>%1 is open read-only</source>
        <translation>%1 est ouvert en lecture seule</translation>
    </message>
    <message>
        <source>Committing the change</source>
        <translation>La validation de la modification</translation>
    </message>
    <message>
        <source>Reading the change log</source>
        <translation>La lecture du journal des modifications</translation>
    </message>
    <message>
        <source>Checking integrity</source>
        <translation>La vérification d&apos;intégrité</translation>
    </message>
    <message>
        <source>%1 was changed by another program (revision %2, this change was made at %3)</source>
        <translation>%1 a été modifié par un autre programme (révision %2, cette modification a été faite à la %3)</translation>
    </message>
    <message>
        <source>%1 is damaged: its catalog format is %2, which no Mesh Studio writes</source>
        <translation>%1 est endommagé : son format de catalogue est %2, qu&apos;aucun Mesh Studio n&apos;écrit</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 est endommagé : %2</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver uses another SQLite (%1) than this program (%2); a catalog is only opened with one</source>
        <translation>Le pilote SQLite de Qt utilise un autre SQLite (%1) que ce programme (%2) ; un catalogue ne s&apos;ouvre qu&apos;avec un seul</translation>
    </message>
    <message>
        <source>Migration %1 failed for %2: %3</source>
        <translation>La migration %1 a échoué pour %2 : %3</translation>
    </message>
</context>
<context>
    <name>mesh::catalog::StoreFactory</name>
    <message>
        <source>The shared catalog %1 is not empty</source>
        <translation>Le catalogue partagé %1 n&apos;est pas vide</translation>
    </message>
</context>
<context>
    <name>mesh::exporters::AsyncApiReader</name>
    <message>
        <source>not an AsyncAPI document: it has no &quot;asyncapi&quot; field with its version</source>
        <translation>pas un document AsyncAPI : il n’a pas de champ « asyncapi » donnant sa version</translation>
    </message>
    <message>
        <source>AsyncAPI %1 is not supported (2.0 to 2.6 and 3.0 are)</source>
        <translation>AsyncAPI %1 n’est pas pris en charge (2.0 à 2.6 et 3.0 le sont)</translation>
    </message>
    <message>
        <source>the document has no info.title to name its service by</source>
        <translation>le document n’a pas d’info.title pour nommer son service</translation>
    </message>
    <message>
        <source>traits is not a list</source>
        <translation>traits n’est pas une liste</translation>
    </message>
    <message>
        <source>%1: unknown x-lifecycle &quot;%2&quot;, ignored</source>
        <translation>%1 : x-lifecycle « %2 » inconnu, ignoré</translation>
    </message>
    <message>
        <source>a channel is an object</source>
        <translation>un canal est un objet</translation>
    </message>
    <message>
        <source>a Protobuf schema is the text of a .proto file</source>
        <translation>un schéma Protobuf est le texte d’un fichier .proto</translation>
    </message>
    <message>
        <source>%1: the schema format &quot;%2&quot; has no schema kind in the catalog; the message is kept without it</source>
        <translation>%1 : le format de schéma « %2 » n’a pas de sorte de schéma dans le catalogue ; le message est gardé sans lui</translation>
    </message>
    <message>
        <source>a message is an object</source>
        <translation>un message est un objet</translation>
    </message>
    <message>
        <source>the message has no name, key or messageId to name its event by</source>
        <translation>le message n’a ni nom, ni clé, ni messageId pour nommer son événement</translation>
    </message>
    <message>
        <source>the operation&apos;s action is &quot;send&quot; or &quot;receive&quot;, not &quot;%1&quot;</source>
        <translation>l’action de l’opération est « send » ou « receive », pas « %1 »</translation>
    </message>
    <message>
        <source>the operation names no channel</source>
        <translation>l’opération ne nomme aucun canal</translation>
    </message>
</context>
<context>
    <name>mesh::exporters::DocumentSet</name>
    <message>
        <source>%1:%2:%3: invalid YAML: %4</source>
        <translation>%1:%2:%3 : YAML invalide : %4</translation>
    </message>
    <message>
        <source>%1: invalid YAML: %2</source>
        <translation>%1 : YAML invalide : %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1: the $ref &quot;%2&quot; names a file that cannot be read: %3</source>
        <translation>%1 : le $ref « %2 » nomme un fichier illisible : %3</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a JSON pointer</source>
        <translation>%1 : « %2 » n’est pas un pointeur JSON</translation>
    </message>
    <message>
        <source>%1: unresolvable $ref &quot;%2&quot;: %3 has no &quot;%4&quot;</source>
        <translation>%1 : $ref « %2 » introuvable : %3 n’a pas de « %4 »</translation>
    </message>
    <message>
        <source>%1: $ref is not a string</source>
        <translation>%1 : $ref n’est pas une chaîne</translation>
    </message>
    <message>
        <source>%1: the $ref &quot;%2&quot; leads back to itself</source>
        <translation>%1 : le $ref « %2 » ramène à lui-même</translation>
    </message>
    <message>
        <source>%1: nested deeper than %2 levels, which no schema needs</source>
        <translation>%1 : imbriqué sur plus de %2 niveaux, ce dont aucun schéma n’a besoin</translation>
    </message>
</context>
<context>
    <name>mesh::exporters::EventCatalogReader</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1: the page has no front matter (--- … ---)</source>
        <translation>%1 : la page n’a pas d’en-tête (--- … ---)</translation>
    </message>
    <message>
        <source>%1: the front matter has no closing ---</source>
        <translation>%1 : l’en-tête n’a pas de --- de fin</translation>
    </message>
    <message>
        <source>%1: the front matter is not a mapping</source>
        <translation>%1 : l’en-tête n’est pas une table de clés</translation>
    </message>
    <message>
        <source>%1: a schema of a kind the catalog does not keep; left out</source>
        <translation>%1 : un schéma d’une sorte que le catalogue ne garde pas ; laissé de côté</translation>
    </message>
    <message>
        <source>%1: %2 names the message &quot;%3&quot;, which the catalog folder does not have</source>
        <translation>%1 : %2 nomme le message « %3 », que le dossier du catalogue n’a pas</translation>
    </message>
</context>
<context>
    <name>mesh::exporters::ExportFormat</name>
    <message>
        <source>Avro schemas (.avsc)</source>
        <translation>Schémas Avro (.avsc)</translation>
    </message>
    <message>
        <source>Protobuf files (.proto), one per bounded context</source>
        <translation>Fichiers Protobuf (.proto), un par contexte délimité</translation>
    </message>
    <message>
        <source>JSON Schema (draft 2020-12)</source>
        <translation>JSON Schema (draft 2020-12)</translation>
    </message>
    <message>
        <source>AsyncAPI 3.0, one document per service</source>
        <translation>AsyncAPI 3.0, un document par service</translation>
    </message>
    <message>
        <source>Strimzi KafkaTopic resources</source>
        <translation>Ressources KafkaTopic de Strimzi</translation>
    </message>
    <message>
        <source>Terraform kafka_topic resources</source>
        <translation>Ressources Terraform kafka_topic</translation>
    </message>
    <message>
        <source>Schema Registry request bodies</source>
        <translation>Corps de requête pour Schema Registry</translation>
    </message>
    <message>
        <source>EventCatalog folder</source>
        <translation>Dossier EventCatalog</translation>
    </message>
    <message>
        <source>Diagrams as SVG pictures</source>
        <translation>Diagrammes en images SVG</translation>
    </message>
    <message>
        <source>Slice specifications (Markdown and Gherkin)</source>
        <translation>Spécifications des tranches (Markdown et Gherkin)</translation>
    </message>
</context>
<context>
    <name>mesh::exporters::ExportWriter</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 est illisible : %2</translation>
    </message>
    <message>
        <source>%1, line %2: not an export manifest (%3); move it away to export into this folder</source>
        <translation>%1, ligne %2 : pas un manifeste d&apos;export (%3) ; déplacez-le pour exporter dans ce dossier</translation>
    </message>
    <message>
        <source>%1: the entry %2 is refused: %3</source>
        <translation>%1 : l&apos;entrée %2 est refusée : %3</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; the export does not write through links</source>
        <translation>%1 est un lien symbolique ; l&apos;export n&apos;écrit pas à travers les liens</translation>
    </message>
    <message>
        <source>%1 is a file where the export needs a folder</source>
        <translation>%1 est un fichier là où l&apos;export a besoin d&apos;un dossier</translation>
    </message>
    <message>
        <source>%1 is a folder where the export writes a file</source>
        <translation>%1 est un dossier là où l&apos;export écrit un fichier</translation>
    </message>
    <message>
        <source>cannot create the folder of %1</source>
        <translation>impossible de créer le dossier de %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder</source>
        <translation>%1 est un fichier, pas un dossier</translation>
    </message>
    <message>
        <source>refused to write %1: %2</source>
        <translation>écriture de %1 refusée : %2</translation>
    </message>
    <message>
        <source>%1 already exists and was not written by a Mesh Studio export; move it away or export into another folder</source>
        <translation>%1 existe déjà et n&apos;a pas été écrit par un export de Mesh Studio ; déplacez-le ou exportez dans un autre dossier</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>the export was cancelled; the folder holds old and new files, each whole</source>
        <translation>l&apos;export a été annulé ; le dossier contient des fichiers anciens et nouveaux, chacun entier</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>pas un objet JSON</translation>
    </message>
</context>
<context>
    <name>mesh::exporters::Exporter</name>
    <message>
        <source>%1 export: %2</source>
        <translation>export %1 : %2</translation>
    </message>
    <message>
        <source>refused to write %1: %2</source>
        <translation>écriture de %1 refusée : %2</translation>
    </message>
</context>
<context>
    <name>mesh::exporters::FileNames</name>
    <message>
        <source>the path is empty</source>
        <translation>le chemin est vide</translation>
    </message>
    <message>
        <source>the path is absolute</source>
        <translation>le chemin est absolu</translation>
    </message>
    <message>
        <source>the path leaves the export folder</source>
        <translation>le chemin sort du dossier d&apos;export</translation>
    </message>
    <message>
        <source>the path contains a character that is not allowed</source>
        <translation>le chemin contient un caractère interdit</translation>
    </message>
    <message>
        <source>the path contains a reserved device name</source>
        <translation>le chemin contient un nom de périphérique réservé</translation>
    </message>
</context>
<context>
    <name>mesh::exporters::ImportPlanner</name>
    <message>
        <source>lifecycle %1</source>
        <translation>cycle de vie %1</translation>
    </message>
    <message>
        <source>schema version %1: compatibility %2</source>
        <translation>version de schéma %1 : compatibilité %2</translation>
    </message>
    <message>
        <source>the format changes from %1 to %2</source>
        <translation>le format passe de %1 à %2</translation>
    </message>
    <message>
        <source>%1 version %2: %3</source>
        <translation>%1 version %2 : %3</translation>
    </message>
    <message>
        <source>incompatible: %1</source>
        <translation>incompatible : %1</translation>
    </message>
    <message>
        <source>compatible</source>
        <translation>compatible</translation>
    </message>
    <message>
        <source>schema version %1 (%2): %3</source>
        <translation>version de schéma %1 (%2) : %3</translation>
    </message>
    <message>
        <source>%1: no bounded context for %2 &quot;%3&quot;; it stays a draft (give one with --context)</source>
        <translation>%1 : aucun contexte délimité pour %2 « %3 » ; il reste un brouillon (donnez-en un avec --context)</translation>
    </message>
    <message>
        <source>schema version %1 (%2)</source>
        <translation>version de schéma %1 (%2)</translation>
    </message>
</context>
<context>
    <name>mesh::exporters::ImportSources</name>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1 : aucun fichier ni dossier de ce nom</translation>
    </message>
    <message>
        <source>the import was cancelled</source>
        <translation>l’import a été annulé</translation>
    </message>
</context>
<context>
    <name>mesh::exporters::ImportedMesh</name>
    <message>
        <source>%1 and %2 give %3 &quot;%4&quot; two different schemas</source>
        <translation>%1 et %2 donnent à %3 « %4 » deux schémas différents</translation>
    </message>
    <message>
        <source>%1 restates %2 with another payload; the sender&apos;s (%3) is kept</source>
        <translation>%1 reprend %2 avec un autre contenu ; celui de l’émetteur (%3) est gardé</translation>
    </message>
    <message>
        <source>%1 → %2: no &quot;%3&quot; relation goes from a %4 to a %5 in the catalog; left out</source>
        <translation>%1 → %2 : aucune relation « %3 » ne va d’un %4 à un %5 dans le catalogue ; laissée de côté</translation>
    </message>
</context>
<context>
    <name>mesh::exporters::JsonText</name>
    <message>
        <source>%1, line %2, column %3: %4</source>
        <translation>%1, ligne %2, colonne %3 : %4</translation>
    </message>
</context>
<context>
    <name>mesh::exporters::ProtoMerger</name>
    <message>
        <source>%1 and %2 both declare %3 differently; rename one of them</source>
        <translation>%1 et %2 déclarent tous deux %3 différemment ; renommez l&apos;un des deux</translation>
    </message>
    <message>
        <source>%1: field %2 has the unknown type %3</source>
        <translation>%1 : le champ %2 a le type inconnu %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>the Protobuf schemas of %1 and the files it uses refer to each other in a cycle, which .proto imports cannot express</source>
        <translation>les schémas Protobuf de %1 et les fichiers qu’il utilise se réfèrent les uns aux autres en cycle, ce que les imports .proto ne peuvent exprimer</translation>
    </message>
</context>
<context>
    <name>mesh::exporters::RegistryExporter</name>
    <message>
        <source>%1 has no named record, which the RecordNameStrategy needs</source>
        <translation>%1 n’a pas d’enregistrement nommé, ce que la RecordNameStrategy exige</translation>
    </message>
    <message>
        <source>channel %1 carries %2 kinds of event but names its subject by the TopicNameStrategy, which gives the topic one value schema; choose the RecordNameStrategy or the TopicRecordNameStrategy in its Subject naming setting</source>
        <translation>le canal %1 transporte %2 sortes d’événements mais nomme son sujet selon la TopicNameStrategy, qui ne donne au topic qu’un schéma de valeur ; choisissez la RecordNameStrategy ou la TopicRecordNameStrategy dans son réglage Nommage des sujets</translation>
    </message>
    <message>
        <source>the schemas of subject %1 and the subjects it references refer to each other in a cycle, which a registry cannot take</source>
        <translation>les schémas du sujet %1 et les sujets qu’il référence se font référence en cycle, ce qu’un registre ne peut accepter</translation>
    </message>
</context>
<context>
    <name>mesh::exporters::RegistryReader</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1:%2: no subject folder &quot;%3&quot;</source>
        <translation>%1:%2 : aucun dossier de sujet « %3 »</translation>
    </message>
    <message>
        <source>%1: a registry body has its schema as a string in &quot;schema&quot;</source>
        <translation>%1 : un corps de registre porte son schéma en chaîne dans « schema »</translation>
    </message>
    <message>
        <source>%1: unknown schemaType &quot;%2&quot; (AVRO, PROTOBUF or JSON)</source>
        <translation>%1 : schemaType « %2 » inconnu (AVRO, PROTOBUF ou JSON)</translation>
    </message>
</context>
<context>
    <name>mesh::exporters::SchemaFileReader</name>
    <message>
        <source>%1: the schema declares no named type (record, enum or fixed) to name a subject by</source>
        <translation>%1 : le schéma ne déclare aucun type nommé (record, enum ou fixed) pour nommer un sujet</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1: neither an AsyncAPI document (no &quot;asyncapi&quot; field) nor a JSON Schema</source>
        <translation>%1 : ni un document AsyncAPI (pas de champ « asyncapi »), ni un JSON Schema</translation>
    </message>
    <message>
        <source>%1: cannot be read</source>
        <translation>%1 : illisible</translation>
    </message>
    <message>
        <source>%1: the file declares no message to name a subject by</source>
        <translation>%1 : le fichier ne déclare aucun message pour nommer un sujet</translation>
    </message>
</context>
</TS>
