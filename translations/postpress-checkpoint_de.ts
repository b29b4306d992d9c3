<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>PostPress Checkpoint %1
Qt %2 (built with %3)
Operating system: %4
API URL: %5</source>
        <translation>PostPress Checkpoint %1
Qt %2 (kompiliert mit %3)
Betriebssystem: %4
API-URL: %5</translation>
    </message>
    <message>
        <source>About PostPress Checkpoint</source>
        <translation>Über PostPress Checkpoint</translation>
    </message>
    <message>
        <source>PostPress Checkpoint</source>
        <translation>PostPress Checkpoint</translation>
    </message>
    <message>
        <source>Version %1

Solve PostPress login checkpoints with the code the customer reads out.</source>
        <translation>Version %1

PostPress-Anmeldeprüfungen mit dem Code lösen, den der Kunde vorliest.</translation>
    </message>
    <message>
        <source>&amp;Copy version info</source>
        <translation>Versionsinformationen &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the versions of the app, Qt and the operating system, and the API URL, for a support request</source>
        <translation>Die Versionen der App, von Qt und des Betriebssystems sowie die API-URL für eine Support-Anfrage kopieren</translation>
    </message>
</context>
<context>
    <name>AdminPolicy</name>
    <message>
        <source>an https URL such as %1</source>
        <translation>eine https-URL wie %1</translation>
    </message>
    <message>
        <source>a number of seconds from %1 to %2</source>
        <translation>eine Anzahl Sekunden von %1 bis %2</translation>
    </message>
    <message>
        <source>a number of days from %1 to %2</source>
        <translation>eine Anzahl Tage von %1 bis %2</translation>
    </message>
    <message>
        <source>provider names separated by commas: %1</source>
        <translation>durch Kommas getrennte Anbieternamen: %1</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>The administrator&apos;s policy %1 is ignored: %2.</source>
        <translation>Die Richtlinie des Administrators (%1) wird ignoriert: %2.</translation>
    </message>
    <message>
        <source>The administrator&apos;s settings %1 could not be read.</source>
        <translation>Die Einstellungen des Administrators (%1) konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1: the unknown setting “%2” was ignored.</source>
        <translation>%1: Die unbekannte Einstellung „%2“ wurde ignoriert.</translation>
    </message>
    <message>
        <source>%1: an unknown setting was ignored.</source>
        <translation>%1: Eine unbekannte Einstellung wurde ignoriert.</translation>
    </message>
    <message>
        <source>%1: %2 was ignored: expected %3.</source>
        <translation>%1: %2 wurde ignoriert; erwartet wird %3.</translation>
    </message>
    <message>
        <source>%1 could not be checked</source>
        <translation>%1 konnte nicht geprüft werden</translation>
    </message>
    <message>
        <source>%1 does not belong to root</source>
        <translation>%1 gehört nicht root</translation>
    </message>
    <message>
        <source>others can change %1</source>
        <translation>andere können %1 ändern</translation>
    </message>
</context>
<context>
    <name>AnswerInput</name>
    <message>
        <source>C&amp;ode from the customer:</source>
        <translation>&amp;Code vom Kunden:</translation>
    </message>
    <message>
        <source>Co&amp;de</source>
        <translation>C&amp;ode</translation>
    </message>
    <message>
        <source>Answer with a code</source>
        <translation>Mit einem Code antworten</translation>
    </message>
    <message>
        <source>Pho&amp;ne number</source>
        <translation>Tele&amp;fonnummer</translation>
    </message>
    <message>
        <source>Answer with a phone number</source>
        <translation>Mit einer Telefonnummer antworten</translation>
    </message>
    <message>
        <source>For checkpoints that ask for the customer&apos;s mobile number</source>
        <translation>Für Sicherheitsprüfungen, die nach der Mobilnummer des Kunden fragen</translation>
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
        <translation>Der Einmalcode, den der Kunde vorliest</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>The country of the customer&apos;s mobile number</source>
        <translation>Das Land der Mobilnummer des Kunden</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation>Mobilnummer</translation>
    </message>
    <message>
        <source>The number as the customer says it</source>
        <translation>Die Nummer so, wie der Kunde sie nennt</translation>
    </message>
    <message>
        <source>Try another &amp;way</source>
        <translation>A&amp;ndere Methode</translation>
    </message>
    <message>
        <source>Ask the provider for a different kind of checkpoint, for example a code instead of an in-app approval</source>
        <translation>Die Plattform um eine andere Art der Prüfung bitten, zum Beispiel einen Code statt einer Bestätigung in der App</translation>
    </message>
    <message>
        <source>Sends TRY_ANOTHER_WAY instead of a code</source>
        <translation>Sendet TRY_ANOTHER_WAY statt eines Codes</translation>
    </message>
    <message>
        <source>Customer&apos;s mobile n&amp;umber:</source>
        <translation>&amp;Mobilnummer des Kunden:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>country name (calling code)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Will send %1 (a number from %2).</source>
        <translation>Wird gesendet: %1 (Land: %2).</translation>
    </message>
    <message>
        <source>Will send %1.</source>
        <translation>Wird gesendet: %1.</translation>
    </message>
</context>
<context>
    <name>ApiBaseUrl</name>
    <message numerus="yes">
        <source>The API URL is longer than %n characters.</source>
        <translation>
            <numerusform>Die API-URL ist länger als %n Zeichen.</numerusform>
            <numerusform>Die API-URL ist länger als %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The API URL is not a valid URL. Example: %1</source>
        <translation>Die API-URL ist keine gültige URL. Beispiel: %1</translation>
    </message>
    <message>
        <source>The API URL must not contain a user name or password.</source>
        <translation>Die API-URL darf weder Benutzernamen noch Passwort enthalten.</translation>
    </message>
    <message>
        <source>The API URL must not contain a query (?) or a fragment (#).</source>
        <translation>Die API-URL darf weder eine Abfrage (?) noch ein Fragment (#) enthalten.</translation>
    </message>
    <message>
        <source>The API URL uses plain http. Only https is allowed, except for this computer (localhost, 127.0.0.1, ::1) when testing.</source>
        <translation>Die API-URL verwendet unverschlüsseltes http. Nur https ist erlaubt, außer für Tests auf diesem Computer (localhost, 127.0.0.1, ::1).</translation>
    </message>
    <message>
        <source>The API URL must start with https://.</source>
        <translation>Die API-URL muss mit https:// beginnen.</translation>
    </message>
</context>
<context>
    <name>ApiKeyController</name>
    <message>
        <source>The system keychain cannot be reached any more. Restart the program.</source>
        <translation>Der Systemschlüsselbund ist nicht mehr erreichbar. Starten Sie das Programm neu.</translation>
    </message>
    <message>
        <source>The API key stored in the system keychain for %1 is not a valid key: it is empty, too long, or contains spaces or other characters a key cannot contain. Enter the key again.</source>
        <translation>Der im Systemschlüsselbund gespeicherte API-Schlüssel für %1 ist ungültig: Er ist leer, zu lang oder enthält Leerzeichen oder andere Zeichen, die in einem Schlüssel nicht vorkommen dürfen. Geben Sie den Schlüssel erneut ein.</translation>
    </message>
    <message>
        <source>The system keychain reported an error without saying which.</source>
        <translation>Der Systemschlüsselbund hat einen Fehler gemeldet, ohne ihn zu benennen.</translation>
    </message>
</context>
<context>
    <name>ApiKeyDialog</name>
    <message>
        <source>PostPress API key</source>
        <translation>PostPress-API-Schlüssel</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>The PostPress API key from the dashboard; it is kept in the system keychain</source>
        <translation>Der PostPress-API-Schlüssel aus dem Dashboard; er wird im Systemschlüsselbund aufbewahrt</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>An&amp;zeigen</translation>
    </message>
    <message>
        <source>Show or hide the key while typing</source>
        <translation>Schlüssel beim Tippen anzeigen oder verbergen</translation>
    </message>
    <message>
        <source>Show key</source>
        <translation>Schlüssel anzeigen</translation>
    </message>
    <message>
        <source>Paste the PostPress API key for %1. It is kept in the system keychain of this computer, so you are asked only once.</source>
        <translation>Fügen Sie den PostPress-API-Schlüssel für %1 ein. Er wird im Systemschlüsselbund dieses Computers aufbewahrt, daher werden Sie nur einmal gefragt.</translation>
    </message>
    <message>
        <source>&amp;Save in keychain</source>
        <translation>&amp;Im Schlüsselbund speichern</translation>
    </message>
    <message>
        <source>Use for this session &amp;only</source>
        <translation>Nur für &amp;diese Sitzung</translation>
    </message>
    <message>
        <source>Keep the key in memory until the app quits; it is not stored anywhere</source>
        <translation>Den Schlüssel bis zum Beenden der App im Arbeitsspeicher behalten; er wird nirgends gespeichert</translation>
    </message>
    <message>
        <source>Hid&amp;e</source>
        <translation>&amp;Verbergen</translation>
    </message>
    <message>
        <source>Paste the API key first.</source>
        <translation>Fügen Sie zuerst den API-Schlüssel ein.</translation>
    </message>
    <message>
        <source>This does not look like an API key: it contains spaces, line breaks or characters that are not plain letters, digits and punctuation.</source>
        <translation>Das sieht nicht wie ein API-Schlüssel aus: Der Text enthält Leerzeichen, Zeilenumbrüche oder Zeichen, die keine einfachen Buchstaben, Ziffern oder Satzzeichen sind.</translation>
    </message>
    <message>
        <source>Waiting for the system keychain… If it does not answer (it may be waiting for its password), use the key for this session only.</source>
        <translation>Warten auf den Systemschlüsselbund… Wenn er nicht antwortet (vielleicht wartet er auf sein Passwort), verwenden Sie den Schlüssel nur für diese Sitzung.</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>De&amp;tails</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Show or hide what the system keychain reported</source>
        <translation>Anzeigen oder verbergen, was der Systemschlüsselbund gemeldet hat</translation>
    </message>
</context>
<context>
    <name>ApiKeyPrompt</name>
    <message>
        <source>The system keychain has not answered yet; it may be waiting for its password. You can use the key for this session only.</source>
        <translation>Der Systemschlüsselbund hat noch nicht geantwortet; vielleicht wartet er auf sein Passwort. Sie können den Schlüssel nur für diese Sitzung verwenden.</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message numerus="yes">
        <source>No new window: already %n windows open.</source>
        <translation>
            <numerusform>Kein neues Fenster: schon %n Fenster offen.</numerusform>
            <numerusform>Kein neues Fenster: schon %n Fenster offen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not opened: %1 (already %n windows open)</source>
        <translation>
            <numerusform>Nicht geöffnet: %1 (schon %n Fenster offen)</numerusform>
            <numerusform>Nicht geöffnet: %1 (schon %n Fenster offen)</numerusform>
        </translation>
    </message>
    <message>
        <source>This window cannot be opened.</source>
        <translation>Dieses Fenster kann nicht geöffnet werden.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more problems with the administrator&apos;s settings: see the log)</source>
        <translation>
            <numerusform>%1 (und %n weiteres Problem in den Einstellungen des Administrators: siehe Protokoll)</numerusform>
            <numerusform>%1 (und %n weitere Probleme in den Einstellungen des Administrators: siehe Protokoll)</numerusform>
        </translation>
    </message>
    <message>
        <source>History is off: your administrator turned it off.</source>
        <translation>Verlauf aus: Ihr Administrator hat ihn abgeschaltet.</translation>
    </message>
</context>
<context>
    <name>AttemptNames</name>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message numerus="yes">
        <source>%n connected</source>
        <translation>
            <numerusform>%n verbunden</numerusform>
            <numerusform>%n verbunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Another step</source>
        <translation>Weiterer Schritt</translation>
    </message>
    <message numerus="yes">
        <source>%n led to another step</source>
        <translation>
            <numerusform>%n führte zu einem weiteren Schritt</numerusform>
            <numerusform>%n führten zu einem weiteren Schritt</numerusform>
        </translation>
    </message>
    <message>
        <source>New code sent</source>
        <translation>Neuer Code gesendet</translation>
    </message>
    <message numerus="yes">
        <source>%n new code(s) sent</source>
        <translation>
            <numerusform>%n neuer Code gesendet</numerusform>
            <numerusform>%n neue Codes gesendet</numerusform>
        </translation>
    </message>
    <message>
        <source>Code rejected</source>
        <translation>Code abgelehnt</translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) rejected</source>
        <translation>
            <numerusform>%n Code abgelehnt</numerusform>
            <numerusform>%n Codes abgelehnt</numerusform>
        </translation>
    </message>
    <message>
        <source>Login ended</source>
        <translation>Anmeldung beendet</translation>
    </message>
    <message numerus="yes">
        <source>%n found the login ended</source>
        <translation>
            <numerusform>%n mit beendeter Anmeldung</numerusform>
            <numerusform>%n mit beendeter Anmeldung</numerusform>
        </translation>
    </message>
    <message>
        <source>API key refused</source>
        <translation>API-Schlüssel abgelehnt</translation>
    </message>
    <message numerus="yes">
        <source>%n with the API key refused</source>
        <translation>
            <numerusform>%n mit abgelehntem API-Schlüssel</numerusform>
            <numerusform>%n mit abgelehntem API-Schlüssel</numerusform>
        </translation>
    </message>
    <message>
        <source>Told to wait</source>
        <translation>Zum Warten aufgefordert</translation>
    </message>
    <message numerus="yes">
        <source>%n told to wait</source>
        <translation>
            <numerusform>%n mit der Bitte zu warten</numerusform>
            <numerusform>%n mit der Bitte zu warten</numerusform>
        </translation>
    </message>
    <message>
        <source>No clear answer</source>
        <translation>Keine klare Antwort</translation>
    </message>
    <message numerus="yes">
        <source>%n without a clear answer</source>
        <translation>
            <numerusform>%n ohne klare Antwort</numerusform>
            <numerusform>%n ohne klare Antwort</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n abgebrochen</numerusform>
            <numerusform>%n abgebrochen</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Submit code</source>
        <translation>Code senden</translation>
    </message>
    <message>
        <source>Resend code</source>
        <translation>Code erneut senden</translation>
    </message>
    <message>
        <source>Try another way</source>
        <translation>Andere Methode</translation>
    </message>
    <message numerus="yes">
        <source>%n ended as %1</source>
        <extracomment>%1 is an outcome name a newer version of the app wrote, e.g. &quot;timed_out&quot;</extracomment>
        <translation>
            <numerusform>%n endete als %1</numerusform>
            <numerusform>%n endeten als %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckpointClient</name>
    <message>
        <source>The server&apos;s answer was larger than %1 KiB, far more than this API sends; it was not read.</source>
        <translation>Die Antwort des Servers war größer als %1 KiB, weit mehr, als diese API sendet; sie wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>an unknown address</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>The server answered HTTP %1, a redirect to %2. The request was not sent there.</source>
        <translation>Der Server antwortete mit HTTP %1, einer Weiterleitung (Ziel: %2). Die Anfrage wurde nicht dorthin gesendet.</translation>
    </message>
    <message>
        <source>The server closed the connection without answering.</source>
        <translation>Der Server hat die Verbindung ohne Antwort geschlossen.</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>No complete answer within %n second(s).</source>
        <translation>
            <numerusform>Keine vollständige Antwort innerhalb von %n Sekunde.</numerusform>
            <numerusform>Keine vollständige Antwort innerhalb von %n Sekunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The TLS handshake failed: %1</source>
        <translation>Der TLS-Handshake ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>CheckpointRequest</name>
    <message>
        <source>Enter the account id.</source>
        <translation>Geben Sie die Konto-ID ein.</translation>
    </message>
    <message>
        <source>Enter the code the customer received.</source>
        <translation>Geben Sie den Code ein, den der Kunde erhalten hat.</translation>
    </message>
    <message>
        <source>The code is too long (at most %1 characters).</source>
        <translation>Der Code ist zu lang (höchstens %1 Zeichen).</translation>
    </message>
    <message>
        <source>The code cannot contain control characters.</source>
        <translation>Der Code darf keine Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>The account id is empty.</source>
        <translation>Die Konto-ID ist leer.</translation>
    </message>
    <message>
        <source>The account id is too long: %1 characters, at most %2.</source>
        <translation>Die Konto-ID ist zu lang: %1 Zeichen, höchstens %2.</translation>
    </message>
    <message>
        <source>The account id cannot contain spaces, invisible or control characters: character %1 is %2.</source>
        <translation>Die Konto-ID darf keine Leerzeichen, unsichtbaren Zeichen oder Steuerzeichen enthalten: Zeichen %1 ist %2.</translation>
    </message>
    <message>
        <source>The account id cannot contain “%1” (%2, character %3): only ASCII letters, digits and _ - . ~ are allowed.</source>
        <translation>Die Konto-ID darf „%1“ nicht enthalten (%2, Zeichen %3): erlaubt sind nur ASCII-Buchstaben, Ziffern und _ - . ~.</translation>
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
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <source>acc_…</source>
        <translation>acc_…</translation>
    </message>
    <message>
        <source>Account id</source>
        <translation>Konto-ID</translation>
    </message>
    <message>
        <source>The id of the PostPress account waiting at a checkpoint</source>
        <translation>Die ID des PostPress-Kontos, das auf eine Sicherheitsprüfung wartet</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Plattform:</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>The network the customer is logging in to</source>
        <translation>Das Netzwerk, bei dem sich der Kunde anmeldet</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop waiting for the answer (Esc)</source>
        <translation>Nicht länger auf die Antwort warten (Esc)</translation>
    </message>
    <message>
        <source>&amp;Submit code</source>
        <translation>Co&amp;de senden</translation>
    </message>
    <message>
        <source>&amp;Checkpoint</source>
        <translation>&amp;Sicherheitsprüfung</translation>
    </message>
    <message>
        <source>API &amp;key</source>
        <translation>&amp;API-Schlüssel</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Cancel request</source>
        <translation>Anfrage &amp;abbrechen</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Replace API key…</source>
        <translation>API-Schlüssel &amp;ersetzen…</translation>
    </message>
    <message>
        <source>&amp;Forget API key…</source>
        <translation>API-Schlüssel &amp;löschen…</translation>
    </message>
    <message>
        <source>&amp;About PostPress Checkpoint</source>
        <translation>&amp;Über PostPress Checkpoint</translation>
    </message>
    <message>
        <source>Choose the provider</source>
        <translation>Plattform wählen</translation>
    </message>
    <message>
        <source>API: %1</source>
        <translation>API: %1</translation>
    </message>
    <message>
        <source>Code cleared. Start the connection again in PostPress, then enter the new code the customer receives.</source>
        <translation>Code gelöscht. Starten Sie die Verbindung in PostPress neu und geben Sie dann den neuen Code ein, den der Kunde erhält.</translation>
    </message>
    <message>
        <source>&amp;New window</source>
        <translation>&amp;Neues Fenster</translation>
    </message>
    <message>
        <source>Open another window, for another account</source>
        <translation>Ein weiteres Fenster für ein anderes Konto öffnen</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>C&amp;lose window</source>
        <translation>Fenster &amp;schließen</translation>
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
        <translation>Neue Sicherheitsprüfung</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Earlier attempts</source>
        <translation>Frühere Versuche</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Verlauf…</translation>
    </message>
    <message>
        <source>The attempts made on this computer, for this account or all</source>
        <translation>Die auf diesem Computer gemachten Versuche, für dieses Konto oder alle</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>&amp;Enter API key…</source>
        <translation>API-Schlüssel ein&amp;geben…</translation>
    </message>
    <message>
        <source>&amp;Submit number</source>
        <translation>&amp;Nummer senden</translation>
    </message>
    <message>
        <source>%1 · ticket %2</source>
        <extracomment>The window title: the account id (or &quot;New checkpoint&quot;), then the helpdesk ticket the window works for</extracomment>
        <translation>%1 · Ticket %2</translation>
    </message>
</context>
<context>
    <name>EarlierAttempts</name>
    <message>
        <source>both codes rejected</source>
        <translation>beide Codes abgelehnt</translation>
    </message>
    <message numerus="yes">
        <source>all %n codes rejected</source>
        <translation>
            <numerusform>alle %n Codes abgelehnt</numerusform>
            <numerusform>alle %n Codes abgelehnt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in the last %n minute(s)</source>
        <translation>
            <numerusform>innerhalb von %n Minute</numerusform>
            <numerusform>in den letzten %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <extracomment>%1 is &quot;2 earlier attempts&quot;, %2 &quot;in the last 40 minutes&quot; (or &quot;12 minutes ago&quot;), %3 how they ended, e.g. &quot;both codes rejected&quot; or &quot;2 codes rejected and 1 connected&quot;</extracomment>
        <translation>%1 %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier attempt(s)</source>
        <translation>
            <numerusform>%n früherer Versuch</numerusform>
            <numerusform>%n frühere Versuche</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EffectiveSettings</name>
    <message>
        <source>Your administrator has set the API URL to %1: a link or the command line cannot choose another.</source>
        <translation>Ihr Administrator hat die API-URL auf %1 festgelegt: Ein Link oder die Befehlszeile kann keine andere wählen.</translation>
    </message>
    <message>
        <source>Your administrator does not allow checkpoints for %1 on this computer.</source>
        <translation>Ihr Administrator erlaubt auf diesem Computer keine Sicherheitsprüfungen für %1.</translation>
    </message>
</context>
<context>
    <name>Guidance</name>
    <message>
        <source>PostPress answered with status %1 and no readable message.</source>
        <extracomment>%1 is an HTTP status number, e.g. 418</extracomment>
        <translation>PostPress antwortete mit Status %1 ohne lesbare Meldung.</translation>
    </message>
    <message>
        <source>PostPress answered with status %1: “%2”.</source>
        <extracomment>%1 is an HTTP status number, %2 the message PostPress sent, quoted as is</extracomment>
        <translation>PostPress antwortete mit Status %1: „%2“.</translation>
    </message>
    <message>
        <source>You can retry now.</source>
        <translation>Sie können es jetzt erneut versuchen.</translation>
    </message>
    <message numerus="yes">
        <source>Wait %n second(s), then press Retry.</source>
        <extracomment>The Retry button counts these seconds down before it can be pressed.</extracomment>
        <translation>
            <numerusform>Warten Sie %n Sekunde und klicken Sie dann auf Wiederholen.</numerusform>
            <numerusform>Warten Sie %n Sekunden und klicken Sie dann auf Wiederholen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The code may or may not have been used: press Retry once to find out, and if it is then rejected, ask the customer for a new code.</source>
        <translation>Der Code wurde möglicherweise schon verwendet: Klicken Sie einmal auf Wiederholen, um es herauszufinden. Wird er dann abgelehnt, bitten Sie den Kunden um einen neuen Code.</translation>
    </message>
    <message>
        <source>Account reconnected</source>
        <translation>Konto wieder verbunden</translation>
    </message>
    <message>
        <source>Account %1 is connected again: the customer can use it now. Nothing else to do.</source>
        <extracomment>%1 is the account id</extracomment>
        <translation>Konto %1 ist wieder verbunden: Der Kunde kann es jetzt nutzen. Sonst ist nichts zu tun.</translation>
    </message>
    <message>
        <source>Account connected</source>
        <translation>Konto verbunden</translation>
    </message>
    <message>
        <source>Account %1 is connected: the customer can use it now. Nothing else to do.</source>
        <extracomment>%1 is the account id</extracomment>
        <translation>Konto %1 ist verbunden: Der Kunde kann es jetzt nutzen. Sonst ist nichts zu tun.</translation>
    </message>
    <message>
        <source>Ask for the code from the text message</source>
        <translation>Code aus der SMS erfragen</translation>
    </message>
    <message>
        <source>%1 sent a verification code to the customer&apos;s phone by text message. Ask the customer to read it out, then type it in.</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation>%1 hat einen Bestätigungscode per SMS an das Telefon des Kunden gesendet. Bitten Sie den Kunden, ihn vorzulesen, und geben Sie ihn dann ein.</translation>
    </message>
    <message>
        <source>Ask for the code sent by WhatsApp</source>
        <translation>Code aus WhatsApp erfragen</translation>
    </message>
    <message>
        <source>%1 sent a verification code to the customer&apos;s WhatsApp. Ask the customer to read it out, then type it in.</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation>%1 hat einen Bestätigungscode an das WhatsApp des Kunden gesendet. Bitten Sie den Kunden, ihn vorzulesen, und geben Sie ihn dann ein.</translation>
    </message>
    <message>
        <source>Ask for the code from the authenticator app</source>
        <translation>Code aus der Authenticator-App erfragen</translation>
    </message>
    <message>
        <source>%1 wants the current code from the customer&apos;s authenticator app (for example Google Authenticator). Ask the customer to open it and read out the code shown for %1.</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation>%1 verlangt den aktuellen Code aus der Authenticator-App des Kunden (zum Beispiel Google Authenticator). Bitten Sie den Kunden, die App zu öffnen und den Code für %1 vorzulesen.</translation>
    </message>
    <message>
        <source>Ask for the verification code</source>
        <translation>Bestätigungscode erfragen</translation>
    </message>
    <message>
        <source>%1 asks for a two-step verification code (sent by: %2). Ask the customer to read it out, then type it in.</source>
        <extracomment>%1 is the provider, e.g. LinkedIn; %2 where the code was sent, as the API names it</extracomment>
        <translation>%1 verlangt einen Code für die Bestätigung in zwei Schritten (gesendet per: %2). Bitten Sie den Kunden, ihn vorzulesen, und geben Sie ihn dann ein.</translation>
    </message>
    <message>
        <source>%1 asks for a two-step verification code. Ask the customer where it arrived (text message, authenticator app or WhatsApp) and to read it out.</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation>%1 verlangt einen Code für die Bestätigung in zwei Schritten. Fragen Sie den Kunden, wo er ihn erhalten hat (SMS, Authenticator-App oder WhatsApp), und bitten Sie ihn, den Code vorzulesen.</translation>
    </message>
    <message>
        <source>Ask the customer to approve the sign-in in the %1 app</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation>Kunden bitten, die Anmeldung in der %1-App zu bestätigen</translation>
    </message>
    <message>
        <source>The customer must open the %1 app on their phone and approve this sign-in; the login then finishes by itself, so check in PostPress that the account shows as connected. If they cannot approve it, use Try another way to get a code instead.</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation>Der Kunde muss die %1-App auf seinem Telefon öffnen und diese Anmeldung bestätigen; die Anmeldung wird dann von selbst abgeschlossen. Prüfen Sie daher in PostPress, ob das Konto als verbunden angezeigt wird. Kann er nicht bestätigen, fordern Sie mit Andere Methode stattdessen einen Code an.</translation>
    </message>
    <message>
        <source>%1 wants a CAPTCHA solved</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation>%1 verlangt ein CAPTCHA</translation>
    </message>
    <message>
        <source>A CAPTCHA cannot be solved with a code from this window. Ask the customer to finish the login themselves in PostPress, or use Try another way to ask %1 for a code instead.</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation>Ein CAPTCHA lässt sich nicht mit einem Code aus diesem Fenster lösen. Bitten Sie den Kunden, die Anmeldung selbst in PostPress abzuschließen, oder fordern Sie mit Andere Methode stattdessen einen Code von %1 an.</translation>
    </message>
    <message>
        <source>%1 wants a QR code scanned</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation>%1 verlangt das Scannen eines QR-Codes</translation>
    </message>
    <message>
        <source>A QR code cannot be solved with a code from this window. The customer must finish the login themselves in PostPress and scan the QR code there with the %1 app on their phone.</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation>Ein QR-Code lässt sich nicht mit einem Code aus diesem Fenster lösen. Der Kunde muss die Anmeldung selbst in PostPress abschließen und den QR-Code dort mit der %1-App auf seinem Telefon scannen.</translation>
    </message>
    <message>
        <source>%1 asks which contract to use</source>
        <extracomment>%1 is the provider, e.g. LinkedIn. A contract is a paid plan of the customer&apos;s account.</extracomment>
        <translation>%1 fragt, welcher Vertrag genutzt werden soll</translation>
    </message>
    <message>
        <source>The customer&apos;s %1 account has several contracts and one must be chosen, which cannot be done from this window. Ask the customer to finish the login themselves in PostPress and choose the contract there.</source>
        <extracomment>%1 is the provider, e.g. LinkedIn. A contract is a paid plan of the customer&apos;s account.</extracomment>
        <translation>Das %1-Konto des Kunden hat mehrere Verträge, und einer muss ausgewählt werden; das ist in diesem Fenster nicht möglich. Bitten Sie den Kunden, die Anmeldung selbst in PostPress abzuschließen und dort den Vertrag zu wählen.</translation>
    </message>
    <message>
        <source>%1 asks for another step</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation>%1 verlangt einen weiteren Schritt</translation>
    </message>
    <message>
        <source>If the customer received a code, type it in; otherwise ask them to finish the login themselves in PostPress.</source>
        <translation>Hat der Kunde einen Code erhalten, geben Sie ihn ein; andernfalls bitten Sie ihn, die Anmeldung selbst in PostPress abzuschließen.</translation>
    </message>
    <message>
        <source>%1 asks for another step but did not say which.</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation>%1 verlangt einen weiteren Schritt, ohne zu sagen, welchen.</translation>
    </message>
    <message>
        <source>%1 asks for a step this app does not know yet: %2.</source>
        <extracomment>%1 is the provider, e.g. LinkedIn; %2 the name of the step as the API sends it</extracomment>
        <translation>%1 verlangt einen Schritt, den diese App noch nicht kennt: %2.</translation>
    </message>
    <message>
        <source>Ask for the one-time code</source>
        <translation>Einmalcode erfragen</translation>
    </message>
    <message>
        <source>%1 sent a one-time code to the customer by e-mail or text message. Ask the customer to check both and read out the newest code.</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation>%1 hat dem Kunden einen Einmalcode per E-Mail oder SMS gesendet. Bitten Sie den Kunden, beides zu prüfen und den neuesten Code vorzulesen.</translation>
    </message>
    <message>
        <source>Ask for the customer&apos;s mobile number</source>
        <translation>Mobilnummer des Kunden erfragen</translation>
    </message>
    <message>
        <source>A new code is on its way</source>
        <translation>Ein neuer Code ist unterwegs</translation>
    </message>
    <message>
        <source>%1 is sending the code or the app notification to the customer again; it can take a minute. Use only the newest code: resending does not give the login more time.</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation>%1 sendet den Code oder die App-Benachrichtigung erneut an den Kunden; das kann eine Minute dauern. Verwenden Sie nur den neuesten Code: Erneutes Senden verlängert die Anmeldung nicht.</translation>
    </message>
    <message>
        <source>Unexpected answer from PostPress</source>
        <translation>Unerwartete Antwort von PostPress</translation>
    </message>
    <message>
        <source>Check the account in PostPress before doing anything else, and copy the details for a ticket.</source>
        <translation>Prüfen Sie das Konto in PostPress, bevor Sie etwas anderes tun, und kopieren Sie die Details für ein Ticket.</translation>
    </message>
    <message>
        <source>PostPress answered “%1” but without an account id, so the account is not confirmed as connected.</source>
        <extracomment>%1 is the name of the answer, e.g. AccountCreated</extracomment>
        <translation>PostPress antwortete „%1“, aber ohne Konto-ID; das Konto ist also nicht als verbunden bestätigt.</translation>
    </message>
    <message>
        <source>PostPress did not confirm that the code was sent again. Ask the customer whether a new code arrived, and copy the details for a ticket.</source>
        <translation>PostPress hat nicht bestätigt, dass der Code erneut gesendet wurde. Fragen Sie den Kunden, ob ein neuer Code angekommen ist, und kopieren Sie die Details für ein Ticket.</translation>
    </message>
    <message>
        <source>PostPress answered “%1”, which this app does not know, so the account is not confirmed as connected.</source>
        <extracomment>%1 is the name of the answer as PostPress sent it</extracomment>
        <translation>PostPress antwortete „%1“, was diese App nicht kennt; das Konto ist also nicht als verbunden bestätigt.</translation>
    </message>
    <message>
        <source>The account id looks wrong: copy it again from PostPress.</source>
        <translation>Die Konto-ID scheint falsch zu sein: Kopieren Sie sie erneut aus PostPress.</translation>
    </message>
    <message>
        <source>The code looks like a phone number without its country prefix: if it is one, switch to phone number mode so it is sent as (+CC)number.</source>
        <translation>Der Code sieht aus wie eine Telefonnummer ohne Ländervorwahl: Falls es eine ist, wechseln Sie in den Modus Telefonnummer, damit sie als (+CC)Nummer gesendet wird.</translation>
    </message>
    <message>
        <source>Check the code with the customer and type it again.</source>
        <translation>Prüfen Sie den Code mit dem Kunden und geben Sie ihn erneut ein.</translation>
    </message>
    <message>
        <source>PostPress found a value it cannot accept</source>
        <translation>PostPress hat einen unzulässigen Wert gefunden</translation>
    </message>
    <message>
        <source>PostPress says a value in the request is not valid.</source>
        <translation>Laut PostPress ist ein Wert in der Anfrage ungültig.</translation>
    </message>
    <message>
        <source>A value was missing</source>
        <translation>Ein Wert fehlte</translation>
    </message>
    <message>
        <source>PostPress says a required value was missing from the request.</source>
        <translation>Laut PostPress fehlte in der Anfrage ein Pflichtwert.</translation>
    </message>
    <message>
        <source>The values do not fit together</source>
        <translation>Die Werte passen nicht zusammen</translation>
    </message>
    <message>
        <source>PostPress says the values do not fit together; check that %1 is the right provider for this account.</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation>Laut PostPress passen die Werte nicht zusammen; prüfen Sie, ob %1 die richtige Plattform für dieses Konto ist.</translation>
    </message>
    <message>
        <source>%1 refused the request</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation>%1 hat die Anfrage abgelehnt</translation>
    </message>
    <message>
        <source>%1 refused the request as sent, often because the code is not in the form it expects.</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation>%1 hat die Anfrage in dieser Form abgelehnt, oft weil der Code nicht das erwartete Format hat.</translation>
    </message>
    <message>
        <source>Too much text for %1</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation>Zu viel Text für %1</translation>
    </message>
    <message>
        <source>%1 cannot take a request this large. Check that only the code was pasted, not a whole message, and type it again.</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation>%1 kann eine so große Anfrage nicht annehmen. Prüfen Sie, ob nur der Code eingefügt wurde und keine ganze Nachricht, und geben Sie ihn erneut ein.</translation>
    </message>
    <message>
        <source>The code is too long</source>
        <translation>Der Code ist zu lang</translation>
    </message>
    <message>
        <source>The code has more characters than allowed. Type only the code itself, without the words around it.</source>
        <translation>Der Code hat mehr Zeichen als erlaubt. Geben Sie nur den Code selbst ein, ohne den Text drumherum.</translation>
    </message>
    <message>
        <source>The API address has characters PostPress cannot accept</source>
        <translation>Die API-Adresse enthält Zeichen, die PostPress nicht annimmt</translation>
    </message>
    <message>
        <source>PostPress found characters it cannot accept in the address of the request. Check the API address this window was opened with; if it looks right, copy the details for PostPress support.</source>
        <translation>PostPress hat in der Adresse der Anfrage Zeichen gefunden, die es nicht annimmt. Prüfen Sie die API-Adresse, mit der dieses Fenster geöffnet wurde; wenn sie richtig aussieht, kopieren Sie die Details für den PostPress-Support.</translation>
    </message>
    <message>
        <source>PostPress refused a limit this app never sets</source>
        <translation>PostPress hat ein Limit abgelehnt, das diese App nie setzt</translation>
    </message>
    <message>
        <source>This error is about list sizes, which a checkpoint request does not use, so it points to a problem at PostPress. Copy the details for PostPress support.</source>
        <translation>Dieser Fehler betrifft Listengrößen, die eine Prüfungsanfrage nicht verwendet; er weist also auf ein Problem bei PostPress hin. Kopieren Sie die Details für den PostPress-Support.</translation>
    </message>
    <message>
        <source>PostPress refused the request</source>
        <translation>PostPress hat die Anfrage abgelehnt</translation>
    </message>
    <message>
        <source>%1 rejected the code: it may be mistyped, or it has expired, since most codes expire within minutes.</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation>%1 hat den Code abgelehnt: Vielleicht wurde er falsch eingegeben oder er ist abgelaufen, denn die meisten Codes laufen nach wenigen Minuten ab.</translation>
    </message>
    <message>
        <source>Ask the customer for the newest code, or send a new one with Resend code, then type it in.</source>
        <translation>Bitten Sie den Kunden um den neuesten Code oder fordern Sie mit Code erneut senden einen neuen an, und geben Sie ihn dann ein.</translation>
    </message>
    <message>
        <source>Ask the customer for the newest code, then type it in.</source>
        <translation>Bitten Sie den Kunden um den neuesten Code und geben Sie ihn dann ein.</translation>
    </message>
    <message>
        <source>The code was not accepted</source>
        <translation>Der Code wurde nicht akzeptiert</translation>
    </message>
    <message>
        <source>This checkpoint cannot be solved here</source>
        <translation>Diese Sicherheitsprüfung lässt sich hier nicht lösen</translation>
    </message>
    <message>
        <source>%1 says this checkpoint cannot be solved with a code. Start the connection again from the beginning in PostPress; if this happens again, copy the details for PostPress support.</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation>Laut %1 lässt sich diese Sicherheitsprüfung nicht mit einem Code lösen. Starten Sie die Verbindung in PostPress von vorn; passiert das erneut, kopieren Sie die Details für den PostPress-Support.</translation>
    </message>
    <message>
        <source>No API key was sent</source>
        <translation>Es wurde kein API-Schlüssel gesendet</translation>
    </message>
    <message>
        <source>PostPress received no API key, so nothing was done with the code. Enter the key from the PostPress dashboard, then submit again.</source>
        <translation>PostPress hat keinen API-Schlüssel erhalten; mit dem Code ist also nichts geschehen. Geben Sie den Schlüssel aus dem PostPress-Dashboard ein und senden Sie erneut.</translation>
    </message>
    <message>
        <source>The API key has expired</source>
        <translation>Der API-Schlüssel ist abgelaufen</translation>
    </message>
    <message>
        <source>PostPress refused the API key because it has expired, so nothing was done with the code. Get a new key from the PostPress dashboard, enter it, then submit again.</source>
        <translation>PostPress hat den API-Schlüssel abgelehnt, weil er abgelaufen ist; mit dem Code ist also nichts geschehen. Holen Sie einen neuen Schlüssel aus dem PostPress-Dashboard, geben Sie ihn ein und senden Sie erneut.</translation>
    </message>
    <message>
        <source>The API key was not accepted</source>
        <translation>Der API-Schlüssel wurde nicht akzeptiert</translation>
    </message>
    <message>
        <source>PostPress refused the API key: it is wrong or no longer valid, so nothing was done with the code. Enter the right key from the PostPress dashboard, then submit again.</source>
        <translation>PostPress hat den API-Schlüssel abgelehnt: Er ist falsch oder nicht mehr gültig; mit dem Code ist also nichts geschehen. Geben Sie den richtigen Schlüssel aus dem PostPress-Dashboard ein und senden Sie erneut.</translation>
    </message>
    <message>
        <source>%1 has restricted this account</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation>%1 hat dieses Konto eingeschränkt</translation>
    </message>
    <message>
        <source>%1 has restricted or suspended the customer&apos;s account, so it cannot be connected now. Tell the customer to sign in to %1 directly and follow its steps to lift the restriction, then connect again.</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation>%1 hat das Konto des Kunden eingeschränkt oder gesperrt, daher kann es jetzt nicht verbunden werden. Bitten Sie den Kunden, sich direkt bei %1 anzumelden und die Schritte zur Aufhebung der Einschränkung zu befolgen; verbinden Sie es danach erneut.</translation>
    </message>
    <message>
        <source>The login belongs to another account</source>
        <translation>Die Anmeldung gehört zu einem anderen Konto</translation>
    </message>
    <message>
        <source>The credentials of this login do not match the account id. Check the account id, and ask the customer whether they signed in to %1 with another account.</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation>Die Zugangsdaten dieser Anmeldung passen nicht zur Konto-ID. Prüfen Sie die Konto-ID und fragen Sie den Kunden, ob er sich mit einem anderen Konto bei %1 angemeldet hat.</translation>
    </message>
    <message>
        <source>The account lacks permissions</source>
        <translation>Dem Konto fehlen Berechtigungen</translation>
    </message>
    <message>
        <source>The account does not have the permissions this needs. Ask the customer whether their %1 account has the access it needs (for example an admin role), or escalate to whoever manages your PostPress workspace.</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation>Dem Konto fehlen die dafür nötigen Berechtigungen. Fragen Sie den Kunden, ob sein %1-Konto die nötigen Zugriffsrechte hat (zum Beispiel eine Administratorrolle), oder eskalieren Sie an die Person, die Ihren PostPress-Workspace verwaltet.</translation>
    </message>
    <message>
        <source>The login session belongs to another account</source>
        <translation>Die Anmeldesitzung gehört zu einem anderen Konto</translation>
    </message>
    <message>
        <source>The session PostPress holds does not match this account, for example after a login was started for another account. Start the connection again in PostPress, then enter the new code.</source>
        <translation>Die Sitzung, die PostPress hält, passt nicht zu diesem Konto, zum Beispiel weil eine Anmeldung für ein anderes Konto gestartet wurde. Starten Sie die Verbindung in PostPress neu und geben Sie dann den neuen Code ein.</translation>
    </message>
    <message>
        <source>Not included in your PostPress plan</source>
        <translation>Nicht in Ihrem PostPress-Tarif enthalten</translation>
    </message>
    <message>
        <source>Connecting this account needs a feature that is not part of your PostPress subscription; the customer cannot fix this. Escalate to whoever owns your PostPress plan.</source>
        <translation>Für die Verbindung dieses Kontos wird eine Funktion benötigt, die nicht Teil Ihres PostPress-Abonnements ist; der Kunde kann das nicht beheben. Eskalieren Sie an die Person, die für Ihren PostPress-Tarif zuständig ist.</translation>
    </message>
    <message>
        <source>A PostPress subscription is needed</source>
        <translation>Ein PostPress-Abonnement ist erforderlich</translation>
    </message>
    <message>
        <source>Your PostPress workspace has no active subscription for this; the customer cannot fix this. Ask whoever owns your PostPress plan to renew or upgrade it.</source>
        <translation>Ihr PostPress-Workspace hat dafür kein aktives Abonnement; der Kunde kann das nicht beheben. Bitten Sie die für Ihren PostPress-Tarif zuständige Person, ihn zu verlängern oder zu erweitern.</translation>
    </message>
    <message>
        <source>No login in progress for this account</source>
        <translation>Keine laufende Anmeldung für dieses Konto</translation>
    </message>
    <message>
        <source>PostPress has no login in progress for this account id: it may have expired or the id may be wrong. Check the account id, or start the connection again in PostPress.</source>
        <translation>PostPress hat für diese Konto-ID keine laufende Anmeldung: Sie ist vielleicht abgelaufen oder die ID ist falsch. Prüfen Sie die Konto-ID oder starten Sie die Verbindung in PostPress neu.</translation>
    </message>
    <message>
        <source>The customer must finish a step in %1</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation>Der Kunde muss einen Schritt in %1 abschließen</translation>
    </message>
    <message>
        <source>%1 needs the customer to complete a step in its own app or website, such as confirming their identity. Ask them to open %1 and finish it, then press Retry.</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation>%1 verlangt vom Kunden einen Schritt in der eigenen App oder auf der eigenen Website, etwa eine Bestätigung der Identität. Bitten Sie ihn, %1 zu öffnen und den Schritt abzuschließen; klicken Sie dann auf Wiederholen.</translation>
    </message>
    <message>
        <source>Access is restricted</source>
        <translation>Der Zugriff ist eingeschränkt</translation>
    </message>
    <message>
        <source>PostPress does not let this API key use this account or feature. Escalate to whoever manages your PostPress workspace, with the details copied.</source>
        <translation>PostPress erlaubt diesem API-Schlüssel nicht, dieses Konto oder diese Funktion zu nutzen. Eskalieren Sie mit den kopierten Details an die Person, die Ihren PostPress-Workspace verwaltet.</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Nicht erlaubt</translation>
    </message>
    <message>
        <source>Copy the details and pass them to PostPress support.</source>
        <translation>Kopieren Sie die Details und geben Sie sie an den PostPress-Support weiter.</translation>
    </message>
    <message>
        <source>The account&apos;s proxy refused the login</source>
        <translation>Der Proxy des Kontos hat die Anmeldung abgelehnt</translation>
    </message>
    <message>
        <source>The proxy set for this account in PostPress rejected the connection (this is not your own network). Retry shortly; if it keeps failing, check the proxy&apos;s user name and password in PostPress or change the proxy.</source>
        <translation>Der für dieses Konto in PostPress eingestellte Proxy hat die Verbindung abgelehnt (das ist nicht Ihr eigenes Netzwerk). Versuchen Sie es gleich noch einmal; schlägt es weiter fehl, prüfen Sie Benutzername und Passwort des Proxys in PostPress oder wechseln Sie den Proxy.</translation>
    </message>
    <message>
        <source>A proxy asked for a login</source>
        <translation>Ein Proxy hat eine Anmeldung verlangt</translation>
    </message>
    <message>
        <source>Either the account&apos;s proxy in PostPress or your own network&apos;s proxy wants a login; retry shortly, and if it keeps failing, ask IT.</source>
        <translation>Entweder der Proxy des Kontos in PostPress oder der Proxy Ihres eigenen Netzwerks verlangt eine Anmeldung; versuchen Sie es gleich noch einmal, und wenn es weiter fehlschlägt, wenden Sie sich an die IT.</translation>
    </message>
    <message>
        <source>Result unknown: no answer in time</source>
        <translation>Ergebnis unbekannt: keine rechtzeitige Antwort</translation>
    </message>
    <message>
        <source>%1 did not answer PostPress in time.</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation>%1 hat PostPress nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>Result unknown: the request timed out</source>
        <translation>Ergebnis unbekannt: Zeitüberschreitung der Anfrage</translation>
    </message>
    <message>
        <source>The request timed out on its way between PostPress and %1.</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation>Die Anfrage hat auf dem Weg zwischen PostPress und %1 das Zeitlimit überschritten.</translation>
    </message>
    <message>
        <source>Another operation replaced this one</source>
        <translation>Ein anderer Vorgang hat diesen ersetzt</translation>
    </message>
    <message>
        <source>A later operation on this account cancelled this one, often a colleague or another window working on the same account. Find out who else is on it before doing anything more, so you do not undo each other&apos;s work.</source>
        <translation>Ein späterer Vorgang für dieses Konto hat diesen abgebrochen, oft von einer Kollegin, einem Kollegen oder einem anderen Fenster, das am selben Konto arbeitet. Klären Sie, wer sonst daran arbeitet, bevor Sie weitermachen, damit Sie nicht gegenseitig Ihre Arbeit rückgängig machen.</translation>
    </message>
    <message>
        <source>Account already connected</source>
        <translation>Konto bereits verbunden</translation>
    </message>
    <message>
        <source>PostPress already has this account connected, so there is nothing left to do here. Check in PostPress that it is the account the customer expects.</source>
        <translation>Dieses Konto ist in PostPress bereits verbunden, hier ist also nichts mehr zu tun. Prüfen Sie in PostPress, ob es das Konto ist, das der Kunde erwartet.</translation>
    </message>
    <message>
        <source>Another operation is in the way</source>
        <translation>Ein anderer Vorgang steht im Weg</translation>
    </message>
    <message>
        <source>Check whether a colleague or another window is working on this account before trying again.</source>
        <translation>Prüfen Sie, ob eine Kollegin, ein Kollege oder ein anderes Fenster an diesem Konto arbeitet, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>Check the account id, the provider and the code; if they look right, copy the details for PostPress support.</source>
        <translation>Prüfen Sie Konto-ID, Plattform und Code; wenn sie richtig aussehen, kopieren Sie die Details für den PostPress-Support.</translation>
    </message>
    <message>
        <source>PostPress has a problem on its side</source>
        <translation>PostPress hat ein Problem auf seiner Seite</translation>
    </message>
    <message>
        <source>Check the account in PostPress before trying again, and copy the details for a ticket.</source>
        <translation>Prüfen Sie das Konto in PostPress, bevor Sie es erneut versuchen, und kopieren Sie die Details für ein Ticket.</translation>
    </message>
    <message>
        <source>Something went wrong at PostPress</source>
        <translation>Bei PostPress ist etwas schiefgelaufen</translation>
    </message>
    <message>
        <source>PostPress hit an unexpected error on its side; if it happens again, copy the details for PostPress support.</source>
        <translation>Bei PostPress ist ein unerwarteter Fehler aufgetreten; passiert das erneut, kopieren Sie die Details für den PostPress-Support.</translation>
    </message>
    <message>
        <source>%1 is having problems</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation>%1 hat Probleme</translation>
    </message>
    <message>
        <source>%1 itself is having operational problems, which is not the customer&apos;s fault; if the code expires meanwhile, ask for a new one.</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation>%1 selbst hat Betriebsprobleme, für die der Kunde nichts kann; läuft der Code in der Zwischenzeit ab, fordern Sie einen neuen an.</translation>
    </message>
    <message>
        <source>The login attempt has ended</source>
        <translation>Der Anmeldeversuch ist beendet</translation>
    </message>
    <message>
        <source>The login attempt was stopped after a failure or expired (it lasts about five minutes), so no code can finish it. Start the connection again from the beginning in PostPress, then enter the new code the customer receives.</source>
        <translation>Der Anmeldeversuch wurde nach einem Fehler abgebrochen oder ist abgelaufen (er dauert etwa fünf Minuten), daher kann ihn kein Code mehr abschließen. Starten Sie die Verbindung in PostPress von vorn und geben Sie dann den neuen Code ein, den der Kunde erhält.</translation>
    </message>
    <message>
        <source>PostPress has no session for this account right now</source>
        <translation>PostPress hat gerade keine Sitzung für dieses Konto</translation>
    </message>
    <message>
        <source>PostPress has no session running for this account at the moment; it usually comes back by itself.</source>
        <translation>PostPress hat im Moment keine laufende Sitzung für dieses Konto; sie kommt meist von selbst zurück.</translation>
    </message>
    <message>
        <source>PostPress cannot reach the account&apos;s session</source>
        <translation>PostPress erreicht die Sitzung des Kontos nicht</translation>
    </message>
    <message>
        <source>PostPress cannot reach the session for this account at the moment.</source>
        <translation>PostPress erreicht die Sitzung für dieses Konto im Moment nicht.</translation>
    </message>
    <message>
        <source>PostPress cannot handle this right now</source>
        <translation>PostPress kann das gerade nicht bearbeiten</translation>
    </message>
    <message>
        <source>PostPress has nothing ready to handle this request at the moment.</source>
        <translation>PostPress hat im Moment nichts bereit, um diese Anfrage zu bearbeiten.</translation>
    </message>
    <message>
        <source>PostPress&apos;s network is down</source>
        <translation>Das Netzwerk von PostPress ist ausgefallen</translation>
    </message>
    <message>
        <source>The network on PostPress&apos;s side is down; this is not your connection or the customer&apos;s.</source>
        <translation>Das Netzwerk auf der Seite von PostPress ist ausgefallen; es liegt nicht an Ihrer Verbindung oder der des Kunden.</translation>
    </message>
    <message>
        <source>PostPress is temporarily unavailable</source>
        <translation>PostPress ist vorübergehend nicht verfügbar</translation>
    </message>
    <message>
        <source>PostPress is temporarily unavailable; this usually passes quickly.</source>
        <translation>PostPress ist vorübergehend nicht verfügbar; das geht meist schnell vorbei.</translation>
    </message>
    <message>
        <source>PostPress does not know this account</source>
        <translation>PostPress kennt dieses Konto nicht</translation>
    </message>
    <message>
        <source>PostPress found no such account or address. Check the account id; if it is right, check the API address this window was opened with.</source>
        <translation>PostPress hat kein solches Konto und keine solche Adresse gefunden. Prüfen Sie die Konto-ID; ist sie richtig, prüfen Sie die API-Adresse, mit der dieses Fenster geöffnet wurde.</translation>
    </message>
    <message>
        <source>Another login is in progress for this account</source>
        <translation>Für dieses Konto läuft bereits eine andere Anmeldung</translation>
    </message>
    <message>
        <source>Another login attempt for this account is still running, perhaps from a colleague or another window.</source>
        <translation>Ein anderer Anmeldeversuch für dieses Konto läuft noch, vielleicht von einer Kollegin, einem Kollegen oder einem anderen Fenster.</translation>
    </message>
    <message>
        <source>Too many attempts: wait a moment</source>
        <translation>Zu viele Versuche: Bitte kurz warten</translation>
    </message>
    <message>
        <source>PostPress is limiting how fast requests may be sent.</source>
        <translation>PostPress begrenzt, wie schnell Anfragen gesendet werden dürfen.</translation>
    </message>
    <message>
        <source>The account&apos;s proxy is not working</source>
        <translation>Der Proxy des Kontos funktioniert nicht</translation>
    </message>
    <message>
        <source>The proxy set for this account in PostPress is failing (this is not your own network). Retry shortly; if it keeps failing, change the account&apos;s proxy in PostPress.</source>
        <translation>Der für dieses Konto in PostPress eingestellte Proxy schlägt fehl (das ist nicht Ihr eigenes Netzwerk). Versuchen Sie es gleich noch einmal; schlägt es weiter fehl, ändern Sie den Proxy des Kontos in PostPress.</translation>
    </message>
    <message>
        <source>Result unknown: no answer from PostPress</source>
        <translation>Ergebnis unbekannt: keine Antwort von PostPress</translation>
    </message>
    <message>
        <source>The request left, but PostPress did not answer in time.</source>
        <translation>Die Anfrage wurde gesendet, aber PostPress hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>Result unknown: the connection dropped</source>
        <translation>Ergebnis unbekannt: Verbindung abgebrochen</translation>
    </message>
    <message>
        <source>The connection dropped after the request left, before PostPress answered.</source>
        <translation>Die Verbindung brach nach dem Senden der Anfrage ab, bevor PostPress antwortete.</translation>
    </message>
    <message>
        <source>Cancelled: result unknown</source>
        <translation>Abgebrochen: Ergebnis unbekannt</translation>
    </message>
    <message>
        <source>You cancelled after the request had left, so PostPress may have received it.</source>
        <translation>Sie haben nach dem Senden der Anfrage abgebrochen; PostPress hat sie möglicherweise erhalten.</translation>
    </message>
    <message>
        <source>Result unknown: the answer was too large</source>
        <translation>Ergebnis unbekannt: Antwort zu groß</translation>
    </message>
    <message>
        <source>PostPress sent an answer far larger than expected, so the app did not read it.</source>
        <translation>PostPress hat eine viel größere Antwort als erwartet gesendet, daher hat die App sie nicht gelesen.</translation>
    </message>
    <message>
        <source>Result unknown: your network&apos;s proxy failed</source>
        <translation>Ergebnis unbekannt: Proxy Ihres Netzwerks fehlgeschlagen</translation>
    </message>
    <message>
        <source>The proxy of your own network failed after the request left.</source>
        <translation>Der Proxy Ihres eigenen Netzwerks ist nach dem Senden der Anfrage ausgefallen.</translation>
    </message>
    <message>
        <source>Result unknown: the connection failed</source>
        <translation>Ergebnis unbekannt: Verbindung fehlgeschlagen</translation>
    </message>
    <message>
        <source>The connection failed after the request left, before a full answer came back.</source>
        <translation>Die Verbindung ist nach dem Senden der Anfrage fehlgeschlagen, bevor eine vollständige Antwort zurückkam.</translation>
    </message>
    <message>
        <source>PostPress did not answer</source>
        <translation>PostPress hat nicht geantwortet</translation>
    </message>
    <message>
        <source>The connection timed out before the request was sent, so it is safe to retry. If it keeps happening, check your network.</source>
        <translation>Die Verbindung hat vor dem Senden der Anfrage das Zeitlimit überschritten; Sie können es gefahrlos erneut versuchen. Passiert das öfter, prüfen Sie Ihr Netzwerk.</translation>
    </message>
    <message>
        <source>The connection to PostPress dropped</source>
        <translation>Die Verbindung zu PostPress ist abgebrochen</translation>
    </message>
    <message>
        <source>The connection dropped before the request was sent, so it is safe to retry.</source>
        <translation>Die Verbindung brach vor dem Senden der Anfrage ab; Sie können es gefahrlos erneut versuchen.</translation>
    </message>
    <message>
        <source>Cancelled, nothing sent</source>
        <translation>Abgebrochen, nichts gesendet</translation>
    </message>
    <message>
        <source>You cancelled before the request left this computer, so the code was not used. Submit it again when you are ready.</source>
        <translation>Sie haben abgebrochen, bevor die Anfrage diesen Computer verlassen hat; der Code wurde also nicht verwendet. Senden Sie ihn erneut, wenn Sie bereit sind.</translation>
    </message>
    <message>
        <source>Your network&apos;s proxy failed</source>
        <translation>Der Proxy Ihres Netzwerks ist ausgefallen</translation>
    </message>
    <message>
        <source>The proxy of your own network (not the account&apos;s proxy in PostPress) did not pass the request on, so nothing was sent. Retry; if it keeps failing, ask your IT team.</source>
        <translation>Der Proxy Ihres eigenen Netzwerks (nicht der Proxy des Kontos in PostPress) hat die Anfrage nicht weitergeleitet, daher wurde nichts gesendet. Versuchen Sie es erneut; schlägt es weiter fehl, wenden Sie sich an Ihr IT-Team.</translation>
    </message>
    <message>
        <source>Could not reach PostPress</source>
        <translation>PostPress nicht erreichbar</translation>
    </message>
    <message>
        <source>The connection failed before the request was sent, so it is safe to retry. If it keeps happening, check your network or tell your IT team.</source>
        <translation>Die Verbindung ist vor dem Senden der Anfrage fehlgeschlagen; Sie können es gefahrlos erneut versuchen. Passiert das öfter, prüfen Sie Ihr Netzwerk oder informieren Sie Ihr IT-Team.</translation>
    </message>
    <message>
        <source>Not sent: the API address is not secure</source>
        <translation>Nicht gesendet: Die API-Adresse ist nicht sicher</translation>
    </message>
    <message>
        <source>The API address uses plain http, so the app refused to send the key and the code over it; nothing was sent. Open the window with an address starting with https://.</source>
        <translation>Die API-Adresse verwendet unverschlüsseltes http, daher hat die App Schlüssel und Code nicht darüber gesendet; es wurde nichts gesendet. Öffnen Sie das Fenster mit einer Adresse, die mit https:// beginnt.</translation>
    </message>
    <message>
        <source>Could not connect to PostPress</source>
        <translation>Verbindung zu PostPress nicht möglich</translation>
    </message>
    <message>
        <source>PostPress refused the connection, so nothing was sent and it is safe to retry. If it keeps happening, check your network and the API address.</source>
        <translation>PostPress hat die Verbindung abgelehnt; es wurde nichts gesendet, und Sie können es gefahrlos erneut versuchen. Passiert das öfter, prüfen Sie Ihr Netzwerk und die API-Adresse.</translation>
    </message>
    <message>
        <source>PostPress&apos;s address was not found</source>
        <translation>Die Adresse von PostPress wurde nicht gefunden</translation>
    </message>
    <message>
        <source>The API address could not be looked up, so nothing was sent and it is safe to retry. Check that this computer is online and the address is spelled right.</source>
        <translation>Die API-Adresse konnte nicht aufgelöst werden; es wurde nichts gesendet, und Sie können es gefahrlos erneut versuchen. Prüfen Sie, ob dieser Computer online ist und die Adresse richtig geschrieben ist.</translation>
    </message>
    <message>
        <source>The connection to PostPress is not trusted</source>
        <translation>Die Verbindung zu PostPress ist nicht vertrauenswürdig</translation>
    </message>
    <message>
        <source>The secure connection to PostPress could not be verified, so nothing was sent. Do not try to work around it: tell your IT team, as someone may be intercepting the connection.</source>
        <translation>Die sichere Verbindung zu PostPress konnte nicht überprüft werden, daher wurde nichts gesendet. Versuchen Sie nicht, das zu umgehen: Informieren Sie Ihr IT-Team, denn möglicherweise fängt jemand die Verbindung ab.</translation>
    </message>
    <message>
        <source>PostPress answered with a redirect</source>
        <translation>PostPress antwortete mit einer Weiterleitung</translation>
    </message>
    <message>
        <source>The app never follows redirects, so your API key and the code went nowhere else. Check the API address this window was opened with: it may be outdated or miss https:// or the version path.</source>
        <translation>Die App folgt nie Weiterleitungen, daher sind Ihr API-Schlüssel und der Code nirgendwo anders hingegangen. Prüfen Sie die API-Adresse, mit der dieses Fenster geöffnet wurde: Vielleicht ist sie veraltet oder ihr fehlt https:// oder der Versionspfad.</translation>
    </message>
    <message>
        <source>Not sent: part of the app is missing</source>
        <translation>Nicht gesendet: Ein Teil der App fehlt</translation>
    </message>
    <message>
        <source>The part of this app that sends requests is missing or broken, so nothing was sent and the code was not used. Reinstall PostPress Checkpoint, or ask your IT team to reinstall it.</source>
        <translation>Der Teil dieser App, der Anfragen sendet, fehlt oder ist beschädigt. Daher wurde nichts gesendet und der Code wurde nicht verbraucht. Installieren Sie PostPress Checkpoint neu oder bitten Sie Ihr IT-Team darum.</translation>
    </message>
    <message>
        <source>You sent account %1, but PostPress answered about account %2. Check account %1 in PostPress before telling the customer anything, and copy the details for a ticket.</source>
        <extracomment>%1 is the account id that was sent, %2 the one PostPress answered about</extracomment>
        <translation>Sie haben das Konto %1 gesendet, aber PostPress hat zum Konto %2 geantwortet. Prüfen Sie das Konto %1 in PostPress, bevor Sie dem Kunden etwas sagen, und kopieren Sie die Details für ein Ticket.</translation>
    </message>
    <message>
        <source>PostPress answered about another account</source>
        <translation>PostPress hat zu einem anderen Konto geantwortet</translation>
    </message>
    <message>
        <source>%1 wants a mobile number for this account. Pick the country and type the number as the customer says it.</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation>%1 möchte eine Mobilnummer für dieses Konto. Wählen Sie das Land und geben Sie die Nummer so ein, wie der Kunde sie sagt.</translation>
    </message>
</context>
<context>
    <name>HelpdeskLink</name>
    <message>
        <source>A link never carries a code or a key: the agent types the code the customer reads out, and the API key comes from the system keychain. The link was not opened.</source>
        <translation>Ein Link enthält nie einen Code oder Schlüssel: Den Code, den der Kunde vorliest, tippt der Agent ein, und der API-Schlüssel kommt aus dem Systemschlüsselbund. Der Link wurde nicht geöffnet.</translation>
    </message>
    <message>
        <source>A link cannot choose the API server; only --api-url on the command line or the settings can. The link was not opened.</source>
        <translation>Ein Link kann den API-Server nicht wählen; das können nur --api-url in der Befehlszeile oder die Einstellungen. Der Link wurde nicht geöffnet.</translation>
    </message>
    <message>
        <source>The link has an empty parameter (&quot;&amp;&amp;&quot;, or &quot;&amp;&quot; at an end).</source>
        <translation>Der Link enthält einen leeren Parameter („&amp;&amp;“ oder „&amp;“ am Anfang oder Ende).</translation>
    </message>
    <message>
        <source>The link is not correctly encoded: &quot;%&quot; must be followed by two hexadecimal digits, and the bytes must be UTF-8 text.</source>
        <translation>Der Link ist nicht korrekt kodiert: Auf „%“ müssen zwei Hexadezimalziffern folgen, und die Bytes müssen UTF-8-Text sein.</translation>
    </message>
    <message>
        <source>The parameter %1 appears more than once in the link.</source>
        <translation>Der Parameter %1 kommt mehrfach im Link vor.</translation>
    </message>
    <message>
        <source>The parameter %1 in the link has no value.</source>
        <translation>Der Parameter %1 im Link hat keinen Wert.</translation>
    </message>
    <message>
        <source>The value of %1 in the link contains spaces or control characters.</source>
        <translation>Der Wert von %1 im Link enthält Leerzeichen oder Steuerzeichen.</translation>
    </message>
    <message>
        <source>The link names no account: it needs account_id, as in %1.</source>
        <translation>Der Link nennt kein Konto: Er braucht account_id, wie in %1.</translation>
    </message>
    <message>
        <source>The link is too long: %1 characters, at most %2.</source>
        <translation>Der Link ist zu lang: %1 Zeichen, höchstens %2.</translation>
    </message>
    <message>
        <source>The link contains spaces or characters that a link must percent-encode.</source>
        <translation>Der Link enthält Leerzeichen oder Zeichen, die in einem Link prozentkodiert sein müssen.</translation>
    </message>
    <message>
        <source>The link is not in the expected form %1.</source>
        <translation>Der Link hat nicht die erwartete Form %1.</translation>
    </message>
    <message>
        <source>The link must not have a fragment (&quot;#&quot; and what follows).</source>
        <translation>Der Link darf kein Fragment enthalten („#“ und alles danach).</translation>
    </message>
    <message>
        <source>This link is for another program: PostPress Checkpoint opens only links like %1.</source>
        <translation>Dieser Link ist für ein anderes Programm: PostPress Checkpoint öffnet nur Links wie %1.</translation>
    </message>
    <message>
        <source>The link has an unknown parameter. A link carries only account_id, provider and ticket.</source>
        <translation>Der Link enthält einen unbekannten Parameter. Ein Link enthält nur account_id, provider und ticket.</translation>
    </message>
    <message>
        <source>The link has an unknown parameter &quot;%1&quot;. A link carries only account_id, provider and ticket.</source>
        <translation>Der Link enthält den unbekannten Parameter „%1“. Ein Link enthält nur account_id, provider und ticket.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>History is off: Qt&apos;s SQLite driver is not installed (libqt6sql6-sqlite).</source>
        <translation>Verlauf aus: Der SQLite-Treiber von Qt ist nicht installiert (libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>History is off: its folder %1 cannot be created.</source>
        <translation>Verlauf aus: Sein Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>History is off: its file is damaged and cannot be moved aside.</source>
        <translation>Verlauf aus: Seine Datei ist beschädigt und kann nicht beiseitegelegt werden.</translation>
    </message>
    <message>
        <source>The history file was damaged: it was moved to %1 and a new history started.</source>
        <translation>Die Verlaufsdatei war beschädigt: Sie wurde nach %1 verschoben, und ein neuer Verlauf wurde begonnen.</translation>
    </message>
    <message>
        <source>History is off: another program is using its file.</source>
        <translation>Verlauf aus: Ein anderes Programm verwendet seine Datei.</translation>
    </message>
    <message>
        <source>History is off: the disk is full.</source>
        <translation>Verlauf aus: Der Datenträger ist voll.</translation>
    </message>
    <message>
        <source>History is off: its file %1 cannot be written.</source>
        <translation>Verlauf aus: Seine Datei %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>History is off: its file is damaged.</source>
        <translation>Verlauf aus: Seine Datei ist beschädigt.</translation>
    </message>
    <message>
        <source>History is off: %1</source>
        <extracomment>%1 is SQLite&apos;s own message, in English</extracomment>
        <translation>Verlauf aus: %1</translation>
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
        <translation>Anfrage-ID %1</translation>
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
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>Konto-ID</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Problem type</source>
        <translation>Problemtyp</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>Anfrage-ID</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source>Attempt history</source>
        <translation>Verlauf der Versuche</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>Verlauf durchsuchen</translation>
    </message>
    <message>
        <source>Account, ticket, request ID, outcome…</source>
        <translation>Konto, Ticket, Anfrage-ID, Ergebnis…</translation>
    </message>
    <message>
        <source>Only this window&apos;s account</source>
        <translation>Nur das Konto dieses Fensters</translation>
    </message>
    <message>
        <source>Attempts, newest first</source>
        <translation>Versuche, neueste zuerst</translation>
    </message>
    <message>
        <source>&amp;Copy for ticket</source>
        <translation>Für &amp;Ticket kopieren</translation>
    </message>
    <message>
        <source>Copy the selected attempts for a ticket</source>
        <translation>Die ausgewählten Versuche für ein Ticket kopieren</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>Als CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export the attempts shown as CSV</source>
        <translation>Die angezeigten Versuche als CSV exportieren</translation>
    </message>
    <message>
        <source>C&amp;lear history…</source>
        <translation>Verlauf &amp;löschen…</translation>
    </message>
    <message>
        <source>Clear the whole history</source>
        <translation>Den ganzen Verlauf löschen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>The history could not be saved to %1: %2</source>
        <extracomment>%1 is the file, %2 the system&apos;s reason</extracomment>
        <translation>Der Verlauf konnte nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>No attempts are recorded on this computer yet.</source>
        <translation>Auf diesem Computer sind noch keine Versuche aufgezeichnet.</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n attempt(s).</source>
        <translation>
            <numerusform>%1 von %n Versuch angezeigt.</numerusform>
            <numerusform>%1 von %n Versuchen angezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Only account %1</source>
        <extracomment>%1 is an account id</extracomment>
        <translation>&amp;Nur Konto %1</translation>
    </message>
    <message>
        <source>Export history as CSV</source>
        <translation>Verlauf als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Clear the history?</source>
        <translation>Verlauf löschen?</translation>
    </message>
    <message>
        <source>Remove every attempt recorded on this computer, for every account? This cannot be undone.</source>
        <translation>Alle auf diesem Computer aufgezeichneten Versuche löschen, für alle Konten? Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>&amp;Clear history</source>
        <translation>Verlauf &amp;löschen</translation>
    </message>
</context>
<context>
    <name>InstanceMessage</name>
    <message>
        <source>The field %1 is not text.</source>
        <translation>Das Feld %1 ist kein Text.</translation>
    </message>
    <message>
        <source>The field %1 is not an activation token.</source>
        <translation>Das Feld %1 ist kein Aktivierungstoken.</translation>
    </message>
    <message>
        <source>The message has a field it may not carry.</source>
        <translation>Die Nachricht enthält ein unzulässiges Feld.</translation>
    </message>
    <message>
        <source>The message is not of version %1.</source>
        <translation>Die Nachricht hat nicht die Version %1.</translation>
    </message>
    <message>
        <source>The message is longer than %1 bytes.</source>
        <translation>Die Nachricht ist länger als %1 Bytes.</translation>
    </message>
    <message>
        <source>The message is not a JSON object.</source>
        <translation>Die Nachricht ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The message is empty or longer than %1 bytes.</source>
        <translation>Die Nachricht ist leer oder länger als %1 Bytes.</translation>
    </message>
    <message>
        <source>More bytes followed the message.</source>
        <translation>Auf die Nachricht folgten weitere Bytes.</translation>
    </message>
</context>
<context>
    <name>KeyStateLine</name>
    <message>
        <source>Waiting for the system keychain…</source>
        <translation>Warten auf den Systemschlüsselbund…</translation>
    </message>
    <message>
        <source>Saving the API key in the system keychain…</source>
        <translation>API-Schlüssel wird im Systemschlüsselbund gespeichert…</translation>
    </message>
    <message>
        <source>No API key yet: nothing can be sent until one is entered.</source>
        <translation>Noch kein API-Schlüssel: Erst wenn einer eingegeben ist, kann etwas gesendet werden.</translation>
    </message>
    <message>
        <source>API key from the system keychain.</source>
        <translation>API-Schlüssel aus dem Systemschlüsselbund.</translation>
    </message>
    <message>
        <source>API key for this session only: it is forgotten when the app quits.</source>
        <translation>API-Schlüssel nur für diese Sitzung: Er wird beim Beenden der App verworfen.</translation>
    </message>
    <message>
        <source>The system keychain failed.</source>
        <translation>Fehler im Systemschlüsselbund.</translation>
    </message>
    <message>
        <source>&amp;Enter API key…</source>
        <translation>API-Schlüssel ein&amp;geben…</translation>
    </message>
    <message>
        <source>Enter API key</source>
        <translation>API-Schlüssel eingeben</translation>
    </message>
    <message>
        <source>Syste&amp;m details</source>
        <translation>S&amp;ystemdetails</translation>
    </message>
    <message>
        <source>What the system keychain said, for support</source>
        <translation>Was der Systemschlüsselbund gemeldet hat, für den Support</translation>
    </message>
</context>
<context>
    <name>KeychainApiKeyStore</name>
    <message>
        <source>The API key could not be read from the system keychain.</source>
        <translation>Der API-Schlüssel konnte nicht aus dem Systemschlüsselbund gelesen werden.</translation>
    </message>
    <message>
        <source>The API key could not be saved in the system keychain.</source>
        <translation>Der API-Schlüssel konnte nicht im Systemschlüsselbund gespeichert werden.</translation>
    </message>
    <message>
        <source>The API key could not be removed from the system keychain.</source>
        <translation>Der API-Schlüssel konnte nicht aus dem Systemschlüsselbund entfernt werden.</translation>
    </message>
    <message>
        <source>No keychain service (such as GNOME Keyring or KWallet) is running or set up in this session.</source>
        <translation>In dieser Sitzung läuft kein Schlüsselbunddienst (wie GNOME Keyring oder KWallet), oder keiner ist eingerichtet.</translation>
    </message>
    <message>
        <source>The keychain is locked or refused access. Unlock it and try again.</source>
        <translation>Der Schlüsselbund ist gesperrt oder hat den Zugriff verweigert. Entsperren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The keychain reported an error.</source>
        <translation>Der Schlüsselbund hat einen Fehler gemeldet.</translation>
    </message>
    <message>
        <source>The system keychain is locked, so the stored API key cannot be read. Unlock it (for example by logging in again) and restart the program, or use the key for this session only.</source>
        <translation>Der Systemschlüsselbund ist gesperrt, daher kann der gespeicherte API-Schlüssel nicht gelesen werden. Entsperren Sie ihn (zum Beispiel durch erneutes Anmelden) und starten Sie das Programm neu, oder verwenden Sie den Schlüssel nur für diese Sitzung.</translation>
    </message>
</context>
<context>
    <name>LaunchOptions</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>Diese Hilfe anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Version anzeigen und beenden.</translation>
    </message>
    <message>
        <source>The id of the account waiting at a checkpoint.</source>
        <translation>Die ID des Kontos, das auf eine Sicherheitsprüfung wartet.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The provider: %1 (any letter case).</source>
        <translation>Die Plattform: %1 (Groß-/Kleinschreibung egal).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The PostPress API base URL (default %1).</source>
        <translation>Die Basis-URL der PostPress-API (Standard: %1).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Usage: %1 [options] [ACCOUNT_ID]</source>
        <translation>Aufruf: %1 [Optionen] [ACCOUNT_ID]</translation>
    </message>
    <message>
        <source>The API key is never given on the command line: the program asks for it and keeps it in the system keychain.</source>
        <translation>Der API-Schlüssel wird nie in der Befehlszeile angegeben: Das Programm fragt danach und bewahrt ihn im Systemschlüsselbund auf.</translation>
    </message>
    <message>
        <source>Valid options: %1.</source>
        <translation>Gültige Optionen: %1.</translation>
    </message>
    <message>
        <source>--account-id needs a value.</source>
        <translation>--account-id braucht einen Wert.</translation>
    </message>
    <message>
        <source>Solve a PostPress login checkpoint with the code the customer reads out.</source>
        <translation>Eine PostPress-Anmeldeprüfung mit dem Code lösen, den der Kunde vorliest.</translation>
    </message>
    <message>
        <source>Try &apos;postpress-checkpoint --help&apos; for the options.</source>
        <translation>„postpress-checkpoint --help“ zeigt die Optionen.</translation>
    </message>
    <message>
        <source>The link is for provider %1 but --provider says %2.</source>
        <translation>Der Link gilt für Plattform %1, aber --provider nennt %2.</translation>
    </message>
    <message>
        <source>The id of the account (same as --account-id), or a helpdesk link: %1</source>
        <translation>Die ID des Kontos (wie --account-id) oder ein Helpdesk-Link: %1</translation>
    </message>
    <message numerus="yes">
        <source>Too many arguments: %n values were given without an option name. Give one account id; the API key is never given on the command line.</source>
        <translation>
            <numerusform>Zu viele Argumente: %n Wert wurde ohne Optionsnamen angegeben. Geben Sie eine einzige Konto-ID an; der API-Schlüssel wird nie in der Befehlszeile angegeben.</numerusform>
            <numerusform>Zu viele Argumente: %n Werte wurden ohne Optionsnamen angegeben. Geben Sie eine einzige Konto-ID an; der API-Schlüssel wird nie in der Befehlszeile angegeben.</numerusform>
        </translation>
    </message>
    <message>
        <source>--account-id and the value given without an option name differ. Give the account id once.</source>
        <translation>--account-id und der ohne Optionsnamen angegebene Wert unterscheiden sich. Geben Sie die Konto-ID nur einmal an.</translation>
    </message>
    <message>
        <source>This program has no option for the API key.</source>
        <translation>Dieses Programm hat keine Option für den API-Schlüssel.</translation>
    </message>
    <message>
        <source>Unknown option.</source>
        <translation>Unbekannte Option.</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Unbekannte Option „%1“.</translation>
    </message>
    <message>
        <source>--%1 was given more than once, with different values. Give it once.</source>
        <translation>--%1 wurde mehrmals mit verschiedenen Werten angegeben. Geben Sie die Option nur einmal an.</translation>
    </message>
    <message>
        <source>The link is for another account than --account-id says. Give the account once.</source>
        <translation>Der Link gilt für ein anderes Konto als --account-id. Geben Sie das Konto nur einmal an.</translation>
    </message>
    <message>
        <source>The helpdesk ticket the attempts are for: letters, digits and _ - . #, at most %1.</source>
        <translation>Das Helpdesk-Ticket, zu dem die Versuche gehören: Buchstaben, Ziffern und _ - . #, höchstens %1.</translation>
    </message>
    <message>
        <source>--ticket needs a value.</source>
        <translation>--ticket braucht einen Wert.</translation>
    </message>
    <message>
        <source>The link is for another ticket than --ticket says. Give the ticket once.</source>
        <translation>Der Link gehört zu einem anderen Ticket als --ticket angibt. Geben Sie das Ticket nur einmal an.</translation>
    </message>
</context>
<context>
    <name>LaunchRequest</name>
    <message>
        <source>Unknown provider. Valid providers: %1.</source>
        <translation>Unbekannte Plattform. Gültige Plattformen: %1.</translation>
    </message>
</context>
<context>
    <name>MemoryApiKeyStore</name>
    <message>
        <source>The test keychain was told to fail (%1).</source>
        <translation>Der Test-Schlüsselbund sollte fehlschlagen (%1).</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>[API key removed]</source>
        <translation>[API-Schlüssel entfernt]</translation>
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
        <translation>Netzwerk: %1</translation>
    </message>
    <message>
        <source>Title: %1</source>
        <translation>Titel: %1</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>Detail: %1</translation>
    </message>
    <message>
        <source>The answer read: %1</source>
        <translation>Die Antwort lautete: %1</translation>
    </message>
</context>
<context>
    <name>OutcomePanel</name>
    <message>
        <source>Request ID:</source>
        <translation>Anfrage-ID:</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>Anfrage-ID</translation>
    </message>
    <message>
        <source>The identifier PostPress support asks for</source>
        <translation>Die Kennung, nach der der PostPress-Support fragt</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Kop&amp;ieren</translation>
    </message>
    <message>
        <source>Copy the request ID to the clipboard</source>
        <translation>Anfrage-ID in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Copy request ID</source>
        <translation>Anfrage-ID kopieren</translation>
    </message>
    <message>
        <source>Enter a new cod&amp;e</source>
        <translation>Ne&amp;uer Code</translation>
    </message>
    <message>
        <source>&amp;Resend code</source>
        <translation>Code e&amp;rneut senden</translation>
    </message>
    <message>
        <source>Enter phone num&amp;ber</source>
        <translation>Te&amp;lefonnummer eingeben</translation>
    </message>
    <message>
        <source>Replace AP&amp;I key…</source>
        <translation>API-Schlüssel &amp;ersetzen…</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Start o&amp;ver</source>
        <translation>Neu &amp;beginnen</translation>
    </message>
    <message>
        <source>Copy &amp;for ticket</source>
        <translation>Für &amp;Ticket kopieren</translation>
    </message>
    <message>
        <source>Copy a summary for the ticket: time, account, outcome and request ID (never the code)</source>
        <translation>Eine Zusammenfassung für das Ticket kopieren: Zeit, Konto, Ergebnis und Anfrage-ID (nie den Code)</translation>
    </message>
    <message numerus="yes">
        <source>Retry in %n s</source>
        <translation>
            <numerusform>Wiederholen in %n s</numerusform>
            <numerusform>Wiederholen in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Technical details</source>
        <translation>Tec&amp;hnische Details</translation>
    </message>
    <message>
        <source>What the server answered, for PostPress support</source>
        <translation>Was der Server geantwortet hat, für den PostPress-Support</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Technische Details</translation>
    </message>
    <message>
        <source>&amp;Close window</source>
        <translation>Fenster &amp;schließen</translation>
    </message>
    <message>
        <source>Close window</source>
        <translation>Fenster schließen</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>PhoneNumberFormatter</name>
    <message>
        <source>The number is too short for %1.</source>
        <translation>Die Nummer ist zu kurz für %1.</translation>
    </message>
    <message>
        <source>The number is too long for %1.</source>
        <translation>Die Nummer ist zu lang für %1.</translation>
    </message>
    <message>
        <source>The number has the wrong number of digits for %1.</source>
        <translation>Die Nummer hat die falsche Anzahl Ziffern für %1.</translation>
    </message>
    <message>
        <source>The number is incomplete: the area code is missing.</source>
        <translation>Die Nummer ist unvollständig: Die Ortsvorwahl fehlt.</translation>
    </message>
    <message>
        <source>The country code after &quot;+&quot; does not exist.</source>
        <translation>Die Ländervorwahl nach „+“ gibt es nicht.</translation>
    </message>
    <message>
        <source>This is not a valid number in %1: check the digits.</source>
        <translation>Das ist keine gültige Nummer in %1: Prüfen Sie die Ziffern.</translation>
    </message>
    <message>
        <source>Type the customer&apos;s phone number.</source>
        <translation>Geben Sie die Telefonnummer des Kunden ein.</translation>
    </message>
    <message>
        <source>A phone number has no letters: type its digits only.</source>
        <translation>Eine Telefonnummer enthält keine Buchstaben: Geben Sie nur die Ziffern ein.</translation>
    </message>
    <message>
        <source>Choose the customer&apos;s country, or type the number with its country code (+…).</source>
        <translation>Wählen Sie das Land des Kunden oder geben Sie die Nummer mit Ländervorwahl ein (+…).</translation>
    </message>
    <message>
        <source>This is not a phone number.</source>
        <translation>Das ist keine Telefonnummer.</translation>
    </message>
    <message>
        <source>The number is too short.</source>
        <translation>Die Nummer ist zu kurz.</translation>
    </message>
    <message>
        <source>The number is too long.</source>
        <translation>Die Nummer ist zu lang.</translation>
    </message>
    <message>
        <source>Leave out the extension: the provider needs a mobile number.</source>
        <translation>Lassen Sie die Durchwahl weg: Die Plattform braucht eine Mobilnummer.</translation>
    </message>
    <message>
        <source>This number belongs to no country: the provider needs the customer&apos;s mobile number.</source>
        <translation>Diese Nummer gehört zu keinem Land: Der Anbieter braucht die Mobilnummer des Kunden.</translation>
    </message>
    <message>
        <source>Phone numbers cannot be checked on this computer. %1 Choose Code and type the number as (+country code)number, for example (+33)0612345678, or reinstall PostPress Checkpoint.</source>
        <translation>Telefonnummern können auf diesem Computer nicht geprüft werden. %1 Wählen Sie „Code“ und geben Sie die Nummer als (+Ländervorwahl)Nummer ein, zum Beispiel (+33)0612345678, oder installieren Sie PostPress Checkpoint neu.</translation>
    </message>
</context>
<context>
    <name>PhoneNumberLibrary</name>
    <message>
        <source>The phone-number component (%1) is not installed: it is in none of %2.</source>
        <translation>Die Telefonnummern-Komponente (%1) ist nicht installiert: Sie liegt in keinem dieser Ordner: %2.</translation>
    </message>
    <message>
        <source>%1 is not the phone-number component this version needs.</source>
        <translation>%1 ist nicht die Telefonnummern-Komponente, die diese Version braucht.</translation>
    </message>
    <message>
        <source>The phone-number component (%1) did not load: %2.</source>
        <translation>Die Telefonnummern-Komponente (%1) konnte nicht geladen werden: %2.</translation>
    </message>
</context>
<context>
    <name>PluginLibrary</name>
    <message>
        <source>(no folder)</source>
        <translation>(kein Ordner)</translation>
    </message>
    <message>
        <source>%1 could not be checked, so it was not trusted</source>
        <translation>%1 konnte nicht geprüft werden, daher gilt sie nicht als vertrauenswürdig</translation>
    </message>
    <message>
        <source>%1 belongs to another user, so it was not trusted</source>
        <translation>%1 gehört einem anderen Benutzer, daher gilt sie nicht als vertrauenswürdig</translation>
    </message>
    <message>
        <source>others can change %1, so it was not trusted</source>
        <translation>andere Benutzer können %1 ändern, daher gilt sie nicht als vertrauenswürdig</translation>
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
        <translation>Dieser Helpdesk-Link kann nicht verwendet werden.</translation>
    </message>
    <message>
        <source>&amp;Open PostPress Checkpoint</source>
        <translation>PostPress Checkpoint ö&amp;ffnen</translation>
    </message>
    <message>
        <source>The link is not in the form PostPress Checkpoint opens.</source>
        <translation>Der Link hat nicht die Form, die PostPress Checkpoint öffnet.</translation>
    </message>
    <message>
        <source>The account id in the link is missing or is not an account id.</source>
        <translation>Die Konto-ID fehlt im Link oder ist keine Konto-ID.</translation>
    </message>
    <message>
        <source>The provider in the link is not one PostPress connects.</source>
        <translation>Der Anbieter im Link ist keiner, den PostPress verbindet.</translation>
    </message>
    <message>
        <source>The ticket number in the link is not one PostPress Checkpoint can use.</source>
        <translation>Die Ticketnummer im Link kann PostPress Checkpoint nicht verwenden.</translation>
    </message>
    <message>
        <source>The link carries a code or a key, which a link must never do.</source>
        <translation>Der Link enthält einen Code oder einen Schlüssel, was ein Link nie darf.</translation>
    </message>
    <message>
        <source>The link tries to choose the API server, which only the settings may do.</source>
        <translation>Der Link versucht, den API-Server zu wählen; das dürfen nur die Einstellungen.</translation>
    </message>
    <message>
        <source>The link has a part PostPress Checkpoint does not know.</source>
        <translation>Der Link enthält einen Teil, den PostPress Checkpoint nicht kennt.</translation>
    </message>
    <message>
        <source>Something in the link is wrong.</source>
        <translation>Etwas am Link ist fehlerhaft.</translation>
    </message>
    <message>
        <source>Nothing was opened. Ask whoever maintains the link to correct it; Details has the exact reason.

You can open PostPress Checkpoint anyway and type the account id yourself.</source>
        <translation>Es wurde nichts geöffnet. Bitten Sie die Person, die den Link pflegt, ihn zu korrigieren; die Details nennen den genauen Grund.

Sie können PostPress Checkpoint trotzdem öffnen und die Konto-ID selbst eingeben.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>API &amp;URL:</source>
        <translation>API-&amp;URL:</translation>
    </message>
    <message>
        <source>API URL</source>
        <translation>API-URL</translation>
    </message>
    <message>
        <source>Request &amp;timeout:</source>
        <translation>&amp;Zeitlimit für Anfragen:</translation>
    </message>
    <message>
        <source>Request timeout in seconds</source>
        <translation>Zeitlimit für Anfragen in Sekunden</translation>
    </message>
    <message>
        <source>Requests use the system proxy settings.</source>
        <translation>Anfragen verwenden die Proxy-Einstellungen des Systems.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Sp&amp;rache:</translation>
    </message>
    <message>
        <source>The language of the app; the system default follows the language of your desktop</source>
        <translation>Die Sprache der App; die Systemvorgabe folgt der Sprache Ihres Desktops</translation>
    </message>
    <message>
        <source>A new language applies at once, to every open window.</source>
        <translation>Eine neue Sprache gilt sofort für alle offenen Fenster.</translation>
    </message>
    <message>
        <source>&amp;Replace API key…</source>
        <translation>API-Schlüssel &amp;ersetzen…</translation>
    </message>
    <message>
        <source>Replace API key</source>
        <translation>API-Schlüssel ersetzen</translation>
    </message>
    <message>
        <source>&amp;Forget API key…</source>
        <translation>API-Schlüssel &amp;löschen…</translation>
    </message>
    <message>
        <source>Forget API key</source>
        <translation>API-Schlüssel löschen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Restore &amp;defaults</source>
        <translation>Standard &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>How long to wait for an answer from the PostPress API before giving up, from %1 to %2 seconds</source>
        <translation>Wie lange auf eine Antwort der PostPress-API gewartet wird, bevor abgebrochen wird, von %1 bis %2 Sekunden</translation>
    </message>
    <message>
        <source>This run uses %1, given with --api-url on the command line. The URL saved here applies when the app is started without it.</source>
        <translation>Diese Sitzung verwendet %1, angegeben mit --api-url in der Befehlszeile. Die hier gespeicherte URL gilt, wenn die App ohne diese Option gestartet wird.</translation>
    </message>
    <message>
        <source>Cannot save: %1</source>
        <translation>Speichern nicht möglich: %1</translation>
    </message>
    <message>
        <source>The base URL of the PostPress API: https, or http only for this computer when testing</source>
        <translation>Die Basis-URL der PostPress-API: https, oder http nur für Tests auf diesem Computer</translation>
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
        <translation>API-Schlüssel für %1</translation>
    </message>
    <message>
        <source>Paste a new API key for %1; it replaces the one in the system keychain</source>
        <translation>Einen neuen API-Schlüssel für %1 einfügen; er ersetzt den im Systemschlüsselbund</translation>
    </message>
    <message>
        <source>Remove the API key for %1 from this computer, after asking</source>
        <translation>Den API-Schlüssel für %1 nach Rückfrage von diesem Computer entfernen</translation>
    </message>
    <message>
        <source>The key buttons act at once: Save and Cancel below do not apply to them.</source>
        <translation>Die Schlüssel-Schaltflächen wirken sofort: Speichern und Abbrechen unten gelten nicht für sie.</translation>
    </message>
    <message>
        <source>Set by your administrator</source>
        <translation>Von Ihrem Administrator festgelegt</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>&quot;%1&quot; cannot name the socket that keeps this program to one window per account.</source>
        <translation>„%1“ kann den Socket nicht benennen, der dieses Programm auf ein Fenster pro Konto beschränkt.</translation>
    </message>
    <message>
        <source>There is no private runtime directory (XDG_RUNTIME_DIR) for the socket that keeps this program to one window per account.</source>
        <translation>Es gibt kein privates Laufzeitverzeichnis (XDG_RUNTIME_DIR) für den Socket, der dieses Programm auf ein Fenster pro Konto beschränkt.</translation>
    </message>
    <message>
        <source>Cannot create the lock file %1.</source>
        <translation>Die Sperrdatei %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Another PostPress Checkpoint is running but does not answer.</source>
        <translation>Eine andere Instanz von PostPress Checkpoint läuft, antwortet aber nicht.</translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2</source>
        <translation>Lauschen auf %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>There is no running PostPress Checkpoint to pass the request to.</source>
        <translation>Es läuft kein PostPress Checkpoint, an den die Anfrage übergeben werden kann.</translation>
    </message>
    <message>
        <source>The request is too long to pass to the running PostPress Checkpoint.</source>
        <translation>Die Anfrage ist zu lang, um sie an den laufenden PostPress Checkpoint zu übergeben.</translation>
    </message>
    <message>
        <source>The running PostPress Checkpoint did not answer.</source>
        <translation>Der laufende PostPress Checkpoint hat nicht geantwortet.</translation>
    </message>
    <message>
        <source>The running PostPress Checkpoint refused the request.</source>
        <translation>Der laufende PostPress Checkpoint hat die Anfrage abgelehnt.</translation>
    </message>
    <message>
        <source>The path %1 is too long for the socket that keeps this program to one window per account.</source>
        <translation>Der Pfad %1 ist zu lang für den Socket, der dieses Programm auf ein Fenster pro Konto beschränkt.</translation>
    </message>
</context>
<context>
    <name>SubmitPolicy</name>
    <message>
        <source>Enter the customer&apos;s mobile number.</source>
        <translation>Geben Sie die Mobilnummer des Kunden ein.</translation>
    </message>
    <message>
        <source>Enter the code the customer received.</source>
        <translation>Geben Sie den Code ein, den der Kunde erhalten hat.</translation>
    </message>
    <message>
        <source>Enter the account id.</source>
        <translation>Geben Sie die Konto-ID ein.</translation>
    </message>
    <message>
        <source>Choose the provider.</source>
        <translation>Wählen Sie die Plattform.</translation>
    </message>
    <message>
        <source>Waiting for the system keychain…</source>
        <translation>Warten auf den Systemschlüsselbund…</translation>
    </message>
    <message>
        <source>This checkpoint is solved: nothing more to send.</source>
        <translation>Diese Sicherheitsprüfung ist erledigt: Es gibt nichts mehr zu senden.</translation>
    </message>
    <message>
        <source>This login attempt has ended: press Start over before sending a new code.</source>
        <translation>Dieser Anmeldeversuch ist beendet: Klicken Sie auf „Neu beginnen“, bevor Sie einen neuen Code senden.</translation>
    </message>
    <message>
        <source>Wait until Retry can be pressed: the server asked for a pause.</source>
        <translation>Warten Sie, bis „Wiederholen“ verfügbar ist: Der Server hat um eine Pause gebeten.</translation>
    </message>
    <message>
        <source>Enter the API key first (Enter API key…).</source>
        <translation>Geben Sie zuerst den API-Schlüssel ein (API-Schlüssel eingeben…).</translation>
    </message>
    <message>
        <source>This number was already sent: type another one.</source>
        <translation>Diese Nummer wurde bereits gesendet: Geben Sie eine andere ein.</translation>
    </message>
    <message>
        <source>This code was already sent: type the new code.</source>
        <translation>Dieser Code wurde bereits gesendet: Geben Sie den neuen Code ein.</translation>
    </message>
</context>
<context>
    <name>TicketId</name>
    <message>
        <source>The ticket id is empty.</source>
        <translation>Die Ticket-ID ist leer.</translation>
    </message>
    <message>
        <source>The ticket id is too long: %1 characters, at most %2.</source>
        <translation>Die Ticket-ID ist zu lang: %1 Zeichen, höchstens %2.</translation>
    </message>
    <message>
        <source>The ticket id cannot contain spaces, invisible or control characters: character %1 is %2.</source>
        <translation>Die Ticket-ID darf keine Leerzeichen, unsichtbaren Zeichen oder Steuerzeichen enthalten: Zeichen %1 ist %2.</translation>
    </message>
    <message>
        <source>The ticket id cannot contain “%1” (%2, character %3): only ASCII letters, digits and _ - . # are allowed.</source>
        <translation>Die Ticket-ID darf „%1“ nicht enthalten (%2, Zeichen %3): erlaubt sind nur ASCII-Buchstaben, Ziffern und _ - . #.</translation>
    </message>
</context>
<context>
    <name>TicketSummary</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>Konto-ID</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>HTTP-Status</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Account ID in answer</source>
        <translation>Konto-ID in der Antwort</translation>
    </message>
    <message>
        <source>Next checkpoint</source>
        <translation>Nächste Sicherheitsprüfung</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>Anfrage-ID</translation>
    </message>
    <message>
        <source>Request ID header</source>
        <translation>Anfrage-ID-Header</translation>
    </message>
    <message>
        <source>Retry after</source>
        <translation>Wiederholen nach</translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>seconds</comment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Response excerpt</source>
        <translation>Antwortauszug</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>Netzwerkfehler</translation>
    </message>
    <message>
        <source>Reached PostPress</source>
        <translation>Bei PostPress angekommen</translation>
    </message>
    <message>
        <source>unknown: the request may have been applied</source>
        <translation>unbekannt: Die Anfrage wurde möglicherweise ausgeführt</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Another checkpoint step</source>
        <translation>Weiterer Prüfschritt</translation>
    </message>
    <message>
        <source>Code resent</source>
        <translation>Code erneut gesendet</translation>
    </message>
    <message>
        <source>Unexpected answer</source>
        <translation>Unerwartete Antwort</translation>
    </message>
    <message>
        <source>Request refused as invalid</source>
        <translation>Anfrage als ungültig abgelehnt</translation>
    </message>
    <message>
        <source>Code rejected</source>
        <translation>Code abgelehnt</translation>
    </message>
    <message>
        <source>API key rejected</source>
        <translation>API-Schlüssel abgelehnt</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Nicht erlaubt</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Account proxy failed</source>
        <translation>Proxy des Kontos fehlgeschlagen</translation>
    </message>
    <message>
        <source>Timed out: result unknown</source>
        <translation>Zeitüberschreitung: Ergebnis unbekannt</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Too early</source>
        <translation>Zu früh</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>Zu viele Anfragen</translation>
    </message>
    <message>
        <source>Temporarily unavailable</source>
        <translation>Vorübergehend nicht verfügbar</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Serverfehler</translation>
    </message>
    <message>
        <source>Request refused</source>
        <translation>Anfrage abgelehnt</translation>
    </message>
    <message>
        <source>Unexpected HTTP status</source>
        <translation>Unerwarteter HTTP-Status</translation>
    </message>
    <message>
        <source>Not sent: the API address is not secure</source>
        <translation>Nicht gesendet: Die API-Adresse ist nicht sicher</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>Server not found</source>
        <translation>Server nicht gefunden</translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation>Sichere Verbindung fehlgeschlagen</translation>
    </message>
    <message>
        <source>No answer in time</source>
        <translation>Keine rechtzeitige Antwort</translation>
    </message>
    <message>
        <source>Canceled by the agent</source>
        <translation>Vom Agenten abgebrochen</translation>
    </message>
    <message>
        <source>Connection closed before an answer</source>
        <translation>Verbindung vor der Antwort geschlossen</translation>
    </message>
    <message>
        <source>Redirect refused</source>
        <translation>Weiterleitung abgelehnt</translation>
    </message>
    <message>
        <source>Answer too large</source>
        <translation>Antwort zu groß</translation>
    </message>
    <message>
        <source>Local proxy failed</source>
        <translation>Lokaler Proxy fehlgeschlagen</translation>
    </message>
    <message>
        <source>[hidden]</source>
        <translation>[verborgen]</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>One line of the ticket: its label, then its value (French puts a narrow no-break space before the colon)</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>A proxy asked for a login</source>
        <translation>Ein Proxy hat eine Anmeldung verlangt</translation>
    </message>
    <message>
        <source>Not sent: the app&apos;s network component is missing</source>
        <translation>Nicht gesendet: Die Netzwerk-Komponente der App fehlt</translation>
    </message>
    <message>
        <source>Answer about another account</source>
        <translation>Antwort zu einem anderen Konto</translation>
    </message>
    <message>
        <source>Checkpoint cannot be solved with a code</source>
        <translation>Sicherheitsprüfung mit einem Code nicht lösbar</translation>
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
        <translation>API-Schlüssel löschen?</translation>
    </message>
    <message>
        <source>Remove the API key for %1 from this computer? You will have to paste it again before the next code can be sent.</source>
        <translation>Den API-Schlüssel für %1 von diesem Computer entfernen? Sie müssen ihn erneut einfügen, bevor der nächste Code gesendet werden kann.</translation>
    </message>
    <message>
        <source>&amp;Forget key</source>
        <translation>Schlüssel &amp;löschen</translation>
    </message>
</context>
</TS>
