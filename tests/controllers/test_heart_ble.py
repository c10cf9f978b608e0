# SPDX-License-Identifier: GPL-3.0-or-later
"""The real Qt Bluetooth backend, on a machine without a Bluetooth adapter (this one)."""

from __future__ import annotations

import pytest
from PySide6.QtBluetooth import QBluetoothAddress, QBluetoothDeviceInfo, QBluetoothUuid
from pytestqt.qtbot import QtBot

from breathapp.controllers.heart_ble import HEART_RATE, QtBleBackend, address_of, offers_heart_rate
from breathapp.controllers.heart_controller import HeartController
from breathapp.controllers.heart_sensor import Unavailable
from breathapp.core.clock import ManualClock
from breathapp.core.heart.link import LinkState
from tests.builders.heart import H10
from tests.fakes import FakeTimer

LOW_ENERGY = QBluetoothDeviceInfo.CoreConfiguration.LowEnergyCoreConfiguration


def _device(
    name: str, services: list[QBluetoothUuid], low_energy: bool = True
) -> QBluetoothDeviceInfo:
    info = QBluetoothDeviceInfo(QBluetoothAddress("A0:9E:1A:8C:4D:2A"), name, 0)
    if low_energy:
        info.setCoreConfigurations(LOW_ENERGY)
    info.setServiceUuids(services)
    return info


def test_only_devices_with_the_heart_rate_service_are_straps() -> None:
    battery = QBluetoothUuid(QBluetoothUuid.ServiceClassUuid.BatteryService)
    assert offers_heart_rate(_device("Polar H10", [battery, HEART_RATE]))
    assert not offers_heart_rate(_device("Headphones", [battery]))
    assert not offers_heart_rate(_device("Old phone", [HEART_RATE], low_energy=False))
    assert address_of(_device("Polar H10", [])) == "A0:9E:1A:8C:4D:2A"


# Qt Bluetooth warns that it finds no BlueZ and no adapter: that is what is tested here.
@pytest.mark.qt_log_level_fail("CRITICAL")
def test_no_adapter_here_is_unavailable_calmly(qtbot: QtBot) -> None:
    heart = HeartController(ManualClock(), FakeTimer, lambda: QtBleBackend(asks_permission=False))
    heart.search()
    qtbot.waitUntil(lambda: heart.link is LinkState.UNAVAILABLE, timeout=5000)
    assert heart.unavailable is Unavailable.NO_ADAPTER
    heart.stop()
    assert heart.link is LinkState.OFF


@pytest.mark.qt_log_level_fail("CRITICAL")
def test_a_strap_no_search_found_is_lost_not_a_crash(qapp: object) -> None:
    timer = FakeTimer()
    heart = HeartController(
        ManualClock(), lambda: timer, lambda: QtBleBackend(asks_permission=False)
    )
    heart.connect_strap(H10)
    assert heart.link is LinkState.LOST  # and it tries again, by the timer
    assert timer.active
    heart.stop()
