# SPDX-License-Identifier: GPL-3.0-or-later
"""Shared test builders: sessions, profiles, plans, practice files, reports, the whole app.

One module per aggregate, so that a core test never loads Qt to make a session record.
"""
