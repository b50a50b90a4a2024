"""The whole bundled corpus through the CLI: the spec's tables, traceable rows, byte-identical rebuilds."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

ROOT = Path(__file__).resolve().parents[1]

# The contract of spec/tables.md: these columns, in this order, lead every table.
SPEC = {
    "articles": ["article_id", "source", "title", "outlet", "url", "language", "published", "published_precision",
                 "published_basis", "n_chars", "n_sentences", "n_boilerplate_lines", "duplicate_of"],
    "mentions": ["article_id", "sentence_id", "start", "end", "text", "actor_id", "actor_name", "actor_type", "country"],
    "actors": ["actor_id", "actor_name", "name_id", "acronym", "actor_type", "country", "parent_id"],
    "people": ["article_id", "sentence_id", "start", "end", "name", "title", "actor_id"],
    "events": ["article_id", "event_id", "date", "date_precision", "date_end", "status", "kind", "participants",
               "partner_codes", "scope", "location", "sentence_id", "evidence"],
    "programmes": ["article_id", "sentence_id", "start", "end", "text", "programme_id", "programme_name", "themes"],
    "themes": ["article_id", "theme", "n_mentions"],
}


def build(out: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "analysis", "build", "corpus", "--out", str(out), "--strict"],
                          cwd=ROOT, capture_output=True, text=True, check=False)


@pytest.fixture(scope="module")
def tables(tmp_path_factory):
    out = tmp_path_factory.mktemp("tables")
    result = build(out)
    assert result.returncode == 0, result.stderr
    return out


def read(folder: Path, name: str) -> pd.DataFrame:
    return pd.read_csv(folder / f"{name}.csv", dtype=str, keep_default_na=False)


def test_every_bundled_article_is_in_the_tables(tables):
    articles = read(tables, "articles")
    stems = sorted(p.stem for p in (ROOT / "corpus").glob("*.txt"))
    assert list(articles["article_id"]) == stems
    assert read(tables, "skipped").empty


@pytest.mark.parametrize("name", sorted(SPEC))
def test_tables_lead_with_the_spec_columns(tables, name):
    columns = list(read(tables, name).columns)
    assert columns[:len(SPEC[name])] == SPEC[name]


def test_every_article_has_a_publication_date_with_precision_and_basis(tables):
    articles = read(tables, "articles")
    assert (articles["published"] != "").all()
    assert set(articles["published_precision"]) <= {"day", "month", "year"}
    assert set(articles["published_basis"]) <= {"stated", "metadata", "weekday", "copyright", "event"}


@pytest.mark.parametrize("name, column", [("mentions", "text"), ("people", "text"), ("programmes", "text")])
def test_offsets_slice_back_to_the_text_inside_its_sentence(tables, name, column):
    sentences = read(tables, "sentences").set_index(["article_id", "sentence_id"])
    rows = read(tables, name)
    assert len(rows)
    for row in rows.itertuples(index=False):
        sentence = sentences.loc[(row.article_id, row.sentence_id)]
        start = int(row.start) - int(sentence["start"])
        assert sentence["text"][start:start + int(row.end) - int(row.start)] == getattr(row, column)


def test_boilerplate_lines_yield_nothing(tables):
    removed = read(tables, "boilerplate")
    assert len(removed)
    sentences = read(tables, "sentences")
    for line in removed["text"]:
        assert not (sentences["text"] == line).any()


def test_events_carry_evidence_and_known_vocabularies(tables):
    events = read(tables, "events")
    assert len(events)
    assert set(events["status"]) <= {"held", "planned"}
    assert set(events["scope"]) <= {"domestic", "bilateral", "multilateral"}
    sentences = read(tables, "sentences").set_index(["article_id", "sentence_id"])
    for row in events.itertuples(index=False):
        assert sentences.loc[(row.article_id, row.sentence_id)]["text"] in row.evidence or row.evidence in \
            sentences.loc[(row.article_id, row.sentence_id)]["text"]


def test_two_builds_write_identical_files(tables, tmp_path):
    again = tmp_path / "again"
    assert build(again).returncode == 0
    for path in sorted(tables.iterdir()):
        assert (again / path.name).read_bytes() == path.read_bytes(), path.name
