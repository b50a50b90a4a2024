"""How per-article work is scheduled: read -> analyse in chunks (serially, over local processes, or on Dask) -> columnar chunks, with a content-hash cache.

The main process only lists the corpus: `.txt` files are read by the workers
themselves (reading and front-matter parsing cost as much as a fast analysis),
rows of `.jsonl`/`.csv` tables are read here and shipped as articles. A task is
a few hundred articles; each worker loads the vocabulary once, and sends back a
`TableChunk` (typed columns, not dicts), so millions of rows stay compact.
Duplicate article ids are settled afterwards in corpus order, exactly as
`s1_read.read_corpus` does, so every engine gives the same tables.

    run(["corpus"], vocabulary, engine="processes", workers=2, cache=Cache.open(...))
"""
from __future__ import annotations

import hashlib
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Sequence

from . import s1_read
from .cache import Cache, article_key
from .pipeline import analyse_article
from .s1_read import CorpusError, Skipped, SourceArticle
from .vocabulary import Vocabulary

ENGINES = ("auto", "serial", "processes", "dask")
CHUNK_SIZE = 250  # articles per task: large enough to amortise shipping, small enough to balance two cores
AUTO_SERIAL_BELOW = 400  # fewer articles than this are not worth starting processes for


@dataclass
class Task:
    """One unit of work: files to read and articles read already, in corpus order."""

    index: int
    entries: list  # ("file", path, relative) | ("article", SourceArticle)


@dataclass
class TaskResult:
    index: int
    outcomes: list  # per entry: [Skipped | ("article", position in chunk, article_id, source, text digest)]
    chunk: object  # s6_tables.TableChunk of the task's articles, in order
    analysed: int = 0
    cached: int = 0


@dataclass
class RunResult:
    """What `run` hands to `s6_tables.combine`: chunks (duplicate ids removed), skipped inputs, warnings, counts."""

    chunks: list
    skipped: list[Skipped]
    warnings: list[Skipped]
    analysed: int = 0
    cached: int = 0
    engine: str = ""
    workers: int = 1
    ignored: list[Skipped] = field(default_factory=list)  # hidden files, READMEs: not corpus inputs
    drops: dict[int, set[int]] = field(default_factory=dict)  # task index -> positions of repeated article ids

    @property
    def n_articles(self) -> int:
        return sum(len(c) for c in self.chunks)


# --------------------------------------------------------------------------- the work of one task (any process)

def run_task(task: Task, vocabulary: Vocabulary, cache: Cache | None = None,
             analyse: Callable = None, parts: str | None = None, parquet: str | None = None) -> TaskResult:
    """Read a task's files, analyse its articles (or take them from the cache) and tabulate them
    (as a `TableChunk`, or with `parts` a folder, as CSV blocks in a part file there: a `CsvChunk`;
    with `parquet` a folder, the per-article tables but `articles` go to Parquet parts there)."""
    from .s6_tables import tabulate, tabulate_csv, write_parquet_parts

    analyse = analyse or analyse_article
    outcomes: list = []
    articles: list[SourceArticle] = []
    for entry in task.entries:
        items = _read_entry(entry)
        outcome = []
        for item in items:
            if isinstance(item, Skipped):
                outcome.append(item)
            else:
                outcome.append(("article", len(articles), item.article_id, item.source, _digest(item.text)))
                articles.append(item)
        outcomes.append(outcome)
    results = []
    analysed = cached = 0
    for article in articles:
        key = article_key(article) if cache else None
        result = cache.get(key) if cache else None
        if result is None:
            result = analyse(article, vocabulary)
            analysed += 1
            if cache:
                cache.put(key, result)
        else:
            cached += 1
        results.append(result)
    if parts is not None:
        chunk = tabulate_csv(results, os.path.join(parts, f"task{task.index:06d}.part"))
    else:
        chunk = tabulate(results)
        if parquet is not None:
            chunk = write_parquet_parts(chunk, parquet, task.index)
    return TaskResult(task.index, outcomes, chunk, analysed, cached)


def _digest(text: str) -> str:
    # the same digest s1_read.read_corpus uses to say whether a repeated id has the same text
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


def _is_warning(item: Skipped) -> bool:
    """An input kept with a warning (s1_read marks these with its `_Warning` subclass)."""
    marker = getattr(s1_read, "_Warning", None)
    return isinstance(item, marker) if marker else item.reason.startswith("decoded as")


def _read_entry(entry) -> list:
    if entry[0] == "article":
        return [entry[1]]
    _, path, relative = entry
    return list(s1_read._read_file(Path(path), relative))


# --------------------------------------------------------------------------- planning

def plan(roots: Iterable[str | os.PathLike], chunk_size: int | None = None) -> tuple[list[Task], list, s1_read.ReadResult]:
    """List the corpus -> (tasks, slots in corpus order, a ReadResult of the inputs skipped or ignored while listing).

    A slot is ("task", task index, entry index) for an entry whose outcome a
    worker reports, or ("here", [Skipped | ("task", i, j)]) for a table file
    read here (its rows become article entries of tasks).
    """
    chunk_size = chunk_size or CHUNK_SIZE
    listing = s1_read.ReadResult([], [], [])  # _corpus_files reports skipped and ignored inputs into it
    tasks: list[Task] = []
    slots: list = []
    current: list = []

    def add(entry) -> tuple[str, int, int]:
        nonlocal current
        if len(current) >= chunk_size:
            tasks.append(Task(len(tasks), current))
            current = []
        current.append(entry)
        return ("task", len(tasks), len(current) - 1)

    for root in roots:
        root = Path(root)
        if not root.exists():
            raise CorpusError(f"{root}: no such corpus folder or file")
        for path, relative in s1_read._corpus_files(root, listing):
            if path.suffix.lower() in s1_read.TABLE_SUFFIXES:
                here = []
                for item in s1_read._read_file(path, relative):
                    here.append(item if isinstance(item, Skipped) else add(("article", item)))
                slots.append(("here", here))
            else:
                slots.append(add(("file", str(path), relative)))
    if current:
        tasks.append(Task(len(tasks), current))
    return tasks, slots, listing


def settle(results: list[TaskResult], slots: list, listing: s1_read.ReadResult) -> RunResult:
    """Walk the outcomes in corpus order, as `s1_read.read_corpus` does: sort skipped inputs from warnings, drop repeated article ids."""
    skipped = list(listing.skipped)
    warnings: list[Skipped] = []
    first_seen: dict[str, tuple[str, str]] = {}
    drops: dict[int, set[int]] = {}

    def visit(item, task_index: int) -> None:
        if isinstance(item, Skipped):
            if _is_warning(item):
                warnings.append(Skipped(item.source, item.article_id, item.reason))
            else:
                skipped.append(item)
            return
        _, position, article_id, source, digest = item
        if article_id in first_seen:
            where, first_digest = first_seen[article_id]
            same = "same text" if digest == first_digest else "different text: rename one of them"
            skipped.append(Skipped(source, article_id,
                                   f"duplicate article_id {article_id!r}: first read from {where} ({same})"))
            drops.setdefault(task_index, set()).add(position)
            return
        first_seen[article_id] = (source, digest)

    for slot in slots:
        pointers = [slot] if slot[0] == "task" else slot[1]
        for pointer in pointers:
            if isinstance(pointer, Skipped):
                visit(pointer, -1)
                continue
            _, i, j = pointer
            for item in results[i].outcomes[j]:
                visit(item, i)
    chunks = [r.chunk.without(drops.get(r.index, ())) for r in results]
    return RunResult(chunks, skipped, warnings, analysed=sum(r.analysed for r in results),
                     cached=sum(r.cached for r in results), ignored=list(getattr(listing, "ignored", [])), drops=drops)


# --------------------------------------------------------------------------- engines

def run(roots: Sequence[str | os.PathLike], vocabulary: Vocabulary, engine: str = "auto", workers: int | None = None,
        cache: Cache | None = None, chunk_size: int | None = None, scheduler: str | None = None,
        progress: bool | None = None, parts: str | None = None, parquet: str | None = None) -> RunResult:
    """Read and analyse every article of the corpus folders with the chosen engine.

    parts: a folder on this machine where the tasks write their rows as CSV blocks (`CsvChunk`s, for
    `s6_tables.write_csv_chunks`) instead of sending back DataFrames; serial and processes engines only.
    parquet: a folder (shared with the workers, on a cluster) where the tasks write their rows of every
    per-article table but `articles` as Parquet parts; repeated article ids are removed from the parts here.
    """
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r} (one of {', '.join(ENGINES)})")
    if parts is not None and engine == "dask":
        raise ValueError("parts (CSV blocks on this machine) work with the serial and processes engines only")
    tasks, slots, listing = plan(roots, chunk_size or CHUNK_SIZE)
    n_entries = sum(len(t.entries) for t in tasks)
    workers = workers or available_cores()
    if engine == "auto":
        engine = "serial" if n_entries < AUTO_SERIAL_BELOW or workers < 2 else "processes"
    bar = progress_bar(n_entries, progress)
    try:
        if engine == "serial" or not tasks:
            results = []
            for task in tasks:
                results.append(run_task(task, vocabulary, cache, parts=parts, parquet=parquet))
                bar.update(len(task.entries))
            workers = 1
        elif engine == "processes":
            results = _run_processes(tasks, vocabulary, cache, workers, bar, parts, parquet)
        else:
            results = _run_dask(tasks, vocabulary, cache, workers, scheduler, bar, parquet)
    finally:
        bar.close()
    outcome = settle(results, slots, listing)
    if parquet is not None:
        from .s6_tables import drop_from_parquet_parts

        for index, positions in outcome.drops.items():
            drop_from_parquet_parts(results[index].chunk, positions, parquet, index)
    outcome.engine, outcome.workers = engine, workers
    return outcome


def available_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - macOS, Windows
        return os.cpu_count() or 1


_WORKER_STATE: dict = {}


def _init_worker(vocabulary: Vocabulary, cache: Cache | None, parts: str | None = None,
                 parquet: str | None = None) -> None:
    _WORKER_STATE["vocabulary"] = vocabulary
    _WORKER_STATE["cache"] = cache
    _WORKER_STATE["parts"] = parts
    _WORKER_STATE["parquet"] = parquet


def _worker_task(task: Task) -> TaskResult:
    return run_task(task, _WORKER_STATE["vocabulary"], _WORKER_STATE["cache"], parts=_WORKER_STATE.get("parts"),
                    parquet=_WORKER_STATE.get("parquet"))


def _run_processes(tasks: list[Task], vocabulary: Vocabulary, cache: Cache | None, workers: int, bar,
                   parts: str | None = None, parquet: str | None = None) -> list[TaskResult]:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor, as_completed

    # fork: workers start in milliseconds with the package (and the vocabulary) already in memory
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    if method == "fork":
        _warm_up(vocabulary)
    context = multiprocessing.get_context(method)
    results: list[TaskResult | None] = [None] * len(tasks)
    with ProcessPoolExecutor(max_workers=min(workers, len(tasks)), mp_context=context,
                             initializer=_init_worker, initargs=(vocabulary, cache, parts, parquet)) as pool:
        futures = {pool.submit(_worker_task, task): task for task in tasks}
        try:
            for future in as_completed(futures):
                result = future.result()
                results[result.index] = result
                bar.update(len(futures[future].entries))
        except BaseException:
            pool.shutdown(wait=False, cancel_futures=True)
            raise
    return results


def _warm_up(vocabulary: Vocabulary) -> None:
    """Compile the vocabulary's matchers and grammars here once, so forked workers inherit them instead of each compiling its own."""
    try:
        text = "Jakarta - Pejabat bertemu delegasi pada 3 Mei 2024 untuk membahas kerja sama dan program pelatihan.\n"
        analyse_article(SourceArticle("warm-up", "warm-up.txt", text), vocabulary)
    except Exception:  # only an optimisation: the workers compile what they need anyway
        pass


def dask_client(scheduler: str | None = None, workers: int | None = None):
    """A client of the scheduler at ADDRESS, or of a new local cluster of `workers` single-threaded processes."""
    from dask.distributed import Client, LocalCluster

    if scheduler:
        return Client(scheduler)
    cluster = LocalCluster(n_workers=workers or available_cores(), threads_per_worker=1, processes=True,
                           dashboard_address=None)
    return Client(cluster)


def _run_dask(tasks: list[Task], vocabulary: Vocabulary, cache: Cache | None, workers: int,
              scheduler: str | None, bar, parquet: str | None = None) -> list[TaskResult]:
    from dask.distributed import as_completed

    client = dask_client(scheduler, workers)
    try:
        shared = client.scatter(vocabulary, broadcast=True)
        futures = client.map(run_task, tasks, vocabulary=shared, cache=cache, parquet=parquet, pure=False)
        results: list[TaskResult | None] = [None] * len(tasks)
        for future in as_completed(futures):
            result = future.result()
            results[result.index] = result
            bar.update(len(tasks[result.index].entries))
            future.release()
        return results
    finally:
        cluster = getattr(client, "cluster", None) if not scheduler else None
        client.close()
        if cluster is not None:
            cluster.close()


# --------------------------------------------------------------------------- progress

class _NoBar:
    def update(self, n: int = 1) -> None:
        pass

    def close(self) -> None:
        pass


def interactive() -> bool:
    """A terminal a person watches: not a notebook, not CI, not a pipe."""
    if os.environ.get("CI") or "ipykernel" in sys.modules:
        return False
    stream = sys.stderr
    return bool(getattr(stream, "isatty", lambda: False)())


def progress_bar(total: int, show: bool | None = None):
    """A tqdm bar on a terminal for long builds; nothing in notebooks, CI or when output is piped."""
    if show is None:
        show = interactive() and total >= AUTO_SERIAL_BELOW
    if not show:
        return _NoBar()
    from tqdm import tqdm

    return tqdm(total=total, unit="article", unit_scale=True, file=sys.stderr, dynamic_ncols=True, leave=False)
