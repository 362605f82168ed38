"""Clients and their file: details, life domains with questions and scores, network, consent."""

from __future__ import annotations

from datetime import date

from oco_desktop.domain.models import (
    CONSENT_METHODS,
    LAWS,
    Client,
    Consent,
    LifeDomainQuestion,
    NetworkMember,
    SelfRelianceScore,
)
from oco_desktop.errors import InvalidValue, NotFound
from oco_desktop.storage.clock import utc_now
from oco_desktop.storage.convert import dump_list, iso, load_list, new_id, parse_date
from oco_desktop.storage.vault import Vault

_CLIENT_COLUMNS = (
    "id, name, preferred_name, date_of_birth, phone, address, preferred_language, interpreter_needed, "
    "reading_needs, hearing_needs, target_groups, laws, created_at, updated_at"
)


def _client_values(client: Client) -> dict:
    if not client.name.strip():
        raise InvalidValue("Een cliënt heeft een naam nodig.")
    unknown = set(client.laws) - set(LAWS)
    if unknown:
        raise InvalidValue(f"Onbekende wet: {', '.join(sorted(unknown))}.")
    return {
        "name": client.name.strip(),
        "preferred_name": client.preferred_name.strip(),
        "date_of_birth": iso(client.date_of_birth),
        "phone": client.phone,
        "address": client.address,
        "preferred_language": client.preferred_language,
        "interpreter_needed": int(client.interpreter_needed),
        "reading_needs": client.reading_needs,
        "hearing_needs": client.hearing_needs,
        "target_groups": dump_list(client.target_groups),
        "laws": dump_list(client.laws),
    }


def add_client(vault: Vault, client: Client) -> Client:
    values = _client_values(client)
    now = utc_now()
    values.update(id=client.id or new_id(), created_at=now, updated_at=now)
    with vault.transaction() as conn:
        columns = ", ".join(values)
        conn.execute(
            f"INSERT INTO clients ({columns}) VALUES ({', '.join('?' * len(values))})", tuple(values.values())
        )
    return get_client(vault, values["id"])


def update_client(vault: Vault, client: Client) -> Client:
    values = _client_values(client)
    values["updated_at"] = utc_now()
    with vault.transaction() as conn:
        old = conn.execute(f"SELECT {', '.join(values)} FROM clients WHERE id = ?", (client.id,)).fetchone()
        assignments = ", ".join(f"{k} = ?" for k in values)
        cur = conn.execute(f"UPDATE clients SET {assignments} WHERE id = ?", (*values.values(), client.id))
        if cur.rowcount == 0:
            raise NotFound(f"Onbekende cliënt: {client.id}")
        if _text_removed(old, values):
            vault.erase_traces()
    return get_client(vault, client.id)


def _text_removed(old_row, new_values: dict) -> bool:
    """True when an update overwrote some stored text (a name, an address, ...) with something else."""
    if old_row is None:
        return False
    return any(isinstance(before, str) and before and before != after and key != "updated_at"
               for before, (key, after) in zip(old_row, new_values.items(), strict=True))


def _row_to_client(row) -> Client:
    return Client(
        id=row[0], name=row[1], preferred_name=row[2], date_of_birth=parse_date(row[3]), phone=row[4],
        address=row[5], preferred_language=row[6], interpreter_needed=bool(row[7]), reading_needs=row[8],
        hearing_needs=row[9], target_groups=load_list(row[10]), laws=load_list(row[11]),
        created_at=row[12], updated_at=row[13],
    )


def get_client(vault: Vault, client_id: str) -> Client:
    row = vault.conn.execute(f"SELECT {_CLIENT_COLUMNS} FROM clients WHERE id = ?", (client_id,)).fetchone()
    if row is None:
        raise NotFound(f"Er is geen cliënt met id {client_id} in deze kluis.")
    return _row_to_client(row)


def find_client(vault: Vault, client_id: str) -> Client | None:
    try:
        return get_client(vault, client_id)
    except NotFound:
        return None


def all_clients(vault: Vault) -> list[Client]:
    rows = vault.conn.execute(f"SELECT {_CLIENT_COLUMNS} FROM clients ORDER BY name COLLATE NOCASE")
    return [_row_to_client(r) for r in rows]


def delete_client(vault: Vault, client_id: str) -> dict[str, int]:
    """Erase a client and everything about them (cases, notes, plans, drafts); returns what went."""
    with vault.transaction() as conn:
        counts = deletion_summary(vault, client_id)
        cur = conn.execute("DELETE FROM clients WHERE id = ?", (client_id,))
        if cur.rowcount == 0:
            raise NotFound(f"Er is geen cliënt met id {client_id} in deze kluis.")
        vault.erase_traces()
    return counts


def deletion_summary(vault: Vault, client_id: str) -> dict[str, int]:
    """What deleting this client removes, to show before asking for confirmation."""
    conn = vault.conn
    one = lambda sql: conn.execute(sql, (client_id,)).fetchone()[0]  # noqa: E731
    return {
        "cases": one("SELECT count(*) FROM cases WHERE client_id = ?"),
        "notes": one("SELECT count(*) FROM notes WHERE client_id = ?"),
        "follow_ups": one(
            "SELECT count(*) FROM follow_ups WHERE case_id IN (SELECT id FROM cases WHERE client_id = ?)"
        ),
        "network_members": one("SELECT count(*) FROM network_members WHERE client_id = ?"),
    }


# -- life domains and self-reliance -------------------------------------------------------------
def set_life_domains(vault: Vault, client_id: str, questions: list[LifeDomainQuestion]) -> None:
    """Replace the client's life domains in play (and their questions); scores are kept."""
    now = utc_now()
    with vault.transaction() as conn:
        keep = [q.domain_id for q in questions]
        conn.execute(
            f"DELETE FROM client_life_domains WHERE client_id = ? AND domain_id NOT IN "
            f"({', '.join('?' * len(keep))})",
            (client_id, *keep),
        )
        for q in questions:
            conn.execute(
                "INSERT INTO client_life_domains (client_id, domain_id, question, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT (client_id, domain_id) "
                "DO UPDATE SET question = excluded.question, updated_at = excluded.updated_at",
                (client_id, q.domain_id, q.question, now, now),
            )


def life_domains(vault: Vault, client_id: str) -> list[LifeDomainQuestion]:
    rows = vault.conn.execute(
        "SELECT domain_id, question FROM client_life_domains WHERE client_id = ? ORDER BY created_at, domain_id",
        (client_id,),
    )
    return [LifeDomainQuestion(domain_id=r[0], question=r[1]) for r in rows]


def add_score(vault: Vault, client_id: str, score: SelfRelianceScore) -> SelfRelianceScore:
    for value in (score.client_score, score.supporter_score):
        if value is not None and not 1 <= value <= 5:
            raise InvalidValue("Een score voor zelfredzaamheid is 1 tot en met 5.")
    score_id = score.id or new_id()
    with vault.transaction() as conn:
        conn.execute(
            "INSERT INTO self_reliance_scores (id, client_id, domain_id, scored_on, client_score, "
            "supporter_score, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (score_id, client_id, score.domain_id, iso(score.scored_on), score.client_score,
             score.supporter_score, utc_now()),
        )
    return SelfRelianceScore(score.domain_id, score.scored_on, score.client_score, score.supporter_score,
                             score_id)


def scores(vault: Vault, client_id: str, domain_id: str | None = None) -> list[SelfRelianceScore]:
    """All scores over time, oldest first (so the change is visible)."""
    sql = "SELECT domain_id, scored_on, client_score, supporter_score, id FROM self_reliance_scores " \
          "WHERE client_id = ?"
    params: tuple = (client_id,)
    if domain_id:
        sql += " AND domain_id = ?"
        params += (domain_id,)
    rows = vault.conn.execute(sql + " ORDER BY scored_on, created_at", params)
    return [SelfRelianceScore(r[0], parse_date(r[1]), r[2], r[3], r[4]) for r in rows]


# -- social network ---------------------------------------------------------------------------------
def save_network_member(vault: Vault, client_id: str, member: NetworkMember) -> NetworkMember:
    if not member.name.strip():
        raise InvalidValue("Een persoon uit het netwerk heeft een naam nodig.")
    now = utc_now()
    member_id = member.id or new_id()
    with vault.transaction() as conn:
        conn.execute(
            "INSERT INTO network_members (id, client_id, name, relation, is_informal_carer, phone, "
            "what_they_do, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (id) DO UPDATE SET name = excluded.name, relation = excluded.relation, "
            "is_informal_carer = excluded.is_informal_carer, phone = excluded.phone, "
            "what_they_do = excluded.what_they_do, updated_at = excluded.updated_at",
            (member_id, client_id, member.name.strip(), member.relation, int(member.is_informal_carer),
             member.phone, member.what_they_do, now, now),
        )
    return NetworkMember(member.name.strip(), member.relation, member.is_informal_carer, member.phone,
                         member.what_they_do, member_id)


def network(vault: Vault, client_id: str) -> list[NetworkMember]:
    rows = vault.conn.execute(
        "SELECT name, relation, is_informal_carer, phone, what_they_do, id FROM network_members "
        "WHERE client_id = ? ORDER BY created_at, name",
        (client_id,),
    )
    return [NetworkMember(r[0], r[1], bool(r[2]), r[3], r[4], r[5]) for r in rows]


def delete_network_member(vault: Vault, member_id: str) -> None:
    with vault.transaction() as conn:
        conn.execute("DELETE FROM network_members WHERE id = ?", (member_id,))
        vault.erase_traces()


# -- consent ----------------------------------------------------------------------------------------
def record_consent(vault: Vault, client_id: str, consent: Consent) -> Consent:
    if consent.method not in CONSENT_METHODS:
        raise InvalidValue("Toestemming is mondeling of schriftelijk gegeven.")
    if not consent.scope.strip():
        raise InvalidValue("Schrijf op waarvoor de cliënt toestemming gaf.")
    consent_id = consent.id or new_id()
    with vault.transaction() as conn:
        conn.execute(
            "INSERT INTO consents (id, client_id, scope, method, given_on, withdrawn_on, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (consent_id, client_id, consent.scope.strip(), consent.method, iso(consent.given_on),
             iso(consent.withdrawn_on), utc_now()),
        )
    return Consent(consent.scope.strip(), consent.method, consent.given_on, consent.withdrawn_on, consent_id)


def withdraw_consent(vault: Vault, consent_id: str, on: date) -> None:
    with vault.transaction() as conn:
        conn.execute("UPDATE consents SET withdrawn_on = ? WHERE id = ?", (iso(on), consent_id))


def consents(vault: Vault, client_id: str) -> list[Consent]:
    rows = vault.conn.execute(
        "SELECT scope, method, given_on, withdrawn_on, id FROM consents WHERE client_id = ? "
        "ORDER BY given_on, created_at",
        (client_id,),
    )
    return [Consent(r[0], r[1], parse_date(r[2]), parse_date(r[3]), r[4]) for r in rows]


def has_active_consent(vault: Vault, client_id: str) -> bool:
    row = vault.conn.execute(
        "SELECT 1 FROM consents WHERE client_id = ? AND withdrawn_on IS NULL LIMIT 1", (client_id,)
    ).fetchone()
    return row is not None
