# SPDX-License-Identifier: GPL-3.0-or-later
"""More README screenshots (make_screenshots.py runs them): plan, reminders, profiles, P."""

from __future__ import annotations

import random
import tempfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from PySide6.QtWidgets import QApplication, QScrollArea, QWidget
from screenshot_conditions import CONDITION  # beside this file

from breathapp.app.build import build
from breathapp.app.built import Built
from breathapp.app.options import Options
from breathapp.app.plans import add_plan_ui, parts_of, start_today
from breathapp.app.profiles import add_profile_ui, profiles_controller
from breathapp.app.reminders import add_reminders, plan_reminder_times
from breathapp.controllers.history_controller import Period
from breathapp.core.clock import ManualClock
from breathapp.core.plans import (
    Advance,
    Contact,
    ItemKind,
    Per,
    Plan,
    PlanItem,
    PlanPhase,
    PlanProgress,
)
from breathapp.core.profiles import ProfileChoice
from breathapp.storage.db import Database
from breathapp.storage.movement_repo import MovementRepo
from breathapp.storage.plans_repo import PlanRepo
from breathapp.storage.profiles_repo import ProfileRepo
from breathapp.storage.timestamps import to_iso_z
from breathapp.ui.shell.main_window import BREATHE_PAGE, HISTORY_PAGE, SETTINGS_PAGE, TODAY_PAGE

# A Thursday morning; the plan began on Monday, the history's plan six weeks before.
NOW_UTC = datetime(2026, 3, 12, 9, 40, tzinfo=UTC)
TODAY = NOW_UTC.date()
PLAN_START = date(2026, 3, 9)
LONG_PLAN_START = date(2026, 1, 26)

# The plan's words, as the practice writes them: kind and plain ("je" in Dutch).
WORDS = {
    "en": {
        "title": "Calm back, step by step",
        "phases": ("Calm and loosen", "Build up", "Keep it going"),
        "notes": (
            "Lie on your back with your knees bent, or sit well supported. "
            "Let your belly rise first; your chest can stay quiet.",
            "A little longer now. If a session feels like too much, make it shorter: "
            "that counts too.",
            "Breathing is part of your day now. Keep it light, and keep moving.",
        ),
        "message": "Hi Els, take your time with this. Little and often helps more than a lot "
        "at once, and a short walk every day matters as much as the breathing. If the pain "
        "flares up or you are unsure about something, just call me: that is what I am here "
        "for.\nSofie",
        "practice": "Physiotherapy De Linde",
        "hours": "Mon–Fri, 8:00–12:00",
    },
    "nl": {
        "title": "Rustig je rug, stap voor stap",
        "phases": ("Rust en losmaken", "Opbouwen", "Volhouden"),
        "notes": (
            "Lig op je rug met je knieën gebogen, of zit goed gesteund. "
            "Laat eerst je buik rijzen; je borst mag rustig blijven.",
            "Nu iets langer. Voelt een sessie als te veel, maak ze dan korter: dat telt ook.",
            "Ademen hoort nu bij je dag. Hou het licht, en blijf bewegen.",
        ),
        "message": "Dag Els, neem er rustig je tijd voor. Een beetje en vaak helpt meer dan "
        "veel in één keer, en elke dag een korte wandeling is even belangrijk als het ademen. "
        "Speelt de pijn op of twijfel je ergens over, bel me gerust: daarvoor ben ik er.\nSofie",
        "practice": "Kinepraktijk De Linde",
        "hours": "ma–vr, 8.00–12.00 u",
    },
    "fr": {
        "title": "Un dos plus calme, pas à pas",
        "phases": ("Se calmer et se détendre", "Progresser", "Continuer"),
        "notes": (
            "Couchez-vous sur le dos, les genoux pliés, ou asseyez-vous bien soutenu. "
            "Laissez d'abord monter le ventre ; la poitrine peut rester calme.",
            "Un peu plus longtemps maintenant. Si une séance vous semble trop, "
            "raccourcissez-la : cela compte aussi.",
            "La respiration fait partie de votre journée. Restez léger, et continuez à bouger.",
        ),
        "message": "Bonjour Els, prenez votre temps. Un peu et souvent aide plus que beaucoup "
        "d'un coup, et une courte promenade chaque jour compte autant que la respiration. Si "
        "la douleur se réveille ou si vous avez un doute, appelez-moi : je suis là pour ça."
        "\nSofie",
        "practice": "Cabinet de kinésithérapie De Linde",
        "hours": "lu–ve, 8h00–12h00",
    },
    "de": {
        "title": "Ein ruhiger Rücken, Schritt für Schritt",
        "phases": ("Ruhe und Lockerung", "Aufbauen", "Dranbleiben"),
        "notes": (
            "Legen Sie sich mit angewinkelten Knien auf den Rücken, oder sitzen Sie gut "
            "gestützt. Lassen Sie zuerst den Bauch steigen; die Brust darf ruhig bleiben.",
            "Jetzt etwas länger. Ist eine Übung zu viel, machen Sie sie kürzer: auch das zählt.",
            "Das Atmen gehört jetzt zu Ihrem Tag. Bleiben Sie locker, und bleiben Sie in Bewegung.",
        ),
        "message": "Hallo Els, nehmen Sie sich Zeit. Wenig und oft hilft mehr als viel auf "
        "einmal, und ein kurzer Spaziergang jeden Tag ist so wichtig wie das Atmen. Wenn der "
        "Schmerz aufflammt oder Sie unsicher sind, rufen Sie mich einfach an: dafür bin ich "
        "da.\nSofie",
        "practice": "Kinesitherapie-Praxis De Linde",
        "hours": "Mo–Fr, 8.00–12.00 Uhr",
    },
}


def make_plan(language: str) -> Plan:
    """Three phases: 14 days, 21 days, then until the therapist moves the plan on."""
    w = WORDS[language]
    names, notes = w["phases"], w["notes"]
    calm = PlanPhase(
        names[0],
        (
            PlanItem(ItemKind.BREATHING, "calm", minutes=5, times=2),
            PlanItem(ItemKind.RELAXATION, "body-scan", times=3, per=Per.WEEK),
        ),
        Advance.AFTER_DAYS,
        14,
        notes[0],
    )
    build_up = PlanPhase(
        names[1],
        (
            PlanItem(ItemKind.BREATHING, "coherent", 10, ramp_start_bpm=9, ramp_minutes=3),
            PlanItem(ItemKind.RELAXATION, "pmr-short", times=3, per=Per.WEEK),
        ),
        Advance.AFTER_DAYS,
        21,
        notes[1],
    )
    keep = PlanPhase(
        names[2],
        (
            PlanItem(ItemKind.BREATHING, "calm", 10),
            PlanItem(ItemKind.RELAXATION, "breathing-space", times=2, per=Per.WEEK),
        ),
        Advance.THERAPIST,
        note=notes[2],
    )
    phone, email = "016 12 34 56", "sofie@delinde.be"
    contact = Contact("Sofie Peeters", w["practice"], phone, email, w["hours"])
    return Plan(w["title"], (calm, build_up, keep), w["message"], contact, ("08:30", "19:30"))


def _session(day: date, hour: int, what: str, minutes: float) -> tuple[object, ...]:
    """One finished session row, as the app writes them (sessions table)."""
    start = datetime(day.year, day.month, day.day, hour, 5 + (day.day * 7) % 40, tzinfo=UTC)
    end = start + timedelta(minutes=minutes)
    relaxation = what not in ("calm", "coherent")
    text = {"calm": "4-0-6-0", "coherent": "5-0-5-0"}.get(what, "")
    kind = f"relaxation:{what}" if relaxation else "breathing"
    rate = 0.0 if relaxation else 6.0
    tension = 4 + day.day % 3
    return (
        kind,
        to_iso_z(start),
        to_iso_z(end),
        to_iso_z(end),
        day.isoformat(),
        minutes * 60.0,
        text,
        None if relaxation else what,
        rate,
        int(minutes * rate),
        "completed",
        float(minutes),
        tension,
        max(1, tension - 2),
    )


def add_practice(db: Database, profile_id: int, rows: list[tuple[object, ...]]) -> None:
    with db.transaction() as conn:
        conn.executemany(
            "INSERT INTO sessions (profile_id, kind, started_utc, ended_utc, checkpoint_utc,"
            " local_day, active_s, pattern_text, pattern_id, rate_bpm, breaths, status,"
            " length_kind, length_value, dizzy, tension_before, tension_after)"
            f" VALUES ({profile_id}, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'minutes', ?, 0, ?, ?)",
            rows,
        )


def follow_plan(plan: Plan, first: date, last: date, seed: int = 3) -> list[tuple[object, ...]]:
    """What a real patient does of the plan: most of it, a day off now and then."""
    rng = random.Random(seed)
    rows = []
    day = first
    while day <= last:
        n = (day - first).days
        phase = plan.phases[0 if n < 14 else 1 if n < 35 else 2]
        if rng.random() < 0.9:
            for item in phase.items:
                if item.per is Per.WEEK and day.weekday() not in (0, 2, 5):
                    continue
                for t in range(item.times if item.per is Per.DAY else 1):
                    if t and rng.random() < 0.25:
                        continue  # the evening one skipped
                    minutes = item.minutes if item.kind is ItemKind.BREATHING else 12
                    rows.append(_session(day, 8 + 11 * t, item.what, minutes))
        day += timedelta(days=1)
    return rows


def save(widget: QWidget, path: Path) -> None:
    QApplication.sendPostedEvents()
    QApplication.processEvents()
    widget.grab().save(str(path))


def scroll_to(top: QWidget, margin: int = 16) -> None:
    """Scroll the scroll area around ``top`` so that ``top`` is near its upper edge."""
    QApplication.processEvents()
    area = top.parentWidget()
    while area is not None and not isinstance(area, QScrollArea):
        area = area.parentWidget()
    assert isinstance(area, QScrollArea)
    y = top.mapTo(area.widget(), top.rect().topLeft()).y()
    area.verticalScrollBar().setValue(max(0, y - margin))


def open_app(data: Path, language: str, clock: ManualClock, profile_id: int | None) -> Built:
    choice = ProfileChoice(profile_id) if profile_id is not None else None
    options = Options(data, language, None, None, None, False, False, choice)
    built = build(options, clock, lambda _parent, _text: None)
    assert built is not None
    built.prefs.update(safety_notice_seen=True, appearance=CONDITION.appearance)
    built.window.resize(*CONDITION.size(1200, 820))
    built.window.show()
    return built


def close_app(built: Built) -> None:
    built.window.confirm = lambda _t, _q: True  # type: ignore[method-assign]
    built.window.close()
    built.db.close()
    built.language.switch("en")


def later(built: Built) -> None:
    """What the app adds after its first paint: the Profile and Plan menus, reminders."""
    add_profile_ui(built)
    add_plan_ui(built)
    add_reminders(built, lambda: start_today(built), lambda: plan_reminder_times(built))


def shoot_more(out: Path, language: str) -> None:
    clock = ManualClock(start_utc=NOW_UTC)
    data = Path(tempfile.mkdtemp())
    # First start: one profile, no plan yet.
    built = open_app(data, language, clock, None)
    later(built)
    built.window.show_page(TODAY_PAGE)
    save(built.window, out / f"today-empty-{language}.png")
    # The therapist's plan, taken as the app takes it; then its first days of practice.
    plan = make_plan(language)
    plans = parts_of(built).plans
    assert plans.accept(plan)
    els = built.profile.profile.id
    PlanRepo(built.db).set_progress(els, PlanProgress.starting(PLAN_START))
    add_practice(built.db, els, follow_plan(plan, PLAN_START, TODAY - timedelta(days=1)))
    add_practice(built.db, els, [_session(TODAY, 8, "calm", 5)])  # this morning's
    for day in (PLAN_START, PLAN_START + timedelta(days=2)):
        MovementRepo(built.db).set(els, day, True, clock.now_utc())
    # Three people share this computer; Marc keeps his practice behind a PIN.
    ProfileRepo(built.db).rename(els, "Els")
    profiles = profiles_controller(built.db, clock, els)
    for name in ("Marc", "Nadia"):
        made = profiles.create(name)
        assert made is not None
        if name == "Marc":
            assert profiles.set_pin(made.id, None, "2468")
    built.prefs.update(reminders_on=True, reminder_times=plan.reminder_times)
    close_app(built)

    built = open_app(data, language, clock, els)
    window = built.window
    assert window.pages.currentWidget() is window.today_view  # the plan opens on Today
    later(built)
    save(window, out / f"today-{language}.png")
    _shoot_plan_dialogs(built, plan, out, language)
    _shoot_planui(built, plan, out, language)
    _shoot_settings(built, out, language)
    _shoot_voice(built, out, language)
    _shoot_reminder(built, out, language)
    _shoot_profiles(built, out, language)
    _shoot_presentation(built, clock, out, language)
    _shoot_flare(built, plan, clock, out, language)
    close_app(built)
    _shoot_history_plan(out, language)
    _shoot_today_movement(out, language)


def _shoot_plan_dialogs(built: Built, plan: Plan, out: Path, language: str) -> None:
    from breathapp.ui.plan.plan_editor import PlanEditor
    from breathapp.ui.plan.plan_import import ImportPreview

    relax, window = built.relax, built.window
    profile = built.profile.profile
    editor = PlanEditor(plan, profile, relax.library.scripts, TODAY, None, window)
    editor.show()
    save(editor, out / f"plan-editor-{language}.png")
    editor.close()
    preview = ImportPreview(plan, relax.script, False, window)
    preview.show()
    save(preview, out / f"plan-import-{language}.png")
    preview.close()


# Plan format 2 in the therapist's words: a movement goal per phase, advice for a bad day.
PLANUI_WORDS = {
    "en": (
        "walking",
        "A flare-up is common and usually settles within days. Keep moving gently within the "
        "pain limit: short walks help more than lying still. Lie on your back with your knees "
        "up and breathe out slowly. If it does not ease after a few days, call me.",
    ),
    "nl": (
        "wandelen",
        "Een opflakkering komt vaak voor en gaat meestal binnen enkele dagen weer liggen. Blijf "
        "rustig bewegen binnen de pijngrens: korte wandelingen helpen meer dan stil liggen. Lig "
        "op je rug met je knieën opgetrokken en adem langzaam uit. Gaat het na een paar dagen "
        "niet beter, bel me dan.",
    ),
    "fr": (
        "marche",
        "Une poussée est fréquente et passe généralement en quelques jours. Continuez à bouger "
        "doucement, sans dépasser la limite de la douleur : de courtes promenades aident plus "
        "que rester couché. Allongez-vous sur le dos, genoux pliés, et expirez lentement. Si "
        "cela ne s'améliore pas après quelques jours, appelez-moi.",
    ),
    "de": (
        "Gehen",
        "Ein Schmerzschub ist häufig und klingt meist innerhalb weniger Tage ab. Bewegen Sie "
        "sich weiter sanft innerhalb der Schmerzgrenze: kurze Spaziergänge helfen mehr als Liegen. "
        "Legen Sie sich mit angewinkelten Knien auf den Rücken und atmen Sie langsam aus. Wenn "
        "es nach ein paar Tagen nicht besser wird, rufen Sie mich an.",
    ),
}


def _shoot_planui(built: Built, plan: Plan, out: Path, language: str) -> None:
    """The plan editor's movement goal and bad-day advice, and the import preview of both."""
    from dataclasses import replace

    from breathapp.ui.plan.plan_editor import PlanEditor
    from breathapp.ui.plan.plan_import import ImportPreview

    activity, advice = PLANUI_WORDS[language]
    goals = (10, 15, 20)
    phases = tuple(
        replace(phase, movement_minutes=goal, movement_activity=activity if i < 2 else "")
        for i, (phase, goal) in enumerate(zip(plan.phases, goals, strict=True))
    )
    plan = replace(plan, phases=phases, flare_up_advice=advice)
    relax, window = built.relax, built.window
    editor = PlanEditor(plan, built.profile.profile, relax.library.scripts, TODAY, None, window)
    editor.resize(*CONDITION.size(1280, 760))
    editor.show()
    editor.phase_list.setCurrentRow(1)
    scroll_to(editor.phase_form.movement_label)
    save(editor, out / f"plan-editor-movement-{language}.png")
    editor.tabs.setCurrentIndex(1)
    scroll_to(editor.about.advice_label)
    save(editor, out / f"plan-editor-bad-day-{language}.png")
    editor.close()
    preview = ImportPreview(plan, relax.script, False, window)
    preview.resize(*CONDITION.size(760, 720))
    preview.show()
    scroll_to(preview.summary.phase_cards[0])
    save(preview, out / f"plan-import-movement-{language}.png")
    assert preview.summary.advice_title is not None
    scroll_to(preview.summary.advice_title)
    save(preview, out / f"plan-import-bad-day-{language}.png")
    preview.close()


def _shoot_settings(built: Built, out: Path, language: str) -> None:
    window = built.window
    window.show_page(SETTINGS_PAGE)
    view = window.settings_view
    save(window, out / f"settings-{language}.png")
    scroll_to(view.therapist_group, 24)  # type: ignore[attr-defined]
    save(window, out / f"settings-profile-{language}.png")


def _shoot_voice(built: Built, out: Path, language: str) -> None:
    """The Voice settings, and the recording screen with a few steps recorded."""
    import math
    import struct

    from breathapp.app.voice import add_voice, open_voice_recorder
    from breathapp.app.voice_packs import voice_packs_of
    from breathapp.core.voice_audio import RATE_HZ, encode_mulaw_wav
    from breathapp.core.voice_pack import known_from_scripts

    packs = voice_packs_of(built)
    pack = packs.create(
        {"nl": "Stem van Els", "fr": "Voix d'Els", "de": "Stimme von Els"}.get(
            language, "Els Peeters"
        ),
        language,
    )
    scripts = built.relax.library.scripts
    known = known_from_scripts(scripts)
    pmr = next(s for s in scripts if s.id == "pmr-short")
    for i, (step, seconds) in enumerate(zip(pmr.steps, (4.2, 2.5, 6.8), strict=False)):
        n = round(seconds * RATE_HZ)
        tone = struct.pack(f"<{n}h", *(round(3000 * math.sin(j / 7)) for j in range(n)))
        take = built.db.data_dir / f"take-{i}.wav"
        take.write_bytes(encode_mulaw_wav(tone))
        packs.keep(pack.id, pmr.id, step.id, take, seconds, known)
    built.prefs.update(voice_pack=pack.id)
    if built.narrator is None:
        add_voice(built)
    window = built.window
    window.show_page(SETTINGS_PAGE)
    view = window.settings_view
    scroll_to(view.voice_group, 24)  # type: ignore[attr-defined]
    save(window, out / f"settings-voice-{language}.png")
    recorder = open_voice_recorder(built)
    recorder.resize(*CONDITION.size(1000, 720))
    recorder.bar.session_box.setCurrentIndex(recorder.bar.session_box.findData("pmr-short"))
    recorder.steps.setCurrentRow(3)
    save(recorder, out / f"recorder-{language}.png")
    recorder.close()


def _shoot_reminder(built: Built, out: Path, language: str) -> None:
    window = built.window
    window.show_page(BREATHE_PAGE)
    reminders = built.reminders
    assert reminders is not None and reminders.in_app is not None  # offscreen: no tray
    reminders.controller.reminder_due.emit("19:30")
    save(window, out / f"reminder-notice-{language}.png")
    reminders.in_app.practice_started()  # the word goes once practice begins


def _shoot_profiles(built: Built, out: Path, language: str) -> None:
    from breathapp.ui.profiles.profile_picker import ProfilePicker

    picker = ProfilePicker(profiles_controller(built.db, built.clock, None))
    picker.resize(*CONDITION.size(720, 560))  # as app/profiles.py pick() opens it
    picker.show()
    save(picker, out / f"profiles-{language}.png")
    picker.close()


def _shoot_presentation(built: Built, clock: ManualClock, out: Path, language: str) -> None:
    from breathapp.ui.guide.therapist_panel import TherapistPanel

    window, session = built.window, built.session
    window.show_page(BREATHE_PAGE)
    built.prefs.update(check_in=False)
    window.guide.present()  # P: one screen here, so the guide fills it
    presentation = window.guide.presentation
    assert presentation is not None
    shown = presentation.window
    shown.showNormal()  # offscreen, full screen is the small default screen
    shown.resize(*CONDITION.size(1600, 900))
    clock.advance(3 + 10 + 2.5)  # settle-in, a whole breath, into the next inhale
    session._on_frame()  # a frame tick, as the real timer would give
    save(shown, out / f"present-{language}.png")
    # The therapist's panel stands on the other screen with two; made by hand here.
    panel = TherapistPanel(session, presentation.controls, presentation.move_to)
    # One screen offscreen: the picker lists the two screens of a treatment room instead.
    panel.screen_box.clear()
    for name in ("Laptop", "Projector"):
        panel.screen_box.addItem(panel.tr("Guide on: %1").replace("%1", name), name)
    panel.screen_box.setCurrentIndex(1)
    clock.advance(1.0)
    session._on_frame()  # the rate now, as the next frame gives it
    panel.resize(panel.sizeHint())
    panel.show()
    save(panel, out / f"therapist-panel-{language}.png")
    panel.close()
    session.stop()
    session.reset()


def _shoot_history_plan(out: Path, language: str) -> None:
    """Six weeks into the plan: the weeks chart, and the dots of the days moved."""
    clock = ManualClock(start_utc=NOW_UTC)
    data = Path(tempfile.mkdtemp())
    db, _report = Database.open(data, clock.now_utc())
    profile = ProfileRepo(db).default().id
    ProfileRepo(db).rename(profile, "Els")
    plan = make_plan(language)
    start = LONG_PLAN_START
    PlanRepo(db).save(profile, plan, PlanProgress.starting(start), clock.now_utc())
    add_practice(db, profile, follow_plan(plan, start, TODAY))
    rng = random.Random(11)
    day = start
    while day <= TODAY:
        if rng.random() < 0.6:
            MovementRepo(db).set(profile, day, True, clock.now_utc())
        day += timedelta(days=1)
    db.close()
    built = open_app(data, language, clock, None)
    later(built)
    window = built.window
    window.resize(*CONDITION.size(1200, 1000))  # the days, their dots and the plan's weeks
    window.show_page(HISTORY_PAGE)
    view = window.history_view
    view.set_period(Period.MONTH)
    QApplication.processEvents()
    scroll_to(view.period_buttons[Period.WEEK], 8)
    save(window, out / f"history-plan-{language}.png")
    close_app(built)


# What the therapist names as the phases' movement (issue 16), in the patient's language.
MOVE_WORDS = {"en": "walking", "nl": "wandelen", "fr": "marche", "de": "Spazierengehen"}


def _shoot_today_movement(out: Path, language: str) -> None:
    """Today with a movement goal per phase, the minutes chosen, the bad-day button and the
    quiet suggestion to contact the therapist (three days of high pain)."""
    from dataclasses import replace

    from breathapp.controllers.flare_controller import FlareController
    from breathapp.storage.flare_repo import BadDayRepo, NoteRepo
    from breathapp.storage.history_repo import HistoryRepo

    clock = ManualClock(start_utc=NOW_UTC)
    data = Path(tempfile.mkdtemp())
    db, _report = Database.open(data, clock.now_utc())
    els = ProfileRepo(db).default().id
    ProfileRepo(db).rename(els, "Els")
    plan = make_plan(language)
    goals = (10, 15, 20)
    phases = tuple(
        replace(phase, movement_minutes=goal, movement_activity=MOVE_WORDS[language])
        for phase, goal in zip(plan.phases, goals, strict=True)
    )
    plan = replace(plan, phases=phases)
    start = TODAY - timedelta(days=20)  # in the second phase: 15 minutes
    PlanRepo(db).save(els, plan, PlanProgress.starting(start), clock.now_utc())
    add_practice(db, els, follow_plan(plan, start, TODAY - timedelta(days=1)))
    add_practice(db, els, [_session(TODAY - timedelta(days=b), 20, "calm", 5) for b in (3, 2, 1)])
    with db.transaction() as conn:  # the last three days hurt
        first = (TODAY - timedelta(days=3)).isoformat()
        conn.execute(
            "UPDATE sessions SET pain_before = 8, pain_after = 7 WHERE local_day >= ?", (first,)
        )
    rng, now = random.Random(5), clock.now_utc()
    for back in range(1, 21):  # the minutes moved since the plan began, a day off now and then
        minutes = rng.choice((0, 10, 15, 15, 20, 30))
        if minutes:
            MovementRepo(db).set_minutes(els, TODAY - timedelta(days=back), minutes, now)
    for back in (2, 9):
        BadDayRepo(db).add(els, TODAY - timedelta(days=back), now, pain=8)
    db.close()
    built = open_app(data, language, clock, els)
    later(built)
    window = built.window
    window.show_page(TODAY_PAGE)
    view = window.today_view
    plans = parts_of(built).plans
    flare = FlareController(
        BadDayRepo(built.db), NoteRepo(built.db), HistoryRepo(built.db).ratings, els,
        clock, built.today, plan=lambda: plans.plan,
    )  # fmt: skip
    view.set_flare(flare)
    save(window, out / f"today-suggestion-{language}.png")
    view.suggestion.ok_button.click()
    plans.set_movement_minutes(built.today(), 20)
    scroll_to(view.move_title)
    save(window, out / f"today-movement-{language}.png")
    view.movement.choices.button("other").click()
    view.movement.other_spin.setValue(0)
    scroll_to(view.move_title)
    save(window, out / f"today-movement-other-{language}.png")
    window.show_page(HISTORY_PAGE)
    history = window.history_view
    history.set_period(Period.MONTH)
    QApplication.processEvents()
    scroll_to(history.calendar_title, 8)
    save(window, out / f"history-movement-{language}.png")
    close_app(built)


# The therapist's own words for a bad day (the plan's flare_up_advice), for the flare shots.
FLARE_ADVICE = {
    "en": "On a bad day: a short walk of five minutes, a few times a day, and this breathing "
    "lying down. If it has not eased after a week, call me.",
    "nl": "Op een slechte dag: een korte wandeling van vijf minuten, een paar keer per dag, en "
    "deze ademhaling liggend. Is het na een week niet beter, bel me dan.",
    "fr": "Lors d'un mauvais jour : une courte marche de cinq minutes, quelques fois par jour, "
    "et cette respiration allongé. Si cela ne s'apaise pas après une semaine, appelez-moi.",
    "de": "An einem schlechten Tag: ein kurzer Spaziergang von fünf Minuten, ein paar Mal am "
    "Tag, und diese Atmung im Liegen. Wenn es nach einer Woche nicht besser ist, rufen Sie "
    "mich an.",
}


def _shoot_flare(built: Built, plan: Plan, clock: ManualClock, out: Path, language: str) -> None:
    """A bad day: the Breathe page's button, the flow's pages, the 7-or-more offer and the
    note for the therapist after a session."""
    from dataclasses import replace

    from breathapp.app.flare import flow_of

    window = built.window
    parts_of(built).plans.accept(replace(plan, flare_up_advice=FLARE_ADVICE[language]))
    built.profile.set_ask_pain(True)
    built.prefs.update(check_in=True)
    window.show_page(BREATHE_PAGE)
    save(window, out / f"bad-day-button-{language}.png")
    window.guide.setup_bar.bad_day_button.click()
    flow = flow_of(built)
    save(window, out / f"bad-day-{language}.png")
    flow.start_page.rating.buttons.button(8).click()
    clock.advance(6.0)
    built.relax._on_frame()  # a frame, as the real timer would give
    save(window, out / f"bad-day-session-{language}.png")
    built.relax.stop()
    save(window, out / f"bad-day-closing-{language}.png")
    scroll_to(flow.end_page.seek_title)
    save(window, out / f"bad-day-care-{language}.png")
    flow.end_page.close_button.click()
    window.show_page(BREATHE_PAGE)
    window.guide.start()
    window.guide.checkin.rating.buttons.button(6).click()
    window.guide.checkin.rating.buttons.button(8).click()
    save(window, out / f"flare-offer-{language}.png")
    window.guide.checkin.offer.keep_button.click()
    built.session.stop()
    window.guide.checkin.rating.buttons.button(4).click()
    window.guide.checkin.rating.buttons.button(6).click()
    window.guide.checkin.note.edit.setPlainText(FLARE_NOTE[language])
    save(window, out / f"note-for-therapist-{language}.png")
    window.guide.escape()


FLARE_NOTE = {
    "en": "Lying down went well. Breathing out slowly was hard at first.",
    "nl": "Liggen ging goed. Traag uitademen was eerst moeilijk.",
    "fr": "Allongé, cela s'est bien passé. Expirer lentement était difficile au début.",
    "de": "Im Liegen ging es gut. Langsam ausatmen war am Anfang schwer.",
}
