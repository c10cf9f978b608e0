# SPDX-License-Identifier: GPL-3.0-or-later
"""Where every practice meets the safety rules: the one gate the session controllers ask."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Protocol

from breathapp.core.clock import Clock
from breathapp.core.errors import StorageError
from breathapp.core.patterns import Pattern, Preset, target_pattern
from breathapp.core.profiles import Profile
from breathapp.core.safety import (
    FOUR_SEVEN_EIGHT,
    LengthCapped,
    allowed_presets,
    allowed_spec,
    check_script,
    first_month_last_day,
    is_four_seven_eight,
    vet_change,
    vet_session,
)
from breathapp.core.session import SessionPlan

if TYPE_CHECKING:  # relaxation loads with its first session: off the start-up path
    from breathapp.core.relaxation import Script


class ProfileSource(Protocol):
    """The profile in use, as it is now (controllers.profile_controller.ProfileController)."""

    @property
    def profile(self) -> Profile: ...


class FirstUses(Protocol):
    """When a profile first practised a pattern (storage.sessions_repo.SessionRepo)."""

    def first_started(self, profile_id: int, pattern_text: str) -> datetime | None: ...


class SafetyGate:
    """Vets every session as it starts and every change of pace, whoever asks.

    The window, the picker, a second launch's hand-over, Today, plans, presentation keys
    and ramps all reach a session through SessionController or RelaxationController, and
    those ask this gate; callers may filter what they offer, but none is trusted. The
    profile is read at every question, so a setting changed a moment ago counts.
    """

    def __init__(self, profile: ProfileSource, history: FirstUses, clock: Clock) -> None:
        self._profile = profile
        self._history = history
        self._clock = clock

    @property
    def profile(self) -> Profile:
        return self._profile.profile

    def today(self) -> date:
        return self._clock.now_utc().astimezone().date()

    def first_478(self) -> date | None:
        """The day this profile first practised 4-7-8; None if it never has.

        A history that cannot be read counts as never: the first month's limit applies,
        which is the safe side.
        """
        try:
            started = self._history.first_started(self.profile.id, FOUR_SEVEN_EIGHT.text())
        except StorageError:
            return None
        return started.astimezone().date() if started is not None else None

    def first_month_last_day(self) -> date | None:
        """Until when (inclusive) a 4-7-8 session is at most four breaths; None: no limit."""
        return first_month_last_day(self.first_478(), self.today())

    def vet_start(self, plan: SessionPlan) -> tuple[SessionPlan, LengthCapped | None]:
        """The session as the rules allow it (maybe shortened); SafetyError if not at all."""
        first = self._first_478_for(target_pattern(plan.pacing))
        return vet_session(plan, self.profile, first, self.today())

    def vet_change(self, pattern: Pattern) -> None:
        """SafetyError when a running session may not change to ``pattern``."""
        vet_change(pattern, self.profile, self._first_478_for(pattern), self.today())

    def _first_478_for(self, pattern: Pattern) -> date | None:
        # The history is asked only for 4-7-8: every other start and live key costs nothing.
        return self.first_478() if is_four_seven_eight(pattern) else None

    def vet_script(self, script: Script) -> None:
        """SafetyError when a relaxation session breathes in a way the profile may not."""
        check_script(script, self.profile)

    def presets(self) -> tuple[Preset, ...]:
        """The presets to offer this profile."""
        return allowed_presets(self.profile)

    def offers(self, spec: str) -> bool:
        """Whether a remembered pattern (a preset id or seconds) may be offered to this profile."""
        return allowed_spec(spec, self.profile)
