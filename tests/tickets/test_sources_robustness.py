"""Helpdesk exports as they really arrive: Excel CSVs, legacy encodings, cut-off and broken files.

Every case goes through `kbgen mine` the way a writer runs it. What must hold: each ticket id
gets exactly one outcome, each broken row is named on stderr as `file:line: skipped: reason`,
and a file that cannot be read at all stops the run with one clear message and no traceback.
"""

from __future__ import annotations

import codecs
import gzip
import io
import json
import random
import re
import shutil
import time
import tracemalloc
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner

from kbgen.cli import cli
from kbgen.tickets.clean import clean
from kbgen.tickets.sources import Ticket, read_tickets

ROOT = Path(__file__).resolve().parents[2]
PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                    "1f15c4890000000d49444154789c6360000002000185d3bd7d0000000049454e44ae426082")


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("site") / "mini"
    shutil.copytree(ROOT / "tests" / "sites" / "mini", root)
    return root / "mkdocs.yml"


@dataclass
class Run:
    exit_code: int
    output: str
    stderr: str
    doc: dict | None
    path: Path

    @property
    def ids(self) -> list[str]:
        return [t["id"] for t in self.doc["tickets"]] if self.doc else []

    @property
    def outcomes(self) -> dict[str, dict]:
        return {t["id"]: t for t in self.doc["tickets"]}

    @property
    def skipped(self) -> list[tuple[int, str]]:
        """(line, reason) of every `file:line: skipped: reason` line on stderr."""
        pattern = rf"^{re.escape(str(self.path))}:(\d+): skipped: (.+)$"
        return [(int(n), why) for n, why in re.findall(pattern, self.stderr, re.M)]

    @property
    def error(self) -> str:
        """The one `Error:` line of a run that stopped."""
        lines = [line for line in self.stderr.splitlines() if line.startswith("Error:")]
        assert len(lines) == 1, self.stderr
        return lines[0]


def mine(site: Path, path: Path, *args: str) -> Run:
    out = path.with_name(path.name + ".suggestions.json")
    result = CliRunner().invoke(cli, ["mine", str(path), "--config", str(site), "--out",
                                      str(out), *args], catch_exceptions=False)
    assert "Traceback" not in result.output
    doc = json.loads(out.read_text(encoding="utf-8")) if out.exists() else None
    return Run(result.exit_code, result.output, result.stderr, doc, path)


def mined(site: Path, path: Path, *args: str) -> Run:
    run = mine(site, path, *args)
    assert run.exit_code == 0, run.output
    assert len(run.ids) == len(set(run.ids)), "one outcome per ticket id"
    assert run.doc["source"]["tickets"] == len(run.ids)
    assert [e["line"] for e in run.doc["errors"]] == [n for n, _ in run.skipped]
    return run


def stopped(site: Path, path: Path, *args: str) -> str:
    run = mine(site, path, *args)
    assert run.exit_code != 0 and run.doc is None, run.output
    assert path.name in run.error
    return run.error


def tickets(path: Path, fmt: str = "auto") -> list[Ticket]:
    rows, _errors, _fmt = read_tickets(path, fmt)
    return list(rows)


def write(tmp_path: Path, name: str, data: bytes | str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode(encoding))
    return path


GREEK_ROWS = [("101", "Άκυρη χρέωση", "Η κάρτα χρεώθηκε δύο φορές; τι κάνω;", "01/11/2026 10:00"),
              ("102", "Επιστροφή", "Πόσες μέρες έχω για να επιστρέψω ένα προϊόν;", "15/11/2026"),
              ("103", "Δωροκάρτα", "Πουλάτε δωροκάρτες για δώρο;", "2026-12-02")]


# --- CSV as spreadsheets write it ---------------------------------------------------------

@pytest.mark.parametrize("encoding", ["cp1253", "utf-8-sig"])
@pytest.mark.parametrize("sep_line", [True, False], ids=["sep-line", "no-sep-line"])
def test_semicolon_csv_from_excel_is_read(site, tmp_path, encoding, sep_line):
    lines = ["sep=;"] if sep_line else []
    lines.append("Ticket ID;Subject;Description;Created Time")
    lines += [f'{i};{s};"{b}";{d}' for i, s, b, d in GREEK_ROWS]
    lines.append("104;Ερώτηση;a;b;c;d")  # a body with unquoted ';': reported with its line
    path = write(tmp_path, "export.csv", "\r\n".join(lines) + "\r\n", encoding)
    run = mined(site, path)
    assert run.ids == ["101", "102", "103"] and run.doc["source"]["format"] == "freshdesk"
    assert run.skipped == [(len(lines), "more fields than the header has (2 extra)")]
    first = tickets(path)[0]
    assert (first.subject, first.body) == ("Άκυρη χρέωση", "Η κάρτα χρεώθηκε δύο φορές; τι κάνω;")


def test_tab_separated_export_is_read(site, tmp_path):
    text = "id\tsubject\tbody\n" + "".join(f"{i}\t{s}\t{b}\n" for i, s, b, _ in GREEK_ROWS)
    path = write(tmp_path, "export.tsv", text)
    assert mined(site, path).ids == ["101", "102", "103"]
    assert tickets(path)[1].body == GREEK_ROWS[1][2]


@pytest.mark.parametrize("newline", ["\r\n", "\r"], ids=["crlf", "lone-cr"])
def test_windows_and_old_mac_line_ends_are_read_with_right_line_numbers(site, tmp_path, newline):
    rows = ["id,subject,body", '1,Κάρτα,"Η κάρτα μου' + newline + 'δεν έφτασε"',
            "2,Χρέωση,a,b", "3,Επιστροφή,Πώς επιστρέφω ένα προϊόν;"]
    path = write(tmp_path, "export.csv", newline.join(rows) + newline)
    run = mined(site, path)
    assert run.ids == ["1", "3"] and run.skipped[0][0] == 4
    assert tickets(path)[0].body == "Η κάρτα μου" + newline + "δεν έφτασε"


def test_quoted_fields_with_embedded_newlines_keep_their_ticket_and_line(site, tmp_path):
    text = ('id,subject,body\n'
            '1,Παράδοση,"Καλησπέρα,\n\nη παραγγελία μου δεν ήρθε.\n""Ευχαριστώ"""\n'
            ',χωρίς αριθμό,κείμενο\n'
            '3,Επιστροφή,"Πόσες μέρες\nέχω;"\n')
    path = write(tmp_path, "export.csv", text)
    run = mined(site, path)
    assert run.ids == ["1", "3"] and run.skipped == [(6, "no ticket id")]
    assert tickets(path)[0].body == 'Καλησπέρα,\n\nη παραγγελία μου δεν ήρθε.\n"Ευχαριστώ"'


def test_field_larger_than_csv_default_limit_is_read(site, tmp_path):
    body = "Η οθόνη δεν ανάβει μετά την ενημέρωση. " * 5000  # ~200,000 characters
    path = write(tmp_path, "export.csv", f'id,subject,body\n1,Οθόνη,"{body}"\n2,Κάρτα,Πού είναι;\n')
    assert mined(site, path).ids == ["1", "2"]
    assert tickets(path)[0].body == body.strip() and len(body) > 131072


def test_pasted_blob_without_spaces_does_not_stall_mining(site, tmp_path):
    blob = "iVBORw0KGgoAAAANSUhEUgAA" * 10_000  # a 240,000-character base64 attachment
    text = f"id,subject,body\n1,Οθόνη,Η οθόνη δεν ανάβει. {blob} Ευχαριστώ\n2,Κάρτα,Πού είναι;\n"
    started = time.monotonic()
    assert mined(site, write(tmp_path, "export.csv", text)).ids == ["1", "2"]
    assert time.monotonic() - started < 20
    assert clean(f"Η οθόνη δεν ανάβει. {blob} Ευχαριστώ") == "Η οθόνη δεν ανάβει. Ευχαριστώ"


def test_nul_bytes_in_a_row_are_dropped_and_the_row_kept(site, tmp_path):
    data = "id,subject,body\n1,Κάρτα,Πού είναι η κάρτα μου;\n2,Χρέ\x00ωση,Διπλή\x00 χρέωση\n"
    path = write(tmp_path, "export.csv", data)
    run = mined(site, path)
    assert run.ids == ["1", "2"] and not run.skipped
    assert (tickets(path)[1].subject, tickets(path)[1].body) == ("Χρέωση", "Διπλή χρέωση")


def test_trailing_empty_columns_and_blank_rows_from_excel_are_not_errors(site, tmp_path):
    text = "id;subject;body\n1;Κάρτα;Πού είναι;;\n;;\n\n2;Χρέωση;Διπλή χρέωση;\n;;;\n"
    assert mined(site, write(tmp_path, "export.csv", text)).skipped == []


def test_unclosed_quote_does_not_swallow_the_following_tickets(site, tmp_path):
    text = ('id,subject,body\n'
            '1,Κάρτα,"Η κάρτα μου δεν έφτασε\n'       # the closing quote was cut off
            '2,Χρέωση,"Με χρέωσαν δύο φορές"\n'
            '3,Επιστροφή,"Πώς επιστρέφω; Ο ""κωδικός"" δεν δουλεύει"\n'
            '4,Δώρο,"Το λεγόμενο "δώρο" δεν ήρθε"\n'   # quotes not doubled: read leniently
            '5,Ακύρωση,"Θέλω να ακυρώσω\n')             # the file ends inside the quotes
    path = write(tmp_path, "export.csv", text)
    run = mined(site, path)
    assert run.ids == ["2", "3", "4"]
    assert [n for n, _ in run.skipped] == [2, 6]
    assert "quote" in run.skipped[0][1] and "quote" in run.skipped[1][1]
    assert tickets(path)[1].body == 'Πώς επιστρέφω; Ο "κωδικός" δεν δουλεύει'


def test_every_row_is_either_mined_or_reported(site, tmp_path):
    rng = random.Random(7)
    rows, kept, reported, line = ["id,subject,body"], [], [], 2
    for i in range(1, 301):
        kind = rng.choice(["ok", "ok", "ok", "extra", "noid", "multiline", "dup"])
        if kind == "dup" and kept:
            row = f"{kept[0]},Θέμα,το ίδιο αίτημα ξανά"
            reported.append(line)
        elif kind == "extra":
            row = f"{i},Θέμα,ένα,δύο"
            reported.append(line)
        elif kind == "noid":
            row = ",Θέμα,χωρίς αριθμό"
            reported.append(line)
        else:
            row = (f'{i},Θέμα,"γραμμή ένα\nγραμμή δύο {i}"' if kind == "multiline"
                   else f"{i},Θέμα {i},Πού είναι η παραγγελία {i};")
            kept.append(str(i))
        rows.append(row)
        line += row.count("\n") + 1
    run = mined(site, write(tmp_path, "export.csv", "\n".join(rows) + "\n"))
    assert run.ids == kept and [n for n, _ in run.skipped] == reported


# --- encodings ----------------------------------------------------------------------------

@pytest.mark.parametrize("bom, codec", [(codecs.BOM_UTF16_LE, "utf-16-le"),
                                        (codecs.BOM_UTF16_BE, "utf-16-be"), (b"", "utf-16-le")],
                         ids=["utf16-le", "utf16-be", "utf16-le-no-bom"])
def test_utf16_exports_from_excel_unicode_text_are_read(site, tmp_path, bom, codec):
    text = "Ticket ID\tSubject\tDescription\r\n" + "".join(
        f"{i}\t{s}\t{b}\r\n" for i, s, b, _ in GREEK_ROWS)
    path = write(tmp_path, "export.txt", bom + text.encode(codec))
    assert mined(site, path).ids == ["101", "102", "103"]
    assert tickets(path)[0].subject == "Άκυρη χρέωση"


def test_invalid_utf8_bytes_skip_only_their_row_and_are_reported(site, tmp_path):
    good = [f"{i},{s},{b}\n".encode() for i, s, b, _ in GREEK_ROWS]
    bad = "104,Κάρτα,Η κάρτα ".encode() + b"\xe9\xff" + " δεν ήρθε\n".encode()
    path = write(tmp_path, "export.csv", b"id,subject,body\n" + good[0] + bad + good[1] + good[2])
    run = mined(site, path)
    assert run.ids == ["101", "102", "103"]
    [(line, why)] = run.skipped
    assert line == 3 and "UTF-8" in why and "104" in why
    assert [t.subject for t in tickets(path)] == [s for _, s, _, _ in GREEK_ROWS]


@pytest.mark.parametrize("text", ["Άκυρη παραγγελία", "ΆΚΥΡΗ ΧΡΕΩΣΗ", "Μπήκα σ’ αυτό το site",
                                  "Η «Άνοιξη» ήρθε", "Ήρθε;"])
@pytest.mark.parametrize("encoding", ["cp1253", "iso8859_7"])
def test_short_greek_legacy_files_are_decoded_in_their_code_page(site, tmp_path, text, encoding):
    path = write(tmp_path, "export.csv", f"id,subject,body\n1,{text},{text}\n", encoding)
    assert mined(site, path).ids == ["1"]
    assert tickets(path)[0].subject == text


def test_windows_1253_curly_quotes_and_euro_are_read(tmp_path):
    text = "id,subject,body\n1,Χρέωση 10 € ¶,Μου είπαν “άμεσα” – όχι όμως…\n"
    path = write(tmp_path, "export.csv", text, "cp1253")
    assert tickets(path)[0].subject == "Χρέωση 10 € ¶"
    assert tickets(path)[0].body == "Μου είπαν “άμεσα” – όχι όμως…"


def test_western_european_windows_1252_is_not_read_as_greek(tmp_path):
    text = "id,subject,body\n1,Problème de paiement,Je n’arrive pas à payer ma commande\n"
    path = write(tmp_path, "export.csv", text, "cp1252")
    assert tickets(path)[0].subject == "Problème de paiement"


def test_legacy_encoding_after_a_long_ascii_start_is_still_detected(tmp_path):
    english = "".join(f"{i},Order {i},Where is my order number {i}?\n" for i in range(1, 3001))
    text = "id,subject,body\n" + english + "9999,Άκυρη χρέωση,Ώρα για επιστροφή\n"
    assert len(english) > 100_000
    path = write(tmp_path, "export.csv", text, "cp1253")
    assert tickets(path)[-1].subject == "Άκυρη χρέωση"


# --- files that cannot be read at all -----------------------------------------------------

def _zip(name: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(name, "id,subject,body\n1,a,b\n")
    return buffer.getvalue()


@pytest.mark.parametrize("name, data, says", [
    ("tickets.zip", _zip("tickets.csv"), "ZIP"),
    ("tickets.xlsx", _zip("xl/workbook.xml"), "xlsx"),
    ("tickets.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), ".xls"),
    ("tickets.csv", PNG, "PNG"),
    ("tickets.json", b"%PDF-1.7\n" + random.Random(1).randbytes(3000), "PDF"),
    ("tickets.csv", random.Random(2).randbytes(5000), "binary"),
])
def test_binary_file_stops_with_one_clear_message(site, tmp_path, name, data, says):
    assert says in stopped(site, write(tmp_path, name, data))


@pytest.mark.parametrize("data", [b"", b"\n  \r\n\t\n", codecs.BOM_UTF8, codecs.BOM_UTF16_LE],
                         ids=["empty", "whitespace", "utf8-bom-only", "utf16-bom-only"])
def test_empty_file_stops_with_one_clear_message(site, tmp_path, data):
    assert "empty" in stopped(site, write(tmp_path, "tickets.csv", data))


@pytest.mark.parametrize("data", ["id,subject,body\n", "sep=;\r\nTicket ID;Subject;Description\r\n",
                                  '{"tickets": []}', "[]"])
def test_export_without_tickets_stops_with_one_clear_message(site, tmp_path, data):
    assert "no tickets" in stopped(site, write(tmp_path, "tickets.csv", data))


def test_file_where_no_row_can_be_read_names_the_first_problem(site, tmp_path):
    message = stopped(site, write(tmp_path, "tickets.csv", "id,subject,body\n,a,b\n,c,d\n"))
    assert "2 rows skipped" in message and "line 2: no ticket id" in message


def test_missing_id_column_names_the_columns_found(site, tmp_path):
    message = stopped(site, write(tmp_path, "tickets.csv", "Subject;Description;Status\n"
                                                           "Κάρτα;Πού είναι;Open\n"))
    assert "Subject, Description, Status" in message and "id" in message


def test_json_without_a_tickets_list_stops_with_one_clear_message(site, tmp_path):
    message = stopped(site, write(tmp_path, "users.json", '{"users": [{"id": 1}], "count": 1}'))
    assert "tickets" in message


def test_unknown_format_name_is_refused_by_the_command(site, tmp_path):
    run = mine(site, write(tmp_path, "t.csv", "id,subject,body\n1,a,b\n"), "--format", "excel")
    assert run.exit_code != 0 and "excel" in run.output


# --- header names, ids --------------------------------------------------------------------

@pytest.mark.parametrize("header", [
    "Ticket ID,Subject,Description,Created time",           # Freshdesk
    "Ticket ID,Subject,Description,Created Time",
    ' "Ticket ID" ; SUBJECT ; Description text ; created time ',
    "Id,Subject,Description,Created at",                     # Zendesk CSV
    "ticket_id,title,message,created_at",
    "\ufeffid,subject,body,created_at",                       # UTF-8 with a BOM
    "Αριθμός,Θέμα,Περιγραφή,Ημερομηνία",
])
def test_header_names_as_helpdesks_write_them_are_recognised(site, tmp_path, header):
    sep = ";" if ";" in header else ","
    rows = [sep.join((i, s, f'"{b}"', d)) for i, s, b, d in GREEK_ROWS]
    path = write(tmp_path, "export.csv", header + "\n" + "\n".join(rows) + "\n")
    assert mined(site, path).ids == ["101", "102", "103"]
    first = tickets(path)[0]
    assert (first.id, first.subject, first.body) == GREEK_ROWS[0][:3]
    assert first.created_at.startswith("2026-11-01")


def test_duplicate_ticket_ids_keep_the_first_and_report_the_others(site, tmp_path):
    text = ("id,subject,body\n1,Κάρτα,Πού είναι η κάρτα μου;\n2,Χρέωση,Διπλή χρέωση\n"
            "1,Κάρτα,Πού είναι η κάρτα μου; (ξανά)\n 2 ,Χρέωση,ξανά\n")
    path = write(tmp_path, "export.csv", text)
    run = mined(site, path)
    assert run.ids == ["1", "2"]
    assert run.skipped == [(4, "duplicate ticket id 1 (first on line 2)"),
                           (5, "duplicate ticket id 2 (first on line 3)")]


def test_ticket_with_empty_subject_and_body_still_gets_an_outcome(site, tmp_path):
    run = mined(site, write(tmp_path, "export.csv", "id,subject,body\n7,,\n8,Κάρτα,Πού είναι;\n"))
    assert run.outcomes["7"]["outcome"] == "noise" and run.outcomes["7"]["reason"] == "empty"


# --- Zendesk JSON and JSON lines ----------------------------------------------------------

ZENDESK = [{"id": 11, "subject": "Late", "description": "Where is my order?",
            "created_at": "2026-11-01T10:00:00Z"},
           {"id": 12, "raw_subject": "Κάρτα", "description": "",
            "comments": [{"id": 900, "html_body": "<p>Πού είναι η <b>κάρτα</b> μου;</p>",
                          "public": True}]},
           {"id": 13, "subject": "Refund", "comments": [{"id": 901, "plain_body": "Refund?"}]}]


@pytest.mark.parametrize("name, text", [
    ("array.json", json.dumps(ZENDESK)),
    ("page.json", json.dumps({"tickets": ZENDESK, "next_page": None, "count": 3})),
    ("pretty.json", json.dumps({"count": 3, "tickets": ZENDESK}, indent=2, ensure_ascii=False)),
    ("export.json", "\n".join(json.dumps(t, ensure_ascii=False) for t in ZENDESK)),
    ("pages.json", "\n".join(json.dumps({"tickets": [t]}) for t in ZENDESK)),
])
def test_zendesk_json_in_every_shape_is_read(site, tmp_path, name, text):
    path = write(tmp_path, name, text)
    assert mined(site, path).ids == ["11", "12", "13"]
    assert [t.body for t in tickets(path)] == ["Where is my order?",
                                               "<p>Πού είναι η <b>κάρτα</b> μου;</p>", "Refund?"]
    assert tickets(path)[1].subject == "Κάρτα"


def test_cut_off_zendesk_json_keeps_the_complete_tickets(site, tmp_path):
    text = json.dumps({"tickets": ZENDESK}, indent=2, ensure_ascii=False)
    cut = text.index('"id": 13')
    path = write(tmp_path, "export.json", text[:cut + 20])
    run = mined(site, path)
    assert run.ids == ["11", "12"]
    [(line, why)] = run.skipped
    assert line == text[:cut].count("\n") and "ends" in why


def test_broken_ticket_inside_a_zendesk_array_is_reported_and_the_rest_kept(site, tmp_path):
    text = json.dumps(ZENDESK, indent=2, ensure_ascii=False)
    start = text.index('"id": 12')
    broken = text[:start] + text[start:].replace('"description": "",', '"description": "" ', 1)
    path = write(tmp_path, "export.json", broken)
    run = mined(site, path)
    assert run.ids == ["11", "13"]
    [(line, why)] = run.skipped
    assert line == text[:start].count("\n") and "not valid JSON" in why


def test_broken_json_line_in_the_middle_is_reported_and_the_rest_kept(site, tmp_path):
    lines = [json.dumps({"id": i, "subject": "Κάρτα", "body": f"Πού είναι η κάρτα {i};"},
                        ensure_ascii=False) for i in range(1, 6)]
    lines[2] = lines[2][:25]
    path = write(tmp_path, "export.jsonl", "\n".join(lines) + "\n")
    run = mined(site, path)
    assert run.ids == ["1", "2", "4", "5"] and [n for n, _ in run.skipped] == [3]


def test_json_lines_with_unicode_line_separators_in_text_are_read_whole(site, tmp_path):
    rows = [{"id": "1", "body": "Πρώτη γραμμή\u2028δεύτερη\x85τρίτη"}, {"id": "2", "body": "ok"}]
    path = write(tmp_path, "export.jsonl", "\n".join(json.dumps(r, ensure_ascii=False)
                                                     for r in rows) + "\n")
    assert mined(site, path).ids == ["1", "2"]


def test_half_an_emoji_in_json_does_not_crash_the_output(site, tmp_path):
    rows = [{"id": str(i), "subject": "Δωροκάρτα", "body": "Πουλάτε δωροκάρτες; \ud83d"}
            for i in range(1, 4)]
    path = write(tmp_path, "export.jsonl", "\n".join(json.dumps(r) for r in rows) + "\n")
    assert mined(site, path).ids == ["1", "2", "3"]


# --- compressed and large exports ---------------------------------------------------------

@pytest.mark.parametrize("name", ["tickets.csv.gz", "tickets.jsonl.gz"])
def test_gzip_compressed_export_is_read(site, tmp_path, name):
    if ".csv" in name:
        text = "id,subject,body\n" + "".join(f"{i},{s},{b}\n" for i, s, b, _ in GREEK_ROWS)
    else:
        text = "".join(json.dumps({"id": i, "subject": s, "body": b}) + "\n"
                       for i, s, b, _ in GREEK_ROWS)
    path = write(tmp_path, name, gzip.compress(text.encode("utf-8")))
    run = mined(site, path)
    assert run.ids == ["101", "102", "103"] and run.doc["source"]["format"] in ("csv", "jsonl")
    assert tickets(path)[0].subject == "Άκυρη χρέωση"


def test_cut_off_gzip_keeps_what_it_holds_and_says_so(site, tmp_path):
    text = "id,subject,body\n" + "".join(f"{i},Κάρτα {i},Πού είναι η κάρτα {i};\n"
                                         for i in range(1, 3001))
    data = gzip.compress(text.encode("utf-8"))
    path = write(tmp_path, "tickets.csv.gz", data[: len(data) * 2 // 3])
    run = mined(site, path)
    assert 100 < len(run.ids) < 3000
    assert "cut off" in run.skipped[-1][1]


def test_large_export_is_read_without_loading_it_whole(tmp_path):
    row = "{},Παράδοση,Η παραγγελία μου δεν έχει έρθει ακόμα και περιμένω μια εβδομάδα.\n"
    path = tmp_path / "large.csv"
    with path.open("w", encoding="utf-8") as f:
        f.write("id,subject,body\n")
        for i in range(60_000):
            f.write(row.format(i))
    assert path.stat().st_size > 8_000_000
    tracemalloc.start()
    try:
        rows, errors, _ = read_tickets(path)
        count = sum(1 for _ in rows)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == 60_000 and not errors
    assert peak < 8_000_000, f"peak {peak:,} bytes for a {path.stat().st_size:,}-byte file"


# --- text as customers meant it -----------------------------------------------------------

def test_dates_written_the_european_way_are_read_for_the_monthly_trend(tmp_path):
    path = write(tmp_path, "export.csv", "id;subject;body;Created time\n"
                                         "1;a;b;01/11/2026 10:00\n2;a;b;13.12.2026\n"
                                         "3;a;b;2026-10-05T08:00:00Z\n4;a;b;12/25/2026\n")
    assert [t.created_at[:7] for t in tickets(path)] == ["2026-11", "2026-12", "2026-10",
                                                         "2026-12"]
    path = write(tmp_path, "export.jsonl", '{"id": 1, "created_at": 1793527200}\n'
                                           '{"id": 2, "created_at": 1793527200000}\n')
    assert [t.created_at[:7] for t in tickets(path)] == ["2026-11", "2026-11"]


def test_outlook_and_gmail_quotes_and_html_blocks_are_stripped():
    outlook = ("Η κάρτα δεν έφτασε.\n\n-----Original Message-----\nFrom: Lampsi\nΠαλιό μήνυμα")
    gmail = ('<div dir="ltr">Η κάρτα δεν έφτασε.</div><div class="gmail_quote">'
             '<div>On Mon, 3 Nov 2026 at 10:00, Lampsi &lt;help@lampsi.gr&gt; wrote:</div>'
             '<blockquote>Παλιό μήνυμα</blockquote></div>')
    separator = "Η κάρτα δεν έφτασε.\n________________________________\nFrom: Lampsi"
    for body in (outlook, gmail, separator):
        assert clean(body) == "Η κάρτα δεν έφτασε.", body
    assert clean("Τιμή < 100 € και > 50 €;") == "Τιμή < 100 € και > 50 €;"
