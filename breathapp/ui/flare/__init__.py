# SPDX-License-Identifier: GPL-3.0-or-later
"""The bad-day flow: a kind word, a pain rating, the gentle flare-up session, reassurance."""
