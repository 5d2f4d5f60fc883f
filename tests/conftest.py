from __future__ import annotations

import json
from pathlib import Path

import pytest

PAGES = Path(__file__).parent / "pages"


def page_cases() -> list[Path]:
    """Every tests/pages/<site>/<case>.json that has its .html beside it."""
    return sorted(p for p in PAGES.glob("*/*.json") if p.with_suffix(".html").exists())


@pytest.fixture
def load_case():
    def load(path: Path) -> tuple[bytes, dict]:
        return path.with_suffix(".html").read_bytes(), json.loads(path.read_text("utf-8"))

    return load


@pytest.fixture
def redis_url(tmp_path):
    """A real redis-server on 127.0.0.1, on a free port, for this test only.

    A machine without redis-server fails the test (it is not skipped): .ci/run installs it.
    The server is ready when it says so on its log; a thread drains the rest of the log.
    """
    import shutil
    import socket
    import subprocess
    import threading

    binary = shutil.which("redis-server")
    if binary is None:
        pytest.fail("redis-server is not installed (apt-get install redis-server)")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen(
        [
            binary,
            "--port",
            str(port),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
            "--dir",
            str(tmp_path),
            "--logfile",
            "",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    said = []
    for line in server.stdout:
        said.append(line)
        if "Ready to accept connections" in line:
            break
    else:
        pytest.fail("redis-server did not start:\n" + "".join(said))
    drain = threading.Thread(target=server.stdout.read, daemon=True)
    drain.start()
    yield f"redis://127.0.0.1:{port}/0"
    server.terminate()
    server.wait(timeout=10)
    drain.join(timeout=10)
    server.stdout.close()
