#!/usr/bin/env bash
# Put netzjournal into the user's application menu (no root needed):
# ~/.local/share/applications and ~/.local/share/icons/hicolor.
#
#   packaging/install-desktop.sh [PATH_TO_NETZJOURNAL]   install (default: netzjournal on PATH)
#   packaging/install-desktop.sh --uninstall             remove again
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
data="${XDG_DATA_HOME:-$HOME/.local/share}"
apps="$data/applications"
icons="$data/icons/hicolor"
sizes="16 24 32 48 64 128 256 512"

if [ "${1:-}" = "--uninstall" ]; then
  rm -f "$apps/org.netzjournal.Netzjournal.desktop" "$data/metainfo/org.netzjournal.Netzjournal.metainfo.xml"
  for s in $sizes; do rm -f "$icons/${s}x${s}/apps/netzjournal.png"; done
  rm -f "$icons/scalable/apps/netzjournal.svg"
  command -v update-desktop-database >/dev/null && update-desktop-database "$apps" || true
  echo "netzjournal removed from the application menu (your journal was not touched)."
  exit 0
fi

exe="${1:-$(command -v netzjournal || true)}"
if [ -z "$exe" ]; then
  echo "Where is netzjournal? Pass its path: $0 /path/to/netzjournal" >&2
  exit 2
fi
exe="$(cd "$(dirname "$exe")" && pwd)/$(basename "$exe")"

# Icons: the bundle ships them; from a checkout they are rendered first.
png_dir="$(dirname "$exe")/icons"
if [ ! -f "$png_dir/netzjournal-48.png" ]; then
  png_dir="$(mktemp -d)"
  python="${PYTHON:-$root/.venv/bin/python}"
  "$python" "$here/icons.py" "$png_dir" >/dev/null
fi
mkdir -p "$apps" "$icons/scalable/apps" "$data/metainfo"
for s in $sizes; do
  mkdir -p "$icons/${s}x${s}/apps"
  cp "$png_dir/netzjournal-$s.png" "$icons/${s}x${s}/apps/netzjournal.png"
done
svg="$root/resources/icons/netzjournal.svg"
[ -f "$svg" ] || svg="$(dirname "$exe")/_internal/netzjournal/resources/icons/netzjournal.svg"
[ -f "$svg" ] && cp "$svg" "$icons/scalable/apps/netzjournal.svg"
sed -e "s|^Exec=netzjournal --quick-note|Exec=\"$exe\" --quick-note|" \
    -e "s|^Exec=netzjournal %U|Exec=\"$exe\" %U|" \
    "$here/org.netzjournal.Netzjournal.desktop" > "$apps/org.netzjournal.Netzjournal.desktop"
cp "$here/org.netzjournal.Netzjournal.metainfo.xml" "$data/metainfo/"
command -v update-desktop-database >/dev/null && update-desktop-database "$apps" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q "$icons" || true
echo "netzjournal is in your application menu (it starts $exe)."
