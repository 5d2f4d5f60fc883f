#!/bin/sh
# What the tests need, from the project's own files: Debian's redis-server for the
# distributed tests (installed as root, or through sudo for a user), then the package
# with its test extra in .venv. Safe to run again: what is there is kept.
set -eu
if ! command -v redis-server >/dev/null 2>&1; then
    if [ "$(id -u)" -eq 0 ]; then
        SUDO=""
    elif command -v sudo >/dev/null 2>&1; then
        SUDO="sudo"
    else
        echo "error: redis-server is missing and this user can neither apt-get nor sudo;" \
            "install Debian's redis-server as root, then run this again" >&2
        exit 1
    fi
    $SUDO apt-get update -qq
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server >/dev/null
fi
python3 -m venv .venv
.venv/bin/pip install -q -e '.[test]'
