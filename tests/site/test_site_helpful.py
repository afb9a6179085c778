"""The home's "most helpful" list, from the feedback API's articles report."""

from __future__ import annotations

import json
from pathlib import Path

from site_helpers import build, soup


def _with_stats(site: Path, report: dict | None) -> Path:
    config = site / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        "      default_language: el\n",
        "      default_language: el\n      helpful_stats: helpful.json\n"), encoding="utf-8")
    if report is not None:
        (site / "helpful.json").write_text(json.dumps(report), encoding="utf-8")
    return config


def test_the_home_lists_the_articles_the_api_reports_most_helpful(site_copy, tmp_path):
    report = {"articles": [  # as GET /api/v1/reports/articles answers, best first
        {"page": "orders/track.md", "lang": "el", "votes": 12, "helpful": 11,
         "helpful_ratio": 0.92, "ci_low": 0.65, "ci_high": 0.98},
        {"page": "returns/return-faq.md", "lang": "el", "votes": 6, "helpful": 2,
         "helpful_ratio": 0.33, "ci_low": 0.1, "ci_high": 0.7}]}
    out = tmp_path / "out"
    done = build(_with_stats(site_copy, report), out)
    assert done.returncode == 0, done.stderr
    heading = soup(out / "el" / "index.html").find(id="kb-helpful")
    assert heading is not None
    links = [a["href"] for a in heading.find_next("ul").find_all("a")]
    assert links[0].endswith("orders/track/")


def test_without_an_export_the_home_has_no_most_helpful_list(site_copy, tmp_path):
    out = tmp_path / "out"
    done = build(_with_stats(site_copy, None), out)
    assert done.returncode == 0, done.stderr
    assert soup(out / "el" / "index.html").find(id="kb-helpful") is None
