"""Stage 1, read: corpus folders -> `SourceArticle` records plus a `Skipped` report for every input that is not one.

A corpus is a folder searched recursively for `.txt` articles (optionally
opening with a YAML front-matter block) and `.jsonl` / `.csv` tables holding
one article per row. Nothing is dropped silently: every file (or row) ends up
either as a `SourceArticle` or as a `Skipped` entry that names it and says why.
The corpus is read-only: nothing here writes to it.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

import yaml

ARTICLE_SUFFIXES = (".txt",)
TABLE_SUFFIXES = (".jsonl", ".csv")
METADATA_KEYS = ("title", "outlet", "url", "published", "language")
LANGUAGES = ("id", "en")
# Larger inputs are not news articles (a dump, a log, a mis-saved binary); they
# would dominate the run time for nothing, so they are reported instead.
MAX_ARTICLE_BYTES = 20 * 1024 * 1024

_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)^---[ \t]*$\r?\n?", re.S | re.M)
_BINARY_MAGIC = {
    b"\x89PNG": "PNG image",
    b"%PDF": "PDF document",
    b"PK\x03\x04": "ZIP archive",
    b"\xff\xd8\xff": "JPEG image",
    b"GIF8": "GIF image",
    b"\x1f\x8b": "gzip archive",
}


@dataclass(frozen=True)
class SourceArticle:
    """One article as read: its id, where it came from, its raw text and any metadata given with it."""

    article_id: str
    source: str  # path relative to its corpus folder ("file.jsonl" for table rows)
    text: str
    metadata: dict = field(default_factory=dict)  # only keys of METADATA_KEYS, values as given
    encoding: str = "utf-8"


@dataclass(frozen=True)
class Skipped:
    """An input that did not become an article, and why."""

    source: str
    article_id: str
    reason: str


@dataclass
class ReadResult:
    articles: list[SourceArticle]
    skipped: list[Skipped]
    warnings: list[Skipped]  # inputs kept, but with something a researcher should know (a guessed encoding)


class CorpusError(Exception):
    """A corpus argument that cannot be read at all (missing folder, not a folder)."""


def read_corpus(roots: Iterable[str | os.PathLike]) -> ReadResult:
    """Read every article under the given corpus folders (or single files), in a stable order."""
    articles: list[SourceArticle] = []
    skipped: list[Skipped] = []
    warnings: list[Skipped] = []
    first_seen: dict[str, str] = {}
    for root in roots:
        root = Path(root)
        if not root.exists():
            raise CorpusError(f"{root}: no such corpus folder or file")
        for path, relative in _corpus_files(root, skipped):
            for item in _read_file(path, relative):
                if isinstance(item, Skipped):
                    (warnings if item.reason.startswith("decoded as") else skipped).append(item)
                    continue
                if item.article_id in first_seen:
                    skipped.append(Skipped(item.source, item.article_id,
                                           f"duplicate article_id {item.article_id!r}: first read from {first_seen[item.article_id]}"))
                    continue
                first_seen[item.article_id] = item.source
                articles.append(item)
    return ReadResult(articles, skipped, warnings)


def _corpus_files(root: Path, skipped: list[Skipped]) -> Iterator[tuple[Path, str]]:
    """Yield (path, path relative to root) for candidate files, sorted; report what cannot be walked."""
    if root.is_file():
        yield root, root.name
        return
    if not root.is_dir():
        raise CorpusError(f"{root}: not a folder or a file")
    found: list[tuple[str, Path]] = []

    def on_error(error: OSError) -> None:
        where = Path(error.filename).relative_to(root).as_posix() if error.filename else str(root)
        skipped.append(Skipped(where, "", f"cannot list folder: {error.strerror}"))

    # Directory symlinks are not followed: they are how corpus loops and
    # accidental copies of whole archives get in.
    for folder, dirnames, filenames in os.walk(root, onerror=on_error):
        dirnames.sort()
        for name in filenames:
            path = Path(folder) / name
            relative = path.relative_to(root).as_posix()
            if name.startswith(".") or name.lower() == "readme.md":
                continue
            if path.suffix.lower() in ARTICLE_SUFFIXES + TABLE_SUFFIXES:
                found.append((relative, path))
            else:
                skipped.append(Skipped(relative, "", f"not an article file (expected {', '.join(ARTICLE_SUFFIXES + TABLE_SUFFIXES)})"))
        for name in dirnames:
            path = Path(folder) / name
            if path.is_symlink():
                skipped.append(Skipped(path.relative_to(root).as_posix(), "", "folder symlink not followed"))
    for relative, path in sorted(found):
        yield path, relative


def _read_file(path: Path, relative: str) -> Iterator[SourceArticle | Skipped]:
    stem = path.stem
    try:
        if not path.is_file():
            yield Skipped(relative, stem, "not a regular file (broken symlink, device or folder)")
            return
        size = path.stat().st_size
        if size > MAX_ARTICLE_BYTES:
            yield Skipped(relative, stem, f"file too large ({size} bytes > {MAX_ARTICLE_BYTES})")
            return
        data = path.read_bytes()
    except OSError as error:
        yield Skipped(relative, stem, f"cannot read file: {error.strerror or error}")
        return
    text, encoding, problem = decode(data)
    if text is None:
        yield Skipped(relative, stem, problem)
        return
    if problem:
        yield Skipped(relative, stem, problem)  # a warning: decoded with a fallback encoding
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        yield from _jsonl_rows(text, relative, stem, encoding)
    elif suffix == ".csv":
        yield from _csv_rows(text, relative, stem, encoding)
    else:
        yield _text_article(text, relative, stem, encoding)


def decode(data: bytes) -> tuple[str | None, str, str]:
    """Bytes -> (text, encoding, problem). text is None when the bytes are not text at all."""
    if not data.strip():
        return None, "", "empty file" if not data else "whitespace-only file"
    for magic, kind in _BINARY_MAGIC.items():
        if data.startswith(magic):
            return None, "", f"binary file ({kind})"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return _normalise_newlines(data.decode("utf-16")), "utf-16", ""
        except UnicodeDecodeError:
            return None, "", "invalid UTF-16 despite its byte-order mark"
    if b"\x00" in data:
        return None, "", "binary file (contains NUL bytes)"
    try:
        return _normalise_newlines(data.decode("utf-8-sig")), "utf-8", ""
    except UnicodeDecodeError as error:
        utf8_error = f"not UTF-8 (byte {error.start})"
    # Windows-1252 is a superset of Latin-1's printable range and is what
    # Indonesian sites and Excel exports produce; Latin-1 takes what is left.
    for encoding in ("cp1252", "latin-1"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        return _normalise_newlines(text), encoding, f"decoded as {encoding}: {utf8_error}"
    return None, "", utf8_error  # pragma: no cover - latin-1 decodes any byte string


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def split_front_matter(text: str) -> tuple[dict, str, str]:
    """Text -> (metadata, body, problem). A file without front matter has empty metadata."""
    if not text.startswith("---"):
        return {}, text, ""
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text, "front matter opened with '---' but never closed"
    try:
        loaded = yaml.safe_load(match.group(1))
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" at line {mark.line + 2}" if mark else ""
        return {}, text, f"front matter is not valid YAML{where}: {getattr(error, 'problem', error)}"
    if loaded is None:
        loaded = {}
    if not isinstance(loaded, dict):
        return {}, text, f"front matter must be a mapping of keys to values, not a {type(loaded).__name__}"
    metadata, problem = validate_metadata(loaded)
    return metadata, text[match.end():], problem


def validate_metadata(raw: dict) -> tuple[dict, str]:
    """Keep the known metadata keys with well-typed values; say what is wrong otherwise."""
    metadata: dict = {}
    for key, value in raw.items():
        if key not in METADATA_KEYS or value is None or value == "":
            continue  # unknown keys are a researcher's own notes: allowed, not used
        if key == "published":
            parsed = parse_published_value(value)
            if parsed is None:
                return {}, f"front matter: published {value!r} is not a date (use YYYY-MM-DD, YYYY-MM or YYYY)"
            metadata[key] = parsed
        elif key == "language":
            language = str(value).strip().lower()
            if language not in LANGUAGES:
                return {}, f"front matter: language {value!r} is not one of {', '.join(LANGUAGES)}"
            metadata[key] = language
        elif isinstance(value, (dict, list)):
            return {}, f"front matter: {key} must be text, not a {type(value).__name__}"
        else:
            metadata[key] = str(value).strip()
    return metadata, ""


def parse_published_value(value) -> tuple[dt.date, str] | None:
    """A metadata date (YAML date, 'YYYY-MM-DD', 'YYYY-MM' or 'YYYY') -> (date, precision)."""
    if isinstance(value, dt.datetime):
        return value.date(), "day"
    if isinstance(value, dt.date):
        return value, "day"
    text = str(value).strip()
    for pattern, precision in ((r"(\d{4})-(\d{1,2})-(\d{1,2})", "day"), (r"(\d{4})-(\d{1,2})", "month"), (r"(\d{4})", "year")):
        match = re.fullmatch(pattern, text[:10] if precision == "day" else text)
        if match:
            parts = [int(p) for p in match.groups()] + [1] * (3 - len(match.groups()))
            try:
                return dt.date(*parts), precision
            except ValueError:
                return None
    return None


def _text_article(text: str, relative: str, stem: str, encoding: str) -> SourceArticle | Skipped:
    metadata, body, problem = split_front_matter(text)
    if problem:
        return Skipped(relative, stem, problem)
    if not body.strip():
        return Skipped(relative, stem, "no article text after the front matter")
    return SourceArticle(stem, relative, body, metadata, encoding)


def _row_article(row: dict, index: int, relative: str, stem: str, encoding: str) -> SourceArticle | Skipped:
    row_id = str(row.get("id") or "").strip() or str(index)
    article_id = f"{stem}/{row_id}"
    where = f"{relative} row {index}"
    text = row.get("text")
    if not isinstance(text, str) or not text.strip():
        return Skipped(where, article_id, "row has no text")
    metadata, problem = validate_metadata({k: row.get(k) for k in METADATA_KEYS})
    if problem:
        return Skipped(where, article_id, problem.replace("front matter", "row"))
    return SourceArticle(article_id, relative, _normalise_newlines(text), metadata, encoding)


def _jsonl_rows(text: str, relative: str, stem: str, encoding: str) -> Iterator[SourceArticle | Skipped]:
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as error:
            yield Skipped(f"{relative} line {number}", f"{stem}/{number}", f"invalid JSON: {error.msg}")
            continue
        if not isinstance(row, dict):
            yield Skipped(f"{relative} line {number}", f"{stem}/{number}", "JSON line is not an object")
            continue
        yield _row_article(row, number, relative, stem, encoding)


def _csv_rows(text: str, relative: str, stem: str, encoding: str) -> Iterator[SourceArticle | Skipped]:
    try:
        reader = csv.DictReader(io.StringIO(text))
        header = reader.fieldnames or []
    except csv.Error as error:
        yield Skipped(relative, stem, f"invalid CSV: {error}")
        return
    if "text" not in header:
        yield Skipped(relative, stem, f"CSV has no 'text' column (columns: {', '.join(header) or 'none'})")
        return
    try:
        for number, row in enumerate(reader, start=1):  # data rows, the header not counted
            yield _row_article(row, number, relative, stem, encoding)
    except csv.Error as error:
        yield Skipped(relative, stem, f"invalid CSV after line {reader.line_num}: {error}")
