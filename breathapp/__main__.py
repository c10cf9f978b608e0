# SPDX-License-Identifier: GPL-3.0-or-later
"""Entry point for ``python -m breathapp`` and the frozen bundle."""

import sys

from breathapp.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
