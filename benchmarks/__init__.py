# SPDX-License-Identifier: GPL-3.0-or-later
"""Benchmarks: BreathApp beside a bare Qt window, each in its own process (python -m benchmarks)."""

# Keep this file empty of imports: every child process imports it before it starts timing work.
