# SPDX-License-Identifier: GPL-3.0-or-later
"""Pure-Python domain: patterns, pacer, sessions, preferences. No Qt, no sqlite3."""
