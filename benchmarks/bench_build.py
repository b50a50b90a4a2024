"""Benchmark of `python -m analysis build` on a generated corpus (see benchmarks/README.md).

    python benchmarks/bench_build.py [--sizes 10000 30000 100000] [--seed 6] [--profile 2000] [--verify-full]

Prints, for each size: wall time, articles/s, MB/s, peak memory (all
processes), and the ratio to a bare baseline (reading and lower-casing the
same files in one process), so the figure survives a change of machine speed;
then the equality of the parallel and single-process tables, the cache
(a rebuild after changing one article), import and notebook start times, and
a per-stage profile. Targets are printed next to the figures; nothing here
fails a build.
"""
from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

from generate_corpus import generate  # noqa: E402

WORK = ROOT / "build" / "bench"
PY = sys.executable
TARGET_SECONDS_100K = 60.0
TARGET_PEAK_MB = 1500.0


# --------------------------------------------------------------------------- measuring

class PeakMemory:
    """Samples the resident memory of a process and all its children; keeps the peak of the sum."""

    def __init__(self, pid: int, interval: float = 0.05):
        import psutil

        self.process = psutil.Process(pid)
        self.interval = interval
        self.peak = 0
        self.peak_main = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        import psutil

        while not self._stop.is_set():
            try:
                main = self.process.memory_info().rss
                total = main
                for child in self.process.children(recursive=True):
                    try:
                        total += child.memory_info().rss
                    except psutil.Error:
                        pass
            except psutil.Error:
                break
            self.peak = max(self.peak, total)
            self.peak_main = max(self.peak_main, main)
            self._stop.wait(self.interval)

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()


def run_build(roots: list[Path], out: Path, *extra: str) -> dict:
    """Run the CLI in a fresh process; wall time, peak memory and its summary line."""
    if out.exists():
        shutil.rmtree(out)
    command = [PY, "-m", "analysis", "build", *map(str, roots), "--out", str(out), "--no-progress", *extra]
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    memory = PeakMemory(process.pid)
    stdout, stderr = process.communicate()
    wall = time.perf_counter() - started
    memory.stop()
    if process.returncode != 0:
        raise SystemExit(f"build failed ({process.returncode}): {' '.join(command)}\n{stderr[-3000:]}")
    summary = stderr.strip().splitlines()[-1] if stderr.strip() else ""
    counts = re.search(r"\((\d+) analysed, (\d+) from cache", summary)
    return {"wall": wall, "peak_mb": memory.peak / 2**20, "peak_main_mb": memory.peak_main / 2**20,
            "summary": summary, "analysed": int(counts.group(1)) if counts else -1,
            "cached": int(counts.group(2)) if counts else -1}


def files_of(roots: list[Path]) -> list[Path]:
    return sorted(p for root in roots for p in root.rglob("*.txt"))


def baseline(roots: list[Path]) -> tuple[float, int]:
    """Seconds to read and lower-case every file in one process (and the bytes read)."""
    started = time.perf_counter()
    size = 0
    for path in files_of(roots):
        data = path.read_bytes()
        size += len(data)
        data.decode("utf-8").lower()
    return time.perf_counter() - started, size


def shards(corpus: Path, n: int, shard_size: int) -> list[Path]:
    """The corpus folders holding its first n articles (whole shards, or a copied subset)."""
    if n % shard_size:
        return [subset(corpus, n, shard_size)]
    return [corpus / f"shard{i:02d}" for i in range(n // shard_size)]


def same_tables(a: Path, b: Path) -> tuple[bool, str]:
    names = sorted(p.name for p in a.iterdir())
    if names != sorted(p.name for p in b.iterdir()):
        return False, "different files"
    for name in names:
        if (a / name).read_bytes() != (b / name).read_bytes():
            return False, f"{name} differs"
    return True, f"{len(names)} tables byte-identical"


# --------------------------------------------------------------------------- sections

def bench_sizes(corpus: Path, sizes: list[int], shard_size: int) -> dict[int, dict]:
    print("\n== build time (python -m analysis build --no-cache, every core) ==")
    print(f"{'articles':>9} {'MB':>7} {'wall s':>7} {'art/s':>7} {'MB/s':>6} {'peak MB':>8} {'main MB':>8} "
          f"{'base s':>7} {'ratio':>6} {'s/10k':>6}")
    rows = {}
    for n in sizes:
        roots = shards(corpus, n, shard_size)
        base, size = baseline(roots)
        base, size = min(base, baseline(roots)[0]), size  # the better of two: the page cache is warm for both
        result = run_build(roots, WORK / f"out-{n}", "--no-cache")
        mb = size / 2**20
        result.update(base=base, mb=mb, n=n)
        rows[n] = result
        print(f"{n:>9} {mb:>7.0f} {result['wall']:>7.1f} {n / result['wall']:>7.0f} {mb / result['wall']:>6.2f} "
              f"{result['peak_mb']:>8.0f} {result['peak_main_mb']:>8.0f} {base:>7.2f} {result['wall'] / base:>6.0f} "
              f"{result['wall'] / n * 10_000:>6.1f}")
    biggest = max(rows)
    r = rows[biggest]
    if biggest >= 100_000:
        ok_time = r["wall"] < TARGET_SECONDS_100K
        print(f"target: 100k articles in < {TARGET_SECONDS_100K:.0f} s: {r['wall']:.1f} s -> {'MET' if ok_time else 'NOT MET'}")
    ok_mem = all(x["peak_mb"] < TARGET_PEAK_MB for x in rows.values())
    print(f"target: peak memory < {TARGET_PEAK_MB:.0f} MB (all processes): {max(x['peak_mb'] for x in rows.values()):.0f} MB "
          f"-> {'MET' if ok_mem else 'NOT MET'}")
    if len(rows) > 1:
        per = [rows[n]["wall"] / n * 10_000 for n in sorted(rows)]
        print(f"linearity: seconds per 10k articles {', '.join(f'{p:.1f}' for p in per)} "
              f"(largest/smallest {max(per) / min(per):.2f})")
    return rows


def bench_equality(corpus: Path, n: int, shard_size: int) -> None:
    print(f"\n== equality: parallel vs single-process tables ({n} articles) ==")
    roots = shards(corpus, n, shard_size)
    # both builds back to back, so that they run the same code even while the package is being edited
    parallel = run_build(roots, WORK / f"out-{n}-parallel", "--no-cache", "--engine", "processes")
    serial = run_build(roots, WORK / f"out-{n}-serial", "--no-cache", "--engine", "serial")
    same, detail = same_tables(WORK / f"out-{n}-parallel", WORK / f"out-{n}-serial")
    print(f"parallel build {parallel['wall']:.1f} s, serial build {serial['wall']:.1f} s; "
          f"tables {'EQUAL' if same else 'DIFFERENT'}: {detail}")


def subset(corpus: Path, n: int, shard_size: int) -> Path:
    """The first n articles of the corpus, copied into a folder of their own."""
    folder = WORK / f"subset-{n}"
    if not folder.exists():
        whole = [corpus / f"shard{i:02d}" for i in range((n + shard_size - 1) // shard_size)]
        files = files_of(whole)[:n]
        for path in files:
            target = folder / path.relative_to(corpus)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, target)
    return folder


def bench_cache(corpus: Path, n: int, shard_size: int) -> None:
    print(f"\n== cache: rebuild after changing one article ({n} articles) ==")
    roots = [subset(corpus, n, shard_size)]
    cache = WORK / "cache"
    shutil.rmtree(cache, ignore_errors=True)
    cold = run_build(roots, WORK / "out-cache", "--cache", str(cache))
    warm = run_build(roots, WORK / "out-cache", "--cache", str(cache))
    victim = files_of(roots)[len(files_of(roots)) // 2]
    original = victim.read_bytes()
    try:
        victim.write_bytes(original + "\nKalimat tambahan untuk menguji cache.\n".encode())
        changed = run_build(roots, WORK / "out-cache", "--cache", str(cache))
    finally:
        victim.write_bytes(original)
    print(f"cold build (fills the cache): {cold['wall']:.1f} s, {cold['analysed']} analysed")
    print(f"unchanged rebuild:            {warm['wall']:.1f} s, {warm['analysed']} analysed, {warm['cached']} from cache")
    print(f"one article changed:          {changed['wall']:.1f} s, {changed['analysed']} analysed, {changed['cached']} from cache"
          f" -> {'MET' if changed['analysed'] == 1 else 'NOT MET'} (target: only that article re-analysed)")


def bench_startup() -> None:
    print("\n== notebook start ==")
    code = "import time; t = time.perf_counter(); import analysis; print(time.perf_counter() - t)"
    times = [float(subprocess.run([PY, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True).stdout)
             for _ in range(3)]
    print(f"import analysis: {min(times):.3f} s (best of 3) -> {'MET' if min(times) < 1 else 'NOT MET'} (target < 1 s)")
    cache = WORK / "cache-startup"
    shutil.rmtree(cache, ignore_errors=True)
    code = ("import time; t = time.perf_counter(); from analysis import load_corpus; c = load_corpus('corpus'); "
            "print(time.perf_counter() - t, c.build_info['analysed'], c.build_info['cached'])")
    env = dict(os.environ, ANALYSIS_CACHE_DIR=str(cache))
    for label in ("cold (empty cache)", "warm (cache filled)"):
        out = subprocess.run([PY, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True, env=env).stdout.split()
        seconds = float(out[0])
        print(f"load_corpus('corpus') {label}: {seconds:.2f} s ({out[1]} analysed, {out[2]} from cache) "
              f"-> {'MET' if seconds < 2 else 'NOT MET'} (target < 2 s)")


def bench_profile(corpus: Path, n: int, shard_size: int) -> None:
    """Wall time per stage of a single-process build, by wrapping the stage functions the pipeline calls."""
    print(f"\n== where the time goes (one process, {n} articles, stage functions timed) ==")
    import analysis.engine as engine
    import analysis.pipeline as pipeline
    import analysis.s6_tables as s6
    from analysis.corpus import build_csv

    totals: dict[str, float] = {}

    def timed(stage: str, function):
        def wrapper(*args, **kwargs):
            started = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                totals[stage] = totals.get(stage, 0.0) + time.perf_counter() - started
        return wrapper

    stage_of = {"analysis.s2_clean": "clean", "analysis.s3_segment": "segment", "analysis.s4_match": "match",
                "analysis.s4_people": "people", "analysis.s5_dates": "dates", "analysis.s5_events": "events"}
    patched = []
    for name, value in list(vars(pipeline).items()):
        stage = stage_of.get(getattr(value, "__module__", ""))
        if stage and callable(value) and not isinstance(value, type):
            patched.append((pipeline, name, value))
            setattr(pipeline, name, timed(stage, value))
    # the CLI's path: workers format CSV blocks (tabulate), the main process marks copies and concatenates (write)
    for module, name, stage in ((engine, "_read_entry", "read"), (engine, "analyse_article", "analyse (all)"),
                                (s6, "tabulate_csv", "tabulate (worker)"), (s6, "write_csv_chunks", "write (main)")):
        patched.append((module, name, getattr(module, name)))
        setattr(module, name, timed(stage, getattr(module, name)))
    folder = subset(corpus, n, shard_size)
    try:
        started = time.perf_counter()
        build_csv([folder], WORK / "out-profile", engine="serial", cache=False, progress=False)
        total = time.perf_counter() - started
    finally:
        for module, name, value in patched:
            setattr(module, name, value)
    inner = sum(v for k, v in totals.items() if k in stage_of.values())
    totals["pipeline glue (rows, ids)"] = totals.get("analyse (all)", 0.0) - inner
    totals["other (listing, vocabulary)"] = total - sum(totals.get(k, 0.0) for k in
                                                        ("read", "analyse (all)", "tabulate (worker)", "write (main)"))
    order = ["read", "clean", "segment", "match", "people", "dates", "events", "pipeline glue (rows, ids)",
             "tabulate (worker)", "write (main)", "other (listing, vocabulary)"]
    print(f"{'stage':<28} {'s':>7} {'ms/article':>11} {'share':>6}")
    for stage in order:
        seconds = totals.get(stage, 0.0)
        print(f"{stage:<28} {seconds:>7.2f} {seconds / n * 1000:>11.3f} {seconds / total:>6.1%}")
    print(f"{'total':<28} {total:>7.2f} {total / n * 1000:>11.3f}")
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    serial_part = totals.get("write (main)", 0.0)
    fixed = totals.get("other (listing, vocabulary)", 0.0)  # mostly loading and compiling the vocabulary, once
    parallel_part = total - serial_part - fixed
    estimate = (parallel_part / cores + serial_part) / n * 100_000 + fixed
    print(f"estimate for 100k articles on {cores} cores: {estimate:.0f} s "
          f"(per-article work / {cores} + listing, marking copies and concatenating in the main process)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 30_000, 100_000])
    parser.add_argument("--seed", type=int, default=6)
    parser.add_argument("--shard-size", type=int, default=10_000)
    parser.add_argument("--profile", type=int, default=2000, metavar="N", help="articles to profile (0: skip)")
    parser.add_argument("--cache-articles", type=int, default=2000, metavar="N", help="articles of the cache check")
    parser.add_argument("--verify-full", action="store_true",
                        help="compare the single-process tables at the largest size too (slow)")
    parser.add_argument("--skip", nargs="*", default=[], choices=["sizes", "equality", "cache", "startup", "profile"])
    args = parser.parse_args(argv)
    WORK.mkdir(parents=True, exist_ok=True)
    corpus = WORK / f"corpus-seed{args.seed}"
    largest = max(args.sizes)
    started = time.perf_counter()
    generate(corpus, max(largest, args.shard_size), seed=args.seed, shard_size=args.shard_size)
    load = os.getloadavg() if hasattr(os, "getloadavg") else ("?",)
    print(f"corpus: {corpus} ({max(largest, args.shard_size)} articles, seed {args.seed}; "
          f"ready in {time.perf_counter() - started:.1f} s)")
    print(f"machine: {os.cpu_count()} cores; load average {', '.join(f'{x:.2f}' for x in load)}; python {sys.version.split()[0]}")
    if "sizes" not in args.skip:
        bench_sizes(corpus, sorted(args.sizes), args.shard_size)
    if "equality" not in args.skip:
        bench_equality(corpus, largest if args.verify_full else min(args.sizes), args.shard_size)
    if "cache" not in args.skip:
        bench_cache(corpus, args.cache_articles, args.shard_size)
    if "startup" not in args.skip:
        bench_startup()
    if args.profile and "profile" not in args.skip:
        bench_profile(corpus, args.profile, args.shard_size)
    load = os.getloadavg() if hasattr(os, "getloadavg") else ("?",)
    print(f"\nload average at the end: {', '.join(f'{x:.2f}' for x in load)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
