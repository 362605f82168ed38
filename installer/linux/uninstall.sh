#!/bin/sh
# Remove OCO Desktop for this user. The vault (~/.local/share/oco-desktop/kluis.ocovault) stays,
# unless you pass --delete-vault.
set -eu
data=${XDG_DATA_HOME:-$HOME/.local/share}
rm -rf "$HOME/.local/opt/oco-desktop"
rm -f "$data/applications/oco-desktop.desktop" "$HOME/.local/bin/oco-desktop"
rm -f "$data"/icons/hicolor/*/apps/oco-desktop.png "$data"/icons/hicolor/scalable/apps/oco-desktop.svg
if [ "${1:-}" = "--delete-vault" ]; then
  rm -rf "$data/oco-desktop/kluis.ocovault"
  echo "De kluis is verwijderd."
else
  echo "OCO Desktop is verwijderd. Uw kluis staat nog in $data/oco-desktop/kluis.ocovault"
fi
