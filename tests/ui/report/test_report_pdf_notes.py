# SPDX-License-Identifier: GPL-3.0-or-later
"""The report's notes for the therapist (first, near the top of page 2), the movement by
week against the goal, and the bad days counted on page 1; in English, Dutch, French, German."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import UTC, date, datetime
from pathlib import Path

from breathapp.core.flare import TherapistNote
from breathapp.core.movement_goals import MovementWeek
from breathapp.core.report import ReportData, build_report
from breathapp.ui.common.i18n import LanguageSwitcher
from breathapp.ui.report.report_pdf import write_pdf
from tests.builders.reports import FIRST, LAST, march, pages_text

LONG_NOTE = (
    "Walking to the bakery went well on Tuesday, but sitting at my desk for more than an "
    "hour still makes the lower back tight, and the breathing helped me get back to sleep."
)
PRIVATE = "Only for me: I skipped the evening session."


def note(i: int, day: int, text: str, for_therapist: bool = True, bad_day: bool = False):  # type: ignore[no-untyped-def]
    written = datetime(2026, 3, day, 12, 0, tzinfo=UTC)
    return TherapistNote(i, 1, written, text, for_therapist, bad_day_id=7 if bad_day else None)


WEEKS = (
    MovementWeek(date(2026, 3, 2), 70, 5, 3, 7, False),
    MovementWeek(date(2026, 3, 9), 45, 3, 0, 0, True),  # old ticks: 15 minutes or more
)


def with_notes() -> ReportData:
    return march()._replace(
        movement_weeks=WEEKS,
        bad_days=3,
        notes=(
            note(1, 4, LONG_NOTE),
            note(2, 10, "A bad day; lying down with the long exhale helped.", bad_day=True),
            note(3, 11, PRIVATE, for_therapist=False),
        ),
        note_count=3,
    )


def flat(text: str) -> str:
    """The page's text with its line breaks (wrapping) as spaces."""
    return " ".join(text.split())


def test_notes_come_first_on_page_two_then_movement_then_the_sessions(
    language: LanguageSwitcher, tmp_path: Path
) -> None:
    path = tmp_path / "report.pdf"
    assert write_pdf(path, with_notes()) == 3
    first, second, third = (flat(t) for t in pages_text(path))
    assert "Bad days logged 3 days" in first
    assert "Page 1 of 3" in first
    assert second.startswith("Notes for you")
    assert "2 notes written for you in this period" in second
    assert "4 March 2026" in second and flat(LONG_NOTE) in second  # wrapped, every word
    assert "10 March 2026 · on a bad day" in second
    assert second.index(flat(LONG_NOTE)) < second.index("A bad day; lying down")  # core's order
    assert PRIVATE not in " ".join((first, second, third))  # a private note stays private
    movement = second.index("Movement by week")
    assert second.index("Notes for you") < movement
    for text in ("Week of", "Minutes moved", "Days moved", "Days at the goal"):
        assert text in second[movement:], text
    assert "2 Mar 2026 70 5 3 of 7" in second
    assert "9 Mar 2026 45 or more 3 –" in second  # old ticks, and no goal that week
    assert "15 minutes or more" in second  # what "or more" means
    assert "Page 2 of 3" in second
    assert third.startswith("Most recent sessions") and "Page 3 of 3" in third


def test_one_bad_day_is_said_in_the_singular(language: LanguageSwitcher, tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    write_pdf(path, march()._replace(bad_days=1))
    assert "Bad days logged 1 day " in flat(pages_text(path)[0]) + " "


def test_without_notes_movement_or_bad_days_none_of_it_shows(
    language: LanguageSwitcher, tmp_path: Path
) -> None:
    path = tmp_path / "report.pdf"
    only_private = march()._replace(notes=(note(3, 11, PRIVATE, for_therapist=False),))
    assert write_pdf(path, only_private) == 2
    text = " ".join(pages_text(path))
    for absent in ("Notes for you", "Movement by week", "Bad days", PRIVATE):
        assert absent not in text, absent


def test_an_empty_period_has_none_of_it(language: LanguageSwitcher, tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    empty = build_report(FIRST, LAST, LAST, 10, [], [], [], [], 0)
    assert write_pdf(path, empty) == 1
    text = pages_text(path)[0]
    for absent in ("Notes for you", "Movement by week", "Bad days"):
        assert absent not in text, absent


def test_notes_in_a_period_without_practice_are_still_shown(
    language: LanguageSwitcher, tmp_path: Path
) -> None:
    path = tmp_path / "report.pdf"
    empty = build_report(FIRST, LAST, LAST, 10, [], [], [], [], 0)
    data = empty._replace(bad_days=2, notes=(note(1, 4, "Too sore to practise."),), note_count=1)
    assert write_pdf(path, data) == 2
    first, second = (flat(t) for t in pages_text(path))
    assert "No practice was recorded in this period." in first
    assert "Bad days logged: 2 days" in first
    assert second.startswith("Notes for you") and "Too sore to practise." in second


def test_many_long_notes_run_on_over_pages(language: LanguageSwitcher, tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    notes = tuple(note(i, 1 + i % 28, f"Note {i}: " + LONG_NOTE * 5) for i in range(50))
    pages = write_pdf(path, march()._replace(notes=notes, note_count=50))
    texts = [flat(t) for t in pages_text(path)]
    assert pages == len(texts) > 3
    joined = " ".join(texts)
    assert all(f"Note {i}:" in joined for i in range(50))
    assert texts[-1].startswith("Most recent sessions")


def test_the_notes_and_movement_in_dutch(language: LanguageSwitcher, tmp_path: Path) -> None:
    language.switch("nl")
    path = tmp_path / "verslag.pdf"
    write_pdf(path, with_notes())
    first, second, _third = (flat(t) for t in pages_text(path))
    assert "Slechte dagen genoteerd 3 dagen" in first
    assert second.startswith("Notities voor jou")
    assert "2 notities voor jou geschreven in deze periode" in second
    assert "4 maart 2026" in second and "10 maart 2026 · op een slechte dag" in second
    assert "Beweging per week" in second and "Week van" in second
    assert "2 mrt 2026 70 5 3 van 7" in second
    assert "9 mrt 2026 45 of meer 3 –" in second
    assert "Pagina 2 van 3" in second


def test_the_headings_in_french_and_german(language: LanguageSwitcher, tmp_path: Path) -> None:
    expected = {
        "fr": ("Mauvaises journées notées", "Notes pour vous", "Mouvement par semaine"),
        "de": ("Schlechte Tage notiert", "Notizen für Sie", "Bewegung pro Woche"),
    }
    for lang, headings in expected.items():
        language.switch(lang)
        path = tmp_path / f"report_{lang}.pdf"
        write_pdf(path, with_notes())
        text = flat(" ".join(pages_text(path)))
        for heading in headings:
            assert heading in text, (lang, heading)
        assert "4 mars 2026" in text if lang == "fr" else "4. März 2026" in text


def test_page_one_keeps_its_charts_above_the_footer_with_movement_and_bad_days(
    language: LanguageSwitcher, tmp_path: Path
) -> None:
    from PySide6.QtPdf import QPdfDocument

    path = tmp_path / "report.pdf"
    write_pdf(path, with_notes()._replace(moved_days=5, adherence=()))
    doc = QPdfDocument()
    doc.load(str(path))
    try:
        text = doc.getAllText(0).text()
        assert "Days with 15 minutes or more of movement" in text and "Bad days logged" in text
        last_label = doc.getSelectionAtIndex(0, text.rindex("30 Mar 2026"), 11)
        footer = doc.getSelectionAtIndex(0, text.index("BreathApp — a practice aid"), 10)
        assert last_label.boundingRectangle().bottom() < footer.boundingRectangle().top()
    finally:
        doc.close()
