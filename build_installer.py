# SPDX-License-Identifier: GPL-3.0-or-later
"""Build BreathApp: icons, translations, a PyInstaller bundle, a smoke test, then a package.

Usage: ``python build_installer.py [--onefile] [--skip-package] [--out DIR]``. Linux makes a
.tar.gz, Windows an Inno Setup installer (or a .zip without Inno Setup), macOS a .app and .dmg.
The frozen app is smoke-tested before anything is packaged; a failure stops the build (exit 1).
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import re
import shutil
import statistics
import struct
import subprocess
import sys
import tarfile
import tempfile
import time
import zipfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

from breathapp.core.languages import LANGUAGES, locale_name
from breathapp.core.languages import SOURCE as SOURCE_LANGUAGE

ROOT = Path(__file__).resolve().parent
APP_NAME = "BreathApp"
BUNDLE_ID = "org.breathapp.BreathApp"
PACKAGING = ROOT / "packaging"
ICON_SVG = ROOT / "assets" / "icon.svg"
PNG_SIZES = (256, 48, 32, 16)
ICNS_TYPES = {16: b"icp4", 32: b"icp5", 128: b"ic07", 256: b"ic08", 512: b"ic09"}

# Qt libraries the app needs, by module name (libQt6<Name>.so.6, Qt6<Name>.dll, Qt<Name>.framework).
# Multimedia needs Network, DBus and Concurrent; pyqtgraph needs OpenGL (and OpenGLWidgets);
# Svg draws the icon; XcbQpa, WaylandClient and the rest belong to platform plugins kept below.
# Bluetooth: the heart-rate chest strap (Bluetooth Low Energy; on Linux it talks to BlueZ over
# D-Bus, and links Network and DBus, both kept).
QT_LIBS_KEPT = frozenset(
    {
        "Core",
        "Gui",
        "Widgets",
        "Multimedia",
        "TextToSpeech",
        "Network",
        "DBus",
        "Concurrent",
        "Svg",
        "OpenGL",
        "OpenGLWidgets",
        "XcbQpa",
        "Bluetooth",
    }
)
# Qt plugins kept, by folder; None keeps the whole folder. Everything else is left out:
# among others multimedia/ffmpeg (it loads only together with QtQuick and Qml, and
# QSoundEffect plays WAV without it), sqldrivers (the app uses Python's sqlite3), tls and
# networkinformation (the app opens no connection), wayland (Qt falls back to xcb).
QT_PLUGINS_KEPT: dict[str, frozenset[str] | None] = {
    "platforms": frozenset({"qxcb", "qoffscreen", "qminimal", "qwindows", "qcocoa"}),
    "imageformats": frozenset({"qsvg", "qico", "qicns"}),
    "iconengines": None,
    # Dead keys and input methods in the note field; not the virtual keyboard (it needs Quick).
    "platforminputcontexts": frozenset(
        {"composeplatforminputcontextplugin", "ibusplatforminputcontextplugin"}
    ),
    "platformthemes": frozenset({"qxdgdesktopportal"}),
    "xcbglintegrations": None,
    "styles": None,
    # The computer's voice: the system's engine (speechd, sapi, winrt, darwin) and Qt's mock
    # engine, which the smoke test speaks with where the machine has no voice.
    "texttospeech": None,
    # macOS: Qt asks for the Bluetooth permission (QBluetoothPermission) through this plugin.
    "permissions": frozenset({"qdarwinbluetoothpermission"}),
}
# Qt libraries the app needs only as libraries: their Python modules are never imported.
QT_BINDINGS_UNUSED = frozenset({"DBus", "Concurrent"})
# Data files of the libraries never read: pyqtgraph's own logo (only its mkQApp uses it)
# and its named colour maps (read only when one is asked for by name; the app asks none).
DATA_DROPPED = ("pyqtgraph/icons/peegee/", "pyqtgraph/colors/maps/")
# Qt's own translations: the base catalogue (standard buttons and dialogs) of every
# language the app offers (core/languages.py).
QT_TRANSLATIONS_KEPT = frozenset(
    f"qtbase_{language}.qm" for language in LANGUAGES if language != SOURCE_LANGUAGE
)
# Python modules never needed. Not in this list, although unused by the app itself:
# pydoc, decimal and multiprocessing (pyqtgraph imports them).
PYTHON_EXCLUDES = (
    "tkinter",
    "_tkinter",
    "idlelib",
    "lib2to3",
    "ensurepip",
    "turtledemo",
    "test",
    # No network and no certificates: without these, OpenSSL's libraries stay out too
    # (hashlib falls back to its own implementations). Python 3.12 dropped its own PBKDF2,
    # which checks a PIN an earlier version set: from 3.12 on, _hashlib stays in.
    "ssl",
    "_ssl",
    *(("_hashlib",) if sys.version_info < (3, 12) else ()),
    # Interactive and test tools; numpy's random numbers (pyqtgraph uses them only in
    # scatter helpers the app never calls).
    "readline",
    "pydoc_data",
    "unittest",
    "doctest",
    # Chinese, Japanese and Korean text codecs: the app reads and writes UTF-8 only.
    "_codecs_cn",
    "_codecs_hk",
    "_codecs_iso2022",
    "_codecs_jp",
    "_codecs_kr",
    "_codecs_tw",
    "numpy.random",
    "numpy.f2py",
    "numpy.testing",
    "PySide6.QtQuick",
    "PySide6.QtQml",
    "PySide6.QtPdf",
    "PySide6.QtTest",
    "pyqtgraph.examples",
    "pyqtgraph.opengl",
    "pyqtgraph.jupyter",
    # The tests' reference for the heart measures (NeuroKit2, the `test` extra) and what it
    # brings share the build's venv; pyqtgraph names scipy.ndimage and matplotlib in code
    # the app never runs, and without these they would come into the bundle (scipy alone is
    # 113 MB installed).
    "neurokit2",
    "scipy",
    "matplotlib",
    "pandas",
    "sklearn",
    "pywt",
)
# Modules only compiled code imports, which PyInstaller cannot see: PyNaCl's libsodium
# module (nacl._sodium, made by cffi) needs cffi's backend, and the nacl hook does not
# name it (without it, every PIN profile fails to open in the frozen app).
# Modules the app imports only when a feature is first used (nothing imports them at start,
# so PyInstaller's analysis of the start does not reach them): Qt Bluetooth for the strap.
LAZY_MODULES = ("PySide6.QtBluetooth",)
HIDDEN_IMPORTS = ("_cffi_backend", *LAZY_MODULES)
# What the bundle must hold of them, and of PyNaCl: checked before the smoke test runs.
BUNDLE_MODULES = ("_cffi_backend", "nacl/_sodium", "PySide6/QtBluetooth")
# A runtime hook that imports LAZY_MODULES in the frozen app and exits, when the smoke test
# sets BUNDLE_CHECK_VARIABLE (packaging/bundle_check_hook.py).
BUNDLE_CHECK_HOOK = PACKAGING / "bundle_check_hook.py"
BUNDLE_CHECK_VARIABLE = "BREATHAPP_BUNDLE_CHECK"
# The macOS bundle's Info.plist: why the app asks for Bluetooth, in the system's dialog.
BLUETOOTH_USAGE = (
    "BreathApp connects to the heart-rate chest strap you choose, to show how your heart"
    " follows your breath. Nothing leaves this computer."
)
# Libraries not to strip: a plain strip breaks numpy's bundled OpenBLAS.
NEVER_STRIP = ("numpy.libs/", "numpy/", "scipy.libs/")
# Lines in the frozen app's output that mean a broken bundle.
SMOKE_BAD_MARKERS = (
    "Traceback",
    "could not load",
    "Cannot load library",
    "Could not find the Qt platform plugin",
    "ModuleNotFoundError",
    "ImportError",
)
# Lines in the frozen app's log that mean a sound could not load from the bundle.
SOUND_BAD_MARKERS = ("Qt Multimedia is not available",)
SOUND_NO_DEVICE_MARKERS = ("could not play the sounds", "no audio output device")
TARGET_BUNDLE_MB = 180.0
TARGET_ARCHIVE_MB = 70.0
TARGET_START_RATIO = 1.2
SMOKE_TIMEOUT_S = 60.0

_QT_LIB_PATTERNS = (
    re.compile(r"(?:^|/)libQt6([A-Za-z0-9-]+)\.so(?:\.[0-9]+)*$"),
    re.compile(r"(?:^|/)Qt6([A-Za-z0-9-]+)\.dll$"),
    re.compile(r"(?:^|/)Qt([A-Za-z0-9]+)\.framework(?:/|$)"),
)
_PYSIDE_MODULE = re.compile(r"^PySide6/Qt([A-Za-z0-9]+)\.(?:abi3\.so|pyd|pyi|cpython-[^/]*\.so)$")
_PLUGIN = re.compile(r"(?:^|/)plugins/([^/]+)/(?:lib)?([^/.]+)[^/]*$")


class BuildError(Exception):
    """A step of the build failed: one line saying which and why."""


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="build_installer.py", description="Build and smoke-test BreathApp for this platform."
    )
    parser.add_argument(
        "--onefile", action="store_true", help="also build a single executable (slower start)"
    )
    parser.add_argument(
        "--skip-package", action="store_true", help="build and smoke-test, but make no package"
    )
    parser.add_argument(
        "--out", type=Path, default=ROOT / "dist", help="output folder (default: dist/)"
    )
    parser.add_argument(
        "--work", type=Path, default=ROOT / "build" / "installer", help="folder for build files"
    )
    return parser.parse_args(argv)


# ---- what goes into the bundle ------------------------------------------------------------


def _norm(dest: str) -> str:
    return dest.replace("\\", "/")


def qt_library(dest: str) -> str | None:
    """The Qt module a shared library belongs to ("Quick" for libQt6Quick.so.6), else None."""
    path = _norm(dest)
    for pattern in _QT_LIB_PATTERNS:
        match = pattern.search(path)
        if match:
            return match.group(1)
    return None


def keep_entry(dest: str) -> bool:
    """Whether a file PyInstaller collected (binary or data, by its place in the bundle) stays."""
    path = _norm(dest)
    module = _PYSIDE_MODULE.match(path)
    if module:
        return module.group(1) in QT_LIBS_KEPT - QT_BINDINGS_UNUSED
    if path.startswith(DATA_DROPPED):
        return False
    library = qt_library(path)
    if library is not None:
        return library in QT_LIBS_KEPT
    if "/plugins/" in f"/{path}" and path.startswith("PySide6/"):
        plugin = _PLUGIN.search(path)
        if plugin is None:
            return False
        kept = QT_PLUGINS_KEPT.get(plugin.group(1), frozenset())
        return kept is None or plugin.group(2) in kept
    if path.startswith("PySide6/") and "/translations/" in f"/{path}":
        return path.rsplit("/", 1)[-1] in QT_TRANSLATIONS_KEPT
    if path.startswith("PySide6/") and ("/qml/" in f"/{path}" or path.endswith((".qmltypes",))):
        return False
    # The FFmpeg libraries go with the FFmpeg plugin.
    name = path.rsplit("/", 1)[-1]
    return not re.match(r"(?:lib)?(?:avcodec|avformat|avutil|swresample|swscale)[-.]", name)


def filter_toc(toc: Iterable[tuple[str, str, str]]) -> tuple[list, list]:
    """Split PyInstaller's binaries or datas into (kept, dropped)."""
    kept: list = []
    dropped: list = []
    for entry in toc:
        (kept if keep_entry(entry[0]) else dropped).append(entry)
    return kept, dropped


# Libraries kept even if no other kept binary links them (sound, on machines without it).
ALWAYS_KEPT = ("libpulse",)
_ROOT_BINARY = re.compile(
    r"(?:\.pyd|\.abi3\.so|\.cpython-[^/]*\.so|/lib-dynload/[^/]+\.so)$"
    r"|(?:^|/)plugins/|(?:^|/)(?:lib)?python3[0-9.]*(?:\.dll|\.so[.0-9]*|\.dylib)$|(?:^|/)Python$"
)


def is_root_binary(dest: str) -> bool:
    """A binary loaded by Python or Qt by name (extension module, plugin, libpython)."""
    path = _norm(dest)
    name = path.rsplit("/", 1)[-1]
    return bool(_ROOT_BINARY.search(path)) or name.startswith(ALWAYS_KEPT)


def _base(name: str) -> str:
    return _norm(name).rsplit("/", 1)[-1].lower()


def prune_unlinked(
    toc: Sequence[tuple[str, str, str]], imports_of: Callable[[str], Iterable[str]]
) -> tuple[list, list]:
    """Split binaries into (kept, dropped): libraries that no kept binary links are dropped.

    The left-out plugins brought their own dependencies (GTK for the GTK theme, VA-API for
    FFmpeg, ...); Analysis collected them before the filter ran. ``imports_of(source)``
    names the libraries a binary links.
    """
    by_name = {_base(entry[0]): entry for entry in toc}
    links = {_base(e[0]): _base(e[1]) for e in toc if e[2] == "SYMLINK"}
    reached = {name for name, entry in by_name.items() if is_root_binary(entry[0])}
    queue = list(reached)
    while queue:
        entry = by_name[queue.pop()]
        needed = [] if entry[2] == "SYMLINK" else imports_of(entry[1])
        for name in [_base(n) for n in needed] + [links.get(_base(entry[0]), "")]:
            name = links.get(name, name) if name not in by_name else name
            if name in by_name and name not in reached:
                reached.add(name)
                queue.append(name)
    for alias, target in links.items():
        if target in reached:
            reached.add(alias)
    kept = [e for e in toc if _base(e[0]) in reached]
    dropped = [e for e in toc if _base(e[0]) not in reached]
    return kept, dropped


def linked_libraries(source: str) -> list[str]:
    """The libraries a binary links, as PyInstaller's own dependency analysis reads them."""
    from PyInstaller.depend import bindepend

    return [name for name, _path in bindepend.get_imports(source)]


def should_strip(relative: str) -> bool:
    """Whether a shared library in the bundle may be stripped of its symbols."""
    path = _norm(relative)
    if any(part in f"/{path}" for part in ("/" + p for p in NEVER_STRIP)):
        return False
    return bool(re.search(r"\.so(?:\.[0-9]+)*$", path))


# ---- icons -----------------------------------------------------------------------------------


def render_icon_pngs(svg: Path, sizes: Iterable[int]) -> dict[int, bytes]:
    """The SVG drawn at each size as PNG bytes, with Qt's SVG renderer."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise BuildError(f"icon: {svg} is not a valid SVG")
    pngs: dict[int, bytes] = {}
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        buffer.close()
        pngs[size] = bytes(data.data())
    return pngs


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico holding the PNGs (PNG-compressed entries, Windows Vista and later)."""
    sizes = sorted(pngs, reverse=True)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, images = b"", b""
    for size in sizes:
        data = pngs[size]
        side = 0 if size >= 256 else size  # 0 means 256
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        images += data
        offset += len(data)
    return header + entries + images


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns holding the PNGs of the sizes it has a type for."""
    body = b""
    for size in sorted(pngs):
        kind = ICNS_TYPES.get(size)
        if kind is not None:
            body += kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size]
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def make_icons(work: Path) -> dict[str, Path]:
    """icon-<size>.png, BreathApp.ico and BreathApp.icns in work/icons, made from the SVG."""
    folder = work / "icons"
    folder.mkdir(parents=True, exist_ok=True)
    pngs = render_icon_pngs(ICON_SVG, sorted({*PNG_SIZES, 128, 512}))
    made: dict[str, Path] = {}
    for size in PNG_SIZES:
        path = folder / f"icon-{size}.png"
        path.write_bytes(pngs[size])
        made[f"png{size}"] = path
    made["ico"] = folder / f"{APP_NAME}.ico"
    made["ico"].write_bytes(ico_bytes({s: pngs[s] for s in PNG_SIZES}))
    made["icns"] = folder / f"{APP_NAME}.icns"
    made["icns"].write_bytes(icns_bytes(pngs))
    return made


# ---- assets and translations ---------------------------------------------------------------


def stage_assets(work: Path) -> tuple[Path, str]:
    """A copy of assets/ for the bundle, with the .qm files compiled beside the .ts sources
    (scripts/compile_translations.py, as the package build does).

    Returns the folder and a note for the report.
    """
    staged = work / "assets"
    if staged.exists():
        shutil.rmtree(staged)
    shutil.copytree(ROOT / "assets", staged, ignore=shutil.ignore_patterns("README.md", "*.qm"))
    spec = importlib.util.spec_from_file_location(
        "compile_translations", ROOT / "scripts" / "compile_translations.py"
    )
    assert spec is not None and spec.loader is not None
    compiler = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(compiler)
    try:
        written = compiler.compile_catalogues(staged / "translations")
    except compiler.CompileError as error:
        raise BuildError(str(error)) from None
    return staged, f"translations: {len(written)} compiled to .qm"


# ---- ICU data -------------------------------------------------------------------------------


def _packaging_module(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, PACKAGING / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(name, module)
    spec.loader.exec_module(module)
    return module


def icu_data_library() -> Path | None:
    """The ICU data library PySide6's Qt links (Linux), else None."""
    import PySide6

    folder = Path(PySide6.__file__).resolve().parent / "Qt" / "lib"
    found = [p for p in sorted(folder.glob("libicudata.so.*")) if not p.is_symlink()]
    return found[0] if found else None


def trimmed_icu(work: Path) -> tuple[dict[str, str], str | None]:
    """A trimmed copy of Qt's ICU data library for the bundle (packaging/icu_trim.py):
    ({file name: the copy}, a note for the report); nothing to replace when it stays whole."""
    library = icu_data_library() if sys.platform.startswith("linux") else None
    if library is None:
        return {}, None  # Windows and macOS: PySide6's Qt uses the system's ICU, or none
    copy = work / "icu" / library.name
    copy.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(library, copy)
    trimmed = _packaging_module("icu_trim").trim(
        copy, LANGUAGES, [locale_name(language) for language in LANGUAGES]
    )
    return ({library.name: str(copy)} if trimmed.saved else {}), trimmed.note


# ---- PyInstaller -------------------------------------------------------------------------------


def info_plist() -> dict[str, object]:
    """What BreathApp.app's Info.plist carries beyond PyInstaller's own keys."""
    return {
        "CFBundleShortVersionString": app_version(),
        "NSHighResolutionCapable": True,
        "NSBluetoothAlwaysUsageDescription": BLUETOOTH_USAGE,
    }


def replace_sources(
    toc: Iterable[tuple[str, str, str]], sources: dict[str, str]
) -> list[tuple[str, str, str]]:
    """PyInstaller's binaries with some taken from elsewhere: {file name: new source}."""
    wanted = {_base(name): source for name, source in sources.items()}
    return [(dest, wanted.get(_base(dest), source), kind) for dest, source, kind in toc]


def spec_text(
    assets: Path,
    icons: dict[str, Path],
    dropped_list: Path,
    onefile: bool,
    sources: dict[str, str] | None = None,
) -> str:
    """The PyInstaller spec: Analysis, then the binaries and datas filtered by keep_entry, with
    the libraries named in ``sources`` taken from there (the trimmed ICU data)."""
    icon = icons["ico"] if sys.platform == "win32" else icons["icns"]
    name = f"{APP_NAME}-onefile" if onefile else APP_NAME
    if onefile:
        exe = (
            f"exe = EXE(pyz, a.scripts, a.binaries, a.datas, [], name={name!r}, console=False,"
            f" icon={str(icon)!r}, strip=False, upx=False)\n"
        )
    else:
        exe = (
            f"exe = EXE(pyz, a.scripts, [], exclude_binaries=True, name={APP_NAME!r},"
            f" console=False, icon={str(icon)!r}, strip=False, upx=False)\n"
            f"coll = COLLECT(exe, a.binaries, a.datas, strip=False, upx=False, name={APP_NAME!r})\n"
            "if sys.platform == 'darwin':\n"
            f"    BUNDLE(coll, name={APP_NAME + '.app'!r}, icon={str(icons['icns'])!r},"
            f" bundle_identifier={BUNDLE_ID!r}, info_plist={info_plist()!r})\n"
        )
    return (
        "# Generated by build_installer.py; not committed.\n"
        "import sys\n"
        f"sys.path.insert(0, {str(ROOT)!r})\n"
        "import build_installer\n"
        f"a = Analysis([{str(ROOT / 'breathapp' / '__main__.py')!r}], pathex=[{str(ROOT)!r}],"
        f" datas=[({str(assets)!r}, 'assets')], excludes={list(PYTHON_EXCLUDES)!r},"
        f" hiddenimports={list(HIDDEN_IMPORTS)!r}, runtime_hooks={[str(BUNDLE_CHECK_HOOK)]!r})\n"
        "a.binaries, dropped_binaries = build_installer.filter_toc(a.binaries)\n"
        "a.datas, dropped_datas = build_installer.filter_toc(a.datas)\n"
        "a.binaries, unlinked = build_installer.prune_unlinked("
        "a.binaries, build_installer.linked_libraries)\n"
        "dropped_binaries += unlinked\n"
        f"a.binaries = build_installer.replace_sources(a.binaries, {dict(sources or {})!r})\n"
        f"build_installer.write_dropped({str(dropped_list)!r}, dropped_binaries + dropped_datas)\n"
        "pyz = PYZ(a.pure)\n" + exe
    )


def write_dropped(path: str, dropped: Sequence[tuple[str, str, str]]) -> None:
    """The list of left-out files, for a look after the build."""
    Path(path).write_text("".join(f"{entry[0]}\n" for entry in sorted(dropped)), encoding="utf-8")


def run_pyinstaller(spec: Path, dist: Path, work: Path) -> list[str]:
    """Run PyInstaller on the spec; returns the libraries it could not find on this machine."""
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level=WARN"]
    command += ["--distpath", str(dist), "--workpath", str(work / "pyinstaller"), str(spec)]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    if result.returncode != 0:
        tail = " | ".join(result.stderr.strip().splitlines()[-3:])
        raise BuildError(f"PyInstaller failed: {tail}")
    return missing_libraries(result.stderr)


def missing_libraries(log: str) -> list[str]:
    """Libraries PyInstaller could not find for a binary the bundle keeps (so they are missing)."""
    pattern = r"Library not found: could not resolve '([^']+)', dependency of '([^']+)'"
    missing = set()
    for library, referrer in re.findall(pattern, log):
        referrer = _norm(referrer)
        inside = referrer[referrer.find("PySide6/") :] if "PySide6/" in referrer else referrer
        if keep_entry(inside):
            missing.add(library)
    return sorted(missing)


def strip_bundle(bundle: Path) -> int:
    """Strip the symbols of the bundle's libraries (Linux), except NEVER_STRIP; bytes saved."""
    strip = shutil.which("strip")
    if strip is None or not sys.platform.startswith("linux"):
        return 0
    before = folder_bytes(bundle)
    for path in sorted(bundle.rglob("*")):
        relative = path.relative_to(bundle).as_posix()
        if path.is_file() and not path.is_symlink() and should_strip(relative):
            subprocess.run([strip, "--strip-unneeded", str(path)], capture_output=True)
    return before - folder_bytes(bundle)


# ---- smoke test ------------------------------------------------------------------------------


def output_problem(text: str) -> str | None:
    """The first line of the frozen app's output that shows a broken bundle, else None."""
    for line in text.splitlines():
        if any(marker.lower() in line.lower() for marker in SMOKE_BAD_MARKERS):
            return line.strip()
    return None


def sound_problem(log_text: str, sound_server: bool) -> str | None:
    """A line of the app's log that says the sounds did not load from the bundle."""
    markers = SOUND_BAD_MARKERS + (SOUND_NO_DEVICE_MARKERS if sound_server else ())
    for line in log_text.splitlines():
        if any(marker in line for marker in markers):
            return line.strip()
    return None


def completed_sessions(csv_text: str) -> int:
    """How many rows of a BreathApp CSV export are completed sessions."""
    import csv
    import io

    rows = csv.DictReader(io.StringIO(csv_text))
    return sum(1 for row in rows if row.get("status") == "completed")


def frozen_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "BREATHAPP_DATA_DIR"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def _run_frozen(
    exe: Path, args: Sequence[str], what: str, env: dict[str, str] | None = None
) -> str:
    try:
        result = subprocess.run(
            [str(exe), *args],
            capture_output=True,
            text=True,
            env=env or frozen_env(),
            timeout=SMOKE_TIMEOUT_S,
            encoding="utf-8",
            errors="replace",
        )
    except subprocess.TimeoutExpired:
        raise BuildError(f"smoke test: {what} did not finish in {SMOKE_TIMEOUT_S:.0f} s") from None
    output = result.stdout + result.stderr
    problem = output_problem(output)
    if result.returncode != 0 or problem:
        reason = problem or (output.strip().splitlines() or ["no output"])[-1]
        raise BuildError(f"smoke test: {what} exited {result.returncode}: {reason}")
    return result.stdout


def sound_server_running() -> bool:
    pulseaudio = shutil.which("pulseaudio")
    if pulseaudio is None:
        return False
    return subprocess.run([pulseaudio, "--check"], capture_output=True).returncode == 0


def smoke_test(exe: Path, bundle_assets: Path) -> list[str]:
    """Run the frozen app as a user would, offscreen; raise BuildError on the first failure."""
    notes: list[str] = []
    for part in ("sounds/inhale.wav", "sounds/exhale.wav", "translations", "icon.svg"):
        if not (bundle_assets / part).exists():
            raise BuildError(f"smoke test: the bundle has no assets/{part}")
    for module in BUNDLE_MODULES:  # compiled modules a PIN profile loads
        if not any(bundle_assets.parent.glob(f"{module}.*")):
            raise BuildError(f"smoke test: the bundle has no {module} (a PIN would not open)")
    notes.append(_smoke_lazy_modules(exe))
    with tempfile.TemporaryDirectory(prefix="breathapp-smoke-") as tmp:
        data = ["--data-dir", tmp]
        _run_frozen(
            exe, [*data, "--start", "calm", "--breaths", "1", "--quit-when-done"], "a session"
        )
        csv_text = _run_frozen(exe, ["export", "--format", "csv", "--output", "-", *data], "export")
        if completed_sessions(csv_text) != 1:
            raise BuildError(f"smoke test: export shows no completed session: {csv_text!r:.200}")
        log = Path(tmp, "logs", "breathapp.log")
        problem = sound_problem(
            log.read_text("utf-8") if log.exists() else "", sound_server_running()
        )
        if problem:
            raise BuildError(f"smoke test: sound: {problem}")
        notes.append("sounds: loaded" if sound_server_running() else "sounds: no sound server here")
        listing = _run_frozen(exe, ["list", "--lang", "nl", *data], "list --lang nl")
        if "Buikademhaling leren" not in listing:
            raise BuildError("smoke test: list --lang nl has no Dutch session titles")
        pdf = Path(tmp, "report.pdf")
        _run_frozen(
            exe, ["export", "--format", "pdf", "--lang", "nl", "--output", str(pdf), *data], "PDF"
        )
        title = pdf_title(pdf)
        if title != dutch("Practice report"):
            raise BuildError(
                f"smoke test: the Dutch PDF report is titled {title!r}: no translation"
            )
        notes.append(f"Dutch translation: loaded (report titled {title!r})")
        notes.append(_smoke_plan(exe, Path(tmp), data))
        notes.extend(_smoke_voice(exe, Path(tmp), data))
    return notes


def _smoke_lazy_modules(exe: Path) -> str:
    """The modules a feature loads when first used (Qt Bluetooth) import in the frozen app:
    the runtime hook imports them and exits (no window, no adapter, no connection)."""
    env = frozen_env()
    env[BUNDLE_CHECK_VARIABLE] = "1"
    output = _run_frozen(exe, [], "importing the modules loaded later", env)
    missing = [name for name in LAZY_MODULES if f"imported {name}" not in output]
    if missing:
        raise BuildError(f"smoke test: the frozen app did not import {', '.join(missing)}")
    return "loaded when first used: " + "; ".join(
        line.strip() for line in output.splitlines() if line.startswith("imported ")
    )


def smoke_voice_pack(path: Path) -> Path:
    """A small voice pack: the first step of the English belly lesson, half a second of a
    soft tone recorded as the app records (mu-law WAV)."""
    import math
    import struct
    import zipfile

    from breathapp.core.voice_audio import RATE_HZ, encode_mulaw_wav
    from breathapp.core.voice_pack import Manifest, Recording, manifest_bytes

    n = RATE_HZ // 2
    tone = struct.pack(f"<{n}h", *(round(4000 * math.sin(i / 9)) for i in range(n)))
    recording = Recording("belly-lesson", "welcome", "belly-lesson/welcome.wav", 0.5)
    manifest = Manifest("smoke", "Smoke test", "en", (recording,))
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("manifest.json", manifest_bytes(manifest))
        archive.writestr(recording.file, encode_mulaw_wav(tone))
    return path


def _smoke_voice(exe: Path, tmp: Path, data: list[str]) -> list[str]:
    """One step spoken by the platform's speech engine (Qt's mock engine where there is
    none), and a recorded step played from a small voice pack."""
    sound = sound_server_running()
    args = ["voice-check", "--lang", "en", *data]
    if sound:  # without a sound server nothing can play: the spoken step is checked alone
        args += ["--pack", str(smoke_voice_pack(tmp / "smoke-voice.zip"))]
    env = frozen_env()
    try:
        output = _run_frozen(exe, args, "voice-check", env)
    except BuildError:
        env["BREATHAPP_SPEECH_ENGINE"] = "mock"  # no system voice here: Qt's mock engine
        output = _run_frozen(exe, args, "voice-check (Qt's mock speech engine)", env)
    spoken = next((line for line in output.splitlines() if "computer voice: engine" in line), "")
    if not spoken:
        raise BuildError(f"smoke test: no step was spoken: {output!r:.300}")
    notes = [spoken.strip()]
    played = next((line for line in output.splitlines() if line.startswith("recorded voice:")), "")
    if sound and "played in" not in played:
        raise BuildError(f"smoke test: the voice pack's step did not play: {output!r:.300}")
    notes.append(played.strip() if sound else "recorded voice: no sound server here")
    return notes


def _smoke_plan(exe: Path, tmp: Path, data: list[str]) -> str:
    """A therapist's plan imported, the app started on Today with it, and exported again."""
    import json

    from breathapp.core.plan_file import plan_to_json
    from breathapp.core.plans import ItemKind, Plan, PlanItem, PlanPhase

    item = PlanItem(ItemKind.RELAXATION, "breathing-space")
    plan = Plan("Smoke test", (PlanPhase("One", (PlanItem(ItemKind.BREATHING, "calm"), item)),))
    given, back = tmp / "given.breathplan", tmp / "back.breathplan"
    given.write_text(json.dumps(plan_to_json(plan)), encoding="utf-8")
    listing = _run_frozen(exe, ["plan", "import", str(given), *data], "plan import")
    if "Smoke test" not in listing:
        raise BuildError(f"smoke test: plan import did not show the plan: {listing!r:.200}")
    # Opens on Today (the plan's page and, after the first paint, its menu), then breathes.
    _run_frozen(
        exe, [*data, "--start", "calm", "--breaths", "1", "--quit-when-done"], "a start on Today"
    )
    _run_frozen(exe, ["plan", "export", str(back), *data], "plan export")
    if json.loads(back.read_text("utf-8")) != json.loads(given.read_text("utf-8")):
        raise BuildError("smoke test: the exported plan differs from the imported one")
    return "plan: imported, opened on Today, exported unchanged"


def pdf_title(path: Path) -> str:
    """The title in a PDF's metadata, read with Qt's PDF module (in the build environment)."""
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    document.load(str(path))
    title = document.metaData(QPdfDocument.MetaDataField.Title)
    document.close()
    return str(title or "")


def dutch(source: str) -> str:
    """The Dutch translation of a source text in the app's .ts file."""
    import xml.etree.ElementTree as ET

    tree = ET.parse(ROOT / "assets" / "translations" / "breathapp_nl.ts")
    for message in tree.iter("message"):
        if message.findtext("source") == source:
            return message.findtext("translation") or ""
    return ""


# ---- start-up time -------------------------------------------------------------------------

# Qt writes a debug line when it first draws the guide; with "%{time boot}" in the message
# pattern the line carries the time on the same monotonic clock as Python's (Linux), so the
# time to the first painted guide is measured from outside, without a hook in the app.
PAINT_RULES = "qt.widgets.painting=true"
PAINT_PATTERN = "%{time boot} %{category} %{message}"
_FIRST_GUIDE_PAINT = re.compile(r"^\s*([0-9]+\.[0-9]+) qt\.widgets\.painting Drawing .*GuideCanvas")


def first_paint_time(line: str) -> float | None:
    """The boot-clock seconds of Qt's first "Drawing ... GuideCanvas" line, else None."""
    match = _FIRST_GUIDE_PAINT.match(line)
    return float(match.group(1)) if match else None


def time_to_first_paint(command: Sequence[str], data_dir: str) -> float:
    """Seconds from launch to the guide's first paint, offscreen; the process is then ended."""
    env = frozen_env()
    env["QT_LOGGING_RULES"] = PAINT_RULES
    env["QT_MESSAGE_PATTERN"] = PAINT_PATTERN
    started = time.monotonic()
    process = subprocess.Popen(
        [*command, "--data-dir", data_dir],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        errors="replace",
    )
    try:
        assert process.stderr is not None
        for line in process.stderr:
            painted = first_paint_time(line)
            if painted is not None:
                return painted - started
            if time.monotonic() - started > SMOKE_TIMEOUT_S:
                break
        raise BuildError(f"start-up: no first paint from {command[0]}")
    finally:
        # SIGTERM first: a one-file build passes it on to the app it unpacked and started.
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def measure_startup(exe: Path, runs: int = 5) -> tuple[float, float] | None:
    """Median seconds to the first painted guide: (frozen, from source), interleaved runs."""
    if not sys.platform.startswith("linux"):
        return None  # the boot clock of Qt's log and Python's monotonic clock differ elsewhere
    frozen: list[float] = []
    source: list[float] = []
    with tempfile.TemporaryDirectory(prefix="breathapp-start-") as tmp:
        from_source = [sys.executable, "-m", APP_NAME.lower()]
        time_to_first_paint([str(exe)], tmp)  # the first start writes the store; not counted
        time_to_first_paint(from_source, tmp)
        for _ in range(runs):
            frozen.append(time_to_first_paint([str(exe)], tmp))
            source.append(time_to_first_paint(from_source, tmp))
    return statistics.median(frozen), statistics.median(source)


# ---- packages --------------------------------------------------------------------------------


def app_version() -> str:
    text = (ROOT / "breathapp" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE)
    if match is None:
        raise BuildError("no __version__ in breathapp/__init__.py")
    return match.group(1)


def platform_tag() -> str:
    system = {"win32": "windows", "darwin": "macos"}.get(
        sys.platform, sys.platform.rstrip("0123456789")
    )
    import platform

    return f"{system}-{platform.machine().lower() or 'unknown'}"


def fill(template: str, values: dict[str, str]) -> str:
    """A packaging/ template with its @NAME@ fields filled in; every field must be given."""
    text = template
    for key, value in values.items():
        text = text.replace(f"@{key}@", value)
    left = re.findall(r"@[A-Z_]+@", text)
    if left:
        raise BuildError(f"template fields not filled in: {', '.join(sorted(set(left)))}")
    return text


def desktop_entry(exec_path: str, icon: str) -> str:
    return fill(
        (PACKAGING / "breathapp.desktop").read_text("utf-8"), {"EXEC": exec_path, "ICON": icon}
    )


def inno_script(source_dir: Path, output_dir: Path, output_name: str, icon: Path) -> str:
    values = {
        "VERSION": app_version(),
        "SOURCE_DIR": str(source_dir),
        "OUTPUT_DIR": str(output_dir),
        "OUTPUT_NAME": output_name,
        "ICON": str(icon),
    }
    return fill((PACKAGING / "breathapp.iss").read_text("utf-8"), values)


def package_linux(bundle: Path, out: Path, icons: dict[str, Path]) -> Path:
    """BreathApp-<version>-linux-<arch>.tar.gz: the folder, its icon and a menu entry."""
    archive = out / f"{APP_NAME}-{app_version()}-{platform_tag()}.tar.gz"
    template = (PACKAGING / "breathapp.desktop").read_text("utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        extra = {
            "breathapp.png": icons["png256"],
            "breathapp.desktop.in": Path(tmp, "breathapp.desktop.in"),
            "install-menu-entry.sh": PACKAGING / "install-menu-entry.sh",
        }
        extra["breathapp.desktop.in"].write_text(template, encoding="utf-8")
        with tarfile.open(archive, "w:gz", compresslevel=9) as tar:
            tar.add(bundle, arcname=APP_NAME)
            for name, path in extra.items():
                info = tar.gettarinfo(str(path), arcname=f"{APP_NAME}/{name}")
                info.mode = 0o755 if name.endswith(".sh") else 0o644
                with path.open("rb") as handle:
                    tar.addfile(info, handle)
    return archive


def package_windows(bundle: Path, out: Path, work: Path, icons: dict[str, Path]) -> Path:
    """An Inno Setup installer (per-user) when ISCC is found, else a .zip of the folder."""
    name = f"{APP_NAME}-{app_version()}-{platform_tag()}"
    iss = work / "BreathApp.iss"
    iss.write_text(inno_script(bundle, out, f"{name}-setup", icons["ico"]), encoding="utf-8")
    iscc = shutil.which("ISCC") or next(
        (
            str(p)
            for p in (
                Path(
                    os.environ.get("PROGRAMFILES(X86)", r"C:\Program Files (x86)"),
                    "Inno Setup 6",
                    "ISCC.exe",
                ),
                Path(os.environ.get("LOCALAPPDATA", ""), "Programs", "Inno Setup 6", "ISCC.exe"),
            )
            if p.is_file()
        ),
        None,
    )
    if iscc:
        result = subprocess.run([iscc, "/Q", str(iss)], capture_output=True, text=True)
        if result.returncode != 0:
            raise BuildError(f"Inno Setup failed: {result.stdout.strip()[-200:]}")
        return out / f"{name}-setup.exe"
    archive = out / f"{name}.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zipped:
        for path in sorted(bundle.rglob("*")):
            zipped.write(path, Path(APP_NAME, path.relative_to(bundle)))
    return archive


def package_macos(out: Path) -> Path:
    """A .dmg of BreathApp.app, made with hdiutil."""
    app = out / f"{APP_NAME}.app"
    dmg = out / f"{APP_NAME}-{app_version()}-{platform_tag()}.dmg"
    command = ["hdiutil", "create", "-volname", APP_NAME, "-srcfolder", str(app), "-ov"]
    result = subprocess.run([*command, "-format", "UDZO", str(dmg)], capture_output=True, text=True)
    if result.returncode != 0:
        raise BuildError(f"hdiutil failed: {result.stderr.strip()}")
    return dmg


# ---- report ----------------------------------------------------------------------------------


def folder_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


MB = 1_000_000  # the targets are decimal megabytes; the MiB of `du -sh` is shown beside them


@dataclass(frozen=True)
class Figures:
    bundle_bytes: int
    archive_bytes: int | None = None
    archive_name: str = ""
    frozen_start_s: float | None = None
    source_start_s: float | None = None
    onefile_bytes: int | None = None
    onefile_start_s: float | None = None


def _size(n: int) -> str:
    return f"{n / MB:6.1f} MB ({n / 2**20:5.1f} MiB)"


def _verdict(ok: bool) -> str:
    return "ok" if ok else "OVER TARGET"


def format_report(figures: Figures, notes: Sequence[str] = ()) -> str:
    """The lines printed at the end of a build."""
    lines = [f"BreathApp {app_version()} build report ({platform_tag()})"]
    b = figures.bundle_bytes
    lines.append(
        f"  bundle (one folder):  {_size(b)}  target ≤ {TARGET_BUNDLE_MB:.0f} MB"
        f"  {_verdict(b <= TARGET_BUNDLE_MB * MB)}"
    )
    if figures.archive_bytes is not None:
        a = figures.archive_bytes
        lines.append(
            f"  archive:              {_size(a)}  target ≤ {TARGET_ARCHIVE_MB:.0f} MB"
            f"  {_verdict(a <= TARGET_ARCHIVE_MB * MB)}  {figures.archive_name}"
        )
    frozen, source = figures.frozen_start_s, figures.source_start_s
    if frozen is not None and source is not None:
        ratio = frozen / source
        lines.append(
            f"  start-up to the first painted guide (median of 5, offscreen): frozen"
            f" {frozen * 1000:.0f} ms, from source {source * 1000:.0f} ms = {ratio:.2f}×"
            f"  target ≤ {TARGET_START_RATIO}×  {_verdict(ratio <= TARGET_START_RATIO)}"
        )
    else:
        lines.append("  start-up to first paint: not measured on this platform")
    if figures.onefile_bytes is not None:
        started = ""
        if figures.onefile_start_s is not None:
            started = f", first paint after {figures.onefile_start_s * 1000:.0f} ms"
        lines.append(
            f"  one file:             {_size(figures.onefile_bytes)}"
            f"  (unpacks itself on every start{started})"
        )
    lines.extend(f"  {note}" for note in notes)
    return "\n".join(lines)


# ---- the build -------------------------------------------------------------------------------


def build(args: argparse.Namespace) -> str:
    out: Path = args.out.resolve()
    work: Path = args.work.resolve()
    work.mkdir(parents=True, exist_ok=True)
    out.mkdir(parents=True, exist_ok=True)
    step("icons from assets/icon.svg")
    icons = make_icons(work)
    step("assets and translations")
    assets, note = stage_assets(work)
    notes = [note]
    step("ICU data: only what Qt asks for")
    sources, icu_note = trimmed_icu(work)
    if icu_note:
        notes.append(icu_note)
    step("PyInstaller, one folder")
    spec = work / f"{APP_NAME}.spec"
    spec.write_text(spec_text(assets, icons, work / "left-out.txt", False, sources), "utf-8")
    missing = run_pyinstaller(spec, out, work)
    if missing:
        notes.append(f"not found on this machine, so not bundled: {', '.join(missing)}")
    bundle = out / APP_NAME
    exe = bundle / (APP_NAME + (".exe" if sys.platform == "win32" else ""))
    saved = strip_bundle(bundle)
    if saved:
        notes.append(
            f"stripped symbols: {saved / 1e6:.1f} MB saved (numpy and numpy.libs left as is)"
        )
    step("smoke test of the frozen app")
    notes += smoke_test(exe, bundle / "_internal" / "assets")
    step("start-up time, frozen and from source")
    startup = measure_startup(exe)
    figures = Figures(bundle_bytes=folder_bytes(bundle))
    if startup is not None:
        figures = _replace(figures, frozen_start_s=startup[0], source_start_s=startup[1])
    if args.onefile:
        step("PyInstaller, one file")
        spec = work / f"{APP_NAME}-onefile.spec"
        spec.write_text(
            spec_text(assets, icons, work / "left-out-onefile.txt", True, sources), "utf-8"
        )
        run_pyinstaller(spec, out, work)
        single = out / (f"{APP_NAME}-onefile" + (".exe" if sys.platform == "win32" else ""))
        with tempfile.TemporaryDirectory() as tmp:
            if "Buikademhaling leren" not in _run_frozen(
                single, ["list", "--lang", "nl", "--data-dir", tmp], "one file"
            ):
                raise BuildError("smoke test: the one-file build lists no Dutch sessions")
        figures = _replace(figures, onefile_bytes=single.stat().st_size)
        if sys.platform.startswith("linux"):
            with tempfile.TemporaryDirectory() as tmp:
                runs = [time_to_first_paint([str(single)], tmp) for _ in range(4)]
            figures = _replace(figures, onefile_start_s=statistics.median(runs[1:]))
    if not args.skip_package:
        step("package")
        if sys.platform == "win32":
            archive = package_windows(bundle, out, work, icons)
        elif sys.platform == "darwin":
            archive = package_macos(out)
        else:
            archive = package_linux(bundle, out, icons)
        figures = _replace(figures, archive_bytes=archive.stat().st_size, archive_name=archive.name)
    return format_report(figures, notes)


def _replace(figures: Figures, **changes: object) -> Figures:
    from dataclasses import replace

    return replace(figures, **changes)  # type: ignore[arg-type]


def step(what: str) -> None:
    print(f"build_installer: {what}", flush=True)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    started = time.monotonic()
    try:
        report = build(args)
    except BuildError as error:
        print(f"build_installer: FAILED: {error}", file=sys.stderr)
        return 1
    print(report)
    print(f"  build time: {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
