"""The engine: every way of scheduling the work (serial, processes, Dask) gives the tables of the plain single-process pipeline; the cache re-analyses only what changed."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from generate_corpus import ArticleMaker  # noqa: E402

from analysis import engine  # noqa: E402
from analysis.corpus import build  # noqa: E402
from analysis.pipeline import analyse_article  # noqa: E402
from analysis.s1_read import read_corpus  # noqa: E402
from analysis.s6_tables import TABLES, assemble  # noqa: E402


def make_corpus(root: Path, n: int = 14, seed: int = 3) -> Path:
    """Generated articles in two folders, plus the inputs the reader has to sort out."""
    maker = ArticleMaker(seed)
    texts = [maker.article(i, target_bytes=900) for i in range(n)]
    for i, text in enumerate(texts):
        folder = root / ("b" if i % 3 else "a")
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"art{i:03d}.txt").write_text(text, encoding="utf-8")
    (root / "b" / "copy_of_2.txt").write_text(texts[2], encoding="utf-8")  # a syndicated copy
    (root / "c").mkdir()
    (root / "c" / "art001.txt").write_text(texts[-1], encoding="utf-8")  # a repeated article_id
    (root / "c" / "empty.txt").write_text("", encoding="utf-8")  # skipped
    (root / "c" / "notes.md").write_text("not an article", encoding="utf-8")  # skipped
    (root / "c" / "latin.txt").write_bytes(texts[-2].split("---\n")[-1].replace("Jakarta", "Jakarta caf\u00e9").encode("cp1252"))
    rows = [{"id": f"r{i}", "text": maker.article(100 + i, target_bytes=700), "language": "id"} for i in range(3)]
    rows.append({"id": "r9"})  # no text: skipped
    (root / "c" / "feed.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    return make_corpus(tmp_path_factory.mktemp("corpus"))


@pytest.fixture(scope="module")
def reference(corpus, vocabulary):
    """The plain pipeline: read_corpus -> analyse_article one by one -> assemble."""
    read = read_corpus([corpus])
    results = [analyse_article(article, vocabulary) for article in read.articles]
    return assemble(results, read.skipped, vocabulary), read


def assert_same_tables(tables: dict, expected: dict) -> None:
    for name in TABLES:
        pd.testing.assert_frame_equal(tables[name], expected[name], check_exact=True, obj=name)


@pytest.mark.parametrize("engine_name", ["serial", "processes"])
def test_every_engine_gives_the_single_process_tables(corpus, vocabulary, reference, engine_name, monkeypatch):
    monkeypatch.setattr(engine, "CHUNK_SIZE", 4)  # several tasks, and article rows from a table file among them
    result = build([corpus], vocabulary, engine=engine_name, workers=2, cache=False)
    expected, read = reference
    assert result.build_info["engine"] == engine_name
    assert result.build_info["analysed"] == len(read.articles) + 1  # the repeated id is analysed, then dropped
    assert_same_tables(result.tables, expected)
    assert [tuple(r) for r in result.warnings.itertuples(index=False)] == \
        [(w.source, w.article_id, w.reason) for w in read.warnings]
    assert result.articles["duplicate_of"].ne("").any()  # the syndicated copy was recognised across chunks
    assert "c/art001.txt" in set(result.skipped["source"])


def test_chunks_can_drop_articles_after_the_fact(corpus, vocabulary):
    """A repeated id is settled after the work: its rows leave every table of its chunk."""
    outcome = engine.run([corpus], vocabulary, engine="serial", chunk_size=100)
    (chunk,) = outcome.chunks
    assert len(set(chunk.article_ids)) == len(chunk.article_ids)
    for name, frame in chunk.frames.items():
        assert len(frame) == int(chunk.counts[name].sum())
        assert set(frame["article_id"]) <= set(chunk.article_ids)


def count_calls(monkeypatch) -> list[str]:
    calls: list[str] = []

    def counting(article, vocabulary):
        calls.append(article.article_id)
        return analyse_article(article, vocabulary)

    monkeypatch.setattr(engine, "analyse_article", counting)
    return calls


def test_cache_reanalyses_only_the_changed_article(tmp_path, vocabulary, monkeypatch):
    corpus = make_corpus(tmp_path / "corpus", n=8)
    cache_dir = tmp_path / "cache"
    calls = count_calls(monkeypatch)
    first = build([corpus], vocabulary, engine="serial", cache=cache_dir)
    n_analysed = len(calls)
    assert n_analysed == first.build_info["analysed"] > 5

    calls.clear()
    again = build([corpus], vocabulary, engine="serial", cache=cache_dir)
    assert calls == []
    assert again.build_info["cached"] == n_analysed
    assert_same_tables(again.tables, first.tables)

    victim = corpus / "b" / "art004.txt"
    victim.write_text(victim.read_text(encoding="utf-8").replace("\n\n", "\n\nKalimat baru yang ditambahkan.\n\n", 1),
                      encoding="utf-8")
    calls.clear()
    changed = build([corpus], vocabulary, engine="serial", cache=cache_dir)
    assert calls == ["art004"]
    assert changed.build_info["cached"] == n_analysed - 1
    assert_same_tables(changed.tables, build([corpus], vocabulary, engine="serial", cache=False).tables)


def test_processes_read_and_write_the_same_cache(tmp_path, vocabulary):
    corpus = make_corpus(tmp_path / "corpus", n=6)
    cache_dir = tmp_path / "cache"
    first = build([corpus], vocabulary, engine="processes", workers=2, cache=cache_dir)
    second = build([corpus], vocabulary, engine="processes", workers=2, cache=cache_dir)
    assert second.build_info["analysed"] == 0 and second.build_info["cached"] == first.build_info["analysed"]
    assert_same_tables(second.tables, first.tables)


def test_dask_cluster_gives_the_single_process_tables(corpus, vocabulary, reference, tmp_path, monkeypatch):
    distributed = pytest.importorskip("dask.distributed")
    from analysis.cli import main
    from analysis.corpus import read_parquet_tables
    from analysis.s6_tables import PART_TABLES

    monkeypatch.setattr(engine, "CHUNK_SIZE", 5)
    expected, _ = reference
    n_tasks = len(engine.plan([corpus])[0])
    assert n_tasks > 2  # several parts per table, written by both workers
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        result = build([corpus], vocabulary, engine="dask", scheduler=cluster.scheduler_address, cache=False)
        assert result.build_info["engine"] == "dask"
        assert_same_tables(result.tables, expected)
        out = tmp_path / "tables"
        (out / "mentions.parquet").mkdir(parents=True)
        (out / "mentions.parquet" / "part-99999.parquet").write_bytes(b"left over from an earlier build")
        assert main(["build", str(corpus), "--out", str(out), "--engine", "dask",
                     "--scheduler", cluster.scheduler_address, "--no-cache", "--no-progress"]) == 0
    for name in PART_TABLES:  # one part per task, written where the task ran
        assert sorted(p.name for p in (out / f"{name}.parquet").iterdir()) == [f"part-{i:05d}.parquet" for i in range(n_tasks)]
    back = read_parquet_tables(out)
    for name in TABLES:
        pd.testing.assert_frame_equal(back[name], expected[name], check_exact=True, obj=name)
    assert list(back["warnings"].columns) == ["source", "article_id", "reason"]


def test_parquet_parts_lose_the_rows_of_a_repeated_article_id(corpus, vocabulary, tmp_path, monkeypatch):
    from analysis.corpus import build_parquet, read_parquet_tables

    monkeypatch.setattr(engine, "CHUNK_SIZE", 4)
    first = sorted(p for p in corpus.rglob("*.txt"))[0]
    copy_root = tmp_path / "copy"
    copy_root.mkdir()
    # the same relative path under a second root: the same article id, read again in a later task
    (copy_root / first.relative_to(corpus)).parent.mkdir(parents=True, exist_ok=True)
    (copy_root / first.relative_to(corpus)).write_text(first.read_text(encoding="utf-8") + "\nTambahan.", encoding="utf-8")
    expected = build([corpus], vocabulary, engine="serial", cache=False)
    written = build_parquet([corpus, copy_root], tmp_path / "out", vocabulary, engine="serial", cache=False)
    assert written.n_articles == len(expected.articles)
    repeated = lambda skipped: int(skipped["reason"].str.contains("duplicate article_id").sum())  # noqa: E731
    assert repeated(written.skipped) == repeated(expected.skipped) + 1
    back = read_parquet_tables(tmp_path / "out")
    for name in ("articles", "sentences", "mentions", "people", "events", "programmes", "themes", "boilerplate"):
        pd.testing.assert_frame_equal(back[name], expected.tables[name], check_exact=True, obj=name)


def test_progress_bar_stays_quiet_outside_a_terminal(monkeypatch):
    assert isinstance(engine.progress_bar(10_000), engine._NoBar)  # pytest captures stderr: not a terminal
    monkeypatch.setenv("CI", "true")
    assert not engine.interactive()
    bar = engine.progress_bar(10, show=True)
    assert not isinstance(bar, engine._NoBar)
    bar.close()


def test_import_is_light():
    code = "import sys, analysis; print(sorted(m for m in ('pandas', 'dask', 'distributed', 'tqdm', 'pyarrow') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
