# SPDX-License-Identifier: GPL-3.0-or-later
"""A screen reader's view: every focusable control on every screen says what it is.

The test visits each screen of the app as built at start-up (and its dialogs), walks the
widget tree and asks Qt's accessibility layer for each focusable control's name, as a screen
reader would (a field named by its QLabel buddy counts). A drop-down list must have a name
of its own: Qt would otherwise announce only its current value. Only controls on screen are
walked, so each screen is visited in each of its states (a session from check-in to summary,
the plan editor's two tabs with three sessions in a phase, the pattern editor's two ways).
On the code before issue 13 it found 53: 24 on the main screens, 29 in the dialogs.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QLineEdit,
    QScrollBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from breathapp.app.profiles import profiles_controller
from breathapp.core.plans import ItemKind, PlanItem
from breathapp.core.profiles import Profile
from breathapp.storage.relaxation_files import load_library
from breathapp.ui.common.pin_dialog import PinDialog, pin_note
from breathapp.ui.guide.pattern_editor import PatternEditor
from breathapp.ui.plan.plan_editor import PlanEditor
from breathapp.ui.settings.settings_view import SettingsView
from tests.builders.app import close_app, make_app
from tests.builders.plans import TODAY, sample_plan
from tests.builders.screens import app_with_practice, every_screen

RELAXATION = Path(__file__).resolve().parents[2] / "assets" / "relaxation"


def _inside_a_compound(widget: QWidget) -> bool:
    """Parts Qt builds inside one control (a spin box's text field, a list's scroll bars)."""
    parent = widget.parentWidget()
    if isinstance(widget, QLineEdit) and isinstance(parent, (QAbstractSpinBox, QComboBox)):
        return True
    if isinstance(widget, QScrollBar):
        return True
    while parent is not None:
        if isinstance(parent, QComboBox):  # its pop-up list
            return True
        if isinstance(parent, QAbstractScrollArea) and widget is parent.viewport():
            return True
        parent = parent.parentWidget()
    return False


def _spoken_name(widget: QWidget) -> str:
    """What a screen reader announces as the control's name."""
    if isinstance(widget, QComboBox):
        return widget.accessibleName()  # Qt's fallback is the chosen value, not a name
    face = QAccessible.queryAccessibleInterface(widget)
    return face.text(QAccessible.Text.Name).strip() if face is not None else ""


def unnamed(root: QWidget) -> list[QWidget]:
    """Each focusable control on screen under ``root`` (itself included) that has no name.

    A control hands its focus on to its focus proxy (a tab widget to its tab bar), which is
    then the one to be named.
    """
    return [
        widget
        for widget in [root, *root.findChildren(QWidget)]
        if widget.isVisible()
        and widget.focusPolicy() != Qt.FocusPolicy.NoFocus
        and widget.focusProxy() is None
        and not _inside_a_compound(widget)
        and not _spoken_name(widget)
    ]


def described(widget: QWidget) -> str:
    """The widget as a line of the failure message."""
    where = widget.parentWidget()
    while where is not None and type(where).__module__.startswith("PySide6"):
        where = where.parentWidget()
    owner = type(where).__name__ if where is not None else "-"
    return f"{type(widget).__name__} {widget.objectName()!r} in {owner}"


def missing_names(screens: Iterable[tuple[str, QWidget]]) -> list[str]:
    """Each unnamed control, once, with the first screen it was seen on."""
    seen: list[QWidget] = []  # kept alive, so that the same control is the same object
    found = []
    for name, screen in screens:
        for widget in unnamed(screen):
            if not any(widget is other for other in seen):
                seen.append(widget)
                found.append(f"{name}: {described(widget)}")
    return found


def test_every_focusable_control_on_the_main_screens_has_a_name(
    qtbot: QtBot, tmp_path: Path
) -> None:
    built = app_with_practice(qtbot, tmp_path)
    missing = missing_names(every_screen(built))
    close_app(built)
    assert missing == [], f"{len(missing)} without a name:\n" + "\n".join(missing)


def test_every_focusable_control_in_the_dialogs_has_a_name(qtbot: QtBot, tmp_path: Path) -> None:
    from breathapp.controllers.profiles_controller import Entry
    from breathapp.core.clock import ManualClock
    from breathapp.core.patterns import resolve
    from breathapp.core.prefs import GuideStyle
    from breathapp.storage.db import Database
    from breathapp.storage.profiles_repo import ProfileRepo
    from breathapp.ui.common.theme import LIGHT
    from breathapp.ui.profiles.profile_picker import ProfilePicker

    plan = sample_plan()
    first = plan.phases[0]
    three = replace(first, items=(*first.items, PlanItem(ItemKind.BREATHING, "box", 5)))
    plan = replace(plan, phases=(three, *plan.phases[1:]))
    scripts = load_library(RELAXATION, "en").scripts
    dialogs: list[tuple[str, QDialog]] = [
        ("plan editor", PlanEditor(plan, Profile(1, ""), scripts, TODAY)),
        (
            "pattern editor",
            PatternEditor(resolve("calm")[0], ManualClock(), LIGHT, GuideStyle.CIRCLE, None),
        ),
        (
            "PIN dialog",
            PinDialog("PIN", "A new PIN", passphrase_label="Or a passphrase", note=pin_note()),
        ),
    ]
    db, _report = Database.open(tmp_path, ManualClock().now_utc())
    ProfileRepo(db).create("Anna", ManualClock().now_utc())
    picker = ProfilePicker(profiles_controller(db, ManualClock(), None))
    dialogs.append(("profile picker", picker))
    for _name, dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()

    def screens() -> Iterator[tuple[str, QWidget]]:
        yield from dialogs
        editor, pattern, pin = (dialog for _name, dialog in dialogs[:3])
        assert isinstance(editor, PlanEditor) and isinstance(pattern, PatternEditor)
        assert isinstance(pin, PinDialog)
        editor.tabs.setCurrentIndex(1)
        yield "plan editor, message and contact", editor
        pattern.by_rate.setChecked(True)
        yield "pattern editor, by pace", pattern
        pin.passphrase.setChecked(True)
        yield "PIN dialog, passphrase", pin
        picker.ask_pin_for(Entry(1, "Anna", True))
        yield "profile picker, PIN", picker

    missing = missing_names(screens())
    db.close()
    assert missing == [], f"{len(missing)} without a name:\n" + "\n".join(missing)


def test_the_pattern_list_names_what_it_chooses_and_describes_the_chosen_one(
    qtbot: QtBot, tmp_path: Path
) -> None:
    built = make_app(qtbot, tmp_path, prefs={"safety_notice_seen": True, "pattern": "calm"})
    bar = built.window.guide.setup_bar
    assert bar.patterns.accessibleName() == "Breathing pattern"
    assert bar.patterns.accessibleDescription() == bar.description.text()
    calm = bar.patterns.button("calm")
    assert calm is not None and calm.accessibleName() == "Calm belly breathing"
    assert "6 breaths per minute" in calm.accessibleDescription()
    close_app(built)


def test_labelled_drop_down_lists_are_labelled_for_linux_screen_readers_too(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """On Linux Qt announces a drop-down list by its value and takes its name from the label
    it is the buddy of (a "labelled by" relation): the visible caption is that label."""
    built = make_app(qtbot, tmp_path, prefs={"safety_notice_seen": True}, shown=True)
    settings = built.window.settings_view
    assert isinstance(settings, SettingsView)
    lists = {
        "Language": settings.language,
        "Colours": settings.appearance,
        "Daily goal": settings.goal,
    }
    for caption, field in lists.items():
        face = QAccessible.queryAccessibleInterface(field)
        labels = [
            other.text(QAccessible.Text.Name)
            for other, relation in face.relations()
            if relation & QAccessible.RelationFlag.Label
        ]
        assert caption in labels
    close_app(built)
