# SPDX-License-Identifier: GPL-3.0-or-later
"""The window around the screens: the main window (rail, menus, shortcuts) and the tray."""
