<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../netzjournal/ui/actions.py" line="29"/>
        <source>&amp;Quick note…</source>
        <translation>&amp;Schnellnotiz …</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/actions.py" line="30"/>
        <source>New &amp;contact…</source>
        <translation>Neuer &amp;Kontakt …</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/actions.py" line="31"/>
        <source>&amp;Backups…</source>
        <translation>&amp;Sicherungen …</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/actions.py" line="32"/>
        <source>&amp;Import contacts…</source>
        <translation>Kontakte &amp;importieren …</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/actions.py" line="33"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren …</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/actions.py" line="34"/>
        <source>Show everything stored about this person</source>
        <translation>Alles anzeigen, was über diese Person gespeichert ist</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/actions.py" line="35"/>
        <source>Delete this person everywhere…</source>
        <translation>Diese Person überall löschen …</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/actions.py" line="36"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/actions.py" line="37"/>
        <source>Explore a &amp;demo journal</source>
        <translation>&amp;Demo-Journal ansehen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/actions.py" line="38"/>
        <source>Open the data &amp;folder</source>
        <translation>Daten&amp;ordner öffnen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/actions.py" line="39"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/actions.py" line="41"/>
        <source>&amp;Search everything</source>
        <translation>&amp;Alles durchsuchen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/actions.py" line="42"/>
        <source>&amp;Edit contact…</source>
        <translation>Kontakt &amp;bearbeiten …</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/actions.py" line="43"/>
        <source>&amp;Archive or restore contact</source>
        <translation>Kontakt &amp;archivieren oder zurückholen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/actions.py" line="44"/>
        <source>&amp;Delete contact…</source>
        <translation>Kontakt &amp;löschen …</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/actions.py" line="45"/>
        <source>&amp;Merge two contacts…</source>
        <translation>Zwei Kontakte &amp;zusammenführen …</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/actions.py" line="46"/>
        <source>Save &amp;note</source>
        <translation>Notiz &amp;speichern</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/actions.py" line="47"/>
        <source>Delete n&amp;ote…</source>
        <translation>N&amp;otiz löschen …</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/actions.py" line="49"/>
        <source>&amp;Contacts</source>
        <translation>&amp;Kontakte</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/actions.py" line="50"/>
        <source>Meeting &amp;notes</source>
        <translation>Gesprächs&amp;notizen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/actions.py" line="51"/>
        <source>&amp;Timeline</source>
        <translation>&amp;Zeitleiste</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/actions.py" line="52"/>
        <source>&amp;Yearly review</source>
        <translation>&amp;Jahresrückblick</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/actions.py" line="53"/>
        <source>&amp;Events</source>
        <translation>&amp;Veranstaltungen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/actions.py" line="54"/>
        <source>Reconnect &amp;coach</source>
        <translation>Kontakt-&amp;Coach</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/actions.py" line="57"/>
        <source>&amp;About netzjournal</source>
        <translation>Ü&amp;ber netzjournal</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/actions.py" line="58"/>
        <source>Where my &amp;data lives…</source>
        <translation>Wo meine &amp;Daten liegen …</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../netzjournal/app.py" line="56"/>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgelaufen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/app.py" line="58"/>
        <source>netzjournal ran into an unexpected problem. Everything you saved is safe in your journal. Details are in the log: %1</source>
        <translation>netzjournal ist auf ein unerwartetes Problem gestoßen. Alles, was Sie gespeichert haben, ist sicher in Ihrem Journal. Einzelheiten stehen im Protokoll: %1</translation>
    </message>
    <message>
        <location filename="../../netzjournal/app.py" line="66"/>
        <source>Copy details</source>
        <translation>Details kopieren</translation>
    </message>
    <message>
        <location filename="../../netzjournal/app.py" line="94"/>
        <location filename="../../netzjournal/app.py" line="138"/>
        <source>The backup cannot be read either</source>
        <translation>Auch die Sicherung ist nicht lesbar</translation>
    </message>
    <message>
        <location filename="../../netzjournal/app.py" line="109"/>
        <source>The journal cannot be opened</source>
        <translation>Das Journal kann nicht geöffnet werden</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../netzjournal/ui/backups_dialog.py" line="39"/>
        <source>daily</source>
        <translation>täglich</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/backups_dialog.py" line="40"/>
        <source>made by hand</source>
        <translation>von Hand</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/backups_dialog.py" line="41"/>
        <source>before an upgrade</source>
        <translation>vor einem Update</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/backups_dialog.py" line="42"/>
        <source>before a restore</source>
        <translation>vor einer Wiederherstellung</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/backups_dialog.py" line="43"/>
        <source>before deleting</source>
        <translation>vor dem Löschen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/backups_dialog.py" line="44"/>
        <source>before an import</source>
        <translation>vor einem Import</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/backups_dialog.py" line="97"/>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/backups_dialog.py" line="114"/>
        <source>netzjournal backs up your journal every day and before every bigger change. Restoring first backs up the current state, so a restore can be undone.</source>
        <translation>netzjournal sichert Ihr Journal jeden Tag und vor jeder größeren Änderung. Vor dem Wiederherstellen wird der aktuelle Stand gesichert – so lässt sich auch das rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/backups_dialog.py" line="119"/>
        <source>Back up now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/backups_dialog.py" line="122"/>
        <source>Restore…</source>
        <translation>Wiederherstellen …</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/backups_dialog.py" line="125"/>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/backups_dialog.py" line="129"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/backups_dialog.py" line="150"/>
        <source>Backup failed</source>
        <translation>Sicherung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/backups_dialog.py" line="157"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/backups_dialog.py" line="157"/>
        <source>Select a backup first.</source>
        <translation>Bitte zuerst eine Sicherung auswählen.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/backups_dialog.py" line="162"/>
        <source>Restore backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/backups_dialog.py" line="164"/>
        <source>Replace the journal with the backup from %1? The current state is backed up first.</source>
        <translation>Das Journal durch die Sicherung vom %1 ersetzen? Der aktuelle Stand wird vorher gesichert.</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <location filename="../../netzjournal/ui/backups_dialog.py" line="72"/>
        <source>Made</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/backups_dialog.py" line="72"/>
        <source>Why</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/backups_dialog.py" line="72"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
</context>
<context>
    <name>CoachPane</name>
    <message>
        <location filename="../../netzjournal/ui/coach/pane.py" line="54"/>
        <source>Reconnect coach</source>
        <translation>Kontakt-Coach</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/pane.py" line="64"/>
        <source>Loading suggestions…</source>
        <translation>Vorschläge werden geladen …</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/pane.py" line="69"/>
        <source>Show more</source>
        <translation>Mehr zeigen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/pane.py" line="180"/>
        <source>Whom you could get back in touch with:</source>
        <translation>Bei wem Sie sich melden könnten:</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/pane.py" line="183"/>
        <source>Nobody is due right now. Enjoy the quiet – the coach will speak up.</source>
        <translation>Gerade ist niemand fällig. Genießen Sie die Ruhe – der Coach meldet sich.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/pane.py" line="199"/>
        <source>Holding off (no answer to several messages): %1</source>
        <translation>Zurückgehalten (mehrere Nachrichten ohne Antwort): %1</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/pane.py" line="228"/>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/pane.py" line="238"/>
        <source>Not this person</source>
        <translation>Diese Person nicht</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/pane.py" line="240"/>
        <source>The coach will not suggest %1 again. You can change this in the contact&apos;s &quot;keep in touch&quot; setting.</source>
        <translation>Der Coach schlägt %1 nicht mehr vor. Das lässt sich beim Kontakt unter „In Kontakt bleiben“ wieder ändern.</translation>
    </message>
</context>
<context>
    <name>ContactDetail</name>
    <message>
        <location filename="../../netzjournal/ui/contacts/detail.py" line="45"/>
        <source>Contact details</source>
        <translation>Kontaktdetails</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/detail.py" line="54"/>
        <source>Select a contact to see everything about them.</source>
        <translation>Wählen Sie einen Kontakt, um alles über ihn zu sehen.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/detail.py" line="74"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/detail.py" line="74"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/detail.py" line="74"/>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/detail.py" line="90"/>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/detail.py" line="96"/>
        <source>How we met</source>
        <translation>Kennengelernt über</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/detail.py" line="100"/>
        <source>Where we met</source>
        <translation>Kennengelernt bei</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/detail.py" line="105"/>
        <source>Introduced by</source>
        <translation>Vorgestellt von</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/detail.py" line="107"/>
        <source>Sie</source>
        <translation>Sie</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/detail.py" line="107"/>
        <source>du</source>
        <translation>du</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/detail.py" line="108"/>
        <source>Address form</source>
        <translation>Anrede</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/detail.py" line="109"/>
        <source>Closeness</source>
        <translation>Nähe</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/detail.py" line="111"/>
        <source>never remind me</source>
        <translation>nie erinnern</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/detail.py" line="113"/>
        <source>every day</source>
        <translation>jeden Tag</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/detail.py" line="115"/>
        <source>every %1 days</source>
        <translation>alle %1 Tage</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/detail.py" line="117"/>
        <source>by closeness</source>
        <translation>nach Nähe</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/detail.py" line="118"/>
        <source>Keep in touch</source>
        <translation>In Kontakt bleiben</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/detail.py" line="120"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/detail.py" line="122"/>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/detail.py" line="131"/>
        <source>Hooks for next time</source>
        <translation>Anknüpfungspunkte fürs nächste Mal</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/detail.py" line="141"/>
        <source>Open follow-ups</source>
        <translation>Offene Schritte</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/detail.py" line="144"/>
        <source>Give &amp; take</source>
        <translation>Geben und Nehmen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/detail.py" line="148"/>
        <source>Given: %1 · received: %2</source>
        <translation>Gegeben: %1 · bekommen: %2</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/detail.py" line="160"/>
        <location filename="../../netzjournal/ui/contacts/detail.py" line="161"/>
        <source>was there</source>
        <translation>war da</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/detail.py" line="160"/>
        <source>said they&apos;d come</source>
        <translation>hat zugesagt</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/detail.py" line="171"/>
        <source>Events (%1)</source>
        <translation>Veranstaltungen (%1)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/detail.py" line="174"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/detail.py" line="177"/>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/detail.py" line="178"/>
        <source>History (%1)</source>
        <translation>Verlauf (%1)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/detail.py" line="181"/>
        <source>No meetings noted yet.</source>
        <translation>Noch keine Treffen notiert.</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <location filename="../../netzjournal/ui/contacts/editor.py" line="41"/>
        <source>Edit contact</source>
        <translation>Kontakt bearbeiten</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/editor.py" line="41"/>
        <source>New contact</source>
        <translation>Neuer Kontakt</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/editor.py" line="56"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/editor.py" line="57"/>
        <source>Ways to reach</source>
        <translation>Erreichbarkeit</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/editor.py" line="58"/>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/editor.py" line="62"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/editor.py" line="62"/>
        <source>Ms</source>
        <translation>Frau</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/editor.py" line="62"/>
        <source>Mr</source>
        <translation>Herr</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/editor.py" line="65"/>
        <source>e.g. Dr.</source>
        <translation>z. B. Dr.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/editor.py" line="69"/>
        <source>optional, e.g. a nickname</source>
        <translation>optional, z. B. ein Spitzname</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/editor.py" line="78"/>
        <source>DD.MM. or DD.MM.YYYY</source>
        <translation>TT.MM. oder TT.MM.JJJJ</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/editor.py" line="81"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/editor.py" line="84"/>
        <source>Salutation</source>
        <translation>Anrede</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/editor.py" line="85"/>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/editor.py" line="86"/>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/editor.py" line="87"/>
        <source>Shown as</source>
        <translation>Angezeigt als</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/editor.py" line="88"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/editor.py" line="89"/>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/editor.py" line="90"/>
        <source>Role</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/editor.py" line="91"/>
        <source>Hierarchy level</source>
        <translation>Hierarchieebene</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/editor.py" line="92"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/editor.py" line="93"/>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/editor.py" line="103"/>
        <source>one per line; optionally &quot;label: value&quot;</source>
        <translation>eins pro Zeile; optional „Bezeichnung: Wert“</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/editor.py" line="106"/>
        <source>E-mail addresses</source>
        <translation>E-Mail-Adressen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/editor.py" line="107"/>
        <source>Phone numbers</source>
        <translation>Telefonnummern</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/editor.py" line="108"/>
        <source>Profiles and web</source>
        <translation>Profile und Web</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/editor.py" line="115"/>
        <source>e.g. Barcamp Köln 2024</source>
        <translation>z. B. Barcamp Köln 2024</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/editor.py" line="117"/>
        <source>DD.MM.YYYY</source>
        <translation>TT.MM.JJJJ</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/editor.py" line="129"/>
        <source>Sie (formal)</source>
        <translation>Sie (förmlich)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/editor.py" line="130"/>
        <source>du (informal)</source>
        <translation>du (vertraut)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/editor.py" line="132"/>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/editor.py" line="133"/>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/editor.py" line="137"/>
        <source>1 = acquaintance, 5 = very close</source>
        <translation>1 = flüchtig bekannt, 5 = sehr nah</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/editor.py" line="140"/>
        <source>as closeness suggests</source>
        <translation>wie die Nähe es nahelegt</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/editor.py" line="141"/>
        <source>every … days</source>
        <translation>alle … Tage</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/editor.py" line="142"/>
        <source>never remind me</source>
        <translation>nie erinnern</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/editor.py" line="152"/>
        <source>comma-separated, e.g. Medien, Stammtisch</source>
        <translation>durch Kommas getrennt, z. B. Medien, Stammtisch</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/editor.py" line="157"/>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/editor.py" line="159"/>
        <source>How we met</source>
        <translation>Kennengelernt über</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/editor.py" line="160"/>
        <source>Where exactly</source>
        <translation>Wo genau</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/editor.py" line="161"/>
        <source>Met on</source>
        <translation>Kennengelernt am</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/editor.py" line="162"/>
        <source>Introduced by</source>
        <translation>Vorgestellt von</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/editor.py" line="163"/>
        <source>Address form</source>
        <translation>Anrede</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/editor.py" line="164"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/editor.py" line="165"/>
        <source>Closeness</source>
        <translation>Nähe</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/editor.py" line="166"/>
        <source>Keep in touch</source>
        <translation>In Kontakt bleiben</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/editor.py" line="167"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/editor.py" line="168"/>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/editor.py" line="169"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/editor.py" line="248"/>
        <source>Please enter a name or an organisation.</source>
        <translation>Bitte einen Namen oder eine Organisation eingeben.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/editor.py" line="254"/>
        <source>The birthday is not a date: use DD.MM. or DD.MM.YYYY.</source>
        <translation>Der Geburtstag ist kein Datum: bitte TT.MM. oder TT.MM.JJJJ.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/editor.py" line="259"/>
        <source>This is not an e-mail address: %1</source>
        <translation>Das ist keine E-Mail-Adresse: %1</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/editor.py" line="260"/>
        <source>This is not a phone number: %1</source>
        <translation>Das ist keine Telefonnummer: %1</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/editor.py" line="261"/>
        <source>This is not a web address: %1</source>
        <translation>Das ist keine Webadresse: %1</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/editor.py" line="274"/>
        <source>&quot;Met on&quot; is not a date: use DD.MM.YYYY.</source>
        <translation>„Kennengelernt am“ ist kein Datum: bitte TT.MM.JJJJ.</translation>
    </message>
</context>
<context>
    <name>ContactsPane</name>
    <message>
        <location filename="../../netzjournal/ui/contacts/pane.py" line="79"/>
        <source>Filter by name, company, tag or note text…</source>
        <translation>Filtern: Name, Firma, Schlagwort, Notiz …</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/pane.py" line="80"/>
        <source>Filter contacts</source>
        <translation>Kontakte filtern</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/pane.py" line="83"/>
        <source>Filter by tag</source>
        <translation>Nach Schlagwort filtern</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/pane.py" line="85"/>
        <source>Show archived</source>
        <translation>Archivierte zeigen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/pane.py" line="107"/>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/pane.py" line="247"/>
        <source>All tags</source>
        <translation>Alle Schlagwörter</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/pane.py" line="343"/>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/pane.py" line="394"/>
        <source>Delete contacts</source>
        <translation>Kontakte löschen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/pane.py" line="396"/>
        <source>Delete %1? Their meeting notes stay in the journal without them. You can undo this with Ctrl+Z.</source>
        <translation>%1 löschen? Die Gesprächsnotizen bleiben im Journal, nur ohne diese Person. Mit Strg+Z können Sie das rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/pane.py" line="418"/>
        <source>Everything stored about this person</source>
        <translation>Alles, was über diese Person gespeichert ist</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/pane.py" line="436"/>
        <source>Delete this person everywhere</source>
        <translation>Diese Person überall löschen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/pane.py" line="438"/>
        <source>Delete %1 with everything that refers to them: participations in notes, follow-ups and search entries? A backup is taken first; this is not undoable from the Edit menu.</source>
        <translation>%1 mit allem löschen, was auf die Person verweist: Teilnahmen an Notizen, nächste Schritte und Sucheinträge? Vorher wird eine Sicherung angelegt; über das Menü Bearbeiten lässt sich das nicht rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/pane.py" line="449"/>
        <source>Not deleted</source>
        <translation>Nicht gelöscht</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/pane.py" line="460"/>
        <location filename="../../netzjournal/ui/contacts/pane.py" line="467"/>
        <source>Merge contacts</source>
        <translation>Kontakte zusammenführen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/pane.py" line="461"/>
        <source>Select exactly two contacts (Ctrl+click) to merge them.</source>
        <translation>Wählen Sie genau zwei Kontakte aus (Strg+Klick), um sie zusammenzuführen.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/pane.py" line="468"/>
        <source>Keep which contact? Every note and detail of the other joins it.</source>
        <translation>Welchen Kontakt behalten? Alle Notizen und Angaben des anderen werden übernommen.</translation>
    </message>
</context>
<context>
    <name>ContactsTableModel</name>
    <message>
        <location filename="../../netzjournal/ui/contacts/model.py" line="47"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/model.py" line="48"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/model.py" line="49"/>
        <source>Role</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/model.py" line="50"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/model.py" line="51"/>
        <source>Last contact</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/model.py" line="52"/>
        <source>Closeness</source>
        <translation>Nähe</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/model.py" line="53"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/model.py" line="206"/>
        <source>Closeness %1 of 5</source>
        <translation>Nähe %1 von 5</translation>
    </message>
</context>
<context>
    <name>DebriefDialog</name>
    <message>
        <location filename="../../netzjournal/ui/events_tab/debrief.py" line="103"/>
        <source>Debrief: %1, %2</source>
        <translation>Nachbereitung: %1, %2</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/debrief.py" line="111"/>
        <source>Whom did you meet? Pick each person (or type a new name and press Enter), then a line about each. Ctrl+Enter saves.</source>
        <translation>Wen haben Sie getroffen? Wählen Sie jede Person aus (oder tippen Sie einen neuen Namen und drücken Sie Enter), dann eine Zeile zu jeder. Strg+Enter speichert.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/debrief.py" line="125"/>
        <source>I was there</source>
        <translation>Ich war da</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/debrief.py" line="153"/>
        <source>New contact</source>
        <translation>Neuer Kontakt</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/debrief.py" line="154"/>
        <source>Nobody in the journal is called “%1”. Create a new contact?</source>
        <translation>Im Journal heißt niemand „%1“. Einen neuen Kontakt anlegen?</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/debrief.py" line="163"/>
        <source>%1 (new)</source>
        <translation>%1 (neu)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/debrief.py" line="186"/>
        <source>Debrief</source>
        <translation>Nachbereitung</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/debrief.py" line="186"/>
        <source>Pick at least one person.</source>
        <translation>Wählen Sie mindestens eine Person aus.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/debrief.py" line="217"/>
        <source>Unsaved debrief</source>
        <translation>Nachbereitung nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/debrief.py" line="218"/>
        <source>Save this debrief before closing?</source>
        <translation>Diese Nachbereitung vor dem Schließen speichern?</translation>
    </message>
</context>
<context>
    <name>EventEditor</name>
    <message>
        <location filename="../../netzjournal/ui/events_tab/editor.py" line="60"/>
        <source>Edit event</source>
        <translation>Veranstaltung bearbeiten</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/editor.py" line="60"/>
        <source>New event</source>
        <translation>Neue Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/editor.py" line="64"/>
        <source>e.g. Stammtisch Süd, Barcamp Ruhr, DMEXCO</source>
        <translation>z. B. Stammtisch Süd, Barcamp Ruhr, DMEXCO</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/editor.py" line="68"/>
        <source>Several days, until</source>
        <translation>Mehrere Tage, bis</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/editor.py" line="73"/>
        <source>At a time</source>
        <translation>Mit Uhrzeit</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/editor.py" line="87"/>
        <source>Tags, separated by commas</source>
        <translation>Tags, durch Kommas getrennt</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/editor.py" line="94"/>
        <source>Notes (Markdown)</source>
        <translation>Notizen (Markdown)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/editor.py" line="107"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/editor.py" line="108"/>
        <source>&amp;Day</source>
        <translation>&amp;Tag</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/editor.py" line="109"/>
        <source>Ti&amp;me</source>
        <translation>&amp;Uhrzeit</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/editor.py" line="113"/>
        <source>&amp;Repeats</source>
        <translation>&amp;Wiederholung</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/editor.py" line="114"/>
        <source>&amp;Place</source>
        <translation>&amp;Ort</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/editor.py" line="115"/>
        <source>&amp;Link</source>
        <translation>&amp;Link</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/editor.py" line="116"/>
        <source>&amp;Tags</source>
        <translation>T&amp;ags</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/editor.py" line="117"/>
        <source>N&amp;otes</source>
        <translation>N&amp;otizen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/editor.py" line="198"/>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/editor.py" line="207"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/editor.py" line="208"/>
        <source>Save the changes to this event?</source>
        <translation>Die Änderungen an dieser Veranstaltung speichern?</translation>
    </message>
</context>
<context>
    <name>EventPage</name>
    <message>
        <location filename="../../netzjournal/ui/events_tab/page.py" line="105"/>
        <source>&amp;Debrief…</source>
        <translation>&amp;Nachbereiten …</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/page.py" line="107"/>
        <source>Whom did you meet? One line each, in one go.</source>
        <translation>Wen haben Sie getroffen? Eine Zeile je Person, alles auf einmal.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/page.py" line="109"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/page.py" line="112"/>
        <source>This evening &amp;differently…</source>
        <translation>Nur dieser &amp;Termin …</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/page.py" line="114"/>
        <source>Move this occurrence, another place, or cancelled</source>
        <translation>Diesen Termin verschieben, anderer Ort oder abgesagt</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/page.py" line="116"/>
        <source>&amp;Me:</source>
        <translation>&amp;Ich:</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/page.py" line="128"/>
        <location filename="../../netzjournal/ui/events_tab/page.py" line="288"/>
        <source>Who was there</source>
        <translation>Wer war da</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/page.py" line="141"/>
        <source>A line, e.g. “kurz gesprochen” (optional)</source>
        <translation>Eine Zeile, z. B. „kurz gesprochen“ (optional)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/page.py" line="142"/>
        <source>Remove…</source>
        <translation>Entfernen …</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/page.py" line="145"/>
        <source>Met here first</source>
        <translation>Hier kennengelernt</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/page.py" line="148"/>
        <source>Record this event as where you met the chosen person</source>
        <translation>Diese Veranstaltung als Ort des Kennenlernens der gewählten Person festhalten</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/page.py" line="164"/>
        <source>Evenings of this series</source>
        <translation>Termine dieser Reihe</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/page.py" line="182"/>
        <source>&lt;b&gt;Who was there&lt;/b&gt;</source>
        <translation>&lt;b&gt;Wer war da&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/page.py" line="200"/>
        <source>No event chosen</source>
        <translation>Keine Veranstaltung gewählt</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/page.py" line="202"/>
        <source>Choose an event on the left, or create one.</source>
        <translation>Wählen Sie links eine Veranstaltung aus oder legen Sie eine an.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/page.py" line="216"/>
        <source>%1 (cancelled)</source>
        <translation>%1 (abgesagt)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/page.py" line="220"/>
        <source>moved from %1</source>
        <translation>verschoben vom %1</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/page.py" line="230"/>
        <source>Tags: %1</source>
        <translation>Tags: %1</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/page.py" line="245"/>
        <source>Every evening of this series</source>
        <translation>Alle Termine dieser Reihe</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/page.py" line="265"/>
        <location filename="../../netzjournal/ui/events_tab/page.py" line="281"/>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/page.py" line="289"/>
        <source>Nobody in the journal is called “%1”. Use the debrief to add new people.</source>
        <translation>Im Journal heißt niemand „%1“. Neue Personen legen Sie in der Nachbereitung an.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/page.py" line="299"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/page.py" line="300"/>
        <source>Remove %1 from this event?</source>
        <translation>%1 von dieser Veranstaltung entfernen?</translation>
    </message>
</context>
<context>
    <name>EventWords</name>
    <message>
        <location filename="../../netzjournal/ui/events_tab/words.py" line="23"/>
        <source>first</source>
        <translation>ersten</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/words.py" line="24"/>
        <source>second</source>
        <translation>zweiten</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/words.py" line="25"/>
        <source>third</source>
        <translation>dritten</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/words.py" line="26"/>
        <source>fourth</source>
        <translation>vierten</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/words.py" line="27"/>
        <source>last</source>
        <translation>letzten</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/words.py" line="34"/>
        <source>d MMMM</source>
        <translation>d. MMMM</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/words.py" line="41"/>
        <location filename="../../netzjournal/ui/events_tab/words.py" line="50"/>
        <source>Does not repeat</source>
        <translation>Einmalig</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/words.py" line="53"/>
        <source>Every %2 weeks on %1</source>
        <translation>Alle %2 Wochen am %1</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/words.py" line="58"/>
        <source>Every week on %1</source>
        <translation>Jede Woche am %1</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/words.py" line="60"/>
        <source>Every two weeks on %1</source>
        <translation>Alle zwei Wochen am %1</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/words.py" line="63"/>
        <source>Every %1 %2 of the month</source>
        <translation>Jeden %1 %2 im Monat</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/words.py" line="69"/>
        <source>Every %2 months on day %1</source>
        <translation>Alle %2 Monate am %1.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/words.py" line="74"/>
        <source>Monthly on day %1</source>
        <translation>Monatlich am %1.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/words.py" line="78"/>
        <source>Every year on %1</source>
        <translation>Jedes Jahr am %1</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/words.py" line="83"/>
        <source>Every year on the %1 %2 in %3</source>
        <translation>Jedes Jahr am %1 %2 im %3</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/words.py" line="89"/>
        <source>Repeats (rule: %1)</source>
        <translation>Wiederholt sich (Regel: %1)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/words.py" line="91"/>
        <source>(until %1)</source>
        <translation>(bis %1)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/words.py" line="95"/>
        <source>(%1 times)</source>
        <translation>(%1-mal)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/words.py" line="125"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/words.py" line="126"/>
        <source>I&apos;m going</source>
        <translation>Ich gehe hin</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/words.py" line="127"/>
        <source>I was there</source>
        <translation>Ich war da</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/words.py" line="128"/>
        <source>I missed it</source>
        <translation>Ich habe es verpasst</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/words.py" line="134"/>
        <source>was there</source>
        <translation>war da</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/words.py" line="135"/>
        <source>said they&apos;d come</source>
        <translation>hat zugesagt</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/words.py" line="136"/>
        <source>in a note</source>
        <translation>in einer Notiz</translation>
    </message>
</context>
<context>
    <name>EventsModel</name>
    <message>
        <location filename="../../netzjournal/ui/events_tab/model.py" line="65"/>
        <source>Upcoming</source>
        <translation>Demnächst</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/model.py" line="67"/>
        <source>Past</source>
        <translation>Vergangen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/model.py" line="70"/>
        <source>No events yet</source>
        <translation>Noch keine Veranstaltungen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/model.py" line="71"/>
        <source>No event matches</source>
        <translation>Keine passende Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/model.py" line="150"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/model.py" line="150"/>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/model.py" line="150"/>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/model.py" line="150"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/model.py" line="174"/>
        <source>%1 (cancelled)</source>
        <translation>%1 (abgesagt)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/model.py" line="176"/>
        <source>%1 (moved)</source>
        <translation>%1 (verschoben)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/model.py" line="183"/>
        <source>met: %1</source>
        <translation>getroffen: %1</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/model.py" line="185"/>
        <source>coming: %1</source>
        <translation>zugesagt: %1</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/model.py" line="194"/>
        <source>Part of a series</source>
        <translation>Teil einer Reihe</translation>
    </message>
</context>
<context>
    <name>EventsPane</name>
    <message>
        <location filename="../../netzjournal/ui/events_tab/pane.py" line="52"/>
        <source>Search events, places, who was there</source>
        <translation>Veranstaltungen, Orte, wer da war suchen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/pane.py" line="54"/>
        <source>Search events</source>
        <translation>Veranstaltungen suchen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/pane.py" line="55"/>
        <source>&amp;New event…</source>
        <translation>&amp;Neue Veranstaltung …</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/pane.py" line="58"/>
        <source>Import .ics…</source>
        <translation>.ics importieren …</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/pane.py" line="61"/>
        <source>Delete…</source>
        <translation>Löschen …</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/pane.py" line="67"/>
        <source>Events</source>
        <translation>Veranstaltungen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/pane.py" line="250"/>
        <source>Delete the series “%1” with all its evenings and who was there? Notes about them stay. This cannot be undone.</source>
        <translation>Die Reihe „%1“ mit allen Terminen und wer da war löschen? Notizen dazu bleiben erhalten. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/pane.py" line="253"/>
        <source>Delete the event “%1” and who was there? Notes about it stay. This cannot be undone.</source>
        <translation>Die Veranstaltung „%1“ und wer da war löschen? Notizen dazu bleiben erhalten. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/pane.py" line="257"/>
        <source>Delete event</source>
        <translation>Veranstaltung löschen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/pane.py" line="266"/>
        <location filename="../../netzjournal/ui/events_tab/pane.py" line="280"/>
        <location filename="../../netzjournal/ui/events_tab/pane.py" line="285"/>
        <location filename="../../netzjournal/ui/events_tab/pane.py" line="289"/>
        <source>Import events</source>
        <translation>Veranstaltungen importieren</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/pane.py" line="266"/>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderdateien (*.ics)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/pane.py" line="290"/>
        <source>Events and series imported: %1 (already there: %2)</source>
        <translation>Importierte Veranstaltungen und Reihen: %1 (schon vorhanden: %2)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../netzjournal/ui/interchange/export_dialog.py" line="31"/>
        <location filename="../../netzjournal/ui/interchange/export_dialog.py" line="86"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/export_dialog.py" line="36"/>
        <source>vCard 4.0 (address books, phones)</source>
        <translation>vCard 4.0 (Adressbücher, Handys)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/export_dialog.py" line="37"/>
        <source>CSV (spreadsheets)</source>
        <translation>CSV (Tabellen)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/export_dialog.py" line="38"/>
        <source>CSV with semicolons (German Excel)</source>
        <translation>CSV mit Semikolons (deutsches Excel)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/export_dialog.py" line="39"/>
        <source>JSON: the complete journal</source>
        <translation>JSON: das ganze Journal</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/export_dialog.py" line="40"/>
        <source>iCalendar: birthdays, follow-ups, reconnects</source>
        <translation>iCalendar: Geburtstage, nächste Schritte, Melden</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/export_dialog.py" line="41"/>
        <source>Markdown: everything about the selected people</source>
        <translation>Markdown: alles über die ausgewählten Personen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/export_dialog.py" line="45"/>
        <source>Only the selected contacts (%1)</source>
        <translation>Nur die ausgewählten Kontakte (%1)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/export_dialog.py" line="49"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/export_dialog.py" line="86"/>
        <source>Select a contact first.</source>
        <translation>Bitte zuerst einen Kontakt auswählen.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/export_dialog.py" line="89"/>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/export_dialog.py" line="96"/>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>FollowUpRow</name>
    <message>
        <location filename="../../netzjournal/ui/notes/editor.py" line="50"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/notes/editor.py" line="53"/>
        <source>What is to be done?</source>
        <translation>Was ist zu tun?</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/notes/editor.py" line="54"/>
        <source>due</source>
        <translation>fällig</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/notes/editor.py" line="65"/>
        <location filename="../../netzjournal/ui/notes/editor.py" line="66"/>
        <source>Remove this follow-up</source>
        <translation>Diesen nächsten Schritt entfernen</translation>
    </message>
</context>
<context>
    <name>GlobalSearch</name>
    <message>
        <location filename="../../netzjournal/ui/search.py" line="137"/>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
</context>
<context>
    <name>ImportProblem</name>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="194"/>
        <source>the file holds NUL bytes; they were ignored</source>
        <translation>die Datei enthält NUL-Bytes; sie wurden übergangen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="197"/>
        <source>no table found in this file</source>
        <translation>keine Tabelle in dieser Datei gefunden</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="198"/>
        <source>no header line found</source>
        <translation>keine Kopfzeile gefunden</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="199"/>
        <source>more than {limit} rows; the rest was skipped</source>
        <translation>mehr als {limit} Zeilen; der Rest wurde übersprungen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="202"/>
        <source>{cells} cells where the header has {headers}</source>
        <translation>{cells} Zellen, die Kopfzeile hat {headers}</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="205"/>
        <source>birthday not understood: {value}</source>
        <translation>Geburtstag nicht verstanden: {value}</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="208"/>
        <source>not an e-mail address, skipped: {value}</source>
        <translation>keine E-Mail-Adresse, übersprungen: {value}</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="211"/>
        <source>a row without a name or address was skipped</source>
        <translation>eine Zeile ohne Namen oder Adresse wurde übersprungen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="214"/>
        <source>the file is larger than {limit} MB; not read</source>
        <translation>die Datei ist größer als {limit} MB; nicht gelesen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="217"/>
        <source>cannot be read: {reason}</source>
        <translation>kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="218"/>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="219"/>
        <source>a line without &apos;:&apos; was skipped</source>
        <translation>eine Zeile ohne „:“ wurde übersprungen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="222"/>
        <source>a malformed line was skipped</source>
        <translation>eine fehlerhafte Zeile wurde übersprungen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="225"/>
        <source>a card inside a card was flattened</source>
        <translation>eine Karte in einer Karte wurde aufgelöst</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="228"/>
        <source>an empty card was skipped</source>
        <translation>eine leere Karte wurde übersprungen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="229"/>
        <source>more than {limit} lines in one card; the rest was skipped</source>
        <translation>mehr als {limit} Zeilen in einer Karte; der Rest wurde übersprungen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="232"/>
        <source>the last card has no END:VCARD; it was not imported</source>
        <translation>die letzte Karte hat kein END:VCARD; sie wurde nicht importiert</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="235"/>
        <source>no vCard found in this file</source>
        <translation>keine vCard in dieser Datei gefunden</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="241"/>
        <source>%1, line %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="247"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../netzjournal/ui/interchange/wizard.py" line="56"/>
        <source>Create new</source>
        <translation>Neu anlegen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/wizard.py" line="57"/>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/wizard.py" line="58"/>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/wizard.py" line="64"/>
        <source>same e-mail address</source>
        <translation>gleiche E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/wizard.py" line="65"/>
        <source>same name and organisation</source>
        <translation>gleicher Name und gleiche Organisation</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/wizard.py" line="68"/>
        <source>a similar name</source>
        <translation>ein ähnlicher Name</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/wizard.py" line="69"/>
        <source>twice in the files</source>
        <translation>doppelt in den Dateien</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/wizard.py" line="192"/>
        <source>Import contacts</source>
        <translation>Kontakte importieren</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/wizard.py" line="210"/>
        <source>Choose vCard files (.vcf: phones, Outlook, Apple, Google, XING) or CSV exports (LinkedIn Connections.csv, Google Contacts, Outlook). Nothing is changed before you have checked the preview.</source>
        <translation>Wählen Sie vCard-Dateien (.vcf: Handy, Outlook, Apple, Google, XING) oder CSV-Exporte (LinkedIn Connections.csv, Google Kontakte, Outlook). Nichts wird geändert, bevor Sie die Vorschau geprüft haben.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/wizard.py" line="216"/>
        <source>Choose files…</source>
        <translation>Dateien wählen …</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/wizard.py" line="217"/>
        <source>Choose a folder…</source>
        <translation>Ordner wählen …</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/wizard.py" line="229"/>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/wizard.py" line="247"/>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/wizard.py" line="247"/>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/wizard.py" line="248"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/wizard.py" line="248"/>
        <source>Role</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/wizard.py" line="249"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/wizard.py" line="249"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/wizard.py" line="249"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/wizard.py" line="250"/>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/wizard.py" line="250"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/wizard.py" line="250"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/wizard.py" line="274"/>
        <source>This CSV file has no layout netzjournal knows. Which column holds what?</source>
        <translation>Diese CSV-Datei hat einen Aufbau, den netzjournal nicht kennt. Welche Spalte enthält was?</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/wizard.py" line="281"/>
        <source>(not in the file)</source>
        <translation>(nicht in der Datei)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/wizard.py" line="305"/>
        <source>Choose files</source>
        <translation>Dateien wählen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/wizard.py" line="305"/>
        <source>Contacts (*.vcf *.csv);;All files (*)</source>
        <translation>Kontakte (*.vcf *.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/wizard.py" line="311"/>
        <source>Choose a folder</source>
        <translation>Ordner wählen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/wizard.py" line="340"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/wizard.py" line="342"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/wizard.py" line="352"/>
        <source>Problems found</source>
        <translation>Gefundene Probleme</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/wizard.py" line="370"/>
        <source>People found: %1 (%2). Choose per row what happens; nothing is saved yet.</source>
        <translation>Gefundene Personen: %1 (%2). Wählen Sie pro Zeile, was geschieht; noch ist nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/wizard.py" line="410"/>
        <source>Created: %1 · merged: %2 · skipped: %3. A backup was taken first: %4. Edit → Undo takes the whole import back.</source>
        <translation>Angelegt: %1 · zusammengeführt: %2 · übersprungen: %3. Vorher wurde gesichert: %4. Bearbeiten → Rückgängig nimmt den ganzen Import zurück.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/wizard.py" line="384"/>
        <source>Undo this import</source>
        <translation>Diesen Import zurücknehmen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/wizard.py" line="387"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/wizard.py" line="426"/>
        <source>The import was taken back.</source>
        <translation>Der Import wurde zurückgenommen.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../netzjournal/ui/main_window.py" line="77"/>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/main_window.py" line="78"/>
        <location filename="../../netzjournal/ui/main_window.py" line="276"/>
        <source>Meeting notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/main_window.py" line="79"/>
        <location filename="../../netzjournal/ui/main_window.py" line="292"/>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/main_window.py" line="80"/>
        <location filename="../../netzjournal/ui/main_window.py" line="301"/>
        <source>Yearly review</source>
        <translation>Jahresrückblick</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/main_window.py" line="81"/>
        <location filename="../../netzjournal/ui/main_window.py" line="310"/>
        <source>Events</source>
        <translation>Veranstaltungen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/main_window.py" line="125"/>
        <source>netzjournal – DEMO journal (temporary, not your data)</source>
        <translation>netzjournal – DEMO-Journal (vorübergehend, nicht Ihre Daten)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/main_window.py" line="127"/>
        <source>%1 (read-only)</source>
        <translation>%1 (nur lesen)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/main_window.py" line="131"/>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/main_window.py" line="141"/>
        <source>Search everything</source>
        <translation>Alles durchsuchen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/main_window.py" line="142"/>
        <source>Search people and notes (Ctrl+K)</source>
        <translation>Personen und Notizen suchen (Strg+K)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/main_window.py" line="150"/>
        <source>Reconnect coach</source>
        <translation>Kontakt-Coach</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/main_window.py" line="154"/>
        <source>Loading suggestions…</source>
        <translation>Vorschläge werden geladen …</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/main_window.py" line="193"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/main_window.py" line="194"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/main_window.py" line="197"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/main_window.py" line="201"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/main_window.py" line="205"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/main_window.py" line="207"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/main_window.py" line="265"/>
        <source>Contacts: %1 · meeting notes: %2</source>
        <translation>Kontakte: %1 · Gesprächsnotizen: %2</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/main_window.py" line="396"/>
        <source>Quick note saved.</source>
        <translation>Schnellnotiz gespeichert.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/main_window.py" line="432"/>
        <source>Restore failed</source>
        <translation>Wiederherstellen fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/main_window.py" line="435"/>
        <source>Backup restored.</source>
        <translation>Sicherung wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/main_window.py" line="442"/>
        <source>The demo journal opens in its own window (%1).</source>
        <translation>Das Demo-Journal öffnet sich in einem eigenen Fenster (%1).</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/main_window.py" line="451"/>
        <source>About netzjournal</source>
        <translation>Über netzjournal</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/main_window.py" line="453"/>
        <source>netzjournal %1

A private journal for professional networking. Everything stays on this computer.</source>
        <translation>netzjournal %1

Ein privates Journal für Ihr berufliches Netzwerk. Alles bleibt auf diesem Computer.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/main_window.py" line="463"/>
        <source>Where my data lives</source>
        <translation>Wo meine Daten liegen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/main_window.py" line="465"/>
        <source>Journal: %1
Backups: %2

Start netzjournal with --data-dir or set NETZJOURNAL_HOME to use another folder.</source>
        <translation>Journal: %1
Sicherungen: %2

Um einen anderen Ordner zu verwenden, starten Sie netzjournal mit --data-dir oder setzen Sie NETZJOURNAL_HOME.</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../../netzjournal/ui/notes/editor.py" line="127"/>
        <source>Names, separated by commas</source>
        <translation>Namen, durch Kommas getrennt</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/notes/editor.py" line="132"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/notes/editor.py" line="133"/>
        <location filename="../../netzjournal/ui/notes/editor.py" line="222"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/notes/editor.py" line="138"/>
        <source>What did you talk about? (Markdown)</source>
        <translation>Worüber haben Sie gesprochen? (Markdown)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/notes/editor.py" line="142"/>
        <source>Write</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/notes/editor.py" line="143"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/notes/editor.py" line="147"/>
        <source>Something to pick up next time</source>
        <translation>Etwas, woran Sie nächstes Mal anknüpfen können</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/notes/editor.py" line="150"/>
        <location filename="../../netzjournal/ui/notes/editor.py" line="152"/>
        <source>One per line</source>
        <translation>Eins pro Zeile</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/notes/editor.py" line="161"/>
        <source>Add follow-up</source>
        <translation>Nächsten Schritt hinzufügen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/notes/editor.py" line="163"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/notes/editor.py" line="167"/>
        <source>Delete…</source>
        <translation>Löschen …</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/notes/editor.py" line="172"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/notes/editor.py" line="179"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/notes/editor.py" line="180"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/notes/editor.py" line="181"/>
        <source>With</source>
        <translation>Mit</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/notes/editor.py" line="182"/>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/notes/editor.py" line="183"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/notes/editor.py" line="185"/>
        <source>Hooks</source>
        <translation>Anknüpfungspunkte</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/notes/editor.py" line="186"/>
        <source>Hooks for next time</source>
        <translation>Anknüpfungspunkte fürs nächste Mal</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/notes/editor.py" line="187"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/notes/editor.py" line="188"/>
        <source>I gave</source>
        <translation>Ich habe gegeben</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/notes/editor.py" line="189"/>
        <source>I received</source>
        <translation>Ich habe bekommen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/notes/editor.py" line="190"/>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/notes/editor.py" line="194"/>
        <source>Follow-ups</source>
        <translation>Nächste Schritte</translation>
    </message>
</context>
<context>
    <name>NotesListModel</name>
    <message>
        <location filename="../../netzjournal/ui/notes/model.py" line="73"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/notes/model.py" line="73"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/notes/model.py" line="73"/>
        <source>With</source>
        <translation>Mit</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/notes/model.py" line="73"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/notes/model.py" line="96"/>
        <source>Open follow-ups: %1</source>
        <translation>Offene Schritte: %1</translation>
    </message>
</context>
<context>
    <name>NotesPane</name>
    <message>
        <location filename="../../netzjournal/ui/notes/pane.py" line="45"/>
        <source>Only notes with open follow-ups</source>
        <translation>Nur Notizen mit offenen Schritten</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/notes/pane.py" line="51"/>
        <source>Meeting notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/notes/pane.py" line="159"/>
        <source>Delete note</source>
        <translation>Notiz löschen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/notes/pane.py" line="160"/>
        <source>Delete this note? You can undo this with Ctrl+Z.</source>
        <translation>Diese Notiz löschen? Mit Strg+Z können Sie das rückgängig machen.</translation>
    </message>
</context>
<context>
    <name>OccurrenceDialog</name>
    <message>
        <location filename="../../netzjournal/ui/events_tab/editor.py" line="236"/>
        <source>%1 on %2</source>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/editor.py" line="242"/>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/editor.py" line="245"/>
        <source>&amp;Day</source>
        <translation>&amp;Tag</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/editor.py" line="246"/>
        <source>&amp;Place</source>
        <translation>&amp;Ort</translation>
    </message>
</context>
<context>
    <name>OccurrencesModel</name>
    <message>
        <location filename="../../netzjournal/ui/events_tab/model.py" line="249"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/model.py" line="249"/>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/model.py" line="249"/>
        <source>Who came</source>
        <translation>Wer kam</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/model.py" line="262"/>
        <source>%1 (cancelled)</source>
        <translation>%1 (abgesagt)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/model.py" line="264"/>
        <source>%1 (moved)</source>
        <translation>%1 (verschoben)</translation>
    </message>
</context>
<context>
    <name>ParticipantsEdit</name>
    <message>
        <location filename="../../netzjournal/ui/participants.py" line="82"/>
        <source>New contact</source>
        <translation>Neuer Kontakt</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/participants.py" line="83"/>
        <source>“%1” is not in your contacts yet. Create a contact?</source>
        <translation>„%1“ ist noch nicht in Ihren Kontakten. Kontakt anlegen?</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <location filename="../../netzjournal/ui/person_picker.py" line="87"/>
        <source>Add a person: type a name, then Enter</source>
        <translation>Person hinzufügen: Namen tippen, dann Enter</translation>
    </message>
</context>
<context>
    <name>PersonRow</name>
    <message>
        <location filename="../../netzjournal/ui/events_tab/debrief.py" line="50"/>
        <source>What you talked about (one line)</source>
        <translation>Worüber Sie gesprochen haben (eine Zeile)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/debrief.py" line="53"/>
        <source>Hook for next time, as you would say it to them</source>
        <translation>Anknüpfungspunkt fürs nächste Mal, so wie Sie es der Person sagen würden</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/debrief.py" line="56"/>
        <source>Follow-up (optional)</source>
        <translation>Nächster Schritt (optional)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/debrief.py" line="59"/>
        <source>Remove this person from the debrief</source>
        <translation>Diese Person aus der Nachbereitung entfernen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/debrief.py" line="60"/>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <location filename="../../netzjournal/ui/interchange/wizard.py" line="98"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/wizard.py" line="99"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/wizard.py" line="100"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/wizard.py" line="101"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/wizard.py" line="102"/>
        <source>Already in the journal</source>
        <translation>Schon im Journal</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/wizard.py" line="103"/>
        <source>From</source>
        <translation>Aus</translation>
    </message>
</context>
<context>
    <name>QuickNoteDialog</name>
    <message>
        <location filename="../../netzjournal/ui/quick_note.py" line="55"/>
        <location filename="../../netzjournal/ui/quick_note.py" line="56"/>
        <location filename="../../netzjournal/ui/quick_note.py" line="233"/>
        <source>Quick note</source>
        <translation>Schnellnotiz</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/quick_note.py" line="69"/>
        <source>Whom did you meet? (names, comma-separated)</source>
        <translation>Wen haben Sie getroffen? (Namen, durch Kommas getrennt)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/quick_note.py" line="73"/>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/quick_note.py" line="75"/>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/quick_note.py" line="89"/>
        <source>What did you talk about?</source>
        <translation>Worüber haben Sie gesprochen?</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/quick_note.py" line="92"/>
        <source>Something to pick up next time</source>
        <translation>Etwas, woran Sie nächstes Mal anknüpfen können</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/quick_note.py" line="95"/>
        <source>e.g. send the article</source>
        <translation>z. B. den Artikel schicken</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/quick_note.py" line="96"/>
        <source>due</source>
        <translation>fällig</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/quick_note.py" line="106"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/quick_note.py" line="107"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/quick_note.py" line="108"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/quick_note.py" line="109"/>
        <source>Talked about</source>
        <translation>Worüber gesprochen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/quick_note.py" line="110"/>
        <source>Hooks</source>
        <translation>Anknüpfungspunkte</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/quick_note.py" line="111"/>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/quick_note.py" line="112"/>
        <source>Ctrl+Enter saves · Esc closes</source>
        <translation>Strg+Eingabe speichert · Esc schließt</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/quick_note.py" line="172"/>
        <source>Unsaved quick note</source>
        <translation>Nicht gespeicherte Schnellnotiz</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/quick_note.py" line="173"/>
        <source>There is a quick note you did not save. Continue with it?</source>
        <translation>Es gibt eine nicht gespeicherte Schnellnotiz. Damit weitermachen?</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/quick_note.py" line="233"/>
        <source>Whom did you meet?</source>
        <translation>Wen haben Sie getroffen?</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/quick_note.py" line="253"/>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/quick_note.py" line="264"/>
        <source>Discard quick note?</source>
        <translation>Schnellnotiz verwerfen?</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/quick_note.py" line="265"/>
        <source>Close without saving? The text is thrown away.</source>
        <translation>Ohne Speichern schließen? Der Text geht verloren.</translation>
    </message>
</context>
<context>
    <name>ReviewPane</name>
    <message>
        <location filename="../../netzjournal/ui/review/view.py" line="45"/>
        <source>Year of the review</source>
        <translation>Jahr des Rückblicks</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/review/view.py" line="46"/>
        <source>Save as PDF…</source>
        <translation>Als PDF speichern …</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/review/view.py" line="48"/>
        <source>Save as Markdown…</source>
        <translation>Als Markdown speichern …</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/review/view.py" line="50"/>
        <source>Print…</source>
        <translation>Drucken …</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/review/view.py" line="56"/>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/review/view.py" line="143"/>
        <source>Save the review as PDF</source>
        <translation>Rückblick als PDF speichern</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/review/view.py" line="144"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/review/view.py" line="152"/>
        <location filename="../../netzjournal/ui/review/view.py" line="169"/>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/review/view.py" line="160"/>
        <source>Save the review as Markdown</source>
        <translation>Rückblick als Markdown speichern</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/review/view.py" line="161"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
</context>
<context>
    <name>Screenshots</name>
    <message>
        <location filename="../../netzjournal/ui/screenshots.py" line="65"/>
        <source>Talked about the barcamp in June and her new role. ☕</source>
        <translation>Über das Barcamp im Juni und ihre neue Rolle gesprochen. ☕</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/screenshots.py" line="69"/>
        <source>Runs a half marathon in May</source>
        <translation>Läuft im Mai einen Halbmarathon</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/screenshots.py" line="70"/>
        <source>Send the article</source>
        <translation>Den Artikel schicken</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../netzjournal/ui/search.py" line="52"/>
        <source>Contacts (%1)</source>
        <translation>Kontakte (%1)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/search.py" line="57"/>
        <source>Meeting notes (%1)</source>
        <translation>Gesprächsnotizen (%1)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/search.py" line="61"/>
        <source>Events (%1)</source>
        <translation>Veranstaltungen (%1)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/search.py" line="64"/>
        <source>Nothing found</source>
        <translation>Nichts gefunden</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../netzjournal/ui/settings_dialog.py" line="35"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/settings_dialog.py" line="40"/>
        <source>As the system (%1)</source>
        <translation>Wie das System (%1)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/settings_dialog.py" line="44"/>
        <source>A new language applies the next time netzjournal starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von netzjournal.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/settings_dialog.py" line="48"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/settings_dialog.py" line="52"/>
        <source>for the title page of the yearly review</source>
        <translation>für das Titelblatt des Jahresrückblicks</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/settings_dialog.py" line="56"/>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/settings_dialog.py" line="58"/>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/settings_dialog.py" line="60"/>
        <source>Reconnect coach</source>
        <translation>Kontakt-Coach</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/settings_dialog.py" line="75"/>
        <source>How often to keep in touch, by closeness (a contact&apos;s own setting wins):</source>
        <translation>Wie oft Sie sich melden möchten, nach Nähe (die Einstellung beim Kontakt geht vor):</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/settings_dialog.py" line="84"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/settings_dialog.py" line="87"/>
        <source>Closeness %1</source>
        <translation>Nähe %1</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/settings_dialog.py" line="92"/>
        <source>Suggestions shown</source>
        <translation>Angezeigte Vorschläge</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/settings_dialog.py" line="94"/>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/settings_dialog.py" line="95"/>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/settings_dialog.py" line="98"/>
        <source>Sie (formal)</source>
        <translation>Sie (förmlich)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/settings_dialog.py" line="99"/>
        <source>du (informal)</source>
        <translation>du (vertraut)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/settings_dialog.py" line="101"/>
        <source>New contacts: language</source>
        <translation>Neue Kontakte: Sprache</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/settings_dialog.py" line="102"/>
        <source>New contacts: address form</source>
        <translation>Neue Kontakte: Anrede</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/settings_dialog.py" line="103"/>
        <source>Your opener templates…</source>
        <translation>Eigene Vorlagen für Einstiege …</translation>
    </message>
</context>
<context>
    <name>StartupDialogs</name>
    <message>
        <location filename="../../netzjournal/ui/startup_dialogs.py" line="20"/>
        <source>The journal cannot be read</source>
        <translation>Das Journal ist nicht lesbar</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/startup_dialogs.py" line="22"/>
        <source>netzjournal cannot read your journal. The file has not been changed.</source>
        <translation>netzjournal kann Ihr Journal nicht lesen. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/startup_dialogs.py" line="27"/>
        <source>File: %1
Reason: %2</source>
        <translation>Datei: %1
Grund: %2</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/startup_dialogs.py" line="35"/>
        <source>There is no backup to restore. Please keep the file safe.</source>
        <translation>Es gibt keine Sicherung zum Wiederherstellen. Bitte bewahren Sie die Datei gut auf.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/startup_dialogs.py" line="46"/>
        <source>Restore the newest backup, from %1? The unreadable file is kept beside it.</source>
        <translation>Die neueste Sicherung vom %1 wiederherstellen? Die unlesbare Datei bleibt daneben erhalten.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/startup_dialogs.py" line="52"/>
        <source>Restore backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/startup_dialogs.py" line="56"/>
        <location filename="../../netzjournal/ui/startup_dialogs.py" line="92"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/startup_dialogs.py" line="68"/>
        <source>A newer netzjournal wrote this journal</source>
        <translation>Ein neueres netzjournal hat dieses Journal geschrieben</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/startup_dialogs.py" line="71"/>
        <source>This journal was written by netzjournal %1 (schema %2); this is netzjournal %3 (schema %4).</source>
        <translation>Dieses Journal wurde von netzjournal %1 (Schema %2) geschrieben; dies ist netzjournal %3 (Schema %4).</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/startup_dialogs.py" line="82"/>
        <source>Please update netzjournal. Until then you can open the journal read-only.</source>
        <translation>Bitte aktualisieren Sie netzjournal. Bis dahin können Sie das Journal nur lesend öffnen.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/startup_dialogs.py" line="88"/>
        <source>Open read-only</source>
        <translation>Nur lesend öffnen</translation>
    </message>
</context>
<context>
    <name>SuggestionCard</name>
    <message>
        <location filename="../../netzjournal/ui/coach/card.py" line="63"/>
        <source>Warmth %1</source>
        <translation>Wärme %1</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/card.py" line="64"/>
        <source>Warmth</source>
        <translation>Wärme</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/card.py" line="75"/>
        <source>Opener</source>
        <translation>Einstieg</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/card.py" line="80"/>
        <source>Opener text</source>
        <translation>Text des Einstiegs</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/card.py" line="90"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/card.py" line="92"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/card.py" line="96"/>
        <source>No e-mail address known</source>
        <translation>Keine E-Mail-Adresse bekannt</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/card.py" line="97"/>
        <source>Reached out</source>
        <translation>Gemeldet</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/card.py" line="99"/>
        <source>Notes the message in the journal; the person rests for two weeks</source>
        <translation>Hält die Nachricht im Journal fest; die Person ruht dann zwei Wochen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/card.py" line="102"/>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/card.py" line="105"/>
        <source>In 2 weeks</source>
        <translation>In 2 Wochen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/card.py" line="105"/>
        <source>In a month</source>
        <translation>In einem Monat</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/card.py" line="106"/>
        <source>In 3 months</source>
        <translation>In 3 Monaten</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/card.py" line="114"/>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/card.py" line="117"/>
        <source>Open contact</source>
        <translation>Kontakt öffnen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/card.py" line="119"/>
        <source>Not this person</source>
        <translation>Diese Person nicht</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <location filename="../../netzjournal/ui/coach/templates_dialog.py" line="66"/>
        <source>Your opener templates</source>
        <translation>Eigene Vorlagen für Einstiege</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/templates_dialog.py" line="77"/>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/templates_dialog.py" line="78"/>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/templates_dialog.py" line="80"/>
        <source>Sie (formal)</source>
        <translation>Sie (förmlich)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/templates_dialog.py" line="81"/>
        <source>du (informal)</source>
        <translation>du (vertraut)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/templates_dialog.py" line="88"/>
        <source>Placeholders: %1. Leave the person an easy “no”.</source>
        <translation>Platzhalter: %1. Lassen Sie der Person ein leichtes „Nein“.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/templates_dialog.py" line="95"/>
        <source>Kind of opener</source>
        <translation>Art des Einstiegs</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/templates_dialog.py" line="96"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/templates_dialog.py" line="97"/>
        <source>Address form</source>
        <translation>Anrede</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/templates_dialog.py" line="98"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/templates_dialog.py" line="99"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/templates_dialog.py" line="101"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/templates_dialog.py" line="102"/>
        <source>Save template</source>
        <translation>Vorlage speichern</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/templates_dialog.py" line="104"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/templates_dialog.py" line="157"/>
        <location filename="../../netzjournal/ui/coach/templates_dialog.py" line="170"/>
        <source>Template not saved</source>
        <translation>Vorlage nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/templates_dialog.py" line="158"/>
        <source>Unknown placeholder or a lone brace: %1</source>
        <translation>Unbekannter Platzhalter oder einzelne Klammer: %1</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="20"/>
        <source>Coffee</source>
        <translation>Kaffee</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="21"/>
        <source>Meal</source>
        <translation>Essen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="22"/>
        <source>Call</source>
        <translation>Telefonat</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="23"/>
        <source>Video call</source>
        <translation>Videocall</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="24"/>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="25"/>
        <location filename="../../netzjournal/ui/texts.py" line="70"/>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="26"/>
        <location filename="../../netzjournal/ui/texts.py" line="73"/>
        <location filename="../../netzjournal/ui/texts.py" line="88"/>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="32"/>
        <source>Coffee on a concrete day</source>
        <translation>Kaffee an einem konkreten Tag</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="33"/>
        <source>Follow-up on the last hook</source>
        <translation>Nachfragen zum letzten Anknüpfungspunkt</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="34"/>
        <source>Give first (article, introduction)</source>
        <translation>Zuerst geben (Artikel, Vorstellung)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="35"/>
        <source>Birthday wishes</source>
        <translation>Geburtstagsgruß</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="36"/>
        <source>Congratulations on a new role</source>
        <translation>Glückwunsch zur neuen Aufgabe</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="37"/>
        <source>An event (“are you there too?”)</source>
        <translation>Eine Veranstaltung („Sind Sie auch dort?“)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="38"/>
        <source>The next evening of a series they came to before</source>
        <translation>Der nächste Termin einer Reihe, bei der die Person schon war</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="41"/>
        <source>A plain check-in</source>
        <translation>Einfach mal melden</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="42"/>
        <source>I&apos;m in your city</source>
        <translation>Ich bin in Ihrer Stadt</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="43"/>
        <source>Thank you</source>
        <translation>Danke sagen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="49"/>
        <source>Together</source>
        <translation>Gemeinsam</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="50"/>
        <source>I reached out</source>
        <translation>Ich habe mich gemeldet</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="51"/>
        <source>They reached out</source>
        <translation>Die Person hat sich gemeldet</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="67"/>
        <source>Barcamp</source>
        <translation>Barcamp</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="68"/>
        <source>Stammtisch</source>
        <translation>Stammtisch</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="69"/>
        <source>Trade fair</source>
        <translation>Messe</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="71"/>
        <source>Introduced by someone</source>
        <translation>Vorgestellt durch jemanden</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="72"/>
        <source>Work</source>
        <translation>Arbeit</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="74"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="84"/>
        <source>Management board</source>
        <translation>Geschäftsführung</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="85"/>
        <source>Head of department</source>
        <translation>Abteilungsleitung</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="86"/>
        <source>Team lead</source>
        <translation>Teamleitung</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="87"/>
        <source>Specialist</source>
        <translation>Fachkraft</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="89"/>
        <source>Not set</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="99"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="103"/>
        <source>in the future</source>
        <translation>in der Zukunft</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="105"/>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="107"/>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="109"/>
        <source>%1 days ago</source>
        <translation>vor %1 Tagen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="111"/>
        <source>%1 weeks ago</source>
        <translation>vor %1 Wochen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="114"/>
        <source>%1 months ago</source>
        <translation>vor %1 Monaten</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="117"/>
        <source>1 year ago</source>
        <translation>vor 1 Jahr</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="118"/>
        <source>%1 years ago</source>
        <translation>vor %1 Jahren</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="260"/>
        <source>CSV table</source>
        <translation>CSV-Tabelle</translation>
    </message>
</context>
<context>
    <name>TimelinePane</name>
    <message>
        <location filename="../../netzjournal/ui/timeline/pane.py" line="58"/>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/timeline/pane.py" line="67"/>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/timeline/pane.py" line="75"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/timeline/pane.py" line="76"/>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/timeline/pane.py" line="77"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/timeline/pane.py" line="78"/>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/timeline/pane.py" line="85"/>
        <source>Jump to</source>
        <translation>Springen zu</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/timeline/pane.py" line="44"/>
        <source>All people</source>
        <translation>Alle Personen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/timeline/pane.py" line="122"/>
        <source>All tags</source>
        <translation>Alle Schlagwörter</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/timeline/pane.py" line="125"/>
        <source>All years</source>
        <translation>Alle Jahre</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/timeline/pane.py" line="126"/>
        <source>Newest</source>
        <translation>Neueste</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <location filename="../../netzjournal/ui/contacts/pane.py" line="362"/>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/pane.py" line="373"/>
        <source>Archive contacts (%1)</source>
        <translation>Kontakte archivieren (%1)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/pane.py" line="375"/>
        <source>Restore contacts (%1)</source>
        <translation>Kontakte zurückholen (%1)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/pane.py" line="402"/>
        <source>Delete contacts (%1)</source>
        <translation>Kontakte löschen (%1)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/pane.py" line="477"/>
        <source>Merge %1 into %2</source>
        <translation>%1 in %2 zusammenführen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/notes/pane.py" line="144"/>
        <source>Edit note “%1”</source>
        <translation>Notiz „%1“ bearbeiten</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/notes/pane.py" line="164"/>
        <source>Delete note “%1”</source>
        <translation>Notiz „%1“ löschen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/undo.py" line="44"/>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/wizard.py" line="400"/>
        <source>Import contacts (%1)</source>
        <translation>Kontakte importieren (%1)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/debrief.py" line="188"/>
        <source>Debrief “%1”</source>
        <translation>Nachbereitung „%1“</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../netzjournal/ui/welcome.py" line="18"/>
        <source>Welcome to netzjournal</source>
        <translation>Willkommen bei netzjournal</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/welcome.py" line="26"/>
        <source>Your journal is empty. It will hold the people you meet, what you talked about and whom to get back in touch with.</source>
        <translation>Ihr Journal ist noch leer. Hier halten Sie fest, wen Sie treffen, worüber Sie gesprochen haben und bei wem Sie sich wieder melden möchten.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/welcome.py" line="47"/>
        <source>Create a contact</source>
        <translation>Einen Kontakt anlegen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/welcome.py" line="48"/>
        <source>Write a quick note</source>
        <translation>Eine Schnellnotiz schreiben</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/welcome.py" line="49"/>
        <source>Import contacts</source>
        <translation>Kontakte importieren</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/welcome.py" line="50"/>
        <source>Explore a demo journal</source>
        <translation>Ein Demo-Journal ansehen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/welcome.py" line="31"/>
        <source>Your journal is stored on this computer only, in %1</source>
        <translation>Ihr Journal liegt nur auf diesem Computer, in %1</translation>
    </message>
</context>
</TS>
