# SPDX-License-Identifier: GPL-3.0-or-later
"""Settings: language, how the guide looks, the settle-in, and where the data lives."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QLabel,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from breathapp.controllers.prefs_controller import PrefsController
from breathapp.controllers.profile_controller import ProfileController
from breathapp.core.prefs import (
    APPEARANCES,
    GOAL_MINUTES_MAX,
    GOAL_MINUTES_MIN,
    LANGUAGES,
    GuideStyle,
    Preferences,
)
from breathapp.ui.common import labels
from breathapp.ui.common.sound import SoundBank
from breathapp.ui.settings.allow_holds import Dialogs, HoldsDialogs, ask_to_allow_holds
from breathapp.ui.settings.reminder_settings import ReminderSettings
from breathapp.ui.settings.sound_settings import SoundSettings


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
        self.appearance.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.appearance.setMinimumWidth(280)
        for code in ("", *APPEARANCES):
            self.appearance.addItem("", code)
        self.circle = QRadioButton()
        self.belly = QRadioButton()
        self.reduced_motion = QCheckBox()
        self.reduced_motion_help = QLabel()
        self.reduced_motion_help.setObjectName("muted")
        self.reduced_motion_help.setWordWrap(True)
        self.settle_in = QCheckBox()
        self.check_in = QCheckBox()
        self.ask_pain = QCheckBox()
        self.no_holds = QCheckBox()
        self.no_holds_help = QLabel()
        self.no_holds_help.setObjectName("muted")
        self.no_holds_help.setWordWrap(True)
        self.data_label = QLabel(data_dir)
        self.data_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.data_label.setObjectName("muted")
        self.data_label.setWordWrap(True)

        self.goal = QSpinBox()
        self.goal.setRange(GOAL_MINUTES_MIN, GOAL_MINUTES_MAX)
        self.goal.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.goal.setMinimumWidth(160)
        self.captions = [QLabel() for _ in range(9)]
        self.sound = SoundSettings(prefs, sound)
        self.form = QFormLayout()
        self.form.setVerticalSpacing(22)
        self.form.setHorizontalSpacing(32)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.language.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.language.setMinimumWidth(280)
        self.form.addRow(self.captions[0], self.language)
        self.form.addRow(self.captions[6], self.appearance)
        style_box = QVBoxLayout()
        style_box.addWidget(self.circle)
        style_box.addWidget(self.belly)
        self.form.addRow(self.captions[1], style_box)
        motion = QVBoxLayout()
        motion.addWidget(self.reduced_motion)
        motion.addWidget(self.reduced_motion_help)
        self.form.addRow(self.captions[2], motion)
        start_box = QVBoxLayout()
        start_box.addWidget(self.settle_in)
        start_box.addWidget(self.check_in)
        self.form.addRow(self.captions[3], start_box)
        self.form.addRow(self.captions[7], self.sound)
        self.reminders = ReminderSettings(prefs)
        self.reminders_caption = QLabel()
        self.form.addRow(self.reminders_caption, self.reminders)
        self.form.addRow(self.captions[5], self.data_label)
        # What the therapist advises for this person: kept per profile, shown together.
        self.profile_title = QLabel()
        self.profile_title.setObjectName("sectionTitle")
        self.profile_help = QLabel()
        self.profile_help.setObjectName("muted")
        self.profile_help.setWordWrap(True)
        self.profile_form = QFormLayout()
        self.profile_form.setVerticalSpacing(22)
        self.profile_form.setHorizontalSpacing(32)
        self.profile_form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        safety = QVBoxLayout()
        safety.addWidget(self.no_holds)
        safety.addWidget(self.no_holds_help)
        self.profile_form.addRow(self.captions[4], safety)
        self.pain_caption = QLabel()
        self.profile_form.addRow(self.pain_caption, self.ask_pain)
        self.profile_form.addRow(self.captions[8], self.goal)
        # Each caption labels its field for a screen reader (Linux names a list by its label).
        for index, field in ((0, self.language), (6, self.appearance), (8, self.goal)):
            self.captions[index].setBuddy(field)
        self.pin_caption = QLabel()  # its row comes with the Profile menu (add_pin_section)
        for caption in (
            *self.captions,
            self.reminders_caption,
            self.pain_caption,
            self.pin_caption,
        ):
            caption.setMinimumWidth(190)  # the fields of both groups start in one column
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(48, 36, 48, 36)
        column.addWidget(self.title)
        column.addSpacing(24)
        column.addLayout(self.form)
        column.addSpacing(40)
        column.addWidget(self.profile_title)
        column.addWidget(self.profile_help)
        column.addSpacing(16)
        column.addLayout(self.profile_form)
        column.addStretch(1)
        scroll = QScrollArea()  # a small window scrolls; nothing is cut off
        self._scroll = scroll
        scroll.setWidget(page)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
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
        self.retranslate()

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
        self.pain_caption.setText(self.tr("Pain rating"))
        self.reminders_caption.setText(self.tr("Reminders"))
        self.pin_caption.setText(self.tr("PIN"))
        self.profile_title.setText(self.tr("For this profile, with your therapist"))
        self.profile_help.setText(
            self.tr(
                "These settings belong to this profile only: other profiles on this "
                "computer keep their own."
            )
        )
        self.no_holds.setText(self.tr("No breath holds"))
        self.no_holds_help.setText(
            self.tr(
                "Your therapist turns this on for heart problems, pregnancy or high blood "
                "pressure: patterns with pauses are then not offered. Talk with your "
                "therapist before you turn it off."
            )
        )
        self.no_holds.setAccessibleDescription(self.no_holds_help.text())
        captions = (
            self.tr("Language"),
            self.tr("Guide"),
            self.tr("Movement"),
            self.tr("Each session"),
            self.tr("Safety"),
            self.tr("Your data is kept in"),
            self.tr("Colours"),
            self.tr("Sound"),
            self.tr("Daily goal"),
        )
        for label, caption in zip(self.captions, captions, strict=True):
            label.setText(caption)
        self._scroll.setAccessibleName(self.tr("Settings"))
        self.language.setAccessibleName(self.tr("Language"))
        self.appearance.setAccessibleName(self.tr("Colours"))
        self.goal.setAccessibleName(self.tr("Daily goal"))
        self._show(self._prefs.prefs)

    def add_pin_section(self, section: QWidget) -> None:
        """The profile's PIN (ui.settings.pin_settings), given once the Profile menu exists."""
        self.profile_form.addRow(self.pin_caption, section)

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
