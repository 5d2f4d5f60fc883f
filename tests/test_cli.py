import json
import subprocess
import sys
from pathlib import Path

PAGES = Path(__file__).parent / "pages"


def run(*args):
    return subprocess.run(
        [sys.executable, "-m", "unionnews.tools.cli", *args],
        capture_output=True,
        text=True,
        check=False,
    )


def test_extract_prints_one_json_line():
    result = run(
        "extract", str(PAGES / "portal/seed-repost.html"), "--url", "https://p.example.cn/a.html"
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 1
    assert "\\u" not in lines[0]  # Chinese as written
    record = json.loads(lines[0])
    assert record["source"] == "工人日报"
    assert record["site"] == "p.example.cn"


def test_extract_of_a_list_page_prints_nothing_and_says_why():
    result = run(
        "extract", str(PAGES / "lists/section-index.html"), "--url", "https://www.workercn.cn/dfgh/"
    )
    assert result.returncode == 1
    assert result.stdout == ""
    assert "no article record" in result.stderr
    assert "not an article" in result.stderr


def test_extract_of_a_missing_file():
    result = run("extract", "/nonexistent/page.html", "--url", "https://x.cn/")
    assert result.returncode == 2
    assert "cannot read" in result.stderr


def test_version_names_the_installed_package():
    from importlib.metadata import version

    result = subprocess.run(
        [sys.executable, "-m", "unionnews.tools.cli", "--version"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0
    assert result.stdout.strip() == f"unionnews {version('unionnews')}"
