"""Synthetic but realistic caseload data for trying the app and for benchmarks (no storage here).

Everything is invented: names are common first names and surnames combined at random, streets do not
exist, phone numbers start with 0600 (outside the 061-065 and 068 blocks that hold real mobile numbers).
Person `index` of seed `seed` always comes out the same (for the same `today`), because each person
gets its own `random.Random` seeded from both; filling a vault twice therefore continues the numbering
instead of repeating people.
"""

from __future__ import annotations

import random
import tomllib
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta

from oco_desktop.domain import demo_vocabulary
from oco_desktop.domain.models import (
    Client,
    Consent,
    LifeDomainQuestion,
    NetworkMember,
    Note,
    SelfRelianceScore,
)

# -- vocabularies --------------------------------------------------------------------------------
# Fallbacks, used only when the shipped definitions cannot be read (see _shipped_ids).
_LIFE_DOMAINS_FALLBACK = (
    "housing", "work", "participation", "education", "youth_care", "care_wmo", "care_long_term",
    "income_debts", "parenting", "prevention", "mobility", "meaning_of_life", "wellbeing", "other",
)
_TARGET_GROUPS_FALLBACK = (
    "older_people", "dementia", "acquired_brain_injury", "physical_disability", "intellectual_disability",
    "psychiatric", "addiction", "homelessness", "families_young_children", "young_people", "informal_carers",
    "migrants_status_holders", "low_literacy", "long_term_assistance", "large_debts",
)


def _shipped_ids(file_name: str, table: str, fallback: tuple[str, ...]) -> tuple[str, ...]:
    """The ids in a shipped definition file, so demo data uses exactly what the app knows."""
    try:
        from oco_desktop.paths import resource_path

        with resource_path("checklists", file_name).open("rb") as fh:
            ids = tuple(item["id"] for item in tomllib.load(fh).get(table, []))
    except (OSError, tomllib.TOMLDecodeError, KeyError, TypeError):
        return fallback
    return ids or fallback


LIFE_DOMAINS = _shipped_ids("life_domains.toml", "life_domain", _LIFE_DOMAINS_FALLBACK)
TARGET_GROUPS = _shipped_ids("target_groups.toml", "target_group", _TARGET_GROUPS_FALLBACK)


def _pick_id(candidates: tuple[str, ...], *wanted: str) -> str:
    """The first wanted id that exists (ids differ slightly between the brief and the shipped files)."""
    for w in wanted:
        if w in candidates:
            return w
    for w in wanted:  # prefix match: "income" finds "income_and_debts" as well as "income_debts"
        for c in candidates:
            if c.startswith(w):
                return c
    return candidates[-1]


def _domain(*wanted: str) -> str:
    return _pick_id(LIFE_DOMAINS, *wanted)


def _group(*wanted: str) -> str:
    return _pick_id(TARGET_GROUPS, *wanted)


# -- names ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Origin:
    """A naming tradition: Latin-script names, optional native-script full names, language, weight."""

    key: str
    weight: int
    language: str
    female: tuple[str, ...]
    male: tuple[str, ...]
    surnames: tuple[str, ...]
    female_surnames: tuple[str, ...] = ()  # Slavic feminine forms, when they differ
    native_names: tuple[tuple[str, str], ...] = ()  # (full name in own script, Latin preferred name)
    native_share: float = 0.0
    interpreter_share: float = 0.0


ORIGINS: tuple[Origin, ...] = (
    Origin(
        "dutch", 44, "nl",
        female=("Johanna", "Maria", "Wilhelmina", "Anna", "Cornelia", "Geertruida", "Sanne", "Lotte", "Femke",
                "Ineke", "Ria", "Truus", "Marieke", "Annelies", "Willemijn", "Hennie", "Joke", "Els", "Tineke",
                "Gerda", "Roos", "Fenna", "Anouk", "Saskia", "Yvonne", "Petra", "Marja", "Hilde", "Baukje"),
        male=("Hendrik", "Cornelis", "Gerrit", "Jan", "Pieter", "Daan", "Bram", "Henk", "Kees", "Gert-Jan",
              "Sjoerd", "Willem", "Johannes", "Dirk", "Arie", "Teun", "Ruud", "Bert", "Klaas", "Joop",
              "Freek", "Martijn", "Jeroen", "Wouter", "Evert", "Harm", "Tjeerd", "Rinus", "Frans"),
        surnames=("de Vries", "van den Berg", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer",
                  "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker",
                  "Brouwer", "de Wit", "Dijkstra", "Smits", "de Graaf", "van der Meer", "van der Linden",
                  "Kok", "Jacobs", "de Haan", "Vermeulen", "van den Heuvel", "van der Veen", "van den Broek",
                  "de Bruijn", "de Jong", "Schouten", "van Dijk", "Kuipers", "Hoekstra", "Postma",
                  "Wouters", "Verhoeven", "Timmermans", "Koster", "Prins", "Huisman", "Veenstra", "Zwart"),
    ),
    Origin(
        "turkish", 10, "tr",
        female=("Ayşe", "Fatma", "Emine", "Zeynep", "Elif", "Hatice", "Meryem", "Gülsüm", "Sibel", "Özlem",
                "Büşra", "Songül"),
        male=("Mehmet", "Mustafa", "Hüseyin", "Ahmet", "Yusuf", "İbrahim", "Hasan", "Osman", "Murat", "Erdal",
              "Kemal", "Şükrü"),
        surnames=("Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Öztürk", "Aydın", "Özdemir",
                  "Arslan", "Doğan", "Kılıç", "Aslan", "Koç", "Kurt", "Güneş"),
        interpreter_share=0.25,
    ),
    Origin(
        "moroccan", 10, "ar",
        female=("Fatima", "Khadija", "Naima", "Samira", "Malika", "Latifa", "Rachida", "Souad", "Nadia",
                "Hanane", "Ilham", "Zohra"),
        male=("Mohamed", "Ahmed", "Youssef", "Said", "Rachid", "Hassan", "Abdelkader", "Mustapha", "Karim",
              "Driss", "Brahim", "Mimoun"),
        surnames=("El Amrani", "Bouzid", "Ouali", "El Idrissi", "Benali", "Aït Taleb", "Ziani", "Boukhari",
                  "El Haddouchi", "Tahiri", "Azzouzi", "El Khattabi", "Bakkali", "Ouchan"),
        native_names=(("محمد الأحمد", "Mohamed"), ("فاطمة الزهراء بنعلي", "Fatima"), ("خديجة العمراني", "Khadija"),
                      ("يوسف الإدريسي", "Youssef"), ("أحمد بوزيد", "Ahmed"), ("نعيمة الطاهري", "Naima"),
                      ("سعيد الزياني", "Said"), ("سميرة البخاري", "Samira"), ("رشيد العزوزي", "Rachid"),
                      ("مليكة البقالي", "Malika")),
        native_share=0.3, interpreter_share=0.3,
    ),
    Origin(
        "polish", 6, "pl",
        female=("Katarzyna", "Agnieszka", "Małgorzata", "Magdalena", "Zofia", "Joanna", "Ewa", "Krystyna"),
        male=("Piotr", "Krzysztof", "Tomasz", "Łukasz", "Józef", "Paweł", "Marek", "Grzegorz"),
        surnames=("Kowalski", "Nowak", "Wiśniewski", "Wójcik", "Kamiński", "Lewandowski", "Zieliński",
                  "Szymański", "Woźniak", "Dąbrowski"),
        female_surnames=("Kowalska", "Nowak", "Wiśniewska", "Wójcik", "Kamińska", "Lewandowska", "Zielińska",
                         "Szymańska", "Woźniak", "Dąbrowska"),
        interpreter_share=0.3,
    ),
    Origin(
        "syrian", 6, "ar",
        female=("Lina", "Rana", "Hiba", "Nour", "Yara", "Rasha", "Dima", "Huda"),
        male=("Rami", "Omar", "Khaled", "Tarek", "Ammar", "Fadi", "Majd", "Samer"),
        surnames=("Al-Hamwi", "Haddad", "Khoury", "Al-Halabi", "Darwish", "Shami", "Mansour", "Kassab",
                  "Al-Masri", "Sabbagh"),
        native_names=(("رامي الحلبي", "Rami"), ("لينا حداد", "Lina"), ("عمر درويش", "Omar"), ("نور منصور", "Nour"),
                      ("خالد الحموي", "Khaled"), ("هبة الشامي", "Hiba"), ("طارق قصاب", "Tarek"),
                      ("ربى الصباغ", "Ruba")),
        native_share=0.5, interpreter_share=0.5,
    ),
    Origin(
        "eritrean", 5, "ti",
        female=("Abrehet", "Senait", "Helen", "Saba", "Mebrat", "Lidia", "Freweini", "Selam"),
        male=("Tesfay", "Yonas", "Mehari", "Filmon", "Kidane", "Samuel", "Robel", "Amanuel"),
        surnames=("Tesfamariam", "Ghebremedhin", "Kidane", "Habte", "Berhane", "Woldu", "Tekle", "Asmerom",
                  "Gebreyesus", "Haile"),
        native_names=(("ተስፋይ ገብረመድህን", "Tesfay"), ("ሰናይት ሃብተ", "Senait"), ("ዮናስ በርሀ", "Yonas"),
                      ("ሳባ ተኽለ", "Saba"), ("መሓሪ ወልዱ", "Mehari"), ("ኣብረኸት ኪዳነ", "Abrehet"),
                      ("ሰላም ሃይለ", "Selam"), ("ፊልሞን ኣስመሮም", "Filmon")),
        native_share=0.5, interpreter_share=0.6,
    ),
    Origin(
        "vietnamese", 4, "vi",
        female=("Lan", "Hồng", "Mai", "Thu", "Hương", "Hạnh", "Ngọc", "Thảo"),
        male=("Minh", "Bảo", "Anh", "Hùng", "Tuấn", "Dũng", "Khoa", "Long"),
        surnames=("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô"),
        interpreter_share=0.3,
    ),
    Origin(
        "surinamese", 8, "nl",
        female=("Sharon", "Anjali", "Marisca", "Sunita", "Chandra", "Natasja", "Rosita", "Shanti", "Gracia"),
        male=("Ramon", "Rajesh", "Kenneth", "Romano", "Errol", "Glenn", "Ricardo", "Dinesh", "Humphrey"),
        surnames=("Ramdin", "Sewnarain", "Biharie", "Pinas", "Kross", "Wijngaarde", "Ramcharan", "Mohan",
                  "Doelwijt", "Karijodikromo", "Sardjoe", "Lie A Fo", "Tjon A Joe", "Amatmoekrim"),
    ),
    Origin(
        "ukrainian", 6, "uk",
        female=("Olena", "Oksana", "Yulia", "Iryna", "Natalia", "Tetiana", "Svitlana", "Halyna"),
        male=("Andriy", "Serhiy", "Mykola", "Dmytro", "Oleksandr", "Vasyl", "Bohdan", "Taras"),
        surnames=("Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Kravchenko", "Melnyk", "Boyko",
                  "Oliynyk", "Lysenko", "Marchenko"),
        native_names=(("Олена Шевченко", "Olena"), ("Андрій Коваленко", "Andriy"), ("Оксана Бондаренко", "Oksana"),
                      ("Сергій Мельник", "Serhiy"), ("Ірина Бойко", "Iryna"), ("Тетяна Ткаченко", "Tetiana"),
                      ("Микола Лисенко", "Mykola"), ("Галина Марченко", "Halyna")),
        native_share=0.5, interpreter_share=0.5,
    ),
)

# -- places ----------------------------------------------------------------------------------------
_STREET_STEMS = ("Vlier", "Linden", "Kastanje", "Reiger", "Zwaluw", "Molen", "Kerk", "Dijk", "Beuken",
                 "Esdoorn", "Merel", "Spreeuw", "Lijster", "Klaproos", "Korenbloem", "Zonnebloem", "Hazelaar",
                 "Wilgen", "Meidoorn", "Koekoek", "Fazant", "Haver", "Rogge", "Tarwe", "Kievit", "Vink", "Berken",
                 "Populieren", "Schelp", "Duin", "Polder", "Gras", "Heide", "Turf", "Sluis")
_STREET_KINDS = ("straat", "laan", "hof", "weg", "plein", "singel", "erf", "akker", "kamp", "pad", "dreef")
TOWNS = ("Zwolle", "Deventer", "Amersfoort", "Tilburg", "Leeuwarden", "Almere", "Dordrecht", "Zaandam", "Enschede",
         "Heerlen", "Gouda", "Assen", "Emmen", "Helmond", "Lelystad", "Schiedam", "Vlaardingen", "Nijmegen",
         "Breda", "Haarlem", "Apeldoorn", "Hoorn", "Venlo", "Roosendaal", "Den Helder", "Kampen", "Meppel")
_POSTCODE_LETTERS = "ABCEGHJKLMNPRTVWXZ"


def phone_number(rng: random.Random) -> str:
    """A mobile-looking number in 0600..., a block not given to real mobile phones."""
    return f"06-00{rng.randrange(1_000_000):06d}"


def address(rng: random.Random) -> str:
    street = rng.choice(_STREET_STEMS) + rng.choice(_STREET_KINDS)
    number = str(rng.randint(1, 240)) + (rng.choice(("", "", "", "a", "b", "-2", " bis")))
    postcode = f"{rng.randint(1000, 9999)} {rng.choice(_POSTCODE_LETTERS)}{rng.choice(_POSTCODE_LETTERS)}"
    return f"{street} {number}, {postcode} {rng.choice(TOWNS)}"


# -- note texts ----------------------------------------------------------------------------------------
# Each theme has sentences to pick from; a note is 2-5 of them plus an agreement. Slots in {braces}.
_SLOTS: dict[str, tuple[str, ...]] = {
    "aid": ("een traplift", "een douchestoel", "een scootmobiel", "huishoudelijke hulp", "begeleiding thuis",
            "dagbesteding", "een woningaanpassing", "een rolstoel", "een verhoogd toilet", "Wmo-vervoer",
            "een drempelhulp", "beugels in de badkamer", "een aangepaste keuken", "respijtzorg"),
    "office": ("de gemeente", "het wijkteam", "de Wmo-consulent", "de woningcorporatie", "de schuldhulpverlening",
               "de huisarts", "het CIZ", "de zorgverzekeraar", "het UWV", "de Sociale Verzekeringsbank",
               "de praktijkondersteuner", "de wijkverpleegkundige", "het sociaal raadsliedenwerk",
               "de Belastingdienst", "het CAK", "de bewindvoerder", "Vluchtelingenwerk"),
    "feeling": ("moe", "somber", "opgelucht", "gespannen", "boos", "verdrietig", "hoopvol", "onzeker",
                "eenzaam", "overvallen", "strijdbaar", "rustiger"),
    "relative": ("dochter", "zoon", "partner", "buurvrouw", "buurman", "zus", "broer", "schoondochter",
                 "kleinzoon", "vriendin", "neef", "nicht"),
    "amount": ("350", "780", "1.200", "2.450", "4.900", "6.300", "11.000", "18.750", "23.400"),
    "creditor": ("de energieleverancier", "de zorgverzekeraar", "de verhuurder", "een webwinkel",
                 "de telefoonaanbieder", "het CJIB", "de Belastingdienst", "een incassobureau"),
    "time": ("maandagochtend", "dinsdagmiddag", "woensdag", "donderdagochtend", "vrijdag", "volgende week",
             "over twee weken", "na de zomer", "eind van de maand"),
    "activity": ("het buurthuis", "de koffieochtend in de kerk", "de wandelgroep", "een taalcafé",
                 "de moestuin in de wijk", "het repaircafé", "de bibliotheek", "een zangkoor", "de sportschool",
                 "de inloop van de moskee"),
}

# theme -> (life domain wishes, sentences)
_THEMES: dict[str, tuple[tuple[tuple[str, ...], ...], tuple[str, ...]]] = {
    "housing": (
        (("housing",), ("care_wmo",)),
        (
            "Cliënt kan de trap naar de slaapkamer bijna niet meer op en slaapt nu beneden op de bank.",
            "We hebben samen gekeken naar de badkamer: de drempel is hoog en er zijn geen beugels.",
            "De vraag is of {aid} kan helpen om veilig thuis te blijven wonen.",
            "De woning is van {office}; een aanpassing moet eerst daar worden gemeld.",
            "Cliënt wil liever niet verhuizen: de buurt en de buren zijn belangrijk.",
            "Er is schimmel in de slaapkamer en de verhuurder reageert niet op mails.",
            "Een verhuizing naar een gelijkvloerse woning is besproken; de wachttijd is lang.",
            "De ergotherapeut komt kijken welke aanpassing nodig is.",
            "De huur is verhoogd en cliënt weet niet of dat mag; we kijken naar de huurcommissie.",
            "Cliënt voelt zich {feeling} over de staat van het huis.",
        ),
    ),
    "debts": (
        (("income",), ("wellbeing",)),
        (
            "Cliënt heeft een schuld van ongeveer {amount} euro bij {creditor}.",
            "Er liggen veel ongeopende brieven; we hebben ze samen gesorteerd op datum.",
            "Er is een aanmaning gekomen met extra kosten, cliënt schrok daarvan.",
            "We hebben een overzicht gemaakt van inkomsten en vaste lasten.",
            "Cliënt durft {office} niet zelf te bellen; ik ga de eerste keer mee.",
            "Aanmelding bij {office} voor schuldhulp is besproken; cliënt wil erover nadenken.",
            "Er is mogelijk recht op huurtoeslag en zorgtoeslag; dat is nog niet aangevraagd.",
            "Een betalingsregeling met {creditor} lijkt haalbaar als de vaste lasten eerst betaald worden.",
            "Cliënt slaapt slecht door de geldzorgen en voelt zich {feeling}.",
            "Beslaglegging op de uitkering dreigt; de beslagvrije voet moet worden gecontroleerd.",
            "We hebben de bijzondere bijstand voor de wasmachine besproken.",
        ),
    ),
    "carer": (
        (("care_wmo",), ("wellbeing",), ("participation",)),
        (
            "De {relative} zorgt bijna elke dag en is zelf overbelast.",
            "Mantelzorger vertelt dat zij niet meer doorslaapt en weinig tijd voor zichzelf heeft.",
            "We bespraken respijtzorg zodat de mantelzorger een dag per week vrij heeft.",
            "Er is een mantelzorgwaardering van de gemeente; dat wist de familie niet.",
            "De {relative} wil graag meedenken maar woont ver weg.",
            "Het netwerk is klein: alleen de {relative} en een buurvrouw helpen mee.",
            "Samen een rooster gemaakt wie wanneer boodschappen doet.",
            "De mantelzorger voelt zich {feeling} en schuldig als ze even weg is.",
            "Steunpunt mantelzorg kan een gesprek aanbieden; nummer gegeven.",
            "Logeeropvang is besproken als tijdelijke ontlasting.",
        ),
    ),
    "loneliness": (
        (("participation",), ("wellbeing",), ("meaning_of_life",)),
        (
            "Cliënt komt weinig buiten en zegt dat de dagen lang zijn.",
            "Sinds het overlijden van de partner is het stil in huis.",
            "We hebben gesproken over {activity}; cliënt wil een keer kijken.",
            "Een maatje van de vrijwilligerscentrale kan misschien wekelijks langskomen.",
            "Cliënt voelt zich {feeling} en mist een doel in de week.",
            "Vroeger ging cliënt graag naar {activity}; dat lukt nu niet meer alleen.",
            "De {relative} belt af en toe, maar komt zelden langs.",
            "Zingeving kwam ter sprake: wat maakt een dag goed voor u?",
            "Cliënt wil graag iets betekenen voor anderen, bijvoorbeeld als vrijwilliger.",
        ),
    ),
    "wmo_request": (
        (("care_wmo",),),
        (
            "Melding bij {office} gedaan voor {aid}; de gemeente heeft zes weken voor het onderzoek.",
            "Cliënt heeft een ontvangstbevestiging van de melding gekregen.",
            "We zijn begonnen aan het persoonlijk plan, in de eigen woorden van cliënt.",
            "Het persoonlijk plan kan binnen zeven dagen na de melding worden ingeleverd.",
            "Uitgelegd wat een maatwerkvoorziening is en wat een algemene voorziening is.",
            "De eigen bijdrage via het CAK is uitgelegd; cliënt maakt zich zorgen over de kosten.",
            "Cliënt twijfelt tussen een pgb en zorg in natura; voor- en nadelen op een rij gezet.",
            "Er is nog geen reactie van {office} gekomen op de melding.",
            "De aanvraag is ondertekend en verstuurd; de beschikking volgt binnen twee weken.",
        ),
    ),
    "access_interview": (
        (("care_wmo",), ("participation",)),
        (
            "Het keukentafelgesprek met de Wmo-consulent is gepland op {time}.",
            "Samen voorbereid wat cliënt wil vertellen tijdens het keukentafelgesprek.",
            "Ik was bij het keukentafelgesprek; cliënt kon goed vertellen wat er moeilijk gaat.",
            "De consulent vroeg veel naar het netwerk; de {relative} was er ook bij.",
            "Na het gesprek nabesproken: cliënt voelt zich {feeling} over de uitkomst.",
            "Het verslag van het onderzoek klopt niet helemaal; we sturen een reactie.",
            "Cliënt wil een tolk bij het volgende gesprek; dat is aangevraagd.",
            "Het gesprek met {office} duurde lang; cliënt was daarna erg moe.",
        ),
    ),
    "objection": (
        (("care_wmo",), ("other",)),
        (
            "De beschikking wijst {aid} af; cliënt is het daar niet mee eens.",
            "Uitgelegd dat bezwaar binnen zes weken na de verzenddatum moet; de datum samen opgeschreven.",
            "Een pro-forma bezwaar is verstuurd zodat de termijn veilig is.",
            "De gronden van het bezwaar samen opgesteld: de beperkingen zijn niet goed meegewogen.",
            "Hoorzitting bij de bezwaarcommissie op {time}; ik ga mee.",
            "Er zijn minder uren huishoudelijke hulp toegekend dan gevraagd.",
            "Cliënt wil ook een klacht indienen over de bejegening door {office}.",
            "Bezwaar is gegrond verklaard; de gemeente neemt een nieuw besluit.",
        ),
    ),
    "youth": (
        (("youth_care",), ("parenting",), ("education",)),
        (
            "De moeder vertelt dat haar zoon al weken niet naar school gaat.",
            "Er is een gesprek met school en de leerplichtambtenaar gepland.",
            "Ouders willen hulp bij de opvoeding maar zijn bang voor jeugdzorg.",
            "De jeugdconsulent van {office} komt langs; ik ben erbij als ouders dat willen.",
            "Passend onderwijs besproken: het kind past niet op de huidige school.",
            "De wachtlijst voor jeugd-ggz is lang; we zoeken overbrugging.",
            "Moeder voelt zich {feeling}; de zorg voor drie kinderen valt haar zwaar.",
        ),
    ),
    "work_income": (
        (("work",), ("income",), ("participation",)),
        (
            "Cliënt heeft een bijstandsuitkering en wil graag parttime werken.",
            "Het re-integratietraject van {office} sluit niet aan bij wat cliënt kan.",
            "We hebben de brief van {office} over de inlichtingenplicht samen gelezen.",
            "Vrijwilligerswerk kan een eerste stap zijn; cliënt wil beginnen bij {activity}.",
            "Diploma's uit het buitenland zijn nog niet gewaardeerd; informatie gegeven.",
            "De taaleis en de inburgering zijn besproken.",
        ),
    ),
    "mobility": (
        (("mobility",), ("participation",)),
        (
            "Cliënt kan niet meer met de bus naar de dagbesteding.",
            "Een pas voor Wmo-vervoer is aangevraagd bij {office}.",
            "De scootmobiel moet gerepareerd worden; de leverancier is gebeld.",
            "Zonder vervoer komt cliënt niet meer bij {activity}.",
            "Parkeerkaart voor gehandicapten is besproken.",
        ),
    ),
    "long_term_care": (
        (("care_long_term",), ("care_wmo",)),
        (
            "Thuis wonen gaat niet meer veilig; de huisarts noemt de Wlz.",
            "Aanvraag voor een Wlz-indicatie bij het CIZ besproken; formulier samen ingevuld.",
            "Na het CIZ-besluit kan cliënt cliëntondersteuning Wlz krijgen via het zorgkantoor.",
            "De {relative} maakt zich zorgen over het geheugen van cliënt.",
            "Dagbesteding voor mensen met dementie is besproken als eerste stap.",
            "Er is een wachtlijst voor het verpleeghuis; cliënt wil zo lang mogelijk thuis blijven.",
            "De wijkverpleegkundige komt nu twee keer per dag.",
        ),
    ),
}

_OPENINGS = ("Huisbezoek.", "Telefonisch contact.", "Cliënt kwam naar het inloopspreekuur.",
             "Meegegaan naar de afspraak.", "Kort contact.", "Gesprek aan de keukentafel.",
             "Cliënt belde zelf.", "Gesprek samen met de {relative}.", "")
_AGREEMENTS = ("Afspraak: ik bel {time} om te horen hoe het gaat.", "Afspraak: cliënt zoekt de brieven op.",
               "Afspraak: ik stuur de informatie per post, in eenvoudige taal.",
               "Afspraak: volgende keer samen {office} bellen.", "Afspraak: evaluatie over zes weken.",
               "Afspraak: de {relative} is er de volgende keer bij.", "Geen nieuwe afspraak nodig.",
               "Afspraak: ik vraag na bij {office} wat de stand van zaken is.",
               "Afspraak: cliënt denkt na en laat het mij weten.")

# Words that occur in generated notes; the benchmark searches with these.
SEARCH_TERMS = (
    "traplift", "douchestoel", "scootmobiel", "huishoudelijke hulp", "keukentafelgesprek", "bezwaar",
    "beschikking", "schuld", "aanmaning", "betalingsregeling", "mantelzorger", "respijtzorg", "eenzaam",
    "buurthuis", "wandelgroep", "melding", "persoonlijk plan", "pgb", "eigen bijdrage", "huurtoeslag",
    "schimmel", "verhuizing", "ergotherapeut", "hoorzitting", "pro-forma", "jeugd-ggz", "leerplicht",
    "bijstand", "vrijwilligerswerk", "Wmo-vervoer", "CIZ", "Wlz", "dementie", "geheugen", "verpleeghuis",
    "wijkverpleegkundige", "zorgverzekeraar", "energieleverancier", "incassobureau", "beslagvrije voet",
    "tolk", "inburgering", "dagbesteding", "badkamer", "drempel", "overbelast", "zingeving", "maatje",
    "wachtlijst", "klacht", "zorg", "woning", "gemeente", "cliëntondersteuning", "clientondersteuning",
    "aanvraag", "brieven", "buurvrouw", "dochter", "huisarts",
)

_THEMES_BY_GROUP: dict[str, tuple[str, ...]] = {
    "older_people": ("housing", "loneliness", "wmo_request", "mobility", "long_term_care"),
    "dementia": ("long_term_care", "carer", "wmo_request"),
    "informal_carers": ("carer", "wmo_request", "loneliness"),
    "large_debts": ("debts", "work_income"),
    "families_young_children": ("youth", "debts", "carer"),
    "young_people": ("youth", "work_income"),
    "migrants_status_holders": ("work_income", "debts", "access_interview"),
    "physical_disability": ("housing", "mobility", "wmo_request", "objection"),
}
_ALL_THEMES = tuple(_THEMES)

CONTACT_MINUTES = {"home_visit": (45, 120), "phone": (5, 30), "walk_in": (15, 45), "accompanying": (60, 180),
                   "other": (10, 30)}
_CONTACT_WEIGHTS = (("home_visit", 35), ("phone", 35), ("walk_in", 12), ("accompanying", 10), ("other", 8))


def _fill(template: str, rng: random.Random) -> str:
    if "{" not in template:
        return template
    # Only the slots the template names are drawn (drawing all of them for every sentence was a third
    # of the time it takes to build a large demo vault).
    return template.format_map(_Slots(rng))


class _Slots(dict):
    def __init__(self, rng: random.Random):
        super().__init__()
        self._rng = rng

    def __missing__(self, key: str) -> str:
        value = self[key] = self._rng.choice(_SLOTS[key])
        return value


def note_text(rng: random.Random, theme: str) -> tuple[str, list[str]]:
    """A plain-Dutch note about `theme`, with the life domains it touches."""
    domain_wishes, sentences = _THEMES[theme]
    parts = [_fill(rng.choice(_OPENINGS), rng)]
    parts += [_fill(s, rng) for s in rng.sample(sentences, k=min(len(sentences), rng.randint(2, 5)))]
    parts.append(_fill(rng.choice(_AGREEMENTS), rng))
    domains = [_domain(*w) for w in domain_wishes[: rng.randint(1, len(domain_wishes))]]
    return " ".join(p for p in parts if p), domains


# -- generated people --------------------------------------------------------------------------------
@dataclass
class DemoFollowUp:
    kind: str
    due_on: date
    description: str
    done: bool = False
    source: str = "manual"
    id: str = ""


@dataclass
class DemoCase:
    title: str
    opened_on: date
    phase: str
    status: str = "open"
    contact_form: str = "short_term"
    checkin_interval_days: int | None = None
    closed_on: date | None = None
    close_reason: str = ""
    appreciation: int | None = None
    request_date: date | None = None
    application_date: date | None = None
    decision_sent_date: date | None = None
    access_interview_date: date | None = None
    follow_ups: list[DemoFollowUp] = field(default_factory=list)


@dataclass
class DemoPerson:
    client: Client
    origin: str
    life_domains: list[LifeDomainQuestion]
    scores: list[SelfRelianceScore]
    network: list[NetworkMember]
    consent: Consent
    case: DemoCase
    notes: list[Note]


_QUESTIONS = {
    "housing": "Ik wil veilig thuis blijven wonen.",
    "care_wmo": "Ik heb hulp nodig in het huishouden en bij het douchen.",
    "income": "Ik wil overzicht over mijn geld en geen nieuwe schulden.",
    "wellbeing": "Ik wil me minder alleen voelen.",
    "participation": "Ik wil weer mensen ontmoeten en iets doen in de week.",
    "meaning_of_life": "Ik wil weten waar ik het nog voor doe.",
    "youth_care": "Mijn kind heeft hulp nodig en ik weet niet waar ik moet beginnen.",
    "parenting": "Ik wil rust in huis en minder ruzie met de kinderen.",
    "education": "Mijn zoon moet weer naar een school die bij hem past.",
    "work": "Ik wil graag werken, een paar dagen per week.",
    "mobility": "Ik wil zelf naar de winkel en naar mijn familie kunnen.",
    "care_long_term": "Thuis gaat het bijna niet meer; wat zijn de mogelijkheden?",
    "prevention": "Ik wil voorkomen dat het erger wordt.",
    "other": "",
}
_CASE_TITLES = {
    "housing": "Woningaanpassing", "debts": "Geldzorgen en schulden", "carer": "Ontlasting mantelzorger",
    "loneliness": "Eenzaamheid en meedoen", "wmo_request": "Wmo-melding", "access_interview": "Keukentafelgesprek",
    "objection": "Bezwaar tegen beschikking", "youth": "Hulp voor het gezin", "work_income": "Werk en inkomen",
    "mobility": "Vervoer", "long_term_care": "Zorg thuis of Wlz",
}
_CLOSE_REASONS = ("Doel bereikt: de voorziening is toegekend.", "Cliënt kan nu zelf verder.",
                  "Verhuisd naar een andere gemeente.", "Overgedragen aan Wlz-cliëntondersteuning.",
                  "Cliënt wilde geen verdere ondersteuning.", "Bezwaar gegrond; voorziening geregeld.",
                  "Overleden.")
_FOLLOW_UP_TEXTS = {
    "call": ("Bellen hoe het gaat", "Bellen over de beschikking", "Nabellen na het gesprek met de gemeente"),
    "visit": ("Huisbezoek", "Samen de brieven doornemen", "Persoonlijk plan afmaken"),
    "accompany": ("Meegaan naar keukentafelgesprek", "Meegaan naar de hoorzitting", "Meegaan naar schuldhulp"),
    "document": ("Bezwaarschrift afmaken", "Formulier bijzondere bijstand invullen", "Stukken voor het CIZ"),
    "other": ("Informatie opzoeken over respijtzorg", "Vrijwilligerscentrale vragen naar een maatje"),
}
_RELATIONS = (("dochter", True), ("zoon", True), ("partner", True), ("buurvrouw", False), ("buurman", False),
              ("zus", True), ("broer", False), ("vriendin", False), ("schoonzoon", True), ("kleindochter", False))
_HELP = ("doet boodschappen", "helpt met de administratie", "kookt twee keer per week", "brengt naar de huisarts",
         "belt elke dag", "komt in het weekend", "doet de was", "regelt de medicijnen", "")


def demo_id(rng: random.Random) -> str:
    """A UUID4 drawn from the seeded generator, so the same seed gives the same ids."""
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _weighted(rng: random.Random, pairs):
    return rng.choices([p[0] for p in pairs], weights=[p[1] for p in pairs])[0]


def _birth_date(rng: random.Random, today: date, group: str) -> date:
    age = {
        "older_people": (67, 96), "dementia": (68, 95), "young_people": (16, 25),
        "families_young_children": (24, 45),
    }.get(group, (19, 88))
    return today - timedelta(days=rng.randint(age[0] * 365, age[1] * 365 + 364))


def _name(rng: random.Random, origin: Origin) -> tuple[str, str]:
    """(name, preferred name). Native-script names get a Latin preferred name to say it aloud."""
    if origin.native_names and rng.random() < origin.native_share:
        full, latin = rng.choice(origin.native_names)
        return full, latin
    female = rng.random() < 0.55
    first = rng.choice(origin.female if female else origin.male)
    surnames = origin.female_surnames if (female and origin.female_surnames) else origin.surnames
    surname = rng.choice(surnames)
    if origin.key == "vietnamese":  # family name first, then the middle name
        middle = "Thị" if female else rng.choice(("Văn", "Đức", "Quốc", "Minh"))
        return f"{surname} {middle} {first}", first
    preferred = ""
    if origin.key == "dutch" and rng.random() < 0.2:
        preferred = {"Johanna": "Joke", "Wilhelmina": "Willy", "Cornelia": "Corrie", "Geertruida": "Truus",
                     "Hendrik": "Henk", "Cornelis": "Kees", "Johannes": "Hans", "Willem": "Wim"}.get(first, "")
    return f"{first} {surname}", preferred


def _notes_count(seed: object, index: int, per_client: int) -> int:
    """A realistic spread around `per_client` that still sums exactly to per_client x clients.

    Clients come in pairs: one gets `per_client + d`, the other `per_client - d`.
    """
    if per_client <= 1:
        return per_client
    pair = random.Random(f"oco-demo:{seed}:pair:{index // 2}")  # noqa: S311 - reproducible, not secret
    d = pair.randint(0, max(0, min(per_client - 1, round(per_client * 0.7))))
    return per_client + d if index % 2 == 0 else per_client - d


def _case(rng: random.Random, theme: str, today: date) -> DemoCase:
    opened = today - timedelta(days=rng.randint(10, 720))
    phase = rng.choices(("orientation", "access", "during_support"), weights=(30, 45, 25))[0]
    case = DemoCase(title=_CASE_TITLES[theme], opened_on=opened, phase=phase)
    roll = rng.random()
    if roll < 0.18 and (today - opened).days > 60:
        case.status = "closed"
        case.closed_on = opened + timedelta(days=rng.randint(30, (today - opened).days))
        case.close_reason = rng.choice(_CLOSE_REASONS)
        case.appreciation = rng.choice((None, 6, 7, 7, 8, 8, 8, 9, 9, 10))
    elif roll < 0.32:
        case.status, case.contact_form, case.checkin_interval_days = "checkin", "checkin", 42
    elif roll < 0.55:
        case.contact_form = "short_cycle"
    if phase != "orientation" and rng.random() < 0.7:
        span = max(1, (today - opened).days)
        case.request_date = opened + timedelta(days=rng.randint(0, min(30, span)))
        if rng.random() < 0.6:
            case.access_interview_date = case.request_date + timedelta(days=rng.randint(7, 35))
        if rng.random() < 0.5:
            case.application_date = case.request_date + timedelta(days=rng.randint(20, 42))
            if rng.random() < 0.7:
                case.decision_sent_date = case.application_date + timedelta(days=rng.randint(5, 16))
    if case.status != "closed":
        case.follow_ups = _follow_ups(rng, case, today)
    return case


def _follow_ups(rng: random.Random, case: DemoCase, today: date) -> list[DemoFollowUp]:
    """Some overdue, some today, some this week, some later, some already done."""
    result = []
    for _ in range(rng.choices((0, 1, 2, 3), weights=(15, 40, 30, 15))[0]):
        kind = rng.choice(tuple(_FOLLOW_UP_TEXTS))
        when = rng.choices(("overdue", "today", "week", "later", "done"), weights=(15, 15, 30, 25, 15))[0]
        offset = {"overdue": (-14, -1), "today": (0, 0), "week": (1, 6), "later": (7, 60), "done": (-60, -1)}[when]
        result.append(DemoFollowUp(kind, today + timedelta(days=rng.randint(*offset)),
                                   rng.choice(_FOLLOW_UP_TEXTS[kind]), done=when == "done", id=demo_id(rng)))
    if case.contact_form == "checkin":
        due = today + timedelta(days=rng.randint(-3, 41))
        result.append(DemoFollowUp("checkin", due, "Waakvlamcontact: even bellen", source="checkin",
                                   id=demo_id(rng)))
    return result


def make_person(seed: object, index: int, *, notes_per_client: int = 5, today: date | None = None) -> DemoPerson:
    """Person number `index` for `seed`: always the same for the same arguments."""
    today = today or date.today()
    rng = random.Random(f"oco-demo:{seed}:{index}")  # noqa: S311 - reproducible demo data, not secret
    origin = _weighted(rng, [(o, o.weight) for o in ORIGINS])
    name, preferred = _name(rng, origin)
    groups = rng.sample(TARGET_GROUPS, k=rng.choices((1, 2, 3), weights=(55, 35, 10))[0])
    if origin.key != "dutch" and origin.key != "surinamese" and rng.random() < 0.5:
        groups.append(_group("migrants_status_holders"))
    groups = list(dict.fromkeys(groups))
    client = Client(
        id=demo_id(rng), name=name, preferred_name=preferred,
        date_of_birth=_birth_date(rng, today, groups[0]), phone=phone_number(rng), address=address(rng),
        preferred_language=origin.language,
        interpreter_needed=rng.random() < origin.interpreter_share,
        reading_needs=rng.choice(("", "", "", "", "Liever geen lange brieven; uitleg in eenvoudige taal.",
                                  "Leest slecht; brieven voorlezen.")),
        hearing_needs=rng.choice(("", "", "", "", "", "Slechthorend; rustige ruimte, duidelijk praten.")),
        target_groups=groups,
        laws=sorted(set(rng.sample(("wmo", "wmo", "wmo", "wlz", "jeugdwet", "participatiewet", "zvw"),
                                   k=rng.randint(1, 2)))),
    )
    themes = [t for g in groups for t in _THEMES_BY_GROUP.get(g, ())] or list(_ALL_THEMES)
    main_theme = rng.choice(themes)
    case = _case(rng, main_theme, today)
    consent = Consent(scope="Gegevens bewaren voor de ondersteuning; overleg met gemeente na toestemming per keer.",
                      method=rng.choice(("verbal", "written")), given_on=case.opened_on, id=demo_id(rng))
    notes = _notes(rng, seed, index, notes_per_client, case, main_theme, themes, today, client.id)
    domains = list(dict.fromkeys(d for n in notes for d in n.life_domains)) or [_domain("care_wmo")]
    questions = [LifeDomainQuestion(d, _QUESTIONS.get(d.split("_")[0] if d.startswith("income") else d, ""))
                 for d in domains[:4]]
    scores = _scores(rng, [q.domain_id for q in questions], case.opened_on, today)
    network = _network(rng)
    return DemoPerson(client, origin.key, questions, scores, network, consent, case, notes)


def _notes(rng, seed, index, per_client, case: DemoCase, main_theme, themes, today, client_id) -> list[Note]:
    count = _notes_count(seed, index, per_client)
    end = case.closed_on or today
    span = max(0, (end - case.opened_on).days)
    days = sorted(rng.randint(0, span) for _ in range(count))
    notes = []
    for day in days:
        theme = main_theme if rng.random() < 0.6 else rng.choice(themes if rng.random() < 0.7 else _ALL_THEMES)
        body, domains = note_text(rng, theme)
        extra = demo_vocabulary.note_length(rng)  # varied lengths, words from a 24,000-word vocabulary
        if extra:
            body = f"{body} {demo_vocabulary.free_text(rng, extra)}"
        kind = _weighted(rng, _CONTACT_WEIGHTS)
        low, high = CONTACT_MINUTES[kind]
        notes.append(Note(client_id=client_id, contact_on=case.opened_on + timedelta(days=day), body=body,
                          contact_type=kind, minutes=rng.randrange(low, high + 1, 5), life_domains=domains,
                          id=demo_id(rng)))
    return notes


def _scores(rng, domain_ids, opened_on: date, today: date) -> list[SelfRelianceScore]:
    result = []
    for domain_id in domain_ids:
        if rng.random() < 0.4:
            continue
        first = rng.randint(1, 3)
        result.append(SelfRelianceScore(domain_id, opened_on, first, max(1, min(5, first + rng.choice((-1, 0, 0, 1)))),
                                        id=demo_id(rng)))
        if (today - opened_on).days > 90 and rng.random() < 0.5:
            later = min(5, first + rng.randint(0, 2))
            result.append(SelfRelianceScore(domain_id, opened_on + timedelta(days=rng.randint(60, 90)), later,
                                            max(1, min(5, later + rng.choice((-1, 0, 0)))), id=demo_id(rng)))
    return result


def _network(rng) -> list[NetworkMember]:
    members = []
    for relation, may_care in rng.sample(_RELATIONS, k=rng.choices((0, 1, 2, 3), weights=(15, 40, 30, 15))[0]):
        origin = ORIGINS[0] if rng.random() < 0.6 else rng.choice(ORIGINS)
        first = rng.choice(origin.female + origin.male)
        carer = may_care and rng.random() < 0.6
        members.append(NetworkMember(name=first, relation=relation, is_informal_carer=carer,
                                     phone=phone_number(rng) if rng.random() < 0.7 else "",
                                     what_they_do=rng.choice(_HELP) if carer else "", id=demo_id(rng)))
    return members


def generate_people(count: int, seed: object, *, start: int = 0, notes_per_client: int = 5,
                    today: date | None = None) -> Iterator[DemoPerson]:
    """People number `start` .. `start + count - 1` for `seed`."""
    today = today or date.today()
    for index in range(start, start + count):
        yield make_person(seed, index, notes_per_client=notes_per_client, today=today)
