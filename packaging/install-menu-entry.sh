#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Adds BreathApp to this user's application menu (no admin rights needed).
# Run it from the unpacked BreathApp folder; run it again after moving the folder.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
mkdir -p "$data/applications" "$data/icons/hicolor/256x256/apps"
cp "$here/breathapp.png" "$data/icons/hicolor/256x256/apps/breathapp.png"
sed -e "s|@EXEC@|$here/BreathApp|" -e "s|@ICON@|breathapp|" \
    "$here/breathapp.desktop.in" >"$data/applications/breathapp.desktop"
echo "BreathApp is in the application menu: $data/applications/breathapp.desktop"
