import json
from pathlib import Path

from unionnews.tools.evaluate import body_ok, check_gate, evaluate, score_record

GOLD = {
    "kind": "article",
    "title": "职工 运动会",
    "published_at": "2024-04-26",
    "source": "工人日报",
    "authors": ["王鑫"],
    "editor": None,
    "tags": [],
    "body_start": "第一段 开头",
    "body_end": "结尾。",
    "must_not_contain": ["相关阅读"],
}


def test_body_ok_ignores_whitespace_and_rejects_trailing_text():
    assert body_ok("第一段开头，正文。\n结尾。", GOLD)
    assert not body_ok("第一段开头，正文。\n结尾。\n相关阅读", GOLD)
    assert not body_ok("第一段开头，正文。\n结尾。相关阅读 结尾。", GOLD)
    assert not body_ok(None, GOLD)


def test_score_record_per_field():
    record = {
        "title": "职工  运动会",
        "published_at": "2024-04-26T10:00:00+08:00",
        "source": "工人日报",
        "authors": ["王鑫"],
        "editor": None,
        "tags": [],
        "body": "第一段开头。结尾。",
    }
    scores = score_record(record, GOLD)
    assert scores["title"]
    assert scores["source"]
    assert scores["authors"]
    assert scores["body_ok"]
    assert not scores["published_at"]  # more precise than the page shows is wrong
    assert score_record(None, {"kind": "other"}) == {"rejected": True}
    assert score_record(record, {"kind": "other"}) == {"rejected": False}


def test_gate_reports_regressions():
    assert check_gate({"title": 0.9, "body_ok": 0.8}, {"title": 0.9, "body_ok": 0.85}) == [
        "body_ok: 0.800 < gate 0.850"
    ]


def test_evaluate_on_a_small_corpus(tmp_path: Path):
    pages = Path(__file__).parent / "pages"
    (tmp_path / "p").mkdir()
    (tmp_path / "p/a.html").write_bytes((pages / "portal/seed-repost.html").read_bytes())
    (tmp_path / "p/l.html").write_bytes((pages / "lists/section-index.html").read_bytes())
    gold = [
        {
            "id": "a",
            "file": "p/a.html",
            "url": None,
            "content_type": "text/html; charset=utf-8",
            "kind": "article",
            "title": "湖南省娄底市总工会推出“十大措施”助力打造中部地区“材料谷”",
            "published_at": "2022-09-29T23:49:18+08:00",
            "source": "工人日报",
            "authors": ["王鑫", "方大丰"],
            "editor": None,
            "tags": [],
            "body_start": "党政中心工作推进到哪",
            "body_end": "激励更多人矢志技能成才。",
            "must_not_contain": ["相关阅读", "东吴证券"],
        },
        {
            "id": "l",
            "file": "p/l.html",
            "url": None,
            "content_type": "text/html; charset=utf-8",
            "kind": "other",
        },
    ]
    (tmp_path / "gold.jsonl").write_text("\n".join(json.dumps(g, ensure_ascii=False) for g in gold))
    scores = evaluate(tmp_path, include_others=False)["unionnews"]["scores"]
    assert scores["title"] == scores["source"] == scores["authors"] == scores["body_ok"] == 1.0
    assert scores["tags"] == 0.0  # the page shows five tags; this gold says none
    assert scores["rejected"] == 1.0
