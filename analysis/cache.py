"""The content-hash cache of per-article results: an article is analysed again only when its text, metadata or source, the vocabularies or the package's code change.

Layout: `ROOT/NAMESPACE/ab/abcdef....pkl`, one pickled `ArticleResult` per
article. NAMESPACE hashes the vocabulary fingerprint, the package version and
the source of every module of the package, so any change of those starts a
fresh namespace; the few most recently used namespaces are kept, older ones
are removed. Writes go to a temporary file first and are renamed into place,
so concurrent workers and interrupted builds never leave a half-written entry.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import shutil
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

KEEP_NAMESPACES = 3
_PACKAGE_DIR = Path(__file__).resolve().parent


@lru_cache(maxsize=1)
def code_hash() -> str:
    """A hash of the package version and of the source of every module of the package."""
    from . import __version__

    digest = hashlib.sha256(__version__.encode())
    for path in sorted(_PACKAGE_DIR.rglob("*.py")):
        digest.update(path.relative_to(_PACKAGE_DIR).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def article_key(article) -> str:
    """sha256 of everything `analyse_article` reads from a `SourceArticle`."""
    digest = hashlib.sha256()
    for part in (article.article_id, article.source, article.encoding, repr(sorted(article.metadata.items())), article.text):
        data = part.encode("utf-8", "surrogatepass")
        digest.update(len(data).to_bytes(8, "little"))
        digest.update(data)
    return digest.hexdigest()


def default_cache_dir() -> Path:
    """`$ANALYSIS_CACHE_DIR`, else `build/.cache` of a source checkout, else `~/.cache/analysis`."""
    configured = os.environ.get("ANALYSIS_CACHE_DIR")
    if configured:
        return Path(configured).expanduser()
    from .paths import BUILD_DIR, PROJECT_ROOT

    if (PROJECT_ROOT / "pyproject.toml").exists() and os.access(PROJECT_ROOT, os.W_OK):
        return BUILD_DIR / ".cache"
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "analysis"


@dataclass(frozen=True)
class Cache:
    """Per-article results under `root`, for one vocabulary and code version (picklable: only paths)."""

    root: str
    namespace: str

    @classmethod
    def open(cls, root: str | os.PathLike, vocabulary) -> "Cache | None":
        """The cache of this vocabulary and code, or None when it cannot be used (no fingerprint, unwritable)."""
        if not getattr(vocabulary, "fingerprint", ""):
            return None
        namespace = hashlib.sha256(f"{vocabulary.fingerprint}:{code_hash()}".encode()).hexdigest()[:16]
        folder = Path(root) / namespace
        try:
            folder.mkdir(parents=True, exist_ok=True)
            os.utime(folder)  # most recently used
        except OSError as error:
            print(f"warning: cache disabled, cannot write {folder}: {error}", file=sys.stderr)
            return None
        return cls(str(root), namespace)

    @property
    def folder(self) -> Path:
        return Path(self.root) / self.namespace

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.pkl"

    def get(self, key: str):
        try:
            with open(self._path(key), "rb") as handle:
                return pickle.load(handle)
        except FileNotFoundError:
            return None
        except Exception:  # a damaged entry is a miss, and is rewritten
            return None

    def put(self, key: str, value) -> None:
        path = self._path(key)
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        try:
            try:
                handle = open(tmp, "wb")
            except FileNotFoundError:
                path.parent.mkdir(parents=True, exist_ok=True)
                handle = open(tmp, "wb")
            with handle:
                handle.write(data)
            os.replace(tmp, path)
        except OSError:
            pass  # a cache that cannot be written only costs time

    def prune(self, keep: int = KEEP_NAMESPACES) -> list[str]:
        """Remove all but the `keep` most recently used namespaces (always keeping this one)."""
        root = Path(self.root)
        try:
            folders = [p for p in root.iterdir() if p.is_dir() and len(p.name) == 16]
        except OSError:
            return []
        folders.sort(key=lambda p: (p.name == self.namespace, p.stat().st_mtime), reverse=True)
        removed = []
        for folder in folders[keep:]:
            if folder.name != self.namespace:
                shutil.rmtree(folder, ignore_errors=True)
                removed.append(folder.name)
        return removed

