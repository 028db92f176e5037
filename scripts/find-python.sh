#!/bin/sh
# Print the newest usable Python 3.11+ interpreter (one that runs and has venv), or fail.
# Looks on PATH first, then in pyenv's versions folder (whose shims may be inactive).
for v in 3.14 3.13 3.12 3.11; do
  for cand in "python$v" "$(pyenv root 2>/dev/null)/versions/$v"*/bin/"python$v" \
              "$HOME/.pyenv/versions/$v"*/bin/"python$v"; do
    if "$cand" -c 'import sys, venv, ensurepip, sqlite3; assert sys.version_info >= (3, 11)' \
        >/dev/null 2>&1; then
      command -v "$cand" 2>/dev/null || echo "$cand"
      exit 0
    fi
  done
done
echo "No usable Python 3.11+ found. On Debian/Ubuntu: apt-get install python3 python3-venv" >&2
exit 1
