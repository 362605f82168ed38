<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../../oco_desktop/ui/cases_page.py" line="45"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/cases_page.py" line="46"/>
        <source>Waakvlam</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/cases_page.py" line="47"/>
        <source>Afgesloten</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/cases_page.py" line="53"/>
        <source>Oriëntatie</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/cases_page.py" line="54"/>
        <source>Toegang</source>
        <translation>Access</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/cases_page.py" line="55"/>
        <source>Tijdens ondersteuning</source>
        <translation>During support</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/cases_page.py" line="117"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/cases_page.py" line="117"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/cases_page.py" line="117"/>
        <location filename="../../oco_desktop/ui/cases_page.py" line="283"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/cases_page.py" line="117"/>
        <location filename="../../oco_desktop/ui/cases_page.py" line="283"/>
        <source>Fase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/cases_page.py" line="117"/>
        <source>Geopend</source>
        <translation>Opened</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/cases_page.py" line="118"/>
        <source>Gesloten</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/cases_page.py" line="118"/>
        <source>Doorlooptijd (dagen)</source>
        <translation>Lead time (days)</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/cases_page.py" line="118"/>
        <source>Waardering</source>
        <translation>Appreciation</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/cases_page.py" line="120"/>
        <source>Casussen van deze cliënt</source>
        <translation>This client&apos;s cases</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/cases_page.py" line="130"/>
        <source>&amp;Nieuwe casus…</source>
        <translation>&amp;New case…</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/cases_page.py" line="132"/>
        <source>Status &amp;open</source>
        <translation>Set &amp;open</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/cases_page.py" line="134"/>
        <source>&amp;Waakvlamcontact…</source>
        <translation>Chec&amp;k-in…</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/cases_page.py" line="135"/>
        <source>Periodiek contact om de vinger aan de pols te houden</source>
        <translation>Periodic contact to keep a finger on the pulse</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/cases_page.py" line="137"/>
        <source>&amp;Afsluiten…</source>
        <translation>&amp;Close…</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/cases_page.py" line="139"/>
        <source>&amp;Heropenen</source>
        <translation>&amp;Reopen</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/cases_page.py" line="147"/>
        <source>Geselecteerde casus</source>
        <translation>Selected case</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/cases_page.py" line="151"/>
        <source>&amp;Titel</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/cases_page.py" line="156"/>
        <source>&amp;Fase</source>
        <translation>&amp;Phase</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/cases_page.py" line="159"/>
        <source>Stand</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/cases_page.py" line="161"/>
        <source>Geschiedenis van de casus</source>
        <translation>History of the case</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/cases_page.py" line="162"/>
        <source>Geschiedenis</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/cases_page.py" line="177"/>
        <source>Casussen</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/cases_page.py" line="195"/>
        <source>Kies een cliënt.</source>
        <translation>Choose a client.</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/cases_page.py" line="203"/>
        <source>Casussen van %1</source>
        <translation>Cases of %1</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/cases_page.py" line="234"/>
        <source>Waakvlam (elke %1 dagen)</source>
        <translation>Check-in (every %1 days)</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/cases_page.py" line="291"/>
        <source>contact elke %1 dagen</source>
        <translation>contact every %1 days</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/cases_page.py" line="293"/>
        <source>doorlooptijd %1 dagen</source>
        <translation>lead time %1 days</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/cases_page.py" line="296"/>
        <source>reden: %1</source>
        <translation>reason: %1</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/cases_page.py" line="298"/>
        <source>waardering %1</source>
        <translation>appreciation %1</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/cases_page.py" line="327"/>
        <source>Nieuwe casus</source>
        <translation>New case</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/cases_page.py" line="327"/>
        <source>Titel van de casus (waar gaat de vraag over?):</source>
        <translation>Title of the case (what is the question about?):</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/cases_page.py" line="346"/>
        <source>Waakvlamcontact</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/cases_page.py" line="347"/>
        <source>Hoe vaak neemt u contact op? Elke … dagen:</source>
        <translation>How often will you get in touch? Every … days:</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/cases_page.py" line="373"/>
        <source>Casus heropenen</source>
        <translation>Reopen case</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/cases_page.py" line="374"/>
        <source>Casus %1 weer openen? De eerdere afsluiting blijft in de geschiedenis staan.</source>
        <translation>Open case %1 again? The earlier closing stays in the history.</translation>
    </message>
</context>
<context>
    <name>ClientDetailsPage</name>
    <message>
        <location filename="../../oco_desktop/ui/client_details_page.py" line="257"/>
        <source>Kies een cliënt.</source>
        <translation>Choose a client.</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/client_details_page.py" line="286"/>
        <source>Gegevens</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/client_details_page.py" line="298"/>
        <location filename="../../oco_desktop/ui/client_details_page.py" line="533"/>
        <source>Toestemming &amp;vastleggen…</source>
        <translation>&amp;Record consent…</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/client_details_page.py" line="300"/>
        <source>Toestemming &amp;intrekken…</source>
        <translation>&amp;Withdraw consent…</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/client_details_page.py" line="307"/>
        <source>Persoonsgegevens</source>
        <translation>Personal details</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/client_details_page.py" line="312"/>
        <source>dd-mm-jjjj (mag leeg blijven)</source>
        <translation>dd-mm-yyyy (may stay empty)</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/client_details_page.py" line="316"/>
        <source>bijvoorbeeld Nederlands, Arabisch, Turks</source>
        <translation>for example Dutch, Arabic, Turkish</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/client_details_page.py" line="317"/>
        <source>&amp;Tolk nodig</source>
        <translation>&amp;Interpreter needed</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/client_details_page.py" line="319"/>
        <source>bijvoorbeeld grote letters, voorlezen, eenvoudige taal</source>
        <translation>for example large print, reading aloud, plain language</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/client_details_page.py" line="321"/>
        <source>bijvoorbeeld hoortoestel, langzaam praten</source>
        <translation>for example hearing aid, speak slowly</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/client_details_page.py" line="322"/>
        <source>&amp;Naam</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/client_details_page.py" line="323"/>
        <source>&amp;Roepnaam</source>
        <translation>&amp;Preferred name</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/client_details_page.py" line="324"/>
        <source>&amp;Geboortedatum</source>
        <translation>Date of &amp;birth</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/client_details_page.py" line="325"/>
        <source>Tele&amp;foon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/client_details_page.py" line="326"/>
        <source>&amp;Adres</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/client_details_page.py" line="327"/>
        <source>&amp;Voorkeurstaal</source>
        <translation>Preferred &amp;language</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/client_details_page.py" line="329"/>
        <source>&amp;Lezen</source>
        <translation>Rea&amp;ding</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/client_details_page.py" line="330"/>
        <source>&amp;Horen</source>
        <translation>H&amp;earing</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/client_details_page.py" line="337"/>
        <source>Gegevens op&amp;slaan</source>
        <translation>&amp;Save details</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/client_details_page.py" line="338"/>
        <source>Opslaan (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/client_details_page.py" line="352"/>
        <location filename="../../oco_desktop/ui/client_details_page.py" line="355"/>
        <source>Doelgroepen</source>
        <translation>Target groups</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/client_details_page.py" line="366"/>
        <source>Wetten</source>
        <translation>Laws</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/client_details_page.py" line="379"/>
        <source>Levensgebieden</source>
        <translation>Life domains</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/client_details_page.py" line="382"/>
        <source>Per levensgebied: de vraag zoals de cliënt die zegt, en hoe zelfredzaam de cliënt is (1 = helemaal niet, 5 = helemaal). De cliënt en u geven elk een score; zo is verandering te zien.</source>
        <translation>Per life domain: the question as the client puts it, and how self-reliant the client is (1 = not at all, 5 = fully). The client and you each give a score, so change becomes visible.</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/client_details_page.py" line="391"/>
        <source>Levensgebied om toe te voegen</source>
        <translation>Life domain to add</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/client_details_page.py" line="392"/>
        <source>Levensgebied &amp;toevoegen</source>
        <translation>Add life &amp;domain</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/client_details_page.py" line="400"/>
        <source>Sociaal netwerk en mantelzorgers</source>
        <translation>Social network and informal carers</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/client_details_page.py" line="404"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/client_details_page.py" line="404"/>
        <source>Relatie</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/client_details_page.py" line="404"/>
        <source>Mantelzorger</source>
        <translation>Informal carer</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/client_details_page.py" line="404"/>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/client_details_page.py" line="405"/>
        <source>Wat doet deze persoon</source>
        <translation>What this person does</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/client_details_page.py" line="407"/>
        <source>Sociaal netwerk</source>
        <translation>Social network</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/client_details_page.py" line="417"/>
        <source>Persoon toe&amp;voegen…</source>
        <translation>Add &amp;person…</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/client_details_page.py" line="419"/>
        <source>&amp;Wijzigen…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/client_details_page.py" line="421"/>
        <source>&amp;Verwijderen…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/client_details_page.py" line="433"/>
        <source>Cliënt definitief verwijderen…</source>
        <translation>Delete client permanently…</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/client_details_page.py" line="516"/>
        <source>schriftelijk</source>
        <translation>written</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/client_details_page.py" line="516"/>
        <source>mondeling</source>
        <translation>verbal</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/client_details_page.py" line="518"/>
        <source>✔ Toestemming gegeven op %1 (%2): %3</source>
        <translation>✔ Consent given on %1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/client_details_page.py" line="525"/>
        <source>Nieuwe toestemming &amp;vastleggen…</source>
        <translation>&amp;Record new consent…</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/client_details_page.py" line="528"/>
        <source>⚠ Nog geen toestemming vastgelegd — notities zijn pas mogelijk na toestemming.</source>
        <translation>⚠ No consent recorded yet — notes are only possible after consent.</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/client_details_page.py" line="561"/>
        <source>Ja, mantelzorger</source>
        <translation>Yes, informal carer</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/client_details_page.py" line="561"/>
        <source>Nee</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/client_details_page.py" line="599"/>
        <source>Niet opgeslagen wijzigingen</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/client_details_page.py" line="606"/>
        <source>Vul de naam van de cliënt in.</source>
        <translation>Fill in the client&apos;s name.</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/client_details_page.py" line="611"/>
        <source>Schrijf de geboortedatum als dag-maand-jaar, bijvoorbeeld 12-04-1958.</source>
        <translation>Write the date of birth as day-month-year, for example 12-04-1958.</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/client_details_page.py" line="613"/>
        <source>Een telefoonnummer bevat alleen cijfers, spaties en + - ( ).</source>
        <translation>A phone number contains only digits, spaces and + - ( ).</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/client_details_page.py" line="638"/>
        <source>Opgeslagen</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/client_details_page.py" line="700"/>
        <source>Levensgebied weghalen</source>
        <translation>Remove life domain</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/client_details_page.py" line="701"/>
        <source>Levensgebied &apos;%1&apos; weghalen bij deze cliënt? De vraag gaat weg; eerdere scores blijven bewaard.</source>
        <translation>Remove life domain &apos;%1&apos; from this client? The question goes; earlier scores are kept.</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/client_details_page.py" line="731"/>
        <source>Toestemming intrekken</source>
        <translation>Withdraw consent</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/client_details_page.py" line="732"/>
        <source>De cliënt trekt de toestemming in. Daarna kunt u geen nieuwe notities maken. Wat al is vastgelegd blijft bewaard tot u het verwijdert. Doorgaan?</source>
        <translation>The client withdraws consent. After this you cannot write new notes. What is already recorded is kept until you delete it. Continue?</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/client_details_page.py" line="780"/>
        <source>Persoon verwijderen</source>
        <translation>Delete person</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/client_details_page.py" line="781"/>
        <source>%1 uit het netwerk van deze cliënt verwijderen?</source>
        <translation>Delete %1 from this client&apos;s network?</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/client_details_page.py" line="795"/>
        <source>U staat op het punt %1 definitief te verwijderen.</source>
        <translation>You are about to delete %1 permanently.</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/client_details_page.py" line="796"/>
        <source>Dit gaat weg:</source>
        <translation>This will go:</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/client_details_page.py" line="797"/>
        <source>• alle persoonsgegevens, levensgebieden, scores en toestemmingen</source>
        <translation>• all personal details, life domains, scores and consents</translation>
    </message>
    <message numerus="yes">
        <location filename="../../oco_desktop/ui/client_details_page.py" line="798"/>
        <source>• %n casus(sen)</source>
        <translation>
            <numerusform>• %n case</numerusform>
            <numerusform>• %n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../oco_desktop/ui/client_details_page.py" line="799"/>
        <source>• %n notitie(s)</source>
        <translation>
            <numerusform>• %n note</numerusform>
            <numerusform>• %n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../oco_desktop/ui/client_details_page.py" line="800"/>
        <source>• %n afspraak/afspraken</source>
        <translation>
            <numerusform>• %n follow-up</numerusform>
            <numerusform>• %n follow-ups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../oco_desktop/ui/client_details_page.py" line="801"/>
        <source>• %n perso(o)n(en) uit het netwerk</source>
        <translation>
            <numerusform>• %n person from the network</numerusform>
            <numerusform>• %n people from the network</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/client_details_page.py" line="802"/>
        <source>Dit kan niet ongedaan worden gemaakt. Wilt u echt alles van deze cliënt wissen?</source>
        <translation>This cannot be undone. Do you really want to erase everything about this client?</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/client_details_page.py" line="805"/>
        <source>Cliënt verwijderen</source>
        <translation>Delete client</translation>
    </message>
</context>
<context>
    <name>CloseCaseDialog</name>
    <message>
        <location filename="../../oco_desktop/ui/cases_page.py" line="64"/>
        <source>Casus afsluiten</source>
        <translation>Close case</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/cases_page.py" line="69"/>
        <source>Vraag is beantwoord</source>
        <translation>Question answered</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/cases_page.py" line="70"/>
        <source>Ondersteuning is geregeld</source>
        <translation>Support is arranged</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/cases_page.py" line="71"/>
        <source>Cliënt wil stoppen</source>
        <translation>Client wants to stop</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/cases_page.py" line="72"/>
        <source>Cliënt is verhuisd</source>
        <translation>Client moved away</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/cases_page.py" line="73"/>
        <source>Cliënt is overleden</source>
        <translation>Client has died</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/cases_page.py" line="74"/>
        <source>Geen contact meer</source>
        <translation>No more contact</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/cases_page.py" line="76"/>
        <source>&amp;Reden</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/cases_page.py" line="79"/>
        <source>Geen cijfer</source>
        <translation>No mark</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/cases_page.py" line="80"/>
        <source>&amp;Waardering van de cliënt (1-10)</source>
        <translation>Client&apos;s &amp;appreciation (1-10)</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/cases_page.py" line="84"/>
        <source>&amp;Datum</source>
        <translation>&amp;Date</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../oco_desktop/ui/client_details_page.py" line="78"/>
        <source>Toestemming vastleggen</source>
        <translation>Record consent</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/client_details_page.py" line="80"/>
        <source>Gegevens bewaren en gebruiken voor de ondersteuning</source>
        <translation>Keep and use data for the support</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/client_details_page.py" line="81"/>
        <source>&amp;Waarvoor</source>
        <translation>&amp;What for</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/client_details_page.py" line="82"/>
        <source>&amp;Mondeling</source>
        <translation>&amp;Verbal</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/client_details_page.py" line="84"/>
        <source>&amp;Schriftelijk</source>
        <translation>Wr&amp;itten</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/client_details_page.py" line="88"/>
        <source>Hoe</source>
        <translation>How</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/client_details_page.py" line="93"/>
        <source>&amp;Datum</source>
        <translation>&amp;Date</translation>
    </message>
</context>
<context>
    <name>LifeDomainBox</name>
    <message>
        <location filename="../../oco_desktop/ui/client_details_page.py" line="149"/>
        <source>Vraag of situatie in de woorden van de cliënt</source>
        <translation>Question or situation in the client&apos;s words</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/client_details_page.py" line="152"/>
        <source>Vraag bij %1</source>
        <translation>Question for %1</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/client_details_page.py" line="167"/>
        <location filename="../../oco_desktop/ui/client_details_page.py" line="186"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/client_details_page.py" line="167"/>
        <source>Cliënt vindt (1-5)</source>
        <translation>Client says (1-5)</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/client_details_page.py" line="167"/>
        <source>Ondersteuner vindt (1-5)</source>
        <translation>Supporter says (1-5)</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/client_details_page.py" line="169"/>
        <source>Scores zelfredzaamheid bij %1</source>
        <translation>Self-reliance scores for %1</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/client_details_page.py" line="179"/>
        <source>Datum van de nieuwe score</source>
        <translation>Date of the new score</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/client_details_page.py" line="180"/>
        <source>Score volgens de cliënt</source>
        <translation>Score according to the client</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/client_details_page.py" line="181"/>
        <source>Score volgens de ondersteuner</source>
        <translation>Score according to the supporter</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/client_details_page.py" line="182"/>
        <source>Score &amp;toevoegen</source>
        <translation>Add &amp;score</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/client_details_page.py" line="184"/>
        <source>Levensgebied weghalen</source>
        <translation>Remove life domain</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/client_details_page.py" line="186"/>
        <source>Cliënt</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/client_details_page.py" line="187"/>
        <source>Ondersteuner</source>
        <translation>Supporter</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/client_details_page.py" line="216"/>
        <source>Verloop: cliënt %1 · ondersteuner %2</source>
        <translation>Change: client %1 · supporter %2</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/client_details_page.py" line="225"/>
        <source>Kies een score van de cliënt, van uzelf, of allebei.</source>
        <translation>Choose the client&apos;s score, your own, or both.</translation>
    </message>
</context>
<context>
    <name>NetworkMemberDialog</name>
    <message>
        <location filename="../../oco_desktop/ui/client_details_page.py" line="113"/>
        <source>Persoon uit het netwerk</source>
        <translation>Person from the network</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/client_details_page.py" line="116"/>
        <source>&amp;Naam</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/client_details_page.py" line="118"/>
        <source>bijvoorbeeld dochter, buurman, vriendin</source>
        <translation>for example daughter, neighbour, friend</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/client_details_page.py" line="119"/>
        <source>&amp;Relatie</source>
        <translation>&amp;Relation</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/client_details_page.py" line="120"/>
        <source>Is &amp;mantelzorger</source>
        <translation>Is informal &amp;carer</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/client_details_page.py" line="124"/>
        <source>&amp;Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/client_details_page.py" line="126"/>
        <source>&amp;Wat doet deze persoon</source>
        <translation>What this person &amp;does</translation>
    </message>
</context>
<context>
    <name>NewClientDialog</name>
    <message>
        <location filename="../../oco_desktop/ui/new_client_dialog.py" line="73"/>
        <source>Nieuwe cliënt</source>
        <translation>New client</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/new_client_dialog.py" line="88"/>
        <source>Gegevens bewaren en gebruiken voor de ondersteuning</source>
        <translation>Keep and use data for the support</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/new_client_dialog.py" line="91"/>
        <source>Cliënt &amp;aanmaken</source>
        <translation>&amp;Create client</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/new_client_dialog.py" line="102"/>
        <source>Vul de naam van de cliënt in.</source>
        <translation>Fill in the client&apos;s name.</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/new_client_dialog.py" line="106"/>
        <source>Schrijf op waarvoor de cliënt toestemming geeft, of kies &apos;Later vastleggen&apos;.</source>
        <translation>Write down what the client consents to, or choose &apos;Record later&apos;.</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/new_client_dialog.py" line="112"/>
        <source>Schrijf de geboortedatum als dag-maand-jaar, bijvoorbeeld 12-04-1958.</source>
        <translation>Write the date of birth as day-month-year, for example 12-04-1958.</translation>
    </message>
    <message>
        <location filename="../../forms/new_client_dialog.ui" line="17"/>
        <source>Wie is de cliënt?</source>
        <translation>Who is the client?</translation>
    </message>
    <message>
        <location filename="../../forms/new_client_dialog.ui" line="23"/>
        <source>&amp;Naam (verplicht)</source>
        <translation>&amp;Name (required)</translation>
    </message>
    <message>
        <location filename="../../forms/new_client_dialog.ui" line="36"/>
        <source>&amp;Roepnaam</source>
        <translation>&amp;Preferred name</translation>
    </message>
    <message>
        <location filename="../../forms/new_client_dialog.ui" line="49"/>
        <source>&amp;Geboortedatum</source>
        <translation>Date of &amp;birth</translation>
    </message>
    <message>
        <location filename="../../forms/new_client_dialog.ui" line="59"/>
        <source>dd-mm-jjjj (mag leeg blijven)</source>
        <translation>dd-mm-yyyy (may stay empty)</translation>
    </message>
    <message>
        <location filename="../../forms/new_client_dialog.ui" line="79"/>
        <source>Toestemming</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location filename="../../forms/new_client_dialog.ui" line="85"/>
        <source>Vraag de cliënt of u gegevens mag bewaren. Zonder toestemming kunt u nog geen notities maken.</source>
        <translation>Ask the client whether you may keep their data. Without consent you cannot write notes yet.</translation>
    </message>
    <message>
        <location filename="../../forms/new_client_dialog.ui" line="95"/>
        <source>De cliënt geeft &amp;nu toestemming</source>
        <translation>The client &amp;gives consent now</translation>
    </message>
    <message>
        <location filename="../../forms/new_client_dialog.ui" line="108"/>
        <source>&amp;Waarvoor</source>
        <translation>&amp;What for</translation>
    </message>
    <message>
        <location filename="../../forms/new_client_dialog.ui" line="121"/>
        <source>Hoe</source>
        <translation>How</translation>
    </message>
    <message>
        <location filename="../../forms/new_client_dialog.ui" line="130"/>
        <source>&amp;Mondeling</source>
        <translation>&amp;Verbal</translation>
    </message>
    <message>
        <location filename="../../forms/new_client_dialog.ui" line="140"/>
        <source>&amp;Schriftelijk</source>
        <translation>Wr&amp;itten</translation>
    </message>
    <message>
        <location filename="../../forms/new_client_dialog.ui" line="149"/>
        <source>&amp;Datum</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../forms/new_client_dialog.ui" line="162"/>
        <source>dd-MM-yyyy</source>
        <translation>dd-MM-yyyy</translation>
    </message>
    <message>
        <location filename="../../forms/new_client_dialog.ui" line="172"/>
        <source>&amp;Later vastleggen (notities zijn dan nog niet mogelijk)</source>
        <translation>Record &amp;later (notes are not possible until then)</translation>
    </message>
</context>
<context>
    <name>NotesPage</name>
    <message>
        <location filename="../../oco_desktop/ui/notes_page.py" line="74"/>
        <source>⚠ Nog geen toestemming vastgelegd — notities zijn pas mogelijk na toestemming. Leg de toestemming vast op de pagina Gegevens. Wat u hier typt, wordt wel als concept bewaard.</source>
        <translation>⚠ No consent recorded yet — notes are only possible after consent. Record consent on the Details page. What you type here is still kept as a draft.</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/notes_page.py" line="105"/>
        <source>Notities</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/notes_page.py" line="114"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/notes_page.py" line="114"/>
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/notes_page.py" line="114"/>
        <source>Min.</source>
        <translation>Min.</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/notes_page.py" line="114"/>
        <source>Levensgebieden</source>
        <translation>Life domains</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/notes_page.py" line="114"/>
        <source>Begin</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/notes_page.py" line="116"/>
        <source>Notities van deze cliënt</source>
        <translation>This client&apos;s notes</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/notes_page.py" line="127"/>
        <source>&amp;Nieuwe notitie</source>
        <translation>&amp;New note</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/notes_page.py" line="129"/>
        <source>&amp;Verwijderen…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/notes_page.py" line="131"/>
        <source>Actie &amp;plannen…</source>
        <translation>&amp;Plan follow-up…</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/notes_page.py" line="132"/>
        <source>Een afspraak uit dit gesprek in de agenda zetten</source>
        <translation>Put an agreement from this conversation in the agenda</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/notes_page.py" line="142"/>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/notes_page.py" line="149"/>
        <source>&amp;Datum</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/notes_page.py" line="153"/>
        <source>&amp;Soort contact</source>
        <translation>Contact &amp;type</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/notes_page.py" line="157"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/notes_page.py" line="158"/>
        <source>&amp;Tijd besteed</source>
        <translation>T&amp;ime spent</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/notes_page.py" line="160"/>
        <source>&amp;Casus</source>
        <translation>&amp;Case</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/notes_page.py" line="162"/>
        <source>Levensgebieden bij deze notitie</source>
        <translation>Life domains of this note</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/notes_page.py" line="164"/>
        <source>&amp;Levensgebieden</source>
        <translation>&amp;Life domains</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/notes_page.py" line="167"/>
        <source>&amp;Verslag</source>
        <translation>&amp;Report</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/notes_page.py" line="170"/>
        <source>Wat is er besproken? Wat is de vraag, wat is afgesproken?</source>
        <translation>What was discussed? What is the question, what was agreed?</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/notes_page.py" line="182"/>
        <source>Wijzigingen &amp;weggooien…</source>
        <translation>Discard chan&amp;ges…</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/notes_page.py" line="184"/>
        <source>Notitie op&amp;slaan</source>
        <translation>&amp;Save note</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/notes_page.py" line="185"/>
        <source>Opslaan (Ctrl+S of Ctrl+Enter)</source>
        <translation>Save (Ctrl+S or Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/notes_page.py" line="302"/>
        <source>Totale contacttijd: %1 uur %2 min in %3 notities</source>
        <translation>Total contact time: %1 h %2 min in %3 notes</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/notes_page.py" line="307"/>
        <source>✎ = niet-opgeslagen wijzigingen in %1 notitie(s)</source>
        <translation>✎ = unsaved changes in %1 note(s)</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/notes_page.py" line="320"/>
        <source>(geen casus)</source>
        <translation>(no case)</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/notes_page.py" line="367"/>
        <source>Nieuwe notitie</source>
        <translation>New note</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/notes_page.py" line="375"/>
        <source>Notitie van %1</source>
        <translation>Note of %1</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/notes_page.py" line="383"/>
        <source>✎ Concept hersteld van %1. Sla op om het te bewaren als notitie.</source>
        <translation>✎ Draft restored from %1. Save to keep it as a note.</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/notes_page.py" line="433"/>
        <source>Opslaan kan pas als de toestemming van de cliënt is vastgelegd.</source>
        <translation>Saving is possible once the client&apos;s consent is recorded.</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/notes_page.py" line="460"/>
        <source>⚠ Het concept kon niet worden bewaard. Sla de notitie op.</source>
        <translation>⚠ The draft could not be kept. Save the note.</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/notes_page.py" line="474"/>
        <source>⚠ De notitie is nog leeg.</source>
        <translation>⚠ The note is still empty.</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/notes_page.py" line="486"/>
        <source>⚠ Deze notitie is niet opgeslagen: leg eerst de toestemming van de cliënt vast (pagina Gegevens). Uw tekst blijft bewaard als concept.</source>
        <translation>⚠ This note was not saved: first record the client&apos;s consent (Details page). Your text is kept as a draft.</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/notes_page.py" line="504"/>
        <source>Opgeslagen.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/notes_page.py" line="512"/>
        <source>Wijzigingen weggooien</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/notes_page.py" line="513"/>
        <source>De niet-opgeslagen tekst van deze notitie weggooien? Dit kan niet ongedaan worden gemaakt.</source>
        <translation>Discard the unsaved text of this note? This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/notes_page.py" line="535"/>
        <source>⚠ Open eerst een casus (pagina Casussen) om een actie te plannen.</source>
        <translation>⚠ First open a case (Cases page) to plan a follow-up.</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/notes_page.py" line="550"/>
        <source>Actie gepland in de agenda.</source>
        <translation>Follow-up planned in the agenda.</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/notes_page.py" line="564"/>
        <source>Notitie verwijderen</source>
        <translation>Delete note</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/notes_page.py" line="565"/>
        <source>De notitie van %1 definitief wissen?

&quot;%2&quot;

Dit kan niet ongedaan worden gemaakt.</source>
        <translation>Erase the note of %1 permanently?

&quot;%2&quot;

This cannot be undone.</translation>
    </message>
</context>
</TS>
