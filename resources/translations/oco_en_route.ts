<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
  <context>
    <name>DecisionBox</name>
    <message>
      <source>Beslissing en doelen</source>
      <translation>Decision and goals</translation>
    </message>
    <message>
      <source>Wat heeft de gemeente besloten? Eén regel per voorziening.</source>
      <translation>What did the municipality decide? One line per provision.</translation>
    </message>
    <message>
      <source>Wat</source>
      <translation>What</translation>
    </message>
    <message>
      <source>Hoeveel</source>
      <translation>How much</translation>
    </message>
    <message>
      <source>Vorm</source>
      <translation>Form</translation>
    </message>
    <message>
      <source>Begin</source>
      <translation>Start</translation>
    </message>
    <message>
      <source>Einde</source>
      <translation>End</translation>
    </message>
    <message>
      <source>Toegekende hulp</source>
      <translation>Granted help</translation>
    </message>
    <message>
      <source>Voorziening &amp;toevoegen…</source>
      <translation>&amp;Add provision…</translation>
    </message>
    <message>
      <source>&amp;Wijzigen…</source>
      <translation>&amp;Change…</translation>
    </message>
    <message>
      <source>Verwijde&amp;ren</source>
      <translation>&amp;Remove</translation>
    </message>
    <message>
      <source>Past de beslissing bij de doelen uit het plan?</source>
      <translation>Does the decision fit the plan's goals?</translation>
    </message>
    <message>
      <source>nog niet bekeken</source>
      <translation>not checked yet</translation>
    </message>
    <message>
      <source>gehaald</source>
      <translation>met</translation>
    </message>
    <message>
      <source>deels</source>
      <translation>partly</translation>
    </message>
    <message>
      <source>niet</source>
      <translation>not</translation>
    </message>
    <message>
      <source>Het plan heeft nog geen doelen ('Wat ik wil bereiken').</source>
      <translation>The plan has no goals yet ('What I want to achieve').</translation>
    </message>
    <message>
      <source>Uitkomst voor dit doel</source>
      <translation>Outcome for this goal</translation>
    </message>
    <message>
      <source>kort waarom</source>
      <translation>briefly why</translation>
    </message>
    <message>
      <source>Waarom</source>
      <translation>Why</translation>
    </message>
    <message>
      <source>Doel</source>
      <translation>Goal</translation>
    </message>
    <message>
      <source>Verwijderen</source>
      <translation>Remove</translation>
    </message>
    <message>
      <source>Deze voorziening verwijderen: {what}?</source>
      <translation>Remove this provision: {what}?</translation>
    </message>
  </context>
  <context>
    <name>ProvisionDialog</name>
    <message>
      <source>Toegekende hulp</source>
      <translation>Granted help</translation>
    </message>
    <message>
      <source>bijvoorbeeld 3 uur per week</source>
      <translation>for example 3 hours a week</translation>
    </message>
    <message>
      <source>Begindatum</source>
      <translation>Start date</translation>
    </message>
    <message>
      <source>Einddatum</source>
      <translation>End date</translation>
    </message>
    <message>
      <source>&amp;Wat:</source>
      <translation>&amp;What:</translation>
    </message>
    <message>
      <source>&amp;Hoeveel:</source>
      <translation>How &amp;much:</translation>
    </message>
    <message>
      <source>&amp;Vorm:</source>
      <translation>&amp;Form:</translation>
    </message>
    <message>
      <source>&amp;Begin:</source>
      <translation>&amp;Start:</translation>
    </message>
    <message>
      <source>&amp;Einde:</source>
      <translation>&amp;End:</translation>
    </message>
    <message>
      <source>Schrijf een datum als dd-mm-jjjj, of laat het vak leeg.</source>
      <translation>Write a date as dd-mm-yyyy, or leave the box empty.</translation>
    </message>
    <message>
      <source>Schrijf op wat de gemeente heeft toegekend.</source>
      <translation>Write down what the municipality granted.</translation>
    </message>
  </context>
  <context>
    <name>RouteDecision</name>
    <message>
      <source>Zorg in natura</source>
      <translation>Care in kind</translation>
    </message>
    <message>
      <source>Pgb (persoonsgebonden budget)</source>
      <translation>Pgb (personal budget)</translation>
    </message>
    <message>
      <source>Anders</source>
      <translation>Other</translation>
    </message>
  </context>
  <context>
    <name>RoutePage</name>
    <message>
      <source>Route</source>
      <translation>Route</translation>
    </message>
    <message>
      <source>Wmo (gemeente)</source>
      <translation>Wmo (municipality)</translation>
    </message>
    <message>
      <source>Jeugdwet (gemeente)</source>
      <translation>Youth Act (municipality)</translation>
    </message>
    <message>
      <source>Wlz (langdurige zorg, via het CIZ)</source>
      <translation>Wlz (long-term care, via the CIZ)</translation>
    </message>
    <message>
      <source>Zvw (zorgverzekeraar)</source>
      <translation>Zvw (health insurer)</translation>
    </message>
    <message>
      <source>Anders</source>
      <translation>Other</translation>
    </message>
    <message>
      <source>&amp;Melding bij de gemeente:</source>
      <translation>Re&amp;quest to the municipality:</translation>
    </message>
    <message>
      <source>&amp;Plan ingeleverd:</source>
      <translation>&amp;Plan handed in:</translation>
    </message>
    <message>
      <source>&amp;Gesprek (keukentafelgesprek):</source>
      <translation>Access &amp;interview:</translation>
    </message>
    <message>
      <source>&amp;Verslag van het gesprek ontvangen:</source>
      <translation>Report of the intervie&amp;w received:</translation>
    </message>
    <message>
      <source>&amp;Aanvraag gedaan:</source>
      <translation>Application &amp;made:</translation>
    </message>
    <message>
      <source>Beslistermijn &amp;verlengd tot:</source>
      <translation>Decision term e&amp;xtended to:</translation>
    </message>
    <message>
      <source>Beslissing ver&amp;stuurd (datum op de brief):</source>
      <translation>Decision &amp;sent (date on the letter):</translation>
    </message>
    <message>
      <source>Beslissing o&amp;ntvangen:</source>
      <translation>Decision r&amp;eceived:</translation>
    </message>
    <message>
      <source>Toegekende hulp stopt &amp;op:</source>
      <translation>&amp;Granted help ends on:</translation>
    </message>
    <message>
      <source>Datums van de route</source>
      <translation>Dates of the route</translation>
    </message>
    <message>
      <source>&amp;Route:</source>
      <translation>&amp;Route:</translation>
    </message>
    <message>
      <source>&amp;Kenmerk van de beslissing:</source>
      <translation>Decisio&amp;n reference:</translation>
    </message>
    <message>
      <source>Route op&amp;slaan</source>
      <translation>&amp;Save route</translation>
    </message>
    <message>
      <source>Wat volgt uit deze datums</source>
      <translation>What follows from these dates</translation>
    </message>
    <message>
      <source>Brieven die de inwoner zelf ondertekent</source>
      <translation>Letters the resident signs</translation>
    </message>
    <message>
      <source>&amp;Bezwaarschrift maken…</source>
      <translation>Make &amp;objection letter…</translation>
    </message>
    <message>
      <source>&amp;Ingebrekestelling maken…</source>
      <translation>Make notice of &amp;default…</translation>
    </message>
    <message>
      <source>Bezwaarschrift als tekst kopiëren</source>
      <translation>Copy objection letter as text</translation>
    </message>
    <message>
      <source>Ingebrekestelling als tekst kopiëren</source>
      <translation>Copy notice of default as text</translation>
    </message>
    <message>
      <source>Het gesprek</source>
      <translation>The interview</translation>
    </message>
    <message>
      <source>Voor het gesprek — wat neemt de inwoner &amp;mee?</source>
      <translation>Before the interview — what does the resident &amp;bring?</translation>
    </message>
    <message>
      <source>Voor het gesprek — &amp;wie gaat er mee?</source>
      <translation>Before the interview — &amp;who comes along?</translation>
    </message>
    <message>
      <source>Voor het gesprek — welke &amp;vragen stelt de inwoner?</source>
      <translation>Before the interview — which &amp;questions does the resident ask?</translation>
    </message>
    <message>
      <source>Na het gesprek — wat is er ge&amp;zegd?</source>
      <translation>Af&amp;ter the interview — what was said?</translation>
    </message>
    <message>
      <source>Na het gesprek — wat stelt de gemeente &amp;voor?</source>
      <translation>After the interview — what does the municipality &amp;propose?</translation>
    </message>
    <message>
      <source>Leeg? Dan staat hier wat in het plan staat. Opslaan met 'Route opslaan'.</source>
      <translation>Empty? Then this shows what the plan says. Save with 'Save route'.</translation>
    </message>
    <message>
      <source>Deze cliënt heeft nog geen casus.</source>
      <translation>This client has no case yet.</translation>
    </message>
    <message>
      <source>Casus {code}</source>
      <translation>Case {code}</translation>
    </message>
    <message>
      <source>De toegekende hulp stopt op {end}. Bereid de herindicatie voor vanaf {due} ({weeks} weken ervoor).</source>
      <translation>The granted help ends on {end}. Prepare the re-assessment from {due} ({weeks} weeks before).</translation>
    </message>
    <message>
      <source>Vul de datums in: dan ziet u hier de termijnen.</source>
      <translation>Fill in the dates to see the deadlines here.</translation>
    </message>
    <message>
      <source>Schrijf een datum als dd-mm-jjjj, of laat het vak leeg: {fields}.</source>
      <translation>Write a date as dd-mm-yyyy, or leave the box empty: {fields}.</translation>
    </message>
    <message>
      <source>Opgeslagen.</source>
      <translation>Saved.</translation>
    </message>
    <message>
      <source>Brief opslaan</source>
      <translation>Save letter</translation>
    </message>
    <message>
      <source>PDF (*.pdf);;Tekst (*.txt)</source>
      <translation>PDF (*.pdf);;Text (*.txt)</translation>
    </message>
    <message>
      <source>Brief</source>
      <translation>Letter</translation>
    </message>
    <message>
      <source>Brief opgeslagen. De inwoner leest hem, tekent en verstuurt hem zelf.</source>
      <translation>Letter saved. The resident reads, signs and sends it.</translation>
    </message>
    <message>
      <source>De brief staat op het klembord. Plak hem in een e-mail van de inwoner.</source>
      <translation>The letter is on the clipboard. Paste it into the resident's email.</translation>
    </message>
  </context>
  <context>
    <name>RouteSettingsBox</name>
    <message>
      <source>Plannen, brieven en herindicatie</source>
      <translation>Plans, letters and re-assessment</translation>
    </message>
    <message>
      <source>Uw &amp;naam:</source>
      <translation>Your &amp;name:</translation>
    </message>
    <message>
      <source>Uw &amp;organisatie:</source>
      <translation>Your organi&amp;sation:</translation>
    </message>
    <message>
      <source>Uw &amp;telefoon of e-mail:</source>
      <translation>Your &amp;phone or email:</translation>
    </message>
    <message>
      <source>&amp;Gemeente (voor brieven):</source>
      <translation>&amp;Municipality (for letters):</translation>
    </message>
    <message>
      <source> weken</source>
      <translation> weeks</translation>
    </message>
    <message>
      <source>&amp;Herindicatie voorbereiden:</source>
      <translation>Prepare re-&amp;assessment:</translation>
    </message>
    <message>
      <source>Zoveel weken voordat de toegekende hulp stopt, ziet u een herinnering.</source>
      <translation>This many weeks before the granted help ends, you see a reminder.</translation>
    </message>
  </context>
  <context>
    <name>TodayView</name>
    <message>
      <source>&amp;Brief maken…</source>
      <translation>Make &amp;letter…</translation>
    </message>
    <message>
      <source>Een brief die de inwoner zelf ondertekent (bijvoorbeeld een ingebrekestelling als de gemeente te laat is)</source>
      <translation>A letter the resident signs (for example a notice of default when the municipality is late)</translation>
    </message>
    <message>
      <source>Brief opslaan</source>
      <translation>Save letter</translation>
    </message>
    <message>
      <source>PDF (*.pdf);;Tekst (*.txt)</source>
      <translation>PDF (*.pdf);;Text (*.txt)</translation>
    </message>
    <message>
      <source>Brief</source>
      <translation>Letter</translation>
    </message>
  </context>
  <context>
    <name>RouteToday</name>
    <message>
      <source>Onderzoek te laat</source>
      <translation>Assessment late</translation>
    </message>
    <message>
      <source>Beslissing te laat</source>
      <translation>Decision late</translation>
    </message>
    <message>
      <source>{what} sinds {date}: de inwoner kan een ingebrekestelling sturen (knop 'Brief maken').</source>
      <translation>{what} since {date}: the resident can send a notice of default (button 'Make letter').</translation>
    </message>
    <message>
      <source>Gemeente te laat</source>
      <translation>Municipality late</translation>
    </message>
    <message>
      <source>Herindicatie</source>
      <translation>Re-assessment</translation>
    </message>
    <message>
      <source>De hulp stopt op {end}. Bereid samen de herindicatie voor: hoe gaat het, wat is nodig?</source>
      <translation>The help ends on {end}. Prepare the re-assessment together: how are things, what is needed?</translation>
    </message>
    <message>
      <source>Herindicatie voorbereiden</source>
      <translation>Prepare re-assessment</translation>
    </message>
  </context>
  <context>
    <name>PlanPage</name>
    <message>
      <source>&amp;Familiegroepsplan</source>
      <translation>Famil&amp;y group plan</translation>
    </message>
    <message>
      <source>Een plan dat de inwoner samen met het netwerk maakt; de mensen uit het netwerk staan erin</source>
      <translation>A plan the resident makes together with their network; the network's members are named in it</translation>
    </message>
    <message>
      <source>Ook &amp;handtekening cliëntondersteuner</source>
      <translation>Also the client supporter's &amp;signature</translation>
    </message>
    <message>
      <source>Het is het plan van de inwoner: standaard tekent alleen de inwoner</source>
      <translation>It is the resident's plan: by default only the resident signs</translation>
    </message>
  </context>
  <context>
    <name>FollowUpsPage</name>
    <message>
      <source>Herindicatie voorbereiden vanaf {due}: de toegekende hulp stopt op {end}.</source>
      <translation>Prepare the re-assessment from {due}: the granted help ends on {end}.</translation>
    </message>
  </context>
</TS>