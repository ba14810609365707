<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../netzjournal/ui/actions.py" line="18" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/actions.py" line="19" />
        <source>&amp;About netzjournal</source>
        <translation>Ü&amp;ber netzjournal</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/actions.py" line="20" />
        <source>Where my &amp;data lives…</source>
        <translation>Wo meine &amp;Daten liegen …</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/actions.py" line="21" />
        <source>Open the data &amp;folder</source>
        <translation>Daten&amp;ordner öffnen</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../netzjournal/app.py" line="45" />
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgelaufen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/app.py" line="47" />
        <source>netzjournal ran into an unexpected problem. Everything you saved is safe in your journal. Details are in the log: %1</source>
        <translation>netzjournal ist auf ein unerwartetes Problem gestoßen. Alles, was Sie gespeichert haben, ist sicher in Ihrem Journal. Einzelheiten stehen im Protokoll: %1</translation>
    </message>
    <message>
        <location filename="../../netzjournal/app.py" line="75" />
        <source>The backup cannot be read either</source>
        <translation>Auch die Sicherung ist nicht lesbar</translation>
    </message>
    <message>
        <location filename="../../netzjournal/app.py" line="86" />
        <source>The journal cannot be opened</source>
        <translation>Das Journal kann nicht geöffnet werden</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../netzjournal/ui/main_window.py" line="25" />
        <source>netzjournal (read-only)</source>
        <translation>netzjournal (nur lesen)</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/main_window.py" line="38" />
        <location filename="../../netzjournal/ui/main_window.py" line="42" />
        <source>Reconnect coach</source>
        <translation>Kontakt-Coach</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/main_window.py" line="40" />
        <source>Suggestions whom to get back in touch with will appear here.</source>
        <translation>Hier erscheinen Vorschläge, bei wem Sie sich wieder melden könnten.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/main_window.py" line="51" />
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/main_window.py" line="55" />
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/main_window.py" line="77" />
        <source>About netzjournal</source>
        <translation>Über netzjournal</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/main_window.py" line="79" />
        <source>netzjournal %1

A private journal for professional networking. Everything stays on this computer.</source>
        <translation>netzjournal %1

Ein privates Journal für Ihr berufliches Netzwerk. Alles bleibt auf diesem Computer.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/main_window.py" line="87" />
        <source>Where my data lives</source>
        <translation>Wo meine Daten liegen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/main_window.py" line="89" />
        <source>Journal: %1
Backups: %2

Start netzjournal with --data-dir or set NETZJOURNAL_HOME to use another folder.</source>
        <translation>Journal: %1
Sicherungen: %2

Um einen anderen Ordner zu verwenden, starten Sie netzjournal mit --data-dir oder setzen Sie NETZJOURNAL_HOME.</translation>
    </message>
</context>
<context>
    <name>StartupDialogs</name>
    <message>
        <location filename="../../netzjournal/ui/startup_dialogs.py" line="20" />
        <source>The journal cannot be read</source>
        <translation>Das Journal ist nicht lesbar</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/startup_dialogs.py" line="22" />
        <source>netzjournal cannot read your journal. The file has not been changed.</source>
        <translation>netzjournal kann Ihr Journal nicht lesen. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/startup_dialogs.py" line="27" />
        <source>File: %1
Reason: %2</source>
        <translation>Datei: %1
Grund: %2</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/startup_dialogs.py" line="35" />
        <source>There is no backup to restore. Please keep the file safe.</source>
        <translation>Es gibt keine Sicherung zum Wiederherstellen. Bitte bewahren Sie die Datei gut auf.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/startup_dialogs.py" line="46" />
        <source>Restore the newest backup, from %1? The unreadable file is kept beside it.</source>
        <translation>Die neueste Sicherung vom %1 wiederherstellen? Die unlesbare Datei bleibt daneben erhalten.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/startup_dialogs.py" line="52" />
        <source>Restore backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/startup_dialogs.py" line="56" />
        <location filename="../../netzjournal/ui/startup_dialogs.py" line="92" />
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/startup_dialogs.py" line="68" />
        <source>A newer netzjournal wrote this journal</source>
        <translation>Ein neueres netzjournal hat dieses Journal geschrieben</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/startup_dialogs.py" line="71" />
        <source>This journal was written by netzjournal %1 (schema %2); this is netzjournal %3 (schema %4).</source>
        <translation>Dieses Journal wurde von netzjournal %1 (Schema %2) geschrieben; dies ist netzjournal %3 (Schema %4).</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/startup_dialogs.py" line="82" />
        <source>Please update netzjournal. Until then you can open the journal read-only.</source>
        <translation>Bitte aktualisieren Sie netzjournal. Bis dahin können Sie das Journal nur lesend öffnen.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/startup_dialogs.py" line="88" />
        <source>Open read-only</source>
        <translation>Nur lesend öffnen</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../netzjournal/ui/welcome.py" line="38" />
        <source>Welcome to netzjournal</source>
        <translation>Willkommen bei netzjournal</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/welcome.py" line="42" />
        <source>Your journal is empty. It will hold the people you meet, what you talked about and whom to get back in touch with.</source>
        <translation>Ihr Journal ist noch leer. Hier halten Sie fest, wen Sie treffen, worüber Sie gesprochen haben und bei wem Sie sich wieder melden möchten.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/welcome.py" line="48" />
        <source>Your journal holds %1 contacts and %2 meeting notes.</source>
        <translation>Ihr Journal enthält %1 Kontakte und %2 Gesprächsnotizen.</translation>
    </message>
    <message>
        <location filename="../../netzjournal/ui/welcome.py" line="53" />
        <source>Your journal is stored on this computer only, in %1</source>
        <translation>Ihr Journal liegt nur auf diesem Computer, in %1</translation>
    </message>
</context>
</TS>