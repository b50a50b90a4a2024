"""Generate a synthetic corpus of Indonesian and English news articles, deterministically from a seed.

    python benchmarks/generate_corpus.py OUT --articles 100000 [--seed 6] [--shard-size 10000]

Articles are written as `OUT/shardNN/MMMM/aNNNNNNN.txt` (10,000 per shard, so
`OUT/shard00` is a 10k corpus, shards 00-02 a 30k one) with YAML front matter
on most of them, about 3 KB of body each: a dateline, paragraphs built from
this file's own sentence templates and word lists (institutions, people with
ranks and positions, places, dates, programmes, quotes), site boilerplate
("Baca juga:", editor lines, copyright) and, for a few, a syndicated copy of
an earlier story. Nothing here is taken from any real article; the same seed
always gives byte-identical files.
"""
from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
from pathlib import Path

# ----------------------------------------------------------------------------- word lists (the generator's own)

ACTORS_ID = [
    "Badan Nasional Penanggulangan Terorisme (BNPT)", "BNPT", "Kepolisian Negara Republik Indonesia", "Polri",
    "Densus 88 Antiteror", "Kementerian Luar Negeri", "Kemlu", "Kementerian Sosial", "Kemensos",
    "Kementerian Agama", "Badan Intelijen Negara", "BIN", "Tentara Nasional Indonesia", "TNI",
    "Kementerian Hukum dan HAM", "Lembaga Perlindungan Saksi dan Korban (LPSK)", "Kejaksaan Agung",
    "Pemerintah Provinsi Jawa Timur", "Dewan Perwakilan Rakyat", "DPR", "Majelis Ulama Indonesia",
    "Perserikatan Bangsa-Bangsa", "PBB", "Kantor Kontra Terorisme PBB", "UNODC", "ASEAN", "Uni Eropa",
    "Kepolisian Federal Australia", "Pemerintah Australia", "Kedutaan Besar Amerika Serikat", "Jepang",
    "Belgia", "Unit Koordinasi Analisis Ancaman (CUTA)", "Kementerian Keamanan Publik Vietnam", "Malaysia",
    "Singapura", "Filipina", "Interpol", "Hedayah", "Global Counterterrorism Forum (GCTF)", "Prancis",
    "Kerajaan Belanda", "Selandia Baru", "Pemerintah Kanada", "Turki", "Arab Saudi", "Pakistan",
]
ACTORS_EN = [
    "the National Counter Terrorism Agency (BNPT)", "BNPT", "the Indonesian National Police", "Polri",
    "Detachment 88", "the Ministry of Foreign Affairs", "the Ministry of Social Affairs", "the State Intelligence Agency",
    "the Indonesian Armed Forces", "the Witness and Victim Protection Agency (LPSK)", "the Attorney General's Office",
    "the United Nations", "the UN Office of Counter-Terrorism", "UNODC", "ASEAN", "the European Union",
    "the Australian Federal Police", "the Government of Australia", "the United States Embassy", "Japan", "Belgium",
    "the Coordination Unit for Threat Analysis (CUTA)", "Vietnam's Ministry of Public Security", "Malaysia",
    "Singapore", "the Philippines", "Interpol", "Hedayah", "the Global Counterterrorism Forum", "France",
    "the Netherlands", "New Zealand", "Canada", "Turkey", "Saudi Arabia", "Pakistan", "the Home Affairs Department",
]
FIRST = ["Ahmad", "Budi", "Siti", "Dewi", "Rizal", "Hendra", "Agus", "Yusuf", "Rina", "Slamet", "Bambang", "Wahyu",
         "Eko", "Nur", "Fajar", "Indra", "Putri", "Lestari", "Andi", "Made", "Ketut", "Yohanes", "Maria", "Irfan",
         "James", "Sarah", "Peter", "Claire", "Hiroshi", "Nguyen", "Pieter", "Anne", "Michael", "Laura"]
LAST = ["Santoso", "Wibowo", "Hidayat", "Saputra", "Kurniawan", "Nugroho", "Prasetyo", "Siregar", "Harahap",
        "Simanjuntak", "Wijaya", "Gunawan", "Setiawan", "Rahman", "Hakim", "Pratama", "Susanto", "Lubis",
        "Thompson", "Miller", "Tanaka", "Van Dijk", "Dupont", "Anderson", "Hughes", "Van Wyk", "Martin"]
RANKS_ID = ["Brigjen Pol.", "Irjen Pol.", "Komjen Pol.", "Kombes Pol.", "Dr.", "Prof.", "H.", "Mayjen TNI", "AKBP"]
RANKS_EN = ["Dr.", "Prof.", "Mr.", "Ms.", "H.E.", "Commissioner", "Inspector General"]
TITLES_ID = ["Kepala BNPT", "Direktur Deradikalisasi BNPT", "Deputi Kerja Sama Internasional BNPT",
             "Kepala Densus 88", "Menteri Sosial", "Juru bicara Kementerian Luar Negeri", "Duta Besar Australia untuk Indonesia",
             "Kepala Biro Humas", "Direktur Pencegahan", "Kapolda Jawa Tengah", "Wakil Ketua Komisi III DPR"]
TITLES_EN = ["Head of BNPT", "Director of Deradicalisation", "Deputy for International Cooperation",
             "Ambassador of Japan to Indonesia", "Minister of Social Affairs", "spokesperson of the Foreign Ministry",
             "Head of the Counter-Terrorism Unit", "Country Representative of UNODC", "Police Commissioner"]
PLACES = ["Jakarta", "Sentul", "Bogor", "Surabaya", "Medan", "Makassar", "Denpasar", "Bandung", "Semarang",
          "Yogyakarta", "Poso", "Solo", "Lamongan", "Canberra", "Tokyo", "Brussels", "Hanoi", "Kuala Lumpur",
          "Singapura", "Manila", "Wina", "Jenewa", "New York", "Den Haag"]
OUTLETS = [("ANTARA", "antaranews.com"), ("Kompas", "kompas.com"), ("Tempo", "tempo.co"), ("Detik", "detik.com"),
           ("Republika", "republika.co.id"), ("Jakarta Globe", "jakartaglobe.id"), ("Jakarta Post", "thejakartapost.com"),
           ("Media Indonesia", "mediaindonesia.com"), ("Kumparan", "kumparan.com"), ("Liputan6", "liputan6.com")]
PROGRAMMES_ID = ["program deradikalisasi", "Rencana Aksi Nasional Pencegahan Ekstremisme (RAN PE)",
                 "program Kawasan Terpadu Nusantara", "Sekolah Damai", "Desa Siapsiaga", "pelatihan kewirausahaan",
                 "program reintegrasi sosial", "Duta Damai Dunia Maya", "program pendampingan korban"]
PROGRAMMES_EN = ["the deradicalisation programme", "the National Action Plan on Preventing Violent Extremism",
                 "a workshop on countering online radicalisation", "the peace ambassadors initiative",
                 "a training course on border security", "the victim assistance programme", "the Bali Process"]
TOPICS_ID = ["rehabilitasi ideologi", "reintegrasi mantan narapidana terorisme", "pencegahan radikalisme di kampus",
             "perlindungan korban terorisme", "kontra narasi di media sosial", "pemberdayaan ekonomi keluarga",
             "penguatan wawasan kebangsaan", "pengamanan objek vital", "penegakan hukum", "pendidikan perdamaian",
             "perlindungan anak dan perempuan", "peningkatan kapasitas aparat", "pendanaan terorisme"]
TOPICS_EN = ["ideological rehabilitation", "the reintegration of former convicts", "preventing radicalisation on campus",
             "support for victims of terrorism", "counter-narratives online", "economic empowerment of families",
             "national values", "the protection of soft targets", "law enforcement", "peace education",
             "protecting women and children", "capacity building for officers", "terrorist financing"]
MONTHS_ID = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
             "November", "Desember"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
DAYS_ID = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

SENTENCES_ID = [
    "{a} dan {b} sepakat memperkuat kerja sama dalam {topic} melalui pertukaran informasi dan pelatihan bersama.",
    "Dalam kunjungan kerja ke {place} pada {date}, {a} bertemu dengan perwakilan {b} untuk membahas {topic}.",
    "{title} {person} mengatakan bahwa {topic} menjadi prioritas utama lembaganya tahun ini.",
    "\"Kami ingin memastikan {topic} berjalan dengan baik dan melibatkan masyarakat,\" kata {short}.",
    "Menurut {person}, kolaborasi dengan {b} sangat penting agar {programme} dapat menjangkau lebih banyak daerah.",
    "Pertemuan tersebut juga dihadiri oleh pejabat dari {a}, {b}, dan sejumlah organisasi masyarakat sipil.",
    "{a} menandatangani nota kesepahaman dengan {b} di {place} pada {date} tentang {topic}.",
    "Sejak diluncurkan, {programme} telah diikuti oleh ratusan peserta dari berbagai provinsi.",
    "Ia menjelaskan, pendekatan yang digunakan mengedepankan dialog, pendampingan psikologis, dan {topic}.",
    "Rapat koordinasi lanjutan dijadwalkan berlangsung di {place} pada {date} dengan melibatkan {b}.",
    "Selain itu, {a} juga mendorong pemerintah daerah untuk aktif dalam {topic} di wilayah masing-masing.",
    "Delegasi {b} mengapresiasi langkah {a} dalam {topic} dan berharap kerja sama ini berlanjut.",
    "Kegiatan ini merupakan bagian dari {programme} yang dijalankan bersama {b} sejak {year}.",
    "Para peserta mendapatkan materi tentang {topic} dari narasumber {a} dan {b}.",
]
SENTENCES_EN = [
    "{a} and {b} agreed to strengthen cooperation on {topic} through information sharing and joint training.",
    "During a working visit to {place} on {date}, officials of {a} met representatives of {b} to discuss {topic}.",
    "{title} {person} said that {topic} was the top priority of the agency this year.",
    "\"We want to make sure that {topic} involves communities and local leaders,\" {short} said.",
    "According to {person}, working with {b} is essential for {programme} to reach more provinces.",
    "The meeting was also attended by officials from {a}, {b} and several civil society groups.",
    "{a} signed a memorandum of understanding with {b} in {place} on {date} on {topic}.",
    "Since its launch, {programme} has trained hundreds of participants from across the archipelago.",
    "He explained that the approach relies on dialogue, psychological support and {topic}.",
    "A follow-up coordination meeting is scheduled in {place} on {date} with {b}.",
    "{a} also urged regional governments to take an active part in {topic} in their areas.",
    "The delegation of {b} praised the steps taken by {a} on {topic} and hoped the cooperation would continue.",
    "The activity is part of {programme}, run together with {b} since {year}.",
    "Participants received material on {topic} from speakers of {a} and {b}.",
]
BOILERPLATE_ID = ["Baca juga: {headline}", "Editor: {person}", "Pewarta: {person}",
                  "Copyright © {year} {outlet}", "Dilarang keras mengambil konten, melakukan crawling atau pengindeksan otomatis"]
BOILERPLATE_EN = ["Read also: {headline}", "Editor: {person}", "Reporter: {person}", "Copyright © {year} {outlet}"]
HEADLINES_ID = ["{a} perkuat kerja sama {topic} dengan {b}", "{a} gelar pertemuan bahas {topic}",
                "{b} dukung {programme}", "Delegasi {b} kunjungi {a} di {place}"]
HEADLINES_EN = ["{a} and {b} step up cooperation on {topic}", "{b} backs {programme}",
                "{a} hosts meeting on {topic} in {place}", "{b} delegation visits {a}"]


def _strip_article(name: str) -> str:
    return name[4:] if name.startswith("the ") else name


class ArticleMaker:
    def __init__(self, seed: int):
        self.rng = random.Random(seed)

    def person(self, lang: str) -> tuple[str, str, str]:
        r = self.rng
        first, last = r.choice(FIRST), r.choice(LAST)
        rank = r.choice(RANKS_ID if lang == "id" else RANKS_EN) if r.random() < 0.5 else ""
        title = r.choice(TITLES_ID if lang == "id" else TITLES_EN)
        return (f"{rank} {first} {last}".strip(), title, first)

    def date(self, lang: str, base: dt.date) -> str:
        day = base + dt.timedelta(days=self.rng.randint(-20, 40))
        months = MONTHS_ID if lang == "id" else MONTHS_EN
        if self.rng.random() < 0.3:
            days = DAYS_ID if lang == "id" else DAYS_EN
            return f"{days[day.weekday()]} ({day.day}/{day.month})"
        return f"{day.day} {months[day.month - 1]} {day.year}"

    def fill(self, template: str, lang: str, base: dt.date, people: list) -> str:
        r = self.rng
        actors = ACTORS_ID if lang == "id" else ACTORS_EN
        a, b = r.sample(actors, 2)
        person, title, short = r.choice(people)
        text = template.format(
            a=a, b=b, topic=r.choice(TOPICS_ID if lang == "id" else TOPICS_EN), place=r.choice(PLACES),
            date=self.date(lang, base), title=title, person=person, short=short,
            programme=r.choice(PROGRAMMES_ID if lang == "id" else PROGRAMMES_EN), year=base.year - r.randint(1, 6),
            outlet=r.choice(OUTLETS)[0], headline="")
        return text[0].upper() + text[1:]

    def headline(self, lang: str, base: dt.date) -> str:
        r = self.rng
        actors = ACTORS_ID if lang == "id" else ACTORS_EN
        a, b = (_strip_article(x) for x in r.sample(actors, 2))
        text = r.choice(HEADLINES_ID if lang == "id" else HEADLINES_EN).format(
            a=a, b=b, topic=r.choice(TOPICS_ID if lang == "id" else TOPICS_EN), place=r.choice(PLACES),
            programme=_strip_article(r.choice(PROGRAMMES_ID if lang == "id" else PROGRAMMES_EN)))
        return text[0].upper() + text[1:]

    def article(self, number: int, target_bytes: int = 3000) -> str:
        r = self.rng
        lang = "id" if r.random() < 0.7 else "en"
        base = dt.date(2015, 1, 1) + dt.timedelta(days=r.randint(0, 3650))
        outlet, domain = r.choice(OUTLETS)
        title = self.headline(lang, base)
        people = [self.person(lang) for _ in range(r.randint(1, 3))]
        paragraphs = []
        size = 0
        templates = SENTENCES_ID if lang == "id" else SENTENCES_EN
        while size < target_bytes:
            paragraph = " ".join(self.fill(r.choice(templates), lang, base, people) for _ in range(r.randint(2, 4)))
            paragraphs.append(paragraph)
            size += len(paragraph.encode()) + 2
        city = r.choice(PLACES[:12])
        if lang == "id":
            paragraphs[0] = f"{city} ({outlet}) - {paragraphs[0]}"
        else:
            paragraphs[0] = f"{city.upper()}, {domain} - {paragraphs[0]}"
        boiler = BOILERPLATE_ID if lang == "id" else BOILERPLATE_EN
        for _ in range(r.randint(0, 2)):  # "read also" links inside the story
            where = r.randint(1, len(paragraphs))
            paragraphs.insert(where, boiler[0].format(headline=self.headline(lang, base)))
        tail = [boiler[i].format(person=r.choice(people)[0].split()[-1] + " " + r.choice(LAST), year=base.year,
                                 outlet=outlet, headline="") for i in range(1, len(boiler)) if r.random() < 0.6]
        body = "\n\n".join(paragraphs + tail) + "\n"
        if r.random() < 0.8:  # front matter on most articles
            front = [f"title: \"{title}\"", f"outlet: {outlet}", f"url: https://www.{domain}/berita/{number}",
                     f"published: {base.isoformat()}", f"language: {lang}"]
            if r.random() < 0.2:
                front.remove(f"published: {base.isoformat()}")
            return "---\n" + "\n".join(front) + "\n---\n" + body
        day = (DAYS_ID if lang == "id" else DAYS_EN)[base.weekday()]
        months = MONTHS_ID if lang == "id" else MONTHS_EN
        return f"{title}\n\n{day}, {base.day} {months[base.month - 1]} {base.year}\n\n{body}"


def article_path(out: Path, number: int, shard_size: int) -> Path:
    return out / f"shard{number // shard_size:02d}" / f"{(number % shard_size) // 1000:04d}" / f"a{number:07d}.txt"


def generate(out: Path, articles: int, seed: int = 6, shard_size: int = 10_000, copy_share: float = 0.02) -> Path:
    """Write the corpus (skipping the work when an identical one is already there); return `out`."""
    out = Path(out)
    stamp = out / ".generated"
    # Articles are drawn one after the other from one generator, so the first N of a
    # larger corpus are exactly a corpus of N: a corpus at least as large is reused.
    signature = f"seed={seed} shard_size={shard_size} copy_share={copy_share} v=1"
    if stamp.exists():
        recorded, _, count = stamp.read_text().strip().rpartition(" articles=")
        if recorded == signature and count.isdigit() and int(count) >= articles:
            return out
    maker = ArticleMaker(seed)
    recent: list[str] = []
    for number in range(articles):
        if recent and maker.rng.random() < copy_share:  # a syndicated copy of a recent story
            text = maker.rng.choice(recent)
        else:
            text = maker.article(number)
            recent = (recent + [text])[-50:]
        path = article_path(out, number, shard_size)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    stamp.write_text(f"{signature} articles={articles}\n")
    return out


def main(argv: list[str] | None = None) -> int:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("out")
    args.add_argument("--articles", type=int, default=100_000)
    args.add_argument("--seed", type=int, default=6)
    args.add_argument("--shard-size", type=int, default=10_000)
    ns = args.parse_args(argv)
    generate(Path(ns.out), ns.articles, ns.seed, ns.shard_size)
    print(f"{ns.articles} articles in {ns.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
