"""Reading one checklist TOML file and finding the line of any value in it.

tomllib reports line numbers only for syntax errors. For the other problems (unknown field, duplicate
id, ...) we scan the raw text once and remember the line of every table header and key, keyed by the
same path we use to walk the parsed data, e.g. ("phase", 1, "task", 0, "title_nl").
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

Path_ = tuple[str | int, ...]

_HEADER = re.compile(r"^\s*(\[\[?)\s*([^\]]+?)\s*\]\]?\s*(#.*)?$")
_KEY = re.compile(
    r"""^\s*((?:[A-Za-z0-9_\-]+|"[^"]*"|'[^']*')(?:\s*\.\s*(?:[A-Za-z0-9_\-]+|"[^"]*"|'[^']*'))*)\s*="""
)
_TOML_LINE = re.compile(r"\(at line (\d+), column (\d+)\)")


@dataclass(frozen=True)
class Problem:
    """One thing wrong in a definitions file, explained in plain Dutch."""

    file: str
    line: int | None
    message: str

    def __str__(self) -> str:
        if self.line is None:
            return f"{self.file}: {self.message}"
        return f"{self.file}:{self.line}: {self.message}"


def _split_key(text: str) -> list[str]:
    parts = re.findall(r"""[A-Za-z0-9_\-]+|"[^"]*"|'[^']*'""", text)
    return [p[1:-1] if p[:1] in "\"'" else p for p in parts]


def _strip_strings(line: str) -> str:
    """The line without the contents of single-line strings and without a trailing comment."""
    line = re.sub(r'"(?:\\.|[^"\\])*"', '""', line)
    line = re.sub(r"'[^']*'", "''", line)
    return line.split("#", 1)[0]


def _locate(text: str) -> dict[Path_, int]:
    """Map the path of every table and key to its (1-based) line number."""
    where: dict[Path_, int] = {}
    counts: dict[Path_, int] = {}
    arrays: dict[tuple[str, ...], Path_] = {}  # dotted header name -> concrete path of its latest element
    table: Path_ = ()
    in_multiline: str | None = None
    depth = 0  # open brackets of a value that spans lines

    def concrete(names: list[str]) -> Path_:
        path: Path_ = ()
        for i in range(len(names)):
            known = arrays.get(tuple(names[: i + 1]))
            path = known if known is not None else path + (names[i],)
        return path

    for number, raw in enumerate(text.splitlines(), start=1):
        if in_multiline is not None:
            if raw.count(in_multiline) % 2 == 1:
                in_multiline = None
            continue
        if depth > 0:
            bare = _strip_strings(raw)
            depth += bare.count("[") + bare.count("{") - bare.count("]") - bare.count("}")
            continue
        header = _HEADER.match(raw)
        if header and not _KEY.match(raw):
            names = _split_key(header.group(2))
            if header.group(1) == "[[":
                base = concrete(names[:-1]) + (names[-1],)
                index = counts.get(base, 0)
                counts[base] = index + 1
                table = base + (index,)
                arrays = {k: v for k, v in arrays.items() if k[: len(names)] != tuple(names)}
                arrays[tuple(names)] = table
            else:
                table = concrete(names)
            where.setdefault(table, number)
            continue
        key = _KEY.match(raw)
        if not key:
            continue
        where.setdefault(table + tuple(_split_key(key.group(1))), number)
        value = raw[key.end() :]
        for quote in ('"""', "'''"):
            if value.count(quote) % 2 == 1:
                in_multiline = quote
                break
        else:
            bare = _strip_strings(value)
            depth = max(0, bare.count("[") + bare.count("{") - bare.count("]") - bare.count("}"))
    return where


class SourceFile:
    """A parsed TOML file that remembers where everything is. `data` is None after a syntax error."""

    def __init__(self, name: str, text: str):
        self.name = name
        self.text = text
        self.lines = text.splitlines()
        self.data: dict | None = None
        self.syntax_problem: Problem | None = None
        try:
            self.data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            self.syntax_problem = self._syntax_problem(exc)
        self._where = _locate(text) if self.data is not None else {}

    @classmethod
    def read(cls, path: Path) -> SourceFile:
        """Read a file; raises OSError or UnicodeDecodeError (the caller turns them into a Problem)."""
        return cls(str(path), path.read_text(encoding="utf-8"))

    def _syntax_problem(self, exc: tomllib.TOMLDecodeError) -> Problem:
        detail = str(exc)
        found = _TOML_LINE.search(detail)
        if found:
            line = int(found.group(1))
            detail = detail[: found.start()].strip()
        else:  # "(at end of document)"
            line = max(1, len(self.lines))
            detail = re.sub(r"\s*\(at end of document\)", "", detail).strip()
        return Problem(
            self.name,
            line,
            f"De opmaak klopt niet, daarom kan het bestand niet gelezen worden. "
            f"Kijk op deze regel naar aanhalingstekens, = en [ ]. (TOML-melding: {detail})",
        )

    def line_of(self, path: Path_) -> int:
        """The line of a key or table; falls back to the closest enclosing table, else line 1."""
        path = tuple(path)
        while path:
            if path in self._where:
                return self._where[path]
            path = path[:-1]
        return 1

    def line_of_item(self, path: Path_, value: str) -> int:
        """The line of one string inside a list value (e.g. an id in `hide_tasks = [...]`)."""
        start = self.line_of(path)
        needles = (f'"{value}"', f"'{value}'")
        for number in range(start, len(self.lines) + 1):
            line = self.lines[number - 1]
            if any(n in line for n in needles):
                return number
            if number > start and (_HEADER.match(line) or _KEY.match(line)):
                break
        return start
