"""Benchmark of the date grammar (analysis/s5_dates.py): dates resolved per second on generated text.

    python benchmarks/bench_dates.py [--articles 2000] [--seed 4]

Articles of about 3 KB are generated deterministically from templates (every
date form of the grammar, in Indonesian and English, among filler sentences).
Prints articles/s and dates/s for `resolve_dates` (the whole stage: scan, the
publication date, year inference, relative words), µs per article, and the
same for `find_dates` over all the text as one string. No timed asserts. If
`dateparser` happens to be installed, its `search_dates` runs on a sample for
comparison (it is not a dependency).
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from analysis.s2_clean import CleanArticle  # noqa: E402
from analysis.s5_dates import find_dates, resolve_dates  # noqa: E402
from analysis.vocabulary import load_vocabulary  # noqa: E402

MONTHS_ID = "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember".split()
MONTHS_EN = "January February March April May June July August September October November December".split()
DAYS_ID = "Senin Selasa Rabu Kamis Jumat Sabtu Minggu".split()
DAYS_EN = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()

DATED = [
    "Delegasi kedua negara bertemu di {city}, {wd} ({d}/{m}).",
    "Lokakarya bersama digelar pada {d}-{d2} {mon} {y} di {city}.",
    "Nota kesepahaman ditandatangani pada {d} {mon} {y} oleh kedua lembaga.",
    "Rapat koordinasi berlangsung {wd} ({d}/{m}/{y}) di kantor badan itu.",
    "The two agencies met in {city} on {mon_en} {d}, {y}.",
    "The course ran from {mon_en} {d} to {d2}, {y} in {city}.",
    "Program itu berjalan sejak tahun {y0} dan diperbarui {mon} {y}.",
    "Rencana Kerja Regional {y0}-{y} menjadi pedoman kerja sama.",
    "\"Kami siap bekerja sama,\" kata direktur dalam keterangan tertulis, {wd}.",
    "Kunjungan balasan dijadwalkan pekan depan, sementara tim teknis tiba kemarin.",
    "The minister said here on {wd_en} that the talks held last week went well.",
]
FILLER = [
    "Kerja sama itu mencakup pertukaran informasi, pelatihan aparat dan pencegahan ekstremisme kekerasan.",
    "Para peserta membahas perlindungan korban, rehabilitasi, dan reintegrasi mantan narapidana.",
    "Pejabat kedua pihak menekankan pentingnya koordinasi yang berkelanjutan di tingkat regional.",
    "The delegation also visited a vocational centre and met community leaders and teachers.",
    "Sebanyak 120 peserta dari 14 provinsi mengikuti kegiatan yang berlangsung selama tiga hari itu.",
]
CITIES = ["Jakarta", "Bogor", "Canberra", "Sentul", "Bali", "Kuala Lumpur", "Hanoi", "Brussel"]


def article(rng: random.Random) -> str:
    """About 3 KB of text: a dozen dated sentences among filler."""
    parts = []
    while sum(map(len, parts)) < 3000:
        y = rng.randint(2016, 2025)
        d = rng.randint(1, 26)
        m = rng.randint(1, 12)
        values = dict(wd=rng.choice(DAYS_ID), wd_en=rng.choice(DAYS_EN), d=d, d2=d + rng.randint(1, 2), m=m,
                      mon=MONTHS_ID[m - 1], mon_en=MONTHS_EN[m - 1], y=y, y0=y - rng.randint(1, 6),
                      city=rng.choice(CITIES))
        parts.append(rng.choice(DATED).format(**values) if rng.random() < 0.45 else rng.choice(FILLER))
    return " ".join(parts)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=4)
    args = ap.parse_args(argv)
    vocabulary = load_vocabulary()
    rng = random.Random(args.seed)
    bodies = [article(rng) for _ in range(args.articles)]
    header = ("Judul berita kerja sama", "Kamis, 14 Maret 2024 10:00 WIB")
    articles = [CleanArticle(body, header[0], header if i % 2 else (), (), "") for i, body in enumerate(bodies)]
    size = sum(map(len, bodies))
    resolve_dates({}, articles[0], vocabulary)  # compile the grammar outside the timing

    start = time.perf_counter()
    baseline = sum(len(b.lower().split()) for b in bodies)  # a bare pass over the same text
    base_seconds = time.perf_counter() - start

    start = time.perf_counter()
    n_dates = 0
    bases: dict[str, int] = {}
    for clean in articles:
        published, dates = resolve_dates({}, clean, vocabulary)
        n_dates += len(dates)
        bases[published.basis] = bases.get(published.basis, 0) + 1
    seconds = time.perf_counter() - start
    print(f"resolve_dates: {len(articles)} articles, {size / len(articles):.0f} chars each, {n_dates} dates")
    print(f"  {len(articles) / seconds:,.0f} articles/s   {n_dates / seconds:,.0f} dates/s   "
          f"{1e6 * seconds / len(articles):.0f} µs/article   ({seconds / base_seconds:.0f}x a bare lower+split pass, "
          f"{baseline} words)")
    print(f"  publication basis: {dict(sorted(bases.items()))}")

    text = " ".join(bodies)
    start = time.perf_counter()
    found = find_dates(text, vocabulary)
    seconds = time.perf_counter() - start
    print(f"find_dates on one text of {len(text) / 1e6:.1f} MB: {len(found)} dates, {len(found) / seconds:,.0f} dates/s, "
          f"{len(text) / seconds / 1e6:.2f} MB/s")

    try:
        from dateparser.search import search_dates  # type: ignore
    except ImportError:
        print("dateparser: not installed (not a dependency); no comparison")
        return 0
    sample = bodies[:50]
    start = time.perf_counter()
    n = sum(len(search_dates(b, languages=["id", "en"]) or ()) for b in sample)
    seconds = time.perf_counter() - start
    print(f"dateparser.search_dates: {len(sample) / seconds:,.1f} articles/s, {n / seconds:,.0f} dates/s on {len(sample)} articles")
    return 0


if __name__ == "__main__":
    sys.exit(main())
