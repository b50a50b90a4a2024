"""Stage 6, assemble tables: per-article results -> the tidy DataFrames of spec/tables.md, typed, sorted by key, with syndicated copies grouped.

Columns come in the order the spec gives (extra columns after them); rows are
sorted by each table's key, so two builds of the same corpus write
byte-identical files whatever the order articles were processed in.
"""
from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from typing import Iterable

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


def frame(name: str, rows: Iterable[dict]) -> pd.DataFrame:
    """Rows -> a DataFrame of one table: spec columns in order, typed, sorted by key."""
    columns, key, dtypes = SCHEMA[name]
    table = pd.DataFrame(list(rows), columns=columns)
    for column in columns:
        dtype = dtypes.get(column, "string")
        if dtype == "datetime64[ns]":
            table[column] = pd.to_datetime(table[column], errors="coerce").astype("datetime64[ns]")
        elif dtype == "string":
            table[column] = table[column].astype("string").fillna("")
        else:
            table[column] = table[column].astype(dtype)
    sort_key = [c for c in key if c in table.columns]
    return table.sort_values(sort_key, kind="mergesort", key=_sortable).reset_index(drop=True)


def _sortable(column: pd.Series) -> pd.Series:
    if isinstance(column.dtype, pd.CategoricalDtype):
        return column.astype("string")
    return column


def assemble(results: list[ArticleResult], skipped: list[Skipped], vocabulary: Vocabulary) -> dict[str, pd.DataFrame]:
    """All tables of a corpus from its per-article results and its skipped inputs."""
    rows: dict[str, list[dict]] = defaultdict(list)
    discovered: dict[str, dict] = {}
    for result in sorted(results, key=lambda r: r.article["article_id"]):
        rows["articles"].append(dict(result.article))
        for name in ("sentences", "mentions", "people", "events", "programmes", "themes", "boilerplate"):
            rows[name].extend(getattr(result, name))
        for actor in result.discovered:
            discovered.setdefault(actor["actor_id"], actor)
    _mark_duplicates(rows["articles"], rows["sentences"])
    rows["actors"] = [actor_row(a) for a in vocabulary.actors.values()] + list(discovered.values())
    rows["skipped"] = [{"source": s.source, "article_id": s.article_id, "reason": s.reason} for s in skipped]
    return {name: frame(name, rows[name]) for name in TABLES}


def _mark_duplicates(articles: list[dict], sentences: list[dict]) -> None:
    """Set `duplicate_of` on syndicated copies: the earliest-published article of a group is the original."""
    fingerprints: dict[str, set[str]] = defaultdict(set)
    for sentence in sentences:
        words = re.findall(r"\w+", sentence["text"].casefold())
        if len(words) >= DUPLICATE_MIN_WORDS:
            fingerprints[sentence["article_id"]].add(hashlib.blake2b(" ".join(words).encode(), digest_size=8).hexdigest())
    order = sorted(articles, key=lambda a: (a["published"] is None, a["published"] or 0, a["article_id"]))
    owner: dict[str, str] = {}
    for article in order:
        mine = fingerprints.get(article["article_id"], set())
        if not mine:
            continue
        shared: dict[str, int] = defaultdict(int)
        for fp in mine:
            if fp in owner:
                shared[owner[fp]] += 1
        best = max(shared.items(), key=lambda kv: (kv[1], kv[0]), default=None)
        if best and best[1] >= DUPLICATE_SHARE * len(mine):
            article["duplicate_of"] = best[0]
        for fp in mine:
            owner.setdefault(fp, article["duplicate_of"] or article["article_id"])
