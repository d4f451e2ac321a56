<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_PE" sourcelanguage="en">
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add user</source>
        <translation>Agregar usuario</translation>
    </message>
    <message>
        <source>e.g. rosa.quispe</source>
        <translation>p. ej. rosa.quispe</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>At least 10 characters. A phrase of several words is easiest to remember and hardest to guess.</source>
        <translation>Al menos 10 caracteres. Una frase de varias palabras es más fácil de recordar y más difícil de adivinar.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Nombre completo:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Repita la contraseña:</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Las dos contraseñas no son iguales.</translation>
    </message>
    <message>
        <source>Saving the new user…</source>
        <translation>Guardando el nuevo usuario…</translation>
    </message>
</context>
<context>
    <name>AdjustDialog</name>
    <message>
        <source>Adjust stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Medicine:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lot:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A write-off without a quantity removes all of the lot that is here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{lot} · expires {expiry} · {quantity} on hand · {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a medicine from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the lot.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>Administration</source>
        <translation>Administración</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Usuarios</translation>
    </message>
    <message>
        <source>Audit &amp;log</source>
        <translation>&amp;Registro de auditoría</translation>
    </message>
    <message>
        <source>Se&amp;curity</source>
        <translation>Se&amp;guridad</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>&amp;Configuración</translation>
    </message>
    <message>
        <source>Only administrators manage users and read the audit log</source>
        <translation>Solo las administradoras y los administradores gestionan los usuarios y leen el registro de auditoría</translation>
    </message>
    <message>
        <source>You can read the security status below. Ask an administrator if you need a user changed.</source>
        <translation>Abajo puede ver el estado de la seguridad. Si necesita cambiar un usuario, pídalo a una persona administradora.</translation>
    </message>
</context>
<context>
    <name>AlertsModel</name>
    <message>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished">Detalles</translation>
    </message>
    <message>
        <source>Left: {quantity} ({unit}) · reorder at {level}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot {lot}: {quantity} ({unit}) expire on {expiry}, in {days} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot {lot}: {quantity} ({unit}) expired on {expiry}; write them off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot {lot}: {quantity} ({unit}) recalled; do not dispense, write off or send back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Installed</source>
        <translation>Instalación</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>Ingresó</translation>
    </message>
    <message>
        <source>Failed login</source>
        <translation>Ingreso fallido</translation>
    </message>
    <message>
        <source>Too many wrong passwords: waiting</source>
        <translation>Demasiadas contraseñas erradas: espera</translation>
    </message>
    <message>
        <source>Logged out</source>
        <translation>Salió</translation>
    </message>
    <message>
        <source>Screen locked</source>
        <translation>Pantalla bloqueada</translation>
    </message>
    <message>
        <source>Screen unlocked</source>
        <translation>Pantalla desbloqueada</translation>
    </message>
    <message>
        <source>Failed unlock</source>
        <translation>Desbloqueo fallido</translation>
    </message>
    <message>
        <source>Quick hide</source>
        <translation>Ocultar rápido</translation>
    </message>
    <message>
        <source>User added</source>
        <translation>Usuario agregado</translation>
    </message>
    <message>
        <source>User disabled</source>
        <translation>Usuario desactivado</translation>
    </message>
    <message>
        <source>Roles changed</source>
        <translation>Roles cambiados</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Contraseña cambiada</translation>
    </message>
    <message>
        <source>Password set with the recovery code</source>
        <translation>Contraseña nueva con el código de recuperación</translation>
    </message>
    <message>
        <source>Wrong recovery code</source>
        <translation>Código de recuperación errado</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation>Ajuste cambiado</translation>
    </message>
    <message>
        <source>Database checked</source>
        <translation>Base de datos verificada</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Auto-lock (minutes)</source>
        <translation>Bloqueo automático (minutos)</translation>
    </message>
    <message>
        <source>Backup reminder (days)</source>
        <translation>Recordatorio de copia de seguridad (días)</translation>
    </message>
    <message>
        <source>(unknown user)</source>
        <translation>(usuario desconocido)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Roles: {roles}</source>
        <translation>Roles: {roles}</translation>
    </message>
    <message>
        <source>{before} → {after}</source>
        <translation>{before} → {after}</translation>
    </message>
    <message>
        <source>{old} → {new}</source>
        <translation>{old} → {new}</translation>
    </message>
    <message>
        <source>Next try allowed after {seconds} s</source>
        <translation>Próximo intento permitido en {seconds} s</translation>
    </message>
    <message>
        <source>Wrong passwords in a row: {count}</source>
        <translation>Contraseñas erradas seguidas: {count}</translation>
    </message>
    <message>
        <source>Everything in order</source>
        <translation>Todo en orden</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Se encontraron problemas</translation>
    </message>
    <message>
        <source>Account enabled again</source>
        <translation>Cuenta activada de nuevo</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>Time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objeto</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>(system)</source>
        <translation>(sistema)</translation>
    </message>
    <message>
        <source>{details}
Entry {seq}</source>
        <translation>{details}
Registro n.º {seq}</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <source>&amp;Verify the database and the log</source>
        <translation>&amp;Verificar la base de datos y el registro</translation>
    </message>
    <message>
        <source>Checks the encryption, the database structure and that no audit entry was changed, removed or inserted.</source>
        <translation>Revisa el cifrado, la estructura de la base de datos y que ningún registro de auditoría haya sido cambiado, borrado o insertado.</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>No entries to show</source>
        <translation>No hay registros para mostrar</translation>
    </message>
    <message>
        <source>Nothing of this kind has happened yet. Choose “All actions” to see the whole log.</source>
        <translation>Todavía no ha ocurrido nada de este tipo. Elija «Todas las acciones» para ver el registro completo.</translation>
    </message>
    <message>
        <source>Every login, lock, user change and setting change is written here, newest first. Entries are chained to each other: nobody can change or remove one without the check below noticing.</source>
        <translation>Aquí queda anotado cada ingreso, bloqueo, cambio de usuario y cambio de configuración, primero lo más reciente. Los registros están encadenados entre sí: nadie puede cambiar ni borrar uno sin que la verificación de abajo lo detecte.</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Todas las acciones</translation>
    </message>
    <message>
        <source>Checking the database and the audit log…</source>
        <translation>Verificando la base de datos y el registro de auditoría…</translation>
    </message>
    <message>
        <source>Everything is in order. The encryption check (SQLCipher) and the database structure check found no problems, and all {count} audit entries are intact and in order.</source>
        <translation>Todo está en orden. La verificación del cifrado (SQLCipher) y la de la estructura de la base de datos no encontraron problemas, y los {count} registros de auditoría están intactos y en orden.</translation>
    </message>
    <message>
        <source>The audit log is intact ({count} entries).</source>
        <translation>El registro de auditoría está intacto ({count} registros).</translation>
    </message>
    <message>
        <source>an entry is missing at this point</source>
        <translation>falta un registro en este punto</translation>
    </message>
    <message>
        <source>it does not follow the entry before it (one was removed or inserted)</source>
        <translation>no sigue al registro anterior (se borró o se insertó uno)</translation>
    </message>
    <message>
        <source>its content was changed</source>
        <translation>su contenido fue cambiado</translation>
    </message>
    <message>
        <source>The audit log was altered. First broken entry: number {seq} of site {site} — {reason}. The entries before it are intact.</source>
        <translation>El registro de auditoría fue alterado. Primer registro dañado: número {seq} de la sede {site} — {reason}. Los registros anteriores están intactos.</translation>
    </message>
    <message>
        <source>The encryption check (SQLCipher) found {count} damaged page(s). Make no more changes and restore the last backup.</source>
        <translation>La verificación del cifrado (SQLCipher) encontró {count} página(s) dañada(s). No haga más cambios y restaure la última copia de seguridad.</translation>
    </message>
    <message>
        <source>The encryption check (SQLCipher) found no damaged pages.</source>
        <translation>La verificación del cifrado (SQLCipher) no encontró páginas dañadas.</translation>
    </message>
    <message>
        <source>The database structure check found problems: {first}</source>
        <translation>La verificación de la estructura de la base de datos encontró problemas: {first}</translation>
    </message>
    <message>
        <source>The database structure check found no problems.</source>
        <translation>La verificación de la estructura de la base de datos no encontró problemas.</translation>
    </message>
</context>
<context>
    <name>BatchModel</name>
    <message>
        <source>Lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Movement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From / to / reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registered person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reverses an earlier entry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardView</name>
    <message>
        <source>&amp;Medicine:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Whole history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as C&amp;SV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No movements to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a medicine. Every receipt, dispensing, transfer, adjustment and count of it at this location is listed here with the balance after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{item}&lt;/b&gt; ({code}) at &lt;b&gt;{location}&lt;/b&gt; · unit: {unit} · opening balance {opening} · closing balance &lt;b&gt;{closing}&lt;/b&gt; · {count} movements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the stock card as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the stock card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the stock card as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the stock card PDF…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogueModel</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generic name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Therapeutic group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can be split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GTIN (barcode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no longer used</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogueView</name>
    <message>
        <source>Medicine catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, code or group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add medicine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;call a lot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the &amp;starter catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds the common essential medicines that are not in the catalogue yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The medicines every botiquín can hold. A medicine no longer used stays in the history; untick “In use” instead of deleting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still held at: {codes}. Write it off or send it back to the central store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medicine added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medicine saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot recalled everywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} medicines added.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DispenseDialog</name>
    <message>
        <source>Dispense medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: who prescribed it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Medicine:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lots to use:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Patient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up registered people is not available here: write a reference in the note if needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prescribed by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dispense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a medicine: the lots that expire first are suggested here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available to dispense: {available} ({unit}). The lots that expire first are used first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not usable: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only {available} ({unit}) are on hand: {short} missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a medicine from the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstAdminPage</name>
    <message>
        <source>First administrator</source>
        <translation>Primera persona administradora</translation>
    </message>
    <message>
        <source>This person manages users and backups. Choose a long password: a phrase of several words is easy to remember and hard to guess.</source>
        <translation>Esta persona gestiona los usuarios y las copias de seguridad. Elija una contraseña larga: una frase de varias palabras es fácil de recordar y difícil de adivinar.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Nombre completo:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Repita la contraseña:</translation>
    </message>
    <message>
        <source>for example: Ana Quispe</source>
        <translation>por ejemplo: Ana Quispe</translation>
    </message>
    <message>
        <source>At least 10 characters. A phrase of several words is best.</source>
        <translation>Al menos 10 caracteres. Lo mejor es una frase de varias palabras.</translation>
    </message>
    <message>
        <source>Strong password.</source>
        <translation>Contraseña segura.</translation>
    </message>
    <message>
        <source>Acceptable password. A longer phrase would be stronger.</source>
        <translation>Contraseña aceptable. Una frase más larga sería más segura.</translation>
    </message>
    <message>
        <source>The two passwords are different.</source>
        <translation>Las dos contraseñas son diferentes.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Welcome, {name}</source>
        <translation>Bienvenida/o, {name}</translation>
    </message>
    <message>
        <source>{site} ({code}) · {date}</source>
        <translation>{site} ({code}) · {date}</translation>
    </message>
    <message>
        <source>Clinic Desk locks itself after a few minutes without use. If someone who should not see the screen comes in, press F12: every window is covered at once.</source>
        <translation>Clinic Desk se bloquea solo después de unos minutos sin uso. Si entra alguien que no debe ver la pantalla, presione F12: todas las ventanas se cubren al instante.</translation>
    </message>
</context>
<context>
    <name>InventoryAlertsWidget</name>
    <message>
        <source>Medicine alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is low, out of stock or expiring within 90 days. Alerts for low stock appear once a reorder level is set for a medicine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} alerts, {urgent} urgent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InventoryPage</name>
    <message>
        <source>Medicine kits</source>
        <translation type="unfinished">Botiquines</translation>
    </message>
    <message>
        <source>&amp;Botiquín:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock&amp;take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock &amp;card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Monthly report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;atalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No botiquín assigned to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An administrator assigns each health promoter to her botiquín. Until then there is no stock to show.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <source>the whole catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generic name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Strength:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit of dispensing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Therapeutic &amp;group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GT&amp;IN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. tablet, bottle 60 mL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit can be &amp;split (e.g. millilitres)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In &amp;use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Welcome to Clinic Desk</source>
        <translation>Bienvenida/o a Clinic Desk</translation>
    </message>
    <message>
        <source>Let&apos;s set up this computer. It takes about two minutes.</source>
        <translation>Vamos a preparar esta computadora. Toma unos dos minutos.</translation>
    </message>
    <message>
        <source>Choose the language of the program:</source>
        <translation>Elija el idioma del programa:</translation>
    </message>
    <message>
        <source>Each person can change the language later in the settings.</source>
        <translation>Cada persona puede cambiar el idioma más adelante en la configuración.</translation>
    </message>
</context>
<context>
    <name>LockManager</name>
    <message>
        <source>&amp;Quick hide</source>
        <translation>&amp;Ocultar rápido</translation>
    </message>
    <message>
        <source>Cover every window at once and lock</source>
        <translation>Cubrir todas las ventanas al instante y bloquear</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>The password could not be checked.</source>
        <translation>No se pudo comprobar la contraseña.</translation>
    </message>
    <message>
        <source>Clinic Desk is locked</source>
        <translation>Clinic Desk está bloqueado</translation>
    </message>
    <message>
        <source>{name}, type your password to continue.</source>
        <translation>{name}, escriba su contraseña para continuar.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>&amp;Switch user</source>
        <translation>&amp;Cambiar de usuario</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
</context>
<context>
    <name>LoginWindow</name>
    <message>
        <source>Opening…</source>
        <translation>Abriendo…</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Ingresar</translation>
    </message>
    <message>
        <source>Type your user name.</source>
        <translation>Escriba su usuario.</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Escriba su contraseña.</translation>
    </message>
    <message>
        <source>Clinic Desk could not open the data. Nothing was changed.</source>
        <translation>Clinic Desk no pudo abrir los datos. No se cambió nada.</translation>
    </message>
    <message>
        <source>Clinic Desk — log in</source>
        <translation>Clinic Desk — ingresar</translation>
    </message>
    <message>
        <source>Clinic Desk</source>
        <translation>Clinic Desk</translation>
    </message>
    <message>
        <source>Site {code}</source>
        <translation>Sede {code}</translation>
    </message>
    <message>
        <source>Confidential records. Log in to continue.</source>
        <translation>Registros confidenciales. Ingrese para continuar.</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Usuario</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <source>Forgot password?</source>
        <translation>¿Olvidó su contraseña?</translation>
    </message>
    <message>
        <source>Demo mode</source>
        <translation>Modo de demostración</translation>
    </message>
    <message>
        <source>This is a throwaway copy with invented people. Never type real data here. Log in as any of these users:</source>
        <translation>Esta es una copia de prueba con personas inventadas. Nunca escriba datos reales aquí. Ingrese con cualquiera de estos usuarios:</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Usar</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>About Clinic Desk</source>
        <translation>Acerca de Clinic Desk</translation>
    </message>
    <message>
        <source>&lt;b&gt;Clinic Desk&lt;/b&gt; {version}&lt;br&gt;&lt;br&gt;Confidential records for shelters, psychosocial care and community medicine kits. Works without internet; the data stays encrypted on this computer.</source>
        <translation>&lt;b&gt;Clinic Desk&lt;/b&gt; {version}&lt;br&gt;&lt;br&gt;Registros confidenciales para albergues, atención psicosocial y botiquines comunitarios. Funciona sin internet; los datos se quedan cifrados en esta computadora.</translation>
    </message>
    <message>
        <source>Clinic Desk — {site}</source>
        <translation>Clinic Desk — {site}</translation>
    </message>
    <message>
        <source>{section} (Ctrl+{number})</source>
        <translation>{section} (Ctrl+{number})</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;About Clinic Desk</source>
        <translation>&amp;Acerca de Clinic Desk</translation>
    </message>
    <message>
        <source>Site: {name} ({code})</source>
        <translation>Sede: {name} ({code})</translation>
    </message>
    <message>
        <source>{name} · {roles}</source>
        <translation>{name} · {roles}</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <source>Lock now (Ctrl+L)</source>
        <translation>Bloquear ahora (Ctrl+L)</translation>
    </message>
</context>
<context>
    <name>MonthlyModel</name>
    <message>
        <source>Medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Losses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to other locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost, damaged or expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other adjustments and stocktake differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days without stock in the last three months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average monthly consumption, not counting days without stock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonthlyView</name>
    <message>
        <source>&amp;Month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as C&amp;SV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF of &amp;all botiquines…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One PDF with the report of every botiquín you can see, one per page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly consumption report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to report for this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This botiquín had no stock and no movements in the month chosen. Choose another month above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{location}&lt;/b&gt; · {month} {year} ({start} – {end}) · {count} medicines. Opening + received − consumed − sent − losses ± adjusted = closing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the monthly report as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the monthly report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the report PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the reports of all botiquines as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the reports of all botiquines…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Set password</source>
        <translation>Asignar contraseña</translation>
    </message>
    <message>
        <source>New password for {name} ({username})</source>
        <translation>Nueva contraseña para {name} ({username})</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nueva contraseña:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Repita la contraseña:</translation>
    </message>
    <message>
        <source>At least 10 characters. Tell the person the new password in private; they can change it later.</source>
        <translation>Al menos 10 caracteres. Comunique la nueva contraseña a la persona en privado; luego ella puede cambiarla.</translation>
    </message>
    <message>
        <source>This account is disabled: a new password enables it again.</source>
        <translation>Esta cuenta está desactivada: una nueva contraseña la vuelve a activar.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Las dos contraseñas no son iguales.</translation>
    </message>
    <message>
        <source>Saving the new password…</source>
        <translation>Guardando la nueva contraseña…</translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <source>Hide password</source>
        <translation>Ocultar la contraseña</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>Mostrar la contraseña</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>This section arrives in a coming version.</source>
        <translation>Esta sección llegará en una próxima versión.</translation>
    </message>
</context>
<context>
    <name>RecallDialog</name>
    <message>
        <source>every location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recall a lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. DIGEMID alert number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Medicine:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lot:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recalled lot can no longer be dispensed or sent to a botiquín, anywhere. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recall the lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{lot} · expires {expiry} · {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a medicine from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This medicine has no lots recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message>
        <source>Receive medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Almacén central, DIRIS Lima Este, donation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lot has already expired: record it and &amp;write it off at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Barcode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Medicine:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lot:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xpiry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date received:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Receive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a medicine from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received {quantity} {unit} of {item}, lot {lot} (expires {expiry}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Set a new password with the recovery code</source>
        <translation>Asignar una nueva contraseña con el código de recuperación</translation>
    </message>
    <message>
        <source>The recovery code was shown once when Clinic Desk was set up, and printed on the recovery sheet. It sets a new password for any user.</source>
        <translation>El código de recuperación se mostró una sola vez al instalar Clinic Desk y está impreso en la hoja de recuperación. Sirve para asignar una nueva contraseña a cualquier usuario.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>Recovery &amp;code:</source>
        <translation>&amp;Código de recuperación:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nueva contraseña:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Repita la contraseña:</translation>
    </message>
    <message>
        <source>At least 10 characters. A phrase of several words is best.</source>
        <translation>Al menos 10 caracteres. Lo mejor es una frase de varias palabras.</translation>
    </message>
    <message>
        <source>&amp;Set new password</source>
        <translation>&amp;Establecer la nueva contraseña</translation>
    </message>
    <message>
        <source>Type the user name.</source>
        <translation>Escriba el usuario.</translation>
    </message>
    <message>
        <source>Type the recovery code.</source>
        <translation>Escriba el código de recuperación.</translation>
    </message>
    <message>
        <source>The two passwords are different.</source>
        <translation>Las dos contraseñas son diferentes.</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Contraseña cambiada</translation>
    </message>
    <message>
        <source>The new password is set. Log in with it now.</source>
        <translation>La nueva contraseña quedó asignada. Ingrese con ella ahora.</translation>
    </message>
    <message>
        <source>The password could not be changed. Nothing was changed.</source>
        <translation>No se pudo cambiar la contraseña. No se cambió nada.</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>The set-up could not finish. Nothing was saved.</source>
        <translation>La instalación no pudo terminar. No se guardó nada.</translation>
    </message>
    <message>
        <source>Copied. The clipboard is emptied again in 60 seconds.</source>
        <translation>Copiado. El portapapeles se vaciará en 60 segundos.</translation>
    </message>
    <message>
        <source>Save recovery sheet</source>
        <translation>Guardar la hoja de recuperación</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The recovery sheet could not be saved in {folder}. Choose another folder.</source>
        <translation>No se pudo guardar la hoja de recuperación en {folder}. Elija otra carpeta.</translation>
    </message>
    <message>
        <source>Recovery sheet saved: {file}. Print it, then delete the file.</source>
        <translation>Hoja de recuperación guardada: {file}. Imprímala y luego borre el archivo.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Código de recuperación</translation>
    </message>
    <message>
        <source>Shown only this once.</source>
        <translation>Se muestra solo esta vez.</translation>
    </message>
    <message>
        <source>Creating the encrypted database and the first administrator… This takes a few seconds.</source>
        <translation>Creando la base de datos cifrada y la primera persona administradora… Esto toma unos segundos.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Intentar de nuevo</translation>
    </message>
    <message>
        <source>If every password is forgotten, this code is the only way to open the data. Write it on paper or print the recovery sheet, and keep it under lock and key, away from this computer. Do not photograph it or send it by message.</source>
        <translation>Si se olvidan todas las contraseñas, este código es la única forma de abrir los datos. Anótelo en papel o imprima la hoja de recuperación, y guárdelo bajo llave, lejos de esta computadora. No le tome foto ni lo envíe por mensaje.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Save recovery sheet (PDF)…</source>
        <translation>&amp;Guardar la hoja de recuperación (PDF)…</translation>
    </message>
    <message>
        <source>I have written down or printed the recovery code</source>
        <translation>Ya anoté o imprimí el código de recuperación</translation>
    </message>
    <message>
        <source>This computer&apos;s key store (keyring) also protects the passwords: a copy of the data folder cannot be opened on another computer with a password alone.</source>
        <translation>El almacén de claves (keyring) de esta computadora también protege las contraseñas: una copia de la carpeta de datos no se puede abrir en otra computadora solo con una contraseña.</translation>
    </message>
    <message>
        <source>No key store (keyring) works on this computer, so the data is protected by the passwords alone. That is safe with long passwords. Keep the recovery code safe.</source>
        <translation>En esta computadora no funciona ningún almacén de claves (keyring), así que los datos están protegidos solo por las contraseñas. Eso es seguro con contraseñas largas. Guarde bien el código de recuperación.</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Counsellor (psychology, social work)</source>
        <translation>Consejero/a (psicología, trabajo social)</translation>
    </message>
    <message>
        <source>Shelter staff</source>
        <translation>Personal del albergue</translation>
    </message>
    <message>
        <source>Health promoter</source>
        <translation>Promotora/or de salud</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrador/a</translation>
    </message>
</context>
<context>
    <name>RolesDialog</name>
    <message>
        <source>Change roles</source>
        <translation>Cambiar roles</translation>
    </message>
    <message>
        <source>Roles of {name} ({username})</source>
        <translation>Roles de {name} ({username})</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Save roles</source>
        <translation>Guardar roles</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>A summary of your day and of this site.</source>
        <translation>Un resumen de su día y de esta sede.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Register and find the women, children and others the site serves, with their consent and risk.</source>
        <translation>Registre y busque a las mujeres, niñas, niños y demás personas que atiende la sede, con su consentimiento y su nivel de riesgo.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Psychosocial sessions, group attendance, home visits and referrals.</source>
        <translation>Sesiones psicosociales, asistencia a grupos, visitas domiciliarias y derivaciones.</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>Albergue</translation>
    </message>
    <message>
        <source>Rooms and beds: who sleeps where tonight, admissions, transfers and discharges.</source>
        <translation>Habitaciones y camas: quién duerme dónde esta noche, ingresos, traslados y egresos.</translation>
    </message>
    <message>
        <source>Medicine kits</source>
        <translation>Botiquines</translation>
    </message>
    <message>
        <source>Medicine stock of the botiquines: receipts, dispensing, expiry alerts and monthly reports.</source>
        <translation>Stock de medicamentos de los botiquines: recepciones, entregas, alertas de vencimiento e informes mensuales.</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Intercambio</translation>
    </message>
    <message>
        <source>Encrypted bundles and backups on a USB stick for the central office.</source>
        <translation>Paquetes cifrados y copias de seguridad en una memoria USB para la oficina central.</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administración</translation>
    </message>
    <message>
        <source>Users and roles, the audit log and the security status.</source>
        <translation>Usuarios y roles, el registro de auditoría y el estado de la seguridad.</translation>
    </message>
</context>
<context>
    <name>SecurityView</name>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Cifrado</translation>
    </message>
    <message>
        <source>Key store of this PC</source>
        <translation>Almacén de claves de esta PC</translation>
    </message>
    <message>
        <source>User passwords</source>
        <translation>Contraseñas de los usuarios</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Última copia de seguridad</translation>
    </message>
    <message>
        <source>Auto-lock</source>
        <translation>Bloqueo automático</translation>
    </message>
    <message>
        <source>Crash files (core dumps)</source>
        <translation>Archivos de fallos (volcados de memoria)</translation>
    </message>
    <message>
        <source>How this PC protects the records. Nothing here needs to be changed often; read it once after installing and whenever the PC changes.</source>
        <translation>Cómo protege esta PC los registros. Aquí no hay que cambiar nada a menudo; léalo una vez después de instalar y cada vez que cambie la PC.</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activado</translation>
    </message>
    <message>
        <source>The database is encrypted (SQLCipher 4, AES-256). Without a user&apos;s password or the recovery code, the file cannot be read.</source>
        <translation>La base de datos está cifrada (SQLCipher 4, AES-256). Sin la contraseña de un usuario o el código de recuperación, el archivo no se puede leer.</translation>
    </message>
    <message>
        <source>Available: {backend}</source>
        <translation>Disponible: {backend}</translation>
    </message>
    <message>
        <source>Passwords are combined with a secret kept in this PC&apos;s key store, so a copy of the data folder cannot be opened on another PC with the passwords alone.</source>
        <translation>Las contraseñas se combinan con un secreto guardado en el almacén de claves de esta PC, así que una copia de la carpeta de datos no se puede abrir en otra PC solo con las contraseñas.</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>No disponible</translation>
    </message>
    <message>
        <source>No key store works on this PC: the database is protected by passwords alone. Keep the recovery sheet safe.</source>
        <translation>En esta PC no funciona ningún almacén de claves: la base de datos está protegida solo por las contraseñas. Guarde bien la hoja de recuperación.</translation>
    </message>
    <message>
        <source>Combined with this PC&apos;s key store</source>
        <translation>Combinadas con el almacén de claves de esta PC</translation>
    </message>
    <message>
        <source>The recovery code never depends on the key store: it still opens the database if this PC breaks.</source>
        <translation>El código de recuperación nunca depende del almacén de claves: abre la base de datos aunque esta PC se malogre.</translation>
    </message>
    <message>
        <source>Protected by the passwords alone</source>
        <translation>Protegida solo por las contraseñas</translation>
    </message>
    <message>
        <source>Use long passwords (a phrase of several words). The recovery code opens the database if every password is forgotten.</source>
        <translation>Use contraseñas largas (una frase de varias palabras). El código de recuperación abre la base de datos si se olvidan todas las contraseñas.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>No backup has been made yet. Encrypted backups to a USB stick will be available in this section in a coming version; until then, keep the recovery sheet in a safe place.</source>
        <translation>Todavía no se ha hecho ninguna copia de seguridad. Las copias cifradas en una memoria USB estarán disponibles en esta sección en una próxima versión; mientras tanto, guarde la hoja de recuperación en un lugar seguro.</translation>
    </message>
    <message>
        <source>After 1 minute without use</source>
        <translation>Después de 1 minuto sin uso</translation>
    </message>
    <message>
        <source>After {count} minutes without use</source>
        <translation>Después de {count} minutos sin uso</translation>
    </message>
    <message>
        <source>The screen locks by itself; the quick-hide key covers it at once. An administrator changes the minutes in Settings.</source>
        <translation>La pantalla se bloquea sola; la tecla de ocultar rápido la cubre al instante. Una persona administradora cambia los minutos en Configuración.</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Desactivados</translation>
    </message>
    <message>
        <source>If Clinic Desk crashes, no copy of its memory (which holds the key) is written to disk.</source>
        <translation>Si Clinic Desk falla, no se escribe en el disco ninguna copia de su memoria (que contiene la clave).</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Permitidos</translation>
    </message>
    <message>
        <source>A crash could write the program&apos;s memory, key included, to a file. Open Clinic Desk from its normal shortcut, which turns this off.</source>
        <translation>Un fallo podría escribir la memoria del programa, con la clave, en un archivo. Abra Clinic Desk desde su acceso directo normal, que desactiva esto.</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>No corresponde</translation>
    </message>
    <message>
        <source>Windows does not write core files; crash reports are off by policy.</source>
        <translation>Windows no escribe volcados de memoria; los informes de fallos están desactivados por política.</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>&amp;Auto-lock after:</source>
        <translation>&amp;Bloqueo automático después de:</translation>
    </message>
    <message>
        <source>Minutes without use before the screen locks (1 to 60).</source>
        <translation>Minutos sin uso antes de que la pantalla se bloquee (de 1 a 60).</translation>
    </message>
    <message>
        <source>&amp;Language of this site:</source>
        <translation>&amp;Idioma de esta sede:</translation>
    </message>
    <message>
        <source>Used for every user of this PC from the next time Clinic Desk opens.</source>
        <translation>Se usa para todos los usuarios de esta PC desde la próxima vez que se abra Clinic Desk.</translation>
    </message>
    <message>
        <source>&amp;Remind about backups after:</source>
        <translation>&amp;Recordar la copia de seguridad después de:</translation>
    </message>
    <message>
        <source>Days without a backup before Clinic Desk reminds you (1 to 90).</source>
        <translation>Días sin copia de seguridad antes de que Clinic Desk se lo recuerde (de 1 a 90).</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>&amp;Guardar la configuración</translation>
    </message>
    <message>
        <source>Undo &amp;changes</source>
        <translation>&amp;Deshacer los cambios</translation>
    </message>
    <message>
        <source>These settings apply to everyone who uses Clinic Desk on this PC. Every change is written to the audit log.</source>
        <translation>Esta configuración se aplica a todas las personas que usan Clinic Desk en esta PC. Cada cambio queda anotado en el registro de auditoría.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Configuración guardada.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Clinic Desk — set-up</source>
        <translation>Clinic Desk — instalación</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Siguiente &gt;</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Crear</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Finalizar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>SheetModel</name>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count again: stock moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the quantity counted and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the counted quantity first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>Clinic Desk cannot open the data</source>
        <translation>Clinic Desk no puede abrir los datos</translation>
    </message>
    <message>
        <source>Nothing was changed. Ask the coordinator for the last backup before you try anything else.</source>
        <translation>No se cambió nada. Pida a la coordinadora o al coordinador la última copia de seguridad antes de intentar cualquier otra cosa.</translation>
    </message>
</context>
<context>
    <name>SitePage</name>
    <message>
        <source>This site</source>
        <translation>Esta sede</translation>
    </message>
    <message>
        <source>The code identifies this site in the reports the central office receives. It cannot be changed later.</source>
        <translation>El código identifica a esta sede en los informes que recibe la oficina central. No se puede cambiar después.</translation>
    </message>
    <message>
        <source>Site &amp;code:</source>
        <translation>&amp;Código de la sede:</translation>
    </message>
    <message>
        <source>Site &amp;name:</source>
        <translation>&amp;Nombre de la sede:</translation>
    </message>
    <message>
        <source>for example: Casa Refugio Huaycán</source>
        <translation>por ejemplo: Casa Refugio Huaycán</translation>
    </message>
    <message>
        <source>Capital letters, digits and dashes, no spaces.</source>
        <translation>Letras mayúsculas, números y guiones, sin espacios.</translation>
    </message>
</context>
<context>
    <name>StockModel</name>
    <message>
        <source>Status</source>
        <translation type="unfinished">Estado</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average monthly consumption over the last three months, not counting days without stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months the stock lasts at the average monthly consumption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At or below this quantity the item shows as low stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested order to reach the target months of stock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StockView</name>
    <message>
        <source>Filter by name or code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Receive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dispense…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;nd…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ad&amp;just…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock &amp;card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock on hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lots of the selected medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No medicine here yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record what arrives with “Receive” (Ctrl+R). Items with stock or with a reorder level are listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of this medicine is on hand here. Record what arrives with “Receive”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a medicine above to see its lots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lots of {item}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispensing saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer saved: the other location has the stock now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjustment saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StocktakeView</name>
    <message>
        <source>Count &amp;sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New count sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rint sheet (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print &amp;without expected quantities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>So the count is not influenced by what the computer expects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count &amp;again flagged lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Post the count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Make a count sheet and print it. 2. Count what is on the shelf. 3. Type each count in the “Counted” column and choose a reason where it differs. 4. Post: the differences become adjustments, all at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No count sheet yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press “New count sheet”: it lists every lot the computer thinks is on the shelf here, ready to print and count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>posted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{counted} of {total} lots counted · {differ} with a difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} to count again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>posted: it can no longer change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count sheet made with {n} lots. Print it, count, then type the counts here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the count sheet as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the count sheet PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flagged lines show what is expected now. Count them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posting the count…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines posted: {posted}; adjustments: {adjusted}. Not posted, because the stock moved while counting: {recount} (marked “Count again”). Press “Count again flagged lines”, count them and post again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count posted. Lines: {posted}; adjustments: {adjusted}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskHandle</name>
    <message>
        <source>Cancelling… nothing will be half-written.</source>
        <translation>Cancelando… no quedará nada a medio guardar.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Send to another location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. delivery note number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Medicine:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lots that expire first are sent first. The other location sees the stock at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hand here: {quantity} {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a medicine from the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>User name</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Desactivado</translation>
    </message>
</context>
<context>
    <name>UsersView</name>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>&amp;Agregar usuario…</translation>
    </message>
    <message>
        <source>Change &amp;roles…</source>
        <translation>Cambiar &amp;roles…</translation>
    </message>
    <message>
        <source>Set &amp;password…</source>
        <translation>Asignar &amp;contraseña…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Desactivar</translation>
    </message>
    <message>
        <source>No users yet</source>
        <translation>Todavía no hay usuarios</translation>
    </message>
    <message>
        <source>Add a user for each person who works with this PC. Everyone gets their own user name and password; nobody shares one.</source>
        <translation>Agregue un usuario para cada persona que trabaja con esta PC. Cada una tiene su propio usuario y contraseña; nadie los comparte.</translation>
    </message>
    <message>
        <source>Each person has their own user and password. Roles decide what they can see: only Counselling reads session notes. A disabled user can no longer open the database; setting a new password enables them again.</source>
        <translation>Cada persona tiene su propio usuario y contraseña. Los roles deciden lo que puede ver: solo Consejería lee las notas de las sesiones. Un usuario desactivado ya no puede abrir la base de datos; asignarle una nueva contraseña lo vuelve a activar.</translation>
    </message>
    <message>
        <source>User {username} added.</source>
        <translation>Usuario {username} agregado.</translation>
    </message>
    <message>
        <source>Roles of {username} saved.</source>
        <translation>Roles de {username} guardados.</translation>
    </message>
    <message>
        <source>New password for {username} saved.</source>
        <translation>Nueva contraseña de {username} guardada.</translation>
    </message>
    <message>
        <source>Disable user</source>
        <translation>Desactivar usuario</translation>
    </message>
    <message>
        <source>Disable {name} ({username})? They will no longer be able to open Clinic Desk. Their records and the audit log stay.</source>
        <translation>¿Desactivar a {name} ({username})? Ya no podrá abrir Clinic Desk. Sus registros y el registro de auditoría se conservan.</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>User {username} disabled.</source>
        <translation>Usuario {username} desactivado.</translation>
    </message>
</context>
<context>
    <name>_Dialog</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>A DNI has exactly 8 digits.</source>
        <translation>El DNI tiene exactamente 8 dígitos.</translation>
    </message>
    <message>
        <source>A GTIN has 8, 12, 13 or 14 digits.</source>
        <translation>El GTIN tiene 8, 12, 13 o 14 dígitos.</translation>
    </message>
    <message>
        <source>A batch is usable, quarantined or recalled.</source>
        <translation>Un lote está disponible, en cuarentena o retirado.</translation>
    </message>
    <message>
        <source>A carné de extranjería number has 9 to 12 letters or digits.</source>
        <translation>El número de carné de extranjería tiene de 9 a 12 letras o dígitos.</translation>
    </message>
    <message>
        <source>A checklist item cannot be empty.</source>
        <translation>Un punto de la lista no puede estar vacío.</translation>
    </message>
    <message>
        <source>A child cannot be older than her mother.</source>
        <translation>Una hija o un hijo no puede ser mayor que su madre.</translation>
    </message>
    <message>
        <source>A count cannot be negative.</source>
        <translation>Un conteo no puede ser negativo.</translation>
    </message>
    <message>
        <source>A location is the central store or a botiquín.</source>
        <translation>Una ubicación es el almacén central o un botiquín.</translation>
    </message>
    <message>
        <source>A loss or damage can only take stock away.</source>
        <translation>Una pérdida o un daño solo puede restar stock.</translation>
    </message>
    <message>
        <source>A name may contain only letters, spaces, apostrophes and hyphens.</source>
        <translation>Un nombre solo puede tener letras, espacios, apóstrofos y guiones.</translation>
    </message>
    <message>
        <source>A phone number may contain only digits, spaces and a leading +.</source>
        <translation>Un número de teléfono solo puede tener dígitos, espacios y un + al inicio.</translation>
    </message>
    <message>
        <source>A recalled batch stays recalled.</source>
        <translation>Un lote retirado se queda retirado.</translation>
    </message>
    <message>
        <source>A reversal cannot be dated before the entry it reverses.</source>
        <translation>Una anulación no puede tener fecha anterior al movimiento que anula.</translation>
    </message>
    <message>
        <source>A reversal cannot itself be reversed; record the movement again.</source>
        <translation>Una anulación no se puede anular; registre el movimiento otra vez.</translation>
    </message>
    <message>
        <source>A site code has 2 to 16 characters: letters A-Z without accents, digits or dashes, no spaces (for example HUAYCAN-01).</source>
        <translation>El código de la sede tiene de 2 a 16 caracteres: letras de la A a la Z sin tildes, números o guiones, sin espacios (por ejemplo HUAYCAN-01).</translation>
    </message>
    <message>
        <source>A transfer needs two different locations.</source>
        <translation>Una transferencia necesita dos ubicaciones distintas.</translation>
    </message>
    <message>
        <source>A user name has 3 to 32 characters: letters a-z without accents, digits, dot, dash or underscore, starting with a letter or digit.</source>
        <translation>El usuario tiene de 3 a 32 caracteres: letras de la a a la z sin tildes, números, punto, guion o guion bajo, y empieza con una letra o un número.</translation>
    </message>
    <message>
        <source>A {unit} cannot be split: enter a whole number.</source>
        <translation>Una unidad de tipo «{unit}» no se puede fraccionar: ingrese un número entero.</translation>
    </message>
    <message>
        <source>At least one active administrator must remain.</source>
        <translation>Debe quedar al menos una persona administradora activa.</translation>
    </message>
    <message>
        <source>At most {max} characters.</source>
        <translation>Como máximo {max} caracteres.</translation>
    </message>
    <message>
        <source>Auto-lock must be a whole number of minutes.</source>
        <translation>El bloqueo automático debe ser un número entero de minutos.</translation>
    </message>
    <message>
        <source>Auto-lock must be between 1 and 60 minutes.</source>
        <translation>El bloqueo automático debe estar entre 1 y 60 minutos.</translation>
    </message>
    <message>
        <source>Choose a document type: DNI, carné de extranjería or none.</source>
        <translation>Elija un tipo de documento: DNI, carné de extranjería o ninguno.</translation>
    </message>
    <message>
        <source>Choose a reason from the list.</source>
        <translation>Elija un motivo de la lista.</translation>
    </message>
    <message>
        <source>Choose a reason: loss, damage, donation or correction.</source>
        <translation>Elija un motivo: pérdida, daño, donación o corrección.</translation>
    </message>
    <message>
        <source>Choose a valid month.</source>
        <translation>Elija un mes válido.</translation>
    </message>
    <message>
        <source>Choose a value.</source>
        <translation>Elija un valor.</translation>
    </message>
    <message>
        <source>Choose at least one language.</source>
        <translation>Elija al menos un idioma.</translation>
    </message>
    <message>
        <source>Choose how this person is related to her.</source>
        <translation>Elija qué relación tiene esta persona con ella.</translation>
    </message>
    <message>
        <source>Choose institutions from the list.</source>
        <translation>Elija las instituciones de la lista.</translation>
    </message>
    <message>
        <source>Choose one of the listed languages.</source>
        <translation>Elija uno de los idiomas de la lista.</translation>
    </message>
    <message>
        <source>Choose one of the listed values.</source>
        <translation>Elija uno de los valores de la lista.</translation>
    </message>
    <message>
        <source>Choose the document type for this number.</source>
        <translation>Elija el tipo de documento para este número.</translation>
    </message>
    <message>
        <source>Choose the institution from the list.</source>
        <translation>Elija la institución de la lista.</translation>
    </message>
    <message>
        <source>Choose the kind of consent.</source>
        <translation>Elija el tipo de consentimiento.</translation>
    </message>
    <message>
        <source>Choose the kind of service from the list.</source>
        <translation>Elija el tipo de servicio de la lista.</translation>
    </message>
    <message>
        <source>Choose the referral status from the list.</source>
        <translation>Elija el estado de la derivación de la lista.</translation>
    </message>
    <message>
        <source>Choose the risk level: leve, moderado or severo.</source>
        <translation>Elija el nivel de riesgo: leve, moderado o severo.</translation>
    </message>
    <message>
        <source>Choose two different records to merge.</source>
        <translation>Elija dos registros distintos para unir.</translation>
    </message>
    <message>
        <source>Choose violence types from the list.</source>
        <translation>Elija los tipos de violencia de la lista.</translation>
    </message>
    <message>
        <source>Choose whether she gives or withdraws consent.</source>
        <translation>Elija si ella da o retira su consentimiento.</translation>
    </message>
    <message>
        <source>Choose whether the referral is incoming or outgoing.</source>
        <translation>Elija si la derivación es recibida o enviada.</translation>
    </message>
    <message>
        <source>Clinic Desk is already open on this data folder (in another window or command). Close it first.</source>
        <translation>Clinic Desk ya está abierto con esta carpeta de datos (en otra ventana o comando). Ciérrelo primero.</translation>
    </message>
    <message>
        <source>Enter a 9-digit mobile number starting with 9, or a landline with its area code.</source>
        <translation>Ingrese un celular de 9 dígitos que empiece con 9, o un teléfono fijo con su código de área.</translation>
    </message>
    <message>
        <source>Enter a quantity from 1 to {max}.</source>
        <translation>Ingrese una cantidad de 1 a {max}.</translation>
    </message>
    <message>
        <source>Enter a valid date of birth.</source>
        <translation>Ingrese una fecha de nacimiento válida.</translation>
    </message>
    <message>
        <source>Enter a valid date.</source>
        <translation>Ingrese una fecha válida.</translation>
    </message>
    <message>
        <source>Enter at most three decimals.</source>
        <translation>Ingrese como máximo tres decimales.</translation>
    </message>
    <message>
        <source>Enter the age as a whole number of years.</source>
        <translation>Ingrese la edad como un número entero de años.</translation>
    </message>
    <message>
        <source>Enter the contact&apos;s name.</source>
        <translation>Ingrese el nombre del contacto.</translation>
    </message>
    <message>
        <source>Enter the counted quantity of lot {lot}.</source>
        <translation>Ingrese la cantidad contada del lote {lot}.</translation>
    </message>
    <message>
        <source>Enter the first surname.</source>
        <translation>Ingrese el primer apellido.</translation>
    </message>
    <message>
        <source>Enter the given names.</source>
        <translation>Ingrese los nombres.</translation>
    </message>
    <message>
        <source>Enter the name of the screening instrument.</source>
        <translation>Ingrese el nombre del instrumento de tamizaje.</translation>
    </message>
    <message>
        <source>Enter the score as a whole number, 0 or more.</source>
        <translation>Ingrese el puntaje como un número entero, 0 o más.</translation>
    </message>
    <message>
        <source>Enter the second surname.</source>
        <translation>Ingrese el segundo apellido.</translation>
    </message>
    <message>
        <source>Give a reason for the difference in lot {lot}.</source>
        <translation>Indique el motivo de la diferencia en el lote {lot}.</translation>
    </message>
    <message>
        <source>Give either the date of birth or an approximate age, not both.</source>
        <translation>Indique la fecha de nacimiento o una edad aproximada, no las dos.</translation>
    </message>
    <message>
        <source>Give the user at least one role.</source>
        <translation>Asigne al usuario al menos un rol.</translation>
    </message>
    <message>
        <source>Her consent does not cover this sharing, and only an administrator may override it.</source>
        <translation>Su consentimiento no cubre compartir esta información, y solo una persona administradora puede autorizarlo de todos modos.</translation>
    </message>
    <message>
        <source>Her consent does not cover this sharing. An administrator may override it in an emergency, giving a reason.</source>
        <translation>Su consentimiento no cubre compartir esta información. En una emergencia, una persona administradora puede autorizarlo indicando el motivo.</translation>
    </message>
    <message>
        <source>Institutions apply only to consent for sharing with institutions.</source>
        <translation>Las instituciones solo corresponden al consentimiento para compartir con instituciones.</translation>
    </message>
    <message>
        <source>Internal error: a time without a time zone.</source>
        <translation>Error interno: una hora sin zona horaria.</translation>
    </message>
    <message>
        <source>Internal error: a write without a site and user context.</source>
        <translation>Error interno: se intentó guardar sin sede ni usuario.</translation>
    </message>
    <message>
        <source>Internal error: this action needs a writing session.</source>
        <translation>Error interno: esta acción necesita una sesión de escritura.</translation>
    </message>
    <message>
        <source>Later movements of lot {lot} use this stock: dated {date}, at most {available} {unit} can be taken without making a later balance negative.</source>
        <translation>Movimientos posteriores del lote {lot} usan este stock: con fecha {date}, se pueden sacar como máximo {available} {unit} sin dejar en negativo un saldo posterior.</translation>
    </message>
    <message>
        <source>Log in first.</source>
        <translation>Primero ingrese con su usuario.</translation>
    </message>
    <message>
        <source>Lot {lot} expired on {expiry}: it cannot be dispensed or sent to a botiquín.</source>
        <translation>El lote {lot} venció el {expiry}: no se puede entregar ni enviar a un botiquín.</translation>
    </message>
    <message>
        <source>Lot {lot} has not expired. Record a loss or damage as an adjustment instead.</source>
        <translation>El lote {lot} no está vencido. Registre la pérdida o el daño como un ajuste.</translation>
    </message>
    <message>
        <source>Lot {lot} is already on this sheet.</source>
        <translation>El lote {lot} ya está en esta hoja.</translation>
    </message>
    <message>
        <source>Lot {lot} is in quarantine: it cannot be dispensed or sent to a botiquín.</source>
        <translation>El lote {lot} está en cuarentena: no se puede entregar ni enviar a un botiquín.</translation>
    </message>
    <message>
        <source>Lot {lot} of this item is already recorded with expiry {expiry}.</source>
        <translation>El lote {lot} de este producto ya está registrado con vencimiento {expiry}.</translation>
    </message>
    <message>
        <source>Lot {lot} was recalled: it cannot be dispensed or sent to a botiquín.</source>
        <translation>El lote {lot} fue retirado: no se puede entregar ni enviar a un botiquín.</translation>
    </message>
    <message>
        <source>Lot {lot} was recalled: it cannot be received.</source>
        <translation>El lote {lot} fue retirado: no se puede recibir.</translation>
    </message>
    <message>
        <source>Name the institutions she agrees to share her record with.</source>
        <translation>Indique las instituciones con las que ella acepta compartir su registro.</translation>
    </message>
    <message>
        <source>No Clinic Desk data in {folder}. Run the set-up first (clinic-desk init).</source>
        <translation>No hay datos de Clinic Desk en {folder}. Primero haga la instalación (clinic-desk init).</translation>
    </message>
    <message>
        <source>Nothing of lot {lot} is on hand here.</source>
        <translation>Aquí no hay existencias del lote {lot}.</translation>
    </message>
    <message>
        <source>On {date} there were only {available} {unit} of lot {lot} at {location}.</source>
        <translation>El {date} solo había {available} {unit} del lote {lot} en {location}.</translation>
    </message>
    <message>
        <source>Only {available} {unit} of lot {lot} are on hand at {location}.</source>
        <translation>Solo hay {available} {unit} del lote {lot} en {location}.</translation>
    </message>
    <message>
        <source>Only {available} {unit} of {item} can be dispensed at {location}.</source>
        <translation>Solo se pueden entregar {available} {unit} de {item} en {location}.</translation>
    </message>
    <message>
        <source>Only {available} {unit} of {item} can be sent from {location}.</source>
        <translation>Solo se pueden enviar {available} {unit} de {item} desde {location}.</translation>
    </message>
    <message>
        <source>Records are never deleted; they are marked deleted.</source>
        <translation>Los registros nunca se borran; se marcan como eliminados.</translation>
    </message>
    <message>
        <source>Say why these two records are the same person.</source>
        <translation>Indique por qué estos dos registros son la misma persona.</translation>
    </message>
    <message>
        <source>That line is not on this count sheet.</source>
        <translation>Esa línea no está en esta hoja de conteo.</translation>
    </message>
    <message>
        <source>That lot belongs to another item.</source>
        <translation>Ese lote pertenece a otro producto.</translation>
    </message>
    <message>
        <source>That recovery code is not valid.</source>
        <translation>Ese código de recuperación no es válido.</translation>
    </message>
    <message>
        <source>The GTIN&apos;s check digit is wrong; scan or type it again.</source>
        <translation>El dígito de control del GTIN es incorrecto; escanéelo o escríbalo de nuevo.</translation>
    </message>
    <message>
        <source>The age cannot be more than {max} years.</source>
        <translation>La edad no puede ser mayor de {max} años.</translation>
    </message>
    <message>
        <source>The age must be between 0 and {max} years.</source>
        <translation>La edad debe estar entre 0 y {max} años.</translation>
    </message>
    <message>
        <source>The backup reminder must be between 1 and 90 days.</source>
        <translation>El recordatorio de copia de seguridad debe estar entre 1 y 90 días.</translation>
    </message>
    <message>
        <source>The barcode holds an element this program does not read.</source>
        <translation>El código de barras tiene un elemento que este programa no lee.</translation>
    </message>
    <message>
        <source>The barcode is incomplete; scan it again.</source>
        <translation>El código de barras está incompleto; escanéelo de nuevo.</translation>
    </message>
    <message>
        <source>The barcode is not a GS1 code.</source>
        <translation>El código de barras no es un código GS1.</translation>
    </message>
    <message>
        <source>The data folder {folder} already holds a Clinic Desk installation; it was not changed.</source>
        <translation>La carpeta de datos {folder} ya tiene una instalación de Clinic Desk; no se cambió.</translation>
    </message>
    <message>
        <source>The data folder {folder} cannot be created. Choose another folder.</source>
        <translation>No se puede crear la carpeta de datos {folder}. Elija otra carpeta.</translation>
    </message>
    <message>
        <source>The data folder {folder} cannot be written. Choose another folder or ask an administrator to give you access to it.</source>
        <translation>No se puede escribir en la carpeta de datos {folder}. Elija otra carpeta o pida a una persona administradora que le dé acceso.</translation>
    </message>
    <message>
        <source>The data folder {folder} has lost its database. Nothing was changed; restore the data folder from the last backup.</source>
        <translation>La carpeta de datos {folder} perdió su base de datos. No se cambió nada; restaure la carpeta de datos desde la última copia de seguridad.</translation>
    </message>
    <message>
        <source>The data folder {folder} has lost its key file (keys.json). Nothing was changed; restore the data folder from the last backup.</source>
        <translation>La carpeta de datos {folder} perdió su archivo de claves (keys.json). No se cambió nada; restaure la carpeta de datos desde la última copia de seguridad.</translation>
    </message>
    <message>
        <source>The database file {path} is damaged or is not a Clinic Desk database. It was left untouched; restore the last backup.</source>
        <translation>El archivo de base de datos {path} está dañado o no es una base de datos de Clinic Desk. No se tocó; restaure la última copia de seguridad.</translation>
    </message>
    <message>
        <source>The date cannot be in the future.</source>
        <translation>La fecha no puede ser futura.</translation>
    </message>
    <message>
        <source>The date in the code is not valid.</source>
        <translation>La fecha del código no es válida.</translation>
    </message>
    <message>
        <source>The date is too far in the past.</source>
        <translation>La fecha es demasiado antigua.</translation>
    </message>
    <message>
        <source>The date of birth cannot be in the future.</source>
        <translation>La fecha de nacimiento no puede ser futura.</translation>
    </message>
    <message>
        <source>The expiry date is required.</source>
        <translation>La fecha de vencimiento es obligatoria.</translation>
    </message>
    <message>
        <source>The full name is required.</source>
        <translation>El nombre completo es obligatorio.</translation>
    </message>
    <message>
        <source>The key file and the database belong to different installations. Nothing was changed; restore the data folder from one backup.</source>
        <translation>El archivo de claves y la base de datos son de instalaciones distintas. No se cambió nada; restaure la carpeta de datos desde una misma copia de seguridad.</translation>
    </message>
    <message>
        <source>The key file {path} is missing or damaged. Nobody can log in without it: restore it from the last backup of the data folder.</source>
        <translation>El archivo de claves {path} falta o está dañado. Sin él nadie puede ingresar: restáurelo desde la última copia de seguridad de la carpeta de datos.</translation>
    </message>
    <message>
        <source>The language must be es or en.</source>
        <translation>El idioma debe ser es o en.</translation>
    </message>
    <message>
        <source>The lot number is required.</source>
        <translation>El número de lote es obligatorio.</translation>
    </message>
    <message>
        <source>The mother must be at least {years} years older than her child. Check both dates of birth.</source>
        <translation>La madre debe ser al menos {years} años mayor que su hija o hijo. Revise las dos fechas de nacimiento.</translation>
    </message>
    <message>
        <source>The password is empty.</source>
        <translation>La contraseña está vacía.</translation>
    </message>
    <message>
        <source>The password is too easy to guess. Use a phrase of several words.</source>
        <translation>La contraseña es demasiado fácil de adivinar. Use una frase de varias palabras.</translation>
    </message>
    <message>
        <source>The password is too long.</source>
        <translation>La contraseña es demasiado larga.</translation>
    </message>
    <message>
        <source>The password is too short: use at least {count} characters.</source>
        <translation>La contraseña es demasiado corta: use al menos {count} caracteres.</translation>
    </message>
    <message>
        <source>The password must not contain the user name.</source>
        <translation>La contraseña no debe contener el usuario.</translation>
    </message>
    <message>
        <source>The quantity must be a number.</source>
        <translation>La cantidad debe ser un número.</translation>
    </message>
    <message>
        <source>The quantity must be more than zero.</source>
        <translation>La cantidad debe ser mayor que cero.</translation>
    </message>
    <message>
        <source>The quantity must not be zero.</source>
        <translation>La cantidad no puede ser cero.</translation>
    </message>
    <message>
        <source>The site name is required.</source>
        <translation>El nombre de la sede es obligatorio.</translation>
    </message>
    <message>
        <source>The target must be between 1 and 12 months.</source>
        <translation>La meta debe estar entre 1 y 12 meses.</translation>
    </message>
    <message>
        <source>The text contains control characters.</source>
        <translation>El texto contiene caracteres de control.</translation>
    </message>
    <message>
        <source>The text is too long (at most {count} characters).</source>
        <translation>El texto es demasiado largo (como máximo {count} caracteres).</translation>
    </message>
    <message>
        <source>The user {name} is already disabled.</source>
        <translation>El usuario {name} ya está desactivado.</translation>
    </message>
    <message>
        <source>There is already a location with code {code}.</source>
        <translation>Ya existe una ubicación con el código {code}.</translation>
    </message>
    <message>
        <source>There is already a user called {name}.</source>
        <translation>Ya existe un usuario llamado {name}.</translation>
    </message>
    <message>
        <source>There is already an item with code {code}.</source>
        <translation>Ya existe un producto con el código {code}.</translation>
    </message>
    <message>
        <source>There is no active user called {name}.</source>
        <translation>No hay ningún usuario activo llamado {name}.</translation>
    </message>
    <message>
        <source>There is no lot {lot} of this item.</source>
        <translation>No hay un lote {lot} de este producto.</translation>
    </message>
    <message>
        <source>There is no such batch.</source>
        <translation>Ese lote no existe.</translation>
    </message>
    <message>
        <source>There is no such count sheet.</source>
        <translation>Esa hoja de conteo no existe.</translation>
    </message>
    <message>
        <source>There is no such item in the catalogue.</source>
        <translation>Ese producto no está en el catálogo.</translation>
    </message>
    <message>
        <source>There is no such ledger entry.</source>
        <translation>Ese movimiento no existe.</translation>
    </message>
    <message>
        <source>There is no such location.</source>
        <translation>Esa ubicación no existe.</translation>
    </message>
    <message>
        <source>There is no such user.</source>
        <translation>Ese usuario no existe.</translation>
    </message>
    <message>
        <source>There is no user called {name}.</source>
        <translation>No hay ningún usuario llamado {name}.</translation>
    </message>
    <message>
        <source>This PC&apos;s key store does not hold the secret your password needs (was the data folder copied from another PC?). Use the recovery code to set a new password.</source>
        <translation>El almacén de claves de esta PC no tiene el secreto que necesita su contraseña (¿se copió la carpeta de datos desde otra PC?). Use el código de recuperación para asignar una nueva contraseña.</translation>
    </message>
    <message>
        <source>This contact was not found.</source>
        <translation>No se encontró este contacto.</translation>
    </message>
    <message>
        <source>This count sheet was already posted.</source>
        <translation>Esta hoja de conteo ya fue registrada.</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Clinic Desk. Install that version (or newer) to open it; nothing was changed.</source>
        <translation>Esta base de datos fue guardada por una versión más nueva de Clinic Desk. Instale esa versión (o una más nueva) para abrirla; no se cambió nada.</translation>
    </message>
    <message>
        <source>This entry was already reversed.</source>
        <translation>Este movimiento ya fue anulado.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Este campo es obligatorio.</translation>
    </message>
    <message>
        <source>This household member was not found.</source>
        <translation>No se encontró a este integrante del hogar.</translation>
    </message>
    <message>
        <source>This household was not found.</source>
        <translation>No se encontró este hogar.</translation>
    </message>
    <message>
        <source>This item has movements with decimals; it must stay divisible.</source>
        <translation>Este producto tiene movimientos con decimales; debe seguir siendo fraccionable.</translation>
    </message>
    <message>
        <source>This line was already posted.</source>
        <translation>Esta línea ya fue registrada.</translation>
    </message>
    <message>
        <source>This lot expired on {expiry}. It can only be recorded as an expiry write-off.</source>
        <translation>Este lote venció el {expiry}. Solo se puede registrar como baja por vencimiento.</translation>
    </message>
    <message>
        <source>This name is too long (at most {max} characters).</source>
        <translation>Este nombre es demasiado largo (como máximo {max} caracteres).</translation>
    </message>
    <message>
        <source>This person already belongs to a household.</source>
        <translation>Esta persona ya pertenece a un hogar.</translation>
    </message>
    <message>
        <source>This person&apos;s record was not found.</source>
        <translation>No se encontró el registro de esta persona.</translation>
    </message>
    <message>
        <source>This referral was not found.</source>
        <translation>No se encontró esta derivación.</translation>
    </message>
    <message>
        <source>This text is too long (at most {max} characters).</source>
        <translation>Este texto es demasiado largo (como máximo {max} caracteres).</translation>
    </message>
    <message>
        <source>Too many wrong passwords. Wait {wait_seconds} seconds before trying again.</source>
        <translation>Demasiadas contraseñas incorrectas. Espere {wait_seconds} segundos antes de volver a intentarlo.</translation>
    </message>
    <message>
        <source>Unknown field {name}.</source>
        <translation>Campo desconocido: {name}.</translation>
    </message>
    <message>
        <source>Unknown role. Roles are: {roles}.</source>
        <translation>Rol desconocido. Los roles son: {roles}.</translation>
    </message>
    <message>
        <source>Unknown setting {key}.</source>
        <translation>Configuración desconocida: {key}.</translation>
    </message>
    <message>
        <source>Unknown sharing purpose.</source>
        <translation>Finalidad de uso compartido desconocida.</translation>
    </message>
    <message>
        <source>Write the safety plan or add checklist items.</source>
        <translation>Escriba el plan de seguridad o agregue puntos a la lista.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Usuario o contraseña incorrectos.</translation>
    </message>
    <message>
        <source>You are not assigned to {location}. Ask an administrator.</source>
        <translation>Usted no está asignada/o a {location}. Pídalo a una persona administradora.</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>No puede desactivar su propia cuenta.</translation>
    </message>
    <message>
        <source>You cannot remove your own administrator role.</source>
        <translation>No puede quitarse a usted mismo el rol de administración.</translation>
    </message>
    <message>
        <source>Your role does not allow this action. Ask an administrator.</source>
        <translation>Su rol no permite esta acción. Pídala a una persona administradora.</translation>
    </message>
    <message>
        <source>{item} is no longer in the catalogue.</source>
        <translation>{item} ya no está en el catálogo.</translation>
    </message>
    <message>
        <source>{location} is closed: no stock moves there.</source>
        <translation>{location} está cerrada: ahí no se mueve stock.</translation>
    </message>
    <message>
        <source>{table} is append-only: entries never change.</source>
        <translation>{table} solo admite agregar: sus registros nunca cambian.</translation>
    </message>
    <message>
        <source>Something went wrong and nothing was changed.</source>
        <translation>Algo salió mal y no se cambió nada.</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>Clinic Desk</source>
        <translation>Clinic Desk</translation>
    </message>
</context>
</TS>
