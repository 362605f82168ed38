"""A Dutch-like vocabulary for demo notes: 20,000+ distinct words with a Zipf-like spread.

The demo must not be kind to search: real notes use a large vocabulary in which a few words are very
common and most are rare, so prefixes have long posting lists and many words occur once or twice.
No word list is shipped or downloaded: the words are built deterministically from Dutch spelling
patterns (onsets, vowels, codas, common suffixes) and compounds of real Dutch stems ("heup" +
"operatie"), after the real function words and care words, which get the highest ranks.

`sample_words(rng, n)` draws n words with probability ~ 1 / rank^ZIPF_S. Everything here is pure:
the same module gives the same vocabulary; the rng decides the draw.
"""

from __future__ import annotations

import itertools
import random
from functools import lru_cache

ZIPF_S = 1.07  # close to what word counts of Dutch text show
VOCABULARY_SIZE = 24_000

# Highest ranks: the words every Dutch text is made of, then the words of this domain.
_FUNCTION_WORDS = (
    "de", "het", "een", "en", "van", "is", "dat", "op", "te", "in", "met", "voor", "niet", "zijn", "er",
    "aan", "om", "ook", "als", "bij", "maar", "nog", "wel", "dan", "naar", "heeft", "werd", "kan", "wil",
    "over", "door", "uit", "zou", "moet", "gaat", "haar", "hij", "zij", "ze", "we", "ik", "u", "die",
    "dit", "wat", "geen", "meer", "al", "nu", "zo", "toen", "veel", "omdat", "samen", "goed", "even",
    "graag", "morgen", "vandaag", "gisteren", "week", "maand", "jaar", "keer", "tijd", "thuis", "echt",
)
_DOMAIN_WORDS = (
    "cliënt", "gemeente", "zorg", "hulp", "brief", "gesprek", "afspraak", "aanvraag", "melding", "plan",
    "dochter", "zoon", "partner", "buurvrouw", "huisarts", "wijkteam", "consulent", "formulier",
    "beschikking", "bezwaar", "schuld", "huur", "toeslag", "uitkering", "vervoer", "woning", "trap",
    "badkamer", "douche", "rollator", "scootmobiel", "traplift", "mantelzorger", "dagbesteding",
    "thuiszorg", "wachtlijst", "indicatie", "keukentafelgesprek", "cliëntondersteuning", "verhuizing",
    "operatie", "heupoperatie", "knieoperatie", "revalidatie", "fysiotherapie", "ergotherapeut",
    "geheugen", "dementie", "eenzaam", "buurthuis", "vrijwilliger", "budget", "incasso", "aanmaning",
)
# Real stems for compounds: "heup" + "operatie", "zorg" + "verzekering", "huur" + "achterstand".
_STEMS = (
    "heup", "knie", "rug", "hart", "long", "oog", "oor", "voet", "hand", "hoofd", "been", "arm", "tand",
    "zorg", "huis", "huur", "werk", "geld", "school", "buurt", "wijk", "stad", "dorp", "kerk", "markt",
    "kinder", "jeugd", "ouder", "familie", "vrienden", "buren", "zieken", "pleeg", "mantel", "thuis",
    "dag", "nacht", "week", "avond", "ochtend", "winter", "zomer", "energie", "water", "gas", "stroom",
    "bus", "trein", "taxi", "fiets", "auto", "trap", "deur", "keuken", "bad", "slaap", "woon", "leef",
    "schuld", "belasting", "toeslag", "bijstand", "pensioen", "loon", "spaar", "inkomens", "vermogens",
)
_HEADS = (
    "operatie", "verzekering", "achterstand", "regeling", "aanvraag", "gesprek", "afspraak", "brief",
    "kosten", "hulp", "zorg", "plan", "lijst", "dienst", "centrum", "team", "groep", "kamer", "stoel",
    "aanpassing", "vergoeding", "voorziening", "begeleiding", "ondersteuning", "behandeling", "pijn",
    "klacht", "onderzoek", "uitslag", "rekening", "factuur", "toelage", "bijdrage", "indicatie",
    "besluit", "termijn", "melding", "controle", "bezoek", "vervoer", "probleem", "situatie", "zaken",
)
_ONSETS = ("b", "d", "f", "g", "h", "j", "k", "l", "m", "n", "p", "r", "s", "t", "v", "w", "z", "bl", "br",
           "dr", "fl", "fr", "gl", "gr", "kl", "kn", "kr", "pl", "pr", "sch", "schr", "sl", "sm", "sn", "sp",
           "st", "str", "tr", "vl", "vr", "zw", "ch", "")
_VOWELS = ("a", "e", "i", "o", "u", "aa", "ee", "oo", "uu", "ie", "oe", "eu", "ui", "ij", "ei", "ou", "au")
_CODAS = ("", "k", "l", "m", "n", "p", "r", "s", "t", "ch", "ft", "kt", "lf", "lk", "lm", "lp", "ls", "lt",
          "mp", "nd", "ng", "nk", "nt", "rd", "rf", "rg", "rk", "rm", "rn", "rp", "rs", "rt", "st", "cht")
_SUFFIXES = ("", "en", "ing", "heid", "lijk", "te", "er", "ers", "tje", "je", "ig", "isch", "schap", "baar")


def _syllable(rng: random.Random) -> str:
    return rng.choice(_ONSETS) + rng.choice(_VOWELS) + rng.choice(_CODAS)


@lru_cache(maxsize=1)
def vocabulary() -> tuple[str, ...]:
    """VOCABULARY_SIZE distinct lowercase words, most common first (rank order)."""
    words: list[str] = []
    seen: set[str] = set()

    def add(word: str) -> None:
        if word not in seen and len(word) > 0:
            seen.add(word)
            words.append(word)

    for word in itertools.chain(_FUNCTION_WORDS, _DOMAIN_WORDS):
        add(word)
    rng = random.Random("oco-demo-vocabulary-1")  # noqa: S311 - a fixed made-up language, not a secret
    compounds = [s + h for s in _STEMS for h in _HEADS]
    rng.shuffle(compounds)
    made: list[str] = []
    while len(made) < VOCABULARY_SIZE:
        word = "".join(_syllable(rng) for _ in range(rng.choice((1, 2, 2, 2, 3, 3, 4)))) + rng.choice(_SUFFIXES)
        if 3 <= len(word) <= 18:
            made.append(word)
    # Interleave: compounds of real stems spread over the ranks, like real compounds are.
    step = max(1, len(made) // max(1, len(compounds)))
    for i, word in enumerate(made):
        if i % step == 0 and compounds:
            add(compounds.pop())
        add(word)
        if len(words) >= VOCABULARY_SIZE:
            break
    return tuple(words[:VOCABULARY_SIZE])


@lru_cache(maxsize=1)
def _cumulative_weights() -> tuple[float, ...]:
    return tuple(itertools.accumulate(1.0 / (rank ** ZIPF_S) for rank in range(1, len(vocabulary()) + 1)))


def sample_words(rng: random.Random, n: int) -> list[str]:
    """n words drawn with a Zipf-like spread (rank r has weight 1 / r^ZIPF_S)."""
    return rng.choices(vocabulary(), cum_weights=_cumulative_weights(), k=n)


def free_text(rng: random.Random, words: int) -> str:
    """Sentences of 5-15 drawn words, each starting with a capital and ending with a full stop."""
    drawn = sample_words(rng, words)
    sentences = []
    i = 0
    while i < len(drawn):
        length = rng.randint(5, 15)
        part = drawn[i:i + length]
        i += length
        sentences.append(part[0][:1].upper() + part[0][1:] + "".join(" " + w for w in part[1:]) + ".")
    return " ".join(sentences)


def note_length(rng: random.Random) -> int:
    """Extra free words in a note: most notes short, some long (log-normal, 0-600 words)."""
    return min(600, int(rng.lognormvariate(3.3, 0.9)))
