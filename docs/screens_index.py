# SPDX-License-Identifier: GPL-3.0-or-later
"""docs/SCREENS.md: every screenshot, normal and at 200 % text in the four languages, and in
high contrast in English and Dutch."""

from __future__ import annotations

from pathlib import Path

from screenshot_conditions import CONDITIONS, LABELS  # beside this file

# Each screen the screenshot scripts make, in the order a patient meets them.
CAPTIONS = {
    "ready": "Breathe: ready to start",
    "checkin": "The check-in before a session",
    "guide-circle": "The guide, breathing in",
    "guide-belly": "The belly figure",
    "guide-level": "Less movement",
    "guide-dark": "Dark colours",
    "guide-contrast": "High contrast colours",
    "session-bar": "A session under way",
    "fullscreen": "Full screen",
    "checkin-after": "The check-in after a session",
    "summary": "After a session",
    "summary-dizzy": "After 'I feel dizzy'",
    "ready-after-dizzy": "Ready again, a gentler pattern offered",
    "editor": "Your own pattern",
    "editor-invalid": "Your own pattern, with a problem said",
    "relax-list": "Relax: choose a session",
    "relax-say": "A relaxation step",
    "relax-tense": "Tense gently",
    "relax-release": "Let go",
    "relax-breathe": "Breathing inside a relaxation",
    "relax-checkin-after": "The check-in after a relaxation",
    "relax-summary": "After a relaxation",
    "note-for-therapist": "A note for the therapist after a session",
    "flare-offer": "Pain of 7 or more: the flare-up session offered",
    "bad-day-button": "Breathe: I'm having a bad day",
    "bad-day": "A bad day: a kind word and the pain",
    "bad-day-session": "The flare-up session",
    "bad-day-closing": "After the flare-up session: reassurance, advice, contact",
    "bad-day-care": "When to seek care, and a note for the therapist",
    "today-empty": "Today, without a plan",
    "today": "Today, with a plan",
    "plan-editor": "The plan editor",
    "plan-import": "Importing a plan",
    "history": "History: a month",
    "history-year": "History: a year",
    "history-sessions": "History: the sessions",
    "history-dark": "History in dark colours",
    "history-plan": "The plan in the history",
    "settings": "Settings",
    "settings-profile": "Settings: reminders and the profile",
    "settings-voice": "Settings: the voice",
    "recorder": "Recording the therapist's voice",
    "reminder-notice": "A reminder inside the app",
    "profiles": "Who is practising?",
    "present": "Presentation on the patient's screen",
    "therapist-panel": "The therapist's panel",
    "heart-picker": "Choosing a heart rate chest strap",
    "heart-guide": "The heart beside the guide (demo recording)",
    "heart-present-under": "Presentation: the heart under the guide",
    "heart-present-fill": "Presentation: the heart filling the screen",
    "resonance-before": "The resonance pace test: before",
    "resonance-guide": "The resonance pace test: the guide paces, the heart follows",
    "resonance-during": "The resonance pace test: under way",
    "resonance-rest": "The resonance pace test: a rest between paces",
    "resonance-result": "The resonance pace test: the heart's wave at each pace",
    "resonance-chosen": "The resonance pace test: a pace chosen",
    "report-resonance": "The report's resonance page",
    "about": "About BreathApp",
}


def _cell(folder: str, name: str, language: str) -> str:
    path = f"screenshots/{folder + '/' if folder else ''}{name}-{language}.png"
    return f'<a href="{path}"><img src="{path}" width="160" alt="{name} {language}"></a>'


def write_index(target: Path, docs: Path) -> None:
    """SCREENS.md in ``docs``: a row per screen, a column per condition and language."""
    made = {p.stem.rsplit("-", 1)[0] for p in target.glob("*-en.png")}
    names = [n for n in CAPTIONS if n in made] + sorted(made - CAPTIONS.keys())
    heads = []
    for condition in CONDITIONS.values():
        for language in condition.languages:
            heads.append(f"{LABELS[condition.name]} ({language})")
    lines = [
        "# Every screen",
        "",
        "Made by `python docs/make_screenshots.py --all`: each screen in English, Dutch, French",
        "and German at normal size and at 200 % text (`QT_FONT_DPI=192` on a 1600 × 1000",
        "screen), and in high contrast in English and Dutch. Click a picture for its full size.",
        "",
        "| Screen | " + " | ".join(heads) + " |",
        "|---" * (len(heads) + 1) + "|",
    ]
    for name in names:
        cells = [
            _cell(condition.folder, name, language)
            for condition in CONDITIONS.values()
            for language in condition.languages
        ]
        lines.append(f"| {CAPTIONS.get(name, name)} | " + " | ".join(cells) + " |")
    (docs / "SCREENS.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
