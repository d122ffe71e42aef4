<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Password strength: zxcvbn by Dropbox (MIT), Python port by dwolfhub.</source>
        <translation>Fuerza de las contraseñas: zxcvbn de Dropbox (MIT), versión para Python de dwolfhub.</translation>
    </message>
    <message>
        <source>Breach data: Have I Been Pwned by Troy Hunt (CC BY 4.0).</source>
        <translation>Datos de filtraciones: Have I Been Pwned, de Troy Hunt (CC BY 4.0).</translation>
    </message>
    <message>
        <source>Data from 2FA Directory by 2factorauth (MIT) and the Passkeys Directory by 2factorauth (CC BY 4.0).</source>
        <translation>Datos del 2FA Directory de 2factorauth (MIT) y del Passkeys Directory de 2factorauth (CC BY 4.0).</translation>
    </message>
    <message>
        <source>Phone number data: phonenumbers, a port of Google&apos;s libphonenumber (Apache 2.0).</source>
        <translation>Datos de números de teléfono: phonenumbers, una versión de libphonenumber de Google (Apache 2.0).</translation>
    </message>
    <message>
        <source>Domain names: tldextract with Mozilla&apos;s Public Suffix List (MPL 2.0).</source>
        <translation>Nombres de dominio: tldextract con la Public Suffix List de Mozilla (MPL 2.0).</translation>
    </message>
    <message>
        <source>QR codes: segno (BSD). One-time codes: pyotp (MIT).</source>
        <translation>Códigos QR: segno (BSD). Códigos de un solo uso: pyotp (MIT).</translation>
    </message>
    <message>
        <source>Window toolkit: Qt for Python / PySide6 (LGPL 3.0).</source>
        <translation>Biblioteca de ventanas: Qt for Python / PySide6 (LGPL 3.0).</translation>
    </message>
    <message>
        <source>About Hearth</source>
        <translation>Acerca de Hearth</translation>
    </message>
    <message>
        <source>A household security companion. Everything Hearth knows about your family stays on this computer. Online look-ups happen only when you allow them, and each one is listed in the privacy ledger (Settings).</source>
        <translation>Un compañero para la seguridad de tu hogar. Todo lo que Hearth sabe de tu familia se queda en este equipo. Las consultas por internet solo se hacen cuando tú lo permites, y cada una queda anotada en el registro de privacidad (Ajustes).</translation>
    </message>
    <message>
        <source>Credits and licences</source>
        <translation>Créditos y licencias</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>AccountCard</name>
    <message>
        <source>No problems found</source>
        <translation>No se encontraron problemas</translation>
    </message>
    <message>
        <source>Signed in as {name}</source>
        <translation>Entras como {name}</translation>
    </message>
    <message>
        <source>Important: this account can reset the passwords of other accounts.</source>
        <translation>Importante: esta cuenta puede cambiar las contraseñas de otras cuentas.</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Qué pasa</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Por qué importa</translation>
    </message>
    <message>
        <source>Change it</source>
        <translation>Cambiarla</translation>
    </message>
    <message>
        <source>Change the password for {service}</source>
        <translation>Cambiar la contraseña de {service}</translation>
    </message>
    <message>
        <source>Opens the website&apos;s page for changing your password.</source>
        <translation>Abre la página del sitio para cambiar tu contraseña.</translation>
    </message>
    <message>
        <source>Show the steps</source>
        <translation>Ver los pasos</translation>
    </message>
    <message>
        <source>Show the steps for {service}</source>
        <translation>Ver los pasos para {service}</translation>
    </message>
    <message>
        <source>Press “Change it” to open the page where {service} lets you change your password (or sign in to {service} and find the password settings).</source>
        <translation>Pulsa «Cambiarla» para abrir la página donde {service} te deja cambiar la contraseña (o entra en {service} y busca los ajustes de la contraseña).</translation>
    </message>
    <message>
        <source>Hide the steps</source>
        <translation>Ocultar los pasos</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>Edit account</source>
        <translation>Editar la cuenta</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>Añadir una cuenta</translation>
    </message>
    <message>
        <source>Service name</source>
        <translation>Nombre del servicio</translation>
    </message>
    <message>
        <source>For example: Gmail, My bank, Facebook</source>
        <translation>Por ejemplo: Gmail, Mi banco, Facebook</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>For example: gmail.com</source>
        <translation>Por ejemplo: gmail.com</translation>
    </message>
    <message>
        <source>Login hint</source>
        <translation>Pista del usuario</translation>
    </message>
    <message>
        <source>A hint, like &apos;rose@…&apos; (never a password)</source>
        <translation>Una pista, como &apos;rosa@…&apos; (nunca una contraseña)</translation>
    </message>
    <message>
        <source>Two-step verification method used</source>
        <translation>Método de verificación en dos pasos que usas</translation>
    </message>
    <message>
        <source>Recovery codes saved</source>
        <translation>Códigos de recuperación guardados</translation>
    </message>
    <message>
        <source>Where the recovery codes are</source>
        <translation>Dónde están los códigos de recuperación</translation>
    </message>
    <message>
        <source>For example: printed, in the safe (never the codes themselves)</source>
        <translation>Por ejemplo: impresos, en la caja fuerte (nunca los códigos)</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Servicio:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>Sitio &amp;web:</translation>
    </message>
    <message>
        <source>&amp;Login hint:</source>
        <translation>&amp;Pista del usuario:</translation>
    </message>
    <message>
        <source>&amp;Two-step method used:</source>
        <translation>&amp;Método en dos pasos:</translation>
    </message>
    <message>
        <source>&amp;Recovery codes saved:</source>
        <translation>&amp;Códigos guardados:</translation>
    </message>
    <message>
        <source>Where &amp;kept:</source>
        <translation>&amp;Dónde están:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Save the account</source>
        <translation>Guardar la cuenta</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <source>I don&apos;t know</source>
        <translation>No lo sé</translation>
    </message>
    <message>
        <source>No two-step verification</source>
        <translation>Sin verificación en dos pasos</translation>
    </message>
    <message>
        <source>Passkey</source>
        <translation>Clave de acceso (passkey)</translation>
    </message>
    <message>
        <source>Security key</source>
        <translation>Llave de seguridad</translation>
    </message>
    <message>
        <source>Authenticator app (6-digit codes)</source>
        <translation>App de autenticación (códigos de 6 cifras)</translation>
    </message>
    <message>
        <source>Prompt in the company&apos;s own app</source>
        <translation>Aviso en la app de la propia empresa</translation>
    </message>
    <message>
        <source>The company&apos;s own code device</source>
        <translation>Aparato de códigos de la propia empresa</translation>
    </message>
    <message>
        <source>Text message (SMS) code</source>
        <translation>Código por mensaje de texto (SMS)</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Llamada telefónica</translation>
    </message>
    <message>
        <source>E-mail code</source>
        <translation>Código por correo electrónico</translation>
    </message>
    <message>
        <source>Strongest</source>
        <translation>La más fuerte</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Fuerte</translation>
    </message>
    <message>
        <source>Better than nothing</source>
        <translation>Mejor que nada</translation>
    </message>
    <message>
        <source>Weakest</source>
        <translation>La más débil</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>What you need</source>
        <translation>Qué necesitas</translation>
    </message>
    <message>
        <source>Step by step</source>
        <translation>Paso a paso</translation>
    </message>
    <message>
        <source>What is a QR code?</source>
        <translation>¿Qué es un código QR?</translation>
    </message>
    <message>
        <source>Recovery codes</source>
        <translation>Códigos de recuperación</translation>
    </message>
    <message>
        <source>Accounts and two-step verification</source>
        <translation>Cuentas y verificación en dos pasos</translation>
    </message>
    <message>
        <source>Accounts &amp; two-step verification</source>
        <translation>Cuentas y verificación en dos pasos</translation>
    </message>
    <message>
        <source>Two-step verification (2FA) means a password alone is not enough to get into an account: the site also asks for a code, a tap, or a passkey. Start with e-mail, then banks.</source>
        <translation>La verificación en dos pasos (2FA) significa que la contraseña sola no basta para entrar en una cuenta: el sitio también pide un código, un toque en el teléfono o una clave de acceso (passkey). Empieza por el correo electrónico y luego los bancos.</translation>
    </message>
    <message>
        <source>Checking Hearth&apos;s copy of the 2FA directory…</source>
        <translation>Revisando la copia del directorio 2FA que guarda Hearth…</translation>
    </message>
    <message>
        <source>2FA directory status</source>
        <translation>Estado del directorio 2FA</translation>
    </message>
    <message>
        <source>&amp;Update the directory</source>
        <translation>Actualizar el &amp;directorio</translation>
    </message>
    <message>
        <source>Download the latest 2FA directory</source>
        <translation>Descargar el directorio 2FA más reciente</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel the download</source>
        <translation>Cancelar la descarga</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Progreso de la descarga</translation>
    </message>
    <message>
        <source>Household coverage</source>
        <translation>Protección del hogar</translation>
    </message>
    <message>
        <source>Household two-step verification coverage</source>
        <translation>Cuántas cuentas del hogar tienen verificación en dos pasos</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>Choose a family member at the top, or add one on the Home page first.</source>
        <translation>Elige a una persona de la familia arriba, o añade una antes en Inicio.</translation>
    </message>
    <message>
        <source>Accounts of the selected member</source>
        <translation>Cuentas de la persona elegida</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>2FA used</source>
        <translation>2 pasos que usa</translation>
    </message>
    <message>
        <source>Hearth recommends</source>
        <translation>Hearth recomienda</translation>
    </message>
    <message>
        <source>&amp;Add an account</source>
        <translation>Añadir una &amp;cuenta</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>Añadir una cuenta</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>Edit the selected account</source>
        <translation>Editar la cuenta elegida</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Q&amp;uitar</translation>
    </message>
    <message>
        <source>Remove the selected account</source>
        <translation>Quitar la cuenta elegida</translation>
    </message>
    <message>
        <source>What the selected account&apos;s site offers</source>
        <translation>Qué ofrece el sitio de la cuenta elegida</translation>
    </message>
    <message>
        <source>Look up a website</source>
        <translation>Buscar un sitio web</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>Sitio &amp;web:</translation>
    </message>
    <message>
        <source>Website to look up</source>
        <translation>Sitio web que quieres buscar</translation>
    </message>
    <message>
        <source>For example: github.com (you can paste a web address)</source>
        <translation>Por ejemplo: github.com (puedes pegar una dirección web)</translation>
    </message>
    <message>
        <source>&amp;Look up</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Look up the website</source>
        <translation>Buscar el sitio web</translation>
    </message>
    <message>
        <source>The look-up happens on this computer: Hearth keeps a copy of the public 2FA directory, so the site you type is not sent anywhere.</source>
        <translation>La búsqueda se hace en este equipo: Hearth guarda una copia del directorio público 2FA, así que el sitio que escribas no se envía a ninguna parte.</translation>
    </message>
    <message>
        <source>Look-up result</source>
        <translation>Resultado de la búsqueda</translation>
    </message>
    <message>
        <source>Step-by-step setup</source>
        <translation>Cómo activarlo, paso a paso</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Método:</translation>
    </message>
    <message>
        <source>Method to set up</source>
        <translation>Método que quieres activar</translation>
    </message>
    <message>
        <source>Site the steps are for</source>
        <translation>Sitio al que se refieren los pasos</translation>
    </message>
    <message>
        <source>Setup steps</source>
        <translation>Pasos para activarlo</translation>
    </message>
    <message>
        <source>Practice authenticator</source>
        <translation>Practica con una app de autenticación</translation>
    </message>
    <message>
        <source>Try an authenticator app with no risk. Hearth makes a throw-away practice account: scan its QR code with the app on your phone, then type the 6 digits the app shows. Nothing here is saved.</source>
        <translation>Prueba una app de autenticación sin ningún riesgo. Hearth crea una cuenta de práctica de usar y tirar: escanea su código QR con la app de tu teléfono y escribe las 6 cifras que muestra la app. Aquí no se guarda nada.</translation>
    </message>
    <message>
        <source>&amp;Start practice</source>
        <translation>Empezar a prac&amp;ticar</translation>
    </message>
    <message>
        <source>Start the practice authenticator</source>
        <translation>Empezar la práctica con la app de autenticación</translation>
    </message>
    <message>
        <source>QR code for the practice account</source>
        <translation>Código QR de la cuenta de práctica</translation>
    </message>
    <message>
        <source>Scan it with your authenticator app, or type the key shown below it.</source>
        <translation>Escanéalo con tu app de autenticación o escribe la clave que aparece debajo.</translation>
    </message>
    <message>
        <source>Practice key to type if you cannot scan</source>
        <translation>Clave de práctica para escribir si no puedes escanear</translation>
    </message>
    <message>
        <source>6-digit &amp;code:</source>
        <translation>Código de 6 c&amp;ifras:</translation>
    </message>
    <message>
        <source>6-digit code from your app</source>
        <translation>Código de 6 cifras de tu app</translation>
    </message>
    <message>
        <source>C&amp;heck code</source>
        <translation>Com&amp;probar el código</translation>
    </message>
    <message>
        <source>Check code</source>
        <translation>Comprobar el código</translation>
    </message>
    <message>
        <source>Practice result</source>
        <translation>Resultado de la práctica</translation>
    </message>
    <message>
        <source>Check this computer&apos;s c&amp;lock</source>
        <translation>Comprobar el &amp;reloj de este equipo</translation>
    </message>
    <message>
        <source>Check this computer&apos;s clock</source>
        <translation>Comprobar el reloj de este equipo</translation>
    </message>
    <message>
        <source>Clock check result</source>
        <translation>Resultado de la comprobación del reloj</translation>
    </message>
    <message>
        <source>Accounts of %1</source>
        <translation>Cuentas de %1</translation>
    </message>
    <message>
        <source>Downloading the 2FA directory…</source>
        <translation>Descargando el directorio 2FA…</translation>
    </message>
    <message>
        <source>Download cancelled.</source>
        <translation>Descarga cancelada.</translation>
    </message>
    <message>
        <source>Look-ups need it once; after that they work offline.</source>
        <translation>Las búsquedas lo necesitan una vez; después funcionan sin conexión.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardados</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Sin guardar</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>No lo sé</translation>
    </message>
    <message>
        <source>No 2FA offered</source>
        <translation>No ofrece 2 pasos</translation>
    </message>
    <message>
        <source>Unknown site</source>
        <translation>Sitio desconocido</translation>
    </message>
    <message>
        <source>Select an account to see which ways of two-step verification its site offers.</source>
        <translation>Elige una cuenta para ver qué formas de verificación en dos pasos ofrece su sitio.</translation>
    </message>
    <message>
        <source>No accounts yet. Press “Add an account” and start with e-mail.</source>
        <translation>Todavía no hay cuentas. Pulsa «Añadir una cuenta» y empieza por el correo electrónico.</translation>
    </message>
    <message>
        <source>You use: {method}. Recovery codes saved: {codes}</source>
        <translation>Usas: {method}. Códigos de recuperación guardados: {codes}</translation>
    </message>
    <message>
        <source>Add the website (like gmail.com) to see what this account offers.</source>
        <translation>Añade el sitio web (como gmail.com) para ver qué ofrece esta cuenta.</translation>
    </message>
    <message>
        <source>Please choose a family member first.</source>
        <translation>Primero elige a una persona de la familia.</translation>
    </message>
    <message>
        <source>Remove this account?</source>
        <translation>¿Quitar esta cuenta?</translation>
    </message>
    <message>
        <source>Hearth will forget %1 and what it noted about it. The account itself is not touched.</source>
        <translation>Hearth olvidará %1 y lo que anotó sobre ella. La cuenta en sí no se toca.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation>Buscando %1…</translation>
    </message>
    <message>
        <source>%1 offers two-step verification</source>
        <translation>%1 ofrece la verificación en dos pasos</translation>
    </message>
    <message>
        <source>%1 does not offer two-step verification</source>
        <translation>%1 no ofrece la verificación en dos pasos</translation>
    </message>
    <message>
        <source>%1 is not in Hearth&apos;s list of sites yet</source>
        <translation>%1 todavía no está en la lista de sitios de Hearth</translation>
    </message>
    <message>
        <source>%1 offers this.</source>
        <translation>%1 ofrece esta opción.</translation>
    </message>
    <message>
        <source>%1 does not list this method.</source>
        <translation>%1 no incluye este método.</translation>
    </message>
    <message>
        <source>General steps. Look up a site (or select an account) for its own instructions.</source>
        <translation>Pasos generales. Busca un sitio (o elige una cuenta) para ver sus propias instrucciones.</translation>
    </message>
    <message>
        <source>Cannot scan? In the app, choose to type a key and enter: %1 (account name: Hearth practice).</source>
        <translation>¿No puedes escanear? En la app, elige escribir una clave e introduce: %1 (nombre de la cuenta: Hearth práctica).</translation>
    </message>
    <message>
        <source>Scan the code, then type the 6 digits your app shows and press “Check code”.</source>
        <translation>Escanea el código, escribe las 6 cifras que muestra tu app y pulsa «Comprobar el código».</translation>
    </message>
    <message>
        <source>&amp;Start again with a new code</source>
        <translation>Empezar de &amp;nuevo con otro código</translation>
    </message>
    <message>
        <source>It works.</source>
        <translation>¡Funciona!</translation>
    </message>
    <message>
        <source>Not a match.</source>
        <translation>No coincide.</translation>
    </message>
    <message>
        <source>Check what you typed.</source>
        <translation>Revisa lo que escribiste.</translation>
    </message>
    <message>
        <source>Comparing this computer&apos;s clock with the internet time…</source>
        <translation>Comparando el reloj de este equipo con la hora de internet…</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Start with a fresh database</source>
        <translation>Empezar con una base de datos nueva</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
</context>
<context>
    <name>Areas</name>
    <message>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Your household at a glance.</source>
        <translation>Tu hogar de un vistazo.</translation>
    </message>
    <message>
        <source>Checkup</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>A guided check, one family member at a time, ending in a short to-do list.</source>
        <translation>Una revisión guiada, de una persona de la familia cada vez, que termina con una lista corta de tareas.</translation>
    </message>
    <message>
        <source>Scam check</source>
        <translation>¿Es una estafa?</translation>
    </message>
    <message>
        <source>Paste a message, link or phone number and ask: is this a scam?</source>
        <translation>Pega un mensaje, un enlace o un número de teléfono y pregunta: ¿es una estafa?</translation>
    </message>
    <message>
        <source>Passwords</source>
        <translation>Contraseñas</translation>
    </message>
    <message>
        <source>How strong your passwords are, and whether criminals know them.</source>
        <translation>Lo fuertes que son tus contraseñas y si los delincuentes las conocen.</translation>
    </message>
    <message>
        <source>Accounts &amp; 2FA</source>
        <translation>Cuentas y 2 pasos</translation>
    </message>
    <message>
        <source>Your accounts, two-step verification, passkeys and recovery.</source>
        <translation>Tus cuentas, la verificación en dos pasos, las claves de acceso (passkeys) y la recuperación.</translation>
    </message>
    <message>
        <source>Network &amp; devices</source>
        <translation>Red y equipos</translation>
    </message>
    <message>
        <source>How well your router and this computer protect you.</source>
        <translation>Lo bien que te protegen tu router y este equipo.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Printable reports, the pause card and reminders.</source>
        <translation>Informes para imprimir, la tarjeta de pausa y los recordatorios.</translation>
    </message>
    <message>
        <source>Emergency help</source>
        <translation>Ayuda urgente</translation>
    </message>
    <message>
        <source>I think I&apos;ve been scammed: what to do, step by step.</source>
        <translation>Creo que me han estafado: qué hacer, paso a paso.</translation>
    </message>
    <message>
        <source>Caregiver</source>
        <translation>Cuidadores</translation>
    </message>
    <message>
        <source>Follow a relative&apos;s security from afar, or let someone you trust follow yours.</source>
        <translation>Sigue la seguridad de un familiar desde lejos, o deja que alguien de confianza siga la tuya.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Offline mode, online services, your data folder and privacy ledger.</source>
        <translation>Modo sin conexión, servicios en línea, tu carpeta de datos y el registro de privacidad.</translation>
    </message>
    <message>
        <source>Small business</source>
        <translation>Pequeña empresa</translation>
    </message>
    <message>
        <source>The small-business self-audit and your e-mail domain&apos;s SPF, DKIM and DMARC.</source>
        <translation>La autoevaluación de la pequeña empresa y los registros SPF, DKIM y DMARC de tu dominio de correo.</translation>
    </message>
</context>
<context>
    <name>BreachListBox</name>
    <message>
        <source>Check passwords without the internet</source>
        <translation>Comprobar contraseñas sin internet</translation>
    </message>
    <message>
        <source>Hearth can download the whole list of passwords seen in breaches (about 2.4 GB; a few hours on a home connection). After that, password checks happen on this computer and nothing is sent. Every part of the list is asked for, so nothing about your passwords leaves the computer. You can pause and go on later, even after restarting the computer.</source>
        <translation>Hearth puede descargar la lista completa de contraseñas vistas en filtraciones (unos 2,4 GB; unas horas con una conexión de casa). Después, las contraseñas se comprueban en este ordenador y no se envía nada. Se pide cada parte de la lista, así que nada sobre tus contraseñas sale del ordenador. Puedes pausar y seguir más tarde, incluso después de reiniciar el ordenador.</translation>
    </message>
    <message>
        <source>Offline breach list status</source>
        <translation>Estado de la lista de filtraciones sin conexión</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Progreso de la descarga</translation>
    </message>
    <message>
        <source>&amp;Download the breach list</source>
        <translation>&amp;Descargar la lista de filtraciones</translation>
    </message>
    <message>
        <source>Download the breach list</source>
        <translation>Descargar la lista de filtraciones</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>Pause the download</source>
        <translation>Pausar la descarga</translation>
    </message>
    <message>
        <source>Cancel the do&amp;wnload</source>
        <translation>Cancelar la desc&amp;arga</translation>
    </message>
    <message>
        <source>Cancel the download and throw away what was downloaded</source>
        <translation>Cancelar la descarga y borrar lo que se descargó</translation>
    </message>
    <message>
        <source>The breach list on this computer is from {date} ({n} passwords). Password checks use it and send nothing. A password found in it was very likely seen in breaches (the list keeps no counts).</source>
        <translation>La lista de filtraciones de este ordenador es del {date} ({n} contraseñas). Las comprobaciones de contraseñas la usan y no envían nada. Una contraseña que aparece en ella muy probablemente se vio en filtraciones (la lista no guarda recuentos).</translation>
    </message>
    <message>
        <source>It is more than 6 months old. Download it again to include newer breaches; the old list is used until the new one is complete.</source>
        <translation>Tiene más de 6 meses. Descárgala de nuevo para incluir filtraciones más recientes; se usa la lista anterior hasta que la nueva esté completa.</translation>
    </message>
    <message>
        <source>There is no breach list on this computer yet.</source>
        <translation>Todavía no hay una lista de filtraciones en este ordenador.</translation>
    </message>
    <message>
        <source>A download is paused at {pct}%. It goes on where it stopped.</source>
        <translation>Hay una descarga en pausa al {pct}%. Sigue donde se quedó.</translation>
    </message>
    <message>
        <source>&amp;Resume the download</source>
        <translation>&amp;Continuar la descarga</translation>
    </message>
    <message>
        <source>Resume the download</source>
        <translation>Continuar la descarga</translation>
    </message>
    <message>
        <source>&amp;Download it again</source>
        <translation>&amp;Descargarla de nuevo</translation>
    </message>
    <message>
        <source>Download the breach list again</source>
        <translation>Descargar de nuevo la lista de filtraciones</translation>
    </message>
    <message>
        <source>Starting the download…</source>
        <translation>Empezando la descarga…</translation>
    </message>
    <message>
        <source>Downloading: {done} of {total} parts. You can keep using Hearth.</source>
        <translation>Descargando: {done} de {total} partes. Puedes seguir usando Hearth.</translation>
    </message>
    <message>
        <source>Stopping the download…</source>
        <translation>Deteniendo la descarga…</translation>
    </message>
    <message>
        <source>What was downloaded so far is kept.</source>
        <translation>Lo que ya se descargó se conserva.</translation>
    </message>
</context>
<context>
    <name>BusinessAuditDialog</name>
    <message>
        <source>Yes</source>
        <extracomment>app.business.ANSWER_LABELS (English), shown through self.tr()</extracomment>
        <translation>Sí</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>En parte</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Not needed here</source>
        <translation>No hace falta aquí</translation>
    </message>
    <message>
        <source>Small-business self-audit</source>
        <translation>Autoevaluación para pequeñas empresas</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>Sin responder todavía</translation>
    </message>
    <message>
        <source>Answer: {control}</source>
        <translation>Respuesta: {control}</translation>
    </message>
    <message>
        <source>Evidence or note (optional): what you have, where it is written down</source>
        <translation>Prueba o nota (opcional): qué tienes y dónde está anotado</translation>
    </message>
    <message>
        <source>Evidence note: {control}</source>
        <translation>Nota de prueba: {control}</translation>
    </message>
</context>
<context>
    <name>BusinessPage</name>
    <message>
        <source>Record to paste (TXT, name {name}):</source>
        <translation>Registro para pegar (TXT, nombre {name}):</translation>
    </message>
    <message>
        <source>Record to paste for {title}</source>
        <translation>Registro para pegar para {title}</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the record for {title}</source>
        <translation>Copiar el registro para {title}</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Qué hacer:</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Pasos:</translation>
    </message>
    <message>
        <source>This change is best made by whoever looks after your e-mail or website.</source>
        <translation>Es mejor que este cambio lo haga quien se ocupa de tu correo o de tu sitio web.</translation>
    </message>
    <message>
        <source>Copied ✔</source>
        <translation>Copiado ✔</translation>
    </message>
    <message>
        <source>Small business</source>
        <translation>Pequeña empresa</translation>
    </message>
    <message>
        <source>This page is for a small-business member. Choose one in “Checking for”, or add your business as a member with the role “Small business”.</source>
        <translation>Esta página es para un miembro de tipo pequeña empresa. Elige uno en «Para quién», o agrega tu empresa como miembro con el papel «Pequeña empresa».</translation>
    </message>
    <message>
        <source>Gap report status</source>
        <translation>Estado del informe de carencias</translation>
    </message>
    <message>
        <source>Business e-mail domain</source>
        <translation>Dominio de correo de la empresa</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel the e-mail domain check</source>
        <translation>Cancelar la revisión del dominio de correo</translation>
    </message>
    <message>
        <source>Progress of the e-mail domain check</source>
        <translation>Avance de la revisión del dominio de correo</translation>
    </message>
    <message>
        <source>E-mail domain check status</source>
        <translation>Estado de la revisión del dominio de correo</translation>
    </message>
    <message>
        <source>Technical name: {name}</source>
        <translation>Nombre técnico: {name}</translation>
    </message>
    <message>
        <source>Questions about how your business protects itself</source>
        <translation>Preguntas sobre cómo se protege tu empresa</translation>
    </message>
    <message>
        <source>Answer the questions…</source>
        <translation>Responder las preguntas…</translation>
    </message>
    <message>
        <source>What to fix, as a PDF…</source>
        <translation>Qué arreglar, en PDF…</translation>
    </message>
    <message>
        <source>What to fix, as a web page…</source>
        <translation>Qué arreglar, como página web…</translation>
    </message>
    <message>
        <source>Stop others sending e-mail that pretends to be from your business</source>
        <translation>Impide que otros envíen correos que se hacen pasar por tu empresa</translation>
    </message>
    <message>
        <source>Criminals send invoices and urgent requests that look as if they came from your business. A few settings of your e-mail address let other people&apos;s e-mail services spot these fakes and stop them. Hearth looks at them and says exactly what to add with your e-mail provider. Only the end of your address (the part after the @) is sent, to look them up.</source>
        <translation>Los delincuentes envían facturas y peticiones urgentes que parecen venir de tu empresa. Unos pocos ajustes de tu dirección de correo permiten que los servicios de correo de los demás reconozcan esas falsificaciones y las frenen. Hearth los revisa y te dice exactamente qué añadir con tu proveedor de correo. Solo se envía el final de tu dirección (lo que va después de la @), para consultarlos.</translation>
    </message>
    <message>
        <source>Technical names: the DNS records SPF, DKIM and DMARC of your e-mail domain (and MX and MTA-STS), asked of a DNS server.</source>
        <translation>Nombres técnicos: los registros DNS SPF, DKIM y DMARC de tu dominio de correo (y MX y MTA-STS), consultados a un servidor DNS.</translation>
    </message>
    <message>
        <source>The &amp;end of your business e-mail address, after the @:</source>
        <translation>El &amp;final de la dirección de correo de tu empresa, después de la @:</translation>
    </message>
    <message>
        <source>Check my business e-mail</source>
        <translation>Revisar el correo de mi empresa</translation>
    </message>
    <message>
        <source>Not answered yet. {total} questions about how your business protects its computers, accounts and data; each “no” or “partly” becomes something to fix, with the steps.</source>
        <translation>Todavía sin responder. {total} preguntas sobre cómo tu empresa protege sus ordenadores, cuentas y datos; cada «no» o «en parte» se convierte en algo que arreglar, con los pasos.</translation>
    </message>
    <message numerus="yes">
        <source>{answered} of {total} questions answered; %n gap(s) to close. Gaps also appear in the checkup to-do list.</source>
        <translation>
            <numerusform>{answered} de {total} preguntas respondidas; queda %n carencia por cubrir. Las carencias también aparecen en la lista de tareas de la revisión.</numerusform>
            <numerusform>{answered} de {total} preguntas respondidas; quedan %n carencias por cubrir. Las carencias también aparecen en la lista de tareas de la revisión.</numerusform>
        </translation>
    </message>
    <message>
        <source>{answered} of {total} questions answered; no gaps in the answers so far.</source>
        <translation>{answered} de {total} preguntas respondidas; por ahora no hay carencias en las respuestas.</translation>
    </message>
    <message>
        <source>Change my answers…</source>
        <translation>Cambiar mis respuestas…</translation>
    </message>
    <message>
        <source>{n}. {control} — you answered: {answer}</source>
        <translation>{n}. {control} — respondiste: {answer}</translation>
    </message>
    <message>
        <source>Framework items: {items}</source>
        <translation>Puntos de los marcos: {items}</translation>
    </message>
    <message>
        <source>Checking… this takes a few seconds.</source>
        <translation>Revisando… tarda unos segundos.</translation>
    </message>
    <message>
        <source>Stopped. Nothing was saved; press the button to check again.</source>
        <translation>Detenido. No se guardó nada; pulsa el botón para volver a revisar.</translation>
    </message>
    <message>
        <source>Finished: {risky} risky, {attention} need attention, {good} good, {unknown} couldn&apos;t check.</source>
        <translation>Terminado: {risky} con riesgo, {attention} necesitan atención, {good} bien, {unknown} sin poder revisar.</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Todavía sin revisar.</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Página web (*.html)</translation>
    </message>
    <message>
        <source>Save the gap report</source>
        <translation>Guardar el informe de carencias</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>✔ Saved to {path}. Open it to print.</source>
        <translation>✔ Guardado en {path}. Ábrelo para imprimirlo.</translation>
    </message>
</context>
<context>
    <name>CaregiverPage</name>
    <message>
        <source>Caregiver</source>
        <extracomment>Tests pre-answer the folder dialog here.</extracomment>
        <translation>Persona que cuida</translation>
    </message>
    <message>
        <source>Follow a relative&apos;s security from your own home, or let someone you trust follow yours. Hearth has no cloud: the two computers pass small locked files through a folder both of them see (Syncthing, Dropbox, OneDrive, iCloud Drive, Google Drive, or a USB stick carried over). Only what the relative chooses is shared, and they can stop at any time.</source>
        <translation>Sigue la seguridad de un familiar desde tu casa, o deja que alguien de confianza siga la tuya. Hearth no tiene nube: los dos ordenadores se pasan pequeños archivos cerrados con llave a través de una carpeta que ven los dos (Syncthing, Dropbox, OneDrive, iCloud Drive, Google Drive, o una memoria USB que se lleva de un sitio a otro). Solo se comparte lo que elige el familiar, y puede dejar de hacerlo en cualquier momento.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Choose the shared folder</source>
        <translation>Elegir la carpeta compartida</translation>
    </message>
    <message>
        <source>Follow a relative at a distance</source>
        <translation>Seguir a un familiar a distancia</translation>
    </message>
    <message>
        <source>1. Choose a folder both computers see. 2. Make an invitation. 3. Read the code to your relative on the phone; they type it in their Hearth and choose what to share.</source>
        <translation>1. Elige una carpeta que vean los dos ordenadores. 2. Haz una invitación. 3. Lee el código a tu familiar por teléfono; lo escribe en su Hearth y elige qué compartir.</translation>
    </message>
    <message>
        <source>Your name, as your relative will see it</source>
        <translation>Tu nombre, tal como lo verá tu familiar</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Tu &amp;nombre:</translation>
    </message>
    <message>
        <source>Shared &amp;folder:</source>
        <translation>Carpeta &amp;compartida:</translation>
    </message>
    <message>
        <source>Make an invitation</source>
        <translation>Hacer una invitación</translation>
    </message>
    <message>
        <source>Check the shared folder now</source>
        <translation>Mirar ahora la carpeta compartida</translation>
    </message>
    <message>
        <source>Share with a caregiver at a distance</source>
        <translation>Compartir con un cuidador a distancia</translation>
    </message>
    <message>
        <source>Your caregiver makes an invitation and reads you a code. Type it here and choose what they may see. Nothing else leaves this computer, and passwords, codes and logins never do.</source>
        <translation>Tu cuidador hace una invitación y te lee un código. Escríbelo aquí y elige qué puede ver. Nada más sale de este ordenador, y nunca salen contraseñas, códigos ni datos de acceso.</translation>
    </message>
    <message>
        <source>Who shares</source>
        <translation>Quién comparte</translation>
    </message>
    <message>
        <source>&amp;Who shares:</source>
        <translation>&amp;Quién comparte:</translation>
    </message>
    <message>
        <source>Shared f&amp;older:</source>
        <translation>Ca&amp;rpeta compartida:</translation>
    </message>
    <message>
        <source>The code your caregiver read to you</source>
        <translation>El código que te leyó tu cuidador</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>Có&amp;digo:</translation>
    </message>
    <message>
        <source>What may your caregiver see? Tick each one you agree to.</source>
        <translation>¿Qué puede ver tu cuidador? Marca cada cosa con la que estés de acuerdo.</translation>
    </message>
    <message>
        <source>Share {what}</source>
        <translation>Compartir {what}</translation>
    </message>
    <message>
        <source>I agree: start sharing</source>
        <translation>Estoy de acuerdo: empezar a compartir</translation>
    </message>
    <message>
        <source>A caregiver in this household</source>
        <translation>Un cuidador en este hogar</translation>
    </message>
    <message>
        <source>When the caregiver uses this same computer: they can see what the selected person agrees to, and nothing else. The person can withdraw it at any time.</source>
        <translation>Cuando el cuidador usa este mismo ordenador: puede ver lo que acepta la persona elegida, y nada más. La persona puede retirarlo en cualquier momento.</translation>
    </message>
    <message>
        <source>Cared for by:</source>
        <translation>Le cuida:</translation>
    </message>
    <message>
        <source>May see {what}</source>
        <translation>Puede ver {what}</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>Anotar el consentimiento</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>Retirar el consentimiento</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>d MMMM yyyy, HH:mm</source>
        <comment>date and time of a caregiver update</comment>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy, HH:mm</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Trabajando…</translation>
    </message>
    <message>
        <source>Add the person who shares in Settings first.</source>
        <translation>Primero añade en Ajustes a la persona que comparte.</translation>
    </message>
    <message>
        <source>Nothing is ticked, so nothing would be shared.</source>
        <translation>No hay nada marcado, así que no se compartiría nada.</translation>
    </message>
    <message>
        <source>{name} will share {what} with the caregiver who made the invitation, and can stop at any time.</source>
        <translation>{name} compartirá {what} con el cuidador que hizo la invitación, y puede dejar de hacerlo en cualquier momento.</translation>
    </message>
    <message>
        <source>No update has arrived yet.</source>
        <translation>Todavía no ha llegado ninguna actualización.</translation>
    </message>
    <message>
        <source>Updated {when}</source>
        <translation>Actualizado el {when}</translation>
    </message>
    <message>
        <source>No checkup yet.</source>
        <translation>Todavía no hay revisión.</translation>
    </message>
    <message>
        <source>Security score: {n} out of 100</source>
        <translation>Puntuación de seguridad: {n} de 100</translation>
    </message>
    <message numerus="yes">
        <source>To do (%n):</source>
        <translation>
            <numerusform>Por hacer (%n):</numerusform>
            <numerusform>Por hacer (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scam checks (%n):</source>
        <translation>
            <numerusform>Comprobaciones de estafas (%n):</numerusform>
            <numerusform>Comprobaciones de estafas (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>{when}: {verdict}. “{excerpt}”</source>
        <translation>{when}: {verdict}. «{excerpt}»</translation>
    </message>
    <message>
        <source>Fixed lately: {items}</source>
        <translation>Arreglado hace poco: {items}</translation>
    </message>
    <message>
        <source>You suggested on {when}: {text}</source>
        <translation>Sugeriste el {when}: {text}</translation>
    </message>
    <message>
        <source>A suggestion for {name}</source>
        <translation>Una sugerencia para {name}</translation>
    </message>
    <message>
        <source>Please do this…</source>
        <translation>Por favor, haz esto…</translation>
    </message>
    <message>
        <source>Send suggestion</source>
        <translation>Enviar sugerencia</translation>
    </message>
    <message>
        <source>Send a suggestion to {name}</source>
        <translation>Enviar una sugerencia a {name}</translation>
    </message>
    <message>
        <source>{name} shares with {caregiver}</source>
        <translation>{name} comparte con {caregiver}</translation>
    </message>
    <message>
        <source>Send an update now</source>
        <translation>Enviar una actualización ahora</translation>
    </message>
    <message>
        <source>Send an update to {caregiver} now</source>
        <translation>Enviar ahora una actualización a {caregiver}</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>Dejar de compartir</translation>
    </message>
    <message>
        <source>Stop sharing with {caregiver}</source>
        <translation>Dejar de compartir con {caregiver}</translation>
    </message>
    <message>
        <source>A suggestion from {caregiver}</source>
        <translation>Una sugerencia de {caregiver}</translation>
    </message>
    <message>
        <source>For {name}, {when}. It is only a suggestion: you decide.</source>
        <translation>Para {name}, {when}. Es solo una sugerencia: tú decides.</translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation>Dejar a un lado</translation>
    </message>
    <message>
        <source>Choose a person at the top left first.</source>
        <translation>Primero elige a una persona arriba a la izquierda.</translation>
    </message>
    <message>
        <source>No caregiver recorded for {name}.</source>
        <translation>No hay ningún cuidador registrado para {name}.</translation>
    </message>
    <message>
        <source>{name} looks after {person}</source>
        <translation>{name} cuida de {person}</translation>
    </message>
    <message>
        <source>No scam checks yet.</source>
        <translation>Todavía no hay comprobaciones de estafas.</translation>
    </message>
    <message>
        <source>Type your name and choose the shared folder first.</source>
        <translation>Primero escribe tu nombre y elige la carpeta compartida.</translation>
    </message>
    <message>
        <source>Code to read on the phone: {code}</source>
        <translation>Código para leer por teléfono: {code}</translation>
    </message>
    <message>
        <source>It works once, until {when}. When your relative has typed it, press “Check the shared folder now”.</source>
        <translation>Sirve una sola vez, hasta el {when}. Cuando tu familiar lo haya escrito, pulsa «Mirar ahora la carpeta compartida».</translation>
    </message>
    <message>
        <source>Now following {name}.</source>
        <translation>Ahora sigues a {name}.</translation>
    </message>
    <message>
        <source>New update from {name}.</source>
        <translation>Nueva actualización de {name}.</translation>
    </message>
    <message>
        <source>{name} stopped sharing; what you had from them is deleted.</source>
        <translation>{name} ha dejado de compartir; lo que tenías de esa persona se ha borrado.</translation>
    </message>
    <message numerus="yes">
        <source>%n new suggestion(s) from a caregiver.</source>
        <translation>
            <numerusform>%n sugerencia nueva de un cuidador.</numerusform>
            <numerusform>%n sugerencias nuevas de un cuidador.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new in the shared folder.</source>
        <translation>No hay nada nuevo en la carpeta compartida.</translation>
    </message>
    <message>
        <source>Suggestion sent to {name}.</source>
        <translation>Sugerencia enviada a {name}.</translation>
    </message>
    <message>
        <source>Choose who shares, the folder, the code and what to share first.</source>
        <translation>Primero elige quién comparte, la carpeta, el código y qué compartir.</translation>
    </message>
    <message>
        <source>Start sharing?</source>
        <translation>¿Empezar a compartir?</translation>
    </message>
    <message>
        <source>{name} will share {what} with the caregiver who made the invitation. Passwords, codes and logins are never shared. {name} can stop at any time.</source>
        <translation>{name} compartirá {what} con el cuidador que hizo la invitación. Nunca se comparten contraseñas, códigos ni datos de acceso. {name} puede dejar de hacerlo en cualquier momento.</translation>
    </message>
    <message>
        <source>Start sharing</source>
        <translation>Empezar a compartir</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Update for {caregiver} written to the shared folder.</source>
        <translation>Actualización para {caregiver} guardada en la carpeta compartida.</translation>
    </message>
    <message>
        <source>Stop sharing?</source>
        <translation>¿Dejar de compartir?</translation>
    </message>
    <message>
        <source>{name} will stop sharing with {caregiver}. Their copy is deleted the next time their Hearth checks the folder. Sharing again needs a new code.</source>
        <translation>{name} dejará de compartir con {caregiver}. Su copia se borra la próxima vez que su Hearth mire la carpeta. Para volver a compartir hará falta un código nuevo.</translation>
    </message>
    <message>
        <source>Keep sharing</source>
        <translation>Seguir compartiendo</translation>
    </message>
    <message>
        <source>{name} no longer shares with {caregiver}.</source>
        <translation>{name} ya no comparte con {caregiver}.</translation>
    </message>
    <message>
        <source>Tick what the caregiver may see first.</source>
        <translation>Primero marca lo que puede ver el cuidador.</translation>
    </message>
    <message>
        <source>Record consent?</source>
        <translation>¿Registrar el permiso?</translation>
    </message>
    <message>
        <source>{name} agrees that {carer} may see {what}, and can withdraw this at any time.</source>
        <translation>{name} acepta que {carer} pueda ver {what}, y puede retirarlo en cualquier momento.</translation>
    </message>
    <message>
        <source>Consent recorded.</source>
        <translation>Consentimiento anotado.</translation>
    </message>
    <message>
        <source>Consent withdrawn.</source>
        <translation>Consentimiento retirado.</translation>
    </message>
</context>
<context>
    <name>CheckupPage</name>
    <message>
        <source>Dismiss this item</source>
        <extracomment>Tests pre-answer the &quot;why are you dismissing this?&quot; question here. Opens a saved report or its folder; tests replace it to see what would be opened.</extracomment>
        <translation>Descartar esta tarea</translation>
    </message>
    <message>
        <source>Why does “{title}” not apply to you? (This is kept with the item.)</source>
        <translation>¿Por qué «{title}» no va contigo? (Se guarda junto a la tarea.)</translation>
    </message>
    <message>
        <source>Checkup</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Checkup progress</source>
        <translation>Progreso de la revisión</translation>
    </message>
    <message>
        <source>%v of %m steps</source>
        <translation>%v de %m pasos</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>A&amp;trás</translation>
    </message>
    <message>
        <source>Back to the previous step</source>
        <translation>Volver al paso anterior</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Print the report of this checkup</source>
        <translation>Imprimir el informe de esta revisión</translation>
    </message>
    <message>
        <source>S&amp;ave…</source>
        <translation>&amp;Guardar…</translation>
    </message>
    <message>
        <source>Save the report of this checkup as a PDF</source>
        <translation>Guardar el informe de esta revisión como PDF</translation>
    </message>
    <message>
        <source>S&amp;hare…</source>
        <translation>&amp;Compartir…</translation>
    </message>
    <message>
        <source>Share the report of this checkup</source>
        <translation>Compartir el informe de esta revisión</translation>
    </message>
    <message>
        <source>&amp;Skip this step</source>
        <translation>&amp;Saltar este paso</translation>
    </message>
    <message>
        <source>Skip this step for now</source>
        <translation>Saltar este paso por ahora</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>Si&amp;guiente</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Paso siguiente</translation>
    </message>
    <message>
        <source>Add a family member on the Home page first.</source>
        <translation>Primero añade a alguien de la familia en Inicio.</translation>
    </message>
    <message>
        <source>Checkup for {name}</source>
        <translation>Revisión de {name}</translation>
    </message>
    <message>
        <source>About 15 minutes. You can stop at any time and carry on later.</source>
        <translation>Unos 15 minutos. Puedes parar cuando quieras y seguir más tarde.</translation>
    </message>
    <message>
        <source>Hearth walks you through eight short steps: passwords, data breaches, two-step verification, getting back into your accounts, this computer, your home network, your business e-mail and a quick scam quiz. At the end you get a score and a short to-do list.</source>
        <translation>Hearth te guía en ocho pasos cortos: contraseñas, filtraciones de datos, verificación en dos pasos, cómo recuperar tus cuentas, este equipo, la red de tu casa, el correo de tu empresa y un pequeño cuestionario sobre estafas. Al final tendrás una puntuación y una lista corta de tareas.</translation>
    </message>
    <message>
        <source>Hearth walks you through seven short steps: passwords, data breaches, two-step verification, getting back into your accounts, this computer, your home network and a quick scam quiz. At the end you get a score and a short to-do list.</source>
        <translation>Hearth te guía en siete pasos cortos: contraseñas, filtraciones de datos, verificación en dos pasos, cómo recuperar tus cuentas, este equipo, la red de tu casa y un pequeño cuestionario sobre estafas. Al final tendrás una puntuación y una lista corta de tareas.</translation>
    </message>
    <message>
        <source>&amp;Start the checkup</source>
        <translation>&amp;Empezar la revisión</translation>
    </message>
    <message>
        <source>Start the checkup for {name}</source>
        <translation>Empezar la revisión de {name}</translation>
    </message>
    <message>
        <source>Step {n} of {total}: {title}</source>
        <translation>Paso {n} de {total}: {title}</translation>
    </message>
    <message>
        <source>See my &amp;results</source>
        <translation>Ver mis &amp;resultados</translation>
    </message>
    <message>
        <source>Open the &amp;Accounts page</source>
        <translation>Abrir la página &amp;Cuentas</translation>
    </message>
    <message>
        <source>Open the &amp;Passwords page</source>
        <translation>Abrir la página &amp;Contraseñas</translation>
    </message>
    <message>
        <source>Open the S&amp;mall business page</source>
        <translation>Abrir la página &amp;Pequeña empresa</translation>
    </message>
    <message>
        <source>&amp;Run this step</source>
        <translation>&amp;Hacer este paso</translation>
    </message>
    <message>
        <source>&amp;Run again</source>
        <translation>&amp;Hacerlo otra vez</translation>
    </message>
    <message>
        <source>Run the {title} step</source>
        <translation>Hacer el paso {title}</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Cancel this step</source>
        <translation>Cancelar este paso</translation>
    </message>
    <message>
        <source>Progress of this step</source>
        <translation>Progreso de este paso</translation>
    </message>
    <message>
        <source>What this step found</source>
        <translation>Lo que encontró este paso</translation>
    </message>
    <message>
        <source> (fixed)</source>
        <translation> (resuelto)</translation>
    </message>
    <message>
        <source> (dismissed)</source>
        <translation> (descartado)</translation>
    </message>
    <message>
        <source>Choose an answer for at least one question, or press Skip this step.</source>
        <translation>Elige una respuesta en al menos una pregunta, o pulsa Saltar este paso.</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Guardar el informe</translation>
    </message>
    <message>
        <source>Save the report to share</source>
        <translation>Guardar el informe para compartirlo</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>✔ The report is open in your PDF viewer. Print it from there.</source>
        <translation>✔ El informe está abierto en tu visor de PDF. Imprímelo desde ahí.</translation>
    </message>
    <message>
        <source>✔ Saved to {path}.</source>
        <translation>✔ Guardado en {path}.</translation>
    </message>
    <message>
        <source>✔ Saved to {path}. Its folder is open: attach the file to an e-mail or a message.</source>
        <translation>✔ Guardado en {path}. Su carpeta está abierta: adjunta el archivo a un correo o a un mensaje.</translation>
    </message>
    <message>
        <source>S&amp;ave my answers</source>
        <translation>Guardar mis resp&amp;uestas</translation>
    </message>
    <message>
        <source>Save my answers</source>
        <translation>Guardar mis respuestas</translation>
    </message>
    <message>
        <source>A family safe word</source>
        <translation>Una palabra clave familiar</translation>
    </message>
    <message>
        <source>Su&amp;ggest a safe word</source>
        <translation>Sugerir una &amp;palabra clave</translation>
    </message>
    <message>
        <source>Suggest a safe word</source>
        <translation>Sugerir una palabra clave</translation>
    </message>
    <message>
        <source>Hearth does not save the safe word. Tell your family in person, and print the card from Reports.</source>
        <translation>Hearth no guarda la palabra clave. Díselo a tu familia en persona e imprime la tarjeta desde Informes.</translation>
    </message>
    <message>
        <source>✔ Right.</source>
        <translation>✔ ¡Correcto!</translation>
    </message>
    <message>
        <source>✖ Not quite. The best answer: {answer}</source>
        <translation>✖ No del todo. La mejor respuesta: {answer}</translation>
    </message>
    <message>
        <source>Your results</source>
        <translation>Tus resultados</translation>
    </message>
    <message>
        <source>Your results so far</source>
        <translation>Tus resultados hasta ahora</translation>
    </message>
    <message>
        <source>How is this worked out?</source>
        <translation>¿Cómo se calcula esto?</translation>
    </message>
    <message>
        <source>Checkup steps</source>
        <translation>Pasos de la revisión</translation>
    </message>
    <message>
        <source>Use Back to do the steps not done yet.</source>
        <translation>Usa Atrás para hacer los pasos que faltan.</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>Nothing open on the to-do list. Well done.</source>
        <translation>No queda nada pendiente en la lista de tareas. ¡Bien hecho!</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Descartadas</translation>
    </message>
    <message>
        <source>– {title} (reason: {reason})</source>
        <translation>– {title} (motivo: {reason})</translation>
    </message>
    <message>
        <source>Start a &amp;new checkup</source>
        <translation>Empezar una revisión &amp;nueva</translation>
    </message>
    <message>
        <source>&amp;Finish the checkup</source>
        <translation>Terminar la re&amp;visión</translation>
    </message>
    <message>
        <source>Why it matters: {why}

How to fix it:
{steps}</source>
        <translation>Por qué importa: {why}

Cómo arreglarlo:
{steps}</translation>
    </message>
    <message>
        <source>Score history</source>
        <translation>Historial de puntuaciones</translation>
    </message>
    <message>
        <source>Checkup saved. {score}</source>
        <translation>Revisión guardada. {score}</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Trabajando…</translation>
    </message>
    <message>
        <source>You stopped this step. Run it again when you are ready.</source>
        <translation>Paraste este paso. Hazlo otra vez cuando quieras.</translation>
    </message>
    <message>
        <source>■ Stopped. Nothing from this step was saved.</source>
        <translation>■ Parado. No se guardó nada de este paso.</translation>
    </message>
    <message>
        <source>Suggestion: {w}</source>
        <translation>Sugerencia: {w}</translation>
    </message>
    <message>
        <source>Checking again…</source>
        <translation>Comprobando otra vez…</translation>
    </message>
    <message>
        <source>Dismissed. It stays dismissed, and costs no points.</source>
        <translation>Descartada. Seguirá descartada y no resta puntos.</translation>
    </message>
    <message numerus="yes">
        <source>About %n minute(s)</source>
        <translation>
            <numerusform>Alrededor de %n minuto</numerusform>
            <numerusform>Alrededor de %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>How to &amp;fix it</source>
        <translation>Cómo &amp;arreglarlo</translation>
    </message>
    <message>
        <source>How to fix: {title}</source>
        <translation>Cómo arreglar: {title}</translation>
    </message>
    <message>
        <source>&amp;Mark fixed</source>
        <translation>&amp;Marcar como resuelto</translation>
    </message>
    <message>
        <source>Mark fixed (Hearth checks again): {title}</source>
        <translation>Marcar como resuelto (Hearth lo vuelve a comprobar): {title}</translation>
    </message>
    <message>
        <source>&amp;Dismiss…</source>
        <translation>&amp;Descartar…</translation>
    </message>
    <message>
        <source>Dismiss, with a reason: {title}</source>
        <translation>Descartar, con un motivo: {title}</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) to do this week</source>
        <translation>
            <numerusform>%n cosa que hacer esta semana</numerusform>
            <numerusform>%n cosas que hacer esta semana</numerusform>
        </translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Más adelante</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>✖ Scam</source>
        <translation>✖ Estafa</translation>
    </message>
    <message>
        <source>⚠ Suspicious</source>
        <translation>⚠ Sospechoso</translation>
    </message>
    <message>
        <source>✔ No red flags found</source>
        <translation>✔ Sin señales de alarma</translation>
    </message>
    <message>
        <source>? Not sure</source>
        <translation>? No está claro</translation>
    </message>
    <message>
        <source>First checkup: nothing to compare with yet</source>
        <translation>Primera revisión: todavía no hay con qué comparar</translation>
    </message>
    <message>
        <source>▲ up {n} since last time</source>
        <translation>▲ {n} más que la última vez</translation>
    </message>
    <message>
        <source>▼ down {n} since last time</source>
        <translation>▼ {n} menos que la última vez</translation>
    </message>
    <message>
        <source>● same as last time</source>
        <translation>● igual que la última vez</translation>
    </message>
    <message>
        <source>Next checkup: now (never had one)</source>
        <translation>Próxima revisión: ahora (nunca ha hecho una)</translation>
    </message>
    <message>
        <source>Next checkup: due now</source>
        <translation>Próxima revisión: toca ahora</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>date format of the next checkup</comment>
        <translation>d MMM yyyy</translation>
    </message>
    <message numerus="yes">
        <source>Next checkup: {date} (in %n day(s))</source>
        <translation>
            <numerusform>Próxima revisión: {date} (dentro de %n día)</numerusform>
            <numerusform>Próxima revisión: {date} (dentro de %n días)</numerusform>
        </translation>
    </message>
    <message>
        <source>No checkup yet</source>
        <translation>Sin revisión todavía</translation>
    </message>
    <message>
        <source>Nothing open on the to-do list.</source>
        <translation>No queda nada pendiente en la lista de tareas.</translation>
    </message>
    <message>
        <source>Top action: {action}</source>
        <translation>Lo más importante: {action}</translation>
    </message>
    <message>
        <source>Open checkup</source>
        <translation>Abrir la revisión</translation>
    </message>
    <message>
        <source>Start checkup</source>
        <translation>Empezar la revisión</translation>
    </message>
    <message>
        <source>{action} for {name}</source>
        <translation>{action} de {name}</translation>
    </message>
</context>
<context>
    <name>EmergencyPage</name>
    <message>
        <source>United States</source>
        <translation>Estados Unidos</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Reino Unido</translation>
    </message>
    <message>
        <source>Somewhere else</source>
        <translation>Otro lugar</translation>
    </message>
    <message>
        <source>I think I&apos;ve been scammed</source>
        <translation>Creo que me han estafado</translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation>¿Qué pasó?</translation>
    </message>
    <message>
        <source>Where you &amp;live (for where to report):</source>
        <translation>Dónde &amp;vives (para saber dónde denunciar):</translation>
    </message>
    <message>
        <source>Country for reporting</source>
        <translation>País para denunciar</translation>
    </message>
    <message>
        <source>Steps to take</source>
        <translation>Pasos que seguir</translation>
    </message>
    <message>
        <source>&amp;Print these steps…</source>
        <translation>&amp;Imprimir estos pasos…</translation>
    </message>
    <message>
        <source>Print these steps</source>
        <translation>Imprimir estos pasos</translation>
    </message>
    <message>
        <source>&amp;Save a printable copy of all guides…</source>
        <translation>&amp;Guardar todas las guías para imprimir…</translation>
    </message>
    <message>
        <source>Save a printable copy of all guides</source>
        <translation>Guardar una copia para imprimir de todas las guías</translation>
    </message>
    <message>
        <source>Save a printable copy</source>
        <translation>Guardar una copia para imprimir</translation>
    </message>
    <message>
        <source>if-you-think-youve-been-scammed.html</source>
        <translation>si-crees-que-te-han-estafado.html</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Página web (*.html)</translation>
    </message>
    <message>
        <source>Hearth could not save the file ({reason}).</source>
        <translation>Hearth no pudo guardar el archivo ({reason}).</translation>
    </message>
    <message>
        <source>Choose another folder.</source>
        <translation>Elige otra carpeta.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Start here</source>
        <translation>Empieza aquí</translation>
    </message>
    <message>
        <source>On Home, add the people in your household. Then press “Start a checkup”: Hearth asks a few questions, one person at a time, and ends with a short list of things to do this week.</source>
        <translation>En Inicio, añade a las personas de tu hogar. Luego pulsa «Hacer una revisión»: Hearth hace unas pocas preguntas, a una persona cada vez, y termina con una lista corta de cosas que hacer esta semana.</translation>
    </message>
    <message>
        <source>Is this a scam?</source>
        <translation>¿Es una estafa?</translation>
    </message>
    <message>
        <source>Got a strange message, link or phone call? Open “Scam check”, paste it in and press the button. Hearth marks the warning signs and says what to do. If in doubt, do not reply, do not pay, and ask someone you trust.</source>
        <translation>¿Te llegó un mensaje, un enlace o una llamada extraña? Abre «¿Es una estafa?», pégalo y pulsa el botón. Hearth marca las señales de alerta y te dice qué hacer. Si tienes dudas, no respondas, no pagues y pregunta a alguien de confianza.</translation>
    </message>
    <message>
        <source>If something already went wrong</source>
        <translation>Si algo ya salió mal</translation>
    </message>
    <message>
        <source>Open “Emergency help” (also in this Help menu). It says what to do first, step by step, and where to report it. You can print the steps.</source>
        <translation>Abre «Ayuda urgente» (también en este menú Ayuda). Te dice qué hacer primero, paso a paso, y dónde denunciarlo. Puedes imprimir los pasos.</translation>
    </message>
    <message>
        <source>Make it easier to read</source>
        <translation>Que se lea mejor</translation>
    </message>
    <message>
        <source>In Settings you can make the text larger (up to 200 %) and turn on high contrast. With large text the list of areas on the left shows pictures only: rest the pointer on one to see its name.</source>
        <translation>En Ajustes puedes agrandar el texto (hasta el 200 %) y activar el alto contraste. Con el texto grande, la lista de la izquierda muestra solo dibujos: deja el puntero encima de uno para ver su nombre.</translation>
    </message>
    <message>
        <source>Using the keyboard</source>
        <translation>Con el teclado</translation>
    </message>
    <message>
        <source>Tab moves to the next button or box, Shift+Tab goes back. Enter or Space presses a button. Ctrl+1 to Ctrl+9 open the areas in the list on the left.</source>
        <translation>Tab pasa al siguiente botón o casilla, Mayús+Tab vuelve atrás. Intro o Espacio pulsan un botón. Ctrl+1 a Ctrl+9 abren las partes de la lista de la izquierda.</translation>
    </message>
    <message>
        <source>Your privacy</source>
        <translation>Tu privacidad</translation>
    </message>
    <message>
        <source>What Hearth knows stays on this computer. It goes online only when you allow it, and Settings lists every time it did. Passwords are never stored.</source>
        <translation>Lo que Hearth sabe se queda en este equipo. Solo se conecta a internet cuando tú lo permites, y en Ajustes aparece cada vez que lo hizo. Las contraseñas nunca se guardan.</translation>
    </message>
    <message>
        <source>A short guide to Hearth</source>
        <translation>Guía breve de Hearth</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Welcome to Hearth</source>
        <translation>Te damos la bienvenida a Hearth</translation>
    </message>
    <message>
        <source>Is this a scam?</source>
        <translation>¿Es una estafa?</translation>
    </message>
    <message>
        <source>Start a checkup</source>
        <translation>Hacer una revisión</translation>
    </message>
    <message>
        <source>Check a password</source>
        <translation>Probar una contraseña</translation>
    </message>
    <message>
        <source>I think I&apos;ve been scammed</source>
        <translation>Creo que me han estafado</translation>
    </message>
    <message>
        <source>Your household</source>
        <translation>Tu hogar</translation>
    </message>
    <message>
        <source>No one here yet. Press “Add a family member” to add yourself first.</source>
        <translation>Aún no hay nadie. Pulsa «Añadir a alguien de la familia» y añádete tú primero.</translation>
    </message>
    <message>
        <source>Household members</source>
        <translation>Personas del hogar</translation>
    </message>
    <message>
        <source>Select a member to check things for them. Press Enter to edit, Delete to remove.</source>
        <translation>Elige a una persona para revisar sus cosas. Pulsa Intro para editar y Suprimir para quitarla.</translation>
    </message>
    <message>
        <source>&amp;Add a family member</source>
        <translation>Añadir a alguien de la &amp;familia</translation>
    </message>
    <message>
        <source>Add a family member</source>
        <translation>Añadir a alguien de la familia</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>Edit the selected member</source>
        <translation>Editar a la persona elegida</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Q&amp;uitar</translation>
    </message>
    <message>
        <source>Remove the selected member</source>
        <translation>Quitar a la persona elegida</translation>
    </message>
    <message numerus="yes">
        <source> · %n personal word(s)</source>
        <translation>
            <numerusform> · %n palabra personal</numerusform>
            <numerusform> · %n palabras personales</numerusform>
        </translation>
    </message>
    <message>
        <source>Hearth helps everyone at home make themselves a hard target for scammers and thieves. Pick something to do, or see below how each person is doing.</source>
        <translation>Hearth ayuda a todos en casa a ponérselo difícil a estafadores y ladrones. Elige qué hacer, o mira abajo cómo va cada persona.</translation>
    </message>
    <message>
        <source>Hearth helps everyone at home make themselves a hard target for scammers and thieves. Start by adding the people in your household, then pick something to do.</source>
        <translation>Hearth ayuda a todos en casa a ponérselo difícil a estafadores y ladrones. Empieza por añadir a las personas de tu hogar y luego elige qué hacer.</translation>
    </message>
    <message>
        <source>Remove {name}?</source>
        <translation>¿Quitar a {name}?</translation>
    </message>
    <message>
        <source>Hearth will forget {name} and everything it stored about them (accounts, checkups, scam checks). This cannot be undone.</source>
        <translation>Hearth olvidará a {name} y todo lo que guardó sobre esa persona (cuentas, revisiones, comprobaciones de estafas). No se puede deshacer.</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>Quitar a {name}</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
</context>
<context>
    <name>HouseholdDashboard</name>
    <message>
        <source>Recent scam checks</source>
        <translation>Comprobaciones de estafas recientes</translation>
    </message>
    <message>
        <source>Household score: no checkups yet</source>
        <translation>Puntuación del hogar: sin revisiones</translation>
    </message>
    <message>
        <source>Household score: {n} / 100 ({coverage})</source>
        <translation>Puntuación del hogar: {n} / 100 ({coverage})</translation>
    </message>
    <message>
        <source>Household score: {n} / 100</source>
        <translation>Puntuación del hogar: {n} / 100</translation>
    </message>
    <message>
        <source>No scam checks yet.</source>
        <translation>Todavía no hay comprobaciones de estafas.</translation>
    </message>
</context>
<context>
    <name>KeyringBanner</name>
    <message>
        <source>⚠ Hearth cannot save keys for online services</source>
        <translation>⚠ Hearth no puede guardar las claves de los servicios en línea</translation>
    </message>
    <message>
        <source>Hearth keeps keys for online services (for example for scam checks) in this computer&apos;s secure key store, and it cannot reach it. What this means: those services stay off; every other part of Hearth works, and nothing is kept in a less safe place. How to fix it: on Linux, install and unlock “GNOME Keyring” (or “KWallet” on KDE), then press Check again. On Windows and macOS the key store is built in: restart the computer, then press Check again.</source>
        <translation>Hearth guarda las claves de los servicios en línea (por ejemplo, para comprobar estafas) en el almacén protegido de claves de este equipo, y no puede acceder a él. Qué significa: esos servicios siguen apagados; todo lo demás de Hearth funciona, y nada se guarda en un lugar menos protegido. Cómo arreglarlo: en Linux, instala y desbloquea «GNOME Keyring» (o «KWallet» en KDE) y pulsa Comprobar de nuevo. En Windows y macOS el almacén viene incluido: reinicia el equipo y pulsa Comprobar de nuevo.</translation>
    </message>
    <message>
        <source>How to fix this</source>
        <translation>Cómo arreglarlo</translation>
    </message>
    <message>
        <source>Shows or hides what this means and the steps to fix it</source>
        <translation>Muestra u oculta qué significa esto y los pasos para arreglarlo</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Comprobar de nuevo</translation>
    </message>
    <message>
        <source>Check the secure key store again</source>
        <translation>Comprobar de nuevo el almacén protegido de claves</translation>
    </message>
    <message>
        <source>Hide for now</source>
        <translation>Ocultar por ahora</translation>
    </message>
    <message>
        <source>Hide this note until Hearth is opened again</source>
        <translation>Ocultar este aviso hasta que se vuelva a abrir Hearth</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Chec&amp;king for:</source>
        <translation>Para &amp;quién:</translation>
    </message>
    <message>
        <source>Family member</source>
        <translation>Persona de la familia</translation>
    </message>
    <message>
        <source>Whose checks and accounts are shown</source>
        <translation>De quién se muestran las revisiones y las cuentas</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>{title} (coming soon)</source>
        <translation>{title} (muy pronto)</translation>
    </message>
    <message>
        <source>{title}  · soon</source>
        <translation>{title}  · pronto</translation>
    </message>
    <message>
        <source>Connection mode</source>
        <translation>Modo de conexión</translation>
    </message>
    <message>
        <source>No one yet</source>
        <translation>Nadie todavía</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Emergency help: I think I&apos;ve been scammed</source>
        <translation>Ayuda &amp;urgente: creo que me han estafado</translation>
    </message>
    <message>
        <source>A short &amp;guide to Hearth</source>
        <translation>&amp;Guía breve de Hearth</translation>
    </message>
    <message>
        <source>&amp;About Hearth</source>
        <translation>&amp;Acerca de Hearth</translation>
    </message>
    <message>
        <source>● Offline: no online look-ups</source>
        <translation>● Sin conexión: no se consulta nada por internet</translation>
    </message>
    <message>
        <source>○ Online look-ups allowed when you ask</source>
        <translation>○ Consultas por internet solo cuando tú lo pides</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Edit family member</source>
        <extracomment>Tests set this to pre-answer the next confirmation (True = yes, False = no). Tests pre-answer the save dialogs here (a path, or None for &quot;cancelled&quot;); every page asks through it.</extracomment>
        <translation>Editar a esta persona</translation>
    </message>
    <message>
        <source>Add a family member</source>
        <translation>Añadir a alguien de la familia</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>For example: Grandma Rose</source>
        <translation>Por ejemplo: Abuela Rosa</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Personal words</source>
        <translation>Palabras personales</translation>
    </message>
    <message>
        <source>Rex, Maple Street, 1952, Rosie</source>
        <translation>Toby, Calle Mayor, 1952, Rosita</translation>
    </message>
    <message>
        <source>Optional. Names, pets, birthdays, streets, teams: words a password might be built from. Hearth uses them, only on this computer, to spot guessable passwords.</source>
        <translation>Opcional. Nombres, mascotas, cumpleaños, calles, equipos de fútbol: palabras con las que se podría formar una contraseña. Hearth las usa, solo en este equipo, para detectar contraseñas fáciles de adivinar.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>Personal &amp;words</source>
        <translation>Pala&amp;bras personales</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>NetworkPage</name>
    <message>
        <source>What to do:</source>
        <translation>Qué hacer:</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Pasos:</translation>
    </message>
    <message>
        <source>What Hearth saw: {evidence}</source>
        <translation>Lo que Hearth vio: {evidence}</translation>
    </message>
    <message>
        <source>Network &amp; devices</source>
        <translation>Red y equipos</translation>
    </message>
    <message>
        <source>Hearth looks at how well your router and this computer protect your family, and says what to do, step by step. No administrator password is needed.</source>
        <translation>Hearth mira lo bien que tu router y este equipo protegen a tu familia, y te dice qué hacer, paso a paso. No hace falta la contraseña de administrador.</translation>
    </message>
    <message>
        <source>Also run the internet tests (optional)</source>
        <translation>Hacer también las pruebas por internet (opcional)</translation>
    </message>
    <message>
        <source>Also run the internet tests</source>
        <translation>Hacer también las pruebas por internet</translation>
    </message>
    <message>
        <source>Check my network and this computer</source>
        <translation>Revisar mi red y este equipo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel the check</source>
        <translation>Cancelar la revisión</translation>
    </message>
    <message>
        <source>Progress of the check</source>
        <translation>Progreso de la revisión</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Press the button above to start. Results will appear here.</source>
        <translation>Pulsa el botón de arriba para empezar. Los resultados aparecerán aquí.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Checking… this takes up to 15 seconds.</source>
        <translation>Revisando… tarda hasta 15 segundos.</translation>
    </message>
    <message>
        <source>Stopped. Nothing was changed; press the button to check again.</source>
        <translation>Parado. No se cambió nada; pulsa el botón para revisar otra vez.</translation>
    </message>
    <message>
        <source>Checking: {0}…</source>
        <translation>Revisando: {0}…</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>Terminado.</translation>
    </message>
    <message>
        <source>Your router and home network</source>
        <translation>Tu router y la red de casa</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Este equipo</translation>
    </message>
    <message>
        <source>{0} risky, {1} need attention, {2} good, {3} couldn&apos;t check.</source>
        <translation>{0} con riesgo, {1} por revisar, {2} bien, {3} sin poder comprobar.</translation>
    </message>
    <message>
        <source>Nothing to show.</source>
        <translation>No hay nada que mostrar.</translation>
    </message>
</context>
<context>
    <name>NudgesCard</name>
    <message>
        <source>d MMMM yyyy, HH:mm</source>
        <comment>date and time of a caregiver&apos;s suggestion</comment>
        <extracomment>Home looks in the shared folder at most this often (seconds), when someone shares at a distance.</extracomment>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy, HH:mm</translation>
    </message>
    <message>
        <source>{caregiver} suggests, for {name}:</source>
        <translation>{caregiver} sugiere, para {name}:</translation>
    </message>
    <message>
        <source>Sent {when}. It is only a suggestion: you decide.</source>
        <translation>Enviada el {when}. Es solo una sugerencia: tú decides.</translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation>Dejar a un lado</translation>
    </message>
    <message>
        <source>Set aside the suggestion from {caregiver}</source>
        <translation>Dejar a un lado la sugerencia de {caregiver}</translation>
    </message>
</context>
<context>
    <name>PageBase</name>
    <message>
        <source>Something went wrong inside Hearth. Nothing you stored was lost.

Details were written to the log: {path}</source>
        <translation>Algo falló dentro de Hearth. No se perdió nada de lo que guardaste.

Los detalles se anotaron en el registro: {path}</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Coming soon. This part of Hearth is not built yet, so it does not check anything for now.</source>
        <translation>Muy pronto. Esta parte de Hearth aún no está hecha, así que por ahora no comprueba nada.</translation>
    </message>
</context>
<context>
    <name>PasswordsPage</name>
    <message>
        <source>Also ask Pwned Passwords whether criminals know them</source>
        <translation>Preguntar también a Pwned Passwords si los delincuentes las conocen</translation>
    </message>
    <message>
        <source>Passwords</source>
        <translation>Contraseñas</translation>
    </message>
    <message>
        <source>How strong is a password?</source>
        <translation>¿Qué tan fuerte es una contraseña?</translation>
    </message>
    <message>
        <source>Type a password to see how long it would take to guess. Nothing you type here is saved.</source>
        <translation>Escribe una contraseña para ver cuánto se tardaría en adivinarla. Nada de lo que escribas aquí se guarda.</translation>
    </message>
    <message>
        <source>Password to test</source>
        <translation>Contraseña que quieres probar</translation>
    </message>
    <message>
        <source>Type a password</source>
        <translation>Escribe una contraseña</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation>Mostrar la contraseña</translation>
    </message>
    <message>
        <source>Password strength</source>
        <translation>Fuerza de la contraseña</translation>
    </message>
    <message>
        <source>Time to crack</source>
        <translation>Tiempo para descifrarla</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Sugerencias</translation>
    </message>
    <message>
        <source>Is this password &amp;known to criminals?</source>
        <translation>¿Conocen los &amp;delincuentes esta contraseña?</translation>
    </message>
    <message>
        <source>Is this password known to criminals?</source>
        <translation>¿Conocen los delincuentes esta contraseña?</translation>
    </message>
    <message>
        <source>Breach check result</source>
        <translation>Resultado de la comprobación de filtraciones</translation>
    </message>
    <message>
        <source>Password health for the household</source>
        <translation>Salud de las contraseñas del hogar</translation>
    </message>
    <message>
        <source>Export your passwords from your password manager or browser as a CSV file (Bitwarden, Chrome, Edge, Firefox, 1Password or KeePassXC) and open it here. Hearth checks the passwords in memory and keeps only the results, never the passwords. Delete the CSV file afterwards: it is not protected.</source>
        <translation>Exporta tus contraseñas desde tu gestor de contraseñas o tu navegador como archivo CSV (Bitwarden, Chrome, Edge, Firefox, 1Password o KeePassXC) y ábrelo aquí. Hearth revisa las contraseñas en memoria y guarda solo los resultados, nunca las contraseñas. Después borra el archivo CSV: no está protegido.</translation>
    </message>
    <message>
        <source>Also check the passwords against breach lists</source>
        <translation>Comprobar también las contraseñas en listas de filtraciones</translation>
    </message>
    <message>
        <source>&amp;Import passwords from a file…</source>
        <translation>&amp;Importar contraseñas desde un archivo…</translation>
    </message>
    <message>
        <source>Import passwords from a file</source>
        <translation>Importar contraseñas desde un archivo</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progreso de la importación</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Cancelar la importación</translation>
    </message>
    <message>
        <source>Import status</source>
        <translation>Estado de la importación</translation>
    </message>
    <message>
        <source>With your own Have I Been Pwned key (add it in Settings), Hearth can look up every e-mail address your household uses to sign in.</source>
        <translation>Con tu propia clave de Have I Been Pwned (añádela en Ajustes), Hearth puede buscar cada dirección de correo que tu hogar usa para entrar en sus cuentas.</translation>
    </message>
    <message>
        <source> (a rougher guess: the password is longer than Hearth reads at once)</source>
        <translation> (un cálculo más aproximado: la contraseña es más larga de lo que Hearth lee de una vez)</translation>
    </message>
    <message>
        <source>Rough time for a criminal with a stolen copy of the password list to guess it: {time}{estimate}.</source>
        <translation>Tiempo aproximado que tardaría en adivinarla un delincuente con una copia robada de la lista de contraseñas: {time}{estimate}.</translation>
    </message>
    <message>
        <source>Show all {n} accounts</source>
        <translation>Ver las {n} cuentas</translation>
    </message>
    <message>
        <source>Accounts and their problems</source>
        <translation>Cuentas y sus problemas</translation>
    </message>
    <message>
        <source>Hearth will make a scrambled fingerprint of this password on this computer and send only its first 5 characters to the Pwned Passwords service (api.pwnedpasswords.com).

Nothing else is sent: not the password, not the rest of the fingerprint, not your name. The service answers with hundreds of fingerprints that start the same way, and Hearth looks for yours here.</source>
        <translation>Hearth creará en este equipo una huella cifrada de esta contraseña y enviará solo sus 5 primeros caracteres al servicio Pwned Passwords (api.pwnedpasswords.com).

No se envía nada más: ni la contraseña, ni el resto de la huella, ni tu nombre. El servicio responde con cientos de huellas que empiezan igual, y Hearth busca la tuya aquí.</translation>
    </message>
    <message>
        <source>Hearth then sends only the first 5 characters of a scrambled fingerprint of each password, never the password.</source>
        <translation>Hearth envía entonces solo los 5 primeros caracteres de una huella cifrada de cada contraseña, nunca la contraseña.</translation>
    </message>
    <message>
        <source>E-mail addresses in breaches</source>
        <translation>Direcciones de correo en filtraciones</translation>
    </message>
    <message>
        <source>Check &amp;e-mail addresses for breaches</source>
        <translation>Buscar las direcciones de &amp;correo en filtraciones</translation>
    </message>
    <message>
        <source>Check e-mail addresses for breaches</source>
        <translation>Buscar las direcciones de correo en filtraciones</translation>
    </message>
    <message>
        <source>E-mail breach results</source>
        <translation>Resultados de filtraciones de correo</translation>
    </message>
    <message>
        <source>Nothing typed yet</source>
        <translation>Todavía no has escrito nada</translation>
    </message>
    <message>
        <source>Type a password to see how strong it is.</source>
        <translation>Escribe una contraseña para ver lo fuerte que es.</translation>
    </message>
    <message>
        <source>Strength: {label} ({score} of 4)</source>
        <translation>Fuerza: {label} ({score} de 4)</translation>
    </message>
    <message>
        <source>Warning: {w}</source>
        <translation>Aviso: {w}</translation>
    </message>
    <message>
        <source>Not checked: Hearth is working offline, so nothing was sent. Turn off “Work offline” in Settings to check online, or add the offline breach list above.</source>
        <translation>No se ha comprobado: Hearth está funcionando sin conexión, así que no se envió nada. Desactiva «Trabajar sin conexión» en Ajustes para comprobarlo en línea, o añade arriba la lista de filtraciones sin conexión.</translation>
    </message>
    <message>
        <source>Check with Pwned Passwords?</source>
        <translation>¿Comprobar con Pwned Passwords?</translation>
    </message>
    <message>
        <source>Send 5 characters</source>
        <translation>Enviar 5 caracteres</translation>
    </message>
    <message>
        <source>Don&apos;t send</source>
        <translation>No enviar</translation>
    </message>
    <message>
        <source>Not checked: nothing was sent.</source>
        <translation>Sin comprobar: no se envió nada.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Add a household member first (Home), then import their passwords.</source>
        <translation>Primero añade a una persona del hogar (Inicio) y luego importa sus contraseñas.</translation>
    </message>
    <message>
        <source>Importing for: {name}</source>
        <translation>Importando para: {name}</translation>
    </message>
    <message>
        <source>Store your Have I Been Pwned key in Settings first.</source>
        <translation>Primero guarda tu clave de Have I Been Pwned en Ajustes.</translation>
    </message>
    <message>
        <source>Choose a password export</source>
        <translation>Elige un archivo de contraseñas exportadas</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Leyendo el archivo…</translation>
    </message>
    <message>
        <source>Import cancelled. Nothing was saved.</source>
        <translation>Importación cancelada. No se guardó nada.</translation>
    </message>
    <message numerus="yes">
        <source>Checked %n login(s) from a {fmt} export. The passwords were not saved.</source>
        <translation>
            <numerusform>Se revisó %n acceso de un archivo exportado de {fmt}. Las contraseñas no se guardaron.</numerusform>
            <numerusform>Se revisaron %n accesos de un archivo exportado de {fmt}. Las contraseñas no se guardaron.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking {d} of {t}…</source>
        <translation>Comprobando {d} de {t}…</translation>
    </message>
    <message>
        <source>No e-mail addresses found. Import passwords first: the addresses you sign in with are used.</source>
        <translation>No se encontraron direcciones de correo. Primero importa las contraseñas: se usan las direcciones con las que entras en tus cuentas.</translation>
    </message>
    <message>
        <source>{a}: not found in known breaches.</source>
        <translation>{a}: no aparece en filtraciones conocidas.</translation>
    </message>
    <message numerus="yes">
        <source>{a}: found in %n breach(es)</source>
        <translation>
            <numerusform>{a}: aparece en %n filtración</numerusform>
            <numerusform>{a}: aparece en %n filtraciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Breach data: Have I Been Pwned (haveibeenpwned.com), CC BY 4.0.</source>
        <translation>Datos de filtraciones: Have I Been Pwned (haveibeenpwned.com), CC BY 4.0.</translation>
    </message>
</context>
<context>
    <name>ReminderTray</name>
    <message>
        <source>{name} is due for a security checkup. It takes about 15 minutes.</source>
        <translation>A {name} le toca una revisión de seguridad. Lleva unos 15 minutos.</translation>
    </message>
    <message>
        <source>{names} and {last} are due for a security checkup.</source>
        <translation>A {names} y {last} les toca una revisión de seguridad.</translation>
    </message>
    <message>
        <source>Open Hearth</source>
        <translation>Abrir Hearth</translation>
    </message>
    <message>
        <source>Start a checkup</source>
        <translation>Hacer una revisión</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports and printables</source>
        <extracomment>Kept for older tests: saved files are no longer opened by themselves (Open and Print are offered).</extracomment>
        <translation>Informes e impresos</translation>
    </message>
    <message>
        <source>Reports are written for a non-expert and can go in a caregiver&apos;s folder. They never contain passwords, codes or your safe word.</source>
        <translation>Los informes están escritos para cualquier persona, sin tecnicismos, y se pueden guardar en la carpeta de quien te cuida. Nunca incluyen contraseñas, códigos ni tu palabra clave.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Report for this member (PDF)…</source>
        <translation>Informe de esta persona (PDF)…</translation>
    </message>
    <message>
        <source>Report for this member (web page)…</source>
        <translation>Informe de esta persona (página web)…</translation>
    </message>
    <message>
        <source>Household report (PDF)…</source>
        <translation>Informe del hogar (PDF)…</translation>
    </message>
    <message>
        <source>Household report (web page)…</source>
        <translation>Informe del hogar (página web)…</translation>
    </message>
    <message>
        <source>Cards to print</source>
        <translation>Tarjetas para imprimir</translation>
    </message>
    <message>
        <source>The pause card fits in a wallet: “{rule}”</source>
        <translation>La tarjeta de pausa cabe en la cartera: «{rule}»</translation>
    </message>
    <message>
        <source>Pause card (PDF)…</source>
        <translation>Tarjeta de pausa (PDF)…</translation>
    </message>
    <message>
        <source>Emergency contacts sheet (PDF)…</source>
        <translation>Hoja de contactos de emergencia (PDF)…</translation>
    </message>
    <message>
        <source>Safe word card (PDF)…</source>
        <translation>Tarjeta de la palabra clave (PDF)…</translation>
    </message>
    <message>
        <source>Safe word to print (leave empty to write it by hand; Hearth does not keep it):</source>
        <translation>Palabra clave para imprimir (déjala vacía para escribirla a mano; Hearth no la guarda):</translation>
    </message>
    <message>
        <source>Safe word to print on the card</source>
        <translation>Palabra clave para imprimir en la tarjeta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Next checkups</source>
        <translation>Próximas revisiones</translation>
    </message>
    <message>
        <source>Remind me every</source>
        <translation>Recordármelo cada</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Days between checkups</source>
        <translation>Días entre revisiones</translation>
    </message>
    <message>
        <source>Score history</source>
        <translation>Historial de puntuaciones</translation>
    </message>
    <message>
        <source>Legacy and emergency access</source>
        <translation>Herencia digital y acceso de emergencia</translation>
    </message>
    <message>
        <source>Who can reach this person&apos;s accounts if something happens to them. Choose a status for each.</source>
        <translation>Quién puede entrar en las cuentas de esta persona si le pasa algo. Elige un estado para cada una.</translation>
    </message>
    <message>
        <source>Caregiver consent, and following a relative at a distance, are on the Caregiver page.</source>
        <translation>El permiso de los cuidadores, y seguir a un familiar a distancia, están en la página Cuidadores.</translation>
    </message>
    <message>
        <source>web page</source>
        <translation>página web</translation>
    </message>
    <message>
        <source>Report for {name} ({kind})…</source>
        <translation>Informe de {name} ({kind})…</translation>
    </message>
    <message>
        <source>a member</source>
        <translation>una persona</translation>
    </message>
    <message>
        <source>{name}: now (never had a checkup)</source>
        <translation>{name}: ahora (nunca ha hecho una revisión)</translation>
    </message>
    <message>
        <source>{name}: due now</source>
        <translation>{name}: toca ahora</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>date format of the next checkup</comment>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>No one in the household yet.</source>
        <translation>Todavía no hay nadie en el hogar.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Página web (*.html)</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Guardar el informe</translation>
    </message>
    <message>
        <source>Save the card</source>
        <translation>Guardar la tarjeta</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>✔ Saved to {path}.</source>
        <translation>✔ Guardado en {path}.</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Adult</source>
        <translation>Adulto</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Niño o niña</translation>
    </message>
    <message>
        <source>Senior</source>
        <translation>Persona mayor</translation>
    </message>
    <message>
        <source>Small business</source>
        <translation>Pequeña empresa</translation>
    </message>
</context>
<context>
    <name>SavedFileActions</name>
    <message>
        <source>Open</source>
        <extracomment>Files handed to the system viewer, newest last (tests read it; set ``VIEWER[0] = False`` in tests).</extracomment>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open the saved file</source>
        <translation>Abrir el archivo guardado</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Print the saved file</source>
        <translation>Imprimir el archivo guardado</translation>
    </message>
    <message>
        <source>How to print</source>
        <translation>Cómo imprimir</translation>
    </message>
    <message>
        <source>The file could not be opened. Open it from its folder.</source>
        <translation>No se pudo abrir el archivo. Ábrelo desde su carpeta.</translation>
    </message>
    <message>
        <source>It opens in your usual viewer: press Ctrl+P there (on a Mac, Cmd+P) and choose your printer.</source>
        <translation>Se abre en tu visor de siempre: pulsa allí Ctrl+P (en un Mac, Cmd+P) y elige tu impresora.</translation>
    </message>
</context>
<context>
    <name>ScamPage</name>
    <message>
        <source>Let Hearth work it out</source>
        <translation>Que lo averigüe Hearth</translation>
    </message>
    <message>
        <source>A text message, chat or e-mail</source>
        <translation>Un mensaje de texto, chat o correo electrónico</translation>
    </message>
    <message>
        <source>A link (web address)</source>
        <translation>Un enlace (dirección web)</translation>
    </message>
    <message>
        <source>A phone number</source>
        <translation>Un número de teléfono</translation>
    </message>
    <message>
        <source>A phone call I had (describe it in your own words)</source>
        <translation>Una llamada que recibí (cuéntala con tus palabras)</translation>
    </message>
    <message>
        <source>I&apos;m not sure</source>
        <translation>No lo sé</translation>
    </message>
    <message>
        <source>Someone I know</source>
        <translation>Alguien que conozco</translation>
    </message>
    <message>
        <source>A number or address I don&apos;t know</source>
        <translation>Un número o una dirección que no conozco</translation>
    </message>
    <message>
        <source>Paste the message, link or phone number here, or describe a phone call…</source>
        <translation>Pega aquí el mensaje, el enlace o el número de teléfono, o cuenta cómo fue una llamada…</translation>
    </message>
    <message>
        <source>Paste the text message, chat or e-mail here…</source>
        <translation>Pega aquí el mensaje de texto, el chat o el correo…</translation>
    </message>
    <message>
        <source>Paste the link here, for example http://example.com/…</source>
        <translation>Pega aquí el enlace, por ejemplo http://example.com/…</translation>
    </message>
    <message>
        <source>Type or paste the phone number here…</source>
        <translation>Escribe o pega aquí el número de teléfono…</translation>
    </message>
    <message>
        <source>Describe the call, for example: &quot;A man said he was from Microsoft and my computer had a virus.&quot;</source>
        <translation>Cuenta cómo fue la llamada, por ejemplo: &quot;Un hombre dijo que era de Microsoft y que mi equipo tenía un virus.&quot;</translation>
    </message>
    <message>
        <source>Is this a scam?</source>
        <extracomment>Picture files a user may drop or open (the OCR reads them on this computer).</extracomment>
        <translation>¿Es una estafa?</translation>
    </message>
    <message>
        <source>Paste a text message, chat, e-mail, link or phone number, or describe a phone call. Hearth checks it on this computer first; nothing is sent anywhere unless you say so below.</source>
        <translation>Pega un mensaje de texto, un chat, un correo, un enlace o un número de teléfono, o cuenta cómo fue una llamada. Hearth lo revisa primero en este equipo; no se envía nada a ninguna parte salvo que lo indiques abajo.</translation>
    </message>
    <message>
        <source>&amp;What is it?</source>
        <translation>¿Qué &amp;es?</translation>
    </message>
    <message>
        <source>What are you checking?</source>
        <translation>¿Qué quieres comprobar?</translation>
    </message>
    <message>
        <source>Who &amp;sent it?</source>
        <translation>¿&amp;Quién lo envió?</translation>
    </message>
    <message>
        <source>Do you know who sent it?</source>
        <translation>¿Conoces a quien lo envió?</translation>
    </message>
    <message>
        <source>Message to check</source>
        <translation>Mensaje que quieres comprobar</translation>
    </message>
    <message>
        <source>Paste the message here, then press Control and Enter or the Check button.</source>
        <translation>Pega aquí el mensaje y pulsa Control e Intro o el botón Comprobar.</translation>
    </message>
    <message>
        <source>Chosen e-mail file</source>
        <translation>Archivo de correo elegido</translation>
    </message>
    <message>
        <source>Also ask the &amp;online services I turned on</source>
        <translation>Preguntar también a los servicios en &amp;línea que activé</translation>
    </message>
    <message>
        <source>Also ask the online services I turned on</source>
        <translation>Preguntar también a los servicios en línea que activé</translation>
    </message>
    <message>
        <source>Online services</source>
        <translation>Servicios en línea</translation>
    </message>
    <message>
        <source>What would be sent, and to which service</source>
        <translation>Qué se enviaría y a qué servicio</translation>
    </message>
    <message>
        <source>&amp;Check this message</source>
        <translation>&amp;Comprobar este mensaje</translation>
    </message>
    <message>
        <source>Check this message</source>
        <translation>Comprobar este mensaje</translation>
    </message>
    <message>
        <source>Open an &amp;e-mail file (.eml)…</source>
        <translation>Abrir un archivo de correo (.e&amp;ml)…</translation>
    </message>
    <message>
        <source>Open an e-mail file (.eml)</source>
        <translation>Abrir un archivo de correo (.eml)</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Borrar</translation>
    </message>
    <message>
        <source>Clear the message and the result</source>
        <translation>Borrar el mensaje y el resultado</translation>
    </message>
    <message>
        <source>Open a &amp;picture…</source>
        <translation>Abrir una &amp;imagen…</translation>
    </message>
    <message>
        <source>Open a picture or screenshot of the message</source>
        <translation>Abrir una imagen o captura de pantalla del mensaje</translation>
    </message>
    <message>
        <source>Hearth reads the words in the picture on this computer. You can also paste a screenshot here.</source>
        <translation>Hearth lee las palabras de la imagen en este ordenador. También puedes pegar aquí una captura de pantalla.</translation>
    </message>
    <message>
        <source>Progress of the check</source>
        <translation>Progreso de la revisión</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Ca&amp;ncelar</translation>
    </message>
    <message>
        <source>Cancel the check</source>
        <translation>Cancelar la revisión</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>How sure Hearth is</source>
        <translation>Qué tan seguro está Hearth</translation>
    </message>
    <message>
        <source>The message, with the red flags marked</source>
        <translation>El mensaje, con las señales de alarma marcadas</translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation>Señales de alarma</translation>
    </message>
    <message>
        <source>Show all red flags</source>
        <translation>Ver todas las señales de alarma</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>Qué hacer ahora</translation>
    </message>
    <message>
        <source>I already clicked, paid or shared something: get &amp;help</source>
        <translation>Ya hice clic, pagué o compartí algo: &amp;pedir ayuda</translation>
    </message>
    <message>
        <source>Open Emergency help</source>
        <translation>Abrir Ayuda urgente</translation>
    </message>
    <message>
        <source>Online services and notes</source>
        <translation>Servicios en línea y notas</translation>
    </message>
    <message>
        <source>Recent checks</source>
        <translation>Comprobaciones recientes</translation>
    </message>
    <message>
        <source>No checks yet.</source>
        <translation>Todavía no hay comprobaciones.</translation>
    </message>
    <message>
        <source>Open an e-mail file</source>
        <translation>Abrir un archivo de correo</translation>
    </message>
    <message>
        <source>E-mail files (*.eml);;All files (*)</source>
        <translation>Archivos de correo (*.eml);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Open a picture of the message</source>
        <translation>Abrir una imagen del mensaje</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.tif *.tiff *.webp);;All files (*)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.bmp *.gif *.tif *.tiff *.webp);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Reading the text in the picture, on this computer…</source>
        <translation>Leyendo el texto de la imagen, en este ordenador…</translation>
    </message>
    <message>
        <source>Hearth read this text in the picture. If a word was misread, correct it and check again.</source>
        <translation>Hearth leyó este texto en la imagen. Si alguna palabra se leyó mal, corrígela y vuelve a comprobar.</translation>
    </message>
    <message>
        <source>Reading the e-mail file…</source>
        <translation>Leyendo el archivo de correo…</translation>
    </message>
    <message>
        <source>E-mail file: %s</source>
        <translation>Archivo de correo: %s</translation>
    </message>
    <message>
        <source>Hearth is set to work offline, so only the check on this computer runs.</source>
        <translation>Hearth está en modo sin conexión, así que solo se hace la comprobación en este equipo.</translation>
    </message>
    <message>
        <source>No online services are turned on. You can turn them on in Settings; the check on this computer always runs.</source>
        <translation>No hay servicios en línea activados. Puedes activarlos en Ajustes; la comprobación en este equipo se hace siempre.</translation>
    </message>
    <message>
        <source>Turned on in Settings: %s.</source>
        <translation>Activados en Ajustes: %s.</translation>
    </message>
    <message>
        <source>Paste something first to see what would be sent.</source>
        <translation>Pega algo primero para ver qué se enviaría.</translation>
    </message>
    <message>
        <source>Nothing would be sent.</source>
        <translation>No se enviaría nada.</translation>
    </message>
    <message>
        <source>Paste a message, link or phone number first (or open an e-mail file).</source>
        <translation>Primero pega un mensaje, un enlace o un número de teléfono (o abre un archivo de correo).</translation>
    </message>
    <message>
        <source>Checking on this computer…</source>
        <translation>Comprobando en este equipo…</translation>
    </message>
    <message>
        <source>Stopped. Nothing more was sent.</source>
        <translation>Parado. No se envió nada más.</translation>
    </message>
    <message>
        <source>Verdict: %s</source>
        <translation>Veredicto: %s</translation>
    </message>
    <message>
        <source>The message you checked</source>
        <translation>El mensaje que revisaste</translation>
    </message>
    <message numerus="yes">
        <source>Show all %n red flags</source>
        <translation>
            <numerusform>Mostrar %n señal de alarma</numerusform>
            <numerusform>Mostrar las %n señales de alarma</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScamServicesSettings</name>
    <message>
        <source>Follow this computer&apos;s settings</source>
        <translation>Según los ajustes de este equipo</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Estados Unidos</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Reino Unido</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Canadá</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>Australia</translation>
    </message>
    <message>
        <source>New Zealand</source>
        <translation>Nueva Zelanda</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Irlanda</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Alemania</translation>
    </message>
    <message>
        <source>France</source>
        <translation>Francia</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>España</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>Italia</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Países Bajos</translation>
    </message>
    <message>
        <source>India</source>
        <translation>India</translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation>Singapur</translation>
    </message>
    <message>
        <source>✖ No key stored yet.</source>
        <translation>✖ Todavía no hay ninguna clave guardada.</translation>
    </message>
    <message>
        <source>No key needed.</source>
        <translation>No hace falta clave.</translation>
    </message>
    <message>
        <source>Each service is off until you turn it on. Even then, a check only asks them when you tick &quot;Also ask the online services I turned on&quot; and after showing you what will be sent. Some services are for personal, non-commercial use only.</source>
        <translation>Cada servicio está apagado hasta que lo actives. Aun así, una comprobación solo les pregunta cuando marcas &quot;Preguntar también a los servicios en línea que activé&quot; y después de mostrarte qué se enviará. Algunos servicios son solo para uso personal, no comercial.</translation>
    </message>
    <message>
        <source>Use %s</source>
        <translation>Usar %s</translation>
    </message>
    <message>
        <source>What is sent: %s</source>
        <translation>Qué se envía: %s</translation>
    </message>
    <message>
        <source>Checking for a stored key…</source>
        <translation>Buscando una clave guardada…</translation>
    </message>
    <message>
        <source>Key status for %s</source>
        <translation>Estado de la clave de %s</translation>
    </message>
    <message>
        <source>New key (optional):</source>
        <translation>Clave nueva (opcional):</translation>
    </message>
    <message>
        <source>New key:</source>
        <translation>Clave nueva:</translation>
    </message>
    <message>
        <source>New key for %s</source>
        <translation>Clave nueva para %s</translation>
    </message>
    <message>
        <source>Save key</source>
        <translation>Guardar clave</translation>
    </message>
    <message>
        <source>Save the key for %s</source>
        <translation>Guardar la clave de %s</translation>
    </message>
    <message>
        <source>Remove key</source>
        <translation>Quitar clave</translation>
    </message>
    <message>
        <source>Remove the key for %s</source>
        <translation>Quitar la clave de %s</translation>
    </message>
    <message>
        <source>Address of the language model server</source>
        <translation>Dirección del servidor del modelo de lenguaje</translation>
    </message>
    <message>
        <source>Where the language model runs (its web address):</source>
        <translation>Dónde funciona el modelo de lenguaje (su dirección web):</translation>
    </message>
    <message>
        <source>Which model it should use:</source>
        <translation>Qué modelo debe usar:</translation>
    </message>
    <message>
        <source>Advanced: where the language model runs</source>
        <translation>Avanzado: dónde funciona el modelo de lenguaje</translation>
    </message>
    <message>
        <source>Language model name</source>
        <translation>Nombre del modelo de lenguaje</translation>
    </message>
    <message>
        <source>✔ A key is stored in this computer&apos;s secure key store.</source>
        <translation>✔ Hay una clave guardada en el almacén seguro de claves de este equipo.</translation>
    </message>
    <message>
        <source>⚠ This computer&apos;s secure key store cannot be reached, so keys cannot be stored.</source>
        <translation>⚠ No se puede acceder al almacén seguro de claves de este equipo, así que no se pueden guardar claves.</translation>
    </message>
    <message>
        <source>Your &amp;country (for phone numbers and where to report scams):</source>
        <translation>Tu &amp;país (para los números de teléfono y dónde denunciar estafas):</translation>
    </message>
    <message>
        <source>Your country</source>
        <translation>Tu país</translation>
    </message>
    <message>
        <source>Message about keys</source>
        <translation>Mensaje sobre las claves</translation>
    </message>
    <message>
        <source>No key stored (a local model server usually needs none).</source>
        <translation>No hay clave guardada (un servidor de modelos local no suele necesitarla).</translation>
    </message>
    <message>
        <source>Type or paste the key first.</source>
        <translation>Primero escribe o pega la clave.</translation>
    </message>
    <message>
        <source>Saved the key for %s.</source>
        <translation>Se guardó la clave de %s.</translation>
    </message>
    <message>
        <source>Removed the key for %s.</source>
        <translation>Se quitó la clave de %s.</translation>
    </message>
</context>
<context>
    <name>ScoreChart</name>
    <message>
        <source>Score history</source>
        <translation>Historial de puntuaciones</translation>
    </message>
    <message>
        <source>No finished checkups yet, so there is no history to show.</source>
        <translation>Todavía no hay revisiones terminadas, así que no hay historial que mostrar.</translation>
    </message>
    <message>
        <source>{score} on {date} {year}</source>
        <translation>{score} el {date} de {year}</translation>
    </message>
    <message>
        <source>Scores out of 100, oldest first: </source>
        <translation>Puntuaciones sobre 100, de la más antigua a la más reciente: </translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <extracomment>How many of the newest ledger entries show before &quot;Show all&quot;.</extracomment>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Internet</source>
        <translation>Internet</translation>
    </message>
    <message>
        <source>&amp;Work offline: never contact any online service</source>
        <translation>Trabajar &amp;sin conexión: no contactar nunca con ningún servicio en línea</translation>
    </message>
    <message>
        <source>Work offline</source>
        <translation>Trabajar sin conexión</translation>
    </message>
    <message>
        <source>Checks that need the internet will say they were skipped.</source>
        <translation>Las comprobaciones que necesitan internet dirán que se saltaron.</translation>
    </message>
    <message>
        <source>Hearth was started in offline mode, so it stays offline until you close it.</source>
        <translation>Hearth se inició en modo sin conexión, así que seguirá sin conexión hasta que lo cierres.</translation>
    </message>
    <message>
        <source>Reading and contrast</source>
        <translation>Lectura y contraste</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>&amp;Text size</source>
        <translation>Tamaño del &amp;texto</translation>
    </message>
    <message>
        <source>Hi&amp;gh contrast (black on white, thick outlines)</source>
        <translation>Alto &amp;contraste (negro sobre blanco, bordes gruesos)</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The change applies after restarting Hearth.</source>
        <translation>El cambio se aplica al volver a abrir Hearth.</translation>
    </message>
    <message>
        <source>Follow this computer</source>
        <translation>El de este equipo</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>The new language is used after you close and reopen Hearth.</source>
        <translation>El nuevo idioma se usará cuando cierres y vuelvas a abrir Hearth.</translation>
    </message>
    <message>
        <source>Online scam-check services</source>
        <translation>Servicios en línea para comprobar estafas</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Tus datos</translation>
    </message>
    <message>
        <source>Everything Hearth knows about your household is kept on this computer, in this folder. Passwords are never stored.</source>
        <translation>Todo lo que Hearth sabe de tu hogar se guarda en este equipo, en esta carpeta. Las contraseñas nunca se guardan.</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <source>&amp;Open the data folder</source>
        <translation>Abrir la carpeta de &amp;datos</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Abrir la carpeta de datos</translation>
    </message>
    <message>
        <source>Checking the secure key store…</source>
        <translation>Comprobando el almacén seguro de claves…</translation>
    </message>
    <message>
        <source>Secure key store status</source>
        <translation>Estado del almacén seguro de claves</translation>
    </message>
    <message>
        <source>Privacy ledger: what left this computer</source>
        <translation>Registro de privacidad: lo que salió de este equipo</translation>
    </message>
    <message>
        <source>Every request Hearth sends over the internet is listed here: when, to whom, and why. Personal details and keys are never shown or stored.</source>
        <translation>Aquí aparece cada petición que Hearth envía por internet: cuándo, a quién y por qué. Los datos personales y las claves nunca se muestran ni se guardan.</translation>
    </message>
    <message>
        <source>Privacy ledger</source>
        <translation>Registro de privacidad</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Advanced: show the exact addresses</source>
        <translation>Avanzado: mostrar las direcciones exactas</translation>
    </message>
    <message>
        <source>Show the exact addresses in the privacy ledger</source>
        <translation>Mostrar las direcciones exactas en el registro de privacidad</translation>
    </message>
    <message>
        <source>Nothing has left this computer yet.</source>
        <translation>Todavía no ha salido nada de este equipo.</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Actuali&amp;zar</translation>
    </message>
    <message>
        <source>Refresh the privacy ledger</source>
        <translation>Actualizar el registro de privacidad</translation>
    </message>
    <message>
        <source>Clear the le&amp;dger</source>
        <translation>&amp;Vaciar el registro</translation>
    </message>
    <message>
        <source>Clear the privacy ledger</source>
        <translation>Vaciar el registro de privacidad</translation>
    </message>
    <message>
        <source>✔ Secure key store: available. Keys for online services you add are kept there, never in Hearth&apos;s files.</source>
        <translation>✔ Almacén seguro de claves: disponible. Las claves de servicios en línea que añadas se guardan ahí, nunca en los archivos de Hearth.</translation>
    </message>
    <message>
        <source>✖ Secure key store: not available. Features that need a key are turned off; everything else works. On Linux, install and unlock GNOME Keyring or KWallet.</source>
        <translation>✖ Almacén seguro de claves: no disponible. Las funciones que necesitan una clave están desactivadas; todo lo demás funciona. En Linux, instala y desbloquea GNOME Keyring o KWallet.</translation>
    </message>
    <message numerus="yes">
        <source>Show all %n requests</source>
        <translation>
            <numerusform>Mostrar %n solicitud</numerusform>
            <numerusform>Mostrar las %n solicitudes</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear the privacy ledger?</source>
        <translation>¿Vaciar el registro de privacidad?</translation>
    </message>
    <message>
        <source>The list of past requests will be emptied. This does not undo them.</source>
        <translation>Se vaciará la lista de peticiones anteriores. Eso no las deshace.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Vaciar</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>For your information</source>
        <extracomment>Languages the interface is translated into (besides English, the source language).</extracomment>
        <translation>Para tu información</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bien</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Hay que revisarlo</translation>
    </message>
    <message>
        <source>Risky</source>
        <translation>Con riesgo</translation>
    </message>
    <message>
        <source>Couldn&apos;t check</source>
        <translation>No se pudo comprobar</translation>
    </message>
    <message>
        <source>Not done yet</source>
        <translation>Sin hacer todavía</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Saltado</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>No disponible</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Parado</translation>
    </message>
    <message>
        <source>Could not finish</source>
        <translation>No se pudo terminar</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>Looks after their own accounts, phone and computer.</source>
        <extracomment>Tests answer the welcome here instead of a person (True: &quot;Start&quot;, False: &quot;Later&quot;).</extracomment>
        <translation>Se ocupa de sus propias cuentas, su teléfono y su equipo.</translation>
    </message>
    <message>
        <source>An older person: more help against phone and e-mail scams, and a relative can help from afar if they agree.</source>
        <translation>Una persona mayor: más ayuda contra las estafas por teléfono y correo, y un familiar puede ayudar desde lejos si está de acuerdo.</translation>
    </message>
    <message>
        <source>A young person: an adult goes through the checkup with them.</source>
        <translation>Una persona joven: un adulto hace la revisión con ella.</translation>
    </message>
    <message>
        <source>The accounts and computers of a small business, with a checklist for it.</source>
        <translation>Las cuentas y los equipos de un pequeño negocio, con una lista de comprobación para él.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Hearth</source>
        <translation>Te damos la bienvenida a Hearth</translation>
    </message>
    <message>
        <source>Hearth helps your household check its accounts, devices and scam readiness, and explains every step in plain words. Four quick choices to start; you can change each of them later in Settings.</source>
        <translation>Hearth ayuda a tu hogar a revisar sus cuentas, sus dispositivos y su preparación contra estafas, y explica cada paso con palabras sencillas. Cuatro elecciones rápidas para empezar; puedes cambiar cada una más tarde en Ajustes.</translation>
    </message>
    <message>
        <source>1. Who is in your household?</source>
        <translation>1. ¿Quién vive en tu hogar?</translation>
    </message>
    <message>
        <source>Add each person Hearth should look after, starting with yourself.</source>
        <translation>Añade a cada persona que Hearth debe cuidar, empezando por ti.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Name of the person to add</source>
        <translation>Nombre de la persona que se añade</translation>
    </message>
    <message>
        <source>&amp;Add this person</source>
        <translation>&amp;Añadir a esta persona</translation>
    </message>
    <message>
        <source>Add this person to the household</source>
        <translation>Añadir a esta persona al hogar</translation>
    </message>
    <message>
        <source>People to add</source>
        <translation>Personas que se añadirán</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>2. Country, language and text size</source>
        <translation>2. País, idioma y tamaño del texto</translation>
    </message>
    <message>
        <source>Your country</source>
        <translation>Tu país</translation>
    </message>
    <message>
        <source>Hearth uses it for phone numbers and where to report scams.</source>
        <translation>Hearth lo usa para los números de teléfono y para saber dónde denunciar estafas.</translation>
    </message>
    <message>
        <source>Your &amp;country (Hearth uses it for phone numbers and where to report scams):</source>
        <translation>Tu &amp;país (Hearth lo usa para los números de teléfono y para saber dónde denunciar estafas):</translation>
    </message>
    <message>
        <source>Follow this computer</source>
        <translation>El de este equipo</translation>
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
        <source>{percent}%</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>&amp;Tamaño del texto:</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Empezar</translation>
    </message>
    <message>
        <source>Save these choices and start</source>
        <translation>Guardar estas elecciones y empezar</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
    <message>
        <source>Later: save nothing now</source>
        <translation>Más tarde: no guardar nada ahora</translation>
    </message>
    <message>
        <source>Type a name first.</source>
        <translation>Escribe primero un nombre.</translation>
    </message>
    <message>
        <source>{name} is already on the list.</source>
        <translation>{name} ya está en la lista.</translation>
    </message>
    <message>
        <source>Added {name}. Add someone else, or press Start.</source>
        <translation>Se añadió a {name}. Añade a otra persona o pulsa Empezar.</translation>
    </message>
</context>
</TS>
