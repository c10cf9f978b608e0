# SPDX-License-Identifier: GPL-3.0-or-later
"""The command line: options for the window and headless commands (no QApplication).

main.py is the entry point; parser.py reads and checks the options; common.py and
profiles.py hold what the commands share; catalog.py, history.py and plans.py the commands.
"""
