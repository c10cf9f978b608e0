# SPDX-License-Identifier: GPL-3.0-or-later
"""The settings page and its sections: sound, reminders, the PIN."""
