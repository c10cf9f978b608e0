# SPDX-License-Identifier: GPL-3.0-or-later
"""Several patients on one PC: the Profile menu and the picker."""
