# SPDX-License-Identifier: GPL-3.0-or-later
"""The breathing guide: view, canvas, setup, check-in, summary, pattern editor, presentation."""
