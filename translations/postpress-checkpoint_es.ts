<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AboutDialog</name>
    <message>
        <source>PostPress Checkpoint %1
Qt %2 (built with %3)
Operating system: %4
API URL: %5</source>
        <translation>PostPress Checkpoint %1
Qt %2 (compilado con %3)
Sistema operativo: %4
URL de la API: %5</translation>
    </message>
    <message>
        <source>About PostPress Checkpoint</source>
        <translation>Acerca de PostPress Checkpoint</translation>
    </message>
    <message>
        <source>PostPress Checkpoint</source>
        <translation>PostPress Checkpoint</translation>
    </message>
    <message>
        <source>Version %1

Solve PostPress login checkpoints with the code the customer reads out.</source>
        <translation>Versión %1

Resuelva las verificaciones de inicio de sesión de PostPress con el código que le dicta el cliente.</translation>
    </message>
    <message>
        <source>&amp;Copy version info</source>
        <translation>&amp;Copiar la información de versión</translation>
    </message>
    <message>
        <source>Copy the versions of the app, Qt and the operating system, and the API URL, for a support request</source>
        <translation>Copiar las versiones de la aplicación, de Qt y del sistema operativo, y la URL de la API, para una solicitud de soporte</translation>
    </message>
</context>
<context>
    <name>AdminPolicy</name>
    <message>
        <source>an https URL such as %1</source>
        <translation>una URL https como %1</translation>
    </message>
    <message>
        <source>a number of seconds from %1 to %2</source>
        <translation>un número de segundos de %1 a %2</translation>
    </message>
    <message>
        <source>a number of days from %1 to %2</source>
        <translation>un número de días de %1 a %2</translation>
    </message>
    <message>
        <source>provider names separated by commas: %1</source>
        <translation>nombres de proveedores separados por comas: %1</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <source>The administrator&apos;s policy %1 is ignored: %2.</source>
        <translation>Se ignora la directiva del administrador (%1): %2.</translation>
    </message>
    <message>
        <source>The administrator&apos;s settings %1 could not be read.</source>
        <translation>No se pudo leer la configuración del administrador (%1).</translation>
    </message>
    <message>
        <source>%1: the unknown setting “%2” was ignored.</source>
        <translation>%1: se ignoró el ajuste desconocido «%2».</translation>
    </message>
    <message>
        <source>%1: an unknown setting was ignored.</source>
        <translation>%1: se ignoró un ajuste desconocido.</translation>
    </message>
    <message>
        <source>%1: %2 was ignored: expected %3.</source>
        <translation>%1: se ignoró %2; se esperaba %3.</translation>
    </message>
    <message>
        <source>%1 could not be checked</source>
        <translation>no se pudo comprobar %1</translation>
    </message>
    <message>
        <source>%1 does not belong to root</source>
        <translation>%1 no pertenece a root</translation>
    </message>
    <message>
        <source>others can change %1</source>
        <translation>otros usuarios pueden modificar %1</translation>
    </message>
</context>
<context>
    <name>AnswerInput</name>
    <message>
        <source>C&amp;ode from the customer:</source>
        <translation>Código del c&amp;liente:</translation>
    </message>
    <message>
        <source>Co&amp;de</source>
        <translation>Có&amp;digo</translation>
    </message>
    <message>
        <source>Answer with a code</source>
        <translation>Responder con un código</translation>
    </message>
    <message>
        <source>Pho&amp;ne number</source>
        <translation>Telé&amp;fono</translation>
    </message>
    <message>
        <source>Answer with a phone number</source>
        <translation>Responder con un número de teléfono</translation>
    </message>
    <message>
        <source>For checkpoints that ask for the customer&apos;s mobile number</source>
        <translation>Para las verificaciones que piden el número de móvil del cliente</translation>
    </message>
    <message>
        <source>123456</source>
        <translation>123456</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>The one-time code the customer reads out</source>
        <translation>El código de un solo uso que le dicta el cliente</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>The country of the customer&apos;s mobile number</source>
        <translation>El país del número de móvil del cliente</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation>Número de móvil</translation>
    </message>
    <message>
        <source>The number as the customer says it</source>
        <translation>El número tal como lo dice el cliente</translation>
    </message>
    <message>
        <source>Try another &amp;way</source>
        <translation>&amp;Otro método</translation>
    </message>
    <message>
        <source>Ask the provider for a different kind of checkpoint, for example a code instead of an in-app approval</source>
        <translation>Pedir a la plataforma otro tipo de verificación, por ejemplo un código en lugar de una aprobación en la aplicación</translation>
    </message>
    <message>
        <source>Sends TRY_ANOTHER_WAY instead of a code</source>
        <translation>Envía TRY_ANOTHER_WAY en lugar de un código</translation>
    </message>
    <message>
        <source>Customer&apos;s mobile n&amp;umber:</source>
        <translation>&amp;Móvil del cliente:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>country name (calling code)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Will send %1 (a number from %2).</source>
        <translation>Se enviará %1 (país: %2).</translation>
    </message>
    <message>
        <source>Will send %1.</source>
        <translation>Se enviará %1.</translation>
    </message>
</context>
<context>
    <name>ApiBaseUrl</name>
    <message numerus="yes">
        <source>The API URL is longer than %n characters.</source>
        <translation>
            <numerusform>La URL de la API tiene más de %n carácter.</numerusform>
            <numerusform>La URL de la API tiene más de %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>The API URL is not a valid URL. Example: %1</source>
        <translation>La URL de la API no es una URL válida. Ejemplo: %1</translation>
    </message>
    <message>
        <source>The API URL must not contain a user name or password.</source>
        <translation>La URL de la API no debe contener un nombre de usuario ni una contraseña.</translation>
    </message>
    <message>
        <source>The API URL must not contain a query (?) or a fragment (#).</source>
        <translation>La URL de la API no debe contener una consulta (?) ni un fragmento (#).</translation>
    </message>
    <message>
        <source>The API URL uses plain http. Only https is allowed, except for this computer (localhost, 127.0.0.1, ::1) when testing.</source>
        <translation>La URL de la API usa http sin cifrar. Solo se permite https, salvo para este equipo (localhost, 127.0.0.1, ::1) durante las pruebas.</translation>
    </message>
    <message>
        <source>The API URL must start with https://.</source>
        <translation>La URL de la API debe empezar por https://.</translation>
    </message>
</context>
<context>
    <name>ApiKeyController</name>
    <message>
        <source>The system keychain cannot be reached any more. Restart the program.</source>
        <translation>Ya no se puede acceder al llavero del sistema. Reinicie el programa.</translation>
    </message>
    <message>
        <source>The API key stored in the system keychain for %1 is not a valid key: it is empty, too long, or contains spaces or other characters a key cannot contain. Enter the key again.</source>
        <translation>La clave de API guardada en el llavero del sistema para %1 no es válida: está vacía, es demasiado larga o contiene espacios u otros caracteres no permitidos en una clave. Vuelva a introducir la clave.</translation>
    </message>
    <message>
        <source>The system keychain reported an error without saying which.</source>
        <translation>El llavero del sistema informó de un error sin indicar cuál.</translation>
    </message>
</context>
<context>
    <name>ApiKeyDialog</name>
    <message>
        <source>PostPress API key</source>
        <translation>Clave de API de PostPress</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>C&amp;lave de API:</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>The PostPress API key from the dashboard; it is kept in the system keychain</source>
        <translation>La clave de API de PostPress del panel; se guarda en el llavero del sistema</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>Show or hide the key while typing</source>
        <translation>Mostrar u ocultar la clave mientras se escribe</translation>
    </message>
    <message>
        <source>Show key</source>
        <translation>Mostrar la clave</translation>
    </message>
    <message>
        <source>Paste the PostPress API key for %1. It is kept in the system keychain of this computer, so you are asked only once.</source>
        <translation>Pegue la clave de API de PostPress para %1. Se guarda en el llavero del sistema de este equipo, así que solo se le pedirá una vez.</translation>
    </message>
    <message>
        <source>&amp;Save in keychain</source>
        <translation>&amp;Guardar en el llavero</translation>
    </message>
    <message>
        <source>Use for this session &amp;only</source>
        <translation>Solo para esta &amp;sesión</translation>
    </message>
    <message>
        <source>Keep the key in memory until the app quits; it is not stored anywhere</source>
        <translation>Mantener la clave en memoria hasta cerrar la aplicación; no se guarda en ningún sitio</translation>
    </message>
    <message>
        <source>Hid&amp;e</source>
        <translation>&amp;Ocultar</translation>
    </message>
    <message>
        <source>Paste the API key first.</source>
        <translation>Pegue primero la clave de API.</translation>
    </message>
    <message>
        <source>This does not look like an API key: it contains spaces, line breaks or characters that are not plain letters, digits and punctuation.</source>
        <translation>Esto no parece una clave de API: contiene espacios, saltos de línea o caracteres que no son letras, dígitos o signos de puntuación simples.</translation>
    </message>
    <message>
        <source>Waiting for the system keychain… If it does not answer (it may be waiting for its password), use the key for this session only.</source>
        <translation>Esperando al llavero del sistema… Si no responde (puede que esté esperando su contraseña), use la clave solo para esta sesión.</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Detalles</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Show or hide what the system keychain reported</source>
        <translation>Mostrar u ocultar lo que informó el llavero del sistema</translation>
    </message>
</context>
<context>
    <name>ApiKeyPrompt</name>
    <message>
        <source>The system keychain has not answered yet; it may be waiting for its password. You can use the key for this session only.</source>
        <translation>El llavero del sistema aún no ha respondido; puede que esté esperando su contraseña. Puede usar la clave solo para esta sesión.</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message numerus="yes">
        <source>No new window: already %n windows open.</source>
        <translation>
            <numerusform>No se abre otra ventana: ya hay %n ventana abierta.</numerusform>
            <numerusform>No se abre otra ventana: ya hay %n ventanas abiertas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not opened: %1 (already %n windows open)</source>
        <translation>
            <numerusform>No abierta: %1 (ya hay %n ventana abierta)</numerusform>
            <numerusform>No abierta: %1 (ya hay %n ventanas abiertas)</numerusform>
        </translation>
    </message>
    <message>
        <source>This window cannot be opened.</source>
        <translation>No se puede abrir esta ventana.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more problems with the administrator&apos;s settings: see the log)</source>
        <translation>
            <numerusform>%1 (y %n problema más en la configuración del administrador: consulte el registro)</numerusform>
            <numerusform>%1 (y %n problemas más en la configuración del administrador: consulte el registro)</numerusform>
        </translation>
    </message>
    <message>
        <source>History is off: your administrator turned it off.</source>
        <translation>Historial desactivado: su administrador lo ha desactivado.</translation>
    </message>
</context>
<context>
    <name>AttemptNames</name>
    <message>
        <source>Connected</source>
        <translation>Conectada</translation>
    </message>
    <message numerus="yes">
        <source>%n connected</source>
        <translation>
            <numerusform>%n conectado</numerusform>
            <numerusform>%n conectados</numerusform>
        </translation>
    </message>
    <message>
        <source>Another step</source>
        <translation>Otro paso</translation>
    </message>
    <message numerus="yes">
        <source>%n led to another step</source>
        <translation>
            <numerusform>%n llevó a otro paso</numerusform>
            <numerusform>%n llevaron a otro paso</numerusform>
        </translation>
    </message>
    <message>
        <source>New code sent</source>
        <translation>Código nuevo enviado</translation>
    </message>
    <message numerus="yes">
        <source>%n new code(s) sent</source>
        <translation>
            <numerusform>%n código nuevo enviado</numerusform>
            <numerusform>%n códigos nuevos enviados</numerusform>
        </translation>
    </message>
    <message>
        <source>Code rejected</source>
        <translation>Código rechazado</translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) rejected</source>
        <translation>
            <numerusform>%n código rechazado</numerusform>
            <numerusform>%n códigos rechazados</numerusform>
        </translation>
    </message>
    <message>
        <source>Login ended</source>
        <translation>Inicio de sesión terminado</translation>
    </message>
    <message numerus="yes">
        <source>%n found the login ended</source>
        <translation>
            <numerusform>%n con el inicio de sesión terminado</numerusform>
            <numerusform>%n con el inicio de sesión terminado</numerusform>
        </translation>
    </message>
    <message>
        <source>API key refused</source>
        <translation>Clave de API rechazada</translation>
    </message>
    <message numerus="yes">
        <source>%n with the API key refused</source>
        <translation>
            <numerusform>%n con la clave de API rechazada</numerusform>
            <numerusform>%n con la clave de API rechazada</numerusform>
        </translation>
    </message>
    <message>
        <source>Told to wait</source>
        <translation>Se pidió esperar</translation>
    </message>
    <message numerus="yes">
        <source>%n told to wait</source>
        <translation>
            <numerusform>%n con la petición de esperar</numerusform>
            <numerusform>%n con la petición de esperar</numerusform>
        </translation>
    </message>
    <message>
        <source>No clear answer</source>
        <translation>Sin respuesta clara</translation>
    </message>
    <message numerus="yes">
        <source>%n without a clear answer</source>
        <translation>
            <numerusform>%n sin respuesta clara</numerusform>
            <numerusform>%n sin respuesta clara</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n cancelado</numerusform>
            <numerusform>%n cancelados</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fallido</numerusform>
            <numerusform>%n fallidos</numerusform>
        </translation>
    </message>
    <message>
        <source>Submit code</source>
        <translation>Enviar código</translation>
    </message>
    <message>
        <source>Resend code</source>
        <translation>Reenviar código</translation>
    </message>
    <message>
        <source>Try another way</source>
        <translation>Otro método</translation>
    </message>
    <message numerus="yes">
        <source>%n ended as %1</source>
        <extracomment>%1 is an outcome name a newer version of the app wrote, e.g. &quot;timed_out&quot;</extracomment>
        <translation>
            <numerusform>%n terminó como %1</numerusform>
            <numerusform>%n terminaron como %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckpointClient</name>
    <message>
        <source>The server&apos;s answer was larger than %1 KiB, far more than this API sends; it was not read.</source>
        <translation>La respuesta del servidor superaba los %1 KiB, mucho más de lo que envía esta API; no se ha leído.</translation>
    </message>
    <message>
        <source>an unknown address</source>
        <translation>una dirección desconocida</translation>
    </message>
    <message>
        <source>The server answered HTTP %1, a redirect to %2. The request was not sent there.</source>
        <translation>El servidor respondió HTTP %1, una redirección a %2. La solicitud no se envió allí.</translation>
    </message>
    <message>
        <source>The server closed the connection without answering.</source>
        <translation>El servidor cerró la conexión sin responder.</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message numerus="yes">
        <source>No complete answer within %n second(s).</source>
        <translation>
            <numerusform>Sin respuesta completa en %n segundo.</numerusform>
            <numerusform>Sin respuesta completa en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The TLS handshake failed: %1</source>
        <translation>Falló la negociación TLS: %1</translation>
    </message>
</context>
<context>
    <name>CheckpointRequest</name>
    <message>
        <source>Enter the account id.</source>
        <translation>Introduzca el ID de la cuenta.</translation>
    </message>
    <message>
        <source>Enter the code the customer received.</source>
        <translation>Introduzca el código que recibió el cliente.</translation>
    </message>
    <message>
        <source>The code is too long (at most %1 characters).</source>
        <translation>El código es demasiado largo (%1 caracteres como máximo).</translation>
    </message>
    <message>
        <source>The code cannot contain control characters.</source>
        <translation>El código no puede contener caracteres de control.</translation>
    </message>
    <message>
        <source>The account id is empty.</source>
        <translation>El ID de la cuenta está vacío.</translation>
    </message>
    <message>
        <source>The account id is too long: %1 characters, at most %2.</source>
        <translation>El ID de la cuenta es demasiado largo: %1 caracteres, %2 como máximo.</translation>
    </message>
    <message>
        <source>The account id cannot contain spaces, invisible or control characters: character %1 is %2.</source>
        <translation>El ID de la cuenta no puede contener espacios ni caracteres invisibles o de control: el carácter %1 es %2.</translation>
    </message>
    <message>
        <source>The account id cannot contain “%1” (%2, character %3): only ASCII letters, digits and _ - . ~ are allowed.</source>
        <translation>El ID de la cuenta no puede contener «%1» (%2, carácter %3): solo se permiten letras ASCII, dígitos y _ - . ~.</translation>
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
        <translation>C&amp;uenta:</translation>
    </message>
    <message>
        <source>acc_…</source>
        <translation>acc_…</translation>
    </message>
    <message>
        <source>Account id</source>
        <translation>ID de cuenta</translation>
    </message>
    <message>
        <source>The id of the PostPress account waiting at a checkpoint</source>
        <translation>El ID de la cuenta de PostPress pendiente de verificación</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Plataforma:</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>The network the customer is logging in to</source>
        <translation>La red en la que el cliente inicia sesión</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop waiting for the answer (Esc)</source>
        <translation>Dejar de esperar la respuesta (Esc)</translation>
    </message>
    <message>
        <source>&amp;Submit code</source>
        <translation>&amp;Enviar código</translation>
    </message>
    <message>
        <source>&amp;Checkpoint</source>
        <translation>&amp;Verificación</translation>
    </message>
    <message>
        <source>API &amp;key</source>
        <translation>&amp;Clave de API</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Cancel request</source>
        <translation>&amp;Cancelar solicitud</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Replace API key…</source>
        <translation>&amp;Sustituir la clave de API…</translation>
    </message>
    <message>
        <source>&amp;Forget API key…</source>
        <translation>&amp;Eliminar la clave de API…</translation>
    </message>
    <message>
        <source>&amp;About PostPress Checkpoint</source>
        <translation>&amp;Acerca de PostPress Checkpoint</translation>
    </message>
    <message>
        <source>Choose the provider</source>
        <translation>Elija la plataforma</translation>
    </message>
    <message>
        <source>API: %1</source>
        <translation>API: %1</translation>
    </message>
    <message>
        <source>Code cleared. Start the connection again in PostPress, then enter the new code the customer receives.</source>
        <translation>Código borrado. Vuelva a iniciar la conexión en PostPress y luego introduzca el nuevo código que reciba el cliente.</translation>
    </message>
    <message>
        <source>&amp;New window</source>
        <translation>&amp;Nueva ventana</translation>
    </message>
    <message>
        <source>Open another window, for another account</source>
        <translation>Abrir otra ventana, para otra cuenta</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>Con&amp;figuración…</translation>
    </message>
    <message>
        <source>C&amp;lose window</source>
        <translation>Cerrar &amp;ventana</translation>
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
        <translation>Nueva verificación</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Earlier attempts</source>
        <translation>Intentos anteriores</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historial…</translation>
    </message>
    <message>
        <source>The attempts made on this computer, for this account or all</source>
        <translation>Los intentos hechos en este equipo, para esta cuenta o para todas</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>&amp;Enter API key…</source>
        <translation>&amp;Introducir la clave de API…</translation>
    </message>
    <message>
        <source>&amp;Submit number</source>
        <translation>&amp;Enviar número</translation>
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
        <translation>ambos códigos rechazados</translation>
    </message>
    <message numerus="yes">
        <source>all %n codes rejected</source>
        <translation>
            <numerusform>los %n códigos rechazados</numerusform>
            <numerusform>los %n códigos rechazados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>hace %n minuto</numerusform>
            <numerusform>hace %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in the last %n minute(s)</source>
        <translation>
            <numerusform>en %n minuto</numerusform>
            <numerusform>en los últimos %n minutos</numerusform>
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
            <numerusform>%n intento anterior</numerusform>
            <numerusform>%n intentos anteriores</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EffectiveSettings</name>
    <message>
        <source>Your administrator has set the API URL to %1: a link or the command line cannot choose another.</source>
        <translation>Su administrador ha fijado la URL de la API en %1: un enlace o la línea de comandos no pueden elegir otra.</translation>
    </message>
    <message>
        <source>Your administrator does not allow checkpoints for %1 on this computer.</source>
        <translation>Su administrador no permite verificaciones de %1 en este equipo.</translation>
    </message>
</context>
<context>
    <name>Guidance</name>
    <message>
        <source>PostPress answered with status %1 and no readable message.</source>
        <extracomment>%1 is an HTTP status number, e.g. 418</extracomment>
        <translation>PostPress respondió con el estado %1 y sin ningún mensaje legible.</translation>
    </message>
    <message>
        <source>PostPress answered with status %1: “%2”.</source>
        <extracomment>%1 is an HTTP status number, %2 the message PostPress sent, quoted as is</extracomment>
        <translation>PostPress respondió con el estado %1: «%2».</translation>
    </message>
    <message>
        <source>You can retry now.</source>
        <translation>Ya puede volver a intentarlo.</translation>
    </message>
    <message numerus="yes">
        <source>Wait %n second(s), then press Retry.</source>
        <extracomment>The Retry button counts these seconds down before it can be pressed.</extracomment>
        <translation>
            <numerusform>Espere %n segundo y pulse Reintentar.</numerusform>
            <numerusform>Espere %n segundos y pulse Reintentar.</numerusform>
        </translation>
    </message>
    <message>
        <source>The code may or may not have been used: press Retry once to find out, and if it is then rejected, ask the customer for a new code.</source>
        <translation>Puede que el código ya se haya usado: pulse Reintentar una vez para saberlo y, si entonces se rechaza, pida al cliente un código nuevo.</translation>
    </message>
    <message>
        <source>Account reconnected</source>
        <translation>Cuenta reconectada</translation>
    </message>
    <message>
        <source>Account %1 is connected again: the customer can use it now. Nothing else to do.</source>
        <extracomment>%1 is the account id</extracomment>
        <translation>La cuenta %1 vuelve a estar conectada: el cliente ya puede usarla. No hay nada más que hacer.</translation>
    </message>
    <message>
        <source>Account connected</source>
        <translation>Cuenta conectada</translation>
    </message>
    <message>
        <source>Account %1 is connected: the customer can use it now. Nothing else to do.</source>
        <extracomment>%1 is the account id</extracomment>
        <translation>La cuenta %1 está conectada: el cliente ya puede usarla. No hay nada más que hacer.</translation>
    </message>
    <message>
        <source>Ask for the code from the text message</source>
        <translation>Pida el código del SMS</translation>
    </message>
    <message>
        <source>%1 sent a verification code to the customer&apos;s phone by text message. Ask the customer to read it out, then type it in.</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation>%1 ha enviado un código de verificación por SMS al teléfono del cliente. Pida al cliente que se lo lea y luego introdúzcalo.</translation>
    </message>
    <message>
        <source>Ask for the code sent by WhatsApp</source>
        <translation>Pida el código enviado por WhatsApp</translation>
    </message>
    <message>
        <source>%1 sent a verification code to the customer&apos;s WhatsApp. Ask the customer to read it out, then type it in.</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation>%1 ha enviado un código de verificación al WhatsApp del cliente. Pida al cliente que se lo lea y luego introdúzcalo.</translation>
    </message>
    <message>
        <source>Ask for the code from the authenticator app</source>
        <translation>Pida el código de la aplicación de autenticación</translation>
    </message>
    <message>
        <source>%1 wants the current code from the customer&apos;s authenticator app (for example Google Authenticator). Ask the customer to open it and read out the code shown for %1.</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation>%1 pide el código actual de la aplicación de autenticación del cliente (por ejemplo, Google Authenticator). Pida al cliente que la abra y le lea el código que aparece para %1.</translation>
    </message>
    <message>
        <source>Ask for the verification code</source>
        <translation>Pida el código de verificación</translation>
    </message>
    <message>
        <source>%1 asks for a two-step verification code (sent by: %2). Ask the customer to read it out, then type it in.</source>
        <extracomment>%1 is the provider, e.g. LinkedIn; %2 where the code was sent, as the API names it</extracomment>
        <translation>%1 pide un código de verificación en dos pasos (enviado por: %2). Pida al cliente que se lo lea y luego introdúzcalo.</translation>
    </message>
    <message>
        <source>%1 asks for a two-step verification code. Ask the customer where it arrived (text message, authenticator app or WhatsApp) and to read it out.</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation>%1 pide un código de verificación en dos pasos. Pregunte al cliente dónde lo recibió (SMS, aplicación de autenticación o WhatsApp) y pídale que se lo lea.</translation>
    </message>
    <message>
        <source>Ask the customer to approve the sign-in in the %1 app</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation>Pida al cliente que apruebe el inicio de sesión en la aplicación de %1</translation>
    </message>
    <message>
        <source>The customer must open the %1 app on their phone and approve this sign-in; the login then finishes by itself, so check in PostPress that the account shows as connected. If they cannot approve it, use Try another way to get a code instead.</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation>El cliente debe abrir la aplicación de %1 en su teléfono y aprobar este inicio de sesión; después el inicio de sesión termina solo, así que compruebe en PostPress que la cuenta aparece como conectada. Si no puede aprobarlo, use Otro método para obtener un código.</translation>
    </message>
    <message>
        <source>%1 wants a CAPTCHA solved</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation>%1 pide resolver un CAPTCHA</translation>
    </message>
    <message>
        <source>A CAPTCHA cannot be solved with a code from this window. Ask the customer to finish the login themselves in PostPress, or use Try another way to ask %1 for a code instead.</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation>Un CAPTCHA no se puede resolver con un código desde esta ventana. Pida al cliente que termine él mismo el inicio de sesión en PostPress, o use Otro método para pedir a %1 un código.</translation>
    </message>
    <message>
        <source>%1 wants a QR code scanned</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation>%1 pide escanear un código QR</translation>
    </message>
    <message>
        <source>A QR code cannot be solved with a code from this window. The customer must finish the login themselves in PostPress and scan the QR code there with the %1 app on their phone.</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation>Un código QR no se puede resolver con un código desde esta ventana. El cliente debe terminar él mismo el inicio de sesión en PostPress y escanear allí el código QR con la aplicación de %1 de su teléfono.</translation>
    </message>
    <message>
        <source>%1 asks which contract to use</source>
        <extracomment>%1 is the provider, e.g. LinkedIn. A contract is a paid plan of the customer&apos;s account.</extracomment>
        <translation>%1 pregunta qué contrato usar</translation>
    </message>
    <message>
        <source>The customer&apos;s %1 account has several contracts and one must be chosen, which cannot be done from this window. Ask the customer to finish the login themselves in PostPress and choose the contract there.</source>
        <extracomment>%1 is the provider, e.g. LinkedIn. A contract is a paid plan of the customer&apos;s account.</extracomment>
        <translation>La cuenta de %1 del cliente tiene varios contratos y hay que elegir uno, algo que no se puede hacer desde esta ventana. Pida al cliente que termine él mismo el inicio de sesión en PostPress y elija allí el contrato.</translation>
    </message>
    <message>
        <source>%1 asks for another step</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation>%1 pide otro paso</translation>
    </message>
    <message>
        <source>If the customer received a code, type it in; otherwise ask them to finish the login themselves in PostPress.</source>
        <translation>Si el cliente recibió un código, introdúzcalo; si no, pídale que termine él mismo el inicio de sesión en PostPress.</translation>
    </message>
    <message>
        <source>%1 asks for another step but did not say which.</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation>%1 pide otro paso, pero no ha dicho cuál.</translation>
    </message>
    <message>
        <source>%1 asks for a step this app does not know yet: %2.</source>
        <extracomment>%1 is the provider, e.g. LinkedIn; %2 the name of the step as the API sends it</extracomment>
        <translation>%1 pide un paso que esta aplicación aún no conoce: %2.</translation>
    </message>
    <message>
        <source>Ask for the one-time code</source>
        <translation>Pida el código de un solo uso</translation>
    </message>
    <message>
        <source>%1 sent a one-time code to the customer by e-mail or text message. Ask the customer to check both and read out the newest code.</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation>%1 ha enviado un código de un solo uso al cliente por correo electrónico o SMS. Pida al cliente que revise ambos y le lea el código más reciente.</translation>
    </message>
    <message>
        <source>Ask for the customer&apos;s mobile number</source>
        <translation>Pida el número de móvil del cliente</translation>
    </message>
    <message>
        <source>A new code is on its way</source>
        <translation>Un código nuevo está en camino</translation>
    </message>
    <message>
        <source>%1 is sending the code or the app notification to the customer again; it can take a minute. Use only the newest code: resending does not give the login more time.</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation>%1 está volviendo a enviar el código o la notificación de la aplicación al cliente; puede tardar un minuto. Use solo el código más reciente: reenviarlo no da más tiempo al inicio de sesión.</translation>
    </message>
    <message>
        <source>Unexpected answer from PostPress</source>
        <translation>Respuesta inesperada de PostPress</translation>
    </message>
    <message>
        <source>Check the account in PostPress before doing anything else, and copy the details for a ticket.</source>
        <translation>Compruebe la cuenta en PostPress antes de hacer nada más y copie los detalles para un ticket.</translation>
    </message>
    <message>
        <source>PostPress answered “%1” but without an account id, so the account is not confirmed as connected.</source>
        <extracomment>%1 is the name of the answer, e.g. AccountCreated</extracomment>
        <translation>PostPress respondió «%1», pero sin ID de cuenta, así que no se ha confirmado que la cuenta esté conectada.</translation>
    </message>
    <message>
        <source>PostPress did not confirm that the code was sent again. Ask the customer whether a new code arrived, and copy the details for a ticket.</source>
        <translation>PostPress no confirmó que el código se reenviara. Pregunte al cliente si le llegó un código nuevo y copie los detalles para un ticket.</translation>
    </message>
    <message>
        <source>PostPress answered “%1”, which this app does not know, so the account is not confirmed as connected.</source>
        <extracomment>%1 is the name of the answer as PostPress sent it</extracomment>
        <translation>PostPress respondió «%1», que esta aplicación no conoce, así que no se ha confirmado que la cuenta esté conectada.</translation>
    </message>
    <message>
        <source>The account id looks wrong: copy it again from PostPress.</source>
        <translation>El ID de la cuenta parece incorrecto: cópielo de nuevo desde PostPress.</translation>
    </message>
    <message>
        <source>The code looks like a phone number without its country prefix: if it is one, switch to phone number mode so it is sent as (+CC)number.</source>
        <translation>El código parece un número de teléfono sin prefijo de país: si lo es, cambie al modo Teléfono para que se envíe como (+CC)número.</translation>
    </message>
    <message>
        <source>Check the code with the customer and type it again.</source>
        <translation>Compruebe el código con el cliente y vuelva a escribirlo.</translation>
    </message>
    <message>
        <source>PostPress found a value it cannot accept</source>
        <translation>PostPress encontró un valor que no puede aceptar</translation>
    </message>
    <message>
        <source>PostPress says a value in the request is not valid.</source>
        <translation>PostPress indica que un valor de la solicitud no es válido.</translation>
    </message>
    <message>
        <source>A value was missing</source>
        <translation>Faltaba un valor</translation>
    </message>
    <message>
        <source>PostPress says a required value was missing from the request.</source>
        <translation>PostPress indica que faltaba un valor obligatorio en la solicitud.</translation>
    </message>
    <message>
        <source>The values do not fit together</source>
        <translation>Los valores no encajan entre sí</translation>
    </message>
    <message>
        <source>PostPress says the values do not fit together; check that %1 is the right provider for this account.</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation>PostPress indica que los valores no encajan entre sí; compruebe que %1 sea la plataforma correcta para esta cuenta.</translation>
    </message>
    <message>
        <source>%1 refused the request</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation>%1 rechazó la solicitud</translation>
    </message>
    <message>
        <source>%1 refused the request as sent, often because the code is not in the form it expects.</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation>%1 rechazó la solicitud tal como se envió, a menudo porque el código no tiene el formato que espera.</translation>
    </message>
    <message>
        <source>Too much text for %1</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation>Demasiado texto para %1</translation>
    </message>
    <message>
        <source>%1 cannot take a request this large. Check that only the code was pasted, not a whole message, and type it again.</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation>%1 no admite una solicitud tan grande. Compruebe que solo se pegó el código y no un mensaje entero, y vuelva a escribirlo.</translation>
    </message>
    <message>
        <source>The code is too long</source>
        <translation>El código es demasiado largo</translation>
    </message>
    <message>
        <source>The code has more characters than allowed. Type only the code itself, without the words around it.</source>
        <translation>El código tiene más caracteres de los permitidos. Escriba solo el código, sin las palabras que lo rodean.</translation>
    </message>
    <message>
        <source>The API address has characters PostPress cannot accept</source>
        <translation>La dirección de la API tiene caracteres que PostPress no acepta</translation>
    </message>
    <message>
        <source>PostPress found characters it cannot accept in the address of the request. Check the API address this window was opened with; if it looks right, copy the details for PostPress support.</source>
        <translation>PostPress encontró caracteres que no puede aceptar en la dirección de la solicitud. Compruebe la dirección de la API con la que se abrió esta ventana; si parece correcta, copie los detalles para el soporte de PostPress.</translation>
    </message>
    <message>
        <source>PostPress refused a limit this app never sets</source>
        <translation>PostPress rechazó un límite que esta aplicación nunca fija</translation>
    </message>
    <message>
        <source>This error is about list sizes, which a checkpoint request does not use, so it points to a problem at PostPress. Copy the details for PostPress support.</source>
        <translation>Este error se refiere al tamaño de las listas, que una solicitud de verificación no usa, así que apunta a un problema en PostPress. Copie los detalles para el soporte de PostPress.</translation>
    </message>
    <message>
        <source>PostPress refused the request</source>
        <translation>PostPress rechazó la solicitud</translation>
    </message>
    <message>
        <source>%1 rejected the code: it may be mistyped, or it has expired, since most codes expire within minutes.</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation>%1 rechazó el código: puede que esté mal escrito o que haya caducado, ya que la mayoría de los códigos caducan en pocos minutos.</translation>
    </message>
    <message>
        <source>Ask the customer for the newest code, or send a new one with Resend code, then type it in.</source>
        <translation>Pida al cliente el código más reciente, o envíe uno nuevo con Reenviar código, y luego introdúzcalo.</translation>
    </message>
    <message>
        <source>Ask the customer for the newest code, then type it in.</source>
        <translation>Pida al cliente el código más reciente y luego introdúzcalo.</translation>
    </message>
    <message>
        <source>The code was not accepted</source>
        <translation>El código no se aceptó</translation>
    </message>
    <message>
        <source>This checkpoint cannot be solved here</source>
        <translation>Esta verificación no se puede resolver aquí</translation>
    </message>
    <message>
        <source>%1 says this checkpoint cannot be solved with a code. Start the connection again from the beginning in PostPress; if this happens again, copy the details for PostPress support.</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation>%1 indica que esta verificación no se puede resolver con un código. Vuelva a iniciar la conexión desde el principio en PostPress; si vuelve a ocurrir, copie los detalles para el soporte de PostPress.</translation>
    </message>
    <message>
        <source>No API key was sent</source>
        <translation>No se envió ninguna clave de API</translation>
    </message>
    <message>
        <source>PostPress received no API key, so nothing was done with the code. Enter the key from the PostPress dashboard, then submit again.</source>
        <translation>PostPress no recibió ninguna clave de API, así que no se hizo nada con el código. Introduzca la clave del panel de PostPress y vuelva a enviar.</translation>
    </message>
    <message>
        <source>The API key has expired</source>
        <translation>La clave de API ha caducado</translation>
    </message>
    <message>
        <source>PostPress refused the API key because it has expired, so nothing was done with the code. Get a new key from the PostPress dashboard, enter it, then submit again.</source>
        <translation>PostPress rechazó la clave de API porque ha caducado, así que no se hizo nada con el código. Obtenga una clave nueva en el panel de PostPress, introdúzcala y vuelva a enviar.</translation>
    </message>
    <message>
        <source>The API key was not accepted</source>
        <translation>La clave de API no se aceptó</translation>
    </message>
    <message>
        <source>PostPress refused the API key: it is wrong or no longer valid, so nothing was done with the code. Enter the right key from the PostPress dashboard, then submit again.</source>
        <translation>PostPress rechazó la clave de API: es incorrecta o ya no es válida, así que no se hizo nada con el código. Introduzca la clave correcta del panel de PostPress y vuelva a enviar.</translation>
    </message>
    <message>
        <source>%1 has restricted this account</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation>%1 ha restringido esta cuenta</translation>
    </message>
    <message>
        <source>%1 has restricted or suspended the customer&apos;s account, so it cannot be connected now. Tell the customer to sign in to %1 directly and follow its steps to lift the restriction, then connect again.</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation>%1 ha restringido o suspendido la cuenta del cliente, así que ahora no se puede conectar. Indique al cliente que inicie sesión directamente en %1 y siga sus pasos para levantar la restricción, y luego vuelva a conectarla.</translation>
    </message>
    <message>
        <source>The login belongs to another account</source>
        <translation>El inicio de sesión pertenece a otra cuenta</translation>
    </message>
    <message>
        <source>The credentials of this login do not match the account id. Check the account id, and ask the customer whether they signed in to %1 with another account.</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation>Las credenciales de este inicio de sesión no coinciden con el ID de la cuenta. Compruebe el ID de la cuenta y pregunte al cliente si inició sesión en %1 con otra cuenta.</translation>
    </message>
    <message>
        <source>The account lacks permissions</source>
        <translation>La cuenta no tiene permisos suficientes</translation>
    </message>
    <message>
        <source>The account does not have the permissions this needs. Ask the customer whether their %1 account has the access it needs (for example an admin role), or escalate to whoever manages your PostPress workspace.</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation>La cuenta no tiene los permisos necesarios. Pregunte al cliente si su cuenta de %1 tiene el acceso necesario (por ejemplo, un rol de administrador), o escale el caso a quien gestione su espacio de trabajo de PostPress.</translation>
    </message>
    <message>
        <source>The login session belongs to another account</source>
        <translation>La sesión de inicio pertenece a otra cuenta</translation>
    </message>
    <message>
        <source>The session PostPress holds does not match this account, for example after a login was started for another account. Start the connection again in PostPress, then enter the new code.</source>
        <translation>La sesión que tiene PostPress no corresponde a esta cuenta, por ejemplo, porque se inició sesión para otra cuenta. Vuelva a iniciar la conexión en PostPress y luego introduzca el código nuevo.</translation>
    </message>
    <message>
        <source>Not included in your PostPress plan</source>
        <translation>No incluido en su plan de PostPress</translation>
    </message>
    <message>
        <source>Connecting this account needs a feature that is not part of your PostPress subscription; the customer cannot fix this. Escalate to whoever owns your PostPress plan.</source>
        <translation>Conectar esta cuenta requiere una función que no forma parte de su suscripción de PostPress; el cliente no puede solucionarlo. Escale el caso al responsable de su plan de PostPress.</translation>
    </message>
    <message>
        <source>A PostPress subscription is needed</source>
        <translation>Se necesita una suscripción de PostPress</translation>
    </message>
    <message>
        <source>Your PostPress workspace has no active subscription for this; the customer cannot fix this. Ask whoever owns your PostPress plan to renew or upgrade it.</source>
        <translation>Su espacio de trabajo de PostPress no tiene una suscripción activa para esto; el cliente no puede solucionarlo. Pida al responsable de su plan de PostPress que lo renueve o lo amplíe.</translation>
    </message>
    <message>
        <source>No login in progress for this account</source>
        <translation>No hay ningún inicio de sesión en curso para esta cuenta</translation>
    </message>
    <message>
        <source>PostPress has no login in progress for this account id: it may have expired or the id may be wrong. Check the account id, or start the connection again in PostPress.</source>
        <translation>PostPress no tiene ningún inicio de sesión en curso para este ID de cuenta: puede que haya caducado o que el ID sea incorrecto. Compruebe el ID de la cuenta o vuelva a iniciar la conexión en PostPress.</translation>
    </message>
    <message>
        <source>The customer must finish a step in %1</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation>El cliente debe completar un paso en %1</translation>
    </message>
    <message>
        <source>%1 needs the customer to complete a step in its own app or website, such as confirming their identity. Ask them to open %1 and finish it, then press Retry.</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation>%1 necesita que el cliente complete un paso en su propia aplicación o sitio web, como confirmar su identidad. Pídale que abra %1 y lo termine, y luego pulse Reintentar.</translation>
    </message>
    <message>
        <source>Access is restricted</source>
        <translation>El acceso está restringido</translation>
    </message>
    <message>
        <source>PostPress does not let this API key use this account or feature. Escalate to whoever manages your PostPress workspace, with the details copied.</source>
        <translation>PostPress no permite que esta clave de API use esta cuenta o esta función. Escale el caso, con los detalles copiados, a quien gestione su espacio de trabajo de PostPress.</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>No permitido</translation>
    </message>
    <message>
        <source>Copy the details and pass them to PostPress support.</source>
        <translation>Copie los detalles y páselos al soporte de PostPress.</translation>
    </message>
    <message>
        <source>The account&apos;s proxy refused the login</source>
        <translation>El proxy de la cuenta rechazó la autenticación</translation>
    </message>
    <message>
        <source>The proxy set for this account in PostPress rejected the connection (this is not your own network). Retry shortly; if it keeps failing, check the proxy&apos;s user name and password in PostPress or change the proxy.</source>
        <translation>El proxy configurado para esta cuenta en PostPress rechazó la conexión (no es su propia red). Vuelva a intentarlo en breve; si sigue fallando, compruebe el usuario y la contraseña del proxy en PostPress o cambie de proxy.</translation>
    </message>
    <message>
        <source>A proxy asked for a login</source>
        <translation>Un proxy pidió autenticación</translation>
    </message>
    <message>
        <source>Either the account&apos;s proxy in PostPress or your own network&apos;s proxy wants a login; retry shortly, and if it keeps failing, ask IT.</source>
        <translation>El proxy de la cuenta en PostPress o el de su propia red pide autenticación; vuelva a intentarlo en breve y, si sigue fallando, consulte al departamento de TI.</translation>
    </message>
    <message>
        <source>Result unknown: no answer in time</source>
        <translation>Resultado desconocido: sin respuesta a tiempo</translation>
    </message>
    <message>
        <source>%1 did not answer PostPress in time.</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation>%1 no respondió a PostPress a tiempo.</translation>
    </message>
    <message>
        <source>Result unknown: the request timed out</source>
        <translation>Resultado desconocido: la solicitud agotó el tiempo de espera</translation>
    </message>
    <message>
        <source>The request timed out on its way between PostPress and %1.</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation>La solicitud agotó el tiempo de espera entre PostPress y %1.</translation>
    </message>
    <message>
        <source>Another operation replaced this one</source>
        <translation>Otra operación sustituyó a esta</translation>
    </message>
    <message>
        <source>A later operation on this account cancelled this one, often a colleague or another window working on the same account. Find out who else is on it before doing anything more, so you do not undo each other&apos;s work.</source>
        <translation>Una operación posterior sobre esta cuenta canceló esta, a menudo de un compañero u otra ventana que trabaja con la misma cuenta. Averigüe quién más está con ella antes de seguir, para no deshacer el trabajo del otro.</translation>
    </message>
    <message>
        <source>Account already connected</source>
        <translation>Cuenta ya conectada</translation>
    </message>
    <message>
        <source>PostPress already has this account connected, so there is nothing left to do here. Check in PostPress that it is the account the customer expects.</source>
        <translation>Esta cuenta ya está conectada en PostPress, así que aquí no queda nada por hacer. Compruebe en PostPress que es la cuenta que espera el cliente.</translation>
    </message>
    <message>
        <source>Another operation is in the way</source>
        <translation>Otra operación lo impide</translation>
    </message>
    <message>
        <source>Check whether a colleague or another window is working on this account before trying again.</source>
        <translation>Compruebe si un compañero u otra ventana está trabajando con esta cuenta antes de volver a intentarlo.</translation>
    </message>
    <message>
        <source>Check the account id, the provider and the code; if they look right, copy the details for PostPress support.</source>
        <translation>Compruebe el ID de la cuenta, la plataforma y el código; si parecen correctos, copie los detalles para el soporte de PostPress.</translation>
    </message>
    <message>
        <source>PostPress has a problem on its side</source>
        <translation>PostPress tiene un problema por su parte</translation>
    </message>
    <message>
        <source>Check the account in PostPress before trying again, and copy the details for a ticket.</source>
        <translation>Compruebe la cuenta en PostPress antes de volver a intentarlo y copie los detalles para un ticket.</translation>
    </message>
    <message>
        <source>Something went wrong at PostPress</source>
        <translation>Algo falló en PostPress</translation>
    </message>
    <message>
        <source>PostPress hit an unexpected error on its side; if it happens again, copy the details for PostPress support.</source>
        <translation>PostPress sufrió un error inesperado por su parte; si vuelve a ocurrir, copie los detalles para el soporte de PostPress.</translation>
    </message>
    <message>
        <source>%1 is having problems</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation>%1 tiene problemas</translation>
    </message>
    <message>
        <source>%1 itself is having operational problems, which is not the customer&apos;s fault; if the code expires meanwhile, ask for a new one.</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation>El propio %1 tiene problemas de funcionamiento, que no son culpa del cliente; si el código caduca mientras tanto, pida uno nuevo.</translation>
    </message>
    <message>
        <source>The login attempt has ended</source>
        <translation>El intento de inicio de sesión ha terminado</translation>
    </message>
    <message>
        <source>The login attempt was stopped after a failure or expired (it lasts about five minutes), so no code can finish it. Start the connection again from the beginning in PostPress, then enter the new code the customer receives.</source>
        <translation>El intento de inicio de sesión se detuvo tras un fallo o caducó (dura unos cinco minutos), así que ningún código puede completarlo. Vuelva a iniciar la conexión desde el principio en PostPress y luego introduzca el nuevo código que reciba el cliente.</translation>
    </message>
    <message>
        <source>PostPress has no session for this account right now</source>
        <translation>PostPress no tiene ahora ninguna sesión para esta cuenta</translation>
    </message>
    <message>
        <source>PostPress has no session running for this account at the moment; it usually comes back by itself.</source>
        <translation>PostPress no tiene en este momento ninguna sesión activa para esta cuenta; normalmente se recupera sola.</translation>
    </message>
    <message>
        <source>PostPress cannot reach the account&apos;s session</source>
        <translation>PostPress no puede acceder a la sesión de la cuenta</translation>
    </message>
    <message>
        <source>PostPress cannot reach the session for this account at the moment.</source>
        <translation>PostPress no puede acceder a la sesión de esta cuenta en este momento.</translation>
    </message>
    <message>
        <source>PostPress cannot handle this right now</source>
        <translation>PostPress no puede procesar esto ahora</translation>
    </message>
    <message>
        <source>PostPress has nothing ready to handle this request at the moment.</source>
        <translation>PostPress no tiene en este momento nada preparado para procesar esta solicitud.</translation>
    </message>
    <message>
        <source>PostPress&apos;s network is down</source>
        <translation>La red de PostPress no funciona</translation>
    </message>
    <message>
        <source>The network on PostPress&apos;s side is down; this is not your connection or the customer&apos;s.</source>
        <translation>La red de PostPress no funciona; no es su conexión ni la del cliente.</translation>
    </message>
    <message>
        <source>PostPress is temporarily unavailable</source>
        <translation>PostPress no está disponible temporalmente</translation>
    </message>
    <message>
        <source>PostPress is temporarily unavailable; this usually passes quickly.</source>
        <translation>PostPress no está disponible temporalmente; suele pasar rápido.</translation>
    </message>
    <message>
        <source>PostPress does not know this account</source>
        <translation>PostPress no conoce esta cuenta</translation>
    </message>
    <message>
        <source>PostPress found no such account or address. Check the account id; if it is right, check the API address this window was opened with.</source>
        <translation>PostPress no encontró esa cuenta ni esa dirección. Compruebe el ID de la cuenta; si es correcto, compruebe la dirección de la API con la que se abrió esta ventana.</translation>
    </message>
    <message>
        <source>Another login is in progress for this account</source>
        <translation>Hay otro inicio de sesión en curso para esta cuenta</translation>
    </message>
    <message>
        <source>Another login attempt for this account is still running, perhaps from a colleague or another window.</source>
        <translation>Sigue en curso otro intento de inicio de sesión para esta cuenta, quizá de un compañero o de otra ventana.</translation>
    </message>
    <message>
        <source>Too many attempts: wait a moment</source>
        <translation>Demasiados intentos: espere un momento</translation>
    </message>
    <message>
        <source>PostPress is limiting how fast requests may be sent.</source>
        <translation>PostPress está limitando la frecuencia de envío de solicitudes.</translation>
    </message>
    <message>
        <source>The account&apos;s proxy is not working</source>
        <translation>El proxy de la cuenta no funciona</translation>
    </message>
    <message>
        <source>The proxy set for this account in PostPress is failing (this is not your own network). Retry shortly; if it keeps failing, change the account&apos;s proxy in PostPress.</source>
        <translation>El proxy configurado para esta cuenta en PostPress está fallando (no es su propia red). Vuelva a intentarlo en breve; si sigue fallando, cambie el proxy de la cuenta en PostPress.</translation>
    </message>
    <message>
        <source>Result unknown: no answer from PostPress</source>
        <translation>Resultado desconocido: PostPress no respondió</translation>
    </message>
    <message>
        <source>The request left, but PostPress did not answer in time.</source>
        <translation>La solicitud salió, pero PostPress no respondió a tiempo.</translation>
    </message>
    <message>
        <source>Result unknown: the connection dropped</source>
        <translation>Resultado desconocido: se cortó la conexión</translation>
    </message>
    <message>
        <source>The connection dropped after the request left, before PostPress answered.</source>
        <translation>La conexión se cortó después de salir la solicitud, antes de que PostPress respondiera.</translation>
    </message>
    <message>
        <source>Cancelled: result unknown</source>
        <translation>Cancelado: resultado desconocido</translation>
    </message>
    <message>
        <source>You cancelled after the request had left, so PostPress may have received it.</source>
        <translation>Canceló después de que saliera la solicitud, así que puede que PostPress la haya recibido.</translation>
    </message>
    <message>
        <source>Result unknown: the answer was too large</source>
        <translation>Resultado desconocido: respuesta demasiado grande</translation>
    </message>
    <message>
        <source>PostPress sent an answer far larger than expected, so the app did not read it.</source>
        <translation>PostPress envió una respuesta mucho más grande de lo esperado, así que la aplicación no la leyó.</translation>
    </message>
    <message>
        <source>Result unknown: your network&apos;s proxy failed</source>
        <translation>Resultado desconocido: falló el proxy de su red</translation>
    </message>
    <message>
        <source>The proxy of your own network failed after the request left.</source>
        <translation>El proxy de su propia red falló después de salir la solicitud.</translation>
    </message>
    <message>
        <source>Result unknown: the connection failed</source>
        <translation>Resultado desconocido: falló la conexión</translation>
    </message>
    <message>
        <source>The connection failed after the request left, before a full answer came back.</source>
        <translation>La conexión falló después de salir la solicitud, antes de recibir una respuesta completa.</translation>
    </message>
    <message>
        <source>PostPress did not answer</source>
        <translation>PostPress no respondió</translation>
    </message>
    <message>
        <source>The connection timed out before the request was sent, so it is safe to retry. If it keeps happening, check your network.</source>
        <translation>La conexión agotó el tiempo de espera antes de enviar la solicitud, así que puede reintentar sin riesgo. Si sigue ocurriendo, compruebe su red.</translation>
    </message>
    <message>
        <source>The connection to PostPress dropped</source>
        <translation>Se cortó la conexión con PostPress</translation>
    </message>
    <message>
        <source>The connection dropped before the request was sent, so it is safe to retry.</source>
        <translation>La conexión se cortó antes de enviar la solicitud, así que puede reintentar sin riesgo.</translation>
    </message>
    <message>
        <source>Cancelled, nothing sent</source>
        <translation>Cancelado, no se envió nada</translation>
    </message>
    <message>
        <source>You cancelled before the request left this computer, so the code was not used. Submit it again when you are ready.</source>
        <translation>Canceló antes de que la solicitud saliera de este equipo, así que el código no se usó. Vuelva a enviarlo cuando esté listo.</translation>
    </message>
    <message>
        <source>Your network&apos;s proxy failed</source>
        <translation>Falló el proxy de su red</translation>
    </message>
    <message>
        <source>The proxy of your own network (not the account&apos;s proxy in PostPress) did not pass the request on, so nothing was sent. Retry; if it keeps failing, ask your IT team.</source>
        <translation>El proxy de su propia red (no el proxy de la cuenta en PostPress) no transmitió la solicitud, así que no se envió nada. Vuelva a intentarlo; si sigue fallando, consulte a su equipo de TI.</translation>
    </message>
    <message>
        <source>Could not reach PostPress</source>
        <translation>No se pudo contactar con PostPress</translation>
    </message>
    <message>
        <source>The connection failed before the request was sent, so it is safe to retry. If it keeps happening, check your network or tell your IT team.</source>
        <translation>La conexión falló antes de enviar la solicitud, así que puede reintentar sin riesgo. Si sigue ocurriendo, compruebe su red o avise a su equipo de TI.</translation>
    </message>
    <message>
        <source>Not sent: the API address is not secure</source>
        <translation>No enviado: la dirección de la API no es segura</translation>
    </message>
    <message>
        <source>The API address uses plain http, so the app refused to send the key and the code over it; nothing was sent. Open the window with an address starting with https://.</source>
        <translation>La dirección de la API usa http sin cifrar, así que la aplicación se negó a enviar por ella la clave y el código; no se envió nada. Abra la ventana con una dirección que empiece por https://.</translation>
    </message>
    <message>
        <source>Could not connect to PostPress</source>
        <translation>No se pudo conectar con PostPress</translation>
    </message>
    <message>
        <source>PostPress refused the connection, so nothing was sent and it is safe to retry. If it keeps happening, check your network and the API address.</source>
        <translation>PostPress rechazó la conexión, así que no se envió nada y puede reintentar sin riesgo. Si sigue ocurriendo, compruebe su red y la dirección de la API.</translation>
    </message>
    <message>
        <source>PostPress&apos;s address was not found</source>
        <translation>No se encontró la dirección de PostPress</translation>
    </message>
    <message>
        <source>The API address could not be looked up, so nothing was sent and it is safe to retry. Check that this computer is online and the address is spelled right.</source>
        <translation>No se pudo resolver la dirección de la API, así que no se envió nada y puede reintentar sin riesgo. Compruebe que este equipo tiene conexión y que la dirección está bien escrita.</translation>
    </message>
    <message>
        <source>The connection to PostPress is not trusted</source>
        <translation>La conexión con PostPress no es de confianza</translation>
    </message>
    <message>
        <source>The secure connection to PostPress could not be verified, so nothing was sent. Do not try to work around it: tell your IT team, as someone may be intercepting the connection.</source>
        <translation>No se pudo verificar la conexión segura con PostPress, así que no se envió nada. No intente sortearlo: avise a su equipo de TI, porque puede que alguien esté interceptando la conexión.</translation>
    </message>
    <message>
        <source>PostPress answered with a redirect</source>
        <translation>PostPress respondió con una redirección</translation>
    </message>
    <message>
        <source>The app never follows redirects, so your API key and the code went nowhere else. Check the API address this window was opened with: it may be outdated or miss https:// or the version path.</source>
        <translation>La aplicación nunca sigue redirecciones, así que su clave de API y el código no fueron a ningún otro sitio. Compruebe la dirección de la API con la que se abrió esta ventana: puede que esté desactualizada o que le falte https:// o la ruta de la versión.</translation>
    </message>
    <message>
        <source>Not sent: part of the app is missing</source>
        <translation>No enviado: falta una parte de la aplicación</translation>
    </message>
    <message>
        <source>The part of this app that sends requests is missing or broken, so nothing was sent and the code was not used. Reinstall PostPress Checkpoint, or ask your IT team to reinstall it.</source>
        <translation>Falta o está dañada la parte de esta aplicación que envía las solicitudes, así que no se envió nada y el código no se usó. Reinstale PostPress Checkpoint o pida a su equipo de TI que lo reinstale.</translation>
    </message>
    <message>
        <source>You sent account %1, but PostPress answered about account %2. Check account %1 in PostPress before telling the customer anything, and copy the details for a ticket.</source>
        <extracomment>%1 is the account id that was sent, %2 the one PostPress answered about</extracomment>
        <translation>Ha enviado la cuenta %1, pero PostPress ha respondido sobre la cuenta %2. Compruebe la cuenta %1 en PostPress antes de decirle nada al cliente y copie los detalles para un ticket.</translation>
    </message>
    <message>
        <source>PostPress answered about another account</source>
        <translation>PostPress ha respondido sobre otra cuenta</translation>
    </message>
    <message>
        <source>%1 wants a mobile number for this account. Pick the country and type the number as the customer says it.</source>
        <extracomment>%1 is the provider, e.g. LinkedIn</extracomment>
        <translation>%1 quiere un número de móvil para esta cuenta. Elija el país y escriba el número tal como lo dice el cliente.</translation>
    </message>
</context>
<context>
    <name>HelpdeskLink</name>
    <message>
        <source>A link never carries a code or a key: the agent types the code the customer reads out, and the API key comes from the system keychain. The link was not opened.</source>
        <translation>Un enlace nunca lleva un código ni una clave: el agente escribe el código que le dicta el cliente y la clave de API sale del llavero del sistema. No se ha abierto el enlace.</translation>
    </message>
    <message>
        <source>A link cannot choose the API server; only --api-url on the command line or the settings can. The link was not opened.</source>
        <translation>Un enlace no puede elegir el servidor de la API; solo pueden hacerlo --api-url en la línea de comandos o la configuración. No se ha abierto el enlace.</translation>
    </message>
    <message>
        <source>The link has an empty parameter (&quot;&amp;&amp;&quot;, or &quot;&amp;&quot; at an end).</source>
        <translation>El enlace tiene un parámetro vacío («&amp;&amp;», o «&amp;» en un extremo).</translation>
    </message>
    <message>
        <source>The link is not correctly encoded: &quot;%&quot; must be followed by two hexadecimal digits, and the bytes must be UTF-8 text.</source>
        <translation>El enlace no está bien codificado: «%» debe ir seguido de dos dígitos hexadecimales y los bytes deben ser texto UTF-8.</translation>
    </message>
    <message>
        <source>The parameter %1 appears more than once in the link.</source>
        <translation>El parámetro %1 aparece más de una vez en el enlace.</translation>
    </message>
    <message>
        <source>The parameter %1 in the link has no value.</source>
        <translation>El parámetro %1 del enlace no tiene valor.</translation>
    </message>
    <message>
        <source>The value of %1 in the link contains spaces or control characters.</source>
        <translation>El valor de %1 en el enlace contiene espacios o caracteres de control.</translation>
    </message>
    <message>
        <source>The link names no account: it needs account_id, as in %1.</source>
        <translation>El enlace no indica ninguna cuenta: necesita account_id, como en %1.</translation>
    </message>
    <message>
        <source>The link is too long: %1 characters, at most %2.</source>
        <translation>El enlace es demasiado largo: %1 caracteres, %2 como máximo.</translation>
    </message>
    <message>
        <source>The link contains spaces or characters that a link must percent-encode.</source>
        <translation>El enlace contiene espacios o caracteres que un enlace debe codificar con porcentajes.</translation>
    </message>
    <message>
        <source>The link is not in the expected form %1.</source>
        <translation>El enlace no tiene la forma esperada %1.</translation>
    </message>
    <message>
        <source>The link must not have a fragment (&quot;#&quot; and what follows).</source>
        <translation>El enlace no debe tener fragmento («#» y lo que le sigue).</translation>
    </message>
    <message>
        <source>This link is for another program: PostPress Checkpoint opens only links like %1.</source>
        <translation>Este enlace es para otro programa: PostPress Checkpoint solo abre enlaces como %1.</translation>
    </message>
    <message>
        <source>The link has an unknown parameter. A link carries only account_id, provider and ticket.</source>
        <translation>El enlace tiene un parámetro desconocido. Un enlace solo lleva account_id, provider y ticket.</translation>
    </message>
    <message>
        <source>The link has an unknown parameter &quot;%1&quot;. A link carries only account_id, provider and ticket.</source>
        <translation>El enlace tiene un parámetro desconocido, «%1». Un enlace solo lleva account_id, provider y ticket.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>History is off: Qt&apos;s SQLite driver is not installed (libqt6sql6-sqlite).</source>
        <translation>Historial desactivado: el controlador SQLite de Qt no está instalado (libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>History is off: its folder %1 cannot be created.</source>
        <translation>Historial desactivado: no se puede crear su carpeta %1.</translation>
    </message>
    <message>
        <source>History is off: its file is damaged and cannot be moved aside.</source>
        <translation>Historial desactivado: su archivo está dañado y no se puede apartar.</translation>
    </message>
    <message>
        <source>The history file was damaged: it was moved to %1 and a new history started.</source>
        <translation>El archivo del historial estaba dañado: se movió a %1 y se empezó un historial nuevo.</translation>
    </message>
    <message>
        <source>History is off: another program is using its file.</source>
        <translation>Historial desactivado: otro programa está usando su archivo.</translation>
    </message>
    <message>
        <source>History is off: the disk is full.</source>
        <translation>Historial desactivado: el disco está lleno.</translation>
    </message>
    <message>
        <source>History is off: its file %1 cannot be written.</source>
        <translation>Historial desactivado: no se puede escribir su archivo %1.</translation>
    </message>
    <message>
        <source>History is off: its file is damaged.</source>
        <translation>Historial desactivado: su archivo está dañado.</translation>
    </message>
    <message>
        <source>History is off: %1</source>
        <extracomment>%1 is SQLite&apos;s own message, in English</extracomment>
        <translation>Historial desactivado: %1</translation>
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
        <translation>ID de solicitud %1</translation>
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
        <translation>Hora</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>ID de cuenta</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Problem type</source>
        <translation>Tipo de problema</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>ID de solicitud</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source>Attempt history</source>
        <translation>Historial de intentos</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>Buscar en el historial</translation>
    </message>
    <message>
        <source>Account, ticket, request ID, outcome…</source>
        <translation>Cuenta, ticket, ID de solicitud, resultado…</translation>
    </message>
    <message>
        <source>Only this window&apos;s account</source>
        <translation>Solo la cuenta de esta ventana</translation>
    </message>
    <message>
        <source>Attempts, newest first</source>
        <translation>Intentos, los más recientes primero</translation>
    </message>
    <message>
        <source>&amp;Copy for ticket</source>
        <translation>&amp;Copiar para el ticket</translation>
    </message>
    <message>
        <source>Copy the selected attempts for a ticket</source>
        <translation>Copiar los intentos seleccionados para un ticket</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <source>Export the attempts shown as CSV</source>
        <translation>Exportar los intentos mostrados como CSV</translation>
    </message>
    <message>
        <source>C&amp;lear history…</source>
        <translation>B&amp;orrar el historial…</translation>
    </message>
    <message>
        <source>Clear the whole history</source>
        <translation>Borrar todo el historial</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>The history could not be saved to %1: %2</source>
        <extracomment>%1 is the file, %2 the system&apos;s reason</extracomment>
        <translation>No se pudo guardar el historial en %1: %2</translation>
    </message>
    <message>
        <source>No attempts are recorded on this computer yet.</source>
        <translation>Aún no hay intentos registrados en este equipo.</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n attempt(s).</source>
        <translation>
            <numerusform>Se muestran %1 de %n intento.</numerusform>
            <numerusform>Se muestran %1 de %n intentos.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Only account %1</source>
        <extracomment>%1 is an account id</extracomment>
        <translation>&amp;Solo la cuenta %1</translation>
    </message>
    <message>
        <source>Export history as CSV</source>
        <translation>Exportar el historial como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Clear the history?</source>
        <translation>¿Borrar el historial?</translation>
    </message>
    <message>
        <source>Remove every attempt recorded on this computer, for every account? This cannot be undone.</source>
        <translation>¿Eliminar todos los intentos registrados en este equipo, de todas las cuentas? No se puede deshacer.</translation>
    </message>
    <message>
        <source>&amp;Clear history</source>
        <translation>&amp;Borrar el historial</translation>
    </message>
</context>
<context>
    <name>InstanceMessage</name>
    <message>
        <source>The field %1 is not text.</source>
        <translation>El campo %1 no es texto.</translation>
    </message>
    <message>
        <source>The field %1 is not an activation token.</source>
        <translation>El campo %1 no es un token de activación.</translation>
    </message>
    <message>
        <source>The message has a field it may not carry.</source>
        <translation>El mensaje tiene un campo que no puede llevar.</translation>
    </message>
    <message>
        <source>The message is not of version %1.</source>
        <translation>El mensaje no es de la versión %1.</translation>
    </message>
    <message>
        <source>The message is longer than %1 bytes.</source>
        <translation>El mensaje supera los %1 bytes.</translation>
    </message>
    <message>
        <source>The message is not a JSON object.</source>
        <translation>El mensaje no es un objeto JSON.</translation>
    </message>
    <message>
        <source>The message is empty or longer than %1 bytes.</source>
        <translation>El mensaje está vacío o supera los %1 bytes.</translation>
    </message>
    <message>
        <source>More bytes followed the message.</source>
        <translation>Al mensaje le seguían más bytes.</translation>
    </message>
</context>
<context>
    <name>KeyStateLine</name>
    <message>
        <source>Waiting for the system keychain…</source>
        <translation>Esperando al llavero del sistema…</translation>
    </message>
    <message>
        <source>Saving the API key in the system keychain…</source>
        <translation>Guardando la clave de API en el llavero del sistema…</translation>
    </message>
    <message>
        <source>No API key yet: nothing can be sent until one is entered.</source>
        <translation>Aún no hay clave de API: no se puede enviar nada hasta introducir una.</translation>
    </message>
    <message>
        <source>API key from the system keychain.</source>
        <translation>Clave de API del llavero del sistema.</translation>
    </message>
    <message>
        <source>API key for this session only: it is forgotten when the app quits.</source>
        <translation>Clave de API solo para esta sesión: se olvida al cerrar la aplicación.</translation>
    </message>
    <message>
        <source>The system keychain failed.</source>
        <translation>Error del llavero del sistema.</translation>
    </message>
    <message>
        <source>&amp;Enter API key…</source>
        <translation>&amp;Introducir la clave de API…</translation>
    </message>
    <message>
        <source>Enter API key</source>
        <translation>Introducir la clave de API</translation>
    </message>
    <message>
        <source>Syste&amp;m details</source>
        <translation>Detalles del siste&amp;ma</translation>
    </message>
    <message>
        <source>What the system keychain said, for support</source>
        <translation>Lo que informó el llavero del sistema, para el soporte</translation>
    </message>
</context>
<context>
    <name>KeychainApiKeyStore</name>
    <message>
        <source>The API key could not be read from the system keychain.</source>
        <translation>No se pudo leer la clave de API del llavero del sistema.</translation>
    </message>
    <message>
        <source>The API key could not be saved in the system keychain.</source>
        <translation>No se pudo guardar la clave de API en el llavero del sistema.</translation>
    </message>
    <message>
        <source>The API key could not be removed from the system keychain.</source>
        <translation>No se pudo eliminar la clave de API del llavero del sistema.</translation>
    </message>
    <message>
        <source>No keychain service (such as GNOME Keyring or KWallet) is running or set up in this session.</source>
        <translation>No hay ningún servicio de llavero (como GNOME Keyring o KWallet) en ejecución o configurado en esta sesión.</translation>
    </message>
    <message>
        <source>The keychain is locked or refused access. Unlock it and try again.</source>
        <translation>El llavero está bloqueado o denegó el acceso. Desbloquéelo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The keychain reported an error.</source>
        <translation>El llavero informó de un error.</translation>
    </message>
    <message>
        <source>The system keychain is locked, so the stored API key cannot be read. Unlock it (for example by logging in again) and restart the program, or use the key for this session only.</source>
        <translation>El llavero del sistema está bloqueado, así que no se puede leer la clave de API guardada. Desbloquéelo (por ejemplo, volviendo a iniciar sesión) y reinicie el programa, o use la clave solo para esta sesión.</translation>
    </message>
</context>
<context>
    <name>LaunchOptions</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>Mostrar esta ayuda y salir.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Mostrar la versión y salir.</translation>
    </message>
    <message>
        <source>The id of the account waiting at a checkpoint.</source>
        <translation>El ID de la cuenta pendiente de verificación.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The provider: %1 (any letter case).</source>
        <translation>La plataforma: %1 (mayúsculas o minúsculas).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The PostPress API base URL (default %1).</source>
        <translation>La URL base de la API de PostPress (predeterminada: %1).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Usage: %1 [options] [ACCOUNT_ID]</source>
        <translation>Uso: %1 [opciones] [ACCOUNT_ID]</translation>
    </message>
    <message>
        <source>The API key is never given on the command line: the program asks for it and keeps it in the system keychain.</source>
        <translation>La clave de API nunca se pasa en la línea de comandos: el programa la pide y la guarda en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Valid options: %1.</source>
        <translation>Opciones válidas: %1.</translation>
    </message>
    <message>
        <source>--account-id needs a value.</source>
        <translation>--account-id necesita un valor.</translation>
    </message>
    <message>
        <source>Solve a PostPress login checkpoint with the code the customer reads out.</source>
        <translation>Resolver una verificación de inicio de sesión de PostPress con el código que dicta el cliente.</translation>
    </message>
    <message>
        <source>Try &apos;postpress-checkpoint --help&apos; for the options.</source>
        <translation>Pruebe «postpress-checkpoint --help» para ver las opciones.</translation>
    </message>
    <message>
        <source>The link is for provider %1 but --provider says %2.</source>
        <translation>El enlace es para la plataforma %1, pero --provider indica %2.</translation>
    </message>
    <message>
        <source>The id of the account (same as --account-id), or a helpdesk link: %1</source>
        <translation>El ID de la cuenta (igual que --account-id) o un enlace del servicio de asistencia: %1</translation>
    </message>
    <message numerus="yes">
        <source>Too many arguments: %n values were given without an option name. Give one account id; the API key is never given on the command line.</source>
        <translation>
            <numerusform>Demasiados argumentos: se indicó %n valor sin nombre de opción. Indique un solo ID de cuenta; la clave de API nunca se pasa en la línea de comandos.</numerusform>
            <numerusform>Demasiados argumentos: se indicaron %n valores sin nombre de opción. Indique un solo ID de cuenta; la clave de API nunca se pasa en la línea de comandos.</numerusform>
        </translation>
    </message>
    <message>
        <source>--account-id and the value given without an option name differ. Give the account id once.</source>
        <translation>--account-id y el valor indicado sin nombre de opción no coinciden. Indique el ID de la cuenta una sola vez.</translation>
    </message>
    <message>
        <source>This program has no option for the API key.</source>
        <translation>Este programa no tiene ninguna opción para la clave de API.</translation>
    </message>
    <message>
        <source>Unknown option.</source>
        <translation>Opción desconocida.</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Opción desconocida «%1».</translation>
    </message>
    <message>
        <source>--%1 was given more than once, with different values. Give it once.</source>
        <translation>--%1 se indicó más de una vez, con valores distintos. Indíquela una sola vez.</translation>
    </message>
    <message>
        <source>The link is for another account than --account-id says. Give the account once.</source>
        <translation>El enlace es para otra cuenta que la que indica --account-id. Indique la cuenta una sola vez.</translation>
    </message>
    <message>
        <source>The helpdesk ticket the attempts are for: letters, digits and _ - . #, at most %1.</source>
        <translation>El ticket del servicio de asistencia al que corresponden los intentos: letras, dígitos y _ - . #, como máximo %1.</translation>
    </message>
    <message>
        <source>--ticket needs a value.</source>
        <translation>--ticket necesita un valor.</translation>
    </message>
    <message>
        <source>The link is for another ticket than --ticket says. Give the ticket once.</source>
        <translation>El enlace es de otro ticket distinto del que indica --ticket. Indique el ticket una sola vez.</translation>
    </message>
</context>
<context>
    <name>LaunchRequest</name>
    <message>
        <source>Unknown provider. Valid providers: %1.</source>
        <translation>Plataforma desconocida. Plataformas válidas: %1.</translation>
    </message>
</context>
<context>
    <name>MemoryApiKeyStore</name>
    <message>
        <source>The test keychain was told to fail (%1).</source>
        <translation>Se indicó al llavero de prueba que fallara (%1).</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>[API key removed]</source>
        <translation>[clave de API eliminada]</translation>
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
        <translation>Red: %1</translation>
    </message>
    <message>
        <source>Title: %1</source>
        <translation>Título: %1</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>Detalle: %1</translation>
    </message>
    <message>
        <source>The answer read: %1</source>
        <translation>La respuesta decía: %1</translation>
    </message>
</context>
<context>
    <name>OutcomePanel</name>
    <message>
        <source>Request ID:</source>
        <translation>ID de solicitud:</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>ID de solicitud</translation>
    </message>
    <message>
        <source>The identifier PostPress support asks for</source>
        <translation>El identificador que pide el soporte de PostPress</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Copi&amp;ar</translation>
    </message>
    <message>
        <source>Copy the request ID to the clipboard</source>
        <translation>Copiar el ID de solicitud al portapapeles</translation>
    </message>
    <message>
        <source>Copy request ID</source>
        <translation>Copiar el ID de solicitud</translation>
    </message>
    <message>
        <source>Enter a new cod&amp;e</source>
        <translation>Escri&amp;bir otro código</translation>
    </message>
    <message>
        <source>&amp;Resend code</source>
        <translation>&amp;Reenviar código</translation>
    </message>
    <message>
        <source>Enter phone num&amp;ber</source>
        <translation>I&amp;ntroducir teléfono</translation>
    </message>
    <message>
        <source>Replace AP&amp;I key…</source>
        <translation>&amp;Sustituir la clave de API…</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>Re&amp;intentar</translation>
    </message>
    <message>
        <source>Start o&amp;ver</source>
        <translation>Empe&amp;zar de nuevo</translation>
    </message>
    <message>
        <source>Copy &amp;for ticket</source>
        <translation>Copiar para el &amp;ticket</translation>
    </message>
    <message>
        <source>Copy a summary for the ticket: time, account, outcome and request ID (never the code)</source>
        <translation>Copiar un resumen para el ticket: hora, cuenta, resultado e ID de solicitud (nunca el código)</translation>
    </message>
    <message numerus="yes">
        <source>Retry in %n s</source>
        <translation>
            <numerusform>Reintentar en %n s</numerusform>
            <numerusform>Reintentar en %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Technical details</source>
        <translation>&amp;Detalles técnicos</translation>
    </message>
    <message>
        <source>What the server answered, for PostPress support</source>
        <translation>Lo que respondió el servidor, para el soporte de PostPress</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Detalles técnicos</translation>
    </message>
    <message>
        <source>&amp;Close window</source>
        <translation>&amp;Cerrar la ventana</translation>
    </message>
    <message>
        <source>Close window</source>
        <translation>Cerrar la ventana</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
</context>
<context>
    <name>PhoneNumberFormatter</name>
    <message>
        <source>The number is too short for %1.</source>
        <translation>El número es demasiado corto para %1.</translation>
    </message>
    <message>
        <source>The number is too long for %1.</source>
        <translation>El número es demasiado largo para %1.</translation>
    </message>
    <message>
        <source>The number has the wrong number of digits for %1.</source>
        <translation>El número no tiene la cantidad de dígitos correcta para %1.</translation>
    </message>
    <message>
        <source>The number is incomplete: the area code is missing.</source>
        <translation>El número está incompleto: falta el prefijo de zona.</translation>
    </message>
    <message>
        <source>The country code after &quot;+&quot; does not exist.</source>
        <translation>El prefijo de país después de «+» no existe.</translation>
    </message>
    <message>
        <source>This is not a valid number in %1: check the digits.</source>
        <translation>No es un número válido en %1: compruebe los dígitos.</translation>
    </message>
    <message>
        <source>Type the customer&apos;s phone number.</source>
        <translation>Escriba el número de teléfono del cliente.</translation>
    </message>
    <message>
        <source>A phone number has no letters: type its digits only.</source>
        <translation>Un número de teléfono no tiene letras: escriba solo los dígitos.</translation>
    </message>
    <message>
        <source>Choose the customer&apos;s country, or type the number with its country code (+…).</source>
        <translation>Elija el país del cliente o escriba el número con su prefijo de país (+…).</translation>
    </message>
    <message>
        <source>This is not a phone number.</source>
        <translation>No es un número de teléfono.</translation>
    </message>
    <message>
        <source>The number is too short.</source>
        <translation>El número es demasiado corto.</translation>
    </message>
    <message>
        <source>The number is too long.</source>
        <translation>El número es demasiado largo.</translation>
    </message>
    <message>
        <source>Leave out the extension: the provider needs a mobile number.</source>
        <translation>Omita la extensión: la plataforma necesita un número de móvil.</translation>
    </message>
    <message>
        <source>This number belongs to no country: the provider needs the customer&apos;s mobile number.</source>
        <translation>Este número no pertenece a ningún país: el proveedor necesita el número de móvil del cliente.</translation>
    </message>
    <message>
        <source>Phone numbers cannot be checked on this computer. %1 Choose Code and type the number as (+country code)number, for example (+33)0612345678, or reinstall PostPress Checkpoint.</source>
        <translation>No se pueden comprobar números de teléfono en este equipo. %1 Elija Código y escriba el número como (+prefijo del país)número, por ejemplo (+33)0612345678, o reinstale PostPress Checkpoint.</translation>
    </message>
</context>
<context>
    <name>PhoneNumberLibrary</name>
    <message>
        <source>The phone-number component (%1) is not installed: it is in none of %2.</source>
        <translation>El componente de números de teléfono (%1) no está instalado: no está en ninguna de estas carpetas: %2.</translation>
    </message>
    <message>
        <source>%1 is not the phone-number component this version needs.</source>
        <translation>%1 no es el componente de números de teléfono que necesita esta versión.</translation>
    </message>
    <message>
        <source>The phone-number component (%1) did not load: %2.</source>
        <translation>No se pudo cargar el componente de números de teléfono (%1): %2.</translation>
    </message>
</context>
<context>
    <name>PluginLibrary</name>
    <message>
        <source>(no folder)</source>
        <translation>(ninguna carpeta)</translation>
    </message>
    <message>
        <source>%1 could not be checked, so it was not trusted</source>
        <translation>no se pudo comprobar %1, así que no se consideró de confianza</translation>
    </message>
    <message>
        <source>%1 belongs to another user, so it was not trusted</source>
        <translation>%1 pertenece a otro usuario, así que no se consideró de confianza</translation>
    </message>
    <message>
        <source>others can change %1, so it was not trusted</source>
        <translation>otros usuarios pueden modificar %1, así que no se consideró de confianza</translation>
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
        <translation>Este enlace del servicio de asistencia no se puede usar.</translation>
    </message>
    <message>
        <source>&amp;Open PostPress Checkpoint</source>
        <translation>&amp;Abrir PostPress Checkpoint</translation>
    </message>
    <message>
        <source>The link is not in the form PostPress Checkpoint opens.</source>
        <translation>El enlace no tiene la forma que abre PostPress Checkpoint.</translation>
    </message>
    <message>
        <source>The account id in the link is missing or is not an account id.</source>
        <translation>Falta el ID de la cuenta en el enlace o no es un ID de cuenta.</translation>
    </message>
    <message>
        <source>The provider in the link is not one PostPress connects.</source>
        <translation>El proveedor del enlace no es uno que PostPress conecte.</translation>
    </message>
    <message>
        <source>The ticket number in the link is not one PostPress Checkpoint can use.</source>
        <translation>PostPress Checkpoint no puede usar el número de ticket del enlace.</translation>
    </message>
    <message>
        <source>The link carries a code or a key, which a link must never do.</source>
        <translation>El enlace lleva un código o una clave, algo que un enlace nunca debe hacer.</translation>
    </message>
    <message>
        <source>The link tries to choose the API server, which only the settings may do.</source>
        <translation>El enlace intenta elegir el servidor de la API, algo que solo puede hacer la configuración.</translation>
    </message>
    <message>
        <source>The link has a part PostPress Checkpoint does not know.</source>
        <translation>El enlace tiene una parte que PostPress Checkpoint no conoce.</translation>
    </message>
    <message>
        <source>Something in the link is wrong.</source>
        <translation>Algo del enlace no es correcto.</translation>
    </message>
    <message>
        <source>Nothing was opened. Ask whoever maintains the link to correct it; Details has the exact reason.

You can open PostPress Checkpoint anyway and type the account id yourself.</source>
        <translation>No se abrió nada. Pida a quien mantiene el enlace que lo corrija; los detalles indican el motivo exacto.

Puede abrir PostPress Checkpoint de todos modos y escribir usted mismo el ID de la cuenta.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>API &amp;URL:</source>
        <translation>&amp;URL de la API:</translation>
    </message>
    <message>
        <source>API URL</source>
        <translation>URL de la API</translation>
    </message>
    <message>
        <source>Request &amp;timeout:</source>
        <translation>&amp;Tiempo de espera:</translation>
    </message>
    <message>
        <source>Request timeout in seconds</source>
        <translation>Tiempo de espera de las solicitudes en segundos</translation>
    </message>
    <message>
        <source>Requests use the system proxy settings.</source>
        <translation>Las solicitudes usan la configuración de proxy del sistema.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>The language of the app; the system default follows the language of your desktop</source>
        <translation>El idioma de la aplicación; el predeterminado del sistema sigue el idioma de su escritorio</translation>
    </message>
    <message>
        <source>A new language applies at once, to every open window.</source>
        <translation>El nuevo idioma se aplica al momento en todas las ventanas abiertas.</translation>
    </message>
    <message>
        <source>&amp;Replace API key…</source>
        <translation>&amp;Sustituir la clave de API…</translation>
    </message>
    <message>
        <source>Replace API key</source>
        <translation>Sustituir la clave de API</translation>
    </message>
    <message>
        <source>&amp;Forget API key…</source>
        <translation>&amp;Eliminar la clave de API…</translation>
    </message>
    <message>
        <source>Forget API key</source>
        <translation>Eliminar la clave de API</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Restore &amp;defaults</source>
        <translation>Restaurar &amp;predeterminados</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>How long to wait for an answer from the PostPress API before giving up, from %1 to %2 seconds</source>
        <translation>Cuánto esperar una respuesta de la API de PostPress antes de desistir, de %1 a %2 segundos</translation>
    </message>
    <message>
        <source>This run uses %1, given with --api-url on the command line. The URL saved here applies when the app is started without it.</source>
        <translation>Esta ejecución usa %1, indicada con --api-url en la línea de comandos. La URL guardada aquí se aplica cuando la aplicación se inicia sin esa opción.</translation>
    </message>
    <message>
        <source>Cannot save: %1</source>
        <translation>No se puede guardar: %1</translation>
    </message>
    <message>
        <source>The base URL of the PostPress API: https, or http only for this computer when testing</source>
        <translation>La URL base de la API de PostPress: https, o http solo para este equipo durante las pruebas</translation>
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
        <translation>Clave de API para %1</translation>
    </message>
    <message>
        <source>Paste a new API key for %1; it replaces the one in the system keychain</source>
        <translation>Pegar una nueva clave de API para %1; sustituye a la del llavero del sistema</translation>
    </message>
    <message>
        <source>Remove the API key for %1 from this computer, after asking</source>
        <translation>Eliminar de este equipo la clave de API para %1, tras confirmarlo</translation>
    </message>
    <message>
        <source>The key buttons act at once: Save and Cancel below do not apply to them.</source>
        <translation>Los botones de la clave actúan al instante: Guardar y Cancelar, abajo, no se aplican a ellos.</translation>
    </message>
    <message>
        <source>Set by your administrator</source>
        <translation>Establecido por su administrador</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>&quot;%1&quot; cannot name the socket that keeps this program to one window per account.</source>
        <translation>«%1» no puede dar nombre al socket que limita este programa a una ventana por cuenta.</translation>
    </message>
    <message>
        <source>There is no private runtime directory (XDG_RUNTIME_DIR) for the socket that keeps this program to one window per account.</source>
        <translation>No hay ningún directorio de ejecución privado (XDG_RUNTIME_DIR) para el socket que limita este programa a una ventana por cuenta.</translation>
    </message>
    <message>
        <source>Cannot create the lock file %1.</source>
        <translation>No se puede crear el archivo de bloqueo %1.</translation>
    </message>
    <message>
        <source>Another PostPress Checkpoint is running but does not answer.</source>
        <translation>Hay otra instancia de PostPress Checkpoint en ejecución, pero no responde.</translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2</source>
        <translation>No se puede escuchar en %1: %2</translation>
    </message>
    <message>
        <source>There is no running PostPress Checkpoint to pass the request to.</source>
        <translation>No hay ninguna instancia de PostPress Checkpoint en ejecución a la que pasar la solicitud.</translation>
    </message>
    <message>
        <source>The request is too long to pass to the running PostPress Checkpoint.</source>
        <translation>La solicitud es demasiado larga para pasarla a la instancia de PostPress Checkpoint en ejecución.</translation>
    </message>
    <message>
        <source>The running PostPress Checkpoint did not answer.</source>
        <translation>La instancia de PostPress Checkpoint en ejecución no respondió.</translation>
    </message>
    <message>
        <source>The running PostPress Checkpoint refused the request.</source>
        <translation>La instancia de PostPress Checkpoint en ejecución rechazó la solicitud.</translation>
    </message>
    <message>
        <source>The path %1 is too long for the socket that keeps this program to one window per account.</source>
        <translation>La ruta %1 es demasiado larga para el socket que limita este programa a una ventana por cuenta.</translation>
    </message>
</context>
<context>
    <name>SubmitPolicy</name>
    <message>
        <source>Enter the customer&apos;s mobile number.</source>
        <translation>Introduzca el número de móvil del cliente.</translation>
    </message>
    <message>
        <source>Enter the code the customer received.</source>
        <translation>Introduzca el código que recibió el cliente.</translation>
    </message>
    <message>
        <source>Enter the account id.</source>
        <translation>Introduzca el ID de la cuenta.</translation>
    </message>
    <message>
        <source>Choose the provider.</source>
        <translation>Elija la plataforma.</translation>
    </message>
    <message>
        <source>Waiting for the system keychain…</source>
        <translation>Esperando al llavero del sistema…</translation>
    </message>
    <message>
        <source>This checkpoint is solved: nothing more to send.</source>
        <translation>Esta verificación está resuelta: no hay nada más que enviar.</translation>
    </message>
    <message>
        <source>This login attempt has ended: press Start over before sending a new code.</source>
        <translation>Este intento de inicio de sesión ha terminado: pulse Empezar de nuevo antes de enviar un código nuevo.</translation>
    </message>
    <message>
        <source>Wait until Retry can be pressed: the server asked for a pause.</source>
        <translation>Espere hasta que se pueda pulsar Reintentar: el servidor pidió una pausa.</translation>
    </message>
    <message>
        <source>Enter the API key first (Enter API key…).</source>
        <translation>Introduzca primero la clave de API (Introducir la clave de API…).</translation>
    </message>
    <message>
        <source>This number was already sent: type another one.</source>
        <translation>Este número ya se envió: escriba otro.</translation>
    </message>
    <message>
        <source>This code was already sent: type the new code.</source>
        <translation>Este código ya se envió: escriba el código nuevo.</translation>
    </message>
</context>
<context>
    <name>TicketId</name>
    <message>
        <source>The ticket id is empty.</source>
        <translation>El ID del ticket está vacío.</translation>
    </message>
    <message>
        <source>The ticket id is too long: %1 characters, at most %2.</source>
        <translation>El ID del ticket es demasiado largo: %1 caracteres, %2 como máximo.</translation>
    </message>
    <message>
        <source>The ticket id cannot contain spaces, invisible or control characters: character %1 is %2.</source>
        <translation>El ID del ticket no puede contener espacios ni caracteres invisibles o de control: el carácter %1 es %2.</translation>
    </message>
    <message>
        <source>The ticket id cannot contain “%1” (%2, character %3): only ASCII letters, digits and _ - . # are allowed.</source>
        <translation>El ID del ticket no puede contener «%1» (%2, carácter %3): solo se permiten letras ASCII, dígitos y _ - . #.</translation>
    </message>
</context>
<context>
    <name>TicketSummary</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>ID de cuenta</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>Estado HTTP</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Account ID in answer</source>
        <translation>ID de cuenta en la respuesta</translation>
    </message>
    <message>
        <source>Next checkpoint</source>
        <translation>Siguiente verificación</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>ID de solicitud</translation>
    </message>
    <message>
        <source>Request ID header</source>
        <translation>Cabecera de ID de solicitud</translation>
    </message>
    <message>
        <source>Retry after</source>
        <translation>Reintentar tras</translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>seconds</comment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Response excerpt</source>
        <translation>Extracto de la respuesta</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>Error de red</translation>
    </message>
    <message>
        <source>Reached PostPress</source>
        <translation>Llegó a PostPress</translation>
    </message>
    <message>
        <source>unknown: the request may have been applied</source>
        <translation>desconocido: puede que la solicitud se haya aplicado</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Conectada</translation>
    </message>
    <message>
        <source>Another checkpoint step</source>
        <translation>Otro paso de verificación</translation>
    </message>
    <message>
        <source>Code resent</source>
        <translation>Código reenviado</translation>
    </message>
    <message>
        <source>Unexpected answer</source>
        <translation>Respuesta inesperada</translation>
    </message>
    <message>
        <source>Request refused as invalid</source>
        <translation>Solicitud rechazada por no válida</translation>
    </message>
    <message>
        <source>Code rejected</source>
        <translation>Código rechazado</translation>
    </message>
    <message>
        <source>API key rejected</source>
        <translation>Clave de API rechazada</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>No permitido</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message>
        <source>Account proxy failed</source>
        <translation>Falló el proxy de la cuenta</translation>
    </message>
    <message>
        <source>Timed out: result unknown</source>
        <translation>Tiempo agotado: resultado desconocido</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflicto</translation>
    </message>
    <message>
        <source>Too early</source>
        <translation>Demasiado pronto</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>Demasiadas solicitudes</translation>
    </message>
    <message>
        <source>Temporarily unavailable</source>
        <translation>No disponible temporalmente</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Error del servidor</translation>
    </message>
    <message>
        <source>Request refused</source>
        <translation>Solicitud rechazada</translation>
    </message>
    <message>
        <source>Unexpected HTTP status</source>
        <translation>Estado HTTP inesperado</translation>
    </message>
    <message>
        <source>Not sent: the API address is not secure</source>
        <translation>No enviado: la dirección de la API no es segura</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Conexión rechazada</translation>
    </message>
    <message>
        <source>Server not found</source>
        <translation>Servidor no encontrado</translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation>Falló la conexión segura</translation>
    </message>
    <message>
        <source>No answer in time</source>
        <translation>Sin respuesta a tiempo</translation>
    </message>
    <message>
        <source>Canceled by the agent</source>
        <translation>Cancelado por el agente</translation>
    </message>
    <message>
        <source>Connection closed before an answer</source>
        <translation>Conexión cerrada antes de la respuesta</translation>
    </message>
    <message>
        <source>Redirect refused</source>
        <translation>Redirección rechazada</translation>
    </message>
    <message>
        <source>Answer too large</source>
        <translation>Respuesta demasiado grande</translation>
    </message>
    <message>
        <source>Local proxy failed</source>
        <translation>Falló el proxy local</translation>
    </message>
    <message>
        <source>[hidden]</source>
        <translation>[oculto]</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>One line of the ticket: its label, then its value (French puts a narrow no-break space before the colon)</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>A proxy asked for a login</source>
        <translation>Un proxy pidió autenticación</translation>
    </message>
    <message>
        <source>Not sent: the app&apos;s network component is missing</source>
        <translation>No enviado: falta el componente de red de la aplicación</translation>
    </message>
    <message>
        <source>Answer about another account</source>
        <translation>Respuesta sobre otra cuenta</translation>
    </message>
    <message>
        <source>Checkpoint cannot be solved with a code</source>
        <translation>Verificación que no se puede resolver con un código</translation>
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
        <translation>¿Eliminar la clave de API?</translation>
    </message>
    <message>
        <source>Remove the API key for %1 from this computer? You will have to paste it again before the next code can be sent.</source>
        <translation>¿Eliminar de este equipo la clave de API para %1? Tendrá que volver a pegarla antes de poder enviar el siguiente código.</translation>
    </message>
    <message>
        <source>&amp;Forget key</source>
        <translation>&amp;Eliminar clave</translation>
    </message>
</context>
</TS>
