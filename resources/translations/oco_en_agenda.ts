<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Agenda</name>
    <message>
        <location filename="../../oco_desktop/ui/agenda_common.py" line="26" />
        <source>Bellen</source>
        <translation>Call</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/agenda_common.py" line="27" />
        <source>Huisbezoek</source>
        <translation>Home visit</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/agenda_common.py" line="28" />
        <source>Meegaan naar gesprek</source>
        <translation>Accompany to a meeting</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/agenda_common.py" line="29" />
        <source>Document sturen of ophalen</source>
        <translation>Send or collect a document</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/agenda_common.py" line="30" />
        <source>Waakvlamcontact</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/agenda_common.py" line="31" />
        <source>Anders</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/agenda_common.py" line="38" />
        <source>Persoonlijk plan inleveren</source>
        <translation>Hand in the personal plan</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/agenda_common.py" line="39" />
        <source>Onderzoek gemeente klaar</source>
        <translation>Municipality's assessment due</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/agenda_common.py" line="40" />
        <source>Besluit van de gemeente</source>
        <translation>Municipality's decision</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/agenda_common.py" line="41" />
        <source>Bezwaar maken</source>
        <translation>Lodge an objection</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/agenda_common.py" line="47" />
        <source>Berekende datum — controleer altijd de brief van de gemeente.</source>
        <translation>Calculated date — always check the municipality's letter.</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/agenda_common.py" line="70" />
        <source>⚠ Termijn verstreken: laatste dag was {date}</source>
        <translation>⚠ Deadline passed: last day was {date}</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/agenda_common.py" line="72" />
        <source>⚠ Termijn: laatste dag {date}</source>
        <translation>⚠ Deadline: last day {date}</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/agenda_common.py" line="73" />
        <source>Termijn: laatste dag {date}</source>
        <translation>Deadline: last day {date}</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/agenda_common.py" line="101" />
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/agenda_common.py" line="104" />
        <source>Op een vaste &amp;tijd</source>
        <translation>At a fixed &amp;time</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/agenda_common.py" line="109" />
        <source>Tijd</source>
        <translation>Time</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../oco_desktop/ui/follow_ups_page.py" line="52" />
        <source>Nieuwe actie voor casus {code}</source>
        <translation>New follow-up for case {code}</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/follow_ups_page.py" line="61" />
        <source>&amp;Soort actie:</source>
        <translation>&amp;Kind of action:</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/follow_ups_page.py" line="66" />
        <source>Bijvoorbeeld: brief van de gemeente ophalen</source>
        <translation>For example: collect the municipality's letter</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/follow_ups_page.py" line="67" />
        <source>&amp;Omschrijving:</source>
        <translation>D&amp;escription:</translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message>
        <location filename="../../oco_desktop/ui/follow_ups_page.py" line="124" />
        <location filename="../../oco_desktop/ui/follow_ups_page.py" line="347" />
        <source>Acties</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/follow_ups_page.py" line="138" />
        <source>Acties van deze casus</source>
        <translation>Follow-ups of this case</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/follow_ups_page.py" line="141" />
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/follow_ups_page.py" line="141" />
        <source>Tijd</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/follow_ups_page.py" line="141" />
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/follow_ups_page.py" line="141" />
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/follow_ups_page.py" line="142" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/follow_ups_page.py" line="150" />
        <source>&amp;Nieuwe actie…</source>
        <translation>&amp;New follow-up…</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/follow_ups_page.py" line="151" />
        <source>&amp;Klaar</source>
        <translation>&amp;Done</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/follow_ups_page.py" line="152" />
        <source>&amp;Heropenen</source>
        <translation>&amp;Reopen</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/follow_ups_page.py" line="153" />
        <source>&amp;Verzetten…</source>
        <translation>&amp;Move…</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/follow_ups_page.py" line="154" />
        <source>Ver&amp;wijderen…</source>
        <translation>De&amp;lete…</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/follow_ups_page.py" line="167" />
        <source>Waakvlamcontact</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/follow_ups_page.py" line="175" />
        <source>Voorstel &amp;overnemen</source>
        <translation>&amp;Accept proposal</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/follow_ups_page.py" line="177" />
        <source>Check-in &amp;zelf plannen…</source>
        <translation>&amp;Plan check-in yourself…</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/follow_ups_page.py" line="185" />
        <source>Termijnen</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/follow_ups_page.py" line="221" />
        <source>Geen casus geopend.</source>
        <translation>No case opened.</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/follow_ups_page.py" line="249" />
        <source>Acties voor casus {code}</source>
        <translation>Follow-ups for case {code}</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/follow_ups_page.py" line="253" />
        <source>✓ Gedaan</source>
        <translation>✓ Done</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/follow_ups_page.py" line="255" />
        <source>Te laat</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/follow_ups_page.py" line="257" />
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/follow_ups_page.py" line="278" />
        <source>Elke {days} dagen een waakvlamcontact.</source>
        <translation>A check-in every {days} days.</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/follow_ups_page.py" line="279" />
        <source>Laatste contact: {date}.</source>
        <translation>Last contact: {date}.</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/follow_ups_page.py" line="280" />
        <source>Nog geen contact vastgelegd.</source>
        <translation>No contact recorded yet.</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/follow_ups_page.py" line="282" />
        <source>Voorstel volgende check-in: {date}.</source>
        <translation>Proposed next check-in: {date}.</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/follow_ups_page.py" line="284" />
        <source>Gepland: {date}.</source>
        <translation>Planned: {date}.</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/follow_ups_page.py" line="286" />
        <source>Er is nog geen check-in gepland.</source>
        <translation>No check-in planned yet.</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/follow_ups_page.py" line="374" />
        <source>Actie verzetten</source>
        <translation>Move follow-up</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/follow_ups_page.py" line="386" />
        <source>Actie verwijderen</source>
        <translation>Delete follow-up</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/follow_ups_page.py" line="387" />
        <source>Deze actie verwijderen?

{what}

Dit kan niet ongedaan worden gemaakt.</source>
        <translation>Delete this follow-up?

{what}

This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/follow_ups_page.py" line="405" />
        <source>Check-in plannen</source>
        <translation>Plan check-in</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/follow_ups_page.py" line="406" />
        <source>Kies de datum van het volgende waakvlamcontact.</source>
        <translation>Choose the date of the next check-in.</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../../oco_desktop/ui/today_view.py" line="66" />
        <location filename="../../oco_desktop/ui/today_view.py" line="172" />
        <location filename="../../oco_desktop/ui/today_view.py" line="180" />
        <source>Vandaag</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/today_view.py" line="90" />
        <source>Acties en termijnen</source>
        <translation>Follow-ups and deadlines</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/today_view.py" line="93" />
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/today_view.py" line="93" />
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/today_view.py" line="93" />
        <source>Cliënt</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/today_view.py" line="93" />
        <source>Casus</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/today_view.py" line="93" />
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/today_view.py" line="110" />
        <source>Casus &amp;openen</source>
        <translation>&amp;Open case</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/today_view.py" line="111" />
        <source>&amp;Klaar</source>
        <translation>&amp;Done</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/today_view.py" line="112" />
        <source>&amp;Heropenen</source>
        <translation>&amp;Reopen</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/today_view.py" line="113" />
        <source>&amp;Verzetten…</source>
        <translation>&amp;Move…</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/today_view.py" line="123" />
        <source>Agenda &amp;exporteren (.ics)…</source>
        <translation>&amp;Export calendar (.ics)…</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/today_view.py" line="139" />
        <source>Het agendabestand (.ics) bevat alleen open acties vanaf vandaag, met per actie de datum, de tijd, de casuscode (zoals C-7F3KQ) en de soort actie. Er staat geen naam, adres, telefoonnummer, omschrijving of notitie van een cliënt in. Zo kunt u uw planning in uw werkagenda zien zonder cliëntgegevens te delen.</source>
        <translation>The calendar file (.ics) holds only open follow-ups from today on, with for each one the date, the time, the case code (such as C-7F3KQ) and the kind of action. It holds no client's name, address, phone number, description or note. So you can see your schedule in your work calendar without sharing client data.</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/today_view.py" line="176" />
        <source>Vandaag, {date}</source>
        <translation>Today, {date}</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/today_view.py" line="179" />
        <source>Te laat</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/today_view.py" line="181" />
        <source>Deze week</source>
        <translation>This week</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/today_view.py" line="182" />
        <source>Termijnen over 8 tot 14 dagen</source>
        <translation>Deadlines in 8 to 14 days</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/today_view.py" line="191" />
        <source>Niets</source>
        <translation>Nothing</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/today_view.py" line="203" />
        <source>Vandaag afgerond</source>
        <translation>Done today</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/today_view.py" line="208" />
        <source>{overdue} te laat · {today} vandaag · {week} deze week</source>
        <translation>{overdue} overdue · {today} today · {week} this week</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/today_view.py" line="235" />
        <source>hele dag</source>
        <translation>all day</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/today_view.py" line="238" />
        <source>✓ Afgerond</source>
        <translation>✓ Done</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/today_view.py" line="253" />
        <source>Termijn: {what}</source>
        <translation>Deadline: {what}</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/today_view.py" line="341" />
        <location filename="../../oco_desktop/ui/today_view.py" line="355" />
        <source>Actie</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/today_view.py" line="349" />
        <source>Actie verzetten</source>
        <translation>Move follow-up</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/today_view.py" line="364" />
        <source>Agenda exporteren — alleen casuscode en soort actie</source>
        <translation>Export calendar — case code and kind of action only</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/today_view.py" line="365" />
        <source>Agendabestand (*.ics)</source>
        <translation>Calendar file (*.ics)</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/today_view.py" line="375" />
        <location filename="../../oco_desktop/ui/today_view.py" line="379" />
        <source>Agenda exporteren</source>
        <translation>Export calendar</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/today_view.py" line="376" />
        <source>Het agendabestand kon niet worden opgeslagen. Kies een andere map.</source>
        <translation>The calendar file could not be saved. Choose another folder.</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/today_view.py" line="380" />
        <source>{count} acties opgeslagen in {path}.</source>
        <translation>{count} follow-ups saved in {path}.</translation>
    </message>
</context>
</TS>