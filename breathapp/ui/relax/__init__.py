# SPDX-License-Identifier: GPL-3.0-or-later
"""Guided relaxation: the list of sessions and the player."""
