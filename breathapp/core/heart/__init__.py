# SPDX-License-Identifier: GPL-3.0-or-later
"""The heart beside the breath: beats from a strap or a file, their measures, the resonance test."""
