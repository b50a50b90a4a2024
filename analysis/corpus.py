"""The library's front door: `load_corpus(path)` builds (or reuses) every table of a corpus and returns them as a `Corpus`; `write_tables` saves them.

    from analysis import load_corpus
    corpus = load_corpus("corpus")
    corpus.articles, corpus.mentions, corpus.actors, corpus.people,
    corpus.events, corpus.programmes, corpus.themes
"""
from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Sequence

import pandas as pd

from .pipeline import analyse_article
from .s1_read import read_corpus
from .s6_tables import TABLES, assemble
from .vocabulary import Vocabulary, load_vocabulary

PathLike = str | os.PathLike


@dataclass
class Corpus:
    """Every table of one corpus, as typed DataFrames, plus what was skipped on the way."""

    articles: pd.DataFrame
    sentences: pd.DataFrame
    mentions: pd.DataFrame
    actors: pd.DataFrame
    people: pd.DataFrame
    events: pd.DataFrame
    programmes: pd.DataFrame
    themes: pd.DataFrame
    boilerplate: pd.DataFrame
    skipped: pd.DataFrame
    warnings: pd.DataFrame
    vocabulary: Vocabulary

    @property
    def tables(self) -> dict[str, pd.DataFrame]:
        return {name: getattr(self, name) for name in TABLES}

    def __repr__(self) -> str:
        sizes = ", ".join(f"{name}={len(table)}" for name, table in self.tables.items())
        return f"Corpus({sizes})"


def build(roots: Sequence[PathLike], vocabulary: Vocabulary | None = None, vocab: Iterable[PathLike] = ()) -> Corpus:
    """Read, analyse and assemble a corpus (one or more folders) into a `Corpus`."""
    vocabulary = vocabulary or load_vocabulary(vocab)
    read = read_corpus(roots)
    results = [analyse_article(article, vocabulary) for article in read.articles]
    tables = assemble(results, read.skipped, vocabulary)
    warnings = pd.DataFrame([{"source": w.source, "article_id": w.article_id, "reason": w.reason} for w in read.warnings],
                            columns=["source", "article_id", "reason"], dtype="string")
    return Corpus(**tables, warnings=warnings, vocabulary=vocabulary)


def load_corpus(path: PathLike | Sequence[PathLike] | None = None, vocab: Iterable[PathLike] = ()) -> Corpus:
    """All tables of a corpus folder (default: the bundled `corpus/`), with a researcher's extra vocabulary files."""
    from .paths import BUNDLED_CORPUS

    if path is None:
        roots: list[PathLike] = [BUNDLED_CORPUS]
    elif isinstance(path, (str, os.PathLike)):
        roots = [path]
    else:
        roots = list(path)
    return build(roots, vocab=vocab)


def write_tables(corpus: Corpus, out: PathLike, fmt: str = "csv") -> list[Path]:
    """Write every table to `out/NAME.csv` (or `.parquet`), byte-identical for identical tables."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, table in corpus.tables.items():
        path = out / f"{name}.{fmt}"
        if fmt == "csv":
            table.to_csv(path, index=False, date_format="%Y-%m-%d", lineterminator="\n", encoding="utf-8")
        elif fmt == "parquet":
            table.to_parquet(path, index=False)
        else:
            raise ValueError(f"unknown table format {fmt!r} (csv or parquet)")
        written.append(path)
    return written


def report_skipped(corpus: Corpus, stream=sys.stderr) -> None:
    """Say on stderr, one line each, which inputs were skipped or decoded with a fallback, and why."""
    for kind, table in (("skipped", corpus.skipped), ("warning", corpus.warnings)):
        for row in table.itertuples(index=False):
            print(f"{kind}: {row.source}: {row.reason}", file=stream)
