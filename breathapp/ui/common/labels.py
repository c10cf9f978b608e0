# SPDX-License-Identifier: GPL-3.0-or-later
"""Every user-facing word for core values (phases, presets, errors) in one place."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale

from breathapp.core.cues import Cue
from breathapp.core.errors import OwnFileError, StorageError, StorageProblem
from breathapp.core.patterns import PRESETS, Pattern, PatternError, Phase, Problem, parse
from breathapp.core.prefs import GuideStyle
from breathapp.core.safety import FirstMonthError, HoldsNotAllowedError, LengthCapped
from breathapp.core.session import LengthError, LengthKind
from breathapp.ui.common import dates, numbers
from breathapp.ui.common.counts import Counts

if TYPE_CHECKING:  # live pace loads with the first session: off the start-up path
    from breathapp.core.live_pace import Shown


def phase_word(phase: Phase) -> str:
    if phase is Phase.INHALE:
        return QCoreApplication.translate("labels", "Breathe in")
    if phase is Phase.TOP_UP:
        return QCoreApplication.translate("labels", "A little more in")
    if phase is Phase.EXHALE:
        return QCoreApplication.translate("labels", "Breathe out")
    return QCoreApplication.translate("labels", "Hold")


# What a voice says at the start of a breath phase, by language: also what the therapist
# records for the voice pack's breathing cues, which are in the pack's language whatever
# the app's is (so not through the app's translator). "hold" is the guide's word for it.
SPOKEN_CUES = {
    "en": {"in": "In", "out": "Out", "hold": "Hold"},
    "nl": {"in": "In", "out": "Uit", "hold": "Houd vast"},
    "fr": {"in": "Inspirez", "out": "Expirez", "hold": "Retenez"},
    "de": {"in": "Einatmen", "out": "Ausatmen", "hold": "Atem anhalten"},
}
_CUE_STEPS = {Cue.INHALE: "in", Cue.EXHALE: "out", Cue.HOLD: "hold"}


def spoken_cue(cue: Cue | int, language: str) -> str:
    """What the voice says at a breath cue ("in", "out", a pause) or for a count."""
    if isinstance(cue, int):
        return QLocale().toString(cue)
    return SPOKEN_CUES.get(language, SPOKEN_CUES["en"])[_CUE_STEPS.get(cue, "hold")]


def preset_name(preset_id: str) -> str:
    names = {
        "calm": QCoreApplication.translate("labels", "Calm belly breathing"),
        "coherent": QCoreApplication.translate("labels", "Even breathing"),
        "coherent-5.5": QCoreApplication.translate("labels", "Even breathing, a little slower"),
        "long-exhale": QCoreApplication.translate("labels", "Long breath out"),
        "gentle": QCoreApplication.translate("labels", "Gentle start"),
        "box": QCoreApplication.translate("labels", "Box breathing"),
        "4-7-8": QCoreApplication.translate("labels", "4-7-8 breathing"),
        "sigh": QCoreApplication.translate("labels", "Double breath in, long sigh out"),
    }
    return names.get(preset_id, preset_id)


def preset_description(preset_id: str) -> str:
    texts = {
        "calm": QCoreApplication.translate(
            "labels", "A longer breath out than in. A good pattern to begin with."
        ),
        "coherent": QCoreApplication.translate(
            "labels", "As long in as out, about six breaths a minute."
        ),
        "coherent-5.5": QCoreApplication.translate(
            "labels", "As long in as out, a touch slower still."
        ),
        "long-exhale": QCoreApplication.translate(
            "labels", "Short in, long out. Nice in the evening, to wind down."
        ),
        "gentle": QCoreApplication.translate(
            "labels", "A little quicker, for when six a minute still feels too slow."
        ),
        "box": QCoreApplication.translate(
            "labels", "With two short pauses. Can steady you in a tense moment."
        ),
        "4-7-8": QCoreApplication.translate(
            "labels", "With a long pause. In the first month, keep it to four breaths."
        ),
        "sigh": QCoreApplication.translate(
            "labels", "Breathe in, add a small second breath, then sigh out slowly."
        ),
    }
    return texts.get(preset_id, "")


def seconds(value: float) -> str:
    """Seconds quoted back exactly, with the locale's decimal sign: 5,25 in Dutch."""
    return numbers.exact(value)


def rate(rate_bpm: float, locale: QLocale | None = None) -> str:
    return numbers.short(rate_bpm, 1, locale)


def pattern_timing(pattern: Pattern, locale: QLocale | None = None) -> str:
    """4-0-6-0 as a person reads it: tenths, the locale's decimal sign (5,5-0-5,5-0 in Dutch)."""
    return numbers.timing(pattern, locale)


def rate_text(rate_bpm: float, locale: QLocale | None = None) -> str:
    return QCoreApplication.translate("labels", "%1 breaths per minute").replace(
        "%1", rate(rate_bpm, locale)
    )


def ratio_text(pattern: Pattern) -> str:
    ratio = numbers.short(pattern.exhale_ratio, 2)
    return QCoreApplication.translate("labels", "in : out = 1 : %1").replace("%1", ratio)


def holds_mark() -> str:
    return QCoreApplication.translate("labels", "with pauses")


def guide_style_name(style: GuideStyle) -> str:
    if style is GuideStyle.BELLY:
        return QCoreApplication.translate("labels", "Belly figure")
    return QCoreApplication.translate("labels", "Circle")


def length_unit(kind: LengthKind) -> str:
    if kind is LengthKind.BREATHS:
        return QCoreApplication.translate("labels", "breaths")
    return QCoreApplication.translate("labels", "minutes")


def language_name(code: str) -> str:
    return {"nl": "Nederlands", "en": "English", "fr": "Français", "de": "Deutsch"}.get(code, code)


def clock_text(total_s: float) -> str:
    """Minutes and seconds, 4:05; hours when needed, 1:02:03."""
    total = max(0, int(total_s))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes}:{secs:02d}"


def minutes_text(active_s: float) -> str:
    minutes = round(active_s / 60)
    if active_s < 60:
        return QCoreApplication.translate("labels", "less than a minute")
    text = Counts.tr("%n minutes", "", minutes)
    return text


def half_minutes_text(seconds: float, locale: QLocale | None = None) -> str:
    """Minutes to the half minute: "2 minutes", "2.5 minutes" (a resonance test's pace)."""
    halves = round(seconds / 30)
    if halves % 2 == 0 or halves < 2:
        return minutes_text(halves * 30)
    text = QCoreApplication.translate("labels", "%1 minutes")
    return text.replace("%1", numbers.decimal(halves / 2, 1, locale))


def duration_text(seconds: float) -> str:
    """Minutes up to two hours, then hours and minutes: "95 minutes", "12 h 5 min"."""
    minutes = round(seconds / 60)
    if minutes < 120:
        return minutes_text(seconds)
    return (
        QCoreApplication.translate("labels", "%1 h %2 min")
        .replace("%1", str(minutes // 60))
        .replace("%2", str(minutes % 60))
    )


def breaths_text(breaths: int) -> str:
    return Counts.tr("%n breaths", "", breaths)


def _field_name(field: str) -> str:
    names = {
        "inhale": QCoreApplication.translate("labels", "Breathing in"),
        "top_up": QCoreApplication.translate("labels", "The second breath in"),
        "hold_in": QCoreApplication.translate("labels", "The pause after breathing in"),
        "exhale": QCoreApplication.translate("labels", "Breathing out"),
        "hold_out": QCoreApplication.translate("labels", "The pause after breathing out"),
    }
    return names.get(field, field)


def pattern_error(error: PatternError) -> str:
    """A pattern problem in the user's language, saying what to change."""
    low, high = seconds(error.low), seconds(error.high)
    got = seconds(float(error.got)) if _is_number(error.got) else str(error.got)
    if error.problem is Problem.PHASE_RANGE:
        text = QCoreApplication.translate("labels", "%1 can be %2 to %3 seconds, not %4.")
        return _fill(text, _field_name(error.field), low, high, got)
    if error.problem is Problem.CYCLE_TOO_LONG:
        text = QCoreApplication.translate(
            "labels", "One whole breath can last at most %1 seconds; this one lasts %2."
        )
        return _fill(text, high, got)
    if error.problem is Problem.RATE_RANGE:
        text = QCoreApplication.translate(
            "labels", "The pace can be %1 to %2 breaths per minute, not %3."
        )
        return _fill(text, low, high, got)
    if error.problem is Problem.RATIO_RANGE:
        return QCoreApplication.translate(
            "labels", "Breathing out can last one to two times as long as breathing in."
        )
    if error.problem is Problem.RAMP_MINUTES_RANGE:
        text = QCoreApplication.translate("labels", "Slowing down can take %1 to %2 minutes.")
        return _fill(text, low, high)
    return QCoreApplication.translate(
        "labels", "This pattern is not clear. Write it as in-pause-out-pause, for example 4-0-6-0."
    )


def length_error(error: LengthError) -> str:
    if error.kind is LengthKind.MINUTES:
        return QCoreApplication.translate("labels", "A session can last half a minute to 3 hours.")
    return QCoreApplication.translate("labels", "A session can last 1 to 2000 breaths.")


def own_file_message(error: OwnFileError) -> str:
    """A file was chosen over one of the app's own: why not there, and what to do instead."""
    return QCoreApplication.translate(
        "labels",
        "BreathApp keeps your history, its backups and its log here:\n%1\n\n"
        "Saving under this name could replace them. Please choose another folder or name.",
    ).replace("%1", str(error.data_dir))


def storage_message(error: StorageError) -> str:
    """What happened to the store and what the user can do, calmly."""
    where = str(error.path) if error.path else ""
    texts = {
        StorageProblem.DATA_DIR_UNUSABLE: QCoreApplication.translate(
            "labels",
            "BreathApp cannot save in this folder:\n%1\n\nChoose another folder with "
            "--data-dir, or ask whoever looks after this computer for write access.",
        ),
        StorageProblem.DISK_FULL: QCoreApplication.translate(
            "labels",
            "The disk is full, so your practice cannot be saved right now. Nothing is lost: "
            "BreathApp keeps it and saves it as soon as there is room again.",
        ),
        StorageProblem.READ_ONLY: QCoreApplication.translate(
            "labels",
            "The folder with your practice is read-only:\n%1\n\nBreathApp keeps your "
            "practice and saves it as soon as it may write again.",
        ),
        StorageProblem.NEWER_VERSION: QCoreApplication.translate(
            "labels",
            "Your practice history was saved by a newer version of BreathApp:\n%1\n\n"
            "This version leaves it untouched. Please install the newer version again.",
        ),
        StorageProblem.IO: QCoreApplication.translate(
            "labels",
            "The file with your practice could not be read or written:\n%1\n\n"
            "BreathApp keeps what you practise and tries again.",
        ),
    }
    return texts[error.problem].replace("%1", where)


def _is_number(value: object) -> bool:
    try:
        float(str(value))
    except ValueError:
        return False
    return True


def _fill(text: str, *args: str) -> str:
    for i, arg in enumerate(args, start=1):
        text = text.replace(f"%{i}", arg)
    return text


def safety_title() -> str:
    return QCoreApplication.translate("labels", "Breathing safely")


def safety_notice() -> str:
    """The first-run notice (also under Help), as rich text."""
    return QCoreApplication.translate(
        "labels",
        "<p>BreathApp helps you practise calm, slow breathing. Breathe gently: "
        "slower, not deeper.</p>"
        "<p>Stop and breathe normally if you feel dizzy or light-headed, feel tingling, "
        "become short of breath or have pain in your chest. <b>I feel dizzy</b> (or the "
        "D key) ends a session at once.</p>"
        "<p>Not sure whether this is right for you? Ask your therapist or doctor.</p>"
        "<p>BreathApp is a practice aid, not a medical device.</p>",
    )


def holds_refused() -> str:
    return QCoreApplication.translate(
        "labels",
        "This pattern has pauses (breath holds), and pauses are turned off for you. "
        "Please choose another pattern.",
    )


def pattern_name(pattern_text: str) -> str:
    """A preset's name, or the timing of an own pattern ("4-2-6-0")."""
    for p in PRESETS:
        if p.pattern.text() == pattern_text:
            return preset_name(p.id)
    try:
        timing = pattern_timing(parse(pattern_text))
    except PatternError:
        timing = pattern_text
    return QCoreApplication.translate("labels", "The pattern %1").replace("%1", timing)


def refusal_text(refusal: Exception) -> str:
    """Why the safety rules said no, in words: which pattern, why, what to choose instead."""
    if isinstance(refusal, FirstMonthError):
        return (
            QCoreApplication.translate(
                "labels",
                "4-7-8 breathing is new for this profile. Until %1 it is done for at most "
                "4 breaths at a time, as a short session of its own, so the pace did not "
                "change to it now.",
            )
        ).replace("%1", date_text(refusal.last_day))
    if isinstance(refusal, HoldsNotAllowedError) and refusal.where.startswith("steps"):
        return QCoreApplication.translate(
            "labels",
            "This relaxation session breathes with pauses (breath holds), and this profile "
            "is set to breathe without them, so it was not started. Please choose another "
            "session.",
        )
    if isinstance(refusal, HoldsNotAllowedError):
        return (
            QCoreApplication.translate(
                "labels",
                "%1 has pauses where you hold your breath. This profile is set to breathe "
                "without pauses, so it was not started. Choose a pattern without pauses, "
                "for example %2.",
            )
            .replace("%1", pattern_name(refusal.pattern_text))
            .replace("%2", preset_name("calm"))
        )
    return str(refusal)


def length_capped_text(capped: LengthCapped) -> str:
    """A 4-7-8 session shortened in its first month, said kindly."""
    return Counts.tr(
        "4-7-8 breathing is new for you: until %1, one session is at most %n breaths. "
        "This one ends after %n breaths.",
        "",
        capped.breaths,
    ).replace("%1", date_text(capped.last_day))


def first_month_note(last_day: date) -> str:
    """Beside the length, while 4-7-8 is chosen in its first month."""
    return QCoreApplication.translate(
        "labels",
        "In the first month with 4-7-8 (until %1), a session is at most 4 breaths, "
        "a little over a minute. Start gently; longer sessions come later.",
    ).replace("%1", date_text(last_day))


def script_problem(error: Exception) -> str:
    """Where a relaxation file is wrong, in the app's language; the detail stays as written."""
    from breathapp.core.relaxation import ScriptError, ScriptProblem  # not at start-up

    if not isinstance(error, ScriptError):
        return str(error)
    problem = {
        ScriptProblem.UNREADABLE: QCoreApplication.translate("labels", "cannot be read"),
        ScriptProblem.SYNTAX: QCoreApplication.translate(
            "labels", "is not written as the format asks"
        ),
        ScriptProblem.MISSING: QCoreApplication.translate("labels", "is missing"),
        ScriptProblem.UNKNOWN_KEY: QCoreApplication.translate("labels", "is not a known field"),
        ScriptProblem.WRONG_TYPE: QCoreApplication.translate(
            "labels", "has the wrong kind of value"
        ),
        ScriptProblem.OUT_OF_RANGE: QCoreApplication.translate("labels", "is outside its limits"),
        ScriptProblem.BAD_VALUE: QCoreApplication.translate(
            "labels", "has a value that is not allowed"
        ),
        ScriptProblem.MISMATCH: QCoreApplication.translate(
            "labels", "does not match the file name"
        ),
        ScriptProblem.HOLDS: QCoreApplication.translate(
            "labels", "has breath holds, which relaxation never uses"
        ),
        ScriptProblem.TOO_LONG: QCoreApplication.translate("labels", "makes the session too long"),
    }[error.problem]
    where = [error.source]
    if error.step is not None:
        where.append(QCoreApplication.translate("labels", "step %1").replace("%1", str(error.step)))
    if error.field is not None:
        where.append(QCoreApplication.translate("labels", "field '%1'").replace("%1", error.field))
    return f"{', '.join(where)}: {problem} ({error.detail})"


def date_text(day: date, long: bool = False) -> str:
    """A date in the app's language (the language switch sets the default locale)."""
    return dates.day_text(day, dates.WEEKDAY if long else dates.SHORT)


def date_time_text(when: datetime) -> str:
    """When something began, on this computer's clock, in the app's language and a 24-hour
    clock: "vr 5 dec 2026, 17:44" in Dutch, "Fri, 5 Dec 2026, 17:44" in English."""
    return dates.moment_text(when.astimezone())


def shown_lines(shown: tuple[Shown, ...], locale: QLocale | None = None) -> list[str]:
    """One calm line per pattern shown: name and timing (an own pattern's timing once), rate,
    time on screen."""
    from breathapp.core.live_pace import preset_id_of  # loaded with the session already

    lines = []
    for item in shown:
        preset_id = preset_id_of(item.pattern)
        what = pattern_timing(item.pattern, locale)
        if preset_id:
            what = f"{preset_name(preset_id)}  ({what})"
        lines.append(
            f"{what}  ·  {rate_text(item.pattern.rate_bpm, locale)}  ·  {clock_text(item.seconds)}"
        )
    return lines
