# SPDX-License-Identifier: GPL-3.0-or-later
"""Synthesises the cue sounds into assets/sounds (run once; the WAV files are committed).

Soft sine tones with slow attack and release, so nothing clicks or startles:
inhale rises, exhale falls, hold is a quiet tick, a new relaxation step is a light
chime and the end of a session is a bell
with a long decay. Made here, so there is no licence question.
"""

from __future__ import annotations

import math
import struct
import sys
import wave
from collections.abc import Callable
from pathlib import Path

RATE_HZ = 44100
OUT = Path(__file__).resolve().parent.parent / "assets" / "sounds"


def _envelope(t: float, length_s: float, attack_s: float, release_s: float) -> float:
    if t < attack_s:
        return 0.5 - 0.5 * math.cos(math.pi * t / attack_s)
    if t > length_s - release_s:
        return 0.5 - 0.5 * math.cos(math.pi * (length_s - t) / release_s)
    return 1.0


def _glide(f0: float, f1: float, length_s: float, level: float) -> Callable[[float], float]:
    phase = [0.0]
    last = [0.0]

    def sample(t: float) -> float:
        f = f0 + (f1 - f0) * (t / length_s)
        phase[0] += 2 * math.pi * f * (t - last[0])
        last[0] = t
        env = _envelope(t, length_s, 0.12, 0.25)
        return level * env * (math.sin(phase[0]) + 0.15 * math.sin(2 * phase[0]))

    return sample


def _bell(
    freqs: tuple[float, ...], length_s: float, decay_s: float, level: float
) -> Callable[[float], float]:
    def sample(t: float) -> float:
        env = math.exp(-t / decay_s) * min(1.0, t / 0.01)
        partials = (math.sin(2 * math.pi * f * t) / (i + 1) for i, f in enumerate(freqs))
        return level * env * sum(partials)

    return sample


SOUNDS: dict[str, tuple[float, Callable[[float], float]]] = {
    "inhale": (0.9, _glide(330.0, 440.0, 0.9, 0.35)),
    "exhale": (1.1, _glide(440.0, 294.0, 1.1, 0.35)),
    "hold": (0.18, _bell((1046.0,), 0.18, 0.04, 0.18)),
    "step": (1.6, _bell((659.25, 987.77), 1.6, 0.4, 0.24)),
    "end": (3.5, _bell((523.25, 1046.5, 1569.75), 3.5, 1.1, 0.3)),
}


def write(name: str, length_s: float, sample: Callable[[float], float], folder: Path) -> Path:
    path = folder / f"{name}.wav"
    frames = bytearray()
    for i in range(int(length_s * RATE_HZ)):
        value = max(-1.0, min(1.0, sample(i / RATE_HZ)))
        frames += struct.pack("<h", int(value * 32000))
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE_HZ)
        out.writeframes(bytes(frames))
    return path


def main(folder: Path = OUT) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, (length_s, sample) in SOUNDS.items():
        print(write(name, length_s, sample, folder))


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT)
