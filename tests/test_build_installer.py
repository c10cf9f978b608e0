# SPDX-License-Identifier: GPL-3.0-or-later
"""build_installer.py's logic: options, what the bundle keeps, the generated texts, the report."""

from __future__ import annotations

import importlib.util
import struct
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_installer", ROOT / "build_installer.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("build_installer", module)
    spec.loader.exec_module(module)
    return module


bi = _load()


def test_options_default_to_a_folder_build_with_a_package_in_dist() -> None:
    args = bi.parse_args([])
    assert (args.onefile, args.skip_package, args.out) == (False, False, ROOT / "dist")


def test_options_onefile_skip_package_and_out() -> None:
    args = bi.parse_args(["--onefile", "--skip-package", "--out", "elsewhere"])
    assert (args.onefile, args.skip_package, args.out) == (True, True, Path("elsewhere"))


def test_an_unknown_option_is_refused() -> None:
    with pytest.raises(SystemExit):
        bi.parse_args(["--keep-going"])


@pytest.mark.parametrize(
    "dest",
    [
        "PySide6/Qt/lib/libQt6Core.so.6",
        "PySide6/Qt/lib/libQt6Network.so.6",  # Qt Multimedia needs it
        "PySide6/Qt/lib/libQt6DBus.so.6",
        "PySide6/Qt/lib/libQt6Concurrent.so.6",
        "PySide6/Qt/lib/libQt6Svg.so.6",
        "PySide6/Qt/lib/libQt6OpenGL.so.6",  # pyqtgraph imports PySide6.QtOpenGL
        "PySide6/QtMultimedia.abi3.so",
        "PySide6/QtOpenGL.abi3.so",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/Qt/plugins/imageformats/libqsvg.so",
        "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
        "PySide6/Qt/translations/qtbase_nl.qm",
        "PySide6/Qt6Widgets.dll",
        "PySide6/plugins/platforms/qwindows.dll",
        "PySide6/Qt/lib/QtGui.framework/Versions/A/QtGui",
        "libpulse.so.0",
        "numpy.libs/libscipy_openblas64_-32a4b2a6.so",
        "assets/sounds/inhale.wav",
        "assets/translations/breathapp_nl.qm",
        "pyqtgraph/icons/auto.png",
    ],
)
def test_the_bundle_keeps(dest: str) -> None:
    assert bi.keep_entry(dest)


@pytest.mark.parametrize(
    "dest",
    [
        "PySide6/Qt/lib/libQt6Quick.so.6",
        "PySide6/Qt/lib/libQt6Qml.so.6",
        "PySide6/Qt/lib/libQt6Pdf.so.6",  # only the tests read PDFs
        "PySide6/Qt/lib/libQt6WaylandClient.so.6",
        "PySide6/Qt/lib/libQt6FFmpegStub-va.so.2",
        "PySide6/Qt/lib/libavcodec.so.61",
        "PySide6/Qt/plugins/multimedia/libffmpegmediaplugin.so",  # needs Quick and Qml
        "PySide6/Qt/plugins/sqldrivers/libqsqlite.so",
        "PySide6/Qt/plugins/tls/libqopensslbackend.so",
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
        "PySide6/Qt/plugins/platforms/libqwayland.so",
        "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
        "PySide6/Qt/translations/qtbase_ja.qm",
        "PySide6/Qt/translations/qtmultimedia_nl.qm",
        "PySide6/Qt/qml/QtQuick/Controls/libqtquickcontrols2plugin.so",
        "PySide6/QtQuick.abi3.so",
        "PySide6/Qt6Quick.dll",
        "PySide6/avcodec-61.dll",
        "PySide6/Qt/lib/QtQuick.framework/Versions/A/QtQuick",
    ],
)
def test_the_bundle_leaves_out(dest: str) -> None:
    assert not bi.keep_entry(dest)


def test_filter_splits_a_table_of_contents() -> None:
    toc = [
        ("PySide6/Qt/lib/libQt6Quick.so.6", "/x/libQt6Quick.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/x/libQt6Gui.so.6", "BINARY"),
    ]
    kept, dropped = bi.filter_toc(toc)
    assert kept == [toc[1]] and dropped == [toc[0]]


def test_libraries_only_left_out_plugins_linked_are_pruned() -> None:
    toc = [
        ("PySide6/QtGui.abi3.so", "/s/QtGui.abi3.so", "EXTENSION"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/s/libQt6Gui.so.6", "BINARY"),
        ("libfreetype.so.6", "/s/libfreetype.so.6", "BINARY"),
        ("libgtk-3.so.0", "/s/libgtk-3.so.0", "BINARY"),  # the GTK theme plugin's, gone
        ("libpulse.so.0", "/s/libpulse.so.0", "BINARY"),  # kept whatever links it
        ("libpulsecommon-16.1.so", "/s/libpulsecommon-16.1.so", "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/s/libqxcb.so", "BINARY"),
        ("libxcb-cursor.so.0", "/s/libxcb-cursor.so.0", "BINARY"),
    ]
    links = {
        "/s/QtGui.abi3.so": ["libQt6Gui.so.6"],
        "/s/libQt6Gui.so.6": ["libfreetype.so.6", "libc.so.6"],
        "/s/libpulse.so.0": ["libpulsecommon-16.1.so"],
        "/s/libqxcb.so": ["libxcb-cursor.so.0"],
    }
    kept, dropped = bi.prune_unlinked(toc, lambda source: links.get(source, []))
    assert [e[0] for e in dropped] == ["libgtk-3.so.0"]
    assert len(kept) == len(toc) - 1


def test_numpy_libraries_are_never_stripped() -> None:
    assert not bi.should_strip("_internal/numpy.libs/libscipy_openblas64_-32a4b2a6.so")
    assert not bi.should_strip("_internal/numpy/_core/_multiarray_umath.cpython-311.so")
    assert bi.should_strip("_internal/PySide6/Qt/lib/libQt6Gui.so.6")
    assert bi.should_strip("_internal/libpulse.so.0")
    assert not bi.should_strip("_internal/assets/sounds/inhale.wav")


def test_pyqtgraphs_standard_library_needs_stay_in() -> None:
    for needed in ("pydoc", "decimal", "multiprocessing", "sqlite3", "tomllib", "PySide6.QtOpenGL"):
        assert needed not in bi.PYTHON_EXCLUDES


def test_pynacls_cffi_backend_is_collected_and_checked(tmp_path: Path) -> None:
    """nacl._sodium imports _cffi_backend from C: PyInstaller must be told (a frozen probe
    without it failed with "No module named '_cffi_backend'" at the first PIN)."""
    icons = {"ico": tmp_path / "icon.ico", "icns": tmp_path / "icon.icns"}
    spec = bi.spec_text(tmp_path, icons, tmp_path / "left-out.txt", onefile=False)
    assert "hiddenimports=['_cffi_backend'" in spec
    assert "_cffi_backend" in bi.BUNDLE_MODULES and "nacl/_sodium" in bi.BUNDLE_MODULES
    assert not {"_cffi_backend", "nacl", "_sodium"} & set(bi.PYTHON_EXCLUDES)


def test_the_frozen_app_keeps_a_pbkdf2_for_pins_of_earlier_versions() -> None:
    """Without _hashlib (OpenSSL), hashlib.pbkdf2_hmac exists only up to Python 3.11."""
    assert ("_hashlib" in bi.PYTHON_EXCLUDES) == (sys.version_info < (3, 12))


def test_the_desktop_entry_starts_the_unpacked_app() -> None:
    text = bi.desktop_entry("/home/ann/BreathApp/BreathApp", "breathapp")
    lines = text.splitlines()
    assert lines[0] == "[Desktop Entry]"
    assert 'Exec="/home/ann/BreathApp/BreathApp"' in lines
    assert "Icon=breathapp" in lines and "Terminal=false" in lines
    assert "@" not in text


def test_the_inno_setup_script_installs_per_user_without_admin_rights() -> None:
    text = bi.inno_script(
        Path("C:/build/BreathApp"), Path("C:/out"), "BreathApp-0.1.0-setup", Path("C:/i.ico")
    )
    assert "PrivilegesRequired=lowest" in text.splitlines()
    assert "DefaultDirName={autopf}\\BreathApp" in text  # per user: %LOCALAPPDATA%\Programs
    assert f"AppVersion={bi.app_version()}" in text
    assert "OutputBaseFilename=BreathApp-0.1.0-setup" in text
    assert "{commonpf}" not in text and "PrivilegesRequired=admin" not in text
    assert "@" not in text


def test_a_template_field_left_empty_stops_the_build() -> None:
    with pytest.raises(bi.BuildError, match="@ICON@"):
        bi.fill("Exec=@EXEC@\nIcon=@ICON@\n", {"EXEC": "x"})


def test_the_icon_files_hold_every_size() -> None:
    pngs = {size: b"\x89PNG" + bytes([size % 256]) * 10 for size in (256, 48, 32, 16)}
    ico = bi.ico_bytes(pngs)
    assert struct.unpack("<HHH", ico[:6]) == (0, 1, 4)
    widths = [ico[6 + 16 * i] for i in range(4)]
    assert widths == [0, 48, 32, 16]  # 0 stands for 256
    icns = bi.icns_bytes({16: b"a" * 5, 256: b"b" * 7, 100: b"c"})
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    assert icns[8:12] == b"icp4" and icns[21:25] == b"ic08"
    assert len(icns) == 8 + (8 + 5) + (8 + 7)  # no type for 100 px: left out


@pytest.mark.parametrize(
    "output",
    [
        "Traceback (most recent call last):\n  File ...",
        'qt.qpa.plugin: Could not load the Qt platform plugin "xcb"',
        "Cannot load library /x/libffmpegmediaplugin.so",
        "ModuleNotFoundError: No module named 'pydoc'",
    ],
)
def test_the_smoke_test_fails_on_a_broken_bundles_output(output: str) -> None:
    problem = bi.output_problem("BreathApp 0.1.0\n" + output)
    assert problem is not None and problem in output


def test_the_smoke_test_passes_quiet_output() -> None:
    assert bi.output_problem("qt.multimedia: Couldn't resolve pipewire-0.3 symbols\n") is None


def test_sound_problems_in_the_log() -> None:
    log = "2026-01-01 INFO breathapp: sound: the audio device could not play the sounds; running"
    assert bi.sound_problem(log, sound_server=True)
    assert bi.sound_problem(log, sound_server=False) is None  # no server: silence is right
    broken = "INFO breathapp: sound: Qt Multimedia is not available: libpulse.so.0"
    assert bi.sound_problem(broken, sound_server=False)


def test_completed_sessions_are_counted_from_the_csv() -> None:
    csv_text = "id,status,kind\n1,completed,breathing\n2,interrupted,breathing\n"
    assert bi.completed_sessions(csv_text) == 1


def test_the_first_guide_paint_is_read_from_qts_log() -> None:
    line = " 10914.691 qt.widgets.painting Drawing QRegion(0,0 874x411) of GuideCanvas(0x5) at"
    assert bi.first_paint_time(line) == pytest.approx(10914.691)
    assert bi.first_paint_time(" 10914.691 qt.widgets.painting Drawing ... of QLabel(0x5)") is None


def test_the_report_gives_sizes_start_up_and_verdicts() -> None:
    figures = bi.Figures(
        bundle_bytes=178_500_000,
        archive_bytes=71_000_000,
        archive_name="BreathApp-0.1.0-linux-x86_64.tar.gz",
        frozen_start_s=0.273,
        source_start_s=0.264,
        onefile_bytes=80_000_000,
        onefile_start_s=1.1,
    )
    lines = bi.format_report(figures, ["sounds: loaded"]).splitlines()
    assert "178.5 MB" in lines[1] and lines[1].endswith("ok")
    assert "71.0 MB" in lines[2] and "OVER TARGET" in lines[2]
    assert "frozen 273 ms, from source 264 ms = 1.03×" in lines[3] and lines[3].endswith("ok")
    assert "unpacks itself on every start, first paint after 1100 ms" in lines[4]
    assert lines[5] == "  sounds: loaded"


def test_the_report_says_when_start_up_was_not_measured() -> None:
    report = bi.format_report(bi.Figures(bundle_bytes=1))
    assert "not measured" in report


def test_libraries_pyinstaller_could_not_find_are_named() -> None:
    log = (
        "123 WARNING: Library not found: could not resolve 'libxcb-icccm.so.4', dependency of"
        " '/x/libqxcb.so'.\n"
        "124 WARNING: Library not found: could not resolve 'libxcb-icccm.so.4', dependency of"
        " '/x/PySide6/Qt/lib/libQt6XcbQpa.so.6'.\n"
        "125 WARNING: Library not found: could not resolve 'libgtk-3.so.0', dependency of"
        " '/x/PySide6/Qt/plugins/platformthemes/libqgtk3.so'.\n"  # left out anyway
    )
    assert bi.missing_libraries(log) == ["libxcb-icccm.so.4"]


def test_the_smoke_tests_voice_pack_is_one_the_app_accepts(tmp_path: Path) -> None:
    from breathapp.core.voice_audio import read_voice_wav
    from breathapp.core.voice_pack import known_from_scripts
    from breathapp.paths import asset_path
    from breathapp.storage.relaxation_files import load_library
    from breathapp.storage.voice_pack_zip import extract

    pack = bi.smoke_voice_pack(tmp_path / "smoke.zip")
    known = known_from_scripts(load_library(asset_path("relaxation"), "en").scripts)
    (tmp_path / "out").mkdir()
    manifest = extract(pack, "smoke", known, tmp_path / "out")
    first = manifest.recordings[0]
    assert (first.session, first.step) == ("belly-lesson", "welcome")
    audio = read_voice_wav((tmp_path / "out" / first.file).read_bytes())
    assert audio.seconds == first.seconds == 0.5


def test_unused_python_bindings_and_pyqtgraphs_logo_stay_out() -> None:
    assert not bi.keep_entry("PySide6/QtDBus.abi3.so")  # the library stays, for Multimedia
    assert bi.keep_entry("PySide6/Qt/lib/libQt6DBus.so.6")
    assert bi.keep_entry("PySide6/QtTextToSpeech.abi3.so")
    assert bi.keep_entry("PySide6/Qt/plugins/texttospeech/libqtexttospeech_mock.so")
    assert not bi.keep_entry("pyqtgraph/icons/peegee/peegee_512px.png")
    assert not bi.keep_entry("pyqtgraph/colors/maps/CET-L1.csv")
    assert bi.keep_entry("pyqtgraph/icons/auto.png")


def test_qts_own_catalogue_goes_with_every_language_the_app_offers() -> None:
    from breathapp.core.languages import LANGUAGES, SOURCE

    for language in LANGUAGES:
        kept = bi.keep_entry(f"PySide6/Qt/translations/qtbase_{language}.qm")
        assert kept == (language != SOURCE), language
    assert not bi.keep_entry("PySide6/Qt/translations/qtbase_ja.qm")


def test_qt_bluetooth_goes_into_the_bundle_though_nothing_imports_it_at_start(
    tmp_path: Path,
) -> None:
    """The strap's Qt Bluetooth loads only when a heart feature is first used: PyInstaller is
    told, the bundle check looks for it, and the smoke test imports it in the frozen app."""
    assert bi.keep_entry("PySide6/QtBluetooth.abi3.so")
    assert bi.keep_entry("PySide6/Qt/lib/libQt6Bluetooth.so.6")
    assert bi.keep_entry("PySide6/Qt6Bluetooth.dll")
    assert bi.keep_entry("PySide6/Qt/lib/QtBluetooth.framework/Versions/A/QtBluetooth")
    assert bi.keep_entry("PySide6/Qt/plugins/permissions/libqdarwinbluetoothpermission.dylib")
    assert "PySide6.QtBluetooth" in bi.HIDDEN_IMPORTS
    assert "PySide6/QtBluetooth" in bi.BUNDLE_MODULES
    icons = {"ico": tmp_path / "icon.ico", "icns": tmp_path / "icon.icns"}
    spec = bi.spec_text(tmp_path, icons, tmp_path / "left-out.txt", onefile=False)
    assert "'PySide6.QtBluetooth'" in spec
    assert f"runtime_hooks=[{str(bi.BUNDLE_CHECK_HOOK)!r}]" in spec
    hook = bi.BUNDLE_CHECK_HOOK.read_text("utf-8")
    assert bi.BUNDLE_CHECK_VARIABLE in hook
    for name in bi.LAZY_MODULES:
        assert f"imported {name}" in hook


def test_the_bundle_check_hook_does_nothing_in_a_normal_start(tmp_path: Path) -> None:
    import runpy

    env = {k: v for k, v in __import__("os").environ.items() if k != bi.BUNDLE_CHECK_VARIABLE}
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("os.environ", env)
        runpy.run_path(str(bi.BUNDLE_CHECK_HOOK))  # no SystemExit: the app goes on


def test_the_bundle_check_hook_imports_qt_bluetooth_and_exits(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import runpy

    monkeypatch.setenv(bi.BUNDLE_CHECK_VARIABLE, "1")
    with pytest.raises(SystemExit) as exited:
        runpy.run_path(str(bi.BUNDLE_CHECK_HOOK))
    assert exited.value.code == 0
    out = capsys.readouterr().out
    assert "imported PySide6.QtBluetooth" in out and "0000180d" in out


def test_the_macos_bundle_says_in_plain_words_why_it_asks_for_bluetooth(tmp_path: Path) -> None:
    plist = bi.info_plist()
    text = plist["NSBluetoothAlwaysUsageDescription"]
    assert isinstance(text, str)
    assert "heart-rate chest strap you choose" in text
    assert "Nothing leaves this computer." in text
    for word in ("diagnos", "medical", "abnormal", "alarm"):
        assert word not in text.lower()
    assert plist["CFBundleShortVersionString"] == bi.app_version()
    icons = {"ico": tmp_path / "icon.ico", "icns": tmp_path / "icon.icns"}
    spec = bi.spec_text(tmp_path, icons, tmp_path / "left-out.txt", onefile=False)
    assert f"info_plist={plist!r}" in spec


def test_a_library_can_be_taken_from_elsewhere() -> None:
    toc = [
        ("PySide6/Qt/lib/libicudata.so.73", "/venv/libicudata.so.73", "BINARY"),
        ("PySide6/Qt/lib/libicuuc.so.73", "/venv/libicuuc.so.73", "BINARY"),
    ]
    replaced = bi.replace_sources(toc, {"libicudata.so.73": "/work/icu/libicudata.so.73"})
    assert replaced == [
        ("PySide6/Qt/lib/libicudata.so.73", "/work/icu/libicudata.so.73", "BINARY"),
        toc[1],
    ]
