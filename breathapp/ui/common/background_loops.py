# SPDX-License-Identifier: GPL-3.0-or-later
"""Soft background sounds made in the app: brown noise, soft rain and soft waves.

Each is a loop that joins itself without a seam, by construction: its noise is a shaped
random spectrum turned into sound by one inverse FFT, which gives a periodic signal; the
waves' swell repeats a whole number of times in a loop; rain drops that run past the end
carry on at the start. The same seed gives the same sound on every machine.

numpy (which the app ships for its charts) is imported only when a loop is first made,
never at start-up.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from breathapp.core.breath_tone import SAMPLE_RATE_HZ

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

KINDS = ("brown", "rain", "waves")
# 2**19 samples (23.8 s at 22050 Hz): long enough not to be heard repeating, and a length
# the FFT makes quickly. The waves' swells fit a whole number of times into it.
LOOP_SAMPLES = 2**19
SEED = 14
# The loudest any background is, at full volume: its highest sample, as a fraction of full
# scale. A voice (a recording or the computer's) and the cues peak near full scale; a
# background held under a quarter of it, with its average level (RMS) a quarter lower
# still, stays well under the voice at any volume, since its volume is a share of theirs.
CAP = 0.25
# How loud each sound is on average (RMS, fraction of full scale): near, but under, CAP / 4.
# Rain hisses, so it is set lower than the dark brown noise to sound as soft.
_LEVEL = {"brown": 0.058, "rain": 0.042, "waves": 0.055}
_FULL_SCALE = 32767


def loop_samples(
    kind: str, n: int = LOOP_SAMPLES, rate_hz: int = SAMPLE_RATE_HZ
) -> NDArray[np.int16]:
    """One loop of ``kind`` (one of KINDS): ``n`` 16-bit mono samples at ``rate_hz``."""
    import numpy as np

    if kind not in KINDS:
        raise ValueError(f"unknown background sound {kind!r}")
    rng = np.random.default_rng([SEED, KINDS.index(kind)])
    if kind == "brown":
        sound = _brown(rng, n, rate_hz)
    elif kind == "rain":
        sound = _rain(rng, n, rate_hz)
    else:
        sound = _waves(rng, n, rate_hz)
    return _levelled(sound, _LEVEL[kind])


def _noise(
    rng: np.random.Generator, n: int, rate_hz: int, slope: float, low_hz: float, high_hz: float
) -> NDArray[np.float64]:
    """Periodic noise of ``n`` samples whose amplitude falls as f**-slope between the two
    corner frequencies (1: brown, 0.5: pink), rolled off gently outside them."""
    import numpy as np

    f = np.fft.rfftfreq(n, 1.0 / rate_hz)
    f[0] = 1.0  # no DC: set to zero below
    shape = f**-slope
    shape /= 1.0 + (low_hz / f) ** 4  # a 24 dB/octave high-pass: no rumble, no drift
    shape /= 1.0 + (f / high_hz) ** 2  # a soft 12 dB/octave top
    shape[0] = 0.0
    spectrum = (rng.standard_normal(f.size) + 1j * rng.standard_normal(f.size)) * shape
    spectrum[-1] = spectrum[-1].real  # the Nyquist bin of an even length is real
    return np.fft.irfft(spectrum, n)


def _brown(rng: np.random.Generator, n: int, rate_hz: int) -> NDArray[np.float64]:
    return _noise(rng, n, rate_hz, 1.0, 40.0, 2500.0)


def _rain(rng: np.random.Generator, n: int, rate_hz: int) -> NDArray[np.float64]:
    """A steady pinkish hush with soft, sparse drops (short, muffled, of three sizes)."""
    import numpy as np

    hush = _noise(rng, n, rate_hz, 0.5, 250.0, 5000.0)
    hush /= np.sqrt(np.mean(hush**2))
    t = np.arange(int(0.04 * rate_hz)) / rate_hz
    # Each drop rises over 2 ms and dies away to exactly nothing: never a click.
    window = np.minimum(1.0, t / 0.002) ** 2 * (0.5 + 0.5 * np.cos(np.pi * t / t[-1]))
    where: list[NDArray[np.int64]] = []
    weights: list[NDArray[np.float64]] = []
    for pitch_hz, decay_s, per_s, size in (
        (900.0, 0.014, 3.0, 1.0),
        (1500.0, 0.010, 5.0, 0.8),
        (2400.0, 0.007, 8.0, 0.6),
    ):
        kernel = np.sin(2 * np.pi * pitch_hz * t) * np.exp(-t / decay_s) * window
        count = round(per_s * n / rate_hz)
        starts = rng.integers(0, n, count)
        heights = size * rng.uniform(0.4, 1.6, count) * rng.choice((-1.0, 1.0), count)
        where.append(((starts[:, None] + np.arange(t.size)) % n).ravel())  # the last ones wrap
        weights.append((heights[:, None] * kernel).ravel())
    drops = np.bincount(np.concatenate(where), np.concatenate(weights), minlength=n)
    return hush + 2.0 * drops


def _waves(rng: np.random.Generator, n: int, rate_hz: int) -> NDArray[np.float64]:
    """A low wash that swells and ebbs; each swell brings a brighter hiss at its crest.

    The swell sums slow waves of 2, 3 and 4 to a loop (about 12, 8 and 6 seconds) with
    random phases, so the sea's rhythm is uneven but the loop still joins itself.
    """
    import numpy as np

    wash = _noise(rng, n, rate_hz, 1.0, 60.0, 1200.0)
    foam = _noise(rng, n, rate_hz, 0.5, 400.0, 4000.0)
    wash /= np.sqrt(np.mean(wash**2))
    foam /= np.sqrt(np.mean(foam**2))
    # The swell changes slowly: reckoned every 64 samples, drawn straight between them.
    coarse = np.arange(n // 64 + 1) * (2 * np.pi * 64 / n)
    swell = np.zeros(coarse.size)
    for cycles, weight in ((2, 1.0), (3, 0.8), (4, 0.4)):
        swell += weight * np.cos(cycles * coarse + rng.uniform(0, 2 * np.pi))
    swell = (swell - swell.min()) / (swell.max() - swell.min())  # 0 (ebb) .. 1 (crest)
    swell = np.interp(np.arange(n) / 64, np.arange(coarse.size), swell)
    return wash * (0.3 + 0.7 * swell) + foam * (0.8 * swell**3)


def _levelled(sound: NDArray[np.float64], rms: float) -> NDArray[np.int16]:
    """``sound`` at the given average level, its peaks never over CAP."""
    import numpy as np

    scale = min(rms / float(np.sqrt(np.mean(sound**2))), CAP / float(np.max(np.abs(sound))))
    top = int(CAP * _FULL_SCALE)  # the loudest sample rounds down, not up past CAP
    return np.clip(np.round(sound * scale * _FULL_SCALE), -top, top).astype(np.int16)
