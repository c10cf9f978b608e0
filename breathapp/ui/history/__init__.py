# SPDX-License-Identifier: GPL-3.0-or-later
"""The practice over time: the history page, charts, calendar, session list, practice files."""
