<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>Actions</name>
    <message numerus="yes">
        <location filename="../../netzjournal/ui/actions.py" line="130"/>
        <source>&amp;Delete %Ln contact(s)…</source>
        <translation>
            <numerusform>&amp;Delete contact…</numerusform>
            <numerusform>&amp;Delete %Ln contacts…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netzjournal/ui/actions.py" line="83"/>
        <location filename="../../netzjournal/ui/actions.py" line="132"/>
        <source>Restore %Ln contact(s) from the &amp;archive</source>
        <translation>
            <numerusform>Restore contact from the &amp;archive</numerusform>
            <numerusform>Restore %Ln contacts from the &amp;archive</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netzjournal/ui/actions.py" line="134"/>
        <source>&amp;Archive the %Ln contact(s) not archived</source>
        <translation>
            <numerusform>&amp;Archive the contact not archived</numerusform>
            <numerusform>&amp;Archive the %Ln contacts not archived…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netzjournal/ui/actions.py" line="136"/>
        <source>&amp;Archive %Ln contact(s)</source>
        <translation>
            <numerusform>&amp;Archive contact</numerusform>
            <numerusform>&amp;Archive %Ln contacts…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netzjournal/ui/actions.py" line="142"/>
        <source>Restore the %Ln archived contact(s) from the &amp;archive</source>
        <translation>
            <numerusform>Restore the archived contact from the &amp;archive</numerusform>
            <numerusform>Restore the %Ln archived contacts from the &amp;archive</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message numerus="yes">
        <location filename="../../netzjournal/ui/backups_dialog.py" line="192"/>
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netzjournal/ui/backups_dialog.py" line="193"/>
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln note</numerusform>
            <numerusform>%Ln notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoachPane</name>
    <message numerus="yes">
        <location filename="../../netzjournal/ui/coach/pane.py" line="313"/>
        <source>Nobody is due right now. %n of your contacts have no note yet: the coach goes by your notes and suggests them once you note a meeting or call with them. Until then it names only occasions, such as a birthday soon.</source>
        <translation>
            <numerusform>Nobody is due right now. One of your contacts has no note yet: the coach goes by your notes and suggests them once you note a meeting or call with them. Until then it names only occasions, such as a birthday soon.</numerusform>
            <numerusform>Nobody is due right now. %n of your contacts have no note yet: the coach goes by your notes and suggests them once you note a meeting or call with them. Until then it names only occasions, such as a birthday soon.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netzjournal/ui/coach/pane.py" line="590"/>
        <source>in about %n week(s)</source>
        <translation>
            <numerusform>in about a week</numerusform>
            <numerusform>in about %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netzjournal/ui/coach/pane.py" line="592"/>
        <source>in about %n month(s)</source>
        <translation>
            <numerusform>in about a month</numerusform>
            <numerusform>in about %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netzjournal/ui/coach/pane.py" line="593"/>
        <source>in about %n year(s)</source>
        <translation>
            <numerusform>in about a year</numerusform>
            <numerusform>in about %n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netzjournal/ui/coach/pane.py" line="649"/>
        <source>Write to %Ln contact(s) with du?</source>
        <translation>
            <numerusform>Write to %Ln contact with du?</numerusform>
            <numerusform>Write to %Ln contacts with du?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netzjournal/ui/coach/pane.py" line="652"/>
        <source>Write to %Ln contact(s) with Sie?</source>
        <translation>
            <numerusform>Write to %Ln contact with Sie?</numerusform>
            <numerusform>Write to %Ln contacts with Sie?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netzjournal/ui/coach/pane.py" line="658"/>
        <source>%Ln of them you already write to with du in the journal: they keep du.</source>
        <translation>
            <numerusform>%Ln of them you already write to with du in the journal: they keep du.</numerusform>
            <numerusform>%Ln of them you already write to with du in the journal: they keep du.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message numerus="yes">
        <location filename="../../netzjournal/ui/contacts/duplicates.py" line="377"/>
        <source>%n group(s) of contacts may be one person each.</source>
        <translation>
            <numerusform>%n group of contacts may be one person.</numerusform>
            <numerusform>%n groups of contacts may each be one person.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netzjournal/ui/contacts/duplicates.py" line="379"/>
        <source>%n pair(s) of contacts may be one person each.</source>
        <translation>
            <numerusform>%n pair of contacts may be one person.</numerusform>
            <numerusform>%n pairs of contacts may each be one person.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventsModel</name>
    <message numerus="yes">
        <location filename="../../netzjournal/ui/events_tab/model.py" line="217"/>
        <source>%n more occurrence(s)</source>
        <translation>
            <numerusform>%n more occurrence</numerusform>
            <numerusform>%n more occurrences</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventsPane</name>
    <message numerus="yes">
        <location filename="../../netzjournal/ui/events_tab/pane.py" line="549"/>
        <source>%n yes</source>
        <comment>replies</comment>
        <translation>
            <numerusform>%n yes</numerusform>
            <numerusform>%n yes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netzjournal/ui/events_tab/pane.py" line="551"/>
        <source>%n no</source>
        <comment>replies</comment>
        <translation>
            <numerusform>%n no</numerusform>
            <numerusform>%n no</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netzjournal/ui/events_tab/pane.py" line="553"/>
        <source>%n maybe</source>
        <comment>replies</comment>
        <translation>
            <numerusform>%n maybe</numerusform>
            <numerusform>%n maybe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netzjournal/ui/events_tab/pane.py" line="577"/>
        <source>Already up to date: the invitation was already in the journal as it is.</source>
        <translation>
            <numerusform>Already up to date: the invitation was already in the journal as it is.</numerusform>
            <numerusform>Already up to date: the invitations were already in the journal as they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netzjournal/ui/events_tab/pane.py" line="580"/>
        <source>Already up to date: the events were already in the journal as they are.</source>
        <translation>
            <numerusform>Already up to date: the event was already in the journal as it is.</numerusform>
            <numerusform>Already up to date: the events were already in the journal as they are.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message numerus="yes">
        <location filename="../../netzjournal/ui/interchange/wizard.py" line="1021"/>
        <source>Left out: %n card(s) with only a mailing list&apos;s address (newsletter@, noreply@, info@ …) and no person&apos;s name.</source>
        <translation>
            <numerusform>Left out: %n card with only a mailing list&apos;s address (newsletter@, noreply@, info@ …) and no person&apos;s name.</numerusform>
            <numerusform>Left out: %n cards with only a mailing list&apos;s address (newsletter@, noreply@, info@ …) and no person&apos;s name.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netzjournal/ui/interchange/wizard.py" line="1078"/>
        <source>%n name(s) have a “?” where a letter was lost: the file was written in an old code page, without that letter (Outlook for Windows writes its CSV export so). They are imported as they are; correct them afterwards, or export again in Unicode (UTF-8), which keeps every letter: in Outlook on the web (outlook.com or Microsoft 365 in the browser) open People, then Manage contacts &gt; Export contacts, and import that file instead.</source>
        <translation>
            <numerusform>%n name has a “?” where a letter was lost: the file was written in an old code page, without that letter (Outlook for Windows writes its CSV export so). It is imported as they are; correct it afterwards, or export again in Unicode (UTF-8), which keeps every letter: in Outlook on the web (outlook.com or Microsoft 365 in the browser) open People, then Manage contacts &gt; Export contacts, and import that file instead.</numerusform>
            <numerusform>%n names have a “?” where a letter was lost: the file was written in an old code page, without that letter (Outlook for Windows writes its CSV export so). They are imported as they are; correct them afterwards, or export again in Unicode (UTF-8), which keeps every letter: in Outlook on the web (outlook.com or Microsoft 365 in the browser) open People, then Manage contacts &gt; Export contacts, and import that file instead.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanguagesQuestion</name>
    <message numerus="yes">
        <location filename="../../netzjournal/ui/coach/languages.py" line="54"/>
        <source>%Ln contact(s) without a language (messages in English for now).</source>
        <translation>
            <numerusform>%Ln contact without a language (messages in English for now).</numerusform>
            <numerusform>%Ln contacts without a language (messages in English for now).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netzjournal/ui/coach/languages.py" line="57"/>
        <source>%Ln contact(s) without a language (messages in German for now).</source>
        <translation>
            <numerusform>%Ln contact without a language (messages in German for now).</numerusform>
            <numerusform>%Ln contacts without a language (messages in German for now).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message numerus="yes">
        <location filename="../../netzjournal/ui/sync_runner.py" line="473"/>
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netzjournal/ui/sync_runner.py" line="474"/>
        <source>%Ln follow-up(s)</source>
        <translation>
            <numerusform>%Ln follow-up</numerusform>
            <numerusform>%Ln follow-ups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netzjournal/ui/sync_runner.py" line="475"/>
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln event</numerusform>
            <numerusform>%Ln events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../netzjournal/ui/sync_runner.py" line="476"/>
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln note</numerusform>
            <numerusform>%Ln notes</numerusform>
        </translation>
    </message>
</context>
</TS>
