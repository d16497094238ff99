#!/usr/bin/env bash
# Installs what credproof needs and is missing: apt packages (when root) and the .venv in the repo root.
#   scripts/bootstrap.sh run    what `make run` needs
#   scripts/bootstrap.sh test   what `make test` needs as well (PostgreSQL, Chromium, poppler)
set -euo pipefail
cd "$(dirname "$0")/.."
level="${1:-run}"

run_pkgs=(tesseract-ocr tesseract-ocr-chi-sim tesseract-ocr-eng libgl1 libglib2.0-0
          fonts-noto-cjk fonts-wqy-zenhei fonts-wqy-microhei fonts-arphic-ukai fonts-arphic-uming)
test_pkgs=(postgresql chromium poppler-utils)
pkgs=("${run_pkgs[@]}")
[ "$level" = test ] && pkgs+=("${test_pkgs[@]}")

missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
    echo "bootstrap: installing apt packages: ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "bootstrap: missing system packages: ${missing[*]}" >&2
    echo "bootstrap: install them with: sudo apt-get install ${missing[*]}" >&2
    exit 1
  fi
fi

PY="${PYTHON:-}"
if [ -z "$PY" ]; then
  for c in python3.11 python3; do
    if command -v "$c" >/dev/null && "$c" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))'; then PY="$c"; break; fi
  done
fi
[ -n "$PY" ] || { echo "bootstrap: Python 3.11 is required (set PYTHON=/path/to/python3.11)" >&2; exit 1; }

if [ ! -x .venv/bin/python ]; then
  echo "bootstrap: creating .venv with $PY"
  "$PY" -m venv .venv
  .venv/bin/python -m pip install -q --upgrade pip
fi
if [ ! -f .venv/.installed ] || [ pyproject.toml -nt .venv/.installed ]; then
  echo "bootstrap: installing Python packages into .venv"
  .venv/bin/python -m pip install -q -e '.[dev]'
  touch .venv/.installed
fi
