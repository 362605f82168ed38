<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
  <context>
    <name>CloseCaseDialog</name>
    <message>
      <source>Reden van afsluiten</source>
      <translation>Reason for closing</translation>
    </message>
    <message>
      <source>Waardering van de cliënt, 1 tot 10</source>
      <translation>Client's rating, 1 to 10</translation>
    </message>
    <message>
      <source>Datum van afsluiten</source>
      <translation>Closing date</translation>
    </message>
  </context>
  <context>
    <name>ConsentDialog</name>
    <message>
      <source>Waarvoor de cliënt toestemming geeft</source>
      <translation>What the client consents to</translation>
    </message>
    <message>
      <source>Toestemming mondeling gegeven</source>
      <translation>Consent given verbally</translation>
    </message>
    <message>
      <source>Toestemming schriftelijk gegeven</source>
      <translation>Consent given in writing</translation>
    </message>
    <message>
      <source>Datum waarop de toestemming is gegeven</source>
      <translation>Date the consent was given</translation>
    </message>
  </context>
  <context>
    <name>LifeDomainBox</name>
    <message>
      <source>Datum van de nieuwe score bij %1</source>
      <translation>Date of the new score for %1</translation>
    </message>
    <message>
      <source>Score volgens de cliënt bij %1</source>
      <translation>Score according to the client for %1</translation>
    </message>
    <message>
      <source>Score volgens de ondersteuner bij %1</source>
      <translation>Score according to the supporter for %1</translation>
    </message>
    <message>
      <source>Score toevoegen</source>
      <translation>Add score</translation>
    </message>
    <message>
      <source>Score toevoegen bij %1</source>
      <translation>Add score for %1</translation>
    </message>
    <message>
      <source>Levensgebied %1 weghalen</source>
      <translation>Remove life domain %1</translation>
    </message>
  </context>
  <context>
    <name>NetworkMemberDialog</name>
    <message>
      <source>Naam van de persoon</source>
      <translation>Name of the person</translation>
    </message>
    <message>
      <source>Relatie met de cliënt</source>
      <translation>Relation to the client</translation>
    </message>
    <message>
      <source>Telefoonnummer van de persoon</source>
      <translation>Phone number of the person</translation>
    </message>
    <message>
      <source>Wat deze persoon voor de cliënt doet</source>
      <translation>What this person does for the client</translation>
    </message>
  </context>
</TS>
