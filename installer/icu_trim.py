"""Linux: a smaller ICU data library for the frozen build (32 MB -> about 4.5 MB).

    python installer/icu_trim.py SOURCE_LIBICUDATA TARGET   # prints what it kept; used by the spec

The PySide6 wheel's Qt links ICU (libicuuc, libicui18n, libicudata.so.<major>), so the libraries must
ship: the dynamic loader refuses to start without them. libicudata is one read-only array, the ICU
"common data" package, exported as the symbol icudt<major>_dat: locale data for about 900 locales,
character-set converters, transliteration rules and word-break dictionaries for Chinese, Japanese,
Thai, Lao, Khmer and Burmese. Qt uses ICU for QCollator/locale-aware compares, locale-specific case
mapping, time-zone display names and non-Unicode codecs; OCO Desktop is Dutch and English only and
reads and writes UTF-8. This keeps every package item except:

- locale bundles (`xx.res`, `xx_YY.res`, in every tree: lang/, region/, curr/, unit/, zone/, coll/,
  brkitr/, rbnf/) of languages other than Dutch (nl*) and English (en*); root, pool and res_index,
  which every lookup falls back on, and all non-locale items (Unicode properties, normalisation,
  collation base table ucadata.icu, time-zone rules, plural rules, likely subtags) stay;
- the transliterator rules (translit/: Qt has no transliteration API);
- the dictionaries for word breaks in CJK and South-East Asian scripts (brkitr/*.dict; the
  rule-based break files .brk stay);
- converter tables (*.cnv) other than windows-1252 and ISO-8859-15 (UTF-8/16/32, US-ASCII and
  ISO-8859-1 are built into ICU's code and need no table).

A lookup of a dropped locale falls back to root, as ICU does for any locale it lacks.

The library is rewritten in place of the original, in pure Python (no compiler, no ICU tools): the
trimmed package replaces the .rodata section, the .dynamic segment moves down behind it and the
symbol's size is updated. The ELF layout of the wheel's library is checked first; anything else
(another Qt/ICU build) raises IcuTrimError and the spec then ships the original library unchanged.
"""

from __future__ import annotations

import re
import struct
import sys
from dataclasses import dataclass
from pathlib import Path

KEEP_LANGUAGES = ("en", "nl")
KEEP_CONVERTERS = {"ibm-5348_P100-1997.cnv", "ibm-923_P100-1998.cnv"}  # windows-1252, ISO-8859-15
LOCALE_BUNDLE = re.compile(r"^([a-z]{2,3})(?:_[A-Za-z0-9]*)*\.res$")
NOT_LOCALES = {"res_index.res"}  # looks like a locale ("res_...") but is the tree's index
ITEM_ALIGN = 16


class IcuTrimError(Exception):
    pass


@dataclass(frozen=True)
class Item:
    name: str  # e.g. "icudt73l/coll/nl.res"
    data: bytes


def keep_item(name: str) -> bool:
    """True for the package items the trimmed data keeps (see the module docstring)."""
    parts = name.split("/")[1:]  # drop the "icudt73l" prefix
    base = parts[-1]
    tree = parts[0] if len(parts) > 1 else ""
    if tree == "translit" or base.endswith(".dict"):
        return False
    if base.endswith(".cnv"):
        return base in KEEP_CONVERTERS
    match = LOCALE_BUNDLE.match(base)
    if match and base not in NOT_LOCALES:
        return match.group(1) in KEEP_LANGUAGES
    return True


# --- the ICU common-data package ("CmnD": header, table of contents, names, items) -----------------

def read_package(blob: bytes) -> tuple[bytes, list[Item]]:
    """(header, items) of an ICU common-data package."""
    header_size, magic1, magic2 = struct.unpack_from("<HBB", blob, 0)
    if (magic1, magic2) != (0xDA, 0x27) or blob[12:16] != b"CmnD":
        raise IcuTrimError("not an ICU common-data package")
    if blob[8] != 0:  # UDataInfo.isBigEndian
        raise IcuTrimError("big-endian ICU data")
    toc = header_size
    (count,) = struct.unpack_from("<I", blob, toc)
    entries = [struct.unpack_from("<II", blob, toc + 4 + 8 * i) for i in range(count)]
    items = []
    for i, (name_offset, data_offset) in enumerate(entries):
        start = toc + name_offset
        name = blob[start:blob.index(b"\0", start)].decode("ascii")
        end = toc + entries[i + 1][1] if i + 1 < count else len(blob)
        items.append(Item(name, blob[toc + data_offset:end]))
    if [item.name for item in items] != sorted(item.name for item in items):
        raise IcuTrimError("package items are not sorted by name")
    return blob[:header_size], items


def write_package(header: bytes, items: list[Item]) -> bytes:
    """The package with `items`, laid out as ICU's icupkg does: names after the table, items 16-aligned."""
    def pad(size: int) -> int:
        return -size % ITEM_ALIGN

    toc_size = 4 + 8 * len(items)
    names = b"".join(item.name.encode("ascii") + b"\0" for item in items)
    name_offsets, offset = [], toc_size
    for item in items:
        name_offsets.append(offset)
        offset += len(item.name) + 1
    data_start = toc_size + len(names)
    data_start += pad(len(header) + data_start)
    data_offsets, offset, chunks = [], data_start, []
    for item in items:
        data_offsets.append(offset)
        chunk = item.data + b"\0" * pad(len(item.data))
        chunks.append(chunk)
        offset += len(chunk)
    table = struct.pack("<I", len(items)) + b"".join(
        struct.pack("<II", n, d) for n, d in zip(name_offsets, data_offsets, strict=True))
    gap = data_start - toc_size - len(names)
    return header + table + names + b"\0" * gap + b"".join(chunks)


# --- the ELF shared object that carries the package --------------------------------------------------

PT_LOAD, PT_DYNAMIC, PT_GNU_RELRO = 1, 2, 0x6474E552
SHT_SYMTAB, SHT_STRTAB, SHT_DYNSYM, SHT_RELA, SHT_REL = 2, 3, 11, 4, 9
PAGE = 0x1000


def _section_headers(elf: bytes) -> list[list]:
    shoff, = struct.unpack_from("<Q", elf, 0x28)
    shentsize, shnum, shstrndx = struct.unpack_from("<HHH", elf, 0x3A)
    headers = [list(struct.unpack_from("<IIQQQQIIQQ", elf, shoff + i * shentsize)) for i in range(shnum)]
    names_offset = headers[shstrndx][4]
    for header in headers:
        start = names_offset + header[0]
        header.append(elf[start:elf.index(b"\0", start)].decode("ascii"))
    return headers


def trim_library(elf: bytes) -> tuple[bytes, int, int]:
    """(new library, items kept, items in the original) for a libicudata.so.<major>."""
    if elf[:4] != b"\x7fELF" or elf[4] != 2 or elf[5] != 1:
        raise IcuTrimError("not a 64-bit little-endian ELF file")
    phoff, = struct.unpack_from("<Q", elf, 0x20)
    phentsize, phnum = struct.unpack_from("<HH", elf, 0x36)
    phdrs = [list(struct.unpack_from("<IIQQQQQQ", elf, phoff + i * phentsize)) for i in range(phnum)]
    sections = _section_headers(elf)
    by_name = {s[-1]: s for s in sections}
    if any(s[1] in (SHT_RELA, SHT_REL) for s in sections):
        raise IcuTrimError("the library has relocations")
    loads = [p for p in phdrs if p[0] == PT_LOAD]
    rodata, dynamic, dynsym = by_name.get(".rodata"), by_name.get(".dynamic"), by_name.get(".dynsym")
    if len(loads) != 2 or not (rodata and dynamic and dynsym):
        raise IcuTrimError("unexpected ELF layout")
    first, second = loads
    rodata_offset, rodata_size = rodata[4], rodata[5]
    # Program header fields: 0 type, 1 flags, 2 offset, 3 vaddr, 4 paddr, 5 filesz, 6 memsz, 7 align.
    if not (first[2] == 0 and first[3] == 0 and rodata_offset + rodata_size <= first[5]
            and second[2] == dynamic[4] and second[5] == dynamic[5] and rodata[3] == rodata_offset):
        raise IcuTrimError("unexpected ELF layout")
    # The exported data symbol must be the whole .rodata section.
    symbol_index = None
    for i in range(dynsym[5] // 24):
        name_off, info, other, shndx, value, size = struct.unpack_from("<IBBHQQ", elf, dynsym[4] + 24 * i)
        if value == rodata[3] and size == rodata_size and shndx == sections.index(rodata):
            symbol_index = i
    if symbol_index is None:
        raise IcuTrimError("no data symbol covering .rodata")

    header, items = read_package(elf[rodata_offset:rodata_offset + rodata_size])
    kept = [item for item in items if keep_item(item.name)]
    package = write_package(header, kept)

    # New layout: [first page(s) unchanged][package][.dynamic page][shstrtab][section headers]
    end_rodata = rodata_offset + len(package)
    eh_frame_offset = end_rodata + (-end_rodata % 8)
    dynamic_offset = eh_frame_offset + (-eh_frame_offset % PAGE) + (dynamic[4] % PAGE)
    if dynamic_offset < eh_frame_offset:
        dynamic_offset += PAGE
    dynamic_vaddr = dynamic_offset + (second[3] - second[2])
    shift_vaddr = dynamic_vaddr - dynamic[3]
    dynamic_bytes = elf[dynamic[4]:dynamic[4] + dynamic[5]]

    shstr = by_name[".shstrtab"]
    shstr_bytes = elf[shstr[4]:shstr[4] + shstr[5]]
    shstr_offset = dynamic_offset + len(dynamic_bytes)
    shoff = shstr_offset + len(shstr_bytes)
    shoff += -shoff % 8

    out = bytearray(elf[:rodata_offset])
    out += package
    out += b"\0" * (dynamic_offset - len(out))
    out += dynamic_bytes
    out += shstr_bytes
    out += b"\0" * (shoff - len(out))

    # Section headers: drop .symtab/.strtab (strip would), move .eh_frame, .dynamic, .shstrtab.
    new_sections = [s for s in sections if s[1] not in (SHT_SYMTAB,) and s[-1] != ".strtab"]
    for s in new_sections:
        if s is rodata:
            s[5] = len(package)
        elif s[-1] == ".eh_frame":
            s[3] = s[4] = eh_frame_offset
        elif s is dynamic:
            s[3], s[4] = dynamic_vaddr, dynamic_offset
        elif s is shstr:
            s[4] = shstr_offset
    index_of = {id(s): i for i, s in enumerate(new_sections)}
    old_index = {i: s for i, s in enumerate(sections)}
    for s in new_sections:  # sh_link points at section indices
        if s[6]:
            s[6] = index_of.get(id(old_index[s[6]]), 0)
    for s in new_sections:
        out += struct.pack("<IIQQQQIIQQ", *s[:10])

    # ELF header: section header table.
    struct.pack_into("<Q", out, 0x28, shoff)
    struct.pack_into("<HH", out, 0x3C, len(new_sections), index_of[id(shstr)])
    # Program headers.
    for i, p in enumerate(phdrs):
        if p is first:
            p[5] = p[6] = rodata_offset + len(package)
        elif p is second or p[0] in (PT_DYNAMIC, PT_GNU_RELRO):
            p[2], p[3], p[4] = dynamic_offset, p[3] + shift_vaddr, p[4] + shift_vaddr
        struct.pack_into("<IIQQQQQQ", out, phoff + i * phentsize, *p)
    # The symbol's size.
    struct.pack_into("<Q", out, dynsym[4] + 24 * symbol_index + 16, len(package))
    return bytes(out), len(kept), len(items)


def trim_file(source: Path, target: Path) -> str:
    """Write the trimmed library to `target`; return a one-line summary."""
    data = source.read_bytes()
    trimmed, kept, total = trim_library(data)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(trimmed)
    target.chmod(0o755)
    return (f"{source.name}: {len(data) / 1e6:.1f} MB -> {len(trimmed) / 1e6:.1f} MB "
            f"({kept} of {total} ICU data items kept: nl, en, root)")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit(__doc__.splitlines()[2].strip())
    print(trim_file(Path(sys.argv[1]), Path(sys.argv[2])))
