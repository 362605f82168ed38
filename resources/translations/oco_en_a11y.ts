<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
  <context>
    <name>CaseRegistrationBox</name>
    <message>
      <source>Signaal &amp;melden…</source>
      <translation>Report a signa&amp;l…</translation>
    </message>
    <message>
      <source>Si&amp;gnaal melden…</source>
      <translation>Report a signa&amp;l…</translation>
    </message>
    <message>
      <source>&amp;Signaal melden…</source>
      <translation>Report a signa&amp;l…</translation>
    </message>
  </context>
  <context>
    <name>CaseloadView</name>
    <message>
      <source>Levens&amp;gebied:</source>
      <translation>Life do&amp;main:</translation>
    </message>
  </context>
  <context>
    <name>CasesPage</name>
    <message>
      <source>Hero&amp;penen</source>
      <translation>R&amp;eopen</translation>
    </message>
  </context>
  <context>
    <name>ClientDetailsPage</name>
    <message>
      <source>Le&amp;zen</source>
      <translation>Readin&amp;g</translation>
    </message>
    <message>
      <source>H&amp;oren</source>
      <translation>Hearing</translation>
    </message>
    <message>
      <source>Toest&amp;emming vastleggen…</source>
      <translation>&amp;Record consent…</translation>
    </message>
    <message>
      <source>Nieuwe toest&amp;emming vastleggen…</source>
      <translation>&amp;Record new consent…</translation>
    </message>
    <message>
      <source>Levensgebie&amp;d toevoegen</source>
      <translation>Add life do&amp;main</translation>
    </message>
    <message>
      <source>&amp;Persoon toevoegen…</source>
      <translation>Add pers&amp;on…</translation>
    </message>
    <message>
      <source>Verwi&amp;jderen…</source>
      <translation>Dele&amp;te…</translation>
    </message>
  </context>
  <context>
    <name>ClientWorkspace</name>
    <message>
      <source>Cliënt geopend: %1</source>
      <translation>Client opened: %1</translation>
    </message>
    <message>
      <source>Open cliënt: %1</source>
      <translation>Open client: %1</translation>
    </message>
  </context>
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
    <name>FollowUpsPage</name>
    <message>
      <source>Hero&amp;penen</source>
      <translation>&amp;Reopen</translation>
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
  <context>
    <name>NewClientDialog</name>
    <message>
      <source>De cliënt geeft nu &amp;toestemming</source>
      <translation>The client &amp;gives consent now</translation>
    </message>
  </context>
  <context>
    <name>NotesPage</name>
    <message>
      <source>Verwi&amp;jderen…</source>
      <translation>D&amp;elete…</translation>
    </message>
    <message>
      <source>Soort &amp;contact</source>
      <translation>Contact &amp;type</translation>
    </message>
    <message>
      <source>Levens&amp;gebieden</source>
      <translation>&amp;Life domains</translation>
    </message>
    <message>
      <source>Soo&amp;rt contact</source>
      <translation>Contact &amp;type</translation>
    </message>
  </context>
  <context>
    <name>PlanPage</name>
    <message>
      <source>Ook handtekening &amp;cliëntondersteuner</source>
      <translation>Also the client supporter's signat&amp;ure</translation>
    </message>
  </context>
  <context>
    <name>RoutePage</name>
    <message>
      <source>Bezwaarschri&amp;ft maken…</source>
      <translation>Make &amp;objection letter…</translation>
    </message>
    <message>
      <source>Voor het gesprek — wat neemt de inwoner mee?</source>
      <translation>Before the interview — what does the resident bring?</translation>
    </message>
    <message>
      <source>Beslistermijn verlengd tot:</source>
      <translation>Decision term extended to:</translation>
    </message>
    <message>
      <source>Voor het gesprek — welke vragen stelt de inwoner?</source>
      <translation>Before the interview — which questions does the resident ask?</translation>
    </message>
    <message>
      <source>Na het gesprek — wat stelt de gemeente voor?</source>
      <translation>After the interview — what does the municipality propose?</translation>
    </message>
    <message>
      <source>Beslissing verstuurd (datum op de brief):</source>
      <translation>Decision sent (date on the letter):</translation>
    </message>
    <message>
      <source>Voor het gesprek — wie gaat er mee?</source>
      <translation>Before the interview — who comes along?</translation>
    </message>
  </context>
  <context>
    <name>RouteSettingsBox</name>
    <message>
      <source>Uw telefoon of e-&amp;mail:</source>
      <translation>Your &amp;phone or e-mail:</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <source>Vergeet de onthouden sle&amp;utel op deze computer</source>
      <translation>&amp;Forget the remembered key on this computer</translation>
    </message>
  </context>
  <context>
    <name>TodayView</name>
    <message>
      <source>Hero&amp;penen</source>
      <translation>&amp;Reopen</translation>
    </message>
    <message>
      <source>Brie&amp;f maken…</source>
      <translation>Make le&amp;tter…</translation>
    </message>
  </context>
</TS>
