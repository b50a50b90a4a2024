"""Stage 6, assemble tables: per-article results -> the tidy DataFrames of spec/tables.md, typed, sorted by key, with syndicated copies grouped.

Columns come in the order the spec gives (extra columns after them); rows are
sorted by each table's key, so two builds of the same corpus write
byte-identical files whatever the order articles were processed in.
"""
from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import operator
import os
import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Iterable

import numpy as np
import pandas as pd

from .pipeline import ArticleResult, actor_row
from .s1_read import Skipped
from .vocabulary import ACTOR_TYPES, THEMES, Vocabulary

PRECISIONS = ["day", "month", "year"]
BASES = ["stated", "metadata", "weekday", "copyright", "event", "none"]

# name -> (columns in order, sort key, {column: dtype})
SCHEMA: dict[str, tuple[list[str], list[str], dict[str, object]]] = {
    "articles": (
        ["article_id", "source", "title", "outlet", "url", "language", "published", "published_precision",
         "published_basis", "n_chars", "n_sentences", "n_boilerplate_lines", "duplicate_of", "encoding"],
        ["article_id"],
        {"language": pd.CategoricalDtype(["id", "en"]), "published": "datetime64[ns]",
         "published_precision": pd.CategoricalDtype(PRECISIONS), "published_basis": pd.CategoricalDtype(BASES),
         "n_chars": "Int64", "n_sentences": "Int64", "n_boilerplate_lines": "Int64"},
    ),
    "sentences": (
        ["article_id", "sentence_id", "start", "end", "text"],
        ["article_id", "sentence_id"],
        {"sentence_id": "Int64", "start": "Int64", "end": "Int64"},
    ),
    "mentions": (
        ["article_id", "sentence_id", "start", "end", "text", "actor_id", "actor_name", "actor_type", "country", "origin"],
        ["article_id", "start", "end", "actor_id"],
        {"sentence_id": "Int64", "start": "Int64", "end": "Int64", "actor_type": pd.CategoricalDtype(ACTOR_TYPES)},
    ),
    "actors": (
        ["actor_id", "actor_name", "name_id", "acronym", "actor_type", "country", "parent_id", "partner_code", "in_vocabulary"],
        ["actor_id"],
        {"actor_type": pd.CategoricalDtype(ACTOR_TYPES), "in_vocabulary": "boolean"},
    ),
    "people": (
        ["article_id", "sentence_id", "start", "end", "name", "title", "actor_id", "text"],
        ["article_id", "start", "end"],
        {"sentence_id": "Int64", "start": "Int64", "end": "Int64"},
    ),
    "events": (
        ["article_id", "event_id", "date", "date_precision", "date_end", "status", "kind", "participants",
         "partner_codes", "scope", "location", "sentence_id", "evidence"],
        ["article_id", "event_id"],
        {"date": "datetime64[ns]", "date_end": "datetime64[ns]", "date_precision": pd.CategoricalDtype(PRECISIONS),
         "status": pd.CategoricalDtype(["held", "planned"]),
         "kind": pd.CategoricalDtype(["visit", "meeting", "agreement", "forum", "training", "launch", "other"]),
         "scope": pd.CategoricalDtype(["domestic", "bilateral", "multilateral"]), "sentence_id": "Int64"},
    ),
    "programmes": (
        ["article_id", "sentence_id", "start", "end", "text", "programme_id", "programme_name", "themes", "origin"],
        ["article_id", "start", "end", "programme_id"],
        {"sentence_id": "Int64", "start": "Int64", "end": "Int64"},
    ),
    "themes": (
        ["article_id", "theme", "n_mentions"],
        ["article_id", "theme"],
        {"theme": pd.CategoricalDtype(THEMES), "n_mentions": "Int64"},
    ),
    "boilerplate": (
        ["article_id", "line_no", "rule_id", "text"],
        ["article_id", "line_no", "rule_id"],
        {"line_no": "Int64"},
    ),
    "skipped": (
        ["source", "article_id", "reason"],
        ["source", "article_id", "reason"],
        {},
    ),
}
TABLES = tuple(SCHEMA)

# Copies: a story whose long sentences mostly appear, word for word, in an earlier one.
DUPLICATE_MIN_WORDS = 8
DUPLICATE_SHARE = 0.5
_WORDS = re.compile(r"\w+")

# The tables each article contributes rows to (the others are corpus-wide).
ARTICLE_TABLES = ("articles", "sentences", "mentions", "people", "events", "programmes", "themes", "boilerplate")


def typed_frame(name: str, rows: Iterable[dict]) -> pd.DataFrame:
    """Rows -> a DataFrame of one table with the spec's columns and dtypes, in the given row order.

    Built column by column (one list per column, then one typed array each):
    several times faster and far smaller on the way than a DataFrame of dicts.
    """
    columns, _, dtypes = SCHEMA[name]
    rows = rows if isinstance(rows, list) else list(rows)
    data = {}
    for column in columns:
        values = [row.get(column) for row in rows]
        data[column] = _typed(values, dtypes.get(column, "string"))
    return pd.DataFrame(data, columns=columns)


def _typed(values: list, dtype) -> pd.api.extensions.ExtensionArray | object:
    if dtype == "string":
        return pd.array(["" if v is None else v for v in values], dtype="string")
    if dtype == "datetime64[ns]":
        return pd.to_datetime(pd.Series(values, dtype=object), errors="coerce").astype("datetime64[ns]").array
    if isinstance(dtype, pd.CategoricalDtype):
        index = {category: code for code, category in enumerate(dtype.categories)}
        return pd.Categorical.from_codes([index.get(v, -1) for v in values], dtype=dtype)
    return pd.array(values, dtype=dtype)


def sort_table(name: str, table: pd.DataFrame) -> pd.DataFrame:
    """A table in its key order (stable: ties keep the order rows came in)."""
    _, key, _ = SCHEMA[name]
    sort_key = [c for c in key if c in table.columns]
    return table.sort_values(sort_key, kind="mergesort", key=_sortable).reset_index(drop=True)


def frame(name: str, rows: Iterable[dict]) -> pd.DataFrame:
    """Rows -> a DataFrame of one table: spec columns in order, typed, sorted by key."""
    return sort_table(name, typed_frame(name, rows))


def _sortable(column: pd.Series) -> pd.Series:
    if isinstance(column.dtype, pd.CategoricalDtype):
        return column.astype("string")
    return column


@dataclass
class TableChunk:
    """The rows of a batch of articles, already columnar: what a worker sends back, and what the cache keeps.

    `frames` holds one typed (unsorted) DataFrame per table of ARTICLE_TABLES,
    rows grouped by article in `article_ids` order; `counts[name][i]` is the
    number of rows article i has in that table, so articles can be dropped
    without a row-level key. `published` and `fingerprints` (sentence
    fingerprints) are what duplicate detection needs; `discovered` the actor
    rows of names the vocabulary lacks.
    """

    article_ids: list[str]
    frames: dict[str, pd.DataFrame]
    counts: dict[str, np.ndarray]
    published: list
    fingerprints: list[frozenset[int]]
    discovered: list[tuple[str, dict]] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.article_ids)

    def without(self, drop: Iterable[int]) -> "TableChunk":
        """The chunk minus the articles at the given positions."""
        drop = set(drop)
        if not drop:
            return self
        keep = np.array([i not in drop for i in range(len(self))], dtype=bool)
        frames = {name: table[np.repeat(keep, self.counts[name])].reset_index(drop=True)
                  for name, table in self.frames.items()}
        ids = [a for i, a in enumerate(self.article_ids) if i not in drop]
        return TableChunk(ids, frames, {name: c[keep] for name, c in self.counts.items()},
                          [p for i, p in enumerate(self.published) if i not in drop],
                          [f for i, f in enumerate(self.fingerprints) if i not in drop],
                          [(a, row) for a, row in self.discovered if a in set(ids)])


def sentence_fingerprints(sentences: Iterable[dict]) -> frozenset[int]:
    """Hashes of an article's long sentences (case-folded words), the unit copies are recognised by."""
    found = set()
    for sentence in sentences:
        words = _WORDS.findall(sentence["text"].casefold())
        if len(words) >= DUPLICATE_MIN_WORDS:
            found.add(int.from_bytes(hashlib.blake2b(" ".join(words).encode(), digest_size=8).digest(), "big"))
    return frozenset(found)


def tabulate(results: list[ArticleResult]) -> TableChunk:
    """Per-article results -> one columnar `TableChunk` (in the given order)."""
    rows: dict[str, list[dict]] = {name: [] for name in ARTICLE_TABLES}
    counts: dict[str, list[int]] = {name: [] for name in ARTICLE_TABLES}
    for result in results:
        rows["articles"].append(result.article)
        counts["articles"].append(1)
        for name in ARTICLE_TABLES[1:]:
            part = getattr(result, name)
            rows[name].extend(part)
            counts[name].append(len(part))
    return TableChunk(
        article_ids=[r.article["article_id"] for r in results],
        frames={name: typed_frame(name, rows[name]) for name in ARTICLE_TABLES},
        counts={name: np.asarray(c, dtype=np.int32) for name, c in counts.items()},
        published=[r.article["published"] for r in results],
        fingerprints=[sentence_fingerprints(r.sentences) for r in results],
        discovered=[(r.article["article_id"], actor) for r in results for actor in r.discovered],
    )


def combine(chunks: list[TableChunk], skipped: list[Skipped], vocabulary: Vocabulary,
            article_tables: Iterable[str] = ARTICLE_TABLES) -> dict[str, pd.DataFrame]:
    """All tables of a corpus from its chunks (in any order; article ids unique) and its skipped inputs.

    Chunks are consumed: each chunk's frames are released as soon as they are
    concatenated, so the peak is about one copy of the largest table.
    article_tables: the per-article tables to assemble (fewer when workers wrote the others to Parquet parts).
    """
    article_tables = tuple(article_tables)
    duplicate_of = mark_duplicates([(a, p, f) for c in chunks for a, p, f in zip(c.article_ids, c.published, c.fingerprints)])
    discovered: dict[str, dict] = {}
    for article_id, actor in sorted((d for c in chunks for d in c.discovered), key=lambda d: d[0]):
        discovered.setdefault(actor["actor_id"], actor)
    tables: dict[str, pd.DataFrame] = {}
    for name in article_tables:
        parts = [c.frames.pop(name) for c in chunks]
        table = pd.concat(parts, ignore_index=True) if parts else typed_frame(name, [])
        del parts
        if name == "articles" and duplicate_of:
            table["duplicate_of"] = pd.array([duplicate_of.get(a, "") for a in table["article_id"]], dtype="string")
        tables[name] = sort_table(name, table)
        del table
    tables["actors"] = frame("actors", [actor_row(a) for a in vocabulary.actors.values()] + list(discovered.values()))
    tables["skipped"] = frame("skipped", [{"source": s.source, "article_id": s.article_id, "reason": s.reason}
                                          for s in skipped])
    return {name: tables[name] for name in TABLES if name in tables}


def parquet_part(out, name: str, index: int):
    """Where task `index` writes its rows of table `name`: `out/NAME.parquet/part-INDEX.parquet`."""
    from pathlib import Path

    return Path(out) / f"{name}.parquet" / f"part-{index:05d}.parquet"


def write_parquet_parts(chunk: TableChunk, out, index: int) -> TableChunk:
    """Write a task's rows of the per-article tables but `articles` to Parquet parts, from the process that
    made them (on a cluster, its worker: `out` is a folder every worker and the client share); return the
    chunk without those frames, so only the article rows travel back."""
    for name in PART_TABLES:
        path = parquet_part(out, name, index)
        path.parent.mkdir(parents=True, exist_ok=True)
        chunk.frames[name].to_parquet(path, index=False)
    return TableChunk(chunk.article_ids, {"articles": chunk.frames["articles"]}, chunk.counts, chunk.published,
                      chunk.fingerprints, chunk.discovered)


def drop_from_parquet_parts(chunk: TableChunk, drop: Iterable[int], out, index: int) -> None:
    """Remove the rows of the articles at positions `drop` (repeated article ids) from task `index`'s parts:
    parts keep their task's rows grouped by article in chunk order, so `counts` says which rows are whose."""
    drop = set(drop)
    keep = np.array([i not in drop for i in range(len(chunk))], dtype=bool)
    for name in PART_TABLES:
        path = parquet_part(out, name, index)
        table = pd.read_parquet(path)
        if len(table):
            table = table[np.repeat(keep, chunk.counts[name])].reset_index(drop=True)
        table.to_parquet(path, index=False)


def assemble(results: list[ArticleResult], skipped: list[Skipped], vocabulary: Vocabulary) -> dict[str, pd.DataFrame]:
    """All tables of a corpus from its per-article results and its skipped inputs."""
    return combine([tabulate(results)], skipped, vocabulary)


def mark_duplicates(articles: Iterable[tuple[str, object, frozenset[int]]]) -> dict[str, str]:
    """article_id -> the article_id it copies, for syndicated copies: the earliest-published article of a group is the original.

    `articles` are (article_id, published date or None, sentence fingerprints).
    """
    order = sorted(articles, key=lambda a: (a[1] is None, a[1] or 0, a[0]))
    return _assign_copies((article_id, mine, len(mine)) for article_id, _, mine in order)


def _assign_copies(ordered: Iterable[tuple[str, Iterable[int], int]]) -> dict[str, str]:
    """The one copy rule, for articles in publication order: (article_id, the fingerprints that may be
    shared, the size of its whole set). An article is a copy of the earlier one owning the most of its
    fingerprints, when that is at least DUPLICATE_SHARE of its set."""
    owner: dict[int, str] = {}
    copies: dict[str, str] = {}
    for article_id, candidates, size in ordered:
        if not size:
            continue
        candidates = list(candidates)
        shared_with: dict[str, int] = defaultdict(int)
        for fp in candidates:
            holder = owner.get(fp)
            if holder is not None:
                shared_with[holder] += 1
        best = max(shared_with.items(), key=lambda kv: (kv[1], kv[0]), default=None)
        if best and best[1] >= DUPLICATE_SHARE * size:
            copies[article_id] = best[0]
        original = copies.get(article_id, article_id)
        for fp in candidates:
            owner.setdefault(fp, original)
    return copies


# --------------------------------------------------------------------------- CSV written as it is built (the CLI's path)
#
# `python -m analysis build` of 100,000 articles cannot afford DataFrames of every row in one process:
# the workers format their articles' rows as CSV text, exactly as `DataFrame.to_csv` would write the typed
# and sorted tables, and put each article's block of each table in a part file; the main process keeps
# only the articles' ids, their short `articles` rows and sentence fingerprints, marks the syndicated
# copies and then concatenates the blocks in article_id order. Every table's key starts with article_id,
# so sorting whole articles and each article's rows by the rest of the key gives the same order as the
# stable sort of the whole table.

_DAY_MIN, _DAY_MAX = dt.date(1677, 9, 22), dt.date(2262, 4, 11)  # the days a datetime64[ns] column can hold


def _csv_date(value) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        value = value.date() if value.time() == dt.time() else value
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        if not _DAY_MIN <= value <= _DAY_MAX:
            raise pd.errors.OutOfBoundsDatetime(f"Out of bounds nanosecond timestamp: {value}")
        return value.isoformat()
    return _typed_csv_value(value, "datetime64[ns]")


def _typed_csv_value(value, dtype) -> str:
    """The text `to_csv` writes for one value of a column of this dtype, through pandas itself (rare values only)."""
    frame_ = pd.DataFrame({"v": _typed([value], dtype)})
    text = frame_.to_csv(index=False, header=False, date_format="%Y-%m-%d", lineterminator="\n")
    return next(csv.reader(io.StringIO(text)))[0] if text.strip() else ""


def _converter(dtype):
    """value -> what `to_csv` writes for it in a column of this dtype (before CSV quoting)."""
    if dtype == "string":
        return lambda v: "" if v is None else v if isinstance(v, str) else _typed_csv_value(v, "string")
    if dtype == "datetime64[ns]":
        return _csv_date
    if isinstance(dtype, pd.CategoricalDtype):
        categories = frozenset(dtype.categories)
        return lambda v: v if v in categories else ""
    if dtype == "Int64":
        return lambda v: "" if v is None else v if type(v) is int else _typed_csv_value(v, dtype)
    return lambda v: _typed_csv_value(v, dtype)


def _row_key(name: str):
    """The sort key of a table's rows within one article (the table key without article_id), or None."""
    _, key, dtypes = SCHEMA[name]
    rest = [c for c in key if c != "article_id"]
    if name in ("articles", "sentences"):
        return None  # one row, or rows already in sentence order
    getter = operator.itemgetter(*rest)
    return getter if len(rest) > 1 else lambda row: (getter(row),)


_PLAIN_TYPES = frozenset({str, int, type(None)})


def _formatter(name: str):
    """rows (dicts) -> sequences of values for csv.writer, as `to_csv` writes the typed table.

    csv.writer already writes None as an empty field and an int as its digits, as `to_csv` writes a
    missing string or Int64 value and an Int64 number; only dates and categories are converted."""
    columns, _, dtypes = SCHEMA[name]
    getter = operator.itemgetter(*columns)
    special = [(i, _converter(dtypes[c])) for i, c in enumerate(columns)
               if c in dtypes and (dtypes[c] == "datetime64[ns]" or isinstance(dtypes[c], pd.CategoricalDtype))]
    converted = {i for i, _ in special}
    plain = [(i, _converter(dtypes.get(c, "string"))) for i, c in enumerate(columns) if i not in converted]

    def values(row: dict) -> list:
        try:
            found = list(getter(row))
        except KeyError:
            found = [row.get(c) for c in columns]
        for i, convert in special:
            found[i] = convert(found[i])
        if not _PLAIN_TYPES.issuperset(map(type, found)):
            for i, convert in plain:  # not met in practice: a value that is not text, a number or nothing
                value = found[i]
                if value is not None and value.__class__ is not str and value.__class__ is not int:
                    found[i] = convert(value)
        return found

    return values


_ROW_KEYS = {name: _row_key(name) for name in ARTICLE_TABLES}
_FORMATTERS = {name: _formatter(name) for name in ARTICLE_TABLES}
_ARTICLE_HEAD = SCHEMA["articles"][0][:SCHEMA["articles"][0].index("duplicate_of")]
_ARTICLE_TAIL = SCHEMA["articles"][0][SCHEMA["articles"][0].index("duplicate_of") + 1:]
PART_TABLES = ARTICLE_TABLES[1:]  # the tables whose blocks go to part files (articles rows stay in memory)


class _Lines(list):
    write = list.append  # a csv.writer target: one call per row


def csv_header(name: str) -> bytes:
    lines = _Lines()
    csv.writer(lines, lineterminator="\n").writerow(SCHEMA[name][0])
    return lines[0].encode("utf-8")


def csv_field(value: str) -> str:
    """One field as it stands in a row of several (quoted only when needed)."""
    if not value:
        return ""
    lines = _Lines()
    csv.writer(lines, lineterminator="\n").writerow([value, ""])
    return lines[0][:-2]


def _fingerprint_array(sentences: Iterable[dict]) -> np.ndarray:
    return np.array(sorted(sentence_fingerprints(sentences)), dtype=np.uint64)


@dataclass
class CsvChunk:
    """A task's articles as CSV: blocks in a part file (`offsets[name][i]:offsets[name][i + 1]` is
    article i's block of that table), and what the main process needs of each article."""

    article_ids: list[str]
    heads: list[str]  # the `articles` row before duplicate_of, formatted
    tails: list[str]  # the values after it (the encoding), raw
    published: list
    fingerprints: list[np.ndarray]
    discovered: list[tuple[str, dict]]
    part: str
    offsets: dict[str, np.ndarray]
    keep: list[int] | None = None  # positions still in the chunk (None: all)

    def __len__(self) -> int:
        return len(self.article_ids) if self.keep is None else len(self.keep)

    def positions(self) -> list[int]:
        return list(range(len(self.article_ids))) if self.keep is None else self.keep

    def without(self, drop: Iterable[int]) -> "CsvChunk":
        drop = set(drop)
        if not drop:
            return self
        kept = [i for i in self.positions() if i not in drop]
        ids = {self.article_ids[i] for i in kept}
        return CsvChunk(self.article_ids, self.heads, self.tails, self.published, self.fingerprints,
                        [(a, row) for a, row in self.discovered if a in ids], self.part, self.offsets, kept)


def tabulate_csv(results: list[ArticleResult], part: str) -> CsvChunk:
    """Per-article results -> a `CsvChunk`, its blocks written to the file `part`."""
    writer_lines = _Lines()
    writer = csv.writer(writer_lines, lineterminator="\n")
    heads, tails = [], []
    for result in results:
        values = _FORMATTERS["articles"](result.article)
        writer.writerow(values[:len(_ARTICLE_HEAD)])
        heads.append(writer_lines.pop()[:-1])
        tails.append([values[i] for i in range(len(_ARTICLE_HEAD) + 1, len(values))])
    offsets: dict[str, np.ndarray] = {}
    position = 0
    with open(part, "wb") as handle:
        for name in PART_TABLES:
            values = _FORMATTERS[name]
            key = _ROW_KEYS[name]
            sizes = []
            for result in results:
                rows = getattr(result, name)
                if key is not None and len(rows) > 1:
                    rows = sorted(rows, key=key)
                start = len(writer_lines)
                writer.writerows(map(values, rows))
                block = "".join(writer_lines[start:])
                del writer_lines[start:]
                data = block.encode("utf-8")
                handle.write(data)
                sizes.append(len(data))
            ends = np.cumsum(np.asarray([0] + sizes, dtype=np.int64)) + position
            position = int(ends[-1])
            offsets[name] = ends
    return CsvChunk(
        article_ids=[r.article["article_id"] for r in results], heads=heads, tails=tails,
        published=[r.article["published"] for r in results],
        fingerprints=[_fingerprint_array(r.sentences) for r in results],
        discovered=[(r.article["article_id"], actor) for r in results for actor in r.discovered],
        part=part, offsets=offsets)


def mark_duplicates_arrays(articles: list[tuple[str, object, np.ndarray]]) -> dict[str, str]:
    """`mark_duplicates` for fingerprints held as arrays of distinct uint64: the same answer, with
    memory for the fingerprints that more than one article has only (a fingerprint of one article is
    never owned by another, so it only counts in the size of its article's set)."""
    if not articles:
        return {}
    arrays = [a[2] for a in articles]
    every = np.concatenate(arrays) if arrays else np.zeros(0, dtype=np.uint64)
    values, counts = np.unique(every, return_counts=True)
    shared = values[counts > 1]
    del every, values, counts
    order = sorted(range(len(articles)), key=lambda i: (articles[i][1] is None, articles[i][1] or 0, articles[i][0]))
    return _assign_copies(
        (articles[i][0],
         (articles[i][2][np.isin(articles[i][2], shared, assume_unique=True)] if len(shared) else articles[i][2][:0]).tolist(),
         len(articles[i][2]))
        for i in order)


def write_csv_chunks(chunks: list[CsvChunk], skipped: list[Skipped], warnings: pd.DataFrame, vocabulary: Vocabulary,
                     out) -> dict[str, pd.DataFrame]:
    """Every table of a corpus as CSV in `out`, byte-identical to `write_tables` of `combine`'s tables.

    Returns the small tables (skipped, actors, warnings) as DataFrames; the part files are left to the caller.
    """
    from pathlib import Path

    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    where = [(chunk.article_ids[i], c, i) for c, chunk in enumerate(chunks) for i in chunk.positions()]
    where.sort(key=lambda item: item[0])
    duplicate_of = mark_duplicates_arrays([(chunk.article_ids[i], chunk.published[i], chunk.fingerprints[i])
                                           for chunk in chunks for i in chunk.positions()])
    with open(out / "articles.csv", "wb") as handle:
        handle.write(csv_header("articles"))
        lines = []
        for article_id, c, i in where:
            chunk = chunks[c]
            fields = [csv_field(duplicate_of.get(article_id, ""))] + [csv_field(v) for v in chunk.tails[i]]
            lines.append(chunk.heads[i] + "," + ",".join(fields) + "\n")
            if len(lines) >= 4096:
                handle.write("".join(lines).encode("utf-8"))
                lines = []
        handle.write("".join(lines).encode("utf-8"))
    files: dict[int, int] = {}
    try:
        for name in PART_TABLES:
            with open(out / f"{name}.csv", "wb") as handle:
                handle.write(csv_header(name))
                run: list = []  # [chunk index, start, end] of consecutive blocks, read at once

                def flush() -> None:
                    if run and run[2] > run[1]:
                        fd = files.get(run[0])
                        if fd is None:
                            fd = files[run[0]] = os.open(chunks[run[0]].part, os.O_RDONLY)
                        handle.write(os.pread(fd, run[2] - run[1], run[1]))

                for _, c, i in where:
                    offsets = chunks[c].offsets[name]
                    start, end = int(offsets[i]), int(offsets[i + 1])
                    if run and run[0] == c and run[2] == start:
                        run[2] = end
                    else:
                        flush()
                        run = [c, start, end]
                flush()
    finally:
        for fd in files.values():
            os.close(fd)
    discovered: dict[str, dict] = {}
    for article_id, actor in sorted((d for c in chunks for d in c.discovered), key=lambda d: d[0]):
        discovered.setdefault(actor["actor_id"], actor)
    small = {"actors": frame("actors", [actor_row(a) for a in vocabulary.actors.values()] + list(discovered.values())),
             "skipped": frame("skipped", [{"source": s.source, "article_id": s.article_id, "reason": s.reason}
                                          for s in skipped]),
             "warnings": warnings}
    for name, table in small.items():
        table.to_csv(out / f"{name}.csv", index=False, date_format="%Y-%m-%d", lineterminator="\n", encoding="utf-8")
    return small
