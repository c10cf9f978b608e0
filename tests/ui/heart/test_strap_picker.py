# SPDX-License-Identifier: GPL-3.0-or-later
"""The strap picker: the straps found, Search again, Connect, Stop, all by keyboard; its words."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from breathapp.core.heart.link import LinkState
from breathapp.ui.heart.strap_picker import StrapPicker
from tests.builders.heart_live import FakeHeart, Strap
from tests.builders.room import LARGE_TEXT_WINDOW, cut_off

H10 = Strap("Polar H10 1A2B3C4D", "AA:BB:CC:DD:EE:01")
HRM = Strap("HRM-Dual", "AA:BB:CC:DD:EE:02")
HRM2 = Strap("HRM-Dual", "AA:BB:CC:DD:EE:03")


def _picker(qtbot: QtBot, link: LinkState = LinkState.OFF) -> tuple[StrapPicker, FakeHeart]:
    heart = FakeHeart(link)
    picker = StrapPicker(heart)
    qtbot.addWidget(picker)
    return picker, heart


def test_opening_it_searches_and_lists_what_is_found(qtbot: QtBot) -> None:
    picker, heart = _picker(qtbot)
    picker.open_and_search()
    assert heart.asked == ["search"]
    assert picker.empty_label.isVisibleTo(picker)
    heart.set_link(LinkState.SEARCHING)
    assert picker.state_label.text() == "Looking for your strap…"
    heart.straps_found.emit((H10, HRM, HRM2))
    texts = [picker.list.item(i).text() for i in range(picker.list.count())]
    # Two of one kind are told apart by their address.
    assert texts == [H10.name, f"{HRM.name} ({HRM.address})", f"{HRM2.name} ({HRM2.address})"]
    assert not picker.empty_label.isVisibleTo(picker)
    assert picker.chosen() == H10


def test_a_connected_strap_is_not_searched_for_again(qtbot: QtBot) -> None:
    picker, heart = _picker(qtbot, LinkState.CONNECTED)
    picker.open_and_search()
    assert heart.asked == []


def test_the_keyboard_path_search_choose_connect_stop(qtbot: QtBot) -> None:
    picker, heart = _picker(qtbot)
    picker.open_and_search()
    qtbot.waitExposed(picker)
    heart.straps_found.emit((H10, HRM))
    assert picker.focusWidget() is picker.list
    qtbot.keyClick(picker.list, Qt.Key.Key_Down)
    assert picker.chosen() == HRM
    qtbot.keyClick(picker.list, Qt.Key.Key_Return)
    assert heart.asked[-1] == ("connect", HRM)
    assert heart.asked.count(("connect", HRM)) == 1
    # Tab goes on to the buttons in reading order.
    order = []
    widget = picker.list
    for _ in range(4):
        widget = widget.nextInFocusChain()
        while not (widget.focusPolicy() & Qt.FocusPolicy.TabFocus) or not widget.isVisible():
            widget = widget.nextInFocusChain()
        order.append(widget)
    assert order == [
        picker.search_button,
        picker.connect_button,
        picker.stop_button,
        picker.close_button,
    ]
    heart.set_link(LinkState.CONNECTED)
    picker.stop_button.setFocus()
    qtbot.keyClick(picker.stop_button, Qt.Key.Key_Space)
    assert heart.asked[-1] == "stop"
    picker.search_button.setFocus()
    qtbot.keyClick(picker.search_button, Qt.Key.Key_Space)
    assert heart.asked[-1] == "search"


def test_a_new_search_keeps_the_chosen_strap(qtbot: QtBot) -> None:
    picker, heart = _picker(qtbot)
    heart.straps_found.emit((H10, HRM))
    picker.list.setCurrentRow(1)
    heart.straps_found.emit((HRM2, H10, HRM))
    assert picker.chosen() == HRM


def test_connect_waits_for_a_choice_and_stop_for_a_source(qtbot: QtBot) -> None:
    picker, heart = _picker(qtbot)
    assert not picker.connect_button.isEnabled()
    assert not picker.stop_button.isEnabled()
    heart.set_link(LinkState.SEARCHING)
    assert picker.stop_button.isEnabled()


def test_it_says_what_works_and_what_it_is(qtbot: QtBot) -> None:
    picker, _heart = _picker(qtbot)
    words = " ".join(label.text() for label in picker.words)
    for needed in ("Polar H10", "Garmin HRM", "Decathlon", "not precise enough", "Windows"):
        assert needed in words
    assert "not a medical device" in words
    assert "Nothing leaves this computer" in words
    assert picker.list.accessibleName() == "Straps found"


def test_large_text_fits(qtbot: QtBot) -> None:
    picker, heart = _picker(qtbot, LinkState.SEARCHING)
    heart.straps_found.emit((H10, HRM, HRM2))
    picker.show()
    picker.resize(*LARGE_TEXT_WINDOW)
    QApplication.processEvents()
    assert cut_off(picker) == []
