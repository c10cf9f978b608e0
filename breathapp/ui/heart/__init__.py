# SPDX-License-Identifier: GPL-3.0-or-later
"""The heart beside the breath: the live curve, the swing per breath, the strap picker."""
