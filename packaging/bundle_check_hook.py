# SPDX-License-Identifier: GPL-3.0-or-later
"""PyInstaller runtime hook of the frozen app, for build_installer.py's smoke test.

With BREATHAPP_BUNDLE_CHECK=1 the frozen app imports the modules it otherwise loads only when
a feature is first used (Qt Bluetooth for the heart-rate strap), says so, and exits before
the app starts: no window, no Bluetooth adapter, no connection. Otherwise it does nothing.
"""

import os
import sys

if os.environ.get("BREATHAPP_BUNDLE_CHECK") == "1":
    from PySide6 import QtBluetooth

    # A call into libQt6Bluetooth that needs no adapter: the Heart Rate service's UUID.
    uuid = QtBluetooth.QBluetoothUuid(QtBluetooth.QBluetoothUuid.ServiceClassUuid.HeartRate)
    print(f"imported PySide6.QtBluetooth (Heart Rate service {uuid.toString()})", flush=True)
    sys.exit(0)
