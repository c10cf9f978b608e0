# SPDX-License-Identifier: GPL-3.0-or-later
"""Counts use Qt's plural forms (tr(text, "", n) with %n or %Ln), each language its own:
no hand-written plural rule stays in the window's code, and every numerus message of every
catalogue has exactly its language's forms."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from breathapp.paths import asset_path
from breathapp.ui.common.i18n import load_translator

ROOT = Path(__file__).resolve().parents[3]
SCANNED = [ROOT / "breathapp" / "ui", ROOT / "breathapp" / "app"]
CATALOGUES = sorted((ROOT / "assets" / "translations").glob("breathapp_*.ts"))
# Qt's plural rules: English, Dutch and German one form for 1 and one for the rest;
# French one for 0 and 1 and one for the rest.
FORMS = {"en": 2, "nl": 2, "fr": 2, "de": 2}

# A %1 filled with a number that is not a count of things: (module, source text): why.
NOT_A_COUNT = {
    ("labels.py", "%1 h %2 min"): "abbreviations: the same for any number",
    ("labels.py", "step %1"): "a position (step 3), not a count",
    ("checkin_panel.py", "You typed %1. Press Enter to choose it."): "a digit typed",
    ("history_charts.py", "goal %1 min"): "abbreviation: the same for any number",
    ("history_charts.py", "goal %1 min a day"): "abbreviation: the same for any number",
    ("report_charts.py", "goal %1 min"): "abbreviation: the same for any number",
    ("plan_text.py", "%1 min"): "abbreviation of a figure that may have decimals",
    ("plan_item_editor.py", "%1 min, its own length"): "abbreviation",
    ("session_setup.py", "%1 min"): "abbreviation of a figure that may have decimals",
    ("session_setup.py", "%1 minutes"): "a length with decimals (2.5): Qt's %n is whole",
    ("labels.py", "%1 minutes"): "a half minute (2.5), never whole: Qt's %n is whole",
    ("history_plan.py", "%1 of %2"): "done of planned, no counted noun",
    ("movement_text.py", "%1 of %n days at your goal of %2"): "the part; %n counts the days",
    ("history_plan.py", "%1 of %n planned sessions done"): "the part done; %n counts",
    ("session_list.py", "%1 of %n sessions"): "the part shown; %n counts the sessions",
    ("voice_steps.py", "%1 of %n steps recorded"): "the part recorded; %n counts the steps",
    ("report_pdf.py", "%1 of %Ln days"): "the part; %Ln counts the days",
    ("report_pdf.py", "%1 of %2"): "of the rated sessions, no counted noun",
    ("report_pdf.py", "Page %1 of %2"): "a position",
    ("report_notes.py", "The last %1 of %Ln weeks."): "the part shown; %Ln counts the weeks",
    ("report_notes.py", "%1 of %2"): "days at the goal of the days with one: a table cell",
    ("report_pdf.py", "%1 of the %Ln listed sessions"): "the part; %Ln counts",
    ("report_charts.py", "%1 of %Ln planned sessions done"): "the part done; %Ln counts",
    ("report_sessions.py", "The %1 most recent of %Ln sessions in this period."): "the part",
    ("history_view.py", "in a row now; longest %1"): "no counted noun: the card says days",
    ("plan_editor.py", "Phase %1 on its first day, before any practice."): "a position",
    ("plan_labels.py", "Line %1, column %2 of the file"): "positions in a file",
    ("plan_labels.py", "At byte %1 of the file"): "a position in a file",
    ("plan_labels.py", "Phase %1"): "a position",
    ("resonance_view.py", "Pace %1 of %2: %3 breaths a minute"): "a position; a decimal rate",
    ("plan_labels.py", "session %1"): "a position",
    ("plan_labels.py", "reminder time %1"): "a position",
    ("plan_labels.py", "This must be between %1 and %2."): "a range of values",
    ("plan_labels.py", "There are too many: at most %1."): "no counted noun",
    ("plan_text.py", "%1 of %2 done today"): "done of due, no counted noun",
    ("plan_text.py", "%1 of %2 done this week"): "done of due, no counted noun",
    ("plan_text.py", "Phase %1"): "a position",
    ("plan_text.py", "starting at %1 breaths a minute, slowing down over %2"): "a rate (5.5)",
    ("plan_text.py", "Phase %1 of %2"): "a position",
    ("plan_text.py", "day %1 of %2"): "a position",
    ("plan_text.py", "day %1"): "a position",
    ("relax_player.py", "Step %1 of %2"): "a position",
    ("report_sessions.py", "and %1 more"): "no counted noun",
    ("allow_holds.py", "That PIN is not right. Tries left: %1."): "no counted noun",
    ("recorder_window.py", "Recording begins in %1…"): "a countdown: 3, 2, 1",
    ("voice_steps.py", "%1 seconds"): "a length with one decimal (1.0 seconds)",
    ("week_sentence.py", "%1 points"): "a change with one decimal",
    ("week_sentence.py", "%1 points less tense"): "a change with one decimal",
    ("week_sentence.py", "%1 points more tense"): "a change with one decimal",
}
# A branch on one that picks its own text for a reason other than the number: why.
ONE_IS_NOT_A_NUMBER = {
    ("plan_text.py", "Not yet today"): "one session a day not yet done: a state, no count",
}
# Calls that turn a number into text for a placeholder.
_NUMBER_CALLS = {"str", "count", "toString", "number", "_number", "short", "decimal", "n"}


def _name(call: ast.Call) -> str | None:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)


def _source(node: ast.AST) -> str | None:
    """The source text of a tr()/translate() call, or None for anything else."""
    if not isinstance(node, ast.Call) or _name(node) not in {"tr", "translate"}:
        return None
    index = 1 if _name(node) == "translate" else 0
    if len(node.args) > index:
        arg = node.args[index]
        if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
            return arg.value
    return None


def _functions() -> Iterator[tuple[str, ast.AST]]:
    for folder in SCANNED:
        for path in sorted(folder.rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                    yield path.name, node


def _hand_filled_counts() -> list[str]:
    found = []
    for module, fn in _functions():
        texts: dict[str, list[str]] = {}  # a name given a translated text in this function
        for node in ast.walk(fn):
            if isinstance(node, ast.Assign) and len(node.targets) == 1:
                target, source = node.targets[0], _source(node.value)
                if isinstance(target, ast.Name) and source is not None:
                    texts.setdefault(target.id, []).append(source)
        for node in ast.walk(fn):
            if isinstance(node, ast.Call) and _name(node) == "fill" and node.args:
                receiver = node.args[0]
                direct = _source(receiver)
                sources = [direct] if direct else texts.get(getattr(receiver, "id", ""), [])
                for source in sources:
                    if (module, source) in NOT_A_COUNT or "%1" not in source:
                        continue
                    for value in node.args[1:]:
                        if isinstance(value, ast.Call) and _name(value) in _NUMBER_CALLS:
                            found.append(f"{module}:{node.lineno}: {source!r} <- fill()")
            if not (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "replace"
                and len(node.args) == 2
                and isinstance(node.args[0], ast.Constant)
                and re.fullmatch(r"%\d", str(node.args[0].value))
            ):
                continue
            value = node.args[1]
            if not (isinstance(value, ast.Call) and _name(value) in _NUMBER_CALLS):
                continue
            receiver = node.func.value
            while (
                isinstance(receiver, ast.Call)
                and isinstance(receiver.func, ast.Attribute)
                and receiver.func.attr == "replace"
            ):
                receiver = receiver.func.value
            direct = _source(receiver)
            sources = [direct] if direct is not None else texts.get(getattr(receiver, "id", ""), [])
            for source in sources:
                if (module, source) in NOT_A_COUNT:
                    continue
                if value.func and _name(value) == "str" and value.args:
                    inner = ast.unparse(value.args[0])
                    if inner in {"target", "path", "error", "error.data_dir"}:
                        continue  # a file's name or an error's words, not a number
                found.append(f"{module}:{node.lineno}: {source!r} <- {ast.unparse(value)}")
    return found


def _branches_on_one() -> list[str]:
    found = []
    for module, fn in _functions():
        for node in ast.walk(fn):
            if not isinstance(node, ast.If) or not isinstance(node.test, ast.Compare):
                continue
            test = node.test
            if not any(isinstance(op, ast.Eq) for op in test.ops) or not any(
                isinstance(c, ast.Constant) and c.value == 1 for c in test.comparators
            ):
                continue
            sources = [s for n in node.body for sub in ast.walk(n) if (s := _source(sub))]
            sources = [s for s in sources if (module, s) not in ONE_IS_NOT_A_NUMBER]
            if sources:
                found.append(f"{module}:{node.lineno}: == 1 picks {sources}")
    return found


def test_no_count_is_built_by_hand() -> None:
    """A count's text comes from Qt's numerus forms, never from str(n) in a %1."""
    assert _hand_filled_counts() == []


def test_no_branch_on_one_picks_a_text() -> None:
    """No `if n == 1: tr("1 session")`: the language's forms decide, not English grammar."""
    assert _branches_on_one() == []


def test_the_allow_lists_name_texts_that_exist() -> None:
    """An allow-list entry whose text went away is dropped, not kept to hide a new one."""
    code = {
        path.name: path.read_text(encoding="utf-8")
        for folder in SCANNED
        for path in folder.rglob("*.py")
    }
    for module, source in [*NOT_A_COUNT, *ONE_IS_NOT_A_NUMBER]:
        assert repr(source)[1:-1] in code[module] or source in code[module], (module, source)


def test_counts_outside_a_widget_go_through_counts_tr() -> None:
    """pyside6-lupdate files QCoreApplication.translate(ctx, text, None, n) as a plain text,
    not a plural one (only a literal number counts for it): Counts.tr(text, "", n) instead."""
    found = []
    for module, fn in _functions():
        for node in ast.walk(fn):
            if isinstance(node, ast.Call) and _name(node) == "translate" and len(node.args) > 3:
                found.append(f"{module}:{node.lineno}: {ast.unparse(node)[:60]}")
    assert found == []


@pytest.mark.parametrize("catalogue", CATALOGUES, ids=lambda p: p.stem)
def test_every_context_is_one_the_app_asks_for(catalogue: Path) -> None:
    """No "QCoreApplication.Counts": a context the parser made up, which no code asks for."""
    names = [c.findtext("name") or "" for c in ET.parse(catalogue).getroot().iter("context")]
    assert [name for name in names if not name.isidentifier()] == []


def _language(catalogue: Path) -> str:
    return (ET.parse(catalogue).getroot().get("language") or "").split("_")[0]


@pytest.mark.parametrize("catalogue", CATALOGUES, ids=lambda p: p.stem)
def test_every_numerus_message_has_its_languages_forms(catalogue: Path) -> None:
    """Exactly the language's forms, none empty, each with the source's placeholders."""
    forms_wanted = FORMS[_language(catalogue)]
    numerus = [m for m in ET.parse(catalogue).getroot().iter("message") if m.get("numerus")]
    assert numerus, f"{catalogue.name} has no plural forms"
    for m in numerus:
        source = m.findtext("source") or ""
        node = m.find("translation")
        assert node is not None and node.get("type") is None, source
        forms = [f.text or "" for f in node.iter("numerusform")]
        assert len(forms) == forms_wanted, (catalogue.name, source, forms)
        wanted = sorted(re.findall(r"%L?n|%\d", source))
        for form in forms:
            assert form.strip(), (catalogue.name, source)
            assert sorted(re.findall(r"%L?n|%\d", form)) == wanted, (catalogue.name, source, form)


# (context, source, n) and the text each language gives.
CASES = {
    "en": [
        ("Counts", "%n minutes", 0, "0 minutes"),
        ("Counts", "%n minutes", 1, "1 minute"),
        ("Counts", "%n minutes", 2, "2 minutes"),
        ("Counts", "%n breaths", 1, "1 breath"),
        ("Counts", "%Ln sessions", 1, "1 session"),
        ("Counts", "%Ln sessions", 5, "5 sessions"),
    ],
    "nl": [
        ("Counts", "%n minutes", 0, "0 minuten"),
        ("Counts", "%n minutes", 1, "1 minuut"),
        ("Counts", "%n minutes", 2, "2 minuten"),
        ("Counts", "%n breaths", 1, "1 ademhaling"),
        ("Counts", "%n breaths", 5, "5 ademhalingen"),
        ("Counts", "%Ln sessions", 1, "1 sessie"),
        ("Counts", "%Ln sessions", 5, "5 sessies"),
    ],
    "fr": [
        ("Counts", "%n minutes", 0, "0 minute"),
        ("Counts", "%n minutes", 1, "1 minute"),
        ("Counts", "%n minutes", 2, "2 minutes"),
        ("Counts", "%n breaths", 5, "5 respirations"),
        ("Counts", "%Ln sessions", 0, "0 séance"),
        ("Counts", "%Ln sessions", 1, "1 séance"),
        ("Counts", "%Ln sessions", 2, "2 séances"),
    ],
    "de": [
        ("Counts", "%n minutes", 0, "0 Minuten"),
        ("Counts", "%n minutes", 1, "1 Minute"),
        ("Counts", "%n minutes", 2, "2 Minuten"),
        ("Counts", "%n breaths", 1, "1 Atemzug"),
        ("Counts", "%n breaths", 5, "5 Atemzüge"),
        ("Counts", "%Ln sessions", 1, "1 Übung"),
        ("Counts", "%Ln sessions", 5, "5 Übungen"),
    ],
}


@pytest.mark.parametrize("language", sorted(CASES))
def test_each_language_gives_its_own_form(qapp: object, language: str) -> None:
    from breathapp.ui.common import labels
    from breathapp.ui.plan.plan_voice import steps_text

    app = QCoreApplication.instance()
    assert app is not None
    translator = load_translator(asset_path("translations"), language)
    assert translator is not None
    app.installTranslator(translator)
    try:
        for context, source, n, wanted in CASES[language]:
            assert QCoreApplication.translate(context, source, None, n) == wanted, (source, n)
        one = {"en": "1 minute", "nl": "1 minuut", "fr": "1 minute", "de": "1 Minute"}
        assert labels.minutes_text(60) == one[language]
        assert labels.minutes_text(120) == QCoreApplication.translate(
            "Counts", "%n minutes", None, 2
        )
        assert labels.breaths_text(1) != labels.breaths_text(2).replace("2", "1")
        assert steps_text(1).startswith("1 ") and steps_text(3).startswith("3 ")
        assert steps_text(1) != steps_text(3).replace("3", "1")
    finally:
        app.removeTranslator(translator)
