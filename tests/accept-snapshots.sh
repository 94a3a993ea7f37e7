#!/usr/bin/env bash
# Accepts the snapshots that failed in the last local test run: Snapshooter.Xunit writes the new text of a mismatching
# snapshot to __snapshots__/__mismatch__/<name>.snap; this moves each over __snapshots__/<name>.snap and removes the
# UTF-8 byte order mark Snapshooter writes (from new snapshots too), so that the files diff cleanly. Review with
# `git diff` and commit the .snap files.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
accepted=0
while IFS= read -r -d '' file; do
  target="$(dirname "$(dirname "$file")")/$(basename "$file")"
  mv "$file" "$target"
  echo "accepted ${target#./}"
  accepted=$((accepted + 1))
done < <(find tests -path '*/__snapshots__/__mismatch__/*.snap' -not -path '*/bin/*' -print0)
find tests -path '*/__snapshots__/__mismatch__' -type d -empty -delete
# Snapshooter writes with a BOM; strip it from every snapshot (a no-op on those without).
find tests -path '*/__snapshots__/*.snap' -not -path '*/bin/*' -exec sed -i '1s/^\xEF\xBB\xBF//' {} +
echo "$accepted snapshot(s) accepted"
