"""`kbgen mine --drafts` never writes planted personal data, and keeps order numbers."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from click.testing import CliRunner

from kbgen.cli import cli

ROOT = Path(__file__).resolve().parents[2]

PLANTED = ["maria.k+lampsi@gmail.com", "νίκος@παράδειγμα.ελ", "+30 697 123 4567", "6941234567",
           "0030 210-555-1234", "(210) 1234567", "+357 99 123456", "+44 20 7946 0958",
           "+49 151 23456789", "+1 (415) 555-2671", "4111 1111 1111 1111", "5500-0000-0000-0004",
           "378282246310005", "GR16 0110 1250 0000 0001 2300 695", "DE89370400440532013000",
           "CY17 0020 0128 0000 0012 0052 7600", "ΑΦΜ: 094014201", "090000045",
           "Οδός Ερμού 25, ΤΚ 10563", "λεωφορος Κηφισιας 124", "Εγνατίας 154, 546 36",
           "221B Baker Street", "12 main street"]
FRAGMENTS = ["maria.k", "νίκος@", "6971234567", "697 123 4567", "6941234567", "2105551234",
             "555-1234", "1234567", "99 123456", "7946 0958", "23456789", "555-2671",
             "4111 1111", "41111111", "5500-0000", "378282246310005", "0110 1250",
             "370400440532013000", "0020 0128", "094014201", "090000045", "Ερμού 25",
             "Κηφισιας 124", "Εγνατίας 154", "Baker Street", "main street"]
ORDERS = ["LA-248193", "#1048576", "παραγγελία 2105550199", "order 3339127"]


def _export(tmp_path: Path) -> Path:
    rows = []
    for i, value in enumerate(PLANTED):
        order = ORDERS[i % len(ORDERS)]
        if i % 2:  # in the subject, and in a body written the way a customer writes
            rows.append({"id": f"{i}", "subject": f"Δωροκάρτα {value}",
                         "body": f"Πουλάτε δωροκάρτες για δώρο; Παραγγελία {order}."})
        else:
            rows.append({"id": f"{i}", "subject": "Δωροκάρτα",
                         "body": f"Πουλάτε δωροκάρτες; {order}. Στοιχεία μου: {value}, ευχαριστώ"})
    rows.append({"id": "en-1", "subject": "Gift card", "body": "Do you sell gift cards? Call "
                 "me on +44 7911 123456 or write to sarah.b@mail.co.uk, order LA-248193."})
    rows.append({"id": "en-2", "subject": "Gift card", "body": "Can I buy a gift card for a "
                 "friend? I live at 45 Oak Avenue, card 4000 0566 5566 5556."})
    path = tmp_path / "tickets.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n",
                    encoding="utf-8")
    return path


def test_planted_personal_data_appears_in_no_output_and_order_numbers_survive(tmp_path):
    site = tmp_path / "site"
    shutil.copytree(ROOT / "tests" / "sites" / "mini", site)
    before = {p: p.read_bytes() for p in site.rglob("*") if p.is_file()}
    out = tmp_path / "suggestions.json"
    result = CliRunner().invoke(cli, ["mine", str(_export(tmp_path)), "--config",
                                      str(site / "mkdocs.yml"), "--out", str(out), "--drafts"])
    assert result.exit_code == 0, result.output
    drafts = [p for p in site.rglob("*") if p.is_file() and before.get(p) != p.read_bytes()]
    assert drafts, "the gift-card tickets make at least one draft"
    outputs = {"suggestions.json": out.read_text(encoding="utf-8"), "output": result.output}
    outputs |= {str(p.relative_to(site)): p.read_text(encoding="utf-8") + p.name for p in drafts}
    extra = ["+44 7911 123456", "7911 123456", "sarah.b", "45 Oak Avenue", "4000 0566"]
    for name, text in outputs.items():
        for secret in PLANTED + FRAGMENTS + extra:
            assert secret.lower() not in text.lower(), (secret, name)
    shown = outputs["suggestions.json"] + "".join(outputs.values())
    assert any(o in shown for o in ORDERS)  # redaction keeps order numbers


def test_error_messages_that_quote_the_export_carry_no_personal_data(tmp_path):
    site = tmp_path / "site"
    shutil.copytree(ROOT / "tests" / "sites" / "mini", site)
    # a row whose id column holds a customer's text, and a JSON line cut in the middle
    rows = tmp_path / "shifted.csv"
    rows.write_text("id,subject,body\n1,Refund,When do I get my money back?\n"
                    '"maria.k+lampsi@gmail.com, +30 697 123 4567\nplease call",Refund,x\n',
                    encoding="utf-8")
    # no header row at all: the message lists what it found instead
    headless = tmp_path / "headless.csv"
    headless.write_text("sarah.b@mail.co.uk;+44 7911 123456;Where is my order?\n",
                        encoding="utf-8")
    for path in (rows, headless):
        out = tmp_path / "out.json"
        result = CliRunner().invoke(cli, ["mine", str(path), "--config",
                                          str(site / "mkdocs.yml"), "--out", str(out)])
        shown = result.output + (out.read_text(encoding="utf-8") if out.exists() else "")
        assert "skipped" in shown or "Error" in shown, shown
        for secret in ("maria.k", "697 123 4567", "sarah.b", "7911 123456"):
            assert secret not in shown, (secret, shown)
