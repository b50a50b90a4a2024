"""Stage 1, read: decoding, front matter, metadata and table rows, one function at a time."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from analysis.s1_read import (MAX_ARTICLE_BYTES, CorpusError, decode, parse_published_value, read_corpus,
                              split_front_matter, validate_metadata)

from conftest import ARTICLE_EN, ARTICLE_ID


@pytest.mark.parametrize("data, text, encoding, warned", [
    (ARTICLE_ID.encode(), ARTICLE_ID, "utf-8", False),
    (b"\xef\xbb\xbf" + ARTICLE_ID.encode(), ARTICLE_ID, "utf-8", False),
    (ARTICLE_ID.encode("utf-16"), ARTICLE_ID, "utf-16", False),
    (ARTICLE_ID.encode("utf-32"), ARTICLE_ID, "utf-32", False),
    (ARTICLE_ID.encode("utf-16-le"), ARTICLE_ID, "utf-16-le", True),  # no byte-order mark
    (ARTICLE_ID.encode("utf-16-be"), ARTICLE_ID, "utf-16-be", True),
    ("Caf\u00e9 \u201cbaru\u201d \u20ac".encode("cp1252"), "Caf\u00e9 \u201cbaru\u201d \u20ac", "cp1252", True),
    (b"Kode \x81 lama di caf\xe9", "Kode \x81 lama di caf\u00e9", "latin-1", True),
    (b"a\r\nb\rc\n", "a\nb\nc\n", "utf-8", False),
    ("Jos\u00e9 dan Andr\u00e9 bertemu di caf\u00e9".encode() + b" \xff rusak", None, "utf-8", True),
])
def test_decode_records_the_encoding(data, text, encoding, warned):
    got, got_encoding, problem = decode(data)
    if text is None:  # mostly-valid UTF-8 keeps its accents; the bad byte becomes U+FFFD
        assert got == "Jos\u00e9 dan Andr\u00e9 bertemu di caf\u00e9 \ufffd rusak"
        assert problem.startswith("1 byte(s) not valid UTF-8 replaced by U+FFFD")
    else:
        assert got == text
    assert got_encoding == encoding
    assert bool(problem) == warned


@pytest.mark.parametrize("data, reason", [
    (b"", "empty file"),
    (b" \n\t", "whitespace-only file"),
    (b"\xef\xbb\xbf", "whitespace-only file"),
    ("\n \n".encode("utf-16"), "whitespace-only file"),
    (b"\x89PNG\r\n\x1a\n....", "binary file (PNG image)"),
    (b"%PDF-1.7\n", "binary file (PDF document)"),
    (b"PK\x03\x04rest", "binary file (ZIP archive)"),
    (b"\x7fELF\x02\x01", "binary file (executable)"),
    (bytes(range(1, 32)) * 20, "binary file ("),  # control characters, no NUL
    (b"\x00" * 100 + b"text", "binary file ("),
    (b"\x00\x01" * 100 + b"text!", "binary file (100 NUL bytes)"),
    (b"\xff\xfe\x00", "invalid UTF-16 despite its byte-order mark"),
])
def test_decode_refuses_what_is_not_text(data, reason):
    text, encoding, problem = decode(data)
    assert text is None and encoding == ""
    assert problem.startswith(reason)


def test_a_few_nul_bytes_are_removed_with_a_warning():
    text, encoding, problem = decode(b"Berita\x00 hari ini tentang kerja sama keamanan." * 3)
    assert text == "Berita hari ini tentang kerja sama keamanan." * 3
    assert (encoding, problem) == ("utf-8", "removed 3 NUL byte(s)")


def test_front_matter():
    assert split_front_matter("---\ntitle: T\npublished: 2024-05-03\n---\nBody\n") == (
        {"title": "T", "published": (dt.date(2024, 5, 3), "day")}, "Body\n", "")
    assert split_front_matter("---\n---\nBody") == ({}, "Body", "")
    assert split_front_matter("--- \ntitle: T\n...\nBody") == ({"title": "T"}, "Body", "")  # YAML's own end marker
    assert split_front_matter("No front matter\n---\nx") == ({}, "No front matter\n---\nx", "")
    assert split_front_matter("-----\nBody") == ({}, "-----\nBody", "")
    metadata, body, problem = split_front_matter("---\ntitle: T\nBody without end")
    assert (metadata, problem) == ({}, "front matter opened with '---' on line 1 but never closed (add a closing '---' line)")
    metadata, body, problem = split_front_matter("---\ntitle: 'a\n---\nBody")
    assert (metadata, body) == ({}, "Body") and problem.startswith("front matter ignored: not valid YAML at line")
    metadata, body, problem = split_front_matter("---\njust a sentence\n---\nBody")
    assert (metadata, body) == ({}, "---\njust a sentence\n---\nBody")
    assert problem.startswith("front matter ignored: it must be a mapping")
    metadata, body, problem = split_front_matter("---\ntitle: T\npublished: soon\nnotes: mine\n---\nBody")
    assert (metadata, body) == ({"title": "T"}, "Body")
    assert problem.startswith("front matter: published 'soon' is not a date")


def test_front_matter_cannot_blow_up():
    aliases = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{c}: &{c} [*{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}]\n" for p, c in zip("abcdefgh", "bcdefghi"))
    metadata, body, problem = split_front_matter(f"---\n{aliases}published: *i\ntitle: *i\n---\nBody")
    assert metadata == {} and body == "Body"  # lists are refused before they are ever printed
    assert "published must be text, not a list" in problem and "title must be text, not a list" in problem
    huge = "---\n" + "k: v\n" * 20000 + "---\nBody"
    metadata, body, problem = split_front_matter(huge)
    assert (metadata, body) == ({}, "Body") and problem.startswith("front matter ignored: longer than")


@pytest.mark.parametrize("value, expected", [
    (dt.date(2024, 5, 3), (dt.date(2024, 5, 3), "day")),
    (dt.datetime(2024, 5, 3, 10, 0), (dt.date(2024, 5, 3), "day")),
    ("2024-05-03T10:00:00+07:00", (dt.date(2024, 5, 3), "day")),
    ("2024-05", (dt.date(2024, 5, 1), "month")),
    (2024, (dt.date(2024, 1, 1), "year")),
    ("2024-13-45", None), ("soon", None), ("1066", None), ("2200-01-01", None), (True, None), ([2024], None),
    ("", None), ("0000-01-01", None),
])
def test_parse_published_value(value, expected):
    assert parse_published_value(value) == expected


def test_validate_metadata_keeps_what_is_usable():
    metadata, problem = validate_metadata({"title": "  Dua   spasi ", "language": "Indonesian", "outlet": 42,
                                           "url": {"a": 1}, "published": None, "other": [1]})
    assert metadata == {"title": "Dua spasi", "language": "id", "outlet": "42"}
    assert problem == "front matter: url must be text, not a dict; ignored"


@pytest.mark.parametrize("raw, expected", [
    ({"date": "2023-09-15T19:40:00+07:00"}, {"published": (dt.date(2023, 9, 15), "day")}),
    ({"link": "https://contoh.example/a", "lang": "english", "site_name": "Kabar Contoh"},
     {"url": "https://contoh.example/a", "language": "en", "outlet": "Kabar Contoh"}),
    # the field under its own name wins, whatever the order
    ({"date": "2020-01-01", "published": "2024-05-03"}, {"published": (dt.date(2024, 5, 3), "day")}),
])
def test_metadata_under_other_common_names(raw, expected):
    assert validate_metadata(raw) == (expected, "")


def test_jsonl_rows(tmp_path):
    lines = [json.dumps({"id": 7, "text": ARTICLE_ID, "title": "T", "language": "en"}),
             '{"id": 8, "text": 1' + "0" * 5000 + "}",  # a number too long for Python's int parser
             "[" * 100000,  # nesting too deep
             json.dumps({"id": 9, "text": 12}),
             json.dumps({"id": 10, "text": "...  ...", "title": "punctuation only"}),
             json.dumps({"text": ARTICLE_EN.replace("\n", "\r\n")})]
    (tmp_path / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = read_corpus([tmp_path])
    assert [(a.article_id, a.where, a.metadata) for a in result.articles] == [
        ("feed/7", "feed.jsonl line 1", {"title": "T", "language": "en"}), ("feed/6", "feed.jsonl line 6", {})]
    assert "\r" not in result.articles[1].text
    reasons = {s.source: s.reason for s in result.skipped}
    assert reasons["feed.jsonl line 2"].startswith("invalid JSON")
    assert reasons["feed.jsonl line 3"].startswith("invalid JSON")
    assert reasons["feed.jsonl line 4"] == "row has no text (its text is a int, not a string)"
    assert reasons["feed.jsonl line 5"] == "no letters or digits in the article text"


def test_csv_rows(tmp_path):
    long_text = "Kata " * (MAX_ARTICLE_BYTES // 5 + 10)
    (tmp_path / "table.csv").write_text(
        "ID,Text,Published\n"
        f"1,\"{ARTICLE_ID.strip()}\",2024-05-03\n"
        "\n"
        "2,,2024-05-03\n"
        f"3,\"{long_text}\",\n"
        f"4,\"{ARTICLE_EN.strip()}\",besok\n", encoding="utf-8")
    (tmp_path / "tabs.csv").write_text(f"id\ttext\nt1\t{ARTICLE_EN.strip()}\n", encoding="utf-8")
    result = read_corpus([tmp_path])
    assert [(a.article_id, a.metadata) for a in result.articles] == [
        ("table/1", {"published": (dt.date(2024, 5, 3), "day")}), ("table/4", {}), ("tabs/t1", {})]
    reasons = {s.source: s.reason for s in result.skipped}
    assert reasons == {"table.csv row 2": "row has no text",
                       "table.csv row 3": f"article text too long ({len(long_text)} characters > {MAX_ARTICLE_BYTES})"}
    assert [w.source for w in result.warnings] == ["table.csv row 4"]


def test_broken_csv_keeps_the_rows_before_the_error(tmp_path):
    (tmp_path / "t.csv").write_text(f'id,text\n1,"{ARTICLE_ID.strip()}"\n2,"x" y "z\n', encoding="utf-8")
    import csv
    limit = csv.field_size_limit()
    try:
        csv.field_size_limit(10)  # force csv.Error on the second row
        (tmp_path / "t.csv").write_text('id,text\n1,"short text"\n2,"' + "x" * 50 + '"\n', encoding="utf-8")
        result = read_corpus([tmp_path])
    finally:
        csv.field_size_limit(limit)
    # the reader raises the limit it needs itself, so nothing is lost here
    assert [a.article_id for a in result.articles] == ["t/1", "t/2"]


def test_single_file_and_missing_roots(tmp_path):
    (tmp_path / "notes.md").write_text(ARTICLE_ID)
    result = read_corpus([tmp_path / "notes.md"])  # a file named explicitly is read whatever its suffix
    assert [(a.article_id, a.source) for a in result.articles] == [("notes", "notes.md")]
    with pytest.raises(CorpusError, match="no such corpus folder or file"):
        read_corpus([tmp_path / "missing"])
    (tmp_path / "dangling").symlink_to(tmp_path / "nowhere")
    with pytest.raises(CorpusError):
        read_corpus([tmp_path / "dangling"])


def test_same_text_under_two_names_in_two_folders(tmp_path):
    for folder in ("x", "y"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "same.txt").write_text(ARTICLE_ID)
    result = read_corpus([tmp_path])
    assert [a.source for a in result.articles] == ["x/same.txt"]
    assert [s.reason for s in result.skipped] == ["duplicate article_id 'same': first read from x/same.txt (same text)"]


def test_the_corpus_is_not_written_to(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE_ID)
    (tmp_path / "b.txt").write_bytes(b"\x00\x01binary")
    before = sorted((p.name, p.stat().st_mtime_ns) for p in tmp_path.iterdir())
    read_corpus([tmp_path])
    assert sorted((p.name, p.stat().st_mtime_ns) for p in tmp_path.iterdir()) == before
