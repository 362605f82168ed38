<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../oco_desktop/ui/plan_page.py" line="98" />
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/plan_page.py" line="130" />
        <source>niet ingevuld</source>
        <translation>not filled in</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/plan_page.py" line="138" />
        <source>Wissen</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/plan_page.py" line="144" />
        <source>Datums</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/plan_page.py" line="146" />
        <source>Datum van de melding</source>
        <translation>Date of the request</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/plan_page.py" line="147" />
        <source>Datum van het keukentafelgesprek</source>
        <translation>Date of the access interview</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/plan_page.py" line="149" />
        <source>&amp;Melding bij de gemeente</source>
        <translation>&amp;Request to the municipality</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/plan_page.py" line="149" />
        <source>Datum van de melding wissen</source>
        <translation>Clear the date of the request</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/plan_page.py" line="150" />
        <source>&amp;Keukentafelgesprek</source>
        <translation>&amp;Access interview</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/plan_page.py" line="151" />
        <source>Datum van het keukentafelgesprek wissen</source>
        <translation>Clear the date of the access interview</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/plan_page.py" line="161" />
        <source>Berekende datum — controleer de brief van de gemeente.</source>
        <translation>Calculated date — check the municipality's letter.</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/plan_page.py" line="182" />
        <source>Nederlands</source>
        <translation>Dutch</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/plan_page.py" line="183" />
        <source>Engels</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/plan_page.py" line="184" />
        <source>Taal van de PDF</source>
        <translation>Language of the PDF</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/plan_page.py" line="185" />
        <source>&amp;Taal:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/plan_page.py" line="187" />
        <source>&amp;Grote letters</source>
        <translation>Lar&amp;ge print</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/plan_page.py" line="188" />
        <source>&amp;PDF maken…</source>
        <translation>Make &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/plan_page.py" line="190" />
        <source>&amp;Inzage-export…</source>
        <translation>&amp;Subject access export…</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/plan_page.py" line="191" />
        <source>Alles wat de kluis over deze cliënt bewaart, als PDF en JSON (AVG)</source>
        <translation>Everything the vault holds about this client, as PDF and JSON (GDPR)</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/plan_page.py" line="195" />
        <location filename="../../oco_desktop/ui/plan_page.py" line="196" />
        <source>Tekst kleiner (Ctrl+-)</source>
        <translation>Smaller text (Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/plan_page.py" line="200" />
        <location filename="../../oco_desktop/ui/plan_page.py" line="201" />
        <source>Tekst groter (Ctrl+=)</source>
        <translation>Larger text (Ctrl+=)</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/plan_page.py" line="273" />
        <source>Persoonlijk plan van %1 · casus %2</source>
        <translation>Personal plan of %1 · case %2</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/plan_page.py" line="276" />
        <source>%1 heeft nog geen casus. Open eerst een casus; daarna kunt u hier het plan schrijven.</source>
        <translation>%1 has no case yet. Open a case first; then you can write the plan here.</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/plan_page.py" line="299" />
        <source>Dit deel staat niet meer in de lijst van uw organisatie. De tekst blijft bewaard.</source>
        <translation>This part is no longer in your organisation's list. The text is kept.</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/plan_page.py" line="306" />
        <source>Er zijn nog geen levensgebieden gekozen voor deze cliënt.</source>
        <translation>No life domains have been chosen for this client yet.</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/plan_page.py" line="312" />
        <source>(geen levensgebied meer van deze cliënt)</source>
        <translation>(no longer a life domain of this client)</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/plan_page.py" line="335" />
        <source>Laatste dag plan inleveren: vul eerst de datum van de melding in.</source>
        <translation>Last day to hand in the plan: fill in the date of the request first.</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/plan_page.py" line="339" />
        <source>Laatste dag plan inleveren: %1</source>
        <translation>Last day to hand in the plan: %1</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/plan_page.py" line="341" />
        <source>Gemeente klaar met onderzoek: uiterlijk op %1</source>
        <translation>Municipality finishes its assessment: on %1 at the latest</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/plan_page.py" line="390" />
        <source>Opgeslagen.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/plan_page.py" line="432" />
        <source>persoonlijk-plan</source>
        <translation>personal-plan</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/plan_page.py" line="434" />
        <source>PDF van het plan opslaan</source>
        <translation>Save the plan as PDF</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/plan_page.py" line="434" />
        <location filename="../../oco_desktop/ui/plan_page.py" line="455" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/plan_page.py" line="443" />
        <source>PDF maken</source>
        <translation>Make PDF</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/plan_page.py" line="445" />
        <source>De PDF is opgeslagen in: %1</source>
        <translation>The PDF was saved in: %1</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/plan_page.py" line="454" />
        <source>Inzage-export opslaan (PDF, met JSON ernaast)</source>
        <translation>Save subject access export (PDF, with JSON next to it)</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/plan_page.py" line="455" />
        <source>inzage</source>
        <translation>subject-access</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/plan_page.py" line="466" />
        <source>Inzage-export</source>
        <translation>Subject access export</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/plan_page.py" line="468" />
        <source>De inzage-export is opgeslagen in: %1 en %2</source>
        <translation>The subject access export was saved in: %1 and %2</translation>
    </message>
</context>
</TS>