"""Stage 1, read: corpus folders -> `SourceArticle` records plus a `Skipped` report for every input that is not one.

A corpus is a folder searched recursively for `.txt` articles (optionally
opening with a YAML front-matter block) and `.jsonl` / `.csv` tables holding
one article per row. Nothing is dropped silently: every file (or row) ends up
either as a `SourceArticle`, as a `Skipped` entry that names it and says why,
or (hidden files and READMEs only) in `ReadResult.ignored`. Inputs that are
kept but that a researcher should look at (a guessed encoding, a metadata
value that was not usable) are also listed in `ReadResult.warnings`; the
CLI prints skipped inputs and warnings on stderr and `--strict` fails on
either. The corpus is read-only: nothing here writes to it. Reading never
raises for a bad input; only a corpus argument that does not exist raises
`CorpusError`.

Bad input: the decided behaviour for each kind (tests/test_bad_corpora.py
builds every one of them)

| input | behaviour |
|---|---|
| empty file | skipped: "empty file" |
| whitespace-only file (also a BOM alone, any encoding) | skipped: "whitespace-only file" |
| text without any letter or digit ("....", zero-width spaces) | skipped: "no letters or digits in the article text" |
| PNG, PDF, ZIP (docx, xlsx), JPEG, GIF, gzip bytes | skipped: "binary file (PNG image)" etc., by magic number |
| other binary data | skipped: "binary file (N NUL bytes)" or "binary file (N% control characters)" |
| UTF-8, with or without BOM | read; encoding `utf-8` |
| UTF-16 / UTF-32 with BOM | read; encoding `utf-16` / `utf-32` |
| UTF-16 without BOM (every other byte NUL) | read; encoding `utf-16-le`/`utf-16-be`; warning |
| Windows-1252 or Latin-1 text | read; encoding `cp1252` (else `latin-1`); warning "decoded as cp1252: not UTF-8 (byte N)" |
| UTF-8 with a few invalid bytes (mostly valid multi-byte UTF-8) | read; encoding `utf-8`, bad bytes -> U+FFFD; warning |
| a few stray NUL bytes in text (< 1% of the bytes) | read without them; warning "removed N NUL byte(s)" |
| text with more than 1% (and more than 2) control characters | skipped: "binary file (N% control characters)" |
| CRLF and CR line ends | read; normalised to LF |
| a .txt article over MAX_ARTICLE_BYTES (2 MB), e.g. 50 MB | skipped by size before reading: "file too large ..." (the pipeline is super-linear: 1 MB of text takes ~9 s, 50 MB would take hours) |
| a .jsonl/.csv table over MAX_TABLE_BYTES (512 MB) | skipped by size; a row whose text is over MAX_ARTICLE_BYTES characters is skipped: "article text too long" |
| 10,000-character lines | read as is |
| front matter opened by a `---` line and never closed | skipped: "front matter opened with '---' on line 1 but never closed" |
| a first line of dashes that is not exactly `---` (`----------`) | not front matter: read as text |
| front matter that is not valid YAML or over 64 KB | read (the text after the closing `---`) without metadata; warning "front matter ignored: ..." |
| front matter that is not a mapping (a paragraph or a list between two `---` lines) | read: the whole file is the article, no metadata; warning "front matter ignored: ..." |
| a metadata value of the wrong type or out of range (`published: soon`, `published: 2024-13-45`, `published: 1066`, `language: fr`, `title: [a, b]`) | read; that key dropped (the date is then resolved from the text); warning "front matter: published 'soon' is not a date ..." |
| front matter with no text after it | skipped: "no article text after the front matter" |
| JSONL line that is not JSON / not an object | that row skipped ("<file> line N": "invalid JSON at column C: ..."); other rows read |
| JSONL/CSV row without text, or text not a string | that row skipped: "row has no text" |
| CSV without a `text` column | the file skipped: "CSV has no 'text' column (columns: ...)" (column names are matched case- and space-insensitively; `;` and tab separated files are recognised) |
| CSV broken in the middle (a parse error) | rows before read, the rest skipped: "invalid CSV from line N: ..." |
| the same article_id twice (same stem in two folders, same row id) | the later one (in sorted path order) skipped: "duplicate article_id 'x': first read from ... (same text / different text: rename one)" |
| file symlink | read (source = the link's path) |
| broken file symlink / symlink loop | skipped: "broken symlink (target ... does not exist)" / "symlink loop" |
| folder symlink | not followed; skipped: "folder symlink not followed" |
| FIFO, device, socket | skipped: "not a regular file" (never opened, so never blocks) |
| unreadable file / folder | skipped: "cannot read file: Permission denied" / "cannot list folder: Permission denied" |
| names with spaces or non-ASCII letters | read; article_id is the stem as is |
| names that are not valid UTF-8 bytes | read; shown with backslash escapes (`caf\\xe9`); warning |
| a folder named like a file (`notes.txt/`) | walked like any folder |
| other suffixes (.md, .html, .docx, no suffix) | skipped: "not an article file (expected .txt, .jsonl, .csv)" |
| hidden files and folders (`.git`, `.DS_Store`), README.* | not read; listed in `ReadResult.ignored` (not in `skipped`, so `--strict` does not fail on them) |
| a file given directly as a corpus argument | read whatever its suffix (.jsonl/.csv as tables, anything else as text) |
| an empty corpus folder | no articles, no error: the tables are built empty |
| a corpus argument that does not exist | `CorpusError` (the CLI exits 2 with the message) |
"""
from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

import yaml

ARTICLE_SUFFIXES = (".txt",)
TABLE_SUFFIXES = (".jsonl", ".csv")
METADATA_KEYS = ("title", "outlet", "url", "published", "language")
# other names scrapers and CMS exports give the same fields ("date:" in Hugo/Jekyll front matter)
METADATA_ALIASES = {"date": "published", "pubdate": "published", "published_at": "published",
                    "publish_date": "published", "date_published": "published", "datepublished": "published",
                    "tanggal": "published", "link": "url", "source_url": "url", "permalink": "url",
                    "lang": "language", "site": "outlet", "site_name": "outlet", "publisher": "outlet",
                    "media": "outlet", "headline": "title", "judul": "title"}
LANGUAGES = ("id", "en")
LANGUAGE_NAMES = {"indonesian": "id", "indonesia": "id", "bahasa indonesia": "id", "ind": "id", "in": "id",
                  "english": "en", "eng": "en", "inggris": "en"}
# Larger inputs are not news articles (a dump, a log, a mis-saved binary). The
# later stages are super-linear in the length of one article (measured: 0.5 MB
# of news text ~2.5 s, 1 MB ~9 s, so 20 MB would take about an hour and 50 MB
# several hours), so they are reported instead of read. A long news story is
# under 100 KB.
MAX_ARTICLE_BYTES = 2 * 1024 * 1024
# A table holds many articles; each row's text is held to MAX_ARTICLE_BYTES characters.
MAX_TABLE_BYTES = 512 * 1024 * 1024
MAX_FRONT_MATTER_CHARS = 64 * 1024
# Share of control characters above which decoded "text" is taken for binary data.
MAX_CONTROL_SHARE = 0.01
IGNORED_STEMS = ("readme",)
EARLIEST_YEAR, LATEST_YEAR = 1900, 2100

_OPENING = re.compile(r"\A---[ \t]*\n")
_CLOSING = re.compile(r"^(?:---|\.\.\.)[ \t]*$\n?", re.M)
_BINARY_MAGIC = {
    b"\x89PNG": "PNG image",
    b"%PDF": "PDF document",
    b"PK\x03\x04": "ZIP archive",
    b"PK\x05\x06": "ZIP archive",
    b"\xff\xd8\xff": "JPEG image",
    b"GIF8": "GIF image",
    b"\x1f\x8b": "gzip archive",
    b"\xd0\xcf\x11\xe0": "Microsoft Office document",
    b"7z\xbc\xaf": "7-Zip archive",
    b"\x7fELF": "executable",
}
_BOMS = (  # UTF-32 first: its little-endian mark starts like UTF-16's
    (b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"),
)
_UTF8_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}|\xed[\x80-\x9f][\x80-\xbf]"
    rb"|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}|\xf4[\x80-\x8f][\x80-\xbf]{2}")
_ALLOWED_CONTROLS = frozenset("\n\t\f\v")
# Unicode category Cc is exactly U+0000-U+001F and U+007F-U+009F; these are the ones not in _ALLOWED_CONTROLS
_CONTROLS = re.compile("[\x00-\x08\x0d-\x1f\x7f-\x9f]")


@dataclass(frozen=True)
class SourceArticle:
    """One article as read: its id, where it came from, its raw text and any metadata given with it."""

    article_id: str
    source: str  # path relative to its corpus folder ("file.jsonl" for table rows)
    text: str
    metadata: dict = field(default_factory=dict)  # only keys of METADATA_KEYS, validated
    encoding: str = "utf-8"
    where: str = ""  # the row of a table ("rows.jsonl line 3"); empty for a .txt article (= source)


@dataclass(frozen=True)
class Skipped:
    """An input that did not become an article, and why."""

    source: str
    article_id: str
    reason: str


class _Warning(Skipped):
    """Internal: an input that was kept, with something a researcher should know."""


@dataclass
class ReadResult:
    articles: list[SourceArticle]
    skipped: list[Skipped]
    warnings: list[Skipped]  # inputs kept, but with something a researcher should know (a guessed encoding)
    ignored: list[Skipped] = field(default_factory=list)  # hidden files and folders, READMEs: not corpus inputs


class CorpusError(Exception):
    """A corpus argument that cannot be read at all (missing folder, not a folder)."""


def read_corpus(roots: Iterable[str | os.PathLike]) -> ReadResult:
    """Read every article under the given corpus folders (or single files), in a stable order."""
    result = ReadResult([], [], [], [])
    first_seen: dict[str, tuple[str, str]] = {}  # article_id -> (source, digest of its text)
    for root in roots:
        root = Path(root)
        if not root.exists():
            raise CorpusError(f"{root}: no such corpus folder or file")
        for path, relative in _corpus_files(root, result):
            for item in _read_file(path, relative):
                if isinstance(item, _Warning):
                    result.warnings.append(Skipped(item.source, item.article_id, item.reason))
                    continue
                if isinstance(item, Skipped):
                    result.skipped.append(item)
                    continue
                digest = hashlib.blake2b(item.text.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()
                if item.article_id in first_seen:
                    where, first_digest = first_seen[item.article_id]
                    same = "same text" if digest == first_digest else "different text: rename one of them"
                    result.skipped.append(Skipped(item.where or item.source, item.article_id,
                                                  f"duplicate article_id {item.article_id!r}: first read from {where} ({same})"))
                    continue
                first_seen[item.article_id] = (item.where or item.source, digest)
                result.articles.append(item)
    return result


# --------------------------------------------------------------------------- walking the corpus

def printable(name: str) -> str:
    """A file name as text that can be written to a UTF-8 table: undecodable bytes shown as \\xNN."""
    try:
        name.encode("utf-8")
        return name
    except UnicodeEncodeError:
        return os.fsencode(name).decode("utf-8", "backslashreplace")


def _relative(path: Path, root: Path) -> str:
    try:
        return printable(path.relative_to(root).as_posix())
    except ValueError:
        return printable(str(path))


def _symlink_problem(path: Path) -> str:
    try:
        target = printable(os.readlink(path))
    except OSError:
        target = "?"
    try:
        path.resolve(strict=True)
    except RuntimeError:
        return f"symlink loop (through {target})"
    except OSError as error:
        if error.errno == 40:  # ELOOP
            return f"symlink loop (through {target})"
        return f"broken symlink (target {target} does not exist)"
    return f"symlink to {target} is not a regular file"


def _corpus_files(root: Path, result: ReadResult) -> Iterator[tuple[Path, str]]:
    """Yield (path, path relative to root) for candidate files, sorted; report everything else."""
    if root.is_file():
        yield root, printable(root.name)
        return
    if not root.is_dir():
        raise CorpusError(f"{root}: not a folder or a file")
    found: list[tuple[str, Path]] = []

    def on_error(error: OSError) -> None:
        where = _relative(Path(error.filename), root) if error.filename else printable(str(root))
        result.skipped.append(Skipped(where, "", f"cannot list folder: {error.strerror or error}"))

    # Directory symlinks are not followed: they are how corpus loops and
    # accidental copies of whole archives get in.
    for folder, dirnames, entries in _walk(os.fspath(root), on_error):
        kept = []
        for name in sorted(dirnames):
            path = Path(folder) / name
            relative = _relative(path, root)
            if path.is_symlink():
                result.skipped.append(Skipped(relative, "", "folder symlink not followed"))
            elif name.startswith("."):
                result.ignored.append(Skipped(relative, "", "hidden folder, not read"))
            else:
                kept.append(name)
        dirnames[:] = kept
        # the relative path of the folder once, not of every file (100,000 files take seconds otherwise)
        prefix = _relative(Path(folder), root)
        prefix = "" if prefix == "." else prefix + "/"
        for entry in entries:
            name = entry.name
            relative = printable(prefix + name)
            if name.startswith("."):
                result.ignored.append(Skipped(relative, "", "hidden file or README, not read"))
                continue
            stem, suffix = _stem_suffix(name)
            if stem.lower() in IGNORED_STEMS:
                result.ignored.append(Skipped(relative, "", "hidden file or README, not read"))
            elif _is_symlink(entry) and not os.path.exists(entry.path):
                result.skipped.append(Skipped(relative, printable(stem), _symlink_problem(Path(entry.path))))
            elif suffix.lower() in ARTICLE_SUFFIXES + TABLE_SUFFIXES:
                found.append((relative, entry.path))
            else:
                result.skipped.append(Skipped(relative, "", "not an article file (expected "
                                              f"{', '.join(ARTICLE_SUFFIXES + TABLE_SUFFIXES)})"))
    for relative, path in sorted(found, key=lambda item: item[0]):
        yield Path(path), relative


def _stem_suffix(name: str) -> tuple[str, str]:
    """`(PurePath(name).stem, PurePath(name).suffix)` of a file name, without building a path object."""
    i = name.rfind(".")
    if 0 < i < len(name) - 1:
        return name[:i], name[i:]
    return name, ""


def _is_symlink(entry: os.DirEntry) -> bool:
    try:
        return entry.is_symlink()  # from the directory listing: no system call on Linux
    except OSError:
        return False


def _walk(top: str, on_error) -> Iterator[tuple[str, list[str], list[os.DirEntry]]]:
    """`os.walk(top, onerror=on_error)` (top-down, folder symlinks not entered), with the files as
    `os.DirEntry`s instead of names, so that listing them needs no further system call per file."""
    dirs: list[str] = []
    files: list[os.DirEntry] = []
    try:
        listing = os.scandir(top)
    except OSError as error:
        on_error(error)
        return
    with listing:
        while True:
            try:
                entry = next(listing)
            except StopIteration:
                break
            except OSError as error:
                on_error(error)
                return
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            if is_dir:
                dirs.append(entry.name)
            else:
                files.append(entry)
    yield top, dirs, files
    for name in dirs:
        new_path = os.path.join(top, name)
        if not os.path.islink(new_path):
            yield from _walk(new_path, on_error)


def _read_file(path: Path, relative: str) -> Iterator[SourceArticle | Skipped]:
    stem = printable(path.stem)
    suffix = path.suffix.lower()
    limit = MAX_TABLE_BYTES if suffix in TABLE_SUFFIXES else MAX_ARTICLE_BYTES
    if printable(path.name) != path.name:
        yield _Warning(relative, stem, "file name is not valid UTF-8; its undecodable bytes are shown as \\xNN")
    try:
        fast = os.stat(path)
    except OSError:
        fast = None
    if fast is not None and stat.S_ISREG(fast.st_mode) and fast.st_size <= limit:
        # the usual case, a regular file (or a link to one) of a sane size: one stat, then read
        try:
            data = path.read_bytes()
        except OSError as error:
            yield Skipped(relative, stem, f"cannot read file: {error.strerror or error}")
            return
        yield from _read_data(data, relative, stem, suffix)
        return
    try:
        if path.is_symlink() and not path.exists():
            yield Skipped(relative, stem, _symlink_problem(path))
            return
        if not path.is_file():
            yield Skipped(relative, stem, "not a regular file (a folder, FIFO, device or socket)")
            return
        size = path.stat().st_size
        if size > limit:
            yield Skipped(relative, stem, f"file too large ({size} bytes > {limit}; see s1_read.MAX_ARTICLE_BYTES)")
            return
        data = path.read_bytes()
    except OSError as error:
        yield Skipped(relative, stem, f"cannot read file: {error.strerror or error}")
        return
    yield from _read_data(data, relative, stem, suffix)


def _read_data(data: bytes, relative: str, stem: str, suffix: str) -> Iterator[SourceArticle | Skipped]:
    text, encoding, problem = decode(data)
    if text is None:
        yield Skipped(relative, stem, problem)
        return
    if problem:
        yield _Warning(relative, stem, problem)
    if suffix == ".jsonl":
        yield from _jsonl_rows(text, relative, stem, encoding)
    elif suffix == ".csv":
        yield from _csv_rows(text, relative, stem, encoding)
    else:
        yield from _text_article(text, relative, stem, encoding)


# --------------------------------------------------------------------------- bytes -> text

def decode(data: bytes) -> tuple[str | None, str, str]:
    """Bytes -> (text, encoding, problem).

    text is None when the bytes are not text at all (problem says why);
    otherwise a non-empty problem is a warning (a fallback decoding)."""
    if not data.strip():
        return None, "", "empty file" if not data else "whitespace-only file"
    for magic, kind in _BINARY_MAGIC.items():
        if data.startswith(magic):
            return None, "", f"binary file ({kind})"
    text, encoding, problem = _decode_text(data)
    if text is None:
        return None, "", problem
    text = _normalise_newlines(text)
    if not text.strip():
        return None, "", "whitespace-only file"
    # one regex pass instead of a Python loop over every character (same count)
    controls = len(_CONTROLS.findall(text)) if _CONTROLS.search(text) else 0
    if controls > max(2, MAX_CONTROL_SHARE * len(text)):
        return None, "", f"binary file ({controls / len(text):.0%} control characters)"
    if "\x00" in text:  # from a UTF-16/32 file: NUL is never text
        problem = _join(problem, f"removed {text.count(chr(0))} NUL character(s)")
        text = text.replace("\x00", "")
        if not text.strip():
            return None, "", "whitespace-only file"
    return text, encoding, problem


def _decode_text(data: bytes) -> tuple[str | None, str, str]:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding, ""
            except UnicodeDecodeError:
                return None, "", f"invalid {encoding.upper()} despite its byte-order mark"
    warning = ""
    nuls = data.count(0)
    if nuls:
        utf16 = _utf16_without_bom(data, nuls)
        if utf16:
            return utf16
        if nuls > max(8, len(data) // 100):
            return None, "", f"binary file ({nuls} NUL bytes)"
        data = data.replace(b"\x00", b"")
        warning = f"removed {nuls} NUL byte(s)"
    try:
        return data.decode("utf-8-sig"), "utf-8", warning
    except UnicodeDecodeError as error:
        utf8_error = f"not UTF-8 (byte {error.start})"
    # Mostly UTF-8 with a few broken bytes (a truncated scrape, a bad paste):
    # decoding it all as cp1252 would garble every valid accented letter.
    replaced = data.decode("utf-8-sig", "replace")
    n_bad = replaced.count("\ufffd") - data.count("\ufffd".encode())
    if len(_UTF8_MULTIBYTE.findall(data)) > n_bad:
        return replaced, "utf-8", _join(warning, f"{n_bad} byte(s) not valid UTF-8 replaced by U+FFFD ({utf8_error})")
    # Windows-1252 is a superset of Latin-1's printable range and is what
    # Indonesian sites and Excel exports produce; Latin-1 takes what is left.
    for encoding in ("cp1252", "latin-1"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        return text, encoding, _join(warning, f"decoded as {encoding}: {utf8_error}")
    return None, "", utf8_error  # pragma: no cover - latin-1 decodes any byte string


def _utf16_without_bom(data: bytes, nuls: int) -> tuple[str, str, str] | None:
    """UTF-16 saved without a byte-order mark: mostly-ASCII text has every other byte NUL."""
    if len(data) % 2 or nuls < len(data) // 4:
        return None
    for encoding, zeros in (("utf-16-le", data[1::2]), ("utf-16-be", data[0::2])):
        if zeros.count(0) >= 0.9 * len(zeros):
            try:
                return data.decode(encoding), encoding, f"decoded as {encoding}: no byte-order mark"
            except UnicodeDecodeError:
                return None
    return None


def _join(*parts: str) -> str:
    return "; ".join(p for p in parts if p)


def _normalise_newlines(text: str) -> str:
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


# --------------------------------------------------------------------------- front matter and metadata

class _MetadataLoader(yaml.SafeLoader):
    """Safe loader that leaves dates as text, so a bad date is reported by `parse_published_value`, not by YAML."""


_MetadataLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


_CMetadataLoader = None
if getattr(yaml, "__with_libyaml__", False):
    class _CMetadataLoader(yaml.CSafeLoader):  # type: ignore[no-redef]
        """The same loader on libyaml's parser (about 10x faster); only used when it loads without error."""

    _CMetadataLoader.yaml_implicit_resolvers = _MetadataLoader.yaml_implicit_resolvers


def _load_yaml(block: str):
    """`yaml.load(block, _MetadataLoader)`, through libyaml when it can: any error is raised by the
    pure-Python loader, so messages (line numbers, problems) are always the same."""
    if _CMetadataLoader is not None:
        try:
            return yaml.load(block, Loader=_CMetadataLoader)  # noqa: S506 - a SafeLoader
        except Exception:  # noqa: BLE001 - re-done below to raise the pure-Python loader's error
            pass
    return yaml.load(block, Loader=_MetadataLoader)  # noqa: S506 - a SafeLoader


def split_front_matter(text: str) -> tuple[dict, str, str]:
    """Text -> (metadata, body, problem). A file without front matter has empty metadata.

    When the front matter is unusable (invalid YAML, not a mapping) or one of
    its values is, the body is still returned and `problem` says what was
    ignored; only front matter that never closes leaves the body unknown
    (metadata {}, body = the whole text, and a problem)."""
    metadata, body, fatal, warnings = _front_matter(text)
    return metadata, body, fatal or "; ".join(warnings)


def _front_matter(text: str) -> tuple[dict, str, str, list[str]]:
    """Text -> (metadata, body, fatal problem, warnings)."""
    opening = _OPENING.match(text)
    if not opening:
        return {}, text, "", []
    closing = _CLOSING.search(text, opening.end())
    if not closing:
        return {}, text, "front matter opened with '---' on line 1 but never closed (add a closing '---' line)", []
    block, body = text[opening.end():closing.start()], text[closing.end():]
    if len(block) > MAX_FRONT_MATTER_CHARS:
        return {}, body, "", [f"front matter ignored: longer than {MAX_FRONT_MATTER_CHARS} characters"]
    try:
        loaded = _load_yaml(block)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" at line {mark.line + 2}" if mark else ""
        return {}, body, "", [f"front matter ignored: not valid YAML{where}: {getattr(error, 'problem', None) or error}"]
    except (ValueError, TypeError, RecursionError) as error:
        return {}, body, "", [f"front matter ignored: not valid YAML: {error}"]
    if loaded is None:
        loaded = {}
    if not isinstance(loaded, dict):
        # Not metadata at all (a paragraph between two rules): the text is all article.
        return {}, text, "", [f"front matter ignored: it must be a mapping of keys to values, not a "
                               f"{type(loaded).__name__}; the whole file is read as the article"]
    metadata, warnings = check_metadata(loaded)
    return metadata, body, "", [f"front matter: {w}" for w in warnings]


def validate_metadata(raw: dict) -> tuple[dict, str]:
    """Keep the known metadata keys with well-typed values; say what was dropped ("" when nothing)."""
    metadata, warnings = check_metadata(raw)
    return metadata, "; ".join(f"front matter: {w}" for w in warnings)


def check_metadata(raw: dict) -> tuple[dict, list[str]]:
    """Raw metadata -> (the usable known keys, one message per value that was dropped)."""
    metadata: dict = {}
    warnings: list[str] = []
    # a field under its own name wins over the same field under another name
    ordered = sorted(raw.items(), key=lambda item: str(item[0]) not in METADATA_KEYS)
    for key, value in ordered:
        key = key if key in METADATA_KEYS else METADATA_ALIASES.get(str(key).casefold(), key)
        if key not in METADATA_KEYS or value is None or value == "" or key in metadata:
            continue  # unknown keys are a researcher's own notes: allowed, not used
        if isinstance(value, (dict, list, tuple, set, bytes)):
            warnings.append(f"{key} must be text, not a {type(value).__name__}; ignored")
        elif key == "published":
            parsed = parse_published_value(value)
            if parsed is None:
                warnings.append(f"published {_short(value)} is not a date between {EARLIEST_YEAR} and {LATEST_YEAR} "
                                "(use YYYY-MM-DD, YYYY-MM or YYYY); ignored, the date is taken from the text")
            else:
                metadata[key] = parsed
        elif key == "language":
            language = str(value).strip().lower()
            language = LANGUAGE_NAMES.get(language, language)
            if language not in LANGUAGES:
                warnings.append(f"language {_short(value)} is not one of {', '.join(LANGUAGES)}; ignored, "
                                "the language is detected from the text")
            else:
                metadata[key] = language
        else:
            metadata[key] = " ".join(str(value).split())
    return metadata, warnings


def _short(value) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def parse_published_value(value) -> tuple[dt.date, str] | None:
    """A metadata date (a date, 'YYYY-MM-DD[...]', 'YYYY-MM' or 'YYYY') -> (date, precision); None if not a sane date."""
    if isinstance(value, bool):
        return None
    if isinstance(value, dt.datetime):
        parsed = value.date(), "day"
    elif isinstance(value, dt.date):
        parsed = value, "day"
    elif isinstance(value, (str, int)):
        parsed = _parse_date_text(str(value).strip()[:40])
    else:
        return None
    if parsed is None or not EARLIEST_YEAR <= parsed[0].year <= LATEST_YEAR:
        return None
    return parsed


def _parse_date_text(text: str) -> tuple[dt.date, str] | None:
    for pattern, precision in ((r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?", "day"), (r"(\d{4})-(\d{1,2})", "month"),
                               (r"(\d{4})", "year")):
        match = re.fullmatch(pattern, text, re.S)
        if match:
            parts = [int(p) for p in match.groups()] + [1] * (3 - len(match.groups()))
            try:
                return dt.date(*parts), precision
            except ValueError:
                return None
    return None


# --------------------------------------------------------------------------- articles and rows

def _has_words(text: str) -> bool:
    return any(c.isalnum() for c in text)


def _text_article(text: str, relative: str, stem: str, encoding: str) -> Iterator[SourceArticle | Skipped]:
    metadata, body, fatal, warnings = _front_matter(text)
    if fatal:
        yield Skipped(relative, stem, fatal)
        return
    if not body.strip():
        yield Skipped(relative, stem, "no article text after the front matter")
        return
    if not _has_words(body):
        yield Skipped(relative, stem, "no letters or digits in the article text")
        return
    for warning in warnings:
        yield _Warning(relative, stem, warning)
    yield SourceArticle(stem, relative, body, metadata, encoding)


def _row_article(row: dict, index: int, where: str, relative: str, stem: str,
                 encoding: str) -> Iterator[SourceArticle | Skipped]:
    raw_id = row.get("id")
    row_id = "" if raw_id is None or isinstance(raw_id, (dict, list)) else " ".join(str(raw_id).split())
    article_id = f"{stem}/{row_id or index}"
    text = row.get("text")
    if not isinstance(text, str) or not text.strip():
        yield Skipped(where, article_id, "row has no text" if text in (None, "") or isinstance(text, str)
                      else f"row has no text (its text is a {type(text).__name__}, not a string)")
        return
    if len(text) > MAX_ARTICLE_BYTES:
        yield Skipped(where, article_id, f"article text too long ({len(text)} characters > {MAX_ARTICLE_BYTES})")
        return
    if not _has_words(text):
        yield Skipped(where, article_id, "no letters or digits in the article text")
        return
    metadata, warnings = check_metadata({k: v for k, v in row.items() if k in METADATA_KEYS or
                                         str(k).casefold() in METADATA_ALIASES})
    for warning in warnings:
        yield _Warning(where, article_id, f"row: {warning}")
    yield SourceArticle(article_id, relative, _normalise_newlines(text), metadata, encoding, where)


def _jsonl_rows(text: str, relative: str, stem: str, encoding: str) -> Iterator[SourceArticle | Skipped]:
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{relative} line {number}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as error:
            yield Skipped(where, f"{stem}/{number}", f"invalid JSON at column {error.colno}: {error.msg}")
            continue
        except (ValueError, RecursionError) as error:  # a 5000-digit number, nesting too deep
            yield Skipped(where, f"{stem}/{number}", f"invalid JSON: {error}")
            continue
        if not isinstance(row, dict):
            yield Skipped(where, f"{stem}/{number}", f"JSON line is not an object (it is a {type(row).__name__})")
            continue
        yield from _row_article(row, number, where, relative, stem, encoding)


def _csv_rows(text: str, relative: str, stem: str, encoding: str) -> Iterator[SourceArticle | Skipped]:
    if csv.field_size_limit() < MAX_TABLE_BYTES:
        # The default (128 KB) is shorter than a long article; an over-long row is reported by _row_article.
        csv.field_size_limit(MAX_TABLE_BYTES)
    first_line = text.split("\n", 1)[0]
    delimiter = ","
    if "," not in first_line:
        delimiter = max((";", "\t", "|"), key=first_line.count)
        if delimiter not in first_line:
            delimiter = ","
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    try:
        header = [" ".join(str(h).split()).lower() for h in next(reader, [])]
    except csv.Error as error:
        yield Skipped(relative, stem, f"invalid CSV header: {error}")
        return
    if "text" not in header:
        yield Skipped(relative, stem, f"CSV has no 'text' column (columns: {', '.join(header) or 'none'})")
        return
    number = 0  # data rows, the header and blank lines not counted
    try:
        for values in reader:
            if not any(v.strip() for v in values):
                continue  # a blank line
            number += 1
            row = {name: value for name, value in zip(header, values) if name not in ("", None)}
            yield from _row_article(row, number, f"{relative} row {number}", relative, stem, encoding)
    except csv.Error as error:
        yield Skipped(f"{relative} from line {reader.line_num}", stem,
                      f"invalid CSV from line {reader.line_num}: {error}; the rest of the file was not read")
