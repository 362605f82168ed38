<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>VaultMessages</name>
    <message>
        <location filename="../../oco_desktop/ui/shell/vault_messages.py" line="62"/>
        <source>OCO Desktop mag de kluis in de map %1 niet openen of niet wijzigen (rechten, of een schijf die alleen gelezen kan worden). Er is niets veranderd.</source>
        <translation>OCO Desktop may not open or change the vault in the folder %1 (permissions, or a disk that can only be read). Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/shell/vault_messages.py" line="67"/>
        <source>De schijf is vol (map %1). De laatste wijziging is niet opgeslagen; wat eerder is opgeslagen is heel. Maak ruimte vrij en probeer het opnieuw.</source>
        <translation>The disk is full (folder %1). The last change was not saved; what was saved before is intact. Free up some space and try again.</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/shell/vault_messages.py" line="72"/>
        <source>Het sleutelbestand keys.json in de map %1 hoort niet bij dit kluisbestand: het is van een andere kluis of een oude kopie. Er is niets veranderd. Zet het juiste keys.json terug.</source>
        <translation>The key file keys.json in the folder %1 does not belong to this vault file: it is from another vault or an old copy. Nothing was changed. Put back the right keys.json.</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/shell/vault_messages.py" line="77"/>
        <source>In de map %1 staat een map waar een bestand van de kluis hoort (bijvoorbeeld vault.lock). Er is niets veranderd. Verplaats of hernoem die map.</source>
        <translation>The folder %1 holds a folder where a vault file belongs (for example vault.lock). Nothing was changed. Move or rename that folder.</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/shell/vault_messages.py" line="82"/>
        <source>Deze plek kan niet worden gebruikt: %1</source>
        <translation>This place cannot be used: %1</translation>
    </message>
</context>
<context>
    <name>NotesPage</name>
    <message>
        <location filename="../../oco_desktop/ui/client/note_editor.py" line="75"/>
        <source>⚠ Concept uit het geheugen: de schijf was vol, dus het staat nog niet in de kluis. Maak ruimte vrij; het wordt bewaard zodra dat weer kan.</source>
        <translation>⚠ Draft from memory: the disk was full, so it is not in the vault yet. Free up some space; it is saved as soon as that is possible again.</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/client/note_editor.py" line="171"/>
        <source>⚠ De schijf is vol: uw tekst is niet in de kluis bewaard. OCO Desktop houdt hem vast als concept in het geheugen. Maak ruimte vrij; daarna wordt hij vanzelf bewaard.</source>
        <translation>⚠ The disk is full: your text was not saved in the vault. OCO Desktop keeps it as a draft in memory. Free up some space; it will then be saved by itself.</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/client/note_editor.py" line="176"/>
        <source>⚠ Het concept kon niet worden bewaard. OCO Desktop houdt de tekst vast in het geheugen. Sla de notitie op.</source>
        <translation>⚠ The draft could not be saved. OCO Desktop keeps the text in memory. Save the note.</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/client/note_editor.py" line="225"/>
        <source>⚠ De schijf is vol: de notitie is niet opgeslagen. Uw tekst blijft hier staan en wordt als concept in het geheugen vastgehouden. Maak ruimte vrij en sla dan opnieuw op.</source>
        <translation>⚠ The disk is full: the note was not saved. Your text stays here and is kept as a draft in memory. Free up some space, then save again.</translation>
    </message>
</context>
<context>
    <name>ErrorHook</name>
    <message>
        <location filename="../../oco_desktop/ui/shell/error_hook.py" line="36"/>
        <source>Er ging iets mis in OCO Desktop (interne fout). Wat u opsloeg is bewaard. Details staan in het logbestand %1; stuur dat naar wie OCO Desktop voor u beheert.</source>
        <translation>Something went wrong in OCO Desktop (internal error). What you saved is kept. Details are in the log file %1; send it to whoever manages OCO Desktop for you.</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/shell/error_hook.py" line="54"/>
        <source>OCO Desktop</source>
        <translation>OCO Desktop</translation>
    </message>
</context>
</TS>
