# SPDX-License-Identifier: GPL-3.0-or-later
"""Recording a voice pack: the therapist records each step of a session."""
