<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>NewClientDialog</name>
    <message>
        <source>Geboortedatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Datum van de toestemming</source>
        <translation>Date of consent</translation>
    </message>
</context>
</TS>
