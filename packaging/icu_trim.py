# SPDX-License-Identifier: GPL-3.0-or-later
"""ICU data for the frozen app (Linux): libicudata.so rebuilt with only what Qt Core asks for.

PySide6's Qt links ICU, and its data library (libicudata.so.73, 30.6 MB) holds every
locale of the world. Qt 6 Core asks ICU for four things (qtbase src/corelib/CMakeLists.txt:
qcollator_icu.cpp, qlocale_icu.cpp, qtimezoneprivate_icu.cpp, and qstringconverter.cpp):
  - collation (QCollator: Qt's file dialog sorts with it): the coll/ tree;
  - case mapping (QLocale::toUpper/toLower): ICU's case data is compiled into libicuuc;
  - time-zone names (QTimeZone::displayName, and the zone name in a long date): zoneinfo64,
    metaZones, timezoneTypes, windowsZones and the zone/ tree, with the locale's calendar
    data at the top level;
  - text codecs Qt does not carry itself (QStringConverter): the *.cnv tables.
Qt's dates, numbers and language names come from its own CLDR tables, not from ICU; Qt
breaks text with its own Unicode tables, not with ICU's break iterators.

Kept: every item of the trees Qt reads, for the root locale and the app's languages (every
region of each: "fr_BE", "de_DE", ...), and every item that is not a locale (supplemental
data, normalisation, aliases). Left out: the other locales, the break-iterator dictionaries,
transliterators, spelled-out numbers, currency and unit names, and the legacy codec tables
(the app reads and writes UTF-8, which Qt handles without ICU).

The library is rebuilt with ICU's icupkg (Debian: icu-devtools) and binutils (readelf, as,
ld); without them, or when a probe of Qt's ICU calls differs with the new library, the
library stays as it was. The app sets its QLocale to one of its languages, so the locales
left out are never the ones asked for.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

# Trees Qt never opens: break iterators (Qt has its own), transliterators, rule-based number
# formats, currency and unit names (Qt's own CLDR tables give currency symbols).
DROPPED_TREES = frozenset({"brkitr", "translit", "rbnf", "curr", "unit"})
# A locale's bundle: "de.res", "de_BE.res", "en_US_POSIX.res", "de_.res", "root.res"
# ("res_index.res" and "pool.res" are the index and shared strings of a tree: not locales).
_LOCALE_ITEM = re.compile(r"^([a-z]{2,3}|root)(?:_[A-Za-z0-9]*)*\.res$")
_NOT_LOCALES = frozenset({"res_index.res", "pool.res"})
TOOLS = ("icupkg", "readelf", "as", "ld")
PROBE = Path(__file__).resolve().with_name("icu_probe.py")


def keep_item(name: str, languages: Sequence[str]) -> bool:
    """Whether an item of the ICU data ("coll/fr_BE.res", "zoneinfo64.res") stays."""
    parts = name.split("/")
    tree = parts[0] if len(parts) > 1 else ""
    base = parts[-1]
    if tree in DROPPED_TREES or base.endswith(".cnv"):
        return False
    match = _LOCALE_ITEM.match(base)
    if match is None or base in _NOT_LOCALES:
        return True
    return match.group(1) in ("root", *languages)


@dataclass(frozen=True)
class Trimmed:
    """What trim() did: bytes saved (0 when the library stayed as it was) and why."""

    saved: int
    note: str


def missing_tools(which: object = shutil.which) -> list[str]:
    return [tool for tool in TOOLS if which(tool) is None]  # type: ignore[operator]


def data_span(library: Path) -> tuple[str, int, int]:
    """The ICU data symbol ("icudt73_dat") of a data library, its file offset and size."""
    symbols = _readelf("--dyn-syms", library)
    found = re.search(
        r":\s+([0-9a-f]+)\s+(0x[0-9a-f]+|\d+)\s+OBJECT\s.*\s(icudt\d+_dat)$", symbols, re.MULTILINE
    )
    if found is None:
        raise ValueError(f"{library.name} has no icudt*_dat symbol")
    address, size = int(found.group(1), 16), int(found.group(2), 0)
    for line in _readelf("-S", library).splitlines():
        section = re.match(
            r"\s*\[\s*\d+\]\s+\S+\s+PROGBITS\s+([0-9a-f]+)\s+([0-9a-f]+)\s+([0-9a-f]+)", line
        )
        if section:
            start, offset, length = (int(section.group(i), 16) for i in (1, 2, 3))
            if start <= address and address + size <= start + length:
                return found.group(3), address - start + offset, size
    raise ValueError(f"{library.name}: the ICU data is in no section")


def _readelf(option: str, library: Path) -> str:
    return subprocess.run(
        ["readelf", "-W", option, str(library)], capture_output=True, text=True, check=True
    ).stdout


def package_name(data: bytes) -> str:
    """The tree name of an ICU common data file ("icudt73l"), from its first item's name."""
    header_size = int.from_bytes(data[0:2], "little")
    name_offset = int.from_bytes(data[header_size + 4 : header_size + 8], "little")
    start = header_size + name_offset
    return data[start : data.index(b"\0", start)].decode("ascii").split("/")[0]


def assembly(symbol: str, data_file: Path) -> str:
    """A data-only shared library: the symbol Qt's libicuuc looks for, holding the file."""
    return (
        "\t.section .rodata\n"
        f"\t.globl {symbol}\n"
        f"\t.type {symbol}, @object\n"
        "\t.balign 16\n"
        f"{symbol}:\n"
        f'\t.incbin "{data_file}"\n'
        f"\t.size {symbol}, . - {symbol}\n"
        '\t.section .note.GNU-stack,"",@progbits\n'
    )


def rebuild(library: Path, languages: Sequence[str], work: Path) -> tuple[Path, int, int]:
    """A trimmed copy of the library in work; returns it, and the items kept and left out."""
    symbol, offset, size = data_span(library)
    with library.open("rb") as handle:
        handle.seek(offset)
        data = handle.read(size)
    name = package_name(data)
    (work / "in").mkdir(parents=True, exist_ok=True)
    (work / "out").mkdir(exist_ok=True)
    whole = work / "in" / f"{name}.dat"
    whole.write_bytes(data)
    listing = subprocess.run(
        ["icupkg", "-l", str(whole)], capture_output=True, text=True, check=True
    )
    items = [line.strip() for line in listing.stdout.splitlines() if line.strip()]
    dropped = [item for item in items if not keep_item(item, languages)]
    (work / "dropped.txt").write_text("".join(f"{item}\n" for item in dropped), "utf-8")
    trimmed = work / "out" / f"{name}.dat"
    run = subprocess.run
    run(
        ["icupkg", "-r", str(work / "dropped.txt"), str(whole), str(trimmed)],
        check=True,
        capture_output=True,
    )
    (work / "data.s").write_text(assembly(symbol, trimmed), "utf-8")
    run(["as", "-o", str(work / "data.o"), str(work / "data.s")], check=True, capture_output=True)
    soname = library.name
    out = work / "lib" / soname
    out.parent.mkdir(exist_ok=True)
    run(
        ["ld", "-shared", "-soname", soname, "-o", str(out), str(work / "data.o")],
        check=True,
        capture_output=True,
    )
    return out, len(items) - len(dropped), len(dropped)


def probe(locales: Sequence[str], library_dir: Path | None) -> dict[str, object]:
    """What Qt answers through ICU (sorting, case, zone names, long dates) in a fresh process,
    with the data library of library_dir when given."""
    env = dict(os.environ)
    if library_dir is not None:
        env["LD_LIBRARY_PATH"] = os.pathsep.join(
            [str(library_dir), *filter(None, [env.get("LD_LIBRARY_PATH")])]
        )
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    result = subprocess.run(
        [sys.executable, str(PROBE), *locales],
        capture_output=True,
        text=True,
        env=env,
        check=True,
        encoding="utf-8",
    )
    answer: dict[str, object] = json.loads(result.stdout)
    return answer


def trim(library: Path, languages: Sequence[str], locales: Sequence[str]) -> Trimmed:
    """Replace the bundle's ICU data library by a trimmed one when that is safe."""
    missing = missing_tools()
    if missing:
        return Trimmed(
            0,
            f"ICU data kept whole: {', '.join(missing)} not found"
            " (apt-get install icu-devtools binutils)",
        )
    before = library.stat().st_size
    with tempfile.TemporaryDirectory(prefix="breathapp-icu-") as tmp:
        try:
            new, kept, dropped = rebuild(library, languages, Path(tmp))
            before_answer, after_answer = probe(locales, None), probe(locales, new.parent)
            same = before_answer["results"] == after_answer["results"]
            loaded = after_answer["library"]
        except (subprocess.CalledProcessError, ValueError, OSError, KeyError) as error:
            return Trimmed(0, f"ICU data kept whole: the rebuild failed ({error})")
        if loaded != [str(new)]:
            return Trimmed(
                0, f"ICU data kept whole: the probe did not load the new library ({loaded})"
            )
        if not same:
            return Trimmed(0, "ICU data kept whole: Qt answered differently with the trimmed data")
        shutil.copyfile(new, library)
    saved = before - library.stat().st_size
    return Trimmed(
        saved,
        f"ICU data trimmed to root and {', '.join(languages)}: {kept} items kept, {dropped} left"
        f" out (other locales, break dictionaries, transliterators, codec tables),"
        f" {saved / 1e6:.1f} MB saved; Qt's sorting, case, zone names and dates unchanged",
    )
