# SPDX-License-Identifier: GPL-3.0-or-later
"""Settings in groups: look and feel, the guide, reminders, the profile, and the therapist's."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QEvent, Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QRadioButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from breathapp.controllers.prefs_controller import PrefsController
from breathapp.controllers.profile_controller import ProfileController
from breathapp.core.languages import LANGUAGES
from breathapp.core.prefs import (
    APPEARANCES,
    GOAL_MINUTES_MAX,
    GOAL_MINUTES_MIN,
    GuideStyle,
    Preferences,
)
from breathapp.ui.common import labels
from breathapp.ui.common.sound import SoundBank
from breathapp.ui.common.widgets import scrolled
from breathapp.ui.settings.allow_holds import Dialogs, HoldsDialogs, ask_to_allow_holds
from breathapp.ui.settings.groups import SettingsGroup, WrapCheckBox
from breathapp.ui.settings.pin_settings import PinSettings
from breathapp.ui.settings.reminder_settings import ReminderSettings
from breathapp.ui.settings.sound_settings import SoundSettings
from breathapp.ui.settings.voice_settings import VoiceSettings


def _help(text: str = "") -> QLabel:
    """A quiet line under a setting that says what it does."""
    label = QLabel(text)
    label.setObjectName("muted")
    label.setWordWrap(True)
    return label


class SettingsView(QWidget):
    """Changes go straight to the preferences, with one exception.

    Turning "No breath holds" off asks first (and the profile's PIN): ``dialogs`` asks;
    tests put their own in.
    """

    def __init__(
        self,
        prefs: PrefsController,
        profile: ProfileController,
        sound: SoundBank,
        data_dir: str,
        parent: QWidget | None = None,
        dialogs: HoldsDialogs | None = None,
        voice: VoiceSettings | None = None,
    ):
        super().__init__(parent)
        self._prefs = prefs
        self._profile = profile
        self.dialogs: HoldsDialogs = dialogs or Dialogs(self)
        self._updating = False
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.language = QComboBox()
        self.language.addItem("", "")
        for code in LANGUAGES:
            self.language.addItem(labels.language_name(code), code)
        self.appearance = QComboBox()
        for code in ("", *APPEARANCES):
            self.appearance.addItem("", code)
        line = self.fontMetrics().height()
        for field in (self.language, self.appearance):
            field.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
            field.setMinimumWidth(round(13 * line))
        self.circle = QRadioButton()
        self.belly = QRadioButton()
        self.reduced_motion = WrapCheckBox()
        self.reduced_motion_help = _help()
        self.settle_in = WrapCheckBox()
        self.check_in = WrapCheckBox()
        self.ask_pain = WrapCheckBox()
        self.no_holds = WrapCheckBox()
        self.no_holds_help = _help()
        self.data_label = _help()
        self.data_label.setText(data_dir)
        self.data_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.goal = QSpinBox()
        self.goal.setRange(GOAL_MINUTES_MIN, GOAL_MINUTES_MAX)
        self.goal.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.goal.setMinimumWidth(round(9 * line))
        self.sound = SoundSettings(prefs, sound)
        self.reminders = ReminderSettings(prefs)
        self.voice = voice
        self.pin_section: QWidget | None = None
        # The captions above the fields, by what they name.
        self.captions = {
            name: QLabel()
            for name in (
                "language",
                "colours",
                "figure",
                "movement",
                "session",
                "sound",
                "data",
                "pin",
                "safety",
                "pain",
                "goal",
            )
        }
        # Each caption labels its field for a screen reader (Linux names a list by its label).
        for name, field in (
            ("language", self.language),
            ("colours", self.appearance),
            ("goal", self.goal),
        ):
            self.captions[name].setBuddy(field)

        c = self.captions
        self.look_group = SettingsGroup()
        self.look_group.add_row(c["language"], self.language)
        self.look_group.add_row(c["colours"], self.appearance)
        self.guide_group = SettingsGroup()
        self.guide_group.add_row(c["figure"], self.circle, self.belly)
        self.guide_group.add_row(c["movement"], self.reduced_motion, self.reduced_motion_help)
        self.guide_group.add_row(c["session"], self.settle_in, self.check_in)
        self.guide_group.add_row(c["sound"], self.sound)
        self.voice_group = SettingsGroup()
        if voice is not None:
            self.voice_group.add_row(None, voice)
        self.reminders_group = SettingsGroup()
        self.reminders_group.add_row(None, self.reminders)
        self.profile_group = SettingsGroup()
        self.profile_group.add_row(c["data"], self.data_label)
        # Everything the therapist sets for this person, the protected "No breath holds"
        # first: kept per profile, shown together, and nothing else among them.
        self.therapist_group = SettingsGroup()
        self.therapist_group.add_row(c["safety"], self.no_holds, self.no_holds_help)
        self.therapist_group.add_row(c["pain"], self.ask_pain)
        self.therapist_group.add_row(c["goal"], self.goal)
        self.groups = (
            self.look_group,
            self.guide_group,
            *((self.voice_group,) if voice is not None else ()),
            self.reminders_group,
            self.profile_group,
            self.therapist_group,
        )
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(round(1.6 * line), round(1.4 * line), line, round(1.6 * line))
        column.setSpacing(round(1.2 * line))
        column.addWidget(self.title)
        for group in self.groups:
            group.setMaximumWidth(round(40 * line))  # lines short enough to read
            column.addWidget(group)
        column.addStretch(1)
        scroll = scrolled(page)  # a small window or large text scrolls; nothing is cut off
        self._scroll = scroll
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

        self.language.activated.connect(self._on_language)
        self.appearance.activated.connect(self._on_appearance)
        self.circle.toggled.connect(self._on_style)
        self.reduced_motion.toggled.connect(self._on_flags)
        self.settle_in.toggled.connect(self._on_flags)
        self.check_in.toggled.connect(self._on_flags)
        self.ask_pain.toggled.connect(self._on_ask_pain)
        self.no_holds.toggled.connect(self._on_no_holds)
        self.goal.valueChanged.connect(self._on_goal)
        profile.changed.connect(lambda _profile: self._show(self._prefs.prefs))
        prefs.changed.connect(self._show)
        prefs.changed.connect(self._order_tabs)  # after the reminders rebuilt their rows
        self.retranslate()
        self._order_tabs()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Settings"))
        self.goal.setSuffix(" " + self.tr("minutes a day"))
        self.language.setItemText(0, self.tr("Same as the computer"))
        names = (
            self.tr("Same as the computer"),
            self.tr("Light"),
            self.tr("Dark"),
            self.tr("High contrast"),
        )
        for i, name in enumerate(names):
            self.appearance.setItemText(i, name)
        self.circle.setText(labels.guide_style_name(GuideStyle.CIRCLE))
        self.belly.setText(labels.guide_style_name(GuideStyle.BELLY))
        self.reduced_motion.setText(self.tr("Less movement"))
        self.reduced_motion_help.setText(
            self.tr("The guide fills and empties like a glass instead of growing and shrinking.")
        )
        self.settle_in.setText(self.tr("Count down 3-2-1 before the first breath"))
        self.check_in.setText(self.tr("Ask how I feel before and after"))
        self.ask_pain.setText(self.tr("Ask about pain before and after, too"))
        self.no_holds.setText(self.tr("No breath holds"))
        self.no_holds_help.setText(
            self.tr(
                "Your therapist turns this on for heart problems, pregnancy or high blood "
                "pressure: patterns with pauses are then not offered. Talk with your "
                "therapist before you turn it off."
            )
        )
        self.no_holds.setAccessibleDescription(self.no_holds_help.text())
        captions = {
            "language": self.tr("Language"),
            "colours": self.tr("Colours"),
            "figure": self.tr("Figure"),
            "movement": self.tr("Movement"),
            "session": self.tr("Each session"),
            "sound": self.tr("Sound"),
            "data": self.tr("Your data is kept in"),
            "pin": self.tr("PIN"),
            "safety": self.tr("Safety"),
            "pain": self.tr("Pain rating"),
            "goal": self.tr("Daily goal"),
        }
        for name, caption in captions.items():
            self.captions[name].setText(caption)
        self.look_group.set_texts(self.tr("Look and feel"))
        self.guide_group.set_texts(self.tr("Guide"))
        self.voice_group.set_texts(
            self.tr("Voice"),
            self.tr("For practising with your eyes closed: the steps are read aloud."),
        )
        self.reminders_group.set_texts(self.tr("Reminders"))
        self._name_profile_group()
        self.therapist_group.set_texts(
            self.tr("For your therapist"),
            self.tr(
                "Your therapist sets these with you. They belong to this profile only: "
                "other profiles on this computer keep their own."
            ),
        )
        self._scroll.setAccessibleName(self.tr("Settings"))
        self.language.setAccessibleName(self.tr("Language"))
        self.appearance.setAccessibleName(self.tr("Colours"))
        self.goal.setAccessibleName(self.tr("Daily goal"))
        self._show(self._prefs.prefs)

    def add_pin_section(self, section: QWidget) -> None:
        """The profile's PIN (ui.settings.pin_settings), given once the Profile menu exists."""
        self.pin_section = section
        self.profile_group.add_row(self.captions["pin"], section)
        self._name_profile_group()
        self._order_tabs()

    def _name_profile_group(self) -> None:
        if self.pin_section is None:  # the guest's: no PIN
            self.profile_group.set_texts(self.tr("Your data"))
        else:
            self.profile_group.set_texts(self.tr("Your profile and PIN"))

    @Slot()
    def _order_tabs(self, *_args: object) -> None:
        """Tab goes as the eye reads: group by group, top to bottom."""
        pin = self.pin_section
        order: list[QWidget] = [
            self.language,
            self.appearance,
            self.circle,
            self.belly,
            self.reduced_motion,
            self.settle_in,
            self.check_in,
            *self.sound.focus_order(),
            *(self.voice.focus_order() if self.voice is not None else ()),
            *self.reminders.focus_order(),
            *(pin.focus_order() if isinstance(pin, PinSettings) else ()),
            self.no_holds,
            self.ask_pain,
            self.goal,
        ]
        for first, then in pairwise(order):
            QWidget.setTabOrder(first, then)

    @Slot(object)
    def _show(self, prefs: Preferences) -> None:
        self._updating = True
        try:
            self.language.setCurrentIndex(max(0, self.language.findData(prefs.language)))
            self.appearance.setCurrentIndex(max(0, self.appearance.findData(prefs.appearance)))
            self.circle.setChecked(prefs.guide_style is GuideStyle.CIRCLE)
            self.belly.setChecked(prefs.guide_style is GuideStyle.BELLY)
            self.reduced_motion.setChecked(prefs.reduced_motion)
            self.settle_in.setChecked(prefs.settle_in)
            self.check_in.setChecked(prefs.check_in)
            self.ask_pain.setChecked(self._profile.profile.ask_pain)
            self.ask_pain.setEnabled(prefs.check_in)
            self.no_holds.setChecked(self._profile.profile.no_holds)
            self.goal.setValue(prefs.daily_goal_minutes)
        finally:
            self._updating = False

    @Slot()
    def _on_goal(self) -> None:
        if not self._updating:
            self._prefs.update(daily_goal_minutes=self.goal.value())

    @Slot()
    def _on_language(self) -> None:
        self._prefs.update(language=self.language.currentData())

    @Slot()
    def _on_appearance(self) -> None:
        self._prefs.update(appearance=self.appearance.currentData())

    @Slot()
    def _on_style(self) -> None:
        if not self._updating:
            style = GuideStyle.CIRCLE if self.circle.isChecked() else GuideStyle.BELLY
            self._prefs.update(guide_style=style)

    @Slot()
    def _on_flags(self) -> None:
        if not self._updating:
            self._prefs.update(
                reduced_motion=self.reduced_motion.isChecked(),
                settle_in=self.settle_in.isChecked(),
                check_in=self.check_in.isChecked(),
            )

    @Slot()
    def _on_ask_pain(self) -> None:
        if not self._updating:
            self._profile.set_ask_pain(self.ask_pain.isChecked())

    @Slot(bool)
    def _on_no_holds(self, checked: bool) -> None:
        if self._updating:
            return
        if checked:
            self._profile.set_no_holds()  # the safer way: one click
        else:
            self._show(self._prefs.prefs)  # still on while the person is asked
            ask_to_allow_holds(self._profile, self.dialogs)
        self._show(self._prefs.prefs)  # what is stored, whatever the answers were

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
