<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
  <context>
    <name>checks/base.py</name>
    <message>
      <source>For your information</source>
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
  </context>
  <context>
    <name>checks/device.py</name>
    <message>
      <source>Operating system updates</source>
      <translation>Actualizaciones del sistema operativo</translation>
    </message>
    <message>
      <source>this system</source>
      <translation>este sistema</translation>
    </message>
    <message>
      <source>(Hearth's list is from {listed}; it may be out of date.)</source>
      <translation>(La lista de Hearth es del {listed}; puede que no esté al día).</translation>
    </message>
    <message>
      <source>Couldn't check: {name} is not in Hearth's end-of-life list from {listed}.</source>
      <translation>No se pudo comprobar: {name} no está en la lista de fin de soporte de Hearth del {listed}.</translation>
    </message>
    <message>
      <source>Couldn't check: {name} is not in Hearth's end-of-life list.</source>
      <translation>No se pudo comprobar: {name} no está en la lista de fin de soporte de Hearth.</translation>
    </message>
    <message>
      <source>Search the web for '&lt;your system&gt; end of life' to see whether it still gets security fixes.</source>
      <translation>Busca en internet «&lt;tu sistema&gt; fin de soporte» para saber si todavía recibe arreglos de seguridad.</translation>
    </message>
    <message>
      <source>Open Settings &gt; Windows Update and install the newest 'feature update' it offers.</source>
      <translation>Abre Configuración &gt; Windows Update e instala la «actualización de características» más reciente que te ofrezca.</translation>
    </message>
    <message>
      <source>If your computer cannot run Windows 11, enrol in Extended Security Updates (Settings &gt; Windows Update) or plan to replace it.</source>
      <translation>Si tu equipo no puede usar Windows 11, apúntate a las Actualizaciones de Seguridad Extendidas (Configuración &gt; Windows Update) o planea cambiarlo.</translation>
    </message>
    <message>
      <source>Open System Settings &gt; General &gt; Software Update and install the newest macOS it offers.</source>
      <translation>Abre Ajustes del Sistema &gt; General &gt; Actualización de software e instala el macOS más reciente que te ofrezca.</translation>
    </message>
    <message>
      <source>If your Mac cannot run a newer macOS, plan to replace it, and keep your browser up to date meanwhile.</source>
      <translation>Si tu Mac no puede usar un macOS más nuevo, planea cambiarlo y, mientras tanto, mantén tu navegador al día.</translation>
    </message>
    <message>
      <source>Back up your files, then upgrade to the next release with your system's upgrade tool (Ubuntu: Software Updater; Fedora: GNOME Software; Debian: follow the release notes).</source>
      <translation>Haz una copia de seguridad de tus archivos y luego pasa a la siguiente versión con la herramienta de actualización de tu sistema (Ubuntu: Actualizador de software; Fedora: GNOME Software; Debian: sigue las notas de la versión).</translation>
    </message>
    <message>
      <source>If that is too hard, ask someone who knows Linux to help, or reinstall with a supported release.</source>
      <translation>Si te resulta difícil, pide ayuda a alguien que conozca Linux, o reinstala con una versión que tenga soporte.</translation>
    </message>
    <message>
      <source>{name} stopped getting security fixes on {ends}. New attacks on it will never be fixed.</source>
      <translation>{name} dejó de recibir arreglos de seguridad el {ends}. Los nuevos ataques contra él nunca se van a arreglar.</translation>
    </message>
    <message>
      <source>{name}, support ended {ends}</source>
      <translation>{name}, soporte terminado el {ends}</translation>
    </message>
    <message>
      <source>{name} only gets reduced (long-term) security fixes since {since}, and none after {ends}.</source>
      <translation>{name} solo recibe arreglos de seguridad reducidos (de largo plazo) desde el {since}, y ninguno después del {ends}.</translation>
    </message>
    <message>
      <source>{name} only gets reduced (long-term) security fixes since {since}.</source>
      <translation>{name} solo recibe arreglos de seguridad reducidos (de largo plazo) desde el {since}.</translation>
    </message>
    <message>
      <source>{name} stops getting security fixes on {ends}, in {days} days.</source>
      <translation>{name} dejará de recibir arreglos de seguridad el {ends}, dentro de {days} días.</translation>
    </message>
    <message>
      <source>{name} still gets security fixes until {ends}.</source>
      <translation>{name} todavía recibe arreglos de seguridad hasta el {ends}.</translation>
    </message>
    <message>
      <source>{name} still gets security fixes.</source>
      <translation>{name} todavía recibe arreglos de seguridad.</translation>
    </message>
    <message>
      <source>your web browser</source>
      <translation>tu navegador web</translation>
    </message>
    <message>
      <source>Open {name}'s menu and choose Help &gt; About (on a Mac: the browser's name menu &gt; About). It checks for updates and installs them; restart it when it asks.</source>
      <translation>Abre el menú de {name} y elige Ayuda &gt; Acerca de (en un Mac: el menú con el nombre del navegador &gt; Acerca de). Así busca actualizaciones y las instala; reinícialo cuando te lo pida.</translation>
    </message>
    <message>
      <source>Web browsers</source>
      <translation>Navegadores web</translation>
    </message>
    <message>
      <source>Couldn't check: no known web browser was found on this computer.</source>
      <translation>No se pudo comprobar: no se encontró en este equipo ningún navegador web conocido.</translation>
    </message>
    <message>
      <source>If you use a web browser here that Hearth does not know, open its menu and choose Help &gt; About: it checks for updates and installs them.</source>
      <translation>Si usas aquí un navegador web que Hearth no conoce, abre su menú y elige Ayuda &gt; Acerca de: así busca actualizaciones y las instala.</translation>
    </message>
    <message>
      <source>{name} version</source>
      <translation>Versión de {name}</translation>
    </message>
    <message>
      <source>Couldn't check {name} {version}: Hearth has no current version for it.</source>
      <translation>No se pudo comprobar {name} {version}: Hearth no tiene su versión actual.</translation>
    </message>
    <message>
      <source>Couldn't check {name}: Hearth's version list is unreadable.</source>
      <translation>No se pudo comprobar {name}: la lista de versiones de Hearth no se puede leer.</translation>
    </message>
    <message>
      <source>{name} {version} is up to date (extended support release).</source>
      <translation>{name} {version} está al día (versión con soporte extendido).</translation>
    </message>
    <message>
      <source>{name} {version} is up to date.</source>
      <translation>{name} {version} está al día.</translation>
    </message>
    <message>
      <source>{name} {version} is about {behind} versions behind (current is about {want}). Old browsers have known holes that websites can use.</source>
      <translation>{name} {version} va unas {behind} versiones por detrás (la actual es más o menos la {want}). Los navegadores viejos tienen fallos conocidos que las páginas web pueden aprovechar.</translation>
    </message>
    <message>
      <source>Open {name}'s menu &gt; Help &gt; About {name}: it checks for updates and downloads them.</source>
      <translation>Abre el menú de {name} &gt; Ayuda &gt; Acerca de {name}: así busca actualizaciones y las descarga.</translation>
    </message>
    <message>
      <source>Close all its windows and open it again to finish updating.</source>
      <translation>Cierra todas sus ventanas y vuelve a abrirlo para terminar de actualizar.</translation>
    </message>
    <message>
      <source>If it says it is managed or cannot update, reinstall it from its official website or your system's software centre.</source>
      <translation>Si dice que está administrado o que no se puede actualizar, vuelve a instalarlo desde su página web oficial o desde la tienda de aplicaciones de tu sistema.</translation>
    </message>
    <message>
      <source>Disk encryption</source>
      <translation>Cifrado del disco</translation>
    </message>
    <message>
      <source>Open Settings &gt; Privacy &amp; security &gt; Device encryption (Home) or search for 'Manage BitLocker' (Pro) and turn it on.</source>
      <translation>Abre Configuración &gt; Privacidad y seguridad &gt; Cifrado de dispositivo (Home) o busca «Administrar BitLocker» (Pro) y actívalo.</translation>
    </message>
    <message>
      <source>Save the recovery key in your Microsoft account or print it. Keep it somewhere safe, not on this computer.</source>
      <translation>Guarda la clave de recuperación en tu cuenta de Microsoft o imprímela. Guárdala en un lugar protegido, no en este equipo.</translation>
    </message>
    <message>
      <source>Open System Settings &gt; Privacy &amp; Security &gt; FileVault and click Turn On.</source>
      <translation>Abre Ajustes del Sistema &gt; Privacidad y seguridad &gt; FileVault y haz clic en Activar.</translation>
    </message>
    <message>
      <source>Choose to keep the recovery key with your Apple Account, or write it down and keep it somewhere safe, not on this Mac.</source>
      <translation>Elige guardar la clave de recuperación en tu Cuenta de Apple, o apúntala y guárdala en un lugar protegido, no en este Mac.</translation>
    </message>
    <message>
      <source>On Linux, encryption (LUKS) is usually chosen when the system is installed.</source>
      <translation>En Linux, el cifrado (LUKS) se suele elegir al instalar el sistema.</translation>
    </message>
    <message>
      <source>Back up your files; when you next reinstall, tick 'Encrypt the new installation' (Ubuntu) or 'Encrypt my data' (Fedora).</source>
      <translation>Haz una copia de seguridad de tus archivos; la próxima vez que reinstales, marca «Cifrar la nueva instalación» (Ubuntu) o «Cifrar mis datos» (Fedora).</translation>
    </message>
    <message>
      <source>Write down the encryption passphrase and keep it somewhere safe.</source>
      <translation>Apunta la frase de contraseña del cifrado y guárdala en un lugar protegido.</translation>
    </message>
    <message>
      <source>encryption</source>
      <translation>cifrado</translation>
    </message>
    <message>
      <source>This computer's disk is encrypted ({method}). If it is stolen, your files cannot be read.</source>
      <translation>El disco de este equipo está cifrado ({method}). Si te lo roban, no se pueden leer tus archivos.</translation>
    </message>
    <message>
      <source>This computer's disk is encrypted. If it is stolen, your files cannot be read.</source>
      <translation>El disco de este equipo está cifrado. Si te lo roban, no se pueden leer tus archivos.</translation>
    </message>
    <message>
      <source>Make sure you know where the recovery key is.</source>
      <translation>Asegúrate de saber dónde está la clave de recuperación.</translation>
    </message>
    <message>
      <source>{what}: on</source>
      <translation>{what}: activado</translation>
    </message>
    <message>
      <source>Encryption is being switched on right now. Keep the computer plugged in until it finishes.</source>
      <translation>El cifrado se está activando ahora mismo. Deja el equipo enchufado hasta que termine.</translation>
    </message>
    <message>
      <source>encrypting</source>
      <translation>cifrando</translation>
    </message>
    <message>
      <source>Couldn't check: this drive does not support encryption.</source>
      <translation>No se pudo comprobar: esta unidad no admite cifrado.</translation>
    </message>
    <message>
      <source>This computer's disk is not encrypted. If it is lost or stolen, anyone can read your files, saved passwords and photos.</source>
      <translation>El disco de este equipo no está cifrado. Si lo pierdes o te lo roban, cualquiera puede leer tus archivos, tus contraseñas guardadas y tus fotos.</translation>
    </message>
    <message>
      <source>{what}: off</source>
      <translation>{what}: desactivado</translation>
    </message>
    <message>
      <source>Firewall</source>
      <translation>Cortafuegos</translation>
    </message>
    <message>
      <source>Open Start &gt; Windows Security &gt; Firewall &amp; network protection and turn on each network type.</source>
      <translation>Abre Inicio &gt; Seguridad de Windows &gt; Firewall y protección de red y activa cada tipo de red.</translation>
    </message>
    <message>
      <source>Open System Settings &gt; Network &gt; Firewall and switch it on.</source>
      <translation>Abre Ajustes del Sistema &gt; Red &gt; Firewall y actívalo.</translation>
    </message>
    <message>
      <source>Ubuntu/Debian: open a terminal and run 'sudo ufw enable'. Fedora: 'sudo systemctl enable --now firewalld'.</source>
      <translation>Ubuntu/Debian: abre una terminal y ejecuta «sudo ufw enable». Fedora: «sudo systemctl enable --now firewalld».</translation>
    </message>
    <message>
      <source>The firewall is on ({product}).</source>
      <translation>El cortafuegos está activado ({product}).</translation>
    </message>
    <message>
      <source>The firewall is on.</source>
      <translation>El cortafuegos está activado.</translation>
    </message>
    <message>
      <source>No firewall is switched on. Behind a home router that is a small risk, but {n} program accepts connections from the network.</source>
      <translation>No hay ningún cortafuegos activado. Detrás de un router de casa es un riesgo pequeño, pero {n} programa acepta conexiones desde la red.</translation>
    </message>
    <message>
      <source>No firewall is switched on. Behind a home router that is a small risk, but {n} programs accept connections from the network.</source>
      <translation>No hay ningún cortafuegos activado. Detrás de un router de casa es un riesgo pequeño, pero {n} programas aceptan conexiones desde la red.</translation>
    </message>
    <message>
      <source>No firewall is switched on. Behind a home router that is a small risk, and no program accepts connections from the network now.</source>
      <translation>No hay ningún cortafuegos activado. Detrás de un router de casa es un riesgo pequeño, y ahora ningún programa acepta conexiones desde la red.</translation>
    </message>
    <message>
      <source>The firewall is off, so other devices on the network (and on public Wi-Fi, anyone nearby) can reach programs on this computer.</source>
      <translation>El cortafuegos está desactivado, así que otros aparatos de la red (y en una Wi-Fi pública, cualquiera que esté cerca) pueden llegar a los programas de este equipo.</translation>
    </message>
    <message>
      <source>Waiting updates</source>
      <translation>Actualizaciones pendientes</translation>
    </message>
    <message>
      <source>Save your work.</source>
      <translation>Guarda tu trabajo.</translation>
    </message>
    <message>
      <source>Open Settings &gt; Windows Update and click 'Download &amp; install', then 'Restart now'.</source>
      <translation>Abre Configuración &gt; Windows Update y haz clic en «Descargar e instalar» y luego en «Reiniciar ahora».</translation>
    </message>
    <message>
      <source>Open System Settings &gt; General &gt; Software Update and click 'Update Now'.</source>
      <translation>Abre Ajustes del Sistema &gt; General &gt; Actualización de software y haz clic en «Actualizar ahora».</translation>
    </message>
    <message>
      <source>Open Software Updater (Ubuntu) or Software &gt; Updates (Fedora) and install everything, then restart.</source>
      <translation>Abre el Actualizador de software (Ubuntu) o Software &gt; Actualizaciones (Fedora), instálalo todo y luego reinicia.</translation>
    </message>
    <message>
      <source>No updates are waiting (the update list was last refreshed {age} days ago).</source>
      <translation>No hay actualizaciones pendientes (la lista de actualizaciones se renovó por última vez hace {age} días).</translation>
    </message>
    <message>
      <source>No updates are waiting.</source>
      <translation>No hay actualizaciones pendientes.</translation>
    </message>
    <message>
      <source>{n} security update is waiting ({pending} in total) (the update list was last refreshed {age} days ago). It fixes holes that attackers know about.</source>
      <translation>Hay {n} actualización de seguridad pendiente ({pending} en total) (la lista de actualizaciones se renovó por última vez hace {age} días). Arregla fallos que los atacantes conocen.</translation>
    </message>
    <message>
      <source>{n} security updates are waiting ({pending} in total) (the update list was last refreshed {age} days ago). They fix holes that attackers know about.</source>
      <translation>Hay {n} actualizaciones de seguridad pendientes ({pending} en total) (la lista de actualizaciones se renovó por última vez hace {age} días). Arreglan fallos que los atacantes conocen.</translation>
    </message>
    <message>
      <source>{n} security update is waiting ({pending} in total). It fixes holes that attackers know about.</source>
      <translation>Hay {n} actualización de seguridad pendiente ({pending} en total). Arregla fallos que los atacantes conocen.</translation>
    </message>
    <message>
      <source>{n} security updates are waiting ({pending} in total). They fix holes that attackers know about.</source>
      <translation>Hay {n} actualizaciones de seguridad pendientes ({pending} en total). Arreglan fallos que los atacantes conocen.</translation>
    </message>
    <message>
      <source>{pending} updates, {security} security</source>
      <translation>{pending} actualizaciones, {security} de seguridad</translation>
    </message>
    <message>
      <source>{n} update is waiting (the update list was last refreshed {age} days ago).</source>
      <translation>Hay {n} actualización pendiente (la lista de actualizaciones se renovó por última vez hace {age} días).</translation>
    </message>
    <message>
      <source>{n} updates are waiting (the update list was last refreshed {age} days ago).</source>
      <translation>Hay {n} actualizaciones pendientes (la lista de actualizaciones se renovó por última vez hace {age} días).</translation>
    </message>
    <message>
      <source>{n} update is waiting.</source>
      <translation>Hay {n} actualización pendiente.</translation>
    </message>
    <message>
      <source>{n} updates are waiting.</source>
      <translation>Hay {n} actualizaciones pendientes.</translation>
    </message>
    <message>
      <source>{pending} updates</source>
      <translation>{pending} actualizaciones</translation>
    </message>
    <message>
      <source>Automatic updates</source>
      <translation>Actualizaciones automáticas</translation>
    </message>
    <message>
      <source>Open Settings &gt; Windows Update; if updates are paused, click 'Resume updates'.</source>
      <translation>Abre Configuración &gt; Windows Update; si las actualizaciones están en pausa, haz clic en «Reanudar actualizaciones».</translation>
    </message>
    <message>
      <source>Under Advanced options, switch on 'Receive updates for other Microsoft products'.</source>
      <translation>En Opciones avanzadas, activa «Recibir actualizaciones de otros productos de Microsoft».</translation>
    </message>
    <message>
      <source>Open System Settings &gt; General &gt; Software Update and click the (i) next to Automatic Updates.</source>
      <translation>Abre Ajustes del Sistema &gt; General &gt; Actualización de software y haz clic en la (i) junto a Actualizaciones automáticas.</translation>
    </message>
    <message>
      <source>Switch on every option, especially 'Install Security Responses and system files'.</source>
      <translation>Activa todas las opciones, sobre todo «Instalar respuestas de seguridad y archivos del sistema».</translation>
    </message>
    <message>
      <source>Ubuntu/Debian: open Software &amp; Updates &gt; Updates and set 'When there are security updates' to 'Download and install automatically'.</source>
      <translation>Ubuntu/Debian: abre Software y actualizaciones &gt; Actualizaciones y pon «Cuando haya actualizaciones de seguridad» en «Descargar e instalar automáticamente».</translation>
    </message>
    <message>
      <source>Fedora: run 'sudo dnf install dnf-automatic' and 'sudo systemctl enable --now dnf-automatic.timer'.</source>
      <translation>Fedora: ejecuta «sudo dnf install dnf-automatic» y «sudo systemctl enable --now dnf-automatic.timer».</translation>
    </message>
    <message>
      <source>Security updates are installed automatically.</source>
      <translation>Las actualizaciones de seguridad se instalan automáticamente.</translation>
    </message>
    <message>
      <source>Security updates are not installed automatically, so fixes can wait for weeks.</source>
      <translation>Las actualizaciones de seguridad no se instalan automáticamente, así que los arreglos pueden tardar semanas en llegar.</translation>
    </message>
    <message>
      <source>Screen lock</source>
      <translation>Bloqueo de pantalla</translation>
    </message>
    <message>
      <source>Open Settings &gt; Accounts &gt; Sign-in options and set 'If you've been away' to 'When PC wakes up from sleep'.</source>
      <translation>Abre Configuración &gt; Cuentas &gt; Opciones de inicio de sesión y pon «Si has estado ausente» en «Cuando el equipo se reactive tras la suspensión».</translation>
    </message>
    <message>
      <source>Open Settings &gt; System &gt; Power and set the screen to turn off after 5 or 10 minutes.</source>
      <translation>Abre Configuración &gt; Sistema &gt; Energía y haz que la pantalla se apague a los 5 o 10 minutos.</translation>
    </message>
    <message>
      <source>Open System Settings &gt; Lock Screen.</source>
      <translation>Abre Ajustes del Sistema &gt; Pantalla bloqueada.</translation>
    </message>
    <message>
      <source>Set 'Require password after screen saver begins or display is turned off' to 'Immediately' and the display to turn off after 5–10 minutes.</source>
      <translation>Pon «Solicitar contraseña tras iniciarse el salvapantallas o apagarse la pantalla» en «Inmediatamente» y haz que la pantalla se apague a los 5–10 minutos.</translation>
    </message>
    <message>
      <source>Open Settings &gt; Privacy &gt; Screen Lock (GNOME) or System Settings &gt; Screen Locking (KDE).</source>
      <translation>Abre Configuración &gt; Privacidad &gt; Bloqueo de pantalla (GNOME) o Preferencias del sistema &gt; Bloqueo de pantalla (KDE).</translation>
    </message>
    <message>
      <source>Switch on automatic screen lock and set the blank-screen delay to 5 or 10 minutes.</source>
      <translation>Activa el bloqueo automático de pantalla y pon el tiempo para apagar la pantalla en 5 o 10 minutos.</translation>
    </message>
    <message>
      <source>The screen does not lock by itself, so anyone passing by can use this computer while you are away.</source>
      <translation>La pantalla no se bloquea sola, así que cualquiera que pase puede usar este equipo mientras no estás.</translation>
    </message>
    <message>
      <source>The screen locks only after {minutes} minutes. Set it to lock after 5–10 minutes.</source>
      <translation>La pantalla solo se bloquea después de {minutes} minutos. Haz que se bloquee a los 5–10 minutos.</translation>
    </message>
    <message>
      <source>The screen locks right away.</source>
      <translation>La pantalla se bloquea enseguida.</translation>
    </message>
    <message>
      <source>The screen locks after {n} minute.</source>
      <translation>La pantalla se bloquea después de {n} minuto.</translation>
    </message>
    <message>
      <source>The screen locks after {n} minutes.</source>
      <translation>La pantalla se bloquea después de {n} minutos.</translation>
    </message>
    <message>
      <source>The screen locks after {delay} seconds.</source>
      <translation>La pantalla se bloquea después de {delay} segundos.</translation>
    </message>
    <message>
      <source>The screen locks by itself.</source>
      <translation>La pantalla se bloquea sola.</translation>
    </message>
    <message>
      <source>Virus protection</source>
      <translation>Protección antivirus</translation>
    </message>
    <message>
      <source>App checking (Gatekeeper)</source>
      <translation>Revisión de apps (Gatekeeper)</translation>
    </message>
    <message>
      <source>macOS checks apps before they open (Gatekeeper and XProtect are on).</source>
      <translation>macOS revisa las apps antes de que se abran (Gatekeeper y XProtect están activados).</translation>
    </message>
    <message>
      <source>macOS's app checking (Gatekeeper) is switched off, so harmful apps can open without a warning.</source>
      <translation>La revisión de apps de macOS (Gatekeeper) está desactivada, así que las apps dañinas pueden abrirse sin ningún aviso.</translation>
    </message>
    <message>
      <source>Open Terminal and run: sudo spctl --global-enable</source>
      <translation>Abre Terminal y ejecuta: sudo spctl --global-enable</translation>
    </message>
    <message>
      <source>Then in System Settings &gt; Privacy &amp; Security, set 'Allow applications from' to 'App Store and identified developers'.</source>
      <translation>Luego, en Ajustes del Sistema &gt; Privacidad y seguridad, pon «Permitir aplicaciones de» en «App Store y desarrolladores identificados».</translation>
    </message>
    <message>
      <source>Open Start &gt; Windows Security &gt; Virus &amp; threat protection.</source>
      <translation>Abre Inicio &gt; Seguridad de Windows &gt; Protección antivirus y contra amenazas.</translation>
    </message>
    <message>
      <source>Turn on Real-time protection (or open your antivirus program and turn it on), then click 'Check for updates'.</source>
      <translation>Activa la Protección en tiempo real (o abre tu programa antivirus y actívalo) y luego haz clic en «Buscar actualizaciones».</translation>
    </message>
    <message>
      <source>No virus protection is switched on.</source>
      <translation>No hay ninguna protección antivirus activada.</translation>
    </message>
    <message>
      <source>{name} is on but its virus list is out of date.</source>
      <translation>{name} está activado, pero su lista de virus no está al día.</translation>
    </message>
    <message>
      <source>{name} is on and up to date.</source>
      <translation>{name} está activado y al día.</translation>
    </message>
    <message>
      <source>{name}: on, up to date</source>
      <translation>{name}: activado, al día</translation>
    </message>
    <message>
      <source>{name}: on, out of date</source>
      <translation>{name}: activado, no está al día</translation>
    </message>
    <message>
      <source>{name}: off, up to date</source>
      <translation>{name}: desactivado, al día</translation>
    </message>
    <message>
      <source>{name}: off, out of date</source>
      <translation>{name}: desactivado, no está al día</translation>
    </message>
  </context>
  <context>
    <name>checks/email_domain.py</name>
    <message>
      <source>Please type your business's e-mail domain, like example.com.</source>
      <translation>Escribe el dominio de correo de tu empresa, por ejemplo example.com.</translation>
    </message>
    <message>
      <source>That is too long to be an e-mail domain (at most {limit} characters). Please type only the part after the @, like example.com.</source>
      <translation>Eso es demasiado largo para ser un dominio de correo (como máximo {limit} caracteres). Escribe solo la parte que va después de la @, por ejemplo example.com.</translation>
    </message>
    <message>
      <source>{text} is an internet address (IP), not a domain. Please type the part after the @ in your business e-mail address, like example.com.</source>
      <translation>{text} es una dirección de internet (IP), no un dominio. Escribe la parte que va después de la @ en la dirección de correo de tu empresa, por ejemplo example.com.</translation>
    </message>
    <message>
      <source>{text} is not a domain. Please type the part after the @ in your business e-mail address, like example.com.</source>
      <translation>{text} no es un dominio. Escribe la parte que va después de la @ en la dirección de correo de tu empresa, por ejemplo example.com.</translation>
    </message>
    <message>
      <source>{text} is not a domain Hearth can look up. Please check the spelling, like example.com.</source>
      <translation>{text} no es un dominio que Hearth pueda buscar. Revisa cómo está escrito, por ejemplo example.com.</translation>
    </message>
    <message>
      <source>Sign in where your domain's DNS records are managed: usually the company you bought the domain from (your registrar) or your web host. Look for 'DNS', 'DNS records' or 'Zone editor'.</source>
      <translation>Entra donde se gestionan los registros DNS de tu dominio: normalmente la empresa a la que le compraste el dominio (tu registrador) o tu proveedor de alojamiento web. Busca «DNS», «DNS records» o «Zone editor».</translation>
    </message>
    <message>
      <source>In the Google Admin console (admin.google.com), signed in as an administrator, open Apps &gt; Google Workspace &gt; Gmail &gt; Authenticate email: it shows the records Google expects.</source>
      <translation>En la consola de administración de Google (admin.google.com), con una cuenta de administrador, abre «Apps &gt; Google Workspace &gt; Gmail &gt; Authenticate email»: ahí ves los registros que Google espera.</translation>
    </message>
    <message>
      <source>Open the Google Admin console (admin.google.com) and sign in as an administrator.</source>
      <translation>Abre la consola de administración de Google (admin.google.com) y entra como administrador.</translation>
    </message>
    <message>
      <source>Go to Apps &gt; Google Workspace &gt; Gmail &gt; Authenticate email and choose your domain.</source>
      <translation>Ve a «Apps &gt; Google Workspace &gt; Gmail &gt; Authenticate email» y elige tu dominio.</translation>
    </message>
    <message>
      <source>Click 'Generate new record' (2048-bit key) and add the TXT record it shows to your DNS.</source>
      <translation>Haz clic en «Generate new record» (clave de 2048 bits) y añade a tu DNS el registro TXT que te muestra.</translation>
    </message>
    <message>
      <source>Wait an hour, come back to the same page and click 'Start authentication'.</source>
      <translation>Espera una hora, vuelve a la misma página y haz clic en «Start authentication».</translation>
    </message>
    <message>
      <source>In the Microsoft 365 admin center (admin.microsoft.com), open Settings &gt; Domains, choose your domain and look at 'DNS records': it lists the records Microsoft expects.</source>
      <translation>En el centro de administración de Microsoft 365 (admin.microsoft.com), abre «Settings &gt; Domains», elige tu dominio y mira «DNS records»: ahí aparecen los registros que Microsoft espera.</translation>
    </message>
    <message>
      <source>Open the Microsoft Defender portal (security.microsoft.com) and sign in as an administrator.</source>
      <translation>Abre el portal de Microsoft Defender (security.microsoft.com) y entra como administrador.</translation>
    </message>
    <message>
      <source>Go to Email &amp; collaboration &gt; Policies &amp; rules &gt; Threat policies &gt; Email authentication settings &gt; DKIM, and choose your domain.</source>
      <translation>Ve a «Email &amp; collaboration &gt; Policies &amp; rules &gt; Threat policies &gt; Email authentication settings &gt; DKIM» y elige tu dominio.</translation>
    </message>
    <message>
      <source>Add the two CNAME records it shows (selector1 and selector2) to your DNS.</source>
      <translation>Añade a tu DNS los dos registros CNAME que te muestra (selector1 y selector2).</translation>
    </message>
    <message>
      <source>Wait an hour, then switch on 'Sign messages for this domain with DKIM signatures'.</source>
      <translation>Espera una hora y luego activa «Sign messages for this domain with DKIM signatures».</translation>
    </message>
    <message>
      <source>In the Zoho Mail Admin Console, open Domains and choose your domain to see the records Zoho expects.</source>
      <translation>En la «Zoho Mail Admin Console», abre «Domains» y elige tu dominio para ver los registros que Zoho espera.</translation>
    </message>
    <message>
      <source>Open the Zoho Mail Admin Console and go to Domains &gt; your domain &gt; Email Configuration &gt; DKIM.</source>
      <translation>Abre la «Zoho Mail Admin Console» y ve a «Domains &gt; tu dominio &gt; Email Configuration &gt; DKIM».</translation>
    </message>
    <message>
      <source>Add a selector, copy the TXT record it shows into your DNS, then click Verify.</source>
      <translation>Añade un selector, copia en tu DNS el registro TXT que te muestra y luego haz clic en «Verify».</translation>
    </message>
    <message>
      <source>In Fastmail, open Settings &gt; Domains and choose your domain: it shows the records Fastmail expects.</source>
      <translation>En Fastmail, abre «Settings &gt; Domains» y elige tu dominio: ahí ves los registros que Fastmail espera.</translation>
    </message>
    <message>
      <source>In Fastmail, open Settings &gt; Domains, choose your domain and add the three DKIM CNAME records (fm1, fm2, fm3) it shows to your DNS.</source>
      <translation>En Fastmail, abre «Settings &gt; Domains», elige tu dominio y añade a tu DNS los tres registros CNAME de DKIM (fm1, fm2, fm3) que te muestra.</translation>
    </message>
    <message>
      <source>In Proton Mail, open Settings &gt; Domain names and click Review next to your domain: it shows the records Proton expects.</source>
      <translation>En Proton Mail, abre «Settings &gt; Domain names» y haz clic en «Review» junto a tu dominio: ahí ves los registros que Proton espera.</translation>
    </message>
    <message>
      <source>In Proton Mail, open Settings &gt; Domain names &gt; Review &gt; DKIM, and add the three CNAME records it shows to your DNS.</source>
      <translation>En Proton Mail, abre «Settings &gt; Domain names &gt; Review &gt; DKIM» y añade a tu DNS los tres registros CNAME que te muestra.</translation>
    </message>
    <message>
      <source>On icloud.com, open Custom Email Domain and choose your domain: it shows the records Apple expects.</source>
      <translation>En icloud.com, abre «Custom Email Domain» y elige tu dominio: ahí ves los registros que Apple espera.</translation>
    </message>
    <message>
      <source>On icloud.com, open Custom Email Domain, choose your domain and add the DKIM record (sig1) it shows to your DNS.</source>
      <translation>En icloud.com, abre «Custom Email Domain», elige tu dominio y añade a tu DNS el registro DKIM (sig1) que te muestra.</translation>
    </message>
    <message>
      <source>In your GoDaddy account, open My Products &gt; DNS for your domain.</source>
      <translation>En tu cuenta de GoDaddy, abre «My Products &gt; DNS» de tu dominio.</translation>
    </message>
    <message>
      <source>Ask GoDaddy support how to turn on DKIM signing for your e-mail plan.</source>
      <translation>Pregunta al servicio de ayuda de GoDaddy cómo activar la firma DKIM en tu plan de correo.</translation>
    </message>
    <message>
      <source>Ask your e-mail provider which SPF, DKIM and DMARC records they expect for your domain.</source>
      <translation>Pregunta a tu proveedor de correo qué registros SPF, DKIM y DMARC espera para tu dominio.</translation>
    </message>
    <message>
      <source>Ask your e-mail provider how to turn on DKIM signing for your domain, and add the record they give you to your DNS.</source>
      <translation>Pregunta a tu proveedor de correo cómo activar la firma DKIM para tu dominio y añade a tu DNS el registro que te dé.</translation>
    </message>
    <message>
      <source>your e-mail provider</source>
      <translation>tu proveedor de correo</translation>
    </message>
    <message>
      <source>The record does not start with v=spf1.</source>
      <translation>El registro no empieza por v=spf1.</translation>
    </message>
    <message>
      <source>{name}= appears twice; only one is allowed.</source>
      <translation>{name}= aparece dos veces; solo se permite una.</translation>
    </message>
    <message>
      <source>{word} does not name a domain.</source>
      <translation>{word} no nombra ningún dominio.</translation>
    </message>
    <message>
      <source>{word} is not something SPF understands.</source>
      <translation>{word} no es algo que SPF entienda.</translation>
    </message>
    <message>
      <source>{word} is written wrongly, so receivers stop reading your SPF.</source>
      <translation>{word} está mal escrito, así que los receptores dejan de leer tu SPF.</translation>
    </message>
    <message>
      <source>'{part}' is not written as name=value.</source>
      <translation>«{part}» no está escrito como nombre=valor.</translation>
    </message>
    <message>
      <source>The tag {name} appears twice.</source>
      <translation>La etiqueta {name} aparece dos veces.</translation>
    </message>
    <message>
      <source>The record must start with v=DMARC1.</source>
      <translation>El registro tiene que empezar por v=DMARC1.</translation>
    </message>
    <message>
      <source>The record has no policy (p=none, p=quarantine or p=reject).</source>
      <translation>El registro no tiene política (p=none, p=quarantine o p=reject).</translation>
    </message>
    <message>
      <source>p={value} is not a policy: use none, quarantine or reject.</source>
      <translation>p={value} no es una política: usa none, quarantine o reject.</translation>
    </message>
    <message>
      <source>p= should come straight after v=DMARC1; some receivers are strict about the order.</source>
      <translation>p= debería ir justo después de v=DMARC1; algunos receptores son estrictos con el orden.</translation>
    </message>
    <message>
      <source>sp={value} is not a policy: use none, quarantine or reject.</source>
      <translation>sp={value} no es una política: usa none, quarantine o reject.</translation>
    </message>
    <message>
      <source>pct={value} must be a whole number from 0 to 100.</source>
      <translation>pct={value} tiene que ser un número entero del 0 al 100.</translation>
    </message>
    <message>
      <source>{key}= must be one or more addresses written as mailto:name@example.com.</source>
      <translation>{key}= tiene que ser una o más direcciones escritas como mailto:nombre@example.com.</translation>
    </message>
    <message>
      <source>{key}= must be r or s.</source>
      <translation>{key}= tiene que ser r o s.</translation>
    </message>
    <message>
      <source>Hearth does not know the tag {name}=; receivers ignore it.</source>
      <translation>Hearth no conoce la etiqueta {name}=; los receptores la ignoran.</translation>
    </message>
    <message>
      <source>the DNS server did not answer in time</source>
      <translation>el servidor DNS no respondió a tiempo</translation>
    </message>
    <message>
      <source>the DNS server reported a failure (SERVFAIL)</source>
      <translation>el servidor DNS informó de un fallo (SERVFAIL)</translation>
    </message>
    <message>
      <source>Hearth ran out of time before it could ask</source>
      <translation>a Hearth se le acabó el tiempo antes de poder preguntar</translation>
    </message>
    <message>
      <source>the look-up failed ({reason})</source>
      <translation>la búsqueda falló ({reason})</translation>
    </message>
    <message>
      <source>If someone else looks after your website or e-mail, send them this page: this change is best made by your IT person.</source>
      <translation>Si otra persona se ocupa de tu web o de tu correo, envíale esta página: este cambio es mejor que lo haga tu persona de informática.</translation>
    </message>
    <message>
      <source>Add (or change) the TXT record named {name} so that it is exactly: {record}</source>
      <translation>Añade (o cambia) el registro TXT llamado {name} para que sea exactamente: {record}</translation>
    </message>
    <message>
      <source>Where your e-mail goes (MX)</source>
      <translation>Adónde va tu correo (MX)</translation>
    </message>
    <message>
      <source>Hearth could not read your mail servers: {reason}. Try again later.</source>
      <translation>Hearth no pudo leer tus servidores de correo: {reason}. Vuelve a intentarlo más tarde.</translation>
    </message>
    <message>
      <source>Check the internet connection and run the check again.</source>
      <translation>Revisa la conexión a internet y vuelve a hacer la revisión.</translation>
    </message>
    <message>
      <source>{domain} says it receives no e-mail (a 'null MX' record).</source>
      <translation>{domain} dice que no recibe correo (un registro «null MX»).</translation>
    </message>
    <message>
      <source>{domain} has no mail servers (no MX record), so it cannot receive e-mail. If you do use it for e-mail, something is wrong with its DNS.</source>
      <translation>{domain} no tiene servidores de correo (no hay registro MX), así que no puede recibir correo. Si sí lo usas para el correo, algo está mal en su DNS.</translation>
    </message>
    <message>
      <source>If you send or receive e-mail with addresses at {domain}, ask your e-mail provider which MX records to add, or ask your IT person.</source>
      <translation>Si envías o recibes correo con direcciones de {domain}, pregunta a tu proveedor de correo qué registros MX añadir, o pregunta a tu persona de informática.</translation>
    </message>
    <message>
      <source>If you never use {domain} for e-mail, Hearth's SPF and DMARC advice below shows how to stop others from pretending to send from it.</source>
      <translation>Si nunca usas {domain} para el correo, los consejos de Hearth sobre SPF y DMARC que verás abajo te enseñan a impedir que otros finjan enviar correo desde él.</translation>
    </message>
    <message>
      <source>Your e-mail goes to {provider} ({hosts}). The steps below are for {provider}.</source>
      <translation>Tu correo va a {provider} ({hosts}). Los pasos de abajo son para {provider}.</translation>
    </message>
    <message>
      <source>Your e-mail goes to {hosts}. Hearth does not recognise this provider, so the steps below are general: your provider's help pages will have the details.</source>
      <translation>Tu correo va a {hosts}. Hearth no reconoce este proveedor, así que los pasos de abajo son generales: las páginas de ayuda de tu proveedor tendrán los detalles.</translation>
    </message>
    <message>
      <source>SPF: which servers may send your e-mail</source>
      <translation>SPF: qué servidores pueden enviar tu correo</translation>
    </message>
    <message>
      <source>Hearth could not read your SPF record: {reason}. This is not a sign that it is fine; try again later.</source>
      <translation>Hearth no pudo leer tu registro SPF: {reason}. Esto no quiere decir que esté bien; vuelve a intentarlo más tarde.</translation>
    </message>
    <message>
      <source>{domain} has no SPF record, so anyone can send e-mail pretending to be from it.</source>
      <translation>{domain} no tiene registro SPF, así que cualquiera puede enviar correo fingiendo que viene de él.</translation>
    </message>
    <message>
      <source>Only if nobody ever sends e-mail from addresses at {domain}: add this record, which says 'no server may send as this domain'.</source>
      <translation>Solo si nadie envía nunca correo desde direcciones de {domain}: añade este registro, que dice «ningún servidor puede enviar en nombre de este dominio».</translation>
    </message>
    <message>
      <source>If anyone does send e-mail as {domain} (a shop, a newsletter tool, your accountant), do not add it: ask your IT person for a record that lists those senders.</source>
      <translation>Si alguien sí envía correo como {domain} (una tienda, una herramienta de boletines, tu gestor), no lo añadas: pide a tu persona de informática un registro que incluya a esos remitentes.</translation>
    </message>
    <message>
      <source>If other services send e-mail as you (a newsletter tool, an online shop, invoicing software), add each one's include: from their help pages before ~all.</source>
      <translation>Si otros servicios envían correo en tu nombre (una herramienta de boletines, una tienda en línea, un programa de facturas), añade el include: de cada uno, que encontrarás en sus páginas de ayuda, antes de ~all.</translation>
    </message>
    <message>
      <source>Ask your e-mail provider which include: they need: 'mx' is only a starting point.</source>
      <translation>Pregunta a tu proveedor de correo qué include: necesita: «mx» es solo un punto de partida.</translation>
    </message>
    <message>
      <source>{domain} has no SPF record, so anyone can send e-mail pretending to be from it, and many receivers send your real e-mail to spam.</source>
      <translation>{domain} no tiene registro SPF, así que cualquiera puede enviar correo fingiendo que viene de él, y muchos receptores mandan tu correo real a la carpeta de spam.</translation>
    </message>
    <message>
      <source>{domain} has {n} SPF records. Only one is allowed, so receivers treat all of them as broken and your SPF protects nothing.</source>
      <translation>{domain} tiene {n} registros SPF. Solo se permite uno, así que los receptores los tratan todos como rotos y tu SPF no protege nada.</translation>
    </message>
    <message>
      <source>Delete every TXT record at {domain} that starts with v=spf1, then add the single combined record below (it keeps every sender from both).</source>
      <translation>Borra todos los registros TXT de {domain} que empiecen por v=spf1 y luego añade el único registro combinado de abajo (mantiene a todos los remitentes de ambos).</translation>
    </message>
    <message>
      <source>Your SPF has a mistake: {error} Receivers then ignore the whole record.</source>
      <translation>Tu SPF tiene un error: {error} Entonces los receptores ignoran el registro entero.</translation>
    </message>
    <message>
      <source>Your SPF contains {word}, which SPF does not know. Receivers then ignore the whole record.</source>
      <translation>Tu SPF contiene {word}, que SPF no conoce. Entonces los receptores ignoran el registro entero.</translation>
    </message>
    <message>
      <source>Your SPF ends in +all, which lets every server in the world send e-mail as {domain}.</source>
      <translation>Tu SPF termina en +all, lo que deja que cualquier servidor del mundo envíe correo como {domain}.</translation>
    </message>
    <message>
      <source>Your SPF ends in ?all ('no opinion'), so it does not stop anyone sending e-mail as {domain}.</source>
      <translation>Tu SPF termina en ?all («sin opinión»), así que no impide que nadie envíe correo como {domain}.</translation>
    </message>
    <message>
      <source>Your SPF has no 'all' at the end, so servers it does not list are not turned away.</source>
      <translation>Tu SPF no tiene «all» al final, así que los servidores que no aparecen en él no se rechazan.</translation>
    </message>
    <message>
      <source>Your SPF includes go round in a circle (through {domains}), so receivers stop and treat it as broken.</source>
      <translation>Los include de tu SPF dan vueltas en círculo (pasando por {domains}), así que los receptores se detienen y lo tratan como roto.</translation>
    </message>
    <message>
      <source>Remove the include that points back to an earlier one; the other record in the circle is often an old one of your own.</source>
      <translation>Quita el include que apunta de vuelta a uno anterior; el otro registro del círculo suele ser uno antiguo tuyo.</translation>
    </message>
    <message>
      <source>Your SPF includes {target}, but {target} has no usable SPF record, so receivers treat your SPF as broken.</source>
      <translation>Tu SPF incluye {target}, pero {target} no tiene un registro SPF que se pueda usar, así que los receptores tratan tu SPF como roto.</translation>
    </message>
    <message>
      <source>The record below leaves out include:{target}. It authorised nobody, so removing it cannot stop any real e-mail.</source>
      <translation>El registro de abajo deja fuera include:{target}. No autorizaba a nadie, así que quitarlo no puede bloquear ningún correo real.</translation>
    </message>
    <message>
      <source>Checking your SPF needs {n} DNS look-ups; receivers stop at 10 and then treat it as broken, so your real e-mail can fail.</source>
      <translation>Revisar tu SPF necesita {n} búsquedas DNS; los receptores se detienen en 10 y entonces lo tratan como roto, así que tu correo real puede fallar.</translation>
    </message>
    <message>
      <source>Look-ups each part costs: {listing}. Remove the include: of any service you no longer use.</source>
      <translation>Búsquedas que cuesta cada parte: {listing}. Quita el include: de cualquier servicio que ya no uses.</translation>
    </message>
    <message>
      <source>If all of them are still needed, have your IT person move bulk senders (newsletters, marketing) to a subdomain such as news.{domain}, each with its own SPF.</source>
      <translation>Si todos siguen haciendo falta, pide a tu persona de informática que pase los envíos masivos (boletines, publicidad) a un subdominio como news.{domain}, cada uno con su propio SPF.</translation>
    </message>
    <message>
      <source>Hearth could not read part of your SPF ({targets}), so it cannot tell whether it stays within the 10 look-ups receivers allow. Try again later.</source>
      <translation>Hearth no pudo leer parte de tu SPF ({targets}), así que no puede saber si se queda dentro de las 10 búsquedas que permiten los receptores. Vuelve a intentarlo más tarde.</translation>
    </message>
    <message>
      <source>Your SPF does not list {provider} (include:{include}), where your e-mail goes, so e-mail you send through {provider} may fail SPF.</source>
      <translation>Tu SPF no incluye {provider} (include:{include}), adonde va tu correo, así que el correo que envías a través de {provider} puede fallar en SPF.</translation>
    </message>
    <message>
      <source>Your SPF ends in ~all ('soft fail'): receivers may still accept fakes. That is the right start; move to -all once your DMARC reports are clean.</source>
      <translation>Tu SPF termina en ~all («fallo suave»): los receptores todavía pueden aceptar correos falsos. Es el comienzo correcto; cambia a -all cuando tus informes DMARC estén limpios.</translation>
    </message>
    <message>
      <source>Read your DMARC reports for a few weeks first (see DMARC below).</source>
      <translation>Primero lee tus informes DMARC durante unas semanas (mira DMARC más abajo).</translation>
    </message>
    <message>
      <source>When they show that all your real e-mail passes SPF, change ~all to -all:</source>
      <translation>Cuando muestren que todo tu correo real pasa SPF, cambia ~all por -all:</translation>
    </message>
    <message>
      <source>Do not do this before the reports are clean: -all tells receivers to refuse e-mail from any server not listed.</source>
      <translation>No lo hagas antes de que los informes estén limpios: -all dice a los receptores que rechacen el correo de cualquier servidor que no aparezca en la lista.</translation>
    </message>
    <message>
      <source>It ends in -all: servers it does not list are refused.</source>
      <translation>Termina en -all: los servidores que no aparecen en él se rechazan.</translation>
    </message>
    <message>
      <source>It ends in ~all and your DMARC policy turns fakes away.</source>
      <translation>Termina en ~all y tu política DMARC rechaza los correos falsos.</translation>
    </message>
    <message>
      <source>{domain} has one SPF record that receivers can read, within the 10 look-ups they allow ({n} used).</source>
      <translation>{domain} tiene un registro SPF que los receptores pueden leer, dentro de las 10 búsquedas que permiten ({n} usadas).</translation>
    </message>
    <message>
      <source>The record keeps every sender your current record lists and ends in ~all, so no real e-mail is refused while you fix things.</source>
      <translation>El registro mantiene a todos los remitentes que incluye tu registro actual y termina en ~all, así que no se rechaza ningún correo real mientras arreglas las cosas.</translation>
    </message>
    <message>
      <source>Read the reports that arrive for a few weeks: check that every service that sends e-mail as {domain} (your provider, newsletter tool, invoicing software) passes.</source>
      <translation>Lee los informes que lleguen durante unas semanas: comprueba que pasa cada servicio que envía correo como {domain} (tu proveedor, tu herramienta de boletines, tu programa de facturas).</translation>
    </message>
    <message>
      <source>On {date}, if the reports show only your own services, change the record to: {record}</source>
      <translation>El {date}, si los informes solo muestran tus propios servicios, cambia el registro a: {record}</translation>
    </message>
    <message>
      <source>On {date}, if the reports are still clean, change it to: {record}</source>
      <translation>El {date}, si los informes siguen limpios, cámbialo a: {record}</translation>
    </message>
    <message>
      <source>If a real service fails in the reports, fix its SPF or DKIM first and wait: do not move on until it passes.</source>
      <translation>Si un servicio real falla en los informes, arregla primero su SPF o DKIM y espera: no sigas hasta que pase.</translation>
    </message>
    <message>
      <source>DMARC: what receivers do with fakes</source>
      <translation>DMARC: qué hacen los receptores con los correos falsos</translation>
    </message>
    <message>
      <source>Hearth could not read your DMARC record: {reason}. This is not a sign that it is fine; try again later.</source>
      <translation>Hearth no pudo leer tu registro DMARC: {reason}. Esto no quiere decir que esté bien; vuelve a intentarlo más tarde.</translation>
    </message>
    <message>
      <source>Make a mailbox or alias called dmarc-reports@{domain} to receive the reports (or use a DMARC report service and its address instead).</source>
      <translation>Crea un buzón o un alias llamado dmarc-reports@{domain} para recibir los informes (o usa un servicio de informes DMARC y su dirección).</translation>
    </message>
    <message>
      <source>p=none only asks for reports: it changes nothing for your e-mail, so it is the safe first step.</source>
      <translation>p=none solo pide informes: no cambia nada para tu correo, así que es el primer paso sin riesgo.</translation>
    </message>
    <message>
      <source>{domain} has no DMARC record, so receivers have no instructions about e-mail that pretends to be from you, and nobody tells you when it happens.</source>
      <translation>{domain} no tiene registro DMARC, así que los receptores no tienen instrucciones sobre el correo que finge venir de ti, y nadie te avisa cuando pasa.</translation>
    </message>
    <message>
      <source>{where} has {n} DMARC records. Only one is allowed, so receivers ignore them all.</source>
      <translation>{where} tiene {n} registros DMARC. Solo se permite uno, así que los receptores los ignoran todos.</translation>
    </message>
    <message>
      <source>Delete every TXT record at {where} that starts with v=DMARC1, then add just one:</source>
      <translation>Borra todos los registros TXT de {where} que empiecen por v=DMARC1 y luego añade solo uno:</translation>
    </message>
    <message>
      <source>Your DMARC record has a mistake: {error}</source>
      <translation>Tu registro DMARC tiene un error: {error}</translation>
    </message>
    <message>
      <source>Your DMARC record asks for no reports (no rua=), so nobody learns when someone fakes your e-mail, or when your real e-mail fails.</source>
      <translation>Tu registro DMARC no pide informes (no hay rua=), así que nadie se entera cuando alguien falsifica tu correo, ni cuando tu correo real falla.</translation>
    </message>
    <message>
      <source>Your DMARC policy is p=none: it only asks for reports. It protects nobody yet: fake e-mail in your name is still delivered.</source>
      <translation>Tu política DMARC es p=none: solo pide informes. Todavía no protege a nadie: el correo falso en tu nombre se sigue entregando.</translation>
    </message>
    <message>
      <source>Your DMARC policy applies to only {pct}% of failing e-mail (pct={pct}); the rest is delivered.</source>
      <translation>Tu política DMARC se aplica solo al {pct}% del correo que falla (pct={pct}); el resto se entrega.</translation>
    </message>
    <message>
      <source>Your subdomain policy (sp={sp}) is weaker than the main one (p={p}), so fakes from made-up addresses like billing.{domain} get through.</source>
      <translation>Tu política para subdominios (sp={sp}) es más débil que la principal (p={p}), así que pasan los correos falsos desde direcciones inventadas como billing.{domain}.</translation>
    </message>
    <message>
      <source>{domain} has no DMARC record of its own; it follows {org}'s record.</source>
      <translation>{domain} no tiene registro DMARC propio; sigue el registro de {org}.</translation>
    </message>
    <message>
      <source>Your DMARC policy is p={p}: receivers turn away or set aside e-mail that fakes your domain, and reports go to {rua}.</source>
      <translation>Tu política DMARC es p={p}: los receptores rechazan o apartan el correo que falsifica tu dominio, y los informes van a {rua}.</translation>
    </message>
    <message>
      <source>When the reports stay clean, the last step is p=reject.</source>
      <translation>Cuando los informes sigan limpios, el último paso es p=reject.</translation>
    </message>
    <message>
      <source>DKIM: a signature on every e-mail you send</source>
      <translation>DKIM: una firma en cada correo que envías</translation>
    </message>
    <message>
      <source>Hearth found a DKIM key ({names}), but it is short (1024 bits or less): newer keys are 2048 bits and much harder to fake.</source>
      <translation>Hearth encontró una clave DKIM ({names}), pero es corta (1024 bits o menos): las claves nuevas son de 2048 bits y mucho más difíciles de falsificar.</translation>
    </message>
    <message>
      <source>Make a new 2048-bit key, publish it under a new name, switch signing to it, then remove the old one a week later.</source>
      <translation>Crea una clave nueva de 2048 bits, publícala con un nombre nuevo, cambia la firma para que la use y quita la antigua una semana después.</translation>
    </message>
    <message>
      <source>Hearth found a DKIM key for {domain} ({names}), so receivers can check your signature.</source>
      <translation>Hearth encontró una clave DKIM para {domain} ({names}), así que los receptores pueden comprobar tu firma.</translation>
    </message>
    <message>
      <source>The DKIM key Hearth found ({names}) is empty (switched off), so e-mail is not signed with it.</source>
      <translation>La clave DKIM que encontró Hearth ({names}) está vacía (desactivada), así que el correo no se firma con ella.</translation>
    </message>
    <message>
      <source>Hearth could not look up DKIM keys: {reason}. Try again later.</source>
      <translation>Hearth no pudo buscar las claves DKIM: {reason}. Vuelve a intentarlo más tarde.</translation>
    </message>
    <message>
      <source>Microsoft 365 always uses the names selector1 and selector2 for DKIM, and neither exists for {domain}: DKIM signing for your own domain looks switched off.</source>
      <translation>Microsoft 365 siempre usa los nombres selector1 y selector2 para DKIM, y ninguno existe para {domain}: parece que la firma DKIM de tu propio dominio está desactivada.</translation>
    </message>
    <message>
      <source>Hearth can't tell. A DKIM key sits under a name only your provider knows; Hearth tried the usual ones ({tried}) and found none. That does not mean DKIM is off.</source>
      <translation>Hearth no lo puede saber. Una clave DKIM está guardada con un nombre que solo conoce tu proveedor; Hearth probó los habituales ({tried}) y no encontró ninguno. Eso no significa que DKIM esté desactivado.</translation>
    </message>
    <message>
      <source>Check in your e-mail provider's admin pages that DKIM signing is on for {domain}.</source>
      <translation>Comprueba en las páginas de administración de tu proveedor de correo que la firma DKIM está activada para {domain}.</translation>
    </message>
    <message>
      <source>MTA-STS and TLS reports: e-mail sent to you stays encrypted</source>
      <translation>MTA-STS e informes TLS: el correo que te envían sigue cifrado</translation>
    </message>
    <message>
      <source>Hearth could not read these records: {reason}.</source>
      <translation>Hearth no pudo leer estos registros: {reason}.</translation>
    </message>
    <message>
      <source>{domain} publishes MTA-STS and TLS reporting records. (Hearth looked only at the DNS records, not the policy file on your web server.)</source>
      <translation>{domain} publica registros de MTA-STS y de informes TLS. (Hearth solo miró los registros DNS, no el archivo de política de tu servidor web).</translation>
    </message>
    <message>
      <source>{domain} receives no e-mail, so these records are not needed.</source>
      <translation>{domain} no recibe correo, así que estos registros no hacen falta.</translation>
    </message>
    <message>
      <source>This is advice, not an alarm: these records protect e-mail sent to you from being read or redirected on the way. Most small businesses can do it in a quiet week.</source>
      <translation>Esto es un consejo, no una alarma: estos registros evitan que el correo que te envían se lea o se desvíe por el camino. La mayoría de las pequeñas empresas pueden hacerlo en una semana tranquila.</translation>
    </message>
    <message>
      <source>Start with TLS reports, which change nothing for your e-mail:</source>
      <translation>Empieza por los informes TLS, que no cambian nada para tu correo:</translation>
    </message>
    <message>
      <source>Make a mailbox or alias called tls-reports@{domain} to receive them.</source>
      <translation>Crea un buzón o un alias llamado tls-reports@{domain} para recibirlos.</translation>
    </message>
    <message>
      <source>For MTA-STS, your IT person publishes a small text file at https://mta-sts.{domain}/.well-known/mta-sts.txt with these lines: {policy}</source>
      <translation>Para MTA-STS, tu persona de informática publica un pequeño archivo de texto en https://mta-sts.{domain}/.well-known/mta-sts.txt con estas líneas: {policy}</translation>
    </message>
    <message>
      <source>Then add the TXT record named {name} with: {record}</source>
      <translation>Luego añade el registro TXT llamado {name} con: {record}</translation>
    </message>
    <message>
      <source>Keep mode: testing until the TLS reports are clean, then change it to mode: enforce.</source>
      <translation>Deja mode: testing hasta que los informes TLS estén limpios y luego cámbialo a mode: enforce.</translation>
    </message>
    <message>
      <source>{domain} does not publish {missing}. Without it, e-mail sent to you can be quietly made to travel unencrypted.</source>
      <translation>{domain} no publica {missing}. Sin eso, el correo que te envían se puede hacer viajar sin cifrar sin que nadie lo note.</translation>
    </message>
    <message>
      <source>Run Hearth's e-mail domain check again after the change.</source>
      <translation>Vuelve a hacer la revisión del dominio de correo de Hearth después del cambio.</translation>
    </message>
    <message>
      <source>E-mail domain {domain}: {item}</source>
      <translation>Dominio de correo {domain}: {item}</translation>
    </message>
    <message>
      <source>status: {status}</source>
      <translation>estado: {status}</translation>
    </message>
  </context>
  <context>
    <name>checks/network.py</name>
    <message>
      <source>needs administrator rights</source>
      <translation>hacen falta permisos de administrador</translation>
    </message>
    <message>
      <source>Wi-Fi location permission is off</source>
      <translation>el permiso de ubicación para el Wi-Fi está desactivado</translation>
    </message>
    <message>
      <source>not on this system</source>
      <translation>no está disponible en este sistema</translation>
    </message>
    <message>
      <source>the tool needed for this is not installed</source>
      <translation>la herramienta necesaria no está instalada</translation>
    </message>
    <message>
      <source>the check took too long</source>
      <translation>la comprobación tardó demasiado</translation>
    </message>
    <message>
      <source>the check did not work</source>
      <translation>la comprobación no funcionó</translation>
    </message>
    <message>
      <source>the answer could not be read</source>
      <translation>no se pudo leer la respuesta</translation>
    </message>
    <message>
      <source>no router was found: this computer has no default route</source>
      <translation>no se encontró ningún router: este equipo no tiene ruta predeterminada</translation>
    </message>
    <message>
      <source>this network uses only IPv6, which this check does not cover yet</source>
      <translation>esta red usa solo IPv6, y esta comprobación todavía no lo cubre</translation>
    </message>
    <message>
      <source>you did not allow the internet tests</source>
      <translation>no permitiste las pruebas por internet</translation>
    </message>
    <message>
      <source>the check was stopped</source>
      <translation>la comprobación se detuvo</translation>
    </message>
    <message>
      <source>this computer is not on Wi-Fi right now</source>
      <translation>este equipo no está conectado al Wi-Fi ahora mismo</translation>
    </message>
    <message>
      <source>Hearth is set to work offline</source>
      <translation>Hearth está configurado para trabajar sin conexión</translation>
    </message>
    <message>
      <source>Couldn't check: {reason} ({detail}).</source>
      <translation>No se pudo comprobar: {reason} ({detail}).</translation>
    </message>
    <message>
      <source>Couldn't check: {reason}.</source>
      <translation>No se pudo comprobar: {reason}.</translation>
    </message>
    <message>
      <source>To check it yourself, open your router's settings page (its address is usually on a sticker on the router) and look under Wireless or Wi-Fi security.</source>
      <translation>Para comprobarlo tú mismo, abre la página de configuración del router (su dirección suele estar en una etiqueta pegada al router) y busca en Wireless (inalámbrico) o en la seguridad del Wi-Fi.</translation>
    </message>
    <message>
      <source>It should say WPA2 or WPA3. If it says WEP, WPA (without a number after it) or Open/None, change it to WPA2 or WPA3 and choose a long Wi-Fi password.</source>
      <translation>Debería decir WPA2 o WPA3. Si dice WEP, WPA (sin un número detrás) u Open/None (abierta o ninguna), cámbialo a WPA2 o WPA3 y elige una contraseña de Wi-Fi larga.</translation>
    </message>
    <message>
      <source>Open http://routerlogin.net (or the Nighthawk app) and sign in.</source>
      <translation>Abre http://routerlogin.net (o la app Nighthawk) e inicia sesión.</translation>
    </message>
    <message>
      <source>Go to Advanced &gt; Advanced Setup &gt; UPnP, untick 'Turn UPnP On' and click Apply.</source>
      <translation>Ve a Advanced &gt; Advanced Setup &gt; UPnP, desmarca 'Turn UPnP On' y haz clic en Apply.</translation>
    </message>
    <message>
      <source>Go to Advanced &gt; Administration &gt; Firmware Update (or Router Update) and click Check.</source>
      <translation>Ve a Advanced &gt; Administration &gt; Firmware Update (o Router Update) y haz clic en Check.</translation>
    </message>
    <message>
      <source>Go to Wireless (Basic &gt; Wireless) and under Security Options choose WPA2-PSK [AES] or WPA3-Personal.</source>
      <translation>Ve a Wireless (Basic &gt; Wireless) y en Security Options elige WPA2-PSK [AES] o WPA3-Personal.</translation>
    </message>
    <message>
      <source>Open http://tplinkwifi.net (or the Tether / Deco app) and sign in.</source>
      <translation>Abre http://tplinkwifi.net (o la app Tether / Deco) e inicia sesión.</translation>
    </message>
    <message>
      <source>Go to Advanced &gt; NAT Forwarding &gt; UPnP and switch it off.</source>
      <translation>Ve a Advanced &gt; NAT Forwarding &gt; UPnP y desactívalo.</translation>
    </message>
    <message>
      <source>Go to Advanced &gt; System &gt; Firmware Update and click Check for Upgrade.</source>
      <translation>Ve a Advanced &gt; System &gt; Firmware Update y haz clic en Check for Upgrade.</translation>
    </message>
    <message>
      <source>Go to Wireless (Advanced &gt; Wireless &gt; Wireless Settings) and set Security to WPA2-PSK (AES) or WPA3.</source>
      <translation>Ve a Wireless (Advanced &gt; Wireless &gt; Wireless Settings) y pon Security en WPA2-PSK (AES) o WPA3.</translation>
    </message>
    <message>
      <source>Open http://fritz.box and sign in.</source>
      <translation>Abre http://fritz.box e inicia sesión.</translation>
    </message>
    <message>
      <source>Go to Internet &gt; Permit Access &gt; Port Sharing (older: Home Network &gt; Network &gt; Network Settings) and untick 'Permit independent port sharing for this device' for each device.</source>
      <translation>Ve a Internet &gt; Permit Access &gt; Port Sharing (en versiones antiguas: Home Network &gt; Network &gt; Network Settings) y desmarca 'Permit independent port sharing for this device' en cada dispositivo.</translation>
    </message>
    <message>
      <source>Go to System &gt; Update and switch on automatic updates ('Install new FRITZ!OS automatically').</source>
      <translation>Ve a System &gt; Update y activa las actualizaciones automáticas ('Install new FRITZ!OS automatically').</translation>
    </message>
    <message>
      <source>Go to Wi-Fi &gt; Security &gt; Encryption and choose 'WPA2 + WPA3' or 'WPA2 (CCMP)'.</source>
      <translation>Ve a Wi-Fi &gt; Security &gt; Encryption y elige 'WPA2 + WPA3' o 'WPA2 (CCMP)'.</translation>
    </message>
    <message>
      <source>Open http://router.asus.com (or the ASUS Router app) and sign in.</source>
      <translation>Abre http://router.asus.com (o la app ASUS Router) e inicia sesión.</translation>
    </message>
    <message>
      <source>Go to WAN &gt; Internet Connection, set 'Enable UPnP' to No and click Apply.</source>
      <translation>Ve a WAN &gt; Internet Connection, pon 'Enable UPnP' en No y haz clic en Apply.</translation>
    </message>
    <message>
      <source>Go to Administration &gt; Firmware Upgrade and click Check; switch on automatic security updates.</source>
      <translation>Ve a Administration &gt; Firmware Upgrade y haz clic en Check; activa las actualizaciones de seguridad automáticas.</translation>
    </message>
    <message>
      <source>Go to Wireless &gt; General and set Authentication Method to WPA2-Personal or WPA3-Personal.</source>
      <translation>Ve a Wireless &gt; General y pon Authentication Method en WPA2-Personal o WPA3-Personal.</translation>
    </message>
    <message>
      <source>Open http://myrouter.local (or the Linksys app) and sign in.</source>
      <translation>Abre http://myrouter.local (o la app de Linksys) e inicia sesión.</translation>
    </message>
    <message>
      <source>Go to Connectivity &gt; Administration and untick UPnP.</source>
      <translation>Ve a Connectivity &gt; Administration y desmarca UPnP.</translation>
    </message>
    <message>
      <source>Go to Connectivity &gt; Basic &gt; Firmware Update and tick 'Automatic'.</source>
      <translation>Ve a Connectivity &gt; Basic &gt; Firmware Update y marca 'Automatic'.</translation>
    </message>
    <message>
      <source>Go to Wi-Fi Settings &gt; Wireless and set Security Mode to WPA2/WPA3 Mixed Personal.</source>
      <translation>Ve a Wi-Fi Settings &gt; Wireless y pon Security Mode en WPA2/WPA3 Mixed Personal.</translation>
    </message>
    <message>
      <source>Open http://dlinkrouter.local (or the router's address) and sign in.</source>
      <translation>Abre http://dlinkrouter.local (o la dirección del router) e inicia sesión.</translation>
    </message>
    <message>
      <source>Go to Features &gt; Advanced Network (older: Advanced &gt; Advanced Network) and untick 'Enable UPnP'.</source>
      <translation>Ve a Features &gt; Advanced Network (en versiones antiguas: Advanced &gt; Advanced Network) y desmarca 'Enable UPnP'.</translation>
    </message>
    <message>
      <source>Go to Management &gt; Upgrade and click Check for New Firmware.</source>
      <translation>Ve a Management &gt; Upgrade y haz clic en Check for New Firmware.</translation>
    </message>
    <message>
      <source>Go to Settings &gt; Wireless and set Security Mode to WPA2 or WPA3.</source>
      <translation>Ve a Settings &gt; Wireless y pon Security Mode en WPA2 o WPA3.</translation>
    </message>
    <message>
      <source>Open the UniFi Network app or https://unifi.ui.com and pick this site.</source>
      <translation>Abre la app UniFi Network o https://unifi.ui.com y elige este sitio.</translation>
    </message>
    <message>
      <source>Go to Settings &gt; Internet &gt; WAN (or Settings &gt; Routing) and switch UPnP off.</source>
      <translation>Ve a Settings &gt; Internet &gt; WAN (o Settings &gt; Routing) y desactiva UPnP.</translation>
    </message>
    <message>
      <source>Go to Settings &gt; Control Plane &gt; Updates and switch on automatic updates.</source>
      <translation>Ve a Settings &gt; Control Plane &gt; Updates y activa las actualizaciones automáticas.</translation>
    </message>
    <message>
      <source>Go to Settings &gt; WiFi, pick the network and set Security Protocol to WPA2/WPA3.</source>
      <translation>Ve a Settings &gt; WiFi, elige la red y pon Security Protocol en WPA2/WPA3.</translation>
    </message>
    <message>
      <source>Open the eero app on your phone.</source>
      <translation>Abre la app eero en tu teléfono.</translation>
    </message>
    <message>
      <source>Go to Settings &gt; Network Settings &gt; UPnP and switch it off.</source>
      <translation>Ve a Settings &gt; Network Settings &gt; UPnP y desactívalo.</translation>
    </message>
    <message>
      <source>eero updates itself; check Settings &gt; Software Updates shows a recent date.</source>
      <translation>eero se actualiza solo; comprueba que Settings &gt; Software Updates muestra una fecha reciente.</translation>
    </message>
    <message>
      <source>Go to Settings &gt; Network Settings &gt; WPA3 and switch it on.</source>
      <translation>Ve a Settings &gt; Network Settings &gt; WPA3 y actívalo.</translation>
    </message>
    <message>
      <source>Open the Google Home app on your phone.</source>
      <translation>Abre la app Google Home en tu teléfono.</translation>
    </message>
    <message>
      <source>Go to Wi-Fi &gt; Settings &gt; Advanced networking &gt; UPnP and switch it off.</source>
      <translation>Ve a Wi-Fi &gt; Settings &gt; Advanced networking &gt; UPnP y desactívalo.</translation>
    </message>
    <message>
      <source>Nest Wifi updates itself automatically.</source>
      <translation>Nest Wifi se actualiza solo, automáticamente.</translation>
    </message>
    <message>
      <source>Go to Wi-Fi &gt; Settings &gt; Advanced networking &gt; WPA3 and switch it on.</source>
      <translation>Ve a Wi-Fi &gt; Settings &gt; Advanced networking &gt; WPA3 y actívalo.</translation>
    </message>
    <message>
      <source>Open http://192.168.3.1 or http://192.168.8.1 (or the AI Life app) and sign in.</source>
      <translation>Abre http://192.168.3.1 o http://192.168.8.1 (o la app AI Life) e inicia sesión.</translation>
    </message>
    <message>
      <source>Go to More Functions &gt; Network Settings &gt; UPnP and switch it off.</source>
      <translation>Ve a More Functions &gt; Network Settings &gt; UPnP y desactívalo.</translation>
    </message>
    <message>
      <source>Go to More Functions &gt; System Settings &gt; Update and switch on automatic updates.</source>
      <translation>Ve a More Functions &gt; System Settings &gt; Update y activa las actualizaciones automáticas.</translation>
    </message>
    <message>
      <source>Go to My Wi-Fi &gt; Security and choose WPA2-PSK or WPA3.</source>
      <translation>Ve a My Wi-Fi &gt; Security y elige WPA2-PSK o WPA3.</translation>
    </message>
    <message>
      <source>Type the router's address into your web browser (it is printed on a sticker on the router) and sign in with the admin password from that sticker or your provider's letter.</source>
      <translation>Escribe la dirección del router en tu navegador (viene impresa en una etiqueta pegada al router) e inicia sesión con la contraseña de administrador de esa etiqueta o de la carta de tu proveedor.</translation>
    </message>
    <message>
      <source>Look for 'UPnP' (often under Advanced, NAT or Network) and switch it off.</source>
      <translation>Busca 'UPnP' (a menudo en Avanzado, NAT o Red) y desactívalo.</translation>
    </message>
    <message>
      <source>Look for 'Firmware update' (often under Administration or System) and switch on automatic updates.</source>
      <translation>Busca 'Actualización de firmware' (a menudo en Administración o Sistema) y activa las actualizaciones automáticas.</translation>
    </message>
    <message>
      <source>Look for Wireless or Wi-Fi &gt; Security and choose WPA2-Personal (AES) or WPA3.</source>
      <translation>Busca Inalámbrico o Wi-Fi &gt; Seguridad y elige WPA2-Personal (AES) o WPA3.</translation>
    </message>
    <message>
      <source>no password protection (open)</source>
      <translation>ninguna protección con contraseña (red abierta)</translation>
    </message>
    <message>
      <source>WEP, which can be broken in minutes</source>
      <translation>WEP, que se puede romper en minutos</translation>
    </message>
    <message>
      <source>the old WPA (TKIP) protection</source>
      <translation>la antigua protección WPA (TKIP)</translation>
    </message>
    <message>
      <source>WPA2 mixed with the old TKIP protection</source>
      <translation>WPA2 mezclado con la antigua protección TKIP</translation>
    </message>
    <message>
      <source>WPA Enterprise (a company-style login)</source>
      <translation>WPA Enterprise (un inicio de sesión como el de una empresa)</translation>
    </message>
    <message>
      <source>Your router</source>
      <translation>Tu router</translation>
    </message>
    <message>
      <source>Check that this computer is connected to your home network, then run the check again.</source>
      <translation>Comprueba que este equipo está conectado a la red de tu casa y vuelve a hacer la comprobación.</translation>
    </message>
    <message>
      <source>This computer's way to the internet ({ip}) is not a usual home-router address. That happens when a VPN is on, or when the computer is plugged straight into the provider's modem with no router in between.</source>
      <translation>La salida a internet de este equipo ({ip}) no es una dirección normal de router doméstico. Eso pasa cuando hay una VPN activada, o cuando el equipo está conectado directamente al módem del proveedor, sin un router en medio.</translation>
    </message>
    <message>
      <source>If you use a VPN, this is expected: you can ignore it.</source>
      <translation>Si usas una VPN, es lo esperado: puedes ignorarlo.</translation>
    </message>
    <message>
      <source>If not, ask your provider whether you have a router with a firewall between your computers and the internet.</source>
      <translation>Si no, pregunta a tu proveedor si tienes un router con cortafuegos entre tus equipos e internet.</translation>
    </message>
    <message>
      <source>gateway {ip}</source>
      <translation>puerta de enlace {ip}</translation>
    </message>
    <message>
      <source>Your router's address is {ip} (set by hand for testing).</source>
      <translation>La dirección de tu router es {ip} (puesta a mano para pruebas).</translation>
    </message>
    <message>
      <source>Your router's address is {ip}.</source>
      <translation>La dirección de tu router es {ip}.</translation>
    </message>
    <message>
      <source>Couldn't tell who made your router: its network address is a private, made-up one (common on mesh systems and some provider boxes). The steps below are general ones.</source>
      <translation>No se pudo saber quién fabricó tu router: su dirección de red es privada e inventada (algo común en sistemas mesh y en algunos aparatos de los proveedores). Los pasos de abajo son generales.</translation>
    </message>
    <message>
      <source>Couldn't tell who made your router: its maker is not in the offline list. The steps below are general ones.</source>
      <translation>No se pudo saber quién fabricó tu router: su fabricante no está en la lista sin conexión. Los pasos de abajo son generales.</translation>
    </message>
    <message>
      <source>Couldn't tell who made your router: {why} ({more}). The steps below are general ones.</source>
      <translation>No se pudo saber quién fabricó tu router: {why} ({more}). Los pasos de abajo son generales.</translation>
    </message>
    <message>
      <source>Couldn't tell who made your router: {why}. The steps below are general ones.</source>
      <translation>No se pudo saber quién fabricó tu router: {why}. Los pasos de abajo son generales.</translation>
    </message>
    <message>
      <source>Router maker</source>
      <translation>Fabricante del router</translation>
    </message>
    <message>
      <source>Look at the sticker on the router: it shows the maker, the model and the address of its settings page.</source>
      <translation>Mira la etiqueta pegada al router: muestra el fabricante, el modelo y la dirección de su página de configuración.</translation>
    </message>
    <message>
      <source>Your router seems to be made by {name} ({raw}). The steps Hearth shows are for this maker.</source>
      <translation>Parece que tu router es de {name} ({raw}). Los pasos que muestra Hearth son para este fabricante.</translation>
    </message>
    <message>
      <source>Your router seems to be made by {name}. The steps Hearth shows are for this maker.</source>
      <translation>Parece que tu router es de {name}. Los pasos que muestra Hearth son para este fabricante.</translation>
    </message>
    <message>
      <source>Routers like this are often provided by an internet provider, who may manage its settings.</source>
      <translation>Los routers como este suelen darlos los proveedores de internet, que pueden controlar su configuración.</translation>
    </message>
    <message>
      <source>Have you ever changed the router's admin password? If not, change it now to a long one you keep in your password manager (this is not your Wi-Fi password).</source>
      <translation>¿Has cambiado alguna vez la contraseña de administrador del router? Si no, cámbiala ahora por una larga que guardes en tu gestor de contraseñas (no es la contraseña del Wi-Fi).</translation>
    </message>
    <message>
      <source>model {model}</source>
      <translation>modelo {model}</translation>
    </message>
    <message>
      <source>Router settings page</source>
      <translation>Página de configuración del router</translation>
    </message>
    <message>
      <source>http://{ip}/ answered {code} ({server})</source>
      <translation>http://{ip}/ respondió {code} ({server})</translation>
    </message>
    <message>
      <source>http://{ip}/ answered {code}</source>
      <translation>http://{ip}/ respondió {code}</translation>
    </message>
    <message>
      <source>https://{ip}/ answered</source>
      <translation>https://{ip}/ respondió</translation>
    </message>
    <message>
      <source>https://{ip}/ did not answer</source>
      <translation>https://{ip}/ no respondió</translation>
    </message>
    <message>
      <source>The router's settings page did not answer from this computer (it may use an app, or another address).</source>
      <translation>La página de configuración del router no respondió desde este equipo (puede que use una app u otra dirección).</translation>
    </message>
    <message>
      <source>The router's settings page sends you to its encrypted (https) version, so the admin password is not sent in plain text.</source>
      <translation>La página de configuración del router te lleva a su versión cifrada (https), así que la contraseña de administrador no se envía sin cifrar.</translation>
    </message>
    <message>
      <source>The router's settings page asks for its password over plain http with no encrypted option. Someone on your Wi-Fi could read the password as you type it in.</source>
      <translation>La página de configuración del router pide su contraseña por http sin cifrar y no tiene opción cifrada. Alguien conectado a tu Wi-Fi podría leer la contraseña mientras la escribes.</translation>
    </message>
    <message>
      <source>Change the router's settings only from home, on a computer connected to it.</source>
      <translation>Cambia la configuración del router solo desde casa, en un equipo conectado a él.</translation>
    </message>
    <message>
      <source>If there is an 'HTTPS' or 'secure management' option, switch it on.</source>
      <translation>Si hay una opción 'HTTPS' o 'administración segura', actívala.</translation>
    </message>
    <message>
      <source>Make sure 'remote management' (access from the internet) is off.</source>
      <translation>Asegúrate de que la 'administración remota' (el acceso desde internet) está desactivada.</translation>
    </message>
    <message>
      <source>The router's settings page also works over plain http, which sends the admin password unencrypted. It has an encrypted (https) version too.</source>
      <translation>La página de configuración del router también funciona por http sin cifrar, que envía la contraseña de administrador sin cifrar. También tiene una versión cifrada (https).</translation>
    </message>
    <message>
      <source>Open the settings page as https://{ip}/ instead of http:// (a warning about the certificate is normal for routers).</source>
      <translation>Abre la página de configuración como https://{ip}/ en lugar de http:// (en los routers es normal ver un aviso sobre el certificado).</translation>
    </message>
    <message>
      <source>If the router has an option to redirect http to https or to turn off http management, switch it on.</source>
      <translation>Si el router tiene una opción para redirigir http a https o para desactivar la administración por http, actívala.</translation>
    </message>
    <message>
      <source>The router's settings page answers, and no password form was seen over plain http.</source>
      <translation>La página de configuración del router responde, y no se vio ningún formulario de contraseña por http sin cifrar.</translation>
    </message>
    <message>
      <source>Router's open doors (ports)</source>
      <translation>Puertas abiertas del router (puertos)</translation>
    </message>
    <message>
      <source>open: {listed}</source>
      <translation>abiertos: {listed}</translation>
    </message>
    <message>
      <source>open: none</source>
      <translation>abiertos: ninguno</translation>
    </message>
    <message>
      <source>no answer: {silent}</source>
      <translation>sin respuesta: {silent}</translation>
    </message>
    <message>
      <source>Old 'Telnet' login on the router</source>
      <translation>Acceso antiguo por 'Telnet' al router</translation>
    </message>
    <message>
      <source>Your router still accepts the old unencrypted 'Telnet' login. Viruses that take over routers (like Mirai) try factory passwords on exactly this door.</source>
      <translation>Tu router todavía acepta el antiguo acceso 'Telnet', que no está cifrado. Los virus que se apoderan de routers (como Mirai) prueban las contraseñas de fábrica justo por esta puerta.</translation>
    </message>
    <message>
      <source>Look for 'Telnet' (often under Administration, Remote management or Advanced) and switch it off.</source>
      <translation>Busca 'Telnet' (a menudo en Administración, Administración remota o Avanzado) y desactívalo.</translation>
    </message>
    <message>
      <source>If you cannot find it, ask your provider to turn Telnet off.</source>
      <translation>Si no lo encuentras, pide a tu proveedor que desactive Telnet.</translation>
    </message>
    <message>
      <source>Change the router's admin password if it is still the one printed on the sticker.</source>
      <translation>Cambia la contraseña de administrador del router si todavía es la que viene impresa en la etiqueta.</translation>
    </message>
    <message>
      <source>port 23 open</source>
      <translation>puerto 23 abierto</translation>
    </message>
    <message>
      <source>The router does not accept Telnet logins.</source>
      <translation>El router no acepta accesos por Telnet.</translation>
    </message>
    <message>
      <source>port 23 closed</source>
      <translation>puerto 23 cerrado</translation>
    </message>
    <message>
      <source>a remote command login (SSH, port 22)</source>
      <translation>un acceso remoto por comandos (SSH, puerto 22)</translation>
    </message>
    <message>
      <source>the provider's remote-management door (TR-069, port 7547)</source>
      <translation>la puerta de administración remota del proveedor (TR-069, puerto 7547)</translation>
    </message>
    <message>
      <source>Your router accepts {first} and {second} from inside your home. That is normal on some provider boxes, but it is one more way in if the router's password is weak or its software is old.</source>
      <translation>Tu router acepta {first} y {second} desde dentro de tu casa. Es normal en algunos aparatos de los proveedores, pero es una entrada más si la contraseña del router es débil o su software es antiguo.</translation>
    </message>
    <message>
      <source>Your router accepts {door} from inside your home. That is normal on some provider boxes, but it is one more way in if the router's password is weak or its software is old.</source>
      <translation>Tu router acepta {door} desde dentro de tu casa. Es normal en algunos aparatos de los proveedores, pero es una entrada más si la contraseña del router es débil o su software es antiguo.</translation>
    </message>
    <message>
      <source>Make sure the router's admin password is not the factory one.</source>
      <translation>Asegúrate de que la contraseña de administrador del router no es la de fábrica.</translation>
    </message>
    <message>
      <source>If you don't use SSH on the router, switch it off in its settings; ask your provider about TR-069.</source>
      <translation>Si no usas SSH en el router, desactívalo en su configuración; pregunta a tu proveedor por TR-069.</translation>
    </message>
    <message>
      <source>Only the usual doors are open on your router ({listed}).</source>
      <translation>En tu router solo están abiertas las puertas habituales ({listed}).</translation>
    </message>
    <message>
      <source>Only the usual doors are open on your router.</source>
      <translation>En tu router solo están abiertas las puertas habituales.</translation>
    </message>
    <message>
      <source>Automatic port opening (UPnP)</source>
      <translation>Apertura automática de puertos (UPnP)</translation>
    </message>
    <message>
      <source>Your router did not answer UPnP requests, so programs cannot ask it to open doors to the internet by themselves. ({n} other device at home speaks UPnP; that is normal for TVs and speakers.)</source>
      <translation>Tu router no respondió a las peticiones UPnP, así que los programas no pueden pedirle que abra puertas hacia internet por su cuenta. ({n} dispositivo más de tu casa usa UPnP; es normal en televisores y altavoces).</translation>
    </message>
    <message>
      <source>Your router did not answer UPnP requests, so programs cannot ask it to open doors to the internet by themselves. ({n} other devices at home speak UPnP; that is normal for TVs and speakers.)</source>
      <translation>Tu router no respondió a las peticiones UPnP, así que los programas no pueden pedirle que abra puertas hacia internet por su cuenta. (Otros {n} dispositivos de tu casa usan UPnP; es normal en televisores y altavoces).</translation>
    </message>
    <message>
      <source>Your router did not answer UPnP requests, so programs cannot ask it to open doors to the internet by themselves.</source>
      <translation>Tu router no respondió a las peticiones UPnP, así que los programas no pueden pedirle que abra puertas hacia internet por su cuenta.</translation>
    </message>
    <message>
      <source>Your router lets programs open doors from the internet to your computers by themselves (UPnP). A virus on any device at home could use this too.</source>
      <translation>Tu router deja que los programas abran por su cuenta puertas desde internet hacia tus equipos (UPnP). Un virus en cualquier dispositivo de tu casa también podría usarlo.</translation>
    </message>
    <message>
      <source>Right now, {n} door is open.</source>
      <translation>Ahora mismo hay {n} puerta abierta.</translation>
    </message>
    <message>
      <source>Right now, {n} doors are open.</source>
      <translation>Ahora mismo hay {n} puertas abiertas.</translation>
    </message>
    <message>
      <source>It looks unusual (pointing outside your home, to a remote-login port, or with an odd name).</source>
      <translation>Parece poco habitual (apunta fuera de tu casa, a un puerto de acceso remoto o tiene un nombre raro).</translation>
    </message>
    <message>
      <source>Of these, {n} looks unusual (pointing outside your home, to a remote-login port, or with an odd name).</source>
      <translation>De ellas, {n} parece poco habitual (apunta fuera de tu casa, a un puerto de acceso remoto o tiene un nombre raro).</translation>
    </message>
    <message>
      <source>Of these, {n} look unusual (pointing outside your home, to remote-login ports, or with an odd name).</source>
      <translation>De ellas, {n} parecen poco habituales (apuntan fuera de tu casa, a puertos de acceso remoto o tienen un nombre raro).</translation>
    </message>
    <message>
      <source>Unless a game console or other device really needs it, switch UPnP off.</source>
      <translation>Salvo que una consola de juegos u otro dispositivo lo necesite de verdad, desactiva UPnP.</translation>
    </message>
    <message>
      <source>Restart the router afterwards; doors opened by programs will close.</source>
      <translation>Después, reinicia el router; las puertas que abrieron los programas se cerrarán.</translation>
    </message>
    <message>
      <source>If you do not recognise a door in the list, scan the device it points to with antivirus software.</source>
      <translation>Si no reconoces una puerta de la lista, analiza con un antivirus el dispositivo al que apunta.</translation>
    </message>
    <message>
      <source>Wi-Fi push-button setup (WPS)</source>
      <translation>Conexión Wi-Fi con botón (WPS)</translation>
    </message>
    <message>
      <source>Your router announces WPS, a quick-connect feature whose PIN can be guessed by someone nearby.</source>
      <translation>Tu router anuncia WPS, una función de conexión rápida cuyo PIN puede adivinarlo alguien que esté cerca.</translation>
    </message>
    <message>
      <source>Look for 'WPS' in the Wi-Fi settings and switch it off (you can still type the Wi-Fi password).</source>
      <translation>Busca 'WPS' en la configuración del Wi-Fi y desactívalo (podrás seguir escribiendo la contraseña del Wi-Fi).</translation>
    </message>
    <message>
      <source>Automatic port opening (NAT-PMP)</source>
      <translation>Apertura automática de puertos (NAT-PMP)</translation>
    </message>
    <message>
      <source>Your router did not answer NAT-PMP requests.</source>
      <translation>Tu router no respondió a las peticiones NAT-PMP.</translation>
    </message>
    <message>
      <source>Your router answers NAT-PMP: like UPnP, it lets programs open doors from the internet by themselves.</source>
      <translation>Tu router responde a NAT-PMP: como UPnP, deja que los programas abran por su cuenta puertas desde internet.</translation>
    </message>
    <message>
      <source>Look for 'NAT-PMP', 'PCP' or 'UPnP' (often on the same page) and switch it off unless a device needs it.</source>
      <translation>Busca 'NAT-PMP', 'PCP' o 'UPnP' (a menudo en la misma página) y desactívalo, salvo que algún dispositivo lo necesite.</translation>
    </message>
    <message>
      <source>external address {ext}</source>
      <translation>dirección externa {ext}</translation>
    </message>
    <message>
      <source>Your provider shares one internet address between many customers (carrier-grade NAT).</source>
      <translation>Tu proveedor comparte una misma dirección de internet entre muchos clientes (CGNAT).</translation>
    </message>
    <message>
      <source>Your router sits behind another router (double NAT).</source>
      <translation>Tu router está detrás de otro router (doble NAT).</translation>
    </message>
    <message>
      <source>Internet address</source>
      <translation>Dirección de internet</translation>
    </message>
    <message>
      <source>Your router has its own internet address.</source>
      <translation>Tu router tiene su propia dirección de internet.</translation>
    </message>
    <message>
      <source>This is not dangerous, but two routers mean two sets of settings to keep updated.</source>
      <translation>No es peligroso, pero dos routers significan dos configuraciones que hay que mantener al día.</translation>
    </message>
    <message>
      <source>If you have a provider modem and your own router, make sure both have a changed admin password and up-to-date software.</source>
      <translation>Si tienes un módem del proveedor y un router propio, asegúrate de que los dos tienen la contraseña de administrador cambiada y el software al día.</translation>
    </message>
    <message>
      <source>Games or cameras that need open doors may not work; ask your provider if that matters to you.</source>
      <translation>Puede que no funcionen los juegos o cámaras que necesitan puertas abiertas; si te importa, pregunta a tu proveedor.</translation>
    </message>
    <message>
      <source>{server}: your router or this computer</source>
      <translation>{server}: tu router o este equipo</translation>
    </message>
    <message>
      <source>{server}: unknown public server</source>
      <translation>{server}: servidor público desconocido</translation>
    </message>
    <message>
      <source>Internet phone book (DNS)</source>
      <translation>Guía telefónica de internet (DNS)</translation>
    </message>
    <message>
      <source>Your computer uses an unfamiliar DNS server (the internet's phone book): {listed}. Some viruses change this to send you to fake bank sites. It can also be your provider's own server.</source>
      <translation>Tu equipo usa un servidor DNS desconocido (la guía telefónica de internet): {listed}. Algunos virus lo cambian para llevarte a sitios web falsos de bancos. También puede ser un servidor de tu propio proveedor.</translation>
    </message>
    <message>
      <source>If you or your provider did not set this on purpose, change it back to 'automatic' in this computer's network settings.</source>
      <translation>Si ni tú ni tu proveedor lo pusieron a propósito, vuelve a ponerlo en 'automático' en la configuración de red de este equipo.</translation>
    </message>
    <message>
      <source>In the router's internet or DHCP settings, check the DNS server fields; set them to automatic.</source>
      <translation>En la configuración de internet o DHCP del router, revisa los campos de servidor DNS; ponlos en automático.</translation>
    </message>
    <message>
      <source>Change the router's admin password and update its firmware.</source>
      <translation>Cambia la contraseña de administrador del router y actualiza su firmware.</translation>
    </message>
    <message>
      <source>If it keeps coming back, call your provider.</source>
      <translation>Si vuelve a aparecer, llama a tu proveedor.</translation>
    </message>
    <message>
      <source>Your computer uses your router or a well-known DNS service to look up websites.</source>
      <translation>Tu equipo usa tu router o un servicio DNS conocido para buscar los sitios web.</translation>
    </message>
    <message>
      <source>Look-ups are not being redirected</source>
      <translation>Las búsquedas de direcciones no se están desviando</translation>
    </message>
    <message>
      <source>To run it, start the check with the internet tests allowed (it looks up a made-up name and checks a few big websites' certificates).</source>
      <translation>Para hacerla, empieza la comprobación con las pruebas por internet permitidas (busca un nombre inventado y revisa los certificados de algunos sitios web grandes).</translation>
    </message>
    <message>
      <source>Some well-known websites did not show their real security certificate: {sites}. Someone may be redirecting or reading your traffic. Antivirus 'web shields' and hotel or café Wi-Fi login pages can also cause this.</source>
      <translation>Algunos sitios web conocidos no mostraron su certificado de seguridad real: {sites}. Puede que alguien esté desviando o leyendo tu tráfico. También pueden causarlo los 'escudos web' de los antivirus y las páginas de acceso al Wi-Fi de hoteles o cafeterías.</translation>
    </message>
    <message>
      <source>If you are on public Wi-Fi, finish its sign-in page and run the check again.</source>
      <translation>Si estás en un Wi-Fi público, termina su página de acceso y vuelve a hacer la comprobación.</translation>
    </message>
    <message>
      <source>If your antivirus scans encrypted web traffic, this can be the cause; otherwise continue.</source>
      <translation>Si tu antivirus analiza el tráfico web cifrado, puede ser la causa; si no, sigue.</translation>
    </message>
    <message>
      <source>Restart your router, change its admin password and update its firmware.</source>
      <translation>Reinicia tu router, cambia su contraseña de administrador y actualiza su firmware.</translation>
    </message>
    <message>
      <source>Check the DNS settings on this computer and the router (set them to automatic).</source>
      <translation>Revisa la configuración DNS de este equipo y del router (ponla en automático).</translation>
    </message>
    <message>
      <source>Until fixed, do not log in to your bank from this network; use your phone's mobile data.</source>
      <translation>Hasta que esté resuelto, no entres en tu banco desde esta red; usa los datos móviles de tu teléfono.</translation>
    </message>
    <message>
      <source>A made-up website name still got an answer. Your provider or router is rewriting failed look-ups (often to show search adverts); malware on the router can do the same.</source>
      <translation>Un nombre de sitio web inventado recibió respuesta igualmente. Tu proveedor o tu router está cambiando las búsquedas que fallan (a menudo para mostrar anuncios de búsqueda); un programa malicioso en el router puede hacer lo mismo.</translation>
    </message>
    <message>
      <source>In your provider's account settings, look for 'DNS assistance', 'search help' or 'error redirect' and switch it off.</source>
      <translation>En la configuración de tu cuenta del proveedor, busca 'asistencia DNS', 'ayuda de búsqueda' o 'redirección de errores' y desactívalo.</translation>
    </message>
    <message>
      <source>Or set the router's DNS to a well-known service such as 1.1.1.1 or 9.9.9.9.</source>
      <translation>O pon en el router el DNS de un servicio conocido, como 1.1.1.1 o 9.9.9.9.</translation>
    </message>
    <message>
      <source>made-up name resolved to {a}</source>
      <translation>el nombre inventado apuntó a {a}</translation>
    </message>
    <message>
      <source>Couldn't check: the test websites could not be reached.</source>
      <translation>No se pudo comprobar: no se pudo llegar a los sitios web de prueba.</translation>
    </message>
    <message>
      <source>Made-up names got no answer and big websites showed their real certificates.</source>
      <translation>Los nombres inventados no recibieron respuesta y los sitios web grandes mostraron sus certificados reales.</translation>
    </message>
    <message>
      <source>Hosts file</source>
      <translation>Archivo hosts</translation>
    </message>
    <message>
      <source>No popular or banking sites are redirected in this computer's hosts file.</source>
      <translation>El archivo hosts de este equipo no desvía ningún sitio web popular ni de bancos.</translation>
    </message>
    <message>
      <source>This computer's hosts file sends some well-known sites to other addresses. Malware does this to show fake login pages or to block security updates.</source>
      <translation>El archivo hosts de este equipo manda algunos sitios web conocidos a otras direcciones. Los programas maliciosos hacen esto para mostrar páginas de acceso falsas o para bloquear actualizaciones de seguridad.</translation>
    </message>
    <message>
      <source>If you did not add these lines yourself (some developers do), remove them.</source>
      <translation>Si no añadiste tú estas líneas (algunos programadores lo hacen), bórralas.</translation>
    </message>
    <message>
      <source>Windows: open Notepad as administrator and edit C:\Windows\System32\drivers\etc\hosts. macOS/Linux: run 'sudo nano /etc/hosts'.</source>
      <translation>Windows: abre el Bloc de notas como administrador y edita C:\Windows\System32\drivers\etc\hosts. macOS/Linux: ejecuta 'sudo nano /etc/hosts'.</translation>
    </message>
    <message>
      <source>Then run a full antivirus scan.</source>
      <translation>Después, haz un análisis completo con el antivirus.</translation>
    </message>
    <message>
      <source>Web proxy</source>
      <translation>Proxy web</translation>
    </message>
    <message>
      <source>Your web traffic goes straight out; no proxy is set.</source>
      <translation>Tu tráfico web sale directo; no hay ningún proxy configurado.</translation>
    </message>
    <message>
      <source>automatic configuration: {pac}</source>
      <translation>configuración automática: {pac}</translation>
    </message>
    <message>
      <source>This computer sends web traffic through a proxy. Workplaces and some security tools set one on purpose; malware sets one to read or change what you see.</source>
      <translation>Este equipo envía el tráfico web a través de un proxy. Los lugares de trabajo y algunas herramientas de seguridad lo ponen a propósito; los programas maliciosos lo ponen para leer o cambiar lo que ves.</translation>
    </message>
    <message>
      <source>If you (or your workplace) did not set it up, switch it off.</source>
      <translation>Si no lo configuraste tú (ni tu trabajo), desactívalo.</translation>
    </message>
    <message>
      <source>Windows: Settings &gt; Network &amp; internet &gt; Proxy. macOS: System Settings &gt; Network &gt; your network &gt; Details &gt; Proxies. Linux (GNOME): Settings &gt; Network &gt; Network Proxy.</source>
      <translation>Windows: Configuración &gt; Red e Internet &gt; Proxy. macOS: Ajustes del Sistema &gt; Red &gt; tu red &gt; Detalles &gt; Proxies. Linux (GNOME): Configuración &gt; Red &gt; Proxy de la red.</translation>
    </message>
    <message>
      <source>Windows 11 only shows Wi-Fi details to apps allowed to use location.</source>
      <translation>Windows 11 solo muestra los detalles del Wi-Fi a las apps que tienen permiso para usar la ubicación.</translation>
    </message>
    <message>
      <source>Open Settings &gt; Privacy &amp; security &gt; Location, switch on 'Location services' and 'Let desktop apps access your location', then run the check again.</source>
      <translation>Abre Configuración &gt; Privacidad y seguridad &gt; Ubicación, activa 'Servicios de ubicación' y 'Permitir que las aplicaciones de escritorio accedan a tu ubicación', y vuelve a hacer la comprobación.</translation>
    </message>
    <message>
      <source>Wi-Fi protection</source>
      <translation>Protección del Wi-Fi</translation>
    </message>
    <message>
      <source>Couldn't check: this computer is not on Wi-Fi right now.</source>
      <translation>No se pudo comprobar: este equipo no está conectado al Wi-Fi ahora mismo.</translation>
    </message>
    <message>
      <source>Save, then reconnect your phones, laptops and other devices with the Wi-Fi password.</source>
      <translation>Guarda y vuelve a conectar tus teléfonos, portátiles y otros dispositivos con la contraseña del Wi-Fi.</translation>
    </message>
    <message>
      <source>Very old devices that cannot connect afterwards are a security risk themselves: think about replacing them.</source>
      <translation>Los dispositivos muy antiguos que no puedan conectarse después son un riesgo en sí mismos: piensa en cambiarlos.</translation>
    </message>
    <message>
      <source>Neighbours or passers-by could join it or read your traffic.</source>
      <translation>Los vecinos o la gente que pase cerca podrían conectarse o leer tu tráfico.</translation>
    </message>
    <message>
      <source>TKIP is outdated and slows your Wi-Fi.</source>
      <translation>TKIP está anticuado y hace más lento tu Wi-Fi.</translation>
    </message>
    <message>
      <source>security: {raw}</source>
      <translation>seguridad: {raw}</translation>
    </message>
    <message>
      <source>If all your devices support it, WPA3 is even better.</source>
      <translation>Si todos tus dispositivos lo admiten, WPA3 es todavía mejor.</translation>
    </message>
    <message>
      <source>Couldn't check: the Wi-Fi security mode ({raw}) was not recognised.</source>
      <translation>No se pudo comprobar: no se reconoció el tipo de seguridad del Wi-Fi ({raw}).</translation>
    </message>
    <message>
      <source>Couldn't check: the Wi-Fi security mode (empty) was not recognised.</source>
      <translation>No se pudo comprobar: no se reconoció el tipo de seguridad del Wi-Fi (vacío).</translation>
    </message>
    <message>
      <source>Wi-Fi name</source>
      <translation>Nombre del Wi-Fi</translation>
    </message>
    <message>
      <source>Your Wi-Fi still has its factory name ('{ssid}'). That tells others the router's model and suggests its settings were never reviewed.</source>
      <translation>Tu Wi-Fi todavía tiene el nombre de fábrica ('{ssid}'). Eso les dice a otros el modelo del router y da a entender que nadie revisó nunca su configuración.</translation>
    </message>
    <message>
      <source>Give the Wi-Fi a new name that does not include your family name or address, and set a new long Wi-Fi password.</source>
      <translation>Pon al Wi-Fi un nombre nuevo que no incluya tu apellido ni tu dirección, y una contraseña de Wi-Fi nueva y larga.</translation>
    </message>
    <message>
      <source>Check the admin password, UPnP and firmware update settings while you are there.</source>
      <translation>Ya que estás ahí, revisa la contraseña de administrador, UPnP y las actualizaciones de firmware.</translation>
    </message>
    <message>
      <source>name: {ssid}</source>
      <translation>nombre: {ssid}</translation>
    </message>
    <message>
      <source>'{ssid}' uses {words}.</source>
      <translation>'{ssid}' usa {words}.</translation>
    </message>
    <message>
      <source>Your Wi-Fi uses {words}.</source>
      <translation>Tu Wi-Fi usa {words}.</translation>
    </message>
  </context>
  <context>
    <name>checks/password_import.py</name>
    <message>
      <source>Chrome or Edge</source>
      <translation>Chrome o Edge</translation>
    </message>
    <message>
      <source>Title/URL/Username/Password (for example Safari)</source>
      <translation>Título/URL/Usuario/Contraseña (por ejemplo, Safari)</translation>
    </message>
    <message>
      <source>This file does not look like a CSV text file (it contains binary data).</source>
      <translation>Este archivo no parece un archivo de texto CSV (contiene datos binarios).</translation>
    </message>
    <message>
      <source>Export your passwords again and choose the CSV format. Do not pick the encrypted, .kdbx or .1pux file.</source>
      <translation>Vuelve a exportar tus contraseñas y elige el formato CSV. No elijas el archivo cifrado, .kdbx o .1pux.</translation>
    </message>
    <message>
      <source>Hearth could not read the letters in this file (unknown text encoding).</source>
      <translation>Hearth no pudo leer las letras de este archivo (codificación de texto desconocida).</translation>
    </message>
    <message>
      <source>Export the passwords again as CSV (UTF-8), without opening the file in a spreadsheet first.</source>
      <translation>Vuelve a exportar las contraseñas como CSV (UTF-8), sin abrir antes el archivo en una hoja de cálculo.</translation>
    </message>
    <message>
      <source>This file says it is {name} text but part of it is not.</source>
      <translation>Este archivo dice que es texto {name}, pero una parte no lo es.</translation>
    </message>
    <message>
      <source>Export the passwords again as CSV, without editing the file.</source>
      <translation>Vuelve a exportar las contraseñas como CSV, sin modificar el archivo.</translation>
    </message>
    <message>
      <source>Hearth does not recognise this file. Its first line has {n} columns, but not the column names a password manager writes there (such as name, url, username and password).</source>
      <translation>Hearth no reconoce este archivo. Su primera línea tiene {n} columnas, pero no los nombres de columna que pone ahí un gestor de contraseñas (como name, url, username y password).</translation>
    </message>
    <message>
      <source>Hearth reads the CSV exports of Bitwarden, Chrome, Edge, Firefox, 1Password and KeePassXC. Export again from one of those, choosing CSV, and do not change the first line.</source>
      <translation>Hearth lee las exportaciones CSV de Bitwarden, Chrome, Edge, Firefox, 1Password y KeePassXC. Vuelve a exportar desde uno de ellos, elige CSV y no cambies la primera línea.</translation>
    </message>
    <message>
      <source>Unnamed login</source>
      <translation>Inicio de sesión sin nombre</translation>
    </message>
    <message>
      <source>This file is empty.</source>
      <translation>Este archivo está vacío.</translation>
    </message>
    <message>
      <source>Export your passwords again and choose the CSV format.</source>
      <translation>Vuelve a exportar tus contraseñas y elige el formato CSV.</translation>
    </message>
    <message>
      <source>Line 1 of this file is not valid CSV ({exc}).</source>
      <translation>La línea 1 de este archivo no es CSV válido ({exc}).</translation>
    </message>
    <message>
      <source>Line {line} of this file is broken ({problem}).</source>
      <translation>La línea {line} de este archivo está dañada ({problem}).</translation>
    </message>
    <message>
      <source>This usually means a quote mark is missing. Export the passwords again; do not edit the file in a spreadsheet.</source>
      <translation>Esto suele querer decir que falta una comilla. Vuelve a exportar las contraseñas; no modifiques el archivo en una hoja de cálculo.</translation>
    </message>
    <message>
      <source>This file has more than {max_rows} logins, which is more than Hearth reads at once.</source>
      <translation>Este archivo tiene más de {max_rows} inicios de sesión, más de los que Hearth lee de una vez.</translation>
    </message>
    <message>
      <source>Export one folder or vault at a time.</source>
      <translation>Exporta una carpeta o una bóveda cada vez.</translation>
    </message>
    <message>
      <source>Line {line} has {have} columns, but the first line promises {promised}.</source>
      <translation>La línea {line} tiene {have} columnas, pero la primera línea anuncia {promised}.</translation>
    </message>
    <message>
      <source>Some columns are missing on that line. If you edited the file, export it again instead. If the separator is not a comma, save it again as a comma-separated CSV.</source>
      <translation>Faltan algunas columnas en esa línea. Si modificaste el archivo, mejor vuelve a exportarlo. Si el separador no es una coma, vuelve a guardarlo como CSV separado por comas.</translation>
    </message>
    <message>
      <source>This {label} file has no saved passwords in it.</source>
      <translation>Este archivo de {label} no tiene ninguna contraseña guardada.</translation>
    </message>
    <message>
      <source>Check that you exported the vault or browser profile that holds your logins.</source>
      <translation>Comprueba que exportaste la bóveda o el perfil del navegador donde están tus inicios de sesión.</translation>
    </message>
    <message>
      <source>This file is {mb} MB. Password exports are usually well under 1 MB, and Hearth reads files up to {limit} MB.</source>
      <translation>Este archivo ocupa {mb} MB. Las exportaciones de contraseñas suelen ocupar mucho menos de 1 MB, y Hearth lee archivos de hasta {limit} MB.</translation>
    </message>
    <message>
      <source>Check that you picked the CSV file your password manager or browser exported.</source>
      <translation>Comprueba que elegiste el archivo CSV que exportó tu gestor de contraseñas o tu navegador.</translation>
    </message>
    <message>
      <source>one field is far too long</source>
      <translation>un campo es demasiado largo</translation>
    </message>
    <message>
      <source>a quote mark does not match</source>
      <translation>una comilla no tiene pareja</translation>
    </message>
    <message>
      <source>it cannot be read as CSV</source>
      <translation>no se puede leer como CSV</translation>
    </message>
  </context>
  <context>
    <name>checks/passwords.py</name>
    <message>
      <source>Very weak</source>
      <translation>Muy débil</translation>
    </message>
    <message>
      <source>Weak</source>
      <translation>Débil</translation>
    </message>
    <message>
      <source>Fair</source>
      <translation>Aceptable</translation>
    </message>
    <message>
      <source>Strong</source>
      <translation>Fuerte</translation>
    </message>
    <message>
      <source>Very strong</source>
      <translation>Muy fuerte</translation>
    </message>
    <message>
      <source>It contains a word from this person's profile (a name, pet, place or date). People who know you, or who read your social media, would try that first.</source>
      <translation>Contiene una palabra del perfil de esta persona (un nombre, una mascota, un lugar o una fecha). Quien te conoce, o quien lee tus redes sociales, probaría eso primero.</translation>
    </message>
    <message>
      <source>Leave out names, pets, birthdays and places that are about you.</source>
      <translation>No uses nombres, mascotas, cumpleaños ni lugares que tengan que ver contigo.</translation>
    </message>
    <message>
      <source>Type a password to see how strong it is.</source>
      <translation>Escribe una contraseña para ver lo fuerte que es.</translation>
    </message>
    <message>
      <source>Use a few words, avoid common phrases.</source>
      <translation>Usa varias palabras y evita frases conocidas.</translation>
    </message>
    <message>
      <source>No need for symbols, digits, or uppercase letters.</source>
      <translation>No hacen falta símbolos, números ni mayúsculas.</translation>
    </message>
    <message>
      <source>Add another word or two. Uncommon words are better.</source>
      <translation>Añade una o dos palabras más. Las palabras poco comunes son mejores.</translation>
    </message>
    <message>
      <source>Straight rows of keys are easy to guess.</source>
      <translation>Las filas seguidas de teclas son fáciles de adivinar.</translation>
    </message>
    <message>
      <source>Short keyboard patterns are easy to guess.</source>
      <translation>Los dibujos cortos en el teclado son fáciles de adivinar.</translation>
    </message>
    <message>
      <source>Use a longer keyboard pattern with more turns.</source>
      <translation>Usa un dibujo en el teclado más largo y con más giros.</translation>
    </message>
    <message>
      <source>Repeats like "aaa" are easy to guess.</source>
      <translation>Las repeticiones como "aaa" son fáciles de adivinar.</translation>
    </message>
    <message>
      <source>Repeats like "abcabcabc" are only slightly harder to guess than "abc".</source>
      <translation>Las repeticiones como "abcabcabc" son solo un poco más difíciles de adivinar que "abc".</translation>
    </message>
    <message>
      <source>Avoid repeated words and characters.</source>
      <translation>Evita repetir palabras y caracteres.</translation>
    </message>
    <message>
      <source>Sequences like "abc" or "6543" are easy to guess.</source>
      <translation>Las secuencias como "abc" o "6543" son fáciles de adivinar.</translation>
    </message>
    <message>
      <source>Avoid sequences.</source>
      <translation>Evita las secuencias.</translation>
    </message>
    <message>
      <source>Recent years are easy to guess.</source>
      <translation>Los años recientes son fáciles de adivinar.</translation>
    </message>
    <message>
      <source>Avoid recent years.</source>
      <translation>Evita los años recientes.</translation>
    </message>
    <message>
      <source>Avoid years that are associated with you.</source>
      <translation>Evita los años que tengan que ver contigo.</translation>
    </message>
    <message>
      <source>Dates are often easy to guess.</source>
      <translation>Las fechas suelen ser fáciles de adivinar.</translation>
    </message>
    <message>
      <source>Avoid dates and years that are associated with you.</source>
      <translation>Evita las fechas y los años que tengan que ver contigo.</translation>
    </message>
    <message>
      <source>This is a top-10 common password.</source>
      <translation>Es una de las 10 contraseñas más comunes.</translation>
    </message>
    <message>
      <source>This is a top-100 common password.</source>
      <translation>Es una de las 100 contraseñas más comunes.</translation>
    </message>
    <message>
      <source>This is a very common password.</source>
      <translation>Es una contraseña muy común.</translation>
    </message>
    <message>
      <source>This is similar to a commonly used password.</source>
      <translation>Se parece a una contraseña muy usada.</translation>
    </message>
    <message>
      <source>A word by itself is easy to guess.</source>
      <translation>Una palabra sola es fácil de adivinar.</translation>
    </message>
    <message>
      <source>Names and surnames by themselves are easy to guess.</source>
      <translation>Los nombres y apellidos solos son fáciles de adivinar.</translation>
    </message>
    <message>
      <source>Common names and surnames are easy to guess.</source>
      <translation>Los nombres y apellidos comunes son fáciles de adivinar.</translation>
    </message>
    <message>
      <source>Capitalization doesn't help very much.</source>
      <translation>Poner mayúsculas no ayuda mucho.</translation>
    </message>
    <message>
      <source>All-uppercase is almost as easy to guess as all-lowercase.</source>
      <translation>Todo en mayúsculas es casi tan fácil de adivinar como todo en minúsculas.</translation>
    </message>
    <message>
      <source>Reversed words aren't much harder to guess.</source>
      <translation>Las palabras al revés no son mucho más difíciles de adivinar.</translation>
    </message>
    <message>
      <source>Predictable substitutions like '@' instead of 'a' don't help very much.</source>
      <translation>Los cambios previsibles, como '@' en lugar de 'a', no ayudan mucho.</translation>
    </message>
    <message>
      <source>less than a second</source>
      <translation>menos de un segundo</translation>
    </message>
    <message>
      <source>more than a hundred years</source>
      <translation>más de cien años</translation>
    </message>
    <message>
      <source>{n} second</source>
      <translation>{n} segundo</translation>
    </message>
    <message>
      <source>{n} seconds</source>
      <translation>{n} segundos</translation>
    </message>
    <message>
      <source>{n} minute</source>
      <translation>{n} minuto</translation>
    </message>
    <message>
      <source>{n} minutes</source>
      <translation>{n} minutos</translation>
    </message>
    <message>
      <source>{n} hour</source>
      <translation>{n} hora</translation>
    </message>
    <message>
      <source>{n} hours</source>
      <translation>{n} horas</translation>
    </message>
    <message>
      <source>{n} day</source>
      <translation>{n} día</translation>
    </message>
    <message>
      <source>{n} days</source>
      <translation>{n} días</translation>
    </message>
    <message>
      <source>{n} month</source>
      <translation>{n} mes</translation>
    </message>
    <message>
      <source>{n} months</source>
      <translation>{n} meses</translation>
    </message>
    <message>
      <source>{n} year</source>
      <translation>{n} año</translation>
    </message>
    <message>
      <source>{n} years</source>
      <translation>{n} años</translation>
    </message>
    <message>
      <source>Repeats like "abcabcabc" are only a little harder to guess than "abc".</source>
      <translation>Las repeticiones como "abcabcabc" son solo un poco más difíciles de adivinar que "abc".</translation>
    </message>
    <message>
      <source>Use three or four random words together, or let a password manager make one up.</source>
      <translation>Usa tres o cuatro palabras al azar juntas, o deja que un gestor de contraseñas invente una.</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>Correo electrónico</translation>
    </message>
    <message>
      <source>Phone company</source>
      <translation>Compañía telefónica</translation>
    </message>
    <message>
      <source>Password manager</source>
      <translation>Gestor de contraseñas</translation>
    </message>
    <message>
      <source>Bank or payments</source>
      <translation>Banco o pagos</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Otro</translation>
    </message>
    <message>
      <source>Email addresses</source>
      <translation>Direcciones de correo electrónico</translation>
    </message>
    <message>
      <source>Passwords</source>
      <translation>Contraseñas</translation>
    </message>
    <message>
      <source>Usernames</source>
      <translation>Nombres de usuario</translation>
    </message>
    <message>
      <source>Names</source>
      <translation>Nombres</translation>
    </message>
    <message>
      <source>Phone numbers</source>
      <translation>Números de teléfono</translation>
    </message>
    <message>
      <source>Physical addresses</source>
      <translation>Direcciones postales</translation>
    </message>
    <message>
      <source>Dates of birth</source>
      <translation>Fechas de nacimiento</translation>
    </message>
    <message>
      <source>IP addresses</source>
      <translation>Direcciones IP</translation>
    </message>
    <message>
      <source>Genders</source>
      <translation>Géneros</translation>
    </message>
    <message>
      <source>Geographic locations</source>
      <translation>Ubicaciones geográficas</translation>
    </message>
    <message>
      <source>Job titles</source>
      <translation>Puestos de trabajo</translation>
    </message>
    <message>
      <source>Employers</source>
      <translation>Empresas donde trabaja</translation>
    </message>
    <message>
      <source>Social media profiles</source>
      <translation>Perfiles de redes sociales</translation>
    </message>
    <message>
      <source>Website activity</source>
      <translation>Actividad en el sitio web</translation>
    </message>
    <message>
      <source>Purchases</source>
      <translation>Compras</translation>
    </message>
    <message>
      <source>Partial credit card data</source>
      <translation>Datos parciales de tarjetas de crédito</translation>
    </message>
    <message>
      <source>Credit cards</source>
      <translation>Tarjetas de crédito</translation>
    </message>
    <message>
      <source>Credit card CVV</source>
      <translation>Códigos CVV de tarjetas de crédito</translation>
    </message>
    <message>
      <source>Bank account numbers</source>
      <translation>Números de cuentas bancarias</translation>
    </message>
    <message>
      <source>Payment histories</source>
      <translation>Historiales de pagos</translation>
    </message>
    <message>
      <source>Security questions and answers</source>
      <translation>Preguntas y respuestas de seguridad</translation>
    </message>
    <message>
      <source>Government issued IDs</source>
      <translation>Documentos de identidad oficiales</translation>
    </message>
    <message>
      <source>Passport numbers</source>
      <translation>Números de pasaporte</translation>
    </message>
    <message>
      <source>Social security numbers</source>
      <translation>Números de la Seguridad Social</translation>
    </message>
    <message>
      <source>Device information</source>
      <translation>Información del dispositivo</translation>
    </message>
    <message>
      <source>Browser user agent details</source>
      <translation>Datos del navegador</translation>
    </message>
    <message>
      <source>Auth tokens</source>
      <translation>Tokens de inicio de sesión</translation>
    </message>
    <message>
      <source>Private messages</source>
      <translation>Mensajes privados</translation>
    </message>
    <message>
      <source>Salutations</source>
      <translation>Tratamientos (Sr., Sra.)</translation>
    </message>
    <message>
      <source>Spoken languages</source>
      <translation>Idiomas</translation>
    </message>
    <message>
      <source>Time zones</source>
      <translation>Zonas horarias</translation>
    </message>
    <message>
      <source>Avatars</source>
      <translation>Fotos de perfil</translation>
    </message>
    <message>
      <source>Profile photos</source>
      <translation>Fotos de perfil</translation>
    </message>
    <message>
      <source>Marital statuses</source>
      <translation>Estados civiles</translation>
    </message>
    <message>
      <source>Income levels</source>
      <translation>Niveles de ingresos</translation>
    </message>
    <message>
      <source>Education levels</source>
      <translation>Niveles de estudios</translation>
    </message>
    <message>
      <source>Family members' names</source>
      <translation>Nombres de familiares</translation>
    </message>
    <message>
      <source>Vehicle details</source>
      <translation>Datos de vehículos</translation>
    </message>
    <message>
      <source>Historical passwords</source>
      <translation>Contraseñas antiguas</translation>
    </message>
    <message>
      <source>Password hints</source>
      <translation>Pistas de contraseñas</translation>
    </message>
    <message>
      <source>Account balances</source>
      <translation>Saldos de cuentas</translation>
    </message>
    <message>
      <source>Customer service notes</source>
      <translation>Notas del servicio de atención al cliente</translation>
    </message>
    <message>
      <source>Health insurance information</source>
      <translation>Datos del seguro médico</translation>
    </message>
    <message>
      <source>Medical records</source>
      <translation>Historiales médicos</translation>
    </message>
    <message>
      <source>Driver's licenses</source>
      <translation>Permisos de conducir</translation>
    </message>
    <message>
      <source>Homepage URLs</source>
      <translation>Direcciones de páginas web personales</translation>
    </message>
    <message>
      <source>Instant messenger identities</source>
      <translation>Cuentas de mensajería instantánea</translation>
    </message>
    <message>
      <source>Biometric data</source>
      <translation>Datos biométricos</translation>
    </message>
    <message>
      <source>Photos</source>
      <translation>Fotos</translation>
    </message>
    <message>
      <source>Religions</source>
      <translation>Religiones</translation>
    </message>
    <message>
      <source>Sexual orientations</source>
      <translation>Orientaciones sexuales</translation>
    </message>
    <message>
      <source>Ethnicities</source>
      <translation>Etnias</translation>
    </message>
    <message>
      <source>Nationalities</source>
      <translation>Nacionalidades</translation>
    </message>
    <message>
      <source>Partial phone numbers</source>
      <translation>Números de teléfono parciales</translation>
    </message>
    <message>
      <source>Partial dates of birth</source>
      <translation>Fechas de nacimiento parciales</translation>
    </message>
    <message>
      <source>Cryptocurrency wallet addresses</source>
      <translation>Direcciones de monederos de criptomonedas</translation>
    </message>
    <message>
      <source>Audio recordings</source>
      <translation>Grabaciones de audio</translation>
    </message>
    <message>
      <source>Chat logs</source>
      <translation>Registros de chat</translation>
    </message>
    <message>
      <source>Email messages</source>
      <translation>Mensajes de correo electrónico</translation>
    </message>
    <message>
      <source>Support tickets</source>
      <translation>Consultas de soporte</translation>
    </message>
    <message>
      <source>Credit status information</source>
      <translation>Información sobre solvencia</translation>
    </message>
    <message>
      <source>Living costs</source>
      <translation>Gastos de vida</translation>
    </message>
    <message>
      <source>Passwords were taken: change this password, and the same password anywhere else you used it.</source>
      <translation>Se llevaron contraseñas: cambia esta contraseña, y también la misma contraseña en cualquier otro sitio donde la usaras.</translation>
    </message>
    <message>
      <source>Your e-mail address was taken: expect scam e-mails that look like they come from this site.</source>
      <translation>Se llevaron tu dirección de correo: espera correos de estafa que parezcan venir de este sitio.</translation>
    </message>
    <message>
      <source>Your phone number was taken: be careful with calls and texts that claim to be from this site.</source>
      <translation>Se llevaron tu número de teléfono: ten cuidado con las llamadas y los mensajes que digan venir de este sitio.</translation>
    </message>
    <message>
      <source>Payment details were taken: check your bank statements and tell your bank.</source>
      <translation>Se llevaron datos de pago: revisa los movimientos de tu banco y avisa a tu banco.</translation>
    </message>
    <message>
      <source>Personal details were taken: watch for post and calls that use them to sound trustworthy.</source>
      <translation>Se llevaron datos personales: ten cuidado con las cartas y las llamadas que los usen para parecer de confianza.</translation>
    </message>
    <message>
      <source>Security questions were taken: change the answers wherever you used the same ones.</source>
      <translation>Se llevaron preguntas de seguridad: cambia las respuestas en todos los sitios donde usaste las mismas.</translation>
    </message>
    <message>
      <source>Open {url} (or sign in to {service} and find the password settings).</source>
      <translation>Abre {url} (o entra en {service} y busca los ajustes de la contraseña).</translation>
    </message>
    <message>
      <source>Sign in to {service} and find the password settings.</source>
      <translation>Entra en {service} y busca los ajustes de la contraseña.</translation>
    </message>
    <message>
      <source>Let your password manager make a new, long password that you use nowhere else, and save it.</source>
      <translation>Deja que tu gestor de contraseñas cree una contraseña nueva y larga que no uses en ningún otro sitio, y guárdala.</translation>
    </message>
    <message>
      <source>Turn on two-step verification for {service} if it offers it.</source>
      <translation>Activa la verificación en dos pasos en {service} si la ofrece.</translation>
    </message>
    <message>
      <source>This is your e-mail account: whoever gets into it can often reset the passwords of your other accounts.</source>
      <translation>Esta es tu cuenta de correo: quien entre en ella a menudo puede restablecer las contraseñas de tus otras cuentas.</translation>
    </message>
    <message>
      <source>This is your phone company account: whoever gets into it can often reset the passwords of your other accounts.</source>
      <translation>Esta es tu cuenta de la compañía telefónica: quien entre en ella a menudo puede restablecer las contraseñas de tus otras cuentas.</translation>
    </message>
    <message>
      <source>This is your password manager account: whoever gets into it can often reset the passwords of your other accounts.</source>
      <translation>Esta es tu cuenta del gestor de contraseñas: quien entre en ella a menudo puede restablecer las contraseñas de tus otras cuentas.</translation>
    </message>
    <message>
      <source>This is your bank or payments account: whoever gets into it can often reset the passwords of your other accounts.</source>
      <translation>Esta es tu cuenta del banco o de pagos: quien entre en ella a menudo puede restablecer las contraseñas de tus otras cuentas.</translation>
    </message>
    <message>
      <source>This password is very likely known to criminals</source>
      <translation>Es muy probable que los delincuentes conozcan esta contraseña</translation>
    </message>
    <message>
      <source>It is very likely in stolen password lists (it was found in Hearth's offline breach list, which keeps no counts), so criminals try it first.</source>
      <translation>Es muy probable que esté en listas de contraseñas robadas (apareció en la lista de filtraciones sin conexión de Hearth, que no guarda recuentos), así que los delincuentes la prueban primero.</translation>
    </message>
    <message>
      <source>Found in the offline breach list (very likely; no counts kept)</source>
      <translation>Encontrada en la lista de filtraciones sin conexión (muy probable; no se guardan recuentos)</translation>
    </message>
    <message>
      <source>This password is known to criminals</source>
      <translation>Los delincuentes conocen esta contraseña</translation>
    </message>
    <message>
      <source>It was seen {count} times in stolen password lists, so criminals try it first.</source>
      <translation>Apareció {count} veces en listas de contraseñas robadas, así que los delincuentes la prueban primero.</translation>
    </message>
    <message>
      <source>Pwned Passwords count: {count}</source>
      <translation>Veces en Pwned Passwords: {count}</translation>
    </message>
    <message>
      <source>The same password is used on {n} other account</source>
      <translation>La misma contraseña se usa en {n} cuenta más</translation>
    </message>
    <message>
      <source>The same password is used on {n} other accounts</source>
      <translation>La misma contraseña se usa en {n} cuentas más</translation>
    </message>
    <message>
      <source>If one of those sites is broken into, criminals try the password everywhere else.</source>
      <translation>Si alguien entra a robar en uno de esos sitios, los delincuentes prueban la contraseña en todos los demás.</translation>
    </message>
    <message>
      <source>Do the same for the other accounts in this group, one at a time, starting at the top of the list.</source>
      <translation>Haz lo mismo con las otras cuentas de este grupo, de una en una, empezando por la primera de la lista.</translation>
    </message>
    <message>
      <source>Reuse group {group} ({size} accounts)</source>
      <translation>Grupo de contraseña repetida {group} ({size} cuentas)</translation>
    </message>
    <message>
      <source>This password is a small change of another one</source>
      <translation>Esta contraseña es un pequeño cambio de otra</translation>
    </message>
    <message>
      <source>Passwords like Summer2023! and Summer2024! are the first thing criminals try once they know one of them.</source>
      <translation>Las contraseñas como Verano2023! y Verano2024! son lo primero que prueban los delincuentes en cuanto conocen una de ellas.</translation>
    </message>
    <message>
      <source>Make a completely new password, not a new number or symbol on the old one.</source>
      <translation>Crea una contraseña totalmente nueva, no la antigua con otro número u otro símbolo.</translation>
    </message>
    <message>
      <source>Let your password manager make it, and save it there.</source>
      <translation>Deja que tu gestor de contraseñas la cree, y guárdala allí.</translation>
    </message>
    <message>
      <source>Similar-password group {group} ({size} accounts)</source>
      <translation>Grupo de contraseñas parecidas {group} ({size} cuentas)</translation>
    </message>
    <message>
      <source>This password is easy to guess</source>
      <translation>Esta contraseña es fácil de adivinar</translation>
    </message>
    <message>
      <source>This password could be stronger</source>
      <translation>Esta contraseña podría ser más fuerte</translation>
    </message>
    <message>
      <source>Guessing programs try common words, names, dates and small changes like these first.</source>
      <translation>Los programas que adivinan contraseñas prueban primero palabras comunes, nombres, fechas y pequeños cambios como estos.</translation>
    </message>
    <message>
      <source>Strength {score} of 4</source>
      <translation>Fuerza {score} de 4</translation>
    </message>
    <message>
      <source>unknown data</source>
      <translation>datos desconocidos</translation>
    </message>
    <message>
      <source>{site} was broken into on {when}, after this password was last changed ({last}). The thieves took: {exposed}.</source>
      <translation>Entraron a robar en {site} el {when}, después del último cambio de esta contraseña ({last}). Los ladrones se llevaron: {exposed}.</translation>
    </message>
    <message>
      <source>{site} was broken into on {when}, and Hearth does not know when this password was last changed. The thieves took: {exposed}.</source>
      <translation>Entraron a robar en {site} el {when}, y Hearth no sabe cuándo se cambió esta contraseña por última vez. Los ladrones se llevaron: {exposed}.</translation>
    </message>
    <message>
      <source>{site} was breached after this password was set</source>
      <translation>Robaron datos de {site} después de que se pusiera esta contraseña</translation>
    </message>
    <message>
      <source>{site} was breached: was the password changed since?</source>
      <translation>Robaron datos de {site}: ¿se cambió la contraseña desde entonces?</translation>
    </message>
    <message>
      <source>HIBP breach {name} on {when}</source>
      <translation>Filtración de HIBP {name} del {when}</translation>
    </message>
    <message>
      <source>Data exposed: {exposed}</source>
      <translation>Datos expuestos: {exposed}</translation>
    </message>
  </context>
  <context>
    <name>checks/redact.py</name>
    <message>
      <source>name</source>
      <translation>nombre</translation>
    </message>
    <message>
      <source>personal word</source>
      <translation>palabra personal</translation>
    </message>
    <message>
      <source>e-mail address</source>
      <translation>dirección de correo electrónico</translation>
    </message>
    <message>
      <source>phone number</source>
      <translation>número de teléfono</translation>
    </message>
    <message>
      <source>card number</source>
      <translation>número de tarjeta</translation>
    </message>
    <message>
      <source>card security code</source>
      <translation>código de seguridad de la tarjeta</translation>
    </message>
    <message>
      <source>expiry date</source>
      <translation>fecha de caducidad</translation>
    </message>
    <message>
      <source>account number</source>
      <translation>número de cuenta</translation>
    </message>
    <message>
      <source>bank account number (IBAN)</source>
      <translation>número de cuenta bancaria (IBAN)</translation>
    </message>
    <message>
      <source>address</source>
      <translation>dirección</translation>
    </message>
    <message>
      <source>social security number</source>
      <translation>número de la seguridad social</translation>
    </message>
    <message>
      <source>National Insurance number</source>
      <translation>número de National Insurance</translation>
    </message>
    <message>
      <source>one-time code</source>
      <translation>código de un solo uso</translation>
    </message>
    <message>
      <source>password</source>
      <translation>contraseña</translation>
    </message>
    <message>
      <source>date of birth</source>
      <translation>fecha de nacimiento</translation>
    </message>
    <message>
      <source>login in a link</source>
      <translation>usuario y contraseña en un enlace</translation>
    </message>
    <message>
      <source>names</source>
      <translation>nombres</translation>
    </message>
    <message>
      <source>personal words</source>
      <translation>palabras personales</translation>
    </message>
    <message>
      <source>e-mail addresses</source>
      <translation>direcciones de correo electrónico</translation>
    </message>
    <message>
      <source>phone numbers</source>
      <translation>números de teléfono</translation>
    </message>
    <message>
      <source>card numbers</source>
      <translation>números de tarjeta</translation>
    </message>
    <message>
      <source>card security codes</source>
      <translation>códigos de seguridad de la tarjeta</translation>
    </message>
    <message>
      <source>expiry dates</source>
      <translation>fechas de caducidad</translation>
    </message>
    <message>
      <source>account numbers</source>
      <translation>números de cuenta</translation>
    </message>
    <message>
      <source>bank account numbers (IBAN)</source>
      <translation>números de cuenta bancaria (IBAN)</translation>
    </message>
    <message>
      <source>addresses</source>
      <translation>direcciones</translation>
    </message>
    <message>
      <source>social security numbers</source>
      <translation>números de la seguridad social</translation>
    </message>
    <message>
      <source>National Insurance numbers</source>
      <translation>números de National Insurance</translation>
    </message>
    <message>
      <source>one-time codes</source>
      <translation>códigos de un solo uso</translation>
    </message>
    <message>
      <source>passwords</source>
      <translation>contraseñas</translation>
    </message>
    <message>
      <source>dates of birth</source>
      <translation>fechas de nacimiento</translation>
    </message>
    <message>
      <source>logins in links</source>
      <translation>usuarios y contraseñas en enlaces</translation>
    </message>
    <message>
      <source>{n} name</source>
      <translation>{n} nombre</translation>
    </message>
    <message>
      <source>{n} names</source>
      <translation>{n} nombres</translation>
    </message>
    <message>
      <source>{n} personal word</source>
      <translation>{n} palabra personal</translation>
    </message>
    <message>
      <source>{n} personal words</source>
      <translation>{n} palabras personales</translation>
    </message>
    <message>
      <source>{n} e-mail address</source>
      <translation>{n} dirección de correo electrónico</translation>
    </message>
    <message>
      <source>{n} e-mail addresses</source>
      <translation>{n} direcciones de correo electrónico</translation>
    </message>
    <message>
      <source>{n} phone number</source>
      <translation>{n} número de teléfono</translation>
    </message>
    <message>
      <source>{n} phone numbers</source>
      <translation>{n} números de teléfono</translation>
    </message>
    <message>
      <source>{n} card number</source>
      <translation>{n} número de tarjeta</translation>
    </message>
    <message>
      <source>{n} card numbers</source>
      <translation>{n} números de tarjeta</translation>
    </message>
    <message>
      <source>{n} card security code</source>
      <translation>{n} código de seguridad de la tarjeta</translation>
    </message>
    <message>
      <source>{n} card security codes</source>
      <translation>{n} códigos de seguridad de la tarjeta</translation>
    </message>
    <message>
      <source>{n} expiry date</source>
      <translation>{n} fecha de caducidad</translation>
    </message>
    <message>
      <source>{n} expiry dates</source>
      <translation>{n} fechas de caducidad</translation>
    </message>
    <message>
      <source>{n} account number</source>
      <translation>{n} número de cuenta</translation>
    </message>
    <message>
      <source>{n} account numbers</source>
      <translation>{n} números de cuenta</translation>
    </message>
    <message>
      <source>{n} bank account number (IBAN)</source>
      <translation>{n} número de cuenta bancaria (IBAN)</translation>
    </message>
    <message>
      <source>{n} bank account numbers (IBAN)</source>
      <translation>{n} números de cuenta bancaria (IBAN)</translation>
    </message>
    <message>
      <source>{n} address</source>
      <translation>{n} dirección</translation>
    </message>
    <message>
      <source>{n} addresses</source>
      <translation>{n} direcciones</translation>
    </message>
    <message>
      <source>{n} social security number</source>
      <translation>{n} número de la seguridad social</translation>
    </message>
    <message>
      <source>{n} social security numbers</source>
      <translation>{n} números de la seguridad social</translation>
    </message>
    <message>
      <source>{n} National Insurance number</source>
      <translation>{n} número de National Insurance</translation>
    </message>
    <message>
      <source>{n} National Insurance numbers</source>
      <translation>{n} números de National Insurance</translation>
    </message>
    <message>
      <source>{n} one-time code</source>
      <translation>{n} código de un solo uso</translation>
    </message>
    <message>
      <source>{n} one-time codes</source>
      <translation>{n} códigos de un solo uso</translation>
    </message>
    <message>
      <source>{n} password</source>
      <translation>{n} contraseña</translation>
    </message>
    <message>
      <source>{n} passwords</source>
      <translation>{n} contraseñas</translation>
    </message>
    <message>
      <source>{n} date of birth</source>
      <translation>{n} fecha de nacimiento</translation>
    </message>
    <message>
      <source>{n} dates of birth</source>
      <translation>{n} fechas de nacimiento</translation>
    </message>
    <message>
      <source>{n} login in a link</source>
      <translation>{n} usuario y contraseña en un enlace</translation>
    </message>
    <message>
      <source>{n} logins in links</source>
      <translation>{n} usuarios y contraseñas en enlaces</translation>
    </message>
    <message>
      <source>No personal details were found to remove.</source>
      <translation>No se encontraron datos personales que quitar.</translation>
    </message>
    <message>
      <source>Removed {removed}.</source>
      <translation>Se quitó: {removed}.</translation>
    </message>
  </context>
  <context>
    <name>checks/scam/__init__.py</name>
    <message>
      <source>Hearth could not tell.</source>
      <translation>Hearth no lo pudo saber.</translation>
    </message>
    <message>
      <source>Hearth is very sure this is a scam.</source>
      <translation>Hearth tiene muy claro que esto es una estafa.</translation>
    </message>
    <message>
      <source>Hearth thinks this is most likely a scam.</source>
      <translation>Hearth cree que probablemente es una estafa.</translation>
    </message>
    <message>
      <source>Hearth sees some signs of a scam, but is not sure.</source>
      <translation>Hearth ve algunas señales de estafa, pero no lo tiene claro.</translation>
    </message>
    <message>
      <source>Hearth found a few weak signs, not enough to call it a scam.</source>
      <translation>Hearth encontró algunas señales débiles, no suficientes para llamarlo estafa.</translation>
    </message>
    <message>
      <source>Hearth found no signs of a scam.</source>
      <translation>Hearth no encontró señales de estafa.</translation>
    </message>
    <message>
      <source>a link</source>
      <translation>un enlace</translation>
    </message>
    <message>
      <source>a number to call</source>
      <translation>un número al que llamar</translation>
    </message>
    <message>
      <source>an e-mail address</source>
      <translation>una dirección de correo electrónico</translation>
    </message>
    <message>
      <source>a request for money or details</source>
      <translation>una petición de dinero o de datos</translation>
    </message>
    <message>
      <source>a reply</source>
      <translation>una forma de responder</translation>
    </message>
    <message>
      <source>a link and a number to call</source>
      <translation>un enlace y un número al que llamar</translation>
    </message>
    <message>
      <source>a link and an e-mail address</source>
      <translation>un enlace y una dirección de correo electrónico</translation>
    </message>
    <message>
      <source>a link and a request for money or details</source>
      <translation>un enlace y una petición de dinero o de datos</translation>
    </message>
    <message>
      <source>a number to call and an e-mail address</source>
      <translation>un número al que llamar y una dirección de correo electrónico</translation>
    </message>
    <message>
      <source>a number to call and a request for money or details</source>
      <translation>un número al que llamar y una petición de dinero o de datos</translation>
    </message>
    <message>
      <source>an e-mail address and a request for money or details</source>
      <translation>una dirección de correo electrónico y una petición de dinero o de datos</translation>
    </message>
    <message>
      <source>If you are unsure about a message, don't click links or call numbers in it; contact the company or person using a number or website you already know.</source>
      <translation>Si tienes dudas sobre un mensaje, no abras sus enlaces ni llames a sus números; contacta con la empresa o la persona usando un número o sitio web que ya conozcas.</translation>
    </message>
    <message>
      <source>Hearth could not read this text well enough to check it.</source>
      <translation>Hearth no pudo leer este texto lo bastante bien para revisarlo.</translation>
    </message>
    <message>
      <source>There was nothing to check. Paste the message, link or phone number you want to check.</source>
      <translation>No había nada que revisar. Pega el mensaje, el enlace o el número de teléfono que quieres revisar.</translation>
    </message>
    <message>
      <source>The text hides characters that reverse the reading direction, a trick to disguise links or file names.</source>
      <translation>El texto esconde caracteres que invierten el sentido de lectura, un truco para disfrazar enlaces o nombres de archivo.</translation>
    </message>
    <message>
      <source>Invisible characters are hidden inside words, a trick to get past spam filters.</source>
      <translation>Hay caracteres invisibles escondidos dentro de las palabras, un truco para burlar los filtros de correo no deseado.</translation>
    </message>
    <message>
      <source>Some words mix in letters from another alphabet that look like normal letters, to copy a real name and get past filters.</source>
      <translation>Algunas palabras mezclan letras de otro alfabeto que parecen letras normales, para copiar un nombre real y burlar los filtros.</translation>
    </message>
    <message>
      <source>The text holds {count} links; Hearth looked closely at the first {first}.</source>
      <translation>El texto tiene {count} enlaces; Hearth revisó con detalle los primeros {first}.</translation>
    </message>
    <message>
      <source>That doesn't look like a phone number. Check the digits, or paste the whole message instead.</source>
      <translation>Eso no parece un número de teléfono. Revisa las cifras o pega el mensaje completo.</translation>
    </message>
    <message>
      <source>This is not a number that can exist. Caller ID can be faked, so a call 'from' it proves nothing.</source>
      <translation>Este número no puede existir. El número que aparece en una llamada se puede falsificar, así que una llamada «desde» él no demuestra nada.</translation>
    </message>
    <message>
      <source>The message names {brand}, but its link goes to {site}, which is not {brand}'s website.</source>
      <translation>El mensaje nombra a {brand}, pero su enlace lleva a {site}, que no es el sitio web de {brand}.</translation>
    </message>
    <message>
      <source>The message names {brand}, but its link goes to another site, which is not {brand}'s website.</source>
      <translation>El mensaje nombra a {brand}, pero su enlace lleva a otro sitio, que no es el sitio web de {brand}.</translation>
    </message>
    <message>
      <source>It tells a story to worry or tempt you and gives you {what} to act on it right away, which is the shape of most scams.</source>
      <translation>Cuenta una historia para preocuparte o tentarte y te da {what} para que actúes enseguida, que es la forma de la mayoría de las estafas.</translation>
    </message>
    <message>
      <source>It rushes or threatens you and asks for money, a code or access at the same time.</source>
      <translation>Te mete prisa o te amenaza y, a la vez, te pide dinero, un código o acceso.</translation>
    </message>
    <message>
      <source>It shows red flags of {kinds} different kinds at once.</source>
      <translation>Muestra señales de alerta de {kinds} tipos distintos a la vez.</translation>
    </message>
    <message>
      <source>Its link is disguised or sits on a throw-away address, and the message pushes you to act on a money, account or prize story: real companies send links to their own website.</source>
      <translation>Su enlace está disfrazado o está en una dirección de usar y tirar, y el mensaje te empuja a actuar por una historia de dinero, de una cuenta o de un premio: las empresas de verdad envían enlaces a su propio sitio web.</translation>
    </message>
    <message>
      <source>It asks you to open a link that is disguised or sits on a throw-away address.</source>
      <translation>Te pide que abras un enlace disfrazado o que está en una dirección de usar y tirar.</translation>
    </message>
    <message>
      <source>It is a short, friendly first message from someone who doesn't say how they know you, which is how 'wrong number' and romance scams start: don't reply, block the number.</source>
      <translation>Es un primer mensaje corto y amable de alguien que no dice de qué te conoce, que es como empiezan las estafas de «número equivocado» y las románticas: no respondas y bloquea el número.</translation>
    </message>
    <message>
      <source>It reads like a card or bank alert that asks you to reply YES or NO. Real banks send these, and so do scammers, so Hearth can't tell which this is.</source>
      <translation>Parece un aviso de tarjeta o del banco que te pide responder SÍ o NO. Los bancos de verdad los envían, y los estafadores también, así que Hearth no puede saber cuál es este.</translation>
    </message>
    <message>
      <source>It is a bank's alert with a number to call. Real banks send these, and so do scammers, so Hearth can't tell which this is.</source>
      <translation>Es un aviso de un banco con un número al que llamar. Los bancos de verdad los envían, y los estafadores también, así que Hearth no puede saber cuál es este.</translation>
    </message>
    <message>
      <source>You don't know who sent this, and it asks for money, a code or your details. Don't send anything to someone you can't check.</source>
      <translation>No sabes quién lo envió y te pide dinero, un código o tus datos. No envíes nada a alguien a quien no puedes comprobar.</translation>
    </message>
    <message>
      <source>You don't know who sent this, and it reads like a friendly first message. That is how 'wrong number', romance and investment scams start.</source>
      <translation>No sabes quién lo envió y parece un primer mensaje amable. Así empiezan las estafas de «número equivocado», las románticas y las de inversión.</translation>
    </message>
    <message>
      <source>This link looks like the throw-away links scams use: real companies send links to their own, well-known website.</source>
      <translation>Este enlace se parece a los enlaces desechables que usan las estafas: las empresas de verdad envían enlaces a su propia web, la que todos conocen.</translation>
    </message>
    <message>
      <source>Words often seen in scams: {phrases}.</source>
      <translation>Palabras que se ven a menudo en estafas: {phrases}.</translation>
    </message>
    <message>
      <source>It says it is from {brand}, but it was sent from {domain}, which is not {brand}'s address.</source>
      <translation>Dice que es de {brand}, pero se envió desde {domain}, que no es una dirección de {brand}.</translation>
    </message>
    <message>
      <source>The sender's number:</source>
      <translation>El número del remitente:</translation>
    </message>
    <message>
      <source>Report it to the FTC at reportfraud.ftc.gov. If money was lost online, also report it to the FBI at ic3.gov.</source>
      <translation>Denúncialo a la FTC en reportfraud.ftc.gov. Si se perdió dinero por internet, denúncialo también al FBI en ic3.gov.</translation>
    </message>
    <message>
      <source>Forward scam texts to 7726 (SPAM) and then delete them.</source>
      <translation>Reenvía los SMS de estafa al 7726 (SPAM) y después bórralos.</translation>
    </message>
    <message>
      <source>Report it to Action Fraud (actionfraud.police.uk, 0300 123 2040), now called Report Fraud.</source>
      <translation>Denúncialo a Action Fraud (actionfraud.police.uk, 0300 123 2040), que ahora se llama Report Fraud.</translation>
    </message>
    <message>
      <source>Forward scam texts to 7726 for free, and scam e-mails to report@phishing.gov.uk.</source>
      <translation>Reenvía gratis los SMS de estafa al 7726, y los correos electrónicos de estafa a report@phishing.gov.uk.</translation>
    </message>
    <message>
      <source>Call INCIBE's free cybersecurity helpline on 017 for advice, and report it to the Policía Nacional or Guardia Civil.</source>
      <translation>Llama al 017, la línea gratuita de ayuda en ciberseguridad de INCIBE, para pedir consejo, y denúncialo a la Policía Nacional o a la Guardia Civil.</translation>
    </message>
    <message>
      <source>Block the sender and delete the message.</source>
      <translation>Bloquea al remitente y borra el mensaje.</translation>
    </message>
    <message>
      <source>Don't reply, don't click any link and don't call any number in it.</source>
      <translation>No respondas, no abras ningún enlace y no llames a ningún número que aparezca.</translation>
    </message>
    <message>
      <source>Be careful: don't click links or call numbers in it until you have checked it another way.</source>
      <translation>Ten cuidado: no abras sus enlaces ni llames a sus números hasta que lo hayas comprobado de otra forma.</translation>
    </message>
    <message>
      <source>Hearth found the warning signs above, but not enough to call this a scam. If anything feels off, check with the company or person using a number or website you already know.</source>
      <translation>Hearth encontró las señales de alerta de arriba, pero no bastan para decir que es una estafa. Si algo te parece raro, compruébalo con la empresa o la persona usando un número o sitio web que ya conozcas.</translation>
    </message>
    <message>
      <source>Scammers change their tricks. If anything feels off, check with the company or person using a number or website you already know.</source>
      <translation>Los estafadores cambian de trucos. Si algo te parece raro, compruébalo con la empresa o la persona usando un número o sitio web que ya conozcas.</translation>
    </message>
    <message>
      <source>Don't reply, not even to say 'wrong number': a reply tells them your number is in use.</source>
      <translation>No contestes, ni siquiera para decir «número equivocado»: si contestas, saben que tu número está en uso.</translation>
    </message>
    <message>
      <source>Never share a verification code with anyone, even someone who says they are from your bank or a friend.</source>
      <translation>Nunca compartas un código de verificación con nadie, aunque diga que es de tu banco o que es un amigo.</translation>
    </message>
    <message>
      <source>Never give a password, PIN or card details to someone who contacted you.</source>
      <translation>Nunca des una contraseña, un PIN ni datos de tu tarjeta a alguien que te contactó.</translation>
    </message>
    <message>
      <source>Don't install any app a caller asks for. If you already did, turn off the internet, uninstall it and ask someone you trust to check the device.</source>
      <translation>No instales ninguna app que te pida quien te llama. Si ya lo hiciste, desconecta internet, desinstálala y pide a alguien de confianza que revise el dispositivo.</translation>
    </message>
    <message>
      <source>Don't send money, gift cards or crypto. If you already paid, call your bank or card company now using the number on your card, and keep any receipts.</source>
      <translation>No envíes dinero, tarjetas regalo ni criptomonedas. Si ya pagaste, llama ahora a tu banco o a la empresa de tu tarjeta usando el número que aparece en ella, y guarda los recibos.</translation>
    </message>
    <message>
      <source>Real banks never ask you to move money or share a code. Hang up and call the number on the back of your card.</source>
      <translation>Los bancos de verdad nunca te piden mover dinero ni compartir un código. Cuelga y llama al número que aparece detrás de tu tarjeta.</translation>
    </message>
    <message>
      <source>Call your relative on the number you already have for them before doing anything.</source>
      <translation>Antes de hacer nada, llama a tu familiar al número que ya tienes de esa persona.</translation>
    </message>
    <message>
      <source>To check a parcel or a toll bill, type the company's real website yourself or use its official app.</source>
      <translation>Para comprobar un paquete o un cobro de peaje, escribe tú mismo la dirección del sitio web real de la empresa o usa su app oficial.</translation>
    </message>
    <message>
      <source>Microsoft, Apple and other companies never call or pop up to say you have a virus. Close the page or hang up.</source>
      <translation>Microsoft, Apple y otras empresas nunca llaman ni abren ventanas para decirte que tienes un virus. Cierra la página o cuelga.</translation>
    </message>
    <message>
      <source>Government offices don't demand payment by phone or text. Look up their real number yourself.</source>
      <translation>Las oficinas del gobierno no exigen pagos por teléfono ni por SMS. Busca tú mismo su número real.</translation>
    </message>
    <message>
      <source>Don't send money or crypto to someone you have only met online, and don't use an investment app they suggest.</source>
      <translation>No envíes dinero ni criptomonedas a alguien a quien solo conoces por internet, y no uses una app de inversión que te recomiende.</translation>
    </message>
    <message>
      <source>Real jobs never ask you to pay to start or to buy things for 'tasks'.</source>
      <translation>Los trabajos de verdad nunca te piden pagar para empezar ni comprar cosas para hacer «tareas».</translation>
    </message>
    <message>
      <source>Don't pay and don't reply. These threats are sent to many people at once; change the password it mentions.</source>
      <translation>No pagues y no respondas. Estas amenazas se envían a muchas personas a la vez; cambia la contraseña que menciona.</translation>
    </message>
    <message>
      <source>Block the sender.</source>
      <translation>Bloquea al remitente.</translation>
    </message>
    <message>
      <source>Report it to your country's consumer-protection or police fraud service, and warn people you know.</source>
      <translation>Denúncialo al servicio de protección al consumidor o de fraudes de la policía de tu país, y avisa a la gente que conoces.</translation>
    </message>
    <message>
      <source>If you already clicked, typed a password, paid or gave access: open Hearth's Emergency help page now.</source>
      <translation>Si ya abriste el enlace, escribiste una contraseña, pagaste o diste acceso: abre ahora la página de ayuda de emergencia de Hearth.</translation>
    </message>
    <message>
      <source>To check an alert like this, don't reply and don't call any number in it: open your bank's app or call the number on the back of your card. If someone calls you about it, hang up: your bank will never ask for a code, your PIN or for you to move money.</source>
      <translation>Para comprobar un aviso así, no respondas ni llames a ningún número que aparezca: abre la app de tu banco o llama al número que hay en el dorso de tu tarjeta. Si alguien te llama por este motivo, cuelga: tu banco nunca te pedirá un código, tu PIN ni que muevas dinero.</translation>
    </message>
    <message>
      <source>Hearth can't tell if you know who sent this. If you don't know the number, don't reply and don't send anything: texts like this from strangers are how 'wrong number', romance and money scams start. Block the number.</source>
      <translation>Hearth no puede saber si conoces a quien te lo envió. Si no conoces el número, no contestes ni envíes nada: mensajes así de desconocidos son como empiezan las estafas de «número equivocado», las románticas y las de dinero. Bloquea el número.</translation>
    </message>
    <message>
      <source>A number alone can't show who is calling: caller ID can be faked. If a caller asks for money or codes, hang up and call the company yourself.</source>
      <translation>Un número por sí solo no muestra quién llama: el número que aparece en una llamada se puede falsificar. Si quien llama te pide dinero o códigos, cuelga y llama tú mismo a la empresa.</translation>
    </message>
    <message>
      <source>The text was very long, so Hearth checked only the first {limit} characters.</source>
      <translation>El texto era muy largo, así que Hearth revisó solo los primeros {limit} caracteres.</translation>
    </message>
    <message>
      <source>The e-mail file was empty. Save the whole message (as .eml) and try again.</source>
      <translation>El archivo de correo electrónico estaba vacío. Guarda el mensaje completo (como .eml) y vuelve a intentarlo.</translation>
    </message>
    <message>
      <source>Hearth could not find any text in this e-mail to check.</source>
      <translation>Hearth no encontró ningún texto que revisar en este correo electrónico.</translation>
    </message>
    <message>
      <source>Hearth could not read this e-mail file.</source>
      <translation>Hearth no pudo leer este archivo de correo electrónico.</translation>
    </message>
  </context>
  <context>
    <name>checks/scam/_email.py</name>
    <message>
      <source>The receiving mail server could not confirm the sender ({failed} check failed): the 'From' address may be forged.</source>
      <translation>El servidor de correo que lo recibió no pudo confirmar quién lo envía (falló la comprobación {failed}): la dirección «De» puede ser falsa.</translation>
    </message>
    <message>
      <source>The sender's name shows the address {in_name}, but the message really came from {sender}.</source>
      <translation>El nombre del remitente muestra la dirección {in_name}, pero el mensaje en realidad vino de {sender}.</translation>
    </message>
    <message>
      <source>The sender's name shows the address {in_name}, but the message really came from another address.</source>
      <translation>El nombre del remitente muestra la dirección {in_name}, pero el mensaje en realidad vino de otra dirección.</translation>
    </message>
    <message>
      <source>The sender calls itself {who}, but the address is {address}, which is not {brand}'s.</source>
      <translation>El remitente se presenta como {who}, pero la dirección es {address}, que no es de {brand}.</translation>
    </message>
    <message>
      <source>The sender calls itself {who} but writes from a free personal address ({from_dom}); real companies use their own.</source>
      <translation>El remitente se presenta como {who}, pero escribe desde una dirección personal gratuita ({from_dom}); las empresas de verdad usan la suya propia.</translation>
    </message>
    <message>
      <source>Replies would go to {reply}, not to the sender's address {sender}.</source>
      <translation>Las respuestas irían a {reply}, no a la dirección del remitente, {sender}.</translation>
    </message>
    <message>
      <source>A link shows {shown_host} but really goes to {real_site}.</source>
      <translation>Un enlace muestra {shown_host}, pero en realidad lleva a {real_site}.</translation>
    </message>
  </context>
  <context>
    <name>checks/scam/_phones.py</name>
    <message>
      <source>a premium-rate line (calls cost a lot per minute)</source>
      <translation>una línea de tarificación especial (las llamadas cuestan mucho por minuto)</translation>
    </message>
    <message>
      <source>a shared-cost line</source>
      <translation>una línea de coste compartido</translation>
    </message>
    <message>
      <source>a company 'universal access' line</source>
      <translation>una línea de empresa de «acceso universal»</translation>
    </message>
    <message>
      <source>a 'personal number' that can forward anywhere in the world</source>
      <translation>un «número personal» que puede desviar la llamada a cualquier parte del mundo</translation>
    </message>
    <message>
      <source>an internet (VoIP) number that anyone can get</source>
      <translation>un número de internet (VoIP) que cualquiera puede conseguir</translation>
    </message>
    <message>
      <source>a pager number</source>
      <translation>un número de buscapersonas</translation>
    </message>
    <message>
      <source>The number {number} is {line}: calling it makes money for whoever runs it.</source>
      <translation>El número {number} es {line}: llamar a ese número hace ganar dinero a quien lo gestiona.</translation>
    </message>
    <message>
      <source>The number {number} is {line}.</source>
      <translation>El número {number} es {line}.</translation>
    </message>
    <message>
      <source>The number {number} looks local but is really in {country}; calling it can cost a lot.</source>
      <translation>El número {number} parece local, pero en realidad es de {country}; llamar a ese número puede costar mucho.</translation>
    </message>
    <message>
      <source>The number {number} is in {country}, not your country.</source>
      <translation>El número {number} es de {country}, no de tu país.</translation>
    </message>
  </context>
  <context>
    <name>checks/scam/_signals.py</name>
    <message>
      <source>It asks you to pass on a verification code, which is the key to your account and which real companies never ask for.</source>
      <translation>Te pide que pases un código de verificación, que es la llave de tu cuenta y que las empresas de verdad nunca piden.</translation>
    </message>
    <message>
      <source>Someone asked for a code sent to your phone, and that code would let them into your account.</source>
      <translation>Alguien pidió un código enviado a tu teléfono, y ese código le dejaría entrar en tu cuenta.</translation>
    </message>
    <message>
      <source>The 'I sent my code to you by mistake' story is a trick to take over your account with the code.</source>
      <translation>La historia de 'te mandé mi código por error' es un truco para quitarte la cuenta con ese código.</translation>
    </message>
    <message>
      <source>It asks for a password, PIN or card or bank details, which real companies never ask for by message or phone.</source>
      <translation>Pide una contraseña, un PIN o datos de tarjeta o del banco, que las empresas de verdad nunca piden por mensaje ni por teléfono.</translation>
    </message>
    <message>
      <source>Someone asked for a PIN, password or card details, which real banks and companies never ask for.</source>
      <translation>Alguien pidió un PIN, una contraseña o datos de tarjeta, que los bancos y empresas de verdad nunca piden.</translation>
    </message>
    <message>
      <source>It asks you to have your card, PIN or password ready for a call, but real banks never ask for your PIN.</source>
      <translation>Te pide que tengas a mano tu tarjeta, tu PIN o tu contraseña para una llamada, pero los bancos de verdad nunca piden tu PIN.</translation>
    </message>
    <message>
      <source>It involves a remote-control app, which would let a stranger see and control your device and your bank.</source>
      <translation>Habla de una app de control remoto, que dejaría a un desconocido ver y manejar tu aparato y tu banco.</translation>
    </message>
    <message>
      <source>It asks you to let someone connect to or control your computer or phone.</source>
      <translation>Te pide que dejes a alguien conectarse a tu ordenador o teléfono, o manejarlos.</translation>
    </message>
    <message>
      <source>It asks for payment in gift cards, which only scammers ask for.</source>
      <translation>Pide el pago con tarjetas regalo, algo que solo piden los estafadores.</translation>
    </message>
    <message>
      <source>It asks for payment in cryptocurrency or at a bitcoin machine, which can't be undone or traced.</source>
      <translation>Pide el pago en criptomonedas o en un cajero de bitcoin, y ese pago no se puede deshacer ni rastrear.</translation>
    </message>
    <message>
      <source>It asks for a wire transfer or money-transfer service, which is hard to get back.</source>
      <translation>Pide una transferencia bancaria o un servicio de envío de dinero, y ese dinero es difícil de recuperar.</translation>
    </message>
    <message>
      <source>It asks you to move money to a 'safe' or new account, which real banks never ask you to do.</source>
      <translation>Te pide que pases tu dinero a una cuenta 'segura' o nueva, algo que los bancos de verdad nunca piden.</translation>
    </message>
    <message>
      <source>A courier coming to collect cash, cards or gold is a known scam; banks and police never do this.</source>
      <translation>Un mensajero que viene a recoger dinero en efectivo, tarjetas u oro es una estafa conocida; los bancos y la policía nunca hacen esto.</translation>
    </message>
    <message>
      <source>It says a supplier's or person's bank details have changed and asks you to pay the new account, the most common invoice fraud, so confirm by phone on a number you already have.</source>
      <translation>Dice que los datos bancarios de un proveedor o de una persona han cambiado y te pide que pagues a la cuenta nueva, el fraude de facturas más común, así que confírmalo por teléfono en un número que ya tengas.</translation>
    </message>
    <message>
      <source>It asks for money through a payment app (Zelle, Venmo, Cash App...), where payments are like cash and can't be taken back.</source>
      <translation>Pide dinero por una app de pagos (Zelle, Venmo, Cash App...), donde los pagos son como dinero en efectivo y no se pueden recuperar.</translation>
    </message>
    <message>
      <source>It asks you to send money back, but money that 'arrived by mistake' is usually stolen or fake and you would lose what you send.</source>
      <translation>Te pide que devuelvas dinero, pero el dinero que 'llegó por error' suele ser robado o falso, y perderías lo que envíes.</translation>
    </message>
    <message>
      <source>It gives bank details to pay into. Before you pay anyone new, check it is really them: call them on a number you already have.</source>
      <translation>Da unos datos bancarios para que pagues. Antes de pagar a alguien nuevo, comprueba que de verdad es esa persona: llámala a un número que ya tengas.</translation>
    </message>
    <message>
      <source>It asks you to send money.</source>
      <translation>Te pide que envíes dinero.</translation>
    </message>
    <message>
      <source>It asks for a small payment, the way fake parcel and toll texts steal card details with tiny sums.</source>
      <translation>Pide un pago pequeño, como hacen los mensajes falsos de paquetes y peajes para robar datos de tarjetas con cantidades mínimas.</translation>
    </message>
    <message>
      <source>It asks you to pay a fee before you can receive money or a prize, which is how advance-fee scams work.</source>
      <translation>Te pide pagar una tarifa antes de poder recibir dinero o un premio, que es como funcionan las estafas de pago por adelantado.</translation>
    </message>
    <message>
      <source>It says you have won a prize or been picked for a reward, but you can't win a draw you never entered.</source>
      <translation>Dice que has ganado un premio o que te han elegido para una recompensa, pero no puedes ganar un sorteo en el que nunca participaste.</translation>
    </message>
    <message>
      <source>It offers you a large sum of money out of the blue (a prize, inheritance or fund to 'transfer'), which is an advance-fee scam.</source>
      <translation>Te ofrece de repente una gran cantidad de dinero (un premio, una herencia o un fondo para 'transferir'), y eso es una estafa de pago por adelantado.</translation>
    </message>
    <message>
      <source>It talks about a lottery, draw or sweepstakes, a common scam story.</source>
      <translation>Habla de una lotería, un sorteo o un concurso de premios, una historia de estafa muy común.</translation>
    </message>
    <message>
      <source>It promises a 'guaranteed' or free reward, which real offers rarely do.</source>
      <translation>Promete una recompensa 'garantizada' o gratis, algo que las ofertas de verdad casi nunca hacen.</translation>
    </message>
    <message>
      <source>It says a parcel could not be delivered or is on hold, the story of the most common scam text of all.</source>
      <translation>Dice que un paquete no se pudo entregar o está retenido, la historia del mensaje de estafa más común de todos.</translation>
    </message>
    <message>
      <source>It says you owe a toll or road fee, a very common scam right now because toll agencies don't text links to pay.</source>
      <translation>Dice que debes un peaje o una tasa de carretera, una estafa muy común ahora, porque las empresas de peajes no mandan enlaces para pagar por mensaje de texto.</translation>
    </message>
    <message>
      <source>It names a toll-road service, whose name fake toll texts copy, so check your balance only in the agency's own app or site.</source>
      <translation>Nombra un servicio de peajes, cuyo nombre copian los mensajes falsos de peajes, así que mira tu saldo solo en la app o la web de esa empresa.</translation>
    </message>
    <message>
      <source>It is written like a bank fraud alert, which scammers copy to get you to call them or click.</source>
      <translation>Está escrito como una alerta de fraude del banco, que los estafadores copian para que los llames o hagas clic.</translation>
    </message>
    <message>
      <source>It says the bank's fraud team will call you. Scammers send this so that you trust their call: hang up and call the number on the back of your card.</source>
      <translation>Dice que el equipo de fraudes del banco te va a llamar. Los estafadores mandan esto para que te fíes de su llamada: cuelga y llama al número que está detrás de tu tarjeta.</translation>
    </message>
    <message>
      <source>It says there is a problem with your account or payment that you must fix, a common trick to steal logins.</source>
      <translation>Dice que hay un problema con tu cuenta o con un pago que debes arreglar, un truco común para robar datos de acceso.</translation>
    </message>
    <message>
      <source>It says a document, file or secure message is waiting for you behind a link, a common way to send a fake sign-in page.</source>
      <translation>Dice que un documento, un archivo o un mensaje protegido te espera detrás de un enlace, una forma común de enviar una página falsa para iniciar sesión.</translation>
    </message>
    <message>
      <source>It asks you to 'verify' or 'confirm' your account or details, which is how fake sign-in pages are sent.</source>
      <translation>Te pide que 'verifiques' o 'confirmes' tu cuenta o tus datos, que es como se envían las páginas falsas para iniciar sesión.</translation>
    </message>
    <message>
      <source>It says it comes from a government office. Agencies like the tax office or Social Security don't threaten you or ask for payment by text or phone, so check anything like that on the agency's own website.</source>
      <translation>Dice que viene de una oficina del gobierno. Organismos como la oficina de impuestos o la Seguridad Social no te amenazan ni te piden pagos por mensaje de texto ni por teléfono, así que comprueba algo así en la web oficial del organismo.</translation>
    </message>
    <message>
      <source>It offers a tax refund, rebate or government payment, which tax offices never send by text or e-mail with a link.</source>
      <translation>Ofrece una devolución de impuestos, un reembolso o un pago del gobierno, algo que las oficinas de impuestos nunca envían por mensaje de texto o correo electrónico con un enlace.</translation>
    </message>
    <message>
      <source>It says you were paid too much and must send money back, which is a known overpayment scam.</source>
      <translation>Dice que te pagaron de más y que debes devolver dinero, que es una estafa conocida de pago de más.</translation>
    </message>
    <message>
      <source>It says your device has a virus or that tech support is contacting you, but Microsoft, Apple and others never contact you about viruses.</source>
      <translation>Dice que tu aparato tiene un virus o que el servicio técnico se pone en contacto contigo, pero Microsoft, Apple y otras empresas nunca te contactan por virus.</translation>
    </message>
    <message>
      <source>It tells you to call or click if you 'didn't authorize' a charge, a way to get you onto a scammer's phone line or fake page.</source>
      <translation>Te dice que llames o hagas clic si 'no autorizaste' un cargo, una forma de llevarte a la línea de teléfono de un estafador o a una página falsa.</translation>
    </message>
    <message>
      <source>It reports a charge, renewal or order you may not have made, to alarm you.</source>
      <translation>Habla de un cargo, una renovación o un pedido que quizá no hiciste, para asustarte.</translation>
    </message>
    <message>
      <source>A 'new number' message from a child or relative is a known scam, so call them on the number you already have.</source>
      <translation>Un mensaje de 'número nuevo' de un hijo o un familiar es una estafa conocida, así que llama a esa persona al número que ya tienes.</translation>
    </message>
    <message>
      <source>It says the sender has a new number, so check it is really them by calling the number you already have.</source>
      <translation>Dice que quien escribe tiene un número nuevo, así que comprueba que de verdad es esa persona llamando al número que ya tienes.</translation>
    </message>
    <message>
      <source>A relative in trouble who needs money fast (jail, hospital, accident) is a classic scam, now with cloned voices, so call them back on a number you know.</source>
      <translation>Un familiar en apuros que necesita dinero rápido (cárcel, hospital, accidente) es una estafa clásica, ahora con voces copiadas, así que llama a esa persona a un número que conozcas.</translation>
    </message>
    <message>
      <source>'I'm in a meeting, can't talk, I need a favour' is how fake-boss and fake-friend scams start.</source>
      <translation>'Estoy en una reunión, no puedo hablar, necesito un favor' es como empiezan las estafas del falso jefe y del falso amigo.</translation>
    </message>
    <message>
      <source>A message 'from your boss' or a leader on a new number is how gift-card and payment scams start, so check with them in person.</source>
      <translation>Un mensaje 'de tu jefe' o de un líder desde un número nuevo es como empiezan las estafas de tarjetas regalo y de pagos, así que compruébalo con esa persona en persona.</translation>
    </message>
    <message>
      <source>A friendly 'wrong number' message from a stranger is how romance and investment scams often begin.</source>
      <translation>Un mensaje amable de 'número equivocado' de un desconocido es como suelen empezar las estafas románticas y de inversión.</translation>
    </message>
    <message>
      <source>A stranger claims you met or says how they 'found' your number, which is how friendly scam chats are started.</source>
      <translation>Un desconocido dice que ya se conocen o cuenta cómo 'encontró' tu número, que es como se empiezan las charlas amables de estafa.</translation>
    </message>
    <message>
      <source>A stranger making friendly small talk and asking about you is how 'pig-butchering' romance and investment scams start.</source>
      <translation>Un desconocido que charla contigo de forma amable y te pregunta por tu vida es como empiezan las estafas románticas y de inversión del tipo 'matanza del cerdo'.</translation>
    </message>
    <message>
      <source>It teases a message, admirer or surprise you can only see by calling, texting or clicking, a classic bait for costly numbers and fake sites.</source>
      <translation>Despierta tu curiosidad con un mensaje, un admirador o una sorpresa que solo puedes ver si llamas, escribes o haces clic, un cebo clásico para números caros y páginas falsas.</translation>
    </message>
    <message>
      <source>Someone you know only online who asks for money, gift cards or crypto is almost always a scammer.</source>
      <translation>Alguien a quien solo conoces por internet y que te pide dinero, tarjetas regalo o criptomonedas es casi siempre un estafador.</translation>
    </message>
    <message>
      <source>It threatens to share private videos or pictures unless you pay, a bluff mailed to many people at once.</source>
      <translation>Amenaza con compartir videos o fotos privadas si no pagas, un farol enviado a muchas personas a la vez.</translation>
    </message>
    <message>
      <source>It offers easy, well-paid work out of the blue, and job or 'task' scams make you pay before you are ever paid.</source>
      <translation>Te ofrece de repente un trabajo fácil y bien pagado, y las estafas de empleo o de 'tareas' te hacen pagar antes de que te paguen nada.</translation>
    </message>
    <message>
      <source>It promises high pay for little work, which real employers don't text to strangers.</source>
      <translation>Promete mucho dinero por poco trabajo, algo que los empleadores de verdad no mandan por mensaje a desconocidos.</translation>
    </message>
    <message>
      <source>It pitches an investment platform, group or mentor, the way crypto and investment scams begin.</source>
      <translation>Te presenta una plataforma, un grupo o un mentor de inversión, que es como empiezan las estafas de criptomonedas y de inversión.</translation>
    </message>
    <message>
      <source>It promises sure or very high profits, which no real investment can promise.</source>
      <translation>Promete ganancias garantizadas o muy altas, algo que ninguna inversión de verdad puede prometer.</translation>
    </message>
    <message>
      <source>It threatens to cut off your power, gas, water or phone right away, but utility companies give written notice first.</source>
      <translation>Amenaza con cortarte ya la luz, el gas, el agua o el teléfono, pero las compañías de esos servicios avisan antes por escrito.</translation>
    </message>
    <message>
      <source>Someone claimed to be from a company or agency, which anyone can say, so hang up and call the real number yourself.</source>
      <translation>Alguien dijo que era de una empresa o de un organismo, algo que cualquiera puede decir, así que cuelga y llama tú al número real.</translation>
    </message>
    <message>
      <source>It asks you to send personal details (name, address, date of birth, bank) to a stranger.</source>
      <translation>Te pide que envíes datos personales (nombre, dirección, fecha de nacimiento, banco) a un desconocido.</translation>
    </message>
    <message>
      <source>It offers a loan or debt help out of the blue, and loan scams take an upfront fee and never pay out.</source>
      <translation>Te ofrece de repente un préstamo o ayuda con deudas, y las estafas de préstamos cobran una tarifa por adelantado y nunca pagan.</translation>
    </message>
    <message>
      <source>It says you have an unpaid traffic or parking ticket to pay through a link or number, but real fines come by post with a way to check them yourself.</source>
      <translation>Dice que tienes una multa de tráfico o de estacionamiento sin pagar que debes pagar por un enlace o un número, pero las multas de verdad llegan por correo postal con una forma de comprobarlas tú mismo.</translation>
    </message>
    <message>
      <source>It says your reward points, miles or cashback are about to expire so that you click in a hurry, a common trick to steal card details.</source>
      <translation>Dice que tus puntos, millas o reembolsos de compras están a punto de caducar para que hagas clic con prisa, un truco común para robar datos de tarjetas.</translation>
    </message>
    <message>
      <source>It says your 'KYC' or ID documents must be updated or your account will be blocked, which banks never ask through a text link.</source>
      <translation>Dice que debes actualizar tus documentos de identidad o 'KYC' o te bloquearán la cuenta, algo que los bancos nunca piden con un enlace por mensaje de texto.</translation>
    </message>
    <message>
      <source>It uses a health scare (a COVID contact, a test kit, a vaccine pass) to get you to click or give details, which health services don't do by text link.</source>
      <translation>Usa un susto de salud (un contacto con COVID, un kit de pruebas, un pase de vacunación) para que hagas clic o des tus datos, algo que los servicios de salud no hacen con un enlace por mensaje de texto.</translation>
    </message>
    <message>
      <source>It says money is waiting for you but you must confirm, upgrade or pay first to accept it, a payment-app trick to steal logins or fees.</source>
      <translation>Dice que hay dinero esperándote, pero que primero debes confirmar, mejorar tu cuenta o pagar para aceptarlo, un truco de las apps de pagos para robar datos de acceso o cobrar tarifas.</translation>
    </message>
    <message>
      <source>It asks you to pay or deposit money to start or unlock work, and real employers never make you pay to get paid.</source>
      <translation>Te pide pagar o depositar dinero para empezar o desbloquear un trabajo, y los empleadores de verdad nunca te hacen pagar para cobrar.</translation>
    </message>
    <message>
      <source>It says you were picked for a job you may never have applied for, which is how job scams reach strangers.</source>
      <translation>Dice que te eligieron para un trabajo que quizá nunca pediste, que es como las estafas de empleo llegan a desconocidos.</translation>
    </message>
    <message>
      <source>Someone offers to show you how they or a relative make big money trading, the usual opening of 'pig-butchering' investment scams.</source>
      <translation>Alguien se ofrece a enseñarte cómo él o un familiar gana mucho dinero invirtiendo, el comienzo típico de las estafas de inversión del tipo 'matanza del cerdo'.</translation>
    </message>
    <message>
      <source>It offers to recover money you lost to a scam, but 'recovery' services are a second scam aimed at past victims.</source>
      <translation>Se ofrece a recuperar el dinero que perdiste en una estafa, pero los servicios de 'recuperación' son una segunda estafa dirigida a quienes ya fueron víctimas.</translation>
    </message>
    <message>
      <source>Someone claims to have hacked your device or to know your password and demands payment, a bluff sent to many people at once.</source>
      <translation>Alguien dice que ha entrado en tu aparato o que sabe tu contraseña y exige un pago, un farol enviado a muchas personas a la vez.</translation>
    </message>
    <message>
      <source>It is an 'invoice' for antivirus or tech-support renewal (Norton, McAfee, Geek Squad...), the most common fake bill designed to make you call a scammer.</source>
      <translation>Es una 'factura' por la renovación de un antivirus o de servicio técnico (Norton, McAfee, Geek Squad...), la factura falsa más común, hecha para que llames a un estafador.</translation>
    </message>
    <message>
      <source>A stranger saying your profile caught their eye or that they want to get to know you is how romance scams begin.</source>
      <translation>Un desconocido que dice que tu perfil le llamó la atención o que quiere conocerte es como empiezan las estafas románticas.</translation>
    </message>
    <message>
      <source>'Long time no see, how have you been?' from a number you don't know is a common way for scammers to start a chat.</source>
      <translation>'Cuánto tiempo sin verte, ¿cómo has estado?' desde un número que no conoces es una forma común de empezar una charla de estafa.</translation>
    </message>
    <message>
      <source>A stranger saying 'nice to meet you' without any reason to be writing is how friendly scam chats start.</source>
      <translation>Un desconocido que dice 'encantado de conocerte' sin ningún motivo para escribirte es como empiezan las charlas amables de estafa.</translation>
    </message>
    <message>
      <source>It asks whether you are someone else ('Is this Jessica?'), the opening line of many 'wrong number' scams.</source>
      <translation>Pregunta si eres otra persona ('¿Eres Jessica?'), la primera frase de muchas estafas de 'número equivocado'.</translation>
    </message>
    <message>
      <source>It greets someone by a first name and talks about plans as if you know each other, a 'wrong number' opener when it comes from a number you don't know.</source>
      <translation>Saluda a alguien por su nombre y habla de planes como si ya se conocieran, una forma de empezar una estafa de 'número equivocado' cuando llega de un número que no conoces.</translation>
    </message>
    <message>
      <source>The writer introduces themselves by name, which someone you already know wouldn't need to do.</source>
      <translation>Quien escribe se presenta con su nombre, algo que no haría falta si ya lo conocieras.</translation>
    </message>
    <message>
      <source>A stranger says someone 'told' them about you or gave them your number, a common way to open a scam chat.</source>
      <translation>Un desconocido dice que alguien le 'habló' de ti o le dio tu número, una forma común de empezar una charla de estafa.</translation>
    </message>
    <message>
      <source>It tries to rush you so that you act before you stop to think.</source>
      <translation>Intenta meterte prisa para que actúes antes de pararte a pensar.</translation>
    </message>
    <message>
      <source>It threatens arrest, court or legal action, which real agencies don't do by text or phone.</source>
      <translation>Amenaza con detención, juicio o acciones legales, algo que los organismos de verdad no hacen por mensaje de texto ni por teléfono.</translation>
    </message>
    <message>
      <source>It threatens fees, fines or a damaged record if you don't act now.</source>
      <translation>Amenaza con cargos, multas o daños a tu historial si no actúas ya.</translation>
    </message>
    <message>
      <source>It asks you to keep it secret so that your family or bank can't warn you.</source>
      <translation>Te pide que lo mantengas en secreto para que tu familia o tu banco no puedan avisarte.</translation>
    </message>
    <message>
      <source>It doesn't use your name ('Dear customer'), as mass scam messages do.</source>
      <translation>No usa tu nombre ('Estimado cliente'), como hacen los mensajes de estafa enviados en masa.</translation>
    </message>
    <message>
      <source>It wants to move the conversation to WhatsApp, Telegram or similar, where scammers are harder to trace.</source>
      <translation>Quiere pasar la conversación a WhatsApp, Telegram o algo parecido, donde es más difícil seguir la pista a los estafadores.</translation>
    </message>
    <message>
      <source>'Press 1' recorded calls about taxes, warranties or your account are a classic phone scam.</source>
      <translation>Las llamadas grabadas de 'Pulse 1' sobre impuestos, garantías o tu cuenta son una estafa telefónica clásica.</translation>
    </message>
    <message>
      <source>Calls about your car's 'extended warranty' expiring are a well-known scam.</source>
      <translation>Las llamadas sobre la 'garantía extendida' de tu vehículo a punto de vencer son una estafa muy conocida.</translation>
    </message>
    <message>
      <source>It asks you to reply ("Y" or "1") or copy a link into your browser, a trick to get past your phone's link protection.</source>
      <translation>Te pide que respondas ("Y" o "1") o que copies un enlace en tu navegador, un truco para saltarse la protección de enlaces de tu teléfono.</translation>
    </message>
    <message>
      <source>It asks you to scan a QR code to pay or sign in, and a QR code can hide a fake website.</source>
      <translation>Te pide escanear un código QR para pagar o iniciar sesión, y un código QR puede esconder una página web falsa.</translation>
    </message>
    <message>
      <source>It mentions per-minute or per-message charges or a text-back code, signs of a costly premium-rate service.</source>
      <translation>Habla de cobros por minuto o por mensaje o de un código para responder por mensaje, señales de un servicio caro de tarificación especial.</translation>
    </message>
    <message>
      <source>It gives you a 'claim code' or reference to quote, a common prize-scam touch.</source>
      <translation>Te da un 'código de premio' o una referencia que debes decir, un detalle típico de las estafas de premios.</translation>
    </message>
    <message>
      <source>Letters are swapped for numbers ('W0N', 'BL0CKED') to slip past spam filters.</source>
      <translation>Cambia letras por números ('W0N', 'BL0CKED') para pasar los filtros de spam.</translation>
    </message>
  </context>
  <context>
    <name>checks/scam/_urls.py</name>
    <message>
      <source>This is not a normal web link: it runs code or opens a file when clicked.</source>
      <translation>Esto no es un enlace web normal: ejecuta código o abre un archivo al hacer clic.</translation>
    </message>
    <message>
      <source>The web address uses letters from another alphabet that look like normal letters ({names}), a trick to copy a real site's name.</source>
      <translation>La dirección web usa letras de otro alfabeto que parecen letras normales ({names}), un truco para copiar el nombre de un sitio real.</translation>
    </message>
    <message>
      <source>The web address is written with unusual (non-English) characters, which can disguise where it really goes.</source>
      <translation>La dirección web está escrita con caracteres poco comunes (no ingleses), que pueden disfrazar adónde lleva en realidad.</translation>
    </message>
    <message>
      <source>The web address is an encoded international name (it really reads "{shown}"), a common way to fake a familiar name.</source>
      <translation>La dirección web es un nombre internacional codificado (en realidad dice "{shown}"), una forma habitual de imitar un nombre conocido.</translation>
    </message>
    <message>
      <source>The link has an '@' before the address: everything before it is ignored, so the real site is not the one it seems.</source>
      <translation>El enlace tiene una «@» antes de la dirección: todo lo que va antes se ignora, así que el sitio real no es el que parece.</translation>
    </message>
    <message>
      <source>The link goes to a bare number (an IP address) instead of a company's web name; real companies don't do that.</source>
      <translation>El enlace lleva a un número (una dirección IP) en lugar del nombre web de una empresa; las empresas de verdad no hacen eso.</translation>
    </message>
    <message>
      <source>The address is about signing in, verifying or paying, which is what fake sites ask for.</source>
      <translation>La dirección trata de iniciar sesión, verificar o pagar, que es lo que piden los sitios falsos.</translation>
    </message>
    <message>
      <source>The link moves the conversation to a chat app, where scammers are harder to trace.</source>
      <translation>El enlace lleva la conversación a una app de chat, donde es más difícil seguir el rastro a los estafadores.</translation>
    </message>
    <message>
      <source>The link is shortened, which hides where it really goes.</source>
      <translation>El enlace está acortado, lo que oculta adónde lleva en realidad.</translation>
    </message>
    <message>
      <source>The link goes through a temporary tunnel ({tunnel}) to someone's own computer, which scammers use for fake pages that vanish after a few hours.</source>
      <translation>El enlace pasa por un túnel temporal ({tunnel}) hasta el propio ordenador de alguien, algo que usan los estafadores para páginas falsas que desaparecen a las pocas horas.</translation>
    </message>
    <message>
      <source>The page is on a free website service ({free}) that anyone can use; real banks and agencies don't use them.</source>
      <translation>La página está en un servicio gratuito de sitios web ({free}) que cualquiera puede usar; los bancos y organismos de verdad no los usan.</translation>
    </message>
    <message>
      <source>The address ends in .{tld}, an ending used by many scam sites.</source>
      <translation>La dirección termina en .{tld}, una terminación que usan muchos sitios de estafa.</translation>
    </message>
    <message>
      <source>The address ends in .{tld}, an ending often used by throw-away sites.</source>
      <translation>La dirección termina en .{tld}, una terminación que usan a menudo los sitios de usar y tirar.</translation>
    </message>
    <message>
      <source>The address uses the name {brand} but is not {brand}'s real website (.{suffix} instead).</source>
      <translation>La dirección usa el nombre {brand}, pero no es el sitio web real de {brand} (termina en .{suffix}).</translation>
    </message>
    <message>
      <source>The address puts the name {brand} inside a different website's name; it is not {brand}'s real site.</source>
      <translation>La dirección mete el nombre {brand} dentro del nombre de otro sitio web; no es el sitio real de {brand}.</translation>
    </message>
    <message>
      <source>The address looks like {brand}'s but is spelled slightly differently, a trick to fool you.</source>
      <translation>La dirección se parece a la de {brand}, pero está escrita de forma un poco distinta, un truco para engañarte.</translation>
    </message>
    <message>
      <source>a well-known company</source>
      <translation>una empresa conocida</translation>
    </message>
    <message>
      <source>The address starts with {sb}'s name, but the real website is {registrable}: the first part is a disguise.</source>
      <translation>La dirección empieza con el nombre de {sb}, pero el sitio web real es {registrable}: la primera parte es un disfraz.</translation>
    </message>
    <message>
      <source>The address is made to look like a '.com' or '.gov' site, but the real website is {registrable}.</source>
      <translation>La dirección está hecha para parecer un sitio «.com» o «.gov», pero el sitio web real es {registrable}.</translation>
    </message>
    <message>
      <source>The web address strings together words like '{first}' and '{second}', the way throw-away scam sites are named.</source>
      <translation>La dirección web encadena palabras como «{first}» y «{second}», como se nombran los sitios de estafa de usar y tirar.</translation>
    </message>
    <message>
      <source>The link asks for sign-in or payment details over an unencrypted (http) connection.</source>
      <translation>El enlace pide datos de inicio de sesión o de pago por una conexión sin cifrar (http).</translation>
    </message>
    <message>
      <source>A sign-in or payment page on a free website service is a classic fake login page.</source>
      <translation>Una página de inicio de sesión o de pago en un servicio gratuito de sitios web es una página de acceso falsa típica.</translation>
    </message>
    <message>
      <source>The web address is unusually long or has many parts, which is often used to hide the real site.</source>
      <translation>La dirección web es muy larga o tiene muchas partes, algo que se usa a menudo para esconder el sitio real.</translation>
    </message>
    <message>
      <source>The link uses an unusual port ({port}), something real company sites rarely do.</source>
      <translation>El enlace usa un puerto poco común ({port}), algo que los sitios de empresas reales casi nunca hacen.</translation>
    </message>
    <message>
      <source>Part of the web address is encoded to hide its letters.</source>
      <translation>Parte de la dirección web está codificada para esconder sus letras.</translation>
    </message>
    <message>
      <source>The link downloads a program or app file directly; installing it could take over your device.</source>
      <translation>El enlace descarga directamente un programa o archivo de app; instalarlo podría permitir que tomen el control de tu dispositivo.</translation>
    </message>
  </context>
  <context>
    <name>checks/twofa.py</name>
    <message>
      <source>Strongest</source>
      <translation>La más fuerte</translation>
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
      <source>I don't know</source>
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
      <source>Prompt in the company's own app</source>
      <translation>Aviso en la app de la propia empresa</translation>
    </message>
    <message>
      <source>The company's own code device</source>
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
      <source>unknown</source>
      <translation>desconocido</translation>
    </message>
    <message>
      <source>no second step</source>
      <translation>ningún segundo paso</translation>
    </message>
    <message>
      <source>a passkey</source>
      <translation>una clave de acceso (passkey)</translation>
    </message>
    <message>
      <source>a security key</source>
      <translation>una llave de seguridad</translation>
    </message>
    <message>
      <source>an authenticator app</source>
      <translation>una app de autenticación</translation>
    </message>
    <message>
      <source>a prompt in the company's app</source>
      <translation>un aviso en la app de la empresa</translation>
    </message>
    <message>
      <source>the company's code device</source>
      <translation>el aparato de códigos de la empresa</translation>
    </message>
    <message>
      <source>text message (SMS) codes</source>
      <translation>códigos por mensaje de texto (SMS)</translation>
    </message>
    <message>
      <source>phone call codes</source>
      <translation>códigos por llamada telefónica</translation>
    </message>
    <message>
      <source>e-mail codes</source>
      <translation>códigos por correo electrónico</translation>
    </message>
    <message>
      <source>A passkey lives on your phone or computer and only works on the real website, so fake login pages cannot steal it; keep a second way in, in case you lose the device.</source>
      <translation>Una clave de acceso (passkey) se guarda en tu teléfono o en tu equipo y solo funciona en el sitio web de verdad, así que las páginas falsas para iniciar sesión no pueden robarla; ten otra forma de entrar por si pierdes el aparato.</translation>
    </message>
    <message>
      <source>A security key (or a passkey used as the second step) only works on the real website, so fake login pages cannot trick it, but you must buy or set up a backup key in case you lose one.</source>
      <translation>Una llave de seguridad (o una clave de acceso usada como segundo paso) solo funciona en el sitio web de verdad, así que las páginas falsas para iniciar sesión no pueden engañarla, pero tienes que comprar o preparar una llave de reserva por si pierdes una.</translation>
    </message>
    <message>
      <source>An authenticator app makes a new 6-digit code every 30 seconds and works without phone signal, but a very convincing fake website can still ask you to type the code.</source>
      <translation>Una app de autenticación crea un código nuevo de 6 cifras cada 30 segundos y funciona sin cobertura, pero un sitio web falso muy convincente aún puede pedirte que escribas el código.</translation>
    </message>
    <message>
      <source>A prompt in the company's own app is easy (you tap Yes), but never tap Yes if you are not logging in right now, because scammers send prompts hoping you will.</source>
      <translation>Un aviso en la app de la propia empresa es fácil (tocas Sí), pero nunca toques Sí si no estás iniciando sesión en ese momento, porque los estafadores envían avisos esperando que lo hagas.</translation>
    </message>
    <message>
      <source>The company's own code device (like a bank card reader) is hard to steal from a distance, but you need to have it with you to log in.</source>
      <translation>El aparato de códigos de la propia empresa (como un lector de tarjetas del banco) es difícil de robar a distancia, pero necesitas tenerlo contigo para iniciar sesión.</translation>
    </message>
    <message>
      <source>A text message code is much better than nothing, but criminals can steal your phone number (a 'SIM swap') or trick you into reading the code out.</source>
      <translation>Un código por mensaje de texto es mucho mejor que nada, pero los delincuentes pueden robar tu número de teléfono (un «cambio de SIM») o engañarte para que les leas el código.</translation>
    </message>
    <message>
      <source>A phone call code is better than nothing, but it has the same weakness as text messages: anyone who takes over your phone number gets the calls.</source>
      <translation>Un código por llamada telefónica es mejor que nada, pero tiene el mismo punto débil que los mensajes de texto: quien se quede con tu número de teléfono recibe las llamadas.</translation>
    </message>
    <message>
      <source>An e-mail code only helps if your e-mail account itself is very well protected, because anyone who gets into your e-mail gets the code too.</source>
      <translation>Un código por correo electrónico solo ayuda si tu propia cuenta de correo está muy bien protegida, porque quien entre en tu correo también recibe el código.</translation>
    </message>
    <message>
      <source>the 2FA directory is not a list of sites</source>
      <translation>el directorio 2FA no es una lista de sitios</translation>
    </message>
    <message>
      <source>the 2FA directory is empty</source>
      <translation>el directorio 2FA está vacío</translation>
    </message>
    <message>
      <source>the 2FA directory has no readable sites</source>
      <translation>el directorio 2FA no tiene ningún sitio que se pueda leer</translation>
    </message>
    <message>
      <source>the site-name list is not a list</source>
      <translation>la lista de nombres de sitios no es una lista</translation>
    </message>
    <message>
      <source>the site-name list is empty</source>
      <translation>la lista de nombres de sitios está vacía</translation>
    </message>
    <message>
      <source>the passkeys directory is not a list of sites</source>
      <translation>el directorio de claves de acceso no es una lista de sitios</translation>
    </message>
    <message>
      <source>the passkeys directory is empty</source>
      <translation>el directorio de claves de acceso está vacío</translation>
    </message>
    <message>
      <source>Please type a website, for example github.com.</source>
      <translation>Escribe un sitio web, por ejemplo github.com.</translation>
    </message>
    <message>
      <source>That is too long to be a website address. Please type just the site, like github.com.</source>
      <translation>Es demasiado largo para ser la dirección de un sitio web. Escribe solo el sitio, como github.com.</translation>
    </message>
    <message>
      <source>That does not look like a website address. Please type just the site, like github.com.</source>
      <translation>Eso no parece la dirección de un sitio web. Escribe solo el sitio, como github.com.</translation>
    </message>
    <message>
      <source>That is a numeric internet address, not a website name. Please type the site's name, like github.com.</source>
      <translation>Es una dirección de internet con números, no el nombre de un sitio web. Escribe el nombre del sitio, como github.com.</translation>
    </message>
    <message>
      <source>That website name has characters that cannot be in a web address. Please check the spelling.</source>
      <translation>Ese nombre de sitio web tiene caracteres que no pueden ir en una dirección web. Revisa cómo está escrito.</translation>
    </message>
    <message>
      <source>“{host}” is missing its ending, like .com or .co.uk. Please type the whole site name.</source>
      <translation>A «{host}» le falta el final, como .com o .es. Escribe el nombre completo del sitio.</translation>
    </message>
    <message>
      <source>Log in to the site and open its settings. Look for a part called Security, Login, or Password &amp; security.</source>
      <translation>Entra en el sitio y abre sus ajustes. Busca una parte llamada Seguridad, Inicio de sesión o Contraseña y seguridad.</translation>
    </message>
    <message>
      <source>Look for words like 'two-step verification', 'two-factor authentication', '2FA', 'login approvals' or 'passkeys'.</source>
      <translation>Busca palabras como «verificación en dos pasos», «autenticación de dos factores», «2FA», «aprobación de inicio de sesión» o «claves de acceso» (passkeys).</translation>
    </message>
    <message>
      <source>If you find it, choose a passkey or an authenticator app if they are offered; a text message code is still much better than nothing.</source>
      <translation>Si lo encuentras, elige una clave de acceso (passkey) o una app de autenticación si las ofrecen; un código por mensaje de texto sigue siendo mucho mejor que nada.</translation>
    </message>
    <message>
      <source>Save the recovery codes the site gives you: print them and keep them where you would keep your passport.</source>
      <translation>Guarda los códigos de recuperación que te da el sitio: imprímelos y guárdalos donde guardarías tu pasaporte.</translation>
    </message>
    <message>
      <source>If the site has no such setting, use a long password that you use nowhere else (a password manager helps), and consider asking the company to add two-step verification.</source>
      <translation>Si el sitio no tiene ese ajuste, usa una contraseña larga que no uses en ningún otro sitio (un gestor de contraseñas ayuda) y piensa en pedir a la empresa que añada la verificación en dos pasos.</translation>
    </message>
    <message>
      <source>{who} offers: {methods}. Hearth recommends {best}. {trade_off}</source>
      <translation>{who} ofrece: {methods}. Hearth recomienda {best}. {trade_off}</translation>
    </message>
    <message>
      <source>email: {value}</source>
      <translation>correo electrónico: {value}</translation>
    </message>
    <message>
      <source>form: {value}</source>
      <translation>formulario: {value}</translation>
    </message>
    <message>
      <source>twitter: {value}</source>
      <translation>Twitter: {value}</translation>
    </message>
    <message>
      <source>facebook: {value}</source>
      <translation>Facebook: {value}</translation>
    </message>
    <message>
      <source>Ask the company to add two-step verification ({routes}).</source>
      <translation>Pide a la empresa que añada la verificación en dos pasos ({routes}).</translation>
    </message>
    <message>
      <source>{site} is not listed by itself, but these sites under it are: {names}. Look up the one you use.</source>
      <translation>{site} no aparece por sí solo, pero sí estos sitios que dependen de él: {names}. Busca el que usas.</translation>
    </message>
    <message>
      <source>Hearth has no information about {site}. Many sites offer two-step verification anyway, so it is worth looking in the site's security settings.</source>
      <translation>Hearth no tiene información sobre {site}. Muchos sitios ofrecen la verificación en dos pasos de todos modos, así que vale la pena mirar en los ajustes de seguridad del sitio.</translation>
    </message>
    <message>
      <source>Use a long password for this site that you use nowhere else (a password manager helps).</source>
      <translation>Usa para este sitio una contraseña larga que no uses en ningún otro (un gestor de contraseñas ayuda).</translation>
    </message>
    <message>
      <source>Keep an eye on e-mails from this site about logins you did not make.</source>
      <translation>Fíjate en los correos de este sitio sobre inicios de sesión que no hiciste tú.</translation>
    </message>
    <message>
      <source>{who} does not offer two-step verification, according to the 2FA Directory.</source>
      <translation>Según el 2FA Directory, {who} no ofrece verificación en dos pasos.</translation>
    </message>
    <message>
      <source>{site} is not listed, so Hearth shows {main}, which is probably the same company's main site. {text}</source>
      <translation>{site} no aparece en la lista, así que Hearth muestra {main}, que probablemente es el sitio principal de la misma empresa. {text}</translation>
    </message>
    <message>
      <source>The directory lists this company's account under {listed} ({main}). {text}</source>
      <translation>El directorio incluye la cuenta de esta empresa como {listed} ({main}). {text}</translation>
    </message>
    <message>
      <source>Turn on {method} in the site's security settings (instructions: {docs}).</source>
      <translation>Activa {method} en los ajustes de seguridad del sitio (instrucciones: {docs}).</translation>
    </message>
    <message>
      <source>Turn on {method} in the site's security settings.</source>
      <translation>Activa {method} en los ajustes de seguridad del sitio.</translation>
    </message>
    <message>
      <source>Save the recovery codes: print them and keep them where you would keep your passport.</source>
      <translation>Guarda los códigos de recuperación: imprímelos y guárdalos donde guardarías tu pasaporte.</translation>
    </message>
    <message>
      <source>Add a second method as a backup, so losing your phone does not lock you out.</source>
      <translation>Añade un segundo método de reserva, para que perder el teléfono no te deje fuera.</translation>
    </message>
    <message>
      <source>e-mail</source>
      <translation>correo electrónico</translation>
    </message>
    <message>
      <source>bank or money</source>
      <translation>banco o dinero</translation>
    </message>
    <message>
      <source>phone company</source>
      <translation>compañía telefónica</translation>
    </message>
    <message>
      <source>password manager</source>
      <translation>gestor de contraseñas</translation>
    </message>
    <message>
      <source>social media</source>
      <translation>redes sociales</translation>
    </message>
    <message>
      <source>The site's own instructions: {url}</source>
      <translation>Las instrucciones del propio sitio: {url}</translation>
    </message>
    <message>
      <source>{who}: switch from {current} to {better}</source>
      <translation>{who}: cambia de {current} a {better}</translation>
    </message>
    <message>
      <source>{who} offers {better}, which is stronger.</source>
      <translation>{who} ofrece {better}, que es más fuerte.</translation>
    </message>
    <message>
      <source>Log in to {who} and open the security settings (look for 'two-step verification').</source>
      <translation>Entra en {who} y abre los ajustes de seguridad (busca «verificación en dos pasos»).</translation>
    </message>
    <message>
      <source>Add an authenticator app. Hearth's practice authenticator can help you try an authenticator app first.</source>
      <translation>Añade una app de autenticación. La práctica con app de autenticación de Hearth te ayuda a probar una antes.</translation>
    </message>
    <message>
      <source>Add {better}.</source>
      <translation>Añade {better}.</translation>
    </message>
    <message>
      <source>Check that it works by logging out and back in.</source>
      <translation>Comprueba que funciona: cierra la sesión y vuelve a entrar.</translation>
    </message>
    <message>
      <source>Then, if {who} allows it, remove the {current} option, or keep it only as a backup.</source>
      <translation>Después, si {who} lo permite, quita la opción de {current}, o déjala solo como reserva.</translation>
    </message>
    <message>
      <source>Save the new recovery codes where you would keep your passport.</source>
      <translation>Guarda los nuevos códigos de recuperación donde guardarías tu pasaporte.</translation>
    </message>
    <message>
      <source>method recorded: {method}</source>
      <translation>método anotado: {method}</translation>
    </message>
    <message>
      <source>site offers: {codes}</source>
      <translation>el sitio ofrece: {codes}</translation>
    </message>
    <message>
      <source>{who} does not offer two-step verification</source>
      <translation>{who} no ofrece verificación en dos pasos</translation>
    </message>
    <message>
      <source>This is your {label} account, and {who} has no second step to stop someone who learns your password.</source>
      <translation>Es tu cuenta de {label}, y {who} no tiene un segundo paso que frene a quien descubra tu contraseña.</translation>
    </message>
    <message>
      <source>Use a long password for {who} that you use nowhere else (a password manager helps).</source>
      <translation>Usa para {who} una contraseña larga que no uses en ningún otro sitio (un gestor de contraseñas ayuda).</translation>
    </message>
    <message>
      <source>Turn on login alerts if the site has them.</source>
      <translation>Activa los avisos de inicio de sesión si el sitio los tiene.</translation>
    </message>
    <message>
      <source>Ask {who} to add two-step verification.</source>
      <translation>Pide a {who} que añada la verificación en dos pasos.</translation>
    </message>
    <message>
      <source>the 2FA Directory lists no methods for this site</source>
      <translation>el 2FA Directory no indica ningún método para este sitio</translation>
    </message>
    <message>
      <source>Your e-mail is the key to your other accounts: whoever gets into it can reset their passwords.</source>
      <translation>Tu correo electrónico es la llave de tus otras cuentas: quien entre en él puede cambiar sus contraseñas.</translation>
    </message>
    <message>
      <source>This account holds or moves money, so criminals try hard to get into it.</source>
      <translation>Esta cuenta guarda o mueve dinero, así que los delincuentes se esfuerzan mucho por entrar en ella.</translation>
    </message>
    <message>
      <source>Your password manager holds all your other passwords.</source>
      <translation>Tu gestor de contraseñas guarda todas tus otras contraseñas.</translation>
    </message>
    <message>
      <source>Whoever controls your phone account can move your number and receive your text-message codes.</source>
      <translation>Quien controle tu cuenta de la compañía telefónica puede llevarse tu número y recibir tus códigos por mensaje de texto.</translation>
    </message>
    <message>
      <source>A stolen social media account is used to trick your friends and family.</source>
      <translation>Una cuenta de redes sociales robada se usa para engañar a tus amigos y a tu familia.</translation>
    </message>
    <message>
      <source>Choose {better} if you can ({trade_off})</source>
      <translation>Elige {better} si puedes ({trade_off})</translation>
    </message>
    <message>
      <source>Choose an authenticator app or a passkey if offered; a text message code is still much better than nothing.</source>
      <translation>Elige una app de autenticación o una clave de acceso (passkey) si las ofrecen; un código por mensaje de texto sigue siendo mucho mejor que nada.</translation>
    </message>
    <message>
      <source>Turn on two-step verification for {who}</source>
      <translation>Activa la verificación en dos pasos en {who}</translation>
    </message>
    <message>
      <source>Check whether two-step verification is on for {who}</source>
      <translation>Comprueba si la verificación en dos pasos está activada en {who}</translation>
    </message>
    <message>
      <source>A second step stops someone who has only your password.</source>
      <translation>Un segundo paso frena a quien solo tiene tu contraseña.</translation>
    </message>
    <message>
      <source>Log in to {who} and open the security settings (look for 'two-step verification' or '2FA').</source>
      <translation>Entra en {who} y abre los ajustes de seguridad (busca «verificación en dos pasos» o «2FA»).</translation>
    </message>
    <message>
      <source>Print the recovery codes and keep them where you would keep your passport.</source>
      <translation>Imprime los códigos de recuperación y guárdalos donde guardarías tu pasaporte.</translation>
    </message>
    <message>
      <source>In Hearth, record the method you turned on for this account.</source>
      <translation>En Hearth, anota el método que activaste para esta cuenta.</translation>
    </message>
    <message>
      <source>kind of account: {label}</source>
      <translation>tipo de cuenta: {label}</translation>
    </message>
    <message>
      <source>{member} has no accounts listed yet.</source>
      <translation>{member} todavía no tiene cuentas en la lista.</translation>
    </message>
    <message>
      <source>{member}: {on} of {n} account has two-step verification on ({unknown} not known yet).</source>
      <translation>{member}: {on} de {n} cuenta tiene la verificación en dos pasos activada ({unknown} sin saber todavía).</translation>
    </message>
    <message>
      <source>{member}: {on} of {n} accounts have two-step verification on ({unknown} not known yet).</source>
      <translation>{member}: {on} de {n} cuentas tienen la verificación en dos pasos activada ({unknown} sin saber todavía).</translation>
    </message>
    <message>
      <source>{member}: {on} of {n} account has two-step verification on.</source>
      <translation>{member}: {on} de {n} cuenta tiene la verificación en dos pasos activada.</translation>
    </message>
    <message>
      <source>{member}: {on} of {n} accounts have two-step verification on.</source>
      <translation>{member}: {on} de {n} cuentas tienen la verificación en dos pasos activada.</translation>
    </message>
    <message>
      <source>{text} Most important to fix: {service} ({kind}).</source>
      <translation>{text} Lo más importante de arreglar: {service} ({kind}).</translation>
    </message>
    <message>
      <source>No accounts are listed yet. Add the accounts each person uses, starting with e-mail.</source>
      <translation>Todavía no hay cuentas en la lista. Añade las cuentas que usa cada persona, empezando por el correo electrónico.</translation>
    </message>
    <message>
      <source>Across the household, {on} of {n} account has two-step verification on.</source>
      <translation>En todo el hogar, {on} de {n} cuenta tiene la verificación en dos pasos activada.</translation>
    </message>
    <message>
      <source>Across the household, {on} of {n} accounts have two-step verification on.</source>
      <translation>En todo el hogar, {on} de {n} cuentas tienen la verificación en dos pasos activada.</translation>
    </message>
    <message>
      <source>Two-step verification on your accounts</source>
      <translation>Verificación en dos pasos en tus cuentas</translation>
    </message>
    <message>
      <source>A QR code is a square of black and white dots that a phone camera can read, like a barcode. When the site shows one while you set up an authenticator app, open the app, choose 'add' or '+', and point the camera at the square. It holds a secret that lets your app make the same codes as the site, so never show it to anyone or post a photo of it.</source>
      <translation>Un código QR es un cuadrado de puntos blancos y negros que la cámara de un teléfono puede leer, como un código de barras. Cuando el sitio te muestre uno mientras configuras una app de autenticación, abre la app, elige «añadir» o «+» y apunta la cámara al cuadrado. Contiene un secreto que permite a tu app crear los mismos códigos que el sitio, así que nunca se lo enseñes a nadie ni publiques una foto de él.</translation>
    </message>
    <message>
      <source>The site will offer recovery codes (also called backup codes). They are your way back in if you lose your phone.</source>
      <translation>El sitio te ofrecerá códigos de recuperación (también llamados códigos de respaldo). Son tu forma de volver a entrar si pierdes el teléfono.</translation>
    </message>
    <message>
      <source>Print them, or write them down on paper. Store them where you would store your passport.</source>
      <translation>Imprímelos o escríbelos en un papel. Guárdalos donde guardarías tu pasaporte.</translation>
    </message>
    <message>
      <source>Do not keep them only on the phone that has your authenticator app, and do not e-mail them to yourself.</source>
      <translation>No los tengas solo en el teléfono que tiene tu app de autenticación, y no te los envíes por correo electrónico.</translation>
    </message>
    <message>
      <source>Hearth only keeps a note that you saved them and where (for example 'in the safe'), never the codes.</source>
      <translation>Hearth solo anota que los guardaste y dónde (por ejemplo «en la caja fuerte»), nunca los códigos.</translation>
    </message>
    <message>
      <source>A phone or computer with a screen lock (PIN, fingerprint or face).</source>
      <translation>Un teléfono o un equipo con bloqueo de pantalla (PIN, huella o cara).</translation>
    </message>
    <message>
      <source>On a phone: a recent Android or iPhone. Your passkeys are kept by Google Password Manager, iCloud Keychain, or your password manager.</source>
      <translation>En un teléfono: un Android o iPhone reciente. Tus claves de acceso las guarda el Gestor de contraseñas de Google, el Llavero de iCloud o tu gestor de contraseñas.</translation>
    </message>
    <message>
      <source>A security key (a small USB or NFC device, for example a YubiKey), or a phone that can act as one.</source>
      <translation>Una llave de seguridad (un aparato pequeño USB o NFC, por ejemplo una YubiKey), o un teléfono que pueda hacer de llave.</translation>
    </message>
    <message>
      <source>Ideally two keys: one to use and one kept safe as a backup.</source>
      <translation>Lo ideal son dos llaves: una para usar y otra guardada como reserva.</translation>
    </message>
    <message>
      <source>A smartphone with an authenticator app, for example Google Authenticator, Microsoft Authenticator, 2FAS, Aegis (Android) or the one in your password manager.</source>
      <translation>Un teléfono inteligente con una app de autenticación, por ejemplo Google Authenticator, Microsoft Authenticator, 2FAS, Aegis (Android) o la de tu gestor de contraseñas.</translation>
    </message>
    <message>
      <source>A few minutes with both the phone and the computer in front of you.</source>
      <translation>Unos minutos con el teléfono y el equipo delante de ti.</translation>
    </message>
    <message>
      <source>The company's own app on your phone, logged in to your account.</source>
      <translation>La app de la propia empresa en tu teléfono, con tu cuenta iniciada.</translation>
    </message>
    <message>
      <source>The device the company sends you (for example a card reader or code generator).</source>
      <translation>El aparato que te envía la empresa (por ejemplo un lector de tarjetas o un generador de códigos).</translation>
    </message>
    <message>
      <source>A mobile phone that can receive text messages, with a number you will keep.</source>
      <translation>Un teléfono móvil que pueda recibir mensajes de texto, con un número que vayas a conservar.</translation>
    </message>
    <message>
      <source>A phone number you will keep, that can receive calls.</source>
      <translation>Un número de teléfono que vayas a conservar y que pueda recibir llamadas.</translation>
    </message>
    <message>
      <source>An e-mail account that itself has two-step verification turned on.</source>
      <translation>Una cuenta de correo electrónico que tenga activada su propia verificación en dos pasos.</translation>
    </message>
    <message>
      <source>Log in to the site on the phone or computer you want to use.</source>
      <translation>Entra en el sitio desde el teléfono o el equipo que quieras usar.</translation>
    </message>
    <message>
      <source>Open the account settings and look for 'Passkeys', 'Security' or 'Sign-in options'.</source>
      <translation>Abre los ajustes de la cuenta y busca «Claves de acceso» (Passkeys), «Seguridad» u «Opciones de inicio de sesión».</translation>
    </message>
    <message>
      <source>Choose 'Create a passkey' and confirm with your screen lock (PIN, fingerprint or face).</source>
      <translation>Elige «Crear una clave de acceso» y confirma con tu bloqueo de pantalla (PIN, huella o cara).</translation>
    </message>
    <message>
      <source>Log out and log back in with the passkey to check it works.</source>
      <translation>Cierra la sesión y vuelve a entrar con la clave de acceso para comprobar que funciona.</translation>
    </message>
    <message>
      <source>Keep your password or another method as a backup way in.</source>
      <translation>Conserva tu contraseña u otro método como forma de entrar de reserva.</translation>
    </message>
    <message>
      <source>Log in to the site and open Security (or 'Two-step verification').</source>
      <translation>Entra en el sitio y abre Seguridad (o «Verificación en dos pasos»).</translation>
    </message>
    <message>
      <source>Choose 'Security key' (sometimes called 'passkey as second step').</source>
      <translation>Elige «Llave de seguridad» (a veces se llama «clave de acceso como segundo paso»).</translation>
    </message>
    <message>
      <source>Plug in or tap the key when the site asks, and give it a name like 'blue key'.</source>
      <translation>Conecta o toca la llave cuando el sitio te lo pida, y ponle un nombre como «llave azul».</translation>
    </message>
    <message>
      <source>Add your backup key the same way.</source>
      <translation>Añade tu llave de reserva de la misma forma.</translation>
    </message>
    <message>
      <source>Log out and back in to check it works.</source>
      <translation>Cierra la sesión y vuelve a entrar para comprobar que funciona.</translation>
    </message>
    <message>
      <source>Log in to the site on the computer and open Security (or 'Two-step verification').</source>
      <translation>Entra en el sitio desde el equipo y abre Seguridad (o «Verificación en dos pasos»).</translation>
    </message>
    <message>
      <source>Choose 'Authenticator app'. The site shows a QR code.</source>
      <translation>Elige «App de autenticación». El sitio muestra un código QR.</translation>
    </message>
    <message>
      <source>On the phone, open the authenticator app, press '+' or 'Add', and scan the QR code.</source>
      <translation>En el teléfono, abre la app de autenticación, pulsa «+» o «Añadir» y escanea el código QR.</translation>
    </message>
    <message>
      <source>Type the 6-digit code the app shows into the site to finish.</source>
      <translation>Escribe en el sitio el código de 6 cifras que muestra la app para terminar.</translation>
    </message>
    <message>
      <source>Tip: try Hearth's practice authenticator below first, to see how it works with no risk.</source>
      <translation>Consejo: prueba antes la práctica con app de autenticación de Hearth que está más abajo, para ver cómo funciona sin ningún riesgo.</translation>
    </message>
    <message>
      <source>Install the company's app on your phone and log in.</source>
      <translation>Instala la app de la empresa en tu teléfono e inicia sesión.</translation>
    </message>
    <message>
      <source>On the site, open Security and choose the app prompt option.</source>
      <translation>En el sitio, abre Seguridad y elige la opción del aviso en la app.</translation>
    </message>
    <message>
      <source>When you log in, the app asks 'Is this you?': only tap Yes if you are logging in right now.</source>
      <translation>Cuando inicias sesión, la app pregunta «¿Eres tú?»: toca Sí solo si estás iniciando sesión en ese momento.</translation>
    </message>
    <message>
      <source>Ask the company for the device if you do not have it yet.</source>
      <translation>Pide el aparato a la empresa si todavía no lo tienes.</translation>
    </message>
    <message>
      <source>On the site, open Security and follow the steps to link the device to your account.</source>
      <translation>En el sitio, abre Seguridad y sigue los pasos para vincular el aparato a tu cuenta.</translation>
    </message>
    <message>
      <source>Keep the device at home in a safe place.</source>
      <translation>Guarda el aparato en casa, en un lugar protegido.</translation>
    </message>
    <message>
      <source>Choose 'Text message' and type your mobile number.</source>
      <translation>Elige «Mensaje de texto» y escribe tu número de móvil.</translation>
    </message>
    <message>
      <source>Type the code the site texts you, to finish.</source>
      <translation>Escribe el código que te envía el sitio por mensaje de texto para terminar.</translation>
    </message>
    <message>
      <source>Ask your phone company for a 'port-out PIN' or 'SIM lock', so no one can move your number.</source>
      <translation>Pide a tu compañía telefónica un «PIN de portabilidad» o un «bloqueo de SIM», para que nadie pueda llevarse tu número.</translation>
    </message>
    <message>
      <source>Log in to the site and open Security.</source>
      <translation>Entra en el sitio y abre Seguridad.</translation>
    </message>
    <message>
      <source>Choose 'Phone call' and type your number.</source>
      <translation>Elige «Llamada telefónica» y escribe tu número.</translation>
    </message>
    <message>
      <source>Answer the call and type the code you hear.</source>
      <translation>Contesta la llamada y escribe el código que oigas.</translation>
    </message>
    <message>
      <source>First make sure your e-mail account has two-step verification on.</source>
      <translation>Primero asegúrate de que tu cuenta de correo electrónico tiene activada la verificación en dos pasos.</translation>
    </message>
    <message>
      <source>Log in to the site, open Security and choose the e-mail option.</source>
      <translation>Entra en el sitio, abre Seguridad y elige la opción de correo electrónico.</translation>
    </message>
    <message>
      <source>Type the code the site e-mails you, to finish.</source>
      <translation>Escribe el código que te envía el sitio por correo electrónico para terminar.</translation>
    </message>
    <message>
      <source>The site's own instructions: {docs}</source>
      <translation>Las instrucciones del propio sitio: {docs}</translation>
    </message>
    <message>
      <source>The setting is usually under Settings, then Security (or 'Login and security').</source>
      <translation>El ajuste suele estar en Ajustes y luego Seguridad (o «Inicio de sesión y seguridad»).</translation>
    </message>
    <message>
      <source>The company's app: {apps}.</source>
      <translation>La app de la empresa: {apps}.</translation>
    </message>
    <message>
      <source>The company's device: {devices}.</source>
      <translation>El aparato de la empresa: {devices}.</translation>
    </message>
    <message>
      <source>Set up {name} for {site}</source>
      <translation>Configura {name} en {site}</translation>
    </message>
    <message>
      <source>Set up {name}</source>
      <translation>Configura {name}</translation>
    </message>
    <message>
      <source>If you are ever locked out, the site explains what to do: {link}</source>
      <translation>Si algún día no puedes entrar, el sitio explica qué hacer: {link}</translation>
    </message>
  </context>
  <context>
    <name>app/breach_download.py</name>
    <message>
      <source>download the whole Pwned Passwords list for offline checks (every prefix is asked, so nothing personal is sent)</source>
      <translation>descargar la lista completa de Pwned Passwords para comprobar sin conexión (se piden todos los prefijos, así que no se envía nada personal)</translation>
    </message>
    <message>
      <source>There is not enough free disk space for the breach list (it needs about {need} MB, {free} MB are free).</source>
      <translation>No hay suficiente espacio libre en el disco para la lista de filtraciones (necesita unos {need} MB y hay {free} MB libres).</translation>
    </message>
    <message>
      <source>Free some space on this computer, then start the download again.</source>
      <translation>Libera algo de espacio en este ordenador y luego vuelve a empezar la descarga.</translation>
    </message>
    <message>
      <source>The Pwned Passwords service sent an answer Hearth cannot read.</source>
      <translation>El servicio Pwned Passwords envió una respuesta que Hearth no puede leer.</translation>
    </message>
    <message>
      <source>Try again later. What was downloaded so far is kept.</source>
      <translation>Vuelve a intentarlo más tarde. Lo que ya se descargó se conserva.</translation>
    </message>
    <message>
      <source>The number of prefixes must be between 1 and 1048576.</source>
      <translation>El número de prefijos debe estar entre 1 y 1048576.</translation>
    </message>
    <message>
      <source>Hearth could not write the breach list ({reason}).</source>
      <translation>Hearth no pudo escribir la lista de filtraciones ({reason}).</translation>
    </message>
    <message>
      <source>Check there is free disk space, then start the download again: what was downloaded so far is kept.</source>
      <translation>Comprueba que haya espacio libre en el disco y vuelve a empezar la descarga: lo que ya se descargó se conserva.</translation>
    </message>
    <message>
      <source>Downloading the breach list</source>
      <translation>Descargando la lista de filtraciones</translation>
    </message>
    <message>
      <source>The breach list is already being downloaded.</source>
      <translation>La lista de filtraciones ya se está descargando.</translation>
    </message>
    <message>
      <source>Wait for that download to finish, or pause it first.</source>
      <translation>Espera a que termine esa descarga o ponla en pausa primero.</translation>
    </message>
  </context>
  <context>
    <name>app/business.py</name>
    <message>
      <source>Yes</source>
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
      <source>Hearth does not yet look up your e-mail domain's SPF, DMARC and MTA-STS records itself: ask your e-mail provider, or answer the e-mail authentication question from what they tell you.</source>
      <translation>Hearth todavía no consulta por sí mismo los registros SPF, DMARC y MTA-STS del dominio de tu correo: pregunta a tu proveedor de correo, o responde la pregunta sobre la autenticación del correo con lo que te diga.</translation>
    </message>
    <message>
      <source>Not answered</source>
      <translation>Sin responder</translation>
    </message>
    <message>
      <source>Hearth could not read its small-business questionnaire.</source>
      <translation>Hearth no pudo leer su cuestionario para pequeñas empresas.</translation>
    </message>
    <message>
      <source>Reinstalling Hearth should fix it ({path}).</source>
      <translation>Si vuelves a instalar Hearth, debería arreglarse ({path}).</translation>
    </message>
    <message>
      <source>You answered 'no' to: {question} Recognised controls: {frameworks}.</source>
      <translation>Respondiste «no» a: {question} Controles reconocidos: {frameworks}.</translation>
    </message>
    <message>
      <source>answer: no</source>
      <translation>respuesta: no</translation>
    </message>
    <message>
      <source>You answered 'partly' to: {question} Recognised controls: {frameworks}.</source>
      <translation>Respondiste «en parte» a: {question} Controles reconocidos: {frameworks}.</translation>
    </message>
    <message>
      <source>answer: partly</source>
      <translation>respuesta: en parte</translation>
    </message>
    <message>
      <source>Close the gap: {control}</source>
      <translation>Cierra esta carencia: {control}</translation>
    </message>
    <message>
      <source>There is no question {qid} in the self-audit.</source>
      <translation>La autoevaluación no tiene ninguna pregunta {qid}.</translation>
    </message>
    <message>
      <source>Please answer yes, partly, no or not needed.</source>
      <translation>Responde sí, en parte, no o no hace falta.</translation>
    </message>
    <message>
      <source>Please keep each evidence note to {limit} characters or fewer.</source>
      <translation>Escribe cada nota de prueba con {limit} caracteres como máximo.</translation>
    </message>
  </context>
  <context>
    <name>app/care/remote.py</name>
    <message>
      <source>There is no folder at {path}.</source>
      <translation>No hay ninguna carpeta en {path}.</translation>
    </message>
    <message>
      <source>Choose a folder that both computers see, for example one kept in step by Syncthing or Dropbox.</source>
      <translation>Elige una carpeta que vean los dos ordenadores, por ejemplo una que Syncthing o Dropbox mantengan al día.</translation>
    </message>
    <message>
      <source>Type the name first.</source>
      <translation>Primero escribe el nombre.</translation>
    </message>
    <message>
      <source>{member} shares {what} with {caregiver}, and can withdraw this at any time.</source>
      <translation>{member} comparte {what} con {caregiver}, y puede retirarlo en cualquier momento.</translation>
    </message>
    <message>
      <source>Choose what the caregiver may see: findings, scam history and/or reports.</source>
      <translation>Elige qué puede ver la persona que cuida: los resultados, el historial de estafas y/o los informes.</translation>
    </message>
    <message>
      <source>For example: --scopes findings,scam_history,reports</source>
      <translation>Por ejemplo: --scopes findings,scam_history,reports</translation>
    </message>
    <message>
      <source>That is not a caregiver's code: it has 12 digits, like 4821-0937-5562.</source>
      <translation>Eso no es un código de cuidador: tiene 12 cifras, como 4821-0937-5562.</translation>
    </message>
    <message>
      <source>There is no invitation in that folder.</source>
      <translation>No hay ninguna invitación en esa carpeta.</translation>
    </message>
    <message>
      <source>Ask your caregiver to make one, and wait until the folder has caught up.</source>
      <translation>Pide a tu cuidador que haga una, y espera a que la carpeta esté al día.</translation>
    </message>
    <message>
      <source>That code does not match the invitation in this folder, so nothing was shared.</source>
      <translation>Ese código no corresponde a la invitación de esta carpeta, así que no se ha compartido nada.</translation>
    </message>
    <message>
      <source>Check the code with your caregiver, or ask them for a new one.</source>
      <translation>Comprueba el código con tu cuidador, o pídele uno nuevo.</translation>
    </message>
    <message>
      <source>This invitation has expired, so nothing was shared.</source>
      <translation>Esta invitación ha caducado, así que no se ha compartido nada.</translation>
    </message>
    <message>
      <source>Ask your caregiver for a new code.</source>
      <translation>Pide a tu cuidador un código nuevo.</translation>
    </message>
    <message>
      <source>The invitation in this folder is damaged. Ask your caregiver for a new code.</source>
      <translation>La invitación de esta carpeta está dañada. Pide a tu cuidador un código nuevo.</translation>
    </message>
    <message>
      <source>an encrypted acceptance for a caregiver, through the shared folder</source>
      <translation>una aceptación cifrada para quien cuida, por la carpeta compartida</translation>
    </message>
    <message>
      <source>an encrypted update for a caregiver, through the shared folder</source>
      <translation>una actualización cifrada para quien cuida, por la carpeta compartida</translation>
    </message>
    <message>
      <source>Say whose update to send (--member NAME).</source>
      <translation>Di de quién es la actualización que quieres enviar (--member NOMBRE).</translation>
    </message>
    <message>
      <source>{member} does not share anything with a caregiver.</source>
      <translation>{member} no comparte nada con ningún cuidador.</translation>
    </message>
    <message>
      <source>A caregiver first makes an invitation; then 'hearth care accept' with their code.</source>
      <translation>Primero un cuidador hace una invitación; después, 'hearth care accept' con su código.</translation>
    </message>
    <message>
      <source>the keys for sharing with {caregiver} are missing from this computer's secure key store</source>
      <translation>faltan las claves para compartir con {caregiver} en el almacén seguro de claves de este equipo</translation>
    </message>
    <message>
      <source>{member} does not share anything with {caregiver}.</source>
      <translation>{member} no comparte nada con {caregiver}.</translation>
    </message>
    <message>
      <source>an encrypted withdrawal for a caregiver, through the shared folder</source>
      <translation>una retirada cifrada para quien cuida, por la carpeta compartida</translation>
    </message>
    <message>
      <source>Type what you would like them to do.</source>
      <translation>Escribe lo que te gustaría que hiciera.</translation>
    </message>
    <message>
      <source>That is too long: keep it under {n} characters.</source>
      <translation>Es demasiado largo: no pases de {n} caracteres.</translation>
    </message>
    <message>
      <source>the keys for {member} are missing from this computer's secure key store</source>
      <translation>faltan las claves de {member} en el almacén seguro de claves de este equipo</translation>
    </message>
    <message>
      <source>an encrypted suggestion for a relative, through the shared folder</source>
      <translation>una sugerencia cifrada para un familiar, por la carpeta compartida</translation>
    </message>
    <message>
      <source>A file could not be opened: it was changed or damaged on the way.</source>
      <translation>No se ha podido abrir un archivo: se cambió o se dañó por el camino.</translation>
    </message>
    <message>
      <source>A file's signature does not match the key it claims to come from.</source>
      <translation>La firma de un archivo no corresponde a la clave de la que dice venir.</translation>
    </message>
    <message>
      <source>A file came from a key this Hearth is not paired with.</source>
      <translation>Un archivo viene de una clave con la que este Hearth no está emparejado.</translation>
    </message>
    <message>
      <source>A file holds an older update than the one already here (an old copy put back?).</source>
      <translation>Un archivo trae una actualización más antigua que la que ya está aquí (¿alguien volvió a poner una copia vieja?).</translation>
    </message>
    <message>
      <source>A file is not in a form this Hearth can read.</source>
      <translation>Un archivo no tiene una forma que este Hearth pueda leer.</translation>
    </message>
    <message>
      <source>A file answers an invitation that was already used or has expired.</source>
      <translation>Un archivo responde a una invitación que ya se usó o que ha caducado.</translation>
    </message>
    <message>
      <source>A file answers an invitation without knowing its code.</source>
      <translation>Un archivo responde a una invitación sin conocer su código.</translation>
    </message>
    <message>
      <source>It was not used; what you had from {member} is kept.</source>
      <translation>No se ha usado; lo que tenías de {member} se conserva.</translation>
    </message>
    <message>
      <source>It was not used.</source>
      <translation>No se ha usado.</translation>
    </message>
    <message>
      <source>{member} checked a message that came out as a scam.</source>
      <translation>{member} revisó un mensaje que resultó ser una estafa.</translation>
    </message>
    <message>
      <source>{member} has something urgent to do: {title}</source>
      <translation>{member} tiene algo urgente que hacer: {title}</translation>
    </message>
    <message>
      <source>You are not following anyone called {member} at a distance.</source>
      <translation>No sigues a distancia a nadie que se llame {member}.</translation>
    </message>
    <message>
      <source>'hearth care sync' reads what relatives have shared; 'hearth care links' lists them.</source>
      <translation>'hearth care sync' lee lo que han compartido tus familiares; 'hearth care links' los muestra.</translation>
    </message>
  </context>
  <context>
    <name>app/caregiver.py</name>
    <message>
      <source>the checkup results and to-do list</source>
      <translation>los resultados de la revisión y la lista de tareas</translation>
    </message>
    <message>
      <source>the scam checks they ran</source>
      <translation>las comprobaciones de estafas que hizo</translation>
    </message>
    <message>
      <source>printable reports</source>
      <translation>los informes para imprimir</translation>
    </message>
    <message>
      <source>the checkup results and to-do list, the scam checks they ran</source>
      <translation>los resultados de la revisión y la lista de tareas, las comprobaciones de estafas que hizo</translation>
    </message>
    <message>
      <source>the checkup results and to-do list, printable reports</source>
      <translation>los resultados de la revisión y la lista de tareas, los informes para imprimir</translation>
    </message>
    <message>
      <source>the scam checks they ran, printable reports</source>
      <translation>las comprobaciones de estafas que hizo, los informes para imprimir</translation>
    </message>
    <message>
      <source>the checkup results and to-do list, the scam checks they ran, printable reports</source>
      <translation>los resultados de la revisión y la lista de tareas, las comprobaciones de estafas que hizo, los informes para imprimir</translation>
    </message>
    <message>
      <source>nothing</source>
      <translation>nada</translation>
    </message>
    <message>
      <source>{member} agreed on {agreed} that {carer} may see {what}, and can withdraw this at any time.</source>
      <translation>{member} aceptó el {agreed} que {carer} pueda ver {what}, y puede retirar este permiso en cualquier momento.</translation>
    </message>
    <message>
      <source>{member} agreed on {agreed} that {carer} may see {what}, and withdrew it on {withdrawn}.</source>
      <translation>{member} aceptó el {agreed} que {carer} pudiera ver {what}, y retiró este permiso el {withdrawn}.</translation>
    </message>
    <message>
      <source>A person cannot be their own caregiver.</source>
      <translation>Una persona no puede cuidar de sí misma en Hearth.</translation>
    </message>
    <message>
      <source>There is no consent to withdraw for that caregiver.</source>
      <translation>No hay ningún permiso que retirar para esa persona que cuida.</translation>
    </message>
    <message>
      <source>There is no caregiver link between those two people.</source>
      <translation>No hay ningún vínculo de cuidado entre esas dos personas.</translation>
    </message>
  </context>
  <context>
    <name>app/checkup/outcome.py</name>
    <message>
      <source>Hearth looked at 1 thing and found nothing to do.</source>
      <translation>Hearth revisó 1 cosa y no encontró nada que hacer.</translation>
    </message>
    <message>
      <source>Hearth looked at {n} things and found nothing to do.</source>
      <translation>Hearth revisó {n} cosas y no encontró nada que hacer.</translation>
    </message>
    <message>
      <source>1 thing to look at.</source>
      <translation>1 cosa que revisar.</translation>
    </message>
    <message>
      <source>{n} things to look at.</source>
      <translation>{n} cosas que revisar.</translation>
    </message>
    <message>
      <source>{n} question still to answer.</source>
      <translation>Queda {n} pregunta por responder.</translation>
    </message>
    <message>
      <source>{n} questions still to answer.</source>
      <translation>Quedan {n} preguntas por responder.</translation>
    </message>
    <message>
      <source>Hearth couldn't check 1 other thing here (see below).</source>
      <translation>Hearth no pudo revisar 1 cosa más aquí (mira abajo).</translation>
    </message>
    <message>
      <source>Hearth couldn't check {n} other things here (see below).</source>
      <translation>Hearth no pudo revisar otras {n} cosas aquí (mira abajo).</translation>
    </message>
    <message>
      <source>Hearth couldn't check 1 thing here, so this step is not marked clean. Why, and how to check it yourself, is below.</source>
      <translation>Hearth no pudo revisar 1 cosa aquí, así que este paso no queda como revisado sin problemas. Abajo tienes por qué y cómo revisarla tú.</translation>
    </message>
    <message>
      <source>Hearth couldn't check {n} things here, so this step is not marked clean. Why, and how to check them yourself, is below.</source>
      <translation>Hearth no pudo revisar {n} cosas aquí, así que este paso no queda como revisado sin problemas. Abajo tienes por qué y cómo revisarlas tú.</translation>
    </message>
    <message>
      <source>To check it yourself:</source>
      <translation>Para revisarlo tú:</translation>
    </message>
    <message>
      <source>There was nothing here for Hearth to check.</source>
      <translation>Aquí no había nada que Hearth pudiera revisar.</translation>
    </message>
  </context>
  <context>
    <name>app/checkup/questions.py</name>
    <message>
      <source>Not sure</source>
      <translation>No lo sé</translation>
    </message>
    <message>
      <source>Is the recovery e-mail on your main accounts one you can still open?</source>
      <translation>¿El correo de recuperación de tus cuentas principales es uno que todavía puedes abrir?</translation>
    </message>
    <message>
      <source>Websites send a reset link there when you forget your password.</source>
      <translation>Los sitios web envían ahí un enlace para cambiar la contraseña cuando la olvidas.</translation>
    </message>
    <message>
      <source>Check the recovery e-mail on your main accounts</source>
      <translation>Revisa el correo de recuperación de tus cuentas principales</translation>
    </message>
    <message>
      <source>If the recovery e-mail is old or someone else's, you could be locked out, or someone else could take over your account.</source>
      <translation>Si el correo de recuperación es antiguo o de otra persona, podrías quedarte sin acceso, u otra persona podría quedarse con tu cuenta.</translation>
    </message>
    <message>
      <source>Log in to your main e-mail account and open its security or account settings.</source>
      <translation>Entra en tu cuenta de correo principal y abre sus ajustes de seguridad o de la cuenta.</translation>
    </message>
    <message>
      <source>Find 'recovery e-mail' and make sure it is an address you can open today.</source>
      <translation>Busca «correo de recuperación» y comprueba que es una dirección que puedes abrir hoy.</translation>
    </message>
    <message>
      <source>Do the same for your bank and your phone company accounts.</source>
      <translation>Haz lo mismo en las cuentas de tu banco y de tu compañía de teléfono.</translation>
    </message>
    <message>
      <source>In Hearth, answer this question again to confirm.</source>
      <translation>En Hearth, vuelve a responder esta pregunta para confirmarlo.</translation>
    </message>
    <message>
      <source>Is the recovery phone number on your main accounts your current number?</source>
      <translation>¿El teléfono de recuperación de tus cuentas principales es tu número actual?</translation>
    </message>
    <message>
      <source>Many sites text a code to this number when you sign in from a new place.</source>
      <translation>Muchos sitios envían un código por SMS a ese número cuando inicias sesión desde un lugar nuevo.</translation>
    </message>
    <message>
      <source>Check the recovery phone number on your main accounts</source>
      <translation>Revisa el teléfono de recuperación de tus cuentas principales</translation>
    </message>
    <message>
      <source>An old phone number may now belong to someone else, who would then receive your codes.</source>
      <translation>Un número antiguo puede ser ahora de otra persona, que recibiría tus códigos.</translation>
    </message>
    <message>
      <source>Log in to your main e-mail account and open its security settings.</source>
      <translation>Entra en tu cuenta de correo principal y abre sus ajustes de seguridad.</translation>
    </message>
    <message>
      <source>Find 'recovery phone' and make sure it is your current mobile number.</source>
      <translation>Busca «teléfono de recuperación» y comprueba que es tu número de móvil actual.</translation>
    </message>
    <message>
      <source>Do the same for your bank and other key accounts.</source>
      <translation>Haz lo mismo en tu banco y en otras cuentas clave.</translation>
    </message>
    <message>
      <source>Have you saved the backup (recovery) codes for accounts that have two-step verification?</source>
      <translation>¿Guardaste los códigos de respaldo (de recuperación) de las cuentas que tienen verificación en dos pasos?</translation>
    </message>
    <message>
      <source>Backup codes let you in if you lose your phone.</source>
      <translation>Los códigos de respaldo te dejan entrar si pierdes el teléfono.</translation>
    </message>
    <message>
      <source>Save the backup codes for your key accounts</source>
      <translation>Guarda los códigos de respaldo de tus cuentas clave</translation>
    </message>
    <message>
      <source>Without backup codes, losing your phone can lock you out of your accounts for weeks.</source>
      <translation>Sin códigos de respaldo, si pierdes el teléfono puedes quedarte sin acceso a tus cuentas durante semanas.</translation>
    </message>
    <message>
      <source>Log in to each key account and open its two-step verification settings.</source>
      <translation>Entra en cada cuenta clave y abre los ajustes de verificación en dos pasos.</translation>
    </message>
    <message>
      <source>Choose 'backup codes' or 'recovery codes' and print them, or write them down.</source>
      <translation>Elige «códigos de respaldo» o «códigos de recuperación» e imprímelos, o anótalos a mano.</translation>
    </message>
    <message>
      <source>Keep them where you would keep your passport, not in the same bag as your phone.</source>
      <translation>Guárdalos donde guardarías tu pasaporte, no en el mismo bolso que el teléfono.</translation>
    </message>
    <message>
      <source>Never type them into a website someone sent you, and never read them out to a caller.</source>
      <translation>Nunca los escribas en un sitio web que alguien te envió y nunca se los leas a nadie que te llame.</translation>
    </message>
    <message>
      <source>Have you chosen someone who can reach your accounts if something happens to you (a legacy contact)?</source>
      <translation>¿Elegiste a alguien que pueda entrar en tus cuentas si te pasa algo (un contacto de legado)?</translation>
    </message>
    <message>
      <source>Google, Apple and Facebook let you choose a trusted person in advance.</source>
      <translation>Google, Apple y Facebook te dejan elegir de antemano a una persona de confianza.</translation>
    </message>
    <message>
      <source>Choose a legacy contact for your key accounts</source>
      <translation>Elige un contacto de legado para tus cuentas clave</translation>
    </message>
    <message>
      <source>Without one, your family may be unable to reach your photos, e-mail or accounts after an emergency.</source>
      <translation>Sin él, es posible que tu familia no pueda llegar a tus fotos, tu correo o tus cuentas después de una emergencia.</translation>
    </message>
    <message>
      <source>Google: open myaccount.google.com, 'Data &amp; privacy', then 'Make a plan for your digital legacy'.</source>
      <translation>Google: abre myaccount.google.com, «Datos y privacidad» y luego la opción para hacer un plan para tu legado digital.</translation>
    </message>
    <message>
      <source>Apple: on iPhone open Settings, your name, 'Sign-In &amp; Security', then 'Legacy Contact'.</source>
      <translation>Apple: en el iPhone abre Ajustes, tu nombre, «Inicio de sesión y seguridad» y luego «Contacto de legado».</translation>
    </message>
    <message>
      <source>Facebook: open Settings, 'Accounts Center', then 'Memorialization'.</source>
      <translation>Facebook: abre la Configuración, el «Centro de cuentas» y luego «Conmemoración».</translation>
    </message>
    <message>
      <source>Tell the person you chose, and note it in Hearth's legacy checklist.</source>
      <translation>Díselo a la persona que elegiste y anótalo en la lista de herencia digital de Hearth.</translation>
    </message>
    <message>
      <source>answer: not sure</source>
      <translation>respuesta: no lo sé</translation>
    </message>
    <message>
      <source>Has your family agreed a safe word for phone calls asking for money?</source>
      <translation>¿Tu familia acordó una palabra clave para las llamadas que piden dinero?</translation>
    </message>
    <message>
      <source>A safe word is a word only your family knows. A caller who cannot say it is not who they claim.</source>
      <translation>Una palabra clave es una palabra que solo conoce tu familia. Quien llama y no sabe decirla no es quien dice ser.</translation>
    </message>
    <message>
      <source>Agree a family safe word</source>
      <translation>Acuerda una palabra clave familiar</translation>
    </message>
    <message>
      <source>Criminals can copy a relative's voice from a short video and call in a panic asking for money. A safe word lets you check in seconds.</source>
      <translation>Los delincuentes pueden copiar la voz de un familiar a partir de un video corto y llamar muy alterados para pedir dinero. Una palabra clave te deja comprobarlo en segundos.</translation>
    </message>
    <message>
      <source>Pick two ordinary words together, for example with Hearth's suggestion.</source>
      <translation>Elige con tu familia dos palabras corrientes, por ejemplo con la sugerencia de Hearth.</translation>
    </message>
    <message>
      <source>Tell each family member in person, not by text or e-mail, and never post it online.</source>
      <translation>Dísela en persona a cada miembro de la familia, no por SMS ni por correo, y nunca la publiques en internet.</translation>
    </message>
    <message>
      <source>Print the safe word card and keep it somewhere private at home.</source>
      <translation>Imprime la tarjeta de la palabra clave y guárdala en un lugar privado de casa.</translation>
    </message>
    <message>
      <source>If a caller asks for money, ask for the safe word. No word: hang up and call back on a number you know.</source>
      <translation>Si alguien llama para pedir dinero, pídele la palabra clave. Si no la sabe: cuelga y vuelve a llamar a un número que conozcas.</translation>
    </message>
  </context>
  <context>
    <name>app/checkup/quiz.py</name>
    <message>
      <source>Hearth could not read its scam quiz file.</source>
      <translation>Hearth no pudo leer su archivo del cuestionario sobre estafas.</translation>
    </message>
    <message>
      <source>Learn this scam trick: the panicked call from a grandchild who needs money</source>
      <translation>Aprende este truco de estafa: la llamada angustiada de un nieto que necesita dinero</translation>
    </message>
    <message>
      <source>Learn this scam trick: the "bank" caller who asks for your code</source>
      <translation>Aprende este truco de estafa: la llamada del «banco» que te pide tu código</translation>
    </message>
    <message>
      <source>Learn this scam trick: the fake virus warning with a phone number</source>
      <translation>Aprende este truco de estafa: el falso aviso de virus con un número de teléfono</translation>
    </message>
    <message>
      <source>Learn this scam trick: being told to pay with gift cards</source>
      <translation>Aprende este truco de estafa: que te pidan pagar con tarjetas regalo</translation>
    </message>
    <message>
      <source>Learn this scam trick: the fake delivery text that asks for a fee</source>
      <translation>Aprende este truco de estafa: el falso SMS de un envío que te pide pagar una tasa</translation>
    </message>
    <message>
      <source>Learn this scam trick: {trick}</source>
      <translation>Aprende este truco de estafa: {trick}</translation>
    </message>
  </context>
  <context>
    <name>app/checkup/run.py</name>
    <message>
      <source>This part of Hearth is not built yet, so this step was skipped.</source>
      <translation>Esta parte de Hearth todavía no está hecha, así que se saltó este paso.</translation>
    </message>
    <message>
      <source>That checkup is no longer stored.</source>
      <translation>Esa revisión ya no está guardada.</translation>
    </message>
    <message>
      <source>That step is not part of this checkup.</source>
      <translation>Ese paso no forma parte de esta revisión.</translation>
    </message>
    <message>
      <source>You skipped this step. You can come back to it any time.</source>
      <translation>Saltaste este paso. Puedes volver a él cuando quieras.</translation>
    </message>
    <message>
      <source>This step has questions to answer rather than checks to run.</source>
      <translation>Este paso tiene preguntas que responder, no comprobaciones que hacer.</translation>
    </message>
    <message>
      <source>Running…</source>
      <translation>En marcha…</translation>
    </message>
    <message>
      <source>You stopped this step. Nothing it found so far was saved; run it again when you are ready.</source>
      <translation>Paraste este paso. No se guardó nada de lo que encontró hasta ahora; vuelve a hacerlo cuando quieras.</translation>
    </message>
    <message>
      <source>Something went wrong in this step, so it was not finished. The rest of the checkup still works.</source>
      <translation>Algo falló en este paso, así que no se terminó. El resto de la revisión sigue funcionando.</translation>
    </message>
    <message>
      <source>There is no question '{question}' in this step.</source>
      <translation>No hay ninguna pregunta '{question}' en este paso.</translation>
    </message>
    <message>
      <source>Please answer yes, no or not sure.</source>
      <translation>Responde sí, no o no lo sé.</translation>
    </message>
    <message>
      <source>That question is not in the quiz.</source>
      <translation>Esa pregunta no está en el cuestionario.</translation>
    </message>
    <message>
      <source>Please pick one of the answers.</source>
      <translation>Elige una de las respuestas.</translation>
    </message>
    <message>
      <source>quiz answer</source>
      <translation>respuesta del cuestionario</translation>
    </message>
    <message>
      <source>Some questions still to answer.</source>
      <translation>Todavía quedan preguntas por responder.</translation>
    </message>
    <message>
      <source>This step was not run.</source>
      <translation>Este paso no se hizo.</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Hecho</translation>
    </message>
    <message>
      <source>This was already marked fixed.</source>
      <translation>Esto ya estaba marcado como resuelto.</translation>
    </message>
    <message>
      <source>Marked fixed. Well done!</source>
      <translation>Marcado como resuelto. ¡Bien hecho!</translation>
    </message>
    <message>
      <source>Marked fixed on your word: Hearth cannot re-check this part yet.</source>
      <translation>Marcado como resuelto según lo que dices: Hearth todavía no puede volver a comprobar esta parte.</translation>
    </message>
    <message>
      <source>Hearth couldn't check this again just now, so it is still on the list. Try again later.</source>
      <translation>Hearth no pudo volver a revisarlo ahora, así que sigue en la lista. Inténtalo más tarde.</translation>
    </message>
    <message>
      <source>Hearth checked again and still sees this. Have another look at the steps, or dismiss it with a reason if it does not apply to you.</source>
      <translation>Hearth lo comprobó otra vez y todavía lo ve. Vuelve a mirar los pasos, o descarta la tarea con un motivo si no va contigo.</translation>
    </message>
    <message>
      <source>Checked again: fixed. Well done!</source>
      <translation>Comprobado otra vez: resuelto. ¡Bien hecho!</translation>
    </message>
  </context>
  <context>
    <name>app/checkup/runners.py</name>
    <message>
      <source>Hearth has no accounts for you yet, so there was nothing to check. Add your key accounts (e-mail, bank, phone) on the Accounts page, or import your passwords on the Passwords page.</source>
      <translation>Hearth todavía no tiene cuentas tuyas, así que no había nada que revisar. Añade tus cuentas importantes (correo, banco, teléfono) en la página Cuentas, o importa tus contraseñas en la página Contraseñas.</translation>
    </message>
    <message>
      <source>Hearth has no passwords of yours to check yet. On the Passwords page, import them from your browser or password manager: Hearth keeps only how strong each one is, never the password.</source>
      <translation>Hearth todavía no tiene contraseñas tuyas que revisar. En la página Contraseñas, impórtalas desde tu navegador o tu gestor de contraseñas: Hearth solo guarda lo fuerte que es cada una, nunca la contraseña.</translation>
    </message>
    <message>
      <source>Hearth has no copy of the list of known data breaches yet.</source>
      <translation>Hearth todavía no tiene la lista de filtraciones de datos conocidas.</translation>
    </message>
    <message>
      <source>On the Passwords page, import your passwords with "Also check the passwords against breach lists" ticked (this needs the internet), then run this step again.</source>
      <translation>En la página Contraseñas, importa tus contraseñas con "Comprobar también las contraseñas en listas de filtraciones" marcado (necesita internet) y luego vuelve a hacer este paso.</translation>
    </message>
    <message>
      <source>Or look up your e-mail address yourself on haveibeenpwned.com.</source>
      <translation>O busca tú mismo tu dirección de correo en haveibeenpwned.com.</translation>
    </message>
    <message>
      <source>About {what}: {why}</source>
      <translation>Sobre {what}: {why}</translation>
    </message>
    <message>
      <source>Hearth has no e-mail domain for your business yet, so there was nothing to look up. On the Small business page, type your business's e-mail domain (for anna@example.com it is example.com), then run this step again.</source>
      <translation>Hearth todavía no tiene el dominio de correo de tu empresa, así que no había nada que consultar. En la página Pequeña empresa, escribe el dominio de correo de tu empresa (para ana@example.com es example.com) y vuelve a hacer este paso.</translation>
    </message>
    <message>
      <source>When this computer is online, run this step again, or press 'Check my e-mail domain' on the Small business page.</source>
      <translation>Cuando este equipo tenga internet, vuelve a hacer este paso o pulsa «Revisar mi dominio de correo» en la página Pequeña empresa.</translation>
    </message>
    <message>
      <source>Or ask whoever set up your business e-mail to check the domain's SPF, DKIM and DMARC records, or look them up yourself with a free checker such as mxtoolbox.com.</source>
      <translation>O pide a quien configuró el correo de tu empresa que revise los registros SPF, DKIM y DMARC del dominio, o consúltalos tú con una herramienta gratuita como mxtoolbox.com.</translation>
    </message>
    <message>
      <source>the e-mail domain check</source>
      <translation>la revisión del dominio de correo</translation>
    </message>
  </context>
  <context>
    <name>app/checkup/score.py</name>
    <message>
      <source>Everyone starts at 100. Each open item loses points by how much it matters: urgent 25, high 15, medium 8, low 3, for your information 0. One area can lose at most {cap} points. Fixed and dismissed items lose no points. The score covers only the areas Hearth could check, and says how many. The household score is the average of the members who had a checkup.</source>
      <translation>Todo el mundo empieza con 100. Cada tarea pendiente resta puntos según lo que importa: urgente 25, alta 15, media 8, baja 3, para tu información 0. Un área puede restar como mucho {cap} puntos. Las tareas resueltas y las descartadas no restan puntos. La puntuación cubre solo las áreas que Hearth pudo revisar, y dice cuántas. La puntuación del hogar es la media de las personas que hicieron una revisión.</translation>
    </message>
    <message>
      <source>covers {checked} of 1 area</source>
      <translation>cubre {checked} de 1 área</translation>
    </message>
    <message>
      <source>covers {checked} of {n} areas</source>
      <translation>cubre {checked} de {n} áreas</translation>
    </message>
  </context>
  <context>
    <name>app/checkup/steps.py</name>
    <message>
      <source>Not done yet</source>
      <translation>Sin hacer todavía</translation>
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
    <message>
      <source>Checked: nothing to do</source>
      <translation>Revisado: nada que hacer</translation>
    </message>
    <message>
      <source>Things to do</source>
      <translation>Cosas que hacer</translation>
    </message>
    <message>
      <source>Nothing to check yet</source>
      <translation>Nada que revisar todavía</translation>
    </message>
    <message>
      <source>Couldn't check</source>
      <translation>No se pudo comprobar</translation>
    </message>
    <message>
      <source>Needs your answers</source>
      <translation>Faltan tus respuestas</translation>
    </message>
    <message>
      <source>Hearth looks at how strong the passwords you checked are, and whether any are used twice.</source>
      <translation>Hearth mira lo fuertes que son las contraseñas que comprobaste y si alguna se usa dos veces.</translation>
    </message>
    <message>
      <source>Data breaches</source>
      <translation>Filtraciones de datos</translation>
    </message>
    <message>
      <source>Hearth looks at whether the websites you use had a data breach since you last changed the password.</source>
      <translation>Hearth mira si los sitios web que usas sufrieron una filtración de datos desde la última vez que cambiaste la contraseña.</translation>
    </message>
    <message>
      <source>Two-step verification on key accounts</source>
      <translation>Verificación en dos pasos en las cuentas clave</translation>
    </message>
    <message>
      <source>A second step (a code or a key) stops someone who learns your password. Hearth looks at your e-mail, bank, phone and other key accounts first.</source>
      <translation>Un segundo paso (un código o una llave) detiene a quien descubra tu contraseña. Hearth mira primero tu correo, tu banco, tu teléfono y otras cuentas clave.</translation>
    </message>
    <message>
      <source>Getting back into your accounts</source>
      <translation>Cómo recuperar tus cuentas</translation>
    </message>
    <message>
      <source>If you lose your phone or forget a password, these make sure you, and only you, can get back in.</source>
      <translation>Si pierdes el teléfono u olvidas una contraseña, estas opciones hacen que tú, y solo tú, puedas volver a entrar.</translation>
    </message>
    <message>
      <source>This computer</source>
      <translation>Este equipo</translation>
    </message>
    <message>
      <source>Hearth looks at this computer's updates, firewall, screen lock and disk encryption.</source>
      <translation>Hearth mira las actualizaciones, el cortafuegos, el bloqueo de pantalla y el cifrado del disco de este equipo.</translation>
    </message>
    <message>
      <source>Home network</source>
      <translation>Red de casa</translation>
    </message>
    <message>
      <source>Hearth looks at your router and Wi-Fi from this computer. It contacts only this computer and your router (its settings page, its doors to the internet, and whether it opens doors by itself), never tries to log in and never looks at other devices. Running this step is your OK for that.</source>
      <translation>Hearth revisa tu router y tu wifi desde este equipo. Solo contacta con este equipo y con tu router (su página de configuración, sus puertas a internet y si abre puertas por su cuenta), nunca intenta iniciar sesión y nunca mira otros dispositivos. Al hacer este paso das tu permiso para ello.</translation>
    </message>
    <message>
      <source>Your business e-mail</source>
      <translation>El correo de tu empresa</translation>
    </message>
    <message>
      <source>Hearth looks up your business's e-mail domain to see whether someone could send e-mail that looks like it came from you. This step uses the internet: it asks DNS servers for your domain's public records (SPF, DKIM, DMARC, MTA-STS and mail servers) and sends nothing else.</source>
      <translation>Hearth consulta el dominio de correo de tu empresa para ver si alguien podría enviar correos que parezcan tuyos. Este paso usa internet: pide a los servidores DNS los registros públicos de tu dominio (SPF, DKIM, DMARC, MTA-STS y servidores de correo) y no envía nada más.</translation>
    </message>
    <message>
      <source>Scam readiness</source>
      <translation>Preparación contra estafas</translation>
    </message>
    <message>
      <source>Five quick questions about common scams, and a family safe word against fake calls.</source>
      <translation>Cinco preguntas rápidas sobre estafas comunes y una palabra clave familiar contra las llamadas falsas.</translation>
    </message>
  </context>
  <context>
    <name>app/checkup/store.py</name>
    <message>
      <source>Small-business self-audit</source>
      <translation>Autoevaluación para pequeñas empresas</translation>
    </message>
    <message>
      <source>That item is no longer in the list.</source>
      <translation>Esa tarea ya no está en la lista.</translation>
    </message>
    <message>
      <source>Please say in a few words why you are dismissing this.</source>
      <translation>Di en pocas palabras por qué descartas esta tarea.</translation>
    </message>
    <message>
      <source>For example: "I don't use this account any more". It is kept with the item.</source>
      <translation>Por ejemplo: «Ya no uso esta cuenta». Se guarda junto con la tarea.</translation>
    </message>
    <message>
      <source>Please keep the reason to {limit} characters or fewer.</source>
      <translation>Escribe el motivo con {limit} caracteres como máximo.</translation>
    </message>
  </context>
  <context>
    <name>app/cli.py</name>
    <message>
      <source>stopped.</source>
      <translation>detenido.</translation>
    </message>
    <message>
      <source>something went wrong. Details are in the log: {where}</source>
      <translation>algo salió mal. Los detalles están en el registro: {where}</translation>
    </message>
  </context>
  <context>
    <name>app/commands/breach.py</name>
    <message>
      <source>The offline breach list has {hashes} hashes ({size} MB), downloaded or made on {date}.</source>
      <translation>La lista de filtraciones sin conexión tiene {hashes} hashes ({size} MB), descargada o creada el {date}.</translation>
    </message>
    <message>
      <source>It is more than 6 months old: run 'hearth breach download' to refresh it.</source>
      <translation>Tiene más de 6 meses: ejecuta 'hearth breach download' para actualizarla.</translation>
    </message>
    <message>
      <source>There is no offline breach list yet.</source>
      <translation>Todavía no hay lista de filtraciones sin conexión.</translation>
    </message>
    <message>
      <source>A download is paused at {done} of {total} parts; 'hearth breach download' resumes it.</source>
      <translation>Hay una descarga en pausa en {done} de {total} partes; 'hearth breach download' la continúa.</translation>
    </message>
    <message>
      <source>The paused download was removed.</source>
      <translation>Se eliminó la descarga en pausa.</translation>
    </message>
    <message>
      <source>There was no paused download.</source>
      <translation>No había ninguna descarga en pausa.</translation>
    </message>
    <message>
      <source>The offline breach list is ready: {hashes} hashes, {size} MB. Password checks now happen on this computer.</source>
      <translation>La lista de filtraciones sin conexión está lista: {hashes} hashes, {size} MB. Ahora las contraseñas se comprueban en este ordenador.</translation>
    </message>
    <message>
      <source>A password found in it was very likely seen in breaches (the list keeps no counts).</source>
      <translation>Una contraseña que aparece en ella muy probablemente se vio en filtraciones (la lista no guarda recuentos).</translation>
    </message>
    <message>
      <source>The download is paused. Run 'hearth breach download' again to go on.</source>
      <translation>La descarga está en pausa. Vuelve a ejecutar 'hearth breach download' para continuar.</translation>
    </message>
    <message>
      <source>There is no file or folder at {path}.</source>
      <translation>No hay ningún archivo ni carpeta en {path}.</translation>
    </message>
    <message>
      <source>Check the path and try again.</source>
      <translation>Comprueba la ruta y vuelve a intentarlo.</translation>
    </message>
    <message>
      <source>{name} is not a Pwned Passwords file in hash order (one HASH:COUNT a line).</source>
      <translation>{name} no es un archivo de Pwned Passwords ordenado por hash (un HASH:COUNT por línea).</translation>
    </message>
    <message>
      <source>Use the file made by the Pwned Passwords downloader, or add --exact for a file in another order.</source>
      <translation>Usa el archivo creado por el descargador de Pwned Passwords, o añade --exact si el archivo está en otro orden.</translation>
    </message>
    <message>
      <source>Stored {hashes} hashes in the compact offline list.</source>
      <translation>Se guardaron {hashes} hashes en la lista compacta sin conexión.</translation>
    </message>
    <message>
      <source>{address} was not found in the breaches Have I Been Pwned knows about.</source>
      <translation>{address} no aparece en las filtraciones que conoce Have I Been Pwned.</translation>
    </message>
    <message>
      <source>Keep using a different password for every site.</source>
      <translation>Sigue usando una contraseña distinta en cada sitio.</translation>
    </message>
    <message>
      <source>{address} is in {n} known breach:</source>
      <translation>{address} aparece en {n} filtración conocida:</translation>
    </message>
    <message>
      <source>{address} is in {n} known breaches:</source>
      <translation>{address} aparece en {n} filtraciones conocidas:</translation>
    </message>
    <message>
      <source>unknown date</source>
      <translation>fecha desconocida</translation>
    </message>
    <message>
      <source>Breach data: Have I Been Pwned (haveibeenpwned.com), CC BY 4.0.</source>
      <translation>Datos de filtraciones: Have I Been Pwned (haveibeenpwned.com), CC BY 4.0.</translation>
    </message>
    <message>
      <source>Indexed {hashes} {kind} hashes.</source>
      <translation>Se indexaron {hashes} hashes {kind}.</translation>
    </message>
    <message>
      <source>Indexed {hashes} {kind} hashes (the file was not in hash order, so Hearth sorted it).</source>
      <translation>Se indexaron {hashes} hashes {kind} (el archivo no estaba ordenado por hash, así que Hearth lo ordenó).</translation>
    </message>
    <message>
      <source>Hearth now checks passwords against this file without going online.</source>
      <translation>Ahora Hearth revisa las contraseñas con este archivo sin conectarse a internet.</translation>
    </message>
  </context>
  <context>
    <name>app/commands/business.py</name>
    <message>
      <source>Record to paste:</source>
      <translation>Registro para pegar:</translation>
    </message>
  </context>
  <context>
    <name>app/commands/care.py</name>
    <message>
      <source>Read this code to your relative on the phone: {code}</source>
      <translation>Lee este código a tu familiar por teléfono: {code}</translation>
    </message>
    <message>
      <source>It works once, for one hour. Then run 'hearth care sync'.</source>
      <translation>Sirve una sola vez, durante una hora. Después ejecuta 'hearth care sync'.</translation>
    </message>
    <message>
      <source>An update is in the shared folder. 'hearth care withdraw' stops sharing.</source>
      <translation>Hay una actualización en la carpeta compartida. 'hearth care withdraw' deja de compartir.</translation>
    </message>
    <message>
      <source>Update for {caregiver} written to the shared folder.</source>
      <translation>Actualización para {caregiver} guardada en la carpeta compartida.</translation>
    </message>
    <message>
      <source>Now following {member}.</source>
      <translation>Ahora sigues a {member}.</translation>
    </message>
    <message>
      <source>New update from {member}.</source>
      <translation>Nueva actualización de {member}.</translation>
    </message>
    <message>
      <source>{member} stopped sharing; what you had from them is deleted.</source>
      <translation>{member} ha dejado de compartir; lo que tenías de esa persona se ha borrado.</translation>
    </message>
    <message>
      <source>1 suggestion from a caregiver: see Home.</source>
      <translation>1 sugerencia de un cuidador: mira en Inicio.</translation>
    </message>
    <message>
      <source>{n} suggestions from a caregiver: see Home.</source>
      <translation>{n} sugerencias de un cuidador: mira en Inicio.</translation>
    </message>
    <message>
      <source>Alert: {text}</source>
      <translation>Aviso: {text}</translation>
    </message>
    <message>
      <source>Refused: {text}</source>
      <translation>Rechazado: {text}</translation>
    </message>
    <message>
      <source>Nothing new in the shared folders.</source>
      <translation>No hay nada nuevo en las carpetas compartidas.</translation>
    </message>
    <message>
      <source>No update has arrived yet.</source>
      <translation>Todavía no ha llegado ninguna actualización.</translation>
    </message>
    <message>
      <source>Updated {when}.</source>
      <translation>Actualizado el {when}.</translation>
    </message>
    <message>
      <source>Suggestion written to the shared folder; {member} will see it on Home.</source>
      <translation>Sugerencia guardada en la carpeta compartida; {member} la verá en Inicio.</translation>
    </message>
    <message>
      <source>{member} no longer shares with {caregiver}. Their copy is deleted at their next sync.</source>
      <translation>{member} ya no comparte con {caregiver}. Su copia se borra la próxima vez que lea la carpeta.</translation>
    </message>
    <message>
      <source>Nobody shares at a distance yet.</source>
      <translation>Todavía nadie comparte a distancia.</translation>
    </message>
  </context>
  <context>
    <name>app/commands/checkup.py</name>
    <message>
      <source>Checkup for {name}:</source>
      <translation>Revisión de {name}:</translation>
    </message>
    <message>
      <source>(Recovery questions and the scam quiz are in the app: they need your answers.)</source>
      <translation>(Las preguntas de recuperación y el test de estafas están en la aplicación: necesitan tus respuestas.)</translation>
    </message>
    <message>
      <source>Nothing on the to-do list.</source>
      <translation>No hay nada en la lista de tareas.</translation>
    </message>
    <message>
      <source>To do ({count}), most important first:</source>
      <translation>Tareas ({count}), primero las más importantes:</translation>
    </message>
    <message>
      <source>this week</source>
      <translation>esta semana</translation>
    </message>
    <message>
      <source>Why:</source>
      <translation>Por qué:</translation>
    </message>
    <message>
      <source>No one is due for a checkup.</source>
      <translation>A nadie le toca una revisión ahora.</translation>
    </message>
    <message>
      <source>never had a checkup</source>
      <translation>nunca ha tenido una revisión</translation>
    </message>
    <message>
      <source>due since {since}</source>
      <translation>le toca desde el {since}</translation>
    </message>
    <message>
      <source>Open Hearth and choose Checkup.</source>
      <translation>Abre Hearth y elige Revisión.</translation>
    </message>
  </context>
  <context>
    <name>app/commands/device.py</name>
    <message>
      <source>Hearth's end-of-life list was refreshed ({when}).</source>
      <translation>Se actualizó la lista de Hearth de productos sin soporte ({when}).</translation>
    </message>
  </context>
  <context>
    <name>app/commands/emergency.py</name>
    <message>
      <source>Wrote a printable page to {path}.</source>
      <translation>Se guardó una página para imprimir en {path}.</translation>
    </message>
  </context>
  <context>
    <name>app/commands/keys.py</name>
    <message>
      <source>Give the key on standard input, not as an argument.</source>
      <translation>Da la clave por la entrada estándar, no como argumento.</translation>
    </message>
    <message>
      <source>For example: hearth keys set {service} &lt; keyfile</source>
      <translation>Por ejemplo: hearth keys set {service} &lt; archivo_de_clave</translation>
    </message>
    <message>
      <source>Stored the {what} in the system keyring.</source>
      <translation>Se guardó la {what} en el llavero del sistema.</translation>
    </message>
    <message>
      <source>Removed the {what}.</source>
      <translation>Se borró la {what}.</translation>
    </message>
    <message>
      <source>stored</source>
      <translation>guardada</translation>
    </message>
    <message>
      <source>not set</source>
      <translation>sin configurar</translation>
    </message>
  </context>
  <context>
    <name>app/commands/ledger.py</name>
    <message>
      <source>Nothing has left this computer: Hearth has not contacted any service.</source>
      <translation>Nada ha salido de este equipo: Hearth no se ha comunicado con ningún servicio.</translation>
    </message>
  </context>
  <context>
    <name>app/commands/members.py</name>
    <message>
      <source>adult</source>
      <translation>adulto</translation>
    </message>
    <message>
      <source>child</source>
      <translation>niño o niña</translation>
    </message>
    <message>
      <source>senior</source>
      <translation>persona mayor</translation>
    </message>
    <message>
      <source>small business</source>
      <translation>pequeña empresa</translation>
    </message>
    <message>
      <source>Added {name} ({role}).</source>
      <translation>Se añadió a {name} ({role}).</translation>
    </message>
    <message>
      <source>The saved personal words of {name} (member record {id}) are damaged, so Hearth reads them as none. Set them again with: hearth members edit NAME --words WORDS</source>
      <translation>Las palabras personales guardadas de {name} (registro de miembro {id}) están dañadas, así que Hearth las lee como vacías. Vuelve a ponerlas con: hearth members edit NOMBRE --words PALABRAS</translation>
    </message>
    <message>
      <source>No members yet. Add one with: hearth members add NAME --role adult</source>
      <translation>Todavía no hay nadie. Añade a alguien con: hearth members add NOMBRE --role adult</translation>
    </message>
    <message>
      <source>Saved {name} ({role}).</source>
      <translation>Se guardó a {name} ({role}).</translation>
    </message>
    <message>
      <source>Removed {name} and everything Hearth stored about them.</source>
      <translation>Se quitó a {name} y todo lo que Hearth guardaba sobre esa persona.</translation>
    </message>
  </context>
  <context>
    <name>app/commands/password.py</name>
    <message>
      <source>Give the password on standard input.</source>
      <translation>Da la contraseña por la entrada estándar.</translation>
    </message>
    <message>
      <source>For example: hearth password check &lt; file</source>
      <translation>Por ejemplo: hearth password check &lt; archivo</translation>
    </message>
    <message>
      <source>Password (not shown, not saved):</source>
      <translation>Contraseña (no se muestra ni se guarda):</translation>
    </message>
    <message>
      <source>Strength: {label} ({score} of 4)</source>
      <translation>Fuerza: {label} ({score} de 4)</translation>
    </message>
    <message>
      <source>Time to crack: about {crack_time} for a criminal with a stolen copy of the password list</source>
      <translation>Tiempo aproximado para descifrarla: {crack_time}, para un delincuente con una copia robada de la lista de contraseñas</translation>
    </message>
    <message>
      <source>Warning:</source>
      <translation>Atención:</translation>
    </message>
    <message>
      <source>Not checked against breach lists (add --breach to ask Pwned Passwords).</source>
      <translation>No se comparó con las listas de filtraciones (añade --breach para preguntar a Pwned Passwords).</translation>
    </message>
    <message>
      <source>No accounts stored for this member yet.</source>
      <translation>Todavía no hay cuentas guardadas para esta persona.</translation>
    </message>
    <message>
      <source>no problems found</source>
      <translation>no se encontraron problemas</translation>
    </message>
    <message>
      <source>Fix:</source>
      <translation>Cómo arreglarlo:</translation>
    </message>
    <message>
      <source>Read {imported} logins from a {kind} export for {name} (skipped {skipped} entries without a password).</source>
      <translation>Se leyeron {imported} inicios de sesión de una exportación de {kind} para {name} (se saltaron {skipped} entradas sin contraseña).</translation>
    </message>
    <message>
      <source>Passwords were not saved.</source>
      <translation>Las contraseñas no se guardaron.</translation>
    </message>
    <message>
      <source>Note:</source>
      <translation>Nota:</translation>
    </message>
    <message>
      <source>The date must look like 2024-05-31 (year-month-day).</source>
      <translation>La fecha debe tener la forma 2024-05-31 (año-mes-día).</translation>
    </message>
    <message>
      <source>Saved {service} for {name} (the password itself was not saved).</source>
      <translation>Se guardó {service} para {name} (la contraseña en sí no se guardó).</translation>
    </message>
  </context>
  <context>
    <name>app/commands/report.py</name>
    <message>
      <source>Saved the report to {path}.</source>
      <translation>Informe guardado en {path}.</translation>
    </message>
    <message>
      <source>Saved the {card} card to {path}.</source>
      <translation>Tarjeta {card} guardada en {path}.</translation>
    </message>
    <message>
      <source>Saved the gap report to {path}.</source>
      <translation>Informe de carencias guardado en {path}.</translation>
    </message>
  </context>
  <context>
    <name>app/commands/scam.py</name>
    <message>
      <source>Use --batch on its own, without TEXT or --eml.</source>
      <translation>Usa --batch solo, sin TEXTO ni --eml.</translation>
    </message>
    <message>
      <source>Use --image on its own, without TEXT or --eml.</source>
      <translation>Usa --image solo, sin TEXTO ni --eml.</translation>
    </message>
    <message>
      <source>Hearth read this text in the picture:</source>
      <translation>Hearth leyó este texto en la imagen:</translation>
    </message>
    <message>
      <source>Hearth cannot open the e-mail file {path} ({reason}).</source>
      <translation>Hearth no puede abrir el archivo de correo electrónico {path} ({reason}).</translation>
    </message>
    <message>
      <source>Give the message to check as an argument or on standard input.</source>
      <translation>Da el mensaje que quieres revisar como argumento o por la entrada estándar.</translation>
    </message>
    <message>
      <source>For example: hearth scam check "Your parcel is waiting: http://..."</source>
      <translation>Por ejemplo: hearth scam check "Tu paquete te espera: http://..."</translation>
    </message>
    <message>
      <source>There is nothing to check: the message is empty.</source>
      <translation>No hay nada que revisar: el mensaje está vacío.</translation>
    </message>
    <message>
      <source>Hearth cannot open {name} ({reason}).</source>
      <translation>Hearth no puede abrir {name} ({reason}).</translation>
    </message>
    <message>
      <source>Hearth could not check this line.</source>
      <translation>Hearth no pudo revisar esta línea.</translation>
    </message>
    <message>
      <source>Lines checked: {total}. Likely scams: {scams}. To be careful with: {careful}. No red flags: {clean}. Not checked: {errors}.</source>
      <translation>Líneas revisadas: {total}. Probables estafas: {scams}. Con las que tener cuidado: {careful}. Sin señales de alarma: {clean}. Sin revisar: {errors}.</translation>
    </message>
    <message>
      <source>No scam checks yet.</source>
      <translation>Todavía no hay comprobaciones de estafas.</translation>
    </message>
  </context>
  <context>
    <name>app/commands/settings.py</name>
    <message>
      <source>'{name}' is a secret key, not a setting, so it is never shown here.</source>
      <translation>«{name}» es una clave secreta, no un ajuste, así que nunca se muestra aquí.</translation>
    </message>
    <message>
      <source>To store it, run: hearth keys set {name}</source>
      <translation>Para guardarla, ejecuta: hearth keys set {name}</translation>
    </message>
    <message>
      <source>Saved: {label} is now {value}.</source>
      <translation>Guardado: {label} ahora es {value}.</translation>
    </message>
  </context>
  <context>
    <name>app/device.py</name>
    <message>
      <source>Hearth does not know the end-of-life service's address yet.</source>
      <translation>Hearth todavía no conoce la dirección del servicio de fin de soporte.</translation>
    </message>
    <message>
      <source>This Hearth version can only use the list it shipped with.</source>
      <translation>Esta versión de Hearth solo puede usar la lista que trae incluida.</translation>
    </message>
    <message>
      <source>download which system versions still get security fixes</source>
      <translation>descargar qué versiones de sistemas todavía reciben arreglos de seguridad</translation>
    </message>
    <message>
      <source>The end-of-life list could not be downloaded ({first}).</source>
      <translation>No se pudo descargar la lista de fin de soporte ({first}).</translation>
    </message>
    <message>
      <source>The end-of-life list could not be downloaded.</source>
      <translation>No se pudo descargar la lista de fin de soporte.</translation>
    </message>
    <message>
      <source>Hearth keeps using the list it shipped with. Try again later.</source>
      <translation>Hearth sigue usando la lista que trae incluida. Vuelve a intentarlo más tarde.</translation>
    </message>
  </context>
  <context>
    <name>app/email_domain.py</name>
    <message>
      <source>The name server Hearth was told to use ({value}) is not an address and port.</source>
      <translation>El servidor de nombres que se indicó a Hearth ({value}) no es una dirección con puerto.</translation>
    </message>
    <message>
      <source>Write it like 127.0.0.1:5353, or remove it to use this computer's own DNS.</source>
      <translation>Escríbelo como 127.0.0.1:5353, o quítalo para usar el DNS de este equipo.</translation>
    </message>
    <message>
      <source>Hearth could not find this computer's DNS settings, so it cannot look up the domain.</source>
      <translation>Hearth no encontró los ajustes de DNS de este equipo, así que no puede buscar el dominio.</translation>
    </message>
    <message>
      <source>Check that this computer is connected to the internet, then try again.</source>
      <translation>Comprueba que este equipo está conectado a internet y vuelve a intentarlo.</translation>
    </message>
    <message>
      <source>This computer has no DNS server set, so Hearth cannot look up the domain.</source>
      <translation>Este equipo no tiene ningún servidor DNS configurado, así que Hearth no puede buscar el dominio.</translation>
    </message>
    <message>
      <source>Looking up the mail servers, SPF and DMARC records…</source>
      <translation>Buscando los servidores de correo y los registros SPF y DMARC…</translation>
    </message>
    <message>
      <source>There is no domain called {domain} on the internet.</source>
      <translation>No existe ningún dominio llamado {domain} en internet.</translation>
    </message>
    <message>
      <source>Check the spelling: it is the part after the @ in your business e-mail address.</source>
      <translation>Revisa cómo está escrito: es la parte que va después de la @ en la dirección de correo de tu empresa.</translation>
    </message>
    <message>
      <source>Looking for DKIM keys and following your SPF record…</source>
      <translation>Buscando claves DKIM y siguiendo tu registro SPF…</translation>
    </message>
    <message>
      <source>Judging what was found…</source>
      <translation>Valorando lo que se encontró…</translation>
    </message>
    <message>
      <source>For the address anna@example.com, the domain is example.com.</source>
      <translation>En la dirección anna@example.com, el dominio es example.com.</translation>
    </message>
    <message>
      <source>Done.</source>
      <translation>Listo.</translation>
    </message>
    <message>
      <source>Type your business's e-mail domain first, like example.com.</source>
      <translation>Primero escribe el dominio de correo de tu empresa, por ejemplo example.com.</translation>
    </message>
    <message>
      <source>Hearth looked up the e-mail domain's records.</source>
      <translation>Hearth consultó los registros del dominio de correo.</translation>
    </message>
    <message>
      <source>Only a small-business member has an e-mail domain to check.</source>
      <translation>Solo un miembro de tipo pequeña empresa tiene un dominio de correo que revisar.</translation>
    </message>
    <message>
      <source>No e-mail domain is saved for this business yet: add it on the Small business page.</source>
      <translation>Todavía no hay un dominio de correo guardado para esta empresa: agrégalo en la página Pequeña empresa.</translation>
    </message>
    <message>
      <source>✔ Fixed since the check on {date}.</source>
      <translation>✔ Corregido desde la revisión del {date}.</translation>
    </message>
    <message>
      <source>Better than on {date} (it was: {status}).</source>
      <translation>Mejor que el {date} (estaba: {status}).</translation>
    </message>
    <message>
      <source>Worse than on {date} (it was: {status}).</source>
      <translation>Peor que el {date} (estaba: {status}).</translation>
    </message>
    <message>
      <source>Not changed since the check on {date}.</source>
      <translation>Sin cambios desde la revisión del {date}.</translation>
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
      <source>Add your business's e-mail domain on the Small business page ('Check my e-mail domain') and Hearth will look up its SPF, DKIM, DMARC and MTA-STS records and list here exactly what to change.</source>
      <translation>Agrega el dominio de correo de tu empresa en la página Pequeña empresa («Revisar mi dominio de correo») y Hearth consultará sus registros SPF, DKIM, DMARC y MTA-STS y pondrá aquí exactamente qué cambiar.</translation>
    </message>
    <message>
      <source>E-mail domain {domain} (mail goes to {provider})</source>
      <translation>Dominio de correo {domain} (el correo va a {provider})</translation>
    </message>
    <message>
      <source>E-mail domain {domain}</source>
      <translation>Dominio de correo {domain}</translation>
    </message>
    <message>
      <source>Checked on {date}. Check again after each change: Hearth then marks the fix done.</source>
      <translation>Revisado el {date}. Vuelve a revisarlo después de cada cambio: así Hearth marca el arreglo como hecho.</translation>
    </message>
    <message>
      <source>Compared with the check on {date}: nothing fixed yet.</source>
      <translation>Comparado con la revisión del {date}: todavía no hay nada corregido.</translation>
    </message>
    <message>
      <source>Compared with the check on {date}: 1 item fixed.</source>
      <translation>Comparado con la revisión del {date}: 1 punto corregido.</translation>
    </message>
    <message>
      <source>Compared with the check on {date}: {n} items fixed.</source>
      <translation>Comparado con la revisión del {date}: {n} puntos corregidos.</translation>
    </message>
  </context>
  <context>
    <name>app/errors.py</name>
    <message>
      <source>this check</source>
      <translation>esta comprobación</translation>
    </message>
    <message>
      <source>Hearth is set to work offline, so it did not do this: {what}.</source>
      <translation>Hearth está configurado para trabajar sin conexión, así que no hizo esto: {what}.</translation>
    </message>
    <message>
      <source>Turn off 'Work offline' in Settings to allow it.</source>
      <translation>Para permitirlo, desactiva «Trabajar sin conexión» en Ajustes.</translation>
    </message>
    <message>
      <source>Hearth could not find a secure password store (keyring) on this computer, so it cannot keep keys or secrets. Nothing was saved.</source>
      <translation>Hearth no encontró en este equipo un almacén protegido de contraseñas (llavero), así que no puede guardar claves ni secretos. No se guardó nada.</translation>
    </message>
    <message>
      <source>On Linux, install and unlock GNOME Keyring or KWallet; on Windows and macOS the built-in store is used. Everything else in Hearth keeps working. ({detail})</source>
      <translation>En Linux, instala y desbloquea GNOME Keyring o KWallet; en Windows y macOS se usa el almacén que viene con el sistema. Todo lo demás de Hearth sigue funcionando. ({detail})</translation>
    </message>
    <message>
      <source>On Linux, install and unlock GNOME Keyring or KWallet; on Windows and macOS the built-in store is used. Everything else in Hearth keeps working.</source>
      <translation>En Linux, instala y desbloquea GNOME Keyring o KWallet; en Windows y macOS se usa el almacén que viene con el sistema. Todo lo demás de Hearth sigue funcionando.</translation>
    </message>
  </context>
  <context>
    <name>app/legacy.py</name>
    <message>
      <source>Google Inactive Account Manager</source>
      <translation>Administrador de cuentas inactivas de Google</translation>
    </message>
    <message>
      <source>Chooses who gets your Google photos, e-mail and files if your account is unused for months.</source>
      <translation>Elige quién recibe tus fotos, tu correo y tus archivos de Google si tu cuenta pasa meses sin usarse.</translation>
    </message>
    <message>
      <source>Open myaccount.google.com and choose 'Data &amp; privacy'.</source>
      <translation>Abre myaccount.google.com y elige «Datos y privacidad».</translation>
    </message>
    <message>
      <source>Choose 'Make a plan for your digital legacy' (Inactive Account Manager).</source>
      <translation>Elige la opción para hacer un plan para tu legado digital (Administrador de cuentas inactivas).</translation>
    </message>
    <message>
      <source>Pick how long to wait (3 to 18 months) and add up to 10 trusted people.</source>
      <translation>Elige cuánto tiempo esperar (de 3 a 18 meses) y añade hasta 10 personas de confianza.</translation>
    </message>
    <message>
      <source>Apple Legacy Contact</source>
      <translation>Contacto de legado de Apple</translation>
    </message>
    <message>
      <source>Lets a person you choose reach your iCloud photos and files after your death.</source>
      <translation>Deja que una persona que elijas llegue a tus fotos y archivos de iCloud después de tu muerte.</translation>
    </message>
    <message>
      <source>On iPhone or iPad open Settings, tap your name, then 'Sign-In &amp; Security'.</source>
      <translation>En el iPhone o el iPad abre Ajustes, toca tu nombre y luego «Inicio de sesión y seguridad».</translation>
    </message>
    <message>
      <source>Tap 'Legacy Contact', then 'Add Legacy Contact'.</source>
      <translation>Toca «Contacto de legado» y luego «Añadir contacto de legado».</translation>
    </message>
    <message>
      <source>Give them the access key (print it and keep it with your will).</source>
      <translation>Dale la clave de acceso (imprímela y guárdala con tu testamento).</translation>
    </message>
    <message>
      <source>Facebook legacy contact</source>
      <translation>Contacto de legado de Facebook</translation>
    </message>
    <message>
      <source>Lets a person you choose look after your memorialised Facebook profile, or have it deleted.</source>
      <translation>Deja que una persona que elijas cuide tu perfil conmemorativo de Facebook, o que lo haga eliminar.</translation>
    </message>
    <message>
      <source>Open Facebook, then Settings, then 'Accounts Center'.</source>
      <translation>Abre Facebook, luego la Configuración y luego el «Centro de cuentas».</translation>
    </message>
    <message>
      <source>Choose 'Personal details', then 'Account ownership and control', then 'Memorialization'.</source>
      <translation>Elige «Datos personales», luego «Propiedad y control de la cuenta» y luego «Conmemoración».</translation>
    </message>
    <message>
      <source>Choose a legacy contact, or ask for the account to be deleted.</source>
      <translation>Elige un contacto de legado, o pide que se elimine la cuenta.</translation>
    </message>
    <message>
      <source>Password manager emergency access</source>
      <translation>Acceso de emergencia del gestor de contraseñas</translation>
    </message>
    <message>
      <source>Lets a trusted person ask for your passwords in an emergency, after a waiting time you choose.</source>
      <translation>Deja que una persona de confianza pida tus contraseñas en una emergencia, después de un tiempo de espera que tú eliges.</translation>
    </message>
    <message>
      <source>Bitwarden: Settings, then 'Emergency access'. 1Password: print the Emergency Kit and keep it safe.</source>
      <translation>Bitwarden: Configuración y luego «Acceso de emergencia». 1Password: imprime el Kit de emergencia y guárdalo bien.</translation>
    </message>
    <message>
      <source>Add a trusted person and choose a waiting time (for example 7 days).</source>
      <translation>Añade a una persona de confianza y elige un tiempo de espera (por ejemplo, 7 días).</translation>
    </message>
    <message>
      <source>Tell them it exists and how to ask for it.</source>
      <translation>Cuéntale que existe y cómo pedirlo.</translation>
    </message>
    <message>
      <source>Bank or brokerage trusted contact</source>
      <translation>Contacto de confianza en el banco o la entidad de inversión</translation>
    </message>
    <message>
      <source>Your bank or investment firm can call this person if they worry someone is taking advantage of you. The trusted contact cannot move your money.</source>
      <translation>Tu banco o tu entidad de inversión puede llamar a esta persona si le preocupa que alguien se esté aprovechando de ti. El contacto de confianza no puede mover tu dinero.</translation>
    </message>
    <message>
      <source>Call your bank or investment firm on the number on your card or statement.</source>
      <translation>Llama a tu banco o entidad de inversión al número que aparece en tu tarjeta o en tu extracto.</translation>
    </message>
    <message>
      <source>Ask to add a 'trusted contact person' to your accounts.</source>
      <translation>Pide que añadan una «persona de contacto de confianza» a tus cuentas.</translation>
    </message>
    <message>
      <source>Tell the person you chose.</source>
      <translation>Díselo a la persona que elegiste.</translation>
    </message>
    <message>
      <source>Not yet</source>
      <translation>Todavía no</translation>
    </message>
    <message>
      <source>Not needed</source>
      <translation>No hace falta</translation>
    </message>
    <message>
      <source>That is not an item of the legacy checklist.</source>
      <translation>Eso no es un punto de la lista de herencia digital.</translation>
    </message>
    <message>
      <source>The status must be done, not yet, not needed or not sure.</source>
      <translation>El estado tiene que ser hecho, todavía no, no hace falta o no lo sé.</translation>
    </message>
    <message>
      <source>Please keep the note to {limit} characters or fewer.</source>
      <translation>Escribe la nota con {limit} caracteres como máximo.</translation>
    </message>
  </context>
  <context>
    <name>app/network.py</name>
    <message>
      <source>Hearth will contact only this computer and your router (its settings page, its doors to the internet, and whether it opens doors by itself). It never tries to log in and never looks at other devices.</source>
      <translation>Hearth solo contactará con este equipo y con tu router (su página de configuración, sus puertas a internet y si abre puertas por su cuenta). Nunca intenta iniciar sesión y nunca mira otros dispositivos.</translation>
    </message>
    <message>
      <source>Internet tests (optional): look up a made-up website name and check the certificates of google.com, paypal.com, microsoft.com and apple.com through your normal internet connection.</source>
      <translation>Pruebas por internet (opcionales): buscar un nombre de sitio web inventado y revisar los certificados de google.com, paypal.com, microsoft.com y apple.com a través de tu conexión a internet normal.</translation>
    </message>
    <message>
      <source>Finding the router's maker</source>
      <translation>Buscando el fabricante del router</translation>
    </message>
    <message>
      <source>Looking at the router's settings page</source>
      <translation>Mirando la página de configuración del router</translation>
    </message>
    <message>
      <source>Checking the router's doors (ports)</source>
      <translation>Comprobando las puertas del router (puertos)</translation>
    </message>
    <message>
      <source>Asking about automatic port opening (UPnP)</source>
      <translation>Preguntando por la apertura automática de puertos (UPnP)</translation>
    </message>
    <message>
      <source>Asking about automatic port opening (a second way)</source>
      <translation>Preguntando por la apertura automática de puertos (una segunda forma)</translation>
    </message>
    <message>
      <source>Reading DNS settings</source>
      <translation>Leyendo la configuración DNS</translation>
    </message>
    <message>
      <source>Reading the hosts file</source>
      <translation>Leyendo el archivo hosts</translation>
    </message>
    <message>
      <source>Reading proxy settings</source>
      <translation>Leyendo la configuración del proxy</translation>
    </message>
    <message>
      <source>Reading Wi-Fi security</source>
      <translation>Leyendo la seguridad del Wi-Fi</translation>
    </message>
    <message>
      <source>Testing for redirected look-ups</source>
      <translation>Comprobando si se desvían las búsquedas de direcciones</translation>
    </message>
    <message>
      <source>Finding your router</source>
      <translation>Buscando tu router</translation>
    </message>
    <message>
      <source>{system} is not supported</source>
      <translation>{system} no es compatible</translation>
    </message>
    <message>
      <source>the router address is this computer (test setup)</source>
      <translation>la dirección del router es este equipo (configuración de prueba)</translation>
    </message>
    <message>
      <source>the router's hardware address was not in this computer's neighbour table</source>
      <translation>la dirección física del router no estaba en la tabla de vecinos de este equipo</translation>
    </message>
  </context>
  <context>
    <name>app/ocr.py</name>
    <message>
      <source>Hearth could not open {path}.</source>
      <translation>Hearth no pudo abrir {path}.</translation>
    </message>
    <message>
      <source>Check the file name and try again.</source>
      <translation>Revisa el nombre del archivo y vuelve a intentarlo.</translation>
    </message>
    <message>
      <source>This picture file is too large to read (over 40 MB).</source>
      <translation>Este archivo de imagen es demasiado grande para leerlo (más de 40 MB).</translation>
    </message>
    <message>
      <source>Take a screenshot of just the message, or save the picture smaller.</source>
      <translation>Haz una captura de pantalla solo del mensaje, o guarda la imagen más pequeña.</translation>
    </message>
    <message>
      <source>This file is not a picture Hearth can read.</source>
      <translation>Este archivo no es una imagen que Hearth pueda leer.</translation>
    </message>
    <message>
      <source>Choose a screenshot or photo saved as PNG, JPEG, BMP, GIF, TIFF or WebP.</source>
      <translation>Elige una captura de pantalla o una foto guardada como PNG, JPEG, BMP, GIF, TIFF o WebP.</translation>
    </message>
    <message>
      <source>This copy of Hearth cannot open pictures yet.</source>
      <translation>Esta copia de Hearth todavía no puede abrir imágenes.</translation>
    </message>
    <message>
      <source>Type or paste the words of the message instead.</source>
      <translation>Escribe o pega las palabras del mensaje en su lugar.</translation>
    </message>
    <message>
      <source>{path} is not a normal file.</source>
      <translation>{path} no es un archivo normal.</translation>
    </message>
    <message>
      <source>Choose a picture file.</source>
      <translation>Elige un archivo de imagen.</translation>
    </message>
    <message>
      <source>This picture is too large to read.</source>
      <translation>Esta imagen es demasiado grande para leerla.</translation>
    </message>
    <message>
      <source>This picture is too small to hold any text.</source>
      <translation>Esta imagen es demasiado pequeña para contener texto.</translation>
    </message>
    <message>
      <source>Take a screenshot that shows the whole message.</source>
      <translation>Haz una captura de pantalla que muestre todo el mensaje.</translation>
    </message>
    <message>
      <source>Reading the picture took too long.</source>
      <translation>Leer la imagen tardó demasiado.</translation>
    </message>
    <message>
      <source>Take a screenshot of just the message.</source>
      <translation>Haz una captura de pantalla solo del mensaje.</translation>
    </message>
    <message>
      <source>Install the free Tesseract reader (on Debian or Ubuntu: the packages tesseract-ocr, tesseract-ocr-eng and tesseract-ocr-spa), then try again. Or type the message instead.</source>
      <translation>Instala el lector gratuito Tesseract (en Debian o Ubuntu: los paquetes tesseract-ocr, tesseract-ocr-eng y tesseract-ocr-spa) y vuelve a intentarlo. O escribe el mensaje.</translation>
    </message>
    <message>
      <source>Update Windows to version 10 or 11 to read pictures, or type the message instead.</source>
      <translation>Actualiza Windows a la versión 10 u 11 para leer imágenes, o escribe el mensaje.</translation>
    </message>
    <message>
      <source>Install Tesseract to read pictures, or type the message instead.</source>
      <translation>Instala Tesseract para leer imágenes, o escribe el mensaje.</translation>
    </message>
    <message>
      <source>This computer has no program for reading text in pictures.</source>
      <translation>Este ordenador no tiene ningún programa para leer texto en imágenes.</translation>
    </message>
    <message>
      <source>Getting the picture ready…</source>
      <translation>Preparando la imagen…</translation>
    </message>
    <message>
      <source>Reading the text in the picture…</source>
      <translation>Leyendo el texto de la imagen…</translation>
    </message>
    <message>
      <source>Done reading.</source>
      <translation>Lectura terminada.</translation>
    </message>
    <message>
      <source>Hearth could not find any text in this picture.</source>
      <translation>Hearth no encontró ningún texto en esta imagen.</translation>
    </message>
    <message>
      <source>Try a sharper screenshot of the message, or type or paste the words instead.</source>
      <translation>Prueba con una captura más nítida del mensaje, o escribe o pega las palabras.</translation>
    </message>
  </context>
  <context>
    <name>app/passwords.py</name>
    <message>
      <source>Very likely seen in breaches. Criminals try these passwords first. Stop using it: change it everywhere you used it, starting with your e-mail.</source>
      <translation>Es muy probable que aparezca en filtraciones. Los delincuentes prueban estas contraseñas primero. Deja de usarla: cámbiala en todos los sitios donde la usaste, empezando por tu correo.</translation>
    </message>
    <message>
      <source>Not found in the breach lists Hearth checked. That does not make it a good password: it still needs to be long and used only once.</source>
      <translation>No aparece en las listas de filtraciones que revisó Hearth. Eso no la convierte en una buena contraseña: aun así tiene que ser larga y usarse una sola vez.</translation>
    </message>
    <message>
      <source>Seen once in breaches. Criminals try these passwords first. Stop using it: change it everywhere you used it, starting with your e-mail.</source>
      <translation>Apareció una vez en filtraciones. Los delincuentes prueban primero estas contraseñas. Deja de usarla: cámbiala en todos los sitios donde la usaste, empezando por tu correo.</translation>
    </message>
    <message>
      <source>Seen {count} times in breaches. Criminals try these passwords first. Stop using it: change it everywhere you used it, starting with your e-mail.</source>
      <translation>Apareció {count} veces en filtraciones. Los delincuentes prueban primero estas contraseñas. Deja de usarla: cámbiala en todos los sitios donde la usaste, empezando por tu correo.</translation>
    </message>
    <message>
      <source>No secure password store (keyring) was found, so Hearth found reused passwords only within this file. Finding similar passwords across imports needs the keyring.</source>
      <translation>No se encontró un almacén protegido de contraseñas (llavero), así que Hearth solo buscó contraseñas repetidas dentro de este archivo. Para encontrar contraseñas parecidas entre distintas importaciones hace falta el llavero.</translation>
    </message>
    <message>
      <source>{name} is not an ordinary file (it is a device, a pipe or another special file).</source>
      <translation>{name} no es un archivo normal (es un dispositivo, una tubería u otro archivo especial).</translation>
    </message>
    <message>
      <source>Pick the CSV file that your password manager saved.</source>
      <translation>Elige el archivo CSV que guardó tu gestor de contraseñas.</translation>
    </message>
    <message>
      <source>There is no file at {path}.</source>
      <translation>No hay ningún archivo en {path}.</translation>
    </message>
    <message>
      <source>Check the name and folder and try again.</source>
      <translation>Comprueba el nombre y la carpeta y vuelve a intentarlo.</translation>
    </message>
    <message>
      <source>{path} is a folder, not a file.</source>
      <translation>{path} es una carpeta, no un archivo.</translation>
    </message>
    <message>
      <source>Pick the CSV file itself.</source>
      <translation>Elige el propio archivo CSV.</translation>
    </message>
    <message>
      <source>Hearth is not allowed to read {path}.</source>
      <translation>Hearth no tiene permiso para leer {path}.</translation>
    </message>
    <message>
      <source>Check the file's permissions.</source>
      <translation>Comprueba los permisos del archivo.</translation>
    </message>
    <message>
      <source>Reading the file</source>
      <translation>Leyendo el archivo</translation>
    </message>
    <message>
      <source>Please type the password so Hearth can check it (it is not saved).</source>
      <translation>Escribe la contraseña para que Hearth pueda revisarla (no se guarda).</translation>
    </message>
    <message>
      <source>Checking password strength</source>
      <translation>Comprobando la fuerza de las contraseñas</translation>
    </message>
    <message>
      <source>Breach check not done: {reason}</source>
      <translation>No se hizo la comprobación de filtraciones: {reason}</translation>
    </message>
    <message>
      <source>The list of breached websites could not be updated: {reason}</source>
      <translation>No se pudo actualizar la lista de sitios web con filtraciones: {reason}</translation>
    </message>
    <message>
      <source>Saving</source>
      <translation>Guardando</translation>
    </message>
  </context>
  <context>
    <name>app/paths.py</name>
    <message>
      <source>Hearth cannot create its folder {folder} ({reason}).</source>
      <translation>Hearth no puede crear su carpeta {folder} ({reason}).</translation>
    </message>
    <message>
      <source>Check that you can write there, or start Hearth with its data in a folder you own (see the README).</source>
      <translation>Comprueba que puedes escribir ahí, o inicia Hearth con sus datos en una carpeta tuya (consulta el README).</translation>
    </message>
    <message>
      <source>Hearth cannot write to its folder {folder}.</source>
      <translation>Hearth no puede escribir en su carpeta {folder}.</translation>
    </message>
    <message>
      <source>Check the folder's permissions, or start Hearth with its data in a folder you own (see the README).</source>
      <translation>Comprueba los permisos de la carpeta, o inicia Hearth con sus datos en una carpeta tuya (consulta el README).</translation>
    </message>
  </context>
  <context>
    <name>app/playbooks.py</name>
    <message>
      <source>There is no emergency guide called {playbook_id}.</source>
      <translation>No hay ninguna guía de emergencia llamada {playbook_id}.</translation>
    </message>
    <message>
      <source>Choose one of: {names}.</source>
      <translation>Elige una de estas: {names}.</translation>
    </message>
    <message>
      <source>Hearth's emergency guides could not be read.</source>
      <translation>No se pudieron leer las guías de emergencia de Hearth.</translation>
    </message>
    <message>
      <source>Reinstall Hearth. ({path}: {exc})</source>
      <translation>Vuelve a instalar Hearth. ({path}: {exc})</translation>
    </message>
  </context>
  <context>
    <name>app/practice_totp.py</name>
    <message>
      <source>QR code for the practice account</source>
      <translation>Código QR de la cuenta de práctica</translation>
    </message>
    <message>
      <source>Please type the 6-digit code your app shows for “Hearth practice”.</source>
      <translation>Escribe el código de 6 cifras que muestra tu app para “Hearth practice”.</translation>
    </message>
    <message>
      <source>The code is only numbers (6 digits). Please type just the numbers your app shows.</source>
      <translation>El código solo tiene números (6 cifras). Escribe solo los números que muestra tu app.</translation>
    </message>
    <message>
      <source>The code has {digits} digits, and you typed {typed_count}. Please type all {digits} numbers your app shows.</source>
      <translation>El código tiene {digits} cifras y escribiste {typed_count}. Escribe las {digits} cifras que muestra tu app.</translation>
    </message>
    <message>
      <source>Your app works! The code matched. You can now use this app to turn on two-step verification on your real accounts. You can delete the “Hearth practice” entry from the app.</source>
      <translation>¡Tu app funciona! El código coincide. Ya puedes usar esta app para activar la verificación en dos pasos en tus cuentas de verdad. Puedes borrar de la app la entrada “Hearth practice”.</translation>
    </message>
    <message>
      <source>That code did not match. Codes change every 30 seconds: type the newest code shown under “Hearth practice” in your app, and check that you scanned the QR code shown here now.</source>
      <translation>Ese código no coincide. Los códigos cambian cada 30 segundos: escribe el código más reciente que aparece bajo “Hearth practice” en tu app, y comprueba que escaneaste el código QR que se muestra aquí ahora.</translation>
    </message>
    <message>
      <source>Codes have failed several times, which can happen when a clock is wrong. Hearth can check this computer's clock.</source>
      <translation>Los códigos han fallado varias veces, y eso puede pasar cuando un reloj no está en hora. Hearth puede revisar el reloj de este equipo.</translation>
    </message>
    <message>
      <source>Authenticator codes are made from the current time, so the phone and the computer (or the website) must agree on the time to within about half a minute. If codes keep failing, open the phone's settings and turn on “Set time automatically” (Date &amp; time), and do the same on this computer. The time zone does not matter, only the clock.</source>
      <translation>Los códigos de autenticación se crean a partir de la hora actual, así que el teléfono y el equipo (o el sitio web) deben tener la misma hora, con menos de medio minuto de diferencia. Si los códigos siguen fallando, abre los ajustes del teléfono y activa “Hora automática” (Fecha y hora), y haz lo mismo en este equipo. La zona horaria no importa, solo el reloj.</translation>
    </message>
    <message>
      <source>a second</source>
      <translation>un segundo</translation>
    </message>
    <message>
      <source>This computer's clock is right (within {within} of the internet time), so the computer's clock is not the problem. Check the phone: in its settings, turn on “Set time automatically”. Then type the newest code from the app.</source>
      <translation>El reloj de este equipo está en hora (la diferencia con la hora de internet es de {within} como mucho), así que el problema no es el reloj del equipo. Revisa el teléfono: en sus ajustes, activa “Hora automática”. Después escribe el código más reciente de la app.</translation>
    </message>
    <message>
      <source>This computer's clock is about {amount} ahead of the internet time. Authenticator codes are made from the time, so Hearth expects a different code than your phone shows. Your app is probably fine. To fix the computer's clock, open its date and time settings and turn on “Set time automatically”, then try the practice again.</source>
      <translation>El reloj de este equipo va unos {amount} adelantado respecto a la hora de internet. Los códigos de autenticación se crean a partir de la hora, así que Hearth espera un código distinto del que muestra tu teléfono. Lo más probable es que tu app funcione bien. Para arreglar el reloj del equipo, abre sus ajustes de fecha y hora y activa “Hora automática”; luego vuelve a probar la práctica.</translation>
    </message>
    <message>
      <source>This computer's clock is about {amount} behind the internet time. Authenticator codes are made from the time, so Hearth expects a different code than your phone shows. Your app is probably fine. To fix the computer's clock, open its date and time settings and turn on “Set time automatically”, then try the practice again.</source>
      <translation>El reloj de este equipo va unos {amount} atrasado respecto a la hora de internet. Los códigos de autenticación se crean a partir de la hora, así que Hearth espera un código distinto del que muestra tu teléfono. Lo más probable es que tu app funcione bien. Para arreglar el reloj del equipo, abre sus ajustes de fecha y hora y activa “Hora automática”; luego vuelve a probar la práctica.</translation>
    </message>
    <message>
      <source>Hearth is set to work offline, so it could not compare the clock.</source>
      <translation>Hearth está configurado para trabajar sin conexión, así que no pudo comparar el reloj.</translation>
    </message>
    <message>
      <source>Hearth could not reach the internet to compare the clock.</source>
      <translation>Hearth no pudo conectarse a internet para comparar el reloj.</translation>
    </message>
    <message>
      <source>The server did not say what time it is.</source>
      <translation>El servidor no dijo qué hora es.</translation>
    </message>
  </context>
  <context>
    <name>app/presenters.py</name>
    <message>
      <source>No score yet: it comes when a checkup is finished.</source>
      <translation>Todavía no hay puntuación: aparece cuando terminas una revisión.</translation>
    </message>
    <message>
      <source>No score: this checkup could not check any area yet.</source>
      <translation>Sin puntuación: esta revisión todavía no pudo revisar ningún área.</translation>
    </message>
    <message>
      <source>Score: {score} out of 100 ({coverage})</source>
      <translation>Puntuación: {score} de 100 ({coverage})</translation>
    </message>
    <message>
      <source>Household score: {score} out of 100</source>
      <translation>Puntuación del hogar: {score} de 100</translation>
    </message>
    <message>
      <source>Household score: {score} out of 100 ({coverage})</source>
      <translation>Puntuación del hogar: {score} de 100 ({coverage})</translation>
    </message>
    <message>
      <source>Where e-mail to your business arrives</source>
      <translation>Adónde llega el correo de tu empresa</translation>
    </message>
    <message>
      <source>Which servers may send e-mail as your business</source>
      <translation>Qué servidores pueden enviar correo en nombre de tu empresa</translation>
    </message>
    <message>
      <source>A hidden signature on every e-mail you send</source>
      <translation>Una firma oculta en cada correo que envías</translation>
    </message>
    <message>
      <source>What other e-mail services do with fakes of your e-mail</source>
      <translation>Qué hacen otros servicios de correo con las falsificaciones de tu correo</translation>
    </message>
    <message>
      <source>E-mail sent to you stays private on the way</source>
      <translation>El correo que te envían va protegido por el camino</translation>
    </message>
    <message>
      <source>Based on {counted} of {n} person.</source>
      <translation>Basada en {counted} de {n} persona.</translation>
    </message>
    <message>
      <source>Based on {counted} of {n} people.</source>
      <translation>Basada en {counted} de {n} personas.</translation>
    </message>
    <message>
      <source>{names} has no score yet: finish a checkup with them (the button on their card below) to count them in.</source>
      <translation>{names} todavía no tiene puntuación: termina una revisión con esa persona (el botón de su tarjeta, abajo) para que cuente.</translation>
    </message>
    <message>
      <source>{names} have no score yet: finish a checkup with each of them (the button on their cards below) to count them in.</source>
      <translation>{names} todavía no tienen puntuación: termina una revisión con cada una (el botón de su tarjeta, abajo) para que cuenten.</translation>
    </message>
    <message>
      <source>allowed</source>
      <translation>permitida</translation>
    </message>
    <message>
      <source>required</source>
      <translation>obligatoria</translation>
    </message>
    <message>
      <source>Offered</source>
      <translation>Disponible</translation>
    </message>
    <message>
      <source>Not offered</source>
      <translation>No disponible</translation>
    </message>
    <message>
      <source>You can sign in with a passkey instead of a password ({how}).</source>
      <translation>Puedes entrar con una clave de acceso (passkey) en lugar de una contraseña ({how}).</translation>
    </message>
    <message>
      <source>A passkey can be the second step ({how}).</source>
      <translation>Una clave de acceso (passkey) puede ser el segundo paso ({how}).</translation>
    </message>
    <message>
      <source>The Passkeys Directory does not list this site.</source>
      <translation>El Passkeys Directory no incluye este sitio.</translation>
    </message>
    <message>
      <source>How to turn on two-step verification</source>
      <translation>Cómo activar la verificación en dos pasos</translation>
    </message>
    <message>
      <source>If you are locked out</source>
      <translation>Si no puedes entrar</translation>
    </message>
    <message>
      <source>How to set up a passkey</source>
      <translation>Cómo crear una clave de acceso (passkey)</translation>
    </message>
    <message>
      <source>Listed sites under this address: {names}</source>
      <translation>Sitios incluidos bajo esta dirección: {names}</translation>
    </message>
    <message>
      <source>Ways to add a second step, strongest first:</source>
      <translation>Formas de añadir un segundo paso, de la más fuerte a la menos:</translation>
    </message>
    <message>
      <source>Hearth recommends this</source>
      <translation>Hearth recomienda esta</translation>
    </message>
    <message>
      <source>Company apps: {names}</source>
      <translation>Apps de la empresa: {names}</translation>
    </message>
    <message>
      <source>Company devices: {names}</source>
      <translation>Aparatos de la empresa: {names}</translation>
    </message>
    <message>
      <source>Passkeys:</source>
      <translation>Claves de acceso (passkeys):</translation>
    </message>
    <message>
      <source>Note from the directory:</source>
      <translation>Nota del directorio:</translation>
    </message>
    <message>
      <source>What to do:</source>
      <translation>Qué hacer:</translation>
    </message>
    <message>
      <source>Hearth is fairly sure this is a scam.</source>
      <translation>Hearth cree que probablemente es una estafa.</translation>
    </message>
    <message>
      <source>Hearth is not sure: parts of it look like a scam.</source>
      <translation>Hearth no está seguro: algunas partes parecen de una estafa.</translation>
    </message>
    <message>
      <source>Hearth is not sure: it saw a few warning signs, but not enough to call it a scam.</source>
      <translation>Hearth no está seguro: vio algunas señales de alerta, pero no las suficientes para llamarlo estafa.</translation>
    </message>
    <message>
      <source>Hearth is not sure: it found no red flag, but the wording is a little like some scams.</source>
      <translation>Hearth no está seguro: no encontró señales de alarma, pero la forma de escribir se parece un poco a la de algunas estafas.</translation>
    </message>
    <message>
      <source>Nothing in it looks like a scam to Hearth.</source>
      <translation>A Hearth nada de esto le parece una estafa.</translation>
    </message>
    <message>
      <source>Red flags:</source>
      <translation>Señales de alerta:</translation>
    </message>
    <message>
      <source>None found. That does not prove it is genuine: if in doubt, ask someone you trust.</source>
      <translation>No se encontró ninguna. Eso no demuestra que sea auténtico: si tienes dudas, pregunta a alguien de confianza.</translation>
    </message>
    <message>
      <source>What to do now:</source>
      <translation>Qué hacer ahora:</translation>
    </message>
    <message>
      <source>Online services:</source>
      <translation>Servicios en internet:</translation>
    </message>
    <message>
      <source>Note: {note}</source>
      <translation>Nota: {note}</translation>
    </message>
  </context>
  <context>
    <name>app/probes/common.py</name>
    <message>
      <source>{program} exited with {code}</source>
      <translation>{program} terminó con el código {code}</translation>
    </message>
    <message>
      <source>refusing to contact {address}: test mode allows loopback only</source>
      <translation>no se contacta con {address}: el modo de prueba solo permite la dirección local (loopback)</translation>
    </message>
  </context>
  <context>
    <name>app/probes/device.py</name>
    <message>
      <source>Reading the system version</source>
      <translation>Leyendo la versión del sistema</translation>
    </message>
    <message>
      <source>Checking disk encryption</source>
      <translation>Comprobando el cifrado del disco</translation>
    </message>
    <message>
      <source>Checking the firewall</source>
      <translation>Comprobando el cortafuegos</translation>
    </message>
    <message>
      <source>Looking for waiting updates</source>
      <translation>Buscando actualizaciones pendientes</translation>
    </message>
    <message>
      <source>Checking automatic updates</source>
      <translation>Comprobando las actualizaciones automáticas</translation>
    </message>
    <message>
      <source>Checking the screen lock</source>
      <translation>Comprobando el bloqueo de pantalla</translation>
    </message>
    <message>
      <source>Checking virus protection</source>
      <translation>Comprobando la protección antivirus</translation>
    </message>
    <message>
      <source>Checking browser versions</source>
      <translation>Comprobando las versiones de los navegadores</translation>
    </message>
  </context>
  <context>
    <name>app/probes/linux.py</name>
    <message>
      <source>no resolver settings found</source>
      <translation>no se encontró la configuración de DNS</translation>
    </message>
    <message>
      <source>NetworkManager (nmcli) is not installed</source>
      <translation>NetworkManager (nmcli) no está instalado</translation>
    </message>
    <message>
      <source>NetworkManager is not running</source>
      <translation>NetworkManager no está en marcha</translation>
    </message>
    <message>
      <source>no Wi-Fi adapter</source>
      <translation>no hay adaptador Wi-Fi</translation>
    </message>
    <message>
      <source>no /etc/os-release</source>
      <translation>no existe /etc/os-release</translation>
    </message>
    <message>
      <source>could not find the disk that holds the system (a container or unusual setup?)</source>
      <translation>no se encontró el disco donde está el sistema (¿un contenedor o una instalación poco común?)</translation>
    </message>
    <message>
      <source>no ufw or firewalld; other firewall rules can only be read by an administrator</source>
      <translation>no hay ufw ni firewalld; otras reglas del cortafuegos solo las puede leer un administrador</translation>
    </message>
    <message>
      <source>no apt or dnf package manager</source>
      <translation>no hay gestor de paquetes apt ni dnf</translation>
    </message>
    <message>
      <source>no known automatic-update tool</source>
      <translation>no hay ninguna herramienta conocida de actualización automática</translation>
    </message>
    <message>
      <source>no desktop session found</source>
      <translation>no se encontró ninguna sesión de escritorio</translation>
    </message>
  </context>
  <context>
    <name>app/probes/macos.py</name>
    <message>
      <source>could not read the macOS version</source>
      <translation>no se pudo leer la versión de macOS</translation>
    </message>
  </context>
  <context>
    <name>app/probes/network.py</name>
    <message>
      <source>see whether the router's settings page uses encryption</source>
      <translation>ver si la página de configuración del router usa cifrado</translation>
    </message>
    <message>
      <source>see whether the router's settings page has an encrypted version</source>
      <translation>ver si la página de configuración del router tiene una versión cifrada</translation>
    </message>
    <message>
      <source>see which doors (ports) the router has open</source>
      <translation>ver qué puertas (puertos) tiene abiertas el router</translation>
    </message>
    <message>
      <source>not asking the whole home network in test mode</source>
      <translation>no se pregunta a toda la red de casa en modo de prueba</translation>
    </message>
    <message>
      <source>could not send the UPnP search ({why})</source>
      <translation>no se pudo enviar la búsqueda UPnP ({why})</translation>
    </message>
    <message>
      <source>ask whether the router opens ports automatically (UPnP)</source>
      <translation>preguntar si el router abre puertos automáticamente (UPnP)</translation>
    </message>
    <message>
      <source>read the router's UPnP description (maker and model)</source>
      <translation>leer la descripción UPnP del router (fabricante y modelo)</translation>
    </message>
    <message>
      <source>read-only: list the doors UPnP has opened</source>
      <translation>solo lectura: ver la lista de puertas que ha abierto UPnP</translation>
    </message>
    <message>
      <source>ask whether the router opens ports automatically (NAT-PMP)</source>
      <translation>preguntar si el router abre puertos automáticamente (NAT-PMP)</translation>
    </message>
    <message>
      <source>could not read {path}</source>
      <translation>no se pudo leer {path}</translation>
    </message>
    <message>
      <source>refusing to use the system resolver in test mode</source>
      <translation>no se usa el DNS del sistema en el modo de prueba</translation>
    </message>
    <message>
      <source>test: does a made-up name get a fake answer?</source>
      <translation>prueba: ¿un nombre inventado recibe una respuesta falsa?</translation>
    </message>
    <message>
      <source>test: does this website show its real certificate?</source>
      <translation>prueba: ¿este sitio web muestra su certificado real?</translation>
    </message>
  </context>
  <context>
    <name>app/probes/windows.py</name>
    <message>
      <source>could not read the Windows version</source>
      <translation>no se pudo leer la versión de Windows</translation>
    </message>
    <message>
      <source>could not read the screen saver settings</source>
      <translation>no se pudo leer la configuración del protector de pantalla</translation>
    </message>
    <message>
      <source>Security Center is only on desktop Windows</source>
      <translation>el Centro de seguridad solo existe en Windows de escritorio</translation>
    </message>
  </context>
  <context>
    <name>app/reports.py</name>
    <message>
      <source>never</source>
      <translation>nunca</translation>
    </message>
    <message>
      <source>started, not finished</source>
      <translation>empezada, sin terminar</translation>
    </message>
    <message>
      <source>point</source>
      <translation>punto</translation>
    </message>
    <message>
      <source>points</source>
      <translation>puntos</translation>
    </message>
    <message>
      <source>(this area is at its {cap}-point limit)</source>
      <translation>(esta área ya llegó a su límite de {cap} puntos)</translation>
    </message>
    <message>
      <source>Security report for {name}</source>
      <translation>Informe de seguridad de {name}</translation>
    </message>
    <message>
      <source>No checkup yet. Start one in Hearth to see a score and a to-do list.</source>
      <translation>Todavía no hay ninguna revisión. Empieza una en Hearth para ver una puntuación y una lista de tareas.</translation>
    </message>
    <message>
      <source>There is no one in the household yet, so there is nothing to report.</source>
      <translation>Todavía no hay nadie en el hogar, así que no hay nada que informar.</translation>
    </message>
    <message>
      <source>Household security report</source>
      <translation>Informe de seguridad del hogar</translation>
    </message>
    <message>
      <source>Choose a member, or the whole household.</source>
      <translation>Elige a una persona o todo el hogar.</translation>
    </message>
    <message>
      <source>Made by Hearth on {date}.</source>
      <translation>Hecho por Hearth el {date}.</translation>
    </message>
    <message>
      <source>This report contains no passwords, codes or safe words.</source>
      <translation>Este informe no contiene contraseñas, códigos ni palabras clave.</translation>
    </message>
    <message>
      <source>Keep it somewhere private all the same.</source>
      <translation>Aun así, guárdalo en un lugar privado.</translation>
    </message>
    <message>
      <source>{lost} points are lost to the {count} open item below.</source>
      <translation>Se pierden {lost} puntos por {count} tarea pendiente (abajo).</translation>
    </message>
    <message>
      <source>{lost} points are lost to the {count} open items below.</source>
      <translation>Se pierden {lost} puntos por las {count} tareas pendientes de abajo.</translation>
    </message>
    <message>
      <source>Last checkup: {last}.</source>
      <translation>Última revisión: {last}.</translation>
    </message>
    <message>
      <source>Next checkup due: {due}.</source>
      <translation>Próxima revisión: {due}.</translation>
    </message>
    <message>
      <source>about {minutes} min</source>
      <translation>unos {minutes} min</translation>
    </message>
    <message>
      <source>do this week</source>
      <translation>hazlo esta semana</translation>
    </message>
    <message>
      <source>{title} — reason: {reason}</source>
      <translation>{title} — motivo: {reason}</translation>
    </message>
    <message>
      <source>How the score works:</source>
      <translation>Cómo funciona la puntuación:</translation>
    </message>
    <message>
      <source>To do ({count}), most important first</source>
      <translation>Tareas ({count}), primero las más importantes</translation>
    </message>
    <message>
      <source>Nothing open on the to-do list. Well done.</source>
      <translation>No queda nada pendiente en la lista de tareas. ¡Bien hecho!</translation>
    </message>
    <message>
      <source>Dismissed (they cost no points)</source>
      <translation>Descartadas (no restan puntos)</translation>
    </message>
    <message>
      <source>Fixed recently</source>
      <translation>Arreglado hace poco</translation>
    </message>
    <message>
      <source>Checkup steps</source>
      <translation>Pasos de la revisión</translation>
    </message>
    <message>
      <source>Step</source>
      <translation>Paso</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Nota</translation>
    </message>
    <message>
      <source>Legacy and emergency access</source>
      <translation>Herencia digital y acceso de emergencia</translation>
    </message>
    <message>
      <source>Item</source>
      <translation>Elemento</translation>
    </message>
    <message>
      <source>Caregiver consent</source>
      <translation>Permiso para la persona que cuida</translation>
    </message>
    <message>
      <source>This step needs a command typed on the computer: Hearth shows it on the checkup page. Ask someone you trust who is at ease with computers.</source>
      <translation>Este paso necesita escribir una orden en el equipo: Hearth la muestra en la página de la revisión. Pide ayuda a alguien de confianza que se maneje bien con los ordenadores.</translation>
    </message>
    <message>
      <source>Some work to do</source>
      <translation>Hay cosas por hacer</translation>
    </message>
    <message>
      <source>out of 100</source>
      <translation>de 100</translation>
    </message>
    <message>
      <source>Household score</source>
      <translation>Puntuación del hogar</translation>
    </message>
    <message>
      <source>Tick each box when it is done.</source>
      <translation>Marca cada casilla cuando esté hecha.</translation>
    </message>
    <message>
      <source>Cut along the dashed lines. Keep one by the phone and one in your wallet.</source>
      <translation>Recorta por las líneas de puntos. Deja una junto al teléfono y otra en tu cartera.</translation>
    </message>
    <message>
      <source>Unexpected call + emotion + urgency = stop and call someone you trust.</source>
      <translation>Llamada inesperada + emoción + prisa = para y llama a alguien de confianza.</translation>
    </message>
    <message>
      <source>PAUSE</source>
      <translation>PAUSA</translation>
    </message>
    <message>
      <source>Never share a code. Never pay with gift cards, crypto or a wire. Hang up and call back on a number you already know.</source>
      <translation>Nunca compartas un código. Nunca pagues con tarjetas regalo, criptomonedas ni transferencias. Cuelga y vuelve a llamar a un número que ya conoces.</translation>
    </message>
    <message>
      <source>Someone I trust: ____________________  Tel: ____________</source>
      <translation>Alguien de confianza: ____________________  Tel.: ____________</translation>
    </message>
    <message>
      <source>Pause card</source>
      <translation>Tarjeta de pausa</translation>
    </message>
    <message>
      <source>Our family safe word</source>
      <translation>Nuestra palabra clave familiar</translation>
    </message>
    <message>
      <source>If a caller asks for money or help in a hurry, ask for the safe word. No safe word: hang up and call back on a number you know. Never post this word online.</source>
      <translation>Si alguien llama y pide dinero o ayuda con prisa, pídele la palabra clave. Si no la sabe, cuelga y vuelve a llamar a un número que conoces. Nunca publiques esta palabra en internet.</translation>
    </message>
    <message>
      <source>Family safe word card</source>
      <translation>Tarjeta de la palabra clave familiar</translation>
    </message>
    <message>
      <source>Your bank (number on the back of your card)</source>
      <translation>Tu banco (el número está en el reverso de tu tarjeta)</translation>
    </message>
    <message>
      <source>UK: your bank, any time</source>
      <translation>Reino Unido: tu banco, a cualquier hora</translation>
    </message>
    <message>
      <source>Call 159</source>
      <translation>Llama al 159</translation>
    </message>
    <message>
      <source>UK: report fraud (Action Fraud)</source>
      <translation>Reino Unido: denunciar un fraude (Action Fraud)</translation>
    </message>
    <message>
      <source>UK: forward scam text messages to</source>
      <translation>Reino Unido: reenvía los mensajes de texto de estafa al</translation>
    </message>
    <message>
      <source>US: report fraud (FTC)</source>
      <translation>EE. UU.: denunciar un fraude (FTC)</translation>
    </message>
    <message>
      <source>US: internet crime (FBI IC3)</source>
      <translation>EE. UU.: delitos en internet (FBI IC3)</translation>
    </message>
    <message>
      <source>US: AARP Fraud Watch helpline</source>
      <translation>EE. UU.: línea de ayuda AARP Fraud Watch</translation>
    </message>
    <message>
      <source>The police or fraud line in your country</source>
      <translation>La policía o la línea contra el fraude de tu país</translation>
    </message>
    <message>
      <source>Stop. Do not send more money and do not answer the scammer again.</source>
      <translation>Para. No envíes más dinero y no vuelvas a responder a quien te estafó.</translation>
    </message>
    <message>
      <source>Call your bank on the number on your card. Ask them to stop payments and watch your account.</source>
      <translation>Llama a tu banco al número que aparece en tu tarjeta. Pide que detengan los pagos y que vigilen tu cuenta.</translation>
    </message>
    <message>
      <source>If someone connected to your computer, turn it off and ask someone you trust for help.</source>
      <translation>Si alguien se conectó a tu ordenador, apágalo y pide ayuda a alguien de confianza.</translation>
    </message>
    <message>
      <source>Change the password of your e-mail first, then of your bank and other accounts.</source>
      <translation>Cambia primero la contraseña de tu correo electrónico y después la de tu banco y tus otras cuentas.</translation>
    </message>
    <message>
      <source>Report it (numbers above). It is not your fault: these criminals are professionals.</source>
      <translation>Denúncialo (números de arriba). No es tu culpa: estos delincuentes son profesionales.</translation>
    </message>
    <message>
      <source>Emergency contacts</source>
      <translation>Contactos de emergencia</translation>
    </message>
    <message>
      <source>Keep this by the phone.</source>
      <translation>Deja esta hoja junto al teléfono.</translation>
    </message>
    <message>
      <source>Family and people I trust</source>
      <translation>Familia y personas de confianza</translation>
    </message>
    <message>
      <source>Phone: ____________________</source>
      <translation>Teléfono: ____________________</translation>
    </message>
    <message>
      <source>{name} (cared for by {names})</source>
      <translation>{name} (quien cuida: {names})</translation>
    </message>
    <message>
      <source>Name: ______________________</source>
      <translation>Nombre: ______________________</translation>
    </message>
    <message>
      <source>If something feels wrong</source>
      <translation>Si algo te parece raro</translation>
    </message>
    <message>
      <source>If you think you have been scammed</source>
      <translation>Si crees que te han estafado</translation>
    </message>
    <message>
      <source>{answered} of {total} questions answered.</source>
      <translation>{answered} de {total} preguntas respondidas.</translation>
    </message>
    <message>
      <source>Each gap names the recognised control behind it.</source>
      <translation>Cada carencia indica el control reconocido del que viene.</translation>
    </message>
    <message>
      <source>{control} — answered: {answer}</source>
      <translation>{control} — respuesta: {answer}</translation>
    </message>
    <message>
      <source>Small-business gap report for {name}</source>
      <translation>Informe de carencias de la pequeña empresa de {name}</translation>
    </message>
    <message>
      <source>No gaps in the answered questions.</source>
      <translation>No hay carencias en las preguntas respondidas.</translation>
    </message>
    <message>
      <source>Your note:</source>
      <translation>Tu nota:</translation>
    </message>
    <message>
      <source>Framework items:</source>
      <translation>Puntos del marco de referencia:</translation>
    </message>
    <message>
      <source>How to close it:</source>
      <translation>Cómo resolverla:</translation>
    </message>
    <message>
      <source>The format must be pdf or html.</source>
      <translation>El formato debe ser pdf o html.</translation>
    </message>
    <message>
      <source>Choose a folder you can write to, such as your Documents folder. Nothing was written.</source>
      <translation>Elige una carpeta en la que puedas escribir, como tu carpeta Documentos. No se escribió nada.</translation>
    </message>
    <message>
      <source>That file name is too long ({n} characters). Choose a shorter name.</source>
      <translation>Ese nombre de archivo es demasiado largo ({n} caracteres). Elige un nombre más corto.</translation>
    </message>
    <message>
      <source>Nothing was written.</source>
      <translation>No se escribió nada.</translation>
    </message>
    <message>
      <source>{target} is a folder. Please give a file name, for example {example}.</source>
      <translation>{target} es una carpeta. Escribe un nombre de archivo, por ejemplo {example}.</translation>
    </message>
    <message>
      <source>Hearth could not save to {target}: the folder {folder} does not exist.</source>
      <translation>Hearth no pudo guardar en {target}: la carpeta {folder} no existe.</translation>
    </message>
    <message>
      <source>Choose another folder, or create that one first. Nothing was written.</source>
      <translation>Elige otra carpeta o crea esa primero. No se escribió nada.</translation>
    </message>
    <message>
      <source>{name} is not an ordinary file (it is a device, a pipe or another special file), so Hearth will not save a report over it.</source>
      <translation>{name} no es un archivo normal (es un dispositivo, una tubería u otro archivo especial), así que Hearth no guardará un informe encima.</translation>
    </message>
    <message>
      <source>Give the name of a new file, for example report.pdf. Nothing was written.</source>
      <translation>Da el nombre de un archivo nuevo, por ejemplo informe.pdf. No se escribió nada.</translation>
    </message>
    <message>
      <source>Hearth could not save to {target} ({problem}).</source>
      <translation>Hearth no pudo guardar en {target} ({problem}).</translation>
    </message>
    <message>
      <source>The card must be one of: {cards}.</source>
      <translation>La tarjeta debe ser una de estas: {cards}.</translation>
    </message>
  </context>
  <context>
    <name>app/scam.py</name>
    <message>
      <source>The links in the message, cut short before any personal details in them.</source>
      <translation>Los enlaces del mensaje, cortados antes de cualquier dato personal que lleven.</translation>
    </message>
    <message>
      <source>Public phishing lists (OpenPhish, URLhaus)</source>
      <translation>Listas públicas de phishing (OpenPhish, URLhaus)</translation>
    </message>
    <message>
      <source>Nothing about your message: Hearth downloads the public lists and compares links on this computer.</source>
      <translation>Nada de tu mensaje: Hearth descarga las listas públicas y compara los enlaces en este ordenador.</translation>
    </message>
    <message>
      <source>Language model (OpenAI-compatible)</source>
      <translation>Modelo de lenguaje (compatible con OpenAI)</translation>
    </message>
    <message>
      <source>The message with names, personal words, e-mail addresses, phone, card and account numbers, passwords and codes, dates of birth and addresses removed.</source>
      <translation>El mensaje sin nombres, palabras personales, direcciones de correo electrónico, números de teléfono, de tarjeta y de cuenta, contraseñas y códigos, fechas de nacimiento ni direcciones.</translation>
    </message>
    <message>
      <source>Likely scam</source>
      <translation>Probable estafa</translation>
    </message>
    <message>
      <source>Be careful</source>
      <translation>Ten cuidado</translation>
    </message>
    <message>
      <source>No red flags found</source>
      <translation>Sin señales de alarma</translation>
    </message>
    <message>
      <source>Not enough to go on</source>
      <translation>No hay datos suficientes</translation>
    </message>
    <message>
      <source>A few warning signs</source>
      <translation>Algunas señales de alerta</translation>
    </message>
    <message>
      <source>A few warning signs: read them below</source>
      <translation>Algunas señales de alerta: léelas abajo</translation>
    </message>
    <message>
      <source>likely scam</source>
      <translation>probable estafa</translation>
    </message>
    <message>
      <source>be careful</source>
      <translation>ten cuidado</translation>
    </message>
    <message>
      <source>no red flags found</source>
      <translation>no se encontraron señales de alerta</translation>
    </message>
    <message>
      <source>not enough to go on</source>
      <translation>no hay suficiente información</translation>
    </message>
    <message>
      <source>Report it to the FTC at ReportFraud.ftc.gov.</source>
      <translation>Denúncialo a la FTC en ReportFraud.ftc.gov.</translation>
    </message>
    <message>
      <source>If money was lost online, also report it to the FBI at ic3.gov.</source>
      <translation>Si se perdió dinero por internet, denúncialo también al FBI en ic3.gov.</translation>
    </message>
    <message>
      <source>Forward scam texts to 7726 (SPAM), then delete them.</source>
      <translation>Reenvía los SMS de estafa al 7726 (SPAM) y después bórralos.</translation>
    </message>
    <message>
      <source>Forward scam texts to 7726, free of charge, then delete them.</source>
      <translation>Reenvía los SMS de estafa al 7726, gratis, y después bórralos.</translation>
    </message>
    <message>
      <source>Report it to Action Fraud at actionfraud.police.uk or call 0300 123 2040.</source>
      <translation>Denúncialo a Action Fraud en actionfraud.police.uk o llama al 0300 123 2040.</translation>
    </message>
    <message>
      <source>Forward scam e-mails to report@phishing.gov.uk.</source>
      <translation>Reenvía los correos electrónicos de estafa a report@phishing.gov.uk.</translation>
    </message>
    <message>
      <source>Report it to your country's consumer protection or police fraud reporting service.</source>
      <translation>Denúncialo al servicio de protección al consumidor o de denuncias de fraude de la policía de tu país.</translation>
    </message>
    <message>
      <source>Hearth does not know a scam-check service called {service}.</source>
      <translation>Hearth no conoce ningún servicio para revisar estafas llamado {service}.</translation>
    </message>
    <message>
      <source>This e-mail file is very large: Hearth checked the first {megabytes} MB.</source>
      <translation>Este archivo de correo electrónico es muy grande: Hearth revisó los primeros {megabytes} MB.</translation>
    </message>
    <message>
      <source>This is very long ({length} characters): Hearth checked the first {limit} characters.</source>
      <translation>Esto es muy largo ({length} caracteres): Hearth revisó los primeros {limit} caracteres.</translation>
    </message>
    <message>
      <source>There are no links in this message, so nothing would be sent.</source>
      <translation>No hay enlaces en este mensaje, así que no se enviaría nada.</translation>
    </message>
    <message>
      <source>{label} needs a key, and Hearth cannot reach this computer's secure key store to read one.</source>
      <translation>{label} necesita una clave, y Hearth no puede acceder al almacén seguro de claves de este equipo para leerla.</translation>
    </message>
    <message>
      <source>{label} needs a key. Add one in Settings to use it.</source>
      <translation>{label} necesita una clave. Añade una en Configuración para usarlo.</translation>
    </message>
    <message>
      <source>The check was stopped before every service answered.</source>
      <translation>La revisión se detuvo antes de que respondieran todos los servicios.</translation>
    </message>
    <message>
      <source>{label} was not asked: the services before it used all the time a check may wait.</source>
      <translation>No se preguntó a {label}: los servicios anteriores usaron todo el tiempo que una revisión puede esperar.</translation>
    </message>
    <message>
      <source>Asking {label}…</source>
      <translation>Preguntando a {label}…</translation>
    </message>
    <message>
      <source>The phishing lists are not downloaded yet.</source>
      <translation>Las listas de phishing todavía no se han descargado.</translation>
    </message>
    <message>
      <source>The language model thinks this is: {opinion} (confidence {percent}%).</source>
      <translation>El modelo de lenguaje cree que esto es: {opinion} (confianza del {percent} %).</translation>
    </message>
    <message>
      <source>{label} could not be asked because of a problem in Hearth.</source>
      <translation>No se pudo preguntar a {label} por un problema en Hearth.</translation>
    </message>
    <message>
      <source>{label} lists none of these links.</source>
      <translation>{label} no incluye ninguno de estos enlaces en sus listas.</translation>
    </message>
    <message>
      <source>No answer about these links.</source>
      <translation>No hay respuesta sobre estos enlaces.</translation>
    </message>
    <message>
      <source>Do not reply, do not click the link and do not call any number in the message.</source>
      <translation>No respondas, no abras el enlace y no llames a ningún número del mensaje.</translation>
    </message>
    <message>
      <source>If it claims to be your bank or a company, contact them using the number on your card or their official website.</source>
      <translation>Si dice ser tu banco o una empresa, contacta con ellos usando el número de tu tarjeta o su sitio web oficial.</translation>
    </message>
    <message>
      <source>Never share a code, a password or card details because a message asked for them.</source>
      <translation>Nunca compartas un código, una contraseña ni datos de tu tarjeta porque un mensaje te los pida.</translation>
    </message>
    <message>
      <source>Do not click the link or reply until you are sure who sent it.</source>
      <translation>No abras el enlace ni respondas hasta que sepas con certeza quién lo envió.</translation>
    </message>
    <message>
      <source>Check with the company or person another way, using a number you already know.</source>
      <translation>Compruébalo con la empresa o la persona de otra forma, usando un número que ya conozcas.</translation>
    </message>
    <message>
      <source>If anything about it still feels wrong, ask someone you trust before you act.</source>
      <translation>Si algo todavía te parece raro, pregunta a alguien de confianza antes de actuar.</translation>
    </message>
    <message>
      <source>There is nothing to check.</source>
      <translation>No hay nada que revisar.</translation>
    </message>
    <message>
      <source>Paste a message, a link or a phone number.</source>
      <translation>Pega un mensaje, un enlace o un número de teléfono.</translation>
    </message>
    <message>
      <source>Online services were not asked (offline check).</source>
      <translation>No se preguntó a los servicios en línea (revisión sin conexión).</translation>
    </message>
    <message>
      <source>Hearth is set to work offline, so the online services were not asked.</source>
      <translation>Hearth está configurado para funcionar sin conexión, así que no se preguntó a los servicios en línea.</translation>
    </message>
    <message>
      <source>The language model you turned on thinks this may be a scam:</source>
      <translation>El modelo de lenguaje que activaste cree que esto puede ser una estafa:</translation>
    </message>
    <message>
      <source>it gave no reason.</source>
      <translation>no dio ningún motivo.</translation>
    </message>
  </context>
  <context>
    <name>app/secrets.py</name>
    <message>
      <source>Have I Been Pwned API key</source>
      <translation>clave de API de Have I Been Pwned</translation>
    </message>
    <message>
      <source>VirusTotal API key</source>
      <translation>clave de API de VirusTotal</translation>
    </message>
    <message>
      <source>URLhaus Auth-Key</source>
      <translation>clave Auth-Key de URLhaus</translation>
    </message>
    <message>
      <source>Google Safe Browsing API key</source>
      <translation>clave de API de Google Safe Browsing</translation>
    </message>
    <message>
      <source>language model API key</source>
      <translation>clave de API del modelo de lenguaje</translation>
    </message>
    <message>
      <source>password fingerprint key</source>
      <translation>clave de huella de contraseñas</translation>
    </message>
    <message>
      <source>caring-at-a-distance keys</source>
      <translation>claves para cuidar a distancia</translation>
    </message>
    <message>
      <source>no secure key store is installed</source>
      <translation>no hay ningún almacén seguro de claves instalado</translation>
    </message>
    <message>
      <source>no secure key store is available</source>
      <translation>no hay ningún almacén seguro de claves disponible</translation>
    </message>
    <message>
      <source>the only key store available ({name}) keeps secrets as plain files</source>
      <translation>el único almacén de claves disponible ({name}) guarda los secretos como archivos sin proteger</translation>
    </message>
    <message>
      <source>the key store {name} cannot be used here</source>
      <translation>el almacén de claves {name} no se puede usar aquí</translation>
    </message>
    <message>
      <source>The {what} is empty, so nothing was saved.</source>
      <translation>El dato «{what}» está vacío, así que no se guardó nada.</translation>
    </message>
    <message>
      <source>Hearth does not keep a secret called {name}.</source>
      <translation>Hearth no guarda ningún secreto llamado {name}.</translation>
    </message>
    <message>
      <source>Known names: {names}.</source>
      <translation>Nombres conocidos: {names}.</translation>
    </message>
  </context>
  <context>
    <name>app/services/feeds.py</name>
    <message>
      <source>phishing (a trick site)</source>
      <translation>phishing (un sitio trampa)</translation>
    </message>
    <message>
      <source>malware</source>
      <translation>software malicioso</translation>
    </message>
    <message>
      <source>downloading the phishing lists</source>
      <translation>descargar las listas de phishing</translation>
    </message>
    <message>
      <source>download the {label} list of dangerous links (your links are not sent)</source>
      <translation>descargar la lista de enlaces peligrosos de {label} (tus enlaces no se envían)</translation>
    </message>
    <message>
      <source>The {label} list that was downloaded is empty or not a list of links.</source>
      <translation>La lista de {label} que se descargó está vacía o no es una lista de enlaces.</translation>
    </message>
    <message>
      <source>Hearth kept the copy it already had. Try again later.</source>
      <translation>Hearth se quedó con la copia que ya tenía. Vuelve a intentarlo más tarde.</translation>
    </message>
    <message>
      <source>The phishing list that was downloaded is far larger than expected.</source>
      <translation>La lista de phishing que se descargó es mucho más grande de lo esperado.</translation>
    </message>
    <message>
      <source>Hearth kept the copy it already had.</source>
      <translation>Hearth se quedó con la copia que ya tenía.</translation>
    </message>
    <message>
      <source>The download of the phishing list was cut off.</source>
      <translation>La descarga de la lista de phishing se cortó.</translation>
    </message>
    <message>
      <source>{label}'s public list names this link as {threat}.</source>
      <translation>La lista pública de {label} incluye este enlace como {threat}.</translation>
    </message>
    <message>
      <source>This link is not on the {names} lists.</source>
      <translation>Este enlace no está en las listas de {names}.</translation>
    </message>
  </context>
  <context>
    <name>app/services/hibp.py</name>
    <message>
      <source>download the public list of breached websites (nothing about you is sent)</source>
      <translation>descargar la lista pública de sitios web con filtraciones (no se envía nada sobre ti)</translation>
    </message>
    <message>
      <source>Have I Been Pwned sent an answer Hearth cannot read.</source>
      <translation>Have I Been Pwned envió una respuesta que Hearth no puede leer.</translation>
    </message>
    <message>
      <source>Try again later. Nothing was saved.</source>
      <translation>Vuelve a intentarlo más tarde. No se guardó nada.</translation>
    </message>
    <message>
      <source>Checking e-mail addresses needs your own Have I Been Pwned API key, and none is stored.</source>
      <translation>Para revisar direcciones de correo hace falta tu propia clave de API de Have I Been Pwned, y no hay ninguna guardada.</translation>
    </message>
    <message>
      <source>Get a key at haveibeenpwned.com/API/Key, then add it in Settings.</source>
      <translation>Consigue una clave en haveibeenpwned.com/API/Key y añádela en Ajustes.</translation>
    </message>
    <message>
      <source>That does not look like an e-mail address.</source>
      <translation>Eso no parece una dirección de correo.</translation>
    </message>
    <message>
      <source>Type it like name@example.com.</source>
      <translation>Escríbela así: nombre@ejemplo.com.</translation>
    </message>
    <message>
      <source>check whether this e-mail address is in known breaches</source>
      <translation>comprobar si esta dirección de correo aparece en filtraciones conocidas</translation>
    </message>
    <message>
      <source>Checking e-mail addresses</source>
      <translation>Revisando direcciones de correo</translation>
    </message>
  </context>
  <context>
    <name>app/services/http.py</name>
    <message>
      <source>the look-up at {service}</source>
      <translation>la consulta a {service}</translation>
    </message>
    <message>
      <source>{label} could not be reached ({outcome}).</source>
      <translation>{label}: no se pudo establecer la conexión ({outcome}).</translation>
    </message>
    <message>
      <source>Check the internet connection and try again later. Nothing else was affected.</source>
      <translation>Comprueba la conexión a internet y vuelve a intentarlo más tarde. No se vio afectado nada más.</translation>
    </message>
    <message>
      <source>redirect to another address refused</source>
      <translation>se rechazó la redirección a otra dirección</translation>
    </message>
    <message>
      <source>{label} sent Hearth from address to address too many times. Hearth stopped.</source>
      <translation>{label} mandó a Hearth de una dirección a otra demasiadas veces. Hearth se detuvo.</translation>
    </message>
    <message>
      <source>{label} tried to send Hearth on to another address ({host}). Hearth did not follow it, and nothing was sent there.</source>
      <translation>{label} intentó mandar a Hearth a otra dirección ({host}). Hearth no la siguió y no se envió nada allí.</translation>
    </message>
    <message>
      <source>Check the address of the service in Settings, or try again later.</source>
      <translation>Revisa la dirección del servicio en Ajustes, o vuelve a intentarlo más tarde.</translation>
    </message>
    <message>
      <source>sent on to another page of the same site</source>
      <translation>redirigido a otra página del mismo sitio</translation>
    </message>
    <message>
      <source>{label} sent far more than expected (over {mb} MB). Hearth stopped reading it.</source>
      <translation>{label} envió mucho más de lo esperado (más de {mb} MB). Hearth dejó de leerlo.</translation>
    </message>
    <message>
      <source>took too long</source>
      <translation>tardó demasiado</translation>
    </message>
    <message>
      <source>{label} took too long to answer (more than {seconds} seconds). Hearth stopped waiting.</source>
      <translation>{label} tardó demasiado en responder (más de {seconds} segundos). Hearth dejó de esperar.</translation>
    </message>
    <message>
      <source>timed out</source>
      <translation>se agotó el tiempo de espera</translation>
    </message>
    <message>
      <source>secure connection failed</source>
      <translation>falló la conexión protegida</translation>
    </message>
    <message>
      <source>no connection</source>
      <translation>sin conexión</translation>
    </message>
    <message>
      <source>request failed</source>
      <translation>falló la solicitud</translation>
    </message>
    <message>
      <source>The Pwned Passwords service</source>
      <translation>El servicio Pwned Passwords</translation>
    </message>
    <message>
      <source>The 2FA Directory</source>
      <translation>El 2FA Directory</translation>
    </message>
    <message>
      <source>The Passkeys Directory</source>
      <translation>El Passkeys Directory</translation>
    </message>
    <message>
      <source>The language model</source>
      <translation>El modelo de lenguaje</translation>
    </message>
    <message>
      <source>The phishing feed</source>
      <translation>La lista de phishing</translation>
    </message>
    <message>
      <source>The service {service}</source>
      <translation>El servicio {service}</translation>
    </message>
    <message>
      <source>{label} refused the request ({status}).</source>
      <translation>{label} rechazó la petición ({status}).</translation>
    </message>
    <message>
      <source>Try again later. If it keeps happening, check the address of the service in Settings.</source>
      <translation>Vuelve a intentarlo más tarde. Si sigue pasando, revisa la dirección del servicio en Ajustes.</translation>
    </message>
    <message>
      <source>{label} refused the request (the key may be missing or wrong).</source>
      <translation>{label} rechazó la solicitud (puede que falte la clave o que sea incorrecta).</translation>
    </message>
    <message>
      <source>Check the key in Settings.</source>
      <translation>Revisa la clave en Ajustes.</translation>
    </message>
    <message>
      <source>Try again in about {seconds} seconds.</source>
      <translation>Vuelve a intentarlo dentro de unos {seconds} segundos.</translation>
    </message>
    <message>
      <source>Try again in a few minutes.</source>
      <translation>Vuelve a intentarlo dentro de unos minutos.</translation>
    </message>
    <message>
      <source>{label} says too many requests were made.</source>
      <translation>{label} dice que se hicieron demasiadas solicitudes.</translation>
    </message>
    <message>
      <source>{label} is having problems right now ({status}).</source>
      <translation>{label} tiene problemas en este momento ({status}).</translation>
    </message>
    <message>
      <source>Try again later.</source>
      <translation>Vuelve a intentarlo más tarde.</translation>
    </message>
    <message>
      <source>{label} answered with an unexpected status ({status}).</source>
      <translation>{label} respondió con un estado inesperado ({status}).</translation>
    </message>
  </context>
  <context>
    <name>app/services/llm.py</name>
    <message>
      <source>The check on this computer still counts.</source>
      <translation>La comprobación hecha en este equipo sigue valiendo.</translation>
    </message>
    <message>
      <source>The language model sent an answer nested too deeply for Hearth to read.</source>
      <translation>El modelo de lenguaje envió una respuesta con demasiados niveles anidados para que Hearth pueda leerla.</translation>
    </message>
    <message>
      <source>The language model sent an answer Hearth could not read.</source>
      <translation>El modelo de lenguaje envió una respuesta que Hearth no pudo leer.</translation>
    </message>
    <message>
      <source>The language model declined to answer.</source>
      <translation>El modelo de lenguaje no quiso responder.</translation>
    </message>
    <message>
      <source>The language model's answer was cut off before it finished.</source>
      <translation>La respuesta del modelo de lenguaje se cortó antes de terminar.</translation>
    </message>
    <message>
      <source>The language model gave an empty answer.</source>
      <translation>El modelo de lenguaje dio una respuesta vacía.</translation>
    </message>
    <message>
      <source>The language model's answer was not in the expected form.</source>
      <translation>La respuesta del modelo de lenguaje no tenía la forma esperada.</translation>
    </message>
    <message>
      <source>No language model address is set.</source>
      <translation>No hay ninguna dirección de modelo de lenguaje configurada.</translation>
    </message>
    <message>
      <source>In Settings, under 'Language model', open 'Advanced' and type where it runs.</source>
      <translation>En Ajustes, en «Modelo de lenguaje», abre «Avanzado» y escribe dónde funciona.</translation>
    </message>
    <message>
      <source>No language model is chosen.</source>
      <translation>No hay ningún modelo de lenguaje elegido.</translation>
    </message>
    <message>
      <source>In Settings, under 'Language model', open 'Advanced' and type which model it should use.</source>
      <translation>En Ajustes, en «Modelo de lenguaje», abre «Avanzado» y escribe qué modelo debe usar.</translation>
    </message>
    <message>
      <source>ask the language model about a message (personal details removed)</source>
      <translation>preguntar al modelo de lenguaje por un mensaje (sin los datos personales)</translation>
    </message>
  </context>
  <context>
    <name>app/services/pwned.py</name>
    <message>
      <source>check whether a password is in known breaches (only the first 5 characters of a scrambled fingerprint of it are sent)</source>
      <translation>comprobar si una contraseña aparece en filtraciones conocidas (solo se envían los 5 primeros caracteres de una huella cifrada de ella)</translation>
    </message>
    <message>
      <source>Asking Pwned Passwords</source>
      <translation>Consultando Pwned Passwords</translation>
    </message>
    <message>
      <source>The offline breach index is damaged.</source>
      <translation>El índice de filtraciones sin conexión está dañado.</translation>
    </message>
    <message>
      <source>Download the breach list again (Passwords, 'Check passwords without the internet').</source>
      <translation>Vuelve a descargar la lista de filtraciones (Contraseñas, «Comprobar contraseñas sin internet»).</translation>
    </message>
    <message>
      <source>{name} does not look like a Pwned Passwords file (line {line_no} is not HASH:COUNT).</source>
      <translation>{name} no parece un archivo de Pwned Passwords (la línea {line_no} no es HASH:COUNT).</translation>
    </message>
    <message>
      <source>Use the file made by the Pwned Passwords downloader: one 'HASH:COUNT' per line (SHA-1 or NTLM), or its folder of per-prefix files.</source>
      <translation>Usa el archivo que crea el programa de descarga de Pwned Passwords: un «HASH:COUNT» por línea (SHA-1 o NTLM), o su carpeta de archivos por prefijo.</translation>
    </message>
    <message>
      <source>Reading the breach file</source>
      <translation>Leyendo el archivo de filtraciones</translation>
    </message>
    <message>
      <source>The folder {name} has no per-prefix files (like 00000.txt).</source>
      <translation>La carpeta {name} no tiene archivos por prefijo (como 00000.txt).</translation>
    </message>
    <message>
      <source>Point Hearth at the folder the downloader made, or at its single .txt file.</source>
      <translation>Indica a Hearth la carpeta que creó el programa de descarga, o su único archivo .txt.</translation>
    </message>
    <message>
      <source>Reading the breach folder</source>
      <translation>Leyendo la carpeta de filtraciones</translation>
    </message>
    <message>
      <source>There is no file or folder at {source}.</source>
      <translation>No hay ningún archivo ni carpeta en {source}.</translation>
    </message>
    <message>
      <source>{name} has no hashes in it.</source>
      <translation>{name} no contiene ningún hash.</translation>
    </message>
    <message>
      <source>Check that the download finished.</source>
      <translation>Comprueba que la descarga terminó.</translation>
    </message>
    <message>
      <source>Sorting the breach file</source>
      <translation>Ordenando el archivo de filtraciones</translation>
    </message>
    <message>
      <source>Hearth could not write the offline breach index ({reason}).</source>
      <translation>Hearth no pudo escribir el índice de filtraciones sin conexión ({reason}).</translation>
    </message>
    <message>
      <source>Check there is enough free disk space (about 60% of the size of the downloaded file).</source>
      <translation>Comprueba que hay bastante espacio libre en el disco (más o menos el 60 % del tamaño del archivo descargado).</translation>
    </message>
  </context>
  <context>
    <name>app/services/safebrowsing.py</name>
    <message>
      <source>unwanted software</source>
      <translation>software no deseado</translation>
    </message>
    <message>
      <source>a harmful app</source>
      <translation>una app dañina</translation>
    </message>
    <message>
      <source>{label} answered with a web page instead of data.</source>
      <translation>{label} respondió con una página web en lugar de datos.</translation>
    </message>
    <message>
      <source>The service address may be wrong, or a network login page is in the way. Try again later.</source>
      <translation>Puede que la dirección del servicio esté mal, o que una página de inicio de sesión de la red esté en medio. Vuelve a intentarlo más tarde.</translation>
    </message>
    <message>
      <source>{label} sent an answer Hearth could not read.</source>
      <translation>{label} envió una respuesta que Hearth no pudo leer.</translation>
    </message>
    <message>
      <source>Try again later. The check on this computer still counts.</source>
      <translation>Vuelve a intentarlo más tarde. La comprobación hecha en este equipo sigue valiendo.</translation>
    </message>
    <message>
      <source>check {n} link against Google Safe Browsing</source>
      <translation>comprobar {n} enlace con Google Safe Browsing</translation>
    </message>
    <message>
      <source>check {n} links against Google Safe Browsing</source>
      <translation>comprobar {n} enlaces con Google Safe Browsing</translation>
    </message>
    <message>
      <source>a dangerous site</source>
      <translation>un sitio peligroso</translation>
    </message>
    <message>
      <source>Google Safe Browsing lists this link as {words}.</source>
      <translation>Google Safe Browsing tiene este enlace en su lista como {words}.</translation>
    </message>
    <message>
      <source>Google Safe Browsing does not list this link.</source>
      <translation>Google Safe Browsing no tiene este enlace en su lista.</translation>
    </message>
  </context>
  <context>
    <name>app/services/twofa_directory.py</name>
    <message>
      <source>download the public list of sites that offer two-step verification (2FA Directory)</source>
      <translation>descargar la lista pública de sitios que ofrecen verificación en dos pasos (2FA Directory)</translation>
    </message>
    <message>
      <source>the 2FA Directory</source>
      <translation>el 2FA Directory</translation>
    </message>
    <message>
      <source>download the public list of site names and categories (2FA Directory)</source>
      <translation>descargar la lista pública de nombres y categorías de sitios (2FA Directory)</translation>
    </message>
    <message>
      <source>the site names from the 2FA Directory</source>
      <translation>los nombres de sitios del 2FA Directory</translation>
    </message>
    <message>
      <source>download the public list of sites that support passkeys (Passkeys Directory)</source>
      <translation>descargar la lista pública de sitios que admiten llaves de acceso (Passkeys Directory)</translation>
    </message>
    <message>
      <source>the Passkeys Directory</source>
      <translation>el Passkeys Directory</translation>
    </message>
    <message>
      <source>an unknown date</source>
      <translation>una fecha desconocida</translation>
    </message>
    <message>
      <source>The download of {label} was far too big ({mb} MB).</source>
      <translation>Al descargar {label}, la descarga era demasiado grande ({mb} MB).</translation>
    </message>
    <message>
      <source>The download of {label} was far too big (over {limit} MB).</source>
      <translation>Al descargar {label}, la descarga era demasiado grande (más de {limit} MB).</translation>
    </message>
    <message>
      <source>The download of {label} broke off before it finished ({kind}).</source>
      <translation>Al descargar {label}, la descarga se cortó antes de terminar ({kind}).</translation>
    </message>
    <message>
      <source>The download of {label} was empty.</source>
      <translation>Al descargar {label}, la descarga llegó vacía.</translation>
    </message>
    <message>
      <source>A web page came back instead of {label} (a Wi-Fi login page or a blocked connection can do this).</source>
      <translation>Llegó una página web en lugar de {label} (puede pasar con una página de inicio de sesión de una Wi-Fi o con una conexión bloqueada).</translation>
    </message>
    <message>
      <source>The download of {label} was incomplete or damaged.</source>
      <translation>Al descargar {label}, la descarga llegó incompleta o dañada.</translation>
    </message>
    <message>
      <source>The download of {label} could not be used ({exc}).</source>
      <translation>Al descargar {label}, la descarga no se pudo usar ({exc}).</translation>
    </message>
    <message>
      <source>The download of {label} lists far fewer sites ({new}) than the copy Hearth has ({old}), so it looks broken.</source>
      <translation>Al descargar {label}, la descarga trae muchos menos sitios ({new}) que la copia que tiene Hearth ({old}), así que parece dañada.</translation>
    </message>
    <message>
      <source>Hearth is set to work offline, so {label} was not downloaded.</source>
      <translation>Hearth está configurado para trabajar sin conexión, así que no descargó {label}.</translation>
    </message>
    <message>
      <source>Hearth keeps using its copy from {fetched}.</source>
      <translation>Hearth sigue usando su copia del {fetched}.</translation>
    </message>
    <message>
      <source>The server said {label} had not changed, but Hearth has no copy of it.</source>
      <translation>El servidor dijo que no había cambios en {label}, pero Hearth no tiene ninguna copia.</translation>
    </message>
    <message>
      <source>Hearth is offline, so {label} was not downloaded.</source>
      <translation>Hearth está sin conexión, así que no descargó {label}.</translation>
    </message>
    <message>
      <source>Hearth could not save {label} in its cache folder ({reason}).</source>
      <translation>Hearth no pudo guardar {label} en su carpeta de caché ({reason}).</translation>
    </message>
    <message>
      <source>Checking {label}…</source>
      <translation>Comprobando {label}…</translation>
    </message>
    <message>
      <source>downloading the 2FA directory</source>
      <translation>descargar el 2FA Directory</translation>
    </message>
    <message>
      <source>Hearth could not get the 2FA directory.</source>
      <translation>Hearth no pudo conseguir el 2FA Directory.</translation>
    </message>
    <message>
      <source>Check the internet connection and try again later.</source>
      <translation>Comprueba la conexión a internet y vuelve a intentarlo más tarde.</translation>
    </message>
    <message>
      <source>compare this computer's clock with the time on the 2FA Directory's server</source>
      <translation>comparar el reloj de este equipo con la hora del servidor del 2FA Directory</translation>
    </message>
    <message>
      <source>Hearth has no copy of the 2FA directory yet.</source>
      <translation>Hearth todavía no tiene ninguna copia del 2FA Directory.</translation>
    </message>
    <message>
      <source>Hearth is using the copy of the 2FA directory that came with it, from {when}.</source>
      <translation>Hearth está usando la copia del 2FA Directory que venía incluida, del {when}.</translation>
    </message>
    <message>
      <source>Hearth is using the copy of the 2FA directory that came with it.</source>
      <translation>Hearth está usando la copia del 2FA Directory que venía incluida.</translation>
    </message>
    <message>
      <source>Hearth is using its copy of the 2FA directory from {when}.</source>
      <translation>Hearth está usando su copia del 2FA Directory del {when}.</translation>
    </message>
  </context>
  <context>
    <name>app/services/urlhaus.py</name>
    <message>
      <source>check a link against URLhaus</source>
      <translation>comprobar un enlace con URLhaus</translation>
    </message>
    <message>
      <source>It is still online.</source>
      <translation>Todavía está activo.</translation>
    </message>
    <message>
      <source>URLhaus lists this link as {threat}.</source>
      <translation>URLhaus tiene este enlace en su lista como {threat}.</translation>
    </message>
    <message>
      <source>URLhaus has no record of this link.</source>
      <translation>URLhaus no tiene ningún registro de este enlace.</translation>
    </message>
    <message>
      <source>URLhaus refused the request (the key may be missing or wrong).</source>
      <translation>URLhaus rechazó la solicitud (puede que falte la clave o que sea incorrecta).</translation>
    </message>
    <message>
      <source>Check the URLhaus key in Settings.</source>
      <translation>Revisa la clave de URLhaus en Ajustes.</translation>
    </message>
  </context>
  <context>
    <name>app/services/virustotal.py</name>
    <message>
      <source>look a link up at VirusTotal</source>
      <translation>consultar un enlace en VirusTotal</translation>
    </message>
    <message>
      <source>VirusTotal has not analysed this link before.</source>
      <translation>VirusTotal no ha analizado antes este enlace.</translation>
    </message>
    <message>
      <source>VirusTotal: {malicious} of {total} security companies say this link is dangerous.</source>
      <translation>VirusTotal: {malicious} de {total} empresas de seguridad dicen que este enlace es peligroso.</translation>
    </message>
    <message>
      <source>VirusTotal: {doubts} of {total} security companies have doubts about this link.</source>
      <translation>VirusTotal: {doubts} de {total} empresas de seguridad tienen dudas sobre este enlace.</translation>
    </message>
    <message>
      <source>VirusTotal: none of {total} security companies flag this link.</source>
      <translation>VirusTotal: ninguna de {total} empresas de seguridad marca este enlace.</translation>
    </message>
  </context>
  <context>
    <name>app/settings.py</name>
    <message>
      <source>The setting '{label}' cannot be empty.</source>
      <translation>El ajuste «{label}» no puede estar vacío.</translation>
    </message>
    <message>
      <source>The setting '{label}' needs a {kind}.</source>
      <translation>El ajuste «{label}» necesita un valor de tipo {kind}.</translation>
    </message>
    <message>
      <source>That value is not allowed for '{label}'.</source>
      <translation>Ese valor no está permitido para «{label}».</translation>
    </message>
    <message>
      <source>There is no setting called '{key}'.</source>
      <translation>No hay ningún ajuste llamado «{key}».</translation>
    </message>
    <message>
      <source>The settings are: {known}.</source>
      <translation>Los ajustes son: {known}.</translation>
    </message>
    <message>
      <source>The setting '{label}' needs on or off.</source>
      <translation>El ajuste «{label}» necesita on u off.</translation>
    </message>
    <message>
      <source>Type on or off.</source>
      <translation>Escribe on u off.</translation>
    </message>
    <message>
      <source>The setting '{label}' needs a whole number.</source>
      <translation>El ajuste «{label}» necesita un número entero.</translation>
    </message>
    <message>
      <source>The setting '{label}' needs a number.</source>
      <translation>El ajuste «{label}» necesita un número.</translation>
    </message>
    <message>
      <source>Type a list such as ["urlhaus", "feeds"].</source>
      <translation>Escribe una lista como ["urlhaus", "feeds"].</translation>
    </message>
    <message>
      <source>Type an object such as {"hibp": "https://example.org"}.</source>
      <translation>Escribe un objeto como {"hibp": "https://example.org"}.</translation>
    </message>
    <message>
      <source>The setting '{label}' needs a list of values.</source>
      <translation>El ajuste «{label}» necesita una lista de valores.</translation>
    </message>
    <message>
      <source>The setting '{label}' needs names with values.</source>
      <translation>El ajuste «{label}» necesita nombres con valores.</translation>
    </message>
    <message>
      <source>Work offline</source>
      <translation>Trabajar sin conexión</translation>
    </message>
    <message>
      <source>When on, Hearth never contacts any service; checks that need the internet say so.</source>
      <translation>Si está activado, Hearth nunca se comunica con ningún servicio; las comprobaciones que necesitan internet lo indican.</translation>
    </message>
    <message>
      <source>Selected member</source>
      <translation>Persona elegida</translation>
    </message>
    <message>
      <source>Window size and position</source>
      <translation>Tamaño y posición de la ventana</translation>
    </message>
    <message>
      <source>Text size</source>
      <translation>Tamaño del texto</translation>
    </message>
    <message>
      <source>Makes all text larger (1.0 to 2.0).</source>
      <translation>Hace todo el texto más grande (de 1.0 a 2.0).</translation>
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
      <source>Empty means: follow the computer's language.</source>
      <translation>Vacío quiere decir: usar el idioma del equipo.</translation>
    </message>
    <message>
      <source>Service addresses</source>
      <translation>Direcciones de los servicios</translation>
    </message>
    <message>
      <source>Advanced: replacement base addresses for services.</source>
      <translation>Avanzado: direcciones base que sustituyen a las de los servicios.</translation>
    </message>
    <message>
      <source>Online services</source>
      <translation>Servicios en línea</translation>
    </message>
    <message>
      <source>Services the user has turned on.</source>
      <translation>Servicios que la persona usuaria ha activado.</translation>
    </message>
    <message>
      <source>Scam-check services</source>
      <translation>Servicios para revisar estafas</translation>
    </message>
    <message>
      <source>Online services asked during a scam check. All are off until you turn them on.</source>
      <translation>Servicios en línea a los que se pregunta al revisar una posible estafa. Todos están apagados hasta que los actives.</translation>
    </message>
    <message>
      <source>Your country (for phone numbers and where to report scams)</source>
      <translation>Tu país (para los números de teléfono y dónde denunciar estafas)</translation>
    </message>
    <message>
      <source>A two-letter code such as US or GB. Empty means: follow the computer's settings.</source>
      <translation>Un código de dos letras, como US o GB. Vacío significa: usar la configuración del ordenador.</translation>
    </message>
    <message>
      <source>Language model name</source>
      <translation>Nombre del modelo de lenguaje</translation>
    </message>
    <message>
      <source>The model to ask, for example gpt-4o-mini or llama3.1.</source>
      <translation>El modelo al que preguntar, por ejemplo gpt-4o-mini o llama3.1.</translation>
    </message>
    <message>
      <source>Have I Been Pwned look-ups per minute</source>
      <translation>Consultas a Have I Been Pwned por minuto</translation>
    </message>
    <message>
      <source>The rate limit of your HIBP subscription (Pwned 1 allows 10 a minute).</source>
      <translation>El límite de consultas de tu suscripción a HIBP (Pwned 1 permite 10 por minuto).</translation>
    </message>
    <message>
      <source>Checkup reminder</source>
      <translation>Recordatorio de revisión</translation>
    </message>
    <message>
      <source>How many days after a checkup the next one is due (7 to 365).</source>
      <translation>Cuántos días después de una revisión toca la siguiente (de 7 a 365).</translation>
    </message>
  </context>
  <context>
    <name>app/storage/checklists.py</name>
    <message>
      <source>That member is no longer in the household.</source>
      <translation>Esa persona ya no está en el hogar.</translation>
    </message>
  </context>
  <context>
    <name>app/storage/db.py</name>
    <message>
      <source>The folder for Hearth's data, {folder}, does not exist.</source>
      <translation>La carpeta para los datos de Hearth, {folder}, no existe.</translation>
    </message>
    <message>
      <source>Create it, or start Hearth with its data in a folder you own (see the README).</source>
      <translation>Créala, o inicia Hearth con sus datos en una carpeta tuya (consulta el README).</translation>
    </message>
    <message>
      <source>Hearth's database file {name} was empty (0 bytes), perhaps after a failed copy or a full disk, so Hearth started a new, empty household in it. If you have a backup of that file, close Hearth and put the backup in its place.</source>
      <translation>El archivo de base de datos de Hearth {name} estaba vacío (0 bytes), quizá después de una copia fallida o de un disco lleno, así que Hearth empezó en él un hogar nuevo y vacío. Si tienes una copia de respaldo de ese archivo, cierra Hearth y pon la copia en su lugar.</translation>
    </message>
    <message>
      <source>Hearth cannot create or secure its database at {path} ({reason}).</source>
      <translation>Hearth no puede crear ni proteger su base de datos en {path} ({reason}).</translation>
    </message>
    <message>
      <source>Check that you can write to that folder.</source>
      <translation>Comprueba que puedes escribir en esa carpeta.</translation>
    </message>
    <message>
      <source>Hearth's database at {path} is read-only, so nothing could be saved.</source>
      <translation>La base de datos de Hearth en {path} es de solo lectura, así que no se pudo guardar nada.</translation>
    </message>
    <message>
      <source>Check the permissions of the file and its folder. Nothing was changed.</source>
      <translation>Comprueba los permisos del archivo y de su carpeta. No se cambió nada.</translation>
    </message>
    <message>
      <source>Hearth's database was saved by a newer version of Hearth (schema {version}; this version understands up to {latest}).</source>
      <translation>La base de datos de Hearth la guardó una versión más nueva de Hearth (esquema {version}; esta versión entiende hasta el {latest}).</translation>
    </message>
    <message>
      <source>Install the newer version of Hearth again. Nothing was changed.</source>
      <translation>Vuelve a instalar la versión más nueva de Hearth. No se cambió nada.</translation>
    </message>
    <message>
      <source>Hearth could not prepare its database at {path} ({exc}).</source>
      <translation>Hearth no pudo preparar su base de datos en {path} ({exc}).</translation>
    </message>
    <message>
      <source>Nothing already stored was changed. If the disk is full, free some space and start Hearth again.</source>
      <translation>No se cambió nada de lo que ya estaba guardado. Si el disco está lleno, libera algo de espacio y vuelve a abrir Hearth.</translation>
    </message>
    <message>
      <source>Hearth's database at {path} is damaged and cannot be opened ({detail}).</source>
      <translation>La base de datos de Hearth en {path} está dañada y no se puede abrir ({detail}).</translation>
    </message>
    <message>
      <source>Nothing was changed. You can start with a fresh database: the damaged file is kept beside it so nothing is thrown away.</source>
      <translation>No se cambió nada. Puedes empezar con una base de datos nueva: el archivo dañado se guarda al lado, así que no se tira nada.</translation>
    </message>
  </context>
  <context>
    <name>app/storage/findings.py</name>
    <message>
      <source>That member is no longer in the household, so nothing was saved.</source>
      <translation>Esa persona ya no está en el hogar, así que no se guardó nada.</translation>
    </message>
    <message>
      <source>This checkup is no longer stored (was the member removed?).</source>
      <translation>Esta revisión ya no está guardada (¿se quitó a la persona?).</translation>
    </message>
  </context>
  <context>
    <name>app/storage/repos.py</name>
    <message>
      <source>word</source>
      <translation>palabra</translation>
    </message>
    <message>
      <source>service name</source>
      <translation>nombre del servicio</translation>
    </message>
    <message>
      <source>domain</source>
      <translation>dominio</translation>
    </message>
    <message>
      <source>login hint</source>
      <translation>pista de inicio de sesión</translation>
    </message>
    <message>
      <source>notes</source>
      <translation>notas</translation>
    </message>
    <message>
      <source>twofa method</source>
      <translation>método de verificación en dos pasos</translation>
    </message>
    <message>
      <source>place</source>
      <translation>lugar</translation>
    </message>
    <message>
      <source>Please type a {what}.</source>
      <translation>Escribe algo en el campo «{what}».</translation>
    </message>
    <message>
      <source>That {what} is too long: please keep it to {limit} characters or fewer.</source>
      <translation>El campo «{what}» es demasiado largo: usa como máximo {limit} caracteres.</translation>
    </message>
    <message>
      <source>Please keep the list of personal words to {max_words} or fewer.</source>
      <translation>Pon como máximo {max_words} palabras personales en la lista.</translation>
    </message>
    <message>
      <source>There is no member called {member}.</source>
      <translation>No hay ninguna persona llamada {member}.</translation>
    </message>
    <message>
      <source>'hearth members list' shows who is there.</source>
      <translation>«hearth members list» muestra quién está.</translation>
    </message>
    <message>
      <source>The role must be one of: {roles}.</source>
      <translation>El papel tiene que ser uno de estos: {roles}.</translation>
    </message>
    <message>
      <source>There is already a member called {member}.</source>
      <translation>Ya hay una persona llamada {member}.</translation>
    </message>
    <message>
      <source>Use a different name, for example with an initial ("Alice B.").</source>
      <translation>Usa otro nombre, por ejemplo con una inicial («Alicia B.»).</translation>
    </message>
    <message>
      <source>That account is no longer in the list.</source>
      <translation>Esa cuenta ya no está en la lista.</translation>
    </message>
    <message>
      <source>Please type the name of the service or website.</source>
      <translation>Escribe el nombre del servicio o del sitio web.</translation>
    </message>
  </context>
  <context>
    <name>app/twofa.py</name>
    <message>
      <source>Data from 2FA Directory by 2factorauth (MIT) and the Passkeys Directory (CC BY 4.0)</source>
      <translation>Datos del 2FA Directory de 2factorauth (MIT) y del Passkeys Directory (CC BY 4.0)</translation>
    </message>
    <message>
      <source>Go online once (turn off 'Work offline') so Hearth can download it.</source>
      <translation>Conéctate a internet una vez (desactiva «Trabajar sin conexión») para que Hearth pueda descargarlo.</translation>
    </message>
    <message>
      <source>Please choose yes, no or I don't know for the recovery codes.</source>
      <translation>Para los códigos de recuperación, elige sí, no o no lo sé.</translation>
    </message>
    <message>
      <source>That looks like the recovery codes themselves. Hearth only keeps a note of where they are (for example “in the safe”), never the codes.</source>
      <translation>Eso parecen los propios códigos de recuperación. Hearth solo anota dónde están (por ejemplo «en la caja fuerte»), nunca los códigos.</translation>
    </message>
    <message>
      <source>Type where you keep them instead.</source>
      <translation>Escribe en su lugar dónde los guardas.</translation>
    </message>
    <message>
      <source>Please choose one of the listed two-step verification methods.</source>
      <translation>Elige uno de los métodos de verificación en dos pasos de la lista.</translation>
    </message>
  </context>
  <context>
    <name>resources/guidance/quiz.json</name>
    <message>
      <source>Scam readiness: five quick questions</source>
      <translation>Preparación contra estafas: cinco preguntas rápidas</translation>
    </message>
    <message>
      <source>There are no trick questions and nobody sees your answers. Each answer comes with a short explanation.</source>
      <translation>No hay preguntas con trampa y nadie ve tus respuestas. Cada respuesta viene con una explicación corta.</translation>
    </message>
    <message>
      <source>Your grandson calls. He sounds upset: he crashed a car, he is at the police station and needs money for bail today. He begs you not to tell his parents. What do you do?</source>
      <translation>Te llama tu nieto. Parece alterado: tuvo un accidente de tráfico, está en la comisaría y necesita dinero hoy para la fianza. Te ruega que no se lo digas a sus padres. ¿Qué haces?</translation>
    </message>
    <message>
      <source>Send the money quickly: he sounds exactly like him.</source>
      <translation>Enviar el dinero enseguida: la voz es igual que la suya.</translation>
    </message>
    <message>
      <source>Hang up and call him back on the number you already have, or ask for the family safe word.</source>
      <translation>Colgar y llamarlo al número que ya tienes, o pedirle la palabra clave familiar.</translation>
    </message>
    <message>
      <source>Ask him to send a photo to prove it is him.</source>
      <translation>Pedirle que envíe una foto para demostrar que es él.</translation>
    </message>
    <message>
      <source>Criminals can copy a voice from a few seconds of video online. A real emergency can wait the two minutes it takes to call back on a number you already know. "Don't tell your parents" is a warning sign: it keeps you from checking.</source>
      <translation>Los delincuentes pueden copiar una voz con unos pocos segundos de video de internet. Una emergencia de verdad puede esperar los dos minutos que se tarda en llamar a un número que ya conoces. «No se lo digas a mis padres» es una señal de alarma: sirve para que no lo compruebes.</translation>
    </message>
    <message>
      <source>Agree a family safe word that only your family knows, and never post it online.</source>
      <translation>Acuerda una palabra clave que solo conozca tu familia, y nunca la publiques en internet.</translation>
    </message>
    <message>
      <source>If a call asks for money, hang up and call the person back on the number you already have.</source>
      <translation>Si en una llamada te piden dinero, cuelga y llama a esa persona al número que ya tienes.</translation>
    </message>
    <message>
      <source>Keep the pause card by your phone.</source>
      <translation>Ten la tarjeta de pausa junto al teléfono.</translation>
    </message>
    <message>
      <source>Someone from "your bank's fraud team" calls. To stop a payment, they ask you to read out the code the bank just texted you. What do you do?</source>
      <translation>Te llama alguien del «equipo antifraude de tu banco». Para detener un pago, te pide que le leas el código que el banco te acaba de enviar por SMS. ¿Qué haces?</translation>
    </message>
    <message>
      <source>Read the code: they are trying to help.</source>
      <translation>Leerle el código: te está intentando ayudar.</translation>
    </message>
    <message>
      <source>Read only the first half of the code.</source>
      <translation>Leerle solo la primera mitad del código.</translation>
    </message>
    <message>
      <source>Never share the code. Hang up and call the number on the back of your bank card.</source>
      <translation>No dar nunca el código. Colgar y llamar al número que aparece en el dorso de tu tarjeta del banco.</translation>
    </message>
    <message>
      <source>Those codes are the key to your account. Your real bank will never ask you to read one out. A caller who asks for it is trying to log in as you right now.</source>
      <translation>Esos códigos son la llave de tu cuenta. Tu banco de verdad nunca te pedirá que le leas uno. Quien te lo pide por teléfono está intentando entrar en tu cuenta haciéndose pasar por ti en ese mismo momento.</translation>
    </message>
    <message>
      <source>Never read out or forward a code you were sent by text or e-mail.</source>
      <translation>Nunca leas en voz alta ni reenvíes un código que te llegó por SMS o por correo.</translation>
    </message>
    <message>
      <source>If a caller says they are from your bank, hang up and call the number on the back of your card.</source>
      <translation>Si alguien te llama y dice que es de tu banco, cuelga y llama al número del dorso de tu tarjeta.</translation>
    </message>
    <message>
      <source>A loud warning fills your screen: "Your computer is infected! Call Microsoft now on this number." What do you do?</source>
      <translation>Un aviso con sonido llena tu pantalla: «¡Tu equipo está infectado! Llama ahora a Microsoft a este número». ¿Qué haces?</translation>
    </message>
    <message>
      <source>Close the browser (or restart the computer) and do not call the number.</source>
      <translation>Cerrar el navegador (o reiniciar el equipo) y no llamar al número.</translation>
    </message>
    <message>
      <source>Call the number so they can fix it.</source>
      <translation>Llamar al número para que lo arreglen.</translation>
    </message>
    <message>
      <source>Let them connect to your computer to check it.</source>
      <translation>Dejar que se conecten a tu equipo para revisarlo.</translation>
    </message>
    <message>
      <source>Real companies never put a phone number in a pop-up warning. Tech-support scams are the most reported scam against people over 60. If someone already connected to your computer, turn it off and ask someone you trust for help.</source>
      <translation>Las empresas de verdad nunca ponen un número de teléfono en un aviso emergente. Las estafas de falso soporte técnico son las que más se denuncian entre las personas de más de 60 años. Si alguien ya se conectó a tu equipo, apágalo y pide ayuda a alguien de confianza.</translation>
    </message>
    <message>
      <source>If a pop-up says your computer is infected, close the browser. If it will not close, restart the computer.</source>
      <translation>Si una ventana emergente dice que tu equipo está infectado, cierra el navegador. Si no se cierra, reinicia el equipo.</translation>
    </message>
    <message>
      <source>Never let a caller connect to your computer or install an app you were not expecting.</source>
      <translation>Nunca dejes que alguien que te llama se conecte a tu equipo ni instale una aplicación que no esperabas.</translation>
    </message>
    <message>
      <source>A caller says you owe tax and must pay today with gift cards, or the police will come. What is true?</source>
      <translation>Alguien te llama y dice que debes impuestos y que tienes que pagar hoy con tarjetas regalo o irá la policía. ¿Qué es verdad?</translation>
    </message>
    <message>
      <source>Gift cards are a normal way to pay a government office.</source>
      <translation>Las tarjetas regalo son una forma normal de pagar a una oficina del gobierno.</translation>
    </message>
    <message>
      <source>Anyone who asks you to pay with gift cards, crypto or a wire transfer in a hurry is almost certainly a scammer.</source>
      <translation>Quien te pide pagar con prisa con tarjetas regalo, criptomonedas o una transferencia es casi seguro un estafador.</translation>
    </message>
    <message>
      <source>It is fine if they give you a reference number.</source>
      <translation>No pasa nada si te dan un número de referencia.</translation>
    </message>
    <message>
      <source>Tax offices, police and real companies never ask for gift cards, cryptocurrency or wire transfers by phone. Hurry and threats are how scammers stop you from thinking.</source>
      <translation>Las oficinas de impuestos, la policía y las empresas de verdad nunca piden tarjetas regalo, criptomonedas ni transferencias por teléfono. Los estafadores usan las prisas y las amenazas para que no pienses.</translation>
    </message>
    <message>
      <source>If someone asks for gift cards, crypto or a wire transfer, stop: it is a red flag.</source>
      <translation>Si alguien te pide tarjetas regalo, criptomonedas o una transferencia, para: es una señal de alarma.</translation>
    </message>
    <message>
      <source>Call the office yourself on a number from its official website or your paperwork.</source>
      <translation>Llama tú a la oficina a un número de su sitio web oficial o de tus documentos.</translation>
    </message>
    <message>
      <source>A text says a parcel could not be delivered and asks you to pay a small fee at a link. What is the best thing to do?</source>
      <translation>Un SMS dice que no se pudo entregar un paquete y te pide pagar una pequeña tasa en un enlace. ¿Qué es lo mejor que puedes hacer?</translation>
    </message>
    <message>
      <source>Pay: it is only a small amount.</source>
      <translation>Pagar: es poco dinero.</translation>
    </message>
    <message>
      <source>Do not use the link. Check on the delivery company's own app or website, which you open yourself.</source>
      <translation>No usar el enlace. Comprobarlo en la aplicación o el sitio web de la empresa de envíos, abriéndolos tú.</translation>
    </message>
    <message>
      <source>Reply STOP to the text.</source>
      <translation>Responder STOP al SMS.</translation>
    </message>
    <message>
      <source>Fake delivery texts are common. The small fee is a trick to get your card details. Opening the company's site yourself is the safe way to check. You can forward scam texts to 7726 in the UK, or report them at reportfraud.ftc.gov in the US.</source>
      <translation>Los SMS falsos de envíos son comunes. La pequeña tasa es un truco para conseguir los datos de tu tarjeta. Abrir tú el sitio de la empresa es la mejor forma de comprobarlo. En el Reino Unido puedes reenviar los SMS de estafa al 7726, y en Estados Unidos denunciarlos en reportfraud.ftc.gov.</translation>
    </message>
    <message>
      <source>Do not tap links in unexpected texts. Open the company's app or type its address yourself.</source>
      <translation>No toques enlaces de SMS que no esperabas. Abre la aplicación de la empresa o escribe tú su dirección.</translation>
    </message>
    <message>
      <source>Paste suspicious messages into Hearth's scam check.</source>
      <translation>Pega los mensajes sospechosos en la comprobación de estafas de Hearth.</translation>
    </message>
  </context>
  <context>
    <name>resources/guidance/business_audit.json</name>
    <message>
      <source>Fourteen questions about how your business protects its computers, accounts and data. Answer honestly: nobody else sees this. Each 'no' or 'partly' becomes a gap with the steps to close it, and names the recognised control behind it.</source>
      <translation>Catorce preguntas sobre cómo protege tu empresa sus equipos, cuentas y datos. Responde con sinceridad: nadie más lo ve. Cada «no» o «en parte» se convierte en una carencia con los pasos para cerrarla, e indica el control reconocido que hay detrás.</translation>
    </message>
    <message>
      <source>Asset and device inventory</source>
      <translation>Inventario de equipos y recursos</translation>
    </message>
    <message>
      <source>Do you keep a list of every computer, phone, tablet and online service the business uses, and who uses each?</source>
      <translation>¿Tienes una lista de cada equipo, teléfono, tableta y servicio en internet que usa la empresa, y de quién usa cada uno?</translation>
    </message>
    <message>
      <source>Make a simple list (a spreadsheet is fine): each device, who uses it, and when it was bought.</source>
      <translation>Haz una lista sencilla (vale una hoja de cálculo): cada aparato, quién lo usa y cuándo se compró.</translation>
    </message>
    <message>
      <source>Add the online services (e-mail, banking, accounting, website) and who has a login.</source>
      <translation>Añade los servicios en internet (correo, banca, contabilidad, sitio web) y quién tiene usuario en cada uno.</translation>
    </message>
    <message>
      <source>Look at the list every three months and when someone joins or leaves.</source>
      <translation>Revisa la lista cada tres meses y cuando alguien entra o se va.</translation>
    </message>
    <message>
      <source>Firewall and router hardened</source>
      <translation>Cortafuegos y router reforzados</translation>
    </message>
    <message>
      <source>Is the office router's admin password changed from the default, its software up to date, and is remote administration turned off?</source>
      <translation>¿Se cambió la contraseña de administración de fábrica del router de la oficina, está su software al día y está desactivada la administración remota?</translation>
    </message>
    <message>
      <source>Log in to the router's settings page and change the admin password to a long, unique one.</source>
      <translation>Entra en la página de ajustes del router y cambia la contraseña de administración por una larga y única.</translation>
    </message>
    <message>
      <source>Install the latest firmware (look for 'update' or 'firmware').</source>
      <translation>Instala el firmware más reciente (busca «actualizar» o «firmware»).</translation>
    </message>
    <message>
      <source>Turn off remote administration and UPnP unless you know you need them.</source>
      <translation>Desactiva la administración remota y UPnP, salvo que sepas que los necesitas.</translation>
    </message>
    <message>
      <source>Run Hearth's home network check from an office computer.</source>
      <translation>Haz la comprobación de la red de casa de Hearth desde un equipo de la oficina.</translation>
    </message>
    <message>
      <source>Change default passwords</source>
      <translation>Cambiar las contraseñas de fábrica</translation>
    </message>
    <message>
      <source>Have the default passwords been changed on every device and service (printers, cameras, Wi-Fi, routers, software)?</source>
      <translation>¿Se cambiaron las contraseñas de fábrica en todos los aparatos y servicios (impresoras, cámaras, Wi-Fi, routers, programas)?</translation>
    </message>
    <message>
      <source>Go through your device list and change every password that came on a sticker or in the manual.</source>
      <translation>Repasa tu lista de aparatos y cambia cada contraseña que venía en una etiqueta o en el manual.</translation>
    </message>
    <message>
      <source>Use a password manager to make and store long, unique passwords.</source>
      <translation>Usa un gestor de contraseñas para crear y guardar contraseñas largas y únicas.</translation>
    </message>
    <message>
      <source>Remove or disable accounts and apps you do not use.</source>
      <translation>Elimina o desactiva las cuentas y aplicaciones que no usas.</translation>
    </message>
    <message>
      <source>Security updates within 14 days</source>
      <translation>Actualizaciones de seguridad en 14 días</translation>
    </message>
    <message>
      <source>Are security updates installed on all devices within 14 days (ideally automatically), and are devices that no longer get updates replaced?</source>
      <translation>¿Se instalan las actualizaciones de seguridad en todos los aparatos en menos de 14 días (mejor de forma automática), y se sustituyen los aparatos que ya no reciben actualizaciones?</translation>
    </message>
    <message>
      <source>Turn on automatic updates for the operating system, browsers and office software on every device.</source>
      <translation>Activa las actualizaciones automáticas del sistema operativo, los navegadores y los programas de oficina en todos los aparatos.</translation>
    </message>
    <message>
      <source>Check once a month that updates are really installing.</source>
      <translation>Comprueba una vez al mes que las actualizaciones se instalan de verdad.</translation>
    </message>
    <message>
      <source>Replace devices whose maker no longer sends security updates.</source>
      <translation>Sustituye los aparatos cuyo fabricante ya no envía actualizaciones de seguridad.</translation>
    </message>
    <message>
      <source>Malware protection</source>
      <translation>Protección contra malware</translation>
    </message>
    <message>
      <source>Does every computer have anti-malware protection turned on (for example Microsoft Defender), and do staff only install software from trusted places?</source>
      <translation>¿Tiene cada equipo activada una protección contra malware (por ejemplo, Microsoft Defender), y el personal solo instala programas de sitios de confianza?</translation>
    </message>
    <message>
      <source>Make sure the built-in protection (Microsoft Defender, XProtect) is on, or install a reputable product.</source>
      <translation>Comprueba que la protección incluida (Microsoft Defender, XProtect) está activada, o instala un producto de buena reputación.</translation>
    </message>
    <message>
      <source>Allow software only from official app stores or the maker's own site.</source>
      <translation>Permite solo programas de las tiendas de aplicaciones oficiales o del sitio del propio fabricante.</translation>
    </message>
    <message>
      <source>Run Hearth's device check on each computer.</source>
      <translation>Haz en cada equipo la comprobación «Este equipo» de Hearth.</translation>
    </message>
    <message>
      <source>Unique accounts, least privilege, separate admin</source>
      <translation>Cuentas propias, permisos mínimos y administración aparte</translation>
    </message>
    <message>
      <source>Does everyone have their own login (no shared accounts), with admin rights only for those who need them, used only for admin work?</source>
      <translation>¿Tiene cada persona su propio usuario (sin cuentas compartidas), con permisos de administración solo para quien los necesita y usados solo para tareas de administración?</translation>
    </message>
    <message>
      <source>Give every person their own account on computers and online services.</source>
      <translation>Da a cada persona su propia cuenta en los equipos y en los servicios en internet.</translation>
    </message>
    <message>
      <source>Remove admin rights from everyday accounts; keep a separate admin account for installing software.</source>
      <translation>Quita los permisos de administración a las cuentas de uso diario; ten una cuenta de administración aparte para instalar programas.</translation>
    </message>
    <message>
      <source>Review who has access every three months.</source>
      <translation>Revisa cada tres meses quién tiene acceso.</translation>
    </message>
    <message>
      <source>Multi-factor authentication</source>
      <translation>Autenticación multifactor</translation>
    </message>
    <message>
      <source>Is two-step verification (MFA) on for e-mail, banking, cloud storage and any service reachable from the internet, for everyone?</source>
      <translation>¿Está activada la verificación en dos pasos (MFA) para todo el mundo en el correo, la banca, el almacenamiento en la nube y cualquier servicio accesible desde internet?</translation>
    </message>
    <message>
      <source>Turn on two-step verification for e-mail first, then banking, cloud storage and accounting.</source>
      <translation>Activa la verificación en dos pasos primero en el correo, y luego en la banca, el almacenamiento en la nube y la contabilidad.</translation>
    </message>
    <message>
      <source>Prefer an authenticator app, a passkey or a security key over text messages.</source>
      <translation>Mejor una aplicación de autenticación, una clave de acceso (passkey) o una llave de seguridad que los SMS.</translation>
    </message>
    <message>
      <source>Keep backup codes in a safe place, not on the same phone.</source>
      <translation>Guarda los códigos de respaldo en un lugar bien guardado, no en el mismo teléfono.</translation>
    </message>
    <message>
      <source>Backups</source>
      <translation>Copias de seguridad</translation>
    </message>
    <message>
      <source>Are important files backed up automatically, with one copy kept offline or off-site, and have you tried restoring from it in the last six months?</source>
      <translation>¿Se hacen copias de seguridad automáticas de los archivos importantes, con una copia desconectada o fuera de la oficina, y probaste a recuperar archivos de ella en los últimos seis meses?</translation>
    </message>
    <message>
      <source>Choose a backup that runs by itself every day (a cloud backup service or an external drive).</source>
      <translation>Elige una copia de seguridad que se haga sola cada día (un servicio de copias en la nube o un disco externo).</translation>
    </message>
    <message>
      <source>Keep one copy disconnected or off-site, so ransomware cannot reach it.</source>
      <translation>Ten una copia desconectada o fuera de la oficina, para que el ransomware no pueda llegar a ella.</translation>
    </message>
    <message>
      <source>Restore a few files as a test every few months.</source>
      <translation>Cada pocos meses, recupera unos cuantos archivos como prueba.</translation>
    </message>
    <message>
      <source>Encryption</source>
      <translation>Cifrado</translation>
    </message>
    <message>
      <source>Are laptops and phones encrypted (BitLocker, FileVault, device encryption) so a lost device does not expose business data?</source>
      <translation>¿Están cifrados los portátiles y los teléfonos (BitLocker, FileVault, cifrado del dispositivo) para que un aparato perdido no deje al descubierto datos de la empresa?</translation>
    </message>
    <message>
      <source>Turn on BitLocker (Windows) or FileVault (Mac) on every laptop.</source>
      <translation>Activa BitLocker (Windows) o FileVault (Mac) en cada portátil.</translation>
    </message>
    <message>
      <source>Make sure phones have a passcode (this turns on their encryption).</source>
      <translation>Comprueba que los teléfonos tienen un código de bloqueo (así se activa su cifrado).</translation>
    </message>
    <message>
      <source>Keep the recovery keys somewhere safe and separate.</source>
      <translation>Guarda las claves de recuperación en un lugar aparte y bien guardado.</translation>
    </message>
    <message>
      <source>Staff training and phishing</source>
      <translation>Formación del personal y phishing</translation>
    </message>
    <message>
      <source>Have all staff been shown how to spot phishing, fake invoices and 'CEO fraud' in the last year, and do they know who to tell?</source>
      <translation>¿Se enseñó a todo el personal en el último año a reconocer el phishing, las facturas falsas y el «fraude del CEO», y saben a quién avisar?</translation>
    </message>
    <message>
      <source>Hold a short session: fake invoices, changed bank details, urgent requests from 'the boss'.</source>
      <translation>Haz una sesión corta: facturas falsas, cambios de datos bancarios, peticiones urgentes «del jefe».</translation>
    </message>
    <message>
      <source>Agree a rule: any change of bank details is confirmed by phone on a known number.</source>
      <translation>Fija una norma: cualquier cambio de datos bancarios se confirma por teléfono a un número conocido.</translation>
    </message>
    <message>
      <source>Tell staff to paste doubtful messages into Hearth's scam check and to report them to you.</source>
      <translation>Pide al personal que pegue los mensajes dudosos en la comprobación de estafas de Hearth y que te avise.</translation>
    </message>
    <message>
      <source>Incident response and recovery plan</source>
      <translation>Plan de respuesta a incidentes y recuperación</translation>
    </message>
    <message>
      <source>Do you have a written one-page plan for what to do if you are hacked, scammed or lose data (who to call, how to keep working)?</source>
      <translation>¿Tienes un plan escrito de una página sobre qué hacer si te hackean, te estafan o pierdes datos (a quién llamar, cómo seguir trabajando)?</translation>
    </message>
    <message>
      <source>Write down who to call: your IT helper, your bank, your insurer, and where to report (Action Fraud / IC3).</source>
      <translation>Anota a quién llamar: quien te ayuda con la informática, tu banco, tu aseguradora, y dónde denunciarlo (Action Fraud / IC3).</translation>
    </message>
    <message>
      <source>Note how you would keep working without your computers for a few days.</source>
      <translation>Anota cómo seguirías trabajando sin tus equipos durante unos días.</translation>
    </message>
    <message>
      <source>Print it and keep a copy away from the office computers.</source>
      <translation>Imprímelo y guarda una copia lejos de los equipos de la oficina.</translation>
    </message>
    <message>
      <source>E-mail authentication (SPF, DKIM, DMARC)</source>
      <translation>Autenticación del correo (SPF, DKIM, DMARC)</translation>
    </message>
    <message>
      <source>If the business has its own e-mail domain, are SPF, DKIM and DMARC records set up so others cannot easily send e-mail pretending to be you?</source>
      <translation>Si la empresa tiene su propio dominio de correo, ¿están configurados los registros SPF, DKIM y DMARC para que otros no puedan enviar correos fácilmente haciéndose pasar por ti?</translation>
    </message>
    <message>
      <source>Ask whoever hosts your e-mail (Microsoft 365, Google Workspace, your web host) to turn on SPF, DKIM and DMARC.</source>
      <translation>Pide a quien aloja tu correo (Microsoft 365, Google Workspace, tu proveedor web) que active SPF, DKIM y DMARC.</translation>
    </message>
    <message>
      <source>Start DMARC with 'p=none' and reports, then move to 'quarantine' once all your real e-mail passes.</source>
      <translation>Empieza DMARC con «p=none» y con informes, y pasa a «quarantine» cuando todo tu correo real lo supere.</translation>
    </message>
    <message>
      <source>Answer 'not needed' if you use only a personal address like gmail.com.</source>
      <translation>Responde «no hace falta» si solo usas una dirección personal como gmail.com.</translation>
    </message>
    <message>
      <source>Revoke leavers' access</source>
      <translation>Quitar el acceso a quien se va</translation>
    </message>
    <message>
      <source>When someone leaves, are their logins removed and shared passwords changed on the same day?</source>
      <translation>Cuando alguien se va, ¿se quitan sus usuarios y se cambian las contraseñas compartidas el mismo día?</translation>
    </message>
    <message>
      <source>Keep a leaver checklist: e-mail, cloud storage, banking, accounting, social media, Wi-Fi password.</source>
      <translation>Ten una lista para cuando alguien se va: correo, almacenamiento en la nube, banca, contabilidad, redes sociales, contraseña del Wi-Fi.</translation>
    </message>
    <message>
      <source>Remove or disable their accounts on their last day.</source>
      <translation>Elimina o desactiva sus cuentas en su último día.</translation>
    </message>
    <message>
      <source>Change any password they knew and collect company devices.</source>
      <translation>Cambia todas las contraseñas que conocía y recoge los aparatos de la empresa.</translation>
    </message>
    <message>
      <source>Vendor security</source>
      <translation>Seguridad de los proveedores</translation>
    </message>
    <message>
      <source>Do you know which suppliers can reach your systems or data (IT support, accountants, web host), and do they use MFA and only the access they need?</source>
      <translation>¿Sabes qué proveedores pueden llegar a tus sistemas o datos (soporte informático, contables, proveedor web), y usan MFA y solo el acceso que necesitan?</translation>
    </message>
    <message>
      <source>List the suppliers who have logins or remote access.</source>
      <translation>Haz una lista de los proveedores que tienen usuario o acceso remoto.</translation>
    </message>
    <message>
      <source>Ask them how they protect your data and whether they use two-step verification.</source>
      <translation>Pregúntales cómo protegen tus datos y si usan la verificación en dos pasos.</translation>
    </message>
    <message>
      <source>Remove access they no longer need.</source>
      <translation>Quita el acceso que ya no necesitan.</translation>
    </message>
  </context>
</TS>
