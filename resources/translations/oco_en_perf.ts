<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>PageCheck</name>
    <message>
        <location filename="../../oco_desktop/ui/shell/page_check.py" line="47"/>
        <source>De controle van de kluis heeft beschadigde gegevens gevonden in {folder}. OCO Desktop vergrendelt de kluis nu, zodat er niets verloren gaat. Zet een reservekopie terug of vraag hulp aan uw beheerder.</source>
        <translation>The check of the vault found damaged data in {folder}. OCO Desktop now locks the vault so nothing gets lost. Restore a backup or ask your administrator for help.</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/shell/page_check.py" line="65"/>
        <source>Kluis beschadigd</source>
        <translation>Vault damaged</translation>
    </message>
</context>
<context>
    <name>VaultMessages</name>
    <message>
        <location filename="../../oco_desktop/ui/shell/vault_messages.py" line="73"/>
        <source>Er is te weinig vrij werkgeheugen om de kluis in de map %1 te openen. Sluit andere programma's en probeer het opnieuw. Er is niets veranderd.</source>
        <translation>There is too little free memory to open the vault in the folder %1. Close other programs and try again. Nothing was changed.</translation>
    </message>
</context>
</TS>
