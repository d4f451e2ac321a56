<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_PE" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Clinic Desk</source>
        <translation>Acerca de Clinic Desk</translation>
    </message>
    <message>
        <source>Clinic Desk {version}</source>
        <translation>Clinic Desk {version}</translation>
    </message>
    <message>
        <source>Confidential records for shelters, psychosocial care and community medicine kits. Works without internet; the data stays encrypted on this computer.</source>
        <translation>Registros confidenciales para albergues, atención psicosocial y botiquines comunitarios. Funciona sin internet; los datos se quedan cifrados en esta computadora.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <source>Database size</source>
        <translation>Tamaño de la base de datos</translation>
    </message>
    <message>
        <source>Available: {backend}</source>
        <translation>Disponible: {backend}</translation>
    </message>
    <message>
        <source>Not available: the database is protected by passwords alone</source>
        <translation>No disponible: la base de datos está protegida solo por contraseñas</translation>
    </message>
    <message>
        <source>Key store of this PC</source>
        <translation>Almacén de claves de esta PC</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Allowed: open Clinic Desk from its normal shortcut</source>
        <translation>Permitido: abra Clinic Desk desde su acceso directo habitual</translation>
    </message>
    <message>
        <source>Not applicable on this system</source>
        <translation>No se aplica en este sistema</translation>
    </message>
    <message>
        <source>Crash files (core dumps)</source>
        <translation>Archivos de fallos (volcados de memoria)</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>Bibliotecas</translation>
    </message>
    <message>
        <source>“Copy diagnostics” copies these technical details for whoever helps you with the computer. It holds no names, no site and no records.</source>
        <translation>«Copiar diagnóstico» copia estos datos técnicos para quien le ayude con la computadora. No contiene nombres, ni la sede, ni registros.</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostics</source>
        <translation>&amp;Copiar diagnóstico</translation>
    </message>
    <message>
        <source>Open the &amp;user guide (PDF)</source>
        <translation>Abrir la &amp;guía de uso (PDF)</translation>
    </message>
    <message>
        <source>The user guide is not installed on this computer yet.</source>
        <translation>La guía de uso todavía no está instalada en esta computadora.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Copied. Paste it into a message to whoever helps you.</source>
        <translation>Copiado. Péguelo en un mensaje para quien le ayude.</translation>
    </message>
</context>
<context>
    <name>AddTaskDialog</name>
    <message>
        <source>Follow-up task</source>
        <translation>Tarea de seguimiento</translation>
    </message>
    <message>
        <source>e.g. Call her to confirm the CEM appointment</source>
        <translation>p. ej. Llamarla para confirmar la cita en el CEM</translation>
    </message>
    <message>
        <source>(nobody in particular)</source>
        <translation>(nadie en particular)</translation>
    </message>
    <message>
        <source>&amp;What has to be done:</source>
        <translation>&amp;Qué hay que hacer:</translation>
    </message>
    <message>
        <source>&amp;Due on:</source>
        <translation>&amp;Vence el:</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Persona:</translation>
    </message>
    <message>
        <source>&amp;Add task</source>
        <translation>&amp;Agregar tarea</translation>
    </message>
    <message>
        <source>Add follow-up &amp;task…</source>
        <translation>Agregar &amp;tarea de seguimiento…</translation>
    </message>
    <message>
        <source>Save the session first.</source>
        <translation>Primero guarde la sesión.</translation>
    </message>
</context>
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
        <source>Roles:</source>
        <translation>Roles:</translation>
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
        <translation>Ajustar existencias</translation>
    </message>
    <message>
        <source>&amp;Medicine:</source>
        <translation>&amp;Medicamento:</translation>
    </message>
    <message>
        <source>&amp;Lot:</source>
        <translation>&amp;Lote:</translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation>¿&amp;Qué pasó?:</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Cantidad:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ota:</translation>
    </message>
    <message>
        <source>A write-off without a quantity removes all of the lot that is here.</source>
        <translation>Una baja sin cantidad retira todo lo que queda de este lote aquí.</translation>
    </message>
    <message>
        <source>&amp;Save adjustment</source>
        <translation>&amp;Guardar ajuste</translation>
    </message>
    <message>
        <source>{lot} · expires {expiry} · {quantity} on hand · {state}</source>
        <translation>{lot} · vence el {expiry} · {quantity} en existencia · {state}</translation>
    </message>
    <message>
        <source>Choose a medicine from the list.</source>
        <translation>Elija un medicamento de la lista.</translation>
    </message>
    <message>
        <source>Choose the lot.</source>
        <translation>Elija el lote.</translation>
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
    <name>AdmitDialog</name>
    <message>
        <source>Admit to the shelter</source>
        <translation>Ingresar al albergue</translation>
    </message>
    <message>
        <source>&amp;Admit</source>
        <translation>&amp;Ingresar</translation>
    </message>
    <message>
        <source>Find her by name or DNI. If she is not registered yet, register her first in People.</source>
        <translation>Búsquela por nombre o DNI. Si todavía no está registrada, regístrela primero en Personas.</translation>
    </message>
    <message>
        <source>Nobody chosen yet.</source>
        <translation>Todavía no eligió a nadie.</translation>
    </message>
    <message>
        <source>Who comes with her, and their beds</source>
        <translation>Quiénes vienen con ella y sus camas</translation>
    </message>
    <message>
        <source>Her bed:</source>
        <translation>Su cama:</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>no se sabe</translation>
    </message>
    <message>
        <source> nights</source>
        <translation> noches</translation>
    </message>
    <message>
        <source>For example: CEM Huaycán, officer on duty</source>
        <translation>Por ejemplo: CEM Huaycán, efectivo de turno</translation>
    </message>
    <message>
        <source>Admitted &amp;on:</source>
        <translation>Ingresó e&amp;l:</translation>
    </message>
    <message>
        <source>&amp;Referred by:</source>
        <translation>&amp;Derivada por:</translation>
    </message>
    <message>
        <source>Referral &amp;details:</source>
        <translation>D&amp;etalle de la derivación:</translation>
    </message>
    <message>
        <source>E&amp;xpected stay:</source>
        <translation>Estancia &amp;prevista:</translation>
    </message>
    <message>
        <source> (under 1 year)</source>
        <translation> (menos de 1 año)</translation>
    </message>
    <message>
        <source> (1 year)</source>
        <translation> (1 año)</translation>
    </message>
    <message>
        <source> ({age} years)</source>
        <translation> ({age} años)</translation>
    </message>
    <message numerus="yes">
        <source>%n of the family cannot have a free bed tonight and is not ticked: free a bed first, or admit them later.</source>
        <translation>
            <numerusform>%n persona de la familia no tiene cama libre esta noche y no está marcada: libere una cama primero o admítala más tarde.</numerusform>
            <numerusform>%n personas de la familia no tienen cama libre esta noche y no están marcadas: libere camas primero o admítalas más tarde.</numerusform>
        </translation>
    </message>
    <message>
        <source>Admitting: {name}</source>
        <translation>Ingresa: {name}</translation>
    </message>
</context>
<context>
    <name>AgendaView</name>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Whole centre</source>
        <translation>Todo el centro</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Hoy</translation>
    </message>
    <message>
        <source>&amp;Book appointment…</source>
        <translation>&amp;Agendar cita…</translation>
    </message>
    <message>
        <source>Record &amp;session</source>
        <translation>Registrar &amp;sesión</translation>
    </message>
    <message>
        <source>Mark &amp;missed</source>
        <translation>Marcar &amp;como no asistió</translation>
    </message>
    <message>
        <source>Ca&amp;ncel appointment</source>
        <translation>A&amp;nular cita</translation>
    </message>
    <message>
        <source>Agenda of:</source>
        <translation>Agenda de:</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Con</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>No asistió</translation>
    </message>
    <message>
        <source>(outreach)</source>
        <translation>(trabajo de calle)</translation>
    </message>
    <message>
        <source>This appointment was missed. Call her or book another one.</source>
        <translation>No asistió a esta cita. Llámela o agende otra.</translation>
    </message>
    <message numerus="yes">
        <source>Today: %n appointment(s)</source>
        <translation>
            <numerusform>Hoy: %n cita</numerusform>
            <numerusform>Hoy: %n citas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missed in the last two weeks</source>
        <translation>
            <numerusform>%n inasistencia en las últimas dos semanas</numerusform>
            <numerusform>%n inasistencias en las últimas dos semanas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up task(s) due</source>
        <translation>
            <numerusform>%n tarea de seguimiento pendiente</numerusform>
            <numerusform>%n tareas de seguimiento pendientes</numerusform>
        </translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
</context>
<context>
    <name>AlertsModel</name>
    <message>
        <source>Alert</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Left: {quantity} ({unit}) · reorder at {level}</source>
        <translation>Quedan: {quantity} ({unit}) · pedir al llegar a {level}</translation>
    </message>
    <message>
        <source>Lot {lot}: {quantity} ({unit}) expire on {expiry}, in {days} days</source>
        <translation>Lote {lot}: {quantity} ({unit}) vencen el {expiry}, en {days} días</translation>
    </message>
    <message>
        <source>Lot {lot}: {quantity} ({unit}) expired on {expiry}; write them off</source>
        <translation>Lote {lot}: {quantity} ({unit}) vencieron el {expiry}; deles de baja</translation>
    </message>
    <message>
        <source>Lot {lot}: {quantity} ({unit}) recalled; do not dispense, write off or send back</source>
        <translation>Lote {lot}: {quantity} ({unit}) retirados por alerta; no los entregue: deles de baja o devuélvalos</translation>
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
        <source>Person&apos;s file opened</source>
        <translation>Ficha de persona abierta</translation>
    </message>
    <message>
        <source>Duplicate records merged</source>
        <translation>Registros duplicados unidos</translation>
    </message>
    <message>
        <source>Person&apos;s file saved as PDF</source>
        <translation>Ficha de persona guardada en PDF</translation>
    </message>
    <message>
        <source>Consent recorded</source>
        <translation>Consentimiento registrado</translation>
    </message>
    <message>
        <source>Shared without her consent (exception)</source>
        <translation>Compartido sin su consentimiento (excepción)</translation>
    </message>
    <message>
        <source>Marked as never to be contacted</source>
        <translation>Marcado como «no contactar nunca»</translation>
    </message>
    <message>
        <source>“Never contact” mark removed</source>
        <translation>Marca «no contactar nunca» quitada</translation>
    </message>
    <message>
        <source>Session note read</source>
        <translation>Nota de sesión leída</translation>
    </message>
    <message>
        <source>Session note started</source>
        <translation>Nota de sesión iniciada</translation>
    </message>
    <message>
        <source>Session note signed</source>
        <translation>Nota de sesión firmada</translation>
    </message>
    <message>
        <source>Draft note discarded</source>
        <translation>Borrador de nota descartado</translation>
    </message>
    <message>
        <source>Addendum added to a note</source>
        <translation>Adenda agregada a una nota</translation>
    </message>
    <message>
        <source>Note restricted</source>
        <translation>Nota restringida</translation>
    </message>
    <message>
        <source>Note restriction lifted</source>
        <translation>Restricción de nota quitada</translation>
    </message>
    <message>
        <source>Appointment booked</source>
        <translation>Cita agendada</translation>
    </message>
    <message>
        <source>Group created</source>
        <translation>Grupo creado</translation>
    </message>
    <message>
        <source>Community activity recorded</source>
        <translation>Actividad comunitaria registrada</translation>
    </message>
    <message>
        <source>Note template saved</source>
        <translation>Plantilla de nota guardada</translation>
    </message>
    <message>
        <source>Intervention saved</source>
        <translation>Intervención guardada</translation>
    </message>
    <message>
        <source>Session summary saved as PDF</source>
        <translation>Resumen de sesiones guardado en PDF</translation>
    </message>
    <message>
        <source>Room added</source>
        <translation>Habitación agregada</translation>
    </message>
    <message>
        <source>Room removed</source>
        <translation>Habitación retirada</translation>
    </message>
    <message>
        <source>Bed added</source>
        <translation>Cama agregada</translation>
    </message>
    <message>
        <source>Bed removed</source>
        <translation>Cama retirada</translation>
    </message>
    <message>
        <source>Bed out of service</source>
        <translation>Cama fuera de servicio</translation>
    </message>
    <message>
        <source>Bed back in service</source>
        <translation>Cama de nuevo en servicio</translation>
    </message>
    <message>
        <source>Put on the waiting list</source>
        <translation>Puesta en lista de espera</translation>
    </message>
    <message>
        <source>Taken off the waiting list</source>
        <translation>Retirada de la lista de espera</translation>
    </message>
    <message>
        <source>Bed held</source>
        <translation>Cama reservada</translation>
    </message>
    <message>
        <source>Bed hold cancelled</source>
        <translation>Reserva de cama anulada</translation>
    </message>
    <message>
        <source>Admitted to the shelter</source>
        <translation>Ingreso al albergue</translation>
    </message>
    <message>
        <source>Moved to another bed</source>
        <translation>Traslado a otra cama</translation>
    </message>
    <message>
        <source>Left the shelter</source>
        <translation>Egreso del albergue</translation>
    </message>
    <message>
        <source>Starter medicine catalogue loaded</source>
        <translation>Catálogo inicial de medicamentos cargado</translation>
    </message>
    <message>
        <source>Medicine added to the catalogue</source>
        <translation>Medicamento agregado al catálogo</translation>
    </message>
    <message>
        <source>Medicine changed in the catalogue</source>
        <translation>Medicamento modificado en el catálogo</translation>
    </message>
    <message>
        <source>Lot recalled</source>
        <translation>Lote retirado</translation>
    </message>
    <message>
        <source>Lot status changed</source>
        <translation>Estado de lote cambiado</translation>
    </message>
    <message>
        <source>Stock movement reversed</source>
        <translation>Movimiento de existencias anulado</translation>
    </message>
    <message>
        <source>Stocktake posted</source>
        <translation>Inventario físico registrado</translation>
    </message>
    <message>
        <source>Store or botiquín added</source>
        <translation>Almacén o botiquín agregado</translation>
    </message>
    <message>
        <source>Store or botiquín changed</source>
        <translation>Almacén o botiquín modificado</translation>
    </message>
    <message>
        <source>User assigned to a botiquín</source>
        <translation>Usuario asignado a un botiquín</translation>
    </message>
    <message>
        <source>User removed from a botiquín</source>
        <translation>Usuario retirado de un botiquín</translation>
    </message>
    <message>
        <source>Data bundle exported</source>
        <translation>Paquete de datos exportado</translation>
    </message>
    <message>
        <source>Data bundle imported</source>
        <translation>Paquete de datos importado</translation>
    </message>
    <message>
        <source>Data bundle kept until the earlier one arrives</source>
        <translation>Paquete de datos guardado hasta que llegue el anterior</translation>
    </message>
    <message>
        <source>Kept data bundle dropped: its copy was missing or damaged</source>
        <translation>Paquete guardado descartado: su copia faltaba o estaba dañada</translation>
    </message>
    <message>
        <source>Site key trusted</source>
        <translation>Llave de sede aceptada</translation>
    </message>
    <message>
        <source>Site key file saved</source>
        <translation>Archivo de llave de la sede guardado</translation>
    </message>
    <message>
        <source>Statistics file written</source>
        <translation>Archivo de estadísticas guardado</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Copia de seguridad hecha</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Copia de seguridad restaurada</translation>
    </message>
    <message>
        <source>Central office keys created</source>
        <translation>Llaves de la oficina central creadas</translation>
    </message>
    <message>
        <source>Central office key saved</source>
        <translation>Llave de la oficina central guardada</translation>
    </message>
    <message>
        <source>Central office key imported</source>
        <translation>Llave de la oficina central importada</translation>
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
    <message>
        <source>Locked by hand</source>
        <translation>Bloqueo manual</translation>
    </message>
    <message>
        <source>Locked after a while without use</source>
        <translation>Bloqueo por un tiempo sin uso</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Agregados</translation>
    </message>
    <message>
        <source>Adjustments</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Allowed by</source>
        <translation>Permitido por</translation>
    </message>
    <message>
        <source>Bed</source>
        <translation>Cama</translation>
    </message>
    <message>
        <source>Beds</source>
        <translation>Camas</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Movimiento</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Campos</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Huella de la llave</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>From bed</source>
        <translation>De la cama</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>After change</source>
        <translation>Después del cambio</translation>
    </message>
    <message>
        <source>Full export</source>
        <translation>Exportación completa</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Otorgado</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <source>People with name</source>
        <translation>Personas con nombre</translation>
    </message>
    <message>
        <source>Private key saved</source>
        <translation>Llave privada guardada</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>Instituciones</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Líneas</translation>
    </message>
    <message>
        <source>Botiquín</source>
        <translation>Botiquín</translation>
    </message>
    <message>
        <source>Held at</source>
        <translation>Hay existencias en</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Hecha el</translation>
    </message>
    <message>
        <source>Record merged in</source>
        <translation>Registro unido</translation>
    </message>
    <message>
        <source>Records moved</source>
        <translation>Registros movidos</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevos</translation>
    </message>
    <message>
        <source>Night</source>
        <translation>Noche</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>People without name</source>
        <translation>Personas sin nombre</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalidad</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>People whose identity was removed</source>
        <translation>Personas cuya identidad se quitó</translation>
    </message>
    <message>
        <source>To count again</source>
        <translation>Por contar de nuevo</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Derivada por</translation>
    </message>
    <message>
        <source>Replaced the earlier key</source>
        <translation>Reemplazó la llave anterior</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Habitación</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>Count sheet</source>
        <translation>Hoja de conteo</translation>
    </message>
    <message>
        <source>To bed</source>
        <translation>A la cama</translation>
    </message>
    <message>
        <source>Up to change</source>
        <translation>Hasta el cambio</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizados</translation>
    </message>
    <message>
        <source>To an institution</source>
        <translation>A una institución</translation>
    </message>
    <message>
        <source>To the central office</source>
        <translation>A la oficina central</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Estadísticas</translation>
    </message>
    <message>
        <source>Her own copy</source>
        <translation>Su propia copia</translation>
    </message>
    <message>
        <source>her consent</source>
        <translation>su consentimiento</translation>
    </message>
    <message>
        <source>an exception</source>
        <translation>una excepción</translation>
    </message>
    <message>
        <source>backup folder</source>
        <translation>carpeta de copias</translation>
    </message>
    <message>
        <source>another folder or USB stick</source>
        <translation>otra carpeta o memoria USB</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>esta computadora</translation>
    </message>
    <message>
        <source>central database</source>
        <translation>base de datos central</translation>
    </message>
    <message>
        <source>recovery code</source>
        <translation>código de recuperación</translation>
    </message>
    <message>
        <source>from the site&apos;s key file</source>
        <translation>con el archivo de llave de la sede</translation>
    </message>
    <message>
        <source>on its first import</source>
        <translation>en su primera importación</translation>
    </message>
    <message>
        <source>central store</source>
        <translation>almacén central</translation>
    </message>
    <message>
        <source>botiquín</source>
        <translation>botiquín</translation>
    </message>
    <message>
        <source>{field}: {value}</source>
        <translation>{field}: {value}</translation>
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
    <message numerus="yes">
        <source>The encryption check (SQLCipher) found %n damaged page(s). Make no more changes and restore the last backup.</source>
        <translation>
            <numerusform>La verificación del cifrado (SQLCipher) encontró %n página dañada. No haga más cambios y restaure la última copia de seguridad.</numerusform>
            <numerusform>La verificación del cifrado (SQLCipher) encontró %n páginas dañadas. No haga más cambios y restaure la última copia de seguridad.</numerusform>
        </translation>
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
    <name>BackupReminder</name>
    <message>
        <source>No backup has been made yet: make one in Exchange → Backups.</source>
        <translation>Aún no hay copia de seguridad: hágala en Intercambio → Copias de seguridad.</translation>
    </message>
    <message numerus="yes">
        <source>The last backup is %n days old: make one in Exchange → Backups.</source>
        <translation>
            <numerusform>La última copia es de hace %n día: haga una en Intercambio → Copias de seguridad.</numerusform>
            <numerusform>La última copia es de hace %n días: haga una en Intercambio → Copias de seguridad.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupView</name>
    <message>
        <source>&amp;Back up now</source>
        <translation>Hacer &amp;copia ahora</translation>
    </message>
    <message>
        <source>Back up to a &amp;USB stick…</source>
        <translation>Copiar a una &amp;memoria USB…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurar…</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Copia de seguridad</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>A backup is an encrypted copy of this site&apos;s records: it opens only with a user&apos;s password or the recovery code. Copies are kept in the data folder (thinned out over time); keep one on a USB stick away from this PC too.</source>
        <translation>Una copia de seguridad es una copia cifrada de los registros de esta sede: solo se abre con la contraseña de un usuario o con el código de recuperación. Las copias se guardan en la carpeta de datos (con el tiempo se conservan menos); guarde también una en una memoria USB, lejos de esta PC.</translation>
    </message>
    <message>
        <source>Recent backups in the data folder</source>
        <translation>Copias recientes en la carpeta de datos</translation>
    </message>
    <message>
        <source>Last backup: never</source>
        <translation>Última copia: nunca</translation>
    </message>
    <message>
        <source>Last backup: {when} (today)</source>
        <translation>Última copia: {when} (hoy)</translation>
    </message>
    <message numerus="yes">
        <source>Last backup: {when} (%n day(s) ago)</source>
        <translation>
            <numerusform>Última copia: {when} (hace %n día)</numerusform>
            <numerusform>Última copia: {when} (hace %n días)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Make a backup: the last one is older than %n day(s) (the reminder set in Administration → Settings). A lost or broken PC would take everything entered since with it.</source>
        <translation>
            <numerusform>Haga una copia de seguridad: la última tiene más de %n día (el recordatorio fijado en Administración → Configuración). Si la PC se pierde o se malogra, se perdería todo lo ingresado desde entonces.</numerusform>
            <numerusform>Haga una copia de seguridad: la última tiene más de %n días (el recordatorio fijado en Administración → Configuración). Si la PC se pierde o se malogra, se perdería todo lo ingresado desde entonces.</numerusform>
        </translation>
    </message>
    <message>
        <source>No backup has been made yet. Make one now, and keep a copy on a USB stick away from this PC.</source>
        <translation>Todavía no se hizo ninguna copia de seguridad. Haga una ahora y guarde una copia en una memoria USB, lejos de esta PC.</translation>
    </message>
    <message>
        <source>Backups are kept in {folder}</source>
        <translation>Las copias se guardan en {folder}</translation>
    </message>
    <message>
        <source>Making a backup…</source>
        <translation>Haciendo la copia de seguridad…</translation>
    </message>
    <message>
        <source>Folder on the USB stick</source>
        <translation>Carpeta en la memoria USB</translation>
    </message>
    <message>
        <source>Backup written: {path} ({size}).</source>
        <translation>Copia guardada: {path} ({size}).</translation>
    </message>
    <message>
        <source>Backup to restore</source>
        <translation>Copia que se restaurará</translation>
    </message>
    <message>
        <source>Clinic Desk backups (*.cdbackup);;All files (*)</source>
        <translation>Copias de Clinic Desk (*.cdbackup);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Checking and restoring the backup…</source>
        <translation>Verificando y restaurando la copia…</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>The backup of {when} is in place (checked: encryption, structure and an audit log of {entries} entries). The data it replaced is kept in {folder}. Log in again to continue.</source>
        <translation>La copia del {when} ya está en uso (verificada: cifrado, estructura y un registro de auditoría de {entries} entradas). Los datos que reemplazó se guardan en {folder}. Ingrese de nuevo para continuar.</translation>
    </message>
    <message>
        <source>Nothing was restored: {reason} Log in again to continue.</source>
        <translation>No se restauró nada: {reason} Ingrese de nuevo para continuar.</translation>
    </message>
</context>
<context>
    <name>BatchModel</name>
    <message>
        <source>Lot</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Días restantes</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
</context>
<context>
    <name>BedDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Name or number:</source>
        <translation>&amp;Nombre o número:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
</context>
<context>
    <name>BedTile</name>
    <message>
        <source>night {n}</source>
        <translation>noche {n}</translation>
    </message>
    <message>
        <source>alone</source>
        <translation>sola</translation>
    </message>
    <message>
        <source>with 1 child</source>
        <translation>con 1 hija o hijo</translation>
    </message>
    <message>
        <source>with {n} children</source>
        <translation>con {n} hijas e hijos</translation>
    </message>
    <message>
        <source>with {name}</source>
        <translation>con {name}</translation>
    </message>
    <message>
        <source>until {time}</source>
        <translation>hasta las {time}</translation>
    </message>
    <message>
        <source>Enter to admit or hold</source>
        <translation>Enter para ingresar o reservar</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <source>No rooms yet. An administrator adds rooms and beds in &quot;Rooms and beds&quot;.</source>
        <translation>Todavía no hay habitaciones. Una administradora las agrega en &quot;Habitaciones y camas&quot;.</translation>
    </message>
    <message>
        <source>{room} — {free} free of {total}</source>
        <translation>{room} — {free} libres de {total}</translation>
    </message>
</context>
<context>
    <name>BookDialog</name>
    <message>
        <source>Book an appointment</source>
        <translation>Agendar una cita</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Cuándo:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Duración:</translation>
    </message>
    <message>
        <source>&amp;Counsellor:</source>
        <translation>&amp;Profesional:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Grupo:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>Persona:</translation>
    </message>
</context>
<context>
    <name>CardModel</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Movimiento</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Ingreso</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>From / to / reason</source>
        <translation>Origen / destino / motivo</translation>
    </message>
    <message>
        <source>registered person</source>
        <translation>persona registrada</translation>
    </message>
    <message>
        <source>reverses: {kind} of {date}</source>
        <translation>anula: {kind} del {date}</translation>
    </message>
    <message>
        <source>reverses an earlier entry</source>
        <translation>anula un movimiento anterior</translation>
    </message>
    <message>
        <source>reversed on {date}</source>
        <translation>anulado el {date}</translation>
    </message>
    <message>
        <source>{kind} (reversal)</source>
        <translation>{kind} (anulación)</translation>
    </message>
</context>
<context>
    <name>CardView</name>
    <message>
        <source>&amp;Medicine:</source>
        <translation>Medicam&amp;ento:</translation>
    </message>
    <message>
        <source>&amp;Whole history</source>
        <translation>&amp;Todo el historial</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>Save as C&amp;SV…</source>
        <translation>Guardar como C&amp;SV…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Guardar como &amp;PDF…</translation>
    </message>
    <message>
        <source>Re&amp;verse…</source>
        <translation>A&amp;nular…</translation>
    </message>
    <message>
        <source>Correct a mistake: a new entry cancels the selected one</source>
        <translation>Corregir un error: un movimiento nuevo anula el seleccionado</translation>
    </message>
    <message>
        <source>Stock card</source>
        <translation>Kárdex (tarjeta de control visible)</translation>
    </message>
    <message>
        <source>No movements to show</source>
        <translation>No hay movimientos que mostrar</translation>
    </message>
    <message>
        <source>Choose a medicine. Every receipt, dispensing, transfer, adjustment and count of it at this location is listed here with the balance after it.</source>
        <translation>Elija un medicamento. Aquí aparece cada ingreso, entrega, transferencia, ajuste e inventario físico de ese medicamento en este lugar, con el saldo después de cada uno.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{item}&lt;/b&gt; ({code}) at &lt;b&gt;{location}&lt;/b&gt; · unit: {unit} · opening balance {opening} · closing balance &lt;b&gt;{closing}&lt;/b&gt; · {count} movements</source>
        <translation>&lt;b&gt;{item}&lt;/b&gt; ({code}) en &lt;b&gt;{location}&lt;/b&gt; · unidad: {unit} · saldo inicial {opening} · saldo final &lt;b&gt;{closing}&lt;/b&gt; · {count} movimientos</translation>
    </message>
    <message>
        <source>Entry reversed: the new entry at the end of the card cancels it.</source>
        <translation>Movimiento anulado: el movimiento nuevo al final de la tarjeta lo anula.</translation>
    </message>
    <message>
        <source>Save the stock card as CSV</source>
        <translation>Guardar el kárdex como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saving the stock card…</source>
        <translation>Guardando el kárdex…</translation>
    </message>
    <message>
        <source>Save the stock card as PDF</source>
        <translation>Guardar el kárdex como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Making the stock card PDF…</source>
        <translation>Preparando el PDF del kárdex…</translation>
    </message>
</context>
<context>
    <name>CaseTaskButtons</name>
    <message>
        <source>Add follow-up &amp;task…</source>
        <translation>Agregar &amp;tarea de seguimiento…</translation>
    </message>
    <message>
        <source>&amp;Mark task done</source>
        <translation>&amp;Marcar tarea como hecha</translation>
    </message>
    <message>
        <source>Find a person first.</source>
        <translation>Primero busque a una persona.</translation>
    </message>
    <message>
        <source>Choose a task in the list first.</source>
        <translation>Primero elija una tarea de la lista.</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>&amp;New session with her</source>
        <translation>&amp;Nueva sesión con ella</translation>
    </message>
    <message>
        <source>Risk over time</source>
        <translation>Riesgo en el tiempo</translation>
    </message>
    <message>
        <source>Open follow-up tasks</source>
        <translation>Tareas de seguimiento pendientes</translation>
    </message>
    <message>
        <source>Next appointments</source>
        <translation>Próximas citas</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Find a person to see her case.</source>
        <translation>Busque a una persona para ver su caso.</translation>
    </message>
    <message numerus="yes">
        <source>Current risk: {level} · %n session(s)</source>
        <translation>
            <numerusform>Riesgo actual: {level} · %n sesión</numerusform>
            <numerusform>Riesgo actual: {level} · %n sesiones</numerusform>
        </translation>
    </message>
    <message>
        <source>{due} — {title}</source>
        <translation>{due} — {title}</translation>
    </message>
    <message>
        <source>{text} (overdue)</source>
        <translation>{text} (vencida)</translation>
    </message>
    <message>
        <source>No open tasks.</source>
        <translation>No hay tareas pendientes.</translation>
    </message>
    <message>
        <source>{when} with {who}</source>
        <translation>{when} con {who}</translation>
    </message>
    <message>
        <source>No appointment booked.</source>
        <translation>No tiene citas agendadas.</translation>
    </message>
    <message>
        <source>You can see that this session took place, not what was said.</source>
        <translation>Usted puede ver que esta sesión se realizó, pero no lo que se conversó.</translation>
    </message>
</context>
<context>
    <name>CatalogueModel</name>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Generic name</source>
        <translation>Nombre genérico (DCI)</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Concentración</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Forma farmacéutica</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Therapeutic group</source>
        <translation>Grupo terapéutico</translation>
    </message>
    <message>
        <source>Can be split</source>
        <translation>Se puede partir</translation>
    </message>
    <message>
        <source>GTIN (barcode)</source>
        <translation>GTIN (código de barras)</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>En uso</translation>
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
        <source>no longer used</source>
        <translation>ya no se usa</translation>
    </message>
</context>
<context>
    <name>CatalogueView</name>
    <message>
        <source>Medicine catalogue</source>
        <translation>Catálogo de medicamentos</translation>
    </message>
    <message>
        <source>Filter by name, code or group</source>
        <translation>Filtrar por nombre, código o grupo</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>Bu&amp;scar:</translation>
    </message>
    <message>
        <source>&amp;Add medicine…</source>
        <translation>A&amp;gregar medicamento…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Re&amp;call a lot…</source>
        <translation>&amp;Retirar un lote…</translation>
    </message>
    <message>
        <source>Load the &amp;starter catalogue</source>
        <translation>Cargar el catálogo i&amp;nicial</translation>
    </message>
    <message>
        <source>Adds the common essential medicines that are not in the catalogue yet</source>
        <translation>Agrega los medicamentos esenciales de uso común que aún no están en el catálogo</translation>
    </message>
    <message>
        <source>The medicines every botiquín can hold. A medicine no longer used stays in the history; untick “In use” instead of deleting it.</source>
        <translation>Los medicamentos que puede tener cada botiquín. Un medicamento que ya no se usa se queda en el historial: desmarque «En uso» en lugar de borrarlo.</translation>
    </message>
    <message>
        <source>Still held at: {codes}. Write it off or send it back to the central store.</source>
        <translation>Todavía hay en: {codes}. Dele de baja o devuélvalo al almacén central.</translation>
    </message>
    <message>
        <source>Medicine added.</source>
        <translation>Medicamento agregado.</translation>
    </message>
    <message>
        <source>Medicine saved.</source>
        <translation>Medicamento guardado.</translation>
    </message>
    <message>
        <source>Lot recalled everywhere.</source>
        <translation>Lote retirado en todos los lugares.</translation>
    </message>
    <message>
        <source>{n} medicines added.</source>
        <translation>Se agregaron {n} medicamentos.</translation>
    </message>
</context>
<context>
    <name>CommunityView</name>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>&amp;Dónde:</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>T&amp;ema:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation>&amp;Sector:</translation>
    </message>
    <message>
        <source>&amp;Facilitators:</source>
        <translation>Fac&amp;ilitadoras:</translation>
    </message>
    <message>
        <source>People who took part (nobody is named)</source>
        <translation>Participantes (no se registran nombres)</translation>
    </message>
    <message>
        <source>&amp;Save activity</source>
        <translation>&amp;Guardar actividad</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Recent activities</source>
        <translation>Actividades recientes</translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <source>Kind of record</source>
        <translation>Tipo de registro</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Kept value</source>
        <translation>Valor que quedó</translation>
    </message>
    <message>
        <source>Overwritten value</source>
        <translation>Valor reemplazado</translation>
    </message>
    <message>
        <source>Site that lost</source>
        <translation>Sede cuyo cambio no quedó</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>No conflicts: no two sites changed the same record differently.</source>
        <translation>Sin conflictos: ninguna sede cambió el mismo registro de otra manera.</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>When two sites changed the same record, the later change is kept and the other value is listed here so someone can check it.</source>
        <translation>Cuando dos sedes cambiaron el mismo registro, queda el cambio más reciente y el otro valor aparece aquí para que alguien lo revise.</translation>
    </message>
    <message>
        <source>this office</source>
        <translation>esta oficina</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(quitado)</translation>
    </message>
</context>
<context>
    <name>ConsentBox</name>
    <message>
        <source>Her consent</source>
        <translation>Su consentimiento</translation>
    </message>
    <message>
        <source>Read each one to her in her language. She may say no to any of the last three and still receive every service.</source>
        <translation>Léale cada uno en su idioma. Puede decir que no a cualquiera de los tres últimos y seguirá recibiendo todos los servicios.</translation>
    </message>
    <message>
        <source>With which institutions?</source>
        <translation>¿Con qué instituciones?</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Record her consent</source>
        <translation>Registrar su consentimiento</translation>
    </message>
    <message>
        <source>Each decision is kept with the date and who recorded it. A withdrawal is a new decision; the earlier ones stay in the history.</source>
        <translation>Cada decisión se guarda con la fecha y quién la registró. Retirar el consentimiento es una nueva decisión; las anteriores quedan en el historial.</translation>
    </message>
    <message>
        <source>Kind of consent</source>
        <translation>Tipo de consentimiento</translation>
    </message>
    <message>
        <source>She gives her consent</source>
        <translation>Ella da su consentimiento</translation>
    </message>
    <message>
        <source>She withdraws her consent</source>
        <translation>Ella retira su consentimiento</translation>
    </message>
    <message>
        <source>Her decision</source>
        <translation>Su decisión</translation>
    </message>
    <message>
        <source>Institutions she agrees to share with</source>
        <translation>Instituciones con las que acepta compartir</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Add an emergency contact</source>
        <translation>Agregar un contacto de emergencia</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Relation to her</source>
        <translation>Relación con ella</translation>
    </message>
    <message>
        <source>e.g. sister, neighbour</source>
        <translation>p. ej. hermana, vecina</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>NEVER CONTACT — this person is the aggressor</source>
        <translation>NUNCA CONTACTAR — esta persona es el agresor</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>DischargeDialog</name>
    <message>
        <source>Discharge</source>
        <translation>Egreso</translation>
    </message>
    <message>
        <source>&amp;Discharge</source>
        <translation>&amp;Registrar egreso</translation>
    </message>
    <message>
        <source>{name}, admitted on {date}</source>
        <translation>{name}, ingresó el {date}</translation>
    </message>
    <message>
        <source>Leaving with her</source>
        <translation>Salen con ella</translation>
    </message>
    <message>
        <source>Where she goes: a relative&apos;s home, an institution…</source>
        <translation>A dónde va: casa de un familiar, una institución…</translation>
    </message>
    <message>
        <source>Left &amp;on:</source>
        <translation>&amp;Salió el:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>D&amp;estination:</source>
        <translation>&amp;Destino:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
</context>
<context>
    <name>DispenseDialog</name>
    <message>
        <source>Dispense medicine</source>
        <translation>Entregar medicamento</translation>
    </message>
    <message>
        <source>e.g. 12</source>
        <translation>p. ej. 12</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>Take</source>
        <translation>Tomar</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Optional: who prescribed it</source>
        <translation>Opcional: quién lo recetó</translation>
    </message>
    <message>
        <source>&amp;Medicine:</source>
        <translation>&amp;Medicamento:</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Cantidad:</translation>
    </message>
    <message>
        <source>Lots to use:</source>
        <translation>Lotes a usar:</translation>
    </message>
    <message>
        <source>&amp;Patient:</source>
        <translation>&amp;Paciente:</translation>
    </message>
    <message>
        <source>Looking up registered people is not available here: write a reference in the note if needed.</source>
        <translation>Aquí no se puede buscar a las personas registradas: si hace falta, escriba una referencia en la nota.</translation>
    </message>
    <message>
        <source>&amp;Prescribed by:</source>
        <translation>&amp;Recetado por:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ota:</translation>
    </message>
    <message>
        <source>&amp;Dispense</source>
        <translation>&amp;Entregar</translation>
    </message>
    <message>
        <source>Choose a medicine: the lots that expire first are suggested here.</source>
        <translation>Elija un medicamento: aquí se sugieren primero los lotes que vencen antes.</translation>
    </message>
    <message>
        <source>Available to dispense: {available} ({unit}). The lots that expire first are used first:</source>
        <translation>Disponible para entregar: {available} ({unit}). Se usan primero los lotes que vencen antes:</translation>
    </message>
    <message>
        <source>Expires soon</source>
        <translation>Vence pronto</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <source>Not usable: {why}</source>
        <translation>No se puede usar: {why}</translation>
    </message>
    <message>
        <source>Only {available} ({unit}) are on hand: {short} missing.</source>
        <translation>Solo hay {available} ({unit}) en existencia: faltan {short}.</translation>
    </message>
    <message>
        <source>Choose a medicine from the list.</source>
        <translation>Elija un medicamento de la lista.</translation>
    </message>
</context>
<context>
    <name>DuplicatesPanel</name>
    <message>
        <source>Already registered?</source>
        <translation>¿Ya está registrada?</translation>
    </message>
    <message>
        <source>As you type her names, DNI or date of birth, people already registered who may be her appear here, so no one gets two records.</source>
        <translation>Mientras escribe sus nombres, DNI o fecha de nacimiento, aquí aparecen las personas ya registradas que podrían ser ella, para que nadie tenga dos fichas.</translation>
    </message>
    <message>
        <source>Maybe already registered</source>
        <translation>Quizá ya está registrada</translation>
    </message>
    <message>
        <source>Check with her before registering anyone again. Open the existing record instead if it is the same person.</source>
        <translation>Confírmelo con ella antes de registrar a alguien otra vez. Si es la misma persona, abra la ficha que ya existe.</translation>
    </message>
    <message>
        <source>Possible matches for “{name}”:</source>
        <translation>Posibles coincidencias para «{name}»:</translation>
    </message>
    <message>
        <source>Why: {reason}</source>
        <translation>Motivo: {reason}</translation>
    </message>
    <message>
        <source>born {date}</source>
        <translation>nació el {date}</translation>
    </message>
    <message>
        <source>age {age}</source>
        <translation>edad {age}</translation>
    </message>
    <message>
        <source>Open existing record</source>
        <translation>Abrir la ficha existente</translation>
    </message>
</context>
<context>
    <name>EditPersonDialog</name>
    <message>
        <source>Edit her details</source>
        <translation>Editar sus datos</translation>
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
    <name>ExchangePage</name>
    <message>
        <source>Exchange</source>
        <translation>Intercambio</translation>
    </message>
    <message>
        <source>&amp;Import bundles</source>
        <translation>&amp;Importar paquetes</translation>
    </message>
    <message>
        <source>&amp;Conflicts</source>
        <translation>&amp;Conflictos</translation>
    </message>
    <message>
        <source>&amp;Export to USB</source>
        <translation>&amp;Exportar a USB</translation>
    </message>
    <message>
        <source>&amp;Statistics</source>
        <translation>E&amp;stadísticas</translation>
    </message>
    <message>
        <source>&amp;Backups</source>
        <translation>Copias de se&amp;guridad</translation>
    </message>
    <message>
        <source>&amp;Keys</source>
        <translation>&amp;Llaves</translation>
    </message>
</context>
<context>
    <name>ExchangeTables</name>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Hogares</translation>
    </message>
    <message>
        <source>Household members</source>
        <translation>Integrantes del hogar</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consentimientos</translation>
    </message>
    <message>
        <source>Emergency contacts</source>
        <translation>Contactos de emergencia</translation>
    </message>
    <message>
        <source>Risk assessments</source>
        <translation>Evaluaciones de riesgo</translation>
    </message>
    <message>
        <source>Safety plans</source>
        <translation>Planes de seguridad</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Derivaciones</translation>
    </message>
    <message>
        <source>Services given</source>
        <translation>Servicios brindados</translation>
    </message>
    <message>
        <source>Screenings</source>
        <translation>Tamizajes</translation>
    </message>
    <message>
        <source>Merged records</source>
        <translation>Registros unidos</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Session attendance</source>
        <translation>Asistencia a sesiones</translation>
    </message>
    <message>
        <source>Session counsellors</source>
        <translation>Consejeras de las sesiones</translation>
    </message>
    <message>
        <source>Note addenda</source>
        <translation>Adendas de notas</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Citas</translation>
    </message>
    <message>
        <source>Follow-up tasks</source>
        <translation>Tareas de seguimiento</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <source>Group members</source>
        <translation>Integrantes de grupos</translation>
    </message>
    <message>
        <source>Community activities</source>
        <translation>Actividades comunitarias</translation>
    </message>
    <message>
        <source>Note templates</source>
        <translation>Plantillas de notas</translation>
    </message>
    <message>
        <source>Intervention types</source>
        <translation>Tipos de intervención</translation>
    </message>
    <message>
        <source>Shelter rooms</source>
        <translation>Habitaciones del albergue</translation>
    </message>
    <message>
        <source>Beds</source>
        <translation>Camas</translation>
    </message>
    <message>
        <source>Shelter stays</source>
        <translation>Estancias en el albergue</translation>
    </message>
    <message>
        <source>Bed assignments</source>
        <translation>Asignaciones de cama</translation>
    </message>
    <message>
        <source>Beds out of service</source>
        <translation>Camas fuera de servicio</translation>
    </message>
    <message>
        <source>Bed holds</source>
        <translation>Reservas de cama</translation>
    </message>
    <message>
        <source>Waitlist</source>
        <translation>Lista de espera</translation>
    </message>
    <message>
        <source>Medicines and supplies</source>
        <translation>Medicamentos e insumos</translation>
    </message>
    <message>
        <source>Medicine kits</source>
        <translation>Botiquines</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>Lotes</translation>
    </message>
    <message>
        <source>Stock movements</source>
        <translation>Movimientos de existencias</translation>
    </message>
    <message>
        <source>Stock counts</source>
        <translation>Inventarios físicos</translation>
    </message>
    <message>
        <source>Stock count lines</source>
        <translation>Líneas de inventario físico</translation>
    </message>
    <message>
        <source>Reorder levels</source>
        <translation>Puntos de reposición</translation>
    </message>
    <message>
        <source>Kit assignments</source>
        <translation>Asignaciones de botiquín</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sedes</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>User roles</source>
        <translation>Roles de usuario</translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation>Entradas del registro de auditoría</translation>
    </message>
    <message>
        <source>People without their name (pseudonymised)</source>
        <translation>Personas sin su nombre (con seudónimo)</translation>
    </message>
</context>
<context>
    <name>ExpiringModel</name>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Días restantes</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
</context>
<context>
    <name>ExpiringView</name>
    <message>
        <source>Expiring within how many days</source>
        <translation>Vencen dentro de cuántos días</translation>
    </message>
    <message>
        <source>E&amp;xpiring within:</source>
        <translation>&amp;Vencen dentro de:</translation>
    </message>
    <message>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <source>Save as C&amp;SV…</source>
        <translation>Guardar como C&amp;SV…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Guardar como &amp;PDF…</translation>
    </message>
    <message>
        <source>Expiring lots</source>
        <translation>Lotes por vencer</translation>
    </message>
    <message>
        <source>No lot expires within that time</source>
        <translation>Ningún lote vence en ese plazo</translation>
    </message>
    <message>
        <source>Lots that expire within the days chosen above, and expired lots still on the shelf, are listed here, soonest first.</source>
        <translation>Aquí aparecen los lotes que vencen dentro de los días elegidos arriba y los lotes vencidos que siguen en el estante, primero los más próximos.</translation>
    </message>
    <message>
        <source>&amp;Only {name}</source>
        <translation>&amp;Solo {name}</translation>
    </message>
    <message>
        <source>&amp;Only this botiquín</source>
        <translation>&amp;Solo este botiquín</translation>
    </message>
    <message>
        <source>Lots expiring within {days} days: &lt;b&gt;{count}&lt;/b&gt; · locations: {places} · already expired, to write off: &lt;b&gt;{expired}&lt;/b&gt;</source>
        <translation>Lotes que vencen dentro de {days} días: &lt;b&gt;{count}&lt;/b&gt; · lugares: {places} · ya vencidos, para dar de baja: &lt;b&gt;{expired}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>expiring-lots</source>
        <translation>lotes-por-vencer</translation>
    </message>
    <message>
        <source>Save the expiring lots as CSV</source>
        <translation>Guardar los lotes por vencer como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saving the expiring lots…</source>
        <translation>Guardando los lotes por vencer…</translation>
    </message>
    <message>
        <source>Save the expiring lots as PDF</source>
        <translation>Guardar los lotes por vencer como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Making the expiring lots PDF…</source>
        <translation>Creando el PDF de los lotes por vencer…</translation>
    </message>
</context>
<context>
    <name>ExportView</name>
    <message>
        <source>Central office key file</source>
        <translation>Archivo de llave de la oficina central</translation>
    </message>
    <message>
        <source>Key files (*.json);;All files (*)</source>
        <translation>Archivos de llave (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import central office &amp;key…</source>
        <translation>Importar la &amp;llave de la oficina central…</translation>
    </message>
    <message>
        <source>No folder chosen yet</source>
        <translation>Aún no eligió una carpeta</translation>
    </message>
    <message>
        <source>&amp;Choose folder…</source>
        <translation>&amp;Elegir carpeta…</translation>
    </message>
    <message>
        <source>&amp;Only what changed since the last export</source>
        <translation>&amp;Solo lo que cambió desde el último envío</translation>
    </message>
    <message>
        <source>&amp;Everything (a full export)</source>
        <translation>&amp;Todo (exportación completa)</translation>
    </message>
    <message>
        <source>&amp;See what will travel</source>
        <translation>&amp;Ver qué se enviará</translation>
    </message>
    <message>
        <source>&amp;Write the bundle</source>
        <translation>&amp;Guardar el paquete</translation>
    </message>
    <message>
        <source>USB stick folder</source>
        <translation>Carpeta de la memoria USB</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Qué exportar</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Tipo de registro</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Se envían</translation>
    </message>
    <message>
        <source>Stay at this site</source>
        <translation>Se quedan en esta sede</translation>
    </message>
    <message>
        <source>An export puts what changed at this site into one encrypted file for the central office. Only what each woman&apos;s consent allows travels with her name; everyone else travels as a code with figures for planning.</source>
        <translation>Una exportación pone lo que cambió en esta sede en un solo archivo cifrado para la oficina central. Solo viaja con su nombre lo que permite el consentimiento de cada mujer; las demás personas viajan como un código con cifras para la planificación.</translation>
    </message>
    <message>
        <source>This site has not imported the central office&apos;s key yet, so it cannot export. Ask the central office for its key file (made there with clinic-desk keys central-init), then choose it with &quot;Import central office key…&quot; (or run clinic-desk keys central-import FILE).</source>
        <translation>Esta sede todavía no importó la llave de la oficina central, así que no puede exportar. Pida a la oficina central su archivo de llave (se hace allá con clinic-desk keys central-init) y luego elíjalo con &quot;Importar la llave de la oficina central…&quot; (o ejecute clinic-desk keys central-import ARCHIVO).</translation>
    </message>
    <message>
        <source>Last export: {when} ({file}).</source>
        <translation>Último envío: {when} ({file}).</translation>
    </message>
    <message>
        <source>Nothing has been exported to this central office yet: the first export takes everything.</source>
        <translation>Todavía no se exportó nada a esta oficina central: la primera exportación lleva todo.</translation>
    </message>
    <message>
        <source>Central office key imported. Fingerprint: {fp}</source>
        <translation>Llave de la oficina central importada. Huella de la llave: {fp}</translation>
    </message>
    <message>
        <source>Folder on the USB stick</source>
        <translation>Carpeta en la memoria USB</translation>
    </message>
    <message>
        <source>Counting what will travel…</source>
        <translation>Contando lo que se enviará…</translation>
    </message>
    <message>
        <source>The first export to this central office takes everything this site holds, shaped by consent.</source>
        <translation>La primera exportación a esta oficina central lleva todo lo que tiene esta sede, según los consentimientos.</translation>
    </message>
    <message>
        <source>A full export: everything this site holds, shaped by consent.</source>
        <translation>Una exportación completa: todo lo que tiene esta sede, según los consentimientos.</translation>
    </message>
    <message numerus="yes">
        <source>Changes since the last export (%n change(s)).</source>
        <translation>
            <numerusform>Cambios desde el último envío (%n cambio).</numerusform>
            <numerusform>Cambios desde el último envío (%n cambios).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people travel with their name: their consent covers sending their record to the central office.</source>
        <translation>
            <numerusform>%n persona viaja con su nombre: su consentimiento permite enviar su registro a la oficina central.</numerusform>
            <numerusform>%n personas viajan con su nombre: su consentimiento permite enviar su registro a la oficina central.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people travel without their name, as a code with age band, sector, violence types, risk level and counts — enough for planning.</source>
        <translation>
            <numerusform>%n persona viaja sin su nombre, como un código con grupo de edad, sector, tipos de violencia, nivel de riesgo y conteos: lo suficiente para planificar.</numerusform>
            <numerusform>%n personas viajan sin su nombre, como un código con grupo de edad, sector, tipos de violencia, nivel de riesgo y conteos: lo suficiente para planificar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people withdrew their consent: the central office will remove their name and notes and keep only their figures.</source>
        <translation>
            <numerusform>%n persona retiró su consentimiento: la oficina central quitará su nombre y sus notas y se quedará solo con sus cifras.</numerusform>
            <numerusform>%n personas retiraron su consentimiento: la oficina central quitará su nombre y sus notas y se quedará solo con sus cifras.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stays at this site: %n record(s) of people without that consent, the text of notes that are not covered by everyone&apos;s consent, and the details of the audit log (only its fingerprints travel).</source>
        <translation>
            <numerusform>Se queda en esta sede: %n registro de personas sin ese consentimiento, el texto de las notas que no cubre el consentimiento de todas las personas, y el detalle del registro de auditoría (solo viajan sus huellas).</numerusform>
            <numerusform>Se queda en esta sede: %n registros de personas sin ese consentimiento, el texto de las notas que no cubre el consentimiento de todas las personas, y el detalle del registro de auditoría (solo viajan sus huellas).</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the folder on the USB stick to write the bundle.</source>
        <translation>Elija la carpeta de la memoria USB donde guardar el paquete.</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>Guardando el paquete…</translation>
    </message>
    <message>
        <source>Bundle written and checked: {path} ({size}). It was read back from the stick: it is safe to remove it.</source>
        <translation>Paquete guardado y verificado: {path} ({size}). Se volvió a leer desde la memoria: ya puede retirarla con seguridad.</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Exportación cancelada; no se guardó nada.</translation>
    </message>
</context>
<context>
    <name>FileDialog</name>
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
    <name>FormDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>GroupsView</name>
    <message>
        <source>Show groups that no longer meet</source>
        <translation>Mostrar los grupos que ya no se reúnen</translation>
    </message>
    <message>
        <source>&amp;New group</source>
        <translation>&amp;Nuevo grupo</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <source>e.g. Las Pioneras</source>
        <translation>p. ej. Las Pioneras</translation>
    </message>
    <message>
        <source>The group meets</source>
        <translation>El grupo se reúne</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>N&amp;ombre:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <source>&amp;About the group:</source>
        <translation>&amp;Sobre el grupo:</translation>
    </message>
    <message>
        <source>Facilitator:</source>
        <translation>Facilitadora/or:</translation>
    </message>
    <message>
        <source>&amp;Save group</source>
        <translation>&amp;Guardar grupo</translation>
    </message>
    <message>
        <source>Show women who left</source>
        <translation>Mostrar a las mujeres que salieron</translation>
    </message>
    <message>
        <source>&amp;Remove from the group</source>
        <translation>&amp;Quitar del grupo</translation>
    </message>
    <message>
        <source>Start a &amp;group session…</source>
        <translation>Iniciar una sesión &amp;grupal…</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Integrantes</translation>
    </message>
    <message>
        <source>Add a member:</source>
        <translation>Agregar una integrante:</translation>
    </message>
    <message numerus="yes">
        <source>{name} (%n member(s))</source>
        <translation>
            <numerusform>{name} (%n integrante)</numerusform>
            <numerusform>{name} (%n integrantes)</numerusform>
        </translation>
    </message>
    <message>
        <source>{text} — no longer meets</source>
        <translation>{text} — ya no se reúne</translation>
    </message>
    <message>
        <source>{name} — since {date}</source>
        <translation>{name} — desde el {date}</translation>
    </message>
    <message>
        <source>{name} — left on {date}</source>
        <translation>{name} — salió el {date}</translation>
    </message>
    <message>
        <source>No members yet.</source>
        <translation>Todavía no hay integrantes.</translation>
    </message>
    <message>
        <source>&amp;Create group</source>
        <translation>&amp;Crear grupo</translation>
    </message>
    <message>
        <source>Save the group first.</source>
        <translation>Primero guarde el grupo.</translation>
    </message>
    <message>
        <source>Choose a member in the list first.</source>
        <translation>Primero elija una integrante de la lista.</translation>
    </message>
</context>
<context>
    <name>HeadForm</name>
    <message>
        <source>Not asked</source>
        <translation>No se preguntó</translation>
    </message>
    <message>
        <source>e.g. 987 654 321</source>
        <translation>p. ej. 987 654 321</translation>
    </message>
    <message>
        <source>e.g. Huaycán Zona B</source>
        <translation>p. ej. Huaycán Zona B</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Sin registrar</translation>
    </message>
    <message>
        <source>Other language</source>
        <translation>Otro idioma</translation>
    </message>
    <message>
        <source>Only for the team. Do not write here what she told in confidence.</source>
        <translation>Solo para el equipo. No escriba aquí lo que ella contó en confianza.</translation>
    </message>
    <message>
        <source>&amp;Given names</source>
        <translation>&amp;Nombres</translation>
    </message>
    <message>
        <source>&amp;First surname</source>
        <translation>&amp;Primer apellido</translation>
    </message>
    <message>
        <source>&amp;Second surname</source>
        <translation>&amp;Segundo apellido</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>&amp;Documento</translation>
    </message>
    <message>
        <source>Document &amp;number</source>
        <translation>Nú&amp;mero de documento</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <source>Date of &amp;birth (dd/mm/yyyy)</source>
        <translation>Fecha de na&amp;cimiento (dd/mm/aaaa)</translation>
    </message>
    <message>
        <source>…or &amp;approximate age</source>
        <translation>…o &amp;edad aproximada</translation>
    </message>
    <message>
        <source>Se&amp;x</source>
        <translation>Se&amp;xo</translation>
    </message>
    <message>
        <source>&amp;Languages she speaks</source>
        <translation>&amp;Idiomas que habla</translation>
    </message>
    <message>
        <source>Sec&amp;tor where she lives</source>
        <translation>Sect&amp;or donde vive</translation>
    </message>
    <message>
        <source>Gender &amp;identity (optional)</source>
        <translation>Identidad de &amp;género (opcional)</translation>
    </message>
    <message>
        <source>Sexual &amp;orientation (optional)</source>
        <translation>Orientación sexua&amp;l (opcional)</translation>
    </message>
    <message>
        <source>Who &amp;referred her</source>
        <translation>Quién la deri&amp;vó</translation>
    </message>
    <message>
        <source>Ask gender identity and sexual orientation only if she wants to answer, in private. “Prefers not to say” is a complete answer; “Not asked” records nothing.</source>
        <translation>Pregunte por la identidad de género y la orientación sexual solo si ella quiere responder, y en privado. «Prefiere no decir» es una respuesta completa; «No se preguntó» no registra nada.</translation>
    </message>
    <message>
        <source>Notes for the &amp;team</source>
        <translation>Notas para el e&amp;quipo</translation>
    </message>
</context>
<context>
    <name>HoldDialog</name>
    <message>
        <source>Hold a bed</source>
        <translation>Reservar una cama</translation>
    </message>
    <message>
        <source>&amp;Hold</source>
        <translation>&amp;Reservar</translation>
    </message>
    <message>
        <source>Bed: {bed}</source>
        <translation>Cama: {bed}</translation>
    </message>
    <message>
        <source>If she is registered, find her; otherwise write a name or where she comes from.</source>
        <translation>Si está registrada, búsquela; si no, escriba un nombre o de dónde viene.</translation>
    </message>
    <message>
        <source>Or a &amp;name:</source>
        <translation>O un &amp;nombre:</translation>
    </message>
    <message>
        <source>Held &amp;until:</source>
        <translation>Reservada &amp;hasta:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ota:</translation>
    </message>
    <message>
        <source>Held for: {name}</source>
        <translation>Reservada para: {name}</translation>
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
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Gather today&apos;s figures again (F5)</source>
        <translation>Volver a reunir las cifras de hoy (F5)</translation>
    </message>
    <message>
        <source>What needs doing today</source>
        <translation>Lo que hay que hacer hoy</translation>
    </message>
    <message>
        <source>Clinic Desk locks itself after a few minutes without use. If someone who should not see the screen comes in, press F12: every window is covered at once.</source>
        <translation>Clinic Desk se bloquea solo después de unos minutos sin uso. Si entra alguien que no debe ver la pantalla, presione F12: todas las ventanas se cubren al instante.</translation>
    </message>
    <message>
        <source>Today&apos;s figures could not be gathered: {error}</source>
        <translation>No se pudieron reunir las cifras de hoy: {error}</translation>
    </message>
    <message>
        <source>There is nothing for your role to follow on this page. Use the sections on the left.</source>
        <translation>En esta página no hay nada que seguir para su rol. Use las secciones de la izquierda.</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) need your attention today. Each card opens the place to act.</source>
        <translation>
            <numerusform>%n asunto necesita su atención hoy. Cada tarjeta abre el lugar donde actuar.</numerusform>
            <numerusform>%n asuntos necesitan su atención hoy. Cada tarjeta abre el lugar donde actuar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing pending right now. Everything is up to date — thank you.</source>
        <translation>Nada pendiente por ahora. Todo está al día; gracias.</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Requiere atención</translation>
    </message>
    <message>
        <source>Nothing pending</source>
        <translation>Nada pendiente</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Your appointments today</source>
        <translation>Sus citas de hoy</translation>
    </message>
    <message>
        <source>Appointments today at the centre</source>
        <translation>Citas de hoy en el centro</translation>
    </message>
    <message>
        <source>No appointments booked for today.</source>
        <translation>No hay citas agendadas para hoy.</translation>
    </message>
    <message>
        <source>Next: {time}, {kind} with {who}</source>
        <translation>Siguiente: {time}, {kind} con {who}</translation>
    </message>
    <message>
        <source>Next: {time}, {kind}</source>
        <translation>Siguiente: {time}, {kind}</translation>
    </message>
    <message>
        <source>Today&apos;s appointments are over. Record the sessions held.</source>
        <translation>Ya pasaron las citas de hoy. Registre las sesiones realizadas.</translation>
    </message>
    <message>
        <source>Open the agenda</source>
        <translation>Abrir la agenda</translation>
    </message>
    <message>
        <source>Missed appointments</source>
        <translation>Citas a las que no asistió</translation>
    </message>
    <message>
        <source>In the last two weeks. Call her or book again, then mark what happened.</source>
        <translation>En las dos últimas semanas. Llámela o agende otra vez, y luego marque lo que pasó.</translation>
    </message>
    <message>
        <source>None in the last two weeks.</source>
        <translation>Ninguna en las dos últimas semanas.</translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation>Seguimientos atrasados</translation>
    </message>
    <message>
        <source>Your follow-up tasks past their date.</source>
        <translation>Sus tareas de seguimiento con la fecha vencida.</translation>
    </message>
    <message numerus="yes">
        <source>And %n due today.</source>
        <translation>
            <numerusform>Y %n para hoy.</numerusform>
            <numerusform>Y %n para hoy.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None overdue; %n due today.</source>
        <translation>
            <numerusform>Ninguno atrasado; %n para hoy.</numerusform>
            <numerusform>Ninguno atrasado; %n para hoy.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your follow-ups are up to date.</source>
        <translation>Sus seguimientos están al día.</translation>
    </message>
    <message>
        <source>Free beds tonight</source>
        <translation>Camas libres esta noche</translation>
    </message>
    <message>
        <source>No rooms or beds are set up yet: the Shelter section does it.</source>
        <translation>Todavía no hay habitaciones ni camas configuradas: se hace en la sección Albergue.</translation>
    </message>
    <message>
        <source>Open the shelter</source>
        <translation>Abrir el albergue</translation>
    </message>
    <message numerus="yes">
        <source>%n occupied</source>
        <translation>
            <numerusform>%n ocupada</numerusform>
            <numerusform>%n ocupadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n on the waitlist</source>
        <translation>
            <numerusform>%n en lista de espera</numerusform>
            <numerusform>%n en lista de espera</numerusform>
        </translation>
    </message>
    <message>
        <source>nobody waiting</source>
        <translation>nadie en espera</translation>
    </message>
    <message numerus="yes">
        <source>%n hold(s) end today</source>
        <translation>
            <numerusform>%n reserva termina hoy</numerusform>
            <numerusform>%n reservas terminan hoy</numerusform>
        </translation>
    </message>
    <message>
        <source>For your information</source>
        <translation>Para su información</translation>
    </message>
    <message>
        <source>For the whole centre. The agenda shows who and when.</source>
        <translation>Para todo el centro. La agenda muestra quién y cuándo.</translation>
    </message>
    <message numerus="yes">
        <source>%n on the waitlist: offer a bed</source>
        <translation>
            <numerusform>%n en lista de espera: ofrézcale una cama</numerusform>
            <numerusform>%n en lista de espera: ofrézcales una cama</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the bed board</source>
        <translation>Abrir el tablero de camas</translation>
    </message>
    <message>
        <source>Medicines low or out of stock</source>
        <translation>Medicamentos con pocas existencias o agotados</translation>
    </message>
    <message>
        <source>No botiquín is assigned to you yet. Ask an administrator.</source>
        <translation>Todavía no tiene un botiquín asignado. Pídalo a una persona administradora.</translation>
    </message>
    <message numerus="yes">
        <source>%n out of stock: order or ask for a transfer.</source>
        <translation>
            <numerusform>%n agotado: haga un pedido o pida una transferencia.</numerusform>
            <numerusform>%n agotados: haga un pedido o pida una transferencia.</numerusform>
        </translation>
    </message>
    <message>
        <source>At or below the reorder level: order soon.</source>
        <translation>En el punto de reposición o por debajo: haga el pedido pronto.</translation>
    </message>
    <message>
        <source>Every medicine is above its reorder level.</source>
        <translation>Todos los medicamentos están por encima de su punto de reposición.</translation>
    </message>
    <message>
        <source>Open the stock</source>
        <translation>Abrir las existencias</translation>
    </message>
    <message>
        <source>Lots expiring within 90 days</source>
        <translation>Lotes que vencen en 90 días o menos</translation>
    </message>
    <message numerus="yes">
        <source>%n expired or recalled lot(s) still on the shelf: write them off.</source>
        <translation>
            <numerusform>%n lote vencido o retirado sigue en el estante: delo de baja.</numerusform>
            <numerusform>%n lotes vencidos o retirados siguen en el estante: delos de baja.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dispense these first (first expiry, first out).</source>
        <translation>Entregue estos primero (primero en vencer, primero en salir).</translation>
    </message>
    <message>
        <source>No lot expires in the next 90 days.</source>
        <translation>Ningún lote vence en los próximos 90 días.</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Última copia de seguridad</translation>
    </message>
    <message>
        <source>No backup yet. Make one now and keep a copy on a USB stick.</source>
        <translation>Aún no hay copia de seguridad. Haga una ahora y guarde una copia en una memoria USB.</translation>
    </message>
    <message numerus="yes">
        <source>Older than %n day(s): make a backup today.</source>
        <translation>
            <numerusform>Tiene más de %n día: haga una copia de seguridad hoy.</numerusform>
            <numerusform>Tiene más de %n días: haga una copia de seguridad hoy.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Made on {date}. Make one at least every %n day(s).</source>
        <translation>
            <numerusform>Hecha el {date}. Haga una por lo menos cada %n día.</numerusform>
            <numerusform>Hecha el {date}. Haga una por lo menos cada %n días.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Exchange</source>
        <translation>Abrir Intercambio</translation>
    </message>
    <message>
        <source>Last export to the central office</source>
        <translation>Último envío a la oficina central</translation>
    </message>
    <message>
        <source>Not set up yet: first import the central office&apos;s key in Exchange.</source>
        <translation>Aún no está configurado: primero importe la llave de la oficina central en Intercambio.</translation>
    </message>
    <message>
        <source>No bundle sent yet. Export one to the USB stick.</source>
        <translation>Aún no se envió ningún paquete. Exporte uno a la memoria USB.</translation>
    </message>
    <message numerus="yes">
        <source>Older than %n day(s): export a bundle to the USB stick.</source>
        <translation>
            <numerusform>Tiene más de %n día: exporte un paquete a la memoria USB.</numerusform>
            <numerusform>Tiene más de %n días: exporte un paquete a la memoria USB.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent on {date}.</source>
        <translation>Enviado el {date}.</translation>
    </message>
    <message>
        <source>No botiquín is set up yet: add them in Medicine kits.</source>
        <translation>Todavía no hay botiquines configurados: agréguelos en Botiquines.</translation>
    </message>
    <message>
        <source>Your appointments: today, and missed ones of the last two weeks</source>
        <translation>Sus citas: las de hoy y las inasistencias de las dos últimas semanas</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>no asistió</translation>
    </message>
    <message>
        <source>session recorded</source>
        <translation>sesión registrada</translation>
    </message>
    <message>
        <source>Missed: {appointment}</source>
        <translation>No asistió: {appointment}</translation>
    </message>
    <message numerus="yes">
        <source>%n more missed: open the agenda</source>
        <translation>
            <numerusform>%n inasistencia más: abra la agenda</numerusform>
            <numerusform>%n inasistencias más: abra la agenda</numerusform>
        </translation>
    </message>
    <message>
        <source>No appointments for you today, and none missed. A calm day.</source>
        <translation>Hoy no tiene citas ni inasistencias. Un día tranquilo.</translation>
    </message>
</context>
<context>
    <name>ImportReportPdf</name>
    <message>
        <source>Save report as &amp;PDF…</source>
        <translation>Guardar el informe como &amp;PDF…</translation>
    </message>
    <message>
        <source>Save the import report</source>
        <translation>Guardar el informe de importación</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Report saved: {path}</source>
        <translation>Informe guardado: {path}</translation>
    </message>
    <message>
        <source>Saving the import report…</source>
        <translation>Guardando el informe de importación…</translation>
    </message>
    <message>
        <source>Your copy of site {code} was not compared: the bundle carries no digest (an older version of Clinic Desk).</source>
        <translation>Su copia de la sede {code} no se comparó: el paquete no trae el resumen de control (es de una versión anterior de Clinic Desk).</translation>
    </message>
    <message>
        <source>Your copy of site {code} was not compared: a later bundle of that site was imported already.</source>
        <translation>Su copia de la sede {code} no se comparó: ya se importó un paquete posterior de esa sede.</translation>
    </message>
    <message>
        <source>Your copy of site {code} equals the site.</source>
        <translation>Su copia de la sede {code} es igual a la de la sede.</translation>
    </message>
    <message>
        <source>Your copy of site {code} differs from the site in: {kinds}.</source>
        <translation>Su copia de la sede {code} es distinta de la de la sede en: {kinds}.</translation>
    </message>
</context>
<context>
    <name>ImportView</name>
    <message>
        <source>&amp;Choose bundles…</source>
        <translation>&amp;Elegir paquetes…</translation>
    </message>
    <message>
        <source>&amp;Import these bundles</source>
        <translation>Im&amp;portar estos paquetes</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Tipo de registro</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevos</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizados</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>Bring the bundles the sites wrote to a USB stick. Each one is checked (that it is for this office, signed by a site this office trusts, and unchanged) and shown before anything is imported; a bundle goes in whole or not at all.</source>
        <translation>Traiga los paquetes que las sedes guardaron en una memoria USB. Cada uno se verifica (que sea para esta oficina, que esté firmado por una sede que esta oficina acepta y que no haya cambiado) y se muestra antes de importar nada; un paquete entra completo o no entra.</translation>
    </message>
    <message>
        <source>This office has no central keys, so it cannot open bundles. Only the central office imports: it creates its keys once with clinic-desk keys central-init and gives the public key file to every site.</source>
        <translation>Esta oficina no tiene llaves centrales, así que no puede abrir paquetes. Solo la oficina central importa: crea sus llaves una vez con clinic-desk keys central-init y entrega el archivo de llave pública a cada sede.</translation>
    </message>
    <message>
        <source>Bundles to import</source>
        <translation>Paquetes que se importarán</translation>
    </message>
    <message>
        <source>Clinic Desk bundles (*.cdbundle);;All files (*)</source>
        <translation>Paquetes de Clinic Desk (*.cdbundle);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Chosen: {files}</source>
        <translation>Elegidos: {files}</translation>
    </message>
    <message>
        <source>{file} from site {code}: new {new}, updated {updated}, unchanged {unchanged}, conflicts {conflicts}.</source>
        <translation>{file} de la sede {code}: nuevos {new}, actualizados {updated}, sin cambios {unchanged}, conflictos {conflicts}.</translation>
    </message>
    <message>
        <source>{file} from site {code} was imported: new {new}, updated {updated}, unchanged {unchanged}, conflicts {conflicts}.</source>
        <translation>Se importó {file} de la sede {code}: nuevos {new}, actualizados {updated}, sin cambios {unchanged}, conflictos {conflicts}.</translation>
    </message>
    <message>
        <source>Opening the bundles…</source>
        <translation>Abriendo los paquetes…</translation>
    </message>
    <message>
        <source>Nothing was imported: the key of site {code} was not trusted.</source>
        <translation>No se importó nada: no se aceptó la llave de la sede {code}.</translation>
    </message>
    <message>
        <source>A new site</source>
        <translation>Una sede nueva</translation>
    </message>
    <message>
        <source>The bundle {file} comes from site {code} ({name}), whose key this office does not trust yet.

Fingerprint of its key:
{fp}

Call the site and read the fingerprint together (the site sees it in Exchange → Keys). Trust this site&apos;s key only if every group matches.</source>
        <translation>El paquete {file} viene de la sede {code} ({name}), cuya llave esta oficina aún no acepta.

Huella de su llave:
{fp}

Llame a la sede y lean juntos la huella (la sede la ve en Intercambio → Llaves). Acepte la llave de esta sede solo si coinciden todos los grupos.</translation>
    </message>
    <message>
        <source>The fingerprint matches: &amp;trust it</source>
        <translation>La huella coincide: &amp;aceptarla</translation>
    </message>
    <message>
        <source>&amp;Do not trust</source>
        <translation>&amp;No aceptar</translation>
    </message>
    <message>
        <source>Checking what would change…</source>
        <translation>Revisando qué cambiaría…</translation>
    </message>
    <message>
        <source>Importing the bundles…</source>
        <translation>Importando los paquetes…</translation>
    </message>
    <message>
        <source>What would change — nothing has been imported yet</source>
        <translation>Lo que cambiaría: todavía no se importó nada</translation>
    </message>
    <message>
        <source>Kept until the earlier bundle arrives — nothing imported yet</source>
        <translation>Guardado hasta que llegue el paquete anterior: todavía no se importó nada</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <source>This bundle was imported before: nothing changes.</source>
        <translation>Este paquete ya se importó antes: nada cambia.</translation>
    </message>
    <message>
        <source>Changes {first}..{last} of site {code} have not been imported here yet: this bundle is kept and applied by itself once they arrive. Import the missing bundle, or ask the site for a full export.</source>
        <translation>Los cambios {first}..{last} de la sede {code} todavía no se importaron aquí: este paquete queda guardado y se aplicará automáticamente cuando lleguen. Importe el paquete que falta o pida a la sede una exportación completa.</translation>
    </message>
    <message>
        <source>It was kept until the changes before it arrived; applied now.</source>
        <translation>Estaba guardado hasta que llegaran los cambios anteriores; ahora se aplicó.</translation>
    </message>
    <message>
        <source>The key of site {code} is trusted from now on (fingerprint {fp}).</source>
        <translation>Desde ahora se acepta la llave de la sede {code} (huella {fp}).</translation>
    </message>
    <message numerus="yes">
        <source>%n people of site {code} withdrew their consent: their name and notes are removed here.</source>
        <translation>
            <numerusform>%n persona de la sede {code} retiró su consentimiento: aquí se quitan su nombre y sus notas.</numerusform>
            <numerusform>%n personas de la sede {code} retiraron su consentimiento: aquí se quitan su nombre y sus notas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled; the bundle being imported was left out whole.</source>
        <translation>Importación cancelada; el paquete que se estaba importando quedó fuera por completo.</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <source>Register a person</source>
        <translation>Registrar a una persona</translation>
    </message>
    <message>
        <source>Her details</source>
        <translation>Sus datos</translation>
    </message>
    <message>
        <source>Children and dependants who come with her</source>
        <translation>Hijas, hijos y dependientes que vienen con ella</translation>
    </message>
    <message>
        <source>Nobody yet. Add each child or dependant who arrives with her: they are registered together, in her household.</source>
        <translation>Nadie todavía. Agregue a cada niña, niño o dependiente que llega con ella: se registran juntos, en su hogar.</translation>
    </message>
    <message>
        <source>&amp;Add a child or dependant</source>
        <translation>&amp;Agregar hija, hijo o dependiente</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Registrar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>* required. Nothing is saved until every field is right.</source>
        <translation>* obligatorio. No se guarda nada hasta que todos los campos estén correctos.</translation>
    </message>
    <message>
        <source>Please correct the field marked with ⚠. Nothing was saved.</source>
        <translation>Corrija el campo marcado con ⚠. No se guardó nada.</translation>
    </message>
    <message>
        <source>She must agree to receive services before she can be registered. If she does not agree, do not register her.</source>
        <translation>Ella debe aceptar recibir los servicios para poder registrarla. Si no acepta, no la registre.</translation>
    </message>
</context>
<context>
    <name>Inventory</name>
    <message>
        <source>Take away: lost</source>
        <translation>Restar: pérdida</translation>
    </message>
    <message>
        <source>Take away: damaged</source>
        <translation>Restar: dañado</translation>
    </message>
    <message>
        <source>Take away: correction</source>
        <translation>Restar: corrección</translation>
    </message>
    <message>
        <source>Add: donation</source>
        <translation>Sumar: donación</translation>
    </message>
    <message>
        <source>Add: correction</source>
        <translation>Sumar: corrección</translation>
    </message>
    <message>
        <source>Write off: expired or recalled</source>
        <translation>Dar de baja: vencido o retirado</translation>
    </message>
    <message>
        <source>Scan the box here, or type the code and press Enter</source>
        <translation>Escanee la caja aquí, o escriba el código y presione Enter</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Ingreso</translation>
    </message>
    <message>
        <source>Dispensed</source>
        <translation>Entrega</translation>
    </message>
    <message>
        <source>Transfer sent</source>
        <translation>Transferencia enviada</translation>
    </message>
    <message>
        <source>Transfer received</source>
        <translation>Transferencia recibida</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <source>Expiry write-off</source>
        <translation>Baja por vencimiento</translation>
    </message>
    <message>
        <source>Stocktake</source>
        <translation>Inventario físico</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Pérdida</translation>
    </message>
    <message>
        <source>Damage</source>
        <translation>Daño</translation>
    </message>
    <message>
        <source>Donation</source>
        <translation>Donación</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Corrección</translation>
    </message>
    <message>
        <source>Earlier counting error</source>
        <translation>Error en un conteo anterior</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <source>Dispensed, not recorded</source>
        <translation>Entregado sin registrar</translation>
    </message>
    <message>
        <source>Received, not recorded</source>
        <translation>Recibido sin registrar</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Usable</source>
        <translation>Apto</translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation>En cuarentena</translation>
    </message>
    <message>
        <source>Recalled</source>
        <translation>Retirado</translation>
    </message>
    <message>
        <source>{name} (central store)</source>
        <translation>{name} (almacén central)</translation>
    </message>
    <message>
        <source>Lot {lot} expires soon ({expiry}, in {days} days): use it first.</source>
        <translation>El lote {lot} vence pronto ({expiry}, en {days} días): úselo primero.</translation>
    </message>
    <message>
        <source>Lot {lot} had expired ({expiry}): it was recorded and written off at once.</source>
        <translation>El lote {lot} ya estaba vencido ({expiry}): se registró y se dio de baja de inmediato.</translation>
    </message>
    <message>
        <source>Lot {lot} was used although another lot expires earlier.</source>
        <translation>Se usó el lote {lot} aunque otro lote vence antes.</translation>
    </message>
    <message>
        <source>Lot {lot} is in quarantine: it cannot be dispensed until it is released.</source>
        <translation>El lote {lot} está en cuarentena: no se puede entregar hasta que se libere.</translation>
    </message>
    <message>
        <source>Recalled lot</source>
        <translation>Lote retirado</translation>
    </message>
    <message>
        <source>Out of stock</source>
        <translation>Sin existencias</translation>
    </message>
    <message>
        <source>Expires soon</source>
        <translation>Vence pronto</translation>
    </message>
    <message>
        <source>Low stock</source>
        <translation>Pocas existencias</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Bien</translation>
    </message>
    <message>
        <source>Type part of the name or the code</source>
        <translation>Escriba parte del nombre o el código</translation>
    </message>
    <message>
        <source>Botiquín: &lt;b&gt;{name}&lt;/b&gt;</source>
        <translation>Botiquín: &lt;b&gt;{name}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Optional: type her name or DNI</source>
        <translation>Opcional: escriba su nombre o DNI</translation>
    </message>
    <message>
        <source> · {age} years</source>
        <translation> · {age} años</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Guardado: {path}</translation>
    </message>
    <message>
        <source>No medicine in the catalogue has this code ({gtin}). Choose the medicine by hand; an administrator can add the code to the catalogue.</source>
        <translation>Ningún medicamento del catálogo tiene este código ({gtin}). Elija el medicamento a mano; una persona administradora puede agregar el código al catálogo.</translation>
    </message>
    <message>
        <source>Central store</source>
        <translation>Almacén central</translation>
    </message>
    <message>
        <source>Botiquín</source>
        <translation>Botiquín</translation>
    </message>
    <message>
        <source>recorded twice: the same prescription</source>
        <translation>registrado dos veces: la misma receta</translation>
    </message>
    <message>
        <source>{quantity} {unit} in</source>
        <translation>entrada de {quantity} {unit}</translation>
    </message>
    <message>
        <source>{quantity} {unit} out</source>
        <translation>salida de {quantity} {unit}</translation>
    </message>
    <message>
        <source>{kind} · {quantity} · lot {lot} · {date}</source>
        <translation>{kind} · {quantity} · lote {lot} · {date}</translation>
    </message>
</context>
<context>
    <name>InventoryAlertsWidget</name>
    <message>
        <source>Medicine alerts</source>
        <translation>Alertas de medicamentos</translation>
    </message>
    <message>
        <source>No alerts</source>
        <translation>Sin alertas</translation>
    </message>
    <message>
        <source>Nothing is low, out of stock or expiring within 90 days. Alerts for low stock appear once a reorder level is set for a medicine.</source>
        <translation>Nada está bajo, agotado ni por vencer en los próximos 90 días. Las alertas de pocas existencias aparecen cuando se fija un punto de reposición para el medicamento.</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>{count} alerts, {urgent} urgent</source>
        <translation>{count} alertas, {urgent} urgentes</translation>
    </message>
</context>
<context>
    <name>InventoryPage</name>
    <message>
        <source>Medicine kits</source>
        <translation>Botiquines</translation>
    </message>
    <message>
        <source>&amp;Botiquín:</source>
        <translation>&amp;Botiquín:</translation>
    </message>
    <message>
        <source>&amp;Stock</source>
        <translation>E&amp;xistencias</translation>
    </message>
    <message>
        <source>Stock&amp;take</source>
        <translation>&amp;Inventario físico</translation>
    </message>
    <message>
        <source>Stock &amp;card</source>
        <translation>&amp;Kárdex</translation>
    </message>
    <message>
        <source>&amp;Monthly report</source>
        <translation>Inf&amp;orme mensual</translation>
    </message>
    <message>
        <source>&amp;Expiring lots</source>
        <translation>Lotes por &amp;vencer</translation>
    </message>
    <message>
        <source>C&amp;atalogue</source>
        <translation>&amp;Catálogo</translation>
    </message>
    <message>
        <source>Locat&amp;ions</source>
        <translation>Lu&amp;gares</translation>
    </message>
    <message>
        <source>No botiquín assigned to you</source>
        <translation>No tiene un botiquín asignado</translation>
    </message>
    <message>
        <source>An administrator assigns each health promoter to her botiquín. Until then there is no stock to show.</source>
        <translation>Una persona administradora asigna a cada promotora de salud su botiquín. Hasta entonces no hay existencias que mostrar.</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <source>the whole catalogue</source>
        <translation>todo el catálogo</translation>
    </message>
    <message>
        <source>Edit medicine</source>
        <translation>Editar medicamento</translation>
    </message>
    <message>
        <source>Add medicine</source>
        <translation>Agregar medicamento</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Código:</translation>
    </message>
    <message>
        <source>&amp;Generic name:</source>
        <translation>&amp;Nombre genérico:</translation>
    </message>
    <message>
        <source>&amp;Strength:</source>
        <translation>Conc&amp;entración:</translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation>&amp;Forma farmacéutica:</translation>
    </message>
    <message>
        <source>&amp;Unit of dispensing:</source>
        <translation>&amp;Unidad de entrega:</translation>
    </message>
    <message>
        <source>Therapeutic &amp;group:</source>
        <translation>Grupo &amp;terapéutico:</translation>
    </message>
    <message>
        <source>GT&amp;IN:</source>
        <translation>GT&amp;IN:</translation>
    </message>
    <message>
        <source>e.g. tablet, bottle 60 mL</source>
        <translation>p. ej. tableta, frasco 60 mL</translation>
    </message>
    <message>
        <source>The unit can be &amp;split (e.g. millilitres)</source>
        <translation>La unidad se puede &amp;partir (p. ej. mililitros)</translation>
    </message>
    <message>
        <source>In &amp;use</source>
        <translation>En u&amp;so</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
</context>
<context>
    <name>KeysView</name>
    <message>
        <source>This site&apos;s key</source>
        <translation>Llave de esta sede</translation>
    </message>
    <message>
        <source>Central office key</source>
        <translation>Llave de la oficina central</translation>
    </message>
    <message>
        <source>The central office shows its key fingerprint when it creates its keys (clinic-desk keys central-init); its key file is imported here.</source>
        <translation>La oficina central muestra la huella de su llave cuando crea sus llaves (clinic-desk keys central-init); su archivo de llave se importa aquí.</translation>
    </message>
    <message>
        <source>Central keys of this office</source>
        <translation>Llaves centrales de esta oficina</translation>
    </message>
    <message>
        <source>&amp;Save this site&apos;s key file…</source>
        <translation>&amp;Guardar el archivo de llave de esta sede…</translation>
    </message>
    <message>
        <source>Import central office &amp;key…</source>
        <translation>Importar la &amp;llave de la oficina central…</translation>
    </message>
    <message>
        <source>Sites this office trusts</source>
        <translation>Sedes que esta oficina acepta</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Huella de la llave</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>A fingerprint is read aloud to check a key over the phone: the central office sees the same groups for this site before it trusts its bundles.</source>
        <translation>La huella se lee en voz alta para verificar una llave por teléfono: la oficina central ve los mismos grupos para esta sede antes de aceptar sus paquetes.</translation>
    </message>
    <message>
        <source>Not imported yet</source>
        <translation>Todavía no se importó</translation>
    </message>
    <message>
        <source>from its key file</source>
        <translation>con su archivo de llave</translation>
    </message>
    <message>
        <source>on its first import</source>
        <translation>en su primera importación</translation>
    </message>
    <message>
        <source>Save this site&apos;s key file</source>
        <translation>Guardar el archivo de llave de esta sede</translation>
    </message>
    <message>
        <source>Key files (*.json)</source>
        <translation>Archivos de llave (*.json)</translation>
    </message>
    <message>
        <source>Site key file written to {path}. Give it to the central office; it holds no secret.</source>
        <translation>Archivo de llave de la sede guardado en {path}. Entréguelo a la oficina central; no contiene nada secreto.</translation>
    </message>
    <message>
        <source>Central office key imported. Fingerprint: {fp}</source>
        <translation>Llave de la oficina central importada. Huella de la llave: {fp}</translation>
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
    <message>
        <source>Is this a new computer for a site that already used Clinic Desk? Restore its backup instead of setting it up again.</source>
        <translation>¿Es una computadora nueva para una sede que ya usaba Clinic Desk? Restaure su copia de seguridad en lugar de configurarla de nuevo.</translation>
    </message>
    <message>
        <source>Restore a &amp;backup…</source>
        <translation>Restaurar una &amp;copia de seguridad…</translation>
    </message>
</context>
<context>
    <name>LocationDialog</name>
    <message>
        <source>Rename {name}</source>
        <translation>Cambiar el nombre de {name}</translation>
    </message>
    <message>
        <source>Add a botiquín</source>
        <translation>Agregar un botiquín</translation>
    </message>
    <message>
        <source>e.g. Huaycán Zona A</source>
        <translation>p. ej. Huaycán Zona A</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Código:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>The code cannot change: reports and exchanges use it.</source>
        <translation>El código no se puede cambiar: lo usan los reportes y los envíos a la oficina central.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>A short code without spaces, used in reports and CSV files (for example HUA-A). It cannot be changed later.</source>
        <translation>Un código corto sin espacios, que se usa en los reportes y archivos CSV (por ejemplo HUA-A). Después no se puede cambiar.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Agregar</translation>
    </message>
</context>
<context>
    <name>LocationModel</name>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Health promoters</source>
        <translation>Promotoras de salud</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>nobody assigned</source>
        <translation>nadie asignado</translation>
    </message>
</context>
<context>
    <name>LocationsView</name>
    <message>
        <source>&amp;Add botiquín…</source>
        <translation>&amp;Agregar botiquín…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Cambiar &amp;nombre…</translation>
    </message>
    <message>
        <source>C&amp;lose location</source>
        <translation>Ce&amp;rrar el lugar</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Lugares</translation>
    </message>
    <message>
        <source>Health promoters assigned here</source>
        <translation>Promotoras de salud asignadas aquí</translation>
    </message>
    <message>
        <source>&amp;Promoter:</source>
        <translation>&amp;Promotora:</translation>
    </message>
    <message>
        <source>A&amp;ssign</source>
        <translation>A&amp;signar</translation>
    </message>
    <message>
        <source>&amp;Remove from here</source>
        <translation>&amp;Quitar de aquí</translation>
    </message>
    <message>
        <source>The central store and every botiquín. A health promoter sees and moves only the stock of the botiquines she is assigned to. A closed botiquín keeps its history but no stock moves there.</source>
        <translation>El almacén central y todos los botiquines. Una promotora de salud ve y mueve solo las existencias de los botiquines que tiene asignados. Un botiquín cerrado conserva su historial, pero ya no se mueven existencias allí.</translation>
    </message>
    <message>
        <source>Health promoters</source>
        <translation>Promotoras de salud</translation>
    </message>
    <message>
        <source>Add a botiquín first.</source>
        <translation>Primero agregue un botiquín.</translation>
    </message>
    <message>
        <source>Health promoters at {name}</source>
        <translation>Promotoras de salud en {name}</translation>
    </message>
    <message>
        <source>no longer a promoter</source>
        <translation>ya no es promotora</translation>
    </message>
    <message>
        <source>There is no user with the health promoter role yet. Add one under Users.</source>
        <translation>Todavía no hay ningún usuario con el rol de promotora de salud. Agregue uno en Usuarios.</translation>
    </message>
    <message>
        <source>Choose a health promoter below and press “Assign”.</source>
        <translation>Elija una promotora de salud abajo y presione «Asignar».</translation>
    </message>
    <message>
        <source>Re&amp;open location</source>
        <translation>Vol&amp;ver a abrir el lugar</translation>
    </message>
    <message>
        <source>Nobody is assigned here: only administrators and coordinators see this stock.</source>
        <translation>Nadie está asignado aquí: solo las personas administradoras y coordinadoras ven estas existencias.</translation>
    </message>
    <message>
        <source>{name} added.</source>
        <translation>{name} agregado.</translation>
    </message>
    <message>
        <source>{name} saved.</source>
        <translation>{name} guardado.</translation>
    </message>
    <message>
        <source>{name} is closed: it no longer appears in the list of botiquines above. Its history stays; reopen it here at any time.</source>
        <translation>{name} está cerrado: ya no aparece en la lista de botiquines de arriba. Su historial se conserva; puede volver a abrirlo aquí en cualquier momento.</translation>
    </message>
    <message>
        <source>{name} is open again.</source>
        <translation>{name} está abierto otra vez.</translation>
    </message>
    <message>
        <source>{person} now works at {location}.</source>
        <translation>{person} ahora trabaja en {location}.</translation>
    </message>
    <message>
        <source>{person} no longer sees {location}.</source>
        <translation>{person} ya no ve {location}.</translation>
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
        <source>&amp;User guide</source>
        <translation>&amp;Guía de uso</translation>
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
    <name>MemberRow</name>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Parentesco</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Nombres</translation>
    </message>
    <message>
        <source>First surname</source>
        <translation>Primer apellido</translation>
    </message>
    <message>
        <source>Second surname</source>
        <translation>Segundo apellido</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>…or age</source>
        <translation>…o edad</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Person {n} who comes with her</source>
        <translation>Persona {n} que viene con ella</translation>
    </message>
    <message>
        <source>Remove person {n}</source>
        <translation>Quitar a la persona {n}</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge two records</source>
        <translation>Unir dos fichas</translation>
    </message>
    <message>
        <source>Choose the other record of {name}. Everything it holds (consents, risk, referrals, services, household) moves to this record; the other one is closed. The merge is recorded and cannot be undone here.</source>
        <translation>Elija la otra ficha de {name}. Todo lo que contiene (consentimientos, riesgo, derivaciones, servicios, hogar) pasa a esta ficha; la otra se cierra. La unión queda registrada y no se puede deshacer aquí.</translation>
    </message>
    <message>
        <source>The other record</source>
        <translation>La otra ficha</translation>
    </message>
    <message>
        <source>No record chosen yet.</source>
        <translation>Todavía no eligió ninguna ficha.</translation>
    </message>
    <message>
        <source>Why they are the same person</source>
        <translation>Por qué son la misma persona</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Unir</translation>
    </message>
    <message>
        <source>Chosen: {name}</source>
        <translation>Elegida: {name}</translation>
    </message>
    <message>
        <source>Choose the other record first.</source>
        <translation>Primero elija la otra ficha.</translation>
    </message>
</context>
<context>
    <name>MonthlyModel</name>
    <message>
        <source>Medicine</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Saldo inicial</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>Consumed</source>
        <translation>Consumo</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Losses</source>
        <translation>Pérdidas</translation>
    </message>
    <message>
        <source>Adjusted</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Saldo final</translation>
    </message>
    <message>
        <source>Days out</source>
        <translation>Días sin stock</translation>
    </message>
    <message>
        <source>Monthly use</source>
        <translation>Consumo/mes</translation>
    </message>
    <message>
        <source>Months left</source>
        <translation>Meses de stock</translation>
    </message>
    <message>
        <source>Sent to other locations</source>
        <translation>Enviado a otros lugares</translation>
    </message>
    <message>
        <source>Lost, damaged or expired</source>
        <translation>Perdido, dañado o vencido</translation>
    </message>
    <message>
        <source>Other adjustments and stocktake differences</source>
        <translation>Otros ajustes y diferencias del inventario físico</translation>
    </message>
    <message>
        <source>Days without stock in the last three months</source>
        <translation>Días sin existencias en los últimos tres meses</translation>
    </message>
    <message>
        <source>Average monthly consumption, not counting days without stock</source>
        <translation>Consumo promedio mensual, sin contar los días sin existencias</translation>
    </message>
</context>
<context>
    <name>MonthlyView</name>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Mes:</translation>
    </message>
    <message>
        <source>Save as C&amp;SV…</source>
        <translation>Guardar como C&amp;SV…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Guardar como &amp;PDF…</translation>
    </message>
    <message>
        <source>PDF of &amp;all botiquines…</source>
        <translation>PDF de &amp;todos los botiquines…</translation>
    </message>
    <message>
        <source>One PDF with the report of every botiquín you can see, one per page</source>
        <translation>Un PDF con el informe de cada botiquín que usted puede ver, uno por página</translation>
    </message>
    <message>
        <source>Monthly consumption report</source>
        <translation>Informe mensual de consumo</translation>
    </message>
    <message>
        <source>Nothing to report for this month</source>
        <translation>No hay nada que informar este mes</translation>
    </message>
    <message>
        <source>This botiquín had no stock and no movements in the month chosen. Choose another month above.</source>
        <translation>Este botiquín no tuvo existencias ni movimientos en el mes elegido. Elija otro mes arriba.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{location}&lt;/b&gt; · {month} {year} ({start} – {end}) · {count} medicines. Opening + received − consumed − sent − losses ± adjusted = closing.</source>
        <translation>&lt;b&gt;{location}&lt;/b&gt; · {month} {year} ({start} – {end}) · {count} medicamentos. Saldo inicial + ingresos − consumo − enviado − pérdidas ± ajustes = saldo final.</translation>
    </message>
    <message>
        <source>Save the monthly report as CSV</source>
        <translation>Guardar el informe mensual como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saving the report…</source>
        <translation>Guardando el informe…</translation>
    </message>
    <message>
        <source>Save the monthly report as PDF</source>
        <translation>Guardar el informe mensual como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Making the report PDF…</source>
        <translation>Preparando el PDF del informe…</translation>
    </message>
    <message>
        <source>Save the reports of all botiquines as PDF</source>
        <translation>Guardar los informes de todos los botiquines como PDF</translation>
    </message>
    <message>
        <source>Making the reports of all botiquines…</source>
        <translation>Preparando los informes de todos los botiquines…</translation>
    </message>
    <message>
        <source>January</source>
        <translation>enero</translation>
    </message>
    <message>
        <source>February</source>
        <translation>febrero</translation>
    </message>
    <message>
        <source>March</source>
        <translation>marzo</translation>
    </message>
    <message>
        <source>April</source>
        <translation>abril</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mayo</translation>
    </message>
    <message>
        <source>June</source>
        <translation>junio</translation>
    </message>
    <message>
        <source>July</source>
        <translation>julio</translation>
    </message>
    <message>
        <source>August</source>
        <translation>agosto</translation>
    </message>
    <message>
        <source>September</source>
        <translation>setiembre</translation>
    </message>
    <message>
        <source>October</source>
        <translation>octubre</translation>
    </message>
    <message>
        <source>November</source>
        <translation>noviembre</translation>
    </message>
    <message>
        <source>December</source>
        <translation>diciembre</translation>
    </message>
    <message>
        <source>Beds occupied (bars) and available (line) per night</source>
        <translation>Camas ocupadas (barras) y disponibles (línea) por noche</translation>
    </message>
    <message>
        <source>Bars: beds occupied each night · Line: beds available</source>
        <translation>Barras: camas ocupadas cada noche · Línea: camas disponibles</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>Ocupación</translation>
    </message>
    <message>
        <source>Bed-nights occupied</source>
        <translation>Camas-noche ocupadas</translation>
    </message>
    <message>
        <source>Bed-nights available</source>
        <translation>Camas-noche disponibles</translation>
    </message>
    <message>
        <source>  of women</source>
        <translation>  de mujeres</translation>
    </message>
    <message>
        <source>  of children</source>
        <translation>  de niñas y niños</translation>
    </message>
    <message>
        <source>Most beds occupied on one night</source>
        <translation>Máximo de camas ocupadas en una noche</translation>
    </message>
    <message>
        <source>People admitted</source>
        <translation>Personas ingresadas</translation>
    </message>
    <message>
        <source>Families admitted</source>
        <translation>Familias ingresadas</translation>
    </message>
    <message>
        <source>Discharges</source>
        <translation>Egresos</translation>
    </message>
    <message>
        <source>Average length of the stays that ended</source>
        <translation>Estancia promedio de los egresos</translation>
    </message>
    <message>
        <source>Staying at the start</source>
        <translation>Alojadas al inicio</translation>
    </message>
    <message>
        <source>Staying at the end</source>
        <translation>Alojadas al final</translation>
    </message>
    <message>
        <source>{n} nights</source>
        <translation>{n} noches</translation>
    </message>
    <message>
        <source>Admissions by referral (families): {refs}
Discharges by reason: {reasons}</source>
        <translation>Ingresos por derivación (familias): {refs}
Egresos por motivo: {reasons}</translation>
    </message>
    <message>
        <source>Save the monthly report</source>
        <translation>Guardar el informe mensual</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Guardado: {path}</translation>
    </message>
    <message>
        <source>Saving the monthly report…</source>
        <translation>Guardando el informe mensual…</translation>
    </message>
</context>
<context>
    <name>NeverContactBanner</name>
    <message>
        <source>NEVER CONTACT — aggressor: {names}</source>
        <translation>NUNCA CONTACTAR — agresor: {names}</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Session note</source>
        <translation>Nota de sesión</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Restricted: only me and the counsellors named here may read it</source>
        <translation>Reservada: solo yo y las profesionales nombradas aquí pueden leerla</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Started:</source>
        <translation>I&amp;nicio:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Duración:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Grupo:</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Asistió</translation>
    </message>
    <message>
        <source>Risk now</source>
        <translation>Riesgo ahora</translation>
    </message>
    <message>
        <source>Her note</source>
        <translation>Nota sobre ella</translation>
    </message>
    <message>
        <source>Remove from list</source>
        <translation>Quitar de la lista</translation>
    </message>
    <message>
        <source>People present</source>
        <translation>Personas presentes</translation>
    </message>
    <message>
        <source>No other counsellor works at this centre.</source>
        <translation>Ninguna otra profesional trabaja en este centro.</translation>
    </message>
    <message>
        <source>Other counsellors</source>
        <translation>Otras profesionales</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Intervenciones</translation>
    </message>
    <message>
        <source>&amp;Insert template</source>
        <translation>&amp;Insertar plantilla</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Plantilla:</translation>
    </message>
    <message>
        <source>What happened in the session, in your words.</source>
        <translation>Lo que ocurrió en la sesión, con sus palabras.</translation>
    </message>
    <message>
        <source>Agreements and next steps.</source>
        <translation>Acuerdos y próximos pasos.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Acuerdos</translation>
    </message>
    <message>
        <source>Addenda</source>
        <translation>Adendas</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>Guardar &amp;borrador</translation>
    </message>
    <message>
        <source>Si&amp;gn…</source>
        <translation>&amp;Firmar…</translation>
    </message>
    <message>
        <source>Add &amp;addendum…</source>
        <translation>Agregar &amp;adenda…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>(choose the group)</source>
        <translation>(elija el grupo)</translation>
    </message>
    <message>
        <source>(no change)</source>
        <translation>(sin cambio)</translation>
    </message>
    <message>
        <source>{when} — {author}</source>
        <translation>{when} — {author}</translation>
    </message>
    <message>
        <source>No addenda yet.</source>
        <translation>Todavía no hay adendas.</translation>
    </message>
    <message>
        <source>New session — a draft until you sign it.</source>
        <translation>Nueva sesión: es un borrador hasta que la firme.</translation>
    </message>
    <message>
        <source>Signed note</source>
        <translation>Nota firmada</translation>
    </message>
    <message>
        <source>Signed by {name} on {when}. A signed note never changes: add an addendum to correct it.</source>
        <translation>Firmada por {name} el {when}. Una nota firmada ya no cambia: para corregirla, agregue una adenda.</translation>
    </message>
    <message>
        <source>Draft by {name} — not signed yet.</source>
        <translation>Borrador de {name}: todavía sin firmar.</translation>
    </message>
    <message>
        <source>Draft by {name}: only its author and the counsellors named on it may change it.</source>
        <translation>Borrador de {name}: solo su autora y las profesionales nombradas en él pueden cambiarlo.</translation>
    </message>
    <message>
        <source>Sign the note</source>
        <translation>Firmar la nota</translation>
    </message>
    <message>
        <source>Once signed, this note can never be changed; corrections are added as addenda. Sign it now?</source>
        <translation>Una vez firmada, esta nota ya no podrá cambiarse; las correcciones se agregan como adendas. ¿Desea firmarla ahora?</translation>
    </message>
    <message>
        <source>Add addendum</source>
        <translation>Agregar adenda</translation>
    </message>
    <message>
        <source>The addendum is added below the signed note, with your name and the time. It cannot be changed later.</source>
        <translation>La adenda se agrega debajo de la nota firmada, con su nombre y la hora. Después no se puede cambiar.</translation>
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
    <name>PdfDialog</name>
    <message>
        <source>Person file PDF for a referral</source>
        <translation>Ficha PDF para derivación</translation>
    </message>
    <message>
        <source>The file carries only what a referral needs: no staff notes, no gender identity or orientation, no safety plan. Every PDF is written to the audit log.</source>
        <translation>La ficha lleva solo lo que una derivación necesita: sin notas del equipo, sin identidad de género ni orientación, sin plan de seguridad. Cada PDF queda en el registro de auditoría.</translation>
    </message>
    <message>
        <source>Institution that receives it</source>
        <translation>Institución que la recibe</translation>
    </message>
    <message>
        <source>Her consent covers: {list}.</source>
        <translation>Su consentimiento cubre: {list}.</translation>
    </message>
    <message>
        <source>She has not agreed to share her record with any institution.</source>
        <translation>Ella no ha aceptado compartir su ficha con ninguna institución.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Guardar como</translation>
    </message>
    <message>
        <source>Emergency: share WITHOUT her consent</source>
        <translation>Emergencia: compartir SIN su consentimiento</translation>
    </message>
    <message>
        <source>Why it cannot wait for her consent</source>
        <translation>Por qué no se puede esperar su consentimiento</translation>
    </message>
    <message>
        <source>Administrator override (audited)</source>
        <translation>Decisión de la administración (queda en la auditoría)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Write PDF</source>
        <translation>Crear PDF</translation>
    </message>
    <message>
        <source>Save the PDF</source>
        <translation>Guardar el PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Choose where to save the PDF.</source>
        <translation>Elija dónde guardar el PDF.</translation>
    </message>
    <message>
        <source>Write the reason for the override.</source>
        <translation>Escriba el motivo de la decisión.</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>Creando el PDF…</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/aaaa</translation>
    </message>
    <message>
        <source>about {age}</source>
        <translation>aprox. {age}</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Sin evaluar</translation>
    </message>
    <message>
        <source>Enter the age as a whole number of years.</source>
        <translation>Escriba la edad en años enteros.</translation>
    </message>
    <message>
        <source>Enter the date as dd/mm/yyyy, for example 17/05/1990.</source>
        <translation>Escriba la fecha como dd/mm/aaaa, por ejemplo 17/05/1990.</translation>
    </message>
    <message>
        <source>DNI</source>
        <translation>DNI</translation>
    </message>
    <message>
        <source>Carné de extranjería</source>
        <translation>Carné de extranjería</translation>
    </message>
    <message>
        <source>No document</source>
        <translation>Sin documento</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Femenino</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Masculino</translation>
    </message>
    <message>
        <source>Intersex</source>
        <translation>Intersexual</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation>Mujer</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>Hombre</translation>
    </message>
    <message>
        <source>Trans woman</source>
        <translation>Mujer trans</translation>
    </message>
    <message>
        <source>Trans man</source>
        <translation>Hombre trans</translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation>No binaria</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Prefers not to say</source>
        <translation>Prefiere no decir</translation>
    </message>
    <message>
        <source>Heterosexual</source>
        <translation>Heterosexual</translation>
    </message>
    <message>
        <source>Lesbian</source>
        <translation>Lesbiana</translation>
    </message>
    <message>
        <source>Gay</source>
        <translation>Gay</translation>
    </message>
    <message>
        <source>Bisexual</source>
        <translation>Bisexual</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Castellano</translation>
    </message>
    <message>
        <source>Quechua</source>
        <translation>Quechua</translation>
    </message>
    <message>
        <source>Aymara</source>
        <translation>Aimara</translation>
    </message>
    <message>
        <source>She came on her own</source>
        <translation>Llegó por su cuenta</translation>
    </message>
    <message>
        <source>Mobile team</source>
        <translation>Equipo itinerante</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Policía</translation>
    </message>
    <message>
        <source>Women&apos;s Emergency Centre (CEM)</source>
        <translation>Centro Emergencia Mujer (CEM)</translation>
    </message>
    <message>
        <source>Health centre</source>
        <translation>Centro de salud</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familia</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Comunidad</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>Jefa de hogar</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Hija/o</translation>
    </message>
    <message>
        <source>Dependant</source>
        <translation>Dependiente</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Pareja</translation>
    </message>
    <message>
        <source>Receive services and keep her record</source>
        <translation>Recibir servicios y guardar su ficha</translation>
    </message>
    <message>
        <source>Share her record with institutions</source>
        <translation>Compartir su ficha con instituciones</translation>
    </message>
    <message>
        <source>Send her record to the central office</source>
        <translation>Enviar su ficha a la oficina central</translation>
    </message>
    <message>
        <source>Count her in statistics, without her name</source>
        <translation>Contarla en estadísticas, sin su nombre</translation>
    </message>
    <message>
        <source>We keep her details on this computer, locked with a password, so we can help her and her children. Needed to register her.</source>
        <translation>Guardamos sus datos en esta computadora, protegidos con contraseña, para poder ayudarla a ella y a sus hijos. Es necesario para registrarla.</translation>
    </message>
    <message>
        <source>Only with the institutions she names, for example when we refer her to the CEM. Our services do not depend on this.</source>
        <translation>Solo con las instituciones que ella nombre, por ejemplo cuando la derivamos al CEM. Nuestros servicios no dependen de esto.</translation>
    </message>
    <message>
        <source>Her record, with her name, goes to our central office on an encrypted USB stick. Without this, only figures without her name travel.</source>
        <translation>Su ficha, con su nombre, va a nuestra oficina central en una memoria USB cifrada. Sin esto, solo viajan cifras sin su nombre.</translation>
    </message>
    <message>
        <source>She is counted in reports for the municipality and the Ministry, never with her name, document or address.</source>
        <translation>Se la cuenta en los informes para la municipalidad y el Ministerio, nunca con su nombre, documento ni dirección.</translation>
    </message>
    <message>
        <source>Low (leve)</source>
        <translation>Leve</translation>
    </message>
    <message>
        <source>Moderate (moderado)</source>
        <translation>Moderado</translation>
    </message>
    <message>
        <source>Severe (severo)</source>
        <translation>Severo</translation>
    </message>
    <message>
        <source>Physical</source>
        <translation>Física</translation>
    </message>
    <message>
        <source>Psychological</source>
        <translation>Psicológica</translation>
    </message>
    <message>
        <source>Sexual</source>
        <translation>Sexual</translation>
    </message>
    <message>
        <source>Economic</source>
        <translation>Económica</translation>
    </message>
    <message>
        <source>Public Prosecutor (Fiscalía)</source>
        <translation>Fiscalía</translation>
    </message>
    <message>
        <source>Judiciary (Poder Judicial)</source>
        <translation>Poder Judicial</translation>
    </message>
    <message>
        <source>DEMUNA</source>
        <translation>DEMUNA</translation>
    </message>
    <message>
        <source>Incoming (sent to us)</source>
        <translation>Recibida (nos la derivaron)</translation>
    </message>
    <message>
        <source>Outgoing (we refer her)</source>
        <translation>Enviada (la derivamos)</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptada</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Concluida</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Anulada</translation>
    </message>
    <message>
        <source>Food basket</source>
        <translation>Canasta de víveres</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Movilidad</translation>
    </message>
    <message>
        <source>Lodging</source>
        <translation>Alojamiento</translation>
    </message>
    <message>
        <source>Clothing</source>
        <translation>Ropa</translation>
    </message>
    <message>
        <source>Same document number</source>
        <translation>Mismo número de documento</translation>
    </message>
    <message>
        <source>Similar name and same date of birth</source>
        <translation>Nombre parecido y misma fecha de nacimiento</translation>
    </message>
    <message>
        <source>Similar name</source>
        <translation>Nombre parecido</translation>
    </message>
</context>
<context>
    <name>PeopleList</name>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Find a person: type a name, DNI or phone (accents do not matter)</source>
        <translation>Buscar a una persona: escriba un nombre, DNI o teléfono (las tildes no importan)</translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation>Buscar a una persona</translation>
    </message>
    <message>
        <source>&amp;Register a person…</source>
        <translation>&amp;Registrar a una persona…</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>Personas encontradas</translation>
    </message>
    <message>
        <source>No one is registered yet</source>
        <translation>Todavía no hay nadie registrado</translation>
    </message>
    <message>
        <source>Register the first woman with “Register a person…”. Her children and dependants are registered with her, in the same form.</source>
        <translation>Registre a la primera mujer con «Registrar a una persona…». Sus hijas, hijos y dependientes se registran con ella, en el mismo formulario.</translation>
    </message>
    <message>
        <source>Nobody is registered yet. Shelter staff and counsellors register people.</source>
        <translation>Todavía no hay nadie registrado. El personal del albergue y el equipo psicosocial registran a las personas.</translation>
    </message>
    <message>
        <source>Nobody found</source>
        <translation>No se encontró a nadie</translation>
    </message>
    <message>
        <source>Check the spelling, or try the surname or the DNI alone. Accents and capitals do not matter. If she is new, register her.</source>
        <translation>Revise cómo está escrito, o pruebe solo con el apellido o el DNI. Las tildes y mayúsculas no importan. Si es nueva, regístrela.</translation>
    </message>
    <message>
        <source>Type part of a name, a DNI or a phone number: the list follows as you type. Arrow down to the list and press Enter to open a file. Every file you open is written to the audit log.</source>
        <translation>Escriba parte de un nombre, un DNI o un teléfono: la lista cambia mientras escribe. Baje con la flecha a la lista y pulse Enter para abrir una ficha. Cada ficha que abre queda en el registro de auditoría.</translation>
    </message>
    <message>
        <source>People found: {count}</source>
        <translation>Personas encontradas: {count}</translation>
    </message>
    <message>
        <source>Recently registered or changed</source>
        <translation>Registradas o modificadas hace poco</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Edad</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Current risk</source>
        <translation>Riesgo actual</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>Type a name, DNI or phone…</source>
        <translation>Escriba un nombre, DNI o teléfono…</translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation>Buscar a una persona</translation>
    </message>
    <message>
        <source>Start typing to find a person.</source>
        <translation>Empiece a escribir para buscar a una persona.</translation>
    </message>
    <message>
        <source>People found: {count}. Arrow down and Enter to choose.</source>
        <translation>Personas encontradas: {count}. Baje con la flecha y pulse Enter para elegir.</translation>
    </message>
    <message>
        <source>Nobody found. Check the spelling, or try the surname or the DNI alone.</source>
        <translation>No se encontró a nadie. Revise cómo está escrito, o pruebe solo con el apellido o el DNI.</translation>
    </message>
</context>
<context>
    <name>PersonSessionsTab</name>
    <message>
        <source>You can see that these sessions took place. Only counsellors read what was said in them.</source>
        <translation>Usted puede ver que estas sesiones se realizaron. Solo las profesionales de psicología y trabajo social leen lo que se conversó.</translation>
    </message>
    <message>
        <source>Open her case to read a note, add a follow-up task or write a session summary.</source>
        <translation>Abra su caso para leer una nota, agregar una tarea de seguimiento o hacer un resumen de sesiones.</translation>
    </message>
    <message>
        <source>Open her &amp;case in Sessions</source>
        <translation>Abrir su &amp;caso en Sesiones</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sesión</numerusform>
            <numerusform>%n sesiones</numerusform>
        </translation>
    </message>
    <message>
        <source>No sessions recorded with her yet.</source>
        <translation>Todavía no hay sesiones registradas con ella.</translation>
    </message>
</context>
<context>
    <name>PersonView</name>
    <message>
        <source>&amp;Back to the list</source>
        <translation>&amp;Volver a la lista</translation>
    </message>
    <message>
        <source>Referral &amp;PDF…</source>
        <translation>Ficha &amp;PDF para derivación…</translation>
    </message>
    <message>
        <source>&amp;Merge a duplicate…</source>
        <translation>&amp;Unir una ficha duplicada…</translation>
    </message>
    <message>
        <source>Current risk</source>
        <translation>Riesgo actual</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Datos</translation>
    </message>
    <message>
        <source>&amp;Household</source>
        <translation>&amp;Hogar</translation>
    </message>
    <message>
        <source>C&amp;onsent</source>
        <translation>C&amp;onsentimientos</translation>
    </message>
    <message>
        <source>&amp;Risk</source>
        <translation>&amp;Riesgo</translation>
    </message>
    <message>
        <source>Safety p&amp;lan</source>
        <translation>P&amp;lan de seguridad</translation>
    </message>
    <message>
        <source>&amp;Emergency contacts</source>
        <translation>Contactos de &amp;emergencia</translation>
    </message>
    <message>
        <source>Re&amp;ferrals</source>
        <translation>Deri&amp;vaciones</translation>
    </message>
    <message>
        <source>&amp;Services</source>
        <translation>&amp;Servicios</translation>
    </message>
    <message>
        <source>Sess&amp;ions</source>
        <translation>Sesi&amp;ones</translation>
    </message>
    <message>
        <source>E&amp;dit her details…</source>
        <translation>E&amp;ditar sus datos…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Parentesco</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Edad</translation>
    </message>
    <message>
        <source>Open the selected file</source>
        <translation>Abrir la ficha elegida</translation>
    </message>
    <message>
        <source>She came alone: nobody is registered in her household.</source>
        <translation>Llegó sola: no hay nadie registrado en su hogar.</translation>
    </message>
    <message>
        <source>The children and dependants registered with her. Each has a file of their own.</source>
        <translation>Las hijas, hijos y dependientes registrados con ella. Cada uno tiene su propia ficha.</translation>
    </message>
    <message>
        <source>Record consent…</source>
        <translation>Registrar consentimiento…</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>Retirar…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>Instituciones</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Registrado por</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>No consent recorded yet.</source>
        <translation>Todavía no hay consentimientos registrados.</translation>
    </message>
    <message>
        <source>&amp;New risk assessment…</source>
        <translation>&amp;Nueva evaluación de riesgo…</translation>
    </message>
    <message>
        <source>Substance-use &amp;screening…</source>
        <translation>Tamizaje de &amp;consumo de sustancias…</translation>
    </message>
    <message>
        <source>Risk assessments (newest first)</source>
        <translation>Evaluaciones de riesgo (la más reciente primero)</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Nivel de riesgo</translation>
    </message>
    <message>
        <source>Types of violence</source>
        <translation>Tipos de violencia</translation>
    </message>
    <message>
        <source>Assessed by</source>
        <translation>Evaluado por</translation>
    </message>
    <message>
        <source>No risk assessment yet. Assess her risk as soon as you can: it guides the safety plan.</source>
        <translation>Todavía no hay evaluación de riesgo. Evalúe su riesgo apenas pueda: orienta el plan de seguridad.</translation>
    </message>
    <message>
        <source>Substance-use screenings</source>
        <translation>Tamizajes de consumo de sustancias</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrumento</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntaje</translation>
    </message>
    <message>
        <source>No screening recorded. Only if she agrees and it helps her care.</source>
        <translation>No hay tamizajes registrados. Solo si ella está de acuerdo y ayuda a su atención.</translation>
    </message>
    <message>
        <source>What she will do if she is in danger: where to go, whom to call, what to take with her, a code word with someone she trusts.</source>
        <translation>Qué hará si está en peligro: a dónde ir, a quién llamar, qué llevar, una palabra clave con alguien de su confianza.</translation>
    </message>
    <message>
        <source>New checklist item, then Enter</source>
        <translation>Nuevo punto de la lista, luego Enter</translation>
    </message>
    <message>
        <source>Save a new &amp;version</source>
        <translation>Guardar una nueva &amp;versión</translation>
    </message>
    <message>
        <source>Her plan</source>
        <translation>Su plan</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Lista de verificación</translation>
    </message>
    <message>
        <source>&amp;Add a contact…</source>
        <translation>&amp;Agregar un contacto…</translation>
    </message>
    <message>
        <source>Whom to call if she is in danger. A person marked “never contact” is the aggressor: never call, answer or tell them anything about her.</source>
        <translation>A quién llamar si ella está en peligro. Una persona marcada «nunca contactar» es el agresor: nunca la llame, no le conteste ni le diga nada sobre ella.</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sentido</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>&amp;New referral…</source>
        <translation>&amp;Nueva derivación…</translation>
    </message>
    <message>
        <source>Follow &amp;up the selected one…</source>
        <translation>Hacer &amp;seguimiento a la elegida…</translation>
    </message>
    <message>
        <source>No referrals yet: who sent her to us, and where we refer her (CEM, police, Fiscalía, DEMUNA, health centre).</source>
        <translation>Todavía no hay derivaciones: quién nos la envió y a dónde la derivamos (CEM, policía, Fiscalía, DEMUNA, centro de salud).</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>&amp;Log a service…</source>
        <translation>&amp;Registrar un servicio…</translation>
    </message>
    <message>
        <source>No services logged yet (food basket, transport, lodging, clothing).</source>
        <translation>Todavía no hay servicios registrados (canasta de víveres, movilidad, alojamiento, ropa).</translation>
    </message>
    <message>
        <source>{age} years</source>
        <translation>{age} años</translation>
    </message>
    <message>
        <source>Age unknown</source>
        <translation>Edad desconocida</translation>
    </message>
    <message>
        <source>Phone {phone}</source>
        <translation>Teléfono {phone}</translation>
    </message>
    <message>
        <source>assessed {date}</source>
        <translation>evaluado el {date}</translation>
    </message>
    <message>
        <source>no assessment yet</source>
        <translation>sin evaluación todavía</translation>
    </message>
    <message>
        <source>Current risk: {level}</source>
        <translation>Riesgo actual: {level}</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>No se preguntó</translation>
    </message>
    <message>
        <source>unknown; about {age} years old</source>
        <translation>desconocida; aprox. {age} años</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Nombres</translation>
    </message>
    <message>
        <source>Surnames</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Gender identity</source>
        <translation>Identidad de género</translation>
    </message>
    <message>
        <source>Sexual orientation</source>
        <translation>Orientación sexual</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Derivada por</translation>
    </message>
    <message>
        <source>Notes for the team</source>
        <translation>Notas para el equipo</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registrada</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Último cambio</translation>
    </message>
    <message>
        <source>Merged record</source>
        <translation>Ficha unida</translation>
    </message>
    <message>
        <source>{date}, by {who}: {reason}</source>
        <translation>{date}, por {who}: {reason}</translation>
    </message>
    <message>
        <source>(this file)</source>
        <translation>(esta ficha)</translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation>Todavía no se preguntó</translation>
    </message>
    <message>
        <source>Given on {date} ({who})</source>
        <translation>Dado el {date} ({who})</translation>
    </message>
    <message>
        <source>Withdrawn on {date} ({who})</source>
        <translation>Retirado el {date} ({who})</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Cambiar…</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Dado</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirado</translation>
    </message>
    <message>
        <source>Version of {date}, by {who}. Earlier versions are kept.</source>
        <translation>Versión del {date}, por {who}. Las versiones anteriores se guardan.</translation>
    </message>
    <message>
        <source>No safety plan yet.</source>
        <translation>Todavía no hay plan de seguridad.</translation>
    </message>
    <message>
        <source>No emergency contacts yet. Ask her whom we may call if she is in danger — and whom we must never call.</source>
        <translation>Todavía no hay contactos de emergencia. Pregúntele a quién podemos llamar si está en peligro, y a quién no debemos llamar nunca.</translation>
    </message>
    <message>
        <source>NEVER CONTACT — aggressor</source>
        <translation>NUNCA CONTACTAR — agresor</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Choose a referral in the list first.</source>
        <translation>Primero elija una derivación de la lista.</translation>
    </message>
    <message>
        <source>PDF written: {path}. It is confidential: hand it over in person.</source>
        <translation>PDF creado: {path}. Es confidencial: entréguelo en persona.</translation>
    </message>
    <message>
        <source>The two records are now one.</source>
        <translation>Las dos fichas ahora son una sola.</translation>
    </message>
    <message>
        <source>Safety plan saved.</source>
        <translation>Plan de seguridad guardado.</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>Quitar contacto</translation>
    </message>
    <message>
        <source>Remove this emergency contact from her file?</source>
        <translation>¿Quitar este contacto de emergencia de su ficha?</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
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
        <translation>todos los lugares</translation>
    </message>
    <message>
        <source>Recall a lot</source>
        <translation>Retirar un lote</translation>
    </message>
    <message>
        <source>e.g. DIGEMID alert number</source>
        <translation>p. ej. número de la alerta DIGEMID</translation>
    </message>
    <message>
        <source>&amp;Medicine:</source>
        <translation>&amp;Medicamento:</translation>
    </message>
    <message>
        <source>&amp;Lot:</source>
        <translation>&amp;Lote:</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>Moti&amp;vo:</translation>
    </message>
    <message>
        <source>A recalled lot can no longer be dispensed or sent to a botiquín, anywhere. This cannot be undone.</source>
        <translation>Un lote retirado ya no se puede entregar ni enviar a ningún botiquín, en ningún lugar. Esto no se puede deshacer.</translation>
    </message>
    <message>
        <source>&amp;Recall the lot</source>
        <translation>&amp;Retirar el lote</translation>
    </message>
    <message>
        <source>{lot} · expires {expiry} · {state}</source>
        <translation>{lot} · vence el {expiry} · {state}</translation>
    </message>
    <message>
        <source>Choose a medicine from the list.</source>
        <translation>Elija un medicamento de la lista.</translation>
    </message>
    <message>
        <source>This medicine has no lots recorded yet.</source>
        <translation>Este medicamento aún no tiene lotes registrados.</translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message>
        <source>Receive medicine</source>
        <translation>Recibir medicamento</translation>
    </message>
    <message>
        <source>e.g. 100</source>
        <translation>p. ej. 100</translation>
    </message>
    <message>
        <source>e.g. Almacén central, DIRIS Lima Este, donation</source>
        <translation>p. ej. Almacén central, DIRIS Lima Este, donación</translation>
    </message>
    <message>
        <source>The lot has already expired: record it and &amp;write it off at once</source>
        <translation>El lote ya está vencido: registrarlo y darlo de &amp;baja de inmediato</translation>
    </message>
    <message>
        <source>&amp;Barcode:</source>
        <translation>Código de b&amp;arras:</translation>
    </message>
    <message>
        <source>&amp;Medicine:</source>
        <translation>&amp;Medicamento:</translation>
    </message>
    <message>
        <source>&amp;Lot:</source>
        <translation>&amp;Lote:</translation>
    </message>
    <message>
        <source>E&amp;xpiry:</source>
        <translation>&amp;Vencimiento:</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Cantidad:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Procedencia:</translation>
    </message>
    <message>
        <source>&amp;Date received:</source>
        <translation>&amp;Fecha de recepción:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ota:</translation>
    </message>
    <message>
        <source>&amp;Receive</source>
        <translation>&amp;Recibir</translation>
    </message>
    <message>
        <source>Choose a medicine from the list.</source>
        <translation>Elija un medicamento de la lista.</translation>
    </message>
    <message>
        <source>Received {quantity} {unit} of {item}, lot {lot} (expires {expiry}).</source>
        <translation>Se recibió {item}: {quantity} ({unit}), lote {lot} (vence el {expiry}).</translation>
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
    <name>ReferralDialog</name>
    <message>
        <source>New referral</source>
        <translation>Nueva derivación</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sentido</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <source>Name of the office</source>
        <translation>Nombre de la oficina</translation>
    </message>
    <message>
        <source>e.g. CEM Ate</source>
        <translation>p. ej. CEM Ate</translation>
    </message>
    <message>
        <source>Date (dd/mm/yyyy)</source>
        <translation>Fecha (dd/mm/aaaa)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>ReferralStatusDialog</name>
    <message>
        <source>Follow up a referral</source>
        <translation>Seguimiento de una derivación</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>What came of it</source>
        <translation>Qué resultó</translation>
    </message>
</context>
<context>
    <name>ReorderDialog</name>
    <message>
        <source>Reorder level</source>
        <translation>Punto de reposición</translation>
    </message>
    <message>
        <source>Target in months of stock</source>
        <translation>Meta en meses de existencias</translation>
    </message>
    <message>
        <source>months of stock</source>
        <translation>meses de existencias</translation>
    </message>
    <message>
        <source>&amp;Medicine:</source>
        <translation>&amp;Medicamento:</translation>
    </message>
    <message>
        <source>&amp;Reorder at:</source>
        <translation>&amp;Pedir al llegar a:</translation>
    </message>
    <message>
        <source>Order &amp;up to:</source>
        <translation>Pedir &amp;hasta:</translation>
    </message>
    <message>
        <source>At or below the reorder level the medicine shows as low stock. The suggested order brings the stock up to the target months of average use. Enter 0 to stop the low-stock alert.</source>
        <translation>En el punto de reposición o por debajo, el medicamento aparece con pocas existencias. El pedido sugerido sube las existencias hasta la meta en meses de consumo promedio. Escriba 0 para quitar la alerta de pocas existencias.</translation>
    </message>
    <message>
        <source>&amp;Save level</source>
        <translation>&amp;Guardar punto</translation>
    </message>
    <message>
        <source>No reorder level set here yet.</source>
        <translation>Aquí todavía no hay punto de reposición.</translation>
    </message>
    <message>
        <source>On hand: {on_hand} {unit}. No consumption recorded in the last three months.</source>
        <translation>Hay: {on_hand} {unit}. No se registró consumo en los últimos tres meses.</translation>
    </message>
    <message>
        <source>On hand: {on_hand} {unit}. Average monthly use: {amc} {unit}.</source>
        <translation>Hay: {on_hand} {unit}. Consumo promedio mensual: {amc} {unit}.</translation>
    </message>
    <message>
        <source>Choose a medicine from the list.</source>
        <translation>Elija un medicamento de la lista.</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>For a new computer, or after this one was repaired: choose the backup file (it ends in .cdbackup; it is on the USB stick or in the backups folder) and type the recovery code printed when Clinic Desk was first set up. Everything it holds is checked before it is put in place.</source>
        <translation>Para una computadora nueva, o después de reparar esta: elija el archivo de la copia (termina en .cdbackup; está en la memoria USB o en la carpeta de copias) y escriba el código de recuperación que se imprimió al configurar Clinic Desk por primera vez. Todo lo que contiene se verifica antes de ponerlo en su lugar.</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Archivo de la copia</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Código de recuperación</translation>
    </message>
    <message>
        <source>Then, at the login window, choose «Forgot password?» and type the same code to set a new password on this computer.</source>
        <translation>Luego, en la ventana de ingreso, elija «¿Olvidó su contraseña?» y escriba el mismo código para poner una contraseña nueva en esta computadora.</translation>
    </message>
    <message>
        <source>Backup to restore</source>
        <translation>Copia que se restaurará</translation>
    </message>
    <message>
        <source>Clinic Desk backups (*.cdbackup);;All files (*)</source>
        <translation>Copias de Clinic Desk (*.cdbackup);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Choose the backup file.</source>
        <translation>Elija el archivo de la copia.</translation>
    </message>
    <message>
        <source>Type the recovery code.</source>
        <translation>Escriba el código de recuperación.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>Restore the backup of {when}?</source>
        <translation>¿Restaurar la copia del {when}?</translation>
    </message>
    <message>
        <source>What will happen:
1. This session closes (everyone using Clinic Desk on this PC must save their work first).
2. The copy {file} is checked: encryption, structure and audit log. If anything is wrong, nothing is replaced.
3. The database in use is replaced by the copy. Everything entered after {when} is lost unless it is in another backup. The database it replaces is kept in the backups folder (before-restore-…).
4. You log in again, with the passwords that were valid on {when}.</source>
        <translation>Qué pasará:
1. Esta sesión se cierra (todas las personas que usan Clinic Desk en esta PC deben guardar antes su trabajo).
2. Se verifica la copia {file}: cifrado, estructura y registro de auditoría. Si algo está mal, no se reemplaza nada.
3. La base de datos en uso se reemplaza por la copia. Todo lo ingresado después del {when} se pierde, salvo que esté en otra copia. La base de datos reemplazada se guarda en la carpeta de copias (before-restore-…).
4. Usted ingresa de nuevo, con las contraseñas que valían el {when}.</translation>
    </message>
    <message>
        <source>I understand that work entered after {when} will be lost</source>
        <translation>Entiendo que se perderá lo ingresado después del {when}</translation>
    </message>
    <message>
        <source>Your &amp;password:</source>
        <translation>Su &amp;contraseña:</translation>
    </message>
    <message>
        <source>&amp;Restore and log out</source>
        <translation>&amp;Restaurar y cerrar sesión</translation>
    </message>
</context>
<context>
    <name>ReverseDialog</name>
    <message>
        <source>Reverse an entry</source>
        <translation>Anular un movimiento</translation>
    </message>
    <message>
        <source>e.g. typed 100 instead of 10</source>
        <translation>p. ej. se escribió 100 en vez de 10</translation>
    </message>
    <message>
        <source>Entry:</source>
        <translation>Movimiento:</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>Moti&amp;vo:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>The entry stays in the history. A new entry with the opposite quantity cancels it and names it. An entry can be reversed only once.</source>
        <translation>El movimiento se queda en el historial. Un movimiento nuevo con la cantidad contraria lo anula y lo menciona. Un movimiento se puede anular una sola vez.</translation>
    </message>
    <message>
        <source>A transfer is reversed at both locations.</source>
        <translation>Una transferencia se anula en los dos lugares.</translation>
    </message>
    <message>
        <source>&amp;Reverse entry</source>
        <translation>&amp;Anular movimiento</translation>
    </message>
</context>
<context>
    <name>RiskChart</name>
    <message>
        <source>Risk over time</source>
        <translation>Riesgo en el tiempo</translation>
    </message>
    <message>
        <source>No risk assessment yet</source>
        <translation>Todavía no hay evaluación de riesgo</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
</context>
<context>
    <name>RiskDialog</name>
    <message>
        <source>New risk assessment</source>
        <translation>Nueva evaluación de riesgo</translation>
    </message>
    <message>
        <source>The newest assessment is her current risk level. Earlier ones stay in the history.</source>
        <translation>La evaluación más reciente es su nivel de riesgo actual. Las anteriores quedan en el historial.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elija…</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Nivel de riesgo</translation>
    </message>
    <message>
        <source>Types of violence</source>
        <translation>Tipos de violencia</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Choose the risk level.</source>
        <translation>Elija el nivel de riesgo.</translation>
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
        <source>Roles:</source>
        <translation>Roles:</translation>
    </message>
    <message>
        <source>Save roles</source>
        <translation>Guardar roles</translation>
    </message>
</context>
<context>
    <name>ScreeningDialog</name>
    <message>
        <source>Substance-use screening</source>
        <translation>Tamizaje de consumo de sustancias</translation>
    </message>
    <message>
        <source>Write the name of the instrument used (for example AUDIT-C or ASSIST) and the total score.</source>
        <translation>Escriba el nombre del instrumento usado (por ejemplo AUDIT-C o ASSIST) y el puntaje total.</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrumento</translation>
    </message>
    <message>
        <source>Total score</source>
        <translation>Puntaje total</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
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
        <source>No backup has been made yet. Make one in Exchange → Backups, and keep a copy on a USB stick away from this PC.</source>
        <translation>Todavía no se hizo ninguna copia de seguridad. Haga una en Intercambio → Copias de seguridad y guarde una copia en una memoria USB, lejos de esta PC.</translation>
    </message>
    <message>
        <source>Today.</source>
        <translation>Hoy.</translation>
    </message>
    <message>
        <source>{days} days ago. Exchange → Backups makes a new one.</source>
        <translation>Hace {days} días. En Intercambio → Copias de seguridad puede hacer una nueva.</translation>
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
    <name>ServiceDialog</name>
    <message>
        <source>Log a service given</source>
        <translation>Registrar un servicio brindado</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Date (dd/mm/yyyy)</source>
        <translation>Fecha (dd/mm/aaaa)</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>SessionListView</name>
    <message>
        <source>All sessions</source>
        <translation>Todas las sesiones</translation>
    </message>
    <message>
        <source>My sessions</source>
        <translation>Mis sesiones</translation>
    </message>
    <message>
        <source>My drafts to sign</source>
        <translation>Mis borradores por firmar</translation>
    </message>
    <message>
        <source>You can see that these sessions took place. Only counsellors read what was said in them.</source>
        <translation>Usted puede ver que estas sesiones se realizaron. Solo las profesionales de psicología y trabajo social leen lo que se conversó.</translation>
    </message>
    <message>
        <source>&amp;Open note</source>
        <translation>&amp;Abrir nota</translation>
    </message>
    <message>
        <source>This note is restricted to its author and the counsellors named on it.</source>
        <translation>Esta nota está reservada a su autora y a las profesionales nombradas en ella.</translation>
    </message>
    <message>
        <source>You can see that this session took place, not what was said.</source>
        <translation>Usted puede ver que esta sesión se realizó, pero no lo que se conversó.</translation>
    </message>
</context>
<context>
    <name>SessionTexts</name>
    <message>
        <source>Individual</source>
        <translation>Individual</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familiar</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupal</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Visita domiciliaria</translation>
    </message>
    <message>
        <source>Outreach</source>
        <translation>Trabajo de calle</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefónica</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Firmada</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Agendada</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Asistió</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>No asistió</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Anulada</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>Mild</source>
        <translation>Leve</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderado</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Severo</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Sin evaluar</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Charla</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Taller</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Feria</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translation>Barrio</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Colegio</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Mercado</translation>
    </message>
    <message>
        <source>Health centre</source>
        <translation>Centro de salud</translation>
    </message>
    <message>
        <source>Community hall</source>
        <translation>Local comunal</translation>
    </message>
    <message>
        <source>{status}, restricted</source>
        <translation>{status}, reservada</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Counsellors</source>
        <translation>Profesionales</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Mujeres</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Hombres</translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>&amp;New session…</source>
        <translation>&amp;Nueva sesión…</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>&amp;Agenda</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Sesiones</translation>
    </message>
    <message>
        <source>&amp;Case view</source>
        <translation>&amp;Caso</translation>
    </message>
    <message>
        <source>C&amp;ommunity activities</source>
        <translation>Actividades c&amp;omunitarias</translation>
    </message>
    <message>
        <source>&amp;Groups</source>
        <translation>&amp;Grupos</translation>
    </message>
    <message>
        <source>Follow-up &amp;tasks</source>
        <translation>&amp;Tareas de seguimiento</translation>
    </message>
    <message>
        <source>Te&amp;mplates</source>
        <translation>Plan&amp;tillas</translation>
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
    <name>SetupView</name>
    <message>
        <source>Room / bed</source>
        <translation>Habitación / cama</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Add &amp;room…</source>
        <translation>Agregar &amp;habitación…</translation>
    </message>
    <message>
        <source>Add &amp;bed…</source>
        <translation>Agregar &amp;cama…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>Cambiar &amp;nombre…</translation>
    </message>
    <message>
        <source>&amp;Out of service…</source>
        <translation>&amp;Fuera de servicio…</translation>
    </message>
    <message>
        <source>Back in ser&amp;vice</source>
        <translation>De &amp;vuelta en servicio</translation>
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation>&amp;Retirar</translation>
    </message>
    <message>
        <source>1 bed</source>
        <translation>1 cama</translation>
    </message>
    <message>
        <source>{n} beds</source>
        <translation>{n} camas</translation>
    </message>
    <message>
        <source>✕ Out of service: {reason}</source>
        <translation>✕ Fuera de servicio: {reason}</translation>
    </message>
    <message>
        <source>✓ In service</source>
        <translation>✓ En servicio</translation>
    </message>
    <message>
        <source>Add a room</source>
        <translation>Agregar una habitación</translation>
    </message>
    <message>
        <source>Room name:</source>
        <translation>Nombre de la habitación:</translation>
    </message>
    <message>
        <source>Add a bed</source>
        <translation>Agregar una cama</translation>
    </message>
    <message>
        <source>Rename the room</source>
        <translation>Cambiar el nombre de la habitación</translation>
    </message>
    <message>
        <source>Change the bed</source>
        <translation>Cambiar la cama</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>Fuera de servicio</translation>
    </message>
    <message>
        <source>Why can the bed not be used?</source>
        <translation>¿Por qué no se puede usar la cama?</translation>
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
        <translation>Estado</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Esperado</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Contado</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Diferencia</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Count again: stock moved</source>
        <translation>Contar de nuevo: hubo movimientos</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <source>To count</source>
        <translation>Por contar</translation>
    </message>
    <message>
        <source>Reason needed</source>
        <translation>Falta el motivo</translation>
    </message>
    <message>
        <source>Type the quantity counted and press Enter</source>
        <translation>Escriba la cantidad contada y presione Enter</translation>
    </message>
    <message>
        <source>Type the counted quantity first.</source>
        <translation>Primero escriba la cantidad contada.</translation>
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
    <name>Shelter</name>
    <message>
        <source>Occupied</source>
        <translation>Ocupada</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Libre</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Reservada</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>Fuera de servicio</translation>
    </message>
    <message>
        <source>Bed</source>
        <translation>Cama</translation>
    </message>
    <message>
        <source>Crib</source>
        <translation>Cuna</translation>
    </message>
    <message>
        <source>Mattress</source>
        <translation>Colchón</translation>
    </message>
    <message>
        <source>Herself</source>
        <translation>Ella misma</translation>
    </message>
    <message>
        <source>CEM (women&apos;s emergency centre)</source>
        <translation>CEM (Centro Emergencia Mujer)</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Policía</translation>
    </message>
    <message>
        <source>Prosecutor&apos;s office</source>
        <translation>Fiscalía</translation>
    </message>
    <message>
        <source>Health centre</source>
        <translation>Centro de salud</translation>
    </message>
    <message>
        <source>Mobile team</source>
        <translation>Equipo itinerante</translation>
    </message>
    <message>
        <source>DEMUNA</source>
        <translation>DEMUNA</translation>
    </message>
    <message>
        <source>Community or organisation</source>
        <translation>Comunidad u organización</translation>
    </message>
    <message>
        <source>Another shelter</source>
        <translation>Otro albergue</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Reintegrated with family</source>
        <translation>Reintegración familiar</translation>
    </message>
    <message>
        <source>Own home</source>
        <translation>Vivienda propia</translation>
    </message>
    <message>
        <source>Other institution</source>
        <translation>Otra institución</translation>
    </message>
    <message>
        <source>Left without notice</source>
        <translation>Salió sin avisar</translation>
    </message>
    <message>
        <source>Expelled for safety</source>
        <translation>Separada por seguridad</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Severo</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderado</translation>
    </message>
    <message>
        <source>Mild</source>
        <translation>Leve</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Sin evaluar</translation>
    </message>
</context>
<context>
    <name>ShelterPage</name>
    <message>
        <source>Shelter</source>
        <translation>Albergue</translation>
    </message>
    <message>
        <source>&amp;Night of:</source>
        <translation>&amp;Noche del:</translation>
    </message>
    <message>
        <source>&amp;Tonight</source>
        <translation>&amp;Esta noche</translation>
    </message>
    <message>
        <source>&amp;Cancel hold</source>
        <translation>&amp;Anular reserva</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Reservas</translation>
    </message>
    <message>
        <source>Add to the &amp;waitlist…</source>
        <translation>Agregar a la lista de &amp;espera…</translation>
    </message>
    <message>
        <source>W&amp;ithdraw</source>
        <translation>&amp;Retirar</translation>
    </message>
    <message>
        <source>Waitlist (highest risk first)</source>
        <translation>Lista de espera (mayor riesgo primero)</translation>
    </message>
    <message>
        <source>&amp;Bed board</source>
        <translation>&amp;Tablero de camas</translation>
    </message>
    <message>
        <source>&amp;Monthly figures</source>
        <translation>Cifras &amp;mensuales</translation>
    </message>
    <message>
        <source>Rooms and &amp;beds</source>
        <translation>Habitaciones y &amp;camas</translation>
    </message>
    <message>
        <source>{night}: {free} free · {occupied} occupied · {held} held · {out} out of service</source>
        <translation>{night}: {free} libres · {occupied} ocupadas · {held} reservadas · {out} fuera de servicio</translation>
    </message>
    <message>
        <source>◔ {bed} ({room})
{name}
until {until}</source>
        <translation>◔ {bed} ({room})
{name}
hasta {until}</translation>
    </message>
    <message>
        <source>No bed is held.</source>
        <translation>No hay camas reservadas.</translation>
    </message>
    <message>
        <source>{n}. {name}
Risk: {risk} · places: {count} · asked {date}</source>
        <translation>{n}. {name}
Riesgo: {risk} · cupos: {count} · pidió el {date}</translation>
    </message>
    <message>
        <source>Nobody is waiting.</source>
        <translation>Nadie está en espera.</translation>
    </message>
    <message>
        <source>Only shelter staff admit, move and discharge.</source>
        <translation>Solo el personal del albergue ingresa, cambia de cama y da egresos.</translation>
    </message>
    <message>
        <source>&amp;Admit…</source>
        <translation>&amp;Ingresar…</translation>
    </message>
    <message>
        <source>&amp;Hold for someone…</source>
        <translation>&amp;Reservar para alguien…</translation>
    </message>
    <message>
        <source>&amp;Cancel the hold</source>
        <translation>&amp;Anular la reserva</translation>
    </message>
    <message>
        <source>&amp;Move to another bed…</source>
        <translation>&amp;Cambiar de cama…</translation>
    </message>
    <message>
        <source>&amp;Discharge…</source>
        <translation>&amp;Egreso…</translation>
    </message>
    <message>
        <source>Out of service: {reason}</source>
        <translation>Fuera de servicio: {reason}</translation>
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
    <name>StatisticsSections</name>
    <message>
        <source>Intakes (people)</source>
        <translation>Ingresos (personas)</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Community activities</source>
        <translation>Actividades comunitarias</translation>
    </message>
    <message>
        <source>People reached in the community</source>
        <translation>Personas alcanzadas en la comunidad</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>Albergue</translation>
    </message>
    <message>
        <source>Medicine dispensed (thousandths)</source>
        <translation>Medicamentos entregados (milésimas)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>Grupo de edad</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Nivel de riesgo</translation>
    </message>
    <message>
        <source>Type of violence</source>
        <translation>Tipo de violencia</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <source>Admissions</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>Discharges</source>
        <translation>Egresos</translation>
    </message>
    <message>
        <source>Bed-nights</source>
        <translation>Camas-noche</translation>
    </message>
    <message>
        <source>Bed-nights available</source>
        <translation>Camas-noche disponibles</translation>
    </message>
    <message>
        <source>Occupancy (%)</source>
        <translation>Ocupación (%)</translation>
    </message>
    <message>
        <source>Average stay (nights)</source>
        <translation>Estancia promedio (noches)</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Derivada por</translation>
    </message>
    <message>
        <source>Reason for leaving</source>
        <translation>Motivo del egreso</translation>
    </message>
    <message>
        <source>all</source>
        <translation>total</translation>
    </message>
    <message>
        <source>women</source>
        <translation>mujeres</translation>
    </message>
    <message>
        <source>children and dependants</source>
        <translation>niñas, niños y dependientes</translation>
    </message>
    <message>
        <source>families</source>
        <translation>familias</translation>
    </message>
</context>
<context>
    <name>StatsView</name>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>&amp;Save CSV…</source>
        <translation>&amp;Guardar CSV…</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimensión</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message>
        <source>All sections</source>
        <translation>Todas las secciones</translation>
    </message>
    <message>
        <source>Nothing to count yet.</source>
        <translation>Todavía no hay nada que contar.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of figures.</source>
        <translation>
            <numerusform>%n fila de cifras.</numerusform>
            <numerusform>%n filas de cifras.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n row(s) to {path}</source>
        <translation>
            <numerusform>Se guardó %n fila en {path}</numerusform>
            <numerusform>Se guardaron %n filas en {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the statistics</source>
        <translation>Guardar las estadísticas</translation>
    </message>
    <message>
        <source>Counts per month for planning and for the reports the municipality and the Ministry ask for: no names, documents, dates of birth or notes, and groups of fewer than 5 people shown as &lt;5. The CSV holds the same figures, with codes instead of words.</source>
        <translation>Conteos por mes para planificar y para los reportes que piden la municipalidad y el Ministerio: sin nombres, documentos, fechas de nacimiento ni notas, y los grupos de menos de 5 personas aparecen como &lt;5. El CSV contiene las mismas cifras, con códigos en lugar de palabras.</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saving the statistics…</source>
        <translation>Guardando las estadísticas…</translation>
    </message>
</context>
<context>
    <name>StockModel</name>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>Existencias</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Next expiry</source>
        <translation>Próx. vencimiento</translation>
    </message>
    <message>
        <source>Monthly use</source>
        <translation>Consumo/mes</translation>
    </message>
    <message>
        <source>Months left</source>
        <translation>Meses de stock</translation>
    </message>
    <message>
        <source>Reorder at</source>
        <translation>Pedir en</translation>
    </message>
    <message>
        <source>To order</source>
        <translation>A pedir</translation>
    </message>
    <message>
        <source>Average monthly consumption over the last three months, not counting days without stock</source>
        <translation>Consumo promedio mensual de los últimos tres meses, sin contar los días sin existencias</translation>
    </message>
    <message>
        <source>Months the stock lasts at the average monthly consumption</source>
        <translation>Meses que duran las existencias con el consumo promedio mensual</translation>
    </message>
    <message>
        <source>At or below this quantity the item shows as low stock</source>
        <translation>Con esta cantidad o menos, el medicamento aparece con pocas existencias</translation>
    </message>
    <message>
        <source>Suggested order to reach the target months of stock</source>
        <translation>Pedido sugerido para llegar a los meses de stock deseados</translation>
    </message>
</context>
<context>
    <name>StockView</name>
    <message>
        <source>Filter by name or code</source>
        <translation>Filtrar por nombre o código</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>Bu&amp;scar:</translation>
    </message>
    <message>
        <source>&amp;Receive…</source>
        <translation>&amp;Recibir…</translation>
    </message>
    <message>
        <source>&amp;Dispense…</source>
        <translation>&amp;Entregar…</translation>
    </message>
    <message>
        <source>Se&amp;nd…</source>
        <translation>E&amp;nviar…</translation>
    </message>
    <message>
        <source>Ad&amp;just…</source>
        <translation>A&amp;justar…</translation>
    </message>
    <message>
        <source>Stock &amp;card</source>
        <translation>Kár&amp;dex</translation>
    </message>
    <message>
        <source>Reorder &amp;level…</source>
        <translation>Punto de &amp;reposición…</translation>
    </message>
    <message>
        <source>When this medicine shows as low stock, and how much to order</source>
        <translation>Cuándo este medicamento aparece con pocas existencias y cuánto pedir</translation>
    </message>
    <message>
        <source>Stock on hand</source>
        <translation>Existencias</translation>
    </message>
    <message>
        <source>Lots of the selected medicine</source>
        <translation>Lotes del medicamento elegido</translation>
    </message>
    <message>
        <source>No medicine here yet</source>
        <translation>Todavía no hay medicamentos aquí</translation>
    </message>
    <message>
        <source>Record what arrives with “Receive” (Ctrl+R). Items with stock or with a reorder level are listed here.</source>
        <translation>Registre lo que llega con «Recibir» (Ctrl+R). Aquí aparecen los medicamentos con existencias o con punto de reposición.</translation>
    </message>
    <message>
        <source>None of this medicine is on hand here. Record what arrives with “Receive”.</source>
        <translation>No hay existencias de este medicamento aquí. Registre lo que llega con «Recibir».</translation>
    </message>
    <message>
        <source>Select a medicine above to see its lots.</source>
        <translation>Elija un medicamento arriba para ver sus lotes.</translation>
    </message>
    <message>
        <source>Lots of {item}</source>
        <translation>Lotes de {item}</translation>
    </message>
    <message>
        <source>Lots</source>
        <translation>Lotes</translation>
    </message>
    <message>
        <source>Receipt saved.</source>
        <translation>Ingreso guardado.</translation>
    </message>
    <message>
        <source>Dispensing saved.</source>
        <translation>Entrega guardada.</translation>
    </message>
    <message>
        <source>Transfer saved: the other location has the stock now.</source>
        <translation>Transferencia guardada: las existencias ya están en el otro lugar.</translation>
    </message>
    <message>
        <source>Adjustment saved.</source>
        <translation>Ajuste guardado.</translation>
    </message>
    <message>
        <source>Reorder level saved.</source>
        <translation>Punto de reposición guardado.</translation>
    </message>
</context>
<context>
    <name>StocktakeView</name>
    <message>
        <source>Count &amp;sheet:</source>
        <translation>&amp;Hoja de conteo:</translation>
    </message>
    <message>
        <source>&amp;New count sheet</source>
        <translation>&amp;Nueva hoja de conteo</translation>
    </message>
    <message>
        <source>P&amp;rint sheet (PDF)…</source>
        <translation>Im&amp;primir hoja (PDF)…</translation>
    </message>
    <message>
        <source>Print &amp;without expected quantities</source>
        <translation>Imprimir &amp;sin cantidades esperadas</translation>
    </message>
    <message>
        <source>So the count is not influenced by what the computer expects</source>
        <translation>Para que el conteo no se guíe por lo que espera la computadora</translation>
    </message>
    <message>
        <source>Count &amp;again flagged lines</source>
        <translation>Volver a con&amp;tar las marcadas</translation>
    </message>
    <message>
        <source>&amp;Post the count</source>
        <translation>&amp;Registrar el conteo</translation>
    </message>
    <message>
        <source>1. Make a count sheet and print it. 2. Count what is on the shelf. 3. Type each count in the “Counted” column and choose a reason where it differs. 4. Post: the differences become adjustments, all at once.</source>
        <translation>1. Haga una hoja de conteo e imprímala. 2. Cuente lo que hay en el estante. 3. Escriba cada conteo en la columna «Contado» y elija un motivo donde haya diferencia. 4. Registre: las diferencias se vuelven ajustes, todas a la vez.</translation>
    </message>
    <message>
        <source>Count sheet</source>
        <translation>Hoja de conteo</translation>
    </message>
    <message>
        <source>No count sheet yet</source>
        <translation>Todavía no hay hoja de conteo</translation>
    </message>
    <message>
        <source>Press “New count sheet”: it lists every lot the computer thinks is on the shelf here, ready to print and count.</source>
        <translation>Presione «Nueva hoja de conteo»: lista cada lote que la computadora cree que está en el estante, lista para imprimir y contar.</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abierta</translation>
    </message>
    <message>
        <source>posted</source>
        <translation>registrada</translation>
    </message>
    <message>
        <source>{counted} of {total} lots counted · {differ} with a difference</source>
        <translation>{counted} de {total} lotes contados · {differ} con diferencia</translation>
    </message>
    <message>
        <source>{n} to count again</source>
        <translation>{n} por contar de nuevo</translation>
    </message>
    <message>
        <source>posted: it can no longer change</source>
        <translation>registrada: ya no se puede cambiar</translation>
    </message>
    <message>
        <source>Count sheet made with {n} lots. Print it, count, then type the counts here.</source>
        <translation>Hoja de conteo hecha con {n} lotes. Imprímala, cuente y luego escriba aquí lo contado.</translation>
    </message>
    <message>
        <source>Save the count sheet as PDF</source>
        <translation>Guardar la hoja de conteo como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Making the count sheet PDF…</source>
        <translation>Preparando el PDF de la hoja de conteo…</translation>
    </message>
    <message>
        <source>The flagged lines show what is expected now. Count them again.</source>
        <translation>Las líneas marcadas muestran lo que se espera ahora. Vuelva a contarlas.</translation>
    </message>
    <message>
        <source>Posting the count…</source>
        <translation>Registrando el conteo…</translation>
    </message>
    <message>
        <source>Lines posted: {posted}; adjustments: {adjusted}. Not posted, because the stock moved while counting: {recount} (marked “Count again”). Press “Count again flagged lines”, count them and post again.</source>
        <translation>Líneas registradas: {posted}; ajustes: {adjusted}. Sin registrar, porque hubo movimientos mientras se contaba: {recount} (marcadas «Contar de nuevo»). Presione «Volver a contar las marcadas», cuéntelas y registre otra vez.</translation>
    </message>
    <message>
        <source>Count posted. Lines: {posted}; adjustments: {adjusted}.</source>
        <translation>Conteo registrado. Líneas: {posted}; ajustes: {adjusted}.</translation>
    </message>
</context>
<context>
    <name>SummaryPdfDialog</name>
    <message>
        <source>Session summary PDF</source>
        <translation>PDF de resumen de sesiones</translation>
    </message>
    <message>
        <source>A summary of her signed sessions, for a referral or for her to keep. Group notes about other women are never printed. Every PDF is written to the audit log.</source>
        <translation>Un resumen de sus sesiones firmadas, para una derivación o para que ella lo guarde. Nunca se imprimen las notas de grupo sobre otras mujeres. Cada PDF queda en el registro de auditoría.</translation>
    </message>
    <message>
        <source>For an &amp;institution (needs her consent)</source>
        <translation>Para una &amp;institución (necesita su consentimiento)</translation>
    </message>
    <message>
        <source>Her &amp;own copy</source>
        <translation>Su &amp;propia copia</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>Persona:</translation>
    </message>
    <message>
        <source>Institution:</source>
        <translation>Institución:</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Guardar como:</translation>
    </message>
    <message>
        <source>Write PDF</source>
        <translation>Crear PDF</translation>
    </message>
    <message>
        <source>Save the PDF</source>
        <translation>Guardar el PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Choose where to save the PDF.</source>
        <translation>Elija dónde guardar el PDF.</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>Creando el PDF…</translation>
    </message>
    <message>
        <source>Session summary &amp;PDF…</source>
        <translation>&amp;PDF de resumen de sesiones…</translation>
    </message>
    <message>
        <source>Find a person first.</source>
        <translation>Primero busque a una persona.</translation>
    </message>
    <message>
        <source>PDF written: {path}. It is confidential: hand it over in person.</source>
        <translation>PDF creado: {path}. Es confidencial: entréguelo en persona.</translation>
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
    <name>TasksView</name>
    <message>
        <source>Assigned to me</source>
        <translation>Asignadas a mí</translation>
    </message>
    <message>
        <source>All open tasks</source>
        <translation>Todas las tareas pendientes</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Asignada a</translation>
    </message>
    <message>
        <source>&amp;Add task…</source>
        <translation>&amp;Agregar tarea…</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Marcar como &amp;hecha</translation>
    </message>
    <message>
        <source>{due} overdue</source>
        <translation>{due} (vencida)</translation>
    </message>
    <message>
        <source>No open tasks.</source>
        <translation>No hay tareas pendientes.</translation>
    </message>
</context>
<context>
    <name>TemplatesView</name>
    <message>
        <source>{name} (switched off)</source>
        <translation>{name} (desactivada)</translation>
    </message>
    <message>
        <source>e.g. home_visit</source>
        <translation>p. ej. visita_domiciliaria</translation>
    </message>
    <message>
        <source>Offered in the note editor</source>
        <translation>Se ofrece en el editor de notas</translation>
    </message>
    <message>
        <source>&amp;New template</source>
        <translation>&amp;Nueva plantilla</translation>
    </message>
    <message>
        <source>&amp;Save template</source>
        <translation>&amp;Guardar plantilla</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Código:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Note templates</source>
        <translation>Plantillas de notas</translation>
    </message>
    <message>
        <source>New &amp;intervention</source>
        <translation>Nueva &amp;intervención</translation>
    </message>
    <message>
        <source>Save interv&amp;ention</source>
        <translation>Guardar interv&amp;ención</translation>
    </message>
    <message>
        <source>Co&amp;de:</source>
        <translation>Có&amp;digo:</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Texto:</translation>
    </message>
    <message>
        <source>&amp;Order in the list:</source>
        <translation>&amp;Orden en la lista:</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Intervenciones</translation>
    </message>
    <message>
        <source>Templates speed up writing notes; the interventions are the list a counsellor ticks on each note. Switch an entry off rather than renaming it into something else: old notes keep its name. Every change is written to the audit log.</source>
        <translation>Las plantillas hacen más rápido escribir notas; las intervenciones son la lista que la profesional marca en cada nota. Desactive un elemento en vez de cambiarle el nombre por otra cosa: las notas antiguas conservan su nombre. Cada cambio queda en el registro de auditoría.</translation>
    </message>
    <message>
        <source>Template saved.</source>
        <translation>Plantilla guardada.</translation>
    </message>
    <message>
        <source>Intervention saved.</source>
        <translation>Intervención guardada.</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Send to another location</source>
        <translation>Enviar a otro lugar</translation>
    </message>
    <message>
        <source>e.g. delivery note number</source>
        <translation>p. ej. número de la guía de remisión</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Destino:</translation>
    </message>
    <message>
        <source>&amp;Medicine:</source>
        <translation>&amp;Medicamento:</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Cantidad:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ota:</translation>
    </message>
    <message>
        <source>The lots that expire first are sent first. The other location sees the stock at once.</source>
        <translation>Se envían primero los lotes que vencen antes. El otro lugar ve las existencias de inmediato.</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>On hand here: {quantity} {unit}</source>
        <translation>Existencias aquí: {quantity} ({unit})</translation>
    </message>
    <message>
        <source>Choose a medicine from the list.</source>
        <translation>Elija un medicamento de la lista.</translation>
    </message>
    <message>
        <source>Move to another bed</source>
        <translation>Cambiar de cama</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Cambiar</translation>
    </message>
    <message>
        <source>{name}, now in {room} · {bed}</source>
        <translation>{name}, ahora en {room} · {bed}</translation>
    </message>
    <message>
        <source>New &amp;bed:</source>
        <translation>Nueva &amp;cama:</translation>
    </message>
    <message>
        <source>From the &amp;night of:</source>
        <translation>Desde la &amp;noche del:</translation>
    </message>
    <message>
        <source>No bed is free that night.</source>
        <translation>Esa noche no hay camas libres.</translation>
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
    <name>WaitlistDialog</name>
    <message>
        <source>Add to the waitlist</source>
        <translation>Agregar a la lista de espera</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Agregar</translation>
    </message>
    <message>
        <source>Nobody chosen yet.</source>
        <translation>Todavía no eligió a nadie.</translation>
    </message>
    <message>
        <source> people</source>
        <translation> personas</translation>
    </message>
    <message>
        <source>&amp;Places needed:</source>
        <translation>&amp;Cupos necesarios:</translation>
    </message>
    <message>
        <source>As&amp;ked on:</source>
        <translation>&amp;Pidió el:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ota:</translation>
    </message>
    <message>
        <source>Waiting: {name}</source>
        <translation>En espera: {name}</translation>
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
    <name>_FallbackPicker</name>
    <message>
        <source>Type a name or DNI…</source>
        <translation>Escriba un nombre o DNI…</translation>
    </message>
</context>
<context>
    <name>_PersonFields</name>
    <message>
        <source>years</source>
        <translation>años</translation>
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
        <source>A bed cannot return to service before it went out of service ({date}).</source>
        <translation>Una cama no puede volver al servicio antes de haber salido de servicio ({date}).</translation>
    </message>
    <message>
        <source>A bed is a bed, a crib or a mattress.</source>
        <translation>Una cama es cama, cuna o colchón.</translation>
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
        <source>A discharge cannot be before her last change of bed ({date}).</source>
        <translation>El egreso no puede ser antes de su último cambio de cama ({date}).</translation>
    </message>
    <message>
        <source>A discharge cannot be before the admission ({date}).</source>
        <translation>El egreso no puede ser antes del ingreso ({date}).</translation>
    </message>
    <message>
        <source>A discharge cannot be in the future.</source>
        <translation>El egreso no puede tener fecha futura.</translation>
    </message>
    <message>
        <source>A group session needs at least one person present.</source>
        <translation>Una sesión grupal necesita al menos una persona presente.</translation>
    </message>
    <message>
        <source>A headcount is a whole number, 0 or more.</source>
        <translation>El conteo es un número entero, 0 o más.</translation>
    </message>
    <message>
        <source>A hold lasts at most {days} days.</source>
        <translation>Una reserva dura como máximo {days} días.</translation>
    </message>
    <message>
        <source>A hold must end in the future.</source>
        <translation>La reserva debe terminar en el futuro.</translation>
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
        <source>A session cannot last more than 12 hours.</source>
        <translation>Una sesión no puede durar más de 12 horas.</translation>
    </message>
    <message>
        <source>A session that was held cannot be dated in the future. Book an appointment instead.</source>
        <translation>Una sesión realizada no puede tener fecha futura. Para eso, agende una cita.</translation>
    </message>
    <message>
        <source>A session was recorded for this appointment.</source>
        <translation>Ya se registró una sesión para esta cita.</translation>
    </message>
    <message>
        <source>A site code has 2 to 16 characters: letters A-Z without accents, digits or dashes, no spaces (for example HUAYCAN-01).</source>
        <translation>El código de la sede tiene de 2 a 16 caracteres: letras de la A a la Z sin tildes, números o guiones, sin espacios (por ejemplo HUAYCAN-01).</translation>
    </message>
    <message>
        <source>A transfer cannot be before she took her present bed ({date}).</source>
        <translation>El cambio no puede ser antes de que ocupara su cama actual ({date}).</translation>
    </message>
    <message>
        <source>A transfer cannot be in the future.</source>
        <translation>El cambio de cama no puede tener fecha futura.</translation>
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
        <source>An activity that was held cannot be dated in the future.</source>
        <translation>Una actividad realizada no puede tener fecha futura.</translation>
    </message>
    <message>
        <source>An admission cannot be in the future.</source>
        <translation>El ingreso no puede tener fecha futura.</translation>
    </message>
    <message>
        <source>An appointment cannot be booked in the past.</source>
        <translation>No se puede agendar una cita en el pasado.</translation>
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
        <source>Bed {label} is chosen twice: one person per bed.</source>
        <translation>La cama {label} está elegida dos veces: una persona por cama.</translation>
    </message>
    <message>
        <source>Bed {label} is held for someone else until {until}.</source>
        <translation>La cama {label} está reservada para otra persona hasta {until}.</translation>
    </message>
    <message>
        <source>Bed {label} is held for someone. Cancel the hold first.</source>
        <translation>La cama {label} está reservada. Anule primero la reserva.</translation>
    </message>
    <message>
        <source>Bed {label} is no longer in use.</source>
        <translation>La cama {label} ya no se usa.</translation>
    </message>
    <message>
        <source>Bed {label} is occupied. Choose a free bed.</source>
        <translation>La cama {label} está ocupada. Elija una cama libre.</translation>
    </message>
    <message>
        <source>Bed {label} is out of service: {reason}.</source>
        <translation>La cama {label} está fuera de servicio: {reason}.</translation>
    </message>
    <message>
        <source>Between 1 and 20 people.</source>
        <translation>Entre 1 y 20 personas.</translation>
    </message>
    <message>
        <source>Both records have shelter stays on the same nights. Correct one of the stays before merging.</source>
        <translation>Los dos registros tienen estancias en el albergue en las mismas noches. Corrija una de las estancias antes de unirlos.</translation>
    </message>
    <message>
        <source>Choose a document type: DNI, carné de extranjería or none.</source>
        <translation>Elija un tipo de documento: DNI, carné de extranjería o ninguno.</translation>
    </message>
    <message>
        <source>Choose a month and a year.</source>
        <translation>Elija un mes y un año.</translation>
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
        <source>Choose between 1 and 62 days.</source>
        <translation>Elija entre 1 y 62 días.</translation>
    </message>
    <message>
        <source>Choose between 1 and {max} days.</source>
        <translation>Elija entre 1 y {max} días.</translation>
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
        <source>Choose interventions from the list.</source>
        <translation>Elija las intervenciones de la lista.</translation>
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
        <source>Choose the group.</source>
        <translation>Elija el grupo.</translation>
    </message>
    <message>
        <source>Choose the institution from the list.</source>
        <translation>Elija la institución de la lista.</translation>
    </message>
    <message>
        <source>Choose the institution that receives the summary.</source>
        <translation>Elija la institución que recibe el resumen.</translation>
    </message>
    <message>
        <source>Choose the kind of activity.</source>
        <translation>Elija el tipo de actividad.</translation>
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
        <source>Choose the person for this appointment.</source>
        <translation>Elija a la persona para esta cita.</translation>
    </message>
    <message>
        <source>Choose the person or people seen in this session.</source>
        <translation>Elija a la persona o personas atendidas en esta sesión.</translation>
    </message>
    <message>
        <source>Choose the reason for the discharge from the list.</source>
        <translation>Elija de la lista el motivo del egreso.</translation>
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
        <source>Choose the type of session.</source>
        <translation>Elija el tipo de sesión.</translation>
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
        <source>Choose what happened with the appointment.</source>
        <translation>Elija qué pasó con la cita.</translation>
    </message>
    <message>
        <source>Choose where the activity took place.</source>
        <translation>Elija dónde se realizó la actividad.</translation>
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
        <source>Choose whether the task is open, done or cancelled.</source>
        <translation>Elija si la tarea está pendiente, hecha o anulada.</translation>
    </message>
    <message>
        <source>Choose who is admitted and her bed.</source>
        <translation>Elija a quién ingresa y su cama.</translation>
    </message>
    <message>
        <source>Choose who leaves.</source>
        <translation>Elija quiénes salen.</translation>
    </message>
    <message>
        <source>Choose who referred her from the list.</source>
        <translation>Elija de la lista quién la derivó.</translation>
    </message>
    <message>
        <source>Clinic Desk is already open on this data folder (in another window or command). Close it first.</source>
        <translation>Clinic Desk ya está abierto con esta carpeta de datos (en otra ventana o comando). Ciérrelo primero.</translation>
    </message>
    <message>
        <source>Count people as women or men, by age band.</source>
        <translation>Cuente a las personas como mujeres u hombres, por grupo de edad.</translation>
    </message>
    <message>
        <source>Count the people who took part.</source>
        <translation>Cuente a las personas que participaron.</translation>
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
        <source>Enter the date and time.</source>
        <translation>Ingrese la fecha y la hora.</translation>
    </message>
    <message>
        <source>Enter the date of the activity.</source>
        <translation>Ingrese la fecha de la actividad.</translation>
    </message>
    <message>
        <source>Enter the due date.</source>
        <translation>Ingrese la fecha límite.</translation>
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
        <source>Enter the group&apos;s name.</source>
        <translation>Ingrese el nombre del grupo.</translation>
    </message>
    <message>
        <source>Enter the intervention&apos;s name.</source>
        <translation>Ingrese el nombre de la intervención.</translation>
    </message>
    <message>
        <source>Enter the name of the screening instrument.</source>
        <translation>Ingrese el nombre del instrumento de tamizaje.</translation>
    </message>
    <message>
        <source>Enter the place.</source>
        <translation>Ingrese el lugar.</translation>
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
        <source>Enter the template&apos;s name.</source>
        <translation>Ingrese el nombre de la plantilla.</translation>
    </message>
    <message>
        <source>Enter the topic.</source>
        <translation>Ingrese el tema.</translation>
    </message>
    <message>
        <source>Enter when the session ended or how long it lasted.</source>
        <translation>Ingrese a qué hora terminó la sesión o cuánto duró.</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Exportación cancelada; no se guardó nada.</translation>
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
        <source>Give the bed a name or number.</source>
        <translation>Ponga a la cama un nombre o número.</translation>
    </message>
    <message>
        <source>Give the room a name.</source>
        <translation>Ponga un nombre a la habitación.</translation>
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
        <source>Import cancelled; nothing of this bundle was imported.</source>
        <translation>Importación cancelada; no se importó nada de este paquete.</translation>
    </message>
    <message>
        <source>Import the central office&apos;s public key first (clinic-desk keys central-import FILE).</source>
        <translation>Primero importe la llave pública de la oficina central (clinic-desk keys central-import ARCHIVO).</translation>
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
        <translation>Movimientos posteriores del lote {lot} usan estas existencias: con fecha {date}, se pueden sacar como máximo {available} (unidad: {unit}) sin dejar en negativo un saldo posterior.</translation>
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
        <translation>El {date} solo había {available} del lote {lot} en {location} (unidad: {unit}).</translation>
    </message>
    <message>
        <source>Only PostgreSQL URLs (postgresql+psycopg://…) are supported.</source>
        <translation>Solo se aceptan direcciones de PostgreSQL (postgresql+psycopg://…).</translation>
    </message>
    <message>
        <source>Only a group session belongs to a group.</source>
        <translation>Solo una sesión grupal pertenece a un grupo.</translation>
    </message>
    <message>
        <source>Only a scheduled or missed appointment can be moved.</source>
        <translation>Solo se puede mover una cita agendada o a la que no asistió.</translation>
    </message>
    <message>
        <source>Only counsellors can be named on a session.</source>
        <translation>En una sesión solo se puede nombrar a profesionales de psicología o trabajo social.</translation>
    </message>
    <message>
        <source>Only the author of a draft may discard it.</source>
        <translation>Solo la autora de un borrador puede descartarlo.</translation>
    </message>
    <message>
        <source>Only the author of this note and the counsellors named on it may change it.</source>
        <translation>Solo la autora de esta nota y las profesionales nombradas en ella pueden cambiarla.</translation>
    </message>
    <message>
        <source>Only {available} {unit} of lot {lot} are on hand at {location}.</source>
        <translation>Solo hay {available} del lote {lot} en {location} (unidad: {unit}).</translation>
    </message>
    <message>
        <source>Only {available} {unit} of {item} can be dispensed at {location}.</source>
        <translation>Solo se pueden entregar {available} de {item} en {location} (unidad: {unit}).</translation>
    </message>
    <message>
        <source>Only {available} {unit} of {item} can be sent from {location}.</source>
        <translation>Solo se pueden enviar {available} de {item} desde {location} (unidad: {unit}).</translation>
    </message>
    <message>
        <source>Records are never deleted; they are marked deleted.</source>
        <translation>Los registros nunca se borran; se marcan como eliminados.</translation>
    </message>
    <message>
        <source>Risk can be re-assessed only for someone present.</source>
        <translation>El riesgo solo se puede reevaluar para una persona presente.</translation>
    </message>
    <message>
        <source>Say briefly why she leaves.</source>
        <translation>Escriba brevemente por qué sale.</translation>
    </message>
    <message>
        <source>Say for whom the bed is held.</source>
        <translation>Indique para quién se reserva la cama.</translation>
    </message>
    <message>
        <source>Say what has to be done.</source>
        <translation>Indique qué hay que hacer.</translation>
    </message>
    <message>
        <source>Say which institution she goes to.</source>
        <translation>Indique a qué institución va.</translation>
    </message>
    <message>
        <source>Say why the bed is out of service.</source>
        <translation>Indique por qué la cama está fuera de servicio.</translation>
    </message>
    <message>
        <source>Say why these two records are the same person.</source>
        <translation>Indique por qué estos dos registros son la misma persona.</translation>
    </message>
    <message>
        <source>Say why this entry is reversed.</source>
        <translation>Indique por qué se anula este movimiento.</translation>
    </message>
    <message>
        <source>She cannot leave before she joined.</source>
        <translation>No puede salir antes de haber ingresado.</translation>
    </message>
    <message>
        <source>She is already a member of this group.</source>
        <translation>Ella ya es integrante de este grupo.</translation>
    </message>
    <message>
        <source>She is already in bed {label}.</source>
        <translation>Ya está en la cama {label}.</translation>
    </message>
    <message>
        <source>Someone else changed the shelter at the same time; nothing was saved. Look at the board again and retry.</source>
        <translation>Otra persona cambió el albergue al mismo tiempo; no se guardó nada. Revise el tablero y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Someone sleeps in bed {label} on those nights. Transfer her first.</source>
        <translation>Alguien duerme en la cama {label} esas noches. Cámbiela de cama primero.</translation>
    </message>
    <message>
        <source>That file is not a Clinic Desk central public key file.</source>
        <translation>Ese archivo no es una llave pública central de Clinic Desk.</translation>
    </message>
    <message>
        <source>That file is not a Clinic Desk site key file.</source>
        <translation>Ese archivo no es una llave de sede de Clinic Desk.</translation>
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
        <source>The audit log in the backup {name} is broken; nothing was restored.</source>
        <translation>El registro de auditoría de la copia de seguridad {name} está roto; no se restauró nada.</translation>
    </message>
    <message>
        <source>The backup cannot be written to {folder} (full or read-only?).</source>
        <translation>No se puede guardar la copia de seguridad en {folder} (¿está llena o es de solo lectura?).</translation>
    </message>
    <message>
        <source>The backup reminder must be between 1 and 90 days.</source>
        <translation>El recordatorio de copia de seguridad debe estar entre 1 y 90 días.</translation>
    </message>
    <message>
        <source>The backup {name} belongs to another installation; nothing was restored (say so explicitly to restore it here).</source>
        <translation>La copia de seguridad {name} es de otra instalación; no se restauró nada (indíquelo expresamente para restaurarla aquí).</translation>
    </message>
    <message>
        <source>The backup {name} does not exist.</source>
        <translation>La copia de seguridad {name} no existe.</translation>
    </message>
    <message>
        <source>The backup {name} is damaged, was changed, or cannot be read; nothing was restored.</source>
        <translation>La copia de seguridad {name} está dañada, fue modificada o no se puede leer; no se restauró nada.</translation>
    </message>
    <message>
        <source>The backup {name} was made by a newer version of Clinic Desk; nothing was restored.</source>
        <translation>La copia de seguridad {name} se hizo con una versión más nueva de Clinic Desk; no se restauró nada.</translation>
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
        <source>The bundle cannot be written to {folder} (full or read-only?); nothing was exported.</source>
        <translation>No se puede guardar el paquete en {folder} (¿está llena o es de solo lectura?); no se exportó nada.</translation>
    </message>
    <message>
        <source>The bundle has a column {column} this version does not know; update Clinic Desk at the central office.</source>
        <translation>El paquete tiene una columna {column} que esta versión no conoce; actualice Clinic Desk en la oficina central.</translation>
    </message>
    <message>
        <source>The bundle has a value this version cannot read in {column}; nothing was imported.</source>
        <translation>El paquete tiene un valor en {column} que esta versión no puede leer; no se importó nada.</translation>
    </message>
    <message>
        <source>The bundle of site {code} is signed with a key that is not the one this office trusts for it; nothing was imported.</source>
        <translation>El paquete de la sede {code} está firmado con una llave que no es la que esta oficina acepta para esa sede; no se importó nada.</translation>
    </message>
    <message>
        <source>The bundle written to {path} does not read back correctly; it was removed. Try another USB stick.</source>
        <translation>El paquete guardado en {path} no se puede volver a leer bien; se borró. Pruebe con otra memoria USB.</translation>
    </message>
    <message>
        <source>The bundle {name} cannot be read.</source>
        <translation>No se puede leer el paquete {name}.</translation>
    </message>
    <message>
        <source>The bundle {name} carries {table} records of another site; nothing was imported.</source>
        <translation>El paquete {name} trae registros de {table} de otra sede; no se importó nada.</translation>
    </message>
    <message>
        <source>The bundle {name} comes from a newer version of Clinic Desk (database {schema}); update the central office first.</source>
        <translation>El paquete {name} viene de una versión más nueva de Clinic Desk (base de datos {schema}); primero actualice la oficina central.</translation>
    </message>
    <message>
        <source>The bundle {name} comes from site {code}, whose key (fingerprint {fp}) this office does not trust yet; check the fingerprint with the site, then import with --trust-new-site or use keys site-trust.</source>
        <translation>El paquete {name} viene de la sede {code}, cuya llave (huella {fp}) esta oficina aún no acepta; verifique la huella con la sede y luego importe con --trust-new-site o use keys site-trust.</translation>
    </message>
    <message>
        <source>The bundle {name} has a {table} record that clashes with one already here (same {key}); nothing was imported.</source>
        <translation>El paquete {name} tiene un registro de {table} que choca con uno que ya está aquí (mismo {key}); no se importó nada.</translation>
    </message>
    <message>
        <source>The bundle {name} has records of a kind this version does not know ({table}); update the central office first.</source>
        <translation>El paquete {name} tiene registros de un tipo que esta versión no conoce ({table}); primero actualice la oficina central.</translation>
    </message>
    <message>
        <source>The bundle {name} is damaged, was changed after it was made, or is not for this central office; nothing was imported.</source>
        <translation>El paquete {name} está dañado, fue modificado después de hacerse o no es para esta oficina central; no se importó nada.</translation>
    </message>
    <message>
        <source>The bundle {name} of site {code} is signed with a key that is not the one this office trusts for it; nothing was imported.</source>
        <translation>El paquete {name} de la sede {code} está firmado con una llave que no es la que esta oficina acepta para esa sede; no se importó nada.</translation>
    </message>
    <message>
        <source>The bundle {name} was made by a newer version of Clinic Desk; update the central office first.</source>
        <translation>El paquete {name} se hizo con una versión más nueva de Clinic Desk; primero actualice la oficina central.</translation>
    </message>
    <message>
        <source>The bundle {name} was made by this very site; nothing was imported.</source>
        <translation>El paquete {name} lo hizo esta misma sede; no se importó nada.</translation>
    </message>
    <message>
        <source>The bundle {name} was made for another central office; nothing was imported.</source>
        <translation>El paquete {name} se hizo para otra oficina central; no se importó nada.</translation>
    </message>
    <message>
        <source>The code uses lower-case letters, digits and _ (2 to 40).</source>
        <translation>El código usa letras minúsculas, dígitos y _ (de 2 a 40).</translation>
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
        <source>The database URL is not valid.</source>
        <translation>La dirección de la base de datos no es válida.</translation>
    </message>
    <message>
        <source>The database at {host} cannot be reached or refused the login.</source>
        <translation>No se puede llegar a la base de datos en {host}, o no aceptó el ingreso.</translation>
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
        <source>The date she asked cannot be in the future.</source>
        <translation>La fecha en que pidió cupo no puede ser futura.</translation>
    </message>
    <message>
        <source>The due date cannot be in the past.</source>
        <translation>La fecha límite no puede estar en el pasado.</translation>
    </message>
    <message>
        <source>The duration must be a whole number of minutes, more than 0.</source>
        <translation>La duración debe ser un número entero de minutos, mayor que 0.</translation>
    </message>
    <message>
        <source>The end must be after the start.</source>
        <translation>El final debe ser posterior al inicio.</translation>
    </message>
    <message>
        <source>The expected stay is between 1 and 3650 nights.</source>
        <translation>La estancia prevista es de 1 a 3650 noches.</translation>
    </message>
    <message>
        <source>The expiry date is required.</source>
        <translation>La fecha de vencimiento es obligatoria.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>La carpeta {folder} no existe.</translation>
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
        <source>The period ends before it starts.</source>
        <translation>El periodo termina antes de empezar.</translation>
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
        <source>The reorder level cannot be negative.</source>
        <translation>El punto de reposición no puede ser negativo.</translation>
    </message>
    <message>
        <source>The report cannot be written to {folder} (full or read-only?).</source>
        <translation>No se puede guardar el reporte en {folder} (¿está llena o es de solo lectura?).</translation>
    </message>
    <message>
        <source>The restriction of a signed note cannot be lifted.</source>
        <translation>La reserva de una nota firmada no se puede quitar.</translation>
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
        <source>There is already a room called {name}.</source>
        <translation>Ya hay una habitación llamada {name}.</translation>
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
        <source>This appointment already has its session.</source>
        <translation>Esta cita ya tiene su sesión.</translation>
    </message>
    <message>
        <source>This appointment has not happened yet.</source>
        <translation>Esta cita todavía no ha ocurrido.</translation>
    </message>
    <message>
        <source>This appointment was not found.</source>
        <translation>No se encontró esta cita.</translation>
    </message>
    <message>
        <source>This bed is already held for someone else.</source>
        <translation>Esta cama ya está reservada para otra persona.</translation>
    </message>
    <message>
        <source>This bed is already out of service.</source>
        <translation>Esta cama ya está fuera de servicio.</translation>
    </message>
    <message>
        <source>This bed is already taken for those nights. Choose another bed.</source>
        <translation>Esta cama ya está ocupada esas noches. Elija otra cama.</translation>
    </message>
    <message>
        <source>This bed is in service already.</source>
        <translation>Esta cama ya está en servicio.</translation>
    </message>
    <message>
        <source>This bed was not found.</source>
        <translation>No se encontró esta cama.</translation>
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
        <source>This database holds no central keys, so it cannot open bundles; run keys central-init at the central office.</source>
        <translation>Esta base de datos no tiene llaves centrales, así que no puede abrir paquetes; ejecute keys central-init en la oficina central.</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Clinic Desk. Install that version (or newer) to open it; nothing was changed.</source>
        <translation>Esta base de datos fue guardada por una versión más nueva de Clinic Desk. Instale esa versión (o una más nueva) para abrirla; no se cambió nada.</translation>
    </message>
    <message>
        <source>This entry is no longer waiting.</source>
        <translation>Esta solicitud ya no está en espera.</translation>
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
        <source>This group was not found.</source>
        <translation>No se encontró este grupo.</translation>
    </message>
    <message>
        <source>This hold has already ended.</source>
        <translation>Esta reserva ya terminó.</translation>
    </message>
    <message>
        <source>This hold was not found.</source>
        <translation>No se encontró esta reserva.</translation>
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
        <source>This membership was not found.</source>
        <translation>No se encontró esta inscripción.</translation>
    </message>
    <message>
        <source>This name is too long (at most {max} characters).</source>
        <translation>Este nombre es demasiado largo (como máximo {max} caracteres).</translation>
    </message>
    <message>
        <source>This note is restricted: only its author and the counsellors named on it may read it.</source>
        <translation>Esta nota es reservada: solo su autora y las profesionales nombradas en ella pueden leerla.</translation>
    </message>
    <message>
        <source>This note is signed and can no longer change. Add an addendum to correct or complete it.</source>
        <translation>Esta nota está firmada y ya no puede cambiar. Agregue una adenda para corregirla o completarla.</translation>
    </message>
    <message>
        <source>This note is still a draft: correct it directly.</source>
        <translation>Esta nota todavía es un borrador: corríjala directamente.</translation>
    </message>
    <message>
        <source>This person already belongs to a household.</source>
        <translation>Esta persona ya pertenece a un hogar.</translation>
    </message>
    <message>
        <source>This person is listed twice.</source>
        <translation>Esta persona figura dos veces.</translation>
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
        <source>This room already has a bed called {label}.</source>
        <translation>Esta habitación ya tiene una cama llamada {label}.</translation>
    </message>
    <message>
        <source>This room is no longer in use.</source>
        <translation>Esta habitación ya no se usa.</translation>
    </message>
    <message>
        <source>This room was not found.</source>
        <translation>No se encontró esta habitación.</translation>
    </message>
    <message>
        <source>This session was not found.</source>
        <translation>No se encontró esta sesión.</translation>
    </message>
    <message>
        <source>This stay was not found.</source>
        <translation>No se encontró esta estancia.</translation>
    </message>
    <message>
        <source>This task is assigned to someone else.</source>
        <translation>Esta tarea está asignada a otra persona.</translation>
    </message>
    <message>
        <source>This task was not found.</source>
        <translation>No se encontró esta tarea.</translation>
    </message>
    <message>
        <source>This template was not found.</source>
        <translation>No se encontró esta plantilla.</translation>
    </message>
    <message>
        <source>This text is too long (at most {max} characters).</source>
        <translation>Este texto es demasiado largo (como máximo {max} caracteres).</translation>
    </message>
    <message>
        <source>This user was not found or is disabled.</source>
        <translation>No se encontró a esta persona usuaria o está desactivada.</translation>
    </message>
    <message>
        <source>This waitlist entry was not found.</source>
        <translation>No se encontró esta solicitud en la lista de espera.</translation>
    </message>
    <message>
        <source>This year has not started yet.</source>
        <translation>Este año todavía no empieza.</translation>
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
        <source>Write the addendum.</source>
        <translation>Escriba la adenda.</translation>
    </message>
    <message>
        <source>Write the note before signing it.</source>
        <translation>Escriba la nota antes de firmarla.</translation>
    </message>
    <message>
        <source>Write the quantity without thousands separators (for example 1000); use a point or a comma only for decimals.</source>
        <translation>Escriba la cantidad sin separador de miles (por ejemplo 1000); use punto o coma solo para los decimales.</translation>
    </message>
    <message>
        <source>Write the safety plan or add checklist items.</source>
        <translation>Escriba el plan de seguridad o agregue puntos a la lista.</translation>
    </message>
    <message>
        <source>Write the template&apos;s text.</source>
        <translation>Escriba el texto de la plantilla.</translation>
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
        <source>{location} still holds stock. Send it to another location or write it off before closing it.</source>
        <translation>{location} todavía tiene existencias. Envíelas a otro lugar o deles de baja antes de cerrarlo.</translation>
    </message>
    <message>
        <source>{name} already has a bed for those nights.</source>
        <translation>{name} ya tiene cama esas noches.</translation>
    </message>
    <message>
        <source>{name} is already on the waitlist.</source>
        <translation>{name} ya está en la lista de espera.</translation>
    </message>
    <message>
        <source>{name} is already staying in the shelter. Transfer or discharge her first.</source>
        <translation>{name} ya está alojada en el albergue. Cámbiela de cama o dele egreso primero.</translation>
    </message>
    <message>
        <source>{name} is listed twice.</source>
        <translation>{name} figura dos veces.</translation>
    </message>
    <message>
        <source>{name} is no longer staying in the shelter.</source>
        <translation>{name} ya no está alojada en el albergue.</translation>
    </message>
    <message>
        <source>{name} is not in {head}&apos;s household.</source>
        <translation>{name} no es del hogar de {head}.</translation>
    </message>
    <message>
        <source>{table} is append-only: entries never change.</source>
        <translation>{table} solo admite agregar: sus registros nunca cambian.</translation>
    </message>
    <message>
        <source>Something went wrong and nothing was changed.</source>
        <translation>Algo salió mal y no se cambió nada.</translation>
    </message>
    <message>
        <source>The data folder {folder} is incomplete.</source>
        <translation>La carpeta de datos {folder} está incompleta.</translation>
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
