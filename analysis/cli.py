"""Command line: `python -m analysis build [CORPUS ...] --out DIR [--format csv|parquet] [--vocab FILE ...] [--strict] [--engine ...] [--cache DIR | --no-cache]`."""
from __future__ import annotations

import argparse
import sys
import time

from .corpus import build, build_csv, build_parquet, report_skipped, write_tables
from .s1_read import CorpusError
from .vocabulary import VocabularyError

ENGINES = ("auto", "serial", "processes", "dask")


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="python -m analysis", description=__doc__.splitlines()[0])
    commands = top.add_subparsers(dest="command", required=True)
    run = commands.add_parser("build", help="build the tables of one or more corpus folders")
    run.add_argument("corpus", nargs="*", default=["corpus"], help="corpus folders or files (default: corpus)")
    run.add_argument("--out", required=True, help="folder to write the tables into")
    run.add_argument("--format", choices=("csv", "parquet"), default=None,
                     help="table format (default: csv; parquet, partitioned per table, with --engine dask)")
    run.add_argument("--vocab", action="append", default=[], metavar="PATH",
                     help="a researcher's own vocabulary file or folder of YAML files (repeatable)")
    run.add_argument("--strict", action="store_true",
                     help="exit non-zero when any input was skipped or decoded with a fallback encoding")
    run.add_argument("--engine", choices=ENGINES, default="auto",
                     help="serial, processes (every core of this machine), dask (a cluster) or auto "
                          "(serial for small corpora, processes otherwise); all give identical tables")
    run.add_argument("--workers", type=int, default=None, metavar="N",
                     help="worker processes (default: the number of cores)")
    run.add_argument("--scheduler", default=None, metavar="ADDRESS",
                     help="with --engine dask: the scheduler to use, e.g. tcp://host:8786 (default: a local cluster)")
    cache = run.add_mutually_exclusive_group()
    cache.add_argument("--cache", default=None, metavar="DIR",
                       help="folder of the per-article cache (default: build/.cache of the project, or ~/.cache/analysis)")
    cache.add_argument("--no-cache", action="store_true", help="analyse every article, read and write no cache")
    bar = run.add_mutually_exclusive_group()
    bar.add_argument("--progress", dest="progress", action="store_true", default=None,
                     help="show a progress bar (default: only on a terminal)")
    bar.add_argument("--no-progress", dest="progress", action="store_false")
    return top


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    if args.workers is not None and args.workers < 1:
        print("error: --workers must be at least 1", file=sys.stderr)
        return 2
    if args.scheduler and args.engine != "dask":
        print("error: --scheduler needs --engine dask", file=sys.stderr)
        return 2
    fmt = args.format or ("parquet" if args.engine == "dask" else "csv")
    cache = False if args.no_cache else (args.cache or True)
    started = time.perf_counter()
    try:
        if args.engine == "dask" and fmt == "parquet":
            # the workers write the big tables' parts themselves: nothing but article rows reaches this process
            corpus = build_parquet(args.corpus, args.out, vocab=args.vocab, cache=cache,
                                   scheduler=args.scheduler, workers=args.workers, progress=args.progress)
        elif fmt == "csv" and args.engine != "dask":
            # rows stream from the workers to the files: flat memory and no DataFrames for large corpora
            corpus = build_csv(args.corpus, args.out, vocab=args.vocab, engine=args.engine, workers=args.workers,
                               cache=cache, progress=args.progress)
        else:
            corpus = build(args.corpus, vocab=args.vocab, engine=args.engine, workers=args.workers, cache=cache,
                           scheduler=args.scheduler, progress=args.progress)
            write_tables(corpus, args.out, fmt)
    except (CorpusError, VocabularyError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    report_skipped(corpus)
    info = corpus.build_info
    n_articles = corpus.n_articles if hasattr(corpus, "n_articles") else len(corpus.articles)
    print(f"{n_articles} articles, {len(corpus.skipped)} skipped -> {args.out} "
          f"({info.get('analysed', 0)} analysed, {info.get('cached', 0)} from cache; "
          f"{info.get('engine', '?')} x{info.get('workers', 1)}, {time.perf_counter() - started:.1f} s)", file=sys.stderr)
    if args.strict and (len(corpus.skipped) or len(corpus.warnings)):
        print(f"error: --strict: {len(corpus.skipped)} input(s) skipped, {len(corpus.warnings)} warning(s)", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
