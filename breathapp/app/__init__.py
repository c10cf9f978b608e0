# SPDX-License-Identifier: GPL-3.0-or-later
"""The composition root: builds the store, controllers and views, connects them, runs Qt.

build.py makes the window and everything it needs for the first paint; later.py, plans.py,
profiles.py, reminders.py, instance.py and history.py add the parts that come after it or
only when needed, as typed fields of the one Built object (built.py); run.py runs Qt.
"""
