# SPDX-License-Identifier: GPL-3.0-or-later
"""The heart beside the breath: the live curve, the strap, the resonance pace test."""
