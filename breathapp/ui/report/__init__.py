# SPDX-License-Identifier: GPL-3.0-or-later
"""The therapist's PDF report, painted with Qt's own PDF writer."""
