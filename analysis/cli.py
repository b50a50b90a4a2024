"""Command line: `python -m analysis build [CORPUS ...] --out DIR [--format csv|parquet] [--vocab FILE ...] [--strict]`."""
from __future__ import annotations

import argparse
import sys

from .corpus import build, report_skipped, write_tables
from .s1_read import CorpusError
from .vocabulary import VocabularyError


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="python -m analysis", description=__doc__.splitlines()[0])
    commands = top.add_subparsers(dest="command", required=True)
    run = commands.add_parser("build", help="build the tables of one or more corpus folders")
    run.add_argument("corpus", nargs="*", default=["corpus"], help="corpus folders or files (default: corpus)")
    run.add_argument("--out", required=True, help="folder to write the tables into")
    run.add_argument("--format", choices=("csv", "parquet"), default="csv")
    run.add_argument("--vocab", action="append", default=[], metavar="PATH",
                     help="a researcher's own vocabulary file or folder of YAML files (repeatable)")
    run.add_argument("--strict", action="store_true",
                     help="exit non-zero when any input was skipped or decoded with a fallback encoding")
    return top


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        corpus = build(args.corpus, vocab=args.vocab)
    except (CorpusError, VocabularyError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    write_tables(corpus, args.out, args.format)
    report_skipped(corpus)
    print(f"{len(corpus.articles)} articles, {len(corpus.skipped)} skipped -> {args.out}", file=sys.stderr)
    if args.strict and (len(corpus.skipped) or len(corpus.warnings)):
        print(f"error: --strict: {len(corpus.skipped)} input(s) skipped, {len(corpus.warnings)} warning(s)", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
