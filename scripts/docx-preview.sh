#!/usr/bin/env bash
# Turns a Word file (a factmark .docx export, say) into PDF and PNG pages with
# LibreOffice, so a person can look at how Word-like tools show it:
#
#   bash scripts/docx-preview.sh FILE.docx [OUT_DIR]
#
# Needs Debian's libreoffice-writer-nogui and poppler-utils (installed here
# when missing, as root); never needed by the tests.
set -euo pipefail
file="${1:?usage: docx-preview.sh FILE.docx [OUT_DIR]}"
out="${2:-$(dirname "$file")}"
if ! command -v soffice >/dev/null || ! command -v pdftoppm >/dev/null; then
  if [ "$(id -u)" != "0" ]; then
    echo "Install libreoffice-writer-nogui and poppler-utils first." >&2
    exit 1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q libreoffice-writer-nogui poppler-utils >/dev/null
fi
mkdir -p "$out"
# A profile of its own, so a desktop LibreOffice running meanwhile is not disturbed.
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
# The text and its tints only: a PDF note icon would cover the words (open the
# .docx itself to read the comments).
soffice -env:UserInstallation="file://$profile" --headless \
  --convert-to 'pdf:writer_pdf_Export:{"ExportNotes":{"type":"boolean","value":"false"}}' --outdir "$out" "$file" >/dev/null
pdf="$out/$(basename "${file%.*}").pdf"
pdftoppm -png -r 80 "$pdf" "${pdf%.pdf}"
echo "$pdf"
ls "${pdf%.pdf}"*.png
