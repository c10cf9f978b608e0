# SPDX-License-Identifier: GPL-3.0-or-later
"""Our heart measures agree with NeuroKit2's within 1 % on the same RR data.

NeuroKit2 (the ``test`` extra; never at run time) is set to our method:
- time domain: ``hrv_time`` on the beats as peaks at 1000 Hz (MeanNN, SDNN with n - 1,
  RMSSD), our mean heart rate being 60 000 / MeanNN;
- LF power: NeuroKit2's own steps of ``hrv_frequency``, each set as ours:
  ``signal_interpolate(method="linear")`` onto our 4 Hz grid (first beat to last),
  ``signal_detrend(method="polynomial", order=1)``, ``signal_power(method="welch",
  window=60, normalize=False)`` (scipy's Welch: Hann, 240-point segments, half overlap,
  NFFT 480, density; the band by the trapezoid rule over bins in [0.04, 0.15)); under
  120 s of beats both take half the series as a segment, and NeuroKit2 pads it to twice
  its length where we keep 480 points (the power still agrees within 1 %). Its
  ``hrv_frequency`` cannot be set so in one call: its keyword arguments go both to the
  interpolation and to the spectrum, so ``method`` or ``detrend`` would reach both.
"""

from __future__ import annotations

import numpy as np
import pytest

from breathapp.core.heart.artefacts import clean
from breathapp.core.heart.beats import Beat
from breathapp.core.heart.metrics import mean_hr_bpm, rmssd_ms, sdnn_ms
from breathapp.core.heart.spectrum import RESAMPLE_HZ, lf_peak_hz, lf_power_ms2
from tests.builders.heart_numbers import beats_of, demo_rr_ms, wave_beats

nk = pytest.importorskip("neurokit2", reason="NeuroKit2 comes with the test extra")

AGREE = 0.01  # within 1 %


def _sets() -> dict[str, list[Beat]]:
    demo = clean(beats_of([float(ms) for ms in demo_rr_ms()])).beats
    return {
        "a wave at 5.5 a minute, noisy": wave_beats(300, rate_bpm=5.5, noise_ms=25, seed=3),
        "a wave at 6.5 a minute, two minutes": wave_beats(121, rate_bpm=6.5, noise_ms=15),
        "the demo recording, cleaned": list(demo),
        "the demo's 5.0 pace": [b for b in demo if 510 <= b.t_s <= 630],
    }


SETS = _sets()


def _peaks(beats: list[Beat]) -> np.ndarray:
    """The beats as R-peak sample numbers at 1000 Hz, one before the first beat."""
    ends = np.array([round(b.t_s * 1000) for b in beats])
    return np.concatenate([[ends[0] - round(beats[0].rr_ms)], ends])


def _reference_psd_input(beats: list[Beat]) -> np.ndarray:
    t = np.array([b.t_s for b in beats])
    rr = np.array([b.rr_ms for b in beats])
    grid = t[0] + np.arange(int((t[-1] - t[0]) * RESAMPLE_HZ) + 1) / RESAMPLE_HZ
    even = nk.signal_interpolate(t, rr, x_new=grid, method="linear")
    return nk.signal_detrend(even, method="polynomial", order=1)


@pytest.mark.parametrize("name", SETS)
def test_time_domain_agrees_with_neurokit2(name: str) -> None:
    beats = SETS[name]
    # on intervals of whole ms, so that the peaks at 1000 Hz give the very same intervals
    beats = beats_of([float(round(b.rr_ms)) for b in beats])
    ref = nk.hrv_time(_peaks(beats), sampling_rate=1000).iloc[0]
    assert mean_hr_bpm(beats) == pytest.approx(60_000 / ref["HRV_MeanNN"], rel=AGREE)
    assert sdnn_ms(beats) == pytest.approx(ref["HRV_SDNN"], rel=AGREE)
    assert rmssd_ms(beats) == pytest.approx(ref["HRV_RMSSD"], rel=AGREE)


@pytest.mark.parametrize("name", SETS)
def test_lf_power_and_peak_agree_with_neurokit2(name: str) -> None:
    beats = SETS[name]
    signal = _reference_psd_input(beats)
    ref = nk.signal_power(
        signal,
        frequency_band=[(0.04, 0.15)],
        sampling_rate=RESAMPLE_HZ,
        method="welch",
        window=60,
        normalize=False,
    ).iloc[0, 0]
    assert lf_power_ms2(beats) == pytest.approx(ref, rel=AGREE)
    psd = nk.signal_psd(
        signal,
        sampling_rate=RESAMPLE_HZ,
        method="welch",
        window=60,
        normalize=False,
        min_frequency=0.04,
        max_frequency=0.1499,
    )
    # Under 120 s of beats (a pace's window) our segments stay zero-padded to 480 points,
    # bins 1/120 Hz apart on the paces, where NeuroKit2 pads to twice the shorter segment:
    # the peaks then agree within one of its bins.
    span_s = beats[-1].t_s - beats[0].t_s
    bin_hz = 0.0 if span_s >= 120 else RESAMPLE_HZ / (2 * (len(signal) // 2))
    peak = lf_peak_hz(beats)
    assert peak is not None
    assert abs(peak - psd["Frequency"][psd["Power"].idxmax()]) <= bin_hz + 1e-12
