"""The library's front door: `load_corpus(path)` builds (or reuses) every table of a corpus and returns them as a `Corpus`; `write_tables` saves them.

    from analysis import load_corpus
    corpus = load_corpus("corpus")
    corpus.articles, corpus.mentions, corpus.actors, corpus.people,
    corpus.events, corpus.programmes, corpus.themes
"""
from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Sequence

from .vocabulary import Vocabulary, load_vocabulary

if TYPE_CHECKING:  # pandas and the engine are imported when a corpus is built, so `import analysis` stays quick
    import pandas as pd

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
    build_info: dict = field(default_factory=dict, repr=False)  # engine, workers, articles analysed and from the cache

    @property
    def tables(self) -> dict[str, pd.DataFrame]:
        from .s6_tables import TABLES

        return {name: getattr(self, name) for name in TABLES}

    def __repr__(self) -> str:
        sizes = ", ".join(f"{name}={len(table)}" for name, table in self.tables.items())
        return f"Corpus({sizes})"


CacheOption = bool | str | os.PathLike | None


def build(roots: Sequence[PathLike], vocabulary: Vocabulary | None = None, vocab: Iterable[PathLike] = (), *,
          engine: str = "auto", workers: int | None = None, cache: CacheOption = True,
          scheduler: str | None = None, progress: bool | None = None) -> Corpus:
    """Read, analyse and assemble a corpus (one or more folders) into a `Corpus`.

    engine: "serial", "processes" (a local pool of `workers`, default every
    core), "dask" (the scheduler at `scheduler`, default a local cluster) or
    "auto" (serial for small corpora, processes otherwise); every engine gives
    identical tables. cache: True for the default cache folder
    (`analysis.cache.default_cache_dir()`), a folder, or False/None for none.
    """
    import pandas as pd

    from .engine import run
    from .s6_tables import combine

    vocabulary = vocabulary or load_vocabulary(vocab)
    store = open_cache(cache, vocabulary)
    outcome = run(roots, vocabulary, engine=engine, workers=workers, cache=store, scheduler=scheduler,
                  progress=progress)
    if store is not None and outcome.analysed:
        store.prune()
    tables = combine(outcome.chunks, outcome.skipped, vocabulary)
    warnings = _warnings_frame(outcome.warnings)
    info = _build_info(outcome, store)
    return Corpus(**tables, warnings=warnings, vocabulary=vocabulary, build_info=info)


@dataclass
class WrittenCorpus:
    """What `build_csv` leaves in memory: the number of articles, the skipped inputs and warnings, how it ran."""

    n_articles: int
    skipped: pd.DataFrame
    warnings: pd.DataFrame
    actors: pd.DataFrame
    build_info: dict = field(default_factory=dict, repr=False)


def build_csv(roots: Sequence[PathLike], out: PathLike, vocabulary: Vocabulary | None = None,
              vocab: Iterable[PathLike] = (), *, engine: str = "auto", workers: int | None = None,
              cache: CacheOption = True, progress: bool | None = None) -> WrittenCorpus:
    """`write_tables(build(roots, ...), out, "csv")` for corpora of any size: the same files, byte for
    byte, but the rows go from the workers to disk as CSV text and are never held in one process
    (engines serial and processes; see `s6_tables.write_csv_chunks`)."""
    import shutil
    import tempfile

    from .engine import run
    from .s6_tables import write_csv_chunks

    if engine == "dask":
        raise ValueError("build_csv runs on this machine: engine serial, processes or auto")
    vocabulary = vocabulary or load_vocabulary(vocab)
    store = open_cache(cache, vocabulary)
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    parts = tempfile.mkdtemp(prefix=".parts-", dir=out)
    try:
        outcome = run(roots, vocabulary, engine=engine, workers=workers, cache=store, progress=progress, parts=parts)
        if store is not None and outcome.analysed:
            store.prune()
        warnings = _warnings_frame(outcome.warnings)
        small = write_csv_chunks(outcome.chunks, outcome.skipped, warnings, vocabulary, out)
    finally:
        shutil.rmtree(parts, ignore_errors=True)
    info = _build_info(outcome, store)
    return WrittenCorpus(outcome.n_articles, small["skipped"], warnings, small["actors"], build_info=info)


def build_parquet(roots: Sequence[PathLike], out: PathLike, vocabulary: Vocabulary | None = None,
                  vocab: Iterable[PathLike] = (), *, engine: str = "dask", workers: int | None = None,
                  cache: CacheOption = True, scheduler: str | None = None,
                  progress: bool | None = None) -> WrittenCorpus:
    """Every table as a Parquet dataset `out/NAME.parquet/part-NNNNN.parquet`, for archives larger than one machine.

    The tasks write their rows of the per-article tables themselves (on a
    cluster, `out` must be a folder the workers share with the client); only
    the article rows come back, to mark syndicated copies and write `articles`,
    `actors`, `skipped` and `warnings`. Parts hold their task's rows grouped
    by article; `read_parquet_tables(out)` gives the tables in key order,
    equal to those of `build`.
    """
    import shutil

    from .engine import run
    from .s6_tables import TABLES, combine

    vocabulary = vocabulary or load_vocabulary(vocab)
    store = open_cache(cache, vocabulary)
    out = Path(out).resolve()
    out.mkdir(parents=True, exist_ok=True)
    for name in (*TABLES, "warnings"):  # parts of an earlier, larger build must not survive into this one
        folder = out / f"{name}.parquet"
        if folder.is_dir():
            shutil.rmtree(folder)
        elif folder.exists():
            folder.unlink()
    outcome = run(roots, vocabulary, engine=engine, workers=workers, cache=store, scheduler=scheduler,
                  progress=progress, parquet=str(out))
    if store is not None and outcome.analysed:
        store.prune()
    tables = combine(outcome.chunks, outcome.skipped, vocabulary, article_tables=("articles",))
    warnings = _warnings_frame(outcome.warnings)
    for name, table in {**tables, "warnings": warnings}.items():
        folder = out / f"{name}.parquet"
        folder.mkdir()
        table.to_parquet(folder / "part-00000.parquet", index=False)
    info = _build_info(outcome, store)
    return WrittenCorpus(outcome.n_articles, tables["skipped"], warnings, tables["actors"], build_info=info)


def read_parquet_tables(out: PathLike) -> dict[str, pd.DataFrame]:
    """The tables `build_parquet` (or `--engine dask`) wrote to `out`, typed and in key order, plus `warnings`."""
    import pandas as pd

    from .s6_tables import TABLES, sort_table, typed_frame

    tables = {}
    for name in TABLES:
        table = pd.read_parquet(Path(out) / f"{name}.parquet")
        if table.empty:  # an empty Parquet column does not keep the categories of its dtype
            table = typed_frame(name, [])
        tables[name] = sort_table(name, table)
    tables["warnings"] = pd.read_parquet(Path(out) / "warnings.parquet")
    return tables


def _build_info(outcome, store) -> dict:
    """How a build ran: engine, workers, articles analysed and taken from the cache, the cache folder."""
    return {"engine": outcome.engine, "workers": outcome.workers, "analysed": outcome.analysed,
            "cached": outcome.cached, "cache": str(store.folder) if store else ""}


def _warnings_frame(warnings) -> pd.DataFrame:
    import pandas as pd

    return pd.DataFrame([{"source": w.source, "article_id": w.article_id, "reason": w.reason} for w in warnings],
                        columns=["source", "article_id", "reason"], dtype="string")


def open_cache(cache: CacheOption, vocabulary: Vocabulary):
    """The `Cache` a `cache=` option names, or None."""
    if cache is None or cache is False:
        return None
    from .cache import Cache, default_cache_dir

    root = default_cache_dir() if cache is True else Path(cache)
    return Cache.open(root, vocabulary)


def load_corpus(path: PathLike | Sequence[PathLike] | None = None, vocab: Iterable[PathLike] = (), *,
                cache: CacheOption = True, engine: str = "auto") -> Corpus:
    """All tables of a corpus folder (default: the bundled `corpus/`), with a researcher's extra vocabulary files.

    Articles analysed before (same text, vocabularies and code) come from the
    cache, so a notebook re-opening a large corpus starts fast.
    """
    from .paths import BUNDLED_CORPUS

    if path is None:
        roots: list[PathLike] = [BUNDLED_CORPUS]
    elif isinstance(path, (str, os.PathLike)):
        roots = [path]
    else:
        roots = list(path)
    return build(roots, vocab=vocab, cache=cache, engine=engine)


def write_tables(corpus: Corpus, out: PathLike, fmt: str = "csv") -> list[Path]:
    """Write every table to `out/NAME.csv` (or `.parquet`), byte-identical for identical tables, and
    `warnings` (inputs kept but decoded with a fallback or with metadata dropped) beside them."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, table in {**corpus.tables, "warnings": corpus.warnings}.items():
        path = out / f"{name}.{fmt}"
        if fmt == "csv":
            table.to_csv(path, index=False, date_format="%Y-%m-%d", lineterminator="\n", encoding="utf-8")
        elif fmt == "parquet":
            table.to_parquet(path, index=False)
        else:
            raise ValueError(f"unknown table format {fmt!r} (csv or parquet)")
        written.append(path)
    return written


def report_skipped(corpus: Corpus, stream=None) -> None:
    """Say on stderr, one line each, which inputs were skipped or decoded with a fallback, and why."""
    stream = stream or sys.stderr
    for kind, table in (("skipped", corpus.skipped), ("warning", corpus.warnings)):
        for row in table.itertuples(index=False):
            print(f"{kind}: {row.source}: {row.reason}", file=stream)
