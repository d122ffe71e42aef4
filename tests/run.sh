#!/usr/bin/env bash
# Set up Hearth's virtual environment (if needed) and run the whole test suite.
#
# When dbus-run-session and gnome-keyring are installed, the tests run inside a private
# D-Bus session with a freshly unlocked GNOME Keyring, so the keyring integration tests
# use a real Secret Service backend. The tests run in parallel, one worker more than there are
# cores (pytest-xdist). Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -z "${HEARTH_TEST_INNER:-}" ]; then
  if [ ! -x .venv/bin/python ]; then
    python3 -m venv .venv
  fi
  .venv/bin/python -m pip install --quiet --upgrade pip
  .venv/bin/python -m pip install --quiet -e '.[test]'
  if command -v dbus-run-session >/dev/null 2>&1 && command -v gnome-keyring-daemon >/dev/null 2>&1; then
    export HEARTH_TEST_INNER=1 HEARTH_REAL_KEYRING=1
    exec dbus-run-session -- bash "$0" "$@"
  fi
fi

if [ -n "${HEARTH_REAL_KEYRING:-}" ]; then
  # A throw-away keyring folder, unlocked with a throw-away password, for this run only.
  XDG_DATA_HOME="$(mktemp -d)"
  export XDG_DATA_HOME
  eval "$(printf 'hearth-test' | gnome-keyring-daemon --unlock --components=secrets --daemonize)"
  export GNOME_KEYRING_CONTROL SSH_AUTH_SOCK 2>/dev/null || true
fi

export QT_QPA_PLATFORM=offscreen
# Let Python cache compiled modules (__pycache__, ignored by git): with PYTHONDONTWRITEBYTECODE set,
# as on some build machines, every test worker and every `python -m app` a test starts compiles
# Hearth's sources again.
unset PYTHONDONTWRITEBYTECODE
# pytest-xdist: one worker more than there are cores, since some tests wait on sub-processes and
# time-outs (HEARTH_TEST_WORKERS=0 runs in one process); a file stays on one worker.
workers="${HEARTH_TEST_WORKERS:-$(( $(nproc 2>/dev/null || echo 1) + 1 ))}"
exec .venv/bin/python -m pytest -n "$workers" --dist loadfile "$@"
