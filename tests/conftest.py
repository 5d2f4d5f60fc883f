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
