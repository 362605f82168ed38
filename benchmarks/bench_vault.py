"""Vault benchmark: everything issue 11 sets a target for, in one process, encrypted against plain.

    python benchmarks/bench_vault.py --clients 2000 --notes-per-client 50 --json out.json
    python benchmarks/bench_vault.py --clients 200 --notes-per-client 20 --json quick.json   # a quick run

Builds the vault with `oco-desktop demo` (the real command, production KDF) and measures, on the
encrypted vault and on an unencrypted copy made in the same run with sqlcipher_export() (opened with
the same SQLite engine and the same PRAGMAs):
  kdf_ms                 Argon2id unwrap of the data key (keys.json), on its own
  open_ms                Vault.open with the data key: everything but the KDF
  search_ms              what one keystroke in the search view runs (client names + notes), per kind of
                         query: exact (a finished word), common (a frequent finished word), two_words
                         (a finished word and one being typed), prefix (1-3 letters being typed);
                         the same under search_ms.plain on the plain copy (interleaved, same queries),
                         all after search.warm_search_pages, as the app runs it after unlocking; and
                         under search_ms.plain_vault_pages on a second plain copy with the vault's
                         own page size (16 KiB for new vaults; plain.db has SQLite's default 4 KiB):
                         with the same page layout, only the cipher differs
  caseload_ms            the caseload query with checklist progress, as the GUI runs it
  qt_floor_ms            a bare QMainWindow shown and painted (offscreen): what any Qt window costs
  unlock_to_caseload_ms  from the data key to the caseload painted: open, main window, caseload shown
                         (in this process, again and again: the modules are loaded)
  unlock_to_caseload_first_ms
                         the same in a new process, as the first unlock after starting the app
  keystroke_ms           one key typed in the caseload filter of the real view, repaint included
  check_ms, clients_json_ms, version_ms, plan_export_ms
                         the CLI as a user runs it (a new process each time; KDF included where the
                         command opens the vault)
  rss_mib                resident memory of this process after the GUI measurements (vault open)
  warm_rss_mib           resident memory of the storage alone in a new process: the vault open, warmed
                         up as after unlocking (search.warm_search_pages) and searched once with every
                         query; what the page cache costs, without the plain copies of this process
  vault_mb, plain_mb     file sizes
Every timed measure is written as {"min", "median", "p95"} in milliseconds. Not a test: it asserts
nothing. Timings depend on the load of the machine: the load average is printed (stderr).
"""

from __future__ import annotations

import argparse
import compileall
import contextlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run from a checkout without installing

import sqlcipher3  # noqa: E402

from oco_desktop.domain import demo_vocabulary  # noqa: E402
from oco_desktop.storage import keys  # noqa: E402
from oco_desktop.storage.search import warm_search_pages  # noqa: E402
from oco_desktop.storage.vault import DB_NAME, Vault, configure, read_key_file  # noqa: E402

PASSPHRASE = "benchmark wachtwoordzin 2026"


class PlainDb:
    """Enough of a Vault for the read-only repository functions: they use `.conn` and `.kept`, and
    search.warm_search_pages uses `.background_read()`."""

    def __init__(self, conn):
        self.conn = conn
        self.kept: dict = {}

    @contextlib.contextmanager
    def background_read(self):
        yield self.conn


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    k = (len(ordered) - 1) * pct / 100
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def stats(values: list[float]) -> dict[str, float]:
    return {"min": round(min(values), 2), "median": round(statistics.median(values), 2),
            "p95": round(percentile(values, 95), 2)}


def timed_ms(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def load_text() -> str:
    if hasattr(os, "getloadavg"):
        return ", ".join(f"{x:.1f}" for x in os.getloadavg())
    return "n/a"


# -- queries ----------------------------------------------------------------------------------------
def search_queries() -> dict[str, list[str]]:
    """Queries per kind. A trailing space means the word is finished (searched as a word); without it
    the last word is being typed (a prefix), as in the search view."""
    words = demo_vocabulary.vocabulary()
    content = [w for w in words[:400] if len(w) >= 4]
    exact = [w + " " for w in words[300:20000:400]]  # 50 words from frequent to rare
    exact += ["traplift ", "keukentafelgesprek ", "mantelzorger ", "heupoperatie ", "beschikking "]
    common = [w + " " for w in content[:40]] + ["de ", "het ", "een ", "gemeente ", "zorg "]
    two_words = [f"{a} {b[:max(3, len(b) // 2)]}" for a, b in zip(content[:45], content[45:90], strict=True)]
    two_words += ["traplift gem", "schuld aanm", "mantelzorger overb", "huisarts bel", "bezwaar besch"]
    letters = "abdeghklmnoprstvwz"
    prefix = list(letters) + [w[:2] for w in content[:16]] + [w[:3] for w in content[16:32]]
    return {"exact": exact, "common": common, "two_words": two_words, "prefix": prefix}


def keystroke_search(db, text: str) -> None:
    from oco_desktop.storage.search import search_clients, search_notes

    search_clients(db, text)
    search_notes(db, text)


def measure_search(dbs: dict[str, object], queries: dict[str, list[str]], rounds: int) -> dict:
    """Every query on every database back to back, rotating the order, after a warm-up pass:
    a burst of load from elsewhere hits both alike, so the ratio stays meaningful on a busy machine."""
    for db in dbs.values():
        for qs in queries.values():
            for q in qs[:10]:
                keystroke_search(db, q)
    result = {name: {kind: [] for kind in queries} for name in dbs}
    names = list(dbs)
    i = 0
    for _ in range(rounds):
        for kind, qs in queries.items():
            for q in qs:
                order = names[i % len(names):] + names[: i % len(names)]
                i += 1
                for name in order:
                    result[name][kind].append(timed_ms(lambda db=dbs[name], q=q: keystroke_search(db, q)))
    return result


# -- building ---------------------------------------------------------------------------------------
def cli(*args: str, env: dict | None = None, check: bool = True) -> subprocess.CompletedProcess:
    exe = shutil.which("oco-desktop")
    cmd = [exe, *args] if exe else [sys.executable, "-m", "oco_desktop", *args]
    return subprocess.run(cmd, env={**os.environ, **(env or {})}, capture_output=True, text=True, check=check)


def build(folder: Path, args) -> float:
    start = time.perf_counter()
    cli("--vault", str(folder), "demo", "--clients", str(args.clients), "--notes-per-client",
        str(args.notes_per_client), "--seed", str(args.seed), env={"OCO_PASSPHRASE": PASSPHRASE})
    return time.perf_counter() - start


def export_plain(conn, path: Path, page_size: int | None = None) -> None:
    """An unencrypted copy of the database open on `conn`, in SQLite's default page size (4 KiB) or in
    `page_size`."""
    conn.execute(f"ATTACH DATABASE '{path}' AS plaintext KEY ''")
    if page_size is not None:
        conn.execute(f"PRAGMA plaintext.page_size = {int(page_size)}")
    conn.execute("SELECT sqlcipher_export('plaintext')")
    conn.execute("DETACH DATABASE plaintext")


def configure_like_vault(conn) -> None:
    configure(conn)  # the vault's own settings, page cache size included


def open_plain(path: Path):
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    configure_like_vault(conn)
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    return conn


# -- GUI ----------------------------------------------------------------------------------------------
def caseload_page(window):
    for page in window.home_pages:
        if type(page).__name__ == "CaseloadView":
            return page
    raise RuntimeError("no caseload page")


def gui_application():
    """The QApplication as app.run_gui sets it up (`set_up_gui`), in the light palette."""
    from oco_desktop.app import create_application, set_up_gui

    app = create_application([])
    set_up_gui(app, "light")
    return app


def show_caseload(app, vault, definitions, settings, folder: Path, before_window=None):
    """The main window on the open vault, shown on the caseload and painted: (window, caseload view)."""
    from oco_desktop.ui.shell.main_window import MainWindow
    from oco_desktop.ui.shell.session import Session

    if before_window is not None:
        before_window()
    window = MainWindow(Session(vault, definitions, "nl"), settings, folder)
    window.resize(1200, 780)
    window.show()
    index = next(i for i in range(window.home_tabs.count())
                 if type(window.home_tabs.widget(i)).__name__ == "CaseloadView")
    window.show_home_tab(index)
    app.processEvents()
    view = caseload_page(window)
    view.table.viewport().repaint()
    return window, view


def measure_gui(folder: Path, data_key: bytes, runs: int) -> dict[str, list[float]]:
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    from oco_desktop.app import load_session_definitions
    from oco_desktop.settings import Settings

    app = gui_application()
    settings = Settings()
    out: dict[str, list[float]] = {"qt_floor": [], "unlock_to_caseload": [], "keystroke": []}

    for _ in range(runs):
        start = time.perf_counter()
        bare = QMainWindow()
        bare.setCentralWidget(QLabel("OCO Desktop"))
        bare.resize(1200, 780)
        bare.show()
        app.processEvents()
        bare.repaint()
        out["qt_floor"].append((time.perf_counter() - start) * 1000)
        bare.close()
        bare.deleteLater()
        app.processEvents()

    window = view = None
    for i in range(runs):
        start = time.perf_counter()
        vault = Vault.open(folder, data_key=data_key)
        definitions, _problems = load_session_definitions(settings, "nl")
        window, view = show_caseload(app, vault, definitions, settings, folder)
        out["unlock_to_caseload"].append((time.perf_counter() - start) * 1000)
        if i < runs - 1:
            window.close()  # closes the vault
            window.deleteLater()
            app.processEvents()

    names = [view.table.model().index(r, 0).data() or "" for r in range(0, view.table.model().rowCount(), 97)]
    for name in names[:12]:
        view.filter_edit.clear()
        app.processEvents()
        for ch in name[:8]:
            start = time.perf_counter()
            # A real key event with its text (QTest.keyClick only knows ASCII; names are not).
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(view.filter_edit, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))
            app.processEvents()
            view.table.viewport().repaint()
            out["keystroke"].append((time.perf_counter() - start) * 1000)
    view.filter_edit.clear()
    out["rss_mib"] = [rss_mib()]
    window.close()  # stops the paced background page check (ui/shell/page_check.py)
    app.processEvents()
    QApplication.processEvents()
    return out


def first_unlock(folder: Path, passphrase: str, typing_s: float) -> float:
    """Run in a new process by measure_first_unlock: as app.run_gui does, the checklists are read and the
    pages' modules start loading before the passphrase is typed; then data key -> caseload painted (ms)."""
    from PySide6.QtCore import QCoreApplication

    from oco_desktop.app import load_session_definitions
    from oco_desktop.settings import Settings
    from oco_desktop.ui.shell import main_window, session  # noqa: F401 - app.run_gui imports them before the unlock
    from oco_desktop.ui.shell.preload import start_preload

    app = gui_application()
    settings = Settings()
    definitions, _problems = load_session_definitions(settings, "nl")
    preload = start_preload()
    try:
        from oco_desktop.ui.shell.type_warm_up import TypeWarmUp
    except ImportError:  # a source tree from before it (benchmarks/ab_gui.py, ab_cli.py compare trees)
        TypeWarmUp = None  # noqa: N806
    type_warm_up = TypeWarmUp(app) if TypeWarmUp else None
    if type_warm_up:
        type_warm_up.start()
    key_file = read_key_file(folder)
    data_key = keys.unwrap(key_file.slots[keys.SLOT_PASSPHRASE], keys.normalise_passphrase(passphrase),
                           key_file.vault_id, keys.SLOT_PASSPHRASE)
    end = time.monotonic() + typing_s  # the supporter typing the passphrase
    while time.monotonic() < end:
        QCoreApplication.processEvents()
        time.sleep(0.01)
    if type_warm_up:
        type_warm_up.stop()
    start = time.perf_counter()
    vault = Vault.open(folder, data_key=data_key)
    window, _view = show_caseload(app, vault, definitions, settings, folder, before_window=preload.join)
    elapsed = (time.perf_counter() - start) * 1000
    window.close()
    return elapsed


FIRST_UNLOCK = (
    "import sys; sys.path.insert(0, sys.argv[4]); import bench_vault; from pathlib import Path; "
    "print(bench_vault.first_unlock(Path(sys.argv[1]), sys.argv[2], float(sys.argv[3])))"
)


def measure_first_unlock(folder: Path, runs: int, typing_s: float = 1.5) -> list[float]:
    """Data key -> caseload painted in a new process, as on the first unlock after starting the app (the
    pages' modules loaded in the background while the passphrase is typed, `typing_s` seconds)."""
    out = []
    here = str(Path(__file__).resolve().parent)
    for _ in range(runs):
        done = subprocess.run([sys.executable, "-c", FIRST_UNLOCK, str(folder), PASSPHRASE, str(typing_s), here],
                              capture_output=True, text=True, check=True,
                              env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
        out.append(float(done.stdout.strip().splitlines()[-1]))
    return out


WARM_RSS = (
    "import sys; sys.path.insert(0, sys.argv[3]); import bench_vault; from pathlib import Path; "
    "print(bench_vault.warm_rss(Path(sys.argv[1]), sys.argv[2]))"
)


def warm_rss(folder: Path, passphrase: str) -> float:
    with Vault.open(folder, passphrase) as vault:
        warm_search_pages(vault)
        for queries in search_queries().values():
            for query in queries:
                keystroke_search(vault, query)
        return rss_mib()


def measure_warm_rss(folder: Path) -> float:
    here = str(Path(__file__).resolve().parent)
    done = subprocess.run([sys.executable, "-c", WARM_RSS, str(folder), PASSPHRASE, here],
                          capture_output=True, text=True, check=True)
    return float(done.stdout.strip().splitlines()[-1])


def rss_mib() -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# -- CLI ----------------------------------------------------------------------------------------------
def measure_cli(folder: Path, work: Path, runs: int) -> dict[str, list[float]]:
    env = {"OCO_PASSPHRASE": PASSPHRASE, "OCO_VAULT": str(folder)}
    out: dict[str, list[float]] = {"version": [], "check": [], "clients_json": [], "plan_export": [],
                                   "plan_export_first": []}
    clients = json.loads(cli("clients", "--json", env=env).stdout)
    client_id = next(c["id"] for c in clients if c["phase"])
    pdf = work / "plan.pdf"
    # The first export after installing: no font cache of the user yet (a fresh data folder).
    for i in range(max(1, runs // 2)):
        fresh = {**env, "XDG_DATA_HOME": str(work / f"fresh-data-{i}"), "OCO_DATA_DIR": str(work / f"fresh-{i}")}
        out["plan_export_first"].append(timed_ms(lambda fresh=fresh: cli("plan", "export", client_id, "--out",
                                                                          str(pdf), env=fresh)))
    for _ in range(runs):
        out["version"].append(timed_ms(lambda: cli("--version")))
        out["check"].append(timed_ms(lambda: cli("check", env=env)))
        out["clients_json"].append(timed_ms(lambda: cli("clients", "--json", env=env)))
        out["plan_export"].append(timed_ms(lambda: cli("plan", "export", client_id, "--out", str(pdf), env=env)))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=2000)
    parser.add_argument("--notes-per-client", type=int, default=50)
    parser.add_argument("--seed", default="1")
    parser.add_argument("--json", type=Path, required=True, metavar="FILE", help="write the figures here")
    parser.add_argument("--out", type=Path, default=None, help="work folder (default: a temporary folder)")
    parser.add_argument("--reuse", action="store_true", help="use the vault already in --out (same size)")
    parser.add_argument("--rounds", type=int, default=3, help="passes over the search queries")
    parser.add_argument("--runs", type=int, default=7, help="repetitions of open, KDF, GUI and CLI timings")
    parser.add_argument("--caseload-runs", type=int, default=30)
    args = parser.parse_args(argv)

    # An installed package has its .pyc files (pip compiles them; the frozen build bundles them). Without
    # them every CLI run below compiles the modules changed since they were last written (10-20 ms each),
    # which PYTHONDONTWRITEBYTECODE in a developer's shell makes every run.
    compileall.compile_dir(Path(__file__).resolve().parent.parent / "oco_desktop", quiet=1)
    work = args.out or Path(tempfile.mkdtemp(prefix="oco-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    folder, plain_path = work / "bench.ocovault", work / "plain.db"
    build_s = None
    if not (args.reuse and folder.exists()):
        shutil.rmtree(folder, ignore_errors=True)
        log(f"building {args.clients} clients x {args.notes_per_client} notes in {folder} (load {load_text()})")
        build_s = build(folder, args)
        log(f"built in {build_s:.1f} s")
    same_pages_path = work / "plain-vault-pages.db"
    for stale in [*work.glob("plain.db*"), *work.glob("plain-vault-pages.db*")]:
        stale.unlink()

    key_file = read_key_file(folder)
    slot = key_file.slots[keys.SLOT_PASSPHRASE]
    secret = keys.normalise_passphrase(PASSPHRASE)
    kdf = [timed_ms(lambda: keys.unwrap(slot, secret, key_file.vault_id, keys.SLOT_PASSPHRASE))
           for _ in range(args.runs)]
    data_key = keys.unwrap(slot, secret, key_file.vault_id, keys.SLOT_PASSPHRASE)

    opens = []
    for _ in range(args.runs):
        start = time.perf_counter()
        vault = Vault.open(folder, data_key=data_key)
        opens.append((time.perf_counter() - start) * 1000)
        vault.close()

    with Vault.open(folder, data_key=data_key) as vault:
        clients = vault.conn.execute("SELECT count(*) FROM clients").fetchone()[0]
        notes = vault.conn.execute("SELECT count(*) FROM notes").fetchone()[0]
        integrity = [timed_ms(lambda: vault.conn.execute("PRAGMA cipher_integrity_check").fetchall())
                     for _ in range(3)]
        export_plain(vault.conn, plain_path)
        page_size = int(vault.conn.execute("PRAGMA page_size").fetchone()[0])
        export_plain(vault.conn, same_pages_path, page_size)
    vault_mb = (folder / DB_NAME).stat().st_size / 1e6
    plain_mb = plain_path.stat().st_size / 1e6

    from oco_desktop.domain.checklists import load_definitions
    from oco_desktop.storage.caseload import caseload

    definitions = load_definitions(user_overrides=False)
    queries = search_queries()
    vault = Vault.open(folder, data_key=data_key)
    plain_conn = open_plain(plain_path)
    same_pages_conn = open_plain(same_pages_path)
    try:
        searched_dbs = {"encrypted": vault, "plain": PlainDb(plain_conn),
                        "plain_vault_pages": PlainDb(same_pages_conn)}
        # As the app does after unlocking (a worker thread then): the pages search needs most, read once.
        for db in searched_dbs.values():
            warm_search_pages(db)
        log(f"searching ({sum(len(q) for q in queries.values())} queries x {args.rounds}; load {load_text()})")
        searched = measure_search(searched_dbs, queries, args.rounds)
        caseload_ms = {"encrypted": [], "plain": []}
        for i in range(args.caseload_runs):
            for name, db in (("encrypted", vault), ("plain", PlainDb(plain_conn)))[:: 1 if i % 2 else -1]:
                caseload_ms[name].append(timed_ms(lambda db=db: caseload(db, definitions=definitions)))
    finally:
        vault.close()
        plain_conn.close()
        same_pages_conn.close()

    log(f"GUI (offscreen; load {load_text()})")
    gui = measure_gui(folder, data_key, args.runs)
    log(f"first unlock in a new process (load {load_text()})")
    first_unlock = measure_first_unlock(folder, max(3, args.runs // 2))
    log(f"CLI (load {load_text()})")
    cli_ms = measure_cli(folder, work, args.runs)
    warm_rss_mib = measure_warm_rss(folder)

    result = {
        "open_ms": stats(opens),
        "kdf_ms": stats(kdf),
        "unlock_to_caseload_ms": stats(gui["unlock_to_caseload"]),
        "unlock_to_caseload_first_ms": stats(first_unlock),
        "qt_floor_ms": stats(gui["qt_floor"]),
        "keystroke_ms": stats(gui["keystroke"]),
        "search_ms": {
            **{kind: stats(values) for kind, values in searched["encrypted"].items()},
            **{copy: {kind: stats(values) for kind, values in searched[copy].items()}
               for copy in ("plain", "plain_vault_pages")},
        },
        "caseload_ms": stats(caseload_ms["encrypted"]),
        "check_ms": stats(cli_ms["check"]),
        "clients_json_ms": stats(cli_ms["clients_json"]),
        "version_ms": stats(cli_ms["version"]),
        "plan_export_ms": stats(cli_ms["plan_export"]),
        "rss_mib": round(gui["rss_mib"][0], 1),
        "warm_rss_mib": round(warm_rss_mib, 1),
        "vault_mb": round(vault_mb, 1),
        "plain_mb": round(plain_mb, 1),
        "clients": clients,
        "notes": notes,
        "cpu_count": os.cpu_count(),
    }
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")

    # Context that is not part of the file's contract, for the person reading along.
    log(f"load average at the end: {load_text()}; SQLCipher "
        f"{sqlcipher3.connect(':memory:').execute('PRAGMA cipher_version').fetchone()[0]}")
    if build_s is not None:
        log(f"demo build: {build_s:.1f} s")
    log(f"full page check (cipher_integrity_check, now off the critical path): "
        f"median {statistics.median(integrity):.0f} ms")
    log(f"caseload on the plain copy: median {statistics.median(caseload_ms['plain']):.1f} ms")
    log(f"first plan export with a fresh user data folder: {stats(cli_ms['plan_export_first'])}")
    log(json.dumps(result, indent=2))
    if args.out is None:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
