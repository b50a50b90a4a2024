"""Stage 6 (assemble tables): typed and sorted frames, syndicated copies, and the CSV text written as it is built."""
from __future__ import annotations

import datetime as dt
import io

import numpy as np
import pandas as pd
import pytest

from analysis.s6_tables import (
    DUPLICATE_MIN_WORDS,
    SCHEMA,
    TABLES,
    TableChunk,
    _csv_date,
    csv_field,
    frame,
    mark_duplicates,
    mark_duplicates_arrays,
    sentence_fingerprints,
    typed_frame,
)

# Long sentences (at least DUPLICATE_MIN_WORDS words) of an invented wire story, and one of another story.
WIRE = [f"Delegasi Tirtapolis membahas kerja sama keamanan kawasan pada pertemuan ke-{n} di ibu kota." for n in range(1, 5)]
OTHER = ["The Tirtapolis coast guard opened a new regional training centre for maritime patrol officers."]


def prints(*sentences: str) -> frozenset[int]:
    return sentence_fingerprints({"text": s} for s in sentences)


def test_fingerprints_ignore_short_sentences_case_and_punctuation():
    assert len(WIRE[0].split()) >= DUPLICATE_MIN_WORDS
    assert prints("Terima kasih sudah membaca.", "Baca juga berita lainnya") == frozenset()
    assert prints(WIRE[0]) == prints(WIRE[0].upper().replace(".", " !")) != prints(WIRE[1])


@pytest.mark.parametrize("articles, copies", [
    # the later-published story repeating all of an earlier one is its copy, whatever the ids' order
    ([("b-original", dt.date(2024, 5, 1), WIRE), ("a-copy", dt.date(2024, 5, 2), WIRE)], {"a-copy": "b-original"}),
    # a copy that adds its own sentences is still a copy when half of its sentences are the original's
    ([("x", dt.date(2024, 5, 1), WIRE), ("y", dt.date(2024, 5, 3), WIRE[:2] + OTHER)], {"y": "x"}),
    # under half shared: two stories quoting the same sentence are not copies
    ([("x", dt.date(2024, 5, 1), WIRE), ("y", dt.date(2024, 5, 3), WIRE[:1] + OTHER + [s + " Tirta" for s in WIRE[1:3]])], {}),
    # a copy of a copy points to the first publication
    ([("p", dt.date(2024, 1, 1), WIRE), ("q", dt.date(2024, 1, 2), WIRE), ("r", dt.date(2024, 1, 3), WIRE)],
     {"q": "p", "r": "p"}),
    # undated articles come after the dated ones; among equals the smaller id is the original
    ([("u", None, WIRE), ("v", dt.date(2024, 1, 1), WIRE)], {"u": "v"}),
    ([("n2", None, WIRE), ("n1", None, WIRE)], {"n2": "n1"}),
    # an article with no long sentence is never a copy, nor anybody's original
    ([("short", dt.date(2024, 1, 1), ["Singkat saja."]), ("long", dt.date(2024, 1, 2), WIRE)], {}),
])
def test_syndicated_copies(articles, copies):
    with_prints = [(article_id, published, prints(*sentences)) for article_id, published, sentences in articles]
    assert mark_duplicates(with_prints) == copies
    # the streamed CSV build holds fingerprints as arrays and must reach the same answer
    as_arrays = [(a, p, np.array(sorted(f), dtype=np.uint64)) for a, p, f in with_prints]
    assert mark_duplicates_arrays(as_arrays) == copies


def test_frame_has_the_spec_columns_types_and_key_order():
    rows = [
        {"article_id": "b", "theme": "victims", "n_mentions": 1},
        {"article_id": "a", "theme": "prevention", "n_mentions": 2},
        {"article_id": "a", "theme": "education", "n_mentions": None, "not_in_spec": "dropped"},
    ]
    table = frame("themes", rows)
    assert list(table.columns) == SCHEMA["themes"][0]
    assert table["n_mentions"].dtype == "Int64" and isinstance(table["theme"].dtype, pd.CategoricalDtype)
    # categories sort by their text, not by their position in the category list
    assert table[["article_id", "theme"]].values.tolist() == [["a", "education"], ["a", "prevention"], ["b", "victims"]]
    assert table["n_mentions"].isna().tolist() == [True, False, False]


def test_typed_frame_keeps_row_order_and_reads_unknown_categories_as_missing():
    rows = [{"article_id": "z", "language": "id", "published": dt.date(2024, 5, 3)},
            {"article_id": "a", "language": "fr", "published": None}]
    table = typed_frame("articles", rows)
    assert table["article_id"].tolist() == ["z", "a"]
    assert table["language"].tolist()[0] == "id" and pd.isna(table["language"].tolist()[1])
    assert table["published"].dtype == "datetime64[ns]" and pd.isna(table["published"].iloc[1])
    assert table["title"].tolist() == ["", ""]  # a missing text is empty, not NaN, so CSV round-trips


@pytest.mark.parametrize("name", TABLES)
def test_every_table_can_be_empty(name):
    assert list(frame(name, []).columns) == SCHEMA[name][0]


def test_chunk_without_drops_each_articles_rows_only():
    sentences = [{"article_id": a, "sentence_id": i, "start": 0, "end": 1, "text": a}
                 for a, n in (("a", 2), ("b", 1), ("c", 3)) for i in range(n)]
    chunk = TableChunk(
        article_ids=["a", "b", "c"],
        frames={"sentences": typed_frame("sentences", sentences)},
        counts={"sentences": np.array([2, 1, 3], dtype=np.int32)},
        published=[None, None, None], fingerprints=[frozenset()] * 3,
        discovered=[("b", {"actor_id": "new:x"}), ("c", {"actor_id": "new:y"})])
    kept = chunk.without([1])
    assert kept.article_ids == ["a", "c"] and len(kept) == 2
    assert kept.frames["sentences"]["article_id"].tolist() == ["a", "a", "c", "c", "c"]
    assert kept.discovered == [("c", {"actor_id": "new:y"})]
    assert chunk.without([]) is chunk


@pytest.mark.parametrize("value", ["", "plain", "a, b", 'say "no"', "two\nlines", " padded "])
def test_csv_field_is_what_to_csv_writes_in_a_row(value):
    written = pd.DataFrame({"v": [value], "w": ["x"]}).to_csv(index=False, header=False, lineterminator="\n")
    assert csv_field(value) + ",x\n" == written


@pytest.mark.parametrize("value", [None, dt.date(2024, 5, 3), dt.datetime(2024, 5, 3), dt.datetime(2024, 5, 3, 14, 30)])
def test_csv_date_is_what_to_csv_writes_for_a_date_column(value):
    column = pd.DataFrame({"d": pd.to_datetime(pd.Series([value], dtype=object)).astype("datetime64[ns]")})
    written = column.to_csv(index=False, header=False, date_format="%Y-%m-%d", lineterminator="\n")
    assert _csv_date(value) == pd.read_csv(io.StringIO(written), header=None, dtype=str, keep_default_na=False)[0][0]


def test_csv_date_out_of_the_columns_range_is_an_error_as_in_pandas():
    with pytest.raises(pd.errors.OutOfBoundsDatetime):
        _csv_date(dt.date(1500, 1, 1))
