# SPDX-License-Identifier: GPL-3.0-or-later
"""Storage: one SQLite file per data dir, repositories over it, export; no Qt."""
