<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
    <message>
        <source>The encryption check (SQLCipher) found {count} damaged page(s). Make no more changes and restore the last backup.</source>
        <translation>The encryption check (SQLCipher) found {count} damaged page(s). Make no more changes and restore the last backup.</translation>
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
        <source>reverses an earlier entry</source>
        <translation>reverses an earlier entry</translation>
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
        <source>Clinic Desk locks itself after a few minutes without use. If someone who should not see the screen comes in, press F12: every window is covered at once.</source>
        <translation>Clinic Desk locks itself after a few minutes without use. If someone who should not see the screen comes in, press F12: every window is covered at once.</translation>
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
        <source>C&amp;atalogue</source>
        <translation>C&amp;atalogue</translation>
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
        <source>About Clinic Desk</source>
        <translation>About Clinic Desk</translation>
    </message>
    <message>
        <source>&lt;b&gt;Clinic Desk&lt;/b&gt; {version}&lt;br&gt;&lt;br&gt;Confidential records for shelters, psychosocial care and community medicine kits. Works without internet; the data stays encrypted on this computer.</source>
        <translation>&lt;b&gt;Clinic Desk&lt;/b&gt; {version}&lt;br&gt;&lt;br&gt;Confidential records for shelters, psychosocial care and community medicine kits. Works without internet; the data stays encrypted on this computer.</translation>
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
        <source>Save roles</source>
        <translation>Save roles</translation>
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
        <source>No backup has been made yet. Encrypted backups to a USB stick will be available in this section in a coming version; until then, keep the recovery sheet in a safe place.</source>
        <translation>No backup has been made yet. Encrypted backups to a USB stick will be available in this section in a coming version; until then, keep the recovery sheet in a safe place.</translation>
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
    <name>_Dialog</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
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
        <source>A site code has 2 to 16 characters: letters A-Z without accents, digits or dashes, no spaces (for example HUAYCAN-01).</source>
        <translation>A site code has 2 to 16 characters: letters A-Z without accents, digits or dashes, no spaces (for example HUAYCAN-01).</translation>
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
        <source>Choose a document type: DNI, carné de extranjería or none.</source>
        <translation>Choose a document type: DNI, carné de extranjería or none.</translation>
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
        <source>Choose how this person is related to her.</source>
        <translation>Choose how this person is related to her.</translation>
    </message>
    <message>
        <source>Choose institutions from the list.</source>
        <translation>Choose institutions from the list.</translation>
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
        <source>Choose the institution from the list.</source>
        <translation>Choose the institution from the list.</translation>
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
        <source>Choose the referral status from the list.</source>
        <translation>Choose the referral status from the list.</translation>
    </message>
    <message>
        <source>Choose the risk level: leve, moderado or severo.</source>
        <translation>Choose the risk level: leve, moderado or severo.</translation>
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
        <source>Choose whether she gives or withdraws consent.</source>
        <translation>Choose whether she gives or withdraws consent.</translation>
    </message>
    <message>
        <source>Choose whether the referral is incoming or outgoing.</source>
        <translation>Choose whether the referral is incoming or outgoing.</translation>
    </message>
    <message>
        <source>Clinic Desk is already open on this data folder (in another window or command). Close it first.</source>
        <translation>Clinic Desk is already open on this data folder (in another window or command). Close it first.</translation>
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
        <source>Enter the first surname.</source>
        <translation>Enter the first surname.</translation>
    </message>
    <message>
        <source>Enter the given names.</source>
        <translation>Enter the given names.</translation>
    </message>
    <message>
        <source>Enter the name of the screening instrument.</source>
        <translation>Enter the name of the screening instrument.</translation>
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
        <source>Give a reason for the difference in lot {lot}.</source>
        <translation>Give a reason for the difference in lot {lot}.</translation>
    </message>
    <message>
        <source>Give either the date of birth or an approximate age, not both.</source>
        <translation>Give either the date of birth or an approximate age, not both.</translation>
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
        <source>Say why these two records are the same person.</source>
        <translation>Say why these two records are the same person.</translation>
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
        <source>The backup reminder must be between 1 and 90 days.</source>
        <translation>The backup reminder must be between 1 and 90 days.</translation>
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
        <source>The expiry date is required.</source>
        <translation>The expiry date is required.</translation>
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
        <source>This contact was not found.</source>
        <translation>This contact was not found.</translation>
    </message>
    <message>
        <source>This count sheet was already posted.</source>
        <translation>This count sheet was already posted.</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Clinic Desk. Install that version (or newer) to open it; nothing was changed.</source>
        <translation>This database was written by a newer version of Clinic Desk. Install that version (or newer) to open it; nothing was changed.</translation>
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
        <source>This name is too long (at most {max} characters).</source>
        <translation>This name is too long (at most {max} characters).</translation>
    </message>
    <message>
        <source>This person already belongs to a household.</source>
        <translation>This person already belongs to a household.</translation>
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
        <source>This text is too long (at most {max} characters).</source>
        <translation>This text is too long (at most {max} characters).</translation>
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
        <source>Write the safety plan or add checklist items.</source>
        <translation>Write the safety plan or add checklist items.</translation>
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
        <source>{table} is append-only: entries never change.</source>
        <translation>{table} is append-only: entries never change.</translation>
    </message>
    <message>
        <source>Something went wrong and nothing was changed.</source>
        <translation>Something went wrong and nothing was changed.</translation>
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
