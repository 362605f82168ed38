#!/bin/sh
# Install OCO Desktop for this user only (no root needed): the app folder goes to
# ~/.local/opt/oco-desktop, the menu entry and icons to ~/.local/share. Run it from the unpacked
# folder: ./install.sh   (double-click "Run" works in most file managers too).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
target=$HOME/.local/opt/oco-desktop

if [ "$here" != "$target" ]; then
  rm -rf "$target.new"
  mkdir -p "$(dirname "$target")"
  cp -a "$here" "$target.new"
  rm -rf "$target"
  mv "$target.new" "$target"
fi

mkdir -p "$data/applications"
# The menu entry must name the program by its full path: ~/.local/bin is not always on PATH.
sed "s|^Exec=oco-desktop|Exec=\"$target/oco-desktop\"|" "$target/share/applications/oco-desktop.desktop" \
  > "$data/applications/oco-desktop.desktop"
for dir in "$target"/share/icons/hicolor/*/apps; do
  size=$(basename "$(dirname "$dir")")
  mkdir -p "$data/icons/hicolor/$size/apps"
  cp "$dir"/oco-desktop.* "$data/icons/hicolor/$size/apps/"
done
mkdir -p "$HOME/.local/bin"
ln -sf "$target/oco-desktop" "$HOME/.local/bin/oco-desktop"
command -v update-desktop-database >/dev/null && update-desktop-database -q "$data/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
echo "OCO Desktop is geïnstalleerd. U vindt het in het menu onder Kantoor (Office)."
