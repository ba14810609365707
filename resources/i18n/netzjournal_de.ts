<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../netzjournal/ui/actions.py" line="59"/>
        <source>&amp;Quick note…</source>
        <translation>&amp;Schnellnotiz …</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/actions.py" line="60"/>
        <source>New &amp;contact…</source>
        <translation>Neuer &amp;Kontakt …</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/actions.py" line="61"/>
        <source>&amp;Backups…</source>
        <translation>&amp;Sicherungen …</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/actions.py" line="62"/>
        <source>&amp;Import contacts…</source>
        <translation>Kontakte &amp;importieren …</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/actions.py" line="65"/>
        <source>Import c&amp;alendar (.ics)…</source>
        <translation>K&amp;alender importieren (.ics) …</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/actions.py" line="66"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren …</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/actions.py" line="67"/>
        <source>&amp;Restore from JSON export…</source>
        <translation>JSON-Export &amp;wiederherstellen …</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/actions.py" line="68"/>
        <source>Show everything stored about this person…</source>
        <translation>Alles anzeigen, was über diese Person gespeichert ist …</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/actions.py" line="69"/>
        <source>Delete this person everywhere…</source>
        <translation>Diese Person überall löschen …</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/actions.py" line="70"/>
        <source>S&amp;ync now</source>
        <translation>Jetzt s&amp;ynchronisieren</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/actions.py" line="71"/>
        <source>Sync: conflicts and inbox…</source>
        <translation>Synchronisation: Konflikte und Eingang …</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/actions.py" line="72"/>
        <source>&amp;Last sync…</source>
        <translation>&amp;Letzte Synchronisation …</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/actions.py" line="73"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/actions.py" line="74"/>
        <source>Explore a &amp;demo journal</source>
        <translation>&amp;Demo-Journal ansehen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/actions.py" line="75"/>
        <source>Open the data &amp;folder</source>
        <translation>Daten&amp;ordner öffnen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/actions.py" line="76"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/actions.py" line="78"/>
        <source>&amp;Search everything</source>
        <translation>&amp;Alles durchsuchen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/actions.py" line="79"/>
        <source>&amp;Edit contact…</source>
        <translation>Kontakt &amp;bearbeiten …</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/actions.py" line="80"/>
        <location filename="../../netzjournal/ui/actions.py" line="128"/>
        <source>&amp;Archive or restore contact</source>
        <translation>Kontakt &amp;archivieren oder zurückholen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/actions.py" line="86"/>
        <location filename="../../netzjournal/ui/actions.py" line="128"/>
        <source>&amp;Delete contact…</source>
        <translation>Kontakt &amp;löschen …</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/actions.py" line="91"/>
        <source>Find d&amp;uplicates…</source>
        <translation>&amp;Duplikate suchen …</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netzjournal/ui/actions.py" line="130"/>
        <source>&amp;Delete %Ln contact(s)…</source>
        <translation>
            <numerusform>Kontakt &amp;löschen …</numerusform>
            <numerusform>%Ln Kontakte &amp;löschen …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netzjournal/ui/actions.py" line="142"/>
        <source>Restore the %Ln archived contact(s) from the &amp;archive</source>
        <translation>
            <numerusform>Den archivierten Kontakt aus dem &amp;Archiv zurückholen</numerusform>
            <numerusform>Die %Ln archivierten Kontakte aus dem &amp;Archiv zurückholen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netzjournal/ui/actions.py" line="83"/>
        <location filename="../../netzjournal/ui/actions.py" line="132"/>
        <source>Restore %Ln contact(s) from the &amp;archive</source>
        <translation>
            <numerusform>Kontakt aus dem &amp;Archiv zurückholen</numerusform>
            <numerusform>%Ln Kontakte aus dem &amp;Archiv zurückholen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netzjournal/ui/actions.py" line="134"/>
        <source>&amp;Archive the %Ln contact(s) not archived</source>
        <translation>
            <numerusform>Den nicht archivierten Kontakt &amp;archivieren</numerusform>
            <numerusform>Die %Ln nicht archivierten Kontakte &amp;archivieren …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netzjournal/ui/actions.py" line="136"/>
        <source>&amp;Archive %Ln contact(s)</source>
        <translation>
            <numerusform>Kontakt &amp;archivieren</numerusform>
            <numerusform>%Ln Kontakte &amp;archivieren …</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/actions.py" line="90"/>
        <source>&amp;Merge two contacts…</source>
        <translation>Zwei Kontakte &amp;zusammenführen …</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/actions.py" line="92"/>
        <source>Add ta&amp;g…</source>
        <translation>Schlagwort &amp;hinzufügen …</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/actions.py" line="94"/>
        <source>Menu of the selected contacts</source>
        <translation>Menü der ausgewählten Kontakte</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/actions.py" line="95"/>
        <source>Save &amp;note</source>
        <translation>Notiz &amp;speichern</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/actions.py" line="96"/>
        <source>Delete n&amp;ote…</source>
        <translation>N&amp;otiz löschen …</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/actions.py" line="98"/>
        <source>&amp;Contacts</source>
        <translation>&amp;Kontakte</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/actions.py" line="99"/>
        <source>Meeting &amp;notes</source>
        <translation>Gesprächs&amp;notizen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/actions.py" line="100"/>
        <source>&amp;Timeline</source>
        <translation>&amp;Zeitleiste</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/actions.py" line="101"/>
        <source>&amp;Yearly review</source>
        <translation>&amp;Jahresrückblick</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/actions.py" line="102"/>
        <source>&amp;Events</source>
        <translation>&amp;Veranstaltungen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/actions.py" line="103"/>
        <source>Reconnect &amp;coach</source>
        <translation>Kontakt-&amp;Coach</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/actions.py" line="106"/>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>&amp;Tastenkürzel …</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/actions.py" line="107"/>
        <source>&amp;About netzjournal</source>
        <translation>Ü&amp;ber netzjournal</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/actions.py" line="108"/>
        <source>Where my &amp;data lives…</source>
        <translation>Wo meine &amp;Daten liegen …</translation>
    </message>
</context>
<context>
    <name>AddressForm</name>
    <message>
        <location filename="../../netzjournal/ui/address_form.py" line="21"/>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/address_form.py" line="22"/>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/address_form.py" line="24"/>
        <source>Not known yet</source>
        <translation>Noch nicht bekannt</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/address_form.py" line="25"/>
        <source>Sie (formal)</source>
        <translation>Sie (förmlich)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/address_form.py" line="26"/>
        <source>du (informal)</source>
        <translation>du (vertraut)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/address_form.py" line="34"/>
        <source>English has one form of address; du and Sie are for German.</source>
        <translation>Im Englischen gibt es nur eine Ansprache; du und Sie gelten für Deutsch.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../netzjournal/ui/startup_dialogs.py" line="382"/>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgelaufen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/startup_dialogs.py" line="383"/>
        <source>netzjournal ran into an unexpected problem. Everything you saved is safe in your journal.</source>
        <translation>netzjournal ist auf ein unerwartetes Problem gestoßen. Alles, was Sie gespeichert haben, ist sicher in Ihrem Journal.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/startup_dialogs.py" line="388"/>
        <source>Details are in the log:
%1</source>
        <translation>Die Details stehen im Protokoll:
%1</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/startup_dialogs.py" line="395"/>
        <source>Copy details</source>
        <translation>Details kopieren</translation>
    </message>
    <message>
        <location filename="../../netzjournal/app.py" line="262"/>
        <location filename="../../netzjournal/app.py" line="390"/>
        <source>The backup cannot be read either</source>
        <translation>Auch die Sicherung ist nicht lesbar</translation>
    </message>
    <message>
        <location filename="../../netzjournal/app.py" line="227"/>
        <location filename="../../netzjournal/ui/dialog_shots.py" line="168"/>
        <source>The journal cannot be opened</source>
        <translation>Das Journal kann nicht geöffnet werden</translation>
    </message>
</context>
<context>
    <name>ArchivedHint</name>
    <message>
        <location filename="../../netzjournal/ui/contacts/archived_hint.py" line="66"/>
        <source>1 archived contact matches</source>
        <translation>1 archivierter Kontakt passt</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/archived_hint.py" line="68"/>
        <source>%1 archived contacts match</source>
        <translation>%1 archivierte Kontakte passen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/archived_hint.py" line="70"/>
        <source>show</source>
        <translation>anzeigen</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../netzjournal/ui/backups_dialog.py" line="51"/>
        <source>daily</source>
        <translation>täglich</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/backups_dialog.py" line="52"/>
        <source>made by hand</source>
        <translation>von Hand</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/backups_dialog.py" line="53"/>
        <source>before an upgrade</source>
        <translation>vor einem Update</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/backups_dialog.py" line="54"/>
        <source>before a restore</source>
        <translation>vor einer Wiederherstellung</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/backups_dialog.py" line="55"/>
        <source>before deleting</source>
        <translation>vor dem Löschen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/backups_dialog.py" line="56"/>
        <source>before an import</source>
        <translation>vor einem Import</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/backups_dialog.py" line="57"/>
        <source>before an import was undone</source>
        <translation>vor dem Rückgängigmachen eines Imports</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/backups_dialog.py" line="94"/>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/backups_dialog.py" line="103"/>
        <source>netzjournal backs up your journal every day and before every bigger change. Restoring first backs up the current state, so a restore can be undone.</source>
        <translation>netzjournal sichert Ihr Journal jeden Tag und vor jeder größeren Änderung. Vor dem Wiederherstellen wird der aktuelle Stand gesichert – so lässt sich auch das rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/backups_dialog.py" line="108"/>
        <source>Back up now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/backups_dialog.py" line="111"/>
        <source>Restore…</source>
        <translation>Wiederherstellen …</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/backups_dialog.py" line="114"/>
        <source>Restore from file…</source>
        <translation>Aus Datei wiederherstellen …</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/backups_dialog.py" line="117"/>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/backups_dialog.py" line="133"/>
        <source>There is no backup yet. netzjournal makes the first one today, once the journal has been checked – or now, with “Back up now”.</source>
        <translation>Noch gibt es keine Sicherung. netzjournal legt heute die erste an, sobald das Journal geprüft ist – oder jetzt mit „Jetzt sichern“.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/backups_dialog.py" line="160"/>
        <source>Backup failed</source>
        <translation>Sicherung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/backups_dialog.py" line="169"/>
        <location filename="../../netzjournal/ui/backups_dialog.py" line="176"/>
        <location filename="../../netzjournal/ui/backups_dialog.py" line="263"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/backups_dialog.py" line="169"/>
        <source>Select a backup first.</source>
        <translation>Bitte zuerst eine Sicherung auswählen.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/backups_dialog.py" line="172"/>
        <source>Replace the journal with the backup from %1?</source>
        <translation>Das Journal durch die Sicherung vom %1 ersetzen?</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/backups_dialog.py" line="176"/>
        <location filename="../../netzjournal/ui/backups_dialog.py" line="263"/>
        <source>Restore backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/backups_dialog.py" line="186"/>
        <source>What it holds cannot be read beforehand; the restore checks the backup first and changes nothing if it is unfit.</source>
        <translation>Was sie enthält, lässt sich vorab nicht lesen; die Wiederherstellung prüft die Sicherung zuerst und ändert nichts, wenn sie nicht taugt.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/backups_dialog.py" line="191"/>
        <source>It holds %1 and %2.</source>
        <translation>Die Sicherung enthält %1 und %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netzjournal/ui/backups_dialog.py" line="192"/>
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln Kontakt</numerusform>
            <numerusform>%Ln Kontakte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netzjournal/ui/backups_dialog.py" line="193"/>
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln Notiz</numerusform>
            <numerusform>%Ln Notizen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/backups_dialog.py" line="196"/>
        <source>Your current journal is kept first, as a backup “before a restore” in this list, so the restore can be undone.</source>
        <translation>Ihr jetziges Journal wird vorher gesichert, als Sicherung „vor einer Wiederherstellung“ in dieser Liste – die Wiederherstellung lässt sich also rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/backups_dialog.py" line="247"/>
        <source>Replace the journal with the backup “%1” from %2?</source>
        <translation>Das Journal durch die Sicherung „%1“ vom %2 ersetzen?</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/backups_dialog.py" line="249"/>
        <source>Replace the journal with the backup “%1” (last changed %2)?</source>
        <translation>Das Journal durch die Sicherung „%1“ (zuletzt geändert am %2) ersetzen?</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/backups_dialog.py" line="253"/>
        <source>Replace the journal with the backup “%1”?</source>
        <translation>Das Journal durch die Sicherung „%1“ ersetzen?</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/backups_dialog.py" line="207"/>
        <source>Restore from file</source>
        <translation>Aus Datei wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/backups_dialog.py" line="215"/>
        <source>netzjournal backups (*.sqlite3);;All files (*)</source>
        <translation>netzjournal-Sicherungen (*.sqlite3);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/backups_dialog.py" line="240"/>
        <source>“%1” cannot be restored: %2. Nothing was changed.</source>
        <translation>„%1“ lässt sich nicht wiederherstellen: %2. Nichts wurde geändert.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/backups_dialog.py" line="258"/>
        <source>The backup is encrypted; this journal is not, and the restored one will not be either (Settings → Privacy encrypts it).</source>
        <translation>Die Sicherung ist verschlüsselt, dieses Journal nicht – und das wiederhergestellte auch nicht (Einstellungen → Datenschutz verschlüsselt es).</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/backups_dialog.py" line="288"/>
        <source>This backup was made by a newer netzjournal. Please update netzjournal, then restore the backup again.</source>
        <translation>Diese Sicherung stammt von einer neueren netzjournal-Version. Bitte aktualisieren Sie netzjournal und stellen Sie die Sicherung dann erneut wieder her.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/backups_dialog.py" line="294"/>
        <source>This backup holds no contacts or notes: restoring it would empty your journal. Choose an older backup that holds your data.</source>
        <translation>Diese Sicherung enthält keine Kontakte und keine Notizen: Sie würde Ihr Journal leeren. Wählen Sie eine ältere Sicherung, die Ihre Daten enthält.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/backups_dialog.py" line="300"/>
        <source>This backup cannot be used (%1). Choose another backup from the list; keep this one in the backups folder for whoever helps you.</source>
        <translation>Diese Sicherung ist nicht verwendbar (%1). Wählen Sie eine andere Sicherung aus der Liste; bewahren Sie diese im Sicherungsordner für jemanden auf, der Ihnen hilft.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/backups_dialog.py" line="306"/>
        <source>The journal is open read-only, so nothing can be restored into it. Quit netzjournal, start it again and restore the backup then.</source>
        <translation>Das Journal ist nur zum Lesen geöffnet, deshalb kann nichts wiederhergestellt werden. Beenden Sie netzjournal, starten Sie es neu und stellen Sie die Sicherung dann wieder her.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/backups_dialog.py" line="315"/>
        <source>Backup not restored</source>
        <translation>Sicherung nicht wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/backups_dialog.py" line="322"/>
        <source>Your journal was not changed.</source>
        <translation>Ihr Journal wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/backups_dialog.py" line="325"/>
        <source>Show data folder</source>
        <translation>Datenordner zeigen</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <location filename="../../netzjournal/ui/backups_dialog.py" line="69"/>
        <source>Made</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/backups_dialog.py" line="69"/>
        <source>Why</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/backups_dialog.py" line="69"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/backups_dialog.py" line="76"/>
        <source>%1 · not encrypted yet</source>
        <translation>%1 · noch nicht verschlüsselt</translation>
    </message>
</context>
<context>
    <name>ChangeKey</name>
    <message>
        <location filename="../../netzjournal/ui/privacy.py" line="339"/>
        <location filename="../../netzjournal/ui/rekey.py" line="47"/>
        <source>Change the passphrase</source>
        <translation>Passphrase ändern</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/rekey.py" line="53"/>
        <source>The key could not be changed; the journal is unchanged and opens as before.</source>
        <translation>Der Schlüssel konnte nicht geändert werden; das Journal ist unverändert und öffnet sich wie bisher.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/rekey.py" line="45"/>
        <source>Change the key</source>
        <translation>Schlüssel ändern</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/rekey.py" line="57"/>
        <source>The passphrase could not be changed; the journal is unchanged and opens as before.</source>
        <translation>Die Passphrase konnte nicht geändert werden; das Journal ist unverändert und öffnet sich wie bisher.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/rekey.py" line="75"/>
        <source>The journal gets a new key in this computer&apos;s keyring, and you get a new recovery key to write down: for when the old recovery key may be known to someone. The backups get the new key too; the old recovery key then opens none of them.</source>
        <translation>Das Journal erhält einen neuen Schlüssel im Schlüsselbund dieses Computers, und Sie erhalten einen neuen Wiederherstellungsschlüssel zum Aufschreiben – für den Fall, dass jemand den alten kennen könnte. Auch die Sicherungen erhalten den neuen Schlüssel; der alte Wiederherstellungsschlüssel öffnet danach keine von ihnen.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/rekey.py" line="83"/>
        <source>Choose a new passphrase, for example when the old one may be known to someone. The backups get the new passphrase too; the old one then opens none of them.</source>
        <translation>Wählen Sie eine neue Passphrase, etwa wenn jemand die alte kennen könnte. Auch die Sicherungen erhalten die neue Passphrase; die alte öffnet danach keine von ihnen.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/rekey.py" line="108"/>
        <source>Current passphrase</source>
        <translation>Bisherige Passphrase</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/rekey.py" line="109"/>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/rekey.py" line="117"/>
        <source>netzjournal closes, changes the key and starts again. The journal as it was is kept beside it until you remove it under Settings → Privacy.</source>
        <translation>netzjournal schließt sich, ändert den Schlüssel und startet neu. Das Journal in seinem bisherigen Zustand bleibt daneben erhalten, bis Sie es unter Einstellungen → Datenschutz entfernen.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/rekey.py" line="127"/>
        <source>Change and restart</source>
        <translation>Ändern und neu starten</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/rekey.py" line="161"/>
        <source>The new passphrase is the current one.</source>
        <translation>Die neue Passphrase ist die bisherige.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/rekey.py" line="184"/>
        <source>This is not the current passphrase.</source>
        <translation>Das ist nicht die bisherige Passphrase.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/rekey.py" line="266"/>
        <source>Changing the key of the journal…</source>
        <translation>Der Schlüssel des Journals wird geändert …</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/rekey.py" line="268"/>
        <source>Changing the passphrase of the journal…</source>
        <translation>Die Passphrase des Journals wird geändert …</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/rekey.py" line="294"/>
        <source>The journal and its backups have the new key. The journal as it was is kept beside it until you remove it under Settings → Privacy; until then, whoever knows the old passphrase or recovery key can read that copy.</source>
        <translation>Das Journal und seine Sicherungen haben den neuen Schlüssel. Das Journal in seinem bisherigen Zustand bleibt daneben erhalten, bis Sie es unter Einstellungen → Datenschutz entfernen; bis dahin kann jeder, der die alte Passphrase oder den alten Wiederherstellungsschlüssel kennt, diese Kopie lesen.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/rekey.py" line="301"/>
        <source>The journal and its backups have the new passphrase. The journal as it was is kept beside it until you remove it under Settings → Privacy; until then, whoever knows the old passphrase or recovery key can read that copy.</source>
        <translation>Das Journal und seine Sicherungen haben die neue Passphrase. Das Journal in seinem bisherigen Zustand bleibt daneben erhalten, bis Sie es unter Einstellungen → Datenschutz entfernen; bis dahin kann jeder, der die alte Passphrase oder den alten Wiederherstellungsschlüssel kennt, diese Kopie lesen.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/rekey.py" line="309"/>
        <source>Not every backup could be given the new key; these still open with the old one: %1</source>
        <translation>Nicht jede Sicherung konnte den neuen Schlüssel erhalten; diese lassen sich weiterhin mit dem alten öffnen: %1</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/rekey.py" line="328"/>
        <source>Changing the key was interrupted (netzjournal was stopped); the journal is unchanged and opens with the old passphrase or key. You can change it again under Settings → Privacy.</source>
        <translation>Das Ändern des Schlüssels wurde unterbrochen (netzjournal wurde beendet); das Journal ist unverändert und öffnet sich mit der alten Passphrase bzw. dem alten Schlüssel. Sie können ihn unter Einstellungen → Datenschutz erneut ändern.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/rekey.py" line="345"/>
        <source>Changing the key was interrupted (netzjournal was stopped) after the journal got the new one. The change is completed as the journal opens: its backups get the new passphrase or key too.</source>
        <translation>Das Ändern des Schlüssels wurde unterbrochen (netzjournal wurde beendet), nachdem das Journal den neuen erhalten hatte. Die Änderung wird beim Öffnen des Journals abgeschlossen: Auch seine Sicherungen erhalten die neue Passphrase bzw. den neuen Schlüssel.</translation>
    </message>
</context>
<context>
    <name>ChannelList</name>
    <message>
        <location filename="../../netzjournal/ui/contacts/channels.py" line="114"/>
        <source>name@example.org</source>
        <translation>name@beispiel.de</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/channels.py" line="115"/>
        <source>+49 170 1234567</source>
        <translation>+49 170 1234567</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/channels.py" line="116"/>
        <source>https://www.linkedin.com/in/…</source>
        <translation>https://www.linkedin.com/in/…</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/channels.py" line="117"/>
        <source>Name, number or address on the service</source>
        <translation>Name, Nummer oder Adresse beim Dienst</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/channels.py" line="124"/>
        <source>Add e-mail address</source>
        <translation>E-Mail-Adresse hinzufügen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/channels.py" line="125"/>
        <source>Add phone number</source>
        <translation>Telefonnummer hinzufügen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/channels.py" line="126"/>
        <source>Add profile or web address</source>
        <translation>Profil oder Webadresse hinzufügen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/channels.py" line="127"/>
        <source>Add messenger</source>
        <translation>Messenger hinzufügen</translation>
    </message>
</context>
<context>
    <name>ChannelRow</name>
    <message>
        <location filename="../../netzjournal/ui/contacts/channels.py" line="47"/>
        <location filename="../../netzjournal/ui/contacts/channels.py" line="67"/>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/channels.py" line="75"/>
        <source>E-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/channels.py" line="76"/>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/channels.py" line="77"/>
        <source>Profile or web address</source>
        <translation>Profil oder Webadresse</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/channels.py" line="78"/>
        <source>Messenger address</source>
        <translation>Messenger-Adresse</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/channels.py" line="84"/>
        <location filename="../../netzjournal/ui/contacts/channels.py" line="85"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>CheckedBackupsModel</name>
    <message>
        <location filename="../../netzjournal/ui/recovery_dialog.py" line="55"/>
        <source>Made</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/recovery_dialog.py" line="55"/>
        <source>Why</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/recovery_dialog.py" line="55"/>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/recovery_dialog.py" line="55"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/recovery_dialog.py" line="56"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
</context>
<context>
    <name>CoachDock</name>
    <message>
        <location filename="../../netzjournal/ui/coach/dock.py" line="99"/>
        <source>Fold the coach into a narrow strip</source>
        <translation>Den Coach zu einer schmalen Leiste einklappen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/dock.py" line="100"/>
        <source>Fold the coach</source>
        <translation>Coach einklappen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/dock.py" line="105"/>
        <source>Hide the coach (View menu: show it again)</source>
        <translation>Coach ausblenden (Menü Ansicht: wieder einblenden)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/dock.py" line="106"/>
        <source>Hide the coach</source>
        <translation>Coach ausblenden</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/dock.py" line="123"/>
        <location filename="../../netzjournal/ui/coach/dock.py" line="124"/>
        <source>Open the coach</source>
        <translation>Coach aufklappen</translation>
    </message>
</context>
<context>
    <name>CoachPane</name>
    <message>
        <location filename="../../netzjournal/ui/coach/pane.py" line="97"/>
        <source>Reconnect coach</source>
        <translation>Kontakt-Coach</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/pane.py" line="107"/>
        <source>Loading suggestions…</source>
        <translation>Vorschläge werden geladen …</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/pane.py" line="111"/>
        <source>Show more</source>
        <translation>Mehr zeigen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/pane.py" line="119"/>
        <source>Bar: warmth – mostly the closeness (1–5) you set; point at it for more.</source>
        <translation>Balken: Wärme – vor allem die Nähe (1–5), die Sie festlegen; zeigen Sie darauf für mehr.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/pane.py" line="126"/>
        <source>Closeness is yours to set on each contact, from 1 (acquaintance) to 5 (close). Hover over a bar to see what makes up its warmth.</source>
        <translation>Die Nähe legen Sie bei jedem Kontakt selbst fest, von 1 (flüchtig bekannt) bis 5 (eng vertraut). Zeigen Sie auf einen Balken, um zu sehen, woraus sich seine Wärme zusammensetzt.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/pane.py" line="134"/>
        <source>Your messages are signed without a name. &lt;a href=&quot;settings:user_name&quot;&gt;Add your name&lt;/a&gt;</source>
        <translation>Ihre Nachrichten sind ohne Namen unterschrieben. &lt;a href=&quot;settings:user_name&quot;&gt;Namen eintragen&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/pane.py" line="145"/>
        <location filename="../../netzjournal/ui/coach/pane.py" line="146"/>
        <source>Hide this hint</source>
        <translation>Hinweis ausblenden</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/pane.py" line="162"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/pane.py" line="295"/>
        <source>Whom you could get back in touch with:</source>
        <translation>Bei wem Sie sich melden könnten:</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/pane.py" line="298"/>
        <source>No contacts yet. Add or import your contacts (File menu), and the coach will suggest whom to get back in touch with.</source>
        <translation>Noch keine Kontakte. Legen Sie Ihre Kontakte an oder importieren Sie sie (Menü „Datei“) – dann schlägt der Coach vor, bei wem Sie sich melden könnten.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/pane.py" line="304"/>
        <source>Nobody can be due yet: the coach goes by your notes, and there are none yet. Until then it names only occasions, such as a birthday soon. After your next meeting or call, write a quick note – then the coach suggests whom to get back in touch with, and when.</source>
        <translation>Noch kann niemand fällig sein: Der Coach richtet sich nach Ihren Gesprächsnotizen, und es gibt noch keine. Bis dahin nennt er nur Anlässe, etwa einen baldigen Geburtstag. Schreiben Sie nach Ihrem nächsten Treffen oder Telefonat eine Schnellnotiz – dann schlägt der Coach vor, bei wem Sie sich wann wieder melden könnten.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netzjournal/ui/coach/pane.py" line="313"/>
        <source>Nobody is due right now. %n of your contacts have no note yet: the coach goes by your notes and suggests them once you note a meeting or call with them. Until then it names only occasions, such as a birthday soon.</source>
        <translation>
            <numerusform>Gerade ist niemand fällig. Zu einem Ihrer Kontakte gibt es noch keine Notiz: Der Coach richtet sich nach Ihren Gesprächsnotizen und schlägt ihn vor, sobald Sie ein Treffen oder Telefonat mit ihm notiert haben. Bis dahin nennt er nur Anlässe, etwa einen baldigen Geburtstag.</numerusform>
            <numerusform>Gerade ist niemand fällig. Zu %n Ihrer Kontakte gibt es noch keine Notiz: Der Coach richtet sich nach Ihren Gesprächsnotizen und schlägt sie vor, sobald Sie ein Treffen oder Telefonat mit ihnen notiert haben. Bis dahin nennt er nur Anlässe, etwa einen baldigen Geburtstag.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/pane.py" line="320"/>
        <source>Nobody is due right now. Enjoy the quiet – the coach will speak up.</source>
        <translation>Gerade ist niemand fällig. Genießen Sie die Ruhe – der Coach meldet sich.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/pane.py" line="374"/>
        <source>Holding off (no answer to several messages): %1</source>
        <translation>Zurückgehalten (mehrere Nachrichten ohne Antwort): %1</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/pane.py" line="476"/>
        <source>Discard your edited message to %1?</source>
        <translation>Ihre bearbeitete Nachricht an %1 verwerfen?</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/pane.py" line="478"/>
        <source>Discard your edited messages to %1?</source>
        <translation>Ihre bearbeiteten Nachrichten an %1 verwerfen?</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/pane.py" line="481"/>
        <source>Edited message</source>
        <translation>Bearbeitete Nachricht</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/pane.py" line="483"/>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/pane.py" line="484"/>
        <source>The journal does not keep openers. To keep the text, choose Cancel, then Copy or E-mail.</source>
        <translation>Das Journal speichert keine Einstiege. Um den Text zu behalten, wählen Sie „Abbrechen“ und dann „Kopieren“ oder „E-Mail“.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/pane.py" line="513"/>
        <location filename="../../netzjournal/ui/coach/pane.py" line="526"/>
        <source>Undone: %1</source>
        <translation>Rückgängig gemacht: %1</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/pane.py" line="537"/>
        <source>Copied – paste it into your message to %1.</source>
        <translation>Kopiert – fügen Sie den Text in Ihre Nachricht an %1 ein.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/pane.py" line="547"/>
        <source>No e-mail program opened. The text is copied instead – paste it into a message to %1.</source>
        <translation>Es hat sich kein E-Mail-Programm geöffnet. Der Text ist stattdessen kopiert – fügen Sie ihn in eine Nachricht an %1 ein.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/pane.py" line="576"/>
        <source>%1: noted as reached out – back on the list %2.</source>
        <translation>%1: als gemeldet notiert – kommt %2 wieder.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/pane.py" line="583"/>
        <source>“%1” is marked done.</source>
        <translation>„%1“ ist erledigt.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/pane.py" line="584"/>
        <source>“%1” stays open.</source>
        <translation>„%1“ bleibt offen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netzjournal/ui/coach/pane.py" line="590"/>
        <source>in about %n week(s)</source>
        <translation>
            <numerusform>in etwa einer Woche</numerusform>
            <numerusform>in etwa %n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netzjournal/ui/coach/pane.py" line="592"/>
        <source>in about %n month(s)</source>
        <translation>
            <numerusform>in etwa einem Monat</numerusform>
            <numerusform>in etwa %n Monaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netzjournal/ui/coach/pane.py" line="593"/>
        <source>in about %n year(s)</source>
        <translation>
            <numerusform>in etwa einem Jahr</numerusform>
            <numerusform>in etwa %n Jahren</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/pane.py" line="607"/>
        <source>%1 will be back on the list on %2.</source>
        <translation>%1 steht am %2 wieder auf der Liste.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netzjournal/ui/coach/pane.py" line="649"/>
        <source>Write to %Ln contact(s) with du?</source>
        <translation>
            <numerusform>%Ln Kontakt duzen?</numerusform>
            <numerusform>%Ln Kontakte duzen?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/pane.py" line="650"/>
        <source>Everyone with du</source>
        <translation>Alle duzen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netzjournal/ui/coach/pane.py" line="652"/>
        <source>Write to %Ln contact(s) with Sie?</source>
        <translation>
            <numerusform>%Ln Kontakt siezen?</numerusform>
            <numerusform>%Ln Kontakte siezen?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/pane.py" line="653"/>
        <source>Everyone with Sie</source>
        <translation>Alle siezen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/pane.py" line="654"/>
        <source>These are the contacts for whom Sie or du is still open. You can change it for each of them later.</source>
        <translation>Das sind die Kontakte, bei denen Sie oder du noch offen ist. Sie können es später für jeden einzeln ändern.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netzjournal/ui/coach/pane.py" line="658"/>
        <source>%Ln of them you already write to with du in the journal: they keep du.</source>
        <translation>
            <numerusform>Einen davon duzen Sie im Journal schon; dabei bleibt es.</numerusform>
            <numerusform>%Ln davon duzen Sie im Journal schon; dabei bleibt es.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/pane.py" line="660"/>
        <source>Sie or du</source>
        <translation>Sie oder du</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/pane.py" line="691"/>
        <source>Not this person</source>
        <translation>Diese Person nicht</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/pane.py" line="693"/>
        <source>The coach will not suggest %1 again. You can change this in the contact&apos;s &quot;keep in touch&quot; setting.</source>
        <translation>Der Coach schlägt %1 nicht mehr vor. Das lässt sich beim Kontakt unter „In Kontakt bleiben“ wieder ändern.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/pane.py" line="696"/>
        <source>Never suggest</source>
        <translation>Nicht mehr vorschlagen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/pane.py" line="708"/>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>ColumnFitter</name>
    <message>
        <location filename="../../netzjournal/ui/columns.py" line="275"/>
        <source>%1 (no room – widen the window or tick to show it first)</source>
        <translation>%1 (kein Platz – Fenster verbreitern oder ankreuzen, um sie vorzuziehen)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/columns.py" line="277"/>
        <source>%1 (no room – tick to show it instead of another)</source>
        <translation>%1 (kein Platz – ankreuzen zeigt sie statt einer anderen)</translation>
    </message>
</context>
<context>
    <name>ContactDetail</name>
    <message>
        <location filename="../../netzjournal/ui/contacts/detail.py" line="53"/>
        <source>Contact details</source>
        <translation>Kontaktdetails</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/detail.py" line="64"/>
        <source>Select a contact to see everything about them.</source>
        <translation>Wählen Sie einen Kontakt, um alles über ihn zu sehen.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/detail.py" line="94"/>
        <source>Set closeness…</source>
        <translation>Nähe setzen …</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/detail.py" line="95"/>
        <source>Add tag…</source>
        <translation>Schlagwort hinzufügen …</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/detail.py" line="96"/>
        <source>Remove tag…</source>
        <translation>Schlagwort entfernen …</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/detail.py" line="82"/>
        <source>Archive…</source>
        <translation>Archivieren …</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/detail.py" line="82"/>
        <source>Restore from the archive</source>
        <translation>Aus dem Archiv zurückholen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/detail.py" line="99"/>
        <source>Merge…</source>
        <translation>Zusammenführen …</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/detail.py" line="100"/>
        <source>Delete…</source>
        <translation>Löschen …</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/detail.py" line="102"/>
        <source>%1 contacts selected</source>
        <translation>%1 Kontakte ausgewählt</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/detail.py" line="106"/>
        <source>The same in the list&apos;s context menu: right click, or Shift+F10.</source>
        <translation>Dasselbe im Kontextmenü der Liste: Rechtsklick oder Umschalt+F10.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/detail.py" line="146"/>
        <source>overdue since %1</source>
        <translation>überfällig seit %1</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/detail.py" line="146"/>
        <source>due %1</source>
        <translation>fällig am %1</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/detail.py" line="164"/>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/detail.py" line="172"/>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/detail.py" line="174"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/detail.py" line="174"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/detail.py" line="174"/>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/detail.py" line="175"/>
        <source>Messenger</source>
        <translation>Messenger</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/detail.py" line="190"/>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/detail.py" line="200"/>
        <location filename="../../netzjournal/ui/contacts/detail.py" line="208"/>
        <source>How we met</source>
        <translation>Kennengelernt über</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/detail.py" line="211"/>
        <source>Where we met</source>
        <translation>Kennengelernt bei</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/detail.py" line="216"/>
        <source>Introduced by</source>
        <translation>Vorgestellt von</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/detail.py" line="218"/>
        <source>Sie (formal)</source>
        <translation>Sie (förmlich)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/detail.py" line="218"/>
        <source>du (informal)</source>
        <translation>du (vertraut)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/detail.py" line="219"/>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/detail.py" line="219"/>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/detail.py" line="220"/>
        <source>Not known yet</source>
        <translation>Noch nicht bekannt</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/detail.py" line="224"/>
        <source>Salutation</source>
        <translation>Anrede</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/detail.py" line="226"/>
        <source>Address form</source>
        <translation>Ansprache</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/detail.py" line="227"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/detail.py" line="228"/>
        <source>Closeness</source>
        <translation>Nähe</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/detail.py" line="230"/>
        <source>never remind me</source>
        <translation>nie erinnern</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/detail.py" line="232"/>
        <source>every day</source>
        <translation>jeden Tag</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/detail.py" line="234"/>
        <source>every %1 days</source>
        <translation>alle %1 Tage</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/detail.py" line="236"/>
        <source>as closeness suggests</source>
        <translation>wie die Nähe es nahelegt</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/detail.py" line="237"/>
        <source>Keep in touch</source>
        <translation>In Kontakt bleiben</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/detail.py" line="239"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/detail.py" line="241"/>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/detail.py" line="255"/>
        <source>Pick up next time</source>
        <translation>Beim nächsten Mal aufgreifen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/detail.py" line="260"/>
        <source>Open follow-ups</source>
        <translation>Offene Schritte</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/detail.py" line="263"/>
        <source>Give &amp; take</source>
        <translation>Geben und Nehmen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/detail.py" line="267"/>
        <source>Given: %1 · Received: %2</source>
        <translation>Gegeben: %1 · Bekommen: %2</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/detail.py" line="283"/>
        <location filename="../../netzjournal/ui/contacts/detail.py" line="284"/>
        <source>was there</source>
        <translation>war da</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/detail.py" line="283"/>
        <source>said yes</source>
        <translation>hat zugesagt</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/detail.py" line="294"/>
        <source>Events (%1)</source>
        <translation>Veranstaltungen (%1)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/detail.py" line="297"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/detail.py" line="300"/>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/detail.py" line="301"/>
        <source>History (%1)</source>
        <translation>Verlauf (%1)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/detail.py" line="304"/>
        <source>No meetings noted yet.</source>
        <translation>Noch keine Treffen notiert.</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <location filename="../../netzjournal/ui/contacts/editor.py" line="65"/>
        <source>Edit contact</source>
        <translation>Kontakt bearbeiten</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/editor.py" line="65"/>
        <source>New contact</source>
        <translation>Neuer Kontakt</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/editor.py" line="117"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/editor.py" line="118"/>
        <source>Ways to reach</source>
        <translation>Erreichbarkeit</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/editor.py" line="119"/>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/editor.py" line="125"/>
        <source>Ms</source>
        <translation>Frau</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/editor.py" line="126"/>
        <source>Mr</source>
        <translation>Herr</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/editor.py" line="128"/>
        <source>Neutral (whole name)</source>
        <translation>Neutral (ganzer Name)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/editor.py" line="132"/>
        <source>How a message in the Sie form greets: “Guten Tag Frau Schubert,” or, neutral, “Guten Tag Lena Schubert,”</source>
        <translation>So grüßt eine Nachricht per Sie: „Guten Tag Frau Schubert,“ oder neutral „Guten Tag Lena Schubert,“</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/editor.py" line="139"/>
        <source>e.g. Dr.</source>
        <translation>z. B. Dr.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/editor.py" line="142"/>
        <source>Further given names, e.g. Maria Luise</source>
        <translation>Weitere Vornamen, z. B. Maria Luise</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/editor.py" line="145"/>
        <source>e.g. Jr., MBA</source>
        <translation>z. B. jun., MBA</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/editor.py" line="147"/>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/editor.py" line="148"/>
        <source>Shown in lists instead of given and family name</source>
        <translation>In Listen statt Vor- und Nachname angezeigt</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/editor.py" line="170"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/editor.py" line="170"/>
        <source>Salutation</source>
        <translation>Anrede</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/editor.py" line="171"/>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/editor.py" line="171"/>
        <source>Middle names</source>
        <translation>Weitere Vornamen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/editor.py" line="173"/>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/editor.py" line="173"/>
        <source>Suffix</source>
        <translation>Namenszusatz</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/editor.py" line="175"/>
        <source>Shown as</source>
        <translation>Angezeigt als</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/editor.py" line="175"/>
        <source>Nickname</source>
        <translation>Spitzname</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/editor.py" line="190"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/editor.py" line="191"/>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/editor.py" line="192"/>
        <source>Role</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/editor.py" line="193"/>
        <source>Hierarchy level</source>
        <translation>Hierarchieebene</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/editor.py" line="194"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/editor.py" line="195"/>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/editor.py" line="206"/>
        <source>E-mail addresses</source>
        <translation>E-Mail-Adressen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/editor.py" line="207"/>
        <source>Phone numbers</source>
        <translation>Telefonnummern</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/editor.py" line="208"/>
        <source>Profiles and web</source>
        <translation>Profile und Web</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/editor.py" line="209"/>
        <source>Messengers</source>
        <translation>Messenger</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/editor.py" line="228"/>
        <source>The event or occurrence where you met</source>
        <translation>Die Veranstaltung oder der Termin, bei dem Sie sich kennengelernt haben</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/editor.py" line="239"/>
        <source>Type a name, pick with Enter</source>
        <translation>Namen tippen, mit Enter übernehmen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/editor.py" line="248"/>
        <source>1 = acquaintance, 5 = very close</source>
        <translation>1 = flüchtig bekannt, 5 = eng vertraut</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/editor.py" line="250"/>
        <source> of 5</source>
        <translation> von 5</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/editor.py" line="262"/>
        <source>as closeness suggests</source>
        <translation>wie die Nähe es nahelegt</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/editor.py" line="263"/>
        <source>every … days</source>
        <translation>alle … Tage</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/editor.py" line="264"/>
        <source>never remind me</source>
        <translation>nie erinnern</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/editor.py" line="267"/>
        <source>Days between contacts</source>
        <translation>Tage zwischen den Kontakten</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/editor.py" line="271"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/editor.py" line="271"/>
        <source> day</source>
        <translation> Tag</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/editor.py" line="282"/>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/editor.py" line="284"/>
        <source>How we met</source>
        <translation>Kennengelernt über</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/editor.py" line="286"/>
        <source>Met on</source>
        <translation>Kennengelernt am</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/editor.py" line="287"/>
        <source>Met at the event</source>
        <translation>Kennengelernt bei der Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/editor.py" line="288"/>
        <source>Introduced by</source>
        <translation>Vorgestellt von</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/editor.py" line="289"/>
        <source>Address form</source>
        <translation>Ansprache</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/editor.py" line="290"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/editor.py" line="291"/>
        <source>Closeness</source>
        <translation>Nähe</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/editor.py" line="292"/>
        <source>Keep in touch</source>
        <translation>In Kontakt bleiben</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/editor.py" line="293"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/editor.py" line="294"/>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/editor.py" line="295"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/editor.py" line="384"/>
        <source>Please enter a name or an organisation.</source>
        <translation>Bitte einen Namen oder eine Organisation eingeben.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/editor.py" line="389"/>
        <source>The birthday is not a date: use %1.</source>
        <translation>Der Geburtstag ist kein Datum: bitte %1.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/editor.py" line="398"/>
        <source>This is not a messenger address: %1</source>
        <translation>Das ist keine Messenger-Adresse: %1</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/editor.py" line="414"/>
        <source>&quot;Met on&quot; is not a date: use %1.</source>
        <translation>„Kennengelernt am“ ist kein Datum: bitte %1.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/editor.py" line="564"/>
        <source>Save the new contact?</source>
        <translation>Den neuen Kontakt speichern?</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/editor.py" line="565"/>
        <source>Save the changes to the contact “%1”?</source>
        <translation>Änderungen am Kontakt „%1“ speichern?</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/editor.py" line="566"/>
        <source>Save the changes to this contact?</source>
        <translation>Änderungen an diesem Kontakt speichern?</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/editor.py" line="395"/>
        <source>This is not an e-mail address: %1</source>
        <translation>Das ist keine E-Mail-Adresse: %1</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/editor.py" line="220"/>
        <source>e.g. Barcamp Cologne %1</source>
        <translation>z. B. Barcamp Köln %1</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/editor.py" line="277"/>
        <source>comma-separated, e.g. Media, Meetups</source>
        <translation>durch Kommas getrennt, z. B. Medien, Stammtisch</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/editor.py" line="285"/>
        <source>Details</source>
        <translation>Wo genau</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/editor.py" line="396"/>
        <source>This is not a phone number: %1</source>
        <translation>Das ist keine Telefonnummer: %1</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/editor.py" line="397"/>
        <source>This is not a web address: %1</source>
        <translation>Das ist keine Webadresse: %1</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/editor.py" line="419"/>
        <source>&quot;Introduced by&quot;: pick the person from the list (Enter takes a name).</source>
        <translation>„Vorgestellt von“: Bitte die Person aus der Liste wählen (Enter übernimmt einen Namen).</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/editor.py" line="456"/>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
</context>
<context>
    <name>ContactsPane</name>
    <message>
        <location filename="../../netzjournal/ui/contacts/pane.py" line="98"/>
        <source>Filter by name, company, tag or note text…</source>
        <translation>Filtern: Name, Schlagwort …</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/pane.py" line="102"/>
        <source>Filters by name, organisation, tag and note text</source>
        <translation>Filtert nach Name, Organisation, Schlagwort und Notiztext</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/pane.py" line="99"/>
        <source>Filter contacts</source>
        <translation>Kontakte filtern</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/pane.py" line="105"/>
        <source>Filter by tag</source>
        <translation>Nach Schlagwort filtern</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/pane.py" line="107"/>
        <source>Show archived</source>
        <translation>Archivierte zeigen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/pane.py" line="134"/>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/pane.py" line="115"/>
        <source>Edit…</source>
        <translation>Bearbeiten …</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/pane.py" line="116"/>
        <source>Merge…</source>
        <translation>Zusammenführen …</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/pane.py" line="315"/>
        <source>All tags</source>
        <translation>Alle Schlagwörter</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/pane.py" line="529"/>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/pane.py" line="628"/>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/pane.py" line="630"/>
        <source>This contact was changed elsewhere (in another window or by an import) while you edited it. Both changes are kept.</source>
        <translation>Dieser Kontakt wurde anderswo geändert (in einem anderen Fenster oder durch einen Import), während Sie ihn bearbeitet haben. Beide Änderungen bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/pane.py" line="642"/>
        <source>Changed elsewhere</source>
        <translation>Anderswo geändert</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/pane.py" line="646"/>
        <source>Nothing was saved yet. The editor opens again with the other changes taken in and your values in those fields: Save keeps yours, Cancel keeps the other version.</source>
        <translation>Noch wurde nichts gespeichert. Der Editor öffnet sich erneut: Die anderen Änderungen sind übernommen, in diesen Feldern stehen Ihre Werte. „Speichern“ behält Ihre, „Abbrechen“ die andere Fassung.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/pane.py" line="698"/>
        <source>Archive contacts</source>
        <translation>Kontakte archivieren</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/pane.py" line="687"/>
        <source>Archive %1 contacts? They leave the list and the reconnect coach; “Show archived” brings them back. You can undo this with Ctrl+Z.</source>
        <translation>%1 Kontakte archivieren? Sie verschwinden aus der Liste und aus dem Kontakt-Coach; „Archivierte zeigen“ holt sie zurück. Mit Strg+Z lässt sich das rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/pane.py" line="692"/>
        <source>Archive %1 contacts? They leave the reconnect coach and stay in the list in italics while “Show archived” is ticked. You can undo this with Ctrl+Z.</source>
        <translation>%1 Kontakte archivieren? Sie verschwinden aus dem Kontakt-Coach und bleiben kursiv in der Liste, solange „Archivierte zeigen“ angehakt ist. Mit Strg+Z lässt sich das rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/pane.py" line="700"/>
        <source>Archive</source>
        <translation>Archivieren</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/pane.py" line="725"/>
        <source>Delete contacts</source>
        <translation>Kontakte löschen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/pane.py" line="725"/>
        <source>Delete contact</source>
        <translation>Kontakt löschen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/pane.py" line="728"/>
        <source>Delete %1? The meeting notes stay in the journal without this person. You can undo this with Ctrl+Z.</source>
        <translation>%1 löschen? Die Gesprächsnotizen bleiben ohne diese Person im Journal. Mit Strg+Z lässt sich das rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/pane.py" line="733"/>
        <source>Delete %1? Their meeting notes stay in the journal without them. You can undo this with Ctrl+Z.</source>
        <translation>%1 löschen? Die Gesprächsnotizen bleiben im Journal, nur ohne diese Person. Mit Strg+Z können Sie das rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/pane.py" line="737"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/pane.py" line="755"/>
        <source>Everything stored about this person</source>
        <translation>Alles, was über diese Person gespeichert ist</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/pane.py" line="845"/>
        <source>Merge contacts</source>
        <translation>Kontakte zusammenführen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/pane.py" line="846"/>
        <source>Select exactly two contacts (Ctrl+click) to merge them.</source>
        <translation>Wählen Sie genau zwei Kontakte aus (Strg+Klick), um sie zusammenzuführen.</translation>
    </message>
</context>
<context>
    <name>ContactsTableModel</name>
    <message>
        <location filename="../../netzjournal/ui/contacts/model.py" line="129"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/model.py" line="130"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/model.py" line="131"/>
        <source>Role</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/model.py" line="132"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/model.py" line="133"/>
        <source>Last contact</source>
        <translation>Zuletzt</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/model.py" line="134"/>
        <source>Closeness</source>
        <translation>Nähe</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/model.py" line="135"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/model.py" line="564"/>
        <location filename="../../netzjournal/ui/contacts/model.py" line="566"/>
        <source>Closeness %1 of 5</source>
        <translation>Nähe %1 von 5</translation>
    </message>
</context>
<context>
    <name>DebriefDialog</name>
    <message>
        <location filename="../../netzjournal/ui/events_tab/debrief.py" line="133"/>
        <source>Debrief: %1, %2</source>
        <translation>Nachbereitung: %1, %2</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/debrief.py" line="141"/>
        <source>Whom did you meet? Pick each person (or type a new name and press Enter), then a line about each. Ctrl+Enter saves.</source>
        <translation>Wen haben Sie getroffen? Wählen Sie jede Person aus (oder tippen Sie einen neuen Namen und drücken Sie Enter) und schreiben Sie zu jeder eine Zeile. Strg+Eingabe speichert.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/debrief.py" line="159"/>
        <source>Nobody picked yet. Each person you pick appears here, with a line for what you talked about.</source>
        <translation>Noch niemand ausgewählt. Wen Sie auswählen, erscheint hier, mit einer Zeile dazu, worüber Sie gesprochen haben.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/debrief.py" line="174"/>
        <source>I was there</source>
        <translation>Ich war da</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/debrief.py" line="265"/>
        <source>New contact</source>
        <translation>Neuer Kontakt</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/debrief.py" line="266"/>
        <source>Nobody in the journal is called “%1”. Create a new contact?</source>
        <translation>Im Journal heißt niemand „%1“. Einen neuen Kontakt anlegen?</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/debrief.py" line="237"/>
        <location filename="../../netzjournal/ui/events_tab/debrief.py" line="275"/>
        <source>%1 (new)</source>
        <translation>%1 (neu)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/debrief.py" line="249"/>
        <source>Listed because they said yes: %1. Take off with ✕ anyone who did not come.</source>
        <translation>Mit Zusage auf der Liste: %1. Wer nicht kam, nehmen Sie mit ✕ heraus.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/debrief.py" line="308"/>
        <source>Debrief</source>
        <translation>Nachbereitung</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/debrief.py" line="308"/>
        <source>Pick at least one person.</source>
        <translation>Wählen Sie mindestens eine Person aus.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/debrief.py" line="346"/>
        <source>what you wrote about %1</source>
        <translation>was Sie zu %1 geschrieben haben</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/debrief.py" line="349"/>
        <source>added to the list: %1</source>
        <translation>neu auf der Liste: %1</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/debrief.py" line="352"/>
        <source>taken off the list: %1</source>
        <translation>von der Liste genommen: %1</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/debrief.py" line="354"/>
        <source>“I was there” unticked</source>
        <translation>„Ich war da“ abgewählt</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/debrief.py" line="360"/>
        <source>“Discard” throws away:</source>
        <translation>„Verwerfen“ wirft weg:</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/debrief.py" line="375"/>
        <source>Save the changes to this debrief?</source>
        <translation>Änderungen an dieser Nachbereitung speichern?</translation>
    </message>
</context>
<context>
    <name>DraftAutosave</name>
    <message>
        <location filename="../../netzjournal/ui/draft_autosave.py" line="132"/>
        <source>The draft cannot be saved: the disk is full. Your changes stay here – save them, or free some space.</source>
        <translation>Der Entwurf kann nicht gesichert werden: Der Datenträger ist voll. Ihre Änderungen bleiben hier – speichern Sie sie oder schaffen Sie Platz.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/draft_autosave.py" line="137"/>
        <source>The draft cannot be saved (%1). Your changes stay here – save them.</source>
        <translation>Der Entwurf kann nicht gesichert werden (%1). Ihre Änderungen bleiben hier – speichern Sie sie.</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../netzjournal/ui/contacts/duplicates.py" line="296"/>
        <source>Possible duplicates</source>
        <translation>Mögliche Duplikate</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/duplicates.py" line="328"/>
        <source>Contacts with the same e-mail address or phone number, or the same name at the same organisation, would be listed here.</source>
        <translation>Kontakte mit derselben E-Mail-Adresse oder Telefonnummer oder mit demselben Namen bei derselben Organisation würden hier stehen.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/duplicates.py" line="339"/>
        <source>&amp;Merge…</source>
        <translation>&amp;Zusammenführen …</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/duplicates.py" line="340"/>
        <source>&amp;Not the same person</source>
        <translation>&amp;Nicht dieselbe Person</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netzjournal/ui/contacts/duplicates.py" line="377"/>
        <source>%n group(s) of contacts may be one person each.</source>
        <translation>
            <numerusform>%n Kontaktgruppe könnte dieselbe Person sein.</numerusform>
            <numerusform>%n Kontaktgruppen könnten jeweils dieselbe Person sein.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netzjournal/ui/contacts/duplicates.py" line="379"/>
        <source>%n pair(s) of contacts may be one person each.</source>
        <translation>
            <numerusform>%n Kontaktpaar könnte dieselbe Person sein.</numerusform>
            <numerusform>%n Kontaktpaare könnten jeweils dieselbe Person sein.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/duplicates.py" line="386"/>
        <source>No possible duplicates found.</source>
        <translation>Keine möglichen Duplikate gefunden.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/duplicates.py" line="438"/>
        <source>Only the two selected are set apart; the others in the group stay listed.</source>
        <translation>Nur die beiden Ausgewählten werden als verschiedene Personen vermerkt; die anderen in der Gruppe bleiben in der Liste.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/duplicates.py" line="516"/>
        <source>%1 was changed elsewhere (by a sync or in another window) while you chose whom to keep. Nothing was merged: look at the pair as it is now, then merge again.</source>
        <translation>%1 wurde anderswo geändert (bei einer Synchronisation oder in einem anderen Fenster), während Sie gewählt haben, wen Sie behalten. Es wurde nichts zusammengeführt: Sehen Sie sich das Paar so an, wie es jetzt ist, und führen Sie es dann erneut zusammen.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/duplicates.py" line="514"/>
        <location filename="../../netzjournal/ui/contacts/duplicates.py" line="533"/>
        <source>One of the two contacts</source>
        <translation>Einer der beiden Kontakte</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/duplicates.py" line="536"/>
        <source>%1 was archived elsewhere (by a sync or in another window) while this list was open. Nothing was changed; the list no longer offers the pair.</source>
        <translation>%1 wurde anderswo archiviert (bei einer Synchronisation oder in einem anderen Fenster), während diese Liste offen war. Es wurde nichts geändert; die Liste bietet das Paar nicht mehr an.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/duplicates.py" line="541"/>
        <source>%1 is no longer in the journal: deleted or merged elsewhere (by a sync or in another window) while this list was open. Nothing was changed; the list no longer offers the pair.</source>
        <translation>%1 ist nicht mehr im Journal: Während diese Liste offen war, wurde der Kontakt anderswo gelöscht oder zusammengeführt (bei einer Synchronisation oder in einem anderen Fenster). Es wurde nichts geändert; die Liste bietet das Paar nicht mehr an.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/duplicates.py" line="547"/>
        <source>These contacts are no longer in the journal: deleted or merged elsewhere (by a sync or in another window) while this list was open. Nothing was changed; the list no longer offers them.</source>
        <translation>Diese Kontakte sind nicht mehr im Journal: Während diese Liste offen war, wurden sie anderswo gelöscht oder zusammengeführt (bei einer Synchronisation oder in einem anderen Fenster). Es wurde nichts geändert; die Liste bietet sie nicht mehr an.</translation>
    </message>
</context>
<context>
    <name>DuplicatesModel</name>
    <message>
        <location filename="../../netzjournal/ui/contacts/duplicates.py" line="179"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/duplicates.py" line="179"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/duplicates.py" line="179"/>
        <source>Source</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/duplicates.py" line="179"/>
        <source>E-mail, phone</source>
        <translation>E-Mail, Telefon</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/duplicates.py" line="180"/>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/duplicates.py" line="185"/>
        <source>Name; below, organisation and city, after the role where it tells them apart</source>
        <translation>Name; darunter Organisation und Ort, davor die Funktion, wo sie die beiden unterscheidet</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/duplicates.py" line="186"/>
        <source>E-mail address; below, phone number</source>
        <translation>E-Mail-Adresse; darunter Telefonnummer</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/duplicates.py" line="187"/>
        <source>Number of meeting notes; below, the day of the last contact</source>
        <translation>Anzahl der Gesprächsnotizen; darunter der Tag des letzten Kontakts</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/duplicates.py" line="188"/>
        <source>Where the contact came from; below, the day it was added</source>
        <translation>Woher der Kontakt stammt; darunter der Tag, an dem er angelegt wurde</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/duplicates.py" line="189"/>
        <source>Why they may be one person</source>
        <translation>Warum es sich um dieselbe Person handeln könnte</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/duplicates.py" line="194"/>
        <source>Same e-mail address</source>
        <translation>Gleiche E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/duplicates.py" line="195"/>
        <source>Same phone number</source>
        <translation>Gleiche Telefonnummer</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/duplicates.py" line="196"/>
        <source>Same name and organisation</source>
        <translation>Gleicher Name und gleiche Organisation</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/duplicates.py" line="197"/>
        <source>Same name, one without organisation</source>
        <translation>Gleicher Name, einer ohne Organisation</translation>
    </message>
</context>
<context>
    <name>EncryptDialog</name>
    <message>
        <location filename="../../netzjournal/ui/privacy.py" line="176"/>
        <source>Encrypt the journal</source>
        <translation>Journal verschlüsseln</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/privacy.py" line="180"/>
        <source>An encrypted journal cannot be read from the disk without its key: a lost or stolen laptop does not give away your notes. Backups and drafts are encrypted too.</source>
        <translation>Ein verschlüsseltes Journal lässt sich ohne seinen Schlüssel nicht von der Festplatte lesen: Ein verlorener oder gestohlener Laptop verrät Ihre Notizen nicht. Sicherungen und Entwürfe werden ebenfalls verschlüsselt.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/privacy.py" line="188"/>
        <source>Keep the key in this computer&apos;s keyring (recommended)</source>
        <translation>Schlüssel im Schlüsselbund dieses Computers aufbewahren (empfohlen)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/privacy.py" line="191"/>
        <source>Use a passphrase, asked at every start</source>
        <translation>Eine Passphrase verwenden, bei jedem Start abgefragt</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/privacy.py" line="198"/>
        <source>This computer has no keyring: use a passphrase.</source>
        <translation>Dieser Computer hat keinen Schlüsselbund: Verwenden Sie eine Passphrase.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/privacy.py" line="202"/>
        <location filename="../../netzjournal/ui/rekey.py" line="95"/>
        <source>Passphrase (at least 8 characters)</source>
        <translation>Passphrase (mindestens 8 Zeichen)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/privacy.py" line="207"/>
        <location filename="../../netzjournal/ui/rekey.py" line="103"/>
        <source>The same passphrase again</source>
        <translation>Dieselbe Passphrase noch einmal</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/privacy.py" line="217"/>
        <source>I understand: without the key the journal is lost</source>
        <translation>Verstanden: Ohne den Schlüssel ist das Journal verloren</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/privacy.py" line="219"/>
        <source>netzjournal closes, encrypts the journal and starts again.</source>
        <translation>netzjournal schließt sich, verschlüsselt das Journal und startet neu.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/privacy.py" line="221"/>
        <source>Encrypt and restart</source>
        <translation>Verschlüsseln und neu starten</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/privacy.py" line="230"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/privacy.py" line="231"/>
        <location filename="../../netzjournal/ui/rekey.py" line="110"/>
        <source>Repeat</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/privacy.py" line="269"/>
        <location filename="../../netzjournal/ui/rekey.py" line="155"/>
        <source>A passphrase has at least 8 characters.</source>
        <translation>Eine Passphrase hat mindestens 8 Zeichen.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/privacy.py" line="271"/>
        <location filename="../../netzjournal/ui/rekey.py" line="159"/>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>Erase</name>
    <message>
        <location filename="../../netzjournal/ui/contacts/erase.py" line="35"/>
        <source>Delete this person everywhere</source>
        <translation>Diese Person überall löschen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/erase.py" line="40"/>
        <source>Erase %1 from the journal and from every backup, for good?</source>
        <translation>%1 endgültig aus dem Journal und aus allen Sicherungen löschen?</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/erase.py" line="65"/>
        <source>Deleted text is overwritten, not just hidden. This cannot be undone – not with Ctrl+Z and not from a backup; the undo history is cleared.</source>
        <translation>Gelöschter Text wird überschrieben, nicht nur ausgeblendet. Das lässt sich nicht rückgängig machen – weder mit Strg+Z noch aus einer Sicherung; der Rückgängig-Verlauf wird geleert.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/erase.py" line="73"/>
        <source>This removes:</source>
        <translation>Das entfernt:</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/erase.py" line="45"/>
        <source>the contact with all addresses, numbers, notes and tags</source>
        <translation>den Kontakt mit allen Adressen, Nummern, Notizen und Schlagwörtern</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/erase.py" line="48"/>
        <source>follow-ups with them: %1</source>
        <translation>Nächste Schritte mit der Person: %1</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/erase.py" line="51"/>
        <source>give &amp; take lines about them: %1</source>
        <translation>Geben-&amp;-Nehmen-Einträge über die Person: %1</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/erase.py" line="54"/>
        <source>them from notes shared with others (those notes stay): %1</source>
        <translation>die Person aus Notizen mit anderen (diese Notizen bleiben): %1</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/erase.py" line="57"/>
        <source>them from the backups: %1 (each cleaned copy is checked before it replaces the backup)</source>
        <translation>die Person aus den Sicherungen: %1 (jede bereinigte Kopie wird geprüft, bevor sie die Sicherung ersetzt)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/erase.py" line="64"/>
        <source>the unsaved quick note that names them</source>
        <translation>die ungespeicherte Schnellnotiz, in der die Person genannt wird</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/erase.py" line="82"/>
        <source>Also delete the notes where %1 was the only participant: %2</source>
        <translation>Auch die Notizen löschen, in denen %1 die einzige beteiligte Person war: %2</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/erase.py" line="92"/>
        <source>Erase everywhere</source>
        <translation>Überall löschen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/erase.py" line="113"/>
        <location filename="../../netzjournal/ui/contacts/erase.py" line="153"/>
        <location filename="../../netzjournal/ui/contacts/erase.py" line="214"/>
        <source>Not deleted</source>
        <translation>Nicht gelöscht</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/erase.py" line="125"/>
        <source>Erasing %1 from the journal and its backups…</source>
        <translation>%1 wird aus dem Journal und den Sicherungen gelöscht …</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/erase.py" line="163"/>
        <source>%1 was erased. Backups cleaned: %2.</source>
        <translation>%1 wurde gelöscht. Bereinigte Sicherungen: %2.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/erase.py" line="168"/>
        <source>Another program is reading the journal, so its write-ahead log could not be emptied yet; it is emptied when netzjournal closes.</source>
        <translation>Ein anderes Programm liest gerade das Journal, deshalb konnte sein Write-Ahead-Log noch nicht geleert werden; es wird geleert, wenn netzjournal beendet wird.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/erase.py" line="175"/>
        <location filename="../../netzjournal/ui/contacts/erase.py" line="187"/>
        <source>Deleted everywhere</source>
        <translation>Überall gelöscht</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/erase.py" line="190"/>
        <source>These copies could not be changed and may still hold %1. Delete them? They are deleted as whole files.</source>
        <translation>Diese Kopien ließen sich nicht ändern und können %1 noch enthalten. Sollen sie gelöscht werden? Sie werden als ganze Dateien gelöscht.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/erase.py" line="199"/>
        <source>Delete these files</source>
        <translation>Diese Dateien löschen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/erase.py" line="203"/>
        <source>Keep them</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/erase.py" line="215"/>
        <source>These files could not be deleted:</source>
        <translation>Diese Dateien konnten nicht gelöscht werden:</translation>
    </message>
</context>
<context>
    <name>EventEditor</name>
    <message>
        <location filename="../../netzjournal/ui/events_tab/editor.py" line="66"/>
        <source>Edit event</source>
        <translation>Veranstaltung bearbeiten</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/editor.py" line="66"/>
        <source>New event</source>
        <translation>Neue Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/editor.py" line="69"/>
        <source>e.g. Tech meetup, Barcamp Ruhr, dmexco</source>
        <translation>z. B. Stammtisch Süd, Barcamp Ruhr, dmexco</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/editor.py" line="75"/>
        <source>Several days, until</source>
        <translation>Mehrere Tage, bis</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/editor.py" line="80"/>
        <source>At a time</source>
        <translation>Mit Uhrzeit</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/editor.py" line="86"/>
        <source>End time</source>
        <translation>Endzeit</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/editor.py" line="93"/>
        <source>Tags, separated by commas</source>
        <translation>Schlagwörter, durch Kommas getrennt</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/editor.py" line="100"/>
        <source>Notes (Markdown)</source>
        <translation>Notizen (Markdown)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/editor.py" line="119"/>
        <source>ends the next day</source>
        <translation>endet am nächsten Tag</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/editor.py" line="125"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/editor.py" line="126"/>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/editor.py" line="127"/>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/editor.py" line="131"/>
        <source>Repeats</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/editor.py" line="132"/>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/editor.py" line="133"/>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/editor.py" line="134"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/editor.py" line="135"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/editor.py" line="241"/>
        <source>An event needs a name.</source>
        <translation>Eine Veranstaltung braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/editor.py" line="244"/>
        <location filename="../../netzjournal/ui/events_tab/editor.py" line="248"/>
        <source>An event cannot end before it starts.</source>
        <translation>Eine Veranstaltung kann nicht enden, bevor sie beginnt.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/editor.py" line="254"/>
        <location filename="../../netzjournal/ui/events_tab/editor.py" line="266"/>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/editor.py" line="273"/>
        <source>Save the changes to this event?</source>
        <translation>Änderungen an dieser Veranstaltung speichern?</translation>
    </message>
</context>
<context>
    <name>EventPage</name>
    <message>
        <location filename="../../netzjournal/ui/events_tab/page.py" line="182"/>
        <source>Whom did you meet? One line each, in one go.</source>
        <translation>Wen haben Sie getroffen? Eine Zeile je Person, alles auf einmal.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/page.py" line="188"/>
        <source>Change this occurrence only…</source>
        <translation>Nur diesen Termin ändern …</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/page.py" line="190"/>
        <source>Move this occurrence, another place, or cancelled</source>
        <translation>Diesen Termin verschieben, anderer Ort oder abgesagt</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/page.py" line="180"/>
        <source>Debrief…</source>
        <translation>Nachbereiten …</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/page.py" line="185"/>
        <source>Edit…</source>
        <translation>Bearbeiten …</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/page.py" line="192"/>
        <source>My answer:</source>
        <translation>Meine Antwort:</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/page.py" line="200"/>
        <source>This event was cancelled, but you said you were there.</source>
        <translation>Diese Veranstaltung wurde abgesagt, Sie haben aber angegeben, dass Sie da waren.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/page.py" line="203"/>
        <source>I wasn&apos;t there</source>
        <translation>Ich war nicht da</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/page.py" line="206"/>
        <source>It took place after all</source>
        <translation>Hat doch stattgefunden</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/page.py" line="208"/>
        <source>No longer marked as cancelled</source>
        <translation>Wird nicht mehr als abgesagt geführt</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/page.py" line="231"/>
        <location filename="../../netzjournal/ui/events_tab/page.py" line="530"/>
        <location filename="../../netzjournal/ui/events_tab/words.py" line="51"/>
        <source>Who was there</source>
        <translation>Wer war da</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/page.py" line="259"/>
        <source>A line (optional)</source>
        <translation>Eine Zeile (optional)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/page.py" line="261"/>
        <source>A line about them</source>
        <translation>Eine Zeile zu der Person</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/page.py" line="262"/>
        <source>A line about them at this event, e.g. “spoke briefly”</source>
        <translation>Eine Zeile zu der Person bei diesem Termin, z. B. „kurz gesprochen“</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/page.py" line="264"/>
        <source>Remove…</source>
        <translation>Entfernen …</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/page.py" line="266"/>
        <source>Met here first</source>
        <translation>Hier kennengelernt</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/page.py" line="268"/>
        <source>Record this event as where you met the chosen person</source>
        <translation>Festhalten, dass Sie die gewählte Person bei dieser Veranstaltung kennengelernt haben</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/page.py" line="292"/>
        <source>Occurrences of this series</source>
        <translation>Termine dieser Reihe</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/page.py" line="314"/>
        <source>&lt;b&gt;Who was there&lt;/b&gt;</source>
        <translation>&lt;b&gt;Wer war da&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/page.py" line="356"/>
        <source>No event chosen</source>
        <translation>Keine Veranstaltung gewählt</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/page.py" line="358"/>
        <source>Choose an event on the left, or create one.</source>
        <translation>Wählen Sie links eine Veranstaltung aus oder legen Sie eine an.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/page.py" line="376"/>
        <source>%1 (cancelled)</source>
        <translation>%1 (abgesagt)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/page.py" line="380"/>
        <source>moved from %1</source>
        <translation>verschoben vom %1</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/page.py" line="386"/>
        <source>An extra occurrence of this series</source>
        <translation>Zusätzlicher Termin dieser Reihe</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/page.py" line="394"/>
        <source>Tags: %1</source>
        <translation>Schlagwörter: %1</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/page.py" line="407"/>
        <source>The notes go on: the whole text is under “Edit…”.</source>
        <translation>Die Notizen sind länger: Den ganzen Text finden Sie unter „Bearbeiten …“.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/page.py" line="417"/>
        <source>Invited by %1</source>
        <translation>Eingeladen von %1</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/words.py" line="48"/>
        <source>Who is coming</source>
        <translation>Wer kommt</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/words.py" line="50"/>
        <source>Who is there</source>
        <translation>Wer ist da</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/page.py" line="438"/>
        <source>Every occurrence of this series</source>
        <translation>Alle Termine dieser Reihe</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/page.py" line="455"/>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/page.py" line="480"/>
        <source>Said yes to the invitation: %1</source>
        <translation>Laut Einladung zugesagt: %1</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/page.py" line="531"/>
        <source>Nobody in the journal is called “%1”. Use the debrief to add new people.</source>
        <translation>Im Journal heißt niemand „%1“. Neue Personen legen Sie in der Nachbereitung an.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/page.py" line="550"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/page.py" line="551"/>
        <source>Remove %1 from this event?</source>
        <translation>%1 von dieser Veranstaltung entfernen?</translation>
    </message>
</context>
<context>
    <name>EventWords</name>
    <message>
        <location filename="../../netzjournal/ui/events_tab/words.py" line="70"/>
        <source>first</source>
        <translation>ersten</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/words.py" line="71"/>
        <source>second</source>
        <translation>zweiten</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/words.py" line="72"/>
        <source>third</source>
        <translation>dritten</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/words.py" line="73"/>
        <source>fourth</source>
        <translation>vierten</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/words.py" line="74"/>
        <source>last</source>
        <translation>letzten</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/words.py" line="81"/>
        <source>d MMMM</source>
        <translation>d. MMMM</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/words.py" line="88"/>
        <location filename="../../netzjournal/ui/events_tab/words.py" line="97"/>
        <source>Does not repeat</source>
        <translation>Einmalig</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/words.py" line="100"/>
        <location filename="../../netzjournal/ui/events_tab/words.py" line="191"/>
        <source>Every %2 weeks on %1</source>
        <translation>Alle %2 Wochen am %1</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/words.py" line="105"/>
        <location filename="../../netzjournal/ui/events_tab/words.py" line="185"/>
        <source>Every week on %1</source>
        <translation>Jede Woche am %1</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/words.py" line="107"/>
        <location filename="../../netzjournal/ui/events_tab/words.py" line="187"/>
        <source>Every two weeks on %1</source>
        <translation>Alle zwei Wochen am %1</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/words.py" line="110"/>
        <source>Every %1 %2 of the month</source>
        <translation>Jeden %1 %2 im Monat</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/words.py" line="116"/>
        <source>Every %2 months on day %1</source>
        <translation>Alle %2 Monate am %1.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/words.py" line="121"/>
        <source>Monthly on day %1</source>
        <translation>Monatlich am %1.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/words.py" line="125"/>
        <source>Every year on %1</source>
        <translation>Jedes Jahr am %1</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/words.py" line="130"/>
        <source>Every year on the %1 %2 in %3</source>
        <translation>Jedes Jahr am %1 %2 im %3</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/words.py" line="141"/>
        <source>(until %1)</source>
        <translation>(bis %1)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/words.py" line="145"/>
        <source>(%1 times)</source>
        <translation>(%1-mal)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/words.py" line="157"/>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/words.py" line="178"/>
        <source>Every day</source>
        <translation>Jeden Tag</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/words.py" line="179"/>
        <source>Every %1 days</source>
        <translation>Alle %1 Tage</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/words.py" line="195"/>
        <source>Repeats regularly</source>
        <translation>Wiederholt sich regelmäßig</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/words.py" line="209"/>
        <source>daily</source>
        <translation>täglich</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/words.py" line="210"/>
        <source>every %1 days</source>
        <translation>alle %1 Tage</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/words.py" line="212"/>
        <source>weekly</source>
        <translation>wöchentlich</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/words.py" line="213"/>
        <source>every %1 weeks</source>
        <translation>alle %1 Wochen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/words.py" line="215"/>
        <source>monthly</source>
        <translation>monatlich</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/words.py" line="216"/>
        <source>every %1 months</source>
        <translation>alle %1 Monate</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/words.py" line="218"/>
        <source>yearly</source>
        <translation>jährlich</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/words.py" line="219"/>
        <source>every %1 years</source>
        <translation>alle %1 Jahre</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/words.py" line="251"/>
        <source>%1 %2 time</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/words.py" line="272"/>
        <source>%1 your time</source>
        <translation>%1 bei Ihnen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/words.py" line="332"/>
        <source>said yes</source>
        <translation>hat zugesagt</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/words.py" line="260"/>
        <source>ddd d MMM</source>
        <translation>ddd, dd.MM.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/words.py" line="263"/>
        <source>%1 on %2 your time</source>
        <translation>%1 am %2 bei Ihnen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/words.py" line="320"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/words.py" line="321"/>
        <source>I&apos;m going</source>
        <translation>Ich gehe hin</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/words.py" line="322"/>
        <source>I might go</source>
        <translation>Ich gehe vielleicht hin</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/words.py" line="323"/>
        <source>I&apos;m not going</source>
        <translation>Ich gehe nicht hin</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/words.py" line="324"/>
        <source>I was there</source>
        <translation>Ich war da</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/words.py" line="331"/>
        <source>was there</source>
        <translation>war da</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/words.py" line="333"/>
        <source>in a note</source>
        <translation>in einer Notiz</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/words.py" line="315"/>
        <source>I had said yes</source>
        <translation>Ich hatte zugesagt</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/words.py" line="316"/>
        <source>I had said maybe</source>
        <translation>Ich hatte „vielleicht“ gesagt</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/words.py" line="317"/>
        <source>I had said no</source>
        <translation>Ich hatte abgesagt</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/words.py" line="325"/>
        <source>I wasn&apos;t there</source>
        <translation>Ich war nicht da</translation>
    </message>
</context>
<context>
    <name>EventsModel</name>
    <message>
        <location filename="../../netzjournal/ui/events_tab/model.py" line="124"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/model.py" line="127"/>
        <source>Upcoming</source>
        <translation>Demnächst</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/model.py" line="131"/>
        <source>Past</source>
        <translation>Vergangen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/model.py" line="134"/>
        <source>No events yet</source>
        <translation>Noch keine Veranstaltungen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/model.py" line="135"/>
        <source>No event matches</source>
        <translation>Keine passende Veranstaltung</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netzjournal/ui/events_tab/model.py" line="217"/>
        <source>%n more occurrence(s)</source>
        <translation>
            <numerusform>%n weiterer Termin</numerusform>
            <numerusform>%n weitere Termine</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/model.py" line="314"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/model.py" line="314"/>
        <location filename="../../netzjournal/ui/events_tab/model.py" line="315"/>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/model.py" line="315"/>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/model.py" line="315"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/model.py" line="355"/>
        <source>%1 (cancelled)</source>
        <translation>%1 (abgesagt)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/model.py" line="357"/>
        <source>%1 (moved)</source>
        <translation>%1 (verschoben)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/model.py" line="383"/>
        <source>%1; every occurrence is in the table on its page</source>
        <translation>%1; alle Termine stehen in der Tabelle auf ihrer Seite</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/model.py" line="404"/>
        <location filename="../../netzjournal/ui/events_tab/model.py" line="446"/>
        <location filename="../../netzjournal/ui/events_tab/pane.py" line="163"/>
        <source>Met: %1</source>
        <translation>Getroffen: %1</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/model.py" line="431"/>
        <location filename="../../netzjournal/ui/events_tab/pane.py" line="164"/>
        <source>Said yes: %1</source>
        <translation>Zugesagt: %1</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/model.py" line="381"/>
        <source>Part of a series</source>
        <translation>Teil einer Reihe</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/model.py" line="425"/>
        <source>My answer: %1</source>
        <translation>Meine Antwort: %1</translation>
    </message>
</context>
<context>
    <name>EventsPane</name>
    <message>
        <location filename="../../netzjournal/ui/events_tab/pane.py" line="63"/>
        <source>Search events, places, who was there</source>
        <translation>Suchen: Veranstaltung, Ort, wer da war</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/pane.py" line="66"/>
        <source>Search events</source>
        <translation>Veranstaltungen suchen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/pane.py" line="67"/>
        <source>New event…</source>
        <translation>Neue Veranstaltung …</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/pane.py" line="70"/>
        <source>Import .ics…</source>
        <translation>.ics importieren …</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/pane.py" line="73"/>
        <source>Delete…</source>
        <translation>Löschen …</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/pane.py" line="79"/>
        <source>Events</source>
        <translation>Veranstaltungen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/pane.py" line="396"/>
        <source>Delete the series “%1” with all its occurrences and who was there? Notes about them stay. You can undo this with Ctrl+Z.</source>
        <translation>Die Reihe „%1“ mit allen Terminen und wer da war löschen? Notizen dazu bleiben erhalten. Mit Strg+Z können Sie das rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/pane.py" line="399"/>
        <source>Delete the event “%1” and who was there? Notes about it stay. You can undo this with Ctrl+Z.</source>
        <translation>Die Veranstaltung „%1“ und wer da war löschen? Notizen dazu bleiben erhalten. Mit Strg+Z können Sie das rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/pane.py" line="402"/>
        <source>Delete event</source>
        <translation>Veranstaltung löschen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/pane.py" line="402"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/pane.py" line="412"/>
        <location filename="../../netzjournal/ui/events_tab/pane.py" line="492"/>
        <location filename="../../netzjournal/ui/events_tab/pane.py" line="506"/>
        <location filename="../../netzjournal/ui/events_tab/pane.py" line="523"/>
        <source>Import events</source>
        <translation>Veranstaltungen importieren</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/pane.py" line="414"/>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderdateien (*.ics)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/pane.py" line="423"/>
        <source>“%1”: its start cannot be read; not imported.</source>
        <translation>„%1“: Der Beginn ist nicht lesbar; nicht importiert.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/pane.py" line="424"/>
        <source>“%1”: its end cannot be read; imported without it.</source>
        <translation>„%1“: Das Ende ist nicht lesbar; ohne Ende importiert.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/pane.py" line="425"/>
        <source>“%1”: its repetition cannot be read; not imported.</source>
        <translation>„%1“: Die Wiederholung ist nicht lesbar; nicht importiert.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/pane.py" line="426"/>
        <source>“%1”: a date of its repetition cannot be read; not imported.</source>
        <translation>„%1“: Ein Datum der Wiederholung ist nicht lesbar; nicht importiert.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/pane.py" line="428"/>
        <source>“%1”: its extra dates (RDATE) cannot be kept; imported without them.</source>
        <translation>„%1“: Die zusätzlichen Termine (RDATE) lassen sich nicht übernehmen; ohne sie importiert.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/pane.py" line="431"/>
        <source>“%1”: its attached files cannot be kept; imported without them.</source>
        <translation>„%1“: Die angehängten Dateien lassen sich nicht übernehmen; ohne sie importiert.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/pane.py" line="434"/>
        <source>The file is cut short inside “%1”: that event was not imported, everything before it was.</source>
        <translation>Die Datei bricht mitten in „%1“ ab: Diese Veranstaltung wurde nicht importiert, alles davor schon.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/pane.py" line="438"/>
        <source>The time zone “%1” cannot be read from this file: its times were taken as local times.</source>
        <translation>Die Zeitzone „%1“ ist in dieser Datei nicht lesbar: Uhrzeiten in dieser Zone wurden als Ortszeit übernommen.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/pane.py" line="444"/>
        <source>The file is cut short: its last event was not imported, everything before it was.</source>
        <translation>Die Datei bricht vorzeitig ab: Ihre letzte Veranstaltung wurde nicht importiert, alles davor schon.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/pane.py" line="452"/>
        <source>Cancelled: %1 on %2 (you had said you were there: please check)</source>
        <translation>Abgesagt: %1 am %2 (Sie hatten angegeben, dass Sie da waren: bitte prüfen)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/pane.py" line="464"/>
        <source>The file cannot be read. Nothing was imported.</source>
        <translation>Die Datei lässt sich nicht lesen. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/pane.py" line="466"/>
        <source>This file is not a calendar (.ics) that can be read. Nothing was imported.</source>
        <translation>Diese Datei ist kein lesbarer Kalender (.ics). Es wurde nichts importiert.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/pane.py" line="495"/>
        <source>%1: this file cannot be read; not imported.</source>
        <translation>%1: Diese Datei kann nicht gelesen werden; nicht importiert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netzjournal/ui/events_tab/pane.py" line="549"/>
        <source>%n yes</source>
        <comment>replies</comment>
        <translation>
            <numerusform>%n Zusage</numerusform>
            <numerusform>%n Zusagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netzjournal/ui/events_tab/pane.py" line="551"/>
        <source>%n no</source>
        <comment>replies</comment>
        <translation>
            <numerusform>%n Absage</numerusform>
            <numerusform>%n Absagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netzjournal/ui/events_tab/pane.py" line="553"/>
        <source>%n maybe</source>
        <comment>replies</comment>
        <translation>
            <numerusform>%n vielleicht</numerusform>
            <numerusform>%n vielleicht</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/pane.py" line="558"/>
        <source>Replies: %1 (%2)</source>
        <translation>Antworten: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/pane.py" line="569"/>
        <source>Events and series imported: %1 (already there: %2)</source>
        <translation>Importierte Veranstaltungen und Reihen: %1 (schon vorhanden: %2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netzjournal/ui/events_tab/pane.py" line="577"/>
        <source>Already up to date: the invitation was already in the journal as it is.</source>
        <translation>
            <numerusform>Schon aktuell: Die Einladung war schon so im Journal.</numerusform>
            <numerusform>Schon aktuell: Die Einladungen waren schon so im Journal.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netzjournal/ui/events_tab/pane.py" line="580"/>
        <source>Already up to date: the events were already in the journal as they are.</source>
        <translation>
            <numerusform>Schon aktuell: Die Veranstaltung war schon so im Journal.</numerusform>
            <numerusform>Schon aktuell: Die Veranstaltungen waren schon so im Journal.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/pane.py" line="590"/>
        <source>Changed by an update or a cancellation: %1</source>
        <translation>Durch eine Aktualisierung oder Absage geändert: %1</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/pane.py" line="600"/>
        <source>Updated with their time zone: %1</source>
        <translation>Mit ihrer Zeitzone aktualisiert: %1</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/pane.py" line="603"/>
        <source>Time zone added: %1 on %2</source>
        <translation>Zeitzone ergänzt: %1 am %2</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/pane.py" line="611"/>
        <source>Older invitations not taken (already more current here): %1</source>
        <translation>Ältere Fassungen von Einladungen nicht übernommen (hier ist schon eine neuere): %1</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/pane.py" line="614"/>
        <source>“%1”: not imported (%2)</source>
        <translation>„%1“: nicht importiert (%2)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/pane.py" line="617"/>
        <source>Not everything could be read:</source>
        <translation>Nicht alles ließ sich lesen:</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/pane.py" line="598"/>
        <location filename="../../netzjournal/ui/events_tab/pane.py" line="608"/>
        <location filename="../../netzjournal/ui/events_tab/pane.py" line="619"/>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/pane.py" line="450"/>
        <source>Cancelled: %1 on %2</source>
        <translation>Abgesagt: %1 am %2</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/pane.py" line="454"/>
        <source>Cancelled from %2 on: %1</source>
        <translation>Abgesagt ab %2: %1</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/pane.py" line="455"/>
        <source>Changed: the series %1</source>
        <translation>Geändert: die Reihe „%1“</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/pane.py" line="456"/>
        <source>Changed: %1 on %2</source>
        <translation>Geändert: %1 am %2</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../netzjournal/ui/interchange/export_dialog.py" line="34"/>
        <location filename="../../netzjournal/ui/interchange/export_dialog.py" line="114"/>
        <location filename="../../netzjournal/ui/interchange/export_dialog.py" line="125"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/export_dialog.py" line="44"/>
        <source>For address books and phones (vCard)</source>
        <translation>Für Adressbuch-Programme und Handys (vCard)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/export_dialog.py" line="45"/>
        <source>For spreadsheets such as Excel (CSV)</source>
        <translation>Für Tabellen wie Excel (CSV)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/export_dialog.py" line="46"/>
        <source>For a German Excel (CSV with semicolons)</source>
        <translation>Für ein deutsches Excel (CSV mit Semikolons)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/export_dialog.py" line="47"/>
        <source>The whole journal, to restore or move it (JSON)</source>
        <translation>Das ganze Journal, zum Wiederherstellen oder Umziehen (JSON)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/export_dialog.py" line="48"/>
        <source>For calendars: birthdays, follow-ups, reconnects (iCalendar)</source>
        <translation>Für Kalender: Geburtstage, nächste Schritte, Wiedermelden (iCalendar)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/export_dialog.py" line="49"/>
        <source>Readable text about the selected people (Markdown)</source>
        <translation>Lesbarer Text über die ausgewählten Personen (Markdown)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/export_dialog.py" line="53"/>
        <source>Only the selected contacts (%1)</source>
        <translation>Nur die ausgewählten Kontakte (%1)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/export_dialog.py" line="58"/>
        <source>Include private fields (closeness, notes …)</source>
        <translation>Private Felder mitnehmen (Nähe, Notizen …)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/export_dialog.py" line="62"/>
        <source>Without it, the file holds what an address book holds: name, organisation, role, email, phone, web, birthday and city. With it, also closeness, your notes, tags, topics, how you met and who introduced you to each other: for your own devices, not to pass on.</source>
        <translation>Ohne dieses Häkchen enthält die Datei, was ein Adressbuch enthält: Name, Organisation, Funktion, E-Mail, Telefon, Web, Geburtstag und Ort. Mit ihm auch Nähe, Ihre Notizen, Schlagwörter, Themen, wie Sie sich kennengelernt haben und wer Sie einander vorgestellt hat – für Ihre eigenen Geräte, nicht zum Weitergeben.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/export_dialog.py" line="72"/>
        <source>Exports are plain files, not encrypted (even when the journal is): anyone who gets the file can read it.</source>
        <translation>Exporte sind gewöhnliche, unverschlüsselte Dateien (auch wenn das Journal verschlüsselt ist): Wer die Datei bekommt, kann sie lesen.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/export_dialog.py" line="78"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/export_dialog.py" line="88"/>
        <source>Save…</source>
        <translation>Speichern …</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/export_dialog.py" line="125"/>
        <source>Select a contact first.</source>
        <translation>Bitte zuerst einen Kontakt auswählen.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/export_dialog.py" line="130"/>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/export_dialog.py" line="142"/>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>FollowUpRow</name>
    <message>
        <location filename="../../netzjournal/ui/notes/editor.py" line="59"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/notes/editor.py" line="61"/>
        <source>What is to be done?</source>
        <translation>Was ist zu tun?</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/notes/editor.py" line="63"/>
        <source>due</source>
        <translation>fällig</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/notes/editor.py" line="75"/>
        <location filename="../../netzjournal/ui/notes/editor.py" line="76"/>
        <source>Remove this follow-up</source>
        <translation>Diesen nächsten Schritt entfernen</translation>
    </message>
</context>
<context>
    <name>GlobalSearch</name>
    <message>
        <location filename="../../netzjournal/ui/search.py" line="225"/>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
</context>
<context>
    <name>ImportProblem</name>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="334"/>
        <source>no table found in this file</source>
        <translation>keine Tabelle in dieser Datei gefunden</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="338"/>
        <source>more than {limit} rows; the rest was skipped</source>
        <translation>mehr als {limit} Zeilen; der Rest wurde übersprungen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="346"/>
        <source>birthday not understood: {value}</source>
        <translation>Geburtstag nicht verstanden: {value}</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="349"/>
        <source>not an e-mail address, skipped: {value}</source>
        <translation>keine E-Mail-Adresse, übersprungen: {value}</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="352"/>
        <source>a row without a name or address was skipped</source>
        <translation>eine Zeile ohne Namen oder Adresse wurde übersprungen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="355"/>
        <source>the file is larger than {limit} MB; not read</source>
        <translation>die Datei ist größer als {limit} MB; nicht gelesen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="358"/>
        <source>cannot be read: {reason}</source>
        <translation>kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="362"/>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="381"/>
        <source>the file ends in the middle of this line; it was left out</source>
        <translation>die Datei endet mitten in dieser Zeile; die Zeile wurde ausgelassen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="393"/>
        <source>more than {limit} values in one field; the rest was skipped</source>
        <translation>mehr als {limit} Werte in einem Feld; der Rest wurde übersprungen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="396"/>
        <source>{name} not understood: {value}</source>
        <translation>{name} nicht verstanden: {value}</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="397"/>
        <source>{count} more problems of the kinds above were not listed</source>
        <translation>{count} weitere Probleme der oben genannten Arten wurden nicht aufgeführt</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="400"/>
        <source>this is not a text file; nothing was read</source>
        <translation>keine Textdatei; nichts wurde gelesen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="403"/>
        <source>an Excel 97–2003 (.xls) or LibreOffice (.ods) spreadsheet, which netzjournal does not read: save it as an Excel workbook (.xlsx) or as CSV (File &gt; Save As) and import that file</source>
        <translation>eine Tabelle aus Excel 97–2003 (.xls) oder LibreOffice (.ods), die netzjournal nicht liest: Speichern Sie sie als Excel-Arbeitsmappe (.xlsx) oder als CSV (Datei &gt; Speichern unter) und importieren Sie diese Datei</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="409"/>
        <source>the workbook is protected by a password: open it in Excel, remove the password (File &gt; Info &gt; Protect Workbook &gt; Encrypt with Password), save it and import it again</source>
        <translation>die Arbeitsmappe ist mit einem Kennwort geschützt: Öffnen Sie sie in Excel, entfernen Sie das Kennwort (Datei &gt; Informationen &gt; Arbeitsmappe schützen &gt; Mit Kennwort verschlüsseln), speichern Sie sie und importieren Sie sie erneut</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="414"/>
        <source>the workbook cannot be read: it is damaged or incomplete. Open it in Excel or LibreOffice, save it again (or as CSV) and import that file</source>
        <translation>die Arbeitsmappe lässt sich nicht lesen: Sie ist beschädigt oder unvollständig. Öffnen Sie sie in Excel oder LibreOffice, speichern Sie sie erneut (oder als CSV) und importieren Sie diese Datei</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="419"/>
        <source>the workbook unpacks to more than {limit} MB (an .xlsx file is packed); not read. Save the sheet with the contacts as CSV and import that file</source>
        <translation>die Arbeitsmappe wird beim Entpacken größer als {limit} MB (eine .xlsx-Datei ist gepackt); nicht gelesen. Speichern Sie das Tabellenblatt mit den Kontakten als CSV und importieren Sie diese Datei</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="424"/>
        <source>a web page (HTML) named as an Excel file, not a workbook (what many web tools export as &quot;Excel&quot;): open it in Excel or LibreOffice, save it as an Excel workbook (.xlsx) or as CSV (File &gt; Save As) and import that file</source>
        <translation>eine Webseite (HTML), die wie eine Excel-Datei heißt, aber keine Arbeitsmappe ist (so exportieren viele Web-Werkzeuge „nach Excel“): Öffnen Sie sie in Excel oder LibreOffice, speichern Sie sie als Excel-Arbeitsmappe (.xlsx) oder als CSV (Datei &gt; Speichern unter) und importieren Sie diese Datei</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="430"/>
        <source>an XML file named as an Excel file (Excel 2003&apos;s XML spreadsheet), not a workbook: open it in Excel or LibreOffice, save it as an Excel workbook (.xlsx) or as CSV (File &gt; Save As) and import that file</source>
        <translation>eine XML-Datei, die wie eine Excel-Datei heißt (XML-Kalkulationstabelle von Excel 2003), aber keine Arbeitsmappe ist: Öffnen Sie sie in Excel oder LibreOffice, speichern Sie sie als Excel-Arbeitsmappe (.xlsx) oder als CSV (Datei &gt; Speichern unter) und importieren Sie diese Datei</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="436"/>
        <source>{count} formulas have no stored value (e.g. {cell}) and were read as empty: open the workbook in Excel or LibreOffice, save it (which stores the values) and import it again</source>
        <translation>{count} Zellen mit Formeln ohne gespeicherten Wert (z. B. {cell}) wurden als leer gelesen: Öffnen Sie die Arbeitsmappe in Excel oder LibreOffice, speichern Sie sie (dabei werden die Werte gespeichert) und importieren Sie sie erneut</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="442"/>
        <source>only the sheet “{sheet}” was read; other sheets: {others}</source>
        <translation>nur das Tabellenblatt „{sheet}“ wurde gelesen; weitere Blätter: {others}</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="446"/>
        <source>phone numbers stored as numbers in the workbook ({count}, e.g. {value}) may have lost a leading 0 or +: check them after the import</source>
        <translation>Telefonnummern, die in der Arbeitsmappe als Zahl gespeichert sind ({count}, z. B. {value}), haben vielleicht eine führende 0 oder ein + verloren: Prüfen Sie sie nach dem Import</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="456"/>
        <source>this row could not be read ({reason}); it was skipped</source>
        <translation>diese Zeile ist nicht lesbar ({reason}); sie wurde übersprungen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="459"/>
        <source>a quotation mark is not closed; the row was read from this line only</source>
        <translation>ein Anführungszeichen wird nicht geschlossen; der Eintrag wurde nur aus dieser Zeile gelesen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="462"/>
        <source>{count} dates in the column &apos;{column}&apos; could not be read, e.g. &apos;{value}&apos;</source>
        <translation>{count} Datumsangaben in der Spalte „{column}“ sind nicht lesbar, z. B. „{value}“</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="466"/>
        <source>a netzjournal JSON export: restore it on its own (File &gt; Restore from JSON export, or &apos;netzjournal import&apos; with this file alone) into an empty journal</source>
        <translation>ein netzjournal-JSON-Export: allein und in ein leeres Journal wiederherstellen (Datei &gt; JSON-Export wiederherstellen oder „netzjournal import“ nur mit dieser Datei)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="471"/>
        <source>columns not read: {columns}</source>
        <translation>nicht gelesene Spalten: {columns}</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="474"/>
        <source>a calendar (.ics), not contacts: import its events in the Events view (Import .ics…)</source>
        <translation>ein Kalender (.ics), keine Kontakte: seine Veranstaltungen in der Ansicht „Veranstaltungen“ importieren (.ics importieren …)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="498"/>
        <source>“{name}” is a contact group, not a person: its members in this file ({count}) were given the tag “{name}”</source>
        <translation>„{name}“ ist eine Kontaktgruppe, keine Person: ihre Mitglieder in dieser Datei ({count}) bekamen das Schlagwort „{name}“</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="478"/>
        <source>related people (partner, manager, assistant …) were not read (cards: {count}): a contact has no field for them</source>
        <translation>Angaben zu anderen Personen (Partner, Vorgesetzte, Assistenz …) nicht gelesen (Karten: {count}): ein Kontakt hat dafür kein Feld</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="331"/>
        <source>the file holds invisible control characters; they were left out</source>
        <translation>die Datei enthält unsichtbare Steuerzeichen; sie wurden weggelassen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="335"/>
        <source>no first line with column names (such as “Name” or “E-mail”) found</source>
        <translation>keine erste Zeile mit Spaltennamen (wie „Name“ oder „E-Mail“) gefunden</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="341"/>
        <source>this row has {cells} columns where the first line names {headers}: it was imported, check this person afterwards</source>
        <translation>diese Zeile hat {cells} Spalten, die erste Zeile nennt {headers}: sie wurde importiert, bitte prüfen Sie diese Person danach</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="359"/>
        <source>not an ordinary file (perhaps a folder); not read</source>
        <translation>keine gewöhnliche Datei (vielleicht ein Ordner); nicht gelesen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="363"/>
        <source>a line that belongs to no contact field was skipped</source>
        <translation>eine Zeile, die zu keinem Kontaktfeld gehört, wurde übersprungen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="366"/>
        <source>an unreadable line was skipped</source>
        <translation>eine unlesbare Zeile wurde übersprungen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="369"/>
        <source>a contact inside another contact was read as a person of its own</source>
        <translation>ein Kontakt innerhalb eines anderen Kontakts wurde als eigene Person gelesen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="372"/>
        <source>an empty contact was skipped</source>
        <translation>ein leerer Kontakt wurde übersprungen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="373"/>
        <source>more than {limit} lines in one contact; the rest was skipped</source>
        <translation>mehr als {limit} Zeilen in einem Kontakt; der Rest wurde übersprungen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="376"/>
        <source>the file ends in the middle of this contact, as if it was cut short; what was there of it was imported</source>
        <translation>die Datei endet mitten in diesem Kontakt, als wäre sie abgeschnitten; was davon da war, wurde importiert</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="384"/>
        <source>no contacts found in this file (it is no address book file)</source>
        <translation>keine Kontakte in dieser Datei gefunden (sie ist keine Adressbuch-Datei)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="387"/>
        <source>contacts inside contacts, more than {limit} deep, were skipped</source>
        <translation>Kontakte in Kontakten, mehr als {limit} Ebenen tief, wurden übersprungen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="390"/>
        <source>more than {limit} contacts; the rest was skipped</source>
        <translation>mehr als {limit} Kontakte; der Rest wurde übersprungen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="451"/>
        <source>not an address book (vCard), a table (CSV) or a netzjournal export (JSON); nothing was read</source>
        <translation>weder ein Adressbuch (vCard) noch eine Tabelle (CSV) noch ein netzjournal-Export (JSON); nichts wurde gelesen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="483"/>
        <source>encryption keys for e-mail and their settings (KEY, Proton&apos;s X-PM-…) were not read (cards: {count}): netzjournal sends no e-mail</source>
        <translation>Schlüssel zur E-Mail-Verschlüsselung und ihre Einstellungen (KEY, X-PM-… von Proton) nicht gelesen (Karten: {count}): netzjournal verschickt keine E-Mails</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="488"/>
        <source>anniversaries and other dates were not read (cards: {count}): a contact keeps only the birthday</source>
        <translation>Jahrestage und andere Daten nicht gelesen (Karten: {count}): ein Kontakt hat nur ein Feld für den Geburtstag</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="493"/>
        <source>street, postcode and country of addresses were not read (cards: {count}): a contact keeps the city</source>
        <translation>Straße, Postleitzahl und Land der Adressen nicht gelesen (Karten: {count}): ein Kontakt behält nur den Ort</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="508"/>
        <source>%1, line %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="514"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ImportResult</name>
    <message>
        <location filename="../../netzjournal/ui/interchange/import_result.py" line="90"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/import_result.py" line="91"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/import_result.py" line="92"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/import_result.py" line="93"/>
        <source>Details</source>
        <translation>Einzelheiten</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/import_result.py" line="113"/>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/import_result.py" line="114"/>
        <source>Merged</source>
        <translation>Zusammengeführt</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/import_result.py" line="115"/>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/import_result.py" line="125"/>
        <source>salutation</source>
        <translation>Anrede</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/import_result.py" line="126"/>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/import_result.py" line="134"/>
        <source>how we met</source>
        <translation>wie kennengelernt</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/import_result.py" line="135"/>
        <source>met on</source>
        <translation>kennengelernt am</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/import_result.py" line="143"/>
        <source>%1 “%2” kept (the file: “%3”)</source>
        <translation>%1 „%2“ behalten (in der Datei: „%3“)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/import_result.py" line="166"/>
        <source>chosen among namesakes</source>
        <translation>unter Gleichnamigen ausgewählt</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/import_result.py" line="168"/>
        <source>into %1 (%2)</source>
        <translation>mit %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/import_result.py" line="178"/>
        <source>check: %1 (%2)</source>
        <translation>prüfen: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/import_result.py" line="250"/>
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/import_result.py" line="252"/>
        <source>Created: %1 · Merged into existing contacts: %2 · Skipped: %3</source>
        <translation>Neu angelegt: %1 · Mit vorhandenen Kontakten zusammengeführt: %2 · Übersprungen: %3</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/import_result.py" line="263"/>
        <source>Merged contacts that kept their own values where the file said something else: %1 (see Details)</source>
        <translation>Zusammengeführte Kontakte, die ihre eigenen Angaben behielten, wo die Datei anderes sagt: %1 (siehe Details)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/import_result.py" line="275"/>
        <source>The import was taken back.</source>
        <translation>Der Import wurde rückgängig gemacht.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/import_result.py" line="278"/>
        <source>The people it created are removed again; merged contacts are as they were.</source>
        <translation>Die dabei angelegten Personen sind wieder entfernt; zusammengeführte Kontakte sind wie vorher.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/import_result.py" line="293"/>
        <source>Edit → Undo takes the whole import back.</source>
        <translation>Bearbeiten → Rückgängig nimmt den ganzen Import zurück.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/import_result.py" line="296"/>
        <source>A backup was taken first: %1</source>
        <translation>Vorher wurde eine Sicherung angelegt: %1</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../netzjournal/ui/interchange/wizard.py" line="89"/>
        <source>Create new</source>
        <translation>Neu anlegen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/wizard.py" line="90"/>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/wizard.py" line="91"/>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/wizard.py" line="101"/>
        <source>same e-mail address</source>
        <translation>gleiche E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/wizard.py" line="102"/>
        <source>same name and organisation</source>
        <translation>gleicher Name und gleiche Organisation</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/wizard.py" line="106"/>
        <source>same name</source>
        <translation>gleicher Name</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/wizard.py" line="110"/>
        <source>a similar name</source>
        <translation>ein ähnlicher Name</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/wizard.py" line="117"/>
        <source>the same card (UID)</source>
        <translation>dieselbe Karte (UID)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/wizard.py" line="118"/>
        <source>the same card twice in the files</source>
        <translation>dieselbe Karte zweimal in den Dateien</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/wizard.py" line="121"/>
        <source>check: same e-mail as another card in the files</source>
        <translation>prüfen: dieselbe E-Mail-Adresse wie eine andere Karte in den Dateien</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/wizard.py" line="124"/>
        <source>check: a namesake in the files</source>
        <translation>prüfen: Namensvetter in den Dateien</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/dialog_shots.py" line="131"/>
        <location filename="../../netzjournal/ui/interchange/wizard.py" line="520"/>
        <location filename="../../netzjournal/ui/interchange/wizard.py" line="1005"/>
        <location filename="../../netzjournal/ui/interchange/wizard.py" line="1140"/>
        <source>Import contacts</source>
        <translation>Kontakte importieren</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/wizard.py" line="130"/>
        <source>also in another file (same e-mail): one contact</source>
        <translation>auch in anderer Datei (gleiche E-Mail): ein Kontakt</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/wizard.py" line="133"/>
        <source>also in another file (same organisation): one contact</source>
        <translation>auch in anderer Datei (gleiche Organisation): ein Kontakt</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/wizard.py" line="136"/>
        <source>a mailing list&apos;s address, no person&apos;s name</source>
        <translation>Adresse eines Verteilers, kein Personenname</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/wizard.py" line="146"/>
        <source>the same card twice in the file</source>
        <translation>dieselbe Karte zweimal in der Datei</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/wizard.py" line="149"/>
        <source>check: same e-mail as another card in the file</source>
        <translation>prüfen: dieselbe E-Mail-Adresse wie eine andere Karte in der Datei</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/wizard.py" line="152"/>
        <source>check: a namesake in the file</source>
        <translation>prüfen: Namensvetter in der Datei</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/wizard.py" line="161"/>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/wizard.py" line="163"/>
        <source>check: characters lost (%1)</source>
        <translation>prüfen: Zeichen verloren (%1)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/wizard.py" line="173"/>
        <source>check: a namesake in the file: %1</source>
        <translation>prüfen: Namensvetter in der Datei: %1</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/wizard.py" line="175"/>
        <source>check: a namesake in the files: %1</source>
        <translation>prüfen: Namensvetter in den Dateien: %1</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/wizard.py" line="627"/>
        <source>Choose files…</source>
        <translation>Dateien wählen …</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/wizard.py" line="628"/>
        <source>Choose a folder…</source>
        <translation>Ordner wählen …</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/wizard.py" line="644"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/wizard.py" line="660"/>
        <source>No file chosen yet. Choose files or a whole folder with the buttons below.</source>
        <translation>Noch keine Datei gewählt. Wählen Sie mit den Knöpfen unten Dateien oder einen ganzen Ordner.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/wizard.py" line="677"/>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/wizard.py" line="697"/>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/wizard.py" line="697"/>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/wizard.py" line="698"/>
        <source>Middle names</source>
        <translation>Weitere Vornamen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/wizard.py" line="698"/>
        <source>Suffix</source>
        <translation>Namenszusatz</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/wizard.py" line="699"/>
        <source>Nickname</source>
        <translation>Spitzname</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/wizard.py" line="699"/>
        <source>Whole name</source>
        <translation>Ganzer Name</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/wizard.py" line="700"/>
        <source>Salutation</source>
        <translation>Anrede</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/wizard.py" line="701"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/wizard.py" line="701"/>
        <source>Role</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/wizard.py" line="702"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/wizard.py" line="702"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/wizard.py" line="702"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/wizard.py" line="703"/>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/wizard.py" line="703"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/wizard.py" line="703"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/wizard.py" line="731"/>
        <source>This CSV file has no layout netzjournal knows. Which column holds what?</source>
        <translation>Diese CSV-Datei hat einen Aufbau, den netzjournal nicht kennt. Welche Spalte enthält was?</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/wizard.py" line="741"/>
        <source>(not in the file)</source>
        <translation>(nicht in der Datei)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/wizard.py" line="827"/>
        <source>Choose files</source>
        <translation>Dateien wählen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/wizard.py" line="841"/>
        <source>Choose a folder</source>
        <translation>Ordner wählen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/wizard.py" line="910"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/wizard.py" line="912"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/wizard.py" line="925"/>
        <source>Import them too</source>
        <translation>Trotzdem importieren</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/wizard.py" line="941"/>
        <source>Problems found</source>
        <translation>Gefundene Probleme</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/wizard.py" line="994"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netzjournal/ui/interchange/wizard.py" line="1021"/>
        <source>Left out: %n card(s) with only a mailing list&apos;s address (newsletter@, noreply@, info@ …) and no person&apos;s name.</source>
        <translation>
            <numerusform>Ausgelassen: %n Karte nur mit der Adresse eines Verteilers (newsletter@, noreply@, info@ …) und ohne Personennamen.</numerusform>
            <numerusform>Ausgelassen: %n Karten nur mit der Adresse eines Verteilers (newsletter@, noreply@, info@ …) und ohne Personennamen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/wizard.py" line="1062"/>
        <source>No people found in the chosen files, so there is nothing to import.</source>
        <translation>In den gewählten Dateien wurden keine Personen gefunden, es gibt also nichts zu importieren.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/wizard.py" line="1065"/>
        <source>People found: %1 (%2). Choose per row what happens; nothing is saved yet.</source>
        <translation>Gefundene Personen: %1 (%2). Wählen Sie pro Zeile, was geschieht; noch ist nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/wizard.py" line="1069"/>
        <source>People found: %1 (%2). None of them is in the journal yet. Choose per row what happens; nothing is saved yet.</source>
        <translation>Gefundene Personen: %1 (%2). Noch niemand davon ist im Journal. Wählen Sie pro Zeile, was geschieht; noch ist nichts gespeichert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netzjournal/ui/interchange/wizard.py" line="1078"/>
        <source>%n name(s) have a “?” where a letter was lost: the file was written in an old code page, without that letter (Outlook for Windows writes its CSV export so). They are imported as they are; correct them afterwards, or export again in Unicode (UTF-8), which keeps every letter: in Outlook on the web (outlook.com or Microsoft 365 in the browser) open People, then Manage contacts &gt; Export contacts, and import that file instead.</source>
        <translation>
            <numerusform>%n Name enthält ein „?“, wo ein Buchstabe verloren ging: Die Datei wurde in einer alten Zeichentabelle ohne diesen Buchstaben geschrieben (so schreibt Outlook für Windows seinen CSV-Export). Er wird so importiert, wie er ist; korrigieren Sie ihn danach, oder exportieren Sie neu in Unicode (UTF-8), das jeden Buchstaben behält: in Outlook im Web (outlook.com oder Microsoft 365 im Browser) unter Personen, dann Kontakte verwalten &gt; Kontakte exportieren, und importieren Sie stattdessen diese Datei.</numerusform>
            <numerusform>%n Namen enthalten ein „?“, wo ein Buchstabe verloren ging: Die Datei wurde in einer alten Zeichentabelle ohne diesen Buchstaben geschrieben (so schreibt Outlook für Windows seinen CSV-Export). Sie werden so importiert, wie sie sind; korrigieren Sie sie danach, oder exportieren Sie neu in Unicode (UTF-8), das jeden Buchstaben behält: in Outlook im Web (outlook.com oder Microsoft 365 im Browser) unter Personen, dann Kontakte verwalten &gt; Kontakte exportieren, und importieren Sie stattdessen diese Datei.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/wizard.py" line="1120"/>
        <source>Undo this import…</source>
        <translation>Diesen Import zurücknehmen …</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/wizard.py" line="1149"/>
        <source>The import was stopped; nothing was changed.</source>
        <translation>Der Import wurde abgebrochen; nichts wurde verändert.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/wizard.py" line="1169"/>
        <source>Undo this import</source>
        <translation>Diesen Import zurücknehmen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/wizard.py" line="1125"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/wizard.py" line="107"/>
        <location filename="../../netzjournal/ui/interchange/wizard.py" line="111"/>
        <source>already there more than once: choose whom to merge into</source>
        <translation>schon mehrfach vorhanden: wählen Sie, mit wem zusammengeführt wird</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/wizard.py" line="114"/>
        <source>several people have this name: choose whom to merge into</source>
        <translation>mehrere Personen heißen so: wählen Sie, mit wem zusammengeführt wird</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/wizard.py" line="127"/>
        <source>check: same name and organisation as another card</source>
        <translation>prüfen: Name und Organisation wie bei einer anderen Karte</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/wizard.py" line="621"/>
        <source>Choose vCard files (.vcf: phones, Outlook, Apple, Google, XING) or CSV exports (LinkedIn Connections.csv, Google Contacts, Outlook, XING) or a list kept in Excel (.xlsx). Nothing is changed before you have checked the preview.</source>
        <translation>Wählen Sie vCard-Dateien (.vcf: Handy, Outlook, Apple, Google, XING), CSV-Exporte (LinkedIn Connections.csv, Google Kontakte, Outlook, XING) oder eine Liste aus Excel (.xlsx). Nichts wird geändert, bevor Sie die Vorschau geprüft haben.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/wizard.py" line="831"/>
        <source>Contacts (*.vcf *.csv *.xlsx *.xls *.ods);;All files (*)</source>
        <translation>Kontakte (*.vcf *.csv *.xlsx *.xls *.ods);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/wizard.py" line="1170"/>
        <source>Take the whole import back? The people it created are removed again.</source>
        <translation>Den ganzen Import zurücknehmen? Die dabei angelegten Personen werden wieder entfernt.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/wizard.py" line="1171"/>
        <source>Undo the import</source>
        <translation>Import zurücknehmen</translation>
    </message>
</context>
<context>
    <name>InviteesBox</name>
    <message>
        <location filename="../../netzjournal/ui/events_tab/invitees.py" line="107"/>
        <source>Also invited, not in your contacts</source>
        <translation>Außerdem eingeladen, nicht unter Ihren Kontakten</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/invitees.py" line="116"/>
        <source>Add as contact…</source>
        <translation>Als Kontakt anlegen …</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/invitees.py" line="120"/>
        <source>A new contact with the name and address the invitation gives, linked to this event</source>
        <translation>Ein neuer Kontakt mit Name und Adresse aus der Einladung, mit dieser Veranstaltung verknüpft</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/invitees.py" line="129"/>
        <source>Enter your own addresses in Settings → General so that you are not listed here</source>
        <translation>Ihre eigenen Adressen in Einstellungen → Allgemein eintragen, damit Sie hier nicht erscheinen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/invitees.py" line="225"/>
        <source>Is “%1” (%2) your contact %3?</source>
        <translation>Ist „%1“ (%2) Ihr Kontakt %3?</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/invitees.py" line="229"/>
        <source>Is “%1” (%2) one of these contacts?</source>
        <translation>Ist „%1“ (%2) einer dieser Kontakte?</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/invitees.py" line="231"/>
        <source>Already a contact?</source>
        <translation>Schon ein Kontakt?</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/invitees.py" line="238"/>
        <source>Yes, link to this contact</source>
        <translation>Ja, mit diesem Kontakt verknüpfen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/invitees.py" line="245"/>
        <source>No, a new contact…</source>
        <translation>Nein, neuer Kontakt …</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/invitees.py" line="256"/>
        <source>Add the address %1 to the contact</source>
        <translation>Die Adresse %1 beim Kontakt eintragen</translation>
    </message>
</context>
<context>
    <name>InviteesModel</name>
    <message>
        <location filename="../../netzjournal/ui/events_tab/invitees.py" line="50"/>
        <source>organiser</source>
        <translation>lädt ein</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/invitees.py" line="52"/>
        <source>said yes</source>
        <translation>hat zugesagt</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/invitees.py" line="53"/>
        <source>said no</source>
        <translation>hat abgesagt</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/invitees.py" line="54"/>
        <source>maybe</source>
        <translation>vielleicht</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/invitees.py" line="55"/>
        <source>no answer yet</source>
        <translation>noch keine Antwort</translation>
    </message>
</context>
<context>
    <name>LanguagesQuestion</name>
    <message>
        <location filename="../../netzjournal/ui/coach/languages.py" line="30"/>
        <source>All in German</source>
        <translation>Alle auf Deutsch</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/languages.py" line="31"/>
        <source>All in English</source>
        <translation>Alle auf Englisch</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netzjournal/ui/coach/languages.py" line="54"/>
        <source>%Ln contact(s) without a language (messages in English for now).</source>
        <translation>
            <numerusform>%Ln Kontakt ohne Sprache (Nachrichten vorerst auf Englisch).</numerusform>
            <numerusform>%Ln Kontakte ohne Sprache (Nachrichten vorerst auf Englisch).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netzjournal/ui/coach/languages.py" line="57"/>
        <source>%Ln contact(s) without a language (messages in German for now).</source>
        <translation>
            <numerusform>%Ln Kontakt ohne Sprache (Nachrichten vorerst auf Deutsch).</numerusform>
            <numerusform>%Ln Kontakte ohne Sprache (Nachrichten vorerst auf Deutsch).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../netzjournal/ui/main_window.py" line="102"/>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/main_window.py" line="103"/>
        <location filename="../../netzjournal/ui/main_window.py" line="455"/>
        <source>Meeting notes</source>
        <translation>Gesprächsnotizen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/main_window.py" line="104"/>
        <location filename="../../netzjournal/ui/main_window.py" line="473"/>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/main_window.py" line="105"/>
        <location filename="../../netzjournal/ui/main_window.py" line="482"/>
        <source>Yearly review</source>
        <translation>Jahresrückblick</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/main_window.py" line="106"/>
        <location filename="../../netzjournal/ui/main_window.py" line="491"/>
        <source>Events</source>
        <translation>Veranstaltungen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/main_window.py" line="174"/>
        <source>DEMO journal (temporary, not your data)</source>
        <translation>DEMO-Journal (vorübergehend, nicht Ihre Daten)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/main_window.py" line="176"/>
        <source>read-only</source>
        <translation>schreibgeschützt</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/main_window.py" line="180"/>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/main_window.py" line="190"/>
        <source>Search everything</source>
        <translation>Alles durchsuchen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/main_window.py" line="192"/>
        <source>Search people and notes</source>
        <translation>Personen und Notizen suchen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/main_window.py" line="203"/>
        <source>Reconnect coach</source>
        <translation>Kontakt-Coach</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/main_window.py" line="206"/>
        <source>Loading suggestions…</source>
        <translation>Vorschläge werden geladen …</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/main_window.py" line="289"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/main_window.py" line="290"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/main_window.py" line="293"/>
        <source>&amp;Sort contacts by</source>
        <translation>Kontakte &amp;sortieren nach</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/main_window.py" line="295"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/main_window.py" line="301"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/main_window.py" line="309"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/main_window.py" line="311"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/main_window.py" line="349"/>
        <source>Search people and notes (%1)</source>
        <translation>Personen und Notizen suchen (%1)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/main_window.py" line="425"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/main_window.py" line="430"/>
        <source>Contacts: %1 · Meeting notes: %2</source>
        <translation>Kontakte: %1 · Gesprächsnotizen: %2</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/main_window.py" line="655"/>
        <source>Quick note saved.</source>
        <translation>Schnellnotiz gespeichert.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/main_window.py" line="798"/>
        <source>Everything netzjournal keeps is in one folder on this computer. To take it along or keep a copy, copy this folder while netzjournal is closed.</source>
        <translation>Alles, was netzjournal aufbewahrt, liegt in einem Ordner auf diesem Computer. Um es mitzunehmen oder eine Kopie aufzuheben, kopieren Sie diesen Ordner, während netzjournal geschlossen ist.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/main_window.py" line="806"/>
        <source>Data folder: %1
Journal: %2
Backups: %3

To use another folder, start netzjournal with --data-dir FOLDER.</source>
        <translation>Datenordner: %1
Journal: %2
Sicherungen: %3

Für einen anderen Ordner starten Sie netzjournal mit --data-dir ORDNER.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/main_window.py" line="813"/>
        <source>Open the data folder</source>
        <translation>Datenordner öffnen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/main_window.py" line="733"/>
        <source>Backup restored.</source>
        <translation>Sicherung wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/main_window.py" line="758"/>
        <source>The demo journal opens in its own window (%1).</source>
        <translation>Das Demo-Journal öffnet sich in einem eigenen Fenster (%1).</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/main_window.py" line="772"/>
        <source>About netzjournal</source>
        <translation>Über netzjournal</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/main_window.py" line="774"/>
        <source>netzjournal %1

A private journal for professional networking. Everything stays on this computer.</source>
        <translation>netzjournal %1

Ein privates Journal für Ihr berufliches Netzwerk. Alles bleibt auf diesem Computer.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/main_window.py" line="796"/>
        <source>Where my data lives</source>
        <translation>Wo meine Daten liegen</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../netzjournal/ui/contacts/merge.py" line="125"/>
        <source>Merge contacts</source>
        <translation>Kontakte zusammenführen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/merge.py" line="127"/>
        <source>%1 and %2 become one contact. Keep which one?</source>
        <translation>%1 und %2 werden ein Kontakt. Welchen behalten?</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/merge.py" line="132"/>
        <source>Every note and detail of the other joins it. Edit → Undo takes the merge back.</source>
        <translation>Alle Notizen und Angaben des anderen werden übernommen. Bearbeiten → Rückgängig nimmt das Zusammenführen zurück.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/merge.py" line="134"/>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/merge.py" line="146"/>
        <source>%1 is kept; every note and detail of %2 joins it. Edit → Undo takes the merge back.</source>
        <translation>%1 bleibt; alle Notizen und Angaben von %2 kommen hinzu. Bearbeiten → Rückgängig macht das Zusammenführen rückgängig.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/merge.py" line="197"/>
        <source>no e-mail, no phone</source>
        <translation>keine E-Mail, kein Telefon</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/merge.py" line="202"/>
        <source>meeting notes: %1</source>
        <translation>Gesprächsnotizen: %1</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/merge.py" line="210"/>
        <source>no meeting notes</source>
        <translation>keine Gesprächsnotizen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/merge.py" line="207"/>
        <source>%1, last %2</source>
        <translation>%1, zuletzt %2</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/merge.py" line="213"/>
        <source>source: %1</source>
        <translation>Herkunft: %1</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/merge.py" line="217"/>
        <source>added %1</source>
        <translation>angelegt am %1</translation>
    </message>
</context>
<context>
    <name>MergePartnerDialog</name>
    <message>
        <location filename="../../netzjournal/ui/contacts/merge.py" line="175"/>
        <source>Merge contacts</source>
        <translation>Kontakte zusammenführen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/merge.py" line="177"/>
        <source>Merge %1 with whom?</source>
        <translation>Mit wem soll %1 zusammengeführt werden?</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/merge.py" line="179"/>
        <source>Then you choose which of the two stays.</source>
        <translation>Danach wählen Sie, welcher der beiden bleibt.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/merge.py" line="180"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
</context>
<context>
    <name>MissingFolder</name>
    <message>
        <location filename="../../netzjournal/ui/missing_folder.py" line="31"/>
        <source>The folder does not exist</source>
        <translation>Den Ordner gibt es nicht</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/missing_folder.py" line="32"/>
        <source>The folder %1 does not exist (a typo?).</source>
        <translation>Den Ordner %1 gibt es nicht (vertippt?).</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/missing_folder.py" line="38"/>
        <source>Nothing has been created yet. netzjournal can start a new, empty journal in that folder, or open a journal in another folder.</source>
        <translation>Es wurde noch nichts angelegt. netzjournal kann in diesem Ordner ein neues, leeres Journal anfangen oder ein Journal in einem anderen Ordner öffnen.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/missing_folder.py" line="45"/>
        <source>Create a new journal there</source>
        <translation>Neues Journal dort anlegen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/missing_folder.py" line="52"/>
        <source>Choose another folder…</source>
        <translation>Anderen Ordner wählen …</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/missing_folder.py" line="59"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/missing_folder.py" line="91"/>
        <source>Choose the journal&apos;s folder</source>
        <translation>Ordner des Journals wählen</translation>
    </message>
</context>
<context>
    <name>MissingJournal</name>
    <message>
        <location filename="../../netzjournal/ui/missing_journal.py" line="43"/>
        <source>The journal file is no longer in its folder, but backups or drafts of it are. It was deleted or moved – by a sync program, a clean-up tool, or with the folder.</source>
        <translation>Die Journaldatei liegt nicht mehr in ihrem Ordner, wohl aber Sicherungen oder Entwürfe davon. Sie wurde gelöscht oder verschoben – von einem Sync-Programm, einem Aufräumprogramm oder mit dem Ordner.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/missing_journal.py" line="52"/>
        <source>Newest checked backup: %1 (contacts: %2, notes: %3).</source>
        <translation>Neueste geprüfte Sicherung: %1 (Kontakte: %2, Notizen: %3).</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/missing_journal.py" line="61"/>
        <source>The backups are encrypted, and no key on this computer opens them. They need only the journal&apos;s passphrase or its recovery key.</source>
        <translation>Die Sicherungen sind verschlüsselt, und kein Schlüssel auf diesem Computer öffnet sie. Zum Öffnen genügt die Passphrase des Journals oder sein Wiederherstellungsschlüssel.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/missing_journal.py" line="67"/>
        <source>None of the backups can be used; please keep the folder safe.</source>
        <translation>Keine der Sicherungen ist verwendbar; bitte bewahren Sie den Ordner gut auf.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/missing_journal.py" line="71"/>
        <source>There is no backup to restore, only drafts.</source>
        <translation>Es gibt keine Sicherung zum Wiederherstellen, nur Entwürfe.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/missing_journal.py" line="77"/>
        <source>If you moved the file, quit, put it back and start again.</source>
        <translation>Wenn Sie die Datei verschoben haben: beenden, die Datei zurücklegen und neu starten.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/missing_journal.py" line="80"/>
        <source>Folder: %1</source>
        <translation>Ordner: %1</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/missing_journal.py" line="85"/>
        <source>The journal file is missing</source>
        <translation>Die Journaldatei fehlt</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/missing_journal.py" line="93"/>
        <source>Restore backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/missing_journal.py" line="100"/>
        <source>Enter the key…</source>
        <translation>Schlüssel eingeben …</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/missing_journal.py" line="106"/>
        <source>Create a new, empty journal</source>
        <translation>Neues, leeres Journal anlegen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/missing_journal.py" line="113"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/missing_journal.py" line="126"/>
        <source>Create a new, empty journal?</source>
        <translation>Ein neues, leeres Journal anlegen?</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/missing_journal.py" line="127"/>
        <source>netzjournal creates a new, empty journal in %1.</source>
        <translation>netzjournal legt in %1 ein neues, leeres Journal an.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/missing_journal.py" line="130"/>
        <source>Create a new journal</source>
        <translation>Neues Journal anlegen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/missing_journal.py" line="131"/>
        <source>The backups stay in the folder “backups”; File → Backups… restores one later. Should the old file turn up again, the new journal is in its place.</source>
        <translation>Die Sicherungen bleiben im Ordner „backups“; Datei → Sicherungen … stellt später eine davon wieder her. Taucht die alte Datei wieder auf, liegt an ihrem Platz dann das neue Journal.</translation>
    </message>
</context>
<context>
    <name>NewPersonDialog</name>
    <message>
        <location filename="../../netzjournal/ui/new_person.py" line="40"/>
        <source>Read as a name and where the person works; correct it if not.</source>
        <translation>Als Name und Organisation gelesen – korrigieren Sie es, wenn das nicht stimmt.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/new_person.py" line="47"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/new_person.py" line="48"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/new_person.py" line="53"/>
        <source>&amp;Create</source>
        <translation>&amp;Anlegen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/new_person.py" line="55"/>
        <source>C&amp;ancel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
</context>
<context>
    <name>NotSaved</name>
    <message>
        <location filename="../../netzjournal/ui/not_saved.py" line="31"/>
        <source>“Restore journal” writes the journal as it is open here back to its place (never over a file that is there now); then press Save again.</source>
        <translation>„Journal wiederherstellen“ schreibt das Journal, wie es hier geöffnet ist, an seinen Platz zurück (nie über eine Datei, die jetzt dort liegt); danach speichern Sie erneut.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/not_saved.py" line="38"/>
        <source>Restore journal</source>
        <translation>Journal wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/not_saved.py" line="61"/>
        <source>The journal was not restored</source>
        <translation>Das Journal wurde nicht wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/not_saved.py" line="62"/>
        <source>The journal could not be written back to %1. The details say why; if they name a file the journal was saved as, keep it.</source>
        <translation>Das Journal ließ sich nicht nach %1 zurückschreiben. Die Details nennen den Grund; nennen sie eine Datei, in der das Journal gesichert wurde, bewahren Sie diese auf.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/not_saved.py" line="77"/>
        <source>The journal is back</source>
        <translation>Das Journal ist wieder da</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/not_saved.py" line="78"/>
        <source>The journal is back at %1, with everything saved before it was taken away. Press Save again to save this change there.</source>
        <translation>Das Journal liegt wieder unter %1, mit allem, was gespeichert war, bevor es verschwand. Speichern Sie erneut, damit diese Änderung dort gespeichert wird.</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../../netzjournal/ui/notes/editor.py" line="265"/>
        <source>Type a name, pick with Enter</source>
        <translation>Namen tippen, mit Enter übernehmen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/notes/editor.py" line="267"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/notes/editor.py" line="268"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/notes/editor.py" line="271"/>
        <source>What did you talk about? (Markdown)</source>
        <translation>Worüber haben Sie gesprochen? (Markdown)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/notes/editor.py" line="278"/>
        <source>Write</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/notes/editor.py" line="276"/>
        <location filename="../../netzjournal/ui/notes/editor.py" line="279"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/notes/editor.py" line="149"/>
        <source>Save the changes to the note “%1”?</source>
        <translation>Änderungen an der Notiz „%1“ speichern?</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/notes/editor.py" line="150"/>
        <source>Save the changes to the note from %1?</source>
        <translation>Änderungen an der Notiz vom %1 speichern?</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/notes/editor.py" line="273"/>
        <source>What you talked about</source>
        <translation>Worüber Sie gesprochen haben</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/notes/editor.py" line="283"/>
        <source>as you&apos;d say it: your half marathon in May</source>
        <translation>in Ihren Worten: Ihr Halbmarathon im Mai</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/notes/editor.py" line="286"/>
        <source>The coach may quote this in a message to them</source>
        <translation>Der Coach darf das in einer Nachricht an die Person aufgreifen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/notes/editor.py" line="289"/>
        <source>only for you – never quoted to them</source>
        <translation>nur für Sie – wird der Person nie zitiert</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/notes/editor.py" line="292"/>
        <location filename="../../netzjournal/ui/notes/editor.py" line="293"/>
        <source>One per line</source>
        <translation>Ein Eintrag pro Zeile</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/notes/editor.py" line="302"/>
        <source>Add follow-up</source>
        <translation>Nächsten Schritt hinzufügen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/notes/editor.py" line="305"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/notes/editor.py" line="308"/>
        <source>Delete…</source>
        <translation>Löschen …</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/notes/editor.py" line="313"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/notes/editor.py" line="323"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/notes/editor.py" line="324"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/notes/editor.py" line="325"/>
        <source>With</source>
        <translation>Mit</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/notes/editor.py" line="326"/>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/notes/editor.py" line="327"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/notes/editor.py" line="329"/>
        <source>Pick up next time</source>
        <translation>Beim nächsten Mal aufgreifen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/notes/editor.py" line="331"/>
        <source>Private remarks</source>
        <translation>Private Notizen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/notes/editor.py" line="332"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/notes/editor.py" line="333"/>
        <source>I gave</source>
        <translation>Ich habe gegeben</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/notes/editor.py" line="334"/>
        <source>I received</source>
        <translation>Ich habe bekommen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/notes/editor.py" line="335"/>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/notes/editor.py" line="341"/>
        <source>Follow-ups</source>
        <translation>Nächste Schritte</translation>
    </message>
</context>
<context>
    <name>NotesListModel</name>
    <message>
        <location filename="../../netzjournal/ui/notes/model.py" line="67"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/notes/model.py" line="67"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/notes/model.py" line="67"/>
        <source>With</source>
        <translation>Mit</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/notes/model.py" line="67"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/notes/model.py" line="89"/>
        <source>Open follow-ups: %1</source>
        <translation>Offene Schritte: %1</translation>
    </message>
</context>
<context>
    <name>NotesPane</name>
    <message>
        <location filename="../../netzjournal/ui/notes/pane.py" line="64"/>
        <source>Only notes with open follow-ups</source>
        <translation>Nur Notizen mit offenen Schritten</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/notes/pane.py" line="67"/>
        <source>Meeting notes</source>
        <translation>Gesprächsnotizen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/notes/pane.py" line="284"/>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/notes/pane.py" line="286"/>
        <source>This note was changed elsewhere (in another window or by an import) while you edited it. Both changes are kept.</source>
        <translation>Diese Notiz wurde anderswo geändert (in einem anderen Fenster oder durch einen Import), während Sie sie bearbeitet haben. Beide Änderungen bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/notes/pane.py" line="301"/>
        <source>Changed elsewhere</source>
        <translation>Anderswo geändert</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/notes/pane.py" line="305"/>
        <source>Nothing was saved yet. The editor shows the other changes taken in and your text in those fields: save again to keep yours.</source>
        <translation>Noch wurde nichts gespeichert. Der Editor zeigt die anderen Änderungen übernommen und in diesen Feldern Ihren Text: Speichern Sie erneut, um Ihre Fassung zu behalten.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/notes/pane.py" line="316"/>
        <source>Delete note</source>
        <translation>Notiz löschen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/notes/pane.py" line="317"/>
        <source>Delete this note? You can undo this with Ctrl+Z.</source>
        <translation>Diese Notiz löschen? Mit Strg+Z können Sie das rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/notes/pane.py" line="318"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>OccurrenceDialog</name>
    <message>
        <location filename="../../netzjournal/ui/events_tab/editor.py" line="285"/>
        <source>%1 on %2</source>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/editor.py" line="291"/>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/editor.py" line="294"/>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/editor.py" line="295"/>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
</context>
<context>
    <name>OccurrencesModel</name>
    <message>
        <location filename="../../netzjournal/ui/events_tab/model.py" line="567"/>
        <location filename="../../netzjournal/ui/events_tab/model.py" line="571"/>
        <source>Said yes: %1</source>
        <translation>Zugesagt: %1</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/model.py" line="585"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/model.py" line="585"/>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/model.py" line="585"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/model.py" line="611"/>
        <source>%1 (cancelled)</source>
        <translation>%1 (abgesagt)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/model.py" line="613"/>
        <source>%1 (moved)</source>
        <translation>%1 (verschoben)</translation>
    </message>
</context>
<context>
    <name>PairsModel</name>
    <message>
        <location filename="../../netzjournal/ui/sync_pairs.py" line="26"/>
        <source>archived here</source>
        <translation>hier archiviert</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/sync_pairs.py" line="29"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/sync_pairs.py" line="29"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/sync_pairs.py" line="29"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
</context>
<context>
    <name>ParticipantsField</name>
    <message>
        <location filename="../../netzjournal/ui/participants.py" line="360"/>
        <source>This does not look like a name, so no new contact is made of it. Type names here, one at a time, each with Enter; what was said goes into the note below.</source>
        <translation>Das sieht nicht nach einem Namen aus, daher wird daraus kein neuer Kontakt. Tragen Sie hier nur Namen ein, jeden mit Enter; was besprochen wurde, gehört in die Notiz darunter.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/participants.py" line="452"/>
        <source>Pick again</source>
        <translation>Erneut auswählen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/participants.py" line="454"/>
        <source>“%1” was picked in this draft, but has been merged or deleted since. Remove it and pick the person again; nothing was saved yet.</source>
        <translation>„%1“ war in diesem Entwurf ausgewählt, wurde seitdem aber zusammengeführt oder gelöscht. Entfernen Sie den Eintrag und wählen Sie die Person erneut aus; gespeichert wurde noch nichts.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/new_person.py" line="33"/>
        <location filename="../../netzjournal/ui/participants.py" line="470"/>
        <source>New contact</source>
        <translation>Neuer Kontakt</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/new_person.py" line="35"/>
        <location filename="../../netzjournal/ui/participants.py" line="471"/>
        <source>“%1” is not in your contacts yet. Create a contact?</source>
        <translation>„%1“ ist noch nicht in Ihren Kontakten. Kontakt anlegen?</translation>
    </message>
</context>
<context>
    <name>PersonAdder</name>
    <message>
        <location filename="../../netzjournal/ui/events_tab/people.py" line="35"/>
        <source>Add a person…</source>
        <translation>Person hinzufügen …</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/people.py" line="39"/>
        <source>Type a name and press Enter, or choose from the list; someone new can be added.</source>
        <translation>Einen Namen tippen und Enter drücken oder aus der Liste wählen; wer neu ist, kann angelegt werden.</translation>
    </message>
</context>
<context>
    <name>PersonHooks</name>
    <message>
        <location filename="../../netzjournal/ui/person_hooks.py" line="130"/>
        <source>said to all of them: the meetup in March</source>
        <translation>für alle: das Treffen im März</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/person_hooks.py" line="158"/>
        <source>said to them only</source>
        <translation>wird nur dieser Person gesagt</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/person_hooks.py" line="159"/>
        <source>Pick up next time with %1</source>
        <translation>Beim nächsten Mal mit %1 aufgreifen</translation>
    </message>
</context>
<context>
    <name>PersonRow</name>
    <message>
        <location filename="../../netzjournal/ui/events_tab/debrief.py" line="80"/>
        <source>What you talked about (one line)</source>
        <translation>Worüber Sie gesprochen haben (eine Zeile)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/debrief.py" line="83"/>
        <source>Pick up next time, as you would say it to them</source>
        <translation>Fürs nächste Mal, so wie Sie es der Person sagen würden</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/debrief.py" line="86"/>
        <source>Follow-up (optional)</source>
        <translation>Nächster Schritt (optional)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/debrief.py" line="89"/>
        <source>Remove this person from the debrief</source>
        <translation>Diese Person aus der Nachbereitung entfernen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/events_tab/debrief.py" line="90"/>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <location filename="../../netzjournal/ui/interchange/wizard.py" line="214"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/wizard.py" line="214"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/wizard.py" line="214"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/wizard.py" line="214"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/wizard.py" line="215"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/wizard.py" line="215"/>
        <source>Already in the journal</source>
        <translation>Schon im Journal</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/wizard.py" line="215"/>
        <source>From</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/wizard.py" line="232"/>
        <source>Merge into %1</source>
        <translation>Zusammenführen mit %1</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/wizard.py" line="243"/>
        <source>%1, line %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/wizard.py" line="282"/>
        <source>check: a namesake in the journal</source>
        <translation>prüfen: Namensvetter im Journal</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <location filename="../../netzjournal/ui/privacy.py" line="69"/>
        <source>Without the key, nobody can open an encrypted journal – not you either, and not netzjournal&apos;s developers. With the keyring, the key is kept in this computer&apos;s keyring, and a recovery key is shown once: write it down or print it and keep it somewhere safe, it is the only other way in. With a passphrase, a forgotten passphrase means a lost journal.</source>
        <translation>Ohne den Schlüssel kann niemand ein verschlüsseltes Journal öffnen – auch Sie nicht, und auch nicht die Entwickler von netzjournal. Mit dem Schlüsselbund liegt der Schlüssel im Schlüsselbund dieses Computers, und ein Wiederherstellungsschlüssel wird einmal angezeigt: Schreiben Sie ihn auf oder drucken Sie ihn aus und bewahren Sie ihn sicher auf – er ist der einzige andere Weg hinein. Mit einer Passphrase gilt: Passphrase vergessen, Journal verloren.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/privacy.py" line="159"/>
        <source>Encryption</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/privacy.py" line="160"/>
        <location filename="../../netzjournal/ui/privacy.py" line="775"/>
        <source>The change is carried out the next time netzjournal starts.</source>
        <translation>Die Änderung wird beim nächsten Start von netzjournal ausgeführt.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/privacy.py" line="779"/>
        <source>Once that is solved, try again under Settings → Privacy.</source>
        <translation>Sobald das behoben ist, versuchen Sie es unter Einstellungen → Datenschutz erneut.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/privacy.py" line="805"/>
        <source>Encrypted journal</source>
        <translation>Verschlüsseltes Journal</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/privacy.py" line="806"/>
        <source>This journal is encrypted, but this installation lacks the SQLCipher binding (sqlcipher3). Nothing was changed.</source>
        <translation>Dieses Journal ist verschlüsselt, aber dieser Installation fehlt die SQLCipher-Anbindung (sqlcipher3). Es wurde nichts verändert.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/privacy.py" line="885"/>
        <location filename="../../netzjournal/ui/privacy.py" line="917"/>
        <location filename="../../netzjournal/ui/privacy.py" line="946"/>
        <location filename="../../netzjournal/ui/privacy.py" line="964"/>
        <location filename="../../netzjournal/ui/privacy.py" line="980"/>
        <source>Encrypt the journal</source>
        <translation>Journal verschlüsseln</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/privacy.py" line="918"/>
        <source>Encrypting the journal was interrupted (netzjournal was stopped); the journal is unchanged. You can encrypt it again under Settings → Privacy.</source>
        <translation>Das Verschlüsseln des Journals wurde unterbrochen (netzjournal wurde beendet); das Journal ist unverändert. Sie können es unter Einstellungen → Datenschutz erneut verschlüsseln.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/privacy.py" line="925"/>
        <source>Decrypting the journal was interrupted (netzjournal was stopped); the journal is unchanged and still encrypted.</source>
        <translation>Das Aufheben der Verschlüsselung wurde unterbrochen (netzjournal wurde beendet); das Journal ist unverändert und weiterhin verschlüsselt.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/privacy.py" line="947"/>
        <location filename="../../netzjournal/ui/rekey.py" line="242"/>
        <source>The new key is not in the keyring.</source>
        <translation>Der neue Schlüssel ist nicht im Schlüsselbund.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/privacy.py" line="981"/>
        <source>The journal is encrypted. The unencrypted original is kept beside it until you remove it under Settings → Privacy – do that once you have seen that everything is there (the older backups are encrypted then, too).</source>
        <translation>Das Journal ist verschlüsselt. Das unverschlüsselte Original bleibt daneben erhalten, bis Sie es unter Einstellungen → Datenschutz entfernen – tun Sie das, sobald Sie gesehen haben, dass alles da ist (dann werden auch die älteren Sicherungen verschlüsselt).</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/privacy.py" line="1019"/>
        <source>The journal is decrypted, and so are its backups. The encrypted original is kept beside it until you remove it under Settings → Privacy.</source>
        <translation>Die Verschlüsselung des Journals und seiner Sicherungen ist aufgehoben. Das verschlüsselte Original bleibt daneben erhalten, bis Sie es unter Einstellungen → Datenschutz entfernen.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/dialog_shots.py" line="172"/>
        <location filename="../../netzjournal/ui/privacy.py" line="963"/>
        <source>Encrypting the journal…</source>
        <translation>Das Journal wird verschlüsselt …</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/privacy.py" line="886"/>
        <location filename="../../netzjournal/ui/privacy.py" line="965"/>
        <source>The journal could not be encrypted; it is unchanged.</source>
        <translation>Das Journal konnte nicht verschlüsselt werden; es ist unverändert.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/privacy.py" line="1008"/>
        <source>Decrypting the journal…</source>
        <translation>Die Verschlüsselung wird aufgehoben …</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/privacy.py" line="890"/>
        <location filename="../../netzjournal/ui/privacy.py" line="924"/>
        <location filename="../../netzjournal/ui/privacy.py" line="1009"/>
        <location filename="../../netzjournal/ui/privacy.py" line="1018"/>
        <source>Decrypt the journal</source>
        <translation>Verschlüsselung aufheben</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/privacy.py" line="891"/>
        <location filename="../../netzjournal/ui/privacy.py" line="1010"/>
        <source>The journal could not be decrypted; it is unchanged.</source>
        <translation>Die Verschlüsselung konnte nicht aufgehoben werden; das Journal ist unverändert.</translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <location filename="../../netzjournal/ui/privacy.py" line="568"/>
        <source>This journal is not encrypted.</source>
        <translation>Dieses Journal ist nicht verschlüsselt.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/privacy.py" line="570"/>
        <source>This journal is encrypted; its key is in this computer&apos;s keyring.</source>
        <translation>Dieses Journal ist verschlüsselt; sein Schlüssel liegt im Schlüsselbund dieses Computers.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/privacy.py" line="572"/>
        <source>This journal is encrypted with a passphrase.</source>
        <translation>Dieses Journal ist mit einer Passphrase verschlüsselt.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/privacy.py" line="579"/>
        <source>A change waits for the next start.</source>
        <translation>Eine Änderung wartet auf den nächsten Start.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/privacy.py" line="580"/>
        <source>Encrypt the journal…</source>
        <translation>Journal verschlüsseln …</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/privacy.py" line="583"/>
        <source>Decrypt the journal…</source>
        <translation>Verschlüsselung aufheben …</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/privacy.py" line="593"/>
        <source>Change the key…</source>
        <translation>Schlüssel ändern …</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/privacy.py" line="594"/>
        <source>Change the passphrase…</source>
        <translation>Passphrase ändern …</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/privacy.py" line="605"/>
        <source>Show the recovery key again…</source>
        <translation>Wiederherstellungsschlüssel erneut anzeigen …</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/privacy.py" line="615"/>
        <source>The journal as it was before the key was changed is kept beside it, and anyone who knows its old passphrase or recovery key can read it. Remove it once you have checked that everything is there: %1</source>
        <translation>Das Journal von vor der Änderung des Schlüssels liegt noch daneben, und jeder, der seine alte Passphrase oder seinen alten Wiederherstellungsschlüssel kennt, kann es lesen. Entfernen Sie es, sobald Sie geprüft haben, dass alles da ist: %1</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/privacy.py" line="621"/>
        <source>The unencrypted journal from before is kept beside it, and anyone with this disk can read it. Remove it once you have checked that everything is there: %1</source>
        <translation>Das unverschlüsselte Journal von vorher liegt noch daneben, und jeder mit Zugriff auf diesen Datenträger kann es lesen. Entfernen Sie es, sobald Sie geprüft haben, dass alles da ist: %1</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/privacy.py" line="627"/>
        <source>The journal as it was before is kept beside it until you have checked that everything is there: %1</source>
        <translation>Das Journal im vorherigen Zustand bleibt daneben erhalten, bis Sie geprüft haben, dass alles da ist: %1</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/privacy.py" line="632"/>
        <source>Remove the kept original…</source>
        <translation>Aufbewahrtes Original entfernen …</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/privacy.py" line="645"/>
        <source>Exports (vCard, CSV, JSON, calendar, Markdown, PDF) are never encrypted: you chose to take the data out.</source>
        <translation>Exporte (vCard, CSV, JSON, Kalender, Markdown, PDF) werden nie verschlüsselt: Sie haben sich entschieden, die Daten herauszunehmen.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/privacy.py" line="663"/>
        <location filename="../../netzjournal/ui/privacy.py" line="673"/>
        <source>Decrypt the journal</source>
        <translation>Verschlüsselung aufheben</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/privacy.py" line="665"/>
        <source>The journal, its backups and drafts will be stored unencrypted: anyone with this disk can read them. netzjournal closes, decrypts and starts again.</source>
        <translation>Journal, Sicherungen und Entwürfe werden unverschlüsselt gespeichert: Wer diese Festplatte hat, kann sie lesen. netzjournal schließt sich, entschlüsselt und startet neu.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/privacy.py" line="668"/>
        <source>Decrypt and restart</source>
        <translation>Entschlüsseln und neu starten</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/privacy.py" line="681"/>
        <source>The unencrypted original is deleted and every backup is encrypted. Only do this once you have seen that your journal is complete.</source>
        <translation>Das unverschlüsselte Original wird gelöscht und jede Sicherung verschlüsselt. Tun Sie das erst, wenn Sie gesehen haben, dass Ihr Journal vollständig ist.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/privacy.py" line="685"/>
        <source>The encrypted original is deleted.</source>
        <translation>Das verschlüsselte Original wird gelöscht.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/privacy.py" line="690"/>
        <source>The journal as it was before the key was changed is deleted. Only do this once you have seen that your journal is complete.</source>
        <translation>Das Journal von vor der Änderung des Schlüssels wird gelöscht. Tun Sie das erst, wenn Sie gesehen haben, dass Ihr Journal vollständig ist.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/privacy.py" line="693"/>
        <location filename="../../netzjournal/ui/privacy.py" line="701"/>
        <location filename="../../netzjournal/ui/privacy.py" line="710"/>
        <source>Remove the kept original</source>
        <translation>Aufbewahrtes Original entfernen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/privacy.py" line="693"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/privacy.py" line="703"/>
        <source>Not every backup could be encrypted: some can still be read without the key. The unencrypted original is kept too.</source>
        <translation>Nicht alle Sicherungen konnten verschlüsselt werden: Einige lassen sich weiterhin ohne den Schlüssel lesen. Das unverschlüsselte Original bleibt ebenfalls erhalten.</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../../netzjournal/ui/progress_dialog.py" line="26"/>
        <source>Reading the files…</source>
        <translation>Dateien werden gelesen …</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/progress_dialog.py" line="27"/>
        <source>Looking for people already known…</source>
        <translation>Bekannte Personen werden gesucht …</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/progress_dialog.py" line="28"/>
        <source>Importing…</source>
        <translation>Import läuft …</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/progress_dialog.py" line="29"/>
        <source>Exporting…</source>
        <translation>Export läuft …</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/progress_dialog.py" line="30"/>
        <source>Restoring the journal…</source>
        <translation>Journal wird wiederhergestellt …</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/progress_dialog.py" line="31"/>
        <source>Building the search index…</source>
        <translation>Suchindex wird aufgebaut …</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/progress_dialog.py" line="40"/>
        <location filename="../../netzjournal/ui/progress_dialog.py" line="58"/>
        <source>%p%</source>
        <translation>%p&#xa0;%</translation>
    </message>
</context>
<context>
    <name>QuickNoteDialog</name>
    <message>
        <location filename="../../netzjournal/ui/quick_note.py" line="79"/>
        <location filename="../../netzjournal/ui/quick_note.py" line="80"/>
        <location filename="../../netzjournal/ui/quick_note.py" line="468"/>
        <source>Quick note</source>
        <translation>Schnellnotiz</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/quick_note.py" line="97"/>
        <source>Whom did you meet? Type a name, pick with Enter</source>
        <translation>Wen getroffen? Namen tippen, Enter übernimmt</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/quick_note.py" line="100"/>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/quick_note.py" line="103"/>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/quick_note.py" line="115"/>
        <source>What did you talk about?</source>
        <translation>Worüber haben Sie gesprochen?</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/quick_note.py" line="132"/>
        <source>e.g. send the article</source>
        <translation>z. B. den Artikel schicken</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/quick_note.py" line="136"/>
        <source>due</source>
        <translation>fällig</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/quick_note.py" line="151"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/quick_note.py" line="152"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/quick_note.py" line="153"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/quick_note.py" line="154"/>
        <source>Talked about</source>
        <translation>Worüber gesprochen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/quick_note.py" line="124"/>
        <source>as you&apos;d say it to them: your half marathon in May</source>
        <translation>so, wie Sie es der Person sagen würden: Ihr Halbmarathon im Mai</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/quick_note.py" line="127"/>
        <source>The coach may quote this in a message to them</source>
        <translation>Der Coach darf das in einer Nachricht an die Person aufgreifen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/quick_note.py" line="130"/>
        <source>only for you – never quoted to them</source>
        <translation>nur für Sie – wird der Person nie zitiert</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/quick_note.py" line="155"/>
        <source>Pick up next time</source>
        <translation>Beim nächsten Mal aufgreifen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/quick_note.py" line="157"/>
        <source>Private remarks</source>
        <translation>Private Notizen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/quick_note.py" line="159"/>
        <source>For whom</source>
        <translation>Für wen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/quick_note.py" line="163"/>
        <location filename="../../netzjournal/ui/quick_note.py" line="264"/>
        <source>Ctrl+Enter saves · Esc closes</source>
        <translation>Strg+Eingabe speichert · Esc schließt</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/quick_note.py" line="266"/>
        <source>Whom did you meet? · Esc closes</source>
        <translation>Wen haben Sie getroffen? · Esc schließt</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/quick_note.py" line="268"/>
        <source>What did you talk about? · Esc closes</source>
        <translation>Worüber haben Sie gesprochen? · Esc schließt</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/quick_note.py" line="342"/>
        <source>Unsaved quick note</source>
        <translation>Nicht gespeicherte Schnellnotiz</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/quick_note.py" line="343"/>
        <source>There is a quick note you did not save (%1). Continue with it?</source>
        <translation>Es gibt eine nicht gespeicherte Schnellnotiz (%1). Damit weitermachen?</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/quick_note.py" line="347"/>
        <source>There is a quick note you did not save. Continue with it?</source>
        <translation>Es gibt eine nicht gespeicherte Schnellnotiz. Damit weitermachen?</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/quick_note.py" line="428"/>
        <source>The draft cannot be saved: the journal&apos;s folder is gone. Your text stays here – save the note.</source>
        <translation>Der Entwurf kann nicht gesichert werden: Der Ordner des Journals ist nicht mehr da. Ihr Text bleibt hier – speichern Sie die Notiz.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/quick_note.py" line="448"/>
        <source>The disk is full, so the note was not saved. Your text stays here; free some space and press Save again.</source>
        <translation>Der Datenträger ist voll, deshalb wurde die Notiz nicht gespeichert. Ihr Text bleibt hier; schaffen Sie Platz und drücken Sie erneut auf Speichern.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/quick_note.py" line="453"/>
        <source>Another program is writing to the journal right now, so the note was not saved. Your text stays here; press Save again in a moment.</source>
        <translation>Ein anderes Programm schreibt gerade in das Journal, deshalb wurde die Notiz nicht gespeichert. Ihr Text bleibt hier; drücken Sie gleich noch einmal auf Speichern.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/quick_note.py" line="468"/>
        <source>Whom did you meet?</source>
        <translation>Wen haben Sie getroffen?</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/quick_note.py" line="507"/>
        <source>Save the quick note?</source>
        <translation>Die Schnellnotiz speichern?</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/quick_note.py" line="509"/>
        <source>Discard the quick note?</source>
        <translation>Die Schnellnotiz verwerfen?</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/quick_note.py" line="511"/>
        <source>It cannot be saved yet: it says nothing about the meeting. “Cancel” goes back to it.</source>
        <translation>Sie lässt sich noch nicht speichern: Sie sagt nichts über das Treffen. „Abbrechen“ führt zu ihr zurück.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/quick_note.py" line="514"/>
        <source>It cannot be saved yet: nobody is named. “Cancel” goes back to add whom you met.</source>
        <translation>Sie lässt sich noch nicht speichern: Es ist niemand genannt. Mit „Abbrechen“ können Sie ergänzen, wen Sie getroffen haben.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/quick_note.py" line="443"/>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/quick_note.py" line="158"/>
        <source>Follow-up</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/quick_note.py" line="354"/>
        <source>“Later” keeps it until you open the quick note again.</source>
        <translation>„Später“ hebt sie auf, bis Sie die Schnellnotiz wieder öffnen.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/quick_note.py" line="357"/>
        <source>&amp;Continue</source>
        <translation>&amp;Weitermachen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/quick_note.py" line="358"/>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/quick_note.py" line="359"/>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/quick_note.py" line="423"/>
        <source>The draft cannot be saved: the disk is full. Your text stays here – save the note, or free some space.</source>
        <translation>Der Entwurf kann nicht gesichert werden: Der Datenträger ist voll. Ihr Text bleibt hier – speichern Sie die Notiz oder schaffen Sie Platz.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/quick_note.py" line="433"/>
        <source>The draft cannot be saved (%1). Your text stays here – save the note.</source>
        <translation>Der Entwurf kann nicht gesichert werden (%1). Ihr Text bleibt hier – speichern Sie die Notiz.</translation>
    </message>
</context>
<context>
    <name>ReadOnly</name>
    <message>
        <location filename="../../netzjournal/ui/read_only_banner.py" line="22"/>
        <source>the journal file is write-protected (%1)</source>
        <translation>die Journaldatei ist schreibgeschützt (%1)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/read_only_banner.py" line="25"/>
        <source>the journal&apos;s folder cannot be written – it is write-protected or another user&apos;s (%1)</source>
        <translation>der Ordner des Journals ist nicht beschreibbar – er ist schreibgeschützt oder gehört einem anderen Benutzer (%1)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/read_only_banner.py" line="29"/>
        <source>the disk is mounted read-only (%1)</source>
        <translation>der Datenträger ist nur lesbar eingebunden (%1)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/read_only_banner.py" line="34"/>
        <source>a newer netzjournal wrote this journal (%1)</source>
        <translation>eine neuere netzjournal-Version hat dieses Journal geschrieben (%1)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/read_only_banner.py" line="38"/>
        <source>Read only: %1. You can look, search and export; changes cannot be saved.</source>
        <translation>Nur lesen: %1. Sie können nachsehen, suchen und exportieren; Änderungen lassen sich nicht speichern.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/read_only_banner.py" line="42"/>
        <source>An earlier netzjournal wrote it; it is brought up to date once it can be written.</source>
        <translation>Eine frühere netzjournal-Version hat es geschrieben; es wird auf den neuen Stand gebracht, sobald es beschrieben werden kann.</translation>
    </message>
</context>
<context>
    <name>RecordDrafts</name>
    <message>
        <location filename="../../netzjournal/ui/record_drafts.py" line="50"/>
        <location filename="../../netzjournal/ui/record_drafts.py" line="380"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/record_drafts.py" line="85"/>
        <source>They were kept when netzjournal was closed without saving.</source>
        <translation>Sie wurden aufbewahrt, als netzjournal ohne Speichern beendet wurde.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/record_drafts.py" line="88"/>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/record_drafts.py" line="62"/>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/record_drafts.py" line="65"/>
        <location filename="../../netzjournal/ui/record_drafts.py" line="405"/>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/record_drafts.py" line="95"/>
        <source>Restore the unsaved changes to “%1”?</source>
        <translation>Ungespeicherte Änderungen an „%1“ wiederherstellen?</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/record_drafts.py" line="102"/>
        <source>Restore the unsaved changes to the note “%1”?</source>
        <translation>Ungespeicherte Änderungen an der Notiz „%1“ wiederherstellen?</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/record_drafts.py" line="105"/>
        <source>Restore the unsaved changes to the note from %1?</source>
        <translation>Ungespeicherte Änderungen an der Notiz vom %1 wiederherstellen?</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/record_drafts.py" line="311"/>
        <source>Unsaved changes to a contact that is no longer in the journal (it was merged into another one or deleted), so they cannot be restored there.</source>
        <translation>Ungespeicherte Änderungen an einem Kontakt, den es im Journal nicht mehr gibt (er wurde mit einem anderen zusammengeführt oder gelöscht). Dort lassen sie sich nicht wiederherstellen.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/record_drafts.py" line="317"/>
        <source>Unsaved changes to a note that is no longer in the journal (it was deleted), so they cannot be restored there.</source>
        <translation>Ungespeicherte Änderungen an einer Notiz, die es im Journal nicht mehr gibt (sie wurde gelöscht). Dort lassen sie sich nicht wiederherstellen.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/record_drafts.py" line="326"/>
        <source>What was typed is below. Copy it and paste what you need where it belongs; it is kept until you discard it.</source>
        <translation>Unten steht, was eingegeben wurde. Kopieren Sie es und fügen Sie das Nötige dort ein, wo es hingehört; es bleibt aufbewahrt, bis Sie es verwerfen.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/record_drafts.py" line="331"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/record_drafts.py" line="367"/>
        <source>Unsaved changes to a contact that is no longer in the journal (it was merged into another one or deleted). A contact of the same name is in the journal.</source>
        <translation>Ungespeicherte Änderungen an einem Kontakt, den es im Journal nicht mehr gibt (er wurde mit einem anderen zusammengeführt oder gelöscht). Im Journal gibt es einen Kontakt mit demselben Namen.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/record_drafts.py" line="373"/>
        <source>Unsaved changes to a contact that is no longer in the journal (it was merged into another one or deleted). Contacts of the same name are in the journal.</source>
        <translation>Ungespeicherte Änderungen an einem Kontakt, den es im Journal nicht mehr gibt (er wurde mit einem anderen zusammengeführt oder gelöscht). Im Journal gibt es Kontakte mit demselben Namen.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/record_drafts.py" line="386"/>
        <source>If it is the same person, the changes open in that contact&apos;s editor, where you check them before saving. The typed text is below.</source>
        <translation>Ist es dieselbe Person, öffnen sich die Änderungen im Bearbeitungsfenster dieses Kontakts; dort prüfen Sie sie vor dem Speichern. Der eingegebene Text steht unten.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/record_drafts.py" line="395"/>
        <source>Restore on “%1”</source>
        <translation>Bei „%1“ wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/record_drafts.py" line="400"/>
        <source>&amp;Not the same person…</source>
        <translation>&amp;Nicht dieselbe Person …</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../../netzjournal/ui/recovery_dialog.py" line="37"/>
        <source>usable</source>
        <translation>verwendbar</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/recovery_dialog.py" line="38"/>
        <source>empty file (0 bytes)</source>
        <translation>leere Datei (0 Byte)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/recovery_dialog.py" line="39"/>
        <source>not a journal (no database)</source>
        <translation>kein Journal (keine Datenbank)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/recovery_dialog.py" line="40"/>
        <source>incomplete (cut off)</source>
        <translation>unvollständig (abgeschnitten)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/recovery_dialog.py" line="41"/>
        <source>damaged</source>
        <translation>beschädigt</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/recovery_dialog.py" line="42"/>
        <source>a database, but not a netzjournal journal</source>
        <translation>eine Datenbank, aber kein netzjournal-Journal</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/recovery_dialog.py" line="45"/>
        <source>written by a newer netzjournal</source>
        <translation>von einer neueren netzjournal-Version geschrieben</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/recovery_dialog.py" line="46"/>
        <source>holds no contacts or notes</source>
        <translation>enthält keine Kontakte und keine Notizen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/recovery_dialog.py" line="47"/>
        <source>cannot be read</source>
        <translation>nicht lesbar</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../netzjournal/ui/recovery_dialog.py" line="98"/>
        <source>The journal cannot be read</source>
        <translation>Das Journal ist nicht lesbar</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/recovery_dialog.py" line="106"/>
        <source>netzjournal cannot read your journal. The file has not been changed, and it is kept whatever you choose.</source>
        <translation>netzjournal kann Ihr Journal nicht lesen. Die Datei wurde nicht verändert, und sie bleibt erhalten, was immer Sie wählen.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/recovery_dialog.py" line="111"/>
        <source>netzjournal cannot read your journal. The file has not been changed, and it is kept.</source>
        <translation>netzjournal kann Ihr Journal nicht lesen. Die Datei wurde nicht verändert, und sie bleibt erhalten.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/recovery_dialog.py" line="120"/>
        <source>File: %1
Reason: %2</source>
        <translation>Datei: %1
Grund: %2</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/recovery_dialog.py" line="126"/>
        <source>Choose a backup to bring back. Each one was checked; the newest usable one is selected. The unreadable file stays beside the journal as “journal.sqlite3.damaged-…”.</source>
        <translation>Wählen Sie eine Sicherung, die zurückgeholt werden soll. Jede wurde geprüft; die neueste verwendbare ist ausgewählt. Die unlesbare Datei bleibt als „journal.sqlite3.damaged-…“ neben dem Journal liegen.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/recovery_dialog.py" line="132"/>
        <source>None of the backups can be used (see why below). Please keep the file and the backups folder safe.</source>
        <translation>Keine der Sicherungen ist verwendbar (Gründe siehe unten). Bitte bewahren Sie die Datei und den Sicherungsordner gut auf.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/recovery_dialog.py" line="136"/>
        <source>There is no backup to restore. Please keep the file safe.</source>
        <translation>Es gibt keine Sicherung zum Wiederherstellen. Bitte bewahren Sie die Datei gut auf.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/recovery_dialog.py" line="141"/>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/recovery_dialog.py" line="146"/>
        <source>Restore selected backup</source>
        <translation>Ausgewählte Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/recovery_dialog.py" line="149"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/recovery_dialog.py" line="155"/>
        <source>Show in file manager</source>
        <translation>Im Dateimanager zeigen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/recovery_dialog.py" line="172"/>
        <source>Technical details</source>
        <translation>Technische Details</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../netzjournal/ui/privacy.py" line="488"/>
        <source>Your recovery key</source>
        <translation>Ihr Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/privacy.py" line="490"/>
        <source>The journal is encrypted. This recovery key opens it wherever the keyring does not have its key (a new computer, a reinstalled system). It is shown only now: write it down or print it, and keep it apart from this computer.</source>
        <translation>Das Journal ist verschlüsselt. Dieser Wiederherstellungsschlüssel öffnet es überall, wo der Schlüsselbund seinen Schlüssel nicht hat (ein neuer Computer, ein neu installiertes System). Er wird nur jetzt angezeigt: Notieren oder drucken Sie ihn und verwahren Sie ihn getrennt von diesem Computer.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/privacy.py" line="496"/>
        <source>The journal has a new key. This new recovery key opens it wherever the keyring does not have its key; the old one no longer does. It is shown only now: write it down or print it, and keep it apart from this computer.</source>
        <translation>Das Journal hat einen neuen Schlüssel. Dieser neue Wiederherstellungsschlüssel öffnet es überall, wo der Schlüsselbund seinen Schlüssel nicht hat; der alte tut das nicht mehr. Er wird nur jetzt angezeigt: Notieren oder drucken Sie ihn und verwahren Sie ihn getrennt von diesem Computer.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/privacy.py" line="516"/>
        <source>I have written the recovery key down</source>
        <translation>Ich habe den Wiederherstellungsschlüssel aufgeschrieben</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/privacy.py" line="521"/>
        <source>Print…</source>
        <translation>Drucken …</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/privacy.py" line="550"/>
        <source>netzjournal — recovery key</source>
        <translation>netzjournal – Wiederherstellungsschlüssel</translation>
    </message>
</context>
<context>
    <name>RestoreJson</name>
    <message>
        <location filename="../../netzjournal/ui/interchange/restore.py" line="31"/>
        <source>Contacts: %1</source>
        <translation>Kontakte: %1</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/restore.py" line="32"/>
        <source>Notes: %1</source>
        <translation>Notizen: %1</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/restore.py" line="33"/>
        <source>Events: %1</source>
        <translation>Veranstaltungen: %1</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/restore.py" line="34"/>
        <source>Tags: %1</source>
        <translation>Schlagwörter: %1</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/restore.py" line="35"/>
        <source>Follow-ups: %1</source>
        <translation>Nächste Schritte: %1</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/restore.py" line="36"/>
        <source>Opener templates: %1</source>
        <translation>Vorlagen für Einstiege: %1</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/restore.py" line="41"/>
        <source>An export is restored only into an empty journal, so that nothing in your journal is overwritten or mixed up. This journal already holds %1.

To restore the export:
1. Quit netzjournal.
2. Move the data folder (“Show data folder”) to another place, or rename it. Keep it: it holds your journal as it is.
3. Start netzjournal again: it begins with an empty journal. Restore the export there (File → Restore from JSON export).</source>
        <translation>Ein Export wird nur in ein leeres Journal wiederhergestellt, damit in Ihrem Journal nichts überschrieben oder vermischt wird. Dieses Journal enthält bereits %1.

So stellen Sie den Export wieder her:
1. Beenden Sie netzjournal.
2. Verschieben Sie den Datenordner („Datenordner zeigen“) an einen anderen Ort oder benennen Sie ihn um. Bewahren Sie ihn auf: Er enthält Ihr Journal, wie es ist.
3. Starten Sie netzjournal erneut: Es beginnt mit einem leeren Journal. Stellen Sie den Export dort wieder her (Datei → JSON-Export wiederherstellen).</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/restore.py" line="54"/>
        <source>The export was made by a newer netzjournal. Please update netzjournal, then restore the export again.</source>
        <translation>Der Export stammt von einer neueren netzjournal-Version. Bitte aktualisieren Sie netzjournal und stellen Sie den Export dann erneut wieder her.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/restore.py" line="67"/>
        <source>The export is damaged and was not restored. Please restore another copy of it.</source>
        <translation>Der Export ist beschädigt und wurde nicht wiederhergestellt. Bitte stellen Sie eine andere Kopie davon wieder her.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/restore.py" line="60"/>
        <source>The export ends early (line %1): it was cut short, perhaps by a full disk or a copy that did not finish. Nothing was restored; restore a complete copy.</source>
        <translation>Der Export endet vorzeitig (Zeile %1): Er wurde abgeschnitten, vielleicht von einem vollen Datenträger oder einer Kopie, die nicht fertig wurde. Nichts wurde wiederhergestellt; stellen Sie eine vollständige Kopie wieder her.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/restore.py" line="71"/>
        <source>This is not a netzjournal JSON export.</source>
        <translation>Das ist kein JSON-Export von netzjournal.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/restore.py" line="78"/>
        <source>Export format (schema) %1; this version reads up to %2.</source>
        <translation>Exportformat (Schema) %1; diese Version liest bis %2.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/restore.py" line="97"/>
        <source>Show data folder</source>
        <translation>Datenordner zeigen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/restore.py" line="111"/>
        <source>Restore from JSON export</source>
        <translation>JSON-Export wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/restore.py" line="124"/>
        <source>netzjournal JSON export (*.json);;All files (*)</source>
        <translation>netzjournal-JSON-Export (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/restore.py" line="143"/>
        <source>Stopped; nothing was restored.</source>
        <translation>Abgebrochen; nichts wurde wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/restore.py" line="157"/>
        <source>The journal was restored from %1 (rows: %2).</source>
        <translation>Das Journal wurde aus %1 wiederhergestellt (Zeilen: %2).</translation>
    </message>
</context>
<context>
    <name>ReviewPane</name>
    <message>
        <location filename="../../netzjournal/ui/review/view.py" line="67"/>
        <source>Year of the review</source>
        <translation>Jahr des Rückblicks</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/review/view.py" line="68"/>
        <source>Save as PDF…</source>
        <translation>Als PDF speichern …</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/review/view.py" line="72"/>
        <source>Save as text file…</source>
        <translation>Als Textdatei speichern …</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/review/view.py" line="74"/>
        <source>Print…</source>
        <translation>Drucken …</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/review/view.py" line="92"/>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/review/view.py" line="110"/>
        <source>Yearly review</source>
        <translation>Jahresrückblick</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/review/view.py" line="190"/>
        <source>Updating the review…</source>
        <translation>Rückblick wird aktualisiert …</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/review/view.py" line="193"/>
        <source>Building the review…</source>
        <translation>Rückblick wird erstellt …</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/review/view.py" line="205"/>
        <source>The review could not be made. Details are in the log.</source>
        <translation>Der Rückblick konnte nicht erstellt werden. Die Details stehen im Protokoll.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/review/view.py" line="278"/>
        <source>Save the review as PDF</source>
        <translation>Rückblick als PDF speichern</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/review/view.py" line="278"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/review/view.py" line="288"/>
        <source>Save the review as a text file</source>
        <translation>Rückblick als Textdatei speichern</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/review/view.py" line="289"/>
        <source>Text file (*.md *.txt)</source>
        <translation>Textdatei (*.md *.txt)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/review/view.py" line="320"/>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/review/view.py" line="79"/>
        <source>Include private details</source>
        <translation>Private Angaben mitnehmen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/review/view.py" line="83"/>
        <source>Saved and printed reviews leave out your private remarks and the topics of your contacts unless this is ticked.</source>
        <translation>Gespeicherte und gedruckte Rückblicke enthalten Ihre privaten Notizen und die Themen Ihrer Kontakte nur, wenn dies angehakt ist.</translation>
    </message>
</context>
<context>
    <name>Screenshots</name>
    <message>
        <location filename="../../netzjournal/ui/screenshots.py" line="96"/>
        <source>Coffee</source>
        <translation>Kaffee</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/screenshots.py" line="129"/>
        <source>Talked about the barcamp in June and the new role. ☕</source>
        <translation>Über das Barcamp im Juni und die neue Rolle gesprochen. ☕</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/screenshots.py" line="133"/>
        <source>your half marathon in May</source>
        <translation>den Halbmarathon im Mai</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/screenshots.py" line="134"/>
        <source>Runs a half marathon in May</source>
        <translation>Läuft im Mai einen Halbmarathon</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/screenshots.py" line="135"/>
        <source>Send the article</source>
        <translation>Den Artikel schicken</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/dialog_shots.py" line="288"/>
        <source>Save the changes to the note “Coffee at the harbour”?</source>
        <translation>Änderungen an der Notiz „Kaffee am Hafen“ speichern?</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../netzjournal/ui/search.py" line="103"/>
        <source>Contacts (the best %1 of more – keep typing to narrow)</source>
        <translation>Kontakte (die besten %1 von mehr – tippen Sie weiter, um einzugrenzen)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/search.py" line="104"/>
        <source>Contacts (%1)</source>
        <translation>Kontakte (%1)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/search.py" line="106"/>
        <source>Meeting notes (the best %1 of more – keep typing to narrow)</source>
        <translation>Gesprächsnotizen (die besten %1 von mehr – tippen Sie weiter, um einzugrenzen)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/search.py" line="107"/>
        <source>Meeting notes (%1)</source>
        <translation>Gesprächsnotizen (%1)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/search.py" line="108"/>
        <source>Events (the best %1 of more – keep typing to narrow)</source>
        <translation>Veranstaltungen (die besten %1 von mehr – tippen Sie weiter, um einzugrenzen)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/search.py" line="109"/>
        <source>Events (%1)</source>
        <translation>Veranstaltungen (%1)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/search.py" line="116"/>
        <source>Nothing found</source>
        <translation>Nichts gefunden</translation>
    </message>
</context>
<context>
    <name>SelectionMenus</name>
    <message>
        <location filename="../../netzjournal/ui/contacts/selection_menu.py" line="45"/>
        <source>Set &amp;closeness</source>
        <translation>&amp;Nähe setzen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/selection_menu.py" line="53"/>
        <source>&amp;Remove tag</source>
        <translation>Schlagwort &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/selection_menu.py" line="121"/>
        <source>(no tags)</source>
        <translation>(keine Schlagwörter)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/selection_menu.py" line="170"/>
        <location filename="../../netzjournal/ui/contacts/selection_menu.py" line="190"/>
        <source>Add tag</source>
        <translation>Schlagwort hinzufügen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/selection_menu.py" line="172"/>
        <source>Add a tag to this contact:</source>
        <translation>Schlagwort für diesen Kontakt:</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/contacts/selection_menu.py" line="174"/>
        <source>Add a tag to %1 contacts:</source>
        <translation>Schlagwort für %1 Kontakte:</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../netzjournal/ui/settings_dialog.py" line="45"/>
        <location filename="../../netzjournal/ui/settings_dialog.py" line="274"/>
        <location filename="../../netzjournal/ui/settings_dialog.py" line="299"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/settings_dialog.py" line="50"/>
        <source>As the system (%1)</source>
        <translation>Wie das System (%1)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/settings_dialog.py" line="54"/>
        <source>A new language applies the next time netzjournal starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von netzjournal.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/settings_dialog.py" line="57"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/settings_dialog.py" line="64"/>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/settings_dialog.py" line="66"/>
        <source>Signs your openers and appears on the yearly review&apos;s title page.</source>
        <translation>Steht unter Ihren Nachrichten und auf dem Titelblatt des Jahresrückblicks.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/settings_dialog.py" line="72"/>
        <source>Your e-mail addresses</source>
        <translation>Ihre E-Mail-Adressen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/settings_dialog.py" line="73"/>
        <source>Where an imported invitation names one of these, your answer in it (yes, no, maybe) becomes your answer here.</source>
        <translation>Steht eine dieser Adressen in einer importierten Einladung, wird Ihre Antwort darin (Zusage, Absage, vielleicht) hier übernommen.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/settings_dialog.py" line="77"/>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/settings_dialog.py" line="79"/>
        <source>Reconnect coach</source>
        <translation>Kontakt-Coach</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/settings_dialog.py" line="80"/>
        <location filename="../../netzjournal/ui/settings_dialog.py" line="306"/>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/settings_dialog.py" line="87"/>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/settings_dialog.py" line="91"/>
        <source>Privacy</source>
        <translation>Datenschutz</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/settings_dialog.py" line="143"/>
        <source>How often to keep in touch, by closeness (a contact&apos;s own setting wins):</source>
        <translation>Wie oft Sie sich melden möchten, nach Nähe (die Einstellung beim Kontakt geht vor):</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/settings_dialog.py" line="152"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/settings_dialog.py" line="152"/>
        <source> day</source>
        <translation> Tag</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/settings_dialog.py" line="158"/>
        <source>Closeness %1</source>
        <translation>Nähe %1</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/settings_dialog.py" line="160"/>
        <source>Closeness %1 of 5</source>
        <translation>Nähe %1 von 5</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/settings_dialog.py" line="164"/>
        <source>Suggestions shown</source>
        <translation>Angezeigte Vorschläge</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/settings_dialog.py" line="262"/>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/settings_dialog.py" line="263"/>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/settings_dialog.py" line="273"/>
        <source>This is not an e-mail address: %1</source>
        <translation>Das ist keine E-Mail-Adresse: %1</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/settings_dialog.py" line="283"/>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/settings_dialog.py" line="296"/>
        <source>The interface language could not be saved: %1 cannot be written. Everything else is saved.</source>
        <translation>Die Sprache der Oberfläche ließ sich nicht speichern: %1 kann nicht geschrieben werden. Alles andere ist gespeichert.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/settings_dialog.py" line="171"/>
        <source>New contacts: language</source>
        <translation>Neue Kontakte: Sprache</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/settings_dialog.py" line="134"/>
        <source>Save the changes to the settings?</source>
        <translation>Änderungen an den Einstellungen speichern?</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/settings_dialog.py" line="172"/>
        <source>New contacts: address form</source>
        <translation>Neue Kontakte: Ansprache</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/settings_dialog.py" line="173"/>
        <source>Your opener templates…</source>
        <translation>Eigene Vorlagen für Einstiege …</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/settings_dialog.py" line="185"/>
        <source>A short notification with birthdays, follow-ups due and whom you could get back in touch with. At most one a day, and none when nothing is due.</source>
        <translation>Eine kurze Benachrichtigung mit Geburtstagen, fälligen nächsten Schritten und Menschen, bei denen Sie sich melden könnten. Höchstens eine am Tag, und keine, wenn nichts ansteht.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/settings_dialog.py" line="190"/>
        <source>When I log in to this computer</source>
        <translation>Wenn ich mich an diesem Computer anmelde</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/settings_dialog.py" line="195"/>
        <source>Adds netzjournal to the programs started at log-in; it shows the reminder and quits.</source>
        <translation>Trägt netzjournal bei den Programmen ein, die bei der Anmeldung starten; es zeigt die Erinnerung und beendet sich.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/settings_dialog.py" line="199"/>
        <source>While netzjournal is open, once a day at</source>
        <translation>Solange netzjournal geöffnet ist, einmal täglich um</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../netzjournal/ui/shortcuts_dialog.py" line="52"/>
        <source>Enter</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/shortcuts_dialog.py" line="59"/>
        <source>Quick note, contact, event and note editors</source>
        <translation>Schnellnotiz, Kontakt-, Veranstaltungs- und Notizeditor</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/shortcuts_dialog.py" line="64"/>
        <source>Save and close</source>
        <translation>Speichern und schließen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/shortcuts_dialog.py" line="68"/>
        <source>Close (asks first if something was changed)</source>
        <translation>Schließen (fragt bei Änderungen vorher)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/shortcuts_dialog.py" line="74"/>
        <source>Next field / previous field</source>
        <translation>Nächstes Feld / vorheriges Feld</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/shortcuts_dialog.py" line="80"/>
        <source>Picking people</source>
        <translation>Personen auswählen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/shortcuts_dialog.py" line="83"/>
        <source>Take the highlighted name</source>
        <translation>Hervorgehobenen Namen übernehmen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/shortcuts_dialog.py" line="87"/>
        <source>Move through the suggestions</source>
        <translation>Durch die Vorschläge gehen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/shortcuts_dialog.py" line="91"/>
        <source>Remove the last person</source>
        <translation>Letzte Person entfernen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/shortcuts_dialog.py" line="97"/>
        <source>Lists and search</source>
        <translation>Listen und Suche</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/shortcuts_dialog.py" line="100"/>
        <source>Open the selected search result or timeline entry</source>
        <translation>Suchergebnis oder Zeitleisten-Eintrag öffnen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/shortcuts_dialog.py" line="106"/>
        <source>Close the search results</source>
        <translation>Suchergebnisse schließen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/shortcuts_dialog.py" line="110"/>
        <source>Select several entries</source>
        <translation>Mehrere Einträge auswählen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/shortcuts_dialog.py" line="111"/>
        <source>Ctrl+click, Shift+click</source>
        <translation>Strg+Klick, Umschalt+Klick</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/shortcuts_dialog.py" line="114"/>
        <source>Menu of the selected contacts</source>
        <translation>Menü der ausgewählten Kontakte</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/shortcuts_dialog.py" line="129"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/shortcuts_dialog.py" line="130"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/shortcuts_dialog.py" line="165"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>ShowFolder</name>
    <message>
        <location filename="../../netzjournal/ui/show_folder.py" line="42"/>
        <source>Show in file manager</source>
        <translation>Im Dateimanager zeigen</translation>
    </message>
</context>
<context>
    <name>SortMenu</name>
    <message>
        <location filename="../../netzjournal/ui/sort_menu.py" line="58"/>
        <source>Descending</source>
        <translation>Absteigend</translation>
    </message>
</context>
<context>
    <name>StartupDialogs</name>
    <message>
        <location filename="../../netzjournal/ui/startup_dialogs.py" line="326"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/startup_dialogs.py" line="287"/>
        <source>A newer netzjournal wrote this journal</source>
        <translation>Eine neuere netzjournal-Version hat dieses Journal geschrieben</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/startup_dialogs.py" line="57"/>
        <source>Nothing was changed: your journal is as it was.</source>
        <translation>Es wurde nichts verändert: Ihr Journal ist, wie es war.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/startup_dialogs.py" line="68"/>
        <source>Location: %1</source>
        <translation>Ort: %1</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/startup_dialogs.py" line="82"/>
        <source>Hide details</source>
        <translation>Details ausblenden</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/startup_dialogs.py" line="84"/>
        <source>Show details</source>
        <translation>Details einblenden</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/startup_dialogs.py" line="96"/>
        <source>The disk is full</source>
        <translation>Der Datenträger ist voll</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/startup_dialogs.py" line="97"/>
        <source>The disk is full. Please free some space and start again.</source>
        <translation>Der Datenträger ist voll. Bitte Platz schaffen und erneut starten.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/startup_dialogs.py" line="102"/>
        <source>The disk reports an error</source>
        <translation>Der Datenträger meldet einen Fehler</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/startup_dialogs.py" line="103"/>
        <source>The disk reported a read or write error. Please check the drive (or the network connection to it) and start again.</source>
        <translation>Der Datenträger hat einen Lese- oder Schreibfehler gemeldet. Bitte das Laufwerk (oder die Netzwerkverbindung dorthin) prüfen und erneut starten.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/startup_dialogs.py" line="110"/>
        <source>No permission</source>
        <translation>Keine Berechtigung</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/startup_dialogs.py" line="111"/>
        <source>netzjournal is not allowed to open the journal or its folder. Please check who owns them and their permissions, then start again.</source>
        <translation>netzjournal darf das Journal oder seinen Ordner nicht öffnen. Bitte Eigentümer und Berechtigungen prüfen und dann erneut starten.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/startup_dialogs.py" line="118"/>
        <source>The journal cannot be written</source>
        <translation>Das Journal ist nicht beschreibbar</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/startup_dialogs.py" line="119"/>
        <source>The journal, its folder or its disk is write-protected. Please make it writable and start again.</source>
        <translation>Das Journal, sein Ordner oder sein Datenträger ist schreibgeschützt. Bitte beschreibbar machen und erneut starten.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/startup_dialogs.py" line="126"/>
        <source>The journal is in use</source>
        <translation>Das Journal wird gerade benutzt</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/startup_dialogs.py" line="127"/>
        <source>Another program is using the journal right now. Please close it (or wait until it has finished) and start again.</source>
        <translation>Ein anderes Programm benutzt das Journal gerade. Bitte das Programm schließen (oder warten, bis es fertig ist) und erneut starten.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/startup_dialogs.py" line="134"/>
        <source>The journal is being updated</source>
        <translation>Das Journal wird gerade aktualisiert</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/startup_dialogs.py" line="135"/>
        <source>Another netzjournal is updating the journal for this version. Please start again once it has finished.</source>
        <translation>Ein anderes netzjournal aktualisiert das Journal gerade für diese Version. Bitte erneut starten, sobald es fertig ist.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/startup_dialogs.py" line="142"/>
        <source>A folder is in the journal&apos;s place</source>
        <translation>An der Stelle des Journals liegt ein Ordner</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/startup_dialogs.py" line="143"/>
        <source>There is a folder where the journal file should be. Please move it aside, or start netzjournal with --data-dir to use another data folder.</source>
        <translation>Wo die Journaldatei sein sollte, liegt ein Ordner. Bitte den Ordner verschieben oder netzjournal mit --data-dir starten, um einen anderen Datenordner zu verwenden.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/startup_dialogs.py" line="151"/>
        <source>There is a file where the data folder should be. Please move it aside, or start netzjournal with --data-dir to use another data folder.</source>
        <translation>Wo der Datenordner sein sollte, liegt eine Datei. Bitte die Datei verschieben oder netzjournal mit --data-dir starten, um einen anderen Datenordner zu verwenden.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/startup_dialogs.py" line="295"/>
        <source>This journal was last saved by a newer netzjournal (version %1). This is version %2, which cannot work with it.</source>
        <translation>Dieses Journal wurde zuletzt von einer neueren netzjournal-Version gespeichert (%1). Dies ist Version %2, die damit nicht arbeiten kann.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/startup_dialogs.py" line="303"/>
        <source>Your journal is untouched. Please update netzjournal to version %1 or later; until then you can open the journal to read it, without changes.</source>
        <translation>Ihr Journal ist unverändert. Bitte aktualisieren Sie netzjournal auf Version %1 oder neuer; bis dahin können Sie das Journal zum Lesen öffnen, ohne Änderungen.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/startup_dialogs.py" line="309"/>
        <source>This journal was last saved by a newer netzjournal. This is version %1, which cannot work with it.</source>
        <translation>Dieses Journal wurde zuletzt von einer neueren netzjournal-Version gespeichert. Dies ist Version %1, die damit nicht arbeiten kann.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/startup_dialogs.py" line="314"/>
        <source>Your journal is untouched. Please update netzjournal; until then you can open the journal to read it, without changes.</source>
        <translation>Ihr Journal ist unverändert. Bitte aktualisieren Sie netzjournal; bis dahin können Sie das Journal zum Lesen öffnen, ohne Änderungen.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/privacy.py" line="787"/>
        <location filename="../../netzjournal/ui/startup_dialogs.py" line="354"/>
        <source>The details say what happened; they help whoever you ask for help.</source>
        <translation>Die Details sagen, was geschehen ist – sie helfen, wenn Sie jemanden um Hilfe bitten.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/startup_dialogs.py" line="233"/>
        <source>Wrong key: the journal is encrypted and this key does not open it. Please start again with the right passphrase or the recovery key.</source>
        <translation>Falscher Schlüssel: Das Journal ist verschlüsselt, und dieser Schlüssel öffnet es nicht. Bitte mit der richtigen Passphrase oder dem Wiederherstellungsschlüssel erneut starten.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/startup_dialogs.py" line="150"/>
        <source>A file is in the data folder&apos;s place</source>
        <translation>An der Stelle des Datenordners liegt eine Datei</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/startup_dialogs.py" line="158"/>
        <source>The data folder&apos;s name is too long</source>
        <translation>Der Name des Datenordners ist zu lang</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/startup_dialogs.py" line="159"/>
        <source>The path to the journal is too long for the disk (one name in it, or the whole path). Please start netzjournal with --data-dir and a shorter folder; the details name the place.</source>
        <translation>Der Pfad zum Journal ist zu lang für das Laufwerk (ein Name darin oder der ganze Pfad). Bitte starten Sie netzjournal mit --data-dir und einem kürzeren Ordner; die Details nennen den Ort.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/startup_dialogs.py" line="167"/>
        <source>The journal&apos;s place is not there</source>
        <translation>Der Ort des Journals ist nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/startup_dialogs.py" line="168"/>
        <source>The journal file is a link to a place that is not there right now, perhaps a disk or network folder that is not connected. Please connect it and start again; the details name the place.</source>
        <translation>Die Journaldatei ist eine Verknüpfung zu einem Ort, der gerade nicht da ist – vielleicht ein Datenträger oder Netzwerkordner, der nicht verbunden ist. Bitte verbinden und erneut starten; die Details nennen den Ort.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/startup_dialogs.py" line="181"/>
        <source>The journal cannot be opened</source>
        <translation>Das Journal kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/startup_dialogs.py" line="182"/>
        <source>The journal or its folder cannot be used right now. The details say why.</source>
        <translation>Das Journal oder sein Ordner kann gerade nicht verwendet werden. Die Details sagen, warum.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/startup_dialogs.py" line="212"/>
        <source>netzjournal is already at work</source>
        <translation>netzjournal arbeitet bereits</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/startup_dialogs.py" line="213"/>
        <source>Another netzjournal is working with this data folder and did not answer: a window still starting or waiting for an answer, or a command such as a restore or encryption. Wait until it has finished (or close it), then start netzjournal again.</source>
        <translation>Ein anderes netzjournal arbeitet mit diesem Datenordner und hat nicht geantwortet: ein Fenster, das noch startet oder auf eine Antwort wartet, oder ein Befehl wie eine Wiederherstellung oder Verschlüsselung. Warten Sie, bis es fertig ist (oder schließen Sie es), und starten Sie netzjournal dann erneut.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/startup_dialogs.py" line="239"/>
        <source>The journal is encrypted and no key for it was given. Please start again and enter the passphrase or the recovery key.</source>
        <translation>Das Journal ist verschlüsselt, und es wurde kein Schlüssel dafür angegeben. Bitte erneut starten und die Passphrase oder den Wiederherstellungsschlüssel eingeben.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/startup_dialogs.py" line="244"/>
        <source>The journal is encrypted, but this installation lacks the SQLCipher binding (sqlcipher3).</source>
        <translation>Das Journal ist verschlüsselt, aber dieser Installation fehlt die SQLCipher-Anbindung (sqlcipher3).</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/startup_dialogs.py" line="250"/>
        <source>Wrong key</source>
        <translation>Falscher Schlüssel</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/startup_dialogs.py" line="263"/>
        <source>A leftover file was set aside</source>
        <translation>Eine übrig gebliebene Datei wurde beiseitegelegt</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/startup_dialogs.py" line="264"/>
        <source>Next to the journal was a file of pending changes (a “-wal” or “-journal” file) that does not belong to it. Applying it would have damaged the journal, so it was set aside and the journal opens without it.</source>
        <translation>Neben dem Journal lagen unabgeschlossene Änderungen (eine „‑wal“‑ oder „‑journal“‑Datei), die nicht dazu passen; sie einzuspielen hätte das Journal beschädigt. Das Journal wird ohne sie geöffnet.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/startup_dialogs.py" line="270"/>
        <source>The file is kept as:
%1</source>
        <translation>Die Datei ist aufbewahrt als:
%1</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/startup_dialogs.py" line="322"/>
        <source>Open read-only</source>
        <translation>Nur lesend öffnen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/startup_dialogs.py" line="331"/>
        <source>Journal format (schema) %1; this version reads up to %2.</source>
        <translation>Journalformat (Schema) %1; diese Version liest bis %2.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/startup_dialogs.py" line="345"/>
        <source>Nothing was changed. The details say what happened; they help whoever you ask for help.</source>
        <translation>Es wurde nichts verändert. Die Details sagen, was geschehen ist – sie helfen, wenn Sie jemanden um Hilfe bitten.</translation>
    </message>
</context>
<context>
    <name>SuggestionCard</name>
    <message>
        <location filename="../../netzjournal/ui/coach/card.py" line="97"/>
        <source>Warmth %1</source>
        <translation>Wärme %1</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/card.py" line="98"/>
        <source>Warmth</source>
        <translation>Wärme</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/card.py" line="105"/>
        <location filename="../../netzjournal/ui/coach/card.py" line="456"/>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/card.py" line="106"/>
        <source>Choose another opener or change the text</source>
        <translation>Einen anderen Einstieg wählen oder den Text ändern</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/card.py" line="123"/>
        <source>Opener</source>
        <translation>Einstieg</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/card.py" line="128"/>
        <source>Opener text</source>
        <translation>Text des Einstiegs</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/card.py" line="147"/>
        <source>Mark “%1” as done</source>
        <translation>„%1“ als erledigt markieren</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/card.py" line="156"/>
        <source>“Reached out” also marks this follow-up done: %1</source>
        <translation>„Gemeldet“ markiert auch diesen nächsten Schritt als erledigt: %1</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/card.py" line="166"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/card.py" line="170"/>
        <source>No opener to copy</source>
        <translation>Kein Einstieg zum Kopieren</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/card.py" line="171"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/card.py" line="177"/>
        <source>No opener to send</source>
        <translation>Kein Einstieg zum Senden</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/card.py" line="179"/>
        <source>No e-mail address known</source>
        <translation>Keine E-Mail-Adresse bekannt</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/card.py" line="180"/>
        <source>Reached out</source>
        <translation>Gemeldet</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/card.py" line="182"/>
        <source>Notes the message in the journal; the person rests for two weeks</source>
        <translation>Hält die Nachricht im Journal fest; die Person ruht dann zwei Wochen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/card.py" line="187"/>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/card.py" line="190"/>
        <source>In 2 weeks</source>
        <translation>In 2 Wochen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/card.py" line="190"/>
        <source>In a month</source>
        <translation>In einem Monat</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/card.py" line="191"/>
        <source>In 3 months</source>
        <translation>In 3 Monaten</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/card.py" line="199"/>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/card.py" line="204"/>
        <source>Open contact</source>
        <translation>Kontakt öffnen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/card.py" line="206"/>
        <source>Not this person…</source>
        <translation>Diese Person nicht …</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/card.py" line="274"/>
        <source>The last hook is written in the du form, and messages to this person use Sie: it is not quoted.</source>
        <translation>„Beim nächsten Mal aufgreifen“ ist per du geschrieben, Nachrichten an diese Person per Sie – darum steht es nicht in der Nachricht.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/card.py" line="277"/>
        <source>The last hook is written in the Sie form, and messages to this person use du: it is not quoted.</source>
        <translation>„Beim nächsten Mal aufgreifen“ ist per Sie geschrieben, Nachrichten an diese Person per du – darum steht es nicht in der Nachricht.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/card.py" line="283"/>
        <source>Address form…</source>
        <translation>Ansprache …</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/card.py" line="310"/>
        <source>Remind me on the birthday</source>
        <translation>Am Geburtstag erinnern</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/card.py" line="312"/>
        <source>Off the list until the birthday; then the card is back with the congratulations</source>
        <translation>Bis zum Geburtstag nicht auf der Liste; dann ist die Karte mit den Glückwünschen wieder da</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/card.py" line="321"/>
        <source>Language not known: this message is in German.</source>
        <translation>Sprache nicht bekannt: Diese Nachricht ist auf Deutsch.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/card.py" line="322"/>
        <source>Keep German</source>
        <translation>Deutsch passt</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/card.py" line="322"/>
        <source>Write in English</source>
        <translation>Auf Englisch</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/card.py" line="324"/>
        <source>Language not known: this message is in English.</source>
        <translation>Sprache nicht bekannt: Diese Nachricht ist auf Englisch.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/card.py" line="325"/>
        <source>Keep English</source>
        <translation>Englisch passt</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/card.py" line="325"/>
        <source>Write in German</source>
        <translation>Auf Deutsch</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/card.py" line="362"/>
        <source>Address form not chosen: this message uses du.</source>
        <translation>Sie oder du? Noch offen – diese Nachricht duzt.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/card.py" line="364"/>
        <source>Address form not chosen: this message uses du, so the last hook, written in the Sie form, is not quoted.</source>
        <translation>Sie oder du? Noch offen – diese Nachricht duzt, darum steht „Beim nächsten Mal aufgreifen“ (in der Sie-Form geschrieben) nicht darin.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/card.py" line="366"/>
        <source>Keep du</source>
        <translation>Beim Du bleiben</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/card.py" line="366"/>
        <source>Write with Sie</source>
        <translation>Per Sie schreiben</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/card.py" line="368"/>
        <source>Address form not chosen: this message uses Sie.</source>
        <translation>Sie oder du? Noch offen – diese Nachricht siezt.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/card.py" line="370"/>
        <source>Address form not chosen: this message uses Sie, so the last hook, written in the du form, is not quoted.</source>
        <translation>Sie oder du? Noch offen – diese Nachricht siezt, darum steht „Beim nächsten Mal aufgreifen“ (in der Du-Form geschrieben) nicht darin.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/card.py" line="372"/>
        <source>Keep Sie</source>
        <translation>Beim Sie bleiben</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/card.py" line="372"/>
        <source>Write with du</source>
        <translation>Per du schreiben</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/card.py" line="379"/>
        <source>For everyone still open: du…</source>
        <translation>Für alle noch offenen: du …</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/card.py" line="381"/>
        <source>For everyone still open: Sie…</source>
        <translation>Für alle noch offenen: Sie …</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/card.py" line="394"/>
        <source>Salutation not known: this message greets by the whole name.</source>
        <translation>Frau oder Herr? Noch offen – diese Nachricht grüßt mit dem ganzen Namen.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/card.py" line="396"/>
        <source>No opener: a message in the Sie form greets as “Frau …” or “Herr …”; which one is not known.</source>
        <translation>Kein Einstieg: Wer gesiezt wird, wird mit „Frau …“ oder „Herr …“ begrüßt – welches, ist noch offen.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/card.py" line="399"/>
        <source>Ms %1</source>
        <translation>Frau %1</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/card.py" line="400"/>
        <source>Mr %1</source>
        <translation>Herr %1</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/card.py" line="406"/>
        <source>Keep neutral</source>
        <translation>Neutral lassen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/card.py" line="408"/>
        <source>Greet by the whole name and do not ask again</source>
        <translation>Mit dem ganzen Namen grüßen und nicht mehr fragen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/card.py" line="417"/>
        <source>No opener: a message in the Sie form greets by family name, and this contact has none.</source>
        <translation>Kein Einstieg: Wer gesiezt wird, wird mit dem Nachnamen begrüßt – und der fehlt bei diesem Kontakt.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/card.py" line="419"/>
        <source>Add the family name…</source>
        <translation>Nachnamen ergänzen …</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/card.py" line="421"/>
        <source>No opener: a message in the Sie form greets as “Frau …” or “Herr …”, or by the whole name; neither the salutation nor the first name is known.</source>
        <translation>Kein Einstieg: Wer gesiezt wird, wird mit „Frau …“ oder „Herr …“ oder mit dem ganzen Namen begrüßt – hier fehlen Anrede und Vorname.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/card.py" line="424"/>
        <source>Add the salutation…</source>
        <translation>Anrede ergänzen …</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/card.py" line="426"/>
        <source>No opener: a message in the du form greets by first name, and this contact has none.</source>
        <translation>Kein Einstieg: Wer geduzt wird, wird mit dem Vornamen begrüßt – und der fehlt bei diesem Kontakt.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/card.py" line="428"/>
        <location filename="../../netzjournal/ui/coach/card.py" line="431"/>
        <source>Add the first name…</source>
        <translation>Vornamen ergänzen …</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/card.py" line="429"/>
        <source>No opener: an English message greets by first name, or as “Ms …” or “Mr …” with the family name; this contact has neither.</source>
        <translation>Kein Einstieg: Eine englische Nachricht begrüßt mit dem Vornamen oder mit „Ms …“ oder „Mr …“ und dem Nachnamen – bei diesem Kontakt geht beides nicht.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/card.py" line="436"/>
        <source>Read only: the journal cannot be written</source>
        <translation>Nur lesen: das Journal lässt sich nicht schreiben</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/card.py" line="456"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/card.py" line="500"/>
        <source>Mark as done</source>
        <translation>Als erledigt markieren</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../netzjournal/ui/sync_page.py" line="56"/>
        <source>Sync contacts, follow-ups and events with your own server (Nextcloud, Radicale, mailbox.org …) so that your phone has them too. Nothing leaves this computer until you switch it on.</source>
        <translation>Kontakte, nächste Schritte und Termine mit Ihrem eigenen Server abgleichen (Nextcloud, Radicale, mailbox.org …), damit Ihr Telefon sie auch hat. Solange Sie es nicht einschalten, verlässt nichts diesen Computer.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/sync_page.py" line="62"/>
        <source>Sync with my server</source>
        <translation>Mit meinem Server synchronisieren</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/sync_page.py" line="70"/>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/sync_page.py" line="73"/>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/sync_page.py" line="78"/>
        <source>kept in the system keyring</source>
        <translation>wird im Schlüsselbund des Systems verwahrt</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/sync_page.py" line="79"/>
        <source>Password or app password</source>
        <translation>Passwort oder App-Passwort</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/sync_page.py" line="82"/>
        <source>No keyring is available on this system, so the password is not stored: it is kept only until netzjournal closes.</source>
        <translation>Auf diesem System ist kein Schlüsselbund verfügbar, daher wird das Passwort nicht gespeichert: Es bleibt nur, bis netzjournal geschlossen wird.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/sync_page.py" line="88"/>
        <source>Address book</source>
        <translation>Adressbuch</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/sync_page.py" line="90"/>
        <source>Calendar (follow-ups, events, notes)</source>
        <translation>Kalender (nächste Schritte, Termine, Notizen)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/sync_page.py" line="91"/>
        <source>Show the server&apos;s address books and calendars</source>
        <translation>Adressbücher und Kalender des Servers anzeigen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/sync_page.py" line="97"/>
        <source>A name the server does not have yet is made there on the first sync.</source>
        <translation>Einen Namen, den der Server noch nicht hat, legt die erste Synchronisation dort an.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/sync_page.py" line="112"/>
        <source>Also put archived contacts on the server</source>
        <translation>Archivierte Kontakte auch auf den Server legen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/sync_page.py" line="116"/>
        <source> minutes</source>
        <translation> Minuten</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/sync_page.py" line="120"/>
        <source>Sync every</source>
        <translation>Synchronisieren alle</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/sync_page.py" line="175"/>
        <source>Trust this certificate?</source>
        <extracomment>Asked under the certificate shown; the buttons &quot;Trust&quot; / &quot;Do not trust&quot; answer.</extracomment>
        <translation>Diesem Zertifikat vertrauen?</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/sync_page.py" line="182"/>
        <source>Trust</source>
        <translation>Vertrauen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/sync_page.py" line="184"/>
        <source>Do not trust</source>
        <translation>Nicht vertrauen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/sync_page.py" line="134"/>
        <source>The server&apos;s certificate has changed since you trusted it. If you did not set up the server anew yourself, someone may be between you and it: do not trust the new one. Nothing is synced until you decide.</source>
        <extracomment>The password typed, when there is no keyring to keep it (session only).</extracomment>
        <translation>Das Zertifikat des Servers hat sich geändert, seit Sie ihm vertraut haben. Wenn Sie den Server nicht selbst neu eingerichtet haben, steht womöglich jemand zwischen Ihnen und dem Server: Vertrauen Sie dem neuen Zertifikat dann nicht. Bis Sie entscheiden, wird nichts synchronisiert.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/sync_page.py" line="154"/>
        <source>Trusted until now (SHA-256)</source>
        <translation>Bisher vertraut (SHA-256)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/sync_page.py" line="291"/>
        <source>Now (SHA-256)</source>
        <translation>Jetzt (SHA-256)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/sync_page.py" line="141"/>
        <source>The server&apos;s certificate is not signed by an authority this computer trusts; home servers often make their own. Compare its fingerprint with the one your server shows before you trust it.</source>
        <translation>Das Zertifikat des Servers ist von keiner Stelle unterschrieben, der dieser Computer vertraut; Server zu Hause stellen es oft selbst aus. Vergleichen Sie den Fingerabdruck mit dem, den Ihr Server anzeigt, bevor Sie ihm vertrauen.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/sync_page.py" line="155"/>
        <location filename="../../netzjournal/ui/sync_page.py" line="291"/>
        <source>Fingerprint (SHA-256)</source>
        <translation>Fingerabdruck (SHA-256)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/sync_page.py" line="159"/>
        <source>Issued to</source>
        <translation>Ausgestellt für</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/sync_page.py" line="160"/>
        <location filename="../../netzjournal/ui/sync_page.py" line="216"/>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/sync_page.py" line="215"/>
        <source>Trusted certificate (SHA-256)</source>
        <translation>Vertrautes Zertifikat (SHA-256)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/sync_page.py" line="222"/>
        <source>Withdraw trust…</source>
        <translation>Vertrauen entziehen …</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/sync_page.py" line="250"/>
        <source>not known yet; read at the next connection</source>
        <translation>noch unbekannt – wird beim nächsten Verbinden gelesen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/sync_page.py" line="259"/>
        <location filename="../../netzjournal/ui/sync_page.py" line="261"/>
        <source>Withdraw trust</source>
        <translation>Vertrauen entziehen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/sync_page.py" line="260"/>
        <source>Stop trusting the certificate of %1?</source>
        <translation>Dem Zertifikat von %1 nicht mehr vertrauen?</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/sync_page.py" line="262"/>
        <source>netzjournal then syncs with this server only once you trust its certificate again (Show the server&apos;s address books and calendars). This takes effect with OK.</source>
        <translation>netzjournal synchronisiert dann mit diesem Server erst wieder, wenn Sie seinem Zertifikat erneut vertrauen (Adressbücher und Kalender des Servers anzeigen). Das gilt ab OK.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/sync_page.py" line="269"/>
        <source>The certificate is no longer trusted (from OK on).</source>
        <translation>Dem Zertifikat wird nicht mehr vertraut (ab OK).</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/sync_page.py" line="316"/>
        <source>Not trusted: netzjournal does not sync with this server. To trust a certificate later, show the server&apos;s address books again.</source>
        <translation>Nicht vertraut: netzjournal synchronisiert nicht mit diesem Server. Um einem Zertifikat später zu vertrauen, lassen Sie sich die Adressbücher des Servers erneut anzeigen.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/sync_page.py" line="347"/>
        <source>Enter the server address, user name and password first.</source>
        <translation>Bitte zuerst Serveradresse, Benutzername und Passwort eingeben.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/sync_page.py" line="351"/>
        <source>Asking the server…</source>
        <translation>Der Server wird gefragt …</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/sync_page.py" line="381"/>
        <source>Address books on the server: %1 · Calendars: %2.</source>
        <translation>Adressbücher auf dem Server: %1 · Kalender: %2.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/sync_page.py" line="382"/>
        <location filename="../../netzjournal/ui/sync_page.py" line="383"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/sync_page.py" line="388"/>
        <source>“%1” is not among them: the first sync makes it as a new address book beside them. To sync with the contacts on your phone, choose the address book they are in.</source>
        <translation>„%1“ ist nicht darunter: Die erste Synchronisation legt es als neues Adressbuch daneben an. Um die Kontakte Ihres Telefons abzugleichen, wählen Sie das Adressbuch, in dem sie stehen.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/sync_page.py" line="393"/>
        <source>A name it does not have yet is made there on the first sync.</source>
        <translation>Einen Namen, den er noch nicht hat, legt die erste Synchronisation dort an.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/sync_page.py" line="399"/>
        <source>The server did not accept the user name or password.</source>
        <translation>Der Server hat Benutzername oder Passwort nicht angenommen.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/sync_page.py" line="400"/>
        <source>The server&apos;s certificate could not be verified.</source>
        <translation>Das Zertifikat des Servers ließ sich nicht prüfen.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/sync_page.py" line="401"/>
        <source>The server&apos;s certificate is not the one you trusted.</source>
        <translation>Das Zertifikat des Servers ist nicht das, dem Sie vertraut haben.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/sync_page.py" line="402"/>
        <source>The server cannot be reached.</source>
        <translation>Der Server ist nicht erreichbar.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/sync_page.py" line="403"/>
        <source>No address books or calendars at this address.</source>
        <translation>Unter dieser Adresse gibt es keine Adressbücher oder Kalender.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/sync_page.py" line="405"/>
        <source>The server refused the request.</source>
        <translation>Der Server hat die Anfrage abgelehnt.</translation>
    </message>
</context>
<context>
    <name>SyncPairsDialog</name>
    <message>
        <location filename="../../netzjournal/ui/sync_pairs.py" line="59"/>
        <location filename="../../netzjournal/ui/sync_pairs.py" line="76"/>
        <source>Already on both sides</source>
        <translation>Schon auf beiden Seiten</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/sync_pairs.py" line="61"/>
        <source>Last sync</source>
        <translation>Letzte Synchronisation</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/sync_pairs.py" line="67"/>
        <source>These people were in the journal and on the server before the first sync. Each is now one person in both places, not two. Where the two differed, the journal&apos;s value was kept (Sync: conflicts and inbox).</source>
        <translation>Diese Personen standen vor der ersten Synchronisation schon im Journal und auf dem Server. Jede ist jetzt an beiden Orten eine Person, nicht zwei. Wo sich beide unterschieden, blieb der Wert des Journals (Synchronisation: Konflikte und Eingang).</translation>
    </message>
</context>
<context>
    <name>SyncReviewDialog</name>
    <message>
        <location filename="../../netzjournal/ui/sync_review.py" line="53"/>
        <source>Sync: conflicts and inbox</source>
        <translation>Synchronisation: Konflikte und Eingang</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/sync_review.py" line="62"/>
        <source>Keep the journal&apos;s value</source>
        <translation>Wert des Journals behalten</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/sync_review.py" line="64"/>
        <source>Take the server&apos;s value</source>
        <translation>Wert des Servers übernehmen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/sync_review.py" line="72"/>
        <source>who was it with?</source>
        <translation>mit wem war es?</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/sync_review.py" line="73"/>
        <source>Make it a note with this person</source>
        <translation>Als Notiz mit dieser Person ablegen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/sync_review.py" line="86"/>
        <source>Nothing needs a decision: no changes conflict with the server, and every note from the server has its people.</source>
        <translation>Nichts zu entscheiden: Keine Änderung widerspricht dem Server, und jede Notiz vom Server ist ihren Personen zugeordnet.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/sync_review.py" line="99"/>
        <source>Changed on both sides: the journal kept its value; the server&apos;s is kept here.</source>
        <translation>Auf beiden Seiten geändert: Das Journal hat seinen Wert behalten; der des Servers ist hier aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/sync_review.py" line="113"/>
        <source>Notes from the server whose people are not known for sure:</source>
        <translation>Notizen vom Server, deren Personen nicht sicher bekannt sind:</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/sync_review.py" line="134"/>
        <source>%1 · %2: here “%3”, on the server “%4”</source>
        <translation>%1 · %2: hier „%3“, auf dem Server „%4“</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/sync_review.py" line="151"/>
        <source>nobody named</source>
        <translation>niemand genannt</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/sync_review.py" line="171"/>
        <source>salutation</source>
        <translation>Anrede</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/sync_review.py" line="171"/>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/sync_review.py" line="172"/>
        <source>salutation and title as on the card</source>
        <translation>Anrede und Titel wie auf der Karte</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/import_result.py" line="123"/>
        <location filename="../../netzjournal/ui/sync_review.py" line="162"/>
        <source>first name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/import_result.py" line="124"/>
        <location filename="../../netzjournal/ui/sync_review.py" line="162"/>
        <source>last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/sync_review.py" line="163"/>
        <source>display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/import_result.py" line="130"/>
        <location filename="../../netzjournal/ui/sync_review.py" line="163"/>
        <source>organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/import_result.py" line="127"/>
        <location filename="../../netzjournal/ui/sync_review.py" line="164"/>
        <source>middle names</source>
        <translation>weitere Vornamen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/import_result.py" line="128"/>
        <location filename="../../netzjournal/ui/sync_review.py" line="164"/>
        <source>suffix</source>
        <translation>Namenszusatz</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/import_result.py" line="129"/>
        <location filename="../../netzjournal/ui/sync_review.py" line="165"/>
        <source>nickname</source>
        <translation>Spitzname</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/import_result.py" line="131"/>
        <location filename="../../netzjournal/ui/sync_review.py" line="166"/>
        <source>department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/import_result.py" line="132"/>
        <location filename="../../netzjournal/ui/sync_review.py" line="166"/>
        <source>role</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/import_result.py" line="133"/>
        <location filename="../../netzjournal/ui/sync_review.py" line="167"/>
        <source>city</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/interchange/import_result.py" line="136"/>
        <location filename="../../netzjournal/ui/sync_review.py" line="167"/>
        <source>birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/sync_review.py" line="168"/>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/sync_review.py" line="168"/>
        <source>e-mail addresses</source>
        <translation>E-Mail-Adressen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/sync_review.py" line="169"/>
        <source>phone numbers</source>
        <translation>Telefonnummern</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/sync_review.py" line="169"/>
        <source>web addresses</source>
        <translation>Webadressen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/sync_review.py" line="170"/>
        <source>tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/sync_review.py" line="170"/>
        <source>topics</source>
        <translation>Themen</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../../netzjournal/ui/sync_runner.py" line="328"/>
        <source>Synced at %1</source>
        <translation>Synchronisiert um %1</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/sync_runner.py" line="236"/>
        <location filename="../../netzjournal/ui/sync_runner.py" line="255"/>
        <source>Syncing…</source>
        <translation>Synchronisation läuft …</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/sync_runner.py" line="243"/>
        <source>Syncing contacts: %1 of %2 received</source>
        <translation>Synchronisiere Kontakte: %1 von %2 empfangen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/sync_runner.py" line="244"/>
        <source>Syncing contacts: %1 of %2 sent</source>
        <translation>Synchronisiere Kontakte: %1 von %2 gesendet</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/sync_runner.py" line="246"/>
        <source>Syncing the calendar: %1 of %2 received</source>
        <translation>Synchronisiere Kalender: %1 von %2 empfangen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/sync_runner.py" line="247"/>
        <source>Syncing the calendar: %1 of %2 sent</source>
        <translation>Synchronisiere Kalender: %1 von %2 gesendet</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/sync_runner.py" line="245"/>
        <source>Syncing contacts: sending all %2 in one go…</source>
        <translation>Synchronisiere Kontakte: alle %2 werden in einem Schritt gesendet …</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/sync_runner.py" line="248"/>
        <source>Syncing the calendar: sending all %2 items in one go…</source>
        <translation>Synchronisiere Kalender: alle %2 Einträge werden in einem Schritt gesendet …</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/sync_runner.py" line="250"/>
        <source>Syncing contacts: sending in parts, %1 of %2 sent…</source>
        <translation>Synchronisiere Kontakte: in Teilen, %1 von %2 gesendet …</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/sync_runner.py" line="251"/>
        <source>Syncing the calendar: sending in parts, %1 of %2 sent…</source>
        <translation>Synchronisiere Kalender: in Teilen, %1 von %2 gesendet …</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/sync_runner.py" line="258"/>
        <source>continued after quitting</source>
        <translation>nach dem Beenden fortgesetzt</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/sync_runner.py" line="318"/>
        <source>%1 new from the server</source>
        <translation>%1 neu vom Server</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/sync_runner.py" line="319"/>
        <source>%1 changed there</source>
        <translation>%1 dort geändert</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/sync_runner.py" line="320"/>
        <source>%1 deleted there</source>
        <translation>%1 dort gelöscht</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/sync_runner.py" line="321"/>
        <source>%1 sent</source>
        <translation>%1 hochgeladen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/sync_runner.py" line="280"/>
        <source>no changes</source>
        <translation>keine Änderungen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/sync_runner.py" line="283"/>
        <source>went on where the last sync stopped</source>
        <translation>dort fortgesetzt, wo die letzte Synchronisation anhielt</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/sync_runner.py" line="287"/>
        <source>%1 already on both sides</source>
        <translation>%1 schon auf beiden Seiten</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/sync_runner.py" line="292"/>
        <source>Conflicts to look at: %1</source>
        <translation>Konflikte zum Ansehen: %1</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/sync_runner.py" line="303"/>
        <source>Refused by the server: %1</source>
        <translation>Vom Server abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/sync_runner.py" line="306"/>
        <source>nothing left to do</source>
        <translation>nichts mehr zu tun</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/sync_runner.py" line="364"/>
        <source>the server did not accept it</source>
        <translation>der Server hat es nicht angenommen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/sync_runner.py" line="389"/>
        <source>Last changes: %1</source>
        <translation>Letzte Änderungen: %1</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/sync_runner.py" line="439"/>
        <source>the server&apos;s certificate could not be verified (Settings → Sync)</source>
        <translation>das Zertifikat des Servers ließ sich nicht prüfen (Einstellungen → Synchronisation)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/sync_runner.py" line="442"/>
        <source>the server&apos;s certificate has changed; nothing was synced (Settings → Sync)</source>
        <translation>das Zertifikat des Servers hat sich geändert; nichts wurde synchronisiert (Einstellungen → Synchronisation)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/sync_runner.py" line="444"/>
        <source>the server cannot be reached</source>
        <translation>der Server ist nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/sync_runner.py" line="360"/>
        <location filename="../../netzjournal/ui/sync_runner.py" line="445"/>
        <source>the server is full</source>
        <translation>der Server ist voll</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/sync_runner.py" line="328"/>
        <source>Synced on %1 at %2</source>
        <translation>Synchronisiert am %1 um %2</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/sync_runner.py" line="332"/>
        <source>Last attempt at %1</source>
        <translation>Letzter Versuch um %1</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/sync_runner.py" line="332"/>
        <source>Last attempt on %1 at %2</source>
        <translation>Letzter Versuch am %1 um %2</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/sync_runner.py" line="354"/>
        <source>the server finds it invalid</source>
        <translation>für den Server ungültig</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/sync_runner.py" line="355"/>
        <source>the server does not allow it (no permission to write there?)</source>
        <translation>vom Server nicht erlaubt (fehlen Schreibrechte?)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/sync_runner.py" line="356"/>
        <source>it clashes with another item on the server</source>
        <translation>kollidiert mit einem anderen Eintrag auf dem Server</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/sync_runner.py" line="357"/>
        <source>changed on the server meanwhile; tried again at the next sync</source>
        <translation>inzwischen auf dem Server geändert; wird bei der nächsten Synchronisation erneut versucht</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/sync_runner.py" line="358"/>
        <source>too large for the server</source>
        <translation>zu groß für den Server</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/sync_runner.py" line="359"/>
        <source>in a format the server does not take</source>
        <translation>in einem Format, das der Server nicht annimmt</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/sync_runner.py" line="366"/>
        <source>the server says: %1</source>
        <translation>der Server meldet: %1</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/sync_runner.py" line="377"/>
        <source>No sync yet.</source>
        <translation>Noch keine Synchronisation.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/sync_runner.py" line="380"/>
        <source>No sync yet. You can set it up in Settings → Sync.</source>
        <translation>Noch keine Synchronisation. Sie können sie unter Einstellungen → Synchronisation einrichten.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/sync_runner.py" line="427"/>
        <source>Technical details: HTTP status %1</source>
        <translation>Technische Details: HTTP-Status %1</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/sync_runner.py" line="436"/>
        <source>the server did not accept the user name or password</source>
        <translation>der Server hat Benutzername oder Passwort nicht angenommen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/sync_runner.py" line="446"/>
        <source>no address book or calendar at this address</source>
        <translation>unter dieser Adresse gibt es kein Adressbuch und keinen Kalender</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/sync_runner.py" line="447"/>
        <source>password needed (Settings → Sync)</source>
        <translation>Passwort nötig (Einstellungen → Synchronisation)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/sync_runner.py" line="448"/>
        <source>not set up (Settings → Sync)</source>
        <translation>nicht eingerichtet (Einstellungen → Synchronisation)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/sync_runner.py" line="450"/>
        <source>the disk is full; free some space (nothing was lost)</source>
        <translation>der Datenträger ist voll; bitte Platz schaffen (nichts ging verloren)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/sync_runner.py" line="451"/>
        <source>another program is writing to the journal; try again</source>
        <translation>ein anderes Programm schreibt gerade in das Journal; bitte gleich noch einmal versuchen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/sync_runner.py" line="452"/>
        <source>the journal cannot be written here</source>
        <translation>das Journal ist hier nicht beschreibbar</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/sync_runner.py" line="453"/>
        <source>the journal could not be written (see the log)</source>
        <translation>das Journal ließ sich nicht schreiben (Details im Protokoll)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/sync_runner.py" line="454"/>
        <source>the sync stopped with an error (see the log)</source>
        <translation>die Synchronisation brach mit einem Fehler ab (Details im Protokoll)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/sync_runner.py" line="455"/>
        <source>stopped part-way; the next sync goes on from there</source>
        <translation>mittendrin angehalten; die nächste Synchronisation macht dort weiter</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/sync_runner.py" line="461"/>
        <source>Sync: %1</source>
        <translation>Synchronisation: %1</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/sync_runner.py" line="462"/>
        <source>the server refused a request</source>
        <translation>der Server hat eine Anfrage abgelehnt</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/sync_runner.py" line="484"/>
        <source>done before: %1</source>
        <translation>davor erledigt: %1</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/sync_runner.py" line="471"/>
        <source>%1 still to send</source>
        <translation>%1 noch hochzuladen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/sync_runner.py" line="467"/>
        <source>the next sync goes on from there</source>
        <translation>die nächste Synchronisation macht dort weiter</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/sync_runner.py" line="415"/>
        <source>last synced at %1</source>
        <translation>zuletzt synchronisiert um %1</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/sync_runner.py" line="458"/>
        <source>the server is not available at the moment; try again later</source>
        <translation>der Server ist gerade nicht erreichbar; bitte später erneut versuchen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/sync_runner.py" line="460"/>
        <source>the server ran into a problem of its own; try again later</source>
        <translation>der Server hat ein eigenes Problem; bitte später erneut versuchen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../netzjournal/ui/sync_runner.py" line="473"/>
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln Kontakt</numerusform>
            <numerusform>%Ln Kontakte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netzjournal/ui/sync_runner.py" line="474"/>
        <source>%Ln follow-up(s)</source>
        <translation>
            <numerusform>%Ln nächster Schritt</numerusform>
            <numerusform>%Ln nächste Schritte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netzjournal/ui/sync_runner.py" line="475"/>
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln Veranstaltung</numerusform>
            <numerusform>%Ln Veranstaltungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netzjournal/ui/sync_runner.py" line="476"/>
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln Notiz</numerusform>
            <numerusform>%Ln Notizen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/sync_runner.py" line="495"/>
        <source>Trusted (SHA-256): %1</source>
        <translation>Vertraut (SHA-256): %1</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/sync_runner.py" line="496"/>
        <source>Now (SHA-256): %1</source>
        <translation>Jetzt (SHA-256): %1</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <location filename="../../netzjournal/ui/coach/templates_dialog.py" line="53"/>
        <source>Your opener templates</source>
        <translation>Eigene Vorlagen für Einstiege</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/templates_dialog.py" line="69"/>
        <source>Placeholders: %1. Leave the person an easy “no”.</source>
        <translation>Platzhalter: %1. Lassen Sie der Person ein leichtes „Nein“.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/templates_dialog.py" line="74"/>
        <source>Kind of opener</source>
        <translation>Art des Einstiegs</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/templates_dialog.py" line="75"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/templates_dialog.py" line="76"/>
        <source>Address form</source>
        <translation>Ansprache</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/templates_dialog.py" line="77"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/templates_dialog.py" line="78"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/templates_dialog.py" line="80"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/templates_dialog.py" line="81"/>
        <source>Save template</source>
        <translation>Vorlage speichern</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/templates_dialog.py" line="83"/>
        <source>Delete…</source>
        <translation>Löschen …</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/templates_dialog.py" line="103"/>
        <source>No templates of your own yet. Write one on the right and keep it with “Save template”: it is offered beside the built-in openers.</source>
        <translation>Noch keine eigenen Vorlagen. Schreiben Sie rechts eine und behalten Sie sie mit „Vorlage speichern“: Sie wird neben den mitgelieferten Einstiegen angeboten.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/templates_dialog.py" line="148"/>
        <source>Save the changes to the template “%1”?</source>
        <translation>Änderungen an der Vorlage „%1“ speichern?</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/templates_dialog.py" line="149"/>
        <source>Save the new template?</source>
        <translation>Die neue Vorlage speichern?</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/templates_dialog.py" line="252"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/templates_dialog.py" line="223"/>
        <location filename="../../netzjournal/ui/coach/templates_dialog.py" line="236"/>
        <source>Template not saved</source>
        <translation>Vorlage nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/templates_dialog.py" line="224"/>
        <source>Unknown placeholder or a lone brace: %1</source>
        <translation>Unbekannter Platzhalter oder einzelne Klammer: %1</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/templates_dialog.py" line="250"/>
        <source>Delete template</source>
        <translation>Vorlage löschen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/coach/templates_dialog.py" line="251"/>
        <source>Delete this opener template?</source>
        <translation>Diese Vorlage für Einstiege löschen?</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="35"/>
        <source>Coffee</source>
        <translation>Kaffee</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="36"/>
        <source>Meal</source>
        <translation>Essen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="37"/>
        <source>Call</source>
        <translation>Telefonat</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="38"/>
        <source>Video call</source>
        <translation>Videocall</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="39"/>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="40"/>
        <location filename="../../netzjournal/ui/texts.py" line="105"/>
        <location filename="../../netzjournal/ui/texts.py" line="580"/>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="41"/>
        <location filename="../../netzjournal/ui/texts.py" line="108"/>
        <location filename="../../netzjournal/ui/texts.py" line="123"/>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="47"/>
        <source>Coffee on a set day</source>
        <translation>Kaffee an einem festen Tag</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="48"/>
        <source>Pick up from last time</source>
        <translation>Vom letzten Mal aufgreifen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="49"/>
        <source>Give first (article, introduction)</source>
        <translation>Zuerst geben (Artikel, Vorstellung)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="50"/>
        <source>Birthday wishes</source>
        <translation>Geburtstagsgruß</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="51"/>
        <source>Congratulations on a new role</source>
        <translation>Glückwunsch zur neuen Aufgabe</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="52"/>
        <source>An event (“are you there too?”)</source>
        <translation>Eine Veranstaltung („Sind Sie auch dort?“)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="53"/>
        <source>The next occurrence of a series they came to before</source>
        <translation>Der nächste Termin einer Reihe, bei der die Person schon war</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="56"/>
        <source>An event I host (“I&apos;d be glad to see you there”)</source>
        <translation>Eine Veranstaltung, die ich ausrichte („Ich würde mich freuen, wenn Sie dabei sind“)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="59"/>
        <source>A plain check-in</source>
        <translation>Einfach mal melden</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="60"/>
        <source>I&apos;m in your city</source>
        <translation>Ich bin in Ihrer Stadt</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="61"/>
        <source>Thank you</source>
        <translation>Danke sagen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="62"/>
        <source>What I promised</source>
        <translation>Was ich versprochen habe</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="68"/>
        <source>Together</source>
        <translation>Gemeinsam</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="69"/>
        <source>I reached out</source>
        <translation>Ich habe mich gemeldet</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="70"/>
        <source>They reached out</source>
        <translation>Die Person hat sich gemeldet</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="85"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="92"/>
        <source>Ms</source>
        <translation>Frau</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="93"/>
        <source>Mr</source>
        <translation>Herr</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="94"/>
        <source>Neutral (whole name)</source>
        <translation>Neutral (ganzer Name)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="102"/>
        <source>Barcamp</source>
        <translation>Barcamp</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="103"/>
        <source>Stammtisch</source>
        <translation>Stammtisch</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="104"/>
        <source>Trade fair</source>
        <translation>Messe</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="106"/>
        <source>Introduced by someone</source>
        <translation>Vorgestellt durch jemanden</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="107"/>
        <source>Work</source>
        <translation>Arbeit</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="109"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="119"/>
        <source>Management board</source>
        <translation>Geschäftsführung</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="120"/>
        <source>Head of department</source>
        <translation>Abteilungsleitung</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="121"/>
        <source>Team lead</source>
        <translation>Teamleitung</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="122"/>
        <source>Specialist</source>
        <translation>Fachkraft</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="124"/>
        <source>Not set</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="134"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="138"/>
        <source>in the future</source>
        <translation>in der Zukunft</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="140"/>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="142"/>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="144"/>
        <source>%1 days ago</source>
        <translation>vor %1 Tagen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="146"/>
        <source>%1 weeks ago</source>
        <translation>vor %1 Wochen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="149"/>
        <source>%1 months ago</source>
        <translation>vor %1 Monaten</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="152"/>
        <source>1 year ago</source>
        <translation>vor einem Jahr</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="153"/>
        <source>%1 years ago</source>
        <translation>vor %1 Jahren</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="220"/>
        <source>DD</source>
        <translation>TT</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="221"/>
        <source>MM</source>
        <translation>MM</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="222"/>
        <source>YYYY</source>
        <translation>JJJJ</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="529"/>
        <location filename="../../netzjournal/ui/texts.py" line="530"/>
        <source>CSV table</source>
        <translation>CSV-Tabelle</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="531"/>
        <source>Excel workbook</source>
        <translation>Excel-Arbeitsmappe</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="538"/>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="539"/>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="540"/>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="541"/>
        <source>Salutation</source>
        <translation>Anrede</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="542"/>
        <location filename="../../netzjournal/ui/texts.py" line="572"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="543"/>
        <source>Middle names</source>
        <translation>Weitere Vornamen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="544"/>
        <source>Suffix</source>
        <translation>Namenszusatz</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="545"/>
        <source>Nickname</source>
        <translation>Spitzname</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="546"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="547"/>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="548"/>
        <source>Role</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="549"/>
        <source>Level</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="550"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="551"/>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="552"/>
        <location filename="../../netzjournal/ui/texts.py" line="553"/>
        <source>How we met</source>
        <translation>Wie kennengelernt</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="554"/>
        <source>Met on</source>
        <translation>Kennengelernt am</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="555"/>
        <source>Introduced by</source>
        <translation>Vorgestellt von</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="556"/>
        <source>Address form</source>
        <translation>Ansprache (Sie/du)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="557"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="558"/>
        <source>Closeness</source>
        <translation>Nähe</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="559"/>
        <location filename="../../netzjournal/ui/texts.py" line="560"/>
        <source>Keep in touch</source>
        <translation>In Kontakt bleiben</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="561"/>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="562"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="563"/>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="564"/>
        <source>Ways to reach</source>
        <translation>Erreichbarkeit</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="565"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="566"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="567"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="568"/>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="569"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="570"/>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="571"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="573"/>
        <source>Talked about</source>
        <translation>Worüber gesprochen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="575"/>
        <location filename="../../netzjournal/ui/texts.py" line="576"/>
        <source>Pick up next time</source>
        <translation>Beim nächsten Mal aufgreifen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="577"/>
        <source>Private remarks</source>
        <translation>Private Notizen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="578"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="579"/>
        <source>Give &amp; take</source>
        <translation>Geben und Nehmen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="590"/>
        <location filename="../../netzjournal/ui/texts.py" line="632"/>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="592"/>
        <source>%1 is a file where the backups&apos; folder should be</source>
        <translation>%1 ist eine Datei, wo der Ordner für die Sicherungen sein sollte</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="596"/>
        <source>%1 cannot be written (a write-protected folder or disk, missing permission or a disk error)</source>
        <translation>%1 lässt sich nicht beschreiben (ein schreibgeschützter Ordner oder Datenträger, fehlende Rechte oder ein Datenträgerfehler)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="602"/>
        <source>an unexpected error (%1)</source>
        <translation>ein unerwarteter Fehler (%1)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="605"/>
        <source>Today&apos;s backup was not made: %1. Your journal is unchanged. netzjournal tries again at the next start; File → Backups… → Back up now tries at once.</source>
        <translation>Die heutige Sicherung wurde nicht angelegt: %1. Ihr Journal ist unverändert. netzjournal versucht es beim nächsten Start erneut; Datei → Sicherungen … → Jetzt sichern versucht es sofort.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="622"/>
        <source>this is the journal itself or one of its backups; choose another name</source>
        <translation>das ist das Journal selbst oder eine seiner Sicherungen; wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="626"/>
        <source>the file is write-protected (read-only, append-only or immutable); choose another name</source>
        <translation>die Datei ist schreibgeschützt (nur lesbar, nur anhängbar oder unveränderlich); wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="634"/>
        <source>this folder cannot be written (write-protected, or no permission)</source>
        <translation>in diesen Ordner kann nicht geschrieben werden (schreibgeschützt oder keine Berechtigung)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="640"/>
        <source>%1 was not saved: %2. A file of that name from before is unchanged.</source>
        <translation>%1 wurde nicht gespeichert: %2. Eine Datei dieses Namens von vorher ist unverändert.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="657"/>
        <source>This contact was changed elsewhere (in another window or by an import) since it was opened here. Both changed: %1.</source>
        <translation>Dieser Kontakt wurde anderswo geändert (in einem anderen Fenster oder durch einen Import), seit er hier geöffnet wurde. Beide haben geändert: %1.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="663"/>
        <source>This note was changed elsewhere (in another window or by an import) since it was opened here. Both changed: %1.</source>
        <translation>Diese Notiz wurde anderswo geändert (in einem anderen Fenster oder durch einen Import), seit sie hier geöffnet wurde. Beide haben geändert: %1.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="673"/>
        <source>The disk is full; nothing was saved from this change. Free some space and try again.</source>
        <translation>Der Datenträger ist voll; von dieser Änderung wurde nichts gespeichert. Schaffen Sie Platz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="678"/>
        <source>The journal is open read-only; nothing was saved from this change.</source>
        <translation>Das Journal ist schreibgeschützt geöffnet; von dieser Änderung wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="683"/>
        <source>Another program is writing to the journal right now; nothing was saved from this change. Try again in a moment.</source>
        <translation>Ein anderes Programm schreibt gerade in das Journal; von dieser Änderung wurde nichts gespeichert. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="689"/>
        <source>The journal file %1 was moved or deleted while netzjournal had it open; nothing was saved from this change. Quit netzjournal, put the file back (or restore a backup) and start again.</source>
        <translation>Die Journaldatei %1 wurde verschoben oder gelöscht, während netzjournal sie geöffnet hatte; von dieser Änderung wurde nichts gespeichert. Beenden Sie netzjournal, legen Sie die Datei zurück (oder stellen Sie eine Sicherung wieder her) und starten Sie neu.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="696"/>
        <source>%1 is a file where a folder should be; nothing was saved from this change. Move the file aside and try again.</source>
        <translation>%1 ist eine Datei, wo ein Ordner sein sollte; von dieser Änderung wurde nichts gespeichert. Verschieben Sie die Datei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="702"/>
        <source>%1 cannot be written (a write-protected folder or disk, missing permission or a disk error); nothing was saved from this change.</source>
        <translation>%1 lässt sich nicht schreiben (ein schreibgeschützter Ordner oder Datenträger, eine fehlende Berechtigung oder ein Fehler des Datenträgers); von dieser Änderung wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="708"/>
        <source>This entry no longer exists: it was deleted elsewhere (in another window or by an import).</source>
        <translation>Diesen Eintrag gibt es nicht mehr: Er wurde anderswo gelöscht (in einem anderen Fenster oder durch einen Import).</translation>
    </message>
</context>
<context>
    <name>TimelinePane</name>
    <message>
        <location filename="../../netzjournal/ui/timeline/pane.py" line="54"/>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/timeline/pane.py" line="63"/>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/timeline/pane.py" line="72"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/timeline/pane.py" line="73"/>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/timeline/pane.py" line="74"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/timeline/pane.py" line="75"/>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/timeline/pane.py" line="82"/>
        <source>Jump to</source>
        <translation>Springen zu</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/timeline/pane.py" line="47"/>
        <source>All people</source>
        <translation>Alle Personen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/timeline/pane.py" line="94"/>
        <location filename="../../netzjournal/ui/timeline/pane.py" line="120"/>
        <source>All tags</source>
        <translation>Alle Schlagwörter</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/timeline/pane.py" line="123"/>
        <source>All years</source>
        <translation>Alle Jahre</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/timeline/pane.py" line="124"/>
        <source>Newest</source>
        <translation>Neueste</translation>
    </message>
</context>
<context>
    <name>TokenChip</name>
    <message>
        <location filename="../../netzjournal/ui/participants.py" line="148"/>
        <source>%1 (no longer in your contacts)</source>
        <translation>%1 (nicht mehr in Ihren Kontakten)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/participants.py" line="150"/>
        <source>“%1” was picked in this draft, but has been merged or deleted since. Remove it and pick the person again.</source>
        <translation>„%1“ war in diesem Entwurf ausgewählt, wurde seitdem aber zusammengeführt oder gelöscht. Entfernen Sie den Eintrag und wählen Sie die Person erneut aus.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/participants.py" line="154"/>
        <source>%1 (new?)</source>
        <translation>%1 (neu?)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/participants.py" line="155"/>
        <source>Not in your contacts yet: saving asks whether to create “%1”.</source>
        <translation>Noch nicht in Ihren Kontakten: Beim Speichern werden Sie gefragt, ob „%1“ angelegt wird.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/participants.py" line="166"/>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="799"/>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="766"/>
        <source>Archive contacts (%1)</source>
        <translation>Kontakte archivieren (%1)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="767"/>
        <source>Restore contacts (%1)</source>
        <translation>Kontakte zurückholen (%1)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="765"/>
        <source>Delete contacts (%1)</source>
        <translation>Kontakte löschen (%1)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="781"/>
        <source>My answer for “%1” on %2</source>
        <translation>Meine Antwort für „%1“ am %2</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="806"/>
        <source>New note</source>
        <translation>Neue Notiz</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="807"/>
        <source>Edit note “%1”</source>
        <translation>Notiz „%1“ bearbeiten</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="808"/>
        <source>Delete note “%1”</source>
        <translation>Notiz „%1“ löschen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="784"/>
        <source>Delete notes (%1)</source>
        <translation>Notizen löschen (%1)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="725"/>
        <source>Closeness %2 for %1</source>
        <translation>Nähe %2 für %1</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="726"/>
        <source>Tag %1 with “%2”</source>
        <translation>Schlagwort „%2“ für %1</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="727"/>
        <source>Remove tag “%2” from %1</source>
        <translation>Schlagwort „%2“ von %1 entfernen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="732"/>
        <source>Closeness %2 for %1 contacts</source>
        <translation>Nähe %2 für %1 Kontakte</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="733"/>
        <source>Tag %1 contacts with “%2”</source>
        <translation>Schlagwort „%2“ für %1 Kontakte</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="734"/>
        <source>Remove tag “%2” from %1 contacts</source>
        <translation>Schlagwort „%2“ von %1 Kontakten entfernen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="755"/>
        <source>Two contacts named %1: not the same person</source>
        <translation>Zwei Kontakte namens %1: nicht dieselbe Person</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="769"/>
        <source>Language for contacts (%1)</source>
        <translation>Sprache für Kontakte (%1)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="770"/>
        <source>Sie or du for contacts (%1)</source>
        <translation>Sie oder du für Kontakte (%1)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="774"/>
        <source>Edit the note of %1</source>
        <translation>Notiz vom %1 bearbeiten</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="775"/>
        <source>Delete the note of %1</source>
        <translation>Notiz vom %1 löschen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="788"/>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="789"/>
        <source>Archive %1</source>
        <translation>%1 archivieren</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="790"/>
        <source>Restore %1</source>
        <translation>%1 zurückholen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="802"/>
        <source>Merge: %2 (2 entries)</source>
        <translation>Zusammenführen: %2 (2 Einträge)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="803"/>
        <source>%1 and %2: not the same person</source>
        <translation>%1 und %2: nicht dieselbe Person</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="804"/>
        <source>New contact %1</source>
        <translation>Neuer Kontakt %1</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="805"/>
        <source>%1 linked to the invitation</source>
        <translation>%1 mit der Einladung verknüpft</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="811"/>
        <source>Language for %1</source>
        <translation>Sprache für %1</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="812"/>
        <source>Address form for %1</source>
        <translation>Ansprache für %1</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="813"/>
        <source>Salutation for %1</source>
        <translation>Anrede für %1</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="815"/>
        <source>%1 at %2</source>
        <translation>%1 bei %2</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="816"/>
        <source>Remove %1 from %2</source>
        <translation>%1 aus %2 entfernen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="817"/>
        <source>Change one occurrence of %1</source>
        <translation>Termin von %1 ändern</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="818"/>
        <source>Cancel an occurrence of %1</source>
        <translation>Termin von %1 absagen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="819"/>
        <source>New event “%1”</source>
        <translation>Neue Veranstaltung „%1“</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="820"/>
        <source>Edit event “%1”</source>
        <translation>Veranstaltung „%1“ bearbeiten</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="821"/>
        <source>Delete event “%1”</source>
        <translation>Veranstaltung „%1“ löschen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="822"/>
        <source>Met %1 at %2</source>
        <translation>%1 bei %2 kennengelernt</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="824"/>
        <source>Import calendar</source>
        <translation>Kalender importieren</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="786"/>
        <source>Forget where we met %1</source>
        <translation>Wo wir %1 kennengelernt haben, vergessen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/undo.py" line="104"/>
        <source>Undo not possible</source>
        <translation>Rückgängig nicht möglich</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/undo.py" line="106"/>
        <source>Redo not possible</source>
        <translation>Wiederholen nicht möglich</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/undo.py" line="125"/>
        <source>“%1” cannot be undone: what it changed was changed again elsewhere (in another window or by an import). Undoing it would throw that newer change away, so the journal was left as it is.</source>
        <translation>„%1“ lässt sich nicht rückgängig machen: Was dabei geändert wurde, ist inzwischen anderswo erneut geändert worden (in einem anderen Fenster oder durch einen Import). Das Rückgängigmachen würde diese neuere Änderung verwerfen, deshalb bleibt das Journal, wie es ist.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/undo.py" line="155"/>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/undo.py" line="163"/>
        <source>Done: %1 – Ctrl+Z undoes it</source>
        <translation>Ausgeführt: %1 – Strg+Z nimmt es zurück</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/undo_menu.py" line="52"/>
        <source>Undone: %1</source>
        <translation>Rückgängig gemacht: %1</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="768"/>
        <source>Import contacts (%1)</source>
        <translation>Kontakte importieren (%1)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="809"/>
        <source>Reached out to %1</source>
        <translation>Bei %1 gemeldet</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="810"/>
        <source>Later for %1</source>
        <translation>%1 später</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/texts.py" line="814"/>
        <source>Debrief “%1”</source>
        <translation>Nachbereitung „%1“</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/undo_menu.py" line="54"/>
        <source>Redone: %1</source>
        <translation>Wiederholt: %1</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/undo_menu.py" line="97"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/undo_menu.py" line="98"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/undo_menu.py" line="99"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/undo_menu.py" line="100"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederholen: %1</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../netzjournal/ui/privacy.py" line="319"/>
        <source>Encrypted journal</source>
        <translation>Verschlüsseltes Journal</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/privacy.py" line="330"/>
        <source>“%1” is encrypted. Enter the passphrase or the recovery key of the journal it comes from.</source>
        <translation>„%1“ ist verschlüsselt. Geben Sie die Passphrase oder den Wiederherstellungsschlüssel des Journals ein, aus dem sie stammt.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/privacy.py" line="335"/>
        <source>The backups are encrypted. Enter the journal&apos;s passphrase or its recovery key: the one that opens a backup is used.</source>
        <translation>Die Sicherungen sind verschlüsselt. Geben Sie die Passphrase des Journals oder seinen Wiederherstellungsschlüssel ein: Was eine Sicherung öffnet, wird verwendet.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/privacy.py" line="341"/>
        <source>To change the passphrase, enter the new one once more. It is asked for at every start from now on.</source>
        <translation>Geben Sie die neue Passphrase noch einmal ein, um sie zu ändern. Sie wird ab jetzt bei jedem Start abgefragt.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/privacy.py" line="345"/>
        <source>Encrypt the journal</source>
        <translation>Journal verschlüsseln</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/privacy.py" line="347"/>
        <source>To encrypt the journal, enter the passphrase you chose once more. It is asked for at every start from now on.</source>
        <translation>Geben Sie die gewählte Passphrase noch einmal ein, um das Journal zu verschlüsseln. Sie wird ab jetzt bei jedem Start abgefragt.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/privacy.py" line="352"/>
        <source>This journal is encrypted, and its key is not in this computer&apos;s keyring. Enter the recovery key you wrote down when you turned encryption on.</source>
        <translation>Dieses Journal ist verschlüsselt, und sein Schlüssel ist nicht im Schlüsselbund dieses Computers. Geben Sie den Wiederherstellungsschlüssel ein, den Sie beim Einschalten der Verschlüsselung aufgeschrieben haben.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/privacy.py" line="356"/>
        <source>This journal is encrypted. Enter its passphrase.</source>
        <translation>Dieses Journal ist verschlüsselt. Geben Sie seine Passphrase ein.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/privacy.py" line="370"/>
        <source>Show what I type</source>
        <translation>Eingabe zeigen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/privacy.py" line="384"/>
        <source>Encrypt</source>
        <translation>Verschlüsseln</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/privacy.py" line="384"/>
        <source>Change</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/privacy.py" line="415"/>
        <source>This opens the backup neither as a passphrase nor as a recovery key. Nothing was changed; try again.</source>
        <translation>Das öffnet die Sicherung weder als Passphrase noch als Wiederherstellungsschlüssel. Nichts wurde geändert; bitte erneut versuchen.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/privacy.py" line="420"/>
        <source>This opens none of the backups, as a passphrase or as a recovery key. Nothing was changed; try again.</source>
        <translation>Das öffnet keine der Sicherungen, weder als Passphrase noch als Wiederherstellungsschlüssel. Es wurde nichts geändert; bitte versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/privacy.py" line="434"/>
        <source>This is not a recovery key (a group is missing or mistyped).</source>
        <translation>Das ist kein Wiederherstellungsschlüssel (eine Gruppe fehlt oder ist vertippt).</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/privacy.py" line="444"/>
        <location filename="../../netzjournal/ui/rekey.py" line="176"/>
        <source>Caps Lock seems to be on: with upper and lower case swapped, the passphrase fits.</source>
        <translation>Die Feststelltaste scheint aktiv zu sein: Mit vertauschter Groß- und Kleinschreibung passt die Passphrase.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/privacy.py" line="449"/>
        <source>This is not the passphrase you chose; try again.</source>
        <translation>Das ist nicht die Passphrase, die Sie gewählt haben; versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/privacy.py" line="453"/>
        <source>Wrong passphrase. Nothing is damaged and nothing was changed; try again.</source>
        <translation>Falsche Passphrase. Nichts ist beschädigt und nichts wurde verändert; versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/privacy.py" line="458"/>
        <source>Wrong key. Nothing is damaged and nothing was changed; try again.</source>
        <translation>Falscher Schlüssel. Nichts ist beschädigt und nichts wurde verändert; versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/privacy.py" line="470"/>
        <source>netzjournal was stopped while the passphrase was being changed, and this one does not open the journal: try the other one, the old or the new. Nothing is damaged.</source>
        <translation>netzjournal wurde beendet, während die Passphrase geändert wurde, und diese öffnet das Journal nicht: Versuchen Sie die andere, die alte oder die neue. Nichts ist beschädigt.</translation>
    </message>
</context>
<context>
    <name>Unsaved</name>
    <message>
        <location filename="../../netzjournal/ui/unsaved.py" line="88"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/unsaved.py" line="96"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/unsaved.py" line="97"/>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/unsaved.py" line="98"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/unsaved.py" line="105"/>
        <source>“Discard” throws away what you typed.</source>
        <translation>„Verwerfen“ wirft weg, was Sie eingegeben haben.</translation>
    </message>
</context>
<context>
    <name>UpgradeNotice</name>
    <message>
        <location filename="../../netzjournal/ui/upgrade_notice.py" line="36"/>
        <source>Another netzjournal is updating it right now; waiting until it has finished…</source>
        <translation>Ein anderes netzjournal aktualisiert es gerade. Sobald es fertig ist, geht es weiter …</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/upgrade_notice.py" line="40"/>
        <source>Step 1 of 2: a backup of the journal as it is…</source>
        <translation>Schritt 1 von 2: eine Sicherung des Journals im jetzigen Zustand …</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/upgrade_notice.py" line="43"/>
        <source>Step 2 of 2: updating…</source>
        <translation>Schritt 2 von 2: Aktualisierung …</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/upgrade_notice.py" line="54"/>
        <source>Updating your journal for this version…</source>
        <translation>Ihr Journal wird für diese Version aktualisiert …</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/upgrade_notice.py" line="61"/>
        <source>This happens once after netzjournal was updated and takes a moment.</source>
        <translation>Das geschieht einmalig nach dem Wechsel auf eine neue Version von netzjournal und dauert einen Moment.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../netzjournal/ui/welcome.py" line="32"/>
        <source>Welcome to netzjournal</source>
        <translation>Willkommen bei netzjournal</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/welcome.py" line="37"/>
        <source>Your journal is empty. It will hold the people you meet, what you talked about and whom to get back in touch with.</source>
        <translation>Ihr Journal ist noch leer. Hier halten Sie fest, wen Sie treffen, worüber Sie gesprochen haben und bei wem Sie sich wieder melden möchten.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/welcome.py" line="74"/>
        <source>Create a contact…</source>
        <translation>Einen Kontakt anlegen …</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/welcome.py" line="75"/>
        <source>Write a quick note…</source>
        <translation>Eine Schnellnotiz schreiben …</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/welcome.py" line="76"/>
        <source>Import contacts…</source>
        <translation>Kontakte importieren …</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/welcome.py" line="78"/>
        <source>Restore from a JSON export…</source>
        <translation>Aus einem JSON-Export wiederherstellen …</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/welcome.py" line="79"/>
        <source>Explore a demo journal</source>
        <translation>Ein Demo-Journal ansehen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/welcome.py" line="80"/>
        <source>Encrypt this journal…</source>
        <translation>Dieses Journal verschlüsseln …</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/welcome.py" line="106"/>
        <source>Remind me when I log in</source>
        <translation>Beim Anmelden erinnern</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/welcome.py" line="111"/>
        <source>Birthdays, follow-ups due and whom to get back in touch with – at most once a day.</source>
        <translation>Geburtstage, fällige nächste Schritte und bei wem Sie sich melden könnten – höchstens einmal am Tag.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/welcome.py" line="141"/>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/welcome.py" line="42"/>
        <source>Your journal is stored on this computer only, in %1</source>
        <translation>Ihr Journal liegt nur auf diesem Computer, in %1</translation>
    </message>
</context>
</TS>
