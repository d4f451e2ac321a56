<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Clinic Desk</source>
        <translation>About Clinic Desk</translation>
    </message>
    <message>
        <source>Clinic Desk {version}</source>
        <translation>Clinic Desk {version}</translation>
    </message>
    <message>
        <source>Confidential records for shelters, psychosocial care and community medicine kits. Works without internet; the data stays encrypted on this computer.</source>
        <translation>Confidential records for shelters, psychosocial care and community medicine kits. Works without internet; the data stays encrypted on this computer.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <source>Database size</source>
        <translation>Database size</translation>
    </message>
    <message>
        <source>Available: {backend}</source>
        <translation>Available: {backend}</translation>
    </message>
    <message>
        <source>Not available: the database is protected by passwords alone</source>
        <translation>Not available: the database is protected by passwords alone</translation>
    </message>
    <message>
        <source>Key store of this PC</source>
        <translation>Key store of this PC</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Allowed: open Clinic Desk from its normal shortcut</source>
        <translation>Allowed: open Clinic Desk from its normal shortcut</translation>
    </message>
    <message>
        <source>Not applicable on this system</source>
        <translation>Not applicable on this system</translation>
    </message>
    <message>
        <source>Crash files (core dumps)</source>
        <translation>Crash files (core dumps)</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>Libraries</translation>
    </message>
    <message>
        <source>“Copy diagnostics” copies these technical details for whoever helps you with the computer. It holds no names, no site and no records.</source>
        <translation>“Copy diagnostics” copies these technical details for whoever helps you with the computer. It holds no names, no site and no records.</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostics</source>
        <translation>&amp;Copy diagnostics</translation>
    </message>
    <message>
        <source>Open the &amp;user guide (PDF)</source>
        <translation>Open the &amp;user guide (PDF)</translation>
    </message>
    <message>
        <source>The user guide is not installed on this computer yet.</source>
        <translation>The user guide is not installed on this computer yet.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Copied. Paste it into a message to whoever helps you.</source>
        <translation>Copied. Paste it into a message to whoever helps you.</translation>
    </message>
</context>
<context>
    <name>AddTaskDialog</name>
    <message>
        <source>Follow-up task</source>
        <translation>Follow-up task</translation>
    </message>
    <message>
        <source>e.g. Call her to confirm the CEM appointment</source>
        <translation>e.g. Call her to confirm the CEM appointment</translation>
    </message>
    <message>
        <source>(nobody in particular)</source>
        <translation>(nobody in particular)</translation>
    </message>
    <message>
        <source>&amp;What has to be done:</source>
        <translation>&amp;What has to be done:</translation>
    </message>
    <message>
        <source>&amp;Due on:</source>
        <translation>&amp;Due on:</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;For:</translation>
    </message>
    <message>
        <source>&amp;Add task</source>
        <translation>&amp;Add task</translation>
    </message>
    <message>
        <source>Add follow-up &amp;task…</source>
        <translation>Add follow-up &amp;task…</translation>
    </message>
    <message>
        <source>Save the session first.</source>
        <translation>Save the session first.</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add user</source>
        <translation>Add user</translation>
    </message>
    <message>
        <source>e.g. rosa.quispe</source>
        <translation>e.g. rosa.quispe</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>At least 10 characters. A phrase of several words is easiest to remember and hardest to guess.</source>
        <translation>At least 10 characters. A phrase of several words is easiest to remember and hardest to guess.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Roles:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Repeat password:</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
    <message>
        <source>Saving the new user…</source>
        <translation>Saving the new user…</translation>
    </message>
</context>
<context>
    <name>AdjustDialog</name>
    <message>
        <source>Adjust stock</source>
        <translation>Adjust stock</translation>
    </message>
    <message>
        <source>&amp;Medicine:</source>
        <translation>&amp;Medicine:</translation>
    </message>
    <message>
        <source>&amp;Lot:</source>
        <translation>&amp;Lot:</translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation>&amp;What happened:</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Quantity:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <source>A write-off without a quantity removes all of the lot that is here.</source>
        <translation>A write-off without a quantity removes all of the lot that is here.</translation>
    </message>
    <message>
        <source>&amp;Save adjustment</source>
        <translation>&amp;Save adjustment</translation>
    </message>
    <message>
        <source>{lot} · expires {expiry} · {quantity} on hand · {state}</source>
        <translation>{lot} · expires {expiry} · {quantity} on hand · {state}</translation>
    </message>
    <message>
        <source>Choose a medicine from the list.</source>
        <translation>Choose a medicine from the list.</translation>
    </message>
    <message>
        <source>Choose the lot.</source>
        <translation>Choose the lot.</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Users</translation>
    </message>
    <message>
        <source>Audit &amp;log</source>
        <translation>Audit &amp;log</translation>
    </message>
    <message>
        <source>Se&amp;curity</source>
        <translation>Se&amp;curity</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>Se&amp;ttings</translation>
    </message>
    <message>
        <source>Only administrators manage users and read the audit log</source>
        <translation>Only administrators manage users and read the audit log</translation>
    </message>
    <message>
        <source>You can read the security status below. Ask an administrator if you need a user changed.</source>
        <translation>You can read the security status below. Ask an administrator if you need a user changed.</translation>
    </message>
</context>
<context>
    <name>AdmitDialog</name>
    <message>
        <source>Admit to the shelter</source>
        <translation>Admit to the shelter</translation>
    </message>
    <message>
        <source>&amp;Admit</source>
        <translation>&amp;Admit</translation>
    </message>
    <message>
        <source>Find her by name or DNI. If she is not registered yet, register her first in People.</source>
        <translation>Find her by name or DNI. If she is not registered yet, register her first in People.</translation>
    </message>
    <message>
        <source>Nobody chosen yet.</source>
        <translation>Nobody chosen yet.</translation>
    </message>
    <message>
        <source>Who comes with her, and their beds</source>
        <translation>Who comes with her, and their beds</translation>
    </message>
    <message>
        <source>Her bed:</source>
        <translation>Her bed:</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>not known</translation>
    </message>
    <message>
        <source> nights</source>
        <translation> nights</translation>
    </message>
    <message>
        <source>For example: CEM Huaycán, officer on duty</source>
        <translation>For example: CEM Huaycán, officer on duty</translation>
    </message>
    <message>
        <source>Admitted &amp;on:</source>
        <translation>Admitted &amp;on:</translation>
    </message>
    <message>
        <source>&amp;Referred by:</source>
        <translation>&amp;Referred by:</translation>
    </message>
    <message>
        <source>Referral &amp;details:</source>
        <translation>Referral &amp;details:</translation>
    </message>
    <message>
        <source>E&amp;xpected stay:</source>
        <translation>E&amp;xpected stay:</translation>
    </message>
    <message>
        <source> (under 1 year)</source>
        <translation> (under 1 year)</translation>
    </message>
    <message>
        <source> (1 year)</source>
        <translation> (1 year)</translation>
    </message>
    <message>
        <source> ({age} years)</source>
        <translation> ({age} years)</translation>
    </message>
    <message numerus="yes">
        <source>%n of the family cannot have a free bed tonight and is not ticked: free a bed first, or admit them later.</source>
        <translation>
            <numerusform>%n of the family cannot have a free bed tonight and is not ticked: free a bed first, or admit them later.</numerusform>
            <numerusform>%n of the family cannot have a free bed tonight and are not ticked: free beds first, or admit them later.</numerusform>
        </translation>
    </message>
    <message>
        <source>Admitting: {name}</source>
        <translation>Admitting: {name}</translation>
    </message>
</context>
<context>
    <name>AgendaView</name>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Whole centre</source>
        <translation>Whole centre</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Today</translation>
    </message>
    <message>
        <source>&amp;Book appointment…</source>
        <translation>&amp;Book appointment…</translation>
    </message>
    <message>
        <source>Record &amp;session</source>
        <translation>Record &amp;session</translation>
    </message>
    <message>
        <source>Mark &amp;missed</source>
        <translation>Mark &amp;missed</translation>
    </message>
    <message>
        <source>Ca&amp;ncel appointment</source>
        <translation>Ca&amp;ncel appointment</translation>
    </message>
    <message>
        <source>Agenda of:</source>
        <translation>Agenda of:</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>With</source>
        <translation>With</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>Counsellor</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Missed</translation>
    </message>
    <message>
        <source>(outreach)</source>
        <translation>(outreach)</translation>
    </message>
    <message>
        <source>This appointment was missed. Call her or book another one.</source>
        <translation>This appointment was missed. Call her or book another one.</translation>
    </message>
    <message numerus="yes">
        <source>Today: %n appointment(s)</source>
        <translation>
            <numerusform>Today: %n appointment</numerusform>
            <numerusform>Today: %n appointments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missed in the last two weeks</source>
        <translation>
            <numerusform>%n missed in the last two weeks</numerusform>
            <numerusform>%n missed in the last two weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up task(s) due</source>
        <translation>
            <numerusform>%n follow-up task due</numerusform>
            <numerusform>%n follow-up tasks due</numerusform>
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
        <translation>Alert</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Medicine</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Left: {quantity} ({unit}) · reorder at {level}</source>
        <translation>Left: {quantity} ({unit}) · reorder at {level}</translation>
    </message>
    <message>
        <source>Lot {lot}: {quantity} ({unit}) expire on {expiry}, in {days} days</source>
        <translation>Lot {lot}: {quantity} ({unit}) expire on {expiry}, in {days} days</translation>
    </message>
    <message>
        <source>Lot {lot}: {quantity} ({unit}) expired on {expiry}; write them off</source>
        <translation>Lot {lot}: {quantity} ({unit}) expired on {expiry}; write them off</translation>
    </message>
    <message>
        <source>Lot {lot}: {quantity} ({unit}) recalled; do not dispense, write off or send back</source>
        <translation>Lot {lot}: {quantity} ({unit}) recalled; do not dispense, write off or send back</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Installed</source>
        <translation>Installed</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>Logged in</translation>
    </message>
    <message>
        <source>Failed login</source>
        <translation>Failed login</translation>
    </message>
    <message>
        <source>Too many wrong passwords: waiting</source>
        <translation>Too many wrong passwords: waiting</translation>
    </message>
    <message>
        <source>Logged out</source>
        <translation>Logged out</translation>
    </message>
    <message>
        <source>Screen locked</source>
        <translation>Screen locked</translation>
    </message>
    <message>
        <source>Screen unlocked</source>
        <translation>Screen unlocked</translation>
    </message>
    <message>
        <source>Failed unlock</source>
        <translation>Failed unlock</translation>
    </message>
    <message>
        <source>Quick hide</source>
        <translation>Quick hide</translation>
    </message>
    <message>
        <source>User added</source>
        <translation>User added</translation>
    </message>
    <message>
        <source>User disabled</source>
        <translation>User disabled</translation>
    </message>
    <message>
        <source>Roles changed</source>
        <translation>Roles changed</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <source>Password set with the recovery code</source>
        <translation>Password set with the recovery code</translation>
    </message>
    <message>
        <source>Wrong recovery code</source>
        <translation>Wrong recovery code</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation>Setting changed</translation>
    </message>
    <message>
        <source>Database checked</source>
        <translation>Database checked</translation>
    </message>
    <message>
        <source>Person&apos;s file opened</source>
        <translation>Person&apos;s file opened</translation>
    </message>
    <message>
        <source>Duplicate records merged</source>
        <translation>Duplicate records merged</translation>
    </message>
    <message>
        <source>Person&apos;s file saved as PDF</source>
        <translation>Person&apos;s file saved as PDF</translation>
    </message>
    <message>
        <source>Consent recorded</source>
        <translation>Consent recorded</translation>
    </message>
    <message>
        <source>Shared without her consent (exception)</source>
        <translation>Shared without her consent (exception)</translation>
    </message>
    <message>
        <source>Marked as never to be contacted</source>
        <translation>Marked as never to be contacted</translation>
    </message>
    <message>
        <source>“Never contact” mark removed</source>
        <translation>“Never contact” mark removed</translation>
    </message>
    <message>
        <source>Session note read</source>
        <translation>Session note read</translation>
    </message>
    <message>
        <source>Session note started</source>
        <translation>Session note started</translation>
    </message>
    <message>
        <source>Session note signed</source>
        <translation>Session note signed</translation>
    </message>
    <message>
        <source>Draft note discarded</source>
        <translation>Draft note discarded</translation>
    </message>
    <message>
        <source>Addendum added to a note</source>
        <translation>Addendum added to a note</translation>
    </message>
    <message>
        <source>Note restricted</source>
        <translation>Note restricted</translation>
    </message>
    <message>
        <source>Note restriction lifted</source>
        <translation>Note restriction lifted</translation>
    </message>
    <message>
        <source>Appointment booked</source>
        <translation>Appointment booked</translation>
    </message>
    <message>
        <source>Group created</source>
        <translation>Group created</translation>
    </message>
    <message>
        <source>Community activity recorded</source>
        <translation>Community activity recorded</translation>
    </message>
    <message>
        <source>Note template saved</source>
        <translation>Note template saved</translation>
    </message>
    <message>
        <source>Intervention saved</source>
        <translation>Intervention saved</translation>
    </message>
    <message>
        <source>Session summary saved as PDF</source>
        <translation>Session summary saved as PDF</translation>
    </message>
    <message>
        <source>Room added</source>
        <translation>Room added</translation>
    </message>
    <message>
        <source>Room removed</source>
        <translation>Room removed</translation>
    </message>
    <message>
        <source>Bed added</source>
        <translation>Bed added</translation>
    </message>
    <message>
        <source>Bed removed</source>
        <translation>Bed removed</translation>
    </message>
    <message>
        <source>Bed out of service</source>
        <translation>Bed out of service</translation>
    </message>
    <message>
        <source>Bed back in service</source>
        <translation>Bed back in service</translation>
    </message>
    <message>
        <source>Put on the waiting list</source>
        <translation>Put on the waiting list</translation>
    </message>
    <message>
        <source>Taken off the waiting list</source>
        <translation>Taken off the waiting list</translation>
    </message>
    <message>
        <source>Bed held</source>
        <translation>Bed held</translation>
    </message>
    <message>
        <source>Bed hold cancelled</source>
        <translation>Bed hold cancelled</translation>
    </message>
    <message>
        <source>Admitted to the shelter</source>
        <translation>Admitted to the shelter</translation>
    </message>
    <message>
        <source>Moved to another bed</source>
        <translation>Moved to another bed</translation>
    </message>
    <message>
        <source>Left the shelter</source>
        <translation>Left the shelter</translation>
    </message>
    <message>
        <source>Starter medicine catalogue loaded</source>
        <translation>Starter medicine catalogue loaded</translation>
    </message>
    <message>
        <source>Medicine added to the catalogue</source>
        <translation>Medicine added to the catalogue</translation>
    </message>
    <message>
        <source>Medicine changed in the catalogue</source>
        <translation>Medicine changed in the catalogue</translation>
    </message>
    <message>
        <source>Lot recalled</source>
        <translation>Lot recalled</translation>
    </message>
    <message>
        <source>Lot status changed</source>
        <translation>Lot status changed</translation>
    </message>
    <message>
        <source>Stock movement reversed</source>
        <translation>Stock movement reversed</translation>
    </message>
    <message>
        <source>Stocktake posted</source>
        <translation>Stocktake posted</translation>
    </message>
    <message>
        <source>Store or botiquín added</source>
        <translation>Store or botiquín added</translation>
    </message>
    <message>
        <source>Store or botiquín changed</source>
        <translation>Store or botiquín changed</translation>
    </message>
    <message>
        <source>User assigned to a botiquín</source>
        <translation>User assigned to a botiquín</translation>
    </message>
    <message>
        <source>User removed from a botiquín</source>
        <translation>User removed from a botiquín</translation>
    </message>
    <message>
        <source>Data bundle exported</source>
        <translation>Data bundle exported</translation>
    </message>
    <message>
        <source>Data bundle imported</source>
        <translation>Data bundle imported</translation>
    </message>
    <message>
        <source>Data bundle kept until the earlier one arrives</source>
        <translation>Data bundle kept until the earlier one arrives</translation>
    </message>
    <message>
        <source>Kept data bundle dropped: its copy was missing or damaged</source>
        <translation>Kept data bundle dropped: its copy was missing or damaged</translation>
    </message>
    <message>
        <source>Site key trusted</source>
        <translation>Site key trusted</translation>
    </message>
    <message>
        <source>Site key file saved</source>
        <translation>Site key file saved</translation>
    </message>
    <message>
        <source>Statistics file written</source>
        <translation>Statistics file written</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Backup made</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Backup restored</translation>
    </message>
    <message>
        <source>Central office keys created</source>
        <translation>Central office keys created</translation>
    </message>
    <message>
        <source>Central office key saved</source>
        <translation>Central office key saved</translation>
    </message>
    <message>
        <source>Central office key imported</source>
        <translation>Central office key imported</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Auto-lock (minutes)</source>
        <translation>Auto-lock (minutes)</translation>
    </message>
    <message>
        <source>Backup reminder (days)</source>
        <translation>Backup reminder (days)</translation>
    </message>
    <message>
        <source>(unknown user)</source>
        <translation>(unknown user)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
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
        <translation>Next try allowed after {seconds} s</translation>
    </message>
    <message>
        <source>Wrong passwords in a row: {count}</source>
        <translation>Wrong passwords in a row: {count}</translation>
    </message>
    <message>
        <source>Everything in order</source>
        <translation>Everything in order</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Problems found</translation>
    </message>
    <message>
        <source>Account enabled again</source>
        <translation>Account enabled again</translation>
    </message>
    <message>
        <source>Locked by hand</source>
        <translation>Locked by hand</translation>
    </message>
    <message>
        <source>Locked after a while without use</source>
        <translation>Locked after a while without use</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Adjustments</source>
        <translation>Adjustments</translation>
    </message>
    <message>
        <source>Allowed by</source>
        <translation>Allowed by</translation>
    </message>
    <message>
        <source>Bed</source>
        <translation>Bed</translation>
    </message>
    <message>
        <source>Beds</source>
        <translation>Beds</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Movement</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Fields</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>From bed</source>
        <translation>From bed</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>After change</source>
        <translation>After change</translation>
    </message>
    <message>
        <source>Full export</source>
        <translation>Full export</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Given</translation>
    </message>
    <message>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <source>People with name</source>
        <translation>People with name</translation>
    </message>
    <message>
        <source>Private key saved</source>
        <translation>Private key saved</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>Institutions</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lines</translation>
    </message>
    <message>
        <source>Botiquín</source>
        <translation>Botiquín</translation>
    </message>
    <message>
        <source>Held at</source>
        <translation>Held at</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Made on</translation>
    </message>
    <message>
        <source>Record merged in</source>
        <translation>Record merged in</translation>
    </message>
    <message>
        <source>Records moved</source>
        <translation>Records moved</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Night</source>
        <translation>Night</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>People without name</source>
        <translation>People without name</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>People whose identity was removed</source>
        <translation>People whose identity was removed</translation>
    </message>
    <message>
        <source>To count again</source>
        <translation>To count again</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Referred by</translation>
    </message>
    <message>
        <source>Replaced the earlier key</source>
        <translation>Replaced the earlier key</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Count sheet</source>
        <translation>Count sheet</translation>
    </message>
    <message>
        <source>To bed</source>
        <translation>To bed</translation>
    </message>
    <message>
        <source>Up to change</source>
        <translation>Up to change</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>To an institution</source>
        <translation>To an institution</translation>
    </message>
    <message>
        <source>To the central office</source>
        <translation>To the central office</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>Her own copy</source>
        <translation>Her own copy</translation>
    </message>
    <message>
        <source>her consent</source>
        <translation>her consent</translation>
    </message>
    <message>
        <source>an exception</source>
        <translation>an exception</translation>
    </message>
    <message>
        <source>backup folder</source>
        <translation>backup folder</translation>
    </message>
    <message>
        <source>another folder or USB stick</source>
        <translation>another folder or USB stick</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>this computer</translation>
    </message>
    <message>
        <source>central database</source>
        <translation>central database</translation>
    </message>
    <message>
        <source>recovery code</source>
        <translation>recovery code</translation>
    </message>
    <message>
        <source>from the site&apos;s key file</source>
        <translation>from the site&apos;s key file</translation>
    </message>
    <message>
        <source>on its first import</source>
        <translation>on its first import</translation>
    </message>
    <message>
        <source>central store</source>
        <translation>central store</translation>
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
        <translation>Time</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>(system)</source>
        <translation>(system)</translation>
    </message>
    <message>
        <source>{details}
Entry {seq}</source>
        <translation>{details}
Entry {seq}</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Re&amp;load</translation>
    </message>
    <message>
        <source>&amp;Verify the database and the log</source>
        <translation>&amp;Verify the database and the log</translation>
    </message>
    <message>
        <source>Checks the encryption, the database structure and that no audit entry was changed, removed or inserted.</source>
        <translation>Checks the encryption, the database structure and that no audit entry was changed, removed or inserted.</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>No entries to show</source>
        <translation>No entries to show</translation>
    </message>
    <message>
        <source>Nothing of this kind has happened yet. Choose “All actions” to see the whole log.</source>
        <translation>Nothing of this kind has happened yet. Choose “All actions” to see the whole log.</translation>
    </message>
    <message>
        <source>Every login, lock, user change and setting change is written here, newest first. Entries are chained to each other: nobody can change or remove one without the check below noticing.</source>
        <translation>Every login, lock, user change and setting change is written here, newest first. Entries are chained to each other: nobody can change or remove one without the check below noticing.</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>All actions</translation>
    </message>
    <message>
        <source>Checking the database and the audit log…</source>
        <translation>Checking the database and the audit log…</translation>
    </message>
    <message>
        <source>Everything is in order. The encryption check (SQLCipher) and the database structure check found no problems, and all {count} audit entries are intact and in order.</source>
        <translation>Everything is in order. The encryption check (SQLCipher) and the database structure check found no problems, and all {count} audit entries are intact and in order.</translation>
    </message>
    <message>
        <source>The audit log is intact ({count} entries).</source>
        <translation>The audit log is intact ({count} entries).</translation>
    </message>
    <message>
        <source>an entry is missing at this point</source>
        <translation>an entry is missing at this point</translation>
    </message>
    <message>
        <source>it does not follow the entry before it (one was removed or inserted)</source>
        <translation>it does not follow the entry before it (one was removed or inserted)</translation>
    </message>
    <message>
        <source>its content was changed</source>
        <translation>its content was changed</translation>
    </message>
    <message>
        <source>The audit log was altered. First broken entry: number {seq} of site {site} — {reason}. The entries before it are intact.</source>
        <translation>The audit log was altered. First broken entry: number {seq} of site {site} — {reason}. The entries before it are intact.</translation>
    </message>
    <message numerus="yes">
        <source>The encryption check (SQLCipher) found %n damaged page(s). Make no more changes and restore the last backup.</source>
        <translation>
            <numerusform>The encryption check (SQLCipher) found %n damaged page. Make no more changes and restore the last backup.</numerusform>
            <numerusform>The encryption check (SQLCipher) found %n damaged pages. Make no more changes and restore the last backup.</numerusform>
        </translation>
    </message>
    <message>
        <source>The encryption check (SQLCipher) found no damaged pages.</source>
        <translation>The encryption check (SQLCipher) found no damaged pages.</translation>
    </message>
    <message>
        <source>The database structure check found problems: {first}</source>
        <translation>The database structure check found problems: {first}</translation>
    </message>
    <message>
        <source>The database structure check found no problems.</source>
        <translation>The database structure check found no problems.</translation>
    </message>
</context>
<context>
    <name>BackupReminder</name>
    <message>
        <source>No backup has been made yet: make one in Exchange → Backups.</source>
        <translation>No backup has been made yet: make one in Exchange → Backups.</translation>
    </message>
    <message numerus="yes">
        <source>The last backup is %n days old: make one in Exchange → Backups.</source>
        <translation>
            <numerusform>The last backup is %n days old: make one in Exchange → Backups.</numerusform>
            <numerusform>The last backup is %n days old: make one in Exchange → Backups.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupView</name>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <source>Back up to a &amp;USB stick…</source>
        <translation>Back up to a &amp;USB stick…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restore…</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Made</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>A backup is an encrypted copy of this site&apos;s records: it opens only with a user&apos;s password or the recovery code. Copies are kept in the data folder (thinned out over time); keep one on a USB stick away from this PC too.</source>
        <translation>A backup is an encrypted copy of this site&apos;s records: it opens only with a user&apos;s password or the recovery code. Copies are kept in the data folder (thinned out over time); keep one on a USB stick away from this PC too.</translation>
    </message>
    <message>
        <source>Recent backups in the data folder</source>
        <translation>Recent backups in the data folder</translation>
    </message>
    <message>
        <source>Last backup: never</source>
        <translation>Last backup: never</translation>
    </message>
    <message>
        <source>Last backup: {when} (today)</source>
        <translation>Last backup: {when} (today)</translation>
    </message>
    <message numerus="yes">
        <source>Last backup: {when} (%n day(s) ago)</source>
        <translation>
            <numerusform>Last backup: {when} (%n day ago)</numerusform>
            <numerusform>Last backup: {when} (%n days ago)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Make a backup: the last one is older than %n day(s) (the reminder set in Administration → Settings). A lost or broken PC would take everything entered since with it.</source>
        <translation>
            <numerusform>Make a backup: the last one is older than %n day (the reminder set in Administration → Settings). A lost or broken PC would take everything entered since with it.</numerusform>
            <numerusform>Make a backup: the last one is older than %n days (the reminder set in Administration → Settings). A lost or broken PC would take everything entered since with it.</numerusform>
        </translation>
    </message>
    <message>
        <source>No backup has been made yet. Make one now, and keep a copy on a USB stick away from this PC.</source>
        <translation>No backup has been made yet. Make one now, and keep a copy on a USB stick away from this PC.</translation>
    </message>
    <message>
        <source>Backups are kept in {folder}</source>
        <translation>Backups are kept in {folder}</translation>
    </message>
    <message>
        <source>Making a backup…</source>
        <translation>Making a backup…</translation>
    </message>
    <message>
        <source>Folder on the USB stick</source>
        <translation>Folder on the USB stick</translation>
    </message>
    <message>
        <source>Backup written: {path} ({size}).</source>
        <translation>Backup written: {path} ({size}).</translation>
    </message>
    <message>
        <source>Backup to restore</source>
        <translation>Backup to restore</translation>
    </message>
    <message>
        <source>Clinic Desk backups (*.cdbackup);;All files (*)</source>
        <translation>Clinic Desk backups (*.cdbackup);;All files (*)</translation>
    </message>
    <message>
        <source>Checking and restoring the backup…</source>
        <translation>Checking and restoring the backup…</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>The backup of {when} is in place (checked: encryption, structure and an audit log of {entries} entries). The data it replaced is kept in {folder}. Log in again to continue.</source>
        <translation>The backup of {when} is in place (checked: encryption, structure and an audit log of {entries} entries). The data it replaced is kept in {folder}. Log in again to continue.</translation>
    </message>
    <message>
        <source>Nothing was restored: {reason} Log in again to continue.</source>
        <translation>Nothing was restored: {reason} Log in again to continue.</translation>
    </message>
</context>
<context>
    <name>BatchModel</name>
    <message>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Expiry</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Days left</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
</context>
<context>
    <name>BedDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Name or number:</source>
        <translation>&amp;Name or number:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
</context>
<context>
    <name>BedTile</name>
    <message>
        <source>night {n}</source>
        <translation>night {n}</translation>
    </message>
    <message>
        <source>alone</source>
        <translation>alone</translation>
    </message>
    <message>
        <source>with 1 child</source>
        <translation>with 1 child</translation>
    </message>
    <message>
        <source>with {n} children</source>
        <translation>with {n} children</translation>
    </message>
    <message>
        <source>with {name}</source>
        <translation>with {name}</translation>
    </message>
    <message>
        <source>until {time}</source>
        <translation>until {time}</translation>
    </message>
    <message>
        <source>Enter to admit or hold</source>
        <translation>Enter to admit or hold</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <source>No rooms yet. An administrator adds rooms and beds in &quot;Rooms and beds&quot;.</source>
        <translation>No rooms yet. An administrator adds rooms and beds in &quot;Rooms and beds&quot;.</translation>
    </message>
    <message>
        <source>{room} — {free} free of {total}</source>
        <translation>{room} — {free} free of {total}</translation>
    </message>
</context>
<context>
    <name>BookDialog</name>
    <message>
        <source>Book an appointment</source>
        <translation>Book an appointment</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;When:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Duration:</translation>
    </message>
    <message>
        <source>&amp;Counsellor:</source>
        <translation>&amp;Counsellor:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Group:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>Person:</translation>
    </message>
</context>
<context>
    <name>CardModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Movement</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Expiry</translation>
    </message>
    <message>
        <source>In</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Out</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>From / to / reason</source>
        <translation>From / to / reason</translation>
    </message>
    <message>
        <source>registered person</source>
        <translation>registered person</translation>
    </message>
    <message>
        <source>reverses: {kind} of {date}</source>
        <translation>reverses: {kind} of {date}</translation>
    </message>
    <message>
        <source>reverses an earlier entry</source>
        <translation>reverses an earlier entry</translation>
    </message>
    <message>
        <source>reversed on {date}</source>
        <translation>reversed on {date}</translation>
    </message>
    <message>
        <source>{kind} (reversal)</source>
        <translation>{kind} (reversal)</translation>
    </message>
</context>
<context>
    <name>CardView</name>
    <message>
        <source>&amp;Medicine:</source>
        <translation>&amp;Medicine:</translation>
    </message>
    <message>
        <source>&amp;Whole history</source>
        <translation>&amp;Whole history</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>F&amp;rom:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>Save as C&amp;SV…</source>
        <translation>Save as C&amp;SV…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Save as &amp;PDF…</translation>
    </message>
    <message>
        <source>Re&amp;verse…</source>
        <translation>Re&amp;verse…</translation>
    </message>
    <message>
        <source>Correct a mistake: a new entry cancels the selected one</source>
        <translation>Correct a mistake: a new entry cancels the selected one</translation>
    </message>
    <message>
        <source>Stock card</source>
        <translation>Stock card</translation>
    </message>
    <message>
        <source>No movements to show</source>
        <translation>No movements to show</translation>
    </message>
    <message>
        <source>Choose a medicine. Every receipt, dispensing, transfer, adjustment and count of it at this location is listed here with the balance after it.</source>
        <translation>Choose a medicine. Every receipt, dispensing, transfer, adjustment and count of it at this location is listed here with the balance after it.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{item}&lt;/b&gt; ({code}) at &lt;b&gt;{location}&lt;/b&gt; · unit: {unit} · opening balance {opening} · closing balance &lt;b&gt;{closing}&lt;/b&gt; · {count} movements</source>
        <translation>&lt;b&gt;{item}&lt;/b&gt; ({code}) at &lt;b&gt;{location}&lt;/b&gt; · unit: {unit} · opening balance {opening} · closing balance &lt;b&gt;{closing}&lt;/b&gt; · {count} movements</translation>
    </message>
    <message>
        <source>Entry reversed: the new entry at the end of the card cancels it.</source>
        <translation>Entry reversed: the new entry at the end of the card cancels it.</translation>
    </message>
    <message>
        <source>Save the stock card as CSV</source>
        <translation>Save the stock card as CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Saving the stock card…</source>
        <translation>Saving the stock card…</translation>
    </message>
    <message>
        <source>Save the stock card as PDF</source>
        <translation>Save the stock card as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Making the stock card PDF…</source>
        <translation>Making the stock card PDF…</translation>
    </message>
</context>
<context>
    <name>CaseTaskButtons</name>
    <message>
        <source>Add follow-up &amp;task…</source>
        <translation>Add follow-up &amp;task…</translation>
    </message>
    <message>
        <source>&amp;Mark task done</source>
        <translation>&amp;Mark task done</translation>
    </message>
    <message>
        <source>Find a person first.</source>
        <translation>Find a person first.</translation>
    </message>
    <message>
        <source>Choose a task in the list first.</source>
        <translation>Choose a task in the list first.</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>&amp;New session with her</source>
        <translation>&amp;New session with her</translation>
    </message>
    <message>
        <source>Risk over time</source>
        <translation>Risk over time</translation>
    </message>
    <message>
        <source>Open follow-up tasks</source>
        <translation>Open follow-up tasks</translation>
    </message>
    <message>
        <source>Next appointments</source>
        <translation>Next appointments</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Find a person to see her case.</source>
        <translation>Find a person to see her case.</translation>
    </message>
    <message numerus="yes">
        <source>Current risk: {level} · %n session(s)</source>
        <translation>
            <numerusform>Current risk: {level} · %n session</numerusform>
            <numerusform>Current risk: {level} · %n sessions</numerusform>
        </translation>
    </message>
    <message>
        <source>{due} — {title}</source>
        <translation>{due} — {title}</translation>
    </message>
    <message>
        <source>{text} (overdue)</source>
        <translation>{text} (overdue)</translation>
    </message>
    <message>
        <source>No open tasks.</source>
        <translation>No open tasks.</translation>
    </message>
    <message>
        <source>{when} with {who}</source>
        <translation>{when} with {who}</translation>
    </message>
    <message>
        <source>No appointment booked.</source>
        <translation>No appointment booked.</translation>
    </message>
    <message>
        <source>You can see that this session took place, not what was said.</source>
        <translation>You can see that this session took place, not what was said.</translation>
    </message>
</context>
<context>
    <name>CatalogueModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Generic name</source>
        <translation>Generic name</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Strength</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Therapeutic group</source>
        <translation>Therapeutic group</translation>
    </message>
    <message>
        <source>Can be split</source>
        <translation>Can be split</translation>
    </message>
    <message>
        <source>GTIN (barcode)</source>
        <translation>GTIN (barcode)</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>no longer used</source>
        <translation>no longer used</translation>
    </message>
</context>
<context>
    <name>CatalogueView</name>
    <message>
        <source>Medicine catalogue</source>
        <translation>Medicine catalogue</translation>
    </message>
    <message>
        <source>Filter by name, code or group</source>
        <translation>Filter by name, code or group</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <source>&amp;Add medicine…</source>
        <translation>&amp;Add medicine…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Re&amp;call a lot…</source>
        <translation>Re&amp;call a lot…</translation>
    </message>
    <message>
        <source>Load the &amp;starter catalogue</source>
        <translation>Load the &amp;starter catalogue</translation>
    </message>
    <message>
        <source>Adds the common essential medicines that are not in the catalogue yet</source>
        <translation>Adds the common essential medicines that are not in the catalogue yet</translation>
    </message>
    <message>
        <source>The medicines every botiquín can hold. A medicine no longer used stays in the history; untick “In use” instead of deleting it.</source>
        <translation>The medicines every botiquín can hold. A medicine no longer used stays in the history; untick “In use” instead of deleting it.</translation>
    </message>
    <message>
        <source>Still held at: {codes}. Write it off or send it back to the central store.</source>
        <translation>Still held at: {codes}. Write it off or send it back to the central store.</translation>
    </message>
    <message>
        <source>Medicine added.</source>
        <translation>Medicine added.</translation>
    </message>
    <message>
        <source>Medicine saved.</source>
        <translation>Medicine saved.</translation>
    </message>
    <message>
        <source>Lot recalled everywhere.</source>
        <translation>Lot recalled everywhere.</translation>
    </message>
    <message>
        <source>{n} medicines added.</source>
        <translation>{n} medicines added.</translation>
    </message>
</context>
<context>
    <name>CommunityView</name>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>&amp;Where:</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>&amp;Topic:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation>&amp;Sector:</translation>
    </message>
    <message>
        <source>&amp;Facilitators:</source>
        <translation>&amp;Facilitators:</translation>
    </message>
    <message>
        <source>People who took part (nobody is named)</source>
        <translation>People who took part (nobody is named)</translation>
    </message>
    <message>
        <source>&amp;Save activity</source>
        <translation>&amp;Save activity</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Recent activities</source>
        <translation>Recent activities</translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <source>Kind of record</source>
        <translation>Kind of record</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Kept value</source>
        <translation>Kept value</translation>
    </message>
    <message>
        <source>Overwritten value</source>
        <translation>Overwritten value</translation>
    </message>
    <message>
        <source>Site that lost</source>
        <translation>Site that lost</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>No conflicts: no two sites changed the same record differently.</source>
        <translation>No conflicts: no two sites changed the same record differently.</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Re&amp;fresh</translation>
    </message>
    <message>
        <source>When two sites changed the same record, the later change is kept and the other value is listed here so someone can check it.</source>
        <translation>When two sites changed the same record, the later change is kept and the other value is listed here so someone can check it.</translation>
    </message>
    <message>
        <source>this office</source>
        <translation>this office</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(removed)</translation>
    </message>
</context>
<context>
    <name>ConsentBox</name>
    <message>
        <source>Her consent</source>
        <translation>Her consent</translation>
    </message>
    <message>
        <source>Read each one to her in her language. She may say no to any of the last three and still receive every service.</source>
        <translation>Read each one to her in her language. She may say no to any of the last three and still receive every service.</translation>
    </message>
    <message>
        <source>With which institutions?</source>
        <translation>With which institutions?</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Record her consent</source>
        <translation>Record her consent</translation>
    </message>
    <message>
        <source>Each decision is kept with the date and who recorded it. A withdrawal is a new decision; the earlier ones stay in the history.</source>
        <translation>Each decision is kept with the date and who recorded it. A withdrawal is a new decision; the earlier ones stay in the history.</translation>
    </message>
    <message>
        <source>Kind of consent</source>
        <translation>Kind of consent</translation>
    </message>
    <message>
        <source>She gives her consent</source>
        <translation>She gives her consent</translation>
    </message>
    <message>
        <source>She withdraws her consent</source>
        <translation>She withdraws her consent</translation>
    </message>
    <message>
        <source>Her decision</source>
        <translation>Her decision</translation>
    </message>
    <message>
        <source>Institutions she agrees to share with</source>
        <translation>Institutions she agrees to share with</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Add an emergency contact</source>
        <translation>Add an emergency contact</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Relation to her</source>
        <translation>Relation to her</translation>
    </message>
    <message>
        <source>e.g. sister, neighbour</source>
        <translation>e.g. sister, neighbour</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>NEVER CONTACT — this person is the aggressor</source>
        <translation>NEVER CONTACT — this person is the aggressor</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>DischargeDialog</name>
    <message>
        <source>Discharge</source>
        <translation>Discharge</translation>
    </message>
    <message>
        <source>&amp;Discharge</source>
        <translation>&amp;Discharge</translation>
    </message>
    <message>
        <source>{name}, admitted on {date}</source>
        <translation>{name}, admitted on {date}</translation>
    </message>
    <message>
        <source>Leaving with her</source>
        <translation>Leaving with her</translation>
    </message>
    <message>
        <source>Where she goes: a relative&apos;s home, an institution…</source>
        <translation>Where she goes: a relative&apos;s home, an institution…</translation>
    </message>
    <message>
        <source>Left &amp;on:</source>
        <translation>Left &amp;on:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>D&amp;estination:</source>
        <translation>D&amp;estination:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
</context>
<context>
    <name>DispenseDialog</name>
    <message>
        <source>Dispense medicine</source>
        <translation>Dispense medicine</translation>
    </message>
    <message>
        <source>e.g. 12</source>
        <translation>e.g. 12</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Expiry</translation>
    </message>
    <message>
        <source>Take</source>
        <translation>Take</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Optional: who prescribed it</source>
        <translation>Optional: who prescribed it</translation>
    </message>
    <message>
        <source>&amp;Medicine:</source>
        <translation>&amp;Medicine:</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Quantity:</translation>
    </message>
    <message>
        <source>Lots to use:</source>
        <translation>Lots to use:</translation>
    </message>
    <message>
        <source>&amp;Patient:</source>
        <translation>&amp;Patient:</translation>
    </message>
    <message>
        <source>Looking up registered people is not available here: write a reference in the note if needed.</source>
        <translation>Looking up registered people is not available here: write a reference in the note if needed.</translation>
    </message>
    <message>
        <source>&amp;Prescribed by:</source>
        <translation>&amp;Prescribed by:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <source>&amp;Dispense</source>
        <translation>&amp;Dispense</translation>
    </message>
    <message>
        <source>Choose a medicine: the lots that expire first are suggested here.</source>
        <translation>Choose a medicine: the lots that expire first are suggested here.</translation>
    </message>
    <message>
        <source>Available to dispense: {available} ({unit}). The lots that expire first are used first:</source>
        <translation>Available to dispense: {available} ({unit}). The lots that expire first are used first:</translation>
    </message>
    <message>
        <source>Expires soon</source>
        <translation>Expires soon</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Not usable: {why}</source>
        <translation>Not usable: {why}</translation>
    </message>
    <message>
        <source>Only {available} ({unit}) are on hand: {short} missing.</source>
        <translation>Only {available} ({unit}) are on hand: {short} missing.</translation>
    </message>
    <message>
        <source>Choose a medicine from the list.</source>
        <translation>Choose a medicine from the list.</translation>
    </message>
</context>
<context>
    <name>DuplicatesPanel</name>
    <message>
        <source>Already registered?</source>
        <translation>Already registered?</translation>
    </message>
    <message>
        <source>As you type her names, DNI or date of birth, people already registered who may be her appear here, so no one gets two records.</source>
        <translation>As you type her names, DNI or date of birth, people already registered who may be her appear here, so no one gets two records.</translation>
    </message>
    <message>
        <source>Maybe already registered</source>
        <translation>Maybe already registered</translation>
    </message>
    <message>
        <source>Check with her before registering anyone again. Open the existing record instead if it is the same person.</source>
        <translation>Check with her before registering anyone again. Open the existing record instead if it is the same person.</translation>
    </message>
    <message>
        <source>Possible matches for “{name}”:</source>
        <translation>Possible matches for “{name}”:</translation>
    </message>
    <message>
        <source>Why: {reason}</source>
        <translation>Why: {reason}</translation>
    </message>
    <message>
        <source>born {date}</source>
        <translation>born {date}</translation>
    </message>
    <message>
        <source>age {age}</source>
        <translation>age {age}</translation>
    </message>
    <message>
        <source>Open existing record</source>
        <translation>Open existing record</translation>
    </message>
</context>
<context>
    <name>EditPersonDialog</name>
    <message>
        <source>Edit her details</source>
        <translation>Edit her details</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <source>Exchange</source>
        <translation>Exchange</translation>
    </message>
    <message>
        <source>&amp;Import bundles</source>
        <translation>&amp;Import bundles</translation>
    </message>
    <message>
        <source>&amp;Conflicts</source>
        <translation>&amp;Conflicts</translation>
    </message>
    <message>
        <source>&amp;Export to USB</source>
        <translation>&amp;Export to USB</translation>
    </message>
    <message>
        <source>&amp;Statistics</source>
        <translation>&amp;Statistics</translation>
    </message>
    <message>
        <source>&amp;Backups</source>
        <translation>&amp;Backups</translation>
    </message>
    <message>
        <source>&amp;Keys</source>
        <translation>&amp;Keys</translation>
    </message>
</context>
<context>
    <name>ExchangeTables</name>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>Household members</source>
        <translation>Household members</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consents</translation>
    </message>
    <message>
        <source>Emergency contacts</source>
        <translation>Emergency contacts</translation>
    </message>
    <message>
        <source>Risk assessments</source>
        <translation>Risk assessments</translation>
    </message>
    <message>
        <source>Safety plans</source>
        <translation>Safety plans</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <source>Services given</source>
        <translation>Services given</translation>
    </message>
    <message>
        <source>Screenings</source>
        <translation>Screenings</translation>
    </message>
    <message>
        <source>Merged records</source>
        <translation>Merged records</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Session attendance</source>
        <translation>Session attendance</translation>
    </message>
    <message>
        <source>Session counsellors</source>
        <translation>Session counsellors</translation>
    </message>
    <message>
        <source>Note addenda</source>
        <translation>Note addenda</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Appointments</translation>
    </message>
    <message>
        <source>Follow-up tasks</source>
        <translation>Follow-up tasks</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groups</translation>
    </message>
    <message>
        <source>Group members</source>
        <translation>Group members</translation>
    </message>
    <message>
        <source>Community activities</source>
        <translation>Community activities</translation>
    </message>
    <message>
        <source>Note templates</source>
        <translation>Note templates</translation>
    </message>
    <message>
        <source>Intervention types</source>
        <translation>Intervention types</translation>
    </message>
    <message>
        <source>Shelter rooms</source>
        <translation>Shelter rooms</translation>
    </message>
    <message>
        <source>Beds</source>
        <translation>Beds</translation>
    </message>
    <message>
        <source>Shelter stays</source>
        <translation>Shelter stays</translation>
    </message>
    <message>
        <source>Bed assignments</source>
        <translation>Bed assignments</translation>
    </message>
    <message>
        <source>Beds out of service</source>
        <translation>Beds out of service</translation>
    </message>
    <message>
        <source>Bed holds</source>
        <translation>Bed holds</translation>
    </message>
    <message>
        <source>Waitlist</source>
        <translation>Waitlist</translation>
    </message>
    <message>
        <source>Medicines and supplies</source>
        <translation>Medicines and supplies</translation>
    </message>
    <message>
        <source>Medicine kits</source>
        <translation>Medicine kits</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>Batches</translation>
    </message>
    <message>
        <source>Stock movements</source>
        <translation>Stock movements</translation>
    </message>
    <message>
        <source>Stock counts</source>
        <translation>Stock counts</translation>
    </message>
    <message>
        <source>Stock count lines</source>
        <translation>Stock count lines</translation>
    </message>
    <message>
        <source>Reorder levels</source>
        <translation>Reorder levels</translation>
    </message>
    <message>
        <source>Kit assignments</source>
        <translation>Kit assignments</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>User roles</source>
        <translation>User roles</translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation>Audit log entries</translation>
    </message>
    <message>
        <source>People without their name (pseudonymised)</source>
        <translation>People without their name (pseudonymised)</translation>
    </message>
</context>
<context>
    <name>ExpiringModel</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Medicine</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Expiry</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Days left</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
</context>
<context>
    <name>ExpiringView</name>
    <message>
        <source>Expiring within how many days</source>
        <translation>Expiring within how many days</translation>
    </message>
    <message>
        <source>E&amp;xpiring within:</source>
        <translation>E&amp;xpiring within:</translation>
    </message>
    <message>
        <source>days</source>
        <translation>days</translation>
    </message>
    <message>
        <source>Save as C&amp;SV…</source>
        <translation>Save as C&amp;SV…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Save as &amp;PDF…</translation>
    </message>
    <message>
        <source>Expiring lots</source>
        <translation>Expiring lots</translation>
    </message>
    <message>
        <source>No lot expires within that time</source>
        <translation>No lot expires within that time</translation>
    </message>
    <message>
        <source>Lots that expire within the days chosen above, and expired lots still on the shelf, are listed here, soonest first.</source>
        <translation>Lots that expire within the days chosen above, and expired lots still on the shelf, are listed here, soonest first.</translation>
    </message>
    <message>
        <source>&amp;Only {name}</source>
        <translation>&amp;Only {name}</translation>
    </message>
    <message>
        <source>&amp;Only this botiquín</source>
        <translation>&amp;Only this botiquín</translation>
    </message>
    <message>
        <source>Lots expiring within {days} days: &lt;b&gt;{count}&lt;/b&gt; · locations: {places} · already expired, to write off: &lt;b&gt;{expired}&lt;/b&gt;</source>
        <translation>Lots expiring within {days} days: &lt;b&gt;{count}&lt;/b&gt; · locations: {places} · already expired, to write off: &lt;b&gt;{expired}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>expiring-lots</source>
        <translation>expiring-lots</translation>
    </message>
    <message>
        <source>Save the expiring lots as CSV</source>
        <translation>Save the expiring lots as CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Saving the expiring lots…</source>
        <translation>Saving the expiring lots…</translation>
    </message>
    <message>
        <source>Save the expiring lots as PDF</source>
        <translation>Save the expiring lots as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Making the expiring lots PDF…</source>
        <translation>Making the expiring lots PDF…</translation>
    </message>
</context>
<context>
    <name>ExportView</name>
    <message>
        <source>Central office key file</source>
        <translation>Central office key file</translation>
    </message>
    <message>
        <source>Key files (*.json);;All files (*)</source>
        <translation>Key files (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>Import central office &amp;key…</source>
        <translation>Import central office &amp;key…</translation>
    </message>
    <message>
        <source>No folder chosen yet</source>
        <translation>No folder chosen yet</translation>
    </message>
    <message>
        <source>&amp;Choose folder…</source>
        <translation>&amp;Choose folder…</translation>
    </message>
    <message>
        <source>&amp;Only what changed since the last export</source>
        <translation>&amp;Only what changed since the last export</translation>
    </message>
    <message>
        <source>&amp;Everything (a full export)</source>
        <translation>&amp;Everything (a full export)</translation>
    </message>
    <message>
        <source>&amp;See what will travel</source>
        <translation>&amp;See what will travel</translation>
    </message>
    <message>
        <source>&amp;Write the bundle</source>
        <translation>&amp;Write the bundle</translation>
    </message>
    <message>
        <source>USB stick folder</source>
        <translation>USB stick folder</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>What to export</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Kind of record</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Travel</translation>
    </message>
    <message>
        <source>Stay at this site</source>
        <translation>Stay at this site</translation>
    </message>
    <message>
        <source>An export puts what changed at this site into one encrypted file for the central office. Only what each woman&apos;s consent allows travels with her name; everyone else travels as a code with figures for planning.</source>
        <translation>An export puts what changed at this site into one encrypted file for the central office. Only what each woman&apos;s consent allows travels with her name; everyone else travels as a code with figures for planning.</translation>
    </message>
    <message>
        <source>This site has not imported the central office&apos;s key yet, so it cannot export. Ask the central office for its key file (made there with clinic-desk keys central-init), then choose it with &quot;Import central office key…&quot; (or run clinic-desk keys central-import FILE).</source>
        <translation>This site has not imported the central office&apos;s key yet, so it cannot export. Ask the central office for its key file (made there with clinic-desk keys central-init), then choose it with &quot;Import central office key…&quot; (or run clinic-desk keys central-import FILE).</translation>
    </message>
    <message>
        <source>Last export: {when} ({file}).</source>
        <translation>Last export: {when} ({file}).</translation>
    </message>
    <message>
        <source>Nothing has been exported to this central office yet: the first export takes everything.</source>
        <translation>Nothing has been exported to this central office yet: the first export takes everything.</translation>
    </message>
    <message>
        <source>Central office key imported. Fingerprint: {fp}</source>
        <translation>Central office key imported. Fingerprint: {fp}</translation>
    </message>
    <message>
        <source>Folder on the USB stick</source>
        <translation>Folder on the USB stick</translation>
    </message>
    <message>
        <source>Counting what will travel…</source>
        <translation>Counting what will travel…</translation>
    </message>
    <message>
        <source>The first export to this central office takes everything this site holds, shaped by consent.</source>
        <translation>The first export to this central office takes everything this site holds, shaped by consent.</translation>
    </message>
    <message>
        <source>A full export: everything this site holds, shaped by consent.</source>
        <translation>A full export: everything this site holds, shaped by consent.</translation>
    </message>
    <message numerus="yes">
        <source>Changes since the last export (%n change(s)).</source>
        <translation>
            <numerusform>Changes since the last export (%n change).</numerusform>
            <numerusform>Changes since the last export (%n changes).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people travel with their name: their consent covers sending their record to the central office.</source>
        <translation>
            <numerusform>%n person travels with their name: their consent covers sending their record to the central office.</numerusform>
            <numerusform>%n people travel with their name: their consent covers sending their record to the central office.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people travel without their name, as a code with age band, sector, violence types, risk level and counts — enough for planning.</source>
        <translation>
            <numerusform>%n person travels without their name, as a code with age band, sector, violence types, risk level and counts — enough for planning.</numerusform>
            <numerusform>%n people travel without their name, as a code with age band, sector, violence types, risk level and counts — enough for planning.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people withdrew their consent: the central office will remove their name and notes and keep only their figures.</source>
        <translation>
            <numerusform>%n person withdrew their consent: the central office will remove their name and notes and keep only their figures.</numerusform>
            <numerusform>%n people withdrew their consent: the central office will remove their name and notes and keep only their figures.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stays at this site: %n record(s) of people without that consent, the text of notes that are not covered by everyone&apos;s consent, and the details of the audit log (only its fingerprints travel).</source>
        <translation>
            <numerusform>Stays at this site: %n record of people without that consent, the text of notes that are not covered by everyone&apos;s consent, and the details of the audit log (only its fingerprints travel).</numerusform>
            <numerusform>Stays at this site: %n records of people without that consent, the text of notes that are not covered by everyone&apos;s consent, and the details of the audit log (only its fingerprints travel).</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the folder on the USB stick to write the bundle.</source>
        <translation>Choose the folder on the USB stick to write the bundle.</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>Writing the bundle…</translation>
    </message>
    <message>
        <source>Bundle written and checked: {path} ({size}). It was read back from the stick: it is safe to remove it.</source>
        <translation>Bundle written and checked: {path} ({size}). It was read back from the stick: it is safe to remove it.</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export cancelled; nothing was written.</translation>
    </message>
</context>
<context>
    <name>FileDialog</name>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>FirstAdminPage</name>
    <message>
        <source>First administrator</source>
        <translation>First administrator</translation>
    </message>
    <message>
        <source>This person manages users and backups. Choose a long password: a phrase of several words is easy to remember and hard to guess.</source>
        <translation>This person manages users and backups. Choose a long password: a phrase of several words is easy to remember and hard to guess.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Repeat password:</translation>
    </message>
    <message>
        <source>for example: Ana Quispe</source>
        <translation>for example: Ana Quispe</translation>
    </message>
    <message>
        <source>At least 10 characters. A phrase of several words is best.</source>
        <translation>At least 10 characters. A phrase of several words is best.</translation>
    </message>
    <message>
        <source>Strong password.</source>
        <translation>Strong password.</translation>
    </message>
    <message>
        <source>Acceptable password. A longer phrase would be stronger.</source>
        <translation>Acceptable password. A longer phrase would be stronger.</translation>
    </message>
    <message>
        <source>The two passwords are different.</source>
        <translation>The two passwords are different.</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>GroupsView</name>
    <message>
        <source>Show groups that no longer meet</source>
        <translation>Show groups that no longer meet</translation>
    </message>
    <message>
        <source>&amp;New group</source>
        <translation>&amp;New group</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groups</translation>
    </message>
    <message>
        <source>e.g. Las Pioneras</source>
        <translation>e.g. Las Pioneras</translation>
    </message>
    <message>
        <source>The group meets</source>
        <translation>The group meets</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <source>&amp;About the group:</source>
        <translation>&amp;About the group:</translation>
    </message>
    <message>
        <source>Facilitator:</source>
        <translation>Facilitator:</translation>
    </message>
    <message>
        <source>&amp;Save group</source>
        <translation>&amp;Save group</translation>
    </message>
    <message>
        <source>Show women who left</source>
        <translation>Show women who left</translation>
    </message>
    <message>
        <source>&amp;Remove from the group</source>
        <translation>&amp;Remove from the group</translation>
    </message>
    <message>
        <source>Start a &amp;group session…</source>
        <translation>Start a &amp;group session…</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Add a member:</source>
        <translation>Add a member:</translation>
    </message>
    <message numerus="yes">
        <source>{name} (%n member(s))</source>
        <translation>
            <numerusform>{name} (%n member)</numerusform>
            <numerusform>{name} (%n members)</numerusform>
        </translation>
    </message>
    <message>
        <source>{text} — no longer meets</source>
        <translation>{text} — no longer meets</translation>
    </message>
    <message>
        <source>{name} — since {date}</source>
        <translation>{name} — since {date}</translation>
    </message>
    <message>
        <source>{name} — left on {date}</source>
        <translation>{name} — left on {date}</translation>
    </message>
    <message>
        <source>No members yet.</source>
        <translation>No members yet.</translation>
    </message>
    <message>
        <source>&amp;Create group</source>
        <translation>&amp;Create group</translation>
    </message>
    <message>
        <source>Save the group first.</source>
        <translation>Save the group first.</translation>
    </message>
    <message>
        <source>Choose a member in the list first.</source>
        <translation>Choose a member in the list first.</translation>
    </message>
</context>
<context>
    <name>HeadForm</name>
    <message>
        <source>Not asked</source>
        <translation>Not asked</translation>
    </message>
    <message>
        <source>e.g. 987 654 321</source>
        <translation>e.g. 987 654 321</translation>
    </message>
    <message>
        <source>e.g. Huaycán Zona B</source>
        <translation>e.g. Huaycán Zona B</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>Other language</source>
        <translation>Other language</translation>
    </message>
    <message>
        <source>Only for the team. Do not write here what she told in confidence.</source>
        <translation>Only for the team. Do not write here what she told in confidence.</translation>
    </message>
    <message>
        <source>&amp;Given names</source>
        <translation>&amp;Given names</translation>
    </message>
    <message>
        <source>&amp;First surname</source>
        <translation>&amp;First surname</translation>
    </message>
    <message>
        <source>&amp;Second surname</source>
        <translation>&amp;Second surname</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>&amp;Document</translation>
    </message>
    <message>
        <source>Document &amp;number</source>
        <translation>Document &amp;number</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>Date of &amp;birth (dd/mm/yyyy)</source>
        <translation>Date of &amp;birth (dd/mm/yyyy)</translation>
    </message>
    <message>
        <source>…or &amp;approximate age</source>
        <translation>…or &amp;approximate age</translation>
    </message>
    <message>
        <source>Se&amp;x</source>
        <translation>Se&amp;x</translation>
    </message>
    <message>
        <source>&amp;Languages she speaks</source>
        <translation>&amp;Languages she speaks</translation>
    </message>
    <message>
        <source>Sec&amp;tor where she lives</source>
        <translation>Sec&amp;tor where she lives</translation>
    </message>
    <message>
        <source>Gender &amp;identity (optional)</source>
        <translation>Gender &amp;identity (optional)</translation>
    </message>
    <message>
        <source>Sexual &amp;orientation (optional)</source>
        <translation>Sexual &amp;orientation (optional)</translation>
    </message>
    <message>
        <source>Who &amp;referred her</source>
        <translation>Who &amp;referred her</translation>
    </message>
    <message>
        <source>Ask gender identity and sexual orientation only if she wants to answer, in private. “Prefers not to say” is a complete answer; “Not asked” records nothing.</source>
        <translation>Ask gender identity and sexual orientation only if she wants to answer, in private. “Prefers not to say” is a complete answer; “Not asked” records nothing.</translation>
    </message>
    <message>
        <source>Notes for the &amp;team</source>
        <translation>Notes for the &amp;team</translation>
    </message>
</context>
<context>
    <name>HoldDialog</name>
    <message>
        <source>Hold a bed</source>
        <translation>Hold a bed</translation>
    </message>
    <message>
        <source>&amp;Hold</source>
        <translation>&amp;Hold</translation>
    </message>
    <message>
        <source>Bed: {bed}</source>
        <translation>Bed: {bed}</translation>
    </message>
    <message>
        <source>If she is registered, find her; otherwise write a name or where she comes from.</source>
        <translation>If she is registered, find her; otherwise write a name or where she comes from.</translation>
    </message>
    <message>
        <source>Or a &amp;name:</source>
        <translation>Or a &amp;name:</translation>
    </message>
    <message>
        <source>Held &amp;until:</source>
        <translation>Held &amp;until:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <source>Held for: {name}</source>
        <translation>Held for: {name}</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Welcome, {name}</source>
        <translation>Welcome, {name}</translation>
    </message>
    <message>
        <source>{site} ({code}) · {date}</source>
        <translation>{site} ({code}) · {date}</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Gather today&apos;s figures again (F5)</source>
        <translation>Gather today&apos;s figures again (F5)</translation>
    </message>
    <message>
        <source>What needs doing today</source>
        <translation>What needs doing today</translation>
    </message>
    <message>
        <source>Clinic Desk locks itself after a few minutes without use. If someone who should not see the screen comes in, press F12: every window is covered at once.</source>
        <translation>Clinic Desk locks itself after a few minutes without use. If someone who should not see the screen comes in, press F12: every window is covered at once.</translation>
    </message>
    <message>
        <source>Today&apos;s figures could not be gathered: {error}</source>
        <translation>Today&apos;s figures could not be gathered: {error}</translation>
    </message>
    <message>
        <source>There is nothing for your role to follow on this page. Use the sections on the left.</source>
        <translation>There is nothing for your role to follow on this page. Use the sections on the left.</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) need your attention today. Each card opens the place to act.</source>
        <translation>
            <numerusform>%n thing needs your attention today. Each card opens the place to act.</numerusform>
            <numerusform>%n things need your attention today. Each card opens the place to act.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing pending right now. Everything is up to date — thank you.</source>
        <translation>Nothing pending right now. Everything is up to date — thank you.</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <source>Nothing pending</source>
        <translation>Nothing pending</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>Your appointments today</source>
        <translation>Your appointments today</translation>
    </message>
    <message>
        <source>Appointments today at the centre</source>
        <translation>Appointments today at the centre</translation>
    </message>
    <message>
        <source>No appointments booked for today.</source>
        <translation>No appointments booked for today.</translation>
    </message>
    <message>
        <source>Next: {time}, {kind} with {who}</source>
        <translation>Next: {time}, {kind} with {who}</translation>
    </message>
    <message>
        <source>Next: {time}, {kind}</source>
        <translation>Next: {time}, {kind}</translation>
    </message>
    <message>
        <source>Today&apos;s appointments are over. Record the sessions held.</source>
        <translation>Today&apos;s appointments are over. Record the sessions held.</translation>
    </message>
    <message>
        <source>Open the agenda</source>
        <translation>Open the agenda</translation>
    </message>
    <message>
        <source>Missed appointments</source>
        <translation>Missed appointments</translation>
    </message>
    <message>
        <source>In the last two weeks. Call her or book again, then mark what happened.</source>
        <translation>In the last two weeks. Call her or book again, then mark what happened.</translation>
    </message>
    <message>
        <source>None in the last two weeks.</source>
        <translation>None in the last two weeks.</translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation>Overdue follow-ups</translation>
    </message>
    <message>
        <source>Your follow-up tasks past their date.</source>
        <translation>Your follow-up tasks past their date.</translation>
    </message>
    <message numerus="yes">
        <source>And %n due today.</source>
        <translation>
            <numerusform>And %n due today.</numerusform>
            <numerusform>And %n due today.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None overdue; %n due today.</source>
        <translation>
            <numerusform>None overdue; %n due today.</numerusform>
            <numerusform>None overdue; %n due today.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your follow-ups are up to date.</source>
        <translation>Your follow-ups are up to date.</translation>
    </message>
    <message>
        <source>Free beds tonight</source>
        <translation>Free beds tonight</translation>
    </message>
    <message>
        <source>No rooms or beds are set up yet: the Shelter section does it.</source>
        <translation>No rooms or beds are set up yet: the Shelter section does it.</translation>
    </message>
    <message>
        <source>Open the shelter</source>
        <translation>Open the shelter</translation>
    </message>
    <message numerus="yes">
        <source>%n occupied</source>
        <translation>
            <numerusform>%n occupied</numerusform>
            <numerusform>%n occupied</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n on the waitlist</source>
        <translation>
            <numerusform>%n on the waitlist</numerusform>
            <numerusform>%n on the waitlist</numerusform>
        </translation>
    </message>
    <message>
        <source>nobody waiting</source>
        <translation>nobody waiting</translation>
    </message>
    <message numerus="yes">
        <source>%n hold(s) end today</source>
        <translation>
            <numerusform>%n hold ends today</numerusform>
            <numerusform>%n holds end today</numerusform>
        </translation>
    </message>
    <message>
        <source>For your information</source>
        <translation>For your information</translation>
    </message>
    <message>
        <source>For the whole centre. The agenda shows who and when.</source>
        <translation>For the whole centre. The agenda shows who and when.</translation>
    </message>
    <message numerus="yes">
        <source>%n on the waitlist: offer a bed</source>
        <translation>
            <numerusform>%n on the waitlist: offer a bed</numerusform>
            <numerusform>%n on the waitlist: offer a bed</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the bed board</source>
        <translation>Open the bed board</translation>
    </message>
    <message>
        <source>Medicines low or out of stock</source>
        <translation>Medicines low or out of stock</translation>
    </message>
    <message>
        <source>No botiquín is assigned to you yet. Ask an administrator.</source>
        <translation>No botiquín is assigned to you yet. Ask an administrator.</translation>
    </message>
    <message numerus="yes">
        <source>%n out of stock: order or ask for a transfer.</source>
        <translation>
            <numerusform>%n out of stock: order or ask for a transfer.</numerusform>
            <numerusform>%n out of stock: order or ask for a transfer.</numerusform>
        </translation>
    </message>
    <message>
        <source>At or below the reorder level: order soon.</source>
        <translation>At or below the reorder level: order soon.</translation>
    </message>
    <message>
        <source>Every medicine is above its reorder level.</source>
        <translation>Every medicine is above its reorder level.</translation>
    </message>
    <message>
        <source>Open the stock</source>
        <translation>Open the stock</translation>
    </message>
    <message>
        <source>Lots expiring within 90 days</source>
        <translation>Lots expiring within 90 days</translation>
    </message>
    <message numerus="yes">
        <source>%n expired or recalled lot(s) still on the shelf: write them off.</source>
        <translation>
            <numerusform>%n expired or recalled lot still on the shelf: write it off.</numerusform>
            <numerusform>%n expired or recalled lots still on the shelf: write them off.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dispense these first (first expiry, first out).</source>
        <translation>Dispense these first (first expiry, first out).</translation>
    </message>
    <message>
        <source>No lot expires in the next 90 days.</source>
        <translation>No lot expires in the next 90 days.</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Last backup</translation>
    </message>
    <message>
        <source>No backup yet. Make one now and keep a copy on a USB stick.</source>
        <translation>No backup yet. Make one now and keep a copy on a USB stick.</translation>
    </message>
    <message numerus="yes">
        <source>Older than %n day(s): make a backup today.</source>
        <translation>
            <numerusform>Older than %n day: make a backup today.</numerusform>
            <numerusform>Older than %n days: make a backup today.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Made on {date}. Make one at least every %n day(s).</source>
        <translation>
            <numerusform>Made on {date}. Make one at least every %n day.</numerusform>
            <numerusform>Made on {date}. Make one at least every %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Exchange</source>
        <translation>Open Exchange</translation>
    </message>
    <message>
        <source>Last export to the central office</source>
        <translation>Last export to the central office</translation>
    </message>
    <message>
        <source>Not set up yet: first import the central office&apos;s key in Exchange.</source>
        <translation>Not set up yet: first import the central office&apos;s key in Exchange.</translation>
    </message>
    <message>
        <source>No bundle sent yet. Export one to the USB stick.</source>
        <translation>No bundle sent yet. Export one to the USB stick.</translation>
    </message>
    <message numerus="yes">
        <source>Older than %n day(s): export a bundle to the USB stick.</source>
        <translation>
            <numerusform>Older than %n day: export a bundle to the USB stick.</numerusform>
            <numerusform>Older than %n days: export a bundle to the USB stick.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent on {date}.</source>
        <translation>Sent on {date}.</translation>
    </message>
    <message>
        <source>No botiquín is set up yet: add them in Medicine kits.</source>
        <translation>No botiquín is set up yet: add them in Medicine kits.</translation>
    </message>
    <message>
        <source>Your appointments: today, and missed ones of the last two weeks</source>
        <translation>Your appointments: today, and missed ones of the last two weeks</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>missed</translation>
    </message>
    <message>
        <source>session recorded</source>
        <translation>session recorded</translation>
    </message>
    <message>
        <source>Missed: {appointment}</source>
        <translation>Missed: {appointment}</translation>
    </message>
    <message numerus="yes">
        <source>%n more missed: open the agenda</source>
        <translation>
            <numerusform>%n more missed: open the agenda</numerusform>
            <numerusform>%n more missed: open the agenda</numerusform>
        </translation>
    </message>
    <message>
        <source>No appointments for you today, and none missed. A calm day.</source>
        <translation>No appointments for you today, and none missed. A calm day.</translation>
    </message>
</context>
<context>
    <name>ImportReportPdf</name>
    <message>
        <source>Save report as &amp;PDF…</source>
        <translation>Save report as &amp;PDF…</translation>
    </message>
    <message>
        <source>Save the import report</source>
        <translation>Save the import report</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Report saved: {path}</source>
        <translation>Report saved: {path}</translation>
    </message>
    <message>
        <source>Saving the import report…</source>
        <translation>Saving the import report…</translation>
    </message>
    <message>
        <source>Your copy of site {code} was not compared: the bundle carries no digest (an older version of Clinic Desk).</source>
        <translation>Your copy of site {code} was not compared: the bundle carries no digest (an older version of Clinic Desk).</translation>
    </message>
    <message>
        <source>Your copy of site {code} was not compared: a later bundle of that site was imported already.</source>
        <translation>Your copy of site {code} was not compared: a later bundle of that site was imported already.</translation>
    </message>
    <message>
        <source>Your copy of site {code} equals the site.</source>
        <translation>Your copy of site {code} equals the site.</translation>
    </message>
    <message>
        <source>Your copy of site {code} differs from the site in: {kinds}.</source>
        <translation>Your copy of site {code} differs from the site in: {kinds}.</translation>
    </message>
</context>
<context>
    <name>ImportView</name>
    <message>
        <source>&amp;Choose bundles…</source>
        <translation>&amp;Choose bundles…</translation>
    </message>
    <message>
        <source>&amp;Import these bundles</source>
        <translation>&amp;Import these bundles</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Kind of record</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Bring the bundles the sites wrote to a USB stick. Each one is checked (that it is for this office, signed by a site this office trusts, and unchanged) and shown before anything is imported; a bundle goes in whole or not at all.</source>
        <translation>Bring the bundles the sites wrote to a USB stick. Each one is checked (that it is for this office, signed by a site this office trusts, and unchanged) and shown before anything is imported; a bundle goes in whole or not at all.</translation>
    </message>
    <message>
        <source>This office has no central keys, so it cannot open bundles. Only the central office imports: it creates its keys once with clinic-desk keys central-init and gives the public key file to every site.</source>
        <translation>This office has no central keys, so it cannot open bundles. Only the central office imports: it creates its keys once with clinic-desk keys central-init and gives the public key file to every site.</translation>
    </message>
    <message>
        <source>Bundles to import</source>
        <translation>Bundles to import</translation>
    </message>
    <message>
        <source>Clinic Desk bundles (*.cdbundle);;All files (*)</source>
        <translation>Clinic Desk bundles (*.cdbundle);;All files (*)</translation>
    </message>
    <message>
        <source>Chosen: {files}</source>
        <translation>Chosen: {files}</translation>
    </message>
    <message>
        <source>{file} from site {code}: new {new}, updated {updated}, unchanged {unchanged}, conflicts {conflicts}.</source>
        <translation>{file} from site {code}: new {new}, updated {updated}, unchanged {unchanged}, conflicts {conflicts}.</translation>
    </message>
    <message>
        <source>{file} from site {code} was imported: new {new}, updated {updated}, unchanged {unchanged}, conflicts {conflicts}.</source>
        <translation>{file} from site {code} was imported: new {new}, updated {updated}, unchanged {unchanged}, conflicts {conflicts}.</translation>
    </message>
    <message>
        <source>Opening the bundles…</source>
        <translation>Opening the bundles…</translation>
    </message>
    <message>
        <source>Nothing was imported: the key of site {code} was not trusted.</source>
        <translation>Nothing was imported: the key of site {code} was not trusted.</translation>
    </message>
    <message>
        <source>A new site</source>
        <translation>A new site</translation>
    </message>
    <message>
        <source>The bundle {file} comes from site {code} ({name}), whose key this office does not trust yet.

Fingerprint of its key:
{fp}

Call the site and read the fingerprint together (the site sees it in Exchange → Keys). Trust this site&apos;s key only if every group matches.</source>
        <translation>The bundle {file} comes from site {code} ({name}), whose key this office does not trust yet.

Fingerprint of its key:
{fp}

Call the site and read the fingerprint together (the site sees it in Exchange → Keys). Trust this site&apos;s key only if every group matches.</translation>
    </message>
    <message>
        <source>The fingerprint matches: &amp;trust it</source>
        <translation>The fingerprint matches: &amp;trust it</translation>
    </message>
    <message>
        <source>&amp;Do not trust</source>
        <translation>&amp;Do not trust</translation>
    </message>
    <message>
        <source>Checking what would change…</source>
        <translation>Checking what would change…</translation>
    </message>
    <message>
        <source>Importing the bundles…</source>
        <translation>Importing the bundles…</translation>
    </message>
    <message>
        <source>What would change — nothing has been imported yet</source>
        <translation>What would change — nothing has been imported yet</translation>
    </message>
    <message>
        <source>Kept until the earlier bundle arrives — nothing imported yet</source>
        <translation>Kept until the earlier bundle arrives — nothing imported yet</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>This bundle was imported before: nothing changes.</source>
        <translation>This bundle was imported before: nothing changes.</translation>
    </message>
    <message>
        <source>Changes {first}..{last} of site {code} have not been imported here yet: this bundle is kept and applied by itself once they arrive. Import the missing bundle, or ask the site for a full export.</source>
        <translation>Changes {first}..{last} of site {code} have not been imported here yet: this bundle is kept and applied by itself once they arrive. Import the missing bundle, or ask the site for a full export.</translation>
    </message>
    <message>
        <source>It was kept until the changes before it arrived; applied now.</source>
        <translation>It was kept until the changes before it arrived; applied now.</translation>
    </message>
    <message>
        <source>The key of site {code} is trusted from now on (fingerprint {fp}).</source>
        <translation>The key of site {code} is trusted from now on (fingerprint {fp}).</translation>
    </message>
    <message numerus="yes">
        <source>%n people of site {code} withdrew their consent: their name and notes are removed here.</source>
        <translation>
            <numerusform>%n person of site {code} withdrew their consent: their name and notes are removed here.</numerusform>
            <numerusform>%n people of site {code} withdrew their consent: their name and notes are removed here.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled; the bundle being imported was left out whole.</source>
        <translation>Import cancelled; the bundle being imported was left out whole.</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <source>Register a person</source>
        <translation>Register a person</translation>
    </message>
    <message>
        <source>Her details</source>
        <translation>Her details</translation>
    </message>
    <message>
        <source>Children and dependants who come with her</source>
        <translation>Children and dependants who come with her</translation>
    </message>
    <message>
        <source>Nobody yet. Add each child or dependant who arrives with her: they are registered together, in her household.</source>
        <translation>Nobody yet. Add each child or dependant who arrives with her: they are registered together, in her household.</translation>
    </message>
    <message>
        <source>&amp;Add a child or dependant</source>
        <translation>&amp;Add a child or dependant</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Register</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>* required. Nothing is saved until every field is right.</source>
        <translation>* required. Nothing is saved until every field is right.</translation>
    </message>
    <message>
        <source>Please correct the field marked with ⚠. Nothing was saved.</source>
        <translation>Please correct the field marked with ⚠. Nothing was saved.</translation>
    </message>
    <message>
        <source>She must agree to receive services before she can be registered. If she does not agree, do not register her.</source>
        <translation>She must agree to receive services before she can be registered. If she does not agree, do not register her.</translation>
    </message>
</context>
<context>
    <name>Inventory</name>
    <message>
        <source>Take away: lost</source>
        <translation>Take away: lost</translation>
    </message>
    <message>
        <source>Take away: damaged</source>
        <translation>Take away: damaged</translation>
    </message>
    <message>
        <source>Take away: correction</source>
        <translation>Take away: correction</translation>
    </message>
    <message>
        <source>Add: donation</source>
        <translation>Add: donation</translation>
    </message>
    <message>
        <source>Add: correction</source>
        <translation>Add: correction</translation>
    </message>
    <message>
        <source>Write off: expired or recalled</source>
        <translation>Write off: expired or recalled</translation>
    </message>
    <message>
        <source>Scan the box here, or type the code and press Enter</source>
        <translation>Scan the box here, or type the code and press Enter</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Dispensed</source>
        <translation>Dispensed</translation>
    </message>
    <message>
        <source>Transfer sent</source>
        <translation>Transfer sent</translation>
    </message>
    <message>
        <source>Transfer received</source>
        <translation>Transfer received</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Adjustment</translation>
    </message>
    <message>
        <source>Expiry write-off</source>
        <translation>Expiry write-off</translation>
    </message>
    <message>
        <source>Stocktake</source>
        <translation>Stocktake</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Loss</translation>
    </message>
    <message>
        <source>Damage</source>
        <translation>Damage</translation>
    </message>
    <message>
        <source>Donation</source>
        <translation>Donation</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>Earlier counting error</source>
        <translation>Earlier counting error</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Dispensed, not recorded</source>
        <translation>Dispensed, not recorded</translation>
    </message>
    <message>
        <source>Received, not recorded</source>
        <translation>Received, not recorded</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Usable</source>
        <translation>Usable</translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation>Quarantined</translation>
    </message>
    <message>
        <source>Recalled</source>
        <translation>Recalled</translation>
    </message>
    <message>
        <source>{name} (central store)</source>
        <translation>{name} (central store)</translation>
    </message>
    <message>
        <source>Lot {lot} expires soon ({expiry}, in {days} days): use it first.</source>
        <translation>Lot {lot} expires soon ({expiry}, in {days} days): use it first.</translation>
    </message>
    <message>
        <source>Lot {lot} had expired ({expiry}): it was recorded and written off at once.</source>
        <translation>Lot {lot} had expired ({expiry}): it was recorded and written off at once.</translation>
    </message>
    <message>
        <source>Lot {lot} was used although another lot expires earlier.</source>
        <translation>Lot {lot} was used although another lot expires earlier.</translation>
    </message>
    <message>
        <source>Lot {lot} is in quarantine: it cannot be dispensed until it is released.</source>
        <translation>Lot {lot} is in quarantine: it cannot be dispensed until it is released.</translation>
    </message>
    <message>
        <source>Recalled lot</source>
        <translation>Recalled lot</translation>
    </message>
    <message>
        <source>Out of stock</source>
        <translation>Out of stock</translation>
    </message>
    <message>
        <source>Expires soon</source>
        <translation>Expires soon</translation>
    </message>
    <message>
        <source>Low stock</source>
        <translation>Low stock</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Type part of the name or the code</source>
        <translation>Type part of the name or the code</translation>
    </message>
    <message>
        <source>Botiquín: &lt;b&gt;{name}&lt;/b&gt;</source>
        <translation>Botiquín: &lt;b&gt;{name}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Optional: type her name or DNI</source>
        <translation>Optional: type her name or DNI</translation>
    </message>
    <message>
        <source> · {age} years</source>
        <translation> · {age} years</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <source>No medicine in the catalogue has this code ({gtin}). Choose the medicine by hand; an administrator can add the code to the catalogue.</source>
        <translation>No medicine in the catalogue has this code ({gtin}). Choose the medicine by hand; an administrator can add the code to the catalogue.</translation>
    </message>
    <message>
        <source>Central store</source>
        <translation>Central store</translation>
    </message>
    <message>
        <source>Botiquín</source>
        <translation>Botiquín</translation>
    </message>
    <message>
        <source>recorded twice: the same prescription</source>
        <translation>recorded twice: the same prescription</translation>
    </message>
    <message>
        <source>{quantity} {unit} in</source>
        <translation>{quantity} {unit} in</translation>
    </message>
    <message>
        <source>{quantity} {unit} out</source>
        <translation>{quantity} {unit} out</translation>
    </message>
    <message>
        <source>{kind} · {quantity} · lot {lot} · {date}</source>
        <translation>{kind} · {quantity} · lot {lot} · {date}</translation>
    </message>
</context>
<context>
    <name>InventoryAlertsWidget</name>
    <message>
        <source>Medicine alerts</source>
        <translation>Medicine alerts</translation>
    </message>
    <message>
        <source>No alerts</source>
        <translation>No alerts</translation>
    </message>
    <message>
        <source>Nothing is low, out of stock or expiring within 90 days. Alerts for low stock appear once a reorder level is set for a medicine.</source>
        <translation>Nothing is low, out of stock or expiring within 90 days. Alerts for low stock appear once a reorder level is set for a medicine.</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <source>{count} alerts, {urgent} urgent</source>
        <translation>{count} alerts, {urgent} urgent</translation>
    </message>
</context>
<context>
    <name>InventoryPage</name>
    <message>
        <source>Medicine kits</source>
        <translation>Medicine kits</translation>
    </message>
    <message>
        <source>&amp;Botiquín:</source>
        <translation>&amp;Botiquín:</translation>
    </message>
    <message>
        <source>&amp;Stock</source>
        <translation>&amp;Stock</translation>
    </message>
    <message>
        <source>Stock&amp;take</source>
        <translation>Stock&amp;take</translation>
    </message>
    <message>
        <source>Stock &amp;card</source>
        <translation>Stock &amp;card</translation>
    </message>
    <message>
        <source>&amp;Monthly report</source>
        <translation>&amp;Monthly report</translation>
    </message>
    <message>
        <source>&amp;Expiring lots</source>
        <translation>&amp;Expiring lots</translation>
    </message>
    <message>
        <source>C&amp;atalogue</source>
        <translation>C&amp;atalogue</translation>
    </message>
    <message>
        <source>Locat&amp;ions</source>
        <translation>Locat&amp;ions</translation>
    </message>
    <message>
        <source>No botiquín assigned to you</source>
        <translation>No botiquín assigned to you</translation>
    </message>
    <message>
        <source>An administrator assigns each health promoter to her botiquín. Until then there is no stock to show.</source>
        <translation>An administrator assigns each health promoter to her botiquín. Until then there is no stock to show.</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <source>the whole catalogue</source>
        <translation>the whole catalogue</translation>
    </message>
    <message>
        <source>Edit medicine</source>
        <translation>Edit medicine</translation>
    </message>
    <message>
        <source>Add medicine</source>
        <translation>Add medicine</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>&amp;Generic name:</source>
        <translation>&amp;Generic name:</translation>
    </message>
    <message>
        <source>&amp;Strength:</source>
        <translation>&amp;Strength:</translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation>&amp;Form:</translation>
    </message>
    <message>
        <source>&amp;Unit of dispensing:</source>
        <translation>&amp;Unit of dispensing:</translation>
    </message>
    <message>
        <source>Therapeutic &amp;group:</source>
        <translation>Therapeutic &amp;group:</translation>
    </message>
    <message>
        <source>GT&amp;IN:</source>
        <translation>GT&amp;IN:</translation>
    </message>
    <message>
        <source>e.g. tablet, bottle 60 mL</source>
        <translation>e.g. tablet, bottle 60 mL</translation>
    </message>
    <message>
        <source>The unit can be &amp;split (e.g. millilitres)</source>
        <translation>The unit can be &amp;split (e.g. millilitres)</translation>
    </message>
    <message>
        <source>In &amp;use</source>
        <translation>In &amp;use</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
</context>
<context>
    <name>KeysView</name>
    <message>
        <source>This site&apos;s key</source>
        <translation>This site&apos;s key</translation>
    </message>
    <message>
        <source>Central office key</source>
        <translation>Central office key</translation>
    </message>
    <message>
        <source>The central office shows its key fingerprint when it creates its keys (clinic-desk keys central-init); its key file is imported here.</source>
        <translation>The central office shows its key fingerprint when it creates its keys (clinic-desk keys central-init); its key file is imported here.</translation>
    </message>
    <message>
        <source>Central keys of this office</source>
        <translation>Central keys of this office</translation>
    </message>
    <message>
        <source>&amp;Save this site&apos;s key file…</source>
        <translation>&amp;Save this site&apos;s key file…</translation>
    </message>
    <message>
        <source>Import central office &amp;key…</source>
        <translation>Import central office &amp;key…</translation>
    </message>
    <message>
        <source>Sites this office trusts</source>
        <translation>Sites this office trusts</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>A fingerprint is read aloud to check a key over the phone: the central office sees the same groups for this site before it trusts its bundles.</source>
        <translation>A fingerprint is read aloud to check a key over the phone: the central office sees the same groups for this site before it trusts its bundles.</translation>
    </message>
    <message>
        <source>Not imported yet</source>
        <translation>Not imported yet</translation>
    </message>
    <message>
        <source>from its key file</source>
        <translation>from its key file</translation>
    </message>
    <message>
        <source>on its first import</source>
        <translation>on its first import</translation>
    </message>
    <message>
        <source>Save this site&apos;s key file</source>
        <translation>Save this site&apos;s key file</translation>
    </message>
    <message>
        <source>Key files (*.json)</source>
        <translation>Key files (*.json)</translation>
    </message>
    <message>
        <source>Site key file written to {path}. Give it to the central office; it holds no secret.</source>
        <translation>Site key file written to {path}. Give it to the central office; it holds no secret.</translation>
    </message>
    <message>
        <source>Central office key imported. Fingerprint: {fp}</source>
        <translation>Central office key imported. Fingerprint: {fp}</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Welcome to Clinic Desk</source>
        <translation>Welcome to Clinic Desk</translation>
    </message>
    <message>
        <source>Let&apos;s set up this computer. It takes about two minutes.</source>
        <translation>Let&apos;s set up this computer. It takes about two minutes.</translation>
    </message>
    <message>
        <source>Choose the language of the program:</source>
        <translation>Choose the language of the program:</translation>
    </message>
    <message>
        <source>Each person can change the language later in the settings.</source>
        <translation>Each person can change the language later in the settings.</translation>
    </message>
    <message>
        <source>Is this a new computer for a site that already used Clinic Desk? Restore its backup instead of setting it up again.</source>
        <translation>Is this a new computer for a site that already used Clinic Desk? Restore its backup instead of setting it up again.</translation>
    </message>
    <message>
        <source>Restore a &amp;backup…</source>
        <translation>Restore a &amp;backup…</translation>
    </message>
</context>
<context>
    <name>LocationDialog</name>
    <message>
        <source>Rename {name}</source>
        <translation>Rename {name}</translation>
    </message>
    <message>
        <source>Add a botiquín</source>
        <translation>Add a botiquín</translation>
    </message>
    <message>
        <source>e.g. Huaycán Zona A</source>
        <translation>e.g. Huaycán Zona A</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>The code cannot change: reports and exchanges use it.</source>
        <translation>The code cannot change: reports and exchanges use it.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>A short code without spaces, used in reports and CSV files (for example HUA-A). It cannot be changed later.</source>
        <translation>A short code without spaces, used in reports and CSV files (for example HUA-A). It cannot be changed later.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
</context>
<context>
    <name>LocationModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Health promoters</source>
        <translation>Health promoters</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>nobody assigned</source>
        <translation>nobody assigned</translation>
    </message>
</context>
<context>
    <name>LocationsView</name>
    <message>
        <source>&amp;Add botiquín…</source>
        <translation>&amp;Add botiquín…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Re&amp;name…</translation>
    </message>
    <message>
        <source>C&amp;lose location</source>
        <translation>C&amp;lose location</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Locations</translation>
    </message>
    <message>
        <source>Health promoters assigned here</source>
        <translation>Health promoters assigned here</translation>
    </message>
    <message>
        <source>&amp;Promoter:</source>
        <translation>&amp;Promoter:</translation>
    </message>
    <message>
        <source>A&amp;ssign</source>
        <translation>A&amp;ssign</translation>
    </message>
    <message>
        <source>&amp;Remove from here</source>
        <translation>&amp;Remove from here</translation>
    </message>
    <message>
        <source>The central store and every botiquín. A health promoter sees and moves only the stock of the botiquines she is assigned to. A closed botiquín keeps its history but no stock moves there.</source>
        <translation>The central store and every botiquín. A health promoter sees and moves only the stock of the botiquines she is assigned to. A closed botiquín keeps its history but no stock moves there.</translation>
    </message>
    <message>
        <source>Health promoters</source>
        <translation>Health promoters</translation>
    </message>
    <message>
        <source>Add a botiquín first.</source>
        <translation>Add a botiquín first.</translation>
    </message>
    <message>
        <source>Health promoters at {name}</source>
        <translation>Health promoters at {name}</translation>
    </message>
    <message>
        <source>no longer a promoter</source>
        <translation>no longer a promoter</translation>
    </message>
    <message>
        <source>There is no user with the health promoter role yet. Add one under Users.</source>
        <translation>There is no user with the health promoter role yet. Add one under Users.</translation>
    </message>
    <message>
        <source>Choose a health promoter below and press “Assign”.</source>
        <translation>Choose a health promoter below and press “Assign”.</translation>
    </message>
    <message>
        <source>Re&amp;open location</source>
        <translation>Re&amp;open location</translation>
    </message>
    <message>
        <source>Nobody is assigned here: only administrators and coordinators see this stock.</source>
        <translation>Nobody is assigned here: only administrators and coordinators see this stock.</translation>
    </message>
    <message>
        <source>{name} added.</source>
        <translation>{name} added.</translation>
    </message>
    <message>
        <source>{name} saved.</source>
        <translation>{name} saved.</translation>
    </message>
    <message>
        <source>{name} is closed: it no longer appears in the list of botiquines above. Its history stays; reopen it here at any time.</source>
        <translation>{name} is closed: it no longer appears in the list of botiquines above. Its history stays; reopen it here at any time.</translation>
    </message>
    <message>
        <source>{name} is open again.</source>
        <translation>{name} is open again.</translation>
    </message>
    <message>
        <source>{person} now works at {location}.</source>
        <translation>{person} now works at {location}.</translation>
    </message>
    <message>
        <source>{person} no longer sees {location}.</source>
        <translation>{person} no longer sees {location}.</translation>
    </message>
</context>
<context>
    <name>LockManager</name>
    <message>
        <source>&amp;Quick hide</source>
        <translation>&amp;Quick hide</translation>
    </message>
    <message>
        <source>Cover every window at once and lock</source>
        <translation>Cover every window at once and lock</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>The password could not be checked.</source>
        <translation>The password could not be checked.</translation>
    </message>
    <message>
        <source>Clinic Desk is locked</source>
        <translation>Clinic Desk is locked</translation>
    </message>
    <message>
        <source>{name}, type your password to continue.</source>
        <translation>{name}, type your password to continue.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>&amp;Switch user</source>
        <translation>&amp;Switch user</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
</context>
<context>
    <name>LoginWindow</name>
    <message>
        <source>Opening…</source>
        <translation>Opening…</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Log in</translation>
    </message>
    <message>
        <source>Type your user name.</source>
        <translation>Type your user name.</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Type your password.</translation>
    </message>
    <message>
        <source>Clinic Desk could not open the data. Nothing was changed.</source>
        <translation>Clinic Desk could not open the data. Nothing was changed.</translation>
    </message>
    <message>
        <source>Clinic Desk — log in</source>
        <translation>Clinic Desk — log in</translation>
    </message>
    <message>
        <source>Clinic Desk</source>
        <translation>Clinic Desk</translation>
    </message>
    <message>
        <source>Site {code}</source>
        <translation>Site {code}</translation>
    </message>
    <message>
        <source>Confidential records. Log in to continue.</source>
        <translation>Confidential records. Log in to continue.</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>Forgot password?</source>
        <translation>Forgot password?</translation>
    </message>
    <message>
        <source>Demo mode</source>
        <translation>Demo mode</translation>
    </message>
    <message>
        <source>This is a throwaway copy with invented people. Never type real data here. Log in as any of these users:</source>
        <translation>This is a throwaway copy with invented people. Never type real data here. Log in as any of these users:</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Use</translation>
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
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>Log &amp;out</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <source>&amp;About Clinic Desk</source>
        <translation>&amp;About Clinic Desk</translation>
    </message>
    <message>
        <source>Site: {name} ({code})</source>
        <translation>Site: {name} ({code})</translation>
    </message>
    <message>
        <source>{name} · {roles}</source>
        <translation>{name} · {roles}</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>Lock now (Ctrl+L)</source>
        <translation>Lock now (Ctrl+L)</translation>
    </message>
</context>
<context>
    <name>MemberRow</name>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Given names</translation>
    </message>
    <message>
        <source>First surname</source>
        <translation>First surname</translation>
    </message>
    <message>
        <source>Second surname</source>
        <translation>Second surname</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>…or age</source>
        <translation>…or age</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Person {n} who comes with her</source>
        <translation>Person {n} who comes with her</translation>
    </message>
    <message>
        <source>Remove person {n}</source>
        <translation>Remove person {n}</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge two records</source>
        <translation>Merge two records</translation>
    </message>
    <message>
        <source>Choose the other record of {name}. Everything it holds (consents, risk, referrals, services, household) moves to this record; the other one is closed. The merge is recorded and cannot be undone here.</source>
        <translation>Choose the other record of {name}. Everything it holds (consents, risk, referrals, services, household) moves to this record; the other one is closed. The merge is recorded and cannot be undone here.</translation>
    </message>
    <message>
        <source>The other record</source>
        <translation>The other record</translation>
    </message>
    <message>
        <source>No record chosen yet.</source>
        <translation>No record chosen yet.</translation>
    </message>
    <message>
        <source>Why they are the same person</source>
        <translation>Why they are the same person</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>Chosen: {name}</source>
        <translation>Chosen: {name}</translation>
    </message>
    <message>
        <source>Choose the other record first.</source>
        <translation>Choose the other record first.</translation>
    </message>
</context>
<context>
    <name>MonthlyModel</name>
    <message>
        <source>Medicine</source>
        <translation>Medicine</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Opening</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Consumed</source>
        <translation>Consumed</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Losses</source>
        <translation>Losses</translation>
    </message>
    <message>
        <source>Adjusted</source>
        <translation>Adjusted</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Closing</translation>
    </message>
    <message>
        <source>Days out</source>
        <translation>Days out</translation>
    </message>
    <message>
        <source>Monthly use</source>
        <translation>Monthly use</translation>
    </message>
    <message>
        <source>Months left</source>
        <translation>Months left</translation>
    </message>
    <message>
        <source>Sent to other locations</source>
        <translation>Sent to other locations</translation>
    </message>
    <message>
        <source>Lost, damaged or expired</source>
        <translation>Lost, damaged or expired</translation>
    </message>
    <message>
        <source>Other adjustments and stocktake differences</source>
        <translation>Other adjustments and stocktake differences</translation>
    </message>
    <message>
        <source>Days without stock in the last three months</source>
        <translation>Days without stock in the last three months</translation>
    </message>
    <message>
        <source>Average monthly consumption, not counting days without stock</source>
        <translation>Average monthly consumption, not counting days without stock</translation>
    </message>
</context>
<context>
    <name>MonthlyView</name>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Month:</translation>
    </message>
    <message>
        <source>Save as C&amp;SV…</source>
        <translation>Save as C&amp;SV…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Save as &amp;PDF…</translation>
    </message>
    <message>
        <source>PDF of &amp;all botiquines…</source>
        <translation>PDF of &amp;all botiquines…</translation>
    </message>
    <message>
        <source>One PDF with the report of every botiquín you can see, one per page</source>
        <translation>One PDF with the report of every botiquín you can see, one per page</translation>
    </message>
    <message>
        <source>Monthly consumption report</source>
        <translation>Monthly consumption report</translation>
    </message>
    <message>
        <source>Nothing to report for this month</source>
        <translation>Nothing to report for this month</translation>
    </message>
    <message>
        <source>This botiquín had no stock and no movements in the month chosen. Choose another month above.</source>
        <translation>This botiquín had no stock and no movements in the month chosen. Choose another month above.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{location}&lt;/b&gt; · {month} {year} ({start} – {end}) · {count} medicines. Opening + received − consumed − sent − losses ± adjusted = closing.</source>
        <translation>&lt;b&gt;{location}&lt;/b&gt; · {month} {year} ({start} – {end}) · {count} medicines. Opening + received − consumed − sent − losses ± adjusted = closing.</translation>
    </message>
    <message>
        <source>Save the monthly report as CSV</source>
        <translation>Save the monthly report as CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Saving the report…</source>
        <translation>Saving the report…</translation>
    </message>
    <message>
        <source>Save the monthly report as PDF</source>
        <translation>Save the monthly report as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Making the report PDF…</source>
        <translation>Making the report PDF…</translation>
    </message>
    <message>
        <source>Save the reports of all botiquines as PDF</source>
        <translation>Save the reports of all botiquines as PDF</translation>
    </message>
    <message>
        <source>Making the reports of all botiquines…</source>
        <translation>Making the reports of all botiquines…</translation>
    </message>
    <message>
        <source>January</source>
        <translation>January</translation>
    </message>
    <message>
        <source>February</source>
        <translation>February</translation>
    </message>
    <message>
        <source>March</source>
        <translation>March</translation>
    </message>
    <message>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <source>May</source>
        <translation>May</translation>
    </message>
    <message>
        <source>June</source>
        <translation>June</translation>
    </message>
    <message>
        <source>July</source>
        <translation>July</translation>
    </message>
    <message>
        <source>August</source>
        <translation>August</translation>
    </message>
    <message>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <source>October</source>
        <translation>October</translation>
    </message>
    <message>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <source>December</source>
        <translation>December</translation>
    </message>
    <message>
        <source>Beds occupied (bars) and available (line) per night</source>
        <translation>Beds occupied (bars) and available (line) per night</translation>
    </message>
    <message>
        <source>Bars: beds occupied each night · Line: beds available</source>
        <translation>Bars: beds occupied each night · Line: beds available</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>Occupancy</translation>
    </message>
    <message>
        <source>Bed-nights occupied</source>
        <translation>Bed-nights occupied</translation>
    </message>
    <message>
        <source>Bed-nights available</source>
        <translation>Bed-nights available</translation>
    </message>
    <message>
        <source>  of women</source>
        <translation>  of women</translation>
    </message>
    <message>
        <source>  of children</source>
        <translation>  of children</translation>
    </message>
    <message>
        <source>Most beds occupied on one night</source>
        <translation>Most beds occupied on one night</translation>
    </message>
    <message>
        <source>People admitted</source>
        <translation>People admitted</translation>
    </message>
    <message>
        <source>Families admitted</source>
        <translation>Families admitted</translation>
    </message>
    <message>
        <source>Discharges</source>
        <translation>Discharges</translation>
    </message>
    <message>
        <source>Average length of the stays that ended</source>
        <translation>Average length of the stays that ended</translation>
    </message>
    <message>
        <source>Staying at the start</source>
        <translation>Staying at the start</translation>
    </message>
    <message>
        <source>Staying at the end</source>
        <translation>Staying at the end</translation>
    </message>
    <message>
        <source>{n} nights</source>
        <translation>{n} nights</translation>
    </message>
    <message>
        <source>Admissions by referral (families): {refs}
Discharges by reason: {reasons}</source>
        <translation>Admissions by referral (families): {refs}
Discharges by reason: {reasons}</translation>
    </message>
    <message>
        <source>Save the monthly report</source>
        <translation>Save the monthly report</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <source>Saving the monthly report…</source>
        <translation>Saving the monthly report…</translation>
    </message>
</context>
<context>
    <name>NeverContactBanner</name>
    <message>
        <source>NEVER CONTACT — aggressor: {names}</source>
        <translation>NEVER CONTACT — aggressor: {names}</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Session note</source>
        <translation>Session note</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Restricted: only me and the counsellors named here may read it</source>
        <translation>Restricted: only me and the counsellors named here may read it</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>&amp;Started:</source>
        <translation>&amp;Started:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Duration:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Group:</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Risk now</source>
        <translation>Risk now</translation>
    </message>
    <message>
        <source>Her note</source>
        <translation>Her note</translation>
    </message>
    <message>
        <source>Remove from list</source>
        <translation>Remove from list</translation>
    </message>
    <message>
        <source>People present</source>
        <translation>People present</translation>
    </message>
    <message>
        <source>No other counsellor works at this centre.</source>
        <translation>No other counsellor works at this centre.</translation>
    </message>
    <message>
        <source>Other counsellors</source>
        <translation>Other counsellors</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Interventions</translation>
    </message>
    <message>
        <source>&amp;Insert template</source>
        <translation>&amp;Insert template</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Template:</translation>
    </message>
    <message>
        <source>What happened in the session, in your words.</source>
        <translation>What happened in the session, in your words.</translation>
    </message>
    <message>
        <source>Agreements and next steps.</source>
        <translation>Agreements and next steps.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <source>Addenda</source>
        <translation>Addenda</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>&amp;Save draft</translation>
    </message>
    <message>
        <source>Si&amp;gn…</source>
        <translation>Si&amp;gn…</translation>
    </message>
    <message>
        <source>Add &amp;addendum…</source>
        <translation>Add &amp;addendum…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>(choose the group)</source>
        <translation>(choose the group)</translation>
    </message>
    <message>
        <source>(no change)</source>
        <translation>(no change)</translation>
    </message>
    <message>
        <source>{when} — {author}</source>
        <translation>{when} — {author}</translation>
    </message>
    <message>
        <source>No addenda yet.</source>
        <translation>No addenda yet.</translation>
    </message>
    <message>
        <source>New session — a draft until you sign it.</source>
        <translation>New session — a draft until you sign it.</translation>
    </message>
    <message>
        <source>Signed note</source>
        <translation>Signed note</translation>
    </message>
    <message>
        <source>Signed by {name} on {when}. A signed note never changes: add an addendum to correct it.</source>
        <translation>Signed by {name} on {when}. A signed note never changes: add an addendum to correct it.</translation>
    </message>
    <message>
        <source>Draft by {name} — not signed yet.</source>
        <translation>Draft by {name} — not signed yet.</translation>
    </message>
    <message>
        <source>Draft by {name}: only its author and the counsellors named on it may change it.</source>
        <translation>Draft by {name}: only its author and the counsellors named on it may change it.</translation>
    </message>
    <message>
        <source>Sign the note</source>
        <translation>Sign the note</translation>
    </message>
    <message>
        <source>Once signed, this note can never be changed; corrections are added as addenda. Sign it now?</source>
        <translation>Once signed, this note can never be changed; corrections are added as addenda. Sign it now?</translation>
    </message>
    <message>
        <source>Add addendum</source>
        <translation>Add addendum</translation>
    </message>
    <message>
        <source>The addendum is added below the signed note, with your name and the time. It cannot be changed later.</source>
        <translation>The addendum is added below the signed note, with your name and the time. It cannot be changed later.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Set password</source>
        <translation>Set password</translation>
    </message>
    <message>
        <source>New password for {name} ({username})</source>
        <translation>New password for {name} ({username})</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Repeat password:</translation>
    </message>
    <message>
        <source>At least 10 characters. Tell the person the new password in private; they can change it later.</source>
        <translation>At least 10 characters. Tell the person the new password in private; they can change it later.</translation>
    </message>
    <message>
        <source>This account is disabled: a new password enables it again.</source>
        <translation>This account is disabled: a new password enables it again.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
    <message>
        <source>Saving the new password…</source>
        <translation>Saving the new password…</translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <source>Hide password</source>
        <translation>Hide password</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>Show password</translation>
    </message>
</context>
<context>
    <name>PdfDialog</name>
    <message>
        <source>Person file PDF for a referral</source>
        <translation>Person file PDF for a referral</translation>
    </message>
    <message>
        <source>The file carries only what a referral needs: no staff notes, no gender identity or orientation, no safety plan. Every PDF is written to the audit log.</source>
        <translation>The file carries only what a referral needs: no staff notes, no gender identity or orientation, no safety plan. Every PDF is written to the audit log.</translation>
    </message>
    <message>
        <source>Institution that receives it</source>
        <translation>Institution that receives it</translation>
    </message>
    <message>
        <source>Her consent covers: {list}.</source>
        <translation>Her consent covers: {list}.</translation>
    </message>
    <message>
        <source>She has not agreed to share her record with any institution.</source>
        <translation>She has not agreed to share her record with any institution.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Save as</translation>
    </message>
    <message>
        <source>Emergency: share WITHOUT her consent</source>
        <translation>Emergency: share WITHOUT her consent</translation>
    </message>
    <message>
        <source>Why it cannot wait for her consent</source>
        <translation>Why it cannot wait for her consent</translation>
    </message>
    <message>
        <source>Administrator override (audited)</source>
        <translation>Administrator override (audited)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Write PDF</source>
        <translation>Write PDF</translation>
    </message>
    <message>
        <source>Save the PDF</source>
        <translation>Save the PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Choose where to save the PDF.</source>
        <translation>Choose where to save the PDF.</translation>
    </message>
    <message>
        <source>Write the reason for the override.</source>
        <translation>Write the reason for the override.</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>Writing the PDF…</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>about {age}</source>
        <translation>about {age}</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Not assessed</translation>
    </message>
    <message>
        <source>Enter the age as a whole number of years.</source>
        <translation>Enter the age as a whole number of years.</translation>
    </message>
    <message>
        <source>Enter the date as dd/mm/yyyy, for example 17/05/1990.</source>
        <translation>Enter the date as dd/mm/yyyy, for example 17/05/1990.</translation>
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
        <translation>No document</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Intersex</source>
        <translation>Intersex</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation>Woman</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>Man</translation>
    </message>
    <message>
        <source>Trans woman</source>
        <translation>Trans woman</translation>
    </message>
    <message>
        <source>Trans man</source>
        <translation>Trans man</translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation>Non-binary</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Prefers not to say</source>
        <translation>Prefers not to say</translation>
    </message>
    <message>
        <source>Heterosexual</source>
        <translation>Heterosexual</translation>
    </message>
    <message>
        <source>Lesbian</source>
        <translation>Lesbian</translation>
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
        <translation>Spanish</translation>
    </message>
    <message>
        <source>Quechua</source>
        <translation>Quechua</translation>
    </message>
    <message>
        <source>Aymara</source>
        <translation>Aymara</translation>
    </message>
    <message>
        <source>She came on her own</source>
        <translation>She came on her own</translation>
    </message>
    <message>
        <source>Mobile team</source>
        <translation>Mobile team</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Police</translation>
    </message>
    <message>
        <source>Women&apos;s Emergency Centre (CEM)</source>
        <translation>Women&apos;s Emergency Centre (CEM)</translation>
    </message>
    <message>
        <source>Health centre</source>
        <translation>Health centre</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Family</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>Head of household</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>Dependant</source>
        <translation>Dependant</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Receive services and keep her record</source>
        <translation>Receive services and keep her record</translation>
    </message>
    <message>
        <source>Share her record with institutions</source>
        <translation>Share her record with institutions</translation>
    </message>
    <message>
        <source>Send her record to the central office</source>
        <translation>Send her record to the central office</translation>
    </message>
    <message>
        <source>Count her in statistics, without her name</source>
        <translation>Count her in statistics, without her name</translation>
    </message>
    <message>
        <source>We keep her details on this computer, locked with a password, so we can help her and her children. Needed to register her.</source>
        <translation>We keep her details on this computer, locked with a password, so we can help her and her children. Needed to register her.</translation>
    </message>
    <message>
        <source>Only with the institutions she names, for example when we refer her to the CEM. Our services do not depend on this.</source>
        <translation>Only with the institutions she names, for example when we refer her to the CEM. Our services do not depend on this.</translation>
    </message>
    <message>
        <source>Her record, with her name, goes to our central office on an encrypted USB stick. Without this, only figures without her name travel.</source>
        <translation>Her record, with her name, goes to our central office on an encrypted USB stick. Without this, only figures without her name travel.</translation>
    </message>
    <message>
        <source>She is counted in reports for the municipality and the Ministry, never with her name, document or address.</source>
        <translation>She is counted in reports for the municipality and the Ministry, never with her name, document or address.</translation>
    </message>
    <message>
        <source>Low (leve)</source>
        <translation>Low (leve)</translation>
    </message>
    <message>
        <source>Moderate (moderado)</source>
        <translation>Moderate (moderado)</translation>
    </message>
    <message>
        <source>Severe (severo)</source>
        <translation>Severe (severo)</translation>
    </message>
    <message>
        <source>Physical</source>
        <translation>Physical</translation>
    </message>
    <message>
        <source>Psychological</source>
        <translation>Psychological</translation>
    </message>
    <message>
        <source>Sexual</source>
        <translation>Sexual</translation>
    </message>
    <message>
        <source>Economic</source>
        <translation>Economic</translation>
    </message>
    <message>
        <source>Public Prosecutor (Fiscalía)</source>
        <translation>Public Prosecutor (Fiscalía)</translation>
    </message>
    <message>
        <source>Judiciary (Poder Judicial)</source>
        <translation>Judiciary (Poder Judicial)</translation>
    </message>
    <message>
        <source>DEMUNA</source>
        <translation>DEMUNA</translation>
    </message>
    <message>
        <source>Incoming (sent to us)</source>
        <translation>Incoming (sent to us)</translation>
    </message>
    <message>
        <source>Outgoing (we refer her)</source>
        <translation>Outgoing (we refer her)</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Food basket</source>
        <translation>Food basket</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Lodging</source>
        <translation>Lodging</translation>
    </message>
    <message>
        <source>Clothing</source>
        <translation>Clothing</translation>
    </message>
    <message>
        <source>Same document number</source>
        <translation>Same document number</translation>
    </message>
    <message>
        <source>Similar name and same date of birth</source>
        <translation>Similar name and same date of birth</translation>
    </message>
    <message>
        <source>Similar name</source>
        <translation>Similar name</translation>
    </message>
</context>
<context>
    <name>PeopleList</name>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Find a person: type a name, DNI or phone (accents do not matter)</source>
        <translation>Find a person: type a name, DNI or phone (accents do not matter)</translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation>Find a person</translation>
    </message>
    <message>
        <source>&amp;Register a person…</source>
        <translation>&amp;Register a person…</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>People found</translation>
    </message>
    <message>
        <source>No one is registered yet</source>
        <translation>No one is registered yet</translation>
    </message>
    <message>
        <source>Register the first woman with “Register a person…”. Her children and dependants are registered with her, in the same form.</source>
        <translation>Register the first woman with “Register a person…”. Her children and dependants are registered with her, in the same form.</translation>
    </message>
    <message>
        <source>Nobody is registered yet. Shelter staff and counsellors register people.</source>
        <translation>Nobody is registered yet. Shelter staff and counsellors register people.</translation>
    </message>
    <message>
        <source>Nobody found</source>
        <translation>Nobody found</translation>
    </message>
    <message>
        <source>Check the spelling, or try the surname or the DNI alone. Accents and capitals do not matter. If she is new, register her.</source>
        <translation>Check the spelling, or try the surname or the DNI alone. Accents and capitals do not matter. If she is new, register her.</translation>
    </message>
    <message>
        <source>Type part of a name, a DNI or a phone number: the list follows as you type. Arrow down to the list and press Enter to open a file. Every file you open is written to the audit log.</source>
        <translation>Type part of a name, a DNI or a phone number: the list follows as you type. Arrow down to the list and press Enter to open a file. Every file you open is written to the audit log.</translation>
    </message>
    <message>
        <source>People found: {count}</source>
        <translation>People found: {count}</translation>
    </message>
    <message>
        <source>Recently registered or changed</source>
        <translation>Recently registered or changed</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Current risk</source>
        <translation>Current risk</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>Type a name, DNI or phone…</source>
        <translation>Type a name, DNI or phone…</translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation>Find a person</translation>
    </message>
    <message>
        <source>Start typing to find a person.</source>
        <translation>Start typing to find a person.</translation>
    </message>
    <message>
        <source>People found: {count}. Arrow down and Enter to choose.</source>
        <translation>People found: {count}. Arrow down and Enter to choose.</translation>
    </message>
    <message>
        <source>Nobody found. Check the spelling, or try the surname or the DNI alone.</source>
        <translation>Nobody found. Check the spelling, or try the surname or the DNI alone.</translation>
    </message>
</context>
<context>
    <name>PersonSessionsTab</name>
    <message>
        <source>You can see that these sessions took place. Only counsellors read what was said in them.</source>
        <translation>You can see that these sessions took place. Only counsellors read what was said in them.</translation>
    </message>
    <message>
        <source>Open her case to read a note, add a follow-up task or write a session summary.</source>
        <translation>Open her case to read a note, add a follow-up task or write a session summary.</translation>
    </message>
    <message>
        <source>Open her &amp;case in Sessions</source>
        <translation>Open her &amp;case in Sessions</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message>
        <source>No sessions recorded with her yet.</source>
        <translation>No sessions recorded with her yet.</translation>
    </message>
</context>
<context>
    <name>PersonView</name>
    <message>
        <source>&amp;Back to the list</source>
        <translation>&amp;Back to the list</translation>
    </message>
    <message>
        <source>Referral &amp;PDF…</source>
        <translation>Referral &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Merge a duplicate…</source>
        <translation>&amp;Merge a duplicate…</translation>
    </message>
    <message>
        <source>Current risk</source>
        <translation>Current risk</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>&amp;Household</source>
        <translation>&amp;Household</translation>
    </message>
    <message>
        <source>C&amp;onsent</source>
        <translation>C&amp;onsent</translation>
    </message>
    <message>
        <source>&amp;Risk</source>
        <translation>&amp;Risk</translation>
    </message>
    <message>
        <source>Safety p&amp;lan</source>
        <translation>Safety p&amp;lan</translation>
    </message>
    <message>
        <source>&amp;Emergency contacts</source>
        <translation>&amp;Emergency contacts</translation>
    </message>
    <message>
        <source>Re&amp;ferrals</source>
        <translation>Re&amp;ferrals</translation>
    </message>
    <message>
        <source>&amp;Services</source>
        <translation>&amp;Services</translation>
    </message>
    <message>
        <source>Sess&amp;ions</source>
        <translation>Sess&amp;ions</translation>
    </message>
    <message>
        <source>E&amp;dit her details…</source>
        <translation>E&amp;dit her details…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Open the selected file</source>
        <translation>Open the selected file</translation>
    </message>
    <message>
        <source>She came alone: nobody is registered in her household.</source>
        <translation>She came alone: nobody is registered in her household.</translation>
    </message>
    <message>
        <source>The children and dependants registered with her. Each has a file of their own.</source>
        <translation>The children and dependants registered with her. Each has a file of their own.</translation>
    </message>
    <message>
        <source>Record consent…</source>
        <translation>Record consent…</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>Withdraw…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>Institutions</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>No consent recorded yet.</source>
        <translation>No consent recorded yet.</translation>
    </message>
    <message>
        <source>&amp;New risk assessment…</source>
        <translation>&amp;New risk assessment…</translation>
    </message>
    <message>
        <source>Substance-use &amp;screening…</source>
        <translation>Substance-use &amp;screening…</translation>
    </message>
    <message>
        <source>Risk assessments (newest first)</source>
        <translation>Risk assessments (newest first)</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Risk level</translation>
    </message>
    <message>
        <source>Types of violence</source>
        <translation>Types of violence</translation>
    </message>
    <message>
        <source>Assessed by</source>
        <translation>Assessed by</translation>
    </message>
    <message>
        <source>No risk assessment yet. Assess her risk as soon as you can: it guides the safety plan.</source>
        <translation>No risk assessment yet. Assess her risk as soon as you can: it guides the safety plan.</translation>
    </message>
    <message>
        <source>Substance-use screenings</source>
        <translation>Substance-use screenings</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>No screening recorded. Only if she agrees and it helps her care.</source>
        <translation>No screening recorded. Only if she agrees and it helps her care.</translation>
    </message>
    <message>
        <source>What she will do if she is in danger: where to go, whom to call, what to take with her, a code word with someone she trusts.</source>
        <translation>What she will do if she is in danger: where to go, whom to call, what to take with her, a code word with someone she trusts.</translation>
    </message>
    <message>
        <source>New checklist item, then Enter</source>
        <translation>New checklist item, then Enter</translation>
    </message>
    <message>
        <source>Save a new &amp;version</source>
        <translation>Save a new &amp;version</translation>
    </message>
    <message>
        <source>Her plan</source>
        <translation>Her plan</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>&amp;Add a contact…</source>
        <translation>&amp;Add a contact…</translation>
    </message>
    <message>
        <source>Whom to call if she is in danger. A person marked “never contact” is the aggressor: never call, answer or tell them anything about her.</source>
        <translation>Whom to call if she is in danger. A person marked “never contact” is the aggressor: never call, answer or tell them anything about her.</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>&amp;New referral…</source>
        <translation>&amp;New referral…</translation>
    </message>
    <message>
        <source>Follow &amp;up the selected one…</source>
        <translation>Follow &amp;up the selected one…</translation>
    </message>
    <message>
        <source>No referrals yet: who sent her to us, and where we refer her (CEM, police, Fiscalía, DEMUNA, health centre).</source>
        <translation>No referrals yet: who sent her to us, and where we refer her (CEM, police, Fiscalía, DEMUNA, health centre).</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>&amp;Log a service…</source>
        <translation>&amp;Log a service…</translation>
    </message>
    <message>
        <source>No services logged yet (food basket, transport, lodging, clothing).</source>
        <translation>No services logged yet (food basket, transport, lodging, clothing).</translation>
    </message>
    <message>
        <source>{age} years</source>
        <translation>{age} years</translation>
    </message>
    <message>
        <source>Age unknown</source>
        <translation>Age unknown</translation>
    </message>
    <message>
        <source>Phone {phone}</source>
        <translation>Phone {phone}</translation>
    </message>
    <message>
        <source>assessed {date}</source>
        <translation>assessed {date}</translation>
    </message>
    <message>
        <source>no assessment yet</source>
        <translation>no assessment yet</translation>
    </message>
    <message>
        <source>Current risk: {level}</source>
        <translation>Current risk: {level}</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Not asked</translation>
    </message>
    <message>
        <source>unknown; about {age} years old</source>
        <translation>unknown; about {age} years old</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Given names</translation>
    </message>
    <message>
        <source>Surnames</source>
        <translation>Surnames</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Gender identity</source>
        <translation>Gender identity</translation>
    </message>
    <message>
        <source>Sexual orientation</source>
        <translation>Sexual orientation</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Languages</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Referred by</translation>
    </message>
    <message>
        <source>Notes for the team</source>
        <translation>Notes for the team</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Last change</translation>
    </message>
    <message>
        <source>Merged record</source>
        <translation>Merged record</translation>
    </message>
    <message>
        <source>{date}, by {who}: {reason}</source>
        <translation>{date}, by {who}: {reason}</translation>
    </message>
    <message>
        <source>(this file)</source>
        <translation>(this file)</translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation>Not asked yet</translation>
    </message>
    <message>
        <source>Given on {date} ({who})</source>
        <translation>Given on {date} ({who})</translation>
    </message>
    <message>
        <source>Withdrawn on {date} ({who})</source>
        <translation>Withdrawn on {date} ({who})</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Given</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Version of {date}, by {who}. Earlier versions are kept.</source>
        <translation>Version of {date}, by {who}. Earlier versions are kept.</translation>
    </message>
    <message>
        <source>No safety plan yet.</source>
        <translation>No safety plan yet.</translation>
    </message>
    <message>
        <source>No emergency contacts yet. Ask her whom we may call if she is in danger — and whom we must never call.</source>
        <translation>No emergency contacts yet. Ask her whom we may call if she is in danger — and whom we must never call.</translation>
    </message>
    <message>
        <source>NEVER CONTACT — aggressor</source>
        <translation>NEVER CONTACT — aggressor</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Choose a referral in the list first.</source>
        <translation>Choose a referral in the list first.</translation>
    </message>
    <message>
        <source>PDF written: {path}. It is confidential: hand it over in person.</source>
        <translation>PDF written: {path}. It is confidential: hand it over in person.</translation>
    </message>
    <message>
        <source>The two records are now one.</source>
        <translation>The two records are now one.</translation>
    </message>
    <message>
        <source>Safety plan saved.</source>
        <translation>Safety plan saved.</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>Remove contact</translation>
    </message>
    <message>
        <source>Remove this emergency contact from her file?</source>
        <translation>Remove this emergency contact from her file?</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>This section arrives in a coming version.</source>
        <translation>This section arrives in a coming version.</translation>
    </message>
</context>
<context>
    <name>RecallDialog</name>
    <message>
        <source>every location</source>
        <translation>every location</translation>
    </message>
    <message>
        <source>Recall a lot</source>
        <translation>Recall a lot</translation>
    </message>
    <message>
        <source>e.g. DIGEMID alert number</source>
        <translation>e.g. DIGEMID alert number</translation>
    </message>
    <message>
        <source>&amp;Medicine:</source>
        <translation>&amp;Medicine:</translation>
    </message>
    <message>
        <source>&amp;Lot:</source>
        <translation>&amp;Lot:</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Why:</translation>
    </message>
    <message>
        <source>A recalled lot can no longer be dispensed or sent to a botiquín, anywhere. This cannot be undone.</source>
        <translation>A recalled lot can no longer be dispensed or sent to a botiquín, anywhere. This cannot be undone.</translation>
    </message>
    <message>
        <source>&amp;Recall the lot</source>
        <translation>&amp;Recall the lot</translation>
    </message>
    <message>
        <source>{lot} · expires {expiry} · {state}</source>
        <translation>{lot} · expires {expiry} · {state}</translation>
    </message>
    <message>
        <source>Choose a medicine from the list.</source>
        <translation>Choose a medicine from the list.</translation>
    </message>
    <message>
        <source>This medicine has no lots recorded yet.</source>
        <translation>This medicine has no lots recorded yet.</translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message>
        <source>Receive medicine</source>
        <translation>Receive medicine</translation>
    </message>
    <message>
        <source>e.g. 100</source>
        <translation>e.g. 100</translation>
    </message>
    <message>
        <source>e.g. Almacén central, DIRIS Lima Este, donation</source>
        <translation>e.g. Almacén central, DIRIS Lima Este, donation</translation>
    </message>
    <message>
        <source>The lot has already expired: record it and &amp;write it off at once</source>
        <translation>The lot has already expired: record it and &amp;write it off at once</translation>
    </message>
    <message>
        <source>&amp;Barcode:</source>
        <translation>&amp;Barcode:</translation>
    </message>
    <message>
        <source>&amp;Medicine:</source>
        <translation>&amp;Medicine:</translation>
    </message>
    <message>
        <source>&amp;Lot:</source>
        <translation>&amp;Lot:</translation>
    </message>
    <message>
        <source>E&amp;xpiry:</source>
        <translation>E&amp;xpiry:</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Quantity:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;Date received:</source>
        <translation>&amp;Date received:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <source>&amp;Receive</source>
        <translation>&amp;Receive</translation>
    </message>
    <message>
        <source>Choose a medicine from the list.</source>
        <translation>Choose a medicine from the list.</translation>
    </message>
    <message>
        <source>Received {quantity} {unit} of {item}, lot {lot} (expires {expiry}).</source>
        <translation>Received {quantity} {unit} of {item}, lot {lot} (expires {expiry}).</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Set a new password with the recovery code</source>
        <translation>Set a new password with the recovery code</translation>
    </message>
    <message>
        <source>The recovery code was shown once when Clinic Desk was set up, and printed on the recovery sheet. It sets a new password for any user.</source>
        <translation>The recovery code was shown once when Clinic Desk was set up, and printed on the recovery sheet. It sets a new password for any user.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>Recovery &amp;code:</source>
        <translation>Recovery &amp;code:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Repeat password:</translation>
    </message>
    <message>
        <source>At least 10 characters. A phrase of several words is best.</source>
        <translation>At least 10 characters. A phrase of several words is best.</translation>
    </message>
    <message>
        <source>&amp;Set new password</source>
        <translation>&amp;Set new password</translation>
    </message>
    <message>
        <source>Type the user name.</source>
        <translation>Type the user name.</translation>
    </message>
    <message>
        <source>Type the recovery code.</source>
        <translation>Type the recovery code.</translation>
    </message>
    <message>
        <source>The two passwords are different.</source>
        <translation>The two passwords are different.</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <source>The new password is set. Log in with it now.</source>
        <translation>The new password is set. Log in with it now.</translation>
    </message>
    <message>
        <source>The password could not be changed. Nothing was changed.</source>
        <translation>The password could not be changed. Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>The set-up could not finish. Nothing was saved.</source>
        <translation>The set-up could not finish. Nothing was saved.</translation>
    </message>
    <message>
        <source>Copied. The clipboard is emptied again in 60 seconds.</source>
        <translation>Copied. The clipboard is emptied again in 60 seconds.</translation>
    </message>
    <message>
        <source>Save recovery sheet</source>
        <translation>Save recovery sheet</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>The recovery sheet could not be saved in {folder}. Choose another folder.</source>
        <translation>The recovery sheet could not be saved in {folder}. Choose another folder.</translation>
    </message>
    <message>
        <source>Recovery sheet saved: {file}. Print it, then delete the file.</source>
        <translation>Recovery sheet saved: {file}. Print it, then delete the file.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <source>Shown only this once.</source>
        <translation>Shown only this once.</translation>
    </message>
    <message>
        <source>Creating the encrypted database and the first administrator… This takes a few seconds.</source>
        <translation>Creating the encrypted database and the first administrator… This takes a few seconds.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>If every password is forgotten, this code is the only way to open the data. Write it on paper or print the recovery sheet, and keep it under lock and key, away from this computer. Do not photograph it or send it by message.</source>
        <translation>If every password is forgotten, this code is the only way to open the data. Write it on paper or print the recovery sheet, and keep it under lock and key, away from this computer. Do not photograph it or send it by message.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Save recovery sheet (PDF)…</source>
        <translation>&amp;Save recovery sheet (PDF)…</translation>
    </message>
    <message>
        <source>I have written down or printed the recovery code</source>
        <translation>I have written down or printed the recovery code</translation>
    </message>
    <message>
        <source>This computer&apos;s key store (keyring) also protects the passwords: a copy of the data folder cannot be opened on another computer with a password alone.</source>
        <translation>This computer&apos;s key store (keyring) also protects the passwords: a copy of the data folder cannot be opened on another computer with a password alone.</translation>
    </message>
    <message>
        <source>No key store (keyring) works on this computer, so the data is protected by the passwords alone. That is safe with long passwords. Keep the recovery code safe.</source>
        <translation>No key store (keyring) works on this computer, so the data is protected by the passwords alone. That is safe with long passwords. Keep the recovery code safe.</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>New referral</source>
        <translation>New referral</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Name of the office</source>
        <translation>Name of the office</translation>
    </message>
    <message>
        <source>e.g. CEM Ate</source>
        <translation>e.g. CEM Ate</translation>
    </message>
    <message>
        <source>Date (dd/mm/yyyy)</source>
        <translation>Date (dd/mm/yyyy)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ReferralStatusDialog</name>
    <message>
        <source>Follow up a referral</source>
        <translation>Follow up a referral</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>What came of it</source>
        <translation>What came of it</translation>
    </message>
</context>
<context>
    <name>ReorderDialog</name>
    <message>
        <source>Reorder level</source>
        <translation>Reorder level</translation>
    </message>
    <message>
        <source>Target in months of stock</source>
        <translation>Target in months of stock</translation>
    </message>
    <message>
        <source>months of stock</source>
        <translation>months of stock</translation>
    </message>
    <message>
        <source>&amp;Medicine:</source>
        <translation>&amp;Medicine:</translation>
    </message>
    <message>
        <source>&amp;Reorder at:</source>
        <translation>&amp;Reorder at:</translation>
    </message>
    <message>
        <source>Order &amp;up to:</source>
        <translation>Order &amp;up to:</translation>
    </message>
    <message>
        <source>At or below the reorder level the medicine shows as low stock. The suggested order brings the stock up to the target months of average use. Enter 0 to stop the low-stock alert.</source>
        <translation>At or below the reorder level the medicine shows as low stock. The suggested order brings the stock up to the target months of average use. Enter 0 to stop the low-stock alert.</translation>
    </message>
    <message>
        <source>&amp;Save level</source>
        <translation>&amp;Save level</translation>
    </message>
    <message>
        <source>No reorder level set here yet.</source>
        <translation>No reorder level set here yet.</translation>
    </message>
    <message>
        <source>On hand: {on_hand} {unit}. No consumption recorded in the last three months.</source>
        <translation>On hand: {on_hand} {unit}. No consumption recorded in the last three months.</translation>
    </message>
    <message>
        <source>On hand: {on_hand} {unit}. Average monthly use: {amc} {unit}.</source>
        <translation>On hand: {on_hand} {unit}. Average monthly use: {amc} {unit}.</translation>
    </message>
    <message>
        <source>Choose a medicine from the list.</source>
        <translation>Choose a medicine from the list.</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>For a new computer, or after this one was repaired: choose the backup file (it ends in .cdbackup; it is on the USB stick or in the backups folder) and type the recovery code printed when Clinic Desk was first set up. Everything it holds is checked before it is put in place.</source>
        <translation>For a new computer, or after this one was repaired: choose the backup file (it ends in .cdbackup; it is on the USB stick or in the backups folder) and type the recovery code printed when Clinic Desk was first set up. Everything it holds is checked before it is put in place.</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Backup file</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <source>Then, at the login window, choose «Forgot password?» and type the same code to set a new password on this computer.</source>
        <translation>Then, at the login window, choose «Forgot password?» and type the same code to set a new password on this computer.</translation>
    </message>
    <message>
        <source>Backup to restore</source>
        <translation>Backup to restore</translation>
    </message>
    <message>
        <source>Clinic Desk backups (*.cdbackup);;All files (*)</source>
        <translation>Clinic Desk backups (*.cdbackup);;All files (*)</translation>
    </message>
    <message>
        <source>Choose the backup file.</source>
        <translation>Choose the backup file.</translation>
    </message>
    <message>
        <source>Type the recovery code.</source>
        <translation>Type the recovery code.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>Restore the backup of {when}?</source>
        <translation>Restore the backup of {when}?</translation>
    </message>
    <message>
        <source>What will happen:
1. This session closes (everyone using Clinic Desk on this PC must save their work first).
2. The copy {file} is checked: encryption, structure and audit log. If anything is wrong, nothing is replaced.
3. The database in use is replaced by the copy. Everything entered after {when} is lost unless it is in another backup. The database it replaces is kept in the backups folder (before-restore-…).
4. You log in again, with the passwords that were valid on {when}.</source>
        <translation>What will happen:
1. This session closes (everyone using Clinic Desk on this PC must save their work first).
2. The copy {file} is checked: encryption, structure and audit log. If anything is wrong, nothing is replaced.
3. The database in use is replaced by the copy. Everything entered after {when} is lost unless it is in another backup. The database it replaces is kept in the backups folder (before-restore-…).
4. You log in again, with the passwords that were valid on {when}.</translation>
    </message>
    <message>
        <source>I understand that work entered after {when} will be lost</source>
        <translation>I understand that work entered after {when} will be lost</translation>
    </message>
    <message>
        <source>Your &amp;password:</source>
        <translation>Your &amp;password:</translation>
    </message>
    <message>
        <source>&amp;Restore and log out</source>
        <translation>&amp;Restore and log out</translation>
    </message>
</context>
<context>
    <name>ReverseDialog</name>
    <message>
        <source>Reverse an entry</source>
        <translation>Reverse an entry</translation>
    </message>
    <message>
        <source>e.g. typed 100 instead of 10</source>
        <translation>e.g. typed 100 instead of 10</translation>
    </message>
    <message>
        <source>Entry:</source>
        <translation>Entry:</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Why:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>The entry stays in the history. A new entry with the opposite quantity cancels it and names it. An entry can be reversed only once.</source>
        <translation>The entry stays in the history. A new entry with the opposite quantity cancels it and names it. An entry can be reversed only once.</translation>
    </message>
    <message>
        <source>A transfer is reversed at both locations.</source>
        <translation>A transfer is reversed at both locations.</translation>
    </message>
    <message>
        <source>&amp;Reverse entry</source>
        <translation>&amp;Reverse entry</translation>
    </message>
</context>
<context>
    <name>RiskChart</name>
    <message>
        <source>Risk over time</source>
        <translation>Risk over time</translation>
    </message>
    <message>
        <source>No risk assessment yet</source>
        <translation>No risk assessment yet</translation>
    </message>
    <message>
        <source>today</source>
        <translation>today</translation>
    </message>
</context>
<context>
    <name>RiskDialog</name>
    <message>
        <source>New risk assessment</source>
        <translation>New risk assessment</translation>
    </message>
    <message>
        <source>The newest assessment is her current risk level. Earlier ones stay in the history.</source>
        <translation>The newest assessment is her current risk level. Earlier ones stay in the history.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Risk level</translation>
    </message>
    <message>
        <source>Types of violence</source>
        <translation>Types of violence</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Choose the risk level.</source>
        <translation>Choose the risk level.</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Counsellor (psychology, social work)</source>
        <translation>Counsellor (psychology, social work)</translation>
    </message>
    <message>
        <source>Shelter staff</source>
        <translation>Shelter staff</translation>
    </message>
    <message>
        <source>Health promoter</source>
        <translation>Health promoter</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>RolesDialog</name>
    <message>
        <source>Change roles</source>
        <translation>Change roles</translation>
    </message>
    <message>
        <source>Roles of {name} ({username})</source>
        <translation>Roles of {name} ({username})</translation>
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
        <translation>Save roles</translation>
    </message>
</context>
<context>
    <name>ScreeningDialog</name>
    <message>
        <source>Substance-use screening</source>
        <translation>Substance-use screening</translation>
    </message>
    <message>
        <source>Write the name of the instrument used (for example AUDIT-C or ASSIST) and the total score.</source>
        <translation>Write the name of the instrument used (for example AUDIT-C or ASSIST) and the total score.</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Total score</source>
        <translation>Total score</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>A summary of your day and of this site.</source>
        <translation>A summary of your day and of this site.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Register and find the women, children and others the site serves, with their consent and risk.</source>
        <translation>Register and find the women, children and others the site serves, with their consent and risk.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Psychosocial sessions, group attendance, home visits and referrals.</source>
        <translation>Psychosocial sessions, group attendance, home visits and referrals.</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>Shelter</translation>
    </message>
    <message>
        <source>Rooms and beds: who sleeps where tonight, admissions, transfers and discharges.</source>
        <translation>Rooms and beds: who sleeps where tonight, admissions, transfers and discharges.</translation>
    </message>
    <message>
        <source>Medicine kits</source>
        <translation>Medicine kits</translation>
    </message>
    <message>
        <source>Medicine stock of the botiquines: receipts, dispensing, expiry alerts and monthly reports.</source>
        <translation>Medicine stock of the botiquines: receipts, dispensing, expiry alerts and monthly reports.</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Exchange</translation>
    </message>
    <message>
        <source>Encrypted bundles and backups on a USB stick for the central office.</source>
        <translation>Encrypted bundles and backups on a USB stick for the central office.</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Users and roles, the audit log and the security status.</source>
        <translation>Users and roles, the audit log and the security status.</translation>
    </message>
</context>
<context>
    <name>SecurityView</name>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Re&amp;fresh</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Encryption</translation>
    </message>
    <message>
        <source>Key store of this PC</source>
        <translation>Key store of this PC</translation>
    </message>
    <message>
        <source>User passwords</source>
        <translation>User passwords</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Last backup</translation>
    </message>
    <message>
        <source>Auto-lock</source>
        <translation>Auto-lock</translation>
    </message>
    <message>
        <source>Crash files (core dumps)</source>
        <translation>Crash files (core dumps)</translation>
    </message>
    <message>
        <source>How this PC protects the records. Nothing here needs to be changed often; read it once after installing and whenever the PC changes.</source>
        <translation>How this PC protects the records. Nothing here needs to be changed often; read it once after installing and whenever the PC changes.</translation>
    </message>
    <message>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <source>The database is encrypted (SQLCipher 4, AES-256). Without a user&apos;s password or the recovery code, the file cannot be read.</source>
        <translation>The database is encrypted (SQLCipher 4, AES-256). Without a user&apos;s password or the recovery code, the file cannot be read.</translation>
    </message>
    <message>
        <source>Available: {backend}</source>
        <translation>Available: {backend}</translation>
    </message>
    <message>
        <source>Passwords are combined with a secret kept in this PC&apos;s key store, so a copy of the data folder cannot be opened on another PC with the passwords alone.</source>
        <translation>Passwords are combined with a secret kept in this PC&apos;s key store, so a copy of the data folder cannot be opened on another PC with the passwords alone.</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Not available</translation>
    </message>
    <message>
        <source>No key store works on this PC: the database is protected by passwords alone. Keep the recovery sheet safe.</source>
        <translation>No key store works on this PC: the database is protected by passwords alone. Keep the recovery sheet safe.</translation>
    </message>
    <message>
        <source>Combined with this PC&apos;s key store</source>
        <translation>Combined with this PC&apos;s key store</translation>
    </message>
    <message>
        <source>The recovery code never depends on the key store: it still opens the database if this PC breaks.</source>
        <translation>The recovery code never depends on the key store: it still opens the database if this PC breaks.</translation>
    </message>
    <message>
        <source>Protected by the passwords alone</source>
        <translation>Protected by the passwords alone</translation>
    </message>
    <message>
        <source>Use long passwords (a phrase of several words). The recovery code opens the database if every password is forgotten.</source>
        <translation>Use long passwords (a phrase of several words). The recovery code opens the database if every password is forgotten.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>No backup has been made yet. Make one in Exchange → Backups, and keep a copy on a USB stick away from this PC.</source>
        <translation>No backup has been made yet. Make one in Exchange → Backups, and keep a copy on a USB stick away from this PC.</translation>
    </message>
    <message>
        <source>Today.</source>
        <translation>Today.</translation>
    </message>
    <message>
        <source>{days} days ago. Exchange → Backups makes a new one.</source>
        <translation>{days} days ago. Exchange → Backups makes a new one.</translation>
    </message>
    <message>
        <source>After 1 minute without use</source>
        <translation>After 1 minute without use</translation>
    </message>
    <message>
        <source>After {count} minutes without use</source>
        <translation>After {count} minutes without use</translation>
    </message>
    <message>
        <source>The screen locks by itself; the quick-hide key covers it at once. An administrator changes the minutes in Settings.</source>
        <translation>The screen locks by itself; the quick-hide key covers it at once. An administrator changes the minutes in Settings.</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>If Clinic Desk crashes, no copy of its memory (which holds the key) is written to disk.</source>
        <translation>If Clinic Desk crashes, no copy of its memory (which holds the key) is written to disk.</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Allowed</translation>
    </message>
    <message>
        <source>A crash could write the program&apos;s memory, key included, to a file. Open Clinic Desk from its normal shortcut, which turns this off.</source>
        <translation>A crash could write the program&apos;s memory, key included, to a file. Open Clinic Desk from its normal shortcut, which turns this off.</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <source>Windows does not write core files; crash reports are off by policy.</source>
        <translation>Windows does not write core files; crash reports are off by policy.</translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <source>Log a service given</source>
        <translation>Log a service given</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Date (dd/mm/yyyy)</source>
        <translation>Date (dd/mm/yyyy)</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>SessionListView</name>
    <message>
        <source>All sessions</source>
        <translation>All sessions</translation>
    </message>
    <message>
        <source>My sessions</source>
        <translation>My sessions</translation>
    </message>
    <message>
        <source>My drafts to sign</source>
        <translation>My drafts to sign</translation>
    </message>
    <message>
        <source>You can see that these sessions took place. Only counsellors read what was said in them.</source>
        <translation>You can see that these sessions took place. Only counsellors read what was said in them.</translation>
    </message>
    <message>
        <source>&amp;Open note</source>
        <translation>&amp;Open note</translation>
    </message>
    <message>
        <source>This note is restricted to its author and the counsellors named on it.</source>
        <translation>This note is restricted to its author and the counsellors named on it.</translation>
    </message>
    <message>
        <source>You can see that this session took place, not what was said.</source>
        <translation>You can see that this session took place, not what was said.</translation>
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
        <translation>Family</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Home visit</translation>
    </message>
    <message>
        <source>Outreach</source>
        <translation>Outreach</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Attended</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Missed</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Mild</source>
        <translation>Mild</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderate</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Severe</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Not assessed</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Talk</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Fair</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translation>Neighbourhood</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Market</translation>
    </message>
    <message>
        <source>Health centre</source>
        <translation>Health centre</translation>
    </message>
    <message>
        <source>Community hall</source>
        <translation>Community hall</translation>
    </message>
    <message>
        <source>{status}, restricted</source>
        <translation>{status}, restricted</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Counsellors</source>
        <translation>Counsellors</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Women</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Men</translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>&amp;New session…</source>
        <translation>&amp;New session…</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>&amp;Agenda</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Sessions</translation>
    </message>
    <message>
        <source>&amp;Case view</source>
        <translation>&amp;Case view</translation>
    </message>
    <message>
        <source>C&amp;ommunity activities</source>
        <translation>C&amp;ommunity activities</translation>
    </message>
    <message>
        <source>&amp;Groups</source>
        <translation>&amp;Groups</translation>
    </message>
    <message>
        <source>Follow-up &amp;tasks</source>
        <translation>Follow-up &amp;tasks</translation>
    </message>
    <message>
        <source>Te&amp;mplates</source>
        <translation>Te&amp;mplates</translation>
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
        <translation> days</translation>
    </message>
    <message>
        <source>&amp;Auto-lock after:</source>
        <translation>&amp;Auto-lock after:</translation>
    </message>
    <message>
        <source>Minutes without use before the screen locks (1 to 60).</source>
        <translation>Minutes without use before the screen locks (1 to 60).</translation>
    </message>
    <message>
        <source>&amp;Language of this site:</source>
        <translation>&amp;Language of this site:</translation>
    </message>
    <message>
        <source>Used for every user of this PC from the next time Clinic Desk opens.</source>
        <translation>Used for every user of this PC from the next time Clinic Desk opens.</translation>
    </message>
    <message>
        <source>&amp;Remind about backups after:</source>
        <translation>&amp;Remind about backups after:</translation>
    </message>
    <message>
        <source>Days without a backup before Clinic Desk reminds you (1 to 90).</source>
        <translation>Days without a backup before Clinic Desk reminds you (1 to 90).</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>&amp;Save settings</translation>
    </message>
    <message>
        <source>Undo &amp;changes</source>
        <translation>Undo &amp;changes</translation>
    </message>
    <message>
        <source>These settings apply to everyone who uses Clinic Desk on this PC. Every change is written to the audit log.</source>
        <translation>These settings apply to everyone who uses Clinic Desk on this PC. Every change is written to the audit log.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Settings saved.</translation>
    </message>
</context>
<context>
    <name>SetupView</name>
    <message>
        <source>Room / bed</source>
        <translation>Room / bed</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Add &amp;room…</source>
        <translation>Add &amp;room…</translation>
    </message>
    <message>
        <source>Add &amp;bed…</source>
        <translation>Add &amp;bed…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Rename…</translation>
    </message>
    <message>
        <source>&amp;Out of service…</source>
        <translation>&amp;Out of service…</translation>
    </message>
    <message>
        <source>Back in ser&amp;vice</source>
        <translation>Back in ser&amp;vice</translation>
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation>Re&amp;tire</translation>
    </message>
    <message>
        <source>1 bed</source>
        <translation>1 bed</translation>
    </message>
    <message>
        <source>{n} beds</source>
        <translation>{n} beds</translation>
    </message>
    <message>
        <source>✕ Out of service: {reason}</source>
        <translation>✕ Out of service: {reason}</translation>
    </message>
    <message>
        <source>✓ In service</source>
        <translation>✓ In service</translation>
    </message>
    <message>
        <source>Add a room</source>
        <translation>Add a room</translation>
    </message>
    <message>
        <source>Room name:</source>
        <translation>Room name:</translation>
    </message>
    <message>
        <source>Add a bed</source>
        <translation>Add a bed</translation>
    </message>
    <message>
        <source>Rename the room</source>
        <translation>Rename the room</translation>
    </message>
    <message>
        <source>Change the bed</source>
        <translation>Change the bed</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>Out of service</translation>
    </message>
    <message>
        <source>Why can the bed not be used?</source>
        <translation>Why can the bed not be used?</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Clinic Desk — set-up</source>
        <translation>Clinic Desk — set-up</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Create</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SheetModel</name>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Medicine</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Expiry</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Counted</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Count again: stock moved</source>
        <translation>Count again: stock moved</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Posted</translation>
    </message>
    <message>
        <source>To count</source>
        <translation>To count</translation>
    </message>
    <message>
        <source>Reason needed</source>
        <translation>Reason needed</translation>
    </message>
    <message>
        <source>Type the quantity counted and press Enter</source>
        <translation>Type the quantity counted and press Enter</translation>
    </message>
    <message>
        <source>Type the counted quantity first.</source>
        <translation>Type the counted quantity first.</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>Clinic Desk cannot open the data</source>
        <translation>Clinic Desk cannot open the data</translation>
    </message>
    <message>
        <source>Nothing was changed. Ask the coordinator for the last backup before you try anything else.</source>
        <translation>Nothing was changed. Ask the coordinator for the last backup before you try anything else.</translation>
    </message>
</context>
<context>
    <name>Shelter</name>
    <message>
        <source>Occupied</source>
        <translation>Occupied</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Free</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>Out of service</translation>
    </message>
    <message>
        <source>Bed</source>
        <translation>Bed</translation>
    </message>
    <message>
        <source>Crib</source>
        <translation>Crib</translation>
    </message>
    <message>
        <source>Mattress</source>
        <translation>Mattress</translation>
    </message>
    <message>
        <source>Herself</source>
        <translation>Herself</translation>
    </message>
    <message>
        <source>CEM (women&apos;s emergency centre)</source>
        <translation>CEM (women&apos;s emergency centre)</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Police</translation>
    </message>
    <message>
        <source>Prosecutor&apos;s office</source>
        <translation>Prosecutor&apos;s office</translation>
    </message>
    <message>
        <source>Health centre</source>
        <translation>Health centre</translation>
    </message>
    <message>
        <source>Mobile team</source>
        <translation>Mobile team</translation>
    </message>
    <message>
        <source>DEMUNA</source>
        <translation>DEMUNA</translation>
    </message>
    <message>
        <source>Community or organisation</source>
        <translation>Community or organisation</translation>
    </message>
    <message>
        <source>Another shelter</source>
        <translation>Another shelter</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Reintegrated with family</source>
        <translation>Reintegrated with family</translation>
    </message>
    <message>
        <source>Own home</source>
        <translation>Own home</translation>
    </message>
    <message>
        <source>Other institution</source>
        <translation>Other institution</translation>
    </message>
    <message>
        <source>Left without notice</source>
        <translation>Left without notice</translation>
    </message>
    <message>
        <source>Expelled for safety</source>
        <translation>Expelled for safety</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Severe</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderate</translation>
    </message>
    <message>
        <source>Mild</source>
        <translation>Mild</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Not assessed</translation>
    </message>
</context>
<context>
    <name>ShelterPage</name>
    <message>
        <source>Shelter</source>
        <translation>Shelter</translation>
    </message>
    <message>
        <source>&amp;Night of:</source>
        <translation>&amp;Night of:</translation>
    </message>
    <message>
        <source>&amp;Tonight</source>
        <translation>&amp;Tonight</translation>
    </message>
    <message>
        <source>&amp;Cancel hold</source>
        <translation>&amp;Cancel hold</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Holds</translation>
    </message>
    <message>
        <source>Add to the &amp;waitlist…</source>
        <translation>Add to the &amp;waitlist…</translation>
    </message>
    <message>
        <source>W&amp;ithdraw</source>
        <translation>W&amp;ithdraw</translation>
    </message>
    <message>
        <source>Waitlist (highest risk first)</source>
        <translation>Waitlist (highest risk first)</translation>
    </message>
    <message>
        <source>&amp;Bed board</source>
        <translation>&amp;Bed board</translation>
    </message>
    <message>
        <source>&amp;Monthly figures</source>
        <translation>&amp;Monthly figures</translation>
    </message>
    <message>
        <source>Rooms and &amp;beds</source>
        <translation>Rooms and &amp;beds</translation>
    </message>
    <message>
        <source>{night}: {free} free · {occupied} occupied · {held} held · {out} out of service</source>
        <translation>{night}: {free} free · {occupied} occupied · {held} held · {out} out of service</translation>
    </message>
    <message>
        <source>◔ {bed} ({room})
{name}
until {until}</source>
        <translation>◔ {bed} ({room})
{name}
until {until}</translation>
    </message>
    <message>
        <source>No bed is held.</source>
        <translation>No bed is held.</translation>
    </message>
    <message>
        <source>{n}. {name}
Risk: {risk} · places: {count} · asked {date}</source>
        <translation>{n}. {name}
Risk: {risk} · places: {count} · asked {date}</translation>
    </message>
    <message>
        <source>Nobody is waiting.</source>
        <translation>Nobody is waiting.</translation>
    </message>
    <message>
        <source>Only shelter staff admit, move and discharge.</source>
        <translation>Only shelter staff admit, move and discharge.</translation>
    </message>
    <message>
        <source>&amp;Admit…</source>
        <translation>&amp;Admit…</translation>
    </message>
    <message>
        <source>&amp;Hold for someone…</source>
        <translation>&amp;Hold for someone…</translation>
    </message>
    <message>
        <source>&amp;Cancel the hold</source>
        <translation>&amp;Cancel the hold</translation>
    </message>
    <message>
        <source>&amp;Move to another bed…</source>
        <translation>&amp;Move to another bed…</translation>
    </message>
    <message>
        <source>&amp;Discharge…</source>
        <translation>&amp;Discharge…</translation>
    </message>
    <message>
        <source>Out of service: {reason}</source>
        <translation>Out of service: {reason}</translation>
    </message>
</context>
<context>
    <name>SitePage</name>
    <message>
        <source>This site</source>
        <translation>This site</translation>
    </message>
    <message>
        <source>The code identifies this site in the reports the central office receives. It cannot be changed later.</source>
        <translation>The code identifies this site in the reports the central office receives. It cannot be changed later.</translation>
    </message>
    <message>
        <source>Site &amp;code:</source>
        <translation>Site &amp;code:</translation>
    </message>
    <message>
        <source>Site &amp;name:</source>
        <translation>Site &amp;name:</translation>
    </message>
    <message>
        <source>for example: Casa Refugio Huaycán</source>
        <translation>for example: Casa Refugio Huaycán</translation>
    </message>
    <message>
        <source>Capital letters, digits and dashes, no spaces.</source>
        <translation>Capital letters, digits and dashes, no spaces.</translation>
    </message>
</context>
<context>
    <name>StatisticsSections</name>
    <message>
        <source>Intakes (people)</source>
        <translation>Intakes (people)</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Community activities</source>
        <translation>Community activities</translation>
    </message>
    <message>
        <source>People reached in the community</source>
        <translation>People reached in the community</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>Shelter</translation>
    </message>
    <message>
        <source>Medicine dispensed (thousandths)</source>
        <translation>Medicine dispensed (thousandths)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>Age group</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Risk level</translation>
    </message>
    <message>
        <source>Type of violence</source>
        <translation>Type of violence</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Medicine</translation>
    </message>
    <message>
        <source>Admissions</source>
        <translation>Admissions</translation>
    </message>
    <message>
        <source>Discharges</source>
        <translation>Discharges</translation>
    </message>
    <message>
        <source>Bed-nights</source>
        <translation>Bed-nights</translation>
    </message>
    <message>
        <source>Bed-nights available</source>
        <translation>Bed-nights available</translation>
    </message>
    <message>
        <source>Occupancy (%)</source>
        <translation>Occupancy (%)</translation>
    </message>
    <message>
        <source>Average stay (nights)</source>
        <translation>Average stay (nights)</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Referred by</translation>
    </message>
    <message>
        <source>Reason for leaving</source>
        <translation>Reason for leaving</translation>
    </message>
    <message>
        <source>all</source>
        <translation>all</translation>
    </message>
    <message>
        <source>women</source>
        <translation>women</translation>
    </message>
    <message>
        <source>children and dependants</source>
        <translation>children and dependants</translation>
    </message>
    <message>
        <source>families</source>
        <translation>families</translation>
    </message>
</context>
<context>
    <name>StatsView</name>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Re&amp;fresh</translation>
    </message>
    <message>
        <source>&amp;Save CSV…</source>
        <translation>&amp;Save CSV…</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>All sections</source>
        <translation>All sections</translation>
    </message>
    <message>
        <source>Nothing to count yet.</source>
        <translation>Nothing to count yet.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of figures.</source>
        <translation>
            <numerusform>%n row of figures.</numerusform>
            <numerusform>%n rows of figures.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n row(s) to {path}</source>
        <translation>
            <numerusform>Saved %n row to {path}</numerusform>
            <numerusform>Saved %n rows to {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the statistics</source>
        <translation>Save the statistics</translation>
    </message>
    <message>
        <source>Counts per month for planning and for the reports the municipality and the Ministry ask for: no names, documents, dates of birth or notes, and groups of fewer than 5 people shown as &lt;5. The CSV holds the same figures, with codes instead of words.</source>
        <translation>Counts per month for planning and for the reports the municipality and the Ministry ask for: no names, documents, dates of birth or notes, and groups of fewer than 5 people shown as &lt;5. The CSV holds the same figures, with codes instead of words.</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Saving the statistics…</source>
        <translation>Saving the statistics…</translation>
    </message>
</context>
<context>
    <name>StockModel</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Medicine</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>On hand</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Next expiry</source>
        <translation>Next expiry</translation>
    </message>
    <message>
        <source>Monthly use</source>
        <translation>Monthly use</translation>
    </message>
    <message>
        <source>Months left</source>
        <translation>Months left</translation>
    </message>
    <message>
        <source>Reorder at</source>
        <translation>Reorder at</translation>
    </message>
    <message>
        <source>To order</source>
        <translation>To order</translation>
    </message>
    <message>
        <source>Average monthly consumption over the last three months, not counting days without stock</source>
        <translation>Average monthly consumption over the last three months, not counting days without stock</translation>
    </message>
    <message>
        <source>Months the stock lasts at the average monthly consumption</source>
        <translation>Months the stock lasts at the average monthly consumption</translation>
    </message>
    <message>
        <source>At or below this quantity the item shows as low stock</source>
        <translation>At or below this quantity the item shows as low stock</translation>
    </message>
    <message>
        <source>Suggested order to reach the target months of stock</source>
        <translation>Suggested order to reach the target months of stock</translation>
    </message>
</context>
<context>
    <name>StockView</name>
    <message>
        <source>Filter by name or code</source>
        <translation>Filter by name or code</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <source>&amp;Receive…</source>
        <translation>&amp;Receive…</translation>
    </message>
    <message>
        <source>&amp;Dispense…</source>
        <translation>&amp;Dispense…</translation>
    </message>
    <message>
        <source>Se&amp;nd…</source>
        <translation>Se&amp;nd…</translation>
    </message>
    <message>
        <source>Ad&amp;just…</source>
        <translation>Ad&amp;just…</translation>
    </message>
    <message>
        <source>Stock &amp;card</source>
        <translation>Stock &amp;card</translation>
    </message>
    <message>
        <source>Reorder &amp;level…</source>
        <translation>Reorder &amp;level…</translation>
    </message>
    <message>
        <source>When this medicine shows as low stock, and how much to order</source>
        <translation>When this medicine shows as low stock, and how much to order</translation>
    </message>
    <message>
        <source>Stock on hand</source>
        <translation>Stock on hand</translation>
    </message>
    <message>
        <source>Lots of the selected medicine</source>
        <translation>Lots of the selected medicine</translation>
    </message>
    <message>
        <source>No medicine here yet</source>
        <translation>No medicine here yet</translation>
    </message>
    <message>
        <source>Record what arrives with “Receive” (Ctrl+R). Items with stock or with a reorder level are listed here.</source>
        <translation>Record what arrives with “Receive” (Ctrl+R). Items with stock or with a reorder level are listed here.</translation>
    </message>
    <message>
        <source>None of this medicine is on hand here. Record what arrives with “Receive”.</source>
        <translation>None of this medicine is on hand here. Record what arrives with “Receive”.</translation>
    </message>
    <message>
        <source>Select a medicine above to see its lots.</source>
        <translation>Select a medicine above to see its lots.</translation>
    </message>
    <message>
        <source>Lots of {item}</source>
        <translation>Lots of {item}</translation>
    </message>
    <message>
        <source>Lots</source>
        <translation>Lots</translation>
    </message>
    <message>
        <source>Receipt saved.</source>
        <translation>Receipt saved.</translation>
    </message>
    <message>
        <source>Dispensing saved.</source>
        <translation>Dispensing saved.</translation>
    </message>
    <message>
        <source>Transfer saved: the other location has the stock now.</source>
        <translation>Transfer saved: the other location has the stock now.</translation>
    </message>
    <message>
        <source>Adjustment saved.</source>
        <translation>Adjustment saved.</translation>
    </message>
    <message>
        <source>Reorder level saved.</source>
        <translation>Reorder level saved.</translation>
    </message>
</context>
<context>
    <name>StocktakeView</name>
    <message>
        <source>Count &amp;sheet:</source>
        <translation>Count &amp;sheet:</translation>
    </message>
    <message>
        <source>&amp;New count sheet</source>
        <translation>&amp;New count sheet</translation>
    </message>
    <message>
        <source>P&amp;rint sheet (PDF)…</source>
        <translation>P&amp;rint sheet (PDF)…</translation>
    </message>
    <message>
        <source>Print &amp;without expected quantities</source>
        <translation>Print &amp;without expected quantities</translation>
    </message>
    <message>
        <source>So the count is not influenced by what the computer expects</source>
        <translation>So the count is not influenced by what the computer expects</translation>
    </message>
    <message>
        <source>Count &amp;again flagged lines</source>
        <translation>Count &amp;again flagged lines</translation>
    </message>
    <message>
        <source>&amp;Post the count</source>
        <translation>&amp;Post the count</translation>
    </message>
    <message>
        <source>1. Make a count sheet and print it. 2. Count what is on the shelf. 3. Type each count in the “Counted” column and choose a reason where it differs. 4. Post: the differences become adjustments, all at once.</source>
        <translation>1. Make a count sheet and print it. 2. Count what is on the shelf. 3. Type each count in the “Counted” column and choose a reason where it differs. 4. Post: the differences become adjustments, all at once.</translation>
    </message>
    <message>
        <source>Count sheet</source>
        <translation>Count sheet</translation>
    </message>
    <message>
        <source>No count sheet yet</source>
        <translation>No count sheet yet</translation>
    </message>
    <message>
        <source>Press “New count sheet”: it lists every lot the computer thinks is on the shelf here, ready to print and count.</source>
        <translation>Press “New count sheet”: it lists every lot the computer thinks is on the shelf here, ready to print and count.</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>posted</source>
        <translation>posted</translation>
    </message>
    <message>
        <source>{counted} of {total} lots counted · {differ} with a difference</source>
        <translation>{counted} of {total} lots counted · {differ} with a difference</translation>
    </message>
    <message>
        <source>{n} to count again</source>
        <translation>{n} to count again</translation>
    </message>
    <message>
        <source>posted: it can no longer change</source>
        <translation>posted: it can no longer change</translation>
    </message>
    <message>
        <source>Count sheet made with {n} lots. Print it, count, then type the counts here.</source>
        <translation>Count sheet made with {n} lots. Print it, count, then type the counts here.</translation>
    </message>
    <message>
        <source>Save the count sheet as PDF</source>
        <translation>Save the count sheet as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Making the count sheet PDF…</source>
        <translation>Making the count sheet PDF…</translation>
    </message>
    <message>
        <source>The flagged lines show what is expected now. Count them again.</source>
        <translation>The flagged lines show what is expected now. Count them again.</translation>
    </message>
    <message>
        <source>Posting the count…</source>
        <translation>Posting the count…</translation>
    </message>
    <message>
        <source>Lines posted: {posted}; adjustments: {adjusted}. Not posted, because the stock moved while counting: {recount} (marked “Count again”). Press “Count again flagged lines”, count them and post again.</source>
        <translation>Lines posted: {posted}; adjustments: {adjusted}. Not posted, because the stock moved while counting: {recount} (marked “Count again”). Press “Count again flagged lines”, count them and post again.</translation>
    </message>
    <message>
        <source>Count posted. Lines: {posted}; adjustments: {adjusted}.</source>
        <translation>Count posted. Lines: {posted}; adjustments: {adjusted}.</translation>
    </message>
</context>
<context>
    <name>SummaryPdfDialog</name>
    <message>
        <source>Session summary PDF</source>
        <translation>Session summary PDF</translation>
    </message>
    <message>
        <source>A summary of her signed sessions, for a referral or for her to keep. Group notes about other women are never printed. Every PDF is written to the audit log.</source>
        <translation>A summary of her signed sessions, for a referral or for her to keep. Group notes about other women are never printed. Every PDF is written to the audit log.</translation>
    </message>
    <message>
        <source>For an &amp;institution (needs her consent)</source>
        <translation>For an &amp;institution (needs her consent)</translation>
    </message>
    <message>
        <source>Her &amp;own copy</source>
        <translation>Her &amp;own copy</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>Person:</translation>
    </message>
    <message>
        <source>Institution:</source>
        <translation>Institution:</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Save as:</translation>
    </message>
    <message>
        <source>Write PDF</source>
        <translation>Write PDF</translation>
    </message>
    <message>
        <source>Save the PDF</source>
        <translation>Save the PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Choose where to save the PDF.</source>
        <translation>Choose where to save the PDF.</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>Writing the PDF…</translation>
    </message>
    <message>
        <source>Session summary &amp;PDF…</source>
        <translation>Session summary &amp;PDF…</translation>
    </message>
    <message>
        <source>Find a person first.</source>
        <translation>Find a person first.</translation>
    </message>
    <message>
        <source>PDF written: {path}. It is confidential: hand it over in person.</source>
        <translation>PDF written: {path}. It is confidential: hand it over in person.</translation>
    </message>
</context>
<context>
    <name>TaskHandle</name>
    <message>
        <source>Cancelling… nothing will be half-written.</source>
        <translation>Cancelling… nothing will be half-written.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>TasksView</name>
    <message>
        <source>Assigned to me</source>
        <translation>Assigned to me</translation>
    </message>
    <message>
        <source>All open tasks</source>
        <translation>All open tasks</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Assigned to</translation>
    </message>
    <message>
        <source>&amp;Add task…</source>
        <translation>&amp;Add task…</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Mark &amp;done</translation>
    </message>
    <message>
        <source>{due} overdue</source>
        <translation>{due} overdue</translation>
    </message>
    <message>
        <source>No open tasks.</source>
        <translation>No open tasks.</translation>
    </message>
</context>
<context>
    <name>TemplatesView</name>
    <message>
        <source>{name} (switched off)</source>
        <translation>{name} (switched off)</translation>
    </message>
    <message>
        <source>e.g. home_visit</source>
        <translation>e.g. home_visit</translation>
    </message>
    <message>
        <source>Offered in the note editor</source>
        <translation>Offered in the note editor</translation>
    </message>
    <message>
        <source>&amp;New template</source>
        <translation>&amp;New template</translation>
    </message>
    <message>
        <source>&amp;Save template</source>
        <translation>&amp;Save template</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Note templates</source>
        <translation>Note templates</translation>
    </message>
    <message>
        <source>New &amp;intervention</source>
        <translation>New &amp;intervention</translation>
    </message>
    <message>
        <source>Save interv&amp;ention</source>
        <translation>Save interv&amp;ention</translation>
    </message>
    <message>
        <source>Co&amp;de:</source>
        <translation>Co&amp;de:</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Label:</translation>
    </message>
    <message>
        <source>&amp;Order in the list:</source>
        <translation>&amp;Order in the list:</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Interventions</translation>
    </message>
    <message>
        <source>Templates speed up writing notes; the interventions are the list a counsellor ticks on each note. Switch an entry off rather than renaming it into something else: old notes keep its name. Every change is written to the audit log.</source>
        <translation>Templates speed up writing notes; the interventions are the list a counsellor ticks on each note. Switch an entry off rather than renaming it into something else: old notes keep its name. Every change is written to the audit log.</translation>
    </message>
    <message>
        <source>Template saved.</source>
        <translation>Template saved.</translation>
    </message>
    <message>
        <source>Intervention saved.</source>
        <translation>Intervention saved.</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Send to another location</source>
        <translation>Send to another location</translation>
    </message>
    <message>
        <source>e.g. delivery note number</source>
        <translation>e.g. delivery note number</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>&amp;Medicine:</source>
        <translation>&amp;Medicine:</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Quantity:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <source>The lots that expire first are sent first. The other location sees the stock at once.</source>
        <translation>The lots that expire first are sent first. The other location sees the stock at once.</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Send</translation>
    </message>
    <message>
        <source>On hand here: {quantity} {unit}</source>
        <translation>On hand here: {quantity} {unit}</translation>
    </message>
    <message>
        <source>Choose a medicine from the list.</source>
        <translation>Choose a medicine from the list.</translation>
    </message>
    <message>
        <source>Move to another bed</source>
        <translation>Move to another bed</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Move</translation>
    </message>
    <message>
        <source>{name}, now in {room} · {bed}</source>
        <translation>{name}, now in {room} · {bed}</translation>
    </message>
    <message>
        <source>New &amp;bed:</source>
        <translation>New &amp;bed:</translation>
    </message>
    <message>
        <source>From the &amp;night of:</source>
        <translation>From the &amp;night of:</translation>
    </message>
    <message>
        <source>No bed is free that night.</source>
        <translation>No bed is free that night.</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
</context>
<context>
    <name>UsersView</name>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>&amp;Add user…</translation>
    </message>
    <message>
        <source>Change &amp;roles…</source>
        <translation>Change &amp;roles…</translation>
    </message>
    <message>
        <source>Set &amp;password…</source>
        <translation>Set &amp;password…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Disable</translation>
    </message>
    <message>
        <source>No users yet</source>
        <translation>No users yet</translation>
    </message>
    <message>
        <source>Add a user for each person who works with this PC. Everyone gets their own user name and password; nobody shares one.</source>
        <translation>Add a user for each person who works with this PC. Everyone gets their own user name and password; nobody shares one.</translation>
    </message>
    <message>
        <source>Each person has their own user and password. Roles decide what they can see: only Counselling reads session notes. A disabled user can no longer open the database; setting a new password enables them again.</source>
        <translation>Each person has their own user and password. Roles decide what they can see: only Counselling reads session notes. A disabled user can no longer open the database; setting a new password enables them again.</translation>
    </message>
    <message>
        <source>User {username} added.</source>
        <translation>User {username} added.</translation>
    </message>
    <message>
        <source>Roles of {username} saved.</source>
        <translation>Roles of {username} saved.</translation>
    </message>
    <message>
        <source>New password for {username} saved.</source>
        <translation>New password for {username} saved.</translation>
    </message>
    <message>
        <source>Disable user</source>
        <translation>Disable user</translation>
    </message>
    <message>
        <source>Disable {name} ({username})? They will no longer be able to open Clinic Desk. Their records and the audit log stay.</source>
        <translation>Disable {name} ({username})? They will no longer be able to open Clinic Desk. Their records and the audit log stay.</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Disable</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>User {username} disabled.</source>
        <translation>User {username} disabled.</translation>
    </message>
</context>
<context>
    <name>WaitlistDialog</name>
    <message>
        <source>Add to the waitlist</source>
        <translation>Add to the waitlist</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Nobody chosen yet.</source>
        <translation>Nobody chosen yet.</translation>
    </message>
    <message>
        <source> people</source>
        <translation> people</translation>
    </message>
    <message>
        <source>&amp;Places needed:</source>
        <translation>&amp;Places needed:</translation>
    </message>
    <message>
        <source>As&amp;ked on:</source>
        <translation>As&amp;ked on:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <source>Waiting: {name}</source>
        <translation>Waiting: {name}</translation>
    </message>
</context>
<context>
    <name>_Dialog</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>_FallbackPicker</name>
    <message>
        <source>Type a name or DNI…</source>
        <translation>Type a name or DNI…</translation>
    </message>
</context>
<context>
    <name>_PersonFields</name>
    <message>
        <source>years</source>
        <translation>years</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>A DNI has exactly 8 digits.</source>
        <translation>A DNI has exactly 8 digits.</translation>
    </message>
    <message>
        <source>A GTIN has 8, 12, 13 or 14 digits.</source>
        <translation>A GTIN has 8, 12, 13 or 14 digits.</translation>
    </message>
    <message>
        <source>A batch is usable, quarantined or recalled.</source>
        <translation>A batch is usable, quarantined or recalled.</translation>
    </message>
    <message>
        <source>A bed cannot return to service before it went out of service ({date}).</source>
        <translation>A bed cannot return to service before it went out of service ({date}).</translation>
    </message>
    <message>
        <source>A bed is a bed, a crib or a mattress.</source>
        <translation>A bed is a bed, a crib or a mattress.</translation>
    </message>
    <message>
        <source>A carné de extranjería number has 9 to 12 letters or digits.</source>
        <translation>A carné de extranjería number has 9 to 12 letters or digits.</translation>
    </message>
    <message>
        <source>A checklist item cannot be empty.</source>
        <translation>A checklist item cannot be empty.</translation>
    </message>
    <message>
        <source>A child cannot be older than her mother.</source>
        <translation>A child cannot be older than her mother.</translation>
    </message>
    <message>
        <source>A count cannot be negative.</source>
        <translation>A count cannot be negative.</translation>
    </message>
    <message>
        <source>A discharge cannot be before her last change of bed ({date}).</source>
        <translation>A discharge cannot be before her last change of bed ({date}).</translation>
    </message>
    <message>
        <source>A discharge cannot be before the admission ({date}).</source>
        <translation>A discharge cannot be before the admission ({date}).</translation>
    </message>
    <message>
        <source>A discharge cannot be in the future.</source>
        <translation>A discharge cannot be in the future.</translation>
    </message>
    <message>
        <source>A group session needs at least one person present.</source>
        <translation>A group session needs at least one person present.</translation>
    </message>
    <message>
        <source>A headcount is a whole number, 0 or more.</source>
        <translation>A headcount is a whole number, 0 or more.</translation>
    </message>
    <message>
        <source>A hold lasts at most {days} days.</source>
        <translation>A hold lasts at most {days} days.</translation>
    </message>
    <message>
        <source>A hold must end in the future.</source>
        <translation>A hold must end in the future.</translation>
    </message>
    <message>
        <source>A location is the central store or a botiquín.</source>
        <translation>A location is the central store or a botiquín.</translation>
    </message>
    <message>
        <source>A loss or damage can only take stock away.</source>
        <translation>A loss or damage can only take stock away.</translation>
    </message>
    <message>
        <source>A name may contain only letters, spaces, apostrophes and hyphens.</source>
        <translation>A name may contain only letters, spaces, apostrophes and hyphens.</translation>
    </message>
    <message>
        <source>A phone number may contain only digits, spaces and a leading +.</source>
        <translation>A phone number may contain only digits, spaces and a leading +.</translation>
    </message>
    <message>
        <source>A recalled batch stays recalled.</source>
        <translation>A recalled batch stays recalled.</translation>
    </message>
    <message>
        <source>A reversal cannot be dated before the entry it reverses.</source>
        <translation>A reversal cannot be dated before the entry it reverses.</translation>
    </message>
    <message>
        <source>A reversal cannot itself be reversed; record the movement again.</source>
        <translation>A reversal cannot itself be reversed; record the movement again.</translation>
    </message>
    <message>
        <source>A session cannot last more than 12 hours.</source>
        <translation>A session cannot last more than 12 hours.</translation>
    </message>
    <message>
        <source>A session that was held cannot be dated in the future. Book an appointment instead.</source>
        <translation>A session that was held cannot be dated in the future. Book an appointment instead.</translation>
    </message>
    <message>
        <source>A session was recorded for this appointment.</source>
        <translation>A session was recorded for this appointment.</translation>
    </message>
    <message>
        <source>A site code has 2 to 16 characters: letters A-Z without accents, digits or dashes, no spaces (for example HUAYCAN-01).</source>
        <translation>A site code has 2 to 16 characters: letters A-Z without accents, digits or dashes, no spaces (for example HUAYCAN-01).</translation>
    </message>
    <message>
        <source>A transfer cannot be before she took her present bed ({date}).</source>
        <translation>A transfer cannot be before she took her present bed ({date}).</translation>
    </message>
    <message>
        <source>A transfer cannot be in the future.</source>
        <translation>A transfer cannot be in the future.</translation>
    </message>
    <message>
        <source>A transfer needs two different locations.</source>
        <translation>A transfer needs two different locations.</translation>
    </message>
    <message>
        <source>A user name has 3 to 32 characters: letters a-z without accents, digits, dot, dash or underscore, starting with a letter or digit.</source>
        <translation>A user name has 3 to 32 characters: letters a-z without accents, digits, dot, dash or underscore, starting with a letter or digit.</translation>
    </message>
    <message>
        <source>A {unit} cannot be split: enter a whole number.</source>
        <translation>A {unit} cannot be split: enter a whole number.</translation>
    </message>
    <message>
        <source>An activity that was held cannot be dated in the future.</source>
        <translation>An activity that was held cannot be dated in the future.</translation>
    </message>
    <message>
        <source>An admission cannot be in the future.</source>
        <translation>An admission cannot be in the future.</translation>
    </message>
    <message>
        <source>An appointment cannot be booked in the past.</source>
        <translation>An appointment cannot be booked in the past.</translation>
    </message>
    <message>
        <source>At least one active administrator must remain.</source>
        <translation>At least one active administrator must remain.</translation>
    </message>
    <message>
        <source>At most {max} characters.</source>
        <translation>At most {max} characters.</translation>
    </message>
    <message>
        <source>Auto-lock must be a whole number of minutes.</source>
        <translation>Auto-lock must be a whole number of minutes.</translation>
    </message>
    <message>
        <source>Auto-lock must be between 1 and 60 minutes.</source>
        <translation>Auto-lock must be between 1 and 60 minutes.</translation>
    </message>
    <message>
        <source>Bed {label} is chosen twice: one person per bed.</source>
        <translation>Bed {label} is chosen twice: one person per bed.</translation>
    </message>
    <message>
        <source>Bed {label} is held for someone else until {until}.</source>
        <translation>Bed {label} is held for someone else until {until}.</translation>
    </message>
    <message>
        <source>Bed {label} is held for someone. Cancel the hold first.</source>
        <translation>Bed {label} is held for someone. Cancel the hold first.</translation>
    </message>
    <message>
        <source>Bed {label} is no longer in use.</source>
        <translation>Bed {label} is no longer in use.</translation>
    </message>
    <message>
        <source>Bed {label} is occupied. Choose a free bed.</source>
        <translation>Bed {label} is occupied. Choose a free bed.</translation>
    </message>
    <message>
        <source>Bed {label} is out of service: {reason}.</source>
        <translation>Bed {label} is out of service: {reason}.</translation>
    </message>
    <message>
        <source>Between 1 and 20 people.</source>
        <translation>Between 1 and 20 people.</translation>
    </message>
    <message>
        <source>Both records have shelter stays on the same nights. Correct one of the stays before merging.</source>
        <translation>Both records have shelter stays on the same nights. Correct one of the stays before merging.</translation>
    </message>
    <message>
        <source>Choose a document type: DNI, carné de extranjería or none.</source>
        <translation>Choose a document type: DNI, carné de extranjería or none.</translation>
    </message>
    <message>
        <source>Choose a month and a year.</source>
        <translation>Choose a month and a year.</translation>
    </message>
    <message>
        <source>Choose a reason from the list.</source>
        <translation>Choose a reason from the list.</translation>
    </message>
    <message>
        <source>Choose a reason: loss, damage, donation or correction.</source>
        <translation>Choose a reason: loss, damage, donation or correction.</translation>
    </message>
    <message>
        <source>Choose a valid month.</source>
        <translation>Choose a valid month.</translation>
    </message>
    <message>
        <source>Choose a value.</source>
        <translation>Choose a value.</translation>
    </message>
    <message>
        <source>Choose at least one language.</source>
        <translation>Choose at least one language.</translation>
    </message>
    <message>
        <source>Choose between 1 and 62 days.</source>
        <translation>Choose between 1 and 62 days.</translation>
    </message>
    <message>
        <source>Choose between 1 and {max} days.</source>
        <translation>Choose between 1 and {max} days.</translation>
    </message>
    <message>
        <source>Choose how this person is related to her.</source>
        <translation>Choose how this person is related to her.</translation>
    </message>
    <message>
        <source>Choose institutions from the list.</source>
        <translation>Choose institutions from the list.</translation>
    </message>
    <message>
        <source>Choose interventions from the list.</source>
        <translation>Choose interventions from the list.</translation>
    </message>
    <message>
        <source>Choose one of the listed languages.</source>
        <translation>Choose one of the listed languages.</translation>
    </message>
    <message>
        <source>Choose one of the listed values.</source>
        <translation>Choose one of the listed values.</translation>
    </message>
    <message>
        <source>Choose the document type for this number.</source>
        <translation>Choose the document type for this number.</translation>
    </message>
    <message>
        <source>Choose the group.</source>
        <translation>Choose the group.</translation>
    </message>
    <message>
        <source>Choose the institution from the list.</source>
        <translation>Choose the institution from the list.</translation>
    </message>
    <message>
        <source>Choose the institution that receives the summary.</source>
        <translation>Choose the institution that receives the summary.</translation>
    </message>
    <message>
        <source>Choose the kind of activity.</source>
        <translation>Choose the kind of activity.</translation>
    </message>
    <message>
        <source>Choose the kind of consent.</source>
        <translation>Choose the kind of consent.</translation>
    </message>
    <message>
        <source>Choose the kind of service from the list.</source>
        <translation>Choose the kind of service from the list.</translation>
    </message>
    <message>
        <source>Choose the person for this appointment.</source>
        <translation>Choose the person for this appointment.</translation>
    </message>
    <message>
        <source>Choose the person or people seen in this session.</source>
        <translation>Choose the person or people seen in this session.</translation>
    </message>
    <message>
        <source>Choose the reason for the discharge from the list.</source>
        <translation>Choose the reason for the discharge from the list.</translation>
    </message>
    <message>
        <source>Choose the referral status from the list.</source>
        <translation>Choose the referral status from the list.</translation>
    </message>
    <message>
        <source>Choose the risk level: leve, moderado or severo.</source>
        <translation>Choose the risk level: leve, moderado or severo.</translation>
    </message>
    <message>
        <source>Choose the type of session.</source>
        <translation>Choose the type of session.</translation>
    </message>
    <message>
        <source>Choose two different records to merge.</source>
        <translation>Choose two different records to merge.</translation>
    </message>
    <message>
        <source>Choose violence types from the list.</source>
        <translation>Choose violence types from the list.</translation>
    </message>
    <message>
        <source>Choose what happened with the appointment.</source>
        <translation>Choose what happened with the appointment.</translation>
    </message>
    <message>
        <source>Choose where the activity took place.</source>
        <translation>Choose where the activity took place.</translation>
    </message>
    <message>
        <source>Choose whether she gives or withdraws consent.</source>
        <translation>Choose whether she gives or withdraws consent.</translation>
    </message>
    <message>
        <source>Choose whether the referral is incoming or outgoing.</source>
        <translation>Choose whether the referral is incoming or outgoing.</translation>
    </message>
    <message>
        <source>Choose whether the task is open, done or cancelled.</source>
        <translation>Choose whether the task is open, done or cancelled.</translation>
    </message>
    <message>
        <source>Choose who is admitted and her bed.</source>
        <translation>Choose who is admitted and her bed.</translation>
    </message>
    <message>
        <source>Choose who leaves.</source>
        <translation>Choose who leaves.</translation>
    </message>
    <message>
        <source>Choose who referred her from the list.</source>
        <translation>Choose who referred her from the list.</translation>
    </message>
    <message>
        <source>Clinic Desk is already open on this data folder (in another window or command). Close it first.</source>
        <translation>Clinic Desk is already open on this data folder (in another window or command). Close it first.</translation>
    </message>
    <message>
        <source>Count people as women or men, by age band.</source>
        <translation>Count people as women or men, by age band.</translation>
    </message>
    <message>
        <source>Count the people who took part.</source>
        <translation>Count the people who took part.</translation>
    </message>
    <message>
        <source>Enter a 9-digit mobile number starting with 9, or a landline with its area code.</source>
        <translation>Enter a 9-digit mobile number starting with 9, or a landline with its area code.</translation>
    </message>
    <message>
        <source>Enter a quantity from 1 to {max}.</source>
        <translation>Enter a quantity from 1 to {max}.</translation>
    </message>
    <message>
        <source>Enter a valid date of birth.</source>
        <translation>Enter a valid date of birth.</translation>
    </message>
    <message>
        <source>Enter a valid date.</source>
        <translation>Enter a valid date.</translation>
    </message>
    <message>
        <source>Enter at most three decimals.</source>
        <translation>Enter at most three decimals.</translation>
    </message>
    <message>
        <source>Enter the age as a whole number of years.</source>
        <translation>Enter the age as a whole number of years.</translation>
    </message>
    <message>
        <source>Enter the contact&apos;s name.</source>
        <translation>Enter the contact&apos;s name.</translation>
    </message>
    <message>
        <source>Enter the counted quantity of lot {lot}.</source>
        <translation>Enter the counted quantity of lot {lot}.</translation>
    </message>
    <message>
        <source>Enter the date and time.</source>
        <translation>Enter the date and time.</translation>
    </message>
    <message>
        <source>Enter the date of the activity.</source>
        <translation>Enter the date of the activity.</translation>
    </message>
    <message>
        <source>Enter the due date.</source>
        <translation>Enter the due date.</translation>
    </message>
    <message>
        <source>Enter the first surname.</source>
        <translation>Enter the first surname.</translation>
    </message>
    <message>
        <source>Enter the given names.</source>
        <translation>Enter the given names.</translation>
    </message>
    <message>
        <source>Enter the group&apos;s name.</source>
        <translation>Enter the group&apos;s name.</translation>
    </message>
    <message>
        <source>Enter the intervention&apos;s name.</source>
        <translation>Enter the intervention&apos;s name.</translation>
    </message>
    <message>
        <source>Enter the name of the screening instrument.</source>
        <translation>Enter the name of the screening instrument.</translation>
    </message>
    <message>
        <source>Enter the place.</source>
        <translation>Enter the place.</translation>
    </message>
    <message>
        <source>Enter the score as a whole number, 0 or more.</source>
        <translation>Enter the score as a whole number, 0 or more.</translation>
    </message>
    <message>
        <source>Enter the second surname.</source>
        <translation>Enter the second surname.</translation>
    </message>
    <message>
        <source>Enter the template&apos;s name.</source>
        <translation>Enter the template&apos;s name.</translation>
    </message>
    <message>
        <source>Enter the topic.</source>
        <translation>Enter the topic.</translation>
    </message>
    <message>
        <source>Enter when the session ended or how long it lasted.</source>
        <translation>Enter when the session ended or how long it lasted.</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export cancelled; nothing was written.</translation>
    </message>
    <message>
        <source>Give a reason for the difference in lot {lot}.</source>
        <translation>Give a reason for the difference in lot {lot}.</translation>
    </message>
    <message>
        <source>Give either the date of birth or an approximate age, not both.</source>
        <translation>Give either the date of birth or an approximate age, not both.</translation>
    </message>
    <message>
        <source>Give the bed a name or number.</source>
        <translation>Give the bed a name or number.</translation>
    </message>
    <message>
        <source>Give the room a name.</source>
        <translation>Give the room a name.</translation>
    </message>
    <message>
        <source>Give the user at least one role.</source>
        <translation>Give the user at least one role.</translation>
    </message>
    <message>
        <source>Her consent does not cover this sharing, and only an administrator may override it.</source>
        <translation>Her consent does not cover this sharing, and only an administrator may override it.</translation>
    </message>
    <message>
        <source>Her consent does not cover this sharing. An administrator may override it in an emergency, giving a reason.</source>
        <translation>Her consent does not cover this sharing. An administrator may override it in an emergency, giving a reason.</translation>
    </message>
    <message>
        <source>Import cancelled; nothing of this bundle was imported.</source>
        <translation>Import cancelled; nothing of this bundle was imported.</translation>
    </message>
    <message>
        <source>Import the central office&apos;s public key first (clinic-desk keys central-import FILE).</source>
        <translation>Import the central office&apos;s public key first (clinic-desk keys central-import FILE).</translation>
    </message>
    <message>
        <source>Institutions apply only to consent for sharing with institutions.</source>
        <translation>Institutions apply only to consent for sharing with institutions.</translation>
    </message>
    <message>
        <source>Internal error: a time without a time zone.</source>
        <translation>Internal error: a time without a time zone.</translation>
    </message>
    <message>
        <source>Internal error: a write without a site and user context.</source>
        <translation>Internal error: a write without a site and user context.</translation>
    </message>
    <message>
        <source>Internal error: this action needs a writing session.</source>
        <translation>Internal error: this action needs a writing session.</translation>
    </message>
    <message>
        <source>Later movements of lot {lot} use this stock: dated {date}, at most {available} {unit} can be taken without making a later balance negative.</source>
        <translation>Later movements of lot {lot} use this stock: dated {date}, at most {available} {unit} can be taken without making a later balance negative.</translation>
    </message>
    <message>
        <source>Log in first.</source>
        <translation>Log in first.</translation>
    </message>
    <message>
        <source>Lot {lot} expired on {expiry}: it cannot be dispensed or sent to a botiquín.</source>
        <translation>Lot {lot} expired on {expiry}: it cannot be dispensed or sent to a botiquín.</translation>
    </message>
    <message>
        <source>Lot {lot} has not expired. Record a loss or damage as an adjustment instead.</source>
        <translation>Lot {lot} has not expired. Record a loss or damage as an adjustment instead.</translation>
    </message>
    <message>
        <source>Lot {lot} is already on this sheet.</source>
        <translation>Lot {lot} is already on this sheet.</translation>
    </message>
    <message>
        <source>Lot {lot} is in quarantine: it cannot be dispensed or sent to a botiquín.</source>
        <translation>Lot {lot} is in quarantine: it cannot be dispensed or sent to a botiquín.</translation>
    </message>
    <message>
        <source>Lot {lot} of this item is already recorded with expiry {expiry}.</source>
        <translation>Lot {lot} of this item is already recorded with expiry {expiry}.</translation>
    </message>
    <message>
        <source>Lot {lot} was recalled: it cannot be dispensed or sent to a botiquín.</source>
        <translation>Lot {lot} was recalled: it cannot be dispensed or sent to a botiquín.</translation>
    </message>
    <message>
        <source>Lot {lot} was recalled: it cannot be received.</source>
        <translation>Lot {lot} was recalled: it cannot be received.</translation>
    </message>
    <message>
        <source>Name the institutions she agrees to share her record with.</source>
        <translation>Name the institutions she agrees to share her record with.</translation>
    </message>
    <message>
        <source>No Clinic Desk data in {folder}. Run the set-up first (clinic-desk init).</source>
        <translation>No Clinic Desk data in {folder}. Run the set-up first (clinic-desk init).</translation>
    </message>
    <message>
        <source>Nothing of lot {lot} is on hand here.</source>
        <translation>Nothing of lot {lot} is on hand here.</translation>
    </message>
    <message>
        <source>On {date} there were only {available} {unit} of lot {lot} at {location}.</source>
        <translation>On {date} there were only {available} {unit} of lot {lot} at {location}.</translation>
    </message>
    <message>
        <source>Only PostgreSQL URLs (postgresql+psycopg://…) are supported.</source>
        <translation>Only PostgreSQL URLs (postgresql+psycopg://…) are supported.</translation>
    </message>
    <message>
        <source>Only a group session belongs to a group.</source>
        <translation>Only a group session belongs to a group.</translation>
    </message>
    <message>
        <source>Only a scheduled or missed appointment can be moved.</source>
        <translation>Only a scheduled or missed appointment can be moved.</translation>
    </message>
    <message>
        <source>Only counsellors can be named on a session.</source>
        <translation>Only counsellors can be named on a session.</translation>
    </message>
    <message>
        <source>Only the author of a draft may discard it.</source>
        <translation>Only the author of a draft may discard it.</translation>
    </message>
    <message>
        <source>Only the author of this note and the counsellors named on it may change it.</source>
        <translation>Only the author of this note and the counsellors named on it may change it.</translation>
    </message>
    <message>
        <source>Only {available} {unit} of lot {lot} are on hand at {location}.</source>
        <translation>Only {available} {unit} of lot {lot} are on hand at {location}.</translation>
    </message>
    <message>
        <source>Only {available} {unit} of {item} can be dispensed at {location}.</source>
        <translation>Only {available} {unit} of {item} can be dispensed at {location}.</translation>
    </message>
    <message>
        <source>Only {available} {unit} of {item} can be sent from {location}.</source>
        <translation>Only {available} {unit} of {item} can be sent from {location}.</translation>
    </message>
    <message>
        <source>Records are never deleted; they are marked deleted.</source>
        <translation>Records are never deleted; they are marked deleted.</translation>
    </message>
    <message>
        <source>Risk can be re-assessed only for someone present.</source>
        <translation>Risk can be re-assessed only for someone present.</translation>
    </message>
    <message>
        <source>Say briefly why she leaves.</source>
        <translation>Say briefly why she leaves.</translation>
    </message>
    <message>
        <source>Say for whom the bed is held.</source>
        <translation>Say for whom the bed is held.</translation>
    </message>
    <message>
        <source>Say what has to be done.</source>
        <translation>Say what has to be done.</translation>
    </message>
    <message>
        <source>Say which institution she goes to.</source>
        <translation>Say which institution she goes to.</translation>
    </message>
    <message>
        <source>Say why the bed is out of service.</source>
        <translation>Say why the bed is out of service.</translation>
    </message>
    <message>
        <source>Say why these two records are the same person.</source>
        <translation>Say why these two records are the same person.</translation>
    </message>
    <message>
        <source>Say why this entry is reversed.</source>
        <translation>Say why this entry is reversed.</translation>
    </message>
    <message>
        <source>She cannot leave before she joined.</source>
        <translation>She cannot leave before she joined.</translation>
    </message>
    <message>
        <source>She is already a member of this group.</source>
        <translation>She is already a member of this group.</translation>
    </message>
    <message>
        <source>She is already in bed {label}.</source>
        <translation>She is already in bed {label}.</translation>
    </message>
    <message>
        <source>Someone else changed the shelter at the same time; nothing was saved. Look at the board again and retry.</source>
        <translation>Someone else changed the shelter at the same time; nothing was saved. Look at the board again and retry.</translation>
    </message>
    <message>
        <source>Someone sleeps in bed {label} on those nights. Transfer her first.</source>
        <translation>Someone sleeps in bed {label} on those nights. Transfer her first.</translation>
    </message>
    <message>
        <source>That file is not a Clinic Desk central public key file.</source>
        <translation>That file is not a Clinic Desk central public key file.</translation>
    </message>
    <message>
        <source>That file is not a Clinic Desk site key file.</source>
        <translation>That file is not a Clinic Desk site key file.</translation>
    </message>
    <message>
        <source>That line is not on this count sheet.</source>
        <translation>That line is not on this count sheet.</translation>
    </message>
    <message>
        <source>That lot belongs to another item.</source>
        <translation>That lot belongs to another item.</translation>
    </message>
    <message>
        <source>That recovery code is not valid.</source>
        <translation>That recovery code is not valid.</translation>
    </message>
    <message>
        <source>The GTIN&apos;s check digit is wrong; scan or type it again.</source>
        <translation>The GTIN&apos;s check digit is wrong; scan or type it again.</translation>
    </message>
    <message>
        <source>The age cannot be more than {max} years.</source>
        <translation>The age cannot be more than {max} years.</translation>
    </message>
    <message>
        <source>The age must be between 0 and {max} years.</source>
        <translation>The age must be between 0 and {max} years.</translation>
    </message>
    <message>
        <source>The audit log in the backup {name} is broken; nothing was restored.</source>
        <translation>The audit log in the backup {name} is broken; nothing was restored.</translation>
    </message>
    <message>
        <source>The backup cannot be written to {folder} (full or read-only?).</source>
        <translation>The backup cannot be written to {folder} (full or read-only?).</translation>
    </message>
    <message>
        <source>The backup reminder must be between 1 and 90 days.</source>
        <translation>The backup reminder must be between 1 and 90 days.</translation>
    </message>
    <message>
        <source>The backup {name} belongs to another installation; nothing was restored (say so explicitly to restore it here).</source>
        <translation>The backup {name} belongs to another installation; nothing was restored (say so explicitly to restore it here).</translation>
    </message>
    <message>
        <source>The backup {name} does not exist.</source>
        <translation>The backup {name} does not exist.</translation>
    </message>
    <message>
        <source>The backup {name} is damaged, was changed, or cannot be read; nothing was restored.</source>
        <translation>The backup {name} is damaged, was changed, or cannot be read; nothing was restored.</translation>
    </message>
    <message>
        <source>The backup {name} was made by a newer version of Clinic Desk; nothing was restored.</source>
        <translation>The backup {name} was made by a newer version of Clinic Desk; nothing was restored.</translation>
    </message>
    <message>
        <source>The barcode holds an element this program does not read.</source>
        <translation>The barcode holds an element this program does not read.</translation>
    </message>
    <message>
        <source>The barcode is incomplete; scan it again.</source>
        <translation>The barcode is incomplete; scan it again.</translation>
    </message>
    <message>
        <source>The barcode is not a GS1 code.</source>
        <translation>The barcode is not a GS1 code.</translation>
    </message>
    <message>
        <source>The bundle cannot be written to {folder} (full or read-only?); nothing was exported.</source>
        <translation>The bundle cannot be written to {folder} (full or read-only?); nothing was exported.</translation>
    </message>
    <message>
        <source>The bundle has a column {column} this version does not know; update Clinic Desk at the central office.</source>
        <translation>The bundle has a column {column} this version does not know; update Clinic Desk at the central office.</translation>
    </message>
    <message>
        <source>The bundle has a value this version cannot read in {column}; nothing was imported.</source>
        <translation>The bundle has a value this version cannot read in {column}; nothing was imported.</translation>
    </message>
    <message>
        <source>The bundle of site {code} is signed with a key that is not the one this office trusts for it; nothing was imported.</source>
        <translation>The bundle of site {code} is signed with a key that is not the one this office trusts for it; nothing was imported.</translation>
    </message>
    <message>
        <source>The bundle written to {path} does not read back correctly; it was removed. Try another USB stick.</source>
        <translation>The bundle written to {path} does not read back correctly; it was removed. Try another USB stick.</translation>
    </message>
    <message>
        <source>The bundle {name} cannot be read.</source>
        <translation>The bundle {name} cannot be read.</translation>
    </message>
    <message>
        <source>The bundle {name} carries {table} records of another site; nothing was imported.</source>
        <translation>The bundle {name} carries {table} records of another site; nothing was imported.</translation>
    </message>
    <message>
        <source>The bundle {name} comes from a newer version of Clinic Desk (database {schema}); update the central office first.</source>
        <translation>The bundle {name} comes from a newer version of Clinic Desk (database {schema}); update the central office first.</translation>
    </message>
    <message>
        <source>The bundle {name} comes from site {code}, whose key (fingerprint {fp}) this office does not trust yet; check the fingerprint with the site, then import with --trust-new-site or use keys site-trust.</source>
        <translation>The bundle {name} comes from site {code}, whose key (fingerprint {fp}) this office does not trust yet; check the fingerprint with the site, then import with --trust-new-site or use keys site-trust.</translation>
    </message>
    <message>
        <source>The bundle {name} has a {table} record that clashes with one already here (same {key}); nothing was imported.</source>
        <translation>The bundle {name} has a {table} record that clashes with one already here (same {key}); nothing was imported.</translation>
    </message>
    <message>
        <source>The bundle {name} has records of a kind this version does not know ({table}); update the central office first.</source>
        <translation>The bundle {name} has records of a kind this version does not know ({table}); update the central office first.</translation>
    </message>
    <message>
        <source>The bundle {name} is damaged, was changed after it was made, or is not for this central office; nothing was imported.</source>
        <translation>The bundle {name} is damaged, was changed after it was made, or is not for this central office; nothing was imported.</translation>
    </message>
    <message>
        <source>The bundle {name} of site {code} is signed with a key that is not the one this office trusts for it; nothing was imported.</source>
        <translation>The bundle {name} of site {code} is signed with a key that is not the one this office trusts for it; nothing was imported.</translation>
    </message>
    <message>
        <source>The bundle {name} was made by a newer version of Clinic Desk; update the central office first.</source>
        <translation>The bundle {name} was made by a newer version of Clinic Desk; update the central office first.</translation>
    </message>
    <message>
        <source>The bundle {name} was made by this very site; nothing was imported.</source>
        <translation>The bundle {name} was made by this very site; nothing was imported.</translation>
    </message>
    <message>
        <source>The bundle {name} was made for another central office; nothing was imported.</source>
        <translation>The bundle {name} was made for another central office; nothing was imported.</translation>
    </message>
    <message>
        <source>The code uses lower-case letters, digits and _ (2 to 40).</source>
        <translation>The code uses lower-case letters, digits and _ (2 to 40).</translation>
    </message>
    <message>
        <source>The data folder {folder} already holds a Clinic Desk installation; it was not changed.</source>
        <translation>The data folder {folder} already holds a Clinic Desk installation; it was not changed.</translation>
    </message>
    <message>
        <source>The data folder {folder} cannot be created. Choose another folder.</source>
        <translation>The data folder {folder} cannot be created. Choose another folder.</translation>
    </message>
    <message>
        <source>The data folder {folder} cannot be written. Choose another folder or ask an administrator to give you access to it.</source>
        <translation>The data folder {folder} cannot be written. Choose another folder or ask an administrator to give you access to it.</translation>
    </message>
    <message>
        <source>The data folder {folder} has lost its database. Nothing was changed; restore the data folder from the last backup.</source>
        <translation>The data folder {folder} has lost its database. Nothing was changed; restore the data folder from the last backup.</translation>
    </message>
    <message>
        <source>The data folder {folder} has lost its key file (keys.json). Nothing was changed; restore the data folder from the last backup.</source>
        <translation>The data folder {folder} has lost its key file (keys.json). Nothing was changed; restore the data folder from the last backup.</translation>
    </message>
    <message>
        <source>The database URL is not valid.</source>
        <translation>The database URL is not valid.</translation>
    </message>
    <message>
        <source>The database at {host} cannot be reached or refused the login.</source>
        <translation>The database at {host} cannot be reached or refused the login.</translation>
    </message>
    <message>
        <source>The database file {path} is damaged or is not a Clinic Desk database. It was left untouched; restore the last backup.</source>
        <translation>The database file {path} is damaged or is not a Clinic Desk database. It was left untouched; restore the last backup.</translation>
    </message>
    <message>
        <source>The date cannot be in the future.</source>
        <translation>The date cannot be in the future.</translation>
    </message>
    <message>
        <source>The date in the code is not valid.</source>
        <translation>The date in the code is not valid.</translation>
    </message>
    <message>
        <source>The date is too far in the past.</source>
        <translation>The date is too far in the past.</translation>
    </message>
    <message>
        <source>The date of birth cannot be in the future.</source>
        <translation>The date of birth cannot be in the future.</translation>
    </message>
    <message>
        <source>The date she asked cannot be in the future.</source>
        <translation>The date she asked cannot be in the future.</translation>
    </message>
    <message>
        <source>The due date cannot be in the past.</source>
        <translation>The due date cannot be in the past.</translation>
    </message>
    <message>
        <source>The duration must be a whole number of minutes, more than 0.</source>
        <translation>The duration must be a whole number of minutes, more than 0.</translation>
    </message>
    <message>
        <source>The end must be after the start.</source>
        <translation>The end must be after the start.</translation>
    </message>
    <message>
        <source>The expected stay is between 1 and 3650 nights.</source>
        <translation>The expected stay is between 1 and 3650 nights.</translation>
    </message>
    <message>
        <source>The expiry date is required.</source>
        <translation>The expiry date is required.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>The folder {folder} does not exist.</translation>
    </message>
    <message>
        <source>The full name is required.</source>
        <translation>The full name is required.</translation>
    </message>
    <message>
        <source>The key file and the database belong to different installations. Nothing was changed; restore the data folder from one backup.</source>
        <translation>The key file and the database belong to different installations. Nothing was changed; restore the data folder from one backup.</translation>
    </message>
    <message>
        <source>The key file {path} is missing or damaged. Nobody can log in without it: restore it from the last backup of the data folder.</source>
        <translation>The key file {path} is missing or damaged. Nobody can log in without it: restore it from the last backup of the data folder.</translation>
    </message>
    <message>
        <source>The language must be es or en.</source>
        <translation>The language must be es or en.</translation>
    </message>
    <message>
        <source>The lot number is required.</source>
        <translation>The lot number is required.</translation>
    </message>
    <message>
        <source>The mother must be at least {years} years older than her child. Check both dates of birth.</source>
        <translation>The mother must be at least {years} years older than her child. Check both dates of birth.</translation>
    </message>
    <message>
        <source>The password is empty.</source>
        <translation>The password is empty.</translation>
    </message>
    <message>
        <source>The password is too easy to guess. Use a phrase of several words.</source>
        <translation>The password is too easy to guess. Use a phrase of several words.</translation>
    </message>
    <message>
        <source>The password is too long.</source>
        <translation>The password is too long.</translation>
    </message>
    <message>
        <source>The password is too short: use at least {count} characters.</source>
        <translation>The password is too short: use at least {count} characters.</translation>
    </message>
    <message>
        <source>The password must not contain the user name.</source>
        <translation>The password must not contain the user name.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>The period ends before it starts.</translation>
    </message>
    <message>
        <source>The quantity must be a number.</source>
        <translation>The quantity must be a number.</translation>
    </message>
    <message>
        <source>The quantity must be more than zero.</source>
        <translation>The quantity must be more than zero.</translation>
    </message>
    <message>
        <source>The quantity must not be zero.</source>
        <translation>The quantity must not be zero.</translation>
    </message>
    <message>
        <source>The reorder level cannot be negative.</source>
        <translation>The reorder level cannot be negative.</translation>
    </message>
    <message>
        <source>The report cannot be written to {folder} (full or read-only?).</source>
        <translation>The report cannot be written to {folder} (full or read-only?).</translation>
    </message>
    <message>
        <source>The restriction of a signed note cannot be lifted.</source>
        <translation>The restriction of a signed note cannot be lifted.</translation>
    </message>
    <message>
        <source>The site name is required.</source>
        <translation>The site name is required.</translation>
    </message>
    <message>
        <source>The target must be between 1 and 12 months.</source>
        <translation>The target must be between 1 and 12 months.</translation>
    </message>
    <message>
        <source>The text contains control characters.</source>
        <translation>The text contains control characters.</translation>
    </message>
    <message>
        <source>The text is too long (at most {count} characters).</source>
        <translation>The text is too long (at most {count} characters).</translation>
    </message>
    <message>
        <source>The user {name} is already disabled.</source>
        <translation>The user {name} is already disabled.</translation>
    </message>
    <message>
        <source>There is already a location with code {code}.</source>
        <translation>There is already a location with code {code}.</translation>
    </message>
    <message>
        <source>There is already a room called {name}.</source>
        <translation>There is already a room called {name}.</translation>
    </message>
    <message>
        <source>There is already a user called {name}.</source>
        <translation>There is already a user called {name}.</translation>
    </message>
    <message>
        <source>There is already an item with code {code}.</source>
        <translation>There is already an item with code {code}.</translation>
    </message>
    <message>
        <source>There is no active user called {name}.</source>
        <translation>There is no active user called {name}.</translation>
    </message>
    <message>
        <source>There is no lot {lot} of this item.</source>
        <translation>There is no lot {lot} of this item.</translation>
    </message>
    <message>
        <source>There is no such batch.</source>
        <translation>There is no such batch.</translation>
    </message>
    <message>
        <source>There is no such count sheet.</source>
        <translation>There is no such count sheet.</translation>
    </message>
    <message>
        <source>There is no such item in the catalogue.</source>
        <translation>There is no such item in the catalogue.</translation>
    </message>
    <message>
        <source>There is no such ledger entry.</source>
        <translation>There is no such ledger entry.</translation>
    </message>
    <message>
        <source>There is no such location.</source>
        <translation>There is no such location.</translation>
    </message>
    <message>
        <source>There is no such user.</source>
        <translation>There is no such user.</translation>
    </message>
    <message>
        <source>There is no user called {name}.</source>
        <translation>There is no user called {name}.</translation>
    </message>
    <message>
        <source>This PC&apos;s key store does not hold the secret your password needs (was the data folder copied from another PC?). Use the recovery code to set a new password.</source>
        <translation>This PC&apos;s key store does not hold the secret your password needs (was the data folder copied from another PC?). Use the recovery code to set a new password.</translation>
    </message>
    <message>
        <source>This appointment already has its session.</source>
        <translation>This appointment already has its session.</translation>
    </message>
    <message>
        <source>This appointment has not happened yet.</source>
        <translation>This appointment has not happened yet.</translation>
    </message>
    <message>
        <source>This appointment was not found.</source>
        <translation>This appointment was not found.</translation>
    </message>
    <message>
        <source>This bed is already held for someone else.</source>
        <translation>This bed is already held for someone else.</translation>
    </message>
    <message>
        <source>This bed is already out of service.</source>
        <translation>This bed is already out of service.</translation>
    </message>
    <message>
        <source>This bed is already taken for those nights. Choose another bed.</source>
        <translation>This bed is already taken for those nights. Choose another bed.</translation>
    </message>
    <message>
        <source>This bed is in service already.</source>
        <translation>This bed is in service already.</translation>
    </message>
    <message>
        <source>This bed was not found.</source>
        <translation>This bed was not found.</translation>
    </message>
    <message>
        <source>This contact was not found.</source>
        <translation>This contact was not found.</translation>
    </message>
    <message>
        <source>This count sheet was already posted.</source>
        <translation>This count sheet was already posted.</translation>
    </message>
    <message>
        <source>This database holds no central keys, so it cannot open bundles; run keys central-init at the central office.</source>
        <translation>This database holds no central keys, so it cannot open bundles; run keys central-init at the central office.</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Clinic Desk. Install that version (or newer) to open it; nothing was changed.</source>
        <translation>This database was written by a newer version of Clinic Desk. Install that version (or newer) to open it; nothing was changed.</translation>
    </message>
    <message>
        <source>This entry is no longer waiting.</source>
        <translation>This entry is no longer waiting.</translation>
    </message>
    <message>
        <source>This entry was already reversed.</source>
        <translation>This entry was already reversed.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>This field is required.</translation>
    </message>
    <message>
        <source>This group was not found.</source>
        <translation>This group was not found.</translation>
    </message>
    <message>
        <source>This hold has already ended.</source>
        <translation>This hold has already ended.</translation>
    </message>
    <message>
        <source>This hold was not found.</source>
        <translation>This hold was not found.</translation>
    </message>
    <message>
        <source>This household member was not found.</source>
        <translation>This household member was not found.</translation>
    </message>
    <message>
        <source>This household was not found.</source>
        <translation>This household was not found.</translation>
    </message>
    <message>
        <source>This item has movements with decimals; it must stay divisible.</source>
        <translation>This item has movements with decimals; it must stay divisible.</translation>
    </message>
    <message>
        <source>This line was already posted.</source>
        <translation>This line was already posted.</translation>
    </message>
    <message>
        <source>This lot expired on {expiry}. It can only be recorded as an expiry write-off.</source>
        <translation>This lot expired on {expiry}. It can only be recorded as an expiry write-off.</translation>
    </message>
    <message>
        <source>This membership was not found.</source>
        <translation>This membership was not found.</translation>
    </message>
    <message>
        <source>This name is too long (at most {max} characters).</source>
        <translation>This name is too long (at most {max} characters).</translation>
    </message>
    <message>
        <source>This note is restricted: only its author and the counsellors named on it may read it.</source>
        <translation>This note is restricted: only its author and the counsellors named on it may read it.</translation>
    </message>
    <message>
        <source>This note is signed and can no longer change. Add an addendum to correct or complete it.</source>
        <translation>This note is signed and can no longer change. Add an addendum to correct or complete it.</translation>
    </message>
    <message>
        <source>This note is still a draft: correct it directly.</source>
        <translation>This note is still a draft: correct it directly.</translation>
    </message>
    <message>
        <source>This person already belongs to a household.</source>
        <translation>This person already belongs to a household.</translation>
    </message>
    <message>
        <source>This person is listed twice.</source>
        <translation>This person is listed twice.</translation>
    </message>
    <message>
        <source>This person&apos;s record was not found.</source>
        <translation>This person&apos;s record was not found.</translation>
    </message>
    <message>
        <source>This referral was not found.</source>
        <translation>This referral was not found.</translation>
    </message>
    <message>
        <source>This room already has a bed called {label}.</source>
        <translation>This room already has a bed called {label}.</translation>
    </message>
    <message>
        <source>This room is no longer in use.</source>
        <translation>This room is no longer in use.</translation>
    </message>
    <message>
        <source>This room was not found.</source>
        <translation>This room was not found.</translation>
    </message>
    <message>
        <source>This session was not found.</source>
        <translation>This session was not found.</translation>
    </message>
    <message>
        <source>This stay was not found.</source>
        <translation>This stay was not found.</translation>
    </message>
    <message>
        <source>This task is assigned to someone else.</source>
        <translation>This task is assigned to someone else.</translation>
    </message>
    <message>
        <source>This task was not found.</source>
        <translation>This task was not found.</translation>
    </message>
    <message>
        <source>This template was not found.</source>
        <translation>This template was not found.</translation>
    </message>
    <message>
        <source>This text is too long (at most {max} characters).</source>
        <translation>This text is too long (at most {max} characters).</translation>
    </message>
    <message>
        <source>This user was not found or is disabled.</source>
        <translation>This user was not found or is disabled.</translation>
    </message>
    <message>
        <source>This waitlist entry was not found.</source>
        <translation>This waitlist entry was not found.</translation>
    </message>
    <message>
        <source>This year has not started yet.</source>
        <translation>This year has not started yet.</translation>
    </message>
    <message>
        <source>Too many wrong passwords. Wait {wait_seconds} seconds before trying again.</source>
        <translation>Too many wrong passwords. Wait {wait_seconds} seconds before trying again.</translation>
    </message>
    <message>
        <source>Unknown field {name}.</source>
        <translation>Unknown field {name}.</translation>
    </message>
    <message>
        <source>Unknown role. Roles are: {roles}.</source>
        <translation>Unknown role. Roles are: {roles}.</translation>
    </message>
    <message>
        <source>Unknown setting {key}.</source>
        <translation>Unknown setting {key}.</translation>
    </message>
    <message>
        <source>Unknown sharing purpose.</source>
        <translation>Unknown sharing purpose.</translation>
    </message>
    <message>
        <source>Write the addendum.</source>
        <translation>Write the addendum.</translation>
    </message>
    <message>
        <source>Write the note before signing it.</source>
        <translation>Write the note before signing it.</translation>
    </message>
    <message>
        <source>Write the quantity without thousands separators (for example 1000); use a point or a comma only for decimals.</source>
        <translation>Write the quantity without thousands separators (for example 1000); use a point or a comma only for decimals.</translation>
    </message>
    <message>
        <source>Write the safety plan or add checklist items.</source>
        <translation>Write the safety plan or add checklist items.</translation>
    </message>
    <message>
        <source>Write the template&apos;s text.</source>
        <translation>Write the template&apos;s text.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <source>You are not assigned to {location}. Ask an administrator.</source>
        <translation>You are not assigned to {location}. Ask an administrator.</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>You cannot disable your own account.</translation>
    </message>
    <message>
        <source>You cannot remove your own administrator role.</source>
        <translation>You cannot remove your own administrator role.</translation>
    </message>
    <message>
        <source>Your role does not allow this action. Ask an administrator.</source>
        <translation>Your role does not allow this action. Ask an administrator.</translation>
    </message>
    <message>
        <source>{item} is no longer in the catalogue.</source>
        <translation>{item} is no longer in the catalogue.</translation>
    </message>
    <message>
        <source>{location} is closed: no stock moves there.</source>
        <translation>{location} is closed: no stock moves there.</translation>
    </message>
    <message>
        <source>{location} still holds stock. Send it to another location or write it off before closing it.</source>
        <translation>{location} still holds stock. Send it to another location or write it off before closing it.</translation>
    </message>
    <message>
        <source>{name} already has a bed for those nights.</source>
        <translation>{name} already has a bed for those nights.</translation>
    </message>
    <message>
        <source>{name} is already on the waitlist.</source>
        <translation>{name} is already on the waitlist.</translation>
    </message>
    <message>
        <source>{name} is already staying in the shelter. Transfer or discharge her first.</source>
        <translation>{name} is already staying in the shelter. Transfer or discharge her first.</translation>
    </message>
    <message>
        <source>{name} is listed twice.</source>
        <translation>{name} is listed twice.</translation>
    </message>
    <message>
        <source>{name} is no longer staying in the shelter.</source>
        <translation>{name} is no longer staying in the shelter.</translation>
    </message>
    <message>
        <source>{name} is not in {head}&apos;s household.</source>
        <translation>{name} is not in {head}&apos;s household.</translation>
    </message>
    <message>
        <source>{table} is append-only: entries never change.</source>
        <translation>{table} is append-only: entries never change.</translation>
    </message>
    <message>
        <source>Something went wrong and nothing was changed.</source>
        <translation>Something went wrong and nothing was changed.</translation>
    </message>
    <message>
        <source>The data folder {folder} is incomplete.</source>
        <translation>The data folder {folder} is incomplete.</translation>
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
