#!/usr/bin/env sh
# Install (or remove) Hearth's menu entry and icon for the current user, under ~/.local/share.
#
#   packaging/linux/install-desktop.sh                 # Exec=hearth (found on PATH), or dist/hearth/hearth
#   packaging/linux/install-desktop.sh --exec /opt/hearth/hearth
#   packaging/linux/install-desktop.sh --uninstall
#
# Nothing outside ~/.local/share (or $XDG_DATA_HOME) is touched; no root needed.
set -eu

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
data="${XDG_DATA_HOME:-$HOME/.local/share}"
apps="$data/applications"
icons="$data/icons/hicolor"
exec_path=""
uninstall=0

while [ $# -gt 0 ]; do
  case "$1" in
    --exec) exec_path="$2"; shift 2 ;;
    --uninstall) uninstall=1; shift ;;
    -h|--help) sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "install-desktop.sh: unknown option $1" >&2; exit 2 ;;
  esac
done

refresh() {
  command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$apps" 2>/dev/null || true
  command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$icons" 2>/dev/null || true
}

if [ "$uninstall" -eq 1 ]; then
  rm -f "$apps/hearth.desktop" "$icons/scalable/apps/hearth.svg"
  for size in 16 24 32 48 64 128 256; do rm -f "$icons/${size}x${size}/apps/hearth.png"; done
  refresh
  echo "Removed Hearth's menu entry and icon from $data."
  exit 0
fi

if [ -z "$exec_path" ]; then
  if command -v hearth >/dev/null 2>&1; then
    exec_path="hearth"
  elif [ -x "$root/dist/hearth/hearth" ]; then
    exec_path="$root/dist/hearth/hearth"
  else
    echo "install-desktop.sh: no 'hearth' on PATH and no dist/hearth/hearth; pass --exec PATH" >&2
    exit 1
  fi
fi
case "$exec_path" in
  *[[:space:]]*) echo "install-desktop.sh: the program path must not contain spaces: $exec_path" >&2; exit 1 ;;
esac

mkdir -p "$apps" "$icons/scalable/apps"
sed -e "s|^Exec=.*|Exec=$exec_path|" -e "s|^TryExec=.*|TryExec=$exec_path|" \
  "$here/hearth.desktop" > "$apps/hearth.desktop"
cp "$root/resources/icons/hearth.svg" "$icons/scalable/apps/hearth.svg"
# Bitmap sizes for desktops and panels that do not scale SVG icons themselves.
if command -v rsvg-convert >/dev/null 2>&1; then
  for size in 16 24 32 48 64 128 256; do
    mkdir -p "$icons/${size}x${size}/apps"
    rsvg-convert -w "$size" -h "$size" "$root/resources/icons/hearth.svg" -o "$icons/${size}x${size}/apps/hearth.png"
  done
fi
if command -v desktop-file-validate >/dev/null 2>&1; then
  desktop-file-validate "$apps/hearth.desktop"
fi
refresh
echo "Installed $apps/hearth.desktop (Exec=$exec_path) and the Hearth icon in $icons."
