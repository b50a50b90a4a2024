"""Issue 7: properties (hypothesis). The text stages never raise on arbitrary Unicode, every offset slices back
to the text it reports, resolved dates carry a valid precision in a sane range, and a build is deterministic
whatever the file order or PYTHONHASHSEED.
"""
from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis.pipeline import analyse_article
from analysis.s1_read import SourceArticle, decode, read_corpus
from analysis.s2_clean import clean
from analysis.s3_segment import abbreviations, split_sentences
from analysis.s4_match import match_actors, match_programmes, match_theme_cues
from analysis.s4_people import find_people
from analysis.vocabulary import load_vocabulary

from conftest import ARTICLE_EN, ARTICLE_ID, ROOT

VOCABULARY = load_vocabulary()
PRECISIONS = {"day", "month", "year"}

# Words the stages react to, so that random text exercises their rules and not only their fast paths.
_FORMS = sorted({form for actor in list(VOCABULARY.actors.values())[:80] for form in actor.forms[:3]})
_TRIGGERS = [
    "Kepala", "BNPT", "Komjen Pol.", "Dr.", "H.E.", "mengatakan", "said", "kata", "ujar", "Duta Besar", "untuk",
    "Kementerian", "Ministry of", "Badan", "Program", "Workshop on", "Work Plan", "Rencana Aksi Nasional",
    "deradikalisasi", "rehabilitasi", "3 Mei 2024", "31/12/2023", "Senin", "Thursday", "2024", "1066", "9999",
    "29 Februari 2023", "Mei", "pekan lalu", "kemarin", "Jakarta (ANTARA) -", "JAKARTA, KOMPAS.com -",
    "Baca juga:", "Copyright © 2024", "(", ")", "\"", "“", "”", "'", "’", "-", "–", "—", ".", "!", "?", "…", ",",
    ":", ";", "/", "&amp;", "&#8217;", "\\\"", "İstanbul", "ß", "ﬁ", "\u200b", "\u00ad", "\ufeff", "\u00a0", "\t",
    "\r", "\n", "\n\n", " ", "  ", "\u2028", "\x00", "\U0001f600", "e\u0301", "ǅ", "Σ",
]
_pieces = st.one_of(
    st.sampled_from(_FORMS),
    st.sampled_from(_TRIGGERS),
    st.text(max_size=12),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=6),
)
texts = st.lists(_pieces, max_size=60).map(" ".join) | st.lists(_pieces, max_size=60).map("".join)
fast = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@fast
@given(texts)
def test_clean_and_segment_never_raise_and_cover_the_body(text):
    cleaned = clean(text, VOCABULARY)
    body = cleaned.body
    assert isinstance(body, str)
    sentences = split_sentences(body, abbreviations(VOCABULARY))
    previous_end = 0
    for number, sentence in enumerate(sentences):
        assert sentence.sentence_id == number
        assert previous_end <= sentence.start < sentence.end <= len(body)
        assert "\n" not in body[sentence.start:sentence.end]  # never across a paragraph
        assert body[sentence.start:sentence.end].strip() == body[sentence.start:sentence.end]
        previous_end = sentence.end


@fast
@given(texts)
def test_matchers_never_raise_and_spans_slice_back(text):
    body = clean(text, VOCABULARY).body
    actors = match_actors(body, VOCABULARY)
    programmes = match_programmes(body, VOCABULARY)
    cues = match_theme_cues(body, VOCABULARY)
    people = find_people(body, actors.spans, VOCABULARY, programmes)
    for span in actors.spans + programmes + cues:
        assert 0 <= span.start < span.end <= len(body)
        assert body[span.start:span.end] == span.text
    for person in people:
        assert 0 <= person.start < person.end <= len(body)
        assert body[person.start:person.end] == person.text


def _check_date(value, precision):
    if value is None or value == "":
        assert precision in ("", None)
        return
    assert precision in PRECISIONS
    assert isinstance(value, dt.date)
    assert 1900 <= value.year <= 2100
    if precision == "month":
        assert value.day == 1
    if precision == "year":
        assert (value.month, value.day) == (1, 1)


@fast
@given(texts, st.sampled_from([{}, {"title": "Judul"}, {"published": (dt.date(2024, 5, 3), "day")},
                               {"published": (dt.date(2024, 5, 1), "month"), "language": "en"}]))
def test_analyse_article_never_raises_and_rows_are_consistent(text, metadata):
    source = SourceArticle("a1", "a1.txt", text, metadata)
    result = analyse_article(source, VOCABULARY)
    body = clean(text, VOCABULARY, metadata.get("title", "")).body
    assert result.article["n_chars"] == len(body)
    for name in ("mentions", "people", "programmes"):
        for row in getattr(result, name):
            assert body[row["start"]:row["end"]] == row["text"], (name, row)
    sentence_ids = {s["sentence_id"] for s in result.sentences}
    for row in result.mentions + result.people + result.programmes + result.events:
        assert not sentence_ids or row["sentence_id"] in sentence_ids
    for row in result.sentences:
        assert body[row["start"]:row["end"]] == row["text"]
    _check_date(result.article["published"], result.article["published_precision"])
    assert result.article["published_basis"] in {"stated", "metadata", "weekday", "copyright", "event", "none"}
    for event in result.events:
        _check_date(event["date"], event["date_precision"])
        if event.get("date_end") is not None:
            assert event["date_end"] >= event["date"]


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400))
def test_decode_never_raises_and_never_keeps_control_garbage(data):
    text, encoding, problem = decode(data)
    if text is None:
        assert problem and not encoding
    else:
        assert text.strip() and "\r" not in text and "\x00" not in text
        assert encoding in {"utf-8", "utf-16", "utf-32", "utf-16-le", "utf-16-be", "cp1252", "latin-1"}
        text.encode("utf-8", "surrogatepass")


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.sampled_from([".txt", ".jsonl", ".csv", ".md"]), st.binary(max_size=200)), max_size=6))
def test_read_corpus_accounts_for_arbitrary_files(tmp_path_factory, files):
    root = tmp_path_factory.mktemp("random")
    for number, (suffix, data) in enumerate(files):
        (root / f"f{number}{suffix}").write_bytes(data)
    result = read_corpus([root])
    sources = {a.source for a in result.articles} | {s.source.split(" line ")[0].split(" row ")[0]
                                                     for s in result.skipped + result.ignored}
    assert sources == {f"f{n}{suffix}" for n, (suffix, _) in enumerate(files)} or not files


def _write_corpus(folder: Path, names: list[str]) -> None:
    texts = {
        "a.txt": ARTICLE_ID,
        "b.txt": "---\ntitle: Kerja sama\npublished: 2024-05-03\n---\n" + ARTICLE_EN,
        "c.txt": ARTICLE_ID + ARTICLE_EN,  # shares sentences with a and b: duplicate grouping depends on order
        "d.txt": ARTICLE_ID.replace("Australia", "Jepang").replace("3 Mei 2024", "5 Juni 2023"),
        "rows.jsonl": '{"id": "x", "text": "%s"}\n{"id": "y", "text": "%s"}\n' % (ARTICLE_EN.strip(), ARTICLE_ID.strip()),
        "bad.txt": "",
    }
    folder.mkdir()
    for name in names:  # creation order differs between the two copies
        (folder / name).write_text(texts[name], encoding="utf-8")
    for path in sorted(Path(ROOT / "corpus").glob("*.txt"))[:3]:
        shutil.copy(path, folder / path.name)


def test_build_is_byte_identical_across_hash_seeds_and_file_order(tmp_path):
    names = ["a.txt", "b.txt", "c.txt", "d.txt", "rows.jsonl", "bad.txt"]
    outputs = []
    for seed, order, label in (("1", names, "one"), ("4242", names[::-1], "two")):
        corpus = tmp_path / f"corpus_{label}"
        _write_corpus(corpus, order)
        out = tmp_path / f"out_{label}"
        env = dict(os.environ, PYTHONHASHSEED=seed)
        run = subprocess.run([sys.executable, "-m", "analysis", "build", str(corpus), "--out", str(out), "--no-cache"],
                             cwd=ROOT, env=env, capture_output=True, text=True, timeout=180)
        assert run.returncode == 0, run.stderr
        outputs.append(out)
    first, second = (sorted(p.name for p in out.iterdir()) for out in outputs)
    assert first == second and "articles.csv" in first
    for name in first:
        assert (outputs[0] / name).read_bytes() == (outputs[1] / name).read_bytes(), name
    assert len((outputs[0] / "articles.csv").read_text().splitlines()) == 1 + 4 + 2 + 3
