"""Issue 7: hostile corpora. Every bad input gets a decided behaviour (read with a recorded encoding, or
skipped with a reason in `skipped` and on stderr), never a traceback, never a silent drop.

The corpus is built once per module in a temp folder; each case is checked on its own, then the
accounting (articles + skipped + ignored cover every entry of the folder) and the command line.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

from analysis import cli
from analysis.corpus import build, write_tables
from analysis.s1_read import MAX_ARTICLE_BYTES, read_corpus

from conftest import ARTICLE_EN, ARTICLE_ID, ROOT

FIFTY_MB = 50 * 1024 * 1024
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"
ZIP = b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00" + b"[Content_Types].xml" + bytes(range(40))
LATIN = "Kerja sama dengan Kementerian Luar Negeri di café Jakarta berjalan baik, kata pejabat itu.\n"
CP1252 = "Menteri berkata \u201ckerja sama\u201d bernilai \u20ac5 juta \u2013 sebuah langkah penting bagi keamanan.\n"

# name -> (bytes, or a callable creating the entry at a path)
FILES: dict[str, object] = {
    "empty.txt": b"",
    "blank.txt": b"  \n\t\r\n   \n",
    "bom-only.txt": b"\xef\xbb\xbf\r\n",
    "image.txt": PNG,
    "paper.txt": PDF,
    "archive.txt": ZIP,
    "photo.png": PNG,
    "latin1.txt": LATIN.encode("latin-1"),
    "latin1-c1.txt": LATIN.encode("latin-1") + b"Kode \x81 aneh.\n",
    "windows1252.txt": CP1252.encode("cp1252"),
    "utf16.txt": ARTICLE_ID.encode("utf-16"),  # with BOM (little-endian here)
    "utf16be.txt": b"\xfe\xff" + ARTICLE_EN.encode("utf-16-be"),
    "utf8bom.txt": b"\xef\xbb\xbf" + ARTICLE_ID.encode(),
    "crlf.txt": ARTICLE_ID.replace("\n", "\r\n").encode() + b"Kedua.\r\n",
    "cr.txt": ARTICLE_EN.replace("\n", "\r").encode() + b"Second line.\r",
    "stray-nul.txt": ARTICLE_ID.encode()[:50] + b"\x00\x00" + ARTICLE_ID.encode()[50:],
    "nul-binary.txt": b"\x00\x01\x02\x03" * 300 + b"text",
    "huge.txt": None,  # 50 MB, written by the fixture
    "long-lines.txt": ((ARTICLE_ID.strip() + " ") * 40)[:10_000].encode() + b"\n"
                      + (("Kementerian Luar Negeri Republik Indonesia " * 300)[:10_000]).encode() + b"\n",
    "unclosed.txt": b"---\ntitle: Judul\npublished: 2024-05-03\n" + ARTICLE_ID.encode(),
    "dashes.txt": b"----------\n" + ARTICLE_ID.encode(),
    "list-front-matter.txt": b"---\n- satu\n- dua\n---\n" + ARTICLE_ID.encode(),
    "bad-yaml.txt": b"---\ntitle: [tidak ditutup\n---\n" + ARTICLE_ID.encode(),
    "published-soon.txt": b"---\ntitle: Judul berita\npublished: soon\n---\n" + ARTICLE_ID.encode(),
    "published-impossible.txt": b"---\npublished: 2024-13-45\nlanguage: fr\n---\n" + ARTICLE_ID.encode(),
    "published-ancient.txt": b"---\npublished: 1066-10-14\ntitle: [a, b]\n---\n" + ARTICLE_EN.encode(),
    "good-front-matter.txt": b"---\ntitle: Judul\npublished: 2024-05\nlanguage: ID\n---\n" + ARTICLE_ID.encode(),
    "front-matter-only.txt": b"---\ntitle: Judul\n---\n\n",
    "rows.jsonl": "\n".join([
        json.dumps({"id": "a", "text": ARTICLE_ID, "published": "2024-05-03"}),
        '{"id": "b", "text": "broken',
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": "c", "title": "no text"}),
        json.dumps({"id": "a", "text": ARTICLE_EN}),
        json.dumps({"id": "d", "text": ARTICLE_EN, "published": "soon"}),
        "",
    ]).encode(),
    "no-text-column.csv": b"id,title,body\n1,Judul,Isi berita\n",
    "semicolons.csv": ("ID ; Text ;title\n1;" + ARTICLE_ID.strip() + ";Judul\n").encode("utf-8-sig"),
    "long-field.csv": ("id,text\nlong,\"" + (ARTICLE_ID.strip() + " ") * 700 + "\"\n").encode(),
    "a/same-name.txt": ARTICLE_ID.encode(),
    "b/same-name.txt": ARTICLE_EN.encode(),
    "berita dengan spasi.txt": ARTICLE_ID.encode(),
    "berita-ñandú-é.txt": ARTICLE_ID.encode(),
    "日本語の記事.txt": ARTICLE_EN.encode(),
    "notes.txt/inside.txt": ARTICLE_EN.encode(),  # a folder named like a file
    "page.html": b"<html><body>Berita</body></html>",
    "README.md": b"# Corpus\n",
    ".DS_Store": b"\x00\x00\x00\x01Bud1",
    ".ipynb_checkpoints/copy-checkpoint.txt": ARTICLE_ID.encode(),
    "target/real.txt": ARTICLE_EN.encode(),
}
NON_UTF8_NAME = b"caf\xe9 berita.txt"

# name -> expected outcome: ("article", encoding) | ("skipped", reason fragment) | ("ignored", "")
EXPECTED = {
    "empty.txt": ("skipped", "empty file"),
    "blank.txt": ("skipped", "whitespace-only file"),
    "bom-only.txt": ("skipped", "whitespace-only file"),
    "image.txt": ("skipped", "binary file (PNG image)"),
    "paper.txt": ("skipped", "binary file (PDF document)"),
    "archive.txt": ("skipped", "binary file (ZIP archive)"),
    "photo.png": ("skipped", "not an article file"),
    "latin1.txt": ("article", "cp1252"),
    "latin1-c1.txt": ("article", "latin-1"),
    "windows1252.txt": ("article", "cp1252"),
    "utf16.txt": ("article", "utf-16"),
    "utf16be.txt": ("article", "utf-16"),
    "utf8bom.txt": ("article", "utf-8"),
    "crlf.txt": ("article", "utf-8"),
    "cr.txt": ("article", "utf-8"),
    "stray-nul.txt": ("article", "utf-8"),
    "nul-binary.txt": ("skipped", "binary file"),
    "huge.txt": ("skipped", "file too large"),
    "long-lines.txt": ("article", "utf-8"),
    "unclosed.txt": ("skipped", "never closed"),
    "dashes.txt": ("article", "utf-8"),
    "list-front-matter.txt": ("article", "utf-8"),
    "bad-yaml.txt": ("article", "utf-8"),
    "published-soon.txt": ("article", "utf-8"),
    "published-impossible.txt": ("article", "utf-8"),
    "published-ancient.txt": ("article", "utf-8"),
    "good-front-matter.txt": ("article", "utf-8"),
    "front-matter-only.txt": ("skipped", "no article text after the front matter"),
    "no-text-column.csv": ("skipped", "CSV has no 'text' column (columns: id, title, body)"),
    "semicolons.csv": ("article", "utf-8"),
    "long-field.csv": ("article", "utf-8"),
    "a/same-name.txt": ("article", "utf-8"),
    "b/same-name.txt": ("skipped", "duplicate article_id 'same-name': first read from a/same-name.txt (different text"),
    "berita dengan spasi.txt": ("article", "utf-8"),
    "berita-ñandú-é.txt": ("article", "utf-8"),
    "日本語の記事.txt": ("article", "utf-8"),
    "notes.txt/inside.txt": ("article", "utf-8"),
    "page.html": ("skipped", "not an article file"),
    "README.md": ("ignored", ""),
    ".DS_Store": ("ignored", ""),
    ".ipynb_checkpoints": ("ignored", ""),
    "target/real.txt": ("article", "utf-8"),
    "link-to-real.txt": ("article", "utf-8"),
    "broken-link.txt": ("skipped", "broken symlink"),
    "loop.txt": ("skipped", "symlink loop"),
    "loop-a": ("skipped", "symlink loop"),
    "folder-link": ("skipped", "folder symlink not followed"),
    "target/parent-loop": ("skipped", "folder symlink not followed"),
    "pipe.txt": ("skipped", "not a regular file"),
    "caf\\xe9 berita.txt": ("article", "utf-8"),
}


def _make(root: Path) -> Path:
    for name, content in FILES.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if content is None:  # the 50 MB article: real text, not a sparse file
            chunk = (ARTICLE_ID * 64).encode()
            with open(path, "wb") as handle:
                for _ in range(FIFTY_MB // len(chunk) + 1):
                    handle.write(chunk)
        else:
            path.write_bytes(content)
    os.symlink("target/real.txt", root / "link-to-real.txt")
    os.symlink("missing.txt", root / "broken-link.txt")
    os.symlink("loop.txt", root / "loop.txt")
    os.symlink("loop-b", root / "loop-a")
    os.symlink("loop-a", root / "loop-b")
    os.symlink("target", root / "folder-link")
    os.symlink("..", root / "target" / "parent-loop")
    os.mkfifo(root / "pipe.txt")
    with open(os.path.join(os.fsencode(root), NON_UTF8_NAME), "wb") as handle:
        handle.write(ARTICLE_EN.encode())
    return root


@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> Path:
    return _make(tmp_path_factory.mktemp("hostile"))


@pytest.fixture(scope="module")
def read(hostile):
    return read_corpus([hostile])


def _outcomes(read, name: str) -> list[tuple[str, str]]:
    """Every (kind, detail) the reader recorded for one input (by its relative path)."""
    found = [("article", a.encoding) for a in read.articles if a.source == name]
    found += [("skipped", s.reason) for s in read.skipped if s.source == name]
    found += [("ignored", "") for s in read.ignored if s.source == name]
    return found


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_bad_input_has_its_decided_behaviour(read, name):
    kind, detail = EXPECTED[name]
    outcomes = _outcomes(read, name)
    assert len(outcomes) == 1, f"{name}: {outcomes}"
    got_kind, got_detail = outcomes[0]
    assert got_kind == kind, f"{name}: {outcomes}"
    if kind == "article":
        assert got_detail == detail
    else:
        assert detail in got_detail


def test_articles_skipped_and_ignored_account_for_every_entry(hostile, read):
    """No silent drop: every file, symlink and hidden entry of the folder is an article, skipped or ignored."""
    entries = set()
    for folder, dirnames, filenames in os.walk(hostile):
        for name in filenames + [d for d in dirnames if os.path.islink(os.path.join(folder, d))]:
            relative = Path(folder, name).relative_to(hostile).as_posix()
            if not relative.startswith(".ipynb_checkpoints/"):  # inside a hidden folder: ignored as a whole
                entries.add(os.fsencode(relative).decode("utf-8", "backslashreplace"))
        entries.update(Path(folder, d).relative_to(hostile).as_posix() for d in dirnames if d.startswith("."))
    accounted = {a.source for a in read.articles} | {s.source.split(" line ")[0].split(" row ")[0]
                                                     for s in read.skipped + read.ignored}
    assert entries - accounted == set()
    assert accounted - entries == set()


def test_decoded_texts_are_clean(read):
    by_source = {a.source: a for a in read.articles}
    assert "café" in by_source["latin1.txt"].text
    assert "\u201ckerja sama\u201d" in by_source["windows1252.txt"].text and "\u20ac5" in by_source["windows1252.txt"].text
    assert by_source["utf16.txt"].text == ARTICLE_ID
    assert by_source["utf16be.txt"].text == ARTICLE_EN
    assert by_source["utf8bom.txt"].text == ARTICLE_ID
    for name in ("crlf.txt", "cr.txt"):
        assert "\r" not in by_source[name].text and by_source[name].text.count("\n") == 2
    assert by_source["stray-nul.txt"].text == ARTICLE_ID
    assert by_source["dashes.txt"].text.startswith("----------\n")
    assert by_source["list-front-matter.txt"].text.startswith("---\n- satu")  # not metadata: kept as text
    assert by_source["bad-yaml.txt"].text == ARTICLE_ID and by_source["bad-yaml.txt"].metadata == {}
    assert by_source["caf\\xe9 berita.txt"].article_id == "caf\\xe9 berita"
    assert by_source["berita dengan spasi.txt"].article_id == "berita dengan spasi"
    assert by_source["notes.txt/inside.txt"].article_id == "inside"
    assert by_source["link-to-real.txt"].text == ARTICLE_EN


def test_bad_metadata_values_are_dropped_with_a_warning(read):
    by_source = {a.source: a for a in read.articles}
    assert by_source["published-soon.txt"].metadata == {"title": "Judul berita"}
    assert by_source["published-impossible.txt"].metadata == {}
    assert by_source["published-ancient.txt"].metadata == {}
    import datetime as dt
    assert by_source["good-front-matter.txt"].metadata == {"title": "Judul", "published": (dt.date(2024, 5, 1), "month"),
                                                           "language": "id"}
    reasons = "\n".join(f"{w.source}: {w.reason}" for w in read.warnings)
    assert "published-soon.txt: front matter: published 'soon' is not a date" in reasons
    assert "published-impossible.txt: front matter: published '2024-13-45' is not a date" in reasons
    assert "published-impossible.txt: front matter: language 'fr' is not one of id, en" in reasons
    assert "published-ancient.txt: front matter: published '1066-10-14' is not a date" in reasons
    assert "published-ancient.txt: front matter: title must be text, not a list" in reasons
    assert "bad-yaml.txt: front matter ignored: not valid YAML" in reasons
    assert "list-front-matter.txt: front matter ignored: it must be a mapping" in reasons
    assert "latin1.txt: decoded as cp1252: not UTF-8" in reasons
    assert "stray-nul.txt: removed 2 NUL byte(s)" in reasons
    assert "caf\\xe9 berita.txt: file name is not valid UTF-8" in reasons
    assert "rows.jsonl line 6: row: published 'soon' is not a date" in reasons


def test_table_rows_each_get_a_behaviour(read):
    rows = {a.article_id: a for a in read.articles if a.source == "rows.jsonl"}
    assert sorted(rows) == ["rows/a", "rows/d"]
    skipped = {s.source: s.reason for s in read.skipped if s.source.startswith("rows.jsonl")}
    assert skipped["rows.jsonl line 2"].startswith("invalid JSON at column")
    assert skipped["rows.jsonl line 3"] == "JSON line is not an object (it is a list)"
    assert skipped["rows.jsonl line 4"] == "row has no text"
    assert skipped["rows.jsonl line 5"] == ("duplicate article_id 'rows/a': first read from rows.jsonl line 1 "
                                            "(different text: rename one of them)")
    semicolons = [a for a in read.articles if a.source == "semicolons.csv"]
    assert [(a.article_id, a.metadata) for a in semicolons] == [("semicolons/1", {"title": "Judul"})]
    long_field = [a for a in read.articles if a.source == "long-field.csv"]
    assert len(long_field) == 1 and len(long_field[0].text) > 131072  # over csv's default field limit


def test_huge_article_is_skipped_by_size_before_reading(hostile, read, monkeypatch):
    reason = _outcomes(read, "huge.txt")[0][1]
    assert reason.startswith(f"file too large ({os.path.getsize(hostile / 'huge.txt')} bytes > {MAX_ARTICLE_BYTES}")
    read_files = []
    original = Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes", lambda self: read_files.append(self.name) or original(self))
    read_corpus([hostile / "huge.txt"])
    assert read_files == []


def test_unreadable_file_and_folder_are_reported(tmp_path, monkeypatch):
    """Tests run as root, where chmod 000 does not stop reading: the OS errors are simulated instead."""
    (tmp_path / "ok.txt").write_text(ARTICLE_ID)
    (tmp_path / "secret.txt").write_text(ARTICLE_EN)
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "inner.txt").write_text(ARTICLE_EN)
    original_read, original_scandir = Path.read_bytes, os.scandir

    def read_bytes(self):
        if self.name == "secret.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return original_read(self)

    def scandir(path="."):
        if os.fspath(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return original_scandir(path)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    monkeypatch.setattr(os, "scandir", scandir)
    result = read_corpus([tmp_path])
    assert [a.article_id for a in result.articles] == ["ok"]
    assert {(s.source, s.reason) for s in result.skipped} == {
        ("secret.txt", "cannot read file: Permission denied"),
        ("locked", "cannot list folder: Permission denied"),
    }


def test_unreadable_permissions_for_real_when_not_root(tmp_path):
    """The same through chmod; as root (where the mode is not enforced) the file is simply read."""
    path = tmp_path / "secret.txt"
    path.write_text(ARTICLE_EN)
    path.chmod(0)
    try:
        result = read_corpus([tmp_path])
    finally:
        path.chmod(0o644)
    if os.geteuid() == 0:
        assert [a.article_id for a in result.articles] == ["secret"]
    else:
        assert [(s.source, s.reason) for s in result.skipped] == [("secret.txt", "cannot read file: Permission denied")]


def test_empty_corpus_builds_empty_tables(tmp_path):
    corpus_dir = tmp_path / "corpus"
    corpus_dir.mkdir()
    corpus = build([corpus_dir])
    assert len(corpus.articles) == 0 and len(corpus.skipped) == 0
    assert list(corpus.articles.columns[:3]) == ["article_id", "source", "title"]
    written = write_tables(corpus, tmp_path / "out")
    assert {p.name for p in written} >= {"articles.csv", "mentions.csv", "skipped.csv", "events.csv"}
    assert pd.read_csv(tmp_path / "out" / "articles.csv").empty
    assert cli.main(["build", str(corpus_dir), "--out", str(tmp_path / "out2"), "--strict", "--no-cache"]) == 0


def test_missing_corpus_is_an_error_not_a_traceback(tmp_path, capfd):
    assert cli.main(["build", str(tmp_path / "nowhere"), "--out", str(tmp_path / "out"), "--no-cache"]) == 2
    assert "no such corpus folder" in capfd.readouterr().err


def test_hostile_corpus_builds_and_reports(hostile, tmp_path):
    started = time.perf_counter()
    assert cli.main(["build", str(hostile), "--out", str(tmp_path / "out"), "--no-cache"]) == 0
    elapsed = time.perf_counter() - started
    assert elapsed < 30, f"the hostile corpus took {elapsed:.1f} s"
    articles = pd.read_csv(tmp_path / "out" / "articles.csv", keep_default_na=False)
    skipped = pd.read_csv(tmp_path / "out" / "skipped.csv", keep_default_na=False)
    assert "pipe.txt" in set(skipped["source"]) and "unclosed.txt" in set(skipped["source"])
    encodings = dict(zip(articles["source"], articles["encoding"]))
    assert encodings["windows1252.txt"] == "cp1252" and encodings["utf16.txt"] == "utf-16"
    assert "caf\\xe9 berita.txt" in encodings  # an undecodable name is still written as UTF-8
    soon = articles.set_index("source").loc["published-soon.txt"]
    assert soon["published_basis"] != "metadata" and soon["title"] == "Judul berita"


def test_strict_fails_on_skips_and_warnings_without_a_traceback(hostile, tmp_path):
    run = subprocess.run([sys.executable, "-m", "analysis", "build", str(hostile), "--out", str(tmp_path / "out"),
                          "--strict", "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert run.returncode == 1
    assert "Traceback" not in run.stderr
    assert "error: --strict" in run.stderr
    assert "skipped: empty.txt: empty file" in run.stderr
    assert "skipped: huge.txt: file too large" in run.stderr
    assert "skipped: rows.jsonl line 2: invalid JSON" in run.stderr
    assert "warning: latin1.txt: decoded as cp1252" in run.stderr
    assert "warning: published-soon.txt: front matter: published 'soon' is not a date" in run.stderr


def test_strict_passes_on_a_clean_corpus(tmp_path):
    clean = tmp_path / "clean"
    clean.mkdir()
    (clean / "one.txt").write_text(ARTICLE_ID)
    (clean / "two.txt").write_text(ARTICLE_EN)
    (clean / "README.md").write_text("# notes\n")  # documentation is not an input
    assert cli.main(["build", str(clean), "--out", str(tmp_path / "out"), "--strict", "--no-cache"]) == 0
    warnings_only = tmp_path / "warnings"
    warnings_only.mkdir()
    (warnings_only / "one.txt").write_bytes(LATIN.encode("latin-1"))
    assert cli.main(["build", str(warnings_only), "--out", str(tmp_path / "out2"), "--strict", "--no-cache"]) == 1
