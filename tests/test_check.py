"""``unionnews check``: a row per registered site, exit 1 naming a site that gives no record."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from unionnews.sites.registry import all_sites

SITES = Path(__file__).parent / "sites"


def check(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "unionnews.tools.cli", "check", *args],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def test_check_on_saved_pages_gives_a_row_per_site_and_exit_0():
    result = check("-s", f"UNIONNEWS_REPLAY_DIR={SITES}")
    assert result.returncode == 0, result.stderr
    rows = result.stdout.splitlines()[1:]
    assert sorted(row.split()[0] for row in rows) == sorted(site.name for site in all_sites())
    assert all(row.endswith("ok") for row in rows)
    # An all-ok table stands alone: no failure report or traceback beside it.
    assert "FAIL" not in result.stderr
    assert "Traceback" not in result.stderr


def test_a_site_without_its_pages_fails_the_check_by_name(tmp_path):
    saved = tmp_path / "sites"
    shutil.copytree(SITES, saved)
    shutil.rmtree(saved / "ldszgh")
    result = check("-s", f"UNIONNEWS_REPLAY_DIR={saved}")
    assert result.returncode == 1
    row = next(r for r in result.stdout.splitlines() if r.startswith("ldszgh"))
    assert "FAILED" in row
    assert "sites that gave no record: ldszgh" in result.stderr


def test_an_unknown_site_is_one_line_and_exit_2():
    result = check("ldszhg")
    assert result.returncode == 2
    assert result.stderr.startswith("error: no registered site named 'ldszhg'; did you mean ldszgh")
    assert len(result.stderr.splitlines()) == 1
