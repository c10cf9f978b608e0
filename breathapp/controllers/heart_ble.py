# SPDX-License-Identifier: GPL-3.0-or-later
"""The real radio for StrapLink: Qt Bluetooth's Low Energy central (Windows, macOS, BlueZ).

Loaded only when a strap is first searched for: QtBluetooth has no GUI, but start-up need
not pay for it. Windows has no pairing API in Qt 6 (a strap may need pairing in Windows'
settings first); macOS asks the user through QBluetoothPermission before the first search.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable

from PySide6.QtBluetooth import (
    QBluetoothDeviceDiscoveryAgent,
    QBluetoothDeviceInfo,
    QBluetoothUuid,
    QLowEnergyCharacteristic,
    QLowEnergyController,
    QLowEnergyDescriptor,
    QLowEnergyService,
)
from PySide6.QtCore import (
    QBluetoothPermission,
    QByteArray,
    QCoreApplication,
    QObject,
    QPermission,
    Qt,
)

from breathapp.controllers.heart_sensor import BleEvents, StrapInfo, Unavailable

log = logging.getLogger("breathapp")

SEARCH_MS = 15_000  # long enough for a strap that advertises slowly; the list grows meanwhile
HEART_RATE = QBluetoothUuid(QBluetoothUuid.ServiceClassUuid.HeartRate)
MEASUREMENT = QBluetoothUuid(QBluetoothUuid.CharacteristicType.HeartRateMeasurement)
CLIENT_CONFIG = QBluetoothUuid(QBluetoothUuid.DescriptorType.ClientCharacteristicConfiguration)
NOTIFY_ON = QByteArray(bytes([0x01, 0x00]))  # the descriptor's value 0x0001, little-endian

_SEARCH_ERRORS = {
    QBluetoothDeviceDiscoveryAgent.Error.PoweredOffError: Unavailable.POWERED_OFF,
    QBluetoothDeviceDiscoveryAgent.Error.InputOutputError: Unavailable.NO_ADAPTER,
    QBluetoothDeviceDiscoveryAgent.Error.InvalidBluetoothAdapterError: Unavailable.NO_ADAPTER,
    QBluetoothDeviceDiscoveryAgent.Error.UnsupportedPlatformError: Unavailable.NO_ADAPTER,
    QBluetoothDeviceDiscoveryAgent.Error.UnsupportedDiscoveryMethod: Unavailable.NO_ADAPTER,
    QBluetoothDeviceDiscoveryAgent.Error.LocationServiceTurnedOffError: (
        Unavailable.PERMISSION_DENIED
    ),
    QBluetoothDeviceDiscoveryAgent.Error.MissingPermissionsError: Unavailable.PERMISSION_DENIED,
}


def address_of(info: QBluetoothDeviceInfo) -> str:
    """The address to name a device by: Core Bluetooth hides the MAC and gives a UUID."""
    if info.address().isNull():
        return str(info.deviceUuid().toString())
    return str(info.address().toString())


def offers_heart_rate(info: QBluetoothDeviceInfo) -> bool:
    """A Low Energy device that advertises the Heart Rate service."""
    low_energy = bool(
        info.coreConfigurations()
        & QBluetoothDeviceInfo.CoreConfiguration.LowEnergyCoreConfiguration
    )
    return low_energy and HEART_RATE in info.serviceUuids()


class QtBleBackend(QObject):
    """BleBackend over Qt Bluetooth: one search or one strap at a time."""

    def __init__(self, parent: QObject | None = None, asks_permission: bool | None = None) -> None:
        super().__init__(parent)
        self._asks = sys.platform == "darwin" if asks_permission is None else asks_permission
        self._agent: QBluetoothDeviceDiscoveryAgent | None = None
        self._known: dict[str, QBluetoothDeviceInfo] = {}  # from the searches, by address
        self._controller: QLowEnergyController | None = None
        self._service: QLowEnergyService | None = None
        self._events: BleEvents | None = None

    # -- search -------------------------------------------------------------------------

    def search(self, events: BleEvents) -> None:
        self._with_permission(events, lambda: self._search(events))

    def _search(self, events: BleEvents) -> None:
        self.stop_search()
        agent = QBluetoothDeviceDiscoveryAgent(self)
        agent.setLowEnergyDiscoveryTimeout(SEARCH_MS)
        self._agent = agent

        def found(info: QBluetoothDeviceInfo) -> None:
            if offers_heart_rate(info):
                address = address_of(info)
                self._known[address] = QBluetoothDeviceInfo(info)
                events.on_found(StrapInfo(info.name() or address, address))

        def failed(error: QBluetoothDeviceDiscoveryAgent.Error) -> None:
            why = _SEARCH_ERRORS.get(error, Unavailable.FAILED)
            detail = agent.errorString()
            self.stop_search()
            events.on_unavailable(why, detail)

        def done() -> None:
            self.stop_search()
            events.on_search_done()

        agent.deviceDiscovered.connect(found)
        agent.deviceUpdated.connect(lambda info, _fields: found(info))
        agent.errorOccurred.connect(failed)
        agent.finished.connect(done)
        agent.canceled.connect(done)
        agent.start(QBluetoothDeviceDiscoveryAgent.DiscoveryMethod.LowEnergyMethod)

    def stop_search(self) -> None:
        agent, self._agent = self._agent, None
        if agent is None:
            return
        for signal in (agent.deviceDiscovered, agent.deviceUpdated, agent.errorOccurred):
            signal.disconnect()
        agent.finished.disconnect()
        agent.canceled.disconnect()
        if agent.isActive():
            agent.stop()
        agent.deleteLater()

    # -- a strap ------------------------------------------------------------------------

    def open_strap(self, address: str, events: BleEvents) -> None:
        self._with_permission(events, lambda: self._open(address, events))

    def _open(self, address: str, events: BleEvents) -> None:
        self.close_strap()
        info = self._known.get(address)
        if info is None:
            events.on_dropped(f"{address} was not found by a search")
            return
        controller = QLowEnergyController.createCentral(info, self)
        self._controller, self._events = controller, events
        controller.connected.connect(controller.discoverServices)
        controller.discoveryFinished.connect(self._on_services)
        controller.disconnected.connect(lambda: self._drop("disconnected"))
        controller.errorOccurred.connect(lambda _e: self._drop(controller.errorString()))
        controller.connectToDevice()

    def close_strap(self) -> None:
        service, self._service = self._service, None
        controller, self._controller = self._controller, None
        self._events = None
        if service is not None:
            service.deleteLater()
        if controller is not None:
            for signal in (controller.connected, controller.discoveryFinished):
                signal.disconnect()
            controller.disconnected.disconnect()
            controller.errorOccurred.disconnect()
            controller.disconnectFromDevice()
            controller.deleteLater()

    def _on_services(self) -> None:
        if self._controller is None:
            return
        if HEART_RATE not in self._controller.services():
            self._drop("no Heart Rate service")
            return
        service = self._controller.createServiceObject(HEART_RATE, self)
        if service is None:
            self._drop("the Heart Rate service could not be opened")
            return
        self._service = service
        service.stateChanged.connect(self._on_service_state)
        service.characteristicChanged.connect(self._on_changed)
        service.descriptorWritten.connect(self._on_descriptor_written)
        service.errorOccurred.connect(lambda _e: self._drop("the Heart Rate service failed"))
        service.discoverDetails()

    def _on_service_state(self, state: QLowEnergyService.ServiceState) -> None:
        if state != QLowEnergyService.ServiceState.RemoteServiceDiscovered:
            return
        service = self._service
        if service is None:
            return
        measurement: QLowEnergyCharacteristic = service.characteristic(MEASUREMENT)
        config: QLowEnergyDescriptor = measurement.descriptor(CLIENT_CONFIG)
        if not measurement.isValid() or not config.isValid():
            self._drop("no Heart Rate Measurement to subscribe to")
            return
        service.writeDescriptor(config, NOTIFY_ON)

    def _on_descriptor_written(self, descriptor: QLowEnergyDescriptor, _value: QByteArray) -> None:
        if descriptor.uuid() == CLIENT_CONFIG and self._events is not None:
            self._events.on_subscribed()

    def _on_changed(self, characteristic: QLowEnergyCharacteristic, value: QByteArray) -> None:
        if characteristic.uuid() == MEASUREMENT and self._events is not None:
            self._events.on_notification(bytes(value.data()))

    def _drop(self, detail: str) -> None:
        events = self._events
        self.close_strap()
        if events is not None:
            events.on_dropped(detail)

    # -- permission ---------------------------------------------------------------------

    def _with_permission(self, events: BleEvents, then: Callable[[], None]) -> None:
        """Go on where the platform needs no permission or it is granted; else say so."""
        app = QCoreApplication.instance()
        if not self._asks or app is None:
            then()
            return
        permission = QBluetoothPermission()
        permission.setCommunicationModes(QBluetoothPermission.CommunicationMode.Access)
        status = app.checkPermission(permission)
        if status == Qt.PermissionStatus.Granted:
            then()
        elif status == Qt.PermissionStatus.Denied:
            events.on_unavailable(Unavailable.PERMISSION_DENIED, "Bluetooth permission refused")
        else:

            def answered(asked: QPermission) -> None:
                if asked.status() == Qt.PermissionStatus.Granted:
                    then()
                else:
                    events.on_unavailable(
                        Unavailable.PERMISSION_DENIED, "Bluetooth permission refused"
                    )

            app.requestPermission(permission, self, answered)
