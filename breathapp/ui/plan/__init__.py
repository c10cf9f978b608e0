# SPDX-License-Identifier: GPL-3.0-or-later
"""The therapist's plan: the Today page, the plan editor, the import preview, the Plan menu."""
