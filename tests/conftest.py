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
    """
    import shutil
    import socket
    import subprocess
    import time

    import redis

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
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"redis://127.0.0.1:{port}/0"
    client = redis.Redis.from_url(url)
    for _ in range(200):  # until it answers: at most a few seconds
        try:
            client.ping()
            break
        except redis.ConnectionError:
            time.sleep(0.02)
    else:
        server.kill()
        pytest.fail("redis-server did not start")
    yield url
    server.terminate()
    server.wait(timeout=10)
