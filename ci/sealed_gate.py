"""Hold the sealed validation set's totals to tests/sealed_gate.json.

Usage: python ci/sealed_gate.py TOTALS.json GATE.json, where TOTALS.json is what
``../shared/sealed/score --json`` wrote. Exits 1 naming every field below its floor.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from unionnews.tools.evaluate import check_gate


def main(totals_path: str, gate_path: str) -> int:
    totals = json.loads(Path(totals_path).read_text())
    gate = json.loads(Path(gate_path).read_text())
    most = {key: gate.pop(key) for key in list(gate) if key.startswith("most_")}
    failed = check_gate(totals, gate)
    for key, ceiling in most.items():
        name = {"most_articles_lost": "articles_lost", "most_crashes": "crashed"}[key]
        if totals.get(name, 0) > ceiling:
            failed.append(f"{name}: {totals.get(name)} > gate {ceiling}")
    for line in failed:
        print(f"SEALED GATE FAILED {line}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))
