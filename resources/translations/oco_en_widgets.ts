<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>DateField</name>
    <message>
        <source>bijvoorbeeld 20-11-2026</source>
        <translation>for example 20-11-2026</translation>
    </message>
    <message>
        <source>Vul een datum in, %1.</source>
        <translation>Enter a date, %1.</translation>
    </message>
    <message>
        <source>Deze datum bestaat niet. Schrijf dag-maand-jaar, %1.</source>
        <translation>This date does not exist. Write day-month-year, %1.</translation>
    </message>
    <message>
        <source>De datum mag niet vóór %1 liggen.</source>
        <translation>The date cannot be before %1.</translation>
    </message>
    <message>
        <source>De datum mag niet na vandaag liggen.</source>
        <translation>The date cannot be after today.</translation>
    </message>
    <message>
        <source>De datum mag niet na %1 liggen.</source>
        <translation>The date cannot be after %1.</translation>
    </message>
    <message>
        <source>Schrijf de datum als dag-maand-jaar, %1.</source>
        <translation>Write the date as day-month-year, %1.</translation>
    </message>
    <message>
        <source>Kalender</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <source>Kalender openen (F4)</source>
        <translation>Open calendar (F4)</translation>
    </message>
    <message>
        <source>Kalender openen</source>
        <translation>Open calendar</translation>
    </message>
    <message>
        <source>Kalender openen: %1</source>
        <translation>Open calendar: %1</translation>
    </message>
</context>
<context>
    <name>GuardedDialog</name>
    <message>
        <source>Venster sluiten?</source>
        <translation>Close window?</translation>
    </message>
    <message>
        <source>Wat u hebt ingevuld, gaat verloren als u dit venster sluit.</source>
        <translation>What you have filled in will be lost if you close this window.</translation>
    </message>
    <message>
        <source>&amp;Sluiten zonder bewaren</source>
        <translation>&amp;Close without saving</translation>
    </message>
    <message>
        <source>&amp;Verder invullen</source>
        <translation>&amp;Keep editing</translation>
    </message>
</context>
</TS>
