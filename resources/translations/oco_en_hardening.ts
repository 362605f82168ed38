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
</TS>
