# SPDX-License-Identifier: GPL-3.0-or-later
"""What the screens share: widgets, dialogs, menus, theme, style, labels, translations, sound."""
