# SPDX-License-Identifier: GPL-3.0-or-later
"""Qt widgets, painting and the theme: everything the user sees."""
