<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <source>PostPress Checkpoint %1
Qt %2 (built with %3)
Operating system: %4
API URL: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About PostPress Checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostPress Checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1

Solve PostPress login checkpoints with the code the customer reads out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy version info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the versions of the app, Qt and the operating system, and the API URL, for a support request</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>AdminPolicy</name>
    <message>
        <source>an https URL such as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number of seconds from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number of days from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provider names separated by commas: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The administrator&apos;s policy %1 is ignored: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The administrator&apos;s settings %1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the unknown setting “%2” was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an unknown setting was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 was ignored: expected %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not belong to root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>others can change %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnswerInput</name>
    <message>
        <source>C&amp;ode from the customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;de</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer with a code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pho&amp;ne number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer with a phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For checkpoints that ask for the customer&apos;s mobile number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>123456</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The one-time code the customer reads out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The country of the customer&apos;s mobile number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number as the customer says it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try another &amp;way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the provider for a different kind of checkpoint, for example a code instead of an in-app approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends TRY_ANOTHER_WAY instead of a code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer&apos;s mobile n&amp;umber:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>country name (calling code)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will send %1 (a number from %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will send %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiBaseUrl</name>
    <message numerus="yes">
        <source>The API URL is longer than %n characters.</source>
        <translation>
            <numerusform>The API URL is longer than %n character.</numerusform>
            <numerusform>The API URL is longer than %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>The API URL is not a valid URL. Example: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API URL must not contain a user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API URL must not contain a query (?) or a fragment (#).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API URL uses plain http. Only https is allowed, except for this computer (localhost, 127.0.0.1, ::1) when testing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API URL must start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiKeyController</name>
    <message>
        <source>The system keychain cannot be reached any more. Restart the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key stored in the system keychain for %1 is not a valid key: it is empty, too long, or contains spaces or other characters a key cannot contain. Enter the key again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain reported an error without saying which.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiKeyDialog</name>
    <message>
        <source>PostPress API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostPress API key from the dashboard; it is kept in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the key while typing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the PostPress API key for %1. It is kept in the system keychain of this computer, so you are asked only once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save in keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use for this session &amp;only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the key in memory until the app quits; it is not stored anywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hid&amp;e</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the API key first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This does not look like an API key: it contains spaces, line breaks or characters that are not plain letters, digits and punctuation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the system keychain… If it does not answer (it may be waiting for its password), use the key for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide what the system keychain reported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiKeyPrompt</name>
    <message>
        <source>The system keychain has not answered yet; it may be waiting for its password. You can use the key for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message numerus="yes">
        <source>No new window: already %n windows open.</source>
        <translation>
            <numerusform>No new window: already %n window open.</numerusform>
            <numerusform>No new window: already %n windows open.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not opened: %1 (already %n windows open)</source>
        <translation>
            <numerusform>Not opened: %1 (already %n window open)</numerusform>
            <numerusform>Not opened: %1 (already %n windows open)</numerusform>
        </translation>
    </message>
    <message>
        <source>This window cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more problems with the administrator&apos;s settings: see the log)</source>
        <translation>
            <numerusform>%1 (and %n more problem with the administrator&apos;s settings: see the log)</numerusform>
            <numerusform>%1 (and %n more problems with the administrator&apos;s settings: see the log)</numerusform>
        </translation>
    </message>
    <message>
        <source>History is off: your administrator turned it off.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttemptNames</name>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n connected</source>
        <translation>
            <numerusform>%n connected</numerusform>
            <numerusform>%n connected</numerusform>
        </translation>
    </message>
    <message>
        <source>Another step</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n led to another step</source>
        <translation>
            <numerusform>%n led to another step</numerusform>
            <numerusform>%n led to another step</numerusform>
        </translation>
    </message>
    <message>
        <source>New code sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new code(s) sent</source>
        <translation>
            <numerusform>%n new code sent</numerusform>
            <numerusform>%n new codes sent</numerusform>
        </translation>
    </message>
    <message>
        <source>Code rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) rejected</source>
        <translation>
            <numerusform>%n code rejected</numerusform>
            <numerusform>%n codes rejected</numerusform>
        </translation>
    </message>
    <message>
        <source>Login ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n found the login ended</source>
        <translation>
            <numerusform>%n found the login ended</numerusform>
            <numerusform>%n found the login ended</numerusform>
        </translation>
    </message>
    <message>
        <source>API key refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n with the API key refused</source>
        <translation>
            <numerusform>%n with the API key refused</numerusform>
            <numerusform>%n with the API key refused</numerusform>
        </translation>
    </message>
    <message>
        <source>Told to wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n told to wait</source>
        <translation>
            <numerusform>%n told to wait</numerusform>
            <numerusform>%n told to wait</numerusform>
        </translation>
    </message>
    <message>
        <source>No clear answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n without a clear answer</source>
        <translation>
            <numerusform>%n without a clear answer</numerusform>
            <numerusform>%n without a clear answer</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n cancelled</numerusform>
            <numerusform>%n cancelled</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message>
        <source>Submit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resend code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try another way</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n ended as %1</source>
        <extracomment>%1 is an outcome name a newer version of the app wrote, e.g. &quot;timed_out&quot;</extracomment>
        <translation>
            <numerusform>%n ended as %1</numerusform>
            <numerusform>%n ended as %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckpointClient</name>
    <message>
        <source>The server&apos;s answer was larger than %1 KiB, far more than this API sends; it was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered HTTP %1, a redirect to %2. The request was not sent there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed the connection without answering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No complete answer within %n second(s).</source>
        <translation>
            <numerusform>No complete answer within %n second.</numerusform>
            <numerusform>No complete answer within %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>The TLS handshake failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckpointRequest</name>
    <message>
        <source>Enter the account id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the code the customer received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code is too long (at most %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code cannot contain control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account id is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account id is too long: %1 characters, at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account id cannot contain spaces, invisible or control characters: character %1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account id cannot contain “%1” (%2, character %3): only ASCII letters, digits and _ - . ~ are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckpointWindow</name>
    <message>
        <source>PostPress Checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acc_…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id of the PostPress account waiting at a checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network the customer is logging in to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop waiting for the answer (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Submit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace API key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forget API key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About PostPress Checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code cleared. Start the connection again in PostPress, then enter the new code the customer receives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another window, for another account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attempts made on this computer, for this account or all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enter API key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Submit number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · ticket %2</source>
        <extracomment>The window title: the account id (or &quot;New checkpoint&quot;), then the helpdesk ticket the window works for</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EarlierAttempts</name>
    <message>
        <source>both codes rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>all %n codes rejected</source>
        <translation>
            <numerusform>all %n codes rejected</numerusform>
            <numerusform>all %n codes rejected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in the last %n minute(s)</source>
        <translation>
            <numerusform>within %n minute</numerusform>
            <numerusform>in the last %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <extracomment>%1 is &quot;2 earlier attempts&quot;, %2 &quot;in the last 40 minutes&quot; (or &quot;12 minutes ago&quot;), %3 how they ended, e.g. &quot;both codes rejected&quot; or &quot;2 codes rejected and 1 connected&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n earlier attempt(s)</source>
        <translation>
            <numerusform>%n earlier attempt</numerusform>
            <numerusform>%n earlier attempts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EffectiveSettings</name>
    <message>
        <source>Your administrator has set the API URL to %1: a link or the command line cannot choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your administrator does not allow checkpoints for %1 on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Guidance</name>
    <message>
        <source>PostPress answered with status %1 and no readable message.</source>
        <extracomment>%1 is an HTTP status number, e.g. 418</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostPress answered with status %1: “%2”.</source>
        <extracomment>%1 is an HTTP status number, %2 the message PostPress sent, quoted as is</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can retry now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wait %n second(s), then press Retry.</source>
        <extracomment>The Retry button counts these seconds down before it can be pressed.</extracomment>
        <translation>
            <numerusform>Wait %n second, then press Retry.</numerusform>
            <numerusform>Wait %n seconds, then press Retry.</numerusform>
        </translation>
    </message>
    <message>
        <source>The code may or may not have been used: press Retry once to find out, and if it is then rejected, ask the customer for a new code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account reconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 is connected again: the customer can use it now. Nothing else to do.</source>
        <extracomment>%1 is the account id</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 is connected: the customer can use it now. Nothing else to do.</source>
        <extracomment>%1 is the account id</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for the code from the text message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent a verification code to the customer&apos;s phone by text message. Ask the customer to read it out, then type it in.</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for the code sent by WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent a verification code to the customer&apos;s WhatsApp. Ask the customer to read it out, then type it in.</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for the code from the authenticator app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 wants the current code from the customer&apos;s authenticator app (for example Google Authenticator). Ask the customer to open it and read out the code shown for %1.</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for the verification code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asks for a two-step verification code (sent by: %2). Ask the customer to read it out, then type it in.</source>
        <extracomment>%1 is the provider, e.g. LinkedIn; %2 where the code was sent, as the API names it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asks for a two-step verification code. Ask the customer where it arrived (text message, authenticator app or WhatsApp) and to read it out.</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the customer to approve the sign-in in the %1 app</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer must open the %1 app on their phone and approve this sign-in; the login then finishes by itself, so check in PostPress that the account shows as connected. If they cannot approve it, use Try another way to get a code instead.</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 wants a CAPTCHA solved</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CAPTCHA cannot be solved with a code from this window. Ask the customer to finish the login themselves in PostPress, or use Try another way to ask %1 for a code instead.</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 wants a QR code scanned</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A QR code cannot be solved with a code from this window. The customer must finish the login themselves in PostPress and scan the QR code there with the %1 app on their phone.</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asks which contract to use</source>
        <extracomment>%1 is the provider, e.g. LinkedIn. A contract is a paid plan of the customer&apos;s account.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s %1 account has several contracts and one must be chosen, which cannot be done from this window. Ask the customer to finish the login themselves in PostPress and choose the contract there.</source>
        <extracomment>%1 is the provider, e.g. LinkedIn. A contract is a paid plan of the customer&apos;s account.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asks for another step</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the customer received a code, type it in; otherwise ask them to finish the login themselves in PostPress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asks for another step but did not say which.</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asks for a step this app does not know yet: %2.</source>
        <extracomment>%1 is the provider, e.g. LinkedIn; %2 the name of the step as the API sends it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for the one-time code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent a one-time code to the customer by e-mail or text message. Ask the customer to check both and read out the newest code.</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for the customer&apos;s mobile number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new code is on its way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is sending the code or the app notification to the customer again; it can take a minute. Use only the newest code: resending does not give the login more time.</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected answer from PostPress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the account in PostPress before doing anything else, and copy the details for a ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostPress answered “%1” but without an account id, so the account is not confirmed as connected.</source>
        <extracomment>%1 is the name of the answer, e.g. AccountCreated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostPress did not confirm that the code was sent again. Ask the customer whether a new code arrived, and copy the details for a ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostPress answered “%1”, which this app does not know, so the account is not confirmed as connected.</source>
        <extracomment>%1 is the name of the answer as PostPress sent it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account id looks wrong: copy it again from PostPress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code looks like a phone number without its country prefix: if it is one, switch to phone number mode so it is sent as (+CC)number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the code with the customer and type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostPress found a value it cannot accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostPress says a value in the request is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value was missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostPress says a required value was missing from the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The values do not fit together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostPress says the values do not fit together; check that %1 is the right provider for this account.</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the request</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the request as sent, often because the code is not in the form it expects.</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too much text for %1</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot take a request this large. Check that only the code was pasted, not a whole message, and type it again.</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code has more characters than allowed. Type only the code itself, without the words around it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API address has characters PostPress cannot accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostPress found characters it cannot accept in the address of the request. Check the API address this window was opened with; if it looks right, copy the details for PostPress support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostPress refused a limit this app never sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This error is about list sizes, which a checkpoint request does not use, so it points to a problem at PostPress. Copy the details for PostPress support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostPress refused the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rejected the code: it may be mistyped, or it has expired, since most codes expire within minutes.</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the customer for the newest code, or send a new one with Resend code, then type it in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the customer for the newest code, then type it in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code was not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This checkpoint cannot be solved here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 says this checkpoint cannot be solved with a code. Start the connection again from the beginning in PostPress; if this happens again, copy the details for PostPress support.</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostPress received no API key, so nothing was done with the code. Enter the key from the PostPress dashboard, then submit again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostPress refused the API key because it has expired, so nothing was done with the code. Get a new key from the PostPress dashboard, enter it, then submit again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key was not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostPress refused the API key: it is wrong or no longer valid, so nothing was done with the code. Enter the right key from the PostPress dashboard, then submit again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has restricted this account</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has restricted or suspended the customer&apos;s account, so it cannot be connected now. Tell the customer to sign in to %1 directly and follow its steps to lift the restriction, then connect again.</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login belongs to another account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credentials of this login do not match the account id. Check the account id, and ask the customer whether they signed in to %1 with another account.</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account lacks permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account does not have the permissions this needs. Ask the customer whether their %1 account has the access it needs (for example an admin role), or escalate to whoever manages your PostPress workspace.</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login session belongs to another account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session PostPress holds does not match this account, for example after a login was started for another account. Start the connection again in PostPress, then enter the new code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not included in your PostPress plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting this account needs a feature that is not part of your PostPress subscription; the customer cannot fix this. Escalate to whoever owns your PostPress plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PostPress subscription is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your PostPress workspace has no active subscription for this; the customer cannot fix this. Ask whoever owns your PostPress plan to renew or upgrade it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No login in progress for this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostPress has no login in progress for this account id: it may have expired or the id may be wrong. Check the account id, or start the connection again in PostPress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer must finish a step in %1</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs the customer to complete a step in its own app or website, such as confirming their identity. Ask them to open %1 and finish it, then press Retry.</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access is restricted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostPress does not let this API key use this account or feature. Escalate to whoever manages your PostPress workspace, with the details copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the details and pass them to PostPress support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s proxy refused the login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy set for this account in PostPress rejected the connection (this is not your own network). Retry shortly; if it keeps failing, check the proxy&apos;s user name and password in PostPress or change the proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A proxy asked for a login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Either the account&apos;s proxy in PostPress or your own network&apos;s proxy wants a login; retry shortly, and if it keeps failing, ask IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result unknown: no answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer PostPress in time.</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result unknown: the request timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request timed out on its way between PostPress and %1.</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another operation replaced this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A later operation on this account cancelled this one, often a colleague or another window working on the same account. Find out who else is on it before doing anything more, so you do not undo each other&apos;s work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account already connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostPress already has this account connected, so there is nothing left to do here. Check in PostPress that it is the account the customer expects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another operation is in the way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check whether a colleague or another window is working on this account before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the account id, the provider and the code; if they look right, copy the details for PostPress support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostPress has a problem on its side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the account in PostPress before trying again, and copy the details for a ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong at PostPress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostPress hit an unexpected error on its side; if it happens again, copy the details for PostPress support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is having problems</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 itself is having operational problems, which is not the customer&apos;s fault; if the code expires meanwhile, ask for a new one.</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login attempt has ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login attempt was stopped after a failure or expired (it lasts about five minutes), so no code can finish it. Start the connection again from the beginning in PostPress, then enter the new code the customer receives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostPress has no session for this account right now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostPress has no session running for this account at the moment; it usually comes back by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostPress cannot reach the account&apos;s session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostPress cannot reach the session for this account at the moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostPress cannot handle this right now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostPress has nothing ready to handle this request at the moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostPress&apos;s network is down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network on PostPress&apos;s side is down; this is not your connection or the customer&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostPress is temporarily unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostPress is temporarily unavailable; this usually passes quickly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostPress does not know this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostPress found no such account or address. Check the account id; if it is right, check the API address this window was opened with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another login is in progress for this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another login attempt for this account is still running, perhaps from a colleague or another window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many attempts: wait a moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostPress is limiting how fast requests may be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s proxy is not working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy set for this account in PostPress is failing (this is not your own network). Retry shortly; if it keeps failing, change the account&apos;s proxy in PostPress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result unknown: no answer from PostPress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request left, but PostPress did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result unknown: the connection dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection dropped after the request left, before PostPress answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: result unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cancelled after the request had left, so PostPress may have received it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result unknown: the answer was too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostPress sent an answer far larger than expected, so the app did not read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result unknown: your network&apos;s proxy failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy of your own network failed after the request left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result unknown: the connection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection failed after the request left, before a full answer came back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostPress did not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection timed out before the request was sent, so it is safe to retry. If it keeps happening, check your network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to PostPress dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection dropped before the request was sent, so it is safe to retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled, nothing sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cancelled before the request left this computer, so the code was not used. Submit it again when you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your network&apos;s proxy failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy of your own network (not the account&apos;s proxy in PostPress) did not pass the request on, so nothing was sent. Retry; if it keeps failing, ask your IT team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach PostPress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection failed before the request was sent, so it is safe to retry. If it keeps happening, check your network or tell your IT team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: the API address is not secure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API address uses plain http, so the app refused to send the key and the code over it; nothing was sent. Open the window with an address starting with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to PostPress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostPress refused the connection, so nothing was sent and it is safe to retry. If it keeps happening, check your network and the API address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostPress&apos;s address was not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API address could not be looked up, so nothing was sent and it is safe to retry. Check that this computer is online and the address is spelled right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to PostPress is not trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to PostPress could not be verified, so nothing was sent. Do not try to work around it: tell your IT team, as someone may be intercepting the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostPress answered with a redirect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app never follows redirects, so your API key and the code went nowhere else. Check the API address this window was opened with: it may be outdated or miss https:// or the version path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: part of the app is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part of this app that sends requests is missing or broken, so nothing was sent and the code was not used. Reinstall PostPress Checkpoint, or ask your IT team to reinstall it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You sent account %1, but PostPress answered about account %2. Check account %1 in PostPress before telling the customer anything, and copy the details for a ticket.</source>
        <extracomment>%1 is the account id that was sent, %2 the one PostPress answered about</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostPress answered about another account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 wants a mobile number for this account. Pick the country and type the number as the customer says it.</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpdeskLink</name>
    <message>
        <source>A link never carries a code or a key: the agent types the code the customer reads out, and the API key comes from the system keychain. The link was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A link cannot choose the API server; only --api-url on the command line or the settings can. The link was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link has an empty parameter (&quot;&amp;&amp;&quot;, or &quot;&amp;&quot; at an end).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link is not correctly encoded: &quot;%&quot; must be followed by two hexadecimal digits, and the bytes must be UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parameter %1 appears more than once in the link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parameter %1 in the link has no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of %1 in the link contains spaces or control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link names no account: it needs account_id, as in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link is too long: %1 characters, at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link contains spaces or characters that a link must percent-encode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link is not in the expected form %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link must not have a fragment (&quot;#&quot; and what follows).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link is for another program: PostPress Checkpoint opens only links like %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link has an unknown parameter. A link carries only account_id, provider and ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link has an unknown parameter &quot;%1&quot;. A link carries only account_id, provider and ticket.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>History is off: Qt&apos;s SQLite driver is not installed (libqt6sql6-sqlite).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History is off: its folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History is off: its file is damaged and cannot be moved aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history file was damaged: it was moved to %1 and a new history started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History is off: another program is using its file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History is off: the disk is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History is off: its file %1 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History is off: its file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History is off: %1</source>
        <extracomment>%1 is SQLite&apos;s own message, in English</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryExport</name>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request ID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>A duration in seconds with one decimal, e.g. &quot;1.2 s&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source>Attempt history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account, ticket, request ID, outcome…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this window&apos;s account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy for ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected attempts for a ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the attempts shown as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the whole history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history could not be saved to %1: %2</source>
        <extracomment>%1 is the file, %2 the system&apos;s reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No attempts are recorded on this computer yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n attempt(s).</source>
        <translation>
            <numerusform>Showing %1 of %n attempt.</numerusform>
            <numerusform>Showing %1 of %n attempts.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Only account %1</source>
        <extracomment>%1 is an account id</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export history as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the history?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove every attempt recorded on this computer, for every account? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstanceMessage</name>
    <message>
        <source>The field %1 is not text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field %1 is not an activation token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has a field it may not carry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is not of version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is longer than %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is empty or longer than %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More bytes followed the message.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyStateLine</name>
    <message>
        <source>Waiting for the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the API key in the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key yet: nothing can be sent until one is entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key from the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key for this session only: it is forgotten when the app quits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enter API key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syste&amp;m details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the system keychain said, for support</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeychainApiKeyStore</name>
    <message>
        <source>The API key could not be read from the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key could not be saved in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key could not be removed from the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain service (such as GNOME Keyring or KWallet) is running or set up in this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain is locked or refused access. Unlock it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain reported an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is locked, so the stored API key cannot be read. Unlock it (for example by logging in again) and restart the program, or use the key for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LaunchOptions</name>
    <message>
        <source>Show this help and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id of the account waiting at a checkpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider: %1 (any letter case).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostPress API base URL (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 [options] [ACCOUNT_ID]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key is never given on the command line: the program asks for it and keeps it in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid options: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--account-id needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solve a PostPress login checkpoint with the code the customer reads out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &apos;postpress-checkpoint --help&apos; for the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link is for provider %1 but --provider says %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id of the account (same as --account-id), or a helpdesk link: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many arguments: %n values were given without an option name. Give one account id; the API key is never given on the command line.</source>
        <translation>
            <numerusform>Too many arguments: %n value was given without an option name. Give one account id; the API key is never given on the command line.</numerusform>
            <numerusform>Too many arguments: %n values were given without an option name. Give one account id; the API key is never given on the command line.</numerusform>
        </translation>
    </message>
    <message>
        <source>--account-id and the value given without an option name differ. Give the account id once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This program has no option for the API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 was given more than once, with different values. Give it once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link is for another account than --account-id says. Give the account once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The helpdesk ticket the attempts are for: letters, digits and _ - . #, at most %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ticket needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link is for another ticket than --ticket says. Give the ticket once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LaunchRequest</name>
    <message>
        <source>Unknown provider. Valid providers: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemoryApiKeyStore</name>
    <message>
        <source>The test keychain was told to fail (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>[API key removed]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomeDetails</name>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomePanel</name>
    <message>
        <source>Request ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identifier PostPress support asks for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the request ID to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy request ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a new cod&amp;e</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resend code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter phone num&amp;ber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace AP&amp;I key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start o&amp;ver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;for ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy a summary for the ticket: time, account, outcome and request ID (never the code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Retry in %n s</source>
        <translation>
            <numerusform>Retry in %n s</numerusform>
            <numerusform>Retry in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Technical details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the server answered, for PostPress support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneNumberFormatter</name>
    <message>
        <source>The number is too short for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number is too long for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number has the wrong number of digits for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number is incomplete: the area code is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The country code after &quot;+&quot; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid number in %1: check the digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the customer&apos;s phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone number has no letters: type its digits only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the customer&apos;s country, or type the number with its country code (+…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number is too short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out the extension: the provider needs a mobile number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This number belongs to no country: the provider needs the customer&apos;s mobile number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone numbers cannot be checked on this computer. %1 Choose Code and type the number as (+country code)number, for example (+33)0612345678, or reinstall PostPress Checkpoint.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneNumberLibrary</name>
    <message>
        <source>The phone-number component (%1) is not installed: it is in none of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not the phone-number component this version needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone-number component (%1) did not load: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PluginLibrary</name>
    <message>
        <source>(no folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be checked, so it was not trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 belongs to another user, so it was not trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>others can change %1, so it was not trusted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QApplication</name>
    <message>
        <source>PostPress Checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This helpdesk link can&apos;t be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open PostPress Checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link is not in the form PostPress Checkpoint opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account id in the link is missing or is not an account id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider in the link is not one PostPress connects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket number in the link is not one PostPress Checkpoint can use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link carries a code or a key, which a link must never do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link tries to choose the API server, which only the settings may do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link has a part PostPress Checkpoint does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something in the link is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was opened. Ask whoever maintains the link to correct it; Details has the exact reason.

You can open PostPress Checkpoint anyway and type the account id yourself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request &amp;timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request timeout in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests use the system proxy settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the app; the system default follows the language of your desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies at once, to every open window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace API key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forget API key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore &amp;defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long to wait for an answer from the PostPress API before giving up, from %1 to %2 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run uses %1, given with --api-url on the command line. The URL saved here applies when the app is started without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL of the PostPress API: https, or http only for this computer when testing</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a new API key for %1; it replaces the one in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the API key for %1 from this computer, after asking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key buttons act at once: Save and Cancel below do not apply to them.</source>
        <translation></translation>
    </message>
    <message>
        <source>Set by your administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>&quot;%1&quot; cannot name the socket that keeps this program to one window per account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no private runtime directory (XDG_RUNTIME_DIR) for the socket that keeps this program to one window per account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the lock file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another PostPress Checkpoint is running but does not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no running PostPress Checkpoint to pass the request to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is too long to pass to the running PostPress Checkpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The running PostPress Checkpoint did not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The running PostPress Checkpoint refused the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path %1 is too long for the socket that keeps this program to one window per account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubmitPolicy</name>
    <message>
        <source>Enter the customer&apos;s mobile number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the code the customer received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the account id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This checkpoint is solved: nothing more to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This login attempt has ended: press Start over before sending a new code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until Retry can be pressed: the server asked for a pause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the API key first (Enter API key…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This number was already sent: type another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code was already sent: type the new code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketId</name>
    <message>
        <source>The ticket id is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket id is too long: %1 characters, at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket id cannot contain spaces, invisible or control characters: character %1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket id cannot contain “%1” (%2, character %3): only ASCII letters, digits and _ - . # are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketSummary</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account ID in answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request ID header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>seconds</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response excerpt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached PostPress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown: the request may have been applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another checkpoint step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code resent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request refused as invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account proxy failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed out: result unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporarily unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected HTTP status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: the API address is not secure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled by the agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection closed before an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local proxy failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[hidden]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>One line of the ticket: its label, then its value (French puts a narrow no-break space before the colon)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A proxy asked for a login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: the app&apos;s network component is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer about another account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkpoint cannot be solved with a code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowController</name>
    <message>
        <source>Forget the API key?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the API key for %1 from this computer? You will have to paste it again before the next code can be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forget key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
