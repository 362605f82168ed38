<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ChecklistPage</name>
    <message>
        <location filename="../../oco_desktop/ui/checklist_page.py" line="47" />
        <source>Oriëntatie</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/checklist_page.py" line="48" />
        <source>Toegang</source>
        <translation>Access</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/checklist_page.py" line="49" />
        <source>Tijdens ondersteuning</source>
        <translation>During support</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/checklist_page.py" line="50" />
        <source>Algemene taken</source>
        <translation>General tasks</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/checklist_page.py" line="57" />
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/checklist_page.py" line="58" />
        <source>Gedaan</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/checklist_page.py" line="59" />
        <source>Niet van toepassing</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/checklist_page.py" line="65" />
        <source>%1: %2 van %3 gedaan</source>
        <translation>%1: %2 of %3 done</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/checklist_page.py" line="86" />
        <source>Geen datum</source>
        <translation>No date</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/checklist_page.py" line="331" />
        <source>daarna</source>
        <translation>then</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/checklist_page.py" line="371" />
        <source>&amp;Contactvorm:</source>
        <translation>&amp;Contact form:</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/checklist_page.py" line="374" />
        <source>Kortdurend</source>
        <translation>Short-term</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/checklist_page.py" line="375" />
        <source>Kortcyclisch</source>
        <translation>Short-cycle</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/checklist_page.py" line="376" />
        <source>Waakvlam (vast contactmoment)</source>
        <translation>Check-in (regular contact)</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/checklist_page.py" line="380" />
        <source>Contactvorm</source>
        <translation>Contact form</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/checklist_page.py" line="381" />
        <source>&amp;Elke</source>
        <translation>&amp;Every</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/checklist_page.py" line="384" />
        <source>Interval waakvlamcontact</source>
        <translation>Check-in interval</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/checklist_page.py" line="387" />
        <source>weken</source>
        <translation>weeks</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/checklist_page.py" line="388" />
        <source>dagen</source>
        <translation>days</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/checklist_page.py" line="389" />
        <source>Eenheid van het interval</source>
        <translation>Unit of the interval</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/checklist_page.py" line="401" />
        <source>&amp;Terug naar vorige fase</source>
        <translation>&amp;Back to previous phase</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/checklist_page.py" line="402" />
        <source>Naar &amp;volgende fase</source>
        <translation>To &amp;next phase</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/checklist_page.py" line="415" />
        <location filename="../../oco_desktop/ui/checklist_page.py" line="477" />
        <source>Kies een cliënt om de checklist te zien.</source>
        <translation>Choose a client to see the checklist.</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/checklist_page.py" line="418" />
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/checklist_page.py" line="454" />
        <source>De kluis is vergrendeld.</source>
        <translation>The vault is locked.</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/checklist_page.py" line="484" />
        <source>Deze cliënt heeft nog geen casus. Open eerst een casus op het tabblad Casussen; dan ziet u hier de taken per fase.</source>
        <translation>This client has no case yet. First open a case on the Cases tab; then you will see the tasks per phase here.</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/checklist_page.py" line="491" />
        <source>De checklist kan niet getoond worden: %1</source>
        <translation>The checklist cannot be shown: %1</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/checklist_page.py" line="496" />
        <source>(zonder titel)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/checklist_page.py" line="497" />
        <source>Casus %1: %2</source>
        <translation>Case %1: %2</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/checklist_page.py" line="503" />
        <location filename="../../oco_desktop/ui/checklist_page.py" line="602" />
        <source>Huidige fase: %1</source>
        <translation>Current phase: %1</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/checklist_page.py" line="511" />
        <source>Deze fase is begonnen met checklistversie %1. Nu geldt versie %2.</source>
        <translation>This phase was started with checklist version %1. Version %2 applies now.</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/checklist_page.py" line="528" />
        <location filename="../../oco_desktop/ui/checklist_page.py" line="606" />
        <source>Algemene taken (in elke fase): %1 van %2 gedaan</source>
        <translation>General tasks (in every phase): %1 of %2 done</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/checklist_page.py" line="572" />
        <source>Schrijf een reden op: waarom is deze taak niet van toepassing?</source>
        <translation>Write down a reason: why does this task not apply?</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/checklist_page.py" line="590" />
        <source>Opgeslagen: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/checklist_page.py" line="644" />
        <source>De casus staat nu in de fase %1.</source>
        <translation>The case is now in the phase %1.</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/checklist_page.py" line="650" />
        <source>Er staat nog 1 taak open:</source>
        <translation>There is still 1 open task:</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/checklist_page.py" line="652" />
        <source>Er staan nog %1 taken open:</source>
        <translation>There are still %1 open tasks:</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/checklist_page.py" line="653" />
        <source>U kunt toch verder. De taken blijven bewaard.</source>
        <translation>You can still go on. The tasks are kept.</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/checklist_page.py" line="654" />
        <source>Naar de volgende fase?</source>
        <translation>Go to the next phase?</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/checklist_page.py" line="656" />
        <source>&amp;Verder</source>
        <translation>&amp;Go on</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/checklist_page.py" line="657" />
        <source>&amp;Annuleren</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/checklist_page.py" line="693" />
        <source>Contactvorm opgeslagen: %1</source>
        <translation>Contact form saved: %1</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/checklist_page.py" line="732" />
        <source>Niet opgeslagen tekst teruggezet. Kies Opslaan om te bewaren.</source>
        <translation>Unsaved text restored. Choose Save to keep it.</translation>
    </message>
</context>
<context>
    <name>TaskRow</name>
    <message>
        <location filename="../../oco_desktop/ui/checklist_page.py" line="116" />
        <source>Uitleg</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/checklist_page.py" line="120" />
        <source>Uitleg bij: %1</source>
        <translation>Explanation of: %1</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/checklist_page.py" line="132" />
        <source>(zo heette deze taak toen)</source>
        <translation>(this is what the task was called then)</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/checklist_page.py" line="134" />
        <source>(deze taak staat niet meer in de checklist)</source>
        <translation>(this task is no longer in the checklist)</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/checklist_page.py" line="138" />
        <source>Nu heet deze taak: %1</source>
        <translation>This task is now called: %1</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/checklist_page.py" line="152" />
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/checklist_page.py" line="153" />
        <source>Gedaan</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/checklist_page.py" line="154" />
        <source>Niet van toepassing</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/checklist_page.py" line="167" />
        <location filename="../../oco_desktop/ui/checklist_page.py" line="168" />
        <source>Gedaan op</source>
        <translation>Done on</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/checklist_page.py" line="173" />
        <source>Bijvoorbeeld: zus belt de gemeente</source>
        <translation>For example: sister calls the municipality</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/checklist_page.py" line="174" />
        <location filename="../../oco_desktop/ui/checklist_page.py" line="175" />
        <source>Korte notitie</source>
        <translation>Short note</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/checklist_page.py" line="180" />
        <location filename="../../oco_desktop/ui/checklist_page.py" line="181" />
        <source>Reden (verplicht)</source>
        <translation>Reason (required)</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/checklist_page.py" line="185" />
        <location filename="../../oco_desktop/ui/checklist_page.py" line="187" />
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/checklist_page.py" line="201" />
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/checklist_page.py" line="202" />
        <source>Opslaan: %1</source>
        <translation>Save: %1</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/checklist_page.py" line="269" />
        <source>op %1</source>
        <translation>on %1</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/checklist_page.py" line="271" />
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
</context>
</TS>