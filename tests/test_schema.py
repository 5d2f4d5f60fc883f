"""The record's JSON Schema (unionnews/schema/article.json): every hand-written expected
record fits it, and records that are not right do not."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

TESTS = Path(__file__).parent
SCHEMA = json.loads((TESTS.parent / "unionnews" / "schema" / "article.json").read_text("utf-8"))


def expected_records() -> list[dict]:
    records = []
    for path in sorted(TESTS.glob("sites/*/expected.json")):
        records += json.loads(path.read_text("utf-8"))["records"]
    for path in sorted(TESTS.glob("pages/*/*.json")):
        record = json.loads(path.read_text("utf-8")).get("record")
        if record:
            records.append(record)
    return records


def full(record: dict) -> dict:
    # Fields the expected records leave out because they change with every crawl.
    changing = {"crawled_at": "2026-11-24T01:00:00+00:00", "fingerprint": "0123456789abcdef"}
    return {**changing, "duplicate_of": None, **record}


def test_every_expected_record_fits_the_schema():
    records = expected_records()
    assert len(records) >= 30
    for record in records:
        jsonschema.validate(full(record), SCHEMA)


GOOD = full(expected_records()[0])


@pytest.mark.parametrize(
    "change",
    [
        {"title": ""},  # a record needs its headline
        {"body": ""},
        {"published_at": "2026-11-20 09:12"},  # not ISO 8601 in +08:00
        {"published_at": "2026-11-20T09:12:00Z"},
        {"published_precision": "hour"},
        {"published_at": None, "published_precision": "minute"},  # a precision of nothing
        {"published_at": "2026-11-20", "published_precision": None},
        {"authors": "李娜"},  # a list, not a string
        {"fingerprint": "xyz"},
        {"region": {"province": "湖南省"}},  # every part present, null when unknown
        {"extra": 1},  # nothing extra
    ],
)
def test_records_that_are_not_right_do_not_fit(change):
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({**GOOD, **change}, SCHEMA)


def test_a_good_record_fits():
    jsonschema.validate(GOOD, SCHEMA)
