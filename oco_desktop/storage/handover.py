"""Handover of whole client files to a colleague's vault, encrypted under a one-time handover code.

What goes in is found by walking the schema, not from a fixed list: the chosen clients' rows, then
every row of every table that points at a carried row through a foreign key (client_id -> clients,
case_id -> cases, plan_sections -> plans, ...), repeated until nothing new is found. Tables that
other features add later are carried without a change here, as long as they reference a client or
case by foreign key. The access log (client_id without a foreign key, so an erasure can keep one
anonymous line) is carried explicitly. Nothing of other clients can go in: every row is reached from
the chosen client ids only.

File (JSON envelope, binary payload in base64):

    {"format": "oco-handover", "version": 1, "kdf": "argon2id", "params": {...}, "salt": b64,
     "check": b64, "nonce": b64, "ciphertext": b64}

The code (same alphabet and length as the recovery code) is stretched with Argon2id into 64 bytes:
the first half is the AES-256-GCM key, the second half's SHA-256 is stored as "check", so a wrong
code (exit 3) is told apart from a damaged or altered file (exit 4). The header is bound to the
ciphertext as associated data. The payload is zlib-compressed JSON with every carried row.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import secrets
import uuid
import zlib
from dataclasses import asdict, dataclass
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from oco_desktop.errors import NotFound, TamperedData, UsageError, WrongSecret
from oco_desktop.export.safe_write import write_export
from oco_desktop.storage import access_log, kdf, keys
from oco_desktop.storage.clock import utc_now
from oco_desktop.storage.schema import LATEST_VERSION

FORMAT = "oco-handover"
VERSION = 1
PAYLOAD_FORMAT = "oco-handover-payload"
SUFFIX = ".ocohandover"
MAX_FILE = 512 * 1024 * 1024
# Carried although it has no foreign key: the history of the file (see storage/access_log.py).
EXTRA_CLIENT_TABLES = ("access_log",)
# Never carried: bookkeeping of the vault itself, and full-text indexes (rebuilt by triggers on import).
NEVER = {"vault_meta"}
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


@dataclass(frozen=True)
class ExportResult:
    path: Path
    code: str
    client_ids: list[str]
    counts: dict[str, int]


@dataclass(frozen=True)
class ImportResult:
    client_ids: list[str]  # ids as stored in the receiving vault
    counts: dict[str, int]
    renamed: dict[str, str]  # old id -> new id (with as_copy)


# -- schema walking ---------------------------------------------------------------------------------------

def _ordinary_tables(conn) -> list[str]:
    rows = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
    ).fetchall()
    virtual = [name for name, sql in rows if (sql or "").upper().startswith("CREATE VIRTUAL TABLE")]
    return [
        name for name, sql in rows
        if name not in virtual and not any(name.startswith(v + "_") for v in virtual) and name not in NEVER
    ]


def _foreign_keys(conn, table: str) -> list[tuple[str, str, str]]:
    """(column, parent table, parent column) for single-column foreign keys."""
    out = []
    for row in conn.execute(f'PRAGMA foreign_key_list("{table}")'):
        _id, _seq, parent, column, parent_column = row[:5]
        out.append((column, parent, parent_column or "id"))
    return out


def _columns(conn, table: str) -> list[tuple[str, str, int]]:
    """(name, declared type, pk position) per column."""
    return [(r[1], (r[2] or "").upper(), r[5]) for r in conn.execute(f'PRAGMA table_info("{table}")')]


def _rowid_alias(conn, table: str) -> str | None:
    """The INTEGER PRIMARY KEY column (an alias of the rowid), which is renumbered on import."""
    cols = _columns(conn, table)
    pks = [c for c in cols if c[2]]
    if len(pks) == 1 and pks[0][1] == "INTEGER":
        return pks[0][0]
    return None


def carried_tables(conn) -> list[str]:
    """Every table whose rows are reached from clients via foreign keys, in insert order (parents first)."""
    tables = _ordinary_tables(conn)
    fks = {t: _foreign_keys(conn, t) for t in tables}
    reach = {"clients"}
    changed = True
    while changed:
        changed = False
        for t in tables:
            if t not in reach and any(parent in reach for _c, parent, _p in fks[t]):
                reach.add(t)
                changed = True
    order: list[str] = []
    pending = [t for t in tables if t in reach]
    while pending:
        ready = [t for t in pending if {p for _c, p, _pc in fks[t] if p in reach and p != t} <= set(order)]
        if not ready:  # a cycle between tables: keep the rest in name order
            order.extend(pending)
            break
        order.extend(ready)
        pending = [t for t in pending if t not in ready]
    for extra in EXTRA_CLIENT_TABLES:
        if extra in tables and extra not in order:
            order.append(extra)
    return order


def tables_not_carried(conn) -> list[str]:
    """Tables with a client_id or case_id column that the walk does not reach (to say so plainly)."""
    carried = set(carried_tables(conn))
    out = []
    for t in _ordinary_tables(conn):
        names = {c[0] for c in _columns(conn, t)}
        if t not in carried and names & {"client_id", "case_id"}:
            out.append(t)
    return out


def _collect(conn, client_ids: list[str]) -> dict[str, dict]:
    """The rows to carry, per table: {"columns": [...], "rows": [[...], ...]}."""
    order = carried_tables(conn)
    selected: dict[str, dict] = {}
    keys_of: dict[tuple[str, str], set] = {}  # (table, column) -> values of carried rows

    def remember(table: str, columns: list[str], rows: list) -> None:
        for i, col in enumerate(columns):
            keys_of.setdefault((table, col), set()).update(r[i] for r in rows if r[i] is not None)

    for table in order:
        columns = [c[0] for c in _columns(conn, table)]
        if table == "clients":
            marks = ",".join("?" * len(client_ids))
            rows = conn.execute(f'SELECT rowid, * FROM clients WHERE id IN ({marks})', client_ids).fetchall()
        elif table in EXTRA_CLIENT_TABLES:
            marks = ",".join("?" * len(client_ids))
            rows = conn.execute(f'SELECT rowid, * FROM "{table}" WHERE client_id IN ({marks})', client_ids).fetchall()
        else:
            found: dict[int, tuple] = {}
            for column, parent, parent_column in _foreign_keys(conn, table):
                values = sorted(keys_of.get((parent, parent_column), set()), key=repr)
                for start in range(0, len(values), 500):
                    chunk = values[start : start + 500]
                    marks = ",".join("?" * len(chunk))
                    for row in conn.execute(
                        f'SELECT rowid, * FROM "{table}" WHERE "{column}" IN ({marks})', chunk
                    ):
                        found[row[0]] = row
            if table == "drafts":
                # Drafts of a plan section carry no client_id; their key ("plan:<case id>:...") names the case.
                ids = keys_of.get(("clients", "id"), set()) | keys_of.get(("cases", "id"), set())
                for row in conn.execute('SELECT rowid, * FROM drafts WHERE client_id IS NULL'):
                    if ids & set(str(row[1 + columns.index("key")]).split(":")):
                        found[row[0]] = row
            rows = [found[k] for k in sorted(found)]
        rows = [list(r[1:]) for r in rows]
        remember(table, columns, rows)
        selected[table] = {"columns": columns, "rows": rows}
    return selected


# -- encoding -------------------------------------------------------------------------------------------

def _encode_value(value):
    if isinstance(value, bytes):
        return {"$b64": base64.b64encode(value).decode("ascii")}
    return value


def _decode_value(value):
    if isinstance(value, dict) and set(value) == {"$b64"}:
        return base64.b64decode(value["$b64"])
    return value


def _derive(code: str, salt: bytes, params: keys.KdfParams) -> tuple[bytes, bytes]:
    material = kdf.argon2id(keys.normalise_recovery_code(code).encode("ascii"), salt, params.cost, length=64)
    return material[:32], hashlib.sha256(b"oco-handover-check" + material[32:]).digest()


def _header_aad(doc: dict) -> bytes:
    fields = {k: doc[k] for k in ("format", "version", "kdf", "params", "salt", "check", "nonce")}
    return json.dumps(fields, sort_keys=True, separators=(",", ":")).encode("utf-8")


def seal_payload(payload: bytes, code: str) -> bytes:
    params = keys.ACTIVE_KDF
    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    key, check = _derive(code, salt, params)
    doc = {
        "format": FORMAT, "version": VERSION, "kdf": "argon2id", "params": asdict(params),
        "salt": keys._b64(salt), "check": keys._b64(check), "nonce": keys._b64(nonce),
    }
    doc["ciphertext"] = keys._b64(AESGCM(key).encrypt(nonce, zlib.compress(payload, 6), _header_aad(doc)))
    return (json.dumps(doc) + "\n").encode("ascii")


def open_payload(data: bytes, code: str) -> bytes:
    """Decrypt a handover file. Wrong code: WrongSecret (3). Not ours, damaged or altered: TamperedData (4)."""
    try:
        doc = json.loads(data.decode("utf-8"))
        if not isinstance(doc, dict) or doc.get("format") != FORMAT or doc.get("kdf") != "argon2id":
            raise ValueError("format")
        if doc.get("version") != VERSION:
            raise ValueError("version")
        params = keys.validate_kdf(doc["params"])  # keys.json's limits: whole numbers, a bounded cost
        salt, check, nonce, ciphertext = (keys._unb64(doc[k]) for k in ("salt", "check", "nonce", "ciphertext"))
        aad = _header_aad(doc)
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        raise TamperedData("Dit is geen (volledig) overdrachtsbestand van OCO Desktop.") from None
    if not (1 <= params.iterations <= 64 and 8 <= params.memory_kib <= 4 * 1024 * 1024 and 1 <= params.lanes <= 64):
        raise TamperedData("Het overdrachtsbestand is gewijzigd (onbekende instellingen).")
    key, expected = _derive(code, salt, params)
    if not secrets.compare_digest(expected, check):
        raise WrongSecret("De overdrachtscode klopt niet.")
    try:
        return zlib.decompress(AESGCM(key).decrypt(nonce, ciphertext, aad))
    except (InvalidTag, zlib.error):
        raise TamperedData("Het overdrachtsbestand is beschadigd of gewijzigd; er is niets ingelezen.") from None


def new_handover_code() -> str:
    return keys.new_recovery_code()


# -- export -----------------------------------------------------------------------------------------------

def _check_new_file(path: Path, vault_folder: Path) -> Path:
    """The shared export checks (never inside a vault, not a folder or device), and never overwrite."""
    from oco_desktop.export.safe_write import check_export_target

    target = check_export_target(path, vault_folder)
    if target.exists() or target.is_symlink():
        raise UsageError(f"{path} bestaat al; een overdracht overschrijft nooit een bestand.")
    return target


def export_clients(vault, client_ids: list[str], out: os.PathLike[str] | str,
                   code: str | None = None) -> ExportResult:
    """Write the chosen clients' whole files, encrypted under a new handover code (returned once)."""
    ids = list(dict.fromkeys(client_ids))
    if not ids:
        raise UsageError("Kies minstens één cliënt om over te dragen.")
    for cid in ids:
        if vault.conn.execute("SELECT 1 FROM clients WHERE id = ?", (cid,)).fetchone() is None:
            raise NotFound(f"Cliënt {cid} staat niet in deze kluis.")
    code = code or new_handover_code()
    out = _check_new_file(Path(out), vault.folder)
    with vault.transaction() as conn:
        for cid in ids:
            access_log.record(conn, "handover_out", cid, detail=out.name)
        tables = _collect(conn, ids)
        payload = {
            "format": PAYLOAD_FORMAT,
            "version": VERSION,
            "schema_version": conn.execute("PRAGMA user_version").fetchone()[0],
            "created_at": utc_now(),
            "client_ids": ids,
            "tables": {
                t: {"columns": d["columns"], "rows": [[_encode_value(v) for v in r] for r in d["rows"]]}
                for t, d in tables.items()
            },
        }
        data = seal_payload(json.dumps(payload, ensure_ascii=False).encode("utf-8"), code)
        _check_new_file(out, vault.folder)
        write_export(out, data, vault.folder)
    counts = {t: len(d["rows"]) for t, d in tables.items()}
    return ExportResult(out, code, ids, counts)


# -- import -----------------------------------------------------------------------------------------------

def read_bundle(path: os.PathLike[str] | str, code: str) -> dict:
    path = Path(path)
    try:
        if path.exists() and not path.is_dir() and not path.is_file():  # a FIFO or device would hang or never end
            raise UsageError(f"{path} is geen gewoon bestand, geen overdrachtsbestand.")
        if path.stat().st_size > MAX_FILE:
            raise TamperedData("Dit bestand is te groot voor een overdracht.")
        data = path.read_bytes()
    except FileNotFoundError:
        raise UsageError(f"Het bestand {path} bestaat niet.") from None
    except IsADirectoryError:
        raise UsageError(f"{path} is een map, geen overdrachtsbestand.") from None
    try:
        payload = json.loads(open_payload(data, code).decode("utf-8"))
        if payload.get("format") != PAYLOAD_FORMAT or not isinstance(payload.get("tables"), dict):
            raise ValueError("payload")
        if not isinstance(payload.get("client_ids"), list):
            raise ValueError("ids")
        _check_structure(payload)
    except (ValueError, AttributeError, UnicodeDecodeError):
        raise TamperedData("Het overdrachtsbestand is onleesbaar.") from None
    return payload


def _check_structure(payload: dict) -> None:
    """The shape export_clients writes; whoever knows a code can seal anything (ValueError otherwise)."""
    if not all(isinstance(c, str) for c in payload["client_ids"]):
        raise ValueError("client ids")
    version = payload.get("schema_version", 0)
    if not isinstance(version, int) or isinstance(version, bool):
        raise ValueError("schema version")
    for name, data in payload["tables"].items():
        if not isinstance(name, str) or not isinstance(data, dict):
            raise ValueError("table")
        columns, rows = data.get("columns"), data.get("rows")
        if not isinstance(columns, list) or not all(isinstance(c, str) for c in columns) or not isinstance(rows, list):
            raise ValueError("columns or rows")
        for row in rows:
            if not isinstance(row, list) or len(row) != len(columns):
                raise ValueError("row")
            for value in row:
                if isinstance(value, dict):
                    if set(value) != {"$b64"} or not isinstance(value["$b64"], str):
                        raise ValueError("value")
                    base64.b64decode(value["$b64"], validate=True)
                elif not (value is None or isinstance(value, str | int | float)):
                    raise ValueError("value")


def _remap(value, mapping: dict[str, str]):
    if isinstance(value, str) and mapping:
        if value in mapping:  # a whole id, also one that is not a UUID
            return mapping[value]
        return _UUID.sub(lambda m: mapping.get(m.group(0), m.group(0)), value)
    return value


def import_bundle(vault, path: os.PathLike[str] | str, code: str, *, as_copy: bool = False) -> ImportResult:
    """Add the bundle's clients to this vault, in one transaction. Refuses ids that are already here."""
    payload = read_bundle(path, code)
    conn = vault.conn
    if int(payload.get("schema_version", 0)) > LATEST_VERSION:
        raise TamperedData(
            "Deze overdracht is gemaakt met een nieuwere versie van OCO Desktop. Werk eerst het programma bij."
        )
    tables: dict = payload["tables"]
    known = set(_ordinary_tables(conn))
    unknown = sorted(set(tables) - known)
    if unknown:
        raise UsageError(
            "Deze overdracht bevat gegevens die deze versie van OCO Desktop niet kent "
            f"({', '.join(unknown)}). Werk eerst het programma bij; er is niets ingelezen."
        )
    client_ids = [str(c) for c in payload["client_ids"]]
    present = [cid for cid in client_ids
               if conn.execute("SELECT 1 FROM clients WHERE id = ?", (cid,)).fetchone() is not None]
    if present and not as_copy:
        raise UsageError(
            f"Cliënt {', '.join(present)} staat al in deze kluis; er is niets ingelezen. "
            "Gebruik --as-copy om een kopie met nieuwe nummers toe te voegen."
        )
    mapping: dict[str, str] = {}
    if as_copy:
        for data in tables.values():
            for row in data["rows"]:
                for value in row:
                    if isinstance(value, str):
                        for m in _UUID.finditer(value):
                            mapping.setdefault(m.group(0), str(uuid.uuid4()))
        # Text primary keys that are not UUIDs get a new one too (and every cell equal to them follows).
        for table, data in tables.items():
            if table not in known:
                continue
            pks = [c for c in _columns(conn, table) if c[2]]
            if len(pks) == 1 and pks[0][0] == "id" and pks[0][1] == "TEXT" and "id" in data["columns"]:
                i = list(data["columns"]).index(pks[0][0])
                for row in data["rows"]:
                    if isinstance(row[i], str):
                        mapping.setdefault(row[i], str(uuid.uuid4()))
    carried = carried_tables(conn)
    foreign = sorted(t for t in tables if t not in carried)
    if foreign:  # an export never writes these (not part of a client's file): an altered or foreign bundle
        raise TamperedData(
            f"Deze overdracht bevat gegevens die niet bij een cliëntdossier horen ({', '.join(foreign)}); "
            "er is niets ingelezen."
        )
    order = [t for t in carried if t in tables]
    new_ids = [mapping.get(c, c) for c in client_ids]
    # Every row must belong to the handed-over clients: a client id, or a parent row, of this bundle only,
    # never one already in this vault (a bundle could otherwise add notes to another client's file).
    links = {t: [fk for fk in _foreign_keys(conn, t) if fk[1] in carried and fk[1] != t] for t in order}
    referenced = {(parent, parent_col) for fks in links.values() for _c, parent, parent_col in fks}
    inserted: dict[tuple[str, str], set] = {("clients", "id"): set()}
    counts: dict[str, int] = {}
    with vault.transaction() as tx:
        before = tx.execute("SELECT coalesce(max(seq), 0) FROM access_log").fetchone()[0]
        for table in order:
            if table == "access_log":
                # The inserts so far fired the change triggers; the carried history replaces those lines.
                tx.execute("DELETE FROM access_log WHERE seq > ? AND kind = 'change'", (before,))
            data = tables[table]
            target_cols = {c[0] for c in _columns(tx, table)}
            columns = [str(c) for c in data["columns"]]
            missing = sorted(set(columns) - target_cols)
            if missing:
                raise UsageError(
                    f"Deze overdracht heeft velden die deze versie niet kent ({table}: {', '.join(missing)}). "
                    "Werk eerst het programma bij; er is niets ingelezen."
                )
            alias = _rowid_alias(tx, table)
            keep = [i for i, c in enumerate(columns) if c != alias]
            names = [columns[i] for i in keep]
            sql = (f'INSERT INTO "{table}" ({", ".join(chr(34) + n + chr(34) for n in names)}) '
                   f'VALUES ({", ".join("?" * len(names))})')
            for row in data["rows"]:
                values = [_remap(_decode_value(row[i]), mapping) for i in keep]
                if table == "cases" and "code" in names:
                    values = _fresh_case_code(tx, names, values)
                _check_contained(table, names, values, links[table], inserted, new_ids)
                for parent, parent_col in referenced:
                    if parent == table and parent_col in names:
                        inserted.setdefault((parent, parent_col), set()).add(values[names.index(parent_col)])
                try:
                    tx.execute(sql, values)
                except Exception as exc:
                    if "UNIQUE" in str(exc) or "PRIMARY KEY" in str(exc):
                        raise UsageError(
                            f"Een deel van deze overdracht ({table}) staat al in deze kluis; er is niets "
                            "ingelezen. Gebruik --as-copy voor een kopie met nieuwe nummers."
                        ) from None
                    raise
            counts[table] = len(data["rows"])
        if "access_log" not in tables:
            tx.execute("DELETE FROM access_log WHERE seq > ? AND kind = 'change'", (before,))
        for cid in new_ids:
            access_log.record(tx, "handover_in", cid, detail=Path(path).name + (" (kopie)" if as_copy else ""))
    return ImportResult(new_ids, counts, {k: v for k, v in mapping.items() if k in client_ids})


def _check_contained(table: str, names: list[str], values: list, links, inserted, client_ids: list[str]) -> None:
    """Refuse (exit 4, the transaction rolls back) a row that points outside the bundle's own clients."""
    outside = False
    if table == "clients":
        outside = "id" not in names or values[names.index("id")] not in client_ids
    elif "client_id" in names:
        value = values[names.index("client_id")]
        outside = value is not None and value not in client_ids
    for column, parent, parent_col in links:
        if column in names:
            value = values[names.index(column)]
            if value is not None and value not in inserted.get((parent, parent_col), set()):
                outside = True
    if outside:
        raise TamperedData(
            f"Deze overdracht bevat gegevens ({table}) van een cliënt die er niet in zit; er is niets ingelezen."
        )


def _fresh_case_code(conn, names: list[str], values: list) -> list:
    from oco_desktop.storage.cases import _new_code

    i = names.index("code")
    if conn.execute("SELECT 1 FROM cases WHERE code = ?", (values[i],)).fetchone() is not None:
        values = list(values)
        values[i] = _new_code(conn)
    return values


def client_names(vault, client_ids: list[str]) -> dict[str, str]:
    marks = ",".join("?" * len(client_ids))
    return dict(vault.conn.execute(f"SELECT id, name FROM clients WHERE id IN ({marks})", client_ids).fetchall())
