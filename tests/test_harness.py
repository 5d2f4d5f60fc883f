"""The randomized fault harness (tests/harness.py) on fixed seeds: 8 seeds of 13 nights,
104 random nights and a clean last night each, and 3 seeds of 8 distributed nights against
a real redis-server. Any other seed: python tests/harness.py --seed N."""

import pytest
from harness import Harness, InvariantBroken

SEEDS = [11, 23, 37, 41, 59, 61, 73, 89]
NIGHTS = 13


@pytest.mark.parametrize("seed", SEEDS)
def test_every_article_exactly_once_whatever_the_nights_bring(seed, tmp_path):
    nights = Harness(seed, tmp_path).run(NIGHTS)
    assert len(nights) == NIGHTS + 1


# Seeds whose nights kill a worker at an article, at a Redis command (4202) and between a
# claim and its write (4206).
@pytest.mark.parametrize("seed", [7, 4202, 4206])
def test_distributed_nights_keep_every_article_once(seed, tmp_path, redis_url):
    nights = Harness(seed, tmp_path, redis_url).run(8)
    assert len(nights) == 9


def test_a_broken_invariant_names_its_seed_and_night(tmp_path):
    harness = Harness(5, tmp_path)
    # An article written twice by hand into the output must be caught.
    line = '{"url": "http://127.0.0.1/news/2026/0102/1.html"}\n'
    (harness.out / "twice.jsonl").write_text(line * 2)
    with harness.site.running(), pytest.raises(InvariantBroken, match=r"seed 5, night 1 .*\[1\]"):
        harness.night(1)
