<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CaseRegistrationBox</name>
    <message>
        <location filename="../../oco_desktop/ui/reports/case_registration_box.py" line="43" />
        <source>Registratie</source>
        <translation>Registration</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/reports/case_registration_box.py" line="47" />
        <source>(onbekend)</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/reports/case_registration_box.py" line="50" />
        <source>&amp;Verwezen door</source>
        <translation>&amp;Referred by</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/reports/case_registration_box.py" line="53" />
        <source>(geen cijfer)</source>
        <translation>(no mark)</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/reports/case_registration_box.py" line="54" />
        <source>Waardering door de inwoner, 1 tot en met 10</source>
        <translation>Appreciation by the resident, 1 to 10</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/reports/case_registration_box.py" line="55" />
        <source>Waa&amp;rdering (1-10)</source>
        <translation>&amp;Appreciation (1-10)</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/reports/case_registration_box.py" line="60" />
        <source>Gevraa&amp;gd via</source>
        <translation>Asked b&amp;y</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/reports/case_registration_box.py" line="57" />
        <source>(niet gevraagd)</source>
        <translation>(not asked)</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/reports/case_registration_box.py" line="62" />
        <source>(nog niet gevraagd)</source>
        <translation>(not asked yet)</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/reports/case_registration_box.py" line="69" />
        <source>&amp;Meer regie?</source>
        <translation>&amp;More control?</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/reports/case_registration_box.py" line="72" />
        <source>Contacttijd</source>
        <translation>Contact time</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/reports/case_registration_box.py" line="74" />
        <source>Doorlooptijd</source>
        <translation>Lead time</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/reports/case_registration_box.py" line="75" />
        <source>&amp;Signaal melden…</source>
        <translation>Report a signa&amp;l…</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/reports/case_registration_box.py" line="76" />
        <source>Een signaal over het aanbod; de casus en de inwoner gaan niet mee.</source>
        <translation>A signal about the local offer; the case and the resident are not included.</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/reports/case_registration_box.py" line="102" />
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/reports/case_registration_box.py" line="103" />
        <source>Nog geen contacten.</source>
        <translation>No contacts yet.</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/reports/case_registration_box.py" line="105" />
        <source>Nog niet afgesloten.</source>
        <translation>Not closed yet.</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/reports/case_registration_box.py" line="106" />
        <source>{n} dagen van eerste contact tot afsluiten</source>
        <translation>{n} days from first contact to closing</translation>
    </message>
</context>
<context>
    <name>ClosingQuestions</name>
    <message>
        <location filename="../../oco_desktop/ui/reports/closing_questions.py" line="24" />
        <source>(niet gevraagd)</source>
        <translation>(not asked)</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/reports/closing_questions.py" line="27" />
        <source>Hoe de waardering is gevraagd</source>
        <translation>How the appreciation was asked</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/reports/closing_questions.py" line="29" />
        <source>Vraag de inwoner: “{question}”</source>
        <translation>Ask the resident: “{question}”</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/reports/closing_questions.py" line="32" />
        <source>(geen antwoord)</source>
        <translation>(no answer)</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/reports/closing_questions.py" line="40" />
        <source>Waardering gevraagd &amp;via</source>
        <translation>Appreciation asked &amp;by</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/reports/closing_questions.py" line="42" />
        <source>&amp;Meer regie?</source>
        <translation>&amp;More control?</translation>
    </message>
</context>
<context>
    <name>NameWarning</name>
    <message>
        <location filename="../../oco_desktop/ui/reports/name_warning.py" line="21" />
        <source>Let op: '{words}' lijkt op de naam van een cliënt. Schrijf hier geen namen; houd het algemeen.</source>
        <translation>Careful: '{words}' looks like a client's name. Do not write names here; keep it general.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../oco_desktop/ui/reports/overview_page.py" line="82" />
        <source>Van</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/reports/overview_page.py" line="82" />
        <source>Tot en met</source>
        <translation>Up to and including</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/reports/overview_page.py" line="89" />
        <source>Kleinste getal dat te zien is</source>
        <translation>Smallest number that is shown</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/reports/overview_page.py" line="90" />
        <source>Aantallen kleiner dan dit getal worden '&lt;N'.</source>
        <translation>Numbers below this one are shown as '&lt;N'.</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/reports/overview_page.py" line="93" />
        <source>&amp;Van</source>
        <translation>Fro&amp;m</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/reports/overview_page.py" line="93" />
        <source>&amp;t/m</source>
        <translation>t&amp;o</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/reports/overview_page.py" line="105" />
        <source>Als &amp;PDF…</source>
        <translation>As &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/reports/overview_page.py" line="105" />
        <source>Als &amp;CSV…</source>
        <translation>As &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/reports/overview_page.py" line="106" />
        <source>Als &amp;JSON…</source>
        <translation>As &amp;JSON…</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/reports/overview_page.py" line="117" />
        <source>Cijfers</source>
        <translation>Figures</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/reports/overview_page.py" line="124" />
        <location filename="../../oco_desktop/ui/reports/overview_page.py" line="143" />
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/reports/overview_page.py" line="124" />
        <source>Kanaal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/reports/overview_page.py" line="124" />
        <source>Uitkomst</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/reports/overview_page.py" line="124" />
        <source>Minuten</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/reports/overview_page.py" line="124" />
        <source>Onderwerp</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/reports/overview_page.py" line="125" />
        <location filename="../../oco_desktop/ui/reports/overview_page.py" line="138" />
        <source>Vragen zonder dossier</source>
        <translation>Questions without a file</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/reports/overview_page.py" line="129" />
        <source>&amp;Nieuwe vraag… (Ctrl+Shift+N)</source>
        <translation>&amp;New question… (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/reports/overview_page.py" line="131" />
        <source>&amp;Wijzigen…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/reports/overview_page.py" line="91" />
        <source>Bijwer&amp;ken</source>
        <translation>Upda&amp;te</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/reports/overview_page.py" line="94" />
        <source>Kleinste &amp;getal</source>
        <translation>Smallest &amp;number</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/reports/overview_page.py" line="133" />
        <source>Verwij&amp;deren</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/reports/overview_page.py" line="143" />
        <source>Soort</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/reports/overview_page.py" line="143" />
        <source>Gaat over</source>
        <translation>Concerns</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/reports/overview_page.py" line="143" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/reports/overview_page.py" line="143" />
        <source>Beschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/reports/overview_page.py" line="144" />
        <location filename="../../oco_desktop/ui/reports/overview_page.py" line="155" />
        <source>Signalen</source>
        <translation>Signals</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/reports/overview_page.py" line="148" />
        <source>Nieuw &amp;signaal…</source>
        <translation>New &amp;signal…</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/reports/overview_page.py" line="150" />
        <source>Signaal wij&amp;zigen…</source>
        <translation>Edit si&amp;gnal…</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/reports/overview_page.py" line="173" />
        <source>Overzicht</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/reports/overview_page.py" line="199" />
        <source>Er is iets veranderd. Klik op Bijwerken voor de nieuwe cijfers.</source>
        <translation>Something has changed. Click Update for the new figures.</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/reports/overview_page.py" line="216" />
        <source>De begindatum ligt na de einddatum.</source>
        <translation>The start date is after the end date.</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/reports/overview_page.py" line="238" />
        <source>Aantallen van 1 tot {n} staan er als '&lt;{n}'; soms is ook een ander getal verborgen ('x' of '&lt;{n}'), zodat niemand een klein aantal uit de totalen kan halen.</source>
        <translation>Numbers from 1 to {n} are shown as '&lt;{n}'; sometimes another number is hidden too ('x' or '&lt;{n}'), so that nobody can work out a small number from the totals.</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/reports/overview_page.py" line="278" />
        <source>Doorlooptijd en waardering</source>
        <translation>Lead time and appreciation</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/reports/overview_page.py" line="305" />
        <source>Opgeslagen: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/reports/overview_page.py" line="308" />
        <source>Overzicht opslaan</source>
        <translation>Save overview</translation>
    </message>
</context>
<context>
    <name>QuestionDialog</name>
    <message>
        <location filename="../../oco_desktop/ui/reports/question_dialog.py" line="45" />
        <source>Vraag zonder dossier</source>
        <translation>Question without a file</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/reports/question_dialog.py" line="47" />
        <source>Een vraag van een inwoner zonder dossier. Schrijf geen naam, geboortedatum of adres op: alleen een kort onderwerp.</source>
        <translation>A resident's question without a file. Do not write a name, date of birth or address: only a short topic.</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/reports/question_dialog.py" line="57" />
        <source>&amp;Datum</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/reports/question_dialog.py" line="59" />
        <source>&amp;Kanaal</source>
        <translation>&amp;Channel</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/reports/question_dialog.py" line="61" />
        <source>&amp;Verwezen door</source>
        <translation>&amp;Referred by</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/reports/question_dialog.py" line="63" />
        <source>&amp;Uitkomst</source>
        <translation>&amp;Outcome</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/reports/question_dialog.py" line="68" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/reports/question_dialog.py" line="69" />
        <source>&amp;Tijd</source>
        <translation>&amp;Time</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/reports/question_dialog.py" line="71" />
        <source>Doelgroepen</source>
        <translation>Target groups</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/reports/question_dialog.py" line="73" />
        <source>Doel&amp;groepen</source>
        <translation>Target &amp;groups</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/reports/question_dialog.py" line="74" />
        <source>Levensgebieden</source>
        <translation>Life domains</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/reports/question_dialog.py" line="76" />
        <source>&amp;Levensgebieden</source>
        <translation>&amp;Life domains</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/reports/question_dialog.py" line="79" />
        <source>Bijvoorbeeld: vraag over huurtoeslag</source>
        <translation>For example: question about housing benefit</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/reports/question_dialog.py" line="80" />
        <source>Onder&amp;werp</source>
        <translation>To&amp;pic</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/reports/question_dialog.py" line="109" />
        <source>Het onderwerp lijkt een naam te bevatten. Pas het aan, of klik nog een keer op Opslaan.</source>
        <translation>The topic seems to contain a name. Change it, or click Save once more.</translation>
    </message>
</context>
<context>
    <name>SignalDialog</name>
    <message>
        <location filename="../../oco_desktop/ui/reports/signal_dialog.py" line="47" />
        <source>Signaal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/reports/signal_dialog.py" line="49" />
        <source>Een signaal gaat over het aanbod, de toegang of de regels: noem organisaties, nooit een inwoner.</source>
        <translation>A signal is about the offer, access or rules: name organisations, never a resident.</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/reports/signal_dialog.py" line="58" />
        <source>&amp;Datum</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/reports/signal_dialog.py" line="60" />
        <source>&amp;Soort</source>
        <translation>&amp;Category</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/reports/signal_dialog.py" line="62" />
        <source>&amp;Gaat over</source>
        <translation>C&amp;oncerns</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/reports/signal_dialog.py" line="64" />
        <source>Naam van de organisatie of de regeling</source>
        <translation>Name of the organisation or the regulation</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/reports/signal_dialog.py" line="65" />
        <source>O&amp;rganisatie</source>
        <translation>O&amp;rganisation</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/reports/signal_dialog.py" line="79" />
        <source>Doorgegeven aa&amp;n</source>
        <translation>Passed on &amp;to</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/reports/signal_dialog.py" line="67" />
        <source>(geen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/reports/signal_dialog.py" line="71" />
        <source>&amp;Levensgebied</source>
        <translation>&amp;Life domain</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/reports/signal_dialog.py" line="73" />
        <source>Beschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/reports/signal_dialog.py" line="75" />
        <source>&amp;Beschrijving</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/reports/signal_dialog.py" line="77" />
        <source>S&amp;tatus</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/reports/signal_dialog.py" line="83" />
        <source>Doorgegeven o&amp;p</source>
        <translation>Passed on o&amp;n</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/reports/signal_dialog.py" line="85" />
        <source>Ant&amp;woord</source>
        <translation>Ans&amp;wer</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/reports/signal_dialog.py" line="86" />
        <source>Antwoord ontvangen op:</source>
        <translation>Answer received on:</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/reports/signal_dialog.py" line="141" />
        <source>De tekst lijkt een naam te bevatten. Pas hem aan, of klik nog een keer op Opslaan.</source>
        <translation>The text seems to contain a name. Change it, or click Save once more.</translation>
    </message>
</context>
</TS>