# SPDX-License-Identifier: GPL-3.0-or-later
"""BreathApp: guided slow belly breathing and short relaxation sessions."""

__version__ = "0.1.0"
