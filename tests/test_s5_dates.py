"""The date grammar and the publication date, on sentences written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from analysis.s2_clean import CleanArticle
from analysis.s5_dates import Published, find_dates, resolve_dates
from analysis.vocabulary import load_vocabulary

D = dt.date


@pytest.fixture(scope="module")
def vocabulary():
    return load_vocabulary()


def only(text, vocabulary, anchor=None):
    dates = [d for d in find_dates(text, vocabulary, anchor)]
    assert len(dates) == 1, dates
    return dates[0]


@pytest.mark.parametrize("text, date, precision, end", [
    ("Delegasi tiba pada 3 Mei 2024 di Bandung.", D(2024, 5, 3), "day", None),
    ("Sabtu, 8 Oktober 2022 07:15 WIB", D(2022, 10, 8), "day", None),
    ("Tempo.co - 21/03/2023, 14:05 WIB", D(2023, 3, 21), "day", None),
    ("The envoys met on March 2, 2023 in Bali.", D(2023, 3, 2), "day", None),
    ("Diterbitkan 07 Agu 2020", D(2020, 8, 7), "day", None),
    ("Posted Thu, 14 Apr 2022", D(2022, 4, 14), "day", None),
    ("Rapat digelar Kamis (3/3/2022) di Medan.", D(2022, 3, 3), "day", None),
    ("Acara dibuka (15/8/21) oleh gubernur.", D(2021, 8, 15), "day", None),
    ("Tanggal ISO 2021-11-30 tertera di laporan.", D(2021, 11, 30), "day", None),
    ("Lokakarya berlangsung 14-16 Maret 2023 di Bogor.", D(2023, 3, 14), "day", D(2023, 3, 16)),
    ("Misi dilakukan 30 Juni-2 Juli 2021 di Perth.", D(2021, 6, 30), "day", D(2021, 7, 2)),
    ("The course ran from October 3 to 7, 2022.", D(2022, 10, 3), "day", D(2022, 10, 7)),
    # days with their ordinals
    ("The workshop took place on the 12th and 13th of March 2024.", D(2024, 3, 12), "day", D(2024, 3, 13)),
    # a weekday before each day of the range
    ("The course ran from Monday 3 to Friday 7 October 2022.", D(2022, 10, 3), "day", D(2022, 10, 7)),
    ("Forum diadakan 1 sampai 3 Agustus 2019.", D(2019, 8, 1), "day", D(2019, 8, 3)),
    # two days joined by "and" are a range; two years so joined are not (see the periods below)
    ("Lokakarya digelar pada 6 dan 7 Maret 2023 di Bogor.", D(2023, 3, 6), "day", D(2023, 3, 7)),
    ("The workshop, on 6 and 7 March 2023, was held in Jakarta.", D(2023, 3, 6), "day", D(2023, 3, 7)),
    ("They met on May 9 and 10, 2024 in Bali.", D(2024, 5, 9), "day", D(2024, 5, 10)),
    ("Kegiatan pertama digelar Maret 2021 di Ambon.", D(2021, 3, 1), "month", None),
    ("Patroli digelar antara Oktober dan Desember 2023 di perairan Sulu.", D(2023, 10, 1), "month", D(2023, 12, 1)),
    ("The team trained from November to February 2024.", D(2023, 11, 1), "month", D(2024, 2, 1)),
    ("Program berjalan Januari 2022-Maret 2023.", D(2022, 1, 1), "month", D(2023, 3, 1)),
])
def test_dates_that_carry_their_year(vocabulary, text, date, precision, end):
    found = only(text, vocabulary)
    assert (found.date, found.precision, found.date_end) == (date, precision, end)
    assert text[found.start:found.end] == found.text


@pytest.mark.parametrize("text, published, expected", [
    ("Pelatihan digelar pada bulan Juni di Makassar.", D(2024, 8, 10), D(2024, 6, 1)),
    ("The officials met in June.", D(2024, 8, 10), D(2024, 6, 1)),
    ("Kunjungan itu berlangsung Maret lalu.", D(2024, 8, 10), D(2024, 3, 1)),
    ("Kunjungan itu berlangsung Oktober lalu.", D(2024, 2, 5), D(2023, 10, 1)),  # the latest October before
    ("They met last November.", D(2025, 1, 3), D(2024, 11, 1)),
    ("Forum akan digelar Februari mendatang.", D(2024, 11, 20), D(2025, 2, 1)),  # the next February
    ("Forum akan digelar pada Desember.", D(2024, 11, 20), D(2024, 12, 1)),
    # with no word for past or future, the month much nearer in the year before (news tells the past) ...
    ("The suspect was arrested in December.", D(2025, 2, 14), D(2024, 12, 1)),
    ("Tersangka ditangkap pada November.", D(2024, 3, 1), D(2023, 11, 1)),
    # ... but not a month only a little nearer there, nor one the next year would need a longer way to
    ("Pelatihan digelar pada Desember.", D(2024, 6, 20), D(2024, 12, 1)),
    ("Pelatihan digelar pada Maret.", D(2024, 12, 20), D(2024, 3, 1)),
    # a word of the future before the month sends it forward, however far
    ("The next round will be held in Bali in November.", D(2024, 3, 14), D(2024, 11, 1)),
    ("Forum itu akan digelar pada Februari.", D(2024, 3, 14), D(2025, 2, 1)),
])
def test_a_month_without_a_year_takes_it_from_publication(vocabulary, text, published, expected):
    found = only(text, vocabulary, Published(published, "day", "stated"))
    assert (found.date, found.precision, found.date_end) == (expected, "month", None)


@pytest.mark.parametrize("text, published, expected", [
    # a day-month without its year is in the publication's year ...
    ("Pada 22 Maret, kedua lembaga meluncurkan proyek itu.", D(2022, 12, 30), D(2022, 3, 22)),
    ("Pelatihan berikutnya digelar pada 14 Juli.", D(2023, 2, 10), D(2023, 7, 14)),
    # ... unless it is much nearer in the next or the last year
    ("Rapat lanjutan digelar pada 5 Januari.", D(2023, 12, 28), D(2024, 1, 5)),
    ("Rapat itu digelar pada 20 Desember.", D(2024, 1, 3), D(2023, 12, 20)),
    ("Rapat itu digelar pada 2 November.", D(2024, 3, 1), D(2023, 11, 2)),  # the past is nearer by a shorter way
    # a weekday may stand before each day of a range; a day may carry its ordinal
    ("The workshop was held on the 12th and 13th March in Jakarta.", D(2024, 3, 20), D(2024, 3, 12)),
    ("The next course opens on the 2nd of May.", D(2024, 3, 20), D(2024, 5, 2)),
    ("Kursus berlangsung dari Senin 4 hingga Jumat 8 Maret.", D(2024, 3, 20), D(2024, 3, 4)),
    # a review of its year keeps every such date in that year
    ("Sepanjang 2024, polisi aktif. Pada 24 Januari, pelatihan digelar.", D(2024, 12, 31), D(2024, 1, 24)),
    ("Throughout 2023 the agency was busy; on 9 January it hosted a visit.", D(2024, 1, 2), D(2023, 1, 9)),
])
def test_a_day_without_a_year_is_in_the_publication_year_or_a_near_one(vocabulary, text, published, expected):
    found = [d for d in find_dates(text, vocabulary, Published(published, "day", "stated")) if d.precision == "day"]
    assert [d.date for d in found] == [expected]


@pytest.mark.parametrize("text", [
    "Agustus Wibowo hadir di acara itu.",  # a name, no month cue
    "We may meet again.",  # a verb
    "They will march in silence.",
    "Juni datang bersama keluarganya.",
])
def test_a_month_name_without_cue_is_not_a_date(vocabulary, text):
    assert find_dates(text, vocabulary, Published(D(2024, 8, 10), "day", "stated")) == []


def test_a_month_without_a_year_needs_a_publication_date(vocabulary):
    assert find_dates("Pelatihan digelar pada bulan Juni.", vocabulary) == []


@pytest.mark.parametrize("text, expected", [
    # 25 March is a Saturday in 2023 (and in 2017); the article's other date points at 2023
    ("Tim tiba Sabtu (25/3). Laporan tahun 2023 menyebutkan hal itu.", D(2023, 3, 25)),
    # 2 June is a Friday in 2023 and in 2017; "sejak 2019" rules 2017 out
    ("Kerja sama berjalan sejak 2019. Delegasi bertemu Jumat (2/6).", D(2023, 6, 2)),
    # no hint at all: the latest fitting year of the study window
    ("Para pejabat bertemu Rabu (9/4).", D(2025, 4, 9)),
    # 21 November is a Thursday in 2019 and in 2024: nearer all three years named together, not just the first
    ("Kedua menteri bertemu Kamis (21/11). Lokakarya pertama digelar pada 2019, yang kedua pada 2023. "
     "Kunjungan berikutnya direncanakan pada 2025.", D(2024, 11, 21)),
    # 11 October is a Tuesday in 2016 and in 2022: a law's year ("Nomor 35 Tahun 2020") is only a lower bound, like
    # "sejak", and does not pull the date towards itself
    ("Santunan bagi korban bom tahun 2002 diatur Undang-Undang Nomor 5 Tahun 2018 dan Peraturan Pemerintah Nomor 35 "
     "Tahun 2020. Penyerahan digelar Selasa (11/10).", D(2022, 10, 11)),
    ("Compensation for the victims of the attack in 2002 follows Law No. 5 of 2018 and Regulation No. 35 of 2020. "
     "It was paid on Tuesday (11/10).", D(2022, 10, 11)),
    # a day range whose first day names its weekday: 10 September is a Tuesday in 2019 and in 2024
    ("Kerja sama berjalan sejak 2020. Lokakarya digelar Selasa, 10 hingga Kamis, 12 September di Bali.",
     D(2024, 9, 10)),
    # 20 August is a Tuesday in 2019 and in 2024: the school year 2024/2025 the plan starts in points at 2024, beside
    # an agreement of 2021 told as its origin
    ("Kedua lembaga meneken perjanjian, Selasa (20/8), turunan nota kesepahaman pada 2021. Pelatihan guru "
     "dimulai awal tahun ajaran 2024/2025.", D(2024, 8, 20)),
    # 13 May is a Saturday in 2017 and in 2023: the text counts five years on from May 2018, so it is 2023
    ("Para penyintas berkumpul lagi pada Sabtu (13/5), lima tahun setelah serangan di Tirtapolis pada Mei 2018.",
     D(2023, 5, 13)),
    ("Survivors gathered again on Saturday (13/5), exactly 5 years after the Tirtapolis attack of May 2018.",
     D(2023, 5, 13)),
])
def test_weekday_decides_the_missing_year(vocabulary, text, expected):
    dated = [d for d in find_dates(text, vocabulary) if d.precision == "day"]
    assert [d.date for d in dated] == [expected]
    assert dated[0].weekday  # written with its weekday, which was checked


def test_weekday_year_is_the_one_nearest_the_publication_date(vocabulary):
    published = Published(D(2019, 1, 2), "day", "stated")
    # 28 December is a Friday in 2018 and 2029: the one just before publication wins
    found = only("Rapat digelar Jumat (28/12) di Jakarta.", vocabulary, published)
    assert found.date == D(2018, 12, 28)


def test_ambiguous_order_in_english_takes_the_reading_whose_weekday_fits(vocabulary):
    body = "The officials said the two agencies met on Monday (4/7) in the capital, and the talks went well."
    clean = CleanArticle(body, "", ("Copyright 2022",), (), "")
    published, dates = resolve_dates({"language": "en"}, clean, vocabulary)
    # 4 July 2022 is a Monday; 7 April 2022 is a Thursday
    assert [d.date for d in dates if d.precision == "day"][0] == D(2022, 7, 4)
    body = "The officials said the two agencies met on Thursday (4/7) in the capital, and the talks went well."
    published, dates = resolve_dates({"language": "en"}, CleanArticle(body, "", ("Copyright 2022",), (), ""), vocabulary)
    assert [d.date for d in dates if d.precision == "day"][0] == D(2022, 4, 7)


def test_indonesian_numeric_dates_are_day_first(vocabulary):
    body = "Menurut panitia, delegasi kedua negara itu bertemu pada Senin (4/7) di Yogyakarta untuk membahas kerja sama."
    published, dates = resolve_dates({}, CleanArticle(body, "", ("Hak cipta © Kantor Berita 2022",), (), ""), vocabulary)
    assert [d.date for d in dates if d.precision == "day"] == [D(2022, 7, 4)]


@pytest.mark.parametrize("text, expected, precision", [
    ("Menteri menyampaikan hal itu di Jakarta, Rabu.", D(2024, 3, 13), "day"),
    ("Pertemuan berlangsung hari ini di Solo.", D(2024, 3, 14), "day"),
    ("Delegasi tiba kemarin.", D(2024, 3, 13), "day"),
    ("The minister arrived yesterday.", D(2024, 3, 13), "day"),
    ("The agencies met last week.", D(2024, 3, 7), "day"),
    ("Kedua pihak akan bertemu Senin depan.", D(2024, 3, 18), "day"),
    ("Its first meeting is set for May in Davao City.", D(2024, 5, 1), "month"),
    ("Forum itu dijadwalkan untuk Juni di Bali.", D(2024, 6, 1), "month"),
    # "last Wednesday" said on a Thursday is not yesterday but the week before; "last Monday" three days ago
    ("The team arrived last Wednesday.", D(2024, 3, 6), "day"),
    ("The team arrived last Monday.", D(2024, 3, 11), "day"),
    ("The team arrived on Wednesday.", D(2024, 3, 13), "day"),
    ("Pusat itu dibuka tahun ini.", D(2024, 1, 1), "year"),
    # a part or season of the year named without one: the current year
    ("The council will meet in Canberra in the second half of the year.", D(2024, 1, 1), "year"),
    ("A seminar for the officers will be held in Tokyo in the autumn.", D(2024, 1, 1), "year"),
    ("Kunjungan dilakukan bulan lalu.", D(2024, 2, 1), "month"),
    # a number before the relative word counts its unit
    ("Forum serupa digelar di Medan dua tahun lalu.", D(2022, 1, 1), "year"),
    ("Tim itu dilatih di Bogor 3 bulan lalu.", D(2023, 12, 1), "month"),
    # the first days of this week are not told apart: their month
    ("Tersangka diserahkan di Batam awal pekan ini.", D(2024, 3, 1), "month"),
    ("The suspect was handed over earlier this week.", D(2024, 3, 1), "month"),
    # a count of weeks back is a round figure: the month it falls in
    ("Three weeks ago, a Tirtanian team visited Bogor.", D(2024, 2, 1), "month"),
    ("The Tirtanian team visited Bogor a week ago.", D(2024, 3, 1), "month"),
])
def test_weekdays_and_relative_words_resolve_against_publication(vocabulary, text, expected, precision):
    published = Published(D(2024, 3, 14), "day", "stated")  # a Thursday
    found = only(text, vocabulary, published)
    assert (found.date, found.precision) == (expected, precision)


@pytest.mark.parametrize("text", ["Forum serupa digelar di Medan beberapa tahun lalu.",
                                  "Tim itu dilatih di Bogor sejumlah bulan lalu."])
def test_a_relative_word_after_a_vague_count_dates_nothing(vocabulary, text):
    assert find_dates(text, vocabulary, Published(D(2024, 3, 14), "day", "stated")) == []


@pytest.mark.parametrize("text", [
    "Indonesia on Tuesday and Wednesday hosted a regional workshop.",
    "Lokakarya digelar Selasa dan Rabu di Jakarta.",
])
def test_two_days_joined_by_and_are_one_range(vocabulary, text):
    published = Published(D(2024, 3, 14), "day", "stated")  # a Thursday
    found = [d for d in find_dates(text, vocabulary, published) if d.precision == "day"]
    assert (found[0].date, found[0].date_end) == (D(2024, 3, 12), D(2024, 3, 13))


def test_relative_words_keep_the_publication_precision(vocabulary):
    found = only("Pertemuan berlangsung hari ini.", vocabulary, Published(D(2024, 1, 1), "year", "copyright"))
    assert (found.date, found.precision) == (D(2024, 1, 1), "year")
    # a week or a month before some day of 2024 is in 2024 as well as the text allows, not in 2023
    for text in ("Pelatihan digelar pekan lalu.", "Pelatihan digelar bulan lalu."):
        found = only(text, vocabulary, Published(D(2024, 1, 1), "year", "copyright"))
        assert (found.date, found.precision) == (D(2024, 1, 1), "year")
    found = only("Pelatihan digelar pekan lalu.", vocabulary, Published(D(2024, 3, 1), "month", "stated"))
    assert (found.date, found.precision) == (D(2024, 3, 1), "month")
    found = only("Forum digelar tahun lalu.", vocabulary, Published(D(2024, 1, 1), "year", "copyright"))
    assert (found.date, found.precision) == (D(2023, 1, 1), "year")
    assert find_dates("Menteri hadir, Rabu.", vocabulary, Published(D(2024, 1, 1), "year", "copyright")) == []


@pytest.mark.parametrize("text, start, end", [
    ("Program itu berjalan sejak tahun 2018 di lima provinsi.", D(2018, 1, 1), None),
    ("Rencana Kerja Regional 2020-2024 menjadi pedoman.", D(2020, 1, 1), D(2024, 1, 1)),
    ("The plan covers 2021 to 2026 in full.", D(2021, 1, 1), D(2026, 1, 1)),
    # a school or budget year joined by a slash
    ("Modul dipakai mulai tahun ajaran 2025/2026 di seluruh madrasah.", D(2025, 1, 1), D(2026, 1, 1)),
    ("Funding rises in the 2023/24 budget year.", D(2023, 1, 1), D(2024, 1, 1)),
])
def test_years_and_year_ranges_are_periods(vocabulary, text, start, end):
    found = only(text, vocabulary)
    assert found.is_period and found.precision == "year"
    assert (found.date, found.date_end) == (start, end)


@pytest.mark.parametrize("text, is_period", [
    # a span of many months is the period a figure counts; a span of two or three may be an act's
    ("The agency recorded 23 arrests between January 2024 and January 2025.", True),
    ("Sebanyak 2.318 konten diblokir sepanjang Januari hingga Mei 2025.", True),
    ("Patroli terkoordinasi digelar Februari hingga Maret 2024.", False),
])
def test_a_long_span_of_months_is_a_period(vocabulary, text, is_period):
    found = only(text, vocabulary)
    assert found.precision == "month" and found.date_end is not None and found.is_period == is_period


@pytest.mark.parametrize("text", ["Sebanyak 2000 peserta hadir.", "Laporan RAN 2022 sudah terbit.", "Rasio 24/7 tetap.",
                                  "Skor 3.5 dicapai.", "Pasal 10-12 dibahas."])
def test_numbers_that_are_not_dates(vocabulary, text):
    assert find_dates(text, vocabulary) == []


@pytest.mark.parametrize("text", ["Tim Tirtania tiba di Bogor pada 3/7 untuk rapat.",
                                  "Pelatihan digelar tanggal 3/7 di Tirtakota."])
def test_a_bare_day_and_month_after_a_word_of_a_date_is_a_date(vocabulary, text):
    found = only(text, vocabulary, Published(D(2024, 7, 10), "day", "stated"))
    assert (found.date, found.precision) == (D(2024, 7, 3), "day")


@pytest.mark.parametrize("text, role", [
    ("Hal itu disampaikan dalam keterangan tertulis, Selasa (6/9/2022).", "statement"),
    ("The attack that occurred on August 5, 2003 shocked the city.", "historical"),
    ("Kedua lembaga bertemu di Jakarta, Selasa (6/9/2022).", "date"),
    ("Pelatihan berlangsung hingga Jumat (9/9/2022).", "end"),
    # ... but "hingga" that ends a stretch of place, the date set off by a comma after it: the act's date
    ("Kapal kedua negara berpatroli dari Teluk Tirta hingga Selat Tirtania, Senin (5/9/2022).", "date"),
    # an attack a drill imagines: the date is the drill's
    ("They agreed to hold an exercise simulating an attack on a crowded beach in Tirta in early 2026.", "date"),
    ("Polisi akan menggelar simulasi serangan bom di terminal Tirta pada Maret 2026.", "date"),
    ("The attack on a crowded beach in Tirta in early 2005 shocked the city.", "historical"),
    ("Filipina mengapresiasi dukungan Indonesia sejak pengepungan kota Tirta pada 2017.", "historical"),
    ("The army's siege of the town of Tirta in May 2017 lasted five months.", "historical"),
    # an attack that names people: their later act's date, not the attack's
    ("Dua penyintas bom Tirta berkunjung ke Paris pada Maret 2024.", "date"),
    ("Survivors of the Tirta bombing travelled to Paris in March 2024.", "date"),
    ("Santunan diberikan kepada korban bom Tirta pada 12 Oktober 2002.", "historical"),
    # a training "once given" ("pernah diberikan") in a year: the training's date
    ("Kursus sejenis pernah diberikan untuk polisi Tirta pada 2022.", "date"),
    # ... or a news report's weekday set off by a comma right after the attack's place: the people's act
    ("Dinas Tirta bertemu para penyintas bom Tirtakota, Kamis (6/9/2022), di balai desa.", "date"),
])
def test_roles_of_dates(vocabulary, text, role):
    assert only(text, vocabulary).role == role


def test_a_minggu_in_running_text_is_a_week_not_a_sunday(vocabulary):
    published = Published(D(2024, 3, 14), "day", "stated")
    found = only("Tim bekerja selama satu minggu lalu.", vocabulary, published)
    assert found.form == "relative" and found.date == D(2024, 3, 7)


# --------------------------------------------------------------------------- publication date

def clean(body, header=(), dateline="", kept=()):
    from analysis.s2_clean import RemovedLine
    removed = tuple(RemovedLine(i, "rule", line, True) for i, line in enumerate(kept))
    return CleanArticle(body, header[0] if header else "", tuple(header), removed, dateline)


@pytest.mark.parametrize("metadata, kept, expected", [
    # the page's own URL, from the front matter or a bare "Copy link:" line, dates it when nothing is printed
    ({"url": "https://contoh.id/en/2022/11/24/delegasi-bertemu/"}, (), Published(D(2022, 11, 24), "day", "stated")),
    ({}, ("Copy link: https://contoh.id/read/2023/05/09/123456/judul",), Published(D(2023, 5, 9), "day", "stated")),
    ({"url": "https://blog.contoh.org/2021/07/pelatihan-bersama/"}, (), Published(D(2021, 7, 1), "month", "stated")),
])
def test_a_date_in_the_pages_url(vocabulary, metadata, kept, expected):
    from analysis.s2_clean import RemovedLine
    removed = tuple(RemovedLine(i, "bare-url", line, False) for i, line in enumerate(kept))
    article = CleanArticle("Kedua delegasi bertemu untuk membahas kerja sama.", "", (), removed, "")
    assert resolve_dates(metadata, article, vocabulary)[0] == expected


def test_a_url_in_a_teaser_line_dates_nothing(vocabulary):
    from analysis.s2_clean import RemovedLine
    removed = (RemovedLine(1, "related-link", "Baca juga: https://contoh.id/read/2019/01/02/1/lain", False),)
    article = CleanArticle("Kedua delegasi bertemu untuk membahas kerja sama.", "", (), removed, "")
    assert resolve_dates({}, article, vocabulary)[0].date is None


def test_front_matter_comes_first(vocabulary):
    published, _ = resolve_dates({"published": (D(2020, 2, 2), "day")},
                                 clean("Isi berita, Senin (3/2/2020).", ("Judul", "4 Februari 2020")), vocabulary)
    assert published == Published(D(2020, 2, 2), "day", "metadata")


def test_printed_dateline(vocabulary):
    header = ("Kerja sama dua negara makin erat", "Senin, 5 Desember 2022 10:00 WIB")
    published, dates = resolve_dates({}, clean("Menteri bertemu mitranya, Jumat (2/12).", header), vocabulary)
    assert published == Published(D(2022, 12, 5), "day", "stated")
    assert dates[0].date == D(2022, 12, 2)


def test_a_dateline_after_the_title_beats_a_banner_above_it(vocabulary):
    header = ("Rabu, 1 Mei 2024", "Kerja sama dua negara makin erat", "Diterbitkan 28 April 2024")
    published, _ = resolve_dates({}, clean("Isi berita yang cukup panjang untuk menjadi badan.", header), vocabulary)
    assert published.date == D(2024, 4, 28)


def test_a_today_banner_is_not_the_date(vocabulary):
    header = ("Hari ini: Rabu, 1 Mei 2024", "Kerja sama dua negara makin erat")
    published, _ = resolve_dates({}, clean("Isi berita.", header, kept=("Hak cipta © Kantor Berita 2023",)), vocabulary)
    assert published == Published(D(2023, 1, 1), "year", "copyright")


@pytest.mark.parametrize("body, expected", [
    # the weekday falls in the range told, or in the week after the day told
    ("Officials pledged Thursday to share data, at a meeting hosted by the agency. They met on March 6-7 in Bali.",
     D(2024, 3, 7)),
    ("The workshop opened on March 5 in Bali. It concluded on Thursday, officials said.", D(2024, 3, 7)),
    # a weekday in a name is no day of writing
    ("The workshop opened on March 5 in Bali, months after the Easter Sunday attacks. It closed on Thursday.",
     D(2024, 3, 7)),
])
def test_a_weekday_after_a_year_less_day_dates_a_page_of_the_copyright_year(vocabulary, body, expected):
    published, _ = resolve_dates({}, clean(body, kept=("© 2024 Kantor Berita",)), vocabulary)
    assert published == Published(expected, "day", "weekday")


def test_a_caption_with_a_date_is_not_a_dateline(vocabulary):
    header = ("Dari kiri ke kanan para pejabat kedua negara berfoto bersama usai penandatanganan di gedung kementerian, "
              "Senin (3/7/2023).",)
    published, _ = resolve_dates({}, clean("Isi berita.", header), vocabulary)
    assert published.basis != "stated"


def test_weekday_statement_after_a_weekday_dated_act(vocabulary):
    body = ("Delegasi kedua negara bertemu di Bogor, Kamis (5/10). "
            "\"Kami sepakat memperkuat kerja sama,\" kata ketua delegasi dalam keterangan yang diterima di Jakarta, Senin.")
    published, dates = resolve_dates({}, clean(body), vocabulary)
    # 5 October is a Thursday in 2023; the statement Monday just after it is 9 October
    assert published == Published(D(2023, 10, 9), "day", "weekday")
    assert [d.date for d in dates] == [D(2023, 10, 5), D(2023, 10, 9)]


def test_a_statement_weekday_after_a_long_title_and_name(vocabulary):
    # the speaker's title and name are longer than the usual window between the speech verb and the weekday
    body = ("Kedua delegasi bertemu di Jakarta, Senin (2/3/2026). \"Kami sepakat menyusun kegiatan konkret,\" kata "
            "Deputi Bidang Koordinasi Keamanan dan Ketertiban Masyarakat Kemenko Polkam Irjen. Pol. (Purn.) Budi "
            "Santoso Wibowo di Jakarta, Selasa.")
    published, dates = resolve_dates({}, clean(body), vocabulary)
    assert published == Published(D(2026, 3, 3), "day", "weekday")
    assert [(d.date, d.role) for d in dates] == [(D(2026, 3, 2), "date"), (D(2026, 3, 3), "statement")]


def test_a_weekday_in_the_next_sentence_after_a_quote_is_no_statement(vocabulary):
    body = ("\"Kami siap,\" kata Kepala Badan Contoh Budi Santoso. Delegasi itu kemudian bertolak ke Bali, Selasa "
            "(3/3/2026).")
    _, dates = resolve_dates({}, clean(body), vocabulary)
    assert [d.role for d in dates] == ["date"]


def test_a_year_less_range_with_weekdays_takes_its_year_from_them(vocabulary):
    body = "From Monday 4 to Wednesday 6 March we ran a course for border officers with the agency in Batam."
    published, dates = resolve_dates({}, clean(body), vocabulary)
    # 4 March is a Monday in 2024 (the latest such year of the study window)
    assert published == Published(D(2024, 3, 4), "day", "weekday")
    assert [(d.date, d.date_end) for d in dates] == [(D(2024, 3, 4), D(2024, 3, 6))]


def test_weekday_dated_statement_alone(vocabulary):
    body = "Pertemuan itu membahas banyak hal, kata direktur dikutip dari laman resmi, Selasa (14/11/2023)."
    published, _ = resolve_dates({}, clean(body), vocabulary)
    assert published == Published(D(2023, 11, 14), "day", "weekday")


def test_anniversary_and_a_statement_weekday(vocabulary):
    body = ("The remarks marked the 15th anniversary of the bombing on March 3, 2008. "
            "\"We remember,\" the head of the agency said in a statement here, Tuesday.")
    published, _ = resolve_dates({}, clean(body), vocabulary)
    # 3 March 2023 is a Friday; the Tuesday after it is 7 March 2023
    assert published == Published(D(2023, 3, 7), "day", "weekday")


@pytest.mark.parametrize("body, expected", [
    ("Police chiefs of the region met in Manila, which hosted the talks on Thursday.\n"
     "The meeting on October 9 was chaired by the Philippines under its 2025 presidency of the forum.\n"
     "The forum was founded in Kuala Lumpur in March 2016 after a string of attacks in 2015.",
     [D(2025, 10, 9), D(2016, 3, 1), D(2015, 1, 1)]),
    ("Delegasi BNPT tiba di Canberra untuk konsultasi bilateral.\n"
     "Konsultasi pada 12-13 Mei itu menjadi bagian dari rencana aksi bersama 2024.\n"
     "Kerja sama kedua negara dimulai pada Juli 2015.",
     [D(2024, 5, 12), D(2015, 7, 1)]),
])
def test_an_undated_pages_year_less_opening_day_is_in_the_years_its_opening_names(vocabulary, body, expected):
    # no dateline, no copyright line: the opening's day is the article's present, not among the background years
    # told further down
    _, dates = resolve_dates({}, clean(body), vocabulary)
    assert [d.date for d in dates] == expected


def test_copyright_year(vocabulary):
    body = "Menteri bertemu mitranya di Jakarta, kata juru bicara di sini pada Kamis."
    published, dates = resolve_dates({}, clean(body, kept=("Copyright © Kantor Berita 2021",)), vocabulary)
    assert published == Published(D(2021, 1, 1), "year", "copyright")
    assert dates == []  # a bare Thursday cannot be placed within a year


def test_no_date_at_all(vocabulary):
    published, dates = resolve_dates({}, clean("Isi berita tanpa tanggal apa pun."), vocabulary)
    assert published == Published(None, "", "none") and dates == []


# --------------------------------------------------------------------------- held-out generalisation cases

@pytest.mark.parametrize("text, published, start, end", [
    ("The seminar, held in Medan from 4 to 6 May, ended well.", D(2024, 5, 20), D(2024, 5, 4), D(2024, 5, 6)),
    ("The patrol ran from Sep 2 to 9, officials said.", D(2024, 9, 30), D(2024, 9, 2), D(2024, 9, 9)),
    ("Rapat digelar pada 8-9 April di Ambon.", D(2024, 4, 20), D(2024, 4, 8), D(2024, 4, 9)),
    ("They met in Hanoi on 1-2 March.", D(2023, 3, 10), D(2023, 3, 1), D(2023, 3, 2)),
    ("Kursus berjalan 29 Desember-2 Januari di Solo.", D(2024, 1, 10), D(2023, 12, 29), D(2024, 1, 2)),
    # each day with its weekday
    ("From Tuesday 10 to Thursday 12 September we ran a workshop in Medan.", D(2024, 9, 15), D(2024, 9, 10),
     D(2024, 9, 12)),
    ("Lokakarya digelar Selasa, 10 hingga Kamis, 12 September 2024 di Bali.", D(2024, 9, 15), D(2024, 9, 10),
     D(2024, 9, 12)),
])
def test_a_day_range_without_a_year_takes_it_from_publication(vocabulary, text, published, start, end):
    found = only(text, vocabulary, Published(published, "day", "stated"))
    assert (found.date, found.date_end, found.precision) == (start, end, "day")


@pytest.mark.parametrize("text, published, expected", [
    ("The next round will be held in Hanoi on October upcoming.", D(2023, 9, 1), D(2023, 10, 1)),
    ("The second round was held in Perth on October ago.", D(2023, 9, 1), D(2022, 10, 1)),
    ("Awal September lalu kedua lembaga bertemu.", D(2024, 9, 25), D(2024, 9, 1)),  # this September
    ("Kedua lembaga bertemu Oktober lalu.", D(2024, 9, 25), D(2023, 10, 1)),
    # a course set to begin in a month is in the next such month
    ("The next course is set to begin in March, the embassy said.", D(2024, 9, 25), D(2025, 3, 1)),
])
def test_past_and_future_month_words(vocabulary, text, published, expected):
    found = only(text, vocabulary, Published(published, "day", "stated"))
    assert (found.date, found.precision) == (expected, "month")


@pytest.mark.parametrize("text, form", [
    ("Kunjungan itu dijadwalkan pada paruh kedua 2025.", "year_part"),
    ("The forum is planned for the second half of 2025.", "year_part"),
    ("The summit will be held in Bali in the second semester of 2025.", "year_part"),
    ("Pertemuan berikutnya dijadwalkan di Canberra pada 2025.", "year"),
    ("A second course is scheduled for early 2025.", "year_part"),
    ("Kedua negara akan menggelar latihan bersama pada akhir 2025.", "year_part"),
    ("The two police forces plan a joint workshop in mid-2025.", "year_part"),  # hyphen joins part and year
    ("The MoU is to be signed in the middle of year 2025 in Seoul.", "year_part"),
    ("The centre will open at the end of 2025.", "year_part"),
])
def test_a_year_that_dates_an_act_is_not_a_period(vocabulary, text, form):
    found = only(text, vocabulary)
    assert (found.date, found.precision, found.is_period, found.form) == (D(2025, 1, 1), "year", False, form)


@pytest.mark.parametrize("text, role", [
    ("The agreement, which will end its validity in May 2026, was discussed.", "validity"),
    ("Nota kesepahaman itu berlaku hingga Desember 2026.", "validity"),
    ("BNPT ingin belajar dari pengalaman Malaysia menjadi tuan rumah forum itu tahun lalu.", "historical"),
    ("Andi menjelaskan, pada 2-3 Mei 2024 tim BNPT mengikuti forum di Roma.", "date"),
    ("\"Kami siap,\" kata Andi kepada wartawan pada Jumat (3/5/2024).", "statement"),
    # the speaker set off by commas: the sentence resumes and dates its own act
    ("Pelatihan lanjutan, kata Andi, akan digelar pada Juni 2024 di Medan.", "date"),
    ("The next course, Andi said, will be held on June 3, 2024 in Medan.", "date"),
    # ... however many words the sentence resumes with, up to an English "in"
    ("The third round of the talks, he said, is set to be hosted in Perth in June 2024.", "date"),
    ("Pelatihan itu rampung, kata Andi di Medan, Jumat (3/5/2024).", "statement"),
    ("Pelatihan di Medan berlangsung hingga Sabtu (4/5/2024).", "end"),
    # a year of office named right before it: the term, not an act's date (a day is never a term)
    ("Rapat dipimpin Malaysia selaku ketua ASEAN tahun ini.", "tenure"),
    ("The forum was opened by Laos, which holds the bloc's chairmanship in 2024.", "tenure"),
    ("Ketua panitia membuka pelatihan lanjutan yang digelar pada 2024 di Bogor.", "date"),
    ("Laos, holding the ASEAN chairmanship this year, opened the forum.", "tenure"),
    # ... with the office's body named in full after "of"; lower-case words after it end no name
    ("Tirtania, as chair of the Indian Ocean Rim Association this year, opened the talks.", "tenure"),
    ("Kenya, holding the presidency of the Council of Eastern and Southern States this year, hosted the talks.",
     "tenure"),
    ("The chair of the forum met BNPT officials in Bogor in 2024.", "date"),
    ("Rapat dipimpin ketua delegasi Malaysia, Jumat (3/5/2024).", "date"),
    # the attacks are the course's topic: "held" makes the date the course's
    ("They finished a course on responding to bomb attacks, held May 2-4, 2024 in Bogor.", "date"),
    ("The bomb attacks of May 2002 killed many people.", "historical"),
    ("The unit dismantled the network that planned the October 2002 Bali bombings.", "historical"),
    # a heading's words end at its line: "pengalaman" in it makes no background of the paragraph below
    ("Berbagi pengalaman dengan mitra\nSehari sebelumnya, Selasa (7/5/2024), LPSK menerima kunjungan delegasi.",
     "date"),
])
def test_roles_of_validity_background_and_reported_dates(vocabulary, text, role):
    published = Published(D(2024, 5, 10), "day", "stated")
    assert only(text, vocabulary, published).role == role


@pytest.mark.parametrize("text", [
    "Peringatan ke-2025 tidak pernah ada.",  # a hyphen after a word that is no part of a year
    "Tim itu menyita 12-2025 butir amunisi.",
])
def test_a_hyphenated_number_is_no_year(vocabulary, text):
    assert find_dates(text, vocabulary) == []


def test_the_same_day_takes_the_previous_day(vocabulary):
    text = "The minister spoke in Perth on Monday (6/5/2024). On the same day, he received a delegation."
    dates = find_dates(text, vocabulary)
    assert [(d.form, d.date) for d in dates] == [("numeric", D(2024, 5, 6)), ("same_day", D(2024, 5, 6))]


def test_an_opening_and_a_closing_day_make_one_range(vocabulary):
    text = "Kegiatan di Solo itu dibuka Senin (6/5/2024) dan ditutup Rabu (8/5/2024)."
    found = only(text, vocabulary)
    assert (found.date, found.date_end, found.role) == (D(2024, 5, 6), D(2024, 5, 8), "date")


def test_a_planned_weekday_date_is_not_the_day_of_writing(vocabulary):
    # 9 May 2024 is a Thursday: the visit planned for it says nothing about when the article was written
    body = ("Delegasi tiba di Jakarta pada Senin (6/5/2024). "
            "Delegasi dijadwalkan mengunjungi Bandung pada Kamis (9/5/2024).")
    published, _ = resolve_dates({}, clean(body), vocabulary)
    assert published == Published(D(2024, 5, 6), "day", "weekday")


@pytest.mark.parametrize("body, expected", [
    # 7 May 2024 is a Tuesday: "kata X, Selasa" was said on the day of the dated visit
    ("Delegasi Jepang berkunjung ke Bogor pada 7 Mei 2024. \"Kami senang,\" kata ketua delegasi di Bogor, Selasa.",
     D(2024, 5, 7)),
    # 1 May 2024 is a Wednesday too, but before the Tuesday visit: the Wednesday after that visit it was said
    ("Delegasi Jepang berkunjung ke Bogor, Selasa (7/5). \"Kami senang,\" kata ketua delegasi di Bogor, Rabu. "
     "Kunjungan itu berlangsung sepekan setelah Hari Buruh 1 Mei 2024.", D(2024, 5, 8)),
    # the Wednesday said is the last day of the workshop told, 11-13 March 2024 (Monday to Wednesday); the page is of
    # the Thursday after it that the text names, not of the next Wednesday
    ("Lokakarya digelar Senin hingga Rabu (11-13/3) di Kendari. \"Kami puas,\" kata Rina saat penutupan, Rabu. "
     "Rangkuman kegiatan dikirim panitia kepada media pada Kamis (14/3).", D(2024, 3, 14)),
])
def test_a_statement_weekday_picks_the_date_that_falls_on_it(vocabulary, body, expected):
    published, _ = resolve_dates({}, clean(body), vocabulary)
    assert published == Published(expected, "day", "weekday")


@pytest.mark.parametrize("text", ["The programme has trained officers since the early 2000s.",
                                  "Program itu berjalan sejak awal 2000-an."])
def test_a_decade_is_no_act_date(vocabulary, text):
    assert all(d.is_period or d.form != "year_part" for d in find_dates(text, vocabulary))


@pytest.mark.parametrize("copyright_line", ["(c) 2024 Kantor Berita", "© 2024 Kantor Berita"])
def test_a_year_less_wire_dateline_takes_the_copyright_year_not_an_earlier_acts_weekday(vocabulary, copyright_line):
    body = "Police officials of both countries met in Tawau on Thursday, officials said."
    published, _ = resolve_dates({}, clean(body, dateline="KUALA LUMPUR, Jan 5 (Kantor) --", kept=(copyright_line,)),
                                 vocabulary)
    assert published == Published(D(2024, 1, 5), "day", "stated")


def test_a_year_less_time_stamp_under_the_sites_name_is_the_dateline(vocabulary):
    # no dateline was cut from the first paragraph; the page's stamp is a short header line below the site's name
    header = ("Kantor Berita Tirta", "World", "5 JAN, 09:40", "Police officials of two countries meet in Tawau")
    body = "Police officials of both countries met in Tawau on Thursday, the ministry said on Friday."
    published, _ = resolve_dates({}, clean(body, header, kept=("© 2024 Kantor Berita Tirta",)), vocabulary)
    assert published == Published(D(2024, 1, 5), "day", "stated")


def test_a_closed_door_meeting_is_no_closing_day(vocabulary):
    [found] = find_dates("They convened a closed-door roundtable in Jakarta on 21 November 2023.", vocabulary)
    assert found.role == "date"


@pytest.mark.parametrize("text, expected", [
    ("15th May 2024 16:02", D(2024, 5, 15)),
    ("signed on the 3rd of June 2024 in Bali", D(2024, 6, 3)),
])
def test_an_english_day_with_its_ordinal(vocabulary, text, expected):
    assert [(m.date, m.precision) for m in find_dates(text, vocabulary)] == [(expected, "day")]


def test_a_newsletters_month_among_fields_is_the_pages_month(vocabulary):
    header = ("TIRTA MONITOR", "Issue 14 | May 2025", "A digest")
    published, _ = resolve_dates({}, clean("Isi berita yang cukup panjang untuk menjadi badan.", header), vocabulary)
    assert published == Published(D(2025, 5, 1), "month", "stated")


@pytest.mark.parametrize("header", [
    ("Kantor Berita Tirta", "News > Media releases", "Embassy funds a reintegration programme", "Thursday 15 August"),
    ("Embassy funds a reintegration programme", "Kamis, 15 Agustus"),
])
def test_a_year_less_date_line_naming_its_weekday_beats_the_body_weekday_date(vocabulary, header):
    # 15 August 2024 is a Thursday; the body's Tuesday 13 August is the act's day, two days before
    body = "The grant agreement was signed on Tuesday 13 August at the embassy."
    published, _ = resolve_dates({}, clean(body, header, kept=("Copyright © 2024 Kantor Berita Tirta",)), vocabulary)
    assert published == Published(D(2024, 8, 15), "day", "stated")


@pytest.mark.parametrize("text, expected", [
    ("Pertemuan berikutnya digelar Juni tahun depan.", D(2023, 6, 1)),
    ("The first round was held in November last year.", D(2021, 11, 1)),
    ("The forum is planned for November this year.", D(2022, 11, 1)),
    # a month in the year just written
    ("The forum was founded in 2015, and its first meeting was held in Sydney that November.", D(2015, 11, 1)),
    ("Kerja sama dimulai pada 2017 dan pelatihan pertama digelar pada Maret tahun itu.", D(2017, 3, 1)),
    ("The centre opened in 2019; in June of that year it trained its first officers.", D(2019, 6, 1)),
    # a year written as a name's qualifier is the year just written too
    ("The centre opened in 2004. The 2006 Tirta Treaty, signed in November that year, followed.", D(2006, 11, 1)),
])
def test_a_month_with_a_relative_or_just_written_year(vocabulary, text, expected):
    found = [m for m in find_dates(text, vocabulary, Published(D(2022, 7, 28), "day", "stated")) if m.precision == "month"]
    assert [m.date for m in found] == [expected]


def test_a_date_line_with_its_update_time_is_dated_by_its_first_date(vocabulary):
    article = clean("Twenty officers completed a course in Semarang, the police said on Saturday.",
                    ("The Tirta Star", "Sun Aug 21, 2022 12:00 AM  Last update on: Sun Aug 28, 2022 01:15 AM"))
    published, _ = resolve_dates({}, article, vocabulary)
    assert published == Published(D(2022, 8, 21), "day", "stated")


def test_a_removed_posting_stamp_naming_its_weekday_dates_the_page(vocabulary):
    # "Posted Tuesday 14 May by ...": a stamp a rule removed but kept for dates; 14 May is a Tuesday in 2024
    body = "In March 2024 officials met in Brussels. A workshop is planned for the second half of 2024."
    article = clean(body, ("Tirta at Melbourne", "Brussels and Jakarta talk past each other"),
                    kept=("Posted Tuesday 14 May by Rina Tan",))
    published, _ = resolve_dates({}, article, vocabulary)
    assert published == Published(D(2024, 5, 14), "day", "stated")


@pytest.mark.parametrize("text, start, end", [
    ("Pelatihan digelar Selasa-Rabu (14-15/11/2023) di Surabaya.", D(2023, 11, 14), D(2023, 11, 15)),
    ("Pelatihan pada 14-15/11/2023 di Jatim.", D(2023, 11, 14), D(2023, 11, 15)),
    ("Pelatihan digelar Senin-Rabu (13-15/11) di Bali.", D(2023, 11, 13), D(2023, 11, 15)),
    # the weekdays joined by a range word: one range, the days in brackets give it
    ("The course ran from Monday until Wednesday (6-8/11) in Bali.", D(2023, 11, 6), D(2023, 11, 8)),
    ("Pelatihan digelar Senin hingga Rabu (6-8/11) di Bali.", D(2023, 11, 6), D(2023, 11, 8)),
])
def test_numeric_day_ranges(vocabulary, text, start, end):
    found = only(text, vocabulary, Published(D(2023, 11, 16), "day", "stated"))
    assert (found.date, found.date_end, found.precision) == (start, end, "day")


def test_a_bare_numeric_range_is_no_date(vocabulary):
    assert find_dates("Skor akhirnya 3-5/10 saja.", vocabulary) == []


def test_a_month_used_as_an_adjective_is_a_date(vocabulary):
    found = only("The talks follow an April workshop in Abu Dhabi.", vocabulary, Published(D(2024, 6, 21), "day", "stated"))
    assert (found.date, found.precision) == (D(2024, 4, 1), "month")


@pytest.mark.parametrize("text, expected", [
    ("MoU diteken pada 14 Januari 2025. Sehari sebelumnya, delegasi bertemu mufti.", D(2025, 1, 13)),
    ("They met on 3 May 2024 and the next day visited Bogor.", D(2024, 5, 4)),
    ("Forum digelar Rabu (15/5/2024). Dua hari sebelum forum, delegasi meninjau panti di Bekasi.", D(2024, 5, 13)),
])
def test_a_day_before_or_after_the_last_date(vocabulary, text, expected):
    found = find_dates(text, vocabulary, Published(D(2025, 2, 11), "day", "stated"))
    assert (found[-1].date, found[-1].precision) == (expected, "day")


@pytest.mark.parametrize("text, words, expected", [
    ("A gas blast hit the port on 28 March 2019. Within days the two navies sent divers to help.", "Within days",
     D(2019, 3, 1)),
    ("Banjir melanda Bima pada Februari 2021. Beberapa hari kemudian, relawan Jepang tiba.", "Beberapa hari kemudian",
     D(2021, 2, 1)),
    # the attack is what the days are counted from: the date is the act's, not the attack's
    ("A bomb went off in May 2017. Investigators from Canberra joined the inquiry within days of the attack.",
     "within days", D(2017, 5, 1)),
])
def test_a_few_days_after_the_last_date_is_its_month(vocabulary, text, words, expected):
    found = find_dates(text, vocabulary, Published(D(2025, 2, 11), "day", "stated"))
    assert (found[-1].text, found[-1].date, found[-1].precision, found[-1].role) == (words, expected, "month", "date")


@pytest.mark.parametrize("header, expected", [
    # no month 14: the page writes month/day
    (("Women return home", "07/14/2022"), Published(D(2022, 7, 14), "day", "stated")),
    # a line that is only a month gives the month, and any day a line gives beats it
    (("Beyond the prison gate", "April 2024"), Published(D(2024, 4, 1), "month", "stated")),
    (("Beyond the prison gate", "April 2024", "Posted 3 May 2024"), Published(D(2024, 5, 3), "day", "stated")),
    # separators are no words: a long line of short fields is still a date line
    (("Judul", "Kota Contoh, Negeri Contoh  |  07 Februari 2024  |  Kategori: Siaran Pers  |  Dilihat 1.284 kali"),
     Published(D(2024, 2, 7), "day", "stated")),
])
def test_us_order_and_month_only_lines_date_the_page(vocabulary, header, expected):
    published, _ = resolve_dates({}, clean("The minister met his counterpart in Jakarta.", header), vocabulary)
    assert published == expected


@pytest.mark.parametrize("body, expected", [
    # an English day and month in brackets after the weekday, as Singapore papers write them
    ("Police have arrested nine men, a spokesman said on Monday (Dec 15).", D(2025, 12, 15)),
    ("Police have arrested nine men, a spokesman said on Monday (15 Dec).", D(2025, 12, 15)),
    # a statement's date, though the sentence told of the militants' plan
    ("Police arrested nine men who planned to attack churches, a spokesman said on Monday (Dec 15).", D(2025, 12, 15)),
])
def test_a_statement_weekday_with_the_day_and_month_in_brackets(vocabulary, body, expected):
    published, _ = resolve_dates({}, clean(body, kept=("Copyright © 2025 Contoh Media",)), vocabulary)
    assert published == Published(expected, "day", "weekday")


def test_a_reports_sign_off_of_place_and_month_dates_it(vocabulary):
    from analysis.s2_clean import clean as clean_page
    body = "Badan Tirta menerima kunjungan delegasi asing di kantornya untuk membahas kerja sama pencegahan."
    article = clean_page(f"Laporan Kinerja Badan Tirta\n{body}\n\nJakarta, Februari 2024\n", vocabulary)
    published, _ = resolve_dates({}, article, vocabulary)
    assert published == Published(D(2024, 2, 1), "month", "stated")


@pytest.mark.parametrize("title, body, expected", [
    # a year review's entries open with their month and a colon; the headline says which year they are in
    ("2024 in Review: A Busy Year for Tirta", "June: BNPT and Tirtanian officials held talks.", [D(2024, 6, 1)]),
    ("2024 in Review: A Busy Year for Tirta", "- January: A delegation visited BNPT.", [D(2024, 1, 1)]),
    # (without a review the nearest January to a New Year's Eve story is the coming one)
    ("A Busy Year for Tirta", "January: A delegation will visit BNPT.", [D(2025, 1, 1)]),
    # (a month that says its own year keeps it)
    ("Kilas Balik 2024", "Pelatihan berikutnya ditargetkan Januari tahun depan.", [D(2025, 1, 1), D(2025, 1, 1)]),
    # "the last week of the month" is no relative date; "last week" is
    ("2024 in Review", "February: In the last week of the month, BNPT launched a project.", [D(2024, 2, 1)]),
    ("A headline", "BNPT launched a project last week.", [D(2024, 12, 24)]),
    # a month inside a line, with no cue, is no date
    ("A headline", "Officials said June: was a busy month.", []),
])
def test_year_reviews_and_entry_headings(vocabulary, title, body, expected):
    article = clean(body, header=(title, "Tuesday, 31 December 2024"))
    published, dates = resolve_dates({}, article, vocabulary)
    assert published.date == D(2024, 12, 31)
    assert [d.date for d in dates if d.role == "date"] == expected


@pytest.mark.parametrize("text, expected", [
    # a day and month with a relative year after them are in that year, which is no date of its own
    ("The course is scheduled from Jan. 22 to Feb. 2 next year.", [(D(2024, 1, 22), D(2024, 2, 2))]),
    ("Pelatihan serupa digelar pada 20 Mei tahun lalu.", [(D(2022, 5, 20), None)]),
    ("Pertemuan berikutnya pada 5 Desember tahun depan.", [(D(2024, 12, 5), None)]),
    # (without one, a January told in November stays in the publication's year, unless it is planned)
    ("The course was held from Jan. 22 to Feb. 2.", [(D(2023, 1, 22), D(2023, 2, 2))]),
    ("The course is scheduled from Jan. 22 to Feb. 2.", [(D(2024, 1, 22), D(2024, 2, 2))]),
    ("Delegasi akan berkunjung pada 15 November.", [(D(2023, 11, 15), None)]),
])
def test_a_day_and_month_take_the_relative_year_after_them(vocabulary, text, expected):
    found = find_dates(text, vocabulary, Published(D(2023, 11, 18), "day", "stated"))
    assert [(d.date, d.date_end) for d in found] == expected


def _cue_entries(cues: list[str]) -> list[tuple]:
    """(pattern, exact, value) of cues sharing a head, longest first, as `CueSet` builds them."""
    import re

    entries = []
    for cue in sorted(cues, key=len, reverse=True):
        words = cue.strip("*").split()
        exact = all(ch.isupper() for ch in cue if ch.isalpha())
        body = r"[\s-]+".join(re.escape(w if exact else w.casefold()) for w in words)
        entries.append((re.compile(body + (r"\w*" if cue.endswith("*") else r"(?!\w)")), exact, cue))
    return entries


@pytest.mark.parametrize("cues", [
    ["the meeting", "the workshop", "the meetings", "the"],
    ["kerja sama*", "kerja sama teknis", "kerja"],
    ["KTT", "ktt asean", "KTT ASEAN", "ktt*"],
    ["jum'at", "jum'at lalu"],
    ["bilateral", "bilateral meeting", "BILATERAL TALKS"],
])
def test_a_heads_cues_in_one_match_find_the_first_cue_that_matches(cues):
    """`_one_match_per_mode` makes one alternation per run of a head's cues: at every offset of a text it finds
    the cue (and its end) that trying the cues one by one, longest first, finds, or none where they find none."""
    from analysis.s5_dates import _one_match_per_mode

    entries = _cue_entries(cues)
    combined = _one_match_per_mode(entries)
    assert sum(len(values) for _, _, values in combined) == len(entries)
    for text in ("the meetings of the workshop-the meeting, then", "Kerja sama teknis dan kerja-sama kerjanya",
                 "KTT ASEAN, ktt asean dan KTTnya; KTT-ASEAN", "Jum'at lalu, jum'atan", "BILATERAL TALKS, bilateral meeting",
                 "the  meeting\nthe—meeting thex", cues[0].upper() + " " + cues[-1]):
        lowered = text.lower()
        for at in range(len(text) + 1):
            expected = next(((m.end(), value) for pattern, exact, value in entries
                             if (m := pattern.match(text if exact else lowered, at))), None)
            got = next(((m.end(), values[m.lastindex - 1]) for pattern, exact, values in combined
                        if (m := pattern.match(text if exact else lowered, at))), None)
            assert got == expected, (text, at)
