"""Drop files from PyInstaller's table of contents together with the libraries only they needed.

Used by oco_desktop.spec. PyInstaller copies every shared library a collected binary needs
(DT_NEEDED, followed transitively), including libraries of the build machine's system. Dropping a Qt
plugin from the TOC afterwards leaves its dependencies behind (the GTK 3 theme plugin alone drags in
GLib/GIO, Pango, Cairo, HarfBuzz, gdk-pixbuf and ATK). `drop_with_orphans` removes the dropped
entries, then every library reachable from them that no kept binary reaches, and the symbolic links
that pointed at anything removed.

A library nothing refers to through DT_NEEDED (collected for ctypes, say) is never touched: only what
the dropped files needed is considered. Reading DT_NEEDED is done here for ELF files (Linux); on other
platforms `needed_libraries` returns nothing, so only the named entries are dropped.
"""

from __future__ import annotations

import struct
from collections.abc import Callable, Iterable
from pathlib import Path, PurePosixPath

DT_NEEDED, DT_STRTAB = 1, 5
PT_LOAD, PT_DYNAMIC = 1, 2

TocEntry = tuple[str, str, str]  # (destination in the bundle, source path or link target, type code)


def needed_libraries(path: str | Path) -> list[str]:
    """The DT_NEEDED names of a 64-bit little-endian ELF file; [] for anything else."""
    try:
        data = Path(path).read_bytes()
    except OSError:
        return []
    if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
        return []
    phoff, = struct.unpack_from("<Q", data, 0x20)
    phentsize, phnum = struct.unpack_from("<HH", data, 0x36)
    loads, dynamic = [], None
    for i in range(phnum):
        p_type, _flags, offset, vaddr, _paddr, filesz, _memsz, _align = struct.unpack_from(
            "<IIQQQQQQ", data, phoff + i * phentsize)
        if p_type == PT_LOAD:
            loads.append((vaddr, offset, filesz))
        elif p_type == PT_DYNAMIC:
            dynamic = (offset, filesz)
    if dynamic is None:
        return []
    entries = [struct.unpack_from("<qQ", data, dynamic[0] + 16 * i) for i in range(dynamic[1] // 16)]
    strtab_vaddr = next((value for tag, value in entries if tag == DT_STRTAB), None)
    if strtab_vaddr is None:
        return []
    strtab = next((offset + strtab_vaddr - vaddr for vaddr, offset, size in loads
                   if vaddr <= strtab_vaddr < vaddr + size), None)
    if strtab is None:
        return []
    names = []
    for tag, value in entries:
        if tag == 0:
            break
        if tag == DT_NEEDED:
            start = strtab + value
            names.append(data[start:data.index(b"\0", start)].decode("utf-8", "replace"))
    return names


def _name(dest: str) -> str:
    return PurePosixPath(dest.replace("\\", "/")).name


def drop_with_orphans(
    binaries: list[TocEntry], datas: list[TocEntry], drop: Callable[[str], bool],
    needed: Callable[[str], Iterable[str]] = needed_libraries,
) -> tuple[list[TocEntry], list[TocEntry], list[str]]:
    """(binaries, datas, dropped destinations) without the entries `drop(dest)` names and their orphans."""
    files = [entry for entry in binaries if entry[2] != "SYMLINK"]
    by_name: dict[str, list[TocEntry]] = {}
    for entry in files:
        by_name.setdefault(_name(entry[0]), []).append(entry)
    needs = {entry[0]: [n for n in needed(entry[1]) if n in by_name] for entry in files}

    dropped = {entry[0] for entry in files if drop(entry[0])}
    # Candidates: everything the dropped files need, directly or not.
    candidates: set[str] = set()
    stack = list(dropped)
    while stack:
        for name in needs.get(stack.pop(), ()):
            for entry in by_name[name]:
                if entry[0] not in candidates and entry[0] not in dropped:
                    candidates.add(entry[0])
                    stack.append(entry[0])
    # A candidate survives when a kept file (not dropped, not a candidate) or a survivor needs it.
    survivors: set[str] = set()
    stack = [dest for dest in needs if dest not in dropped and dest not in candidates]
    seen = set(stack)
    while stack:
        for name in needs.get(stack.pop(), ()):
            for entry in by_name[name]:
                if entry[0] in candidates and entry[0] not in seen:
                    seen.add(entry[0])
                    survivors.add(entry[0])
                    stack.append(entry[0])
    orphans = dropped | (candidates - survivors)
    orphan_paths = {_normalise(dest) for dest in orphans}

    def keep(entry: TocEntry) -> bool:
        dest = entry[0]
        if dest in orphans:
            return False
        if entry[2] == "SYMLINK":  # target is relative to the link's folder
            target = (PurePosixPath(dest.replace("\\", "/")).parent / entry[1].replace("\\", "/")).as_posix()
            return _normalise(target) not in orphan_paths
        return True

    return ([e for e in binaries if keep(e)], [e for e in datas if keep(e)], sorted(orphans))


def _normalise(path: str) -> str:
    parts: list[str] = []
    for part in path.replace("\\", "/").split("/"):
        if part == "..":
            if parts:
                parts.pop()
        elif part and part != ".":
            parts.append(part)
    return "/".join(parts)
