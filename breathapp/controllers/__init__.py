# SPDX-License-Identifier: GPL-3.0-or-later
"""Qt controllers (QtCore only): timers, checkpoints; they call repositories and emit signals."""
