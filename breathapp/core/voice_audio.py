# SPDX-License-Identifier: GPL-3.0-or-later
"""A recorded voice's audio: G.711 mu-law in a WAV file, mono, 16 000 samples a second.

Mu-law halves the size of 16-bit sound and keeps a voice clear. It is a standard WAV that
every player opens, and the app decodes it itself: Qt plays compressed formats only
through its FFmpeg plugin, which would add about 36 MB (with QtQuick) to the bundle.
"""

from __future__ import annotations

import struct
import sys
from array import array
from typing import NamedTuple

RATE_HZ = 16_000
MULAW = 7  # WAVE_FORMAT_MULAW
PCM = 1
_BIAS = 0x84
_CLIP = 32635


class VoiceAudioError(ValueError):
    """A file that is not a voice recording this app reads; says what is wrong."""


class VoiceAudio(NamedTuple):
    rate_hz: int
    pcm16: bytes  # signed 16-bit little-endian, mono
    seconds: float


def _encode_sample(sample: int) -> int:
    sign = 0x80 if sample < 0 else 0
    magnitude = min(_CLIP, -sample if sample < 0 else sample) + _BIAS
    exponent = max(0, magnitude.bit_length() - 8)
    exponent = min(exponent, 7)
    mantissa = (magnitude >> (exponent + 3)) & 0x0F
    return ~(sign | (exponent << 4) | mantissa) & 0xFF


def _decode_byte(byte: int) -> int:
    byte = ~byte & 0xFF
    sign = byte & 0x80
    exponent = (byte >> 4) & 0x07
    mantissa = byte & 0x0F
    magnitude = (((mantissa << 3) + _BIAS) << exponent) - _BIAS
    return -magnitude if sign else magnitude


# Every mu-law byte's 16-bit sample, as little-endian bytes: decoding is one join.
_DECODED = [struct.pack("<h", _decode_byte(b)) for b in range(256)]
# Every 16-bit sample's mu-law byte (65 536 entries, built on first use).
_ENCODED: bytes | None = None


def _encode_table() -> bytes:
    global _ENCODED
    if _ENCODED is None:
        _ENCODED = bytes(_encode_sample(s - 65536 if s >= 32768 else s) for s in range(65536))
    return _ENCODED


def _samples(pcm16: bytes) -> array[int]:
    samples = array("h")
    samples.frombytes(pcm16[: len(pcm16) // 2 * 2])
    if sys.byteorder == "big":
        samples.byteswap()
    return samples


def mono(pcm16: bytes, channels: int) -> bytes:
    """One channel of 16-bit sound: the channels' average (a microphone may give two)."""
    if channels == 1:
        return pcm16[: len(pcm16) // 2 * 2]
    samples = _samples(pcm16)
    out = array(
        "h",
        (
            sum(samples[i : i + channels]) // channels
            for i in range(0, len(samples) - channels + 1, channels)
        ),
    )
    if sys.byteorder == "big":
        out.byteswap()
    return out.tobytes()


def encode_mulaw_wav(pcm16: bytes, rate_hz: int = RATE_HZ) -> bytes:
    """A mono mu-law WAV of signed 16-bit little-endian samples."""
    table = _encode_table()
    data = bytes(table[s & 0xFFFF] for s in _samples(pcm16))
    fmt = struct.pack("<HHIIHHH", MULAW, 1, rate_hz, rate_hz, 1, 8, 0)
    fact = struct.pack("<I", len(data))
    body = (
        b"WAVE"
        + b"fmt "
        + struct.pack("<I", len(fmt))
        + fmt
        + b"fact"
        + struct.pack("<I", len(fact))
        + fact
        + b"data"
        + struct.pack("<I", len(data))
        + data
        + (b"\0" if len(data) % 2 else b"")
    )
    return b"RIFF" + struct.pack("<I", len(body)) + body


def _walk(data: bytes, whole: bool) -> dict[bytes, bytes]:
    """The parts of a WAV file by name; with ``whole`` False, a file's first bytes will do
    (the parts are read as far as they go)."""
    if len(data) < 12 or data[:4] != b"RIFF" or data[8:12] != b"WAVE":
        raise VoiceAudioError("is not a WAV file")
    chunks: dict[bytes, bytes] = {}
    at = 12
    while at + 8 <= len(data):
        name = data[at : at + 4]
        (size,) = struct.unpack("<I", data[at + 4 : at + 8])
        if whole and at + 8 + size > len(data):
            raise VoiceAudioError(f"its '{name.decode('latin-1')}' part is cut short")
        chunks.setdefault(name, data[at + 8 : at + 8 + size])
        at += 8 + size + (size % 2)
    return chunks


def _format(chunks: dict[bytes, bytes]) -> tuple[int, int, int]:
    """(format tag, samples a second, bits a sample) of a mono file; else why not."""
    fmt = chunks.get(b"fmt ")
    if fmt is None or len(fmt) < 16:
        raise VoiceAudioError("has no sound format")
    tag, channels, rate, _byte_rate, _align, bits = struct.unpack("<HHIIHH", fmt[:16])
    if channels != 1:
        raise VoiceAudioError(f"must be mono, has {channels} channels")
    if not 8_000 <= rate <= 48_000:
        raise VoiceAudioError(f"must have 8000 to 48000 samples a second, has {rate}")
    return tag, rate, bits


def is_recording_head(head: bytes) -> bool:
    """Whether a file's first bytes open as the app writes a recording: mono mu-law WAV."""
    try:
        tag, _rate, bits = _format(_walk(head, whole=False))
    except VoiceAudioError:
        return False
    return tag == MULAW and bits == 8


def read_voice_wav(data: bytes) -> VoiceAudio:
    """The samples of a recorded step; VoiceAudioError says why a file is not one."""
    chunks = _walk(data, whole=True)
    tag, rate, bits = _format(chunks)
    if b"data" not in chunks:
        raise VoiceAudioError("has no sound")
    samples = chunks[b"data"]
    if tag == MULAW and bits == 8:
        pcm = b"".join(map(_DECODED.__getitem__, samples))
    elif tag == PCM and bits == 16:
        pcm = samples[: len(samples) // 2 * 2]
    else:
        raise VoiceAudioError("must be mu-law (8 bit) or 16-bit PCM sound")
    return VoiceAudio(rate, pcm, len(pcm) / 2 / rate)
