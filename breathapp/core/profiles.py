# SPDX-License-Identifier: GPL-3.0-or-later
"""Profiles: one person's history and preferences on a shared PC."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Profile:
    id: int
    name: str  # "" for the default profile, which the ui names in the user's language
    # Set by a therapist for heart problems, pregnancy or high blood pressure.
    no_holds: bool = False
    ask_pain: bool = False  # the check-in asks about pain too
