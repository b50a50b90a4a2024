"""Events of cooperation from small hand-made bodies, with actor spans from the real matcher."""
from __future__ import annotations

import datetime as dt
import re

import pytest

from analysis.s2_clean import CleanArticle
from analysis.s3_segment import abbreviations, split_sentences
from analysis.s4_match import match_actors
from analysis.s5_dates import Published, resolve_dates
from analysis.s5_events import extract_events, lexicon_for
from analysis.vocabulary import VocabularyError, load_vocabulary

D = dt.date


@pytest.fixture(scope="module")
def vocabulary():
    return load_vocabulary()


def events_of(body, vocabulary, header=("Judul berita", "Kamis, 14 Maret 2024 10:00 WIB"), metadata=None):
    clean = CleanArticle(body, header[0] if header else "", tuple(header), (), "")
    published, dates = resolve_dates(metadata or {}, clean, vocabulary)
    sentences = split_sentences(body, abbreviations(vocabulary))
    actors = match_actors(body, vocabulary)
    return extract_events("t", body, sentences, actors.spans, vocabulary.actors | actors.discovered, dates, published,
                          vocabulary)


def dates_and_partners(body, vocabulary):
    """(date, partner codes) of each event of a body, in order."""
    return [(e.date, e.partner_codes) for e in events_of(body, vocabulary)[0]]


def test_a_dated_visit(vocabulary):
    body = "Delegasi Jepang berkunjung ke kantor BNPT di Sentul, Selasa (12/3), untuk berbagi pengalaman."
    events, published = events_of(body, vocabulary)
    assert published == Published(D(2024, 3, 14), "day", "stated")
    [event] = events
    assert (event.date, event.date_precision, event.kind, event.status) == (D(2024, 3, 12), "day", "visit", "held")
    assert set(event.participants) == {"JPN", "BNPT"} and event.partner_codes == ("JPN",)
    assert event.scope == "bilateral" and event.location == "Sentul"
    assert event.evidence == body and event.event_id == "t#e1" and event.sentence_id == 0


@pytest.mark.parametrize("sentence, kind", [
    ("BNPT dan Jepang menandatangani nota kesepahaman pada 11 Maret 2024.", "agreement"),
    ("BNPT menggelar lokakarya bersama Jepang pada 11 Maret 2024.", "training"),
    ("BNPT dan Jepang meluncurkan pusat data bersama pada 11 Maret 2024.", "launch"),
    ("BNPT menghadiri konferensi regional bersama Jepang pada 11 Maret 2024.", "forum"),
    ("BNPT bertemu Jepang pada 11 Maret 2024.", "meeting"),
    ("Japan and BNPT signed an agreement on March 11, 2024.", "agreement"),
    ("Japanese officials met BNPT on March 11, 2024.", "meeting"),
])
def test_kinds(vocabulary, sentence, kind):
    [event] = events_of(sentence, vocabulary)[0]
    assert event.kind == kind and event.date == D(2024, 3, 11)


@pytest.mark.parametrize("sentence", [
    "BNPT akan menggelar pertemuan dengan Jepang pada 20 Maret 2024.",
    "BNPT menyambut rencana kunjungan Jepang pada 20 Maret 2024.",
    "Jepang direncanakan berkunjung ke BNPT pada 20 Maret 2024.",
    "Japan will hold talks with BNPT on March 20, 2024.",
    "Japan plans to visit BNPT on March 20, 2024.",
])
def test_planned(vocabulary, sentence):
    [event] = events_of(sentence, vocabulary)[0]
    assert event.status == "planned" and event.date == D(2024, 3, 20)


def test_a_range_has_an_end_date(vocabulary):
    body = "BNPT mengikuti forum regional bersama Malaysia pada 4-6 Maret 2024 di Kuala Lumpur."
    [event] = events_of(body, vocabulary)[0]
    assert (event.date, event.date_end) == (D(2024, 3, 4), D(2024, 3, 6))


def test_an_undated_act_takes_the_publication_date(vocabulary):
    body = "Delegasi Selandia Baru mengunjungi BNPT untuk mempelajari program pencegahan."
    [event] = events_of(body, vocabulary)[0]
    assert (event.date, event.date_precision, event.partner_codes) == (D(2024, 3, 14), "day", ("NZL",))


def test_one_act_reported_twice_is_one_event(vocabulary):
    body = ("Delegasi Jepang berkunjung ke BNPT, Selasa (12/3). "
            "Dalam kunjungan itu, kedua pihak membahas pertukaran informasi. "
            "Kunjungan Jepang ke BNPT itu memperkuat kerja sama kedua negara.")
    events, _ = events_of(body, vocabulary)
    assert len(events) == 1 and events[0].date == D(2024, 3, 12)


def test_two_acts_on_different_dates_stay_apart(vocabulary):
    body = ("Delegasi Jepang berkunjung ke BNPT, Selasa (12/3). "
            "Kunjungan itu melanjutkan nota kesepahaman yang ditandatangani kedua negara pada 5 Mei 2019.")
    events, _ = events_of(body, vocabulary)
    assert [(e.date, e.kind, e.partner_codes) for e in events] == [
        (D(2024, 3, 12), "visit", ("JPN",)), (D(2019, 5, 5), "agreement", ("JPN",))]


def test_two_meetings_joined_in_one_sentence(vocabulary):
    body = "BNPT menggelar konferensi ASEAN ke-10 dan dialog ASEAN-Selandia Baru ke-2 pada 5 Maret 2024 di Jakarta."
    events, _ = events_of(body, vocabulary)
    assert [e.partner_codes for e in events] == [("ASEAN",), ("ASEAN", "NZL")]
    assert all(e.date == D(2024, 3, 5) and e.scope == "multilateral" for e in events)


def test_a_clause_without_a_counterpart_takes_the_narratives_partner(vocabulary):
    body = ("BNPT bertemu UNOCT di New York, Senin (11/3). "
            "Sebelumnya, pada 6-8 Februari 2024, BNPT menghadiri pertemuan tingkat regional di Thailand.")
    events, _ = events_of(body, vocabulary)
    assert [(e.date, e.partner_codes) for e in events] == [(D(2024, 3, 11), ("UN",)), (D(2024, 2, 6), ("UN",))]
    assert "THA" not in events[1].participants  # a venue, not a participant


def test_a_similar_act_takes_the_partner_of_the_dated_act_told_not_of_an_undated_part(vocabulary):
    body = ("Pelatihan forensik yang digelar Densus 88 bersama Australian Federal Police (AFP) berlangsung "
            "4-8 Maret 2024 di Tirtakota. "
            "Tirto Walker, instruktur asal Selandia Baru, memuji kesiapan peserta. "
            "Menurut Densus 88, pelatihan serupa sudah diadakan pada Mei 2022.")
    events, _ = events_of(body, vocabulary)
    assert [(e.date, e.partner_codes) for e in events if e.date.year == 2022] == [(D(2022, 5, 1), ("AUS",))]


def test_a_word_of_series_in_the_next_sentence_does_not_make_an_act_a_next_one(vocabulary):
    # "berikutnya" opens the sentence after "angkatan ketiga": the third run is like the course told, with its
    # partner, and so is the next run
    body = ("Densus 88 bersama Australian Federal Police (AFP) menggelar pelatihan forensik pada 4-8 Maret 2024. "
            "Tirto Walker, instruktur asal Selandia Baru, memuji kesiapan peserta. "
            "Menurut Densus 88, pelatihan serupa sudah diadakan pada Mei 2022 dan kini sampai pada angkatan "
            "ketiga. Angkatan berikutnya direncanakan Februari 2025.")
    events, _ = events_of(body, vocabulary)
    assert [(e.date, e.partner_codes) for e in events if e.date.year != 2024] == [
        (D(2022, 5, 1), ("AUS",)), (D(2025, 2, 1), ("AUS",))]


def test_a_party_joining_the_act_told_is_that_acts_and_not_the_next_acts_partner(vocabulary):
    body = ("Pelatihan forensik yang digelar Densus 88 bersama Australian Federal Police (AFP) berlangsung "
            "4-8 Maret 2024 di Tirtakota. Kepolisian Selandia Baru turut menugaskan dua instruktur. "
            "Upacara penutup digelar Selasa (12/3) di Gedung Tirta.")
    events, _ = events_of(body, vocabulary)
    assert [(e.date, e.partner_codes) for e in events] == [(D(2024, 3, 4), ("AUS", "NZL")), (D(2024, 3, 12), ("AUS",))]


def test_domestic_cooperation(vocabulary):
    body = "BNPT dan Densus 88 menggelar rapat koordinasi pada Senin (11/3/2024) di Jakarta."
    [event] = events_of(body, vocabulary)[0]
    assert (event.scope, event.partner_codes, event.date) == ("domestic", (), D(2024, 3, 11))
    assert set(event.participants) == {"BNPT", "DENSUS88"}


@pytest.mark.parametrize("body", [
    "Program itu dijalankan BNPT dan Jepang sejak tahun 2016.",
    "Rencana Kerja Bersama Jepang-BNPT 2020-2025 terus dilaksanakan.",
    "The bombing that occurred on August 5, 2003 was recalled by BNPT.",
    "Kepala BNPT, yang pernah menjadi kepala kepolisian daerah pada 2017, hadir.",
])
def test_periods_and_history_are_not_events(vocabulary, body):
    assert events_of(body, vocabulary)[0] == []


def test_statement_date_is_not_the_act_date(vocabulary):
    body = ("BNPT bertemu delegasi Jepang untuk membahas kerja sama, kata juru bicara dalam keterangan tertulis, "
            "Rabu (13/3).")
    [event] = events_of(body, vocabulary, header=())[0]
    assert event.date == D(2024, 3, 13)  # the publication date (from that statement) stands in
    events, published = events_of(body, vocabulary, header=())
    assert published.basis == "weekday"


@pytest.mark.parametrize("body, date", [
    ("The police chief said the meeting on Tuesday and Wednesday brought together Densus 88 and the Japanese "
     "police.", D(2024, 3, 12)),
    ("Kapolri mengatakan pertemuan pada Selasa (12/3) itu mempertemukan Densus 88 dan Kepolisian Jepang.",
     D(2024, 3, 12)),
])
def test_a_date_right_after_an_act_word_is_its_date_after_a_speech_verb_too(vocabulary, body, date):
    [event] = events_of(body, vocabulary)[0]
    assert event.date == date


def test_cooperation_without_an_act_cue_still_yields_one_event(vocabulary):
    body = "BNPT memperkuat kerja sama dengan Jepang dalam pencegahan ekstremisme kekerasan."
    [event] = events_of(body, vocabulary)[0]
    assert (event.kind, event.date, event.partner_codes) == ("other", D(2024, 3, 14), ("JPN",))


def test_the_latest_act_dates_an_article_with_no_other_date(vocabulary):
    body = ("BNPT dan Jepang menandatangani nota kesepahaman pada 2 Februari 2023. "
            "Keduanya kembali bertemu pada 9 Maret 2023.")
    events, published = events_of(body, vocabulary, header=())
    assert published == Published(D(2023, 3, 9), "day", "event")
    assert [e.date for e in events] == [D(2023, 2, 2), D(2023, 3, 9)]


def test_the_last_day_of_a_reported_course_dates_an_article_with_no_other_date(vocabulary):
    body = ("Twenty officers of the Tirta Police completed a course at JCLEC in Semarang. "
            "The course, which ran from 3 to 14 June 2024, was taught by Densus 88 instructors.")
    events, published = events_of(body, vocabulary, header=())
    assert published == Published(D(2024, 6, 14), "day", "event")


def test_a_relative_clauses_act_is_apart_and_a_reported_day_dates_the_article(vocabulary):
    body = ("Indonesia and the European Union co-chaired a regional meeting on counter-terrorism in Semarang on "
            "2 May 2024. Participants agreed on a summary report, which will be submitted to the ministerial "
            "meeting of the ASEAN Regional Forum in July 2024.")
    events, published = events_of(body, vocabulary, header=())
    assert published == Published(D(2024, 5, 2), "day", "event")
    assert not any(e.kind == "agreement" and e.date == D(2024, 7, 1) for e in events)


def test_a_partners_help_with_an_act_is_an_act_with_it(vocabulary):
    body = ("BNPT membina 14 anak yatim. Mereka dipulangkan ke Jakarta pada 2023 dengan bantuan UNICEF. "
            "Polisi menyita dana teror dengan bantuan warga.")
    events = events_of(body, vocabulary)[0]
    assert [(e.date.year, e.partner_codes) for e in events] == [(2023, ("UN",))]


def test_a_cue_inside_an_organisation_name_is_not_an_act(vocabulary):
    body = "Forum Koordinasi Pencegahan Terorisme (FKPT) mendukung BNPT."
    assert events_of(body, vocabulary)[0] == []


def test_an_act_told_there_takes_the_time_of_the_sentence_before(vocabulary):
    body = ("Awal Januari, rombongan BNPT terbang ke Tokyo untuk memperdalam kerja sama dengan Jepang. "
            "Di sana, delegasi berdiskusi dengan Kepolisian Nasional Jepang.")
    events, _ = events_of(body, vocabulary)
    assert [(e.date, e.date_precision, e.partner_codes) for e in events] == [(D(2024, 1, 1), "month", ("JPN",))]


def test_an_undated_act_takes_the_time_of_the_sentence_before_in_its_paragraph(vocabulary):
    body = ("Pada Selasa (5/3), warga Tenggulun berkumpul di balai desa. Bantuan dari Jepang itu diserahkan BNPT "
            "kepada kelompok usaha mantan narapidana.\nBNPT dan Jepang kini menyiapkan program lanjutan.")
    events, _ = events_of(body, vocabulary)
    assert [(e.date, e.partner_codes) for e in events][0] == (D(2024, 3, 5), ("JPN",))


@pytest.mark.parametrize("body", [
    "BNPT menjadi tuan rumah forum ASEAN di Yogyakarta, 5-6 Maret 2024. Pertemuan dihadiri delegasi dari "
    "Malaysia, Singapura dan Thailand.",
    # English, the delegations in the plural opening the next sentence
    "The ASEAN meeting, held on 5 and 6 March 2024, was hosted by BNPT. Delegations from Malaysia, Singapore and "
    "Thailand attended.",
])
def test_delegations_named_at_the_act_just_told_take_part_in_it(vocabulary, body):
    events, _ = events_of(body, vocabulary)
    assert [(e.date, e.partner_codes) for e in events] == [(D(2024, 3, 5), ("ASEAN", "MYS", "SGP", "THA"))]


def test_a_planned_expert_exchange(vocabulary):
    body = "BNPT and Japan signed an MoU. The first expert exchange will take place in Tokyo in October."
    events, _ = events_of(body, vocabulary)
    assert [(e.date, e.kind, e.status) for e in events][1:] == [(D(2024, 10, 1), "visit", "planned")]


def test_a_body_named_as_a_meeting_meets(vocabulary):
    body = "Pada Januari lalu BNPT ikut menyiapkan pertemuan pejabat senior ASEAN tentang kejahatan transnasional."
    [event] = events_of(body, vocabulary)[0]
    assert (event.date, event.date_precision, event.kind, event.partner_codes) == (D(2024, 1, 1), "month", "meeting",
                                                                                   ("ASEAN",))


def test_an_undated_plan_is_not_merged_into_a_held_act(vocabulary):
    body = ("BNPT bertemu delegasi Belgia di Jakarta, Selasa (12/3/2024). "
            "Belgia juga akan mengirim pelatih untuk pelatihan bagi petugas lapas BNPT.")
    events, _ = events_of(body, vocabulary)
    assert sorted(e.status for e in events) == ["held", "planned"]


# --------------------------------------------------------------------------- held-out generalisation cases

def test_a_year_after_pada_dates_an_act_only_where_nothing_finer_does(vocabulary):
    body = "Forum BNPT-Jepang berikutnya akan digelar di Tokyo pada 2025."
    [event] = events_of(body, vocabulary)[0]
    assert (event.date, event.date_precision, event.status) == (D(2025, 1, 1), "year", "planned")
    body = "BNPT dan Jepang, yang bermitra pada 2019, bertemu di Tokyo pada Selasa (12/3)."
    [event] = events_of(body, vocabulary)[0]
    assert (event.date, event.date_precision) == (D(2024, 3, 12), "day")


def test_a_possessive_date_names_the_act_told_before_not_the_act_of_its_clause(vocabulary):
    body = ("BNPT and Japan held talks in Jakarta on Tuesday (12/3). At the end of Tuesday's talks, both sides agreed "
            "to hold a joint workshop in Osaka in the second half of this year.")
    assert [(e.date, e.date_precision) for e in events_of(body, vocabulary)[0]] == [(D(2024, 3, 12), "day"),
                                                                                     (D(2024, 1, 1), "year")]


def test_a_validity_date_is_not_the_act_date(vocabulary):
    body = "BNPT dan Jepang sepakat memperpanjang nota kesepahaman yang berlaku hingga Desember 2024."
    [event] = events_of(body, vocabulary)[0]
    assert (event.date, event.date_precision) == (D(2024, 3, 14), "day")  # the publication date stands in


def test_a_date_opening_a_reported_act_is_its_date(vocabulary):
    body = "Andi menjelaskan, pada 4-5 Maret 2024 tim BNPT mengikuti pertemuan keamanan di Tokyo bersama Jepang."
    [event] = events_of(body, vocabulary)[0]
    assert (event.date, event.date_end) == (D(2024, 3, 4), D(2024, 3, 5))


@pytest.mark.parametrize("sentence, date", [
    ("The pilot course is due to start at BNPT this month with Japan.", D(2024, 3, 1)),
    ("BNPT and Japan hold a review conference in Bogor later this month.", D(2024, 3, 1)),
    ("Japan offered BNPT a second course for prison officers of three provinces, planned for this month.",
     D(2024, 3, 1)),
    ("Pertemuan lanjutan BNPT dan Jepang digelar di Osaka, dijadwalkan pada Maret.", D(2024, 3, 1)),
    # a bare weekday of an act still expected is the coming one
    ("The BNPT workshop is expected to close on Saturday with experts from Japan.", D(2024, 3, 16)),
    # a year still ahead, beside a day already past that dates something else
    ("At the closing ceremony on Tuesday (12/3), the BNPT director said Japan would run a second course for the "
     "prison officers of three provinces next year.", D(2025, 1, 1)),
])
def test_planned_cues_and_planned_dates(vocabulary, sentence, date):
    [event] = events_of(sentence, vocabulary)[0]
    assert (event.status, event.date) == ("planned", date)


@pytest.mark.parametrize("sentence, kind", [
    ("BNPT received a delegation from Japan on Tuesday (12/3).", "visit"),
    ("BNPT dan Jepang membahas pertukaran data pada Selasa (12/3).", "meeting"),
    ("Two instructors were seconded from Japan to BNPT on Tuesday (12/3).", "training"),
    ("Japan ran a mentoring programme for BNPT analysts on Tuesday (12/3).", "training"),
    ("Polri dan Jepang menggelar operasi bersama pada Selasa (12/3).", "other"),
    ("Jepang mengirim tim ahli ke kantor BNPT pada Selasa (12/3).", "visit"),
    ("BNPT officials began a study visit to Japan on Tuesday (12/3).", "visit"),
    ("Kemenag melepas 20 imam yang mengikuti program pertukaran imam dengan Jepang pada Selasa (12/3).", "visit"),
    ("BNPT and the Japanese police began the investigation on Tuesday (12/3).", "other"),
    ("Two BNPT analysts were embedded with the Japanese team when it searched the flat on Tuesday (12/3).", "other"),
    ("The agreement was reached when BNPT hosted Japanese officials on Tuesday (12/3).", "agreement"),
    ("BNPT and Japan convened their working group in Tokyo on Tuesday (12/3).", "meeting"),
    ("Peletakan batu pertama gedung kawasan terpadu di Poso dilakukan BNPT bersama Jepang, Selasa (12/3).", "launch"),
    ("The Japanese ambassador and BNPT laid the foundation stone of a shelter in Poso on Tuesday (12/3).", "launch"),
    # an agreement renewed by name, between two Indonesian bodies
    ("BNPT dan Kementerian Agama memperbarui perjanjian kerja sama moderasi beragama pada Selasa (12/3).", "agreement"),
    # an operation an international body runs, Indonesian forces taking part
    ("On Tuesday (12/3), Densus 88 officers joined a sweep of Tirta ports, an operation led by ASEANAPOL.",
     "other"),
])
def test_more_event_cues(vocabulary, sentence, kind):
    [event] = events_of(sentence, vocabulary)[0]
    assert (event.kind, event.date) == (kind, D(2024, 3, 12))


@pytest.mark.parametrize("body", [
    "Densus 88 seized terror funds from two cells last year.",  # money, not a partner's funding
    "Jepang menilai hubungan dengan BNPT tidak cukup dengan pertemuan rutin.",
    "BNPT said the cells were formed without any meeting with Japanese contacts.",
    "Bagi Jepang, hubungan dengan BNPT bukan sekadar seminar.",
    "BNPT backs the Aqaba Process, a forum launched after the 2015 attacks in Jordan.",
    # tourists, not a delegation
    ("LPSK menyerahkan kompensasi kepada penyintas. Setelah serangan itu, Jepang mengeluarkan peringatan perjalanan "
     "ke Bali. Kunjungan wisatawan anjlok selama berbulan-bulan."),
    # a verb of conduct, not a drill
    "Jakarta urged both India and Pakistan to exercise restraint after the strikes in May 2025.",
    # a verb of fulfilling, not a meeting
    "Densus 88 says its forensic labs, like those of Japan, meet international standards.",
    # talks with kidnappers, not between states
    "In 2019 gunmen seized two Indonesian fishermen off Sabah, and Jakarta and Kuala Lumpur left ransom talks to "
    "their employers.",
])
def test_negated_generic_and_historical_mentions_are_not_acts(vocabulary, body):
    assert events_of(body, vocabulary)[0] == []


def test_an_act_of_two_foreign_states_named_by_a_capital_is_not_indonesias(vocabulary):
    body = ("BNPT and Japan met in Jakarta on Tuesday (12/3). "
            "Tokyo's memorandum with the Philippines, signed in 2003, involved no Indonesian agency.")
    assert [e.partner_codes for e in events_of(body, vocabulary)[0]] == [("JPN",)]


@pytest.mark.parametrize("body", [
    "The two leaders met in Jakarta on Tuesday (12/3) and discussed Timor-Leste's bid to join ASEAN.",
    "Kedua menteri bertemu di Jakarta, Selasa (12/3), membahas aksesi ke ASEAN bagi Timor-Leste.",
])
def test_an_organisation_a_state_seeks_to_join_is_no_party(vocabulary, body):
    [event] = events_of(body, vocabulary)[0]
    assert "ASEAN" not in event.partner_codes and "TLS" in event.partner_codes


def test_an_act_told_as_apart_is_no_twin_of_the_one_before(vocabulary):
    body = ("Singapore's Home Affairs Minister Jon Harlow met BNPT head Budi Santoso in Jakarta on May 21, 2024. "
            "Mr Harlow also met Indonesia's Coordinating Minister Rina Kartika on the same day.")
    events = events_of(body, vocabulary)[0]
    assert [e.date for e in events] == [D(2024, 5, 21), D(2024, 5, 21)]


@pytest.mark.parametrize("body, partners", [
    ("Kapolri memimpin pertemuan para menteri ASEAN di Bali, Senin (11/3). Di sela pertemuan, Kapolri juga menggelar "
     "pertemuan bilateral dengan Kepolisian Jepang.", [("ASEAN",), ("JPN",)]),
    # ... and so is a signing of two of its parties
    ("MUI menggelar konferensi ulama Asia Tenggara di Jakarta, Rabu (13/3), bersama ulama Malaysia dan Brunei "
     "Darussalam. Di sela konferensi, MUI dan Kedutaan Besar Malaysia menandatangani nota kesepahaman tentang "
     "pelatihan imam.", [("BRN", "MYS"), ("MYS",)]),
    # (but "di sela kunjungan" without talks of two sides is any moment of the visit)
    ("Delegasi Jepang berkunjung ke BNPT di Bogor, Senin (11/3). Di sela kunjungan, delegasi Jepang meninjau "
     "pelatihan penyidik BNPT.", [("JPN",)]),
])
def test_a_meeting_of_two_sides_di_sela_an_act_is_an_act_of_its_own(vocabulary, body, partners):
    assert [e.partner_codes for e in events_of(body, vocabulary)[0]] == partners


@pytest.mark.parametrize("body, partners", [
    # the body whose gathering the talks were held beside hosts that gathering, it is no party to the talks
    ("Japan's police chief visited Densus 88 in Jakarta on Tuesday (12/3). He and the Indonesian police chief first "
     "discussed the visit when they met on the sidelines of the Interpol General Assembly in Lyon in November 2023.",
     [("JPN",), ("JPN",)]),
    ("Kepala Kepolisian Jepang berkunjung ke Densus 88 di Jakarta, Selasa (12/3). Kapolri dan Kepala Kepolisian "
     "Jepang bertemu di sela Sidang Umum Interpol di Lyon pada November 2023.", [("JPN",), ("JPN",)]),
    # (but the body the talks were held with stays a party)
    ("On the sidelines of the ASEAN summit in Jakarta on Tuesday (12/3), BNPT met the head of Interpol.",
     [("INTERPOL",)]),
])
def test_the_body_of_a_gathering_talks_were_held_beside_is_no_party(vocabulary, body, partners):
    assert [tuple(sorted(e.partner_codes)) for e in events_of(body, vocabulary)[0]] == partners


@pytest.mark.parametrize("body", [
    "Officials of ten states met in Jakarta on Monday (11/3). On the sidelines of the meeting, BNPT held bilateral "
    "talks with the Japanese delegation.",
    "BNPT menggelar forum regional di Jakarta, Senin (11/3), bersama delegasi sepuluh negara. Di sela forum, BNPT dan "
    "Kepolisian Jepang menandatangani surat pernyataan kehendak.",
])
def test_an_undated_act_beside_a_gathering_is_held_on_its_day(vocabulary, body):
    # published Thursday 14 March 2024: the act beside Monday's gathering is Monday's, not the publication's
    events = events_of(body, vocabulary)[0]
    assert [e.date for e in events if "JPN" in e.partner_codes] == [D(2024, 3, 11)]


def test_the_entries_under_a_timelines_heading_take_the_parties_it_names(vocabulary):
    body = ("BNPT hosted a UNODC workshop on prison management in Jakarta on Tuesday (12/3).\n"
            "Indonesia-Japan police cooperation: a timeline\n"
            "June 2019 - Joint course for investigators in Bogor.\n"
            "May 2022 - A delegation visits the Densus 88 headquarters.")
    events = events_of(body, vocabulary)[0]
    assert [(e.date, e.partner_codes) for e in events] == [
        (D(2024, 3, 12), ("UN",)), (D(2019, 6, 1), ("JPN",)), (D(2022, 5, 1), ("JPN",))]


def test_an_entry_of_a_timeline_naming_no_party_takes_the_headings_not_the_entry_befores(vocabulary):
    body = ("BNPT hosted a UNODC workshop on prison management in Jakarta on Tuesday (12/3).\n"
            "Indonesia-Japan police cooperation: a timeline\n"
            "June 2019 - Joint course for investigators in Bogor.\n"
            "March 2021 - Joint course with UNODC on prison intelligence in Manila.\n"
            "May 2022 - Yearly policy dialogue in Bogor.")
    events = events_of(body, vocabulary)[0]
    assert [e.partner_codes for e in events if e.date == D(2022, 5, 1)] == [("JPN",)]


@pytest.mark.parametrize("body, partners", [
    ("Analis Komdigi dan BSSN dijadwalkan mengikuti pelatihan moderasi konten di Sydney pada Juni 2024.", [("AUS",)]),
    ("BNPT and Kemenkumham will hold workshops for prison officers in Abuja and Nairobi in May 2024.",
     [("KEN", "NGA")]),
    # (a city in a person's post, or where something was said, hosts nothing; a counterpart named is the partner)
    ("Duta Besar RI di Canberra menghadiri rapat koordinasi BNPT dan Densus 88 di Jakarta, Senin (11/3).", [()]),
    ("BNPT dan Polri menggelar rapat koordinasi di Jakarta, Senin (11/3), kata Kepala BNPT di Canberra.", [()]),
    ("BNPT dan Kepolisian Jepang menggelar pelatihan penyidik di Bangkok, Senin (11/3).", [("JPN",)]),
    # a visit's destination hosts it
    ("Delegasi BNPT melakukan kunjungan kerja ke Nairobi, Senin (11/3).", [("KEN",)]),
    ("A BNPT delegation paid a working visit to Tashkent on Monday (11/3).", [("UZB",)]),
])
def test_an_act_held_in_a_foreign_city_with_no_counterpart_named_is_the_hosts(vocabulary, body, partners):
    assert [e.partner_codes for e in events_of(body, vocabulary)[0]] == partners


@pytest.mark.parametrize("body, dates", [
    ("Twelve Densus 88 investigators completed a forensics course run by the Japanese police in Tokyo. The "
     "investigators spent from 4 to 8 March studying crime scenes with their Japanese counterparts.",
     [(D(2024, 3, 4), D(2024, 3, 8))]),
    ("Dua belas penyidik Densus 88 menyelesaikan kursus forensik yang digelar Kepolisian Jepang di Tokyo. Para "
     "penyidik itu menghabiskan waktu dari 4 hingga 8 Maret untuk mempelajari olah tempat kejadian perkara.",
     [(D(2024, 3, 4), D(2024, 3, 8))]),
    # (a span that names another counterpart is not the act's; nor one a sentence further on)
    ("Twelve Densus 88 investigators completed a forensics course run by the Japanese police in Tokyo. Australian "
     "police spent from 4 to 8 March in Bali.", [(D(2024, 3, 14), None)]),
    ("Twelve Densus 88 investigators completed a forensics course run by the Japanese police in Tokyo. They learned "
     "a lot. The investigators spent from 4 to 8 March in Bali.", [(D(2024, 3, 14), None)]),
])
def test_a_span_of_days_right_after_an_undated_act_is_its_days(vocabulary, body, dates):
    assert [(e.date, e.date_end) for e in events_of(body, vocabulary)[0]] == dates


@pytest.mark.parametrize("body, acts", [
    ("Kepala BNPT memimpin delegasi ke Nairobi pada Senin (11/3) dan ke Abuja pada Rabu (13/3). Di Nairobi, delegasi "
     "bertemu pejabat Kepolisian Kenya.\nKedua negara memulangkan warganya dari Suriah.\nDi Abuja, BNPT bertemu "
     "pejabat Nigeria.", [(D(2024, 3, 11), ("KEN",)), (D(2024, 3, 13), ("NGA",))]),
    ("The BNPT chief led a delegation to Nairobi on Monday (11/3) and to Abuja on Wednesday (13/3). In Abuja, the "
     "delegation met Nigerian officials.", [(D(2024, 3, 13), ("NGA",))]),
])
def test_a_sentence_opening_with_a_stop_of_a_trip_takes_that_stops_date(vocabulary, body, acts):
    assert dates_and_partners(body, vocabulary) == acts


@pytest.mark.parametrize("body, acts", [
    ("Selasa (12/3), Kepala BNPT menerima Wakil Menteri Kehakiman Mesir, Tirta Nabil. Mesir berbagi "
     "pengalaman rehabilitasi.", [(D(2024, 3, 12), ("EGY",))]),
    ("On Tuesday (12/3), the BNPT chief received the Deputy Minister of Justice of Egypt, Tirta Nabil.",
     [(D(2024, 3, 12), ("EGY",))]),
    # receiving something else from a foreign state is no visit
    ("Selasa (12/3), BNPT menerima laporan tahunan dari Mesir.", []),
    ("On Tuesday (12/3), BNPT received an annual report from Egypt.", []),
])
def test_a_foreign_guest_received_is_a_visit(vocabulary, body, acts):
    assert dates_and_partners(body, vocabulary) == acts


@pytest.mark.parametrize("body, acts", [
    ("Selasa (12/3), BNPT bertemu Mesir. Pada Rabu (13/3), rombongan Indonesia mengadakan tiga pertemuan. Pukul "
     "09.00, Kepala BNPT bertemu Kepala UNOCT, Tirta Wangsa.", [(D(2024, 3, 12), ("EGY",)), (D(2024, 3, 13), ("UN",))]),
    ("On Tuesday (12/3), BNPT met Kazakhstan. On Wednesday (13/3), the delegation held three meetings. In the "
     "morning, the BNPT chief met UNOCT officials.", [(D(2024, 3, 12), ("KAZ",)), (D(2024, 3, 13), ("UN",))]),
    # the sides counted, not the acts
    ("On Tuesday (12/3), BNPT met Kazakhstan. On Wednesday (13/3), the Tirtanian minister called on the BNPT chief, "
     "where the two discussed prisons.", [(D(2024, 3, 12), ("KAZ",)), (D(2024, 3, 13), ("KAZ",))]),
])
def test_a_count_of_acts_announces_the_acts_told_next(vocabulary, body, acts):
    assert dates_and_partners(body, vocabulary) == acts


@pytest.mark.parametrize("body, acts", [
    ("Rabu (13/3) pukul 09.00, Kepala BNPT bertemu Kepala UNOCT, Tirta Wangsa. Sore harinya, rombongan bertemu "
     "Duta Besar Mesir untuk PBB.", [(D(2024, 3, 13), ("UN",)), (D(2024, 3, 13), ("EGY",))]),
])
def test_the_organisation_a_foreign_envoy_is_posted_to_is_no_party(vocabulary, body, acts):
    assert dates_and_partners(body, vocabulary) == acts


@pytest.mark.parametrize("body, acts", [
    ("Selasa (12/3), BNPT bertemu Mesir. Rabu (13/3), Swedia menyusul. Utusan Khusus Swedia, Tirta Lind, "
     "menawarkan dukungan untuk riset.", [(D(2024, 3, 12), ("EGY",)), (D(2024, 3, 13), ("SWE",))]),
    ("On Tuesday (12/3), BNPT met Kazakhstan. On Wednesday (13/3), Norway's special envoy offered support for "
     "research by BNPT.", [(D(2024, 3, 12), ("KAZ",)), (D(2024, 3, 13), ("NOR",))]),
])
def test_a_partners_offer_of_support_is_an_act(vocabulary, body, acts):
    assert dates_and_partners(body, vocabulary) == acts


def test_an_organisation_naming_a_class_of_states_is_no_party(vocabulary):
    body = ("Tirtanian and Indonesian officials met in Paris on Wednesday (25/10/2023) at the FATF plenary, which made "
            "Indonesia the last Group of 20 (G20) economy to join.")
    [event] = events_of(body, vocabulary)[0]
    assert "G20" not in event.partner_codes and "FATF" in event.partner_codes


@pytest.mark.parametrize("body, partners", [
    ("Polri chaired the ASEAN meeting on Monday (11/3). The next day, the delegates held the SOMTC Plus Three "
     "dialogue with Japan, China and South Korea.", {"ASEAN", "JPN", "CHN", "KOR"}),
    ("Polri memimpin rapat ASEAN, Senin (11/3). Keesokan harinya, para delegasi menggelar dialog SOMTC bersama "
     "Jepang dan Tiongkok.", {"ASEAN", "JPN", "CHN"}),
    ("Polri memimpin rapat ASEAN, Senin (11/3). Dialog SOMTC dengan Uni Eropa akan digelar pada April mendatang.",
     {"ASEAN", "EU"}),
])
def test_counterparts_listed_after_with_act_with_the_unnamed_delegation(vocabulary, body, partners):
    events = events_of(body, vocabulary)[0]
    assert set(events[-1].partner_codes) == partners and len(events) == 2


@pytest.mark.parametrize("body", [
    "BNPT met ASEAN on Monday (11/3). Australia signed a memorandum with Japan and South Korea on Tuesday (12/3).",
    "BNPT met ASEAN on Monday (11/3). UNODC's offices are in Vienna, and its joint plan with Japan and Kenya, "
    "adopted on Tuesday (12/3), has no equivalent.",
])
def test_a_party_named_before_the_counterparts_is_the_subject_of_others_act(vocabulary, body):
    assert [e.partner_codes for e in events_of(body, vocabulary)[0]] == [("ASEAN",)]


@pytest.mark.parametrize("body, dates", [
    ("BNPT and Japan met in Jakarta on Tuesday (12/3). The talks came weeks after Pakistan's missile test on "
     "February 20, which alarmed the region.", [(D(2024, 3, 12), ("JPN",))]),
    ("BNPT bertemu delegasi Jepang di Jakarta, Selasa (12/3). Pertemuan itu berlangsung dua pekan setelah uji coba "
     "rudal Pakistan pada 20 Februari.", [(D(2024, 3, 12), ("JPN",))]),
    # (a visit after the time relation is an act of its own)
    ("BNPT and Japan met in Jakarta on Tuesday (12/3). The talks came weeks after the Japanese minister's visit to "
     "BNPT on February 20.", [(D(2024, 3, 12), ("JPN",)), (D(2024, 2, 20), ("JPN",))]),
    # an act counted from something else that happened
    ("BNPT and Japan met in Jakarta on Tuesday (12/3). The visit was the minister's second to Jakarta since he "
     "took office in July 2023.", [(D(2024, 3, 12), ("JPN",))]),
    ("BNPT bertemu delegasi Jepang di Jakarta, Selasa (12/3). Kunjungan ini merupakan yang pertama bagi menteri itu "
     "sejak dilantik pada Oktober lalu.", [(D(2024, 3, 12), ("JPN",))]),
    # ... or from a commander's taking command
    ("BNPT and Japan met in Jakarta on Tuesday (12/3). The Japanese admiral promised TNI more joint training during "
     "his first visit to the country since taking command in January.", [(D(2024, 3, 12), ("JPN",))]),
])
def test_what_an_act_came_days_after_is_no_act_of_it(vocabulary, body, dates):
    assert dates_and_partners(body, vocabulary) == dates


@pytest.mark.parametrize("body, partners", [
    ("BNPT and Japan held consultations in Jakarta on Monday (11/3). Both sides also backed the ASEAN dialogue to be "
     "held in Bangkok in May 2024. The previous consultations took place in Tokyo in November 2019.",
     [("JPN",), ("ASEAN",), ("JPN",)]),
    ("BNPT dan Australia menggelar pelatihan penyidik di Semarang, Senin (11/3). Selandia Baru menawarkan lokakarya "
     "daring pada Mei 2024. Pelatihan berikutnya akan digelar pada Oktober 2024.", [("AUS",), ("NZL",), ("AUS",)]),
])
def test_the_next_or_previous_of_a_series_takes_the_series_partner(vocabulary, body, partners):
    assert [e.partner_codes for e in events_of(body, vocabulary)[0]] == partners


@pytest.mark.parametrize("body, acts", [
    ("BNPT memimpin delegasi Indonesia dalam pekan kontra-terorisme PBB di New York, 4-7 Maret 2024. Pada Selasa "
     "(5/3), Kepala BNPT bertemu Kepala UNODC.",
     [(D(2024, 3, 4), ("UN",)), (D(2024, 3, 5), ("UN",))]),
    ("Delegates of BNPT, Japan and Australia met at the ASEAN Regional Forum in Bangkok on 4-7 March 2024. On Tuesday "
     "(5/3), BNPT held a bilateral meeting with Japan's police agency.",
     [(D(2024, 3, 4), ("ASEAN", "AUS", "JPN")), (D(2024, 3, 5), ("JPN",))]),
    ("BNPT dan Jepang menggelar pelatihan penyidik di Semarang, 4-7 Maret 2024. Pada Selasa (5/3), pelatihan membahas "
     "forensik digital bersama instruktur Jepang.", [(D(2024, 3, 4), ("JPN",))]),  # a day of the course
])
def test_a_meeting_of_two_sides_beside_a_gathering_of_days_is_an_act_of_its_own(vocabulary, body, acts):
    assert dates_and_partners(body, vocabulary) == acts


@pytest.mark.parametrize("body, partners", [
    ("BNPT dan Jepang menutup pelatihan analis di Bogor, Rabu (13/3). Pelatihan yang dibuka pada Senin (11/3) itu "
     "diikuti analis PPATK dan Densus 88.", [("JPN",), ("JPN",)]),
    # (a demonstrative after a comma closes no relative clause of the cue)
    ("BNPT dan Jepang menutup pelatihan analis di Bogor, Rabu (13/3). Pelatihan yang dibuka PPATK dan Densus 88 pada "
     "Senin (11/3), menurut kabar itu, tertutup.", [("JPN",), ()]),
])
def test_an_act_named_with_a_relative_clause_and_a_demonstrative_is_the_one_told(vocabulary, body, partners):
    assert [e.partner_codes for e in events_of(body, vocabulary)[0]] == partners


@pytest.mark.parametrize("body", [
    "Kunjungan studi delegasi BNPT dan Densus 88 ke sejumlah lapas di Jepang berlangsung pada Februari 2024.",
    "A study visit by BNPT and Densus 88 officials to prisons in Japan took place in February 2024.",
])
def test_the_state_a_visit_is_made_in_hosts_it(vocabulary, body):
    [event] = events_of(body, vocabulary)[0]
    assert (event.date, event.partner_codes) == (D(2024, 2, 1), ("JPN",))


def test_states_in_a_venue_list_or_a_title_are_not_participants(vocabulary):
    body = "UNODC trained BNPT officers in Indonesia, Brunei and Vietnam on Tuesday (12/3)."
    [event] = events_of(body, vocabulary)[0]
    assert event.partner_codes == ("UN",) and not {"BRN", "VNM"} & set(event.participants)
    body = ("BNPT and the Canadian Embassy launched a programme on Tuesday (12/3), said Canadian Ambassador to "
            "Indonesia and Brunei John Smith.")
    [event] = events_of(body, vocabulary)[0]
    assert event.partner_codes == ("CAN",)


@pytest.mark.parametrize("body, acts", [
    ("Last week, Australian experts trained 20 officers of Densus 88 in Bogor. Earlier this month, the Australian "
     "embassy handed over forensic kits to the National Police.",
     [(D(2024, 3, 7), "day"), (D(2024, 3, 1), "month")]),
    ("Pekan lalu, pelatih Australia melatih 20 personel Densus 88 di Bogor. Bulan ini, peralatan forensik dari "
     "Kedutaan Australia diserahkan kepada Polri.",
     [(D(2024, 3, 7), "day"), (D(2024, 3, 1), "month")]),
])
def test_a_month_told_by_a_relative_word_is_no_day_of_another_act(vocabulary, body, acts):
    assert [(e.date, e.date_precision) for e in events_of(body, vocabulary)[0]] == acts


@pytest.mark.parametrize("body, acts", [
    ("BNPT and the Japanese police held a course in Jakarta on March 12. It was the third course with Japan "
     "in a year, after workshops on border security in June 2023 and on cyber threats in October 2023.",
     [(D(2024, 3, 12), ("JPN",)), (D(2023, 6, 1), ("JPN",)), (D(2023, 10, 1), ("JPN",))]),
    # (but not the end of the act told: "began ... and runs through")
    ("The joint training of BNPT and the Japanese police began on March 11 in Bali and runs through March 15.",
     [(D(2024, 3, 11), ("JPN",))]),
])
def test_dates_an_act_word_takes_with_and_are_an_act_each(vocabulary, body, acts):
    assert dates_and_partners(body, vocabulary) == acts


@pytest.mark.parametrize("body, acts", [
    ("BNPT and the Australian Federal Police will hold a series of meetings in Jakarta from 18 to 22 March 2024. "
     "The series opens with a workshop on prison rehabilitation on 18 and 19 March 2024. On 20 March 2024, "
     "participants will visit a prison in Bogor. The series ends with the Indonesia-Australia consultation on "
     "22 March 2024.",
     [(D(2024, 3, 18), ("AUS",)), (D(2024, 3, 20), ("AUS",)), (D(2024, 3, 22), ("AUS",))]),
    ("BNPT dan Kepolisian Jepang menggelar rangkaian kegiatan di Bali pada 18-22 Maret 2024. Pada 21 Maret 2024, "
     "kedua pihak mengunjungi pusat deradikalisasi di Denpasar.",
     [(D(2024, 3, 18), ("JPN",)), (D(2024, 3, 21), ("JPN",))]),
])
def test_the_dated_parts_of_a_series_of_acts_are_acts_of_their_own(vocabulary, body, acts):
    assert dates_and_partners(body, vocabulary) == acts


@pytest.mark.parametrize("body, acts", [
    ("Polri and Japan ran a joint operation from 4 to 8 March, the spokesman said on Monday (11/3). "
     "On the same day, Polri received a delegation from Australia.",
     [(D(2024, 3, 4), ("JPN",)), (D(2024, 3, 11), ("AUS",))]),
    # (not a quoted speaker's "today"; and the act of that day told apart from the one before)
    ("Japan and Indonesia signed a memorandum on Tuesday (12/3). \"We are ready today,\" the envoy said.\n\n"
     "Earlier in the day, the Indonesian delegation also paid a courtesy call on the Japanese police.",
     [(D(2024, 3, 12), ("JPN",)), (D(2024, 3, 12), ("JPN",))]),
])
def test_the_same_day_dates_a_second_act(vocabulary, body, acts):
    events, _ = events_of(body, vocabulary)
    assert [(e.date, e.partner_codes) for e in events] == acts


@pytest.mark.parametrize("body, start, end", [
    ("Densus 88 menggelar pelatihan bagi polisi Filipina. "
     "Kegiatan yang digelar di Solo itu dibuka Senin (4/3) dan ditutup Kamis (7/3).", D(2024, 3, 4), D(2024, 3, 7)),
    ("Densus 88 membuka pelatihan bagi polisi Filipina pada Senin (4/3). "
     "Pelatihan di Solo berlangsung hingga Kamis (7/3).", D(2024, 3, 4), D(2024, 3, 7)),
])
def test_an_act_told_over_two_sentences_gets_its_range(vocabulary, body, start, end):
    [event] = events_of(body, vocabulary)[0]
    assert (event.date, event.date_end, event.status, event.partner_codes) == (start, end, "held", ("PHL",))


def test_two_reports_of_one_act_in_one_sentence_merge(vocabulary):
    body = ("The course follows the MoU between Polri and Japan renewed in Tokyo on 1 March 2024, and is part "
            "of the ASEAN-Japan Security Project funded by Japan.")
    [event] = events_of(body, vocabulary)[0]
    assert (event.date, event.kind, event.partner_codes) == (D(2024, 3, 1), "agreement", ("ASEAN", "JPN"))


def test_an_anaphoric_report_joins_the_act_told_before(vocabulary):
    body = ("Pada 2-3 Mei 2023 tim BNPT mengikuti pertemuan di Lima bersama Peru. "
            "Usai pertemuan itu, Peru menawarkan beasiswa bagi BNPT.")
    [event] = events_of(body, vocabulary)[0]
    assert (event.date, event.partner_codes) == (D(2023, 5, 2), ("PER",))


def test_location_skips_titles_and_reads_buildings(vocabulary):
    body = "BNPT menerima kunjungan delegasi Jepang di kantor BNPT, Bogor, Selasa (12/3)."
    [event] = events_of(body, vocabulary)[0]
    assert event.location == "kantor BNPT, Bogor"
    body = "Konsul Jenderal RI di Osaka Budi Santoso bertemu pejabat Jepang pada Selasa (12/3)."
    [event] = events_of(body, vocabulary)[0]
    assert event.location == ""


def test_a_meeting_of_asean_is_multilateral(vocabulary):
    body = "BNPT bertemu pejabat ASEAN di Manila pada Selasa (12/3)."
    [event] = events_of(body, vocabulary)[0]
    assert (event.partner_codes, event.scope) == (("ASEAN",), "multilateral")


def test_an_undated_part_of_the_current_act_joins_it(vocabulary):
    body = ("Officers from the Philippines completed a course at JCLEC held from 4 to 8 March 2024. "
            "A session led by UNICEF covered safe screening.")
    [event] = events_of(body, vocabulary)[0]
    assert (event.date, event.partner_codes) == (D(2024, 3, 4), ("PHL", "UN"))


def test_an_anaphoric_act_naming_no_partner_takes_the_partner_of_the_act_told_before(vocabulary):
    body = ("Japan opened a training programme for BNPT on Tuesday (12/3). "
            "The second course starts in May at the police academy for officers of Densus 88 and Kemenag.")
    events, _ = events_of(body, vocabulary)
    assert (events[-1].date, events[-1].status, events[-1].partner_codes) == (D(2024, 5, 1), "planned", ("JPN",))


def test_participants_named_in_a_sentence_about_the_act_are_partners(vocabulary):
    body = ("Sebanyak 20 penyidik mengikuti pelatihan Densus 88 di Semarang pada 11-13 Maret 2024. "
            "Peserta berasal dari Kepolisian Kenya dan Kepolisian Nasional Kamboja.")
    [event] = events_of(body, vocabulary)[0]
    assert set(event.partner_codes) == {"KEN", "KHM"} and event.date == D(2024, 3, 11)


@pytest.mark.parametrize("body", [
    "BNPT dan Yayasan Tirta menandatangani perjanjian kerja sama pada 11 Maret 2024. "
    "Kerja sama ini didukung oleh UNDP dan Pemerintah Jepang.",
    "BNPT and a local foundation signed a cooperation agreement on March 11, 2024. "
    "The partnership is supported by UNDP and the Government of Japan.",
])
def test_those_who_back_the_cooperation_an_act_began_are_its_partners(vocabulary, body):
    [event] = events_of(body, vocabulary)[0]
    assert set(event.partner_codes) == {"JPN", "UN"} and event.date == D(2024, 3, 11)


def test_an_instructor_from_abroad_takes_part_in_the_current_training(vocabulary):
    body = ("Densus 88 menggelar pelatihan investigasi di Semarang pada 11-13 Maret 2024. "
            "Instruktur dari Guardia Civil Spanyol memberikan materi tentang aset kripto.")
    [event] = events_of(body, vocabulary)[0]
    assert event.partner_codes == ("ESP",) and event.kind == "training"


def test_both_sides_act_with_the_counterpart_told_before(vocabulary):
    body = ("Kemenko Polhukam menggelar dialog dengan Uni Eropa di Jakarta, Kamis (14/3/2024). "
            "Kedua pihak juga sepakat menyelenggarakan pelatihan bagi analis BSSN dan Kominfo pada Mei 2024.")
    events = events_of(body, vocabulary)[0]
    assert [e.partner_codes for e in events] == [("EU",), ("EU",)]


@pytest.mark.parametrize("delegation", [
    "Dari pihak Indonesia, JWG dipimpin BNPT dengan anggota dari Densus 88 dan PPATK.",
    "On the Indonesian side, the JWG was led by BNPT with members from Densus 88 and PPATK.",
])
def test_the_indonesian_side_of_an_act_acts_with_its_counterpart(vocabulary, delegation):
    body = ("BNPT menggelar pertemuan Joint Working Group (JWG) dengan Kementerian Luar Negeri Jepang di Jakarta, Kamis "
            f"(14/3/2024). {delegation} Pertemuan sebelumnya berlangsung di Tokyo pada Oktober 2023.")
    events = events_of(body, vocabulary)[0]
    assert sorted((e.date.isoformat()[:7], e.partner_codes) for e in events) == [("2023-10", ("JPN",)),
                                                                             ("2024-03", ("JPN",))]


def test_indonesian_bodies_listed_as_counterparts_of_an_unnamed_subject_are_one_side(vocabulary):
    body = ("UNODC dan BNPT meluncurkan proyek di Jakarta, Kamis (14/3/2024). Rancangan modul disusun setelah "
            "konsultasi dengan BNPT, Densus 88 dan PPATK di Jakarta pada November 2023.")
    assert [e.partner_codes for e in events_of(body, vocabulary)[0]] == [("UN",), ("UN",)]


def test_that_cooperation_takes_the_partner_of_the_cooperation_named_last(vocabulary):
    body = ("BNPT dan Jepang meluncurkan program di Jakarta, Kamis (14/3/2024). Kepala UNDP menyebut kerja sama UNDP "
            "dengan BNPT telah berlangsung satu dekade. Kerja sama itu diperbarui lewat penandatanganan perjanjian baru "
            "pada Desember 2023.")
    assert [e.partner_codes for e in events_of(body, vocabulary)[0]] == [("JPN",), ("UN",)]


@pytest.mark.parametrize("topic", [
    "The two sides also discussed cooperation in multilateral fora, including the United Nations and the "
    "ASEAN Regional Forum (ARF), and agreed to hold the next consultation in Jakarta in 2025.",
    "Kedua pihak sepakat memperkuat kerja sama di forum regional dan multilateral seperti PBB dan ASEAN serta "
    "menggelar konsultasi berikutnya di Jakarta pada 2025.",
])
def test_bodies_named_as_fora_of_cooperation_are_no_parties(vocabulary, topic):
    body = ("BNPT menggelar konsultasi dengan Kementerian Luar Negeri Jepang di Jakarta, Kamis (14/3/2024). " + topic)
    events = events_of(body, vocabulary)[0]
    assert [(e.date.year, e.partner_codes) for e in events] == [(2024, ("JPN",)), (2025, ("JPN",))]


def test_a_relative_clauses_date_is_not_the_act_of_the_clause_before(vocabulary):
    body = ("Indonesia hosted a regional workshop on online extremism in Jakarta on Tuesday (12/3/2024). "
            "The two-day meeting was co-organised by BNPT and the governments of New Zealand and France, which "
            "launched the pledge in 2019.")
    events = events_of(body, vocabulary, header=("Judul", "Thursday, 14 March 2024"))[0]
    workshop = next(e for e in events if e.date.year == 2024)
    assert workshop.date.isoformat() == "2024-03-12" and "NZL" in workshop.partner_codes
    assert not any(e.date.year == 2019 and "NZL" in e.partner_codes for e in events)


def test_that_meeting_points_back_whichever_cue_the_date_is_near(vocabulary):
    body = ("LPSK menerima kunjungan delegasi Kantor Kontra Terorisme PBB (UNOCT) di Jakarta, Selasa (12/3/2024). "
            "Pertemuan itu membahas penerapan pedoman yang diterbitkan UNOCT pada 2022.")
    events = events_of(body, vocabulary)[0]
    assert [(e.date.isoformat(), e.partner_codes) for e in events] == [("2024-03-12", ("UN",))]


@pytest.mark.parametrize("place", ["di Brussel, Belgia", "di Kuala Lumpur, Malaysia",
                                   "di Gedung Berlaymont, Brussel, Belgia"])  # a building, its city, its state
def test_the_country_of_a_venue_is_no_participant(vocabulary, place):
    body = f"BNPT dan Uni Eropa sepakat dialog berikutnya diselenggarakan {place}, pada Mei 2024."
    [event] = events_of(body, vocabulary)[0]
    assert event.partner_codes == ("EU",)


def test_a_state_named_as_background_is_no_counterpart_later(vocabulary):
    body = ("Ia dipulangkan dari Turki setelah bergabung dengan ISIS di Suriah. "
            "Pekan lalu, pesantren bersama BNPT menggelar halaqah di Solo pada 11 Maret 2024.")
    [event] = events_of(body, vocabulary)[0]
    assert event.partner_codes == () and event.kind == "forum"


def test_a_state_named_as_background_is_no_party_to_an_unnamed_act_after_it(vocabulary):
    # the ceremony names no party: it takes none from a sentence that named Syria only as where a man went
    body = "Salah satu rekannya pernah mencoba menyeberang ke Suriah. Tirta ditemui usai upacara di Solo."
    assert all("SYR" not in e.partner_codes for e in events_of(body, vocabulary)[0])


@pytest.mark.parametrize("body, expected", [
    # states a course's case studies came from are no parties
    ("Officers of BNPT completed a course at Hedayah in Abu Dhabi on 12 March 2024. "
     "The course used case studies from Indonesia, Kenya and Jordan.", [("HEDAYAH",)]),
    # every state of a list after an origin phrase is where people came from
    ("BNPT dan UNICEF menggelar pelatihan bagi anak-anak yang dipulangkan dari Suriah dan Irak pada 11 Maret 2024.",
     [("UN",)]),
    # ... and where fighters and their families are
    ("BNPT dan Kemlu Australia membahas pemulangan FTF beserta anak-anak mereka dari Suriah dan Irak pada 11 Maret "
     "2024.", [("AUS",)]),
    # ... but counterparts from a state are the state's side of the talks
    ("Para menteri BNPT dan Kemlu mengadakan konsultasi dengan rekan-rekan mereka dari Jepang dan Korea Selatan "
     "pada 11 Maret 2024.", [("JPN", "KOR")]),
    # ... and where those sent home named as a class came from
    ("Polri and the Australian Federal Police agreed on 11 March 2024 to widen joint training on the handling of "
     "deportees from Syria.", [("AUS",)]),
    # the states that founded a thing named in passing founded it long before: no parties to the act told
    ("BNPT dan Kedutaan Besar Selandia Baru menggelar lokakarya Christchurch Call, inisiatif yang digagas Perdana "
     "Menteri Selandia Baru Tirta Ardana bersama Prancis, pada 11 Maret 2024.", [("NZL",)]),
    ("On 11 March 2024 BNPT and New Zealand discussed the Christchurch Call, launched by New Zealand and France.",
     [("NZL",)]),
    # an exchange that has long gone on is a standing relation, no act
    ("PPATK menandatangani MoU dengan FIU Uni Emirat Arab di Abu Dhabi, Senin (11/3/2024).\n\n"
     "\"Dengan FIU Qatar kami sudah bertukar informasi sejak beberapa tahun terakhir,\" kata Tirta.", [("ARE",)]),
])
def test_sources_origins_and_standing_relations_are_no_partners_of_an_act(vocabulary, body, expected):
    assert [e.partner_codes for e in events_of(body, vocabulary)[0]] == expected


def test_a_programme_announced_with_a_partner_is_an_act_with_it(vocabulary):
    body = ("On 16 July 2025 the British minister met the Head of BNPT in Jakarta. They announced a new three-year "
            "programme, to be delivered with the United Nations Office on Drugs and Crime (UNODC).")
    events, _ = events_of(body, vocabulary, header=("Judul", "Thursday, 17 July 2025"))
    assert {code for e in events for code in e.partner_codes} == {"GBR", "UN"}


def test_a_domestic_pledge_of_aid_is_no_event(vocabulary):
    body = "Pemerintah Kabupaten Poso akan memberikan bantuan permodalan kepada warga."
    assert events_of(body, vocabulary)[0] == []


def test_a_domestic_handover_of_aid_told_with_its_weekday_is_an_event(vocabulary):
    body = "BNPT menyerahkan bantuan modal ke 15 keluarga Tirtakota, Senin (3/4/2023)."
    events, _ = events_of(body, vocabulary, header=("Judul", "Selasa, 4 April 2023"))
    assert [(e.date, e.partner_codes) for e in events] == [(dt.date(2023, 4, 3), ())]


@pytest.mark.parametrize("body, expected", [
    # two foreign states, no Indonesian actor, no Indonesian place: others' act
    ("The U.S. defense secretary and the Chinese defense minister will address the forum on Sunday.", []),
    # the same with an Indonesian place: an act in Indonesia
    ("Canada and Japan funded a training for 40 officers in Bogor on Monday.", [("CAN", "JPN")]),
    # an Indonesian actor in the sentence: Indonesia's act
    ("Japan and Australia signed the plan with BNPT on Monday.", [("AUS", "JPN")]),
])
def test_an_act_of_foreign_parties_alone_is_not_indonesias(vocabulary, body, expected):
    events, _ = events_of(body, vocabulary)
    assert [e.partner_codes for e in events] == expected


def test_a_region_of_a_state_is_a_venue(vocabulary):
    body = "BNPT discussed the fighters held in camps in north-east Syria with Thailand on Monday."
    events, _ = events_of(body, vocabulary)
    assert [e.partner_codes for e in events] == [("THA",)]


def test_the_act_named_again_at_the_next_sentences_start_takes_its_date(vocabulary):
    body = ("Selain itu, PPATK menandatangani nota kesepahaman dengan FinCEN milik Amerika Serikat. "
            "Penandatanganan dilakukan di sela-sela sidang pleno di Riga, Latvia, pada Juli 2023.")
    events, _ = events_of(body, vocabulary)
    assert [(e.date, e.date_precision, e.partner_codes) for e in events] == [(D(2023, 7, 1), "month", ("USA",))]


def test_an_act_told_there_is_part_of_the_visit_told_before(vocabulary):
    body = ("Delegasi BNPT mengunjungi Canberra, Australia, pada 9 Januari 2024. "
            "Di sana, delegasi bertemu pejabat Kepolisian Federal Australia.")
    events, _ = events_of(body, vocabulary)
    assert [(e.date, e.kind, e.partner_codes) for e in events] == [(D(2024, 1, 9), "visit", ("AUS",))]


def test_a_joint_investigation_throughout_a_month(vocabulary):
    body = "Sepanjang Februari, Densus 88 dan Kepolisian Jepang menuntaskan penyelidikan bersama atas jaringan itu."
    [event] = events_of(body, vocabulary)[0]
    assert (event.date, event.date_precision, event.kind, event.partner_codes) == (D(2024, 2, 1), "month", "other",
                                                                                   ("JPN",))


def test_a_month_beats_a_relative_year_in_the_same_clause(vocabulary):
    body = "This year's meeting with Japan will be held in Bali in November."
    events, _ = events_of(body, vocabulary)
    assert [(e.date, e.date_precision) for e in events] == [(D(2024, 11, 1), "month")]


def test_a_meeting_on_one_day_of_a_working_visit_is_an_act_of_its_own(vocabulary):
    body = ("Delegasi BNPT melakukan kunjungan kerja ke Jerman dan Belanda pada 4-8 Maret 2024. "
            "Pada Rabu (6/3), delegasi bertemu pejabat Kementerian Dalam Negeri Jerman di Berlin.")
    events, _ = events_of(body, vocabulary)
    assert [(e.date, e.date_end, e.kind) for e in events] == [(D(2024, 3, 4), D(2024, 3, 8), "visit"),
                                                              (D(2024, 3, 6), None, "meeting")]


def test_a_caption_dated_to_the_month_of_a_visit_is_that_visit(vocabulary):
    body = ("Suasana pertemuan delegasi BNPT dengan pejabat Jepang di Tokyo, Januari 2024.\n"
            "Delegasi BNPT berkunjung ke Tokyo pada 15-16 Januari 2024 untuk bertemu Kepolisian Nasional Jepang.")
    events, _ = events_of(body, vocabulary)
    assert [(e.date, e.date_precision, e.partner_codes) for e in events] == [(D(2024, 1, 15), "day", ("JPN",))]


def test_a_month_act_of_another_kind_stays_apart_from_a_day_act(vocabulary):
    body = ("Densus 88 dan Polis Diraja Malaysia menggelar rapat koordinasi pada Senin (11/3/2024). Kerja sama itu "
            "termasuk patroli terkoordinasi dengan Malaysia yang terakhir digelar pada awal Maret 2024.")
    events, _ = events_of(body, vocabulary)
    assert [(e.date, e.date_precision) for e in events] == [(D(2024, 3, 11), "day"), (D(2024, 3, 1), "month")]


def test_a_caption_dated_inside_a_span_of_days_is_that_act(vocabulary):
    body = ("Konsulat Jenderal Amerika Serikat bersama FKPT menggelar pelatihan literasi digital, "
            "Selasa-Rabu (12-13/3/2024).\nKonsul Jenderal Amerika Serikat berfoto bersama peserta pelatihan, "
            "Rabu (13/3/2024).")
    events, _ = events_of(body, vocabulary)
    assert [(e.date, e.date_end) for e in events] == [(D(2024, 3, 12), D(2024, 3, 13))]


def test_a_planned_act_on_a_bare_weekday_is_the_coming_one(vocabulary):
    body = "The Australian delegation is due to meet officials of BNPT in Jakarta on Monday."
    events, _ = events_of(body, vocabulary)  # published Thursday 14 March 2024
    assert [(e.date, e.status) for e in events] == [(D(2024, 3, 18), "planned")]


def test_a_story_of_other_states_alone_has_no_events(vocabulary):
    body = "The DGSI opened a new online unit in Paris on Tuesday, the French ministry said."
    assert events_of(body, vocabulary)[0] == []
    # the same act in an Indonesian place is one Indonesia may be part of
    assert len(events_of(body.replace("Paris", "Jakarta"), vocabulary)[0]) == 1


@pytest.mark.parametrize("body", [
    "Komdigi dan BNPT menggelar lokakarya bersama Kedutaan Besar Selandia Baru di Jakarta, Senin (11/3/2024). "
    "Materi lokakarya itu disusun berdasarkan Pedoman UNICEF tentang Anak di Ruang Tirta.",
    "BNPT and the New Zealand Embassy held a workshop in Jakarta on Monday (11/3/2024), drawing on UNICEF's "
    "Guidelines for Tirta Platforms.",
])
def test_an_organisation_named_only_as_a_guidances_author_is_no_party(vocabulary, body):
    events, _ = events_of(body, vocabulary)
    assert [e.partner_codes for e in events] == [("NZL",)]
    # the organisation working with them is a party
    assert "UN" in events_of(body.replace("Kedutaan Besar Selandia Baru", "UNICEF")
                             .replace("the New Zealand Embassy", "UNICEF"), vocabulary)[0][0].partner_codes


def test_one_foreign_state_in_another_states_affair_is_no_act_of_indonesias(vocabulary):
    body = ("BNPT menerima Menteri Luar Negeri Tirtania di Jakarta, Senin (11/3/2024). Ia menjelaskan bahwa "
            "perundingan damai di wilayah utara Filipina, yang difasilitasi Norwegia, masih berjalan.")
    events, _ = events_of(body, vocabulary)
    assert all("NOR" not in e.partner_codes for e in events)
    # Indonesia's own part in it is an act with that state
    helped = body.replace("yang difasilitasi Norwegia", "yang difasilitasi Norwegia dan Indonesia")
    assert any("NOR" in e.partner_codes for e in events_of(helped, vocabulary)[0])


def test_acts_before_the_counter_terrorism_era_are_history(vocabulary):
    events, _ = events_of("China and Indonesia established diplomatic ties and signed a treaty in 1950.", vocabulary)
    assert events == []
    # a border agreement of the 1970s still frames the patrols told today
    events, _ = events_of("The two navies patrol the sea border under the Border Patrol Agreement that Indonesia and "
                          "the Philippines signed in 1975.", vocabulary)
    assert [(e.date, e.partner_codes) for e in events] == [(D(1975, 1, 1), ("PHL",))]


def test_a_subheading_tells_no_act_and_militants_training_is_none(vocabulary):
    body = ("BNPT menerima delegasi Jepang di Jakarta, Senin (11/3/2024).\nA Framework Already Agreed\n"
            "Dana itu dipakai membiayai pelatihan militer ilegal di hutan Lampung pada 2010, kata polisi.")
    events, _ = events_of(body, vocabulary)
    assert [(e.date, e.partner_codes) for e in events] == [(D(2024, 3, 11), ("JPN",))]


@pytest.mark.parametrize("body, kind", [
    ("As a follow-up, UNODC and Ditjenpas plan to train 40 officers in Cilacap in May 2024.", "training"),
    ("Malaysia, the Philippines and TNI will hold a joint sea exercise off Tarakan in June.", "training"),
    ("FKPT berencana menggelar kegiatan serupa bersama Jepang di Pati pada Juni 2024.", "other"),
])
def test_planned_trainings_exercises_and_repeats(vocabulary, body, kind):
    events, _ = events_of(body, vocabulary)
    assert [(e.status, e.kind) for e in events] == [("planned", kind)]


@pytest.mark.parametrize("body, year, kind", [
    # an earlier round of a series of talks, told with its own year
    ("Kenya and BNPT held consultations in Nairobi on Monday, the third of the series. The first round was held in "
     "Mombasa in 2018.", 2018, "meeting"),
    ("BNPT dan Kenya menggelar konsultasi di Nairobi, Senin (11/3). Putaran pertama digelar di Mombasa pada 2018.",
     2018, "meeting"),
    # an exchange of analysts between two agencies, planned for a year
    ("Kenya and BNPT signed a memorandum on Monday. An exchange of analysts between the two agencies is due later "
     "this year.", 2024, "visit"),
])
def test_an_earlier_round_and_an_exchange_of_analysts_are_acts(vocabulary, body, year, kind):
    events, _ = events_of(body, vocabulary)
    assert [(e.kind, e.partner_codes) for e in events if e.date_precision == "year" and e.date.year == year] == [
        (kind, ("KEN",))]


def test_one_indonesian_body_alone_without_a_date_is_no_act(vocabulary):
    body = "BNPT said it would register the former members in its training and give them grants."
    assert events_of(body, vocabulary)[0] == []
    dated = "BNPT menggelar pelatihan bagi mantan anggota di Poso, Senin (11/3/2024)."
    assert len(events_of(dated, vocabulary)[0]) == 1


def test_an_act_set_aside_by_besides_is_another_act(vocabulary):
    body = ("Densus 88 dan Kepolisian Korea menandatangani LoI di Seoul pada Selasa (5/3). Besides the signing, 30 "
            "Densus 88 officers follow a course with Korea on 4 until 15 March 2024 in Asan.")
    events, _ = events_of(body, vocabulary, header=("Judul", "Kamis, 7 Maret 2024 10:00 WIB"))
    assert [(e.date, e.kind, e.date_end) for e in events] == [
        (D(2024, 3, 5), "agreement", None), (D(2024, 3, 4), "training", D(2024, 3, 15))]


def test_a_state_in_militants_history_is_no_counterpart(vocabulary):
    body = ("Its leaders had trained in Afghanistan in the 1980s, and some members later traveled to Syria, where "
            "they joined the Islamic State group. Yusuf said BNPT planned to extend the programme to families and to "
            "open mentoring centres in five provinces this year.")
    events, _ = events_of(body, vocabulary)
    assert all(not e.partner_codes for e in events)


def test_a_sentence_opened_by_the_act_dates_it(vocabulary):
    body = ("Polda Tirta bersama Australian Federal Police (AFP) menggelar latihan bersama olah TKP di Surabaya. "
            "Latihan yang berlangsung sejak Senin (11/3) hingga hari ini diikuti 35 personel.")
    [event] = events_of(body, vocabulary)[0]
    assert (event.date, event.date_end, event.partner_codes) == (D(2024, 3, 11), D(2024, 3, 14), ("AUS",))


def test_at_that_time_tells_more_of_the_act_just_told(vocabulary):
    body = ("Polda Tirta menggelar latihan bersama AFP di Surabaya, Rabu (13/3). Pelatihan serupa juga pernah "
            "diikuti personel Polda Tirta pada Mei lalu. Saat itu, 20 penyidik mengikuti kursus yang difasilitasi "
            "Pemerintah Amerika Serikat di Jakarta.")
    events, _ = events_of(body, vocabulary)
    may = [e for e in events if e.date == D(2023, 5, 1)]
    assert len(may) == 1 and "USA" in may[0].partner_codes and len(events) == 2


@pytest.mark.parametrize("body, expected", [
    # acts in general ("sejumlah pelatihan") are no act of the article
    ("BNPT dan Department of Home Affairs Australia menandatangani nota kesepahaman pada Selasa (12/3). Nota itu "
     "menjadi payung bagi sejumlah pelatihan teknis bagi pegawai lapas.", [D(2024, 3, 12)]),
    # the other clause of a sentence about an act told before is part of it
    ("Indonesia menjadi tuan rumah lokakarya regional ASEAN pada 5 Maret 2024 di Bali. Lokakarya itu digelar "
     "bersama UNODC dan diikuti delegasi dari negara anggota ASEAN lainnya.", [D(2024, 3, 5)]),
    # one body's own plan is no act of cooperation; an act told again is
    ("BNPT dan Kemensos menggelar rapat pada Senin (11/3). Lebih lanjut, BNPT berencana mendirikan pusat "
     "pelatihan di Jakarta Barat tahun ini.", [D(2024, 3, 11)]),
    ("FKPT Tirta dan BNPT melatih santri pada Senin (11/3). FKPT Tirta berencana menggelar kegiatan serupa di Pati "
     "pada April 2024.", [D(2024, 3, 11), D(2024, 4, 1)]),
])
def test_general_acts_other_clauses_and_own_plans(vocabulary, body, expected):
    assert [e.date for e in events_of(body, vocabulary)[0]] == expected


def test_where_people_came_from_is_no_party(vocabulary):
    body = ("Delegasi Filipina dijadwalkan berdiskusi dengan Kementerian Sosial mengenai anak-anak yang dipulangkan "
            "dari Suriah, Sabtu (16/3).")
    [event] = events_of(body, vocabulary)[0]
    assert event.partner_codes == ("PHL",)


def test_the_counterpart_comes_from_the_act_not_from_a_part_of_it(vocabulary):
    body = ("Delegasi Filipina diterima di kantor BNPT di Sentul pada Selasa (12/3). Kunjungan tersebut difasilitasi "
            "oleh UNODC. Dari Sentul, delegasi bertolak ke Lamongan, Rabu (13/3), untuk mengunjungi Yayasan Tirta "
            "Damai.")
    events, _ = events_of(body, vocabulary)
    assert [(e.date, "PHL" in e.partner_codes) for e in events] == [(D(2024, 3, 12), True), (D(2024, 3, 13), True)]


def test_two_clauses_with_dates_of_their_own_are_two_acts(vocabulary):
    body = ("The last dialogue of BNPT and the United Kingdom took place in London in November 2022, and the next "
            "round is planned for Jakarta in early 2024.")
    events, _ = events_of(body, vocabulary)
    assert [(e.date, e.status) for e in events] == [(D(2022, 11, 1), "held"), (D(2024, 1, 1), "planned")]


def test_routine_exchanges_are_an_act_at_publication(vocabulary):
    body = "PPATK juga rutin bertukar informasi dengan unit intelijen keuangan Filipina untuk memantau aliran dana."
    [event] = events_of(body, vocabulary)[0]
    assert (event.date, event.partner_codes) == (D(2024, 3, 14), ("PHL",))


def test_a_person_speaking_of_their_own_day_tells_no_act(vocabulary):
    body = ("Warga Australia dan Indonesia mengenang serangan itu di Kuta. Seorang penyintas dari Perth ikut hadir.\n\n"
            '"Saya bertemu keluarga-keluarga Bali hari ini," katanya. "We met the Australian team today," kata Kapolda.')
    events = events_of(body, vocabulary)[0]
    # the survivor's "saya bertemu" is no act; the official's "we met the Australian team" is one
    assert [(e.kind, e.evidence[:5]) for e in events] == [("meeting", '"We m')]


@pytest.mark.parametrize("body, expected", [
    # an undated clause of a body's founding story is not an act of the article
    ("Densus 88 was initially trained and funded by Australia and the United States.", []),
    ("Pusat itu pada awalnya dilatih dan didanai oleh Australia bersama Polri.", []),
    # the same act with a date is one
    ("Densus 88 was trained by Australia on March 11, 2024.", [D(2024, 3, 11)]),
])
def test_an_undated_founding_story_tells_no_act(vocabulary, body, expected):
    assert [e.date for e in events_of(body, vocabulary)[0]] == expected


@pytest.mark.parametrize("body, expected", [
    # a date before an "and" that joins on the next verb is the earlier verb's
    ("Pria itu ditangkap di Zamboanga pada 2 Maret 2024 dan diserahkan kepada Densus 88 oleh Kepolisian Filipina "
     "di Manila pada 11 Maret 2024.", D(2024, 3, 11)),
    ("The man was arrested on March 2, 2024 and was handed to Densus 88 by Philippine police on March 11, 2024.",
     D(2024, 3, 11)),
    # the nearest date otherwise, before the cue too
    ("Pada 2 Maret 2024, BNPT dan Jepang menandatangani nota kesepahaman di Tokyo.", D(2024, 3, 2)),
])
def test_a_date_before_the_next_verb_is_not_its_act_date(vocabulary, body, expected):
    assert [e.date for e in events_of(body, vocabulary)[0]] == [expected]


@pytest.mark.parametrize("body", [
    "The man was handed to Densus 88 officers by Philippine police in Manila on March 11, 2024.",
    "Kejaksaan Agung mengajukan permohonan MLA kepada Malaysia pada 11 Maret 2024.",
    "The Attorney General's Office submitted a request for mutual legal assistance to Malaysia on March 11, 2024.",
    "Polri menerima lima WNI yang dideportasi otoritas Turki pada 11 Maret 2024.",
])
def test_handovers_and_requests_for_legal_help_are_acts(vocabulary, body):
    [event] = events_of(body, vocabulary)[0]
    assert event.date == D(2024, 3, 11) and event.partner_codes


def test_people_described_as_deported_tell_no_act(vocabulary):
    body = "Dua WNI yang dideportasi dari Turki pada 2019 kembali ditangkap Densus 88 bersama Polis Diraja Malaysia."
    assert [e.date for e in events_of(body, vocabulary)[0]] == []


@pytest.mark.parametrize("body", [
    # a region of a state is a place, not a party
    "Gubernur membuka pertemuan pada 11 Maret 2024 soal perlintasan jaringan teror dari dan ke Filipina Selatan.",
    "The meeting on March 11, 2024 discussed militants who travel to and from the southern Philippines.",
])
def test_a_region_of_a_state_is_no_party(vocabulary, body):
    events = events_of("Densus 88 menggelar rapat di Jakarta. " + body, vocabulary)[0]
    assert not any("PHL" in e.partner_codes for e in events)


def test_a_subregional_body_is_a_partner(vocabulary):
    body = "Delegasi BIMP-EAGA dan Kementerian Dalam Negeri bertemu di Tarakan pada 11 Maret 2024."
    [event] = events_of(body, vocabulary)[0]
    assert event.partner_codes == ("BIMP-EAGA",)


def test_a_workshop_told_first_without_its_partners_is_one_act_with_them(vocabulary):
    body = ("The regional workshop was held from 11 to 13 March 2024 in Bali and hosted by BNPT.\n\n"
            "Opening the workshop on Monday (11/3/2024), BNPT and UNODC officials said soft targets need protection.")
    [event] = events_of(body, vocabulary)[0]
    assert (event.date, event.date_end, event.partner_codes) == (D(2024, 3, 11), D(2024, 3, 13), ("UN",))


def test_a_speakers_today_in_a_quote_dates_no_act(vocabulary):
    body = ("BNPT dan Jepang menandatangani nota kesepahaman di Tokyo pada Senin (11/3/2024).\n\n"
            '"Today a teenager can be radicalised in a few weeks," the BNPT head told reporters after the signing.')
    events = events_of(body, vocabulary, header=("Judul", "Kamis, 14 Maret 2024 10:00 WIB"))[0]
    assert [e.date for e in events] == [D(2024, 3, 11)]


def test_a_meeting_of_other_bodies_on_a_day_of_a_course_is_its_own_act(vocabulary):
    body = ("Kementerian Luar Negeri dan Korea Selatan menggelar konsultasi kontra-terorisme di Seoul pada 12 Maret 2024.\n\n"
            "Sementara itu, Kepolisian Nasional Korea melatih 20 personel Densus 88 pada 4-15 Maret 2024 di Asan.")
    events = events_of(body, vocabulary, header=("Judul", "Senin, 18 Maret 2024 10:00 WIB"))[0]
    assert sorted((e.date, e.kind) for e in events) == [(D(2024, 3, 4), "training"), (D(2024, 3, 12), "meeting")]


@pytest.mark.parametrize("body, partners", [
    # an observer state watches the act, it takes no part in it; the states listed before it do
    ("Lokakarya BNPT bersama Malaysia dan Brunei Darussalam, serta Timor-Leste yang hadir sebagai peninjau, "
     "digelar pada 11 Maret 2024.", ("BRN", "MYS")),
    ("Timor-Leste attended as an observer the workshop BNPT held with Malaysia on March 11, 2024.", ("MYS",)),
])
def test_an_observer_state_is_no_party(vocabulary, body, partners):
    [event] = events_of(body, vocabulary)[0]
    assert tuple(sorted(event.partner_codes)) == partners


@pytest.mark.parametrize("body, kind", [
    ("Peringatan yang digelar yayasan penyintas bersama Konsulat Jenderal Australia di Bali berlangsung 11 Maret 2024.",
     "forum"),
    ("Two Australian Federal Police investigators gave evidence to the Jakarta court on March 11, 2024.", "other"),
    ("Polri and the Australian Federal Police will renew their memorandum of understanding on March 11, 2024.",
     "agreement"),
])
def test_commemorations_testimony_and_renewals_are_acts(vocabulary, body, kind):
    [event] = events_of(body, vocabulary)[0]
    assert (event.kind, event.date, event.partner_codes) == (kind, D(2024, 3, 11), ("AUS",))


def test_a_travel_warning_is_no_commemoration(vocabulary):
    body = "Setelah serangan pada 11 Maret 2024, Australia mengeluarkan peringatan perjalanan ke Indonesia."
    assert events_of(body, vocabulary)[0] == []


def test_a_report_naming_no_partner_joins_the_act_it_shares_a_body_with(vocabulary):
    body = ("Lemdiklat Polri membuka pelatihan investigasi pendanaan terorisme di JCLEC, Semarang.\n\n"
            "Sekretariat Colombo Plan dan JCLEC meluncurkan kurikulum baru pada 11 Maret 2024 bagi perwira polisi "
            "Sri Lanka dan Bangladesh.")
    events = events_of(body, vocabulary)[0]
    assert len(events) == 1 and set(events[0].partner_codes) >= {"LKA", "BGD"}


def test_a_later_batch_planned_at_a_border_is_an_act_with_the_narratives_partners(vocabulary):
    body = ("BNPT dan IOM melatih petugas imigrasi di Batam pada 11 Maret 2024 dengan dana Kanada.\n\n"
            "Adapun angkatan ketiga direncanakan berlangsung di Kupang pada Agustus 2024, dengan fokus pada "
            "perbatasan darat dengan Timor Leste.")
    events = events_of(body, vocabulary)[0]
    planned = [e for e in events if e.status == "planned"]
    assert [(e.date, e.date_precision) for e in planned] == [(D(2024, 8, 1), "month")]
    assert "TLS" not in planned[0].partner_codes and "CAN" in planned[0].partner_codes


@pytest.mark.parametrize("batch", ["angkatan ketiga", "angkatan ke-3"])
def test_a_later_batch_written_with_a_numeral_is_an_act_too(vocabulary, batch):
    body = ("BNPT dan IOM melatih mitra deradikalisasi di Poso pada 11 Maret 2024 dengan dana Belanda.\n\n"
            f"Ia menyebut {batch} direncanakan berlangsung Agustus mendatang di Kabupaten Sigi.")
    planned = [e for e in events_of(body, vocabulary)[0] if e.status == "planned"]
    assert [(e.date, e.date_precision) for e in planned] == [(D(2024, 8, 1), "month")]


def test_an_undated_report_goes_into_the_act_of_its_kind_told_without_a_partner(vocabulary):
    # the envoy present at the pengukuhan belongs to it, not to the training with the embassy told after it
    body = ("Sebanyak 30 perempuan dikukuhkan sebagai Duta Damai di Aula Dinas Sosial Tirta, Selasa (12/3/2024). "
            "Sebelum dikukuhkan, para peserta mengikuti pelatihan yang digelar bersama Kedutaan Besar Inggris pada "
            "4-5 Maret 2024.\n\nPerwakilan Kedutaan Besar Inggris, Jane Roe, yang hadir dalam pengukuhan, "
            "mengatakan hal itu.")
    events = events_of(body, vocabulary)[0]
    assert sorted((e.date, e.kind, e.partner_codes) for e in events) == [
        (D(2024, 3, 4), "training", ("GBR",)), (D(2024, 3, 12), "launch", ("GBR",))]


def test_a_handover_of_compensation_is_an_act(vocabulary):
    body = "LPSK menyerahkan kompensasi kepada 31 penyintas terorisme bersama BNPT di Jakarta, Senin (11/3/2024)."
    assert [(e.date, e.kind) for e in events_of(body, vocabulary)[0]] == [(D(2024, 3, 11), "other")]


@pytest.mark.parametrize("when, expected", [
    ("rencananya tahun depan", [(D(2025, 1, 1), "year", "planned")]),  # a speaker's plan, dated
    ("hari ini", []),  # the speaker's own day: no date of the act
])
def test_a_quoted_relative_date_dates_a_plan_only_when_it_lies_ahead(vocabulary, when, expected):
    body = ("Delegasi BNPT bertemu delegasi India di New Delhi pada 11 Maret 2024.\n\n"
            f"\"Pertemuan berikutnya giliran Indonesia menjadi tuan rumah, {when},\" ujar Tirta.")
    events = events_of(body, vocabulary)[0]
    assert [(e.date, e.date_precision, e.status) for e in events if e.date != D(2024, 3, 11)] == expected


@pytest.mark.parametrize("also", ["Hadir pula", "Turut hadir", "Also present were"])
def test_a_sentence_naming_who_else_was_present_joins_the_act_just_told(vocabulary, also):
    body = ("Lokakarya dibuka pada Selasa (12/3/2024) oleh Kepala Kesbangpol dan perwakilan FKPT di Palu. "
            f"{also} Sekretaris Pertama Kedutaan Besar Jepang, Kenji Tirta, serta perwakilan BNPT.")
    assert [e.partner_codes for e in events_of(body, vocabulary)[0]] == [("JPN",)]


def test_a_meeting_body_named_by_its_meeting_meets_and_talks_on_its_sidelines_are_an_act_of_their_own(vocabulary):
    body = ("Indonesia called for closer cooperation during the 20th ARF Inter-Sessional Meeting on "
            "Counter-Terrorism and Transnational Crime held in Seoul on 25-26 June 2024.\n\n"
            "The meeting was co-chaired by the Republic of Korea and Laos.\n\n"
            "On the sidelines, the Indonesian delegation held talks with Singapore's Ministry of Home Affairs.")
    events = events_of(body, vocabulary, header=("Judul", "Thursday, 27 June 2024"))[0]
    assert [e.date for e in events if "ASEAN" in e.partner_codes] == [D(2024, 6, 25)]
    assert [e.partner_codes for e in events if "SGP" in e.partner_codes] == [("SGP",)]


def test_a_roundtable_is_a_forum(vocabulary):
    body = "The Tirta Institute and the German Embassy convened a closed-door roundtable in Jakarta on 12 March 2024."
    assert [(e.date, e.kind, e.partner_codes) for e in events_of(body, vocabulary)[0]] == [
        (D(2024, 3, 12), "forum", ("DEU",))]


def test_signing_up_is_no_signing(vocabulary):
    body = "BNPT dan Australia bekerja sama. Readers can sign up for the newsletter on March 11, 2024."
    assert [e.kind for e in events_of(body, vocabulary)[0]] != ["agreement"]


def test_an_undated_sentence_tells_more_of_the_dated_act_its_paragraph_told(vocabulary):
    body = ("Tahun dibuka dengan dialog BNPT dan Australia yang digelar pada 18 Januari 2024. Delegasi BNPT bertemu "
            "pejabat Australia. Kedua pihak sepakat melanjutkan pertukaran praktik baik.\n\n"
            "Pada 22 Maret 2024, BNPT dan UNOCT meluncurkan proyek bersama.")
    events = events_of(body, vocabulary, header=("Kaleidoskop 2024", "Senin, 30 Desember 2024 10:00 WIB"))[0]
    assert [(e.date, e.partner_codes) for e in events] == [(D(2024, 1, 18), ("AUS",)), (D(2024, 3, 22), ("UN",))]


def test_a_unit_and_its_parent_undated_are_one_body_and_no_act(vocabulary):
    body = "Kepala Divhubinter Polri mengatakan kerja sama itu mencakup pelatihan dan pertukaran informasi."
    assert events_of(body, vocabulary)[0] == []


@pytest.mark.parametrize("body", [
    ("BNPT dan delegasi Filipina bertemu di Jakarta, Senin (11/3/2024). Pertemuan itu juga melibatkan "
     "Kementerian Imigrasi dan Pemasyarakatan, kementerian yang dibentuk pada 2023."),
    # a year alone beside an act told with its day: the year of what else the clause tells, a plan or a target
    ("BNPT dan delegasi Filipina bertemu di Jakarta, Senin (11/3/2024). Hasil pertemuan itu akan dirumuskan "
     "dalam rencana aksi bersama yang ditargetkan selesai akhir tahun ini."),
    ("BNPT dan delegasi Filipina bertemu di Jakarta, Senin (11/3/2024). Dalam pertemuan itu, Sulawesi Tengah "
     "ditetapkan sebagai daerah prioritas program pencegahan tahun ini."),
])
def test_a_year_in_a_clause_about_that_meeting_dates_something_else(vocabulary, body):
    events, _ = events_of(body, vocabulary)
    assert [(e.date, e.partner_codes) for e in events] == [(D(2024, 3, 11), ("PHL",))]


@pytest.mark.parametrize("follow_up, year", [
    # a year to come may date a plan of that meeting
    ("Hasil pertemuan itu akan dibahas lagi dalam pertemuan lanjutan di Manila pada 2025.", 2025),
    # another act of the clause owns its year
    ("BNPT akan menindaklanjuti pertemuan itu dengan pelatihan bagi penyidik pada pertengahan 2024.", 2024),
    # a mere article points back at nothing
    ("Both sides will hold the exchange of experts on reintegration in the second half of 2024.", 2024),
    # the meeting scheduled again for a part of the year: its new date
    ("Pertemuan itu kini dijadwalkan ulang pada akhir tahun ini.", 2024),
])
def test_a_plan_told_beside_that_meeting_keeps_its_year(vocabulary, follow_up, year):
    body = "BNPT dan delegasi Filipina bertemu di Jakarta, Senin (11/3/2024). " + follow_up
    events, _ = events_of(body, vocabulary)
    assert [(e.date, e.status) for e in events] == [(D(2024, 3, 11), "held"), (D(year, 1, 1), "planned")]


def test_a_plan_under_review_is_no_visit(vocabulary):
    body = ("BNPT dan Filipina menyepakati rencana aksi pada Senin (11/3). Rencana itu sejalan dengan Bali Work Plan "
            "ASEAN yang kini tengah ditinjau untuk periode berikutnya.")
    events, _ = events_of(body, vocabulary)
    assert [(e.kind, e.partner_codes) for e in events] == [("agreement", ("PHL",))]


@pytest.mark.parametrize("sentence, partners", [
    # both sides act with an international body: the counterpart told before stays a party
    ("The two police forces also plan to hold a joint workshop with Interpol in Kuala Lumpur in November 2024.",
     ("INTERPOL", "MYS")),
    ("Kedua pihak sepakat memperkuat koordinasi di Global Counterterrorism Forum (GCTF) pada Juni 2024.",
     ("GCTF", "MYS")),
    # ... or for its members: they are whom the act serves
    ("Kedua negara sepakat menggelar lokakarya bagi negara-negara anggota ASEAN pada Juni 2024.", ("ASEAN", "MYS")),
    # ... but a body that only comes to them is the act's partner alone
    ("Kedua pihak menyambut baik rencana kunjungan asesmen UNOCT pada Juni 2024.", ("UN",)),
])
def test_both_sides_acting_with_an_international_body(vocabulary, sentence, partners):
    body = "Densus 88 dan Kepolisian Diraja Malaysia bertemu di Kuala Lumpur, Rabu (13/3). " + sentence
    events, _ = events_of(body, vocabulary)
    assert events[-1].partner_codes == partners


def test_agreeing_to_is_an_agreement_and_a_wish_is_no_act(vocabulary):
    body = ("In July 2024, Indonesian and Australian ministers met in Canberra to agree on a new exchange programme. "
            "Canberra could do more by funding a regional network of Malaysian and Indonesian officers.")
    events, _ = events_of(body, vocabulary)
    assert [(e.date, e.partner_codes) for e in events] == [(D(2024, 7, 1), ("AUS",))]


def test_a_planned_year_after_pada_tahun(vocabulary):
    body = ("BNPT dan Australia bertemu di Manado, Selasa (12/3). Pertemuan berikutnya dijadwalkan digelar di "
            "Australia pada tahun 2025.")
    events, _ = events_of(body, vocabulary)
    assert [(e.date, e.date_precision, e.status) for e in events] == [
        (D(2024, 3, 12), "day", "held"), (D(2025, 1, 1), "year", "planned")]


def test_what_came_of_an_act_is_no_new_act(vocabulary):
    body = ("BNPT dan Belanda menggelar lokakarya di Bali, Selasa (12/3). Hasil lokakarya akan dirumuskan menjadi "
            "rekomendasi bagi negara-negara di kawasan.")
    events, _ = events_of(body, vocabulary)
    assert [(e.date, e.status) for e in events] == [(D(2024, 3, 12), "held")]


@pytest.mark.parametrize("sentence", [
    "A crisis response course for Densus 88 that had been scheduled for May 2024 with the United States was postponed.",
    "Pelatihan bersama Jepang yang direncanakan Mei 2024 ditunda akibat pandemi.",
    # an act only possible, said not to have happened after a semicolon
    "BNPT could in time also ask New Zealand to host a joint workshop for its analysts; it has not yet done so.",
    "BNPT sebenarnya dapat meminta Selandia Baru menjadi tuan rumah lokakarya bersama bagi para analisnya; BNPT belum "
    "melakukannya.",
])
def test_an_act_called_off_is_no_event(vocabulary, sentence):
    events, _ = events_of(sentence, vocabulary)
    assert events == []


def test_a_later_month_in_a_clause_about_that_training_is_its_own(vocabulary):
    body = ("Polri dan AFP bertemu di Jakarta, Selasa (12/3), dan sepakat menggelar pelatihan bersama. Pelatihan itu "
            "direncanakan berlangsung di Semarang pada Juli mendatang.")
    events, _ = events_of(body, vocabulary)
    assert [(e.date, e.date_precision, e.status) for e in events] == [
        (D(2024, 3, 12), "day", "held"), (D(2024, 7, 1), "month", "planned")]


@pytest.mark.parametrize("body", [
    "BNPT dan Kepolisian Turki sepakat bertukar data WNI yang diduga hendak menyeberang ke Suriah, Selasa (12/3).",
    "BNPT dan UNODC membahas anak-anak yang masih berada di kamp-kamp di timur laut Suriah, Selasa (12/3).",
    "Polri and the Tirtanian police agreed on Tuesday (12/3) to trace suspects who transit through Jakarta on their "
    "way to Syria.",
    # a region after "the", whatever word stands before it
    "\"Fighters still move between Hatay, Gaziantep and the northern Syria camps,\" the UNODC official said after "
    "meeting BNPT officers on Tuesday (12/3).",
])
def test_where_people_meant_to_go_or_a_region_of_a_state_is_no_partner(vocabulary, body):
    events, _ = events_of(body, vocabulary)
    assert "SYR" not in events[0].partner_codes


@pytest.mark.parametrize("tally", [
    "Direktur Perlindungan BNPT Andi Setiawan mengatakan sebanyak 50 pendamping telah dilatih.",
    "More than 1,200 Indonesian police officers have been trained by Japanese instructors.",
])
def test_a_count_of_those_trained_so_far_is_no_act(vocabulary, tally):
    body = "Bulan lalu, BNPT bersama Jepang meluncurkan pusat data di Jakarta.\n" + tally
    [event] = events_of(body, vocabulary, header=("Judul berita", "Kamis, 6 Juni 2024 09:12 WIB"))[0]
    assert event.kind == "launch"


def test_a_numbered_unit_that_trained_others_is_still_an_act(vocabulary):
    body = "Densus 88 Antiteror Polri telah melatih polisi Malaysia di Semarang."
    [event] = events_of(body, vocabulary)[0]
    assert event.kind == "training" and event.partner_codes == ("MYS",)


def test_the_project_named_again_as_a_subject_takes_its_implementer(vocabulary):
    body = ("BNPT bersama Jepang meluncurkan proyek pendampingan anak di Jakarta pada 11 Maret 2024. "
            "Proyek yang dilaksanakan oleh UNODC itu akan berjalan hingga 2026.")
    [event] = events_of(body, vocabulary)[0]
    assert set(event.partner_codes) == {"JPN", "UN"}


def test_a_body_founded_with_indonesia_is_an_act(vocabulary):
    body = "Pusat pelatihan itu didirikan BNPT bersama Pemerintah Kerajaan Arab Saudi pada 2017."
    events, _ = events_of(body, vocabulary)
    assert [(e.date.year, e.partner_codes) for e in events] == [(2017, ("SAU",))]


def test_subjects_listed_after_when_are_one_clause(vocabulary):
    body = ("Indonesia signed on to the pledge when New Zealand's Hana Whetu and France's Claire Dubois launched it "
            "in Paris in May 2019.")
    events, _ = events_of(body, vocabulary)
    assert [(e.date, e.date_precision, e.partner_codes) for e in events] == [(D(2019, 5, 1), "month", ("FRA", "NZL"))]


@pytest.mark.parametrize("body, partners", [
    ("In June 2018, Indonesia was admitted as an observer to the Financial Action Task Force.", ("FATF",)),
    ("On 27 October 2023 Indonesia became the 40th full member of the Financial Action Task Force.", ("FATF",)),
    # a convention signed by its signatories, a plan adopted
    ("Indonesia was among the ten signatories of the convention in Cebu on 13 January 2007 with ASEAN.", ("ASEAN",)),
    ("In November 2019 ASEAN ministers and Indonesia adopted the work plan.", ("ASEAN",)),
    ("Joint air patrols of Indonesia, Malaysia and the Philippines began in October 2017.", ("MYS", "PHL")),
])
def test_membership_and_patrols_are_acts(vocabulary, body, partners):
    events, _ = events_of(body, vocabulary)
    assert [e.partner_codes for e in events] == [partners]


def test_the_meeting_retold_with_its_states_is_the_days_one_act(vocabulary):
    body = ("Defence officials of ASEAN agreed on Tuesday (12/3) to set up a secure platform for sharing data on "
            "suspects.\nThe meeting, hosted by Indonesia's defence ministry, brought together officials from Brunei, "
            "Malaysia and Thailand.")
    events, _ = events_of(body, vocabulary)
    assert [(e.date, set(e.partner_codes)) for e in events] == [(D(2024, 3, 12), {"ASEAN", "BRN", "MYS", "THA"})]


def test_an_earlier_act_of_another_kind_keeps_its_date_beside_a_pointer_to_the_current_one(vocabulary):
    body = ("BNPT bersama Kedutaan Besar Prancis menggelar lokakarya pengamanan, Rabu (13/3).\n"
            "Duta Besar Prancis menyebut lokakarya tersebut sebagai kelanjutan kunjungan delegasi BNPT ke Paris pada "
            "Januari lalu.")
    events, _ = events_of(body, vocabulary)
    assert [(e.date, e.kind) for e in events] == [(D(2024, 3, 13), "training"), (D(2024, 1, 1), "visit")]


def test_the_same_meeting_is_the_latest_gathering_of_any_kind(vocabulary):
    body = ("The working group met in Bali in April 2019 with Australia.\n"
            "BNPT led the delegation to the forum's ministerial plenary in New York on 21 September 2022 with Japan.\n"
            "At the same meeting, the chair passed from Korea to BNPT.")
    events, _ = events_of(body, vocabulary)
    assert {e.date: set(e.partner_codes) for e in events} == {D(2019, 4, 1): {"AUS"},
                                                              D(2022, 9, 21): {"JPN", "KOR"}}


def test_a_year_that_opens_a_time_lasting_until_now_is_no_background(vocabulary):
    body = "Australia, through JCLEC in Semarang, has trained thousands of Indonesian officers since 2004."
    events, _ = events_of(body, vocabulary)
    assert [(e.date, e.partner_codes) for e in events] == [(D(2024, 3, 14), ("AUS",))]
    # a year in the past alone is background
    events, _ = events_of("The centre trained its first Australian instructors after the 2004 attack.", vocabulary)
    assert events == []


def test_states_around_shared_waters_are_places(vocabulary):
    body = ("Japan on Tuesday handed over radars to Bakamla, a step against kidnappings in the waters between "
            "Indonesia, Malaysia and the Philippines.")
    events, _ = events_of(body, vocabulary)
    assert [e.partner_codes for e in events] == [("JPN",)]


def test_a_gathering_held_by_its_own_name_and_acts_since_then(vocabulary):
    body = ("Sejarah singkat: SRM CT pertama kali digelar Indonesia dan Australia di Manado pada Juli 2017. "
            "Sejak itu pertemuan berlangsung hampir setiap tahun.")
    events, _ = events_of(body, vocabulary)
    # the meeting held in July 2017; what came since is no act of that month
    assert [(e.date, e.partner_codes) for e in events if e.date.year == 2017] == [(D(2017, 7, 1), ("AUS",))]
    assert len([e for e in events if e.date == D(2017, 7, 1)]) == 1


def test_the_act_told_again_with_others_named_is_still_indonesias(vocabulary):
    body = ("Qatar's committee hosted a delegation from BNPT for a workshop on sporting events.\n"
            "The workshop, held on 12 and 13 March, was organised with UNOCT and drew on the Qatar 2022 World Cup.")
    events, _ = events_of(body, vocabulary)
    assert (D(2024, 3, 12), ("QAT", "UN")) in [(e.date, e.partner_codes) for e in events]


def test_its_event_funded_by_a_state_is_the_act_told_before(vocabulary):
    body = ("BNPT menggelar dialog pemuda di Makassar pada 20 Februari 2024.\n"
            "Acaranya didanai Pemerintah Jepang lewat Japan-ASEAN Integration Fund.")
    events, _ = events_of(body, vocabulary)
    assert [(e.date, set(e.partner_codes)) for e in events] == [(D(2024, 2, 20), {"ASEAN", "JPN"})]


def test_questions_in_congress_are_no_gathering(vocabulary):
    body = ("Officials of the United States trained Densus 88 for years.\nDeaths of suspects in custody, including a "
            "case in Klaten in 2016, prompted questions in Congress about the vetting rules.")
    events, _ = events_of(body, vocabulary)
    assert [e.date.year for e in events] == [2024]


@pytest.mark.parametrize("body, expected", [
    # a foreign state's founding of its own body is its history
    ("Pusat Tirta merupakan lembaga yang didirikan Pemerintah Kerajaan Arab Saudi pada 2017 untuk menangkal "
     "ideologi ekstremis. Delegasi BNPT mengunjungi Arab Saudi pada 4 Maret 2024.", [(D(2024, 3, 4), ("SAU",))]),
    # a foreign capital joined to Jakarta names the two governments, not the partner of the act told before
    ("Indonesia and Kenya agreed a letter of intent on 4 March 2024. In January, BNPT met envoys of "
     "Singapore. Nairobi and Jakarta inked an accord in February 2002.",
     [(D(2024, 3, 4), ("KEN",)), (D(2024, 1, 1), ("SGP",)), (D(2002, 2, 1), ("KEN",))]),
    ("Indonesia dan Singapura bertukar data pada 4 Maret 2024. Jakarta dan Nairobi meneken nota kesepahaman "
     "pertama pada Februari 2002.", [(D(2024, 3, 4), ("SGP",)), (D(2002, 2, 1), ("KEN",))]),
    # a body's founding with no foreign party named in its clause is its history, whoever the sentence before met
    ("Delegasi Kedutaan Besar Kenya mengunjungi Yayasan Tirta Damai di Lamongan pada 4 Maret 2024. Yayasan yang "
     "didirikan seorang mantan napiter pada 2016 itu kini mendampingi 90 mitra.", [(D(2024, 3, 4), ("KEN",))]),
    ("Kenyan diplomats visited the Tirta Peace Foundation in Lamongan on 4 March 2024. The foundation, set up by a "
     "former militant in 2016, now mentors 90 people.", [(D(2024, 3, 4), ("KEN",))]),
    # a part after a semicolon that tells no act names no party: the launch is others' act, and its states are no
    # counterpart of the workshop after it
    ("New Zealand and France launched the pledge in Paris on 15 May 2019; Indonesia has not joined it.\n"
     "In March 2024 BNPT took part in a Jakarta workshop.", [(D(2024, 3, 1), ())]),
    # a refusal tells no act
    ("It drew criticism over deaths in custody, a record the United States has been reluctant to discuss. "
     "Densus 88 hadir.", []),
    # relations raised to a new status are an agreement
    ("Indonesia and the United States raised ties to a Comprehensive Strategic Partnership on November 13, "
     "2023. Densus 88 hadir.", [(D(2023, 11, 13), ("USA",))]),
    ("On 4 March 2024 the two leaders elevated relations between Japan and Indonesia to a Comprehensive "
     "Strategic Partnership.", [(D(2024, 3, 4), ("JPN",))]),
    # declared, facilitated; funding "since last year" is a time lasting until now: the act is the article's
    ("Desa Tirta resmi dideklarasikan sebagai Desa Damai oleh BNPT dan UNDP pada Sabtu (9/3/2024).",
     [(D(2024, 3, 9), ("UN",))]),
    ("Sebanyak 30 perempuan di Jember mengikuti sekolah perdamaian yang difasilitasi UN Women pada Januari 2024.",
     [(D(2024, 1, 1), ("UN",))]),
    ("Program desa damai itu didanai UNDP sejak tahun lalu bersama BNPT.", [(D(2024, 3, 14), ("UN",))]),
    # a state or place named as absent takes no part: others' act stays theirs
    ("The United States' partnership with the Philippines, formalised in 2019, does not involve Jakarta.\n"
     "BNPT dan AFP bertemu di Jakarta pada 3 Maret 2024.", [(D(2024, 3, 3), ("AUS",))]),
    ("Japan and the Philippines signed a pact in 2019, a bilateral project with no Indonesian role.\n"
     "BNPT dan AFP bertemu di Jakarta pada 3 Maret 2024.", [(D(2024, 3, 3), ("AUS",))]),
    # a lede that dates a training but names no party; the next paragraph points back at it and names them
    ("Sebanyak 30 guru mengikuti pelatihan pencegahan ekstremisme di Garut, 5-7 Maret 2024.\n\nPelatihan ini "
     "diselenggarakan BNPT bersama UNODC.", [(D(2024, 3, 5), ("UN",))]),
    # a body's plenary is a gathering
    ("Pada 4-5 Maret 2024, BNPT dan Australia memimpin pleno kelompok kerja di Nusa Dua.",
     [(D(2024, 3, 4), ("AUS",))]),
    # an earlier act like the one told takes its partner, and stays an act of its own
    ("Densus 88 bersama UNODC melatih petugas lapas di Cilacap pada 11-13 Maret 2024.\n\nPelatihan serupa "
     "sebelumnya digelar di Lapas Batu pada Oktober 2023 dengan peserta dari Kanwil Jawa Tengah.",
     [(D(2024, 3, 11), ("UN",)), (D(2023, 10, 1), ("UN",))]),
    # ... and keeps it over a state named in a sentence of background between
    ("BNPT dan Jepang menggelar dialog keamanan di Jakarta pada 11 Maret 2024.\n\nPusat pelatihan di Semarang "
     "didirikan bersama Belanda pada 2005.\n\nDialog serupa akan digelar di Tokyo tahun depan.",
     [(D(2024, 3, 11), ("JPN",)), (D(2005, 1, 1), ("NLD",)), (D(2025, 1, 1), ("JPN",))]),
    # days counted from the act told before: the act named after the count is that one, not a new one
    ("BNPT dan UNODC menggelar forum regional di Jakarta pada Rabu (13/3/2024).\n\nDua hari sebelum forum, delegasi "
     "UNODC meninjau panti rehabilitasi di Bekasi.", [(D(2024, 3, 13), ("UN",)), (D(2024, 3, 11), ("UN",))]),
    # a funding told with the act it supports, in one sentence, is that act (whatever partners each clause names)
    ("Under the Japan-funded project, BNPT and UNODC will hold a workshop for ASEAN officials in Jakarta in June "
     "2024.", [(D(2024, 6, 1), ("ASEAN", "JPN", "UN"))]),
    # a correction notice retells superseded and right facts: no act of its own
    ("BNPT dan UNODC menggelar lokakarya di Bogor pada Selasa (12/3/2024).\n\nKoreksi: Versi sebelumnya menyebut "
     "lokakarya digelar di Depok pada Senin (4/3/2024). Yang benar, lokakarya digelar di Bogor pada Selasa "
     "(12/3/2024).", [(D(2024, 3, 12), ("UN",))]),
    # an arrangement made formal is an agreement
    ("Polri and the Australian Federal Police agreed on a joint team, and it was formalised on 18 October 2002.",
     [(D(2002, 10, 18), ("AUS",))]),
    # the International Committee of the Red Cross is a partner of its own, not the Red Cross movement at large
    ("BNPT bertemu Kepala Delegasi Regional ICRC di Jakarta pada 11 Maret 2024.", [(D(2024, 3, 11), ("ICRC",))]),
    # a patrol with the sea named in its name
    ("On Tuesday, 12 March 2024, a corvette of the Indonesian Navy and two Philippine Navy boats left Bitung for a "
     "coordinated sea patrol.", [(D(2024, 3, 12), ("PHL",))]),
])
def test_the_acts_a_text_tells_and_their_partners(vocabulary, body, expected):
    events, _ = events_of(body, vocabulary)
    assert [(e.date, e.partner_codes) for e in events] == expected


def test_a_list_of_parties_joined_by_and_is_one_acts(vocabulary):
    body = ("BNPT and UNOCT held a workshop with Japan in Bali on March 11-12, 2024. At the close of the workshop, "
            "BNPT, Japan and UNOCT agreed to hold a tabletop exercise simulating an attack on a beach in early 2025.")
    events, _ = events_of(body, vocabulary, header=("A headline", "Thursday, 14 March 2024"))
    assert [(e.date, e.status, e.partner_codes) for e in events] == [
        (D(2024, 3, 11), "held", ("JPN", "UN")), (D(2025, 1, 1), "planned", ("JPN", "UN"))]


def test_a_chronology_entry_is_dated_by_the_line_above_it(vocabulary):
    body = ("BNPT dan Kepolisian Filipina kembali bertemu di Jakarta pada Selasa (12/3/2024).\n\nKRONOLOGI\n\n"
            "Agustus 2022\nLatihan bersama BNPT dan Kepolisian Malaysia digelar di Tawau.\n\n"
            "2019\nSeorang warga menulis buku tentang Malaysia.")
    events, _ = events_of(body, vocabulary)
    assert [(e.date, e.date_precision, e.partner_codes) for e in events] == [
        (D(2024, 3, 12), "day", ("PHL",)), (D(2022, 8, 1), "month", ("MYS",))]


@pytest.mark.parametrize("later", [
    "The previous dialogue was held in Phnom Penh in late 2022, during Cambodia's ASEAN chairmanship.",
    "Dialog sebelumnya digelar di Phnom Penh pada akhir 2022 selama keketuaan Kamboja di ASEAN.",
])
def test_the_holders_of_an_office_that_names_a_time_are_no_parties(vocabulary, later):
    body = "Indonesia and Japan held the ASEAN-Japan Counter-Terrorism Dialogue in Tokyo on May 16, 2023.\n\n" + later
    events, _ = events_of(body, vocabulary, header=("A headline", "Wednesday, May 17, 2023"))
    assert [(e.date, e.date_precision, e.partner_codes) for e in events] == [
        (D(2023, 5, 16), "day", ("ASEAN", "JPN")), (D(2022, 1, 1), "year", ("ASEAN", "JPN"))]


@pytest.mark.parametrize("body", [
    "Thirty Indonesian police investigators on Thursday (14/3) completed a four-day course on terrorist financing at "
    "JCLEC in Semarang with funding from Canada. The course, which ran from Monday, March 11, was paid for by Canada.",
    "Kepolisian Kanada dan Polri menutup pelatihan empat hari bagi 30 penyidik di Semarang, Kamis (14/3). "
    "Pelatihan yang dimulai Senin (11/3) itu dibiayai Kanada.",
])
def test_an_act_of_some_days_that_ended_on_its_day_began_days_before(vocabulary, body):
    events, _ = events_of(body, vocabulary)
    assert [(e.date, e.date_end, e.partner_codes) for e in events] == [(D(2024, 3, 11), D(2024, 3, 14), ("CAN",))]


# --------------------------------------------------------------------------- the phrase prefilter of window patterns

def _phrase_windows(phrases: list[str]) -> list[str]:
    """Windows before a state as the pipeline searches them: each phrase as written, in other cases and spacing,
    cut off by the window's start, inside a longer word, followed by a list; and texts holding none of them."""
    windows = ["", "the meeting in ", "Delegasi dari ", "was held with ", "Ürümqi and ", "naïve café from "]
    for phrase in phrases:
        spaced = "  ".join(phrase.split())
        for form in (phrase, phrase.upper(), phrase.title(), spaced):
            windows += [f"{form} ", f"they {form} the ", f"they {form} Iraq, ", f"they {form} Iraq and ",
                        f"x{form} ", f"{form}\n", f"{form[1:]} ", f"é {form} "]
    return windows


@pytest.mark.parametrize("field, key", [("origin_before", None), ("joined_before", "event_membership_phrases")])
def test_phrase_prefilter_never_skips_a_match(vocabulary, field, key):
    """`PhrasePattern.search` finds exactly what its pattern finds: the word test only skips windows the
    pattern cannot match."""
    from analysis.s5_events import lexicon_for

    lex = vocabulary.lexicon
    phrases = [*lex.get("event_origin_phrases", ()), *lex.get("event_border_phrases", ())] if key is None \
        else list(lex[key])
    wrapped = getattr(lexicon_for(vocabulary), field)
    assert wrapped.words, "the prefilter is in use for the project's phrases"
    matched = 0
    for window in _phrase_windows(phrases):
        text = "Lorem ipsum. " + window + "Syria"
        start, end = max(0, len(text) - 5 - 40), len(text) - 5
        expected = wrapped.pattern.search(text, start, end)
        assert (wrapped.search(text, start, end) is None) == (expected is None), window
        matched += expected is not None
    assert matched > len(phrases)  # the windows do exercise matches


@pytest.mark.parametrize("phrases, window", [
    (["on the way to", "fled"], "they were on the way to "),
    (["on the way to", "fled"], "ON  THE\nWAY TO "),
    (["on the way to", "fled"], "the way to "),  # a word short: the pattern cannot match
    (["on the way to", "fled"], "they fled "),
    (["FTF from", "returned from"], "ftf from "),
    (["FTF from", "returned from"], "money from "),  # the longest word alone
    (["FTF from", "returned from"], "FTF sent from "),  # every word, not as the phrase
    (["dipulangkan dari", "dipulangkan dari kamp"], "dipulangkan dari kamp "),
])
def test_phrase_prefilter_wants_every_word_of_a_phrase(phrases, window):
    """The prefilter passes a window only where all the words of one phrase occur, and skips none the pattern
    matches: a phrase whose longest word is common ("the" of "on the way to") keeps its other words' test."""
    import re

    from analysis.s5_events import PhrasePattern, _alternation

    wrapped = PhrasePattern.of(re.compile(rf"(?:{_alternation(phrases)})\s+$", re.I), phrases)
    expected = wrapped.pattern.search(window, 0, len(window))
    assert (wrapped.search(window, 0, len(window)) is None) == (expected is None)
    lowered = window.lower()
    assert wrapped.may_match(window) == any(all(w in lowered for w in p.lower().split()) for p in phrases)


def test_tenure_prefilter_never_skips_a_match(vocabulary):
    """The body-wide search for a term of office finds what its bare pattern finds, in ASCII text or not."""
    from analysis.s5_events import lexicon_for

    lex = vocabulary.lexicon
    tenure = lexicon_for(vocabulary).tenure
    matched = 0
    for opener in lex["event_tenure_openers"]:
        for word in lex["event_tenure_words"]:
            for form in (f"{opener} Cambodia's ASEAN {word}", f"{opener} the {word} of Laos".upper(),
                         f"{opener} {word} Kamboja di ASEAN".title(), f"{opener}  {word}"):
                for text in (f"Pertemuan digelar {form}, kata dia.", f"“{form}” — ujarnya", f"x{form}", form[:-2]):
                    expected = [m.span() for m in tenure.pattern.finditer(text)]
                    assert [m.span() for m in tenure.finditer(text)] == expected, text
                    matched += bool(expected)
    assert matched > len(lex["event_tenure_words"])
    assert list(tenure.finditer("Pertemuan digelar selama dua hari, kata “dia”.")) == []


def test_only_the_listed_characters_fold_to_ascii_letters():
    """A case-insensitive ASCII letter (or digit, hyphen) matches no character whose `lower()` differs from the
    letter's but those of FOLDED_TO_ASCII, on the running Python: the phrase prefilter relies on it."""
    import re
    import string

    from analysis.s5_events import FOLDED_TO_ASCII

    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    folded = {m.group(0) for p in string.ascii_letters + string.digits + "-'" for m in
              re.finditer(re.escape(p), every, re.I) if m.group(0).lower() != p.lower()}
    assert folded <= set(FOLDED_TO_ASCII)


def test_phrase_prefilter_is_off_for_phrases_not_in_ascii():
    import re

    from analysis.s5_events import PhrasePattern

    pattern = PhrasePattern.of(re.compile(r"(?:ſtudi)\s+$", re.I), ["ſtudi"])
    assert pattern.words is None
    assert pattern.search("a STUDI ", 0, 8) is not None
    ascii_pattern = PhrasePattern.of(re.compile(r"(?:studi)\s+$", re.I), ["studi"])
    assert ascii_pattern.words == ("studi",)
    assert ascii_pattern.search("a ſTUDI ", 0, 8) is not None  # "ſ" is an "s" to the pattern, not to lower()
    assert ascii_pattern.search("a ſTUDY ", 0, 8) is None


@pytest.mark.parametrize("name", ["beside_gathering", "separate", "umbrella", "sidelines", "cues", "home",
                                  "negation", "generic", "both_sides"])
def test_find_looks_heads_up_either_way(vocabulary, name):
    """`CueSet.find` finds the same cues whether it looks its heads up in a stretch's words (more words than
    heads, as in a whole body) or the words up in its heads (fewer): both lists hold the same heads."""
    from analysis.s5_events import lexicon_for

    cues = getattr(lexicon_for(vocabulary), name)
    heads = [*cues.by_first, *cues.prefixes]
    filler = " ".join(f"kata{n}" for n in range(len(cues.by_first) + 5))  # more words than the set has heads
    for head in heads:
        for form in (head, head.upper(), head.title()):
            text = f"{filler}. Kemudian, {form} dengan delegasi_{form} dan mitra {form}an itu. Later the {form}-led talks"
            words = frozenset(_WORDS.findall(text.lower()))
            assert len(words) > len(cues.by_first)
            few = words & frozenset(cues.by_first)  # the same heads, as fewer words than heads
            assert len(few) <= len(cues.by_first)
            expected = cues.find(text, None, 0, len(text), words)
            assert cues.find(text, None, 0, len(text), few) == expected, form
            assert cues.find(text) == expected, form


_WORDS = re.compile(r"\w+")


@pytest.mark.parametrize("name", ["beside_gathering", "separate", "umbrella", "sidelines", "cues", "home"])
def test_find_with_the_stretch_words_finds_what_it_finds_alone(vocabulary, name):
    """`CueSet.find` given `CueSet.words_in` of its stretch (as the clause loop does, for several cue sets) finds
    the same cues as reading the stretch itself, for stretches cut anywhere around each cue of the set."""
    from analysis.s5_dates import CueSet
    from analysis.s5_events import lexicon_for

    cues = getattr(lexicon_for(vocabulary), name)
    heads = [*cues.by_first, *cues.prefixes]
    assert heads
    for head in heads:
        for form in (head, head.upper(), head.title()):
            text = f"Kemudian, {form} dengan delegasi_{form} dan mitra {form}an itu. Later the {form}-led talks"
            for start, end in ((0, len(text)), (10, len(text) - 5), (11, 30), (12, 12 + len(form)), (0, 3)):
                assert cues.find(text, None, start, end, CueSet.words_in(text, start, end)) == \
                    cues.find(text, None, start, end), (form, start, end)


@pytest.mark.parametrize("entries, message", [
    ("    - {state: XTA, cities: [Tirtapolis]}\n", "'XTA' is no state"),
    ("    - {state: BNPT, cities: [Tirtapolis]}\n", "'BNPT' is no state"),  # an agency, not a state
    ("    - {state: AUS, cities: [Tirtapolis]}\n    - {state: NZL, cities: [tirtapolis]}\n",
     "'tirtapolis' is claimed by AUS and NZL"),
])
def test_host_cities_are_checked_when_the_lexicon_is_compiled(tmp_path, entries, message):
    # a researcher's city list names states of the actors' data, each city once: a typo is reported, not ignored
    path = tmp_path / "mine.yaml"
    path.write_text("lexicon:\n  event_host_cities:\n" + entries, encoding="utf-8")
    with pytest.raises(VocabularyError, match=re.escape(message)):
        lexicon_for(load_vocabulary([path]))


def test_the_head_of_a_delegation_speaking_tells_no_act_of_its_own(vocabulary):
    # "ketua delegasi" is a title: what its holder says, dated "sepanjang tahun ini", is no second act
    body = ("BNPT menerima delegasi Jepang di Jakarta, Selasa (12/3). Ketua delegasi Jepang, Hiroshi Tanaka, menyebut "
            "Jepang mencatat tiga kasus radikalisasi daring sepanjang tahun ini.")
    [event] = events_of(body, vocabulary)[0]
    assert (event.kind, event.date) == ("visit", D(2024, 3, 12))
