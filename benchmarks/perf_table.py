"""The README's performance table, made from bench_vault.py's --json files (one column per file).

    python benchmarks/perf_table.py out-2000.json [out-10000.json ...]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

# (key, label, target at 2,000 clients)
ROWS = [
    ("open_ms", "open, KDF excluded", "(full page check off the critical path)"),
    ("kdf_ms", "KDF (Argon2id, 64 MiB, 3 passes)", "—"),
    ("unlock_to_caseload_ms", "data key → caseload painted (offscreen)", "≤ 300 ms (10,000: ≤ 1 s)"),
    ("unlock_to_caseload_first_ms", "the same, first unlock in a new process", "≤ 300 ms"),
    ("qt_floor_ms", "Qt floor: a bare window painted", "—"),
    ("keystroke_ms", "caseload filter keystroke incl. repaint", "p95 ≤ 16 ms"),
    ("search_ms.exact", "search: exact word", "p95 ≤ 10 ms"),
    ("search_ms.common", "search: common word", "p95 ≤ 10 ms"),
    ("search_ms.two_words", "search: two words", "p95 ≤ 10 ms"),
    ("search_ms.prefix", "search: 1-3 letter prefix", "p95 ≤ 10 ms (10,000: ≤ 30 ms)"),
    ("caseload_ms", "caseload query (with checklist progress)", "—"),
    ("check_ms", "`check` (whole CLI, KDF included)", "≤ 1 s"),
    ("clients_json_ms", "`clients --json` (whole CLI, KDF included)", "≤ 500 ms"),
    ("version_ms", "`--version`", "≤ 150 ms"),
    ("plan_export_ms", "`plan export` (whole CLI, KDF included)", "≤ 300 ms"),
]


def get(data: dict, key: str):
    for part in key.split("."):
        data = data[part]
    return data


def cell(data: dict, key: str) -> str:
    try:
        value = get(data, key)
    except KeyError:  # a file from an older version of the benchmark
        return "—"
    text = f"{value['median']:.1f} / {value['p95']:.1f}"
    if key.startswith("search_ms."):
        kind = key.split(".", 1)[1]
        plain = get(data["search_ms"]["plain"], kind)
        text += f" (plain {plain['median']:.1f} / {plain['p95']:.1f}"
        same_pages = data["search_ms"].get("plain_vault_pages")
        if same_pages is not None:  # files from before it was measured have no such copy
            same = get(same_pages, kind)
            text += f"; plain, vault's pages {same['median']:.1f} / {same['p95']:.1f}"
        text += ")"
    return text


def table(files: list[Path]) -> str:
    runs = [json.loads(f.read_text(encoding="utf-8")) for f in files]
    head = "| ms: median / p95 | target (2,000) | " + " | ".join(
        f"{r['clients']:,} clients, {r['notes']:,} notes" for r in runs) + " |"
    lines = [head, "|---|---|" + "---|" * len(runs)]
    for key, label, target in ROWS:
        lines.append(f"| {label} | {target} | " + " | ".join(cell(r, key) for r in runs) + " |")
    lines.append("| vault / plain copy on disk (MB) | ≤ 1.5x | " + " | ".join(
        f"{r['vault_mb']:.0f} / {r['plain_mb']:.0f} ({r['vault_mb'] / r['plain_mb']:.2f}x)" for r in runs) + " |")
    lines.append("| resident memory, GUI with vault open (MiB) | — | " + " | ".join(
        f"{r['rss_mib']:.0f}" for r in runs) + " |")
    lines.append("| resident memory, the vault alone, warmed up and searched (MiB) | — | " + " | ".join(
        f"{r['warm_rss_mib']:.0f}" if "warm_rss_mib" in r else "—" for r in runs) + " |")
    lines.append("| CPUs | | " + " | ".join(str(r["cpu_count"]) for r in runs) + " |")
    return "\n".join(lines)


if __name__ == "__main__":
    print(table([Path(a) for a in sys.argv[1:]]))
