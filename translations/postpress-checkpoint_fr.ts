<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>PostPress Checkpoint %1
Qt %2 (built with %3)
Operating system: %4
API URL: %5</source>
        <translation>PostPress Checkpoint %1
Qt %2 (compilé avec %3)
Système d’exploitation&#x202f;: %4
URL de l’API&#x202f;: %5</translation>
    </message>
    <message>
        <source>About PostPress Checkpoint</source>
        <translation>À propos de PostPress Checkpoint</translation>
    </message>
    <message>
        <source>PostPress Checkpoint</source>
        <translation>PostPress Checkpoint</translation>
    </message>
    <message>
        <source>Version %1

Solve PostPress login checkpoints with the code the customer reads out.</source>
        <translation>Version %1

Résolvez les vérifications de connexion PostPress avec le code que le client vous dicte.</translation>
    </message>
    <message>
        <source>&amp;Copy version info</source>
        <translation>&amp;Copier les informations de version</translation>
    </message>
    <message>
        <source>Copy the versions of the app, Qt and the operating system, and the API URL, for a support request</source>
        <translation>Copier les versions de l’application, de Qt et du système d’exploitation, ainsi que l’URL de l’API, pour une demande d’assistance</translation>
    </message>
</context>
<context>
    <name>AdminPolicy</name>
    <message>
        <source>an https URL such as %1</source>
        <translation>une URL https comme %1</translation>
    </message>
    <message>
        <source>a number of seconds from %1 to %2</source>
        <translation>un nombre de secondes de %1 à %2</translation>
    </message>
    <message>
        <source>a number of days from %1 to %2</source>
        <translation>un nombre de jours de %1 à %2</translation>
    </message>
    <message>
        <source>provider names separated by commas: %1</source>
        <translation>des noms de fournisseurs séparés par des virgules&#x202f;: %1</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>The administrator&apos;s policy %1 is ignored: %2.</source>
        <translation>Les réglages imposés par l’administrateur (%1) sont ignorés&#x202f;: %2.</translation>
    </message>
    <message>
        <source>The administrator&apos;s settings %1 could not be read.</source>
        <translation>Impossible de lire les réglages de l’administrateur %1.</translation>
    </message>
    <message>
        <source>%1: the unknown setting “%2” was ignored.</source>
        <translation>%1&#x202f;: le réglage inconnu «&#x202f;%2&#x202f;» a été ignoré.</translation>
    </message>
    <message>
        <source>%1: an unknown setting was ignored.</source>
        <translation>%1&#x202f;: un réglage inconnu a été ignoré.</translation>
    </message>
    <message>
        <source>%1: %2 was ignored: expected %3.</source>
        <translation>%1&#x202f;: %2 a été ignoré&#x202f;; valeur attendue&#x202f;: %3.</translation>
    </message>
    <message>
        <source>%1 could not be checked</source>
        <translation>impossible de vérifier %1</translation>
    </message>
    <message>
        <source>%1 does not belong to root</source>
        <translation>%1 n’appartient pas à root</translation>
    </message>
    <message>
        <source>others can change %1</source>
        <translation>d’autres utilisateurs peuvent modifier %1</translation>
    </message>
</context>
<context>
    <name>AnswerInput</name>
    <message>
        <source>C&amp;ode from the customer:</source>
        <translation>Co&amp;de du client&#x202f;:</translation>
    </message>
    <message>
        <source>Co&amp;de</source>
        <translation>C&amp;ode</translation>
    </message>
    <message>
        <source>Answer with a code</source>
        <translation>Répondre avec un code</translation>
    </message>
    <message>
        <source>Pho&amp;ne number</source>
        <translation>Télé&amp;phone</translation>
    </message>
    <message>
        <source>Answer with a phone number</source>
        <translation>Répondre avec un numéro de téléphone</translation>
    </message>
    <message>
        <source>For checkpoints that ask for the customer&apos;s mobile number</source>
        <translation>Pour les vérifications qui demandent le numéro de mobile du client</translation>
    </message>
    <message>
        <source>123456</source>
        <translation>123456</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>The one-time code the customer reads out</source>
        <translation>Le code à usage unique que le client vous dicte</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>The country of the customer&apos;s mobile number</source>
        <translation>Le pays du numéro de mobile du client</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation>Numéro de mobile</translation>
    </message>
    <message>
        <source>The number as the customer says it</source>
        <translation>Le numéro tel que le client le dicte</translation>
    </message>
    <message>
        <source>Try another &amp;way</source>
        <translation>Autre mét&amp;hode</translation>
    </message>
    <message>
        <source>Ask the provider for a different kind of checkpoint, for example a code instead of an in-app approval</source>
        <translation>Demander à la plateforme un autre type de vérification, par exemple un code au lieu d’une validation dans l’application</translation>
    </message>
    <message>
        <source>Sends TRY_ANOTHER_WAY instead of a code</source>
        <translation>Envoie TRY_ANOTHER_WAY au lieu d’un code</translation>
    </message>
    <message>
        <source>Customer&apos;s mobile n&amp;umber:</source>
        <translation>N&amp;uméro mobile du client&#x202f;:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>country name (calling code)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Will send %1 (a number from %2).</source>
        <translation>Sera envoyé&#x202f;: %1 (pays&#x202f;: %2).</translation>
    </message>
    <message>
        <source>Will send %1.</source>
        <translation>Sera envoyé&#x202f;: %1.</translation>
    </message>
</context>
<context>
    <name>ApiBaseUrl</name>
    <message numerus="yes">
        <source>The API URL is longer than %n characters.</source>
        <translation>
            <numerusform>L’URL de l’API dépasse %n caractère.</numerusform>
            <numerusform>L’URL de l’API dépasse %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>The API URL is not a valid URL. Example: %1</source>
        <translation>L’URL de l’API n’est pas une URL valide. Exemple&#x202f;: %1</translation>
    </message>
    <message>
        <source>The API URL must not contain a user name or password.</source>
        <translation>L’URL de l’API ne doit contenir ni nom d’utilisateur ni mot de passe.</translation>
    </message>
    <message>
        <source>The API URL must not contain a query (?) or a fragment (#).</source>
        <translation>L’URL de l’API ne doit contenir ni requête (?) ni fragment (#).</translation>
    </message>
    <message>
        <source>The API URL uses plain http. Only https is allowed, except for this computer (localhost, 127.0.0.1, ::1) when testing.</source>
        <translation>L’URL de l’API utilise http non chiffré. Seul https est autorisé, sauf pour cet ordinateur (localhost, 127.0.0.1, ::1) lors de tests.</translation>
    </message>
    <message>
        <source>The API URL must start with https://.</source>
        <translation>L’URL de l’API doit commencer par https://.</translation>
    </message>
</context>
<context>
    <name>ApiKeyController</name>
    <message>
        <source>The system keychain cannot be reached any more. Restart the program.</source>
        <translation>Le trousseau du système n’est plus accessible. Redémarrez le programme.</translation>
    </message>
    <message>
        <source>The API key stored in the system keychain for %1 is not a valid key: it is empty, too long, or contains spaces or other characters a key cannot contain. Enter the key again.</source>
        <translation>La clé API enregistrée dans le trousseau du système pour %1 n’est pas valide&#x202f;: elle est vide, trop longue ou contient des espaces ou d’autres caractères interdits dans une clé. Saisissez de nouveau la clé.</translation>
    </message>
    <message>
        <source>The system keychain reported an error without saying which.</source>
        <translation>Le trousseau du système a signalé une erreur sans préciser laquelle.</translation>
    </message>
</context>
<context>
    <name>ApiKeyDialog</name>
    <message>
        <source>PostPress API key</source>
        <translation>Clé API PostPress</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clé API&#x202f;:</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé API</translation>
    </message>
    <message>
        <source>The PostPress API key from the dashboard; it is kept in the system keychain</source>
        <translation>La clé API PostPress du tableau de bord&#x202f;; elle est conservée dans le trousseau du système</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>A&amp;fficher</translation>
    </message>
    <message>
        <source>Show or hide the key while typing</source>
        <translation>Afficher ou masquer la clé pendant la saisie</translation>
    </message>
    <message>
        <source>Show key</source>
        <translation>Afficher la clé</translation>
    </message>
    <message>
        <source>Paste the PostPress API key for %1. It is kept in the system keychain of this computer, so you are asked only once.</source>
        <translation>Collez la clé API PostPress pour %1. Elle est conservée dans le trousseau du système de cet ordinateur&#x202f;: elle ne vous sera demandée qu’une fois.</translation>
    </message>
    <message>
        <source>&amp;Save in keychain</source>
        <translation>&amp;Enregistrer dans le trousseau</translation>
    </message>
    <message>
        <source>Use for this session &amp;only</source>
        <translation>Pour cette &amp;session seulement</translation>
    </message>
    <message>
        <source>Keep the key in memory until the app quits; it is not stored anywhere</source>
        <translation>Garder la clé en mémoire jusqu’à la fermeture de l’application&#x202f;; elle n’est enregistrée nulle part</translation>
    </message>
    <message>
        <source>Hid&amp;e</source>
        <translation>&amp;Masquer</translation>
    </message>
    <message>
        <source>Paste the API key first.</source>
        <translation>Collez d’abord la clé API.</translation>
    </message>
    <message>
        <source>This does not look like an API key: it contains spaces, line breaks or characters that are not plain letters, digits and punctuation.</source>
        <translation>Ceci ne ressemble pas à une clé API&#x202f;: le texte contient des espaces, des sauts de ligne ou des caractères autres que des lettres, des chiffres et des signes de ponctuation simples.</translation>
    </message>
    <message>
        <source>Waiting for the system keychain… If it does not answer (it may be waiting for its password), use the key for this session only.</source>
        <translation>En attente du trousseau du système… S’il ne répond pas (il attend peut-être son mot de passe), utilisez la clé pour cette session seulement.</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Show or hide what the system keychain reported</source>
        <translation>Afficher ou masquer ce que le trousseau du système a signalé</translation>
    </message>
</context>
<context>
    <name>ApiKeyPrompt</name>
    <message>
        <source>The system keychain has not answered yet; it may be waiting for its password. You can use the key for this session only.</source>
        <translation>Le trousseau du système n’a pas encore répondu&#x202f;; il attend peut-être son mot de passe. Vous pouvez utiliser la clé pour cette session seulement.</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message numerus="yes">
        <source>No new window: already %n windows open.</source>
        <translation>
            <numerusform>Pas de nouvelle fenêtre&#x202f;: déjà %n fenêtre ouverte.</numerusform>
            <numerusform>Pas de nouvelle fenêtre&#x202f;: déjà %n fenêtres ouvertes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not opened: %1 (already %n windows open)</source>
        <translation>
            <numerusform>Non ouvert&#x202f;: %1 (déjà %n fenêtre ouverte)</numerusform>
            <numerusform>Non ouvert&#x202f;: %1 (déjà %n fenêtres ouvertes)</numerusform>
        </translation>
    </message>
    <message>
        <source>This window cannot be opened.</source>
        <translation>Impossible d’ouvrir cette fenêtre.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more problems with the administrator&apos;s settings: see the log)</source>
        <translation>
            <numerusform>%1 (et %n autre problème dans les réglages de l’administrateur&#x202f;: voir le journal)</numerusform>
            <numerusform>%1 (et %n autres problèmes dans les réglages de l’administrateur&#x202f;: voir le journal)</numerusform>
        </translation>
    </message>
    <message>
        <source>History is off: your administrator turned it off.</source>
        <translation>Historique désactivé&#x202f;: votre administrateur l’a désactivé.</translation>
    </message>
</context>
<context>
    <name>AttemptNames</name>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message numerus="yes">
        <source>%n connected</source>
        <translation>
            <numerusform>%n connexion réussie</numerusform>
            <numerusform>%n connexions réussies</numerusform>
        </translation>
    </message>
    <message>
        <source>Another step</source>
        <translation>Autre étape</translation>
    </message>
    <message numerus="yes">
        <source>%n led to another step</source>
        <translation>
            <numerusform>%n a mené à une autre étape</numerusform>
            <numerusform>%n ont mené à une autre étape</numerusform>
        </translation>
    </message>
    <message>
        <source>New code sent</source>
        <translation>Nouveau code envoyé</translation>
    </message>
    <message numerus="yes">
        <source>%n new code(s) sent</source>
        <translation>
            <numerusform>%n nouveau code envoyé</numerusform>
            <numerusform>%n nouveaux codes envoyés</numerusform>
        </translation>
    </message>
    <message>
        <source>Code rejected</source>
        <translation>Code refusé</translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) rejected</source>
        <translation>
            <numerusform>%n code refusé</numerusform>
            <numerusform>%n codes refusés</numerusform>
        </translation>
    </message>
    <message>
        <source>Login ended</source>
        <translation>Connexion terminée</translation>
    </message>
    <message numerus="yes">
        <source>%n found the login ended</source>
        <translation>
            <numerusform>%n sur une connexion terminée</numerusform>
            <numerusform>%n sur une connexion terminée</numerusform>
        </translation>
    </message>
    <message>
        <source>API key refused</source>
        <translation>Clé API refusée</translation>
    </message>
    <message numerus="yes">
        <source>%n with the API key refused</source>
        <translation>
            <numerusform>%n avec la clé API refusée</numerusform>
            <numerusform>%n avec la clé API refusée</numerusform>
        </translation>
    </message>
    <message>
        <source>Told to wait</source>
        <translation>Invitation à patienter</translation>
    </message>
    <message numerus="yes">
        <source>%n told to wait</source>
        <translation>
            <numerusform>%n invitation à patienter</numerusform>
            <numerusform>%n invitations à patienter</numerusform>
        </translation>
    </message>
    <message>
        <source>No clear answer</source>
        <translation>Pas de réponse claire</translation>
    </message>
    <message numerus="yes">
        <source>%n without a clear answer</source>
        <translation>
            <numerusform>%n sans réponse claire</numerusform>
            <numerusform>%n sans réponse claire</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n annulée</numerusform>
            <numerusform>%n annulées</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message>
        <source>Submit code</source>
        <translation>Envoyer le code</translation>
    </message>
    <message>
        <source>Resend code</source>
        <translation>Renvoyer le code</translation>
    </message>
    <message>
        <source>Try another way</source>
        <translation>Autre méthode</translation>
    </message>
    <message numerus="yes">
        <source>%n ended as %1</source>
        <extracomment>%1 is an outcome name a newer version of the app wrote, e.g. &quot;timed_out&quot;</extracomment>
        <translation>
            <numerusform>%n terminée en %1</numerusform>
            <numerusform>%n terminées en %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckpointClient</name>
    <message>
        <source>The server&apos;s answer was larger than %1 KiB, far more than this API sends; it was not read.</source>
        <translation>La réponse du serveur dépassait %1 Kio, bien plus que ce qu’envoie cette API&#x202f;; elle n’a pas été lue.</translation>
    </message>
    <message>
        <source>an unknown address</source>
        <translation>une adresse inconnue</translation>
    </message>
    <message>
        <source>The server answered HTTP %1, a redirect to %2. The request was not sent there.</source>
        <translation>Le serveur a répondu HTTP %1, une redirection vers %2. La requête n’y a pas été envoyée.</translation>
    </message>
    <message>
        <source>The server closed the connection without answering.</source>
        <translation>Le serveur a fermé la connexion sans répondre.</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Annulé.</translation>
    </message>
    <message numerus="yes">
        <source>No complete answer within %n second(s).</source>
        <translation>
            <numerusform>Pas de réponse complète en %n seconde.</numerusform>
            <numerusform>Pas de réponse complète en %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The TLS handshake failed: %1</source>
        <translation>La négociation TLS a échoué&#x202f;: %1</translation>
    </message>
</context>
<context>
    <name>CheckpointRequest</name>
    <message>
        <source>Enter the account id.</source>
        <translation>Saisissez l’identifiant du compte.</translation>
    </message>
    <message>
        <source>Enter the code the customer received.</source>
        <translation>Saisissez le code reçu par le client.</translation>
    </message>
    <message>
        <source>The code is too long (at most %1 characters).</source>
        <translation>Le code est trop long (%1 caractères au maximum).</translation>
    </message>
    <message>
        <source>The code cannot contain control characters.</source>
        <translation>Le code ne peut pas contenir de caractères de contrôle.</translation>
    </message>
    <message>
        <source>The account id is empty.</source>
        <translation>L’identifiant du compte est vide.</translation>
    </message>
    <message>
        <source>The account id is too long: %1 characters, at most %2.</source>
        <translation>L’identifiant du compte est trop long&#x202f;: %1 caractères, %2 au maximum.</translation>
    </message>
    <message>
        <source>The account id cannot contain spaces, invisible or control characters: character %1 is %2.</source>
        <translation>L’identifiant du compte ne peut pas contenir d’espaces ni de caractères invisibles ou de contrôle&#x202f;: le caractère %1 est %2.</translation>
    </message>
    <message>
        <source>The account id cannot contain “%1” (%2, character %3): only ASCII letters, digits and _ - . ~ are allowed.</source>
        <translation>L’identifiant du compte ne peut pas contenir «&#x202f;%1&#x202f;» (%2, caractère %3)&#x202f;: seuls les lettres ASCII, les chiffres et _ - . ~ sont autorisés.</translation>
    </message>
</context>
<context>
    <name>CheckpointWindow</name>
    <message>
        <source>PostPress Checkpoint</source>
        <translation>PostPress Checkpoint</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>Co&amp;mpte&#x202f;:</translation>
    </message>
    <message>
        <source>acc_…</source>
        <translation>acc_…</translation>
    </message>
    <message>
        <source>Account id</source>
        <translation>Identifiant du compte</translation>
    </message>
    <message>
        <source>The id of the PostPress account waiting at a checkpoint</source>
        <translation>L’identifiant du compte PostPress en attente de vérification</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>Plate&amp;forme&#x202f;:</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>The network the customer is logging in to</source>
        <translation>Le réseau auquel le client se connecte</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop waiting for the answer (Esc)</source>
        <translation>Ne plus attendre la réponse (Échap)</translation>
    </message>
    <message>
        <source>&amp;Submit code</source>
        <translation>&amp;Envoyer le code</translation>
    </message>
    <message>
        <source>&amp;Checkpoint</source>
        <translation>&amp;Vérification</translation>
    </message>
    <message>
        <source>API &amp;key</source>
        <translation>&amp;Clé API</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Cancel request</source>
        <translation>&amp;Annuler la requête</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Replace API key…</source>
        <translation>&amp;Remplacer la clé API…</translation>
    </message>
    <message>
        <source>&amp;Forget API key…</source>
        <translation>&amp;Supprimer la clé API…</translation>
    </message>
    <message>
        <source>&amp;About PostPress Checkpoint</source>
        <translation>À &amp;propos de PostPress Checkpoint</translation>
    </message>
    <message>
        <source>Choose the provider</source>
        <translation>Choisissez la plateforme</translation>
    </message>
    <message>
        <source>API: %1</source>
        <translation>API&#x202f;: %1</translation>
    </message>
    <message>
        <source>Code cleared. Start the connection again in PostPress, then enter the new code the customer receives.</source>
        <translation>Code effacé. Relancez la connexion dans PostPress, puis saisissez le nouveau code que le client reçoit.</translation>
    </message>
    <message>
        <source>&amp;New window</source>
        <translation>&amp;Nouvelle fenêtre</translation>
    </message>
    <message>
        <source>Open another window, for another account</source>
        <translation>Ouvrir une autre fenêtre, pour un autre compte</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>C&amp;lose window</source>
        <translation>&amp;Fermer la fenêtre</translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>New checkpoint</source>
        <translation>Nouvelle vérification</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Earlier attempts</source>
        <translation>Tentatives précédentes</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <source>The attempts made on this computer, for this account or all</source>
        <translation>Les tentatives faites sur cet ordinateur, pour ce compte ou pour tous</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>&amp;Enter API key…</source>
        <translation>&amp;Saisir la clé API…</translation>
    </message>
    <message>
        <source>&amp;Submit number</source>
        <translation>&amp;Envoyer le numéro</translation>
    </message>
    <message>
        <source>%1 · ticket %2</source>
        <extracomment>The window title: the account id (or &quot;New checkpoint&quot;), then the helpdesk ticket the window works for</extracomment>
        <translation>%1 · ticket %2</translation>
    </message>
</context>
<context>
    <name>EarlierAttempts</name>
    <message>
        <source>both codes rejected</source>
        <translation>les deux codes refusés</translation>
    </message>
    <message numerus="yes">
        <source>all %n codes rejected</source>
        <translation>
            <numerusform>les %n codes refusés</numerusform>
            <numerusform>les %n codes refusés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>il y a %n minute</numerusform>
            <numerusform>il y a %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in the last %n minute(s)</source>
        <translation>
            <numerusform>en %n minute</numerusform>
            <numerusform>au cours des %n dernières minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <extracomment>%1 is &quot;2 earlier attempts&quot;, %2 &quot;in the last 40 minutes&quot; (or &quot;12 minutes ago&quot;), %3 how they ended, e.g. &quot;both codes rejected&quot; or &quot;2 codes rejected and 1 connected&quot;</extracomment>
        <translation>%1 %2&#x202f;: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier attempt(s)</source>
        <translation>
            <numerusform>%n tentative précédente</numerusform>
            <numerusform>%n tentatives précédentes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EffectiveSettings</name>
    <message>
        <source>Your administrator has set the API URL to %1: a link or the command line cannot choose another.</source>
        <translation>Votre administrateur a fixé l’URL de l’API à %1&#x202f;: un lien ou la ligne de commande ne peut pas en choisir une autre.</translation>
    </message>
    <message>
        <source>Your administrator does not allow checkpoints for %1 on this computer.</source>
        <translation>Votre administrateur n’autorise pas les vérifications pour %1 sur cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>Guidance</name>
    <message>
        <source>PostPress answered with status %1 and no readable message.</source>
        <extracomment>%1 is an HTTP status number, e.g. 418</extracomment>
        <translation>PostPress a répondu avec le statut %1, sans message lisible.</translation>
    </message>
    <message>
        <source>PostPress answered with status %1: “%2”.</source>
        <extracomment>%1 is an HTTP status number, %2 the message PostPress sent, quoted as is</extracomment>
        <translation>PostPress a répondu avec le statut %1&#x202f;: «&#x202f;%2&#x202f;».</translation>
    </message>
    <message>
        <source>You can retry now.</source>
        <translation>Vous pouvez réessayer maintenant.</translation>
    </message>
    <message numerus="yes">
        <source>Wait %n second(s), then press Retry.</source>
        <extracomment>The Retry button counts these seconds down before it can be pressed.</extracomment>
        <translation>
            <numerusform>Attendez %n seconde, puis cliquez sur Réessayer.</numerusform>
            <numerusform>Attendez %n secondes, puis cliquez sur Réessayer.</numerusform>
        </translation>
    </message>
    <message>
        <source>The code may or may not have been used: press Retry once to find out, and if it is then rejected, ask the customer for a new code.</source>
        <translation>Le code a peut-être déjà été utilisé&#x202f;: cliquez une fois sur Réessayer pour le savoir et, s’il est alors refusé, demandez un nouveau code au client.</translation>
    </message>
    <message>
        <source>Account reconnected</source>
        <translation>Compte reconnecté</translation>
    </message>
    <message>
        <source>Account %1 is connected again: the customer can use it now. Nothing else to do.</source>
        <extracomment>%1 is the account id</extracomment>
        <translation>Le compte %1 est de nouveau connecté&#x202f;: le client peut l’utiliser dès maintenant. Rien d’autre à faire.</translation>
    </message>
    <message>
        <source>Account connected</source>
        <translation>Compte connecté</translation>
    </message>
    <message>
        <source>Account %1 is connected: the customer can use it now. Nothing else to do.</source>
        <extracomment>%1 is the account id</extracomment>
        <translation>Le compte %1 est connecté&#x202f;: le client peut l’utiliser dès maintenant. Rien d’autre à faire.</translation>
    </message>
    <message>
        <source>Ask for the code from the text message</source>
        <translation>Demandez le code reçu par SMS</translation>
    </message>
    <message>
        <source>%1 sent a verification code to the customer&apos;s phone by text message. Ask the customer to read it out, then type it in.</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation>%1 a envoyé un code de vérification par SMS sur le téléphone du client. Demandez au client de vous le lire, puis saisissez-le.</translation>
    </message>
    <message>
        <source>Ask for the code sent by WhatsApp</source>
        <translation>Demandez le code reçu par WhatsApp</translation>
    </message>
    <message>
        <source>%1 sent a verification code to the customer&apos;s WhatsApp. Ask the customer to read it out, then type it in.</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation>%1 a envoyé un code de vérification sur le WhatsApp du client. Demandez au client de vous le lire, puis saisissez-le.</translation>
    </message>
    <message>
        <source>Ask for the code from the authenticator app</source>
        <translation>Demandez le code de l’application d’authentification</translation>
    </message>
    <message>
        <source>%1 wants the current code from the customer&apos;s authenticator app (for example Google Authenticator). Ask the customer to open it and read out the code shown for %1.</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation>%1 demande le code actuel de l’application d’authentification du client (par exemple Google Authenticator). Demandez au client de l’ouvrir et de vous lire le code affiché pour %1.</translation>
    </message>
    <message>
        <source>Ask for the verification code</source>
        <translation>Demandez le code de vérification</translation>
    </message>
    <message>
        <source>%1 asks for a two-step verification code (sent by: %2). Ask the customer to read it out, then type it in.</source>
        <extracomment>%1 is the provider, e.g. LinkedIn; %2 where the code was sent, as the API names it</extracomment>
        <translation>%1 demande un code de validation en deux étapes (envoyé par&#x202f;: %2). Demandez au client de vous le lire, puis saisissez-le.</translation>
    </message>
    <message>
        <source>%1 asks for a two-step verification code. Ask the customer where it arrived (text message, authenticator app or WhatsApp) and to read it out.</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation>%1 demande un code de validation en deux étapes. Demandez au client où il l’a reçu (SMS, application d’authentification ou WhatsApp) et de vous le lire.</translation>
    </message>
    <message>
        <source>Ask the customer to approve the sign-in in the %1 app</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation>Demandez au client d’approuver la connexion dans l’application %1</translation>
    </message>
    <message>
        <source>The customer must open the %1 app on their phone and approve this sign-in; the login then finishes by itself, so check in PostPress that the account shows as connected. If they cannot approve it, use Try another way to get a code instead.</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation>Le client doit ouvrir l’application %1 sur son téléphone et approuver cette connexion&#x202f;; la connexion se termine alors d’elle-même, vérifiez donc dans PostPress que le compte apparaît comme connecté. S’il ne peut pas l’approuver, utilisez Autre méthode pour obtenir plutôt un code.</translation>
    </message>
    <message>
        <source>%1 wants a CAPTCHA solved</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation>%1 demande de résoudre un CAPTCHA</translation>
    </message>
    <message>
        <source>A CAPTCHA cannot be solved with a code from this window. Ask the customer to finish the login themselves in PostPress, or use Try another way to ask %1 for a code instead.</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation>Un CAPTCHA ne peut pas être résolu avec un code depuis cette fenêtre. Demandez au client de terminer lui-même la connexion dans PostPress, ou utilisez Autre méthode pour demander plutôt un code à %1.</translation>
    </message>
    <message>
        <source>%1 wants a QR code scanned</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation>%1 demande de scanner un code QR</translation>
    </message>
    <message>
        <source>A QR code cannot be solved with a code from this window. The customer must finish the login themselves in PostPress and scan the QR code there with the %1 app on their phone.</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation>Un code QR ne peut pas être traité avec un code depuis cette fenêtre. Le client doit terminer lui-même la connexion dans PostPress et y scanner le code QR avec l’application %1 de son téléphone.</translation>
    </message>
    <message>
        <source>%1 asks which contract to use</source>
        <extracomment>%1 is the provider, e.g. LinkedIn. A contract is a paid plan of the customer&apos;s account.</extracomment>
        <translation>%1 demande quel contrat utiliser</translation>
    </message>
    <message>
        <source>The customer&apos;s %1 account has several contracts and one must be chosen, which cannot be done from this window. Ask the customer to finish the login themselves in PostPress and choose the contract there.</source>
        <extracomment>%1 is the provider, e.g. LinkedIn. A contract is a paid plan of the customer&apos;s account.</extracomment>
        <translation>Le compte %1 du client a plusieurs contrats et il faut en choisir un, ce qui est impossible depuis cette fenêtre. Demandez au client de terminer lui-même la connexion dans PostPress et d’y choisir le contrat.</translation>
    </message>
    <message>
        <source>%1 asks for another step</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation>%1 demande une autre étape</translation>
    </message>
    <message>
        <source>If the customer received a code, type it in; otherwise ask them to finish the login themselves in PostPress.</source>
        <translation>Si le client a reçu un code, saisissez-le&#x202f;; sinon, demandez-lui de terminer lui-même la connexion dans PostPress.</translation>
    </message>
    <message>
        <source>%1 asks for another step but did not say which.</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation>%1 demande une autre étape sans préciser laquelle.</translation>
    </message>
    <message>
        <source>%1 asks for a step this app does not know yet: %2.</source>
        <extracomment>%1 is the provider, e.g. LinkedIn; %2 the name of the step as the API sends it</extracomment>
        <translation>%1 demande une étape que cette application ne connaît pas encore&#x202f;: %2.</translation>
    </message>
    <message>
        <source>Ask for the one-time code</source>
        <translation>Demandez le code à usage unique</translation>
    </message>
    <message>
        <source>%1 sent a one-time code to the customer by e-mail or text message. Ask the customer to check both and read out the newest code.</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation>%1 a envoyé un code à usage unique au client par e-mail ou par SMS. Demandez au client de vérifier les deux et de vous lire le code le plus récent.</translation>
    </message>
    <message>
        <source>Ask for the customer&apos;s mobile number</source>
        <translation>Demandez le numéro de mobile du client</translation>
    </message>
    <message>
        <source>A new code is on its way</source>
        <translation>Un nouveau code est en route</translation>
    </message>
    <message>
        <source>%1 is sending the code or the app notification to the customer again; it can take a minute. Use only the newest code: resending does not give the login more time.</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation>%1 renvoie le code ou la notification de l’application au client&#x202f;; cela peut prendre une minute. N’utilisez que le code le plus récent&#x202f;: le renvoi ne prolonge pas la connexion.</translation>
    </message>
    <message>
        <source>Unexpected answer from PostPress</source>
        <translation>Réponse inattendue de PostPress</translation>
    </message>
    <message>
        <source>Check the account in PostPress before doing anything else, and copy the details for a ticket.</source>
        <translation>Vérifiez le compte dans PostPress avant toute autre action, et copiez les détails pour un ticket.</translation>
    </message>
    <message>
        <source>PostPress answered “%1” but without an account id, so the account is not confirmed as connected.</source>
        <extracomment>%1 is the name of the answer, e.g. AccountCreated</extracomment>
        <translation>PostPress a répondu «&#x202f;%1&#x202f;», mais sans identifiant de compte&#x202f;: la connexion du compte n’est donc pas confirmée.</translation>
    </message>
    <message>
        <source>PostPress did not confirm that the code was sent again. Ask the customer whether a new code arrived, and copy the details for a ticket.</source>
        <translation>PostPress n’a pas confirmé le renvoi du code. Demandez au client si un nouveau code est arrivé, et copiez les détails pour un ticket.</translation>
    </message>
    <message>
        <source>PostPress answered “%1”, which this app does not know, so the account is not confirmed as connected.</source>
        <extracomment>%1 is the name of the answer as PostPress sent it</extracomment>
        <translation>PostPress a répondu «&#x202f;%1&#x202f;», une réponse que cette application ne connaît pas&#x202f;: la connexion du compte n’est donc pas confirmée.</translation>
    </message>
    <message>
        <source>The account id looks wrong: copy it again from PostPress.</source>
        <translation>L’identifiant du compte semble erroné&#x202f;: copiez-le de nouveau depuis PostPress.</translation>
    </message>
    <message>
        <source>The code looks like a phone number without its country prefix: if it is one, switch to phone number mode so it is sent as (+CC)number.</source>
        <translation>Le code ressemble à un numéro de téléphone sans indicatif de pays&#x202f;: si c’en est un, passez en mode Téléphone pour qu’il soit envoyé sous la forme (+CC)numéro.</translation>
    </message>
    <message>
        <source>Check the code with the customer and type it again.</source>
        <translation>Vérifiez le code avec le client et saisissez-le de nouveau.</translation>
    </message>
    <message>
        <source>PostPress found a value it cannot accept</source>
        <translation>PostPress a trouvé une valeur inacceptable</translation>
    </message>
    <message>
        <source>PostPress says a value in the request is not valid.</source>
        <translation>PostPress indique qu’une valeur de la requête n’est pas valide.</translation>
    </message>
    <message>
        <source>A value was missing</source>
        <translation>Une valeur manquait</translation>
    </message>
    <message>
        <source>PostPress says a required value was missing from the request.</source>
        <translation>PostPress indique qu’une valeur obligatoire manquait dans la requête.</translation>
    </message>
    <message>
        <source>The values do not fit together</source>
        <translation>Les valeurs ne concordent pas</translation>
    </message>
    <message>
        <source>PostPress says the values do not fit together; check that %1 is the right provider for this account.</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation>PostPress indique que les valeurs ne concordent pas&#x202f;; vérifiez que %1 est la bonne plateforme pour ce compte.</translation>
    </message>
    <message>
        <source>%1 refused the request</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation>%1 a refusé la requête</translation>
    </message>
    <message>
        <source>%1 refused the request as sent, often because the code is not in the form it expects.</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation>%1 a refusé la requête telle qu’elle a été envoyée, souvent parce que le code n’a pas la forme attendue.</translation>
    </message>
    <message>
        <source>Too much text for %1</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation>Trop de texte pour %1</translation>
    </message>
    <message>
        <source>%1 cannot take a request this large. Check that only the code was pasted, not a whole message, and type it again.</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation>%1 n’accepte pas une requête aussi volumineuse. Vérifiez que seul le code a été collé, et non un message entier, puis saisissez-le de nouveau.</translation>
    </message>
    <message>
        <source>The code is too long</source>
        <translation>Le code est trop long</translation>
    </message>
    <message>
        <source>The code has more characters than allowed. Type only the code itself, without the words around it.</source>
        <translation>Le code comporte plus de caractères que permis. Saisissez uniquement le code, sans les mots qui l’entourent.</translation>
    </message>
    <message>
        <source>The API address has characters PostPress cannot accept</source>
        <translation>L’adresse de l’API contient des caractères refusés par PostPress</translation>
    </message>
    <message>
        <source>PostPress found characters it cannot accept in the address of the request. Check the API address this window was opened with; if it looks right, copy the details for PostPress support.</source>
        <translation>PostPress a trouvé des caractères inacceptables dans l’adresse de la requête. Vérifiez l’adresse de l’API avec laquelle cette fenêtre a été ouverte&#x202f;; si elle semble correcte, copiez les détails pour le support PostPress.</translation>
    </message>
    <message>
        <source>PostPress refused a limit this app never sets</source>
        <translation>PostPress a refusé une limite que cette application ne fixe jamais</translation>
    </message>
    <message>
        <source>This error is about list sizes, which a checkpoint request does not use, so it points to a problem at PostPress. Copy the details for PostPress support.</source>
        <translation>Cette erreur concerne la taille des listes, qu’une requête de vérification n’utilise pas&#x202f;: elle signale donc un problème chez PostPress. Copiez les détails pour le support PostPress.</translation>
    </message>
    <message>
        <source>PostPress refused the request</source>
        <translation>PostPress a refusé la requête</translation>
    </message>
    <message>
        <source>%1 rejected the code: it may be mistyped, or it has expired, since most codes expire within minutes.</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation>%1 a refusé le code&#x202f;: il a peut-être été mal saisi, ou il a expiré, car la plupart des codes expirent en quelques minutes.</translation>
    </message>
    <message>
        <source>Ask the customer for the newest code, or send a new one with Resend code, then type it in.</source>
        <translation>Demandez au client le code le plus récent, ou faites-en envoyer un nouveau avec Renvoyer le code, puis saisissez-le.</translation>
    </message>
    <message>
        <source>Ask the customer for the newest code, then type it in.</source>
        <translation>Demandez au client le code le plus récent, puis saisissez-le.</translation>
    </message>
    <message>
        <source>The code was not accepted</source>
        <translation>Le code n’a pas été accepté</translation>
    </message>
    <message>
        <source>This checkpoint cannot be solved here</source>
        <translation>Cette vérification ne peut pas être résolue ici</translation>
    </message>
    <message>
        <source>%1 says this checkpoint cannot be solved with a code. Start the connection again from the beginning in PostPress; if this happens again, copy the details for PostPress support.</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation>%1 indique que cette vérification ne peut pas être résolue avec un code. Relancez la connexion depuis le début dans PostPress&#x202f;; si cela se reproduit, copiez les détails pour le support PostPress.</translation>
    </message>
    <message>
        <source>No API key was sent</source>
        <translation>Aucune clé API n’a été envoyée</translation>
    </message>
    <message>
        <source>PostPress received no API key, so nothing was done with the code. Enter the key from the PostPress dashboard, then submit again.</source>
        <translation>PostPress n’a reçu aucune clé API&#x202f;; le code n’a donc pas été utilisé. Saisissez la clé du tableau de bord PostPress, puis envoyez de nouveau.</translation>
    </message>
    <message>
        <source>The API key has expired</source>
        <translation>La clé API a expiré</translation>
    </message>
    <message>
        <source>PostPress refused the API key because it has expired, so nothing was done with the code. Get a new key from the PostPress dashboard, enter it, then submit again.</source>
        <translation>PostPress a refusé la clé API car elle a expiré&#x202f;; le code n’a donc pas été utilisé. Obtenez une nouvelle clé dans le tableau de bord PostPress, saisissez-la, puis envoyez de nouveau.</translation>
    </message>
    <message>
        <source>The API key was not accepted</source>
        <translation>La clé API n’a pas été acceptée</translation>
    </message>
    <message>
        <source>PostPress refused the API key: it is wrong or no longer valid, so nothing was done with the code. Enter the right key from the PostPress dashboard, then submit again.</source>
        <translation>PostPress a refusé la clé API&#x202f;: elle est erronée ou n’est plus valide, et le code n’a donc pas été utilisé. Saisissez la bonne clé du tableau de bord PostPress, puis envoyez de nouveau.</translation>
    </message>
    <message>
        <source>%1 has restricted this account</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation>%1 a restreint ce compte</translation>
    </message>
    <message>
        <source>%1 has restricted or suspended the customer&apos;s account, so it cannot be connected now. Tell the customer to sign in to %1 directly and follow its steps to lift the restriction, then connect again.</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation>%1 a restreint ou suspendu le compte du client, qui ne peut donc pas être connecté pour l’instant. Dites au client de se connecter directement à %1 et de suivre les étapes indiquées pour lever la restriction, puis relancez la connexion.</translation>
    </message>
    <message>
        <source>The login belongs to another account</source>
        <translation>La connexion appartient à un autre compte</translation>
    </message>
    <message>
        <source>The credentials of this login do not match the account id. Check the account id, and ask the customer whether they signed in to %1 with another account.</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation>Les identifiants de cette connexion ne correspondent pas à l’identifiant du compte. Vérifiez l’identifiant du compte et demandez au client s’il s’est connecté à %1 avec un autre compte.</translation>
    </message>
    <message>
        <source>The account lacks permissions</source>
        <translation>Le compte n’a pas les autorisations nécessaires</translation>
    </message>
    <message>
        <source>The account does not have the permissions this needs. Ask the customer whether their %1 account has the access it needs (for example an admin role), or escalate to whoever manages your PostPress workspace.</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation>Le compte n’a pas les autorisations requises. Demandez au client si son compte %1 dispose des accès nécessaires (par exemple un rôle d’administrateur), ou faites remonter le problème au gestionnaire de votre espace de travail PostPress.</translation>
    </message>
    <message>
        <source>The login session belongs to another account</source>
        <translation>La session de connexion appartient à un autre compte</translation>
    </message>
    <message>
        <source>The session PostPress holds does not match this account, for example after a login was started for another account. Start the connection again in PostPress, then enter the new code.</source>
        <translation>La session que détient PostPress ne correspond pas à ce compte, par exemple parce qu’une connexion a été lancée pour un autre compte. Relancez la connexion dans PostPress, puis saisissez le nouveau code.</translation>
    </message>
    <message>
        <source>Not included in your PostPress plan</source>
        <translation>Non inclus dans votre forfait PostPress</translation>
    </message>
    <message>
        <source>Connecting this account needs a feature that is not part of your PostPress subscription; the customer cannot fix this. Escalate to whoever owns your PostPress plan.</source>
        <translation>La connexion de ce compte nécessite une fonctionnalité qui ne fait pas partie de votre abonnement PostPress&#x202f;; le client ne peut rien y faire. Faites remonter le problème au titulaire de votre forfait PostPress.</translation>
    </message>
    <message>
        <source>A PostPress subscription is needed</source>
        <translation>Un abonnement PostPress est nécessaire</translation>
    </message>
    <message>
        <source>Your PostPress workspace has no active subscription for this; the customer cannot fix this. Ask whoever owns your PostPress plan to renew or upgrade it.</source>
        <translation>Votre espace de travail PostPress n’a pas d’abonnement actif pour cela&#x202f;; le client ne peut rien y faire. Demandez au titulaire de votre forfait PostPress de le renouveler ou de le mettre à niveau.</translation>
    </message>
    <message>
        <source>No login in progress for this account</source>
        <translation>Aucune connexion en cours pour ce compte</translation>
    </message>
    <message>
        <source>PostPress has no login in progress for this account id: it may have expired or the id may be wrong. Check the account id, or start the connection again in PostPress.</source>
        <translation>PostPress n’a aucune connexion en cours pour cet identifiant de compte&#x202f;: elle a peut-être expiré, ou l’identifiant est erroné. Vérifiez l’identifiant du compte, ou relancez la connexion dans PostPress.</translation>
    </message>
    <message>
        <source>The customer must finish a step in %1</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation>Le client doit terminer une étape dans %1</translation>
    </message>
    <message>
        <source>%1 needs the customer to complete a step in its own app or website, such as confirming their identity. Ask them to open %1 and finish it, then press Retry.</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation>%1 demande au client de terminer une étape dans sa propre application ou sur son site web, comme la confirmation de son identité. Demandez-lui d’ouvrir %1 et de la terminer, puis cliquez sur Réessayer.</translation>
    </message>
    <message>
        <source>Access is restricted</source>
        <translation>L’accès est restreint</translation>
    </message>
    <message>
        <source>PostPress does not let this API key use this account or feature. Escalate to whoever manages your PostPress workspace, with the details copied.</source>
        <translation>PostPress n’autorise pas cette clé API à utiliser ce compte ou cette fonctionnalité. Faites remonter le problème au gestionnaire de votre espace de travail PostPress, avec les détails copiés.</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Non autorisé</translation>
    </message>
    <message>
        <source>Copy the details and pass them to PostPress support.</source>
        <translation>Copiez les détails et transmettez-les au support PostPress.</translation>
    </message>
    <message>
        <source>The account&apos;s proxy refused the login</source>
        <translation>Le proxy du compte a refusé l’authentification</translation>
    </message>
    <message>
        <source>The proxy set for this account in PostPress rejected the connection (this is not your own network). Retry shortly; if it keeps failing, check the proxy&apos;s user name and password in PostPress or change the proxy.</source>
        <translation>Le proxy défini pour ce compte dans PostPress a rejeté la connexion (il ne s’agit pas de votre propre réseau). Réessayez dans un instant&#x202f;; si l’échec persiste, vérifiez le nom d’utilisateur et le mot de passe du proxy dans PostPress, ou changez de proxy.</translation>
    </message>
    <message>
        <source>A proxy asked for a login</source>
        <translation>Un proxy a demandé une authentification</translation>
    </message>
    <message>
        <source>Either the account&apos;s proxy in PostPress or your own network&apos;s proxy wants a login; retry shortly, and if it keeps failing, ask IT.</source>
        <translation>Le proxy du compte dans PostPress ou celui de votre propre réseau demande une authentification&#x202f;; réessayez dans un instant et, si l’échec persiste, contactez le service informatique.</translation>
    </message>
    <message>
        <source>Result unknown: no answer in time</source>
        <translation>Résultat inconnu&#x202f;: pas de réponse à temps</translation>
    </message>
    <message>
        <source>%1 did not answer PostPress in time.</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation>%1 n’a pas répondu à PostPress à temps.</translation>
    </message>
    <message>
        <source>Result unknown: the request timed out</source>
        <translation>Résultat inconnu&#x202f;: la requête a expiré</translation>
    </message>
    <message>
        <source>The request timed out on its way between PostPress and %1.</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation>La requête a expiré entre PostPress et %1.</translation>
    </message>
    <message>
        <source>Another operation replaced this one</source>
        <translation>Une autre opération a remplacé celle-ci</translation>
    </message>
    <message>
        <source>A later operation on this account cancelled this one, often a colleague or another window working on the same account. Find out who else is on it before doing anything more, so you do not undo each other&apos;s work.</source>
        <translation>Une opération plus récente sur ce compte a annulé celle-ci, souvent celle d’un collègue ou d’une autre fenêtre travaillant sur le même compte. Découvrez qui d’autre s’en occupe avant d’aller plus loin, pour ne pas défaire le travail l’un de l’autre.</translation>
    </message>
    <message>
        <source>Account already connected</source>
        <translation>Compte déjà connecté</translation>
    </message>
    <message>
        <source>PostPress already has this account connected, so there is nothing left to do here. Check in PostPress that it is the account the customer expects.</source>
        <translation>Ce compte est déjà connecté dans PostPress&#x202f;: il n’y a plus rien à faire ici. Vérifiez dans PostPress qu’il s’agit bien du compte attendu par le client.</translation>
    </message>
    <message>
        <source>Another operation is in the way</source>
        <translation>Une autre opération bloque celle-ci</translation>
    </message>
    <message>
        <source>Check whether a colleague or another window is working on this account before trying again.</source>
        <translation>Vérifiez si un collègue ou une autre fenêtre travaille sur ce compte avant de réessayer.</translation>
    </message>
    <message>
        <source>Check the account id, the provider and the code; if they look right, copy the details for PostPress support.</source>
        <translation>Vérifiez l’identifiant du compte, la plateforme et le code&#x202f;; s’ils semblent corrects, copiez les détails pour le support PostPress.</translation>
    </message>
    <message>
        <source>PostPress has a problem on its side</source>
        <translation>PostPress rencontre un problème de son côté</translation>
    </message>
    <message>
        <source>Check the account in PostPress before trying again, and copy the details for a ticket.</source>
        <translation>Vérifiez le compte dans PostPress avant de réessayer, et copiez les détails pour un ticket.</translation>
    </message>
    <message>
        <source>Something went wrong at PostPress</source>
        <translation>Un problème est survenu chez PostPress</translation>
    </message>
    <message>
        <source>PostPress hit an unexpected error on its side; if it happens again, copy the details for PostPress support.</source>
        <translation>PostPress a rencontré une erreur inattendue de son côté&#x202f;; si cela se reproduit, copiez les détails pour le support PostPress.</translation>
    </message>
    <message>
        <source>%1 is having problems</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation>%1 rencontre des problèmes</translation>
    </message>
    <message>
        <source>%1 itself is having operational problems, which is not the customer&apos;s fault; if the code expires meanwhile, ask for a new one.</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation>%1 rencontre lui-même des problèmes de fonctionnement, dont le client n’est pas responsable&#x202f;; si le code expire entre-temps, demandez-en un nouveau.</translation>
    </message>
    <message>
        <source>The login attempt has ended</source>
        <translation>La tentative de connexion est terminée</translation>
    </message>
    <message>
        <source>The login attempt was stopped after a failure or expired (it lasts about five minutes), so no code can finish it. Start the connection again from the beginning in PostPress, then enter the new code the customer receives.</source>
        <translation>La tentative de connexion a été interrompue après un échec ou a expiré (elle dure environ cinq minutes)&#x202f;: aucun code ne peut plus la terminer. Relancez la connexion depuis le début dans PostPress, puis saisissez le nouveau code que le client reçoit.</translation>
    </message>
    <message>
        <source>PostPress has no session for this account right now</source>
        <translation>PostPress n’a pas de session pour ce compte en ce moment</translation>
    </message>
    <message>
        <source>PostPress has no session running for this account at the moment; it usually comes back by itself.</source>
        <translation>PostPress n’a actuellement aucune session active pour ce compte&#x202f;; elle revient généralement d’elle-même.</translation>
    </message>
    <message>
        <source>PostPress cannot reach the account&apos;s session</source>
        <translation>PostPress ne peut pas joindre la session du compte</translation>
    </message>
    <message>
        <source>PostPress cannot reach the session for this account at the moment.</source>
        <translation>PostPress ne peut pas joindre la session de ce compte pour le moment.</translation>
    </message>
    <message>
        <source>PostPress cannot handle this right now</source>
        <translation>PostPress ne peut pas traiter cela pour l’instant</translation>
    </message>
    <message>
        <source>PostPress has nothing ready to handle this request at the moment.</source>
        <translation>PostPress n’a pour le moment rien de prêt pour traiter cette requête.</translation>
    </message>
    <message>
        <source>PostPress&apos;s network is down</source>
        <translation>Le réseau de PostPress est en panne</translation>
    </message>
    <message>
        <source>The network on PostPress&apos;s side is down; this is not your connection or the customer&apos;s.</source>
        <translation>Le réseau est en panne du côté de PostPress&#x202f;; ni votre connexion ni celle du client ne sont en cause.</translation>
    </message>
    <message>
        <source>PostPress is temporarily unavailable</source>
        <translation>PostPress est temporairement indisponible</translation>
    </message>
    <message>
        <source>PostPress is temporarily unavailable; this usually passes quickly.</source>
        <translation>PostPress est temporairement indisponible&#x202f;; cela passe généralement vite.</translation>
    </message>
    <message>
        <source>PostPress does not know this account</source>
        <translation>PostPress ne connaît pas ce compte</translation>
    </message>
    <message>
        <source>PostPress found no such account or address. Check the account id; if it is right, check the API address this window was opened with.</source>
        <translation>PostPress n’a trouvé ni ce compte ni cette adresse. Vérifiez l’identifiant du compte&#x202f;; s’il est correct, vérifiez l’adresse de l’API avec laquelle cette fenêtre a été ouverte.</translation>
    </message>
    <message>
        <source>Another login is in progress for this account</source>
        <translation>Une autre connexion est en cours pour ce compte</translation>
    </message>
    <message>
        <source>Another login attempt for this account is still running, perhaps from a colleague or another window.</source>
        <translation>Une autre tentative de connexion à ce compte est toujours en cours, peut-être celle d’un collègue ou d’une autre fenêtre.</translation>
    </message>
    <message>
        <source>Too many attempts: wait a moment</source>
        <translation>Trop de tentatives&#x202f;: patientez un moment</translation>
    </message>
    <message>
        <source>PostPress is limiting how fast requests may be sent.</source>
        <translation>PostPress limite la fréquence d’envoi des requêtes.</translation>
    </message>
    <message>
        <source>The account&apos;s proxy is not working</source>
        <translation>Le proxy du compte ne fonctionne pas</translation>
    </message>
    <message>
        <source>The proxy set for this account in PostPress is failing (this is not your own network). Retry shortly; if it keeps failing, change the account&apos;s proxy in PostPress.</source>
        <translation>Le proxy défini pour ce compte dans PostPress est défaillant (il ne s’agit pas de votre propre réseau). Réessayez dans un instant&#x202f;; si l’échec persiste, changez le proxy du compte dans PostPress.</translation>
    </message>
    <message>
        <source>Result unknown: no answer from PostPress</source>
        <translation>Résultat inconnu&#x202f;: pas de réponse de PostPress</translation>
    </message>
    <message>
        <source>The request left, but PostPress did not answer in time.</source>
        <translation>La requête est partie, mais PostPress n’a pas répondu à temps.</translation>
    </message>
    <message>
        <source>Result unknown: the connection dropped</source>
        <translation>Résultat inconnu&#x202f;: la connexion a été coupée</translation>
    </message>
    <message>
        <source>The connection dropped after the request left, before PostPress answered.</source>
        <translation>La connexion a été coupée après le départ de la requête, avant la réponse de PostPress.</translation>
    </message>
    <message>
        <source>Cancelled: result unknown</source>
        <translation>Annulé&#x202f;: résultat inconnu</translation>
    </message>
    <message>
        <source>You cancelled after the request had left, so PostPress may have received it.</source>
        <translation>Vous avez annulé après le départ de la requête&#x202f;: PostPress l’a peut-être reçue.</translation>
    </message>
    <message>
        <source>Result unknown: the answer was too large</source>
        <translation>Résultat inconnu&#x202f;: réponse trop volumineuse</translation>
    </message>
    <message>
        <source>PostPress sent an answer far larger than expected, so the app did not read it.</source>
        <translation>PostPress a envoyé une réponse bien plus volumineuse que prévu&#x202f;; l’application ne l’a donc pas lue.</translation>
    </message>
    <message>
        <source>Result unknown: your network&apos;s proxy failed</source>
        <translation>Résultat inconnu&#x202f;: échec du proxy de votre réseau</translation>
    </message>
    <message>
        <source>The proxy of your own network failed after the request left.</source>
        <translation>Le proxy de votre propre réseau a échoué après le départ de la requête.</translation>
    </message>
    <message>
        <source>Result unknown: the connection failed</source>
        <translation>Résultat inconnu&#x202f;: échec de la connexion</translation>
    </message>
    <message>
        <source>The connection failed after the request left, before a full answer came back.</source>
        <translation>La connexion a échoué après le départ de la requête, avant qu’une réponse complète ne revienne.</translation>
    </message>
    <message>
        <source>PostPress did not answer</source>
        <translation>PostPress n’a pas répondu</translation>
    </message>
    <message>
        <source>The connection timed out before the request was sent, so it is safe to retry. If it keeps happening, check your network.</source>
        <translation>La connexion a expiré avant l’envoi de la requête&#x202f;: vous pouvez réessayer sans risque. Si cela se reproduit, vérifiez votre réseau.</translation>
    </message>
    <message>
        <source>The connection to PostPress dropped</source>
        <translation>La connexion à PostPress a été coupée</translation>
    </message>
    <message>
        <source>The connection dropped before the request was sent, so it is safe to retry.</source>
        <translation>La connexion a été coupée avant l’envoi de la requête&#x202f;: vous pouvez réessayer sans risque.</translation>
    </message>
    <message>
        <source>Cancelled, nothing sent</source>
        <translation>Annulé, rien n’a été envoyé</translation>
    </message>
    <message>
        <source>You cancelled before the request left this computer, so the code was not used. Submit it again when you are ready.</source>
        <translation>Vous avez annulé avant que la requête ne quitte cet ordinateur&#x202f;: le code n’a pas été utilisé. Envoyez-le de nouveau quand vous serez prêt.</translation>
    </message>
    <message>
        <source>Your network&apos;s proxy failed</source>
        <translation>Le proxy de votre réseau a échoué</translation>
    </message>
    <message>
        <source>The proxy of your own network (not the account&apos;s proxy in PostPress) did not pass the request on, so nothing was sent. Retry; if it keeps failing, ask your IT team.</source>
        <translation>Le proxy de votre propre réseau (et non celui du compte dans PostPress) n’a pas transmis la requête&#x202f;: rien n’a été envoyé. Réessayez&#x202f;; si l’échec persiste, contactez votre service informatique.</translation>
    </message>
    <message>
        <source>Could not reach PostPress</source>
        <translation>Impossible de joindre PostPress</translation>
    </message>
    <message>
        <source>The connection failed before the request was sent, so it is safe to retry. If it keeps happening, check your network or tell your IT team.</source>
        <translation>La connexion a échoué avant l’envoi de la requête&#x202f;: vous pouvez réessayer sans risque. Si cela se reproduit, vérifiez votre réseau ou prévenez votre service informatique.</translation>
    </message>
    <message>
        <source>Not sent: the API address is not secure</source>
        <translation>Non envoyé&#x202f;: l’adresse de l’API n’est pas sécurisée</translation>
    </message>
    <message>
        <source>The API address uses plain http, so the app refused to send the key and the code over it; nothing was sent. Open the window with an address starting with https://.</source>
        <translation>L’adresse de l’API utilise http non chiffré&#x202f;: l’application a refusé d’y envoyer la clé et le code, et rien n’a été envoyé. Ouvrez la fenêtre avec une adresse commençant par https://.</translation>
    </message>
    <message>
        <source>Could not connect to PostPress</source>
        <translation>Connexion à PostPress impossible</translation>
    </message>
    <message>
        <source>PostPress refused the connection, so nothing was sent and it is safe to retry. If it keeps happening, check your network and the API address.</source>
        <translation>PostPress a refusé la connexion&#x202f;: rien n’a été envoyé et vous pouvez réessayer sans risque. Si cela se reproduit, vérifiez votre réseau et l’adresse de l’API.</translation>
    </message>
    <message>
        <source>PostPress&apos;s address was not found</source>
        <translation>L’adresse de PostPress est introuvable</translation>
    </message>
    <message>
        <source>The API address could not be looked up, so nothing was sent and it is safe to retry. Check that this computer is online and the address is spelled right.</source>
        <translation>L’adresse de l’API n’a pas pu être résolue&#x202f;: rien n’a été envoyé et vous pouvez réessayer sans risque. Vérifiez que cet ordinateur est en ligne et que l’adresse est bien orthographiée.</translation>
    </message>
    <message>
        <source>The connection to PostPress is not trusted</source>
        <translation>La connexion à PostPress n’est pas fiable</translation>
    </message>
    <message>
        <source>The secure connection to PostPress could not be verified, so nothing was sent. Do not try to work around it: tell your IT team, as someone may be intercepting the connection.</source>
        <translation>La connexion sécurisée à PostPress n’a pas pu être vérifiée&#x202f;: rien n’a été envoyé. N’essayez pas de contourner le problème&#x202f;: prévenez votre service informatique, car quelqu’un intercepte peut-être la connexion.</translation>
    </message>
    <message>
        <source>PostPress answered with a redirect</source>
        <translation>PostPress a répondu par une redirection</translation>
    </message>
    <message>
        <source>The app never follows redirects, so your API key and the code went nowhere else. Check the API address this window was opened with: it may be outdated or miss https:// or the version path.</source>
        <translation>L’application ne suit jamais les redirections&#x202f;: votre clé API et le code ne sont allés nulle part ailleurs. Vérifiez l’adresse de l’API avec laquelle cette fenêtre a été ouverte&#x202f;: elle est peut-être obsolète, ou il lui manque https:// ou le chemin de version.</translation>
    </message>
    <message>
        <source>Not sent: part of the app is missing</source>
        <translation>Non envoyé&#x202f;: une partie de l’application manque</translation>
    </message>
    <message>
        <source>The part of this app that sends requests is missing or broken, so nothing was sent and the code was not used. Reinstall PostPress Checkpoint, or ask your IT team to reinstall it.</source>
        <translation>La partie de l’application qui envoie les requêtes manque ou est endommagée&#x202f;: rien n’a été envoyé et le code n’a pas été utilisé. Réinstallez PostPress Checkpoint, ou demandez à votre service informatique de le réinstaller.</translation>
    </message>
    <message>
        <source>You sent account %1, but PostPress answered about account %2. Check account %1 in PostPress before telling the customer anything, and copy the details for a ticket.</source>
        <extracomment>%1 is the account id that was sent, %2 the one PostPress answered about</extracomment>
        <translation>Vous avez envoyé le compte %1, mais PostPress a répondu au sujet du compte %2. Vérifiez le compte %1 dans PostPress avant de dire quoi que ce soit au client, et copiez les détails pour un ticket.</translation>
    </message>
    <message>
        <source>PostPress answered about another account</source>
        <translation>PostPress a répondu au sujet d’un autre compte</translation>
    </message>
    <message>
        <source>%1 wants a mobile number for this account. Pick the country and type the number as the customer says it.</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation>%1 veut un numéro de mobile pour ce compte. Choisissez le pays et saisissez le numéro tel que le client le dit.</translation>
    </message>
</context>
<context>
    <name>HelpdeskLink</name>
    <message>
        <source>A link never carries a code or a key: the agent types the code the customer reads out, and the API key comes from the system keychain. The link was not opened.</source>
        <translation>Un lien ne contient jamais de code ni de clé&#x202f;: l’agent saisit le code que le client lui dicte, et la clé API vient du trousseau du système. Le lien n’a pas été ouvert.</translation>
    </message>
    <message>
        <source>A link cannot choose the API server; only --api-url on the command line or the settings can. The link was not opened.</source>
        <translation>Un lien ne peut pas choisir le serveur de l’API&#x202f;; seuls --api-url sur la ligne de commande ou les paramètres le peuvent. Le lien n’a pas été ouvert.</translation>
    </message>
    <message>
        <source>The link has an empty parameter (&quot;&amp;&amp;&quot;, or &quot;&amp;&quot; at an end).</source>
        <translation>Le lien contient un paramètre vide («&#x202f;&amp;&amp;&#x202f;», ou «&#x202f;&amp;&#x202f;» à une extrémité).</translation>
    </message>
    <message>
        <source>The link is not correctly encoded: &quot;%&quot; must be followed by two hexadecimal digits, and the bytes must be UTF-8 text.</source>
        <translation>Le lien n’est pas correctement encodé&#x202f;: «&#x202f;%&#x202f;» doit être suivi de deux chiffres hexadécimaux, et les octets doivent former du texte UTF-8.</translation>
    </message>
    <message>
        <source>The parameter %1 appears more than once in the link.</source>
        <translation>Le paramètre %1 apparaît plusieurs fois dans le lien.</translation>
    </message>
    <message>
        <source>The parameter %1 in the link has no value.</source>
        <translation>Le paramètre %1 du lien n’a pas de valeur.</translation>
    </message>
    <message>
        <source>The value of %1 in the link contains spaces or control characters.</source>
        <translation>La valeur de %1 dans le lien contient des espaces ou des caractères de contrôle.</translation>
    </message>
    <message>
        <source>The link names no account: it needs account_id, as in %1.</source>
        <translation>Le lien n’indique aucun compte&#x202f;: il lui faut account_id, comme dans %1.</translation>
    </message>
    <message>
        <source>The link is too long: %1 characters, at most %2.</source>
        <translation>Le lien est trop long&#x202f;: %1 caractères, %2 au maximum.</translation>
    </message>
    <message>
        <source>The link contains spaces or characters that a link must percent-encode.</source>
        <translation>Le lien contient des espaces ou des caractères qu’un lien doit encoder en pourcentage.</translation>
    </message>
    <message>
        <source>The link is not in the expected form %1.</source>
        <translation>Le lien n’a pas la forme attendue %1.</translation>
    </message>
    <message>
        <source>The link must not have a fragment (&quot;#&quot; and what follows).</source>
        <translation>Le lien ne doit pas avoir de fragment («&#x202f;#&#x202f;» et ce qui suit).</translation>
    </message>
    <message>
        <source>This link is for another program: PostPress Checkpoint opens only links like %1.</source>
        <translation>Ce lien est destiné à un autre programme&#x202f;: PostPress Checkpoint n’ouvre que les liens comme %1.</translation>
    </message>
    <message>
        <source>The link has an unknown parameter. A link carries only account_id, provider and ticket.</source>
        <translation>Le lien contient un paramètre inconnu. Un lien ne contient que account_id, provider et ticket.</translation>
    </message>
    <message>
        <source>The link has an unknown parameter &quot;%1&quot;. A link carries only account_id, provider and ticket.</source>
        <translation>Le lien contient un paramètre inconnu, «&#x202f;%1&#x202f;». Un lien ne contient que account_id, provider et ticket.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>History is off: Qt&apos;s SQLite driver is not installed (libqt6sql6-sqlite).</source>
        <translation>Historique désactivé&#x202f;: le pilote SQLite de Qt n’est pas installé (libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>History is off: its folder %1 cannot be created.</source>
        <translation>Historique désactivé&#x202f;: son dossier %1 ne peut pas être créé.</translation>
    </message>
    <message>
        <source>History is off: its file is damaged and cannot be moved aside.</source>
        <translation>Historique désactivé&#x202f;: son fichier est endommagé et ne peut pas être mis de côté.</translation>
    </message>
    <message>
        <source>The history file was damaged: it was moved to %1 and a new history started.</source>
        <translation>Le fichier d’historique était endommagé&#x202f;: il a été déplacé vers %1 et un nouvel historique a commencé.</translation>
    </message>
    <message>
        <source>History is off: another program is using its file.</source>
        <translation>Historique désactivé&#x202f;: un autre programme utilise son fichier.</translation>
    </message>
    <message>
        <source>History is off: the disk is full.</source>
        <translation>Historique désactivé&#x202f;: le disque est plein.</translation>
    </message>
    <message>
        <source>History is off: its file %1 cannot be written.</source>
        <translation>Historique désactivé&#x202f;: son fichier %1 ne peut pas être écrit.</translation>
    </message>
    <message>
        <source>History is off: its file is damaged.</source>
        <translation>Historique désactivé&#x202f;: son fichier est endommagé.</translation>
    </message>
    <message>
        <source>History is off: %1</source>
        <extracomment>%1 is SQLite&apos;s own message, in English</extracomment>
        <translation>Historique désactivé&#x202f;: %1</translation>
    </message>
</context>
<context>
    <name>HistoryExport</name>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Request ID %1</source>
        <translation>ID de requête %1</translation>
    </message>
    <message>
        <source>Ticket %1</source>
        <translation>Ticket %1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>A duration in seconds with one decimal, e.g. &quot;1.2 s&quot;</extracomment>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>ID du compte</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Problem type</source>
        <translation>Type de problème</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>ID de requête</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source>Attempt history</source>
        <translation>Historique des tentatives</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher&#x202f;:</translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>Rechercher dans l’historique</translation>
    </message>
    <message>
        <source>Account, ticket, request ID, outcome…</source>
        <translation>Compte, ticket, ID de requête, résultat…</translation>
    </message>
    <message>
        <source>Only this window&apos;s account</source>
        <translation>Seulement le compte de cette fenêtre</translation>
    </message>
    <message>
        <source>Attempts, newest first</source>
        <translation>Tentatives, les plus récentes d’abord</translation>
    </message>
    <message>
        <source>&amp;Copy for ticket</source>
        <translation>&amp;Copier pour le ticket</translation>
    </message>
    <message>
        <source>Copy the selected attempts for a ticket</source>
        <translation>Copier les tentatives sélectionnées pour un ticket</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export the attempts shown as CSV</source>
        <translation>Exporter les tentatives affichées en CSV</translation>
    </message>
    <message>
        <source>C&amp;lear history…</source>
        <translation>E&amp;ffacer l’historique…</translation>
    </message>
    <message>
        <source>Clear the whole history</source>
        <translation>Effacer tout l’historique</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>The history could not be saved to %1: %2</source>
        <extracomment>%1 is the file, %2 the system&apos;s reason</extracomment>
        <translation>L’historique n’a pas pu être enregistré dans %1&#x202f;: %2</translation>
    </message>
    <message>
        <source>No attempts are recorded on this computer yet.</source>
        <translation>Aucune tentative n’est encore enregistrée sur cet ordinateur.</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n attempt(s).</source>
        <translation>
            <numerusform>Affichage&#x202f;: %1 sur %n tentative.</numerusform>
            <numerusform>Affichage&#x202f;: %1 sur %n tentatives.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Only account %1</source>
        <extracomment>%1 is an account id</extracomment>
        <translation>&amp;Seulement le compte %1</translation>
    </message>
    <message>
        <source>Export history as CSV</source>
        <translation>Exporter l’historique en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Clear the history?</source>
        <translation>Effacer l’historique&#x202f;?</translation>
    </message>
    <message>
        <source>Remove every attempt recorded on this computer, for every account? This cannot be undone.</source>
        <translation>Supprimer toutes les tentatives enregistrées sur cet ordinateur, pour tous les comptes&#x202f;? Cette action est irréversible.</translation>
    </message>
    <message>
        <source>&amp;Clear history</source>
        <translation>&amp;Effacer l’historique</translation>
    </message>
</context>
<context>
    <name>InstanceMessage</name>
    <message>
        <source>The field %1 is not text.</source>
        <translation>Le champ %1 n’est pas du texte.</translation>
    </message>
    <message>
        <source>The field %1 is not an activation token.</source>
        <translation>Le champ %1 n’est pas un jeton d’activation.</translation>
    </message>
    <message>
        <source>The message has a field it may not carry.</source>
        <translation>Le message contient un champ non autorisé.</translation>
    </message>
    <message>
        <source>The message is not of version %1.</source>
        <translation>Le message n’est pas en version %1.</translation>
    </message>
    <message>
        <source>The message is longer than %1 bytes.</source>
        <translation>Le message dépasse %1 octets.</translation>
    </message>
    <message>
        <source>The message is not a JSON object.</source>
        <translation>Le message n’est pas un objet JSON.</translation>
    </message>
    <message>
        <source>The message is empty or longer than %1 bytes.</source>
        <translation>Le message est vide ou dépasse %1 octets.</translation>
    </message>
    <message>
        <source>More bytes followed the message.</source>
        <translation>D’autres octets suivaient le message.</translation>
    </message>
</context>
<context>
    <name>KeyStateLine</name>
    <message>
        <source>Waiting for the system keychain…</source>
        <translation>En attente du trousseau du système…</translation>
    </message>
    <message>
        <source>Saving the API key in the system keychain…</source>
        <translation>Enregistrement de la clé API dans le trousseau du système…</translation>
    </message>
    <message>
        <source>No API key yet: nothing can be sent until one is entered.</source>
        <translation>Pas encore de clé API&#x202f;: rien ne peut être envoyé avant qu’elle soit saisie.</translation>
    </message>
    <message>
        <source>API key from the system keychain.</source>
        <translation>Clé API issue du trousseau du système.</translation>
    </message>
    <message>
        <source>API key for this session only: it is forgotten when the app quits.</source>
        <translation>Clé API pour cette session seulement&#x202f;: elle sera oubliée à la fermeture de l’application.</translation>
    </message>
    <message>
        <source>The system keychain failed.</source>
        <translation>Erreur du trousseau du système.</translation>
    </message>
    <message>
        <source>&amp;Enter API key…</source>
        <translation>&amp;Saisir la clé API…</translation>
    </message>
    <message>
        <source>Enter API key</source>
        <translation>Saisir la clé API</translation>
    </message>
    <message>
        <source>Syste&amp;m details</source>
        <translation>Détails s&amp;ystème</translation>
    </message>
    <message>
        <source>What the system keychain said, for support</source>
        <translation>Ce que le trousseau du système a signalé, pour l’assistance</translation>
    </message>
</context>
<context>
    <name>KeychainApiKeyStore</name>
    <message>
        <source>The API key could not be read from the system keychain.</source>
        <translation>Impossible de lire la clé API dans le trousseau du système.</translation>
    </message>
    <message>
        <source>The API key could not be saved in the system keychain.</source>
        <translation>Impossible d’enregistrer la clé API dans le trousseau du système.</translation>
    </message>
    <message>
        <source>The API key could not be removed from the system keychain.</source>
        <translation>Impossible de supprimer la clé API du trousseau du système.</translation>
    </message>
    <message>
        <source>No keychain service (such as GNOME Keyring or KWallet) is running or set up in this session.</source>
        <translation>Aucun service de trousseau (comme GNOME Keyring ou KWallet) n’est lancé ou configuré dans cette session.</translation>
    </message>
    <message>
        <source>The keychain is locked or refused access. Unlock it and try again.</source>
        <translation>Le trousseau est verrouillé ou a refusé l’accès. Déverrouillez-le et réessayez.</translation>
    </message>
    <message>
        <source>The keychain reported an error.</source>
        <translation>Le trousseau a signalé une erreur.</translation>
    </message>
    <message>
        <source>The system keychain is locked, so the stored API key cannot be read. Unlock it (for example by logging in again) and restart the program, or use the key for this session only.</source>
        <translation>Le trousseau du système est verrouillé&#x202f;: la clé API enregistrée ne peut pas être lue. Déverrouillez-le (par exemple en vous reconnectant) et redémarrez le programme, ou utilisez la clé pour cette session seulement.</translation>
    </message>
</context>
<context>
    <name>LaunchOptions</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>Afficher cette aide et quitter.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Afficher la version et quitter.</translation>
    </message>
    <message>
        <source>The id of the account waiting at a checkpoint.</source>
        <translation>L’identifiant du compte en attente de vérification.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The provider: %1 (any letter case).</source>
        <translation>La plateforme&#x202f;: %1 (majuscules ou minuscules).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The PostPress API base URL (default %1).</source>
        <translation>L’URL de base de l’API PostPress (par défaut %1).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Usage: %1 [options] [ACCOUNT_ID]</source>
        <translation>Utilisation&#x202f;: %1 [options] [ACCOUNT_ID]</translation>
    </message>
    <message>
        <source>The API key is never given on the command line: the program asks for it and keeps it in the system keychain.</source>
        <translation>La clé API n’est jamais passée sur la ligne de commande&#x202f;: le programme la demande et la conserve dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Valid options: %1.</source>
        <translation>Options valides&#x202f;: %1.</translation>
    </message>
    <message>
        <source>--account-id needs a value.</source>
        <translation>--account-id nécessite une valeur.</translation>
    </message>
    <message>
        <source>Solve a PostPress login checkpoint with the code the customer reads out.</source>
        <translation>Résoudre une vérification de connexion PostPress avec le code que le client dicte.</translation>
    </message>
    <message>
        <source>Try &apos;postpress-checkpoint --help&apos; for the options.</source>
        <translation>Essayez «&#x202f;postpress-checkpoint --help&#x202f;» pour voir les options.</translation>
    </message>
    <message>
        <source>The link is for provider %1 but --provider says %2.</source>
        <translation>Le lien concerne la plateforme %1, mais --provider indique %2.</translation>
    </message>
    <message>
        <source>The id of the account (same as --account-id), or a helpdesk link: %1</source>
        <translation>L’identifiant du compte (comme --account-id), ou un lien d’assistance&#x202f;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Too many arguments: %n values were given without an option name. Give one account id; the API key is never given on the command line.</source>
        <translation>
            <numerusform>Trop d’arguments&#x202f;: %n valeur a été indiquée sans nom d’option. Indiquez un seul identifiant de compte&#x202f;; la clé API ne se passe jamais sur la ligne de commande.</numerusform>
            <numerusform>Trop d’arguments&#x202f;: %n valeurs ont été indiquées sans nom d’option. Indiquez un seul identifiant de compte&#x202f;; la clé API ne se passe jamais sur la ligne de commande.</numerusform>
        </translation>
    </message>
    <message>
        <source>--account-id and the value given without an option name differ. Give the account id once.</source>
        <translation>--account-id et la valeur indiquée sans nom d’option diffèrent. Indiquez l’identifiant du compte une seule fois.</translation>
    </message>
    <message>
        <source>This program has no option for the API key.</source>
        <translation>Ce programme n’a pas d’option pour la clé d’API.</translation>
    </message>
    <message>
        <source>Unknown option.</source>
        <translation>Option inconnue.</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Option inconnue «&#x202f;%1&#x202f;».</translation>
    </message>
    <message>
        <source>--%1 was given more than once, with different values. Give it once.</source>
        <translation>--%1 a été indiquée plusieurs fois, avec des valeurs différentes. Indiquez-la une seule fois.</translation>
    </message>
    <message>
        <source>The link is for another account than --account-id says. Give the account once.</source>
        <translation>Le lien concerne un autre compte que celui indiqué par --account-id. Indiquez le compte une seule fois.</translation>
    </message>
    <message>
        <source>The helpdesk ticket the attempts are for: letters, digits and _ - . #, at most %1.</source>
        <translation>Le ticket d’assistance auquel se rapportent les tentatives&#x202f;: lettres, chiffres et _ - . #, %1 au maximum.</translation>
    </message>
    <message>
        <source>--ticket needs a value.</source>
        <translation>--ticket nécessite une valeur.</translation>
    </message>
    <message>
        <source>The link is for another ticket than --ticket says. Give the ticket once.</source>
        <translation>Le lien concerne un autre ticket que celui indiqué par --ticket. Indiquez le ticket une seule fois.</translation>
    </message>
</context>
<context>
    <name>LaunchRequest</name>
    <message>
        <source>Unknown provider. Valid providers: %1.</source>
        <translation>Plateforme inconnue. Plateformes valides&#x202f;: %1.</translation>
    </message>
</context>
<context>
    <name>MemoryApiKeyStore</name>
    <message>
        <source>The test keychain was told to fail (%1).</source>
        <translation>Le trousseau de test a reçu l’ordre d’échouer (%1).</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>[API key removed]</source>
        <translation>[clé API retirée]</translation>
    </message>
</context>
<context>
    <name>OutcomeDetails</name>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Network: %1</source>
        <translation>Réseau&#x202f;: %1</translation>
    </message>
    <message>
        <source>Title: %1</source>
        <translation>Titre&#x202f;: %1</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>Détail&#x202f;: %1</translation>
    </message>
    <message>
        <source>The answer read: %1</source>
        <translation>Réponse reçue&#x202f;: %1</translation>
    </message>
</context>
<context>
    <name>OutcomePanel</name>
    <message>
        <source>Request ID:</source>
        <translation>ID de requête&#x202f;:</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>ID de requête</translation>
    </message>
    <message>
        <source>The identifier PostPress support asks for</source>
        <translation>L’identifiant que demande le support PostPress</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Cop&amp;ier</translation>
    </message>
    <message>
        <source>Copy the request ID to the clipboard</source>
        <translation>Copier l’ID de requête dans le presse-papiers</translation>
    </message>
    <message>
        <source>Copy request ID</source>
        <translation>Copier l’ID de requête</translation>
    </message>
    <message>
        <source>Enter a new cod&amp;e</source>
        <translation>&amp;Nouveau code</translation>
    </message>
    <message>
        <source>&amp;Resend code</source>
        <translation>&amp;Renvoyer le code</translation>
    </message>
    <message>
        <source>Enter phone num&amp;ber</source>
        <translation>&amp;Saisir le numéro</translation>
    </message>
    <message>
        <source>Replace AP&amp;I key…</source>
        <translation>Remp&amp;lacer la clé API…</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>Réessa&amp;yer</translation>
    </message>
    <message>
        <source>Start o&amp;ver</source>
        <translation>Reprendre à &amp;zéro</translation>
    </message>
    <message>
        <source>Copy &amp;for ticket</source>
        <translation>Copier pour le &amp;ticket</translation>
    </message>
    <message>
        <source>Copy a summary for the ticket: time, account, outcome and request ID (never the code)</source>
        <translation>Copier un résumé pour le ticket&#x202f;: heure, compte, résultat et ID de requête (jamais le code)</translation>
    </message>
    <message numerus="yes">
        <source>Retry in %n s</source>
        <translation>
            <numerusform>Réessayer dans %n s</numerusform>
            <numerusform>Réessayer dans %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Technical details</source>
        <translation>Détails tec&amp;hniques</translation>
    </message>
    <message>
        <source>What the server answered, for PostPress support</source>
        <translation>Ce que le serveur a répondu, pour le support PostPress</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Détails techniques</translation>
    </message>
    <message>
        <source>&amp;Close window</source>
        <translation>&amp;Fermer la fenêtre</translation>
    </message>
    <message>
        <source>Close window</source>
        <translation>Fermer la fenêtre</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>PhoneNumberFormatter</name>
    <message>
        <source>The number is too short for %1.</source>
        <translation>Le numéro est trop court (pays&#x202f;: %1).</translation>
    </message>
    <message>
        <source>The number is too long for %1.</source>
        <translation>Le numéro est trop long (pays&#x202f;: %1).</translation>
    </message>
    <message>
        <source>The number has the wrong number of digits for %1.</source>
        <translation>Le numéro n’a pas le bon nombre de chiffres (pays&#x202f;: %1).</translation>
    </message>
    <message>
        <source>The number is incomplete: the area code is missing.</source>
        <translation>Le numéro est incomplet&#x202f;: l’indicatif régional manque.</translation>
    </message>
    <message>
        <source>The country code after &quot;+&quot; does not exist.</source>
        <translation>L’indicatif de pays après «&#x202f;+&#x202f;» n’existe pas.</translation>
    </message>
    <message>
        <source>This is not a valid number in %1: check the digits.</source>
        <translation>Ce numéro n’est pas valide (pays&#x202f;: %1)&#x202f;: vérifiez les chiffres.</translation>
    </message>
    <message>
        <source>Type the customer&apos;s phone number.</source>
        <translation>Saisissez le numéro de téléphone du client.</translation>
    </message>
    <message>
        <source>A phone number has no letters: type its digits only.</source>
        <translation>Un numéro de téléphone ne contient pas de lettres&#x202f;: saisissez uniquement les chiffres.</translation>
    </message>
    <message>
        <source>Choose the customer&apos;s country, or type the number with its country code (+…).</source>
        <translation>Choisissez le pays du client, ou saisissez le numéro avec son indicatif de pays (+…).</translation>
    </message>
    <message>
        <source>This is not a phone number.</source>
        <translation>Ce n’est pas un numéro de téléphone.</translation>
    </message>
    <message>
        <source>The number is too short.</source>
        <translation>Le numéro est trop court.</translation>
    </message>
    <message>
        <source>The number is too long.</source>
        <translation>Le numéro est trop long.</translation>
    </message>
    <message>
        <source>Leave out the extension: the provider needs a mobile number.</source>
        <translation>Omettez le numéro de poste&#x202f;: la plateforme a besoin d’un numéro de mobile.</translation>
    </message>
    <message>
        <source>This number belongs to no country: the provider needs the customer&apos;s mobile number.</source>
        <translation>Ce numéro n’appartient à aucun pays&#x202f;: le fournisseur demande le numéro de mobile du client.</translation>
    </message>
    <message>
        <source>Phone numbers cannot be checked on this computer. %1 Choose Code and type the number as (+country code)number, for example (+33)0612345678, or reinstall PostPress Checkpoint.</source>
        <translation>Les numéros de téléphone ne peuvent pas être vérifiés sur cet ordinateur. %1 Choisissez Code et tapez le numéro sous la forme (+indicatif du pays)numéro, par exemple (+33)0612345678, ou réinstallez PostPress Checkpoint.</translation>
    </message>
</context>
<context>
    <name>PhoneNumberLibrary</name>
    <message>
        <source>The phone-number component (%1) is not installed: it is in none of %2.</source>
        <translation>Le composant des numéros de téléphone (%1) n’est pas installé&#x202f;: il ne se trouve dans aucun de ces dossiers&#x202f;: %2.</translation>
    </message>
    <message>
        <source>%1 is not the phone-number component this version needs.</source>
        <translation>%1 n’est pas le composant des numéros de téléphone qu’attend cette version.</translation>
    </message>
    <message>
        <source>The phone-number component (%1) did not load: %2.</source>
        <translation>Le composant des numéros de téléphone (%1) n’a pas pu être chargé&#x202f;: %2.</translation>
    </message>
</context>
<context>
    <name>PluginLibrary</name>
    <message>
        <source>(no folder)</source>
        <translation>(aucun dossier)</translation>
    </message>
    <message>
        <source>%1 could not be checked, so it was not trusted</source>
        <translation>impossible de vérifier %1, il n’a donc pas été jugé fiable</translation>
    </message>
    <message>
        <source>%1 belongs to another user, so it was not trusted</source>
        <translation>%1 appartient à un autre utilisateur, il n’a donc pas été jugé fiable</translation>
    </message>
    <message>
        <source>others can change %1, so it was not trusted</source>
        <translation>d’autres utilisateurs peuvent modifier %1, il n’a donc pas été jugé fiable</translation>
    </message>
</context>
<context>
    <name>QApplication</name>
    <message>
        <source>PostPress Checkpoint</source>
        <translation>PostPress Checkpoint</translation>
    </message>
    <message>
        <source>This helpdesk link can&apos;t be used.</source>
        <translation>Ce lien du service d’assistance ne peut pas être utilisé.</translation>
    </message>
    <message>
        <source>&amp;Open PostPress Checkpoint</source>
        <translation>&amp;Ouvrir PostPress Checkpoint</translation>
    </message>
    <message>
        <source>The link is not in the form PostPress Checkpoint opens.</source>
        <translation>Le lien n’a pas la forme que PostPress Checkpoint sait ouvrir.</translation>
    </message>
    <message>
        <source>The account id in the link is missing or is not an account id.</source>
        <translation>L’identifiant du compte manque dans le lien ou n’est pas un identifiant de compte.</translation>
    </message>
    <message>
        <source>The provider in the link is not one PostPress connects.</source>
        <translation>La plateforme indiquée dans le lien n’est pas une plateforme que PostPress connecte.</translation>
    </message>
    <message>
        <source>The ticket number in the link is not one PostPress Checkpoint can use.</source>
        <translation>Le numéro de ticket du lien n’est pas utilisable par PostPress Checkpoint.</translation>
    </message>
    <message>
        <source>The link carries a code or a key, which a link must never do.</source>
        <translation>Le lien contient un code ou une clé, ce qu’un lien ne doit jamais faire.</translation>
    </message>
    <message>
        <source>The link tries to choose the API server, which only the settings may do.</source>
        <translation>Le lien tente de choisir le serveur de l’API, ce que seuls les réglages peuvent faire.</translation>
    </message>
    <message>
        <source>The link has a part PostPress Checkpoint does not know.</source>
        <translation>Le lien contient une partie que PostPress Checkpoint ne connaît pas.</translation>
    </message>
    <message>
        <source>Something in the link is wrong.</source>
        <translation>Une partie du lien est incorrecte.</translation>
    </message>
    <message>
        <source>Nothing was opened. Ask whoever maintains the link to correct it; Details has the exact reason.

You can open PostPress Checkpoint anyway and type the account id yourself.</source>
        <translation>Rien n’a été ouvert. Demandez à la personne qui gère ce lien de le corriger&#x202f;; les détails donnent la raison exacte.

Vous pouvez tout de même ouvrir PostPress Checkpoint et saisir vous-même l’identifiant du compte.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>API &amp;URL:</source>
        <translation>&amp;URL de l’API&#x202f;:</translation>
    </message>
    <message>
        <source>API URL</source>
        <translation>URL de l’API</translation>
    </message>
    <message>
        <source>Request &amp;timeout:</source>
        <translation>Délai d’a&amp;ttente&#x202f;:</translation>
    </message>
    <message>
        <source>Request timeout in seconds</source>
        <translation>Délai d’attente des requêtes en secondes</translation>
    </message>
    <message>
        <source>Requests use the system proxy settings.</source>
        <translation>Les requêtes utilisent les paramètres de proxy du système.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#x202f;:</translation>
    </message>
    <message>
        <source>The language of the app; the system default follows the language of your desktop</source>
        <translation>La langue de l’application&#x202f;; la valeur par défaut suit la langue de votre bureau</translation>
    </message>
    <message>
        <source>A new language applies at once, to every open window.</source>
        <translation>Une nouvelle langue s’applique immédiatement à toutes les fenêtres ouvertes.</translation>
    </message>
    <message>
        <source>&amp;Replace API key…</source>
        <translation>&amp;Remplacer la clé API…</translation>
    </message>
    <message>
        <source>Replace API key</source>
        <translation>Remplacer la clé API</translation>
    </message>
    <message>
        <source>&amp;Forget API key…</source>
        <translation>&amp;Supprimer la clé API…</translation>
    </message>
    <message>
        <source>Forget API key</source>
        <translation>Supprimer la clé API</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Restore &amp;defaults</source>
        <translation>Valeurs par &amp;défaut</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>How long to wait for an answer from the PostPress API before giving up, from %1 to %2 seconds</source>
        <translation>Durée d’attente d’une réponse de l’API PostPress avant abandon, de %1 à %2 secondes</translation>
    </message>
    <message>
        <source>This run uses %1, given with --api-url on the command line. The URL saved here applies when the app is started without it.</source>
        <translation>Cette exécution utilise %1, indiquée par --api-url sur la ligne de commande. L’URL enregistrée ici s’applique lorsque l’application est lancée sans cette option.</translation>
    </message>
    <message>
        <source>Cannot save: %1</source>
        <translation>Enregistrement impossible&#x202f;: %1</translation>
    </message>
    <message>
        <source>The base URL of the PostPress API: https, or http only for this computer when testing</source>
        <translation>L’URL de base de l’API PostPress&#x202f;: https, ou http uniquement pour cet ordinateur lors de tests</translation>
    </message>
    <message numerus="yes">
        <source> s</source>
        <comment>unit after the request timeout; translate as a plural of seconds</comment>
        <translation>
            <numerusform> s</numerusform>
            <numerusform> s</numerusform>
        </translation>
    </message>
    <message>
        <source>API key for %1</source>
        <translation>Clé API pour %1</translation>
    </message>
    <message>
        <source>Paste a new API key for %1; it replaces the one in the system keychain</source>
        <translation>Coller une nouvelle clé API pour %1&#x202f;; elle remplace celle du trousseau du système</translation>
    </message>
    <message>
        <source>Remove the API key for %1 from this computer, after asking</source>
        <translation>Supprimer de cet ordinateur la clé API pour %1, après confirmation</translation>
    </message>
    <message>
        <source>The key buttons act at once: Save and Cancel below do not apply to them.</source>
        <translation>Les boutons de la clé agissent immédiatement&#x202f;: Enregistrer et Annuler, ci-dessous, ne s’y appliquent pas.</translation>
    </message>
    <message>
        <source>Set by your administrator</source>
        <translation>Défini par votre administrateur</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>&quot;%1&quot; cannot name the socket that keeps this program to one window per account.</source>
        <translation>«&#x202f;%1&#x202f;» ne peut pas servir de nom au socket qui limite ce programme à une fenêtre par compte.</translation>
    </message>
    <message>
        <source>There is no private runtime directory (XDG_RUNTIME_DIR) for the socket that keeps this program to one window per account.</source>
        <translation>Il n’y a pas de répertoire d’exécution privé (XDG_RUNTIME_DIR) pour le socket qui limite ce programme à une fenêtre par compte.</translation>
    </message>
    <message>
        <source>Cannot create the lock file %1.</source>
        <translation>Impossible de créer le fichier de verrou %1.</translation>
    </message>
    <message>
        <source>Another PostPress Checkpoint is running but does not answer.</source>
        <translation>Une autre instance de PostPress Checkpoint est lancée mais ne répond pas.</translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2</source>
        <translation>Impossible d’écouter sur %1&#x202f;: %2</translation>
    </message>
    <message>
        <source>There is no running PostPress Checkpoint to pass the request to.</source>
        <translation>Aucune instance de PostPress Checkpoint n’est lancée pour lui transmettre la requête.</translation>
    </message>
    <message>
        <source>The request is too long to pass to the running PostPress Checkpoint.</source>
        <translation>La requête est trop longue pour être transmise à l’instance de PostPress Checkpoint en cours.</translation>
    </message>
    <message>
        <source>The running PostPress Checkpoint did not answer.</source>
        <translation>L’instance de PostPress Checkpoint en cours n’a pas répondu.</translation>
    </message>
    <message>
        <source>The running PostPress Checkpoint refused the request.</source>
        <translation>L’instance de PostPress Checkpoint en cours a refusé la requête.</translation>
    </message>
    <message>
        <source>The path %1 is too long for the socket that keeps this program to one window per account.</source>
        <translation>Le chemin %1 est trop long pour le socket qui limite ce programme à une fenêtre par compte.</translation>
    </message>
</context>
<context>
    <name>SubmitPolicy</name>
    <message>
        <source>Enter the customer&apos;s mobile number.</source>
        <translation>Saisissez le numéro de mobile du client.</translation>
    </message>
    <message>
        <source>Enter the code the customer received.</source>
        <translation>Saisissez le code reçu par le client.</translation>
    </message>
    <message>
        <source>Enter the account id.</source>
        <translation>Saisissez l’identifiant du compte.</translation>
    </message>
    <message>
        <source>Choose the provider.</source>
        <translation>Choisissez la plateforme.</translation>
    </message>
    <message>
        <source>Waiting for the system keychain…</source>
        <translation>En attente du trousseau du système…</translation>
    </message>
    <message>
        <source>This checkpoint is solved: nothing more to send.</source>
        <translation>Cette vérification est résolue&#x202f;: plus rien à envoyer.</translation>
    </message>
    <message>
        <source>This login attempt has ended: press Start over before sending a new code.</source>
        <translation>Cette tentative de connexion est terminée&#x202f;: appuyez sur Reprendre à zéro avant d’envoyer un nouveau code.</translation>
    </message>
    <message>
        <source>Wait until Retry can be pressed: the server asked for a pause.</source>
        <translation>Attendez que Réessayer soit disponible&#x202f;: le serveur a demandé une pause.</translation>
    </message>
    <message>
        <source>Enter the API key first (Enter API key…).</source>
        <translation>Saisissez d’abord la clé API (Saisir la clé API…).</translation>
    </message>
    <message>
        <source>This number was already sent: type another one.</source>
        <translation>Ce numéro a déjà été envoyé&#x202f;: saisissez-en un autre.</translation>
    </message>
    <message>
        <source>This code was already sent: type the new code.</source>
        <translation>Ce code a déjà été envoyé&#x202f;: saisissez le nouveau code.</translation>
    </message>
</context>
<context>
    <name>TicketId</name>
    <message>
        <source>The ticket id is empty.</source>
        <translation>L’identifiant du ticket est vide.</translation>
    </message>
    <message>
        <source>The ticket id is too long: %1 characters, at most %2.</source>
        <translation>L’identifiant du ticket est trop long&#x202f;: %1 caractères, %2 au maximum.</translation>
    </message>
    <message>
        <source>The ticket id cannot contain spaces, invisible or control characters: character %1 is %2.</source>
        <translation>L’identifiant du ticket ne peut pas contenir d’espaces ni de caractères invisibles ou de contrôle&#x202f;: le caractère %1 est %2.</translation>
    </message>
    <message>
        <source>The ticket id cannot contain “%1” (%2, character %3): only ASCII letters, digits and _ - . # are allowed.</source>
        <translation>L’identifiant du ticket ne peut pas contenir «&#x202f;%1&#x202f;» (%2, caractère %3)&#x202f;: seuls les lettres ASCII, les chiffres et _ - . # sont autorisés.</translation>
    </message>
</context>
<context>
    <name>TicketSummary</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>ID du compte</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>Statut HTTP</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Account ID in answer</source>
        <translation>ID du compte dans la réponse</translation>
    </message>
    <message>
        <source>Next checkpoint</source>
        <translation>Vérification suivante</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>ID de requête</translation>
    </message>
    <message>
        <source>Request ID header</source>
        <translation>En-tête d’ID de requête</translation>
    </message>
    <message>
        <source>Retry after</source>
        <translation>Réessayer après</translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>seconds</comment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Response excerpt</source>
        <translation>Extrait de la réponse</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>Erreur réseau</translation>
    </message>
    <message>
        <source>Reached PostPress</source>
        <translation>Parvenue à PostPress</translation>
    </message>
    <message>
        <source>unknown: the request may have been applied</source>
        <translation>inconnu&#x202f;: la requête a peut-être été traitée</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Another checkpoint step</source>
        <translation>Autre étape de vérification</translation>
    </message>
    <message>
        <source>Code resent</source>
        <translation>Code renvoyé</translation>
    </message>
    <message>
        <source>Unexpected answer</source>
        <translation>Réponse inattendue</translation>
    </message>
    <message>
        <source>Request refused as invalid</source>
        <translation>Requête refusée car non valide</translation>
    </message>
    <message>
        <source>Code rejected</source>
        <translation>Code refusé</translation>
    </message>
    <message>
        <source>API key rejected</source>
        <translation>Clé API refusée</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Non autorisé</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>Account proxy failed</source>
        <translation>Échec du proxy du compte</translation>
    </message>
    <message>
        <source>Timed out: result unknown</source>
        <translation>Délai dépassé&#x202f;: résultat inconnu</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <source>Too early</source>
        <translation>Trop tôt</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>Trop de requêtes</translation>
    </message>
    <message>
        <source>Temporarily unavailable</source>
        <translation>Temporairement indisponible</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Erreur du serveur</translation>
    </message>
    <message>
        <source>Request refused</source>
        <translation>Requête refusée</translation>
    </message>
    <message>
        <source>Unexpected HTTP status</source>
        <translation>Statut HTTP inattendu</translation>
    </message>
    <message>
        <source>Not sent: the API address is not secure</source>
        <translation>Non envoyé&#x202f;: l’adresse de l’API n’est pas sécurisée</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Connexion refusée</translation>
    </message>
    <message>
        <source>Server not found</source>
        <translation>Serveur introuvable</translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation>Échec de la connexion sécurisée</translation>
    </message>
    <message>
        <source>No answer in time</source>
        <translation>Pas de réponse à temps</translation>
    </message>
    <message>
        <source>Canceled by the agent</source>
        <translation>Annulé par l’agent</translation>
    </message>
    <message>
        <source>Connection closed before an answer</source>
        <translation>Connexion fermée avant la réponse</translation>
    </message>
    <message>
        <source>Redirect refused</source>
        <translation>Redirection refusée</translation>
    </message>
    <message>
        <source>Answer too large</source>
        <translation>Réponse trop volumineuse</translation>
    </message>
    <message>
        <source>Local proxy failed</source>
        <translation>Échec du proxy local</translation>
    </message>
    <message>
        <source>[hidden]</source>
        <translation>[masqué]</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>One line of the ticket: its label, then its value (French puts a narrow no-break space before the colon)</extracomment>
        <translation>%1&#x202f;: %2</translation>
    </message>
    <message>
        <source>A proxy asked for a login</source>
        <translation>Un proxy a demandé une authentification</translation>
    </message>
    <message>
        <source>Not sent: the app&apos;s network component is missing</source>
        <translation>Non envoyé&#x202f;: le composant réseau de l’application manque</translation>
    </message>
    <message>
        <source>Answer about another account</source>
        <translation>Réponse au sujet d’un autre compte</translation>
    </message>
    <message>
        <source>Checkpoint cannot be solved with a code</source>
        <translation>Vérification impossible à résoudre avec un code</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
</context>
<context>
    <name>WindowController</name>
    <message>
        <source>Forget the API key?</source>
        <translation>Supprimer la clé API&#x202f;?</translation>
    </message>
    <message>
        <source>Remove the API key for %1 from this computer? You will have to paste it again before the next code can be sent.</source>
        <translation>Supprimer de cet ordinateur la clé API pour %1&#x202f;? Vous devrez la coller de nouveau avant de pouvoir envoyer le prochain code.</translation>
    </message>
    <message>
        <source>&amp;Forget key</source>
        <translation>&amp;Supprimer la clé</translation>
    </message>
</context>
</TS>
