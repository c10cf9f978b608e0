# SPDX-License-Identifier: GPL-3.0-or-later
"""packaging/icu_trim.py: which ICU data items the frozen app keeps, and when it keeps all."""

from __future__ import annotations

import importlib.util
import shutil
import struct
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]
LANGUAGES = ("nl", "en", "fr", "de")


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("icu_trim", ROOT / "packaging" / "icu_trim.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("icu_trim", module)
    spec.loader.exec_module(module)
    return module


icu = _load()


@pytest.mark.parametrize(
    "item",
    [
        "root.res",
        "fr_BE.res",
        "nl_BE.res",
        "de.res",
        "en_US_POSIX.res",
        "coll/root.res",
        "coll/ucadata.icu",
        "coll/de__PHONEBOOK.res",
        "coll/res_index.res",
        "zone/fr.res",
        "zone/pool.res",
        "zone/tzdbNames.res",
        "zoneinfo64.res",
        "metaZones.res",
        "timezoneTypes.res",
        "supplementalData.res",
        "likelySubtags.res",
        "res_index.res",
        "pool.res",
        "cnvalias.icu",
        "nfkc.nrm",
        "region/nl.res",
        "lang/de.res",
    ],
)
def test_what_qt_asks_for_in_the_apps_languages_stays(item: str) -> None:
    assert icu.keep_item(item, LANGUAGES)


@pytest.mark.parametrize(
    "item",
    [
        "ja.res",
        "zh_Hant_HK.res",
        "coll/zh.res",
        "coll/es_.res",
        "coll/es__TRADITIONAL.res",
        "zone/pl.res",
        "brkitr/cjdict.dict",
        "brkitr/root.res",
        "translit/root.res",
        "rbnf/fr.res",
        "curr/de.res",
        "unit/en.res",
        "ibm-1390_P110-2003.cnv",
        "gb18030.cnv",
    ],
)
def test_other_locales_and_what_qt_never_opens_go(item: str) -> None:
    assert not icu.keep_item(item, LANGUAGES)


def _common_data(names: list[str]) -> bytes:
    """An ICU common data file's start: header, item count, then (name, data) offsets."""
    header = struct.pack("<H", 32) + b"\0" * 30
    toc = struct.pack("<I", len(names))
    first = 4 + 8 * len(names)
    blob, entries = b"", b""
    for name in names:
        entries += struct.pack("<II", first + len(blob), 0)
        blob += name.encode() + b"\0"
    return header + toc + entries + blob


def test_the_package_name_is_read_from_the_first_item() -> None:
    assert icu.package_name(_common_data(["icudt73l/cnvalias.icu", "icudt73l/de.res"])) == (
        "icudt73l"
    )


def test_the_library_holds_the_data_under_the_symbol_icuuc_looks_for(tmp_path: Path) -> None:
    text = icu.assembly("icudt73_dat", tmp_path / "icudt73l.dat")
    assert ".globl icudt73_dat" in text
    assert f'.incbin "{tmp_path / "icudt73l.dat"}"' in text
    assert ".balign 16" in text  # ICU's data items are aligned for direct use


def test_without_the_tools_the_library_stays_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    library = tmp_path / "libicudata.so.73"
    library.write_bytes(b"whole")
    monkeypatch.setattr(icu, "missing_tools", lambda: ["icupkg"])
    trimmed = icu.trim(library, LANGUAGES, ["nl_BE"])
    assert trimmed.saved == 0
    assert trimmed.note.startswith("ICU data kept whole: icupkg not found")
    assert "icu-devtools" in trimmed.note
    assert library.read_bytes() == b"whole"


def _fake_rebuild(tmp_path: Path) -> object:
    def rebuild(library: Path, languages: object, work: Path) -> tuple[Path, int, int]:
        out = work / "lib" / library.name
        out.parent.mkdir(parents=True)
        out.write_bytes(b"trim")
        return out, 2, 3

    return rebuild


def test_when_qt_answers_differently_the_library_stays_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    library = tmp_path / "libicudata.so.73"
    library.write_bytes(b"whole library")
    monkeypatch.setattr(icu, "missing_tools", lambda: [])
    monkeypatch.setattr(icu, "rebuild", _fake_rebuild(tmp_path))

    def probe(locales: object, folder: Path | None) -> dict[str, object]:
        loaded = [str(folder / library.name)] if folder else ["/venv/libicudata.so.73"]
        return {"library": loaded, "results": {"sorted": ["b", "a"] if folder else ["a", "b"]}}

    monkeypatch.setattr(icu, "probe", probe)
    trimmed = icu.trim(library, LANGUAGES, ["nl_BE"])
    assert (trimmed.saved, library.read_bytes()) == (0, b"whole library")
    assert "answered differently" in trimmed.note


def test_when_qt_answers_the_same_the_trimmed_library_replaces_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    library = tmp_path / "libicudata.so.73"
    library.write_bytes(b"whole library")
    monkeypatch.setattr(icu, "missing_tools", lambda: [])
    monkeypatch.setattr(icu, "rebuild", _fake_rebuild(tmp_path))

    def probe(locales: object, folder: Path | None) -> dict[str, object]:
        loaded = [str(folder / library.name)] if folder else ["/venv/libicudata.so.73"]
        return {"library": loaded, "results": {"sorted": ["a", "b"]}}

    monkeypatch.setattr(icu, "probe", probe)
    trimmed = icu.trim(library, LANGUAGES, ["nl_BE"])
    assert (trimmed.saved, library.read_bytes()) == (9, b"trim")
    assert "2 items kept, 3 left out" in trimmed.note


def _qt_icu_data() -> Path | None:
    import PySide6

    found = sorted((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))
    return found[0] if found else None


@pytest.mark.skipif(
    not sys.platform.startswith("linux") or _qt_icu_data() is None or bool(icu.missing_tools()),
    reason="Linux with PySide6's ICU, icupkg and binutils only",
)
def test_the_real_library_trimmed_answers_as_before(tmp_path: Path) -> None:
    """The rebuild with the real tools: Qt's sorting, case, zone names and dates through the
    trimmed data are those of the whole data (the probe compares them)."""
    source = _qt_icu_data()
    assert source is not None
    library = tmp_path / source.name
    shutil.copyfile(source, library)
    trimmed = icu.trim(library, LANGUAGES, ["nl_BE", "en_GB", "fr_BE", "de_BE"])
    assert trimmed.saved > 20_000_000, trimmed.note
    assert library.stat().st_size < 6_000_000
