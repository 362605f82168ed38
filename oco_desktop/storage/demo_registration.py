"""Demo registration data: referrers, appreciation asked of the resident, control answers, questions
without a file and signals. Called by storage.demo_fill after the demo clients are stored.

Everything is invented; topics and signal texts are fixed phrases that never hold a name.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from oco_desktop.domain.demo_people import LIFE_DOMAINS, TARGET_GROUPS
from oco_desktop.domain.registration import (
    APPRECIATION_METHODS,
    CHANNELS,
    REFERRERS,
    SIGNAL_CATEGORIES,
    QuestionWithoutFile,
    Signal,
)
from oco_desktop.storage import registration
from oco_desktop.storage.vault import Vault

_TOPICS = (
    "Vraag over huurtoeslag", "Formulier bijzondere bijstand", "Wachttijd dagbesteding", "Brief van de gemeente",
    "Vervoer naar het ziekenhuis", "Mantelzorg en vakantie", "Schulden en post", "Hulp bij het huishouden",
    "Aanvraag traplift", "Vraag over de Wlz", "Indicatie begeleiding", "Eenzaamheid", "Persoonsgebonden budget",
    "Zorgverzekering en eigen risico", "Ouderschap en school", "Werk naast de zorg",
)
_SIGNALS = {
    "gap": ("Geen dagbesteding in de wijk voor jongeren met NAH.", "Geen aanbod voor mantelzorgers in de avond."),
    "waiting_list": ("Wachtlijst beschermd wonen is langer dan een half jaar.",
                     "Wachttijd voor een keukentafelgesprek loopt op tot acht weken."),
    "access_barrier": ("Aanvraagformulier alleen online; inwoners zonder computer lopen vast.",
                       "Brieven van de gemeente zijn moeilijk te lezen."),
    "rules_clash": ("Bijstand en mantelzorgwaardering worden met elkaar verrekend.",
                    "Wmo en Zvw schuiven de vraag naar elkaar door."),
    "quality": ("Vervoersdienst komt vaak te laat.", "Wisselende begeleiders bij de thuiszorg."),
}
_ORGANISATIONS = ("Gemeente", "Zorgkantoor", "Vervoersdienst Regio", "Thuiszorg Samen", "Woningcorporatie")


def _case_fields(conn, seed: object) -> None:
    """Referrer, how appreciation was asked and the control answer, for cases that have none yet."""
    for case_id, client_id, status, appreciation in conn.execute(
            "SELECT id, client_id, status, appreciation FROM cases WHERE referrer IS NULL ORDER BY client_id"
    ).fetchall():
        rng = random.Random(f"oco-demo-registration:{seed}:{client_id}")  # noqa: S311 - demo data, not secret
        referrer = rng.choices(REFERRERS, weights=(25, 25, 15, 20, 10, 5))[0]
        method = rng.choice(APPRECIATION_METHODS[:3]) if appreciation is not None else None
        control = rng.choices((1, 2, 3, 4, 5), weights=(2, 5, 25, 45, 23))[0] if status == "closed" else None
        conn.execute(
            "UPDATE cases SET referrer = ?, appreciation_method = ?, control_answer = ? WHERE id = ?",
            (referrer, method, control, case_id))


def fill_registration(vault: Vault, seed: object, added_clients: int, *, today: date | None = None) -> tuple[int, int]:
    """Per-case fields for cases without a referrer yet, plus questions without a file and signals in
    proportion to `added_clients`. Returns (questions, signals) added."""
    today = today or date.today()
    start = vault.conn.execute("SELECT count(*) FROM questions_without_file").fetchone()[0]
    with vault.transaction() as conn:
        _case_fields(conn, seed)
        return _questions_and_signals(vault, seed, start, added_clients, today)


def _questions_and_signals(vault: Vault, seed: object, start: int, added_clients: int,
                           today: date) -> tuple[int, int]:
    rng = random.Random(f"oco-demo-registration:{seed}:questions:{start}")  # noqa: S311
    n_questions = max(3, added_clients // 2)
    for _ in range(n_questions):
        registration.save_question(vault, QuestionWithoutFile(
            asked_on=today - timedelta(days=rng.randint(0, 400)),
            channel=rng.choices(CHANNELS, weights=(35, 40, 10, 15))[0],
            outcome=rng.choices(("answered", "referred_on", "became_client"), weights=(60, 30, 10))[0],
            referrer=rng.choices(REFERRERS, weights=(15, 20, 10, 40, 10, 5))[0],
            target_groups=rng.sample(TARGET_GROUPS, k=rng.randint(0, 2)),
            life_domains=rng.sample(LIFE_DOMAINS, k=rng.randint(1, 2)),
            minutes=rng.randrange(5, 50, 5),
            topic=rng.choice(_TOPICS),
        ))
    n_signals = max(2, added_clients // 8)
    for _ in range(n_signals):
        category = rng.choice(SIGNAL_CATEGORIES)
        noted = today - timedelta(days=rng.randint(0, 400))
        status = rng.choices(("noted", "passed_on", "answered"), weights=(40, 40, 20))[0]
        passed_to = rng.choice(_ORGANISATIONS) if status != "noted" else ""
        registration.save_signal(vault, Signal(
            noted_on=noted, category=category,
            concerns=rng.choice(("municipality", "provider", "law")),
            concerns_name=rng.choice(_ORGANISATIONS), life_domain=rng.choice(LIFE_DOMAINS),
            description=rng.choice(_SIGNALS[category]), status=status, passed_to=passed_to,
            passed_on=noted + timedelta(days=rng.randint(1, 20)) if status != "noted" else None,
            answer="De gemeente kijkt ernaar in het volgende overleg." if status == "answered" else "",
            answered_on=noted + timedelta(days=rng.randint(21, 60)) if status == "answered" else None,
        ))
    return n_questions, n_signals
