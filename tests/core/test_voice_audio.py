# SPDX-License-Identifier: GPL-3.0-or-later
"""Mu-law WAV: half the size, a voice kept clear, and anything else refused with a reason."""

from __future__ import annotations

import io
import math
import struct
import wave

import pytest

from breathapp.core.voice_audio import (
    RATE_HZ,
    VoiceAudioError,
    encode_mulaw_wav,
    read_voice_wav,
)


def _tone(seconds: float, amplitude: int = 8000) -> bytes:
    n = int(seconds * RATE_HZ)
    return struct.pack(
        f"<{n}h", *(round(amplitude * math.sin(2 * math.pi * 220 * i / RATE_HZ)) for i in range(n))
    )


def test_a_recording_comes_back_close_in_half_the_size() -> None:
    pcm = _tone(1.0)
    wav = encode_mulaw_wav(pcm)
    assert len(wav) < len(pcm) / 2 + 100
    audio = read_voice_wav(wav)
    assert (audio.rate_hz, audio.seconds) == (RATE_HZ, 1.0)
    before = struct.unpack(f"<{len(pcm) // 2}h", pcm)
    after = struct.unpack(f"<{len(audio.pcm16) // 2}h", audio.pcm16)
    worst = max(abs(a - b) for a, b in zip(before, after, strict=True))
    assert worst <= 8000 * 0.04  # mu-law's error grows with loudness: a few per cent
    assert read_voice_wav(encode_mulaw_wav(audio.pcm16)).pcm16 == audio.pcm16  # stable


def test_the_loudest_and_quietest_samples_survive() -> None:
    pcm = struct.pack("<4h", 32767, -32768, 0, 1)
    back = struct.unpack("<4h", read_voice_wav(encode_mulaw_wav(pcm)).pcm16)
    assert back[0] > 32000 and back[1] < -32000 and abs(back[2]) <= 8 and abs(back[3]) <= 8


def test_it_is_a_standard_mu_law_wav() -> None:
    wav = encode_mulaw_wav(_tone(0.1))
    # RIFF size, then fmt: mu-law (7), mono, 16 kHz, 16000 bytes a second, 1 byte a sample.
    assert struct.unpack("<4sI4s4sI", wav[:20]) == (b"RIFF", len(wav) - 8, b"WAVE", b"fmt ", 18)
    assert struct.unpack("<HHIIHHH", wav[20:38]) == (7, 1, RATE_HZ, RATE_HZ, 1, 8, 0)
    # Compressed WAVs carry a "fact" part with their number of samples.
    assert wav[38:50] == b"fact" + struct.pack("<II", 4, 1600)
    assert wav[50:58] == b"data" + struct.pack("<I", 1600)


def test_a_plain_16_bit_wav_is_read_too() -> None:
    out = io.BytesIO()
    with wave.open(out, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(22050)
        w.writeframes(_tone(0.5))
    audio = read_voice_wav(out.getvalue())
    assert audio.rate_hz == 22050 and len(audio.pcm16) == 16000


@pytest.mark.parametrize(
    ("data", "why"),
    [
        (b"ID3\x03 not a wav at all", "is not a WAV file"),
        (encode_mulaw_wav(_tone(0.1))[:60], "cut short"),
        (encode_mulaw_wav(_tone(0.1)).replace(b"\x01\x00\x80\x3e", b"\x02\x00\x80\x3e", 1), "mono"),
        (encode_mulaw_wav(_tone(0.1)).replace(b"\x80\x3e\x00\x00", b"\x00\x77\x01\x00", 1), "8000"),
    ],
)
def test_what_is_not_a_recording_is_refused_with_a_reason(data: bytes, why: str) -> None:
    with pytest.raises(VoiceAudioError, match=why):
        read_voice_wav(data)
