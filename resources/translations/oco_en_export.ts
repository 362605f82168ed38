<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
  <context>
    <name>ExportDialog</name>
    <message>
      <source>Dit bestand zou in de kluismap komen (%1). Daar mag nooit een export staan: dan kan de kluis beschadigd raken. Kies een andere map.</source>
      <translation>This file would be placed in the vault folder (%1). An export must never go there: it could damage the vault. Choose another folder.</translation>
    </message>
    <message>
      <source>%1 is een map. Geef een bestandsnaam op.</source>
      <translation>%1 is a folder. Enter a file name.</translation>
    </message>
    <message>
      <source>%1 is geen gewoon bestand (bijvoorbeeld een apparaat). Kies een andere naam.</source>
      <translation>%1 is not an ordinary file (for example a device). Choose another name.</translation>
    </message>
    <message>
      <source>De map van %1 bestaat niet. Kies een andere plek.</source>
      <translation>The folder of %1 does not exist. Choose another place.</translation>
    </message>
    <message>
      <source>Geef een bestandsnaam op.</source>
      <translation>Enter a file name.</translation>
    </message>
    <message>
      <source>%1 kan niet worden gelezen. Kies een andere naam of map.</source>
      <translation>%1 cannot be read. Choose another name or folder.</translation>
    </message>
  </context>
</TS>
