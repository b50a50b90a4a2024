"""Stage 2: boilerplate rules, header/body split, title, artefact normalisation."""
from __future__ import annotations

import pytest

from analysis.s2_clean import clean, looks_like_body, normalise

BODY = ("Badan Nasional Penanggulangan Terorisme menerima kunjungan delegasi asing di kantornya untuk "
        "membahas kerja sama pencegahan ekstremisme kekerasan.")


@pytest.mark.parametrize("raw, expected", [
    ('\\"Kami siap,\\" katanya.', '"Kami siap," katanya.'),
    ("\\”Fokus kami\\”", "”Fokus kami”"),
    ("A&amp;B &quot;x&quot;", 'A&B "x"'),
    ("dua\u00a0kata", "dua kata"),
    ("tanpa\u200bjarak", "tanpajarak"),
    ("banyak    spasi", "banyak spasi"),
    # markup a scraper left: block tags end a line, inline tags and comments go, entities escaped twice are one
    ("<p><strong>Baca juga:</strong></p><ul><li><a href=\"/x\">Polisi Tangkap Dua</a></li></ul>",
     "\nBaca juga:\n\n\nPolisi Tangkap Dua\n\n"),
    ("Satu<br/>dua <!-- iklan --> tiga", "Satu\ndua tiga"),
    ("A &amp;nbsp;B", "A B"),
    ('[caption id="a1" align="aligncenter"]Foto bersama.[/caption]', " Foto bersama. "),
    # what only looks like markup stays: a comparison, a placeholder, a bracketed label
    ("usia <5 tahun dan <Nama> serta [VIDEO] Eks Napiter", "usia <5 tahun dan <Nama> serta [VIDEO] Eks Napiter"),
])
def test_normalise_undoes_scraping_artefacts(raw, expected):
    assert normalise(raw) == expected


@pytest.mark.parametrize("line, rule", [
    ("Baca juga: Polisi menangkap dua orang di Solo", "related-link"),
    ("BACA JUGA: Menteri bertemu duta besar", "related-link"),
    ("MEMBACA  Pemerintah membuka sekolah baru", "machine-translated-read-also"),
    ("Editor: Budi Santoso", "credit-line"),
    ("Pewarta: Siti Aminah", "credit-line"),
    ("Penerjemah: Ani, Budi", "credit-line"),
    ("Foto: Humas Kementerian.", "photo-credit-line"),
    ("Hak cipta © Kantor Berita 2024", "copyright"),
    ("Copyright © 2023 Example News", "copyright"),
    ("Contoh.id · Hak Cipta © 2022 PT Contoh Media. Seluruh hak cipta dilindungi.", "copyright"),  # site first
    ("Bagikan:  Facebook  Twitter  WhatsApp  Salin", "share-bar"),
    ("Dark/Light Mode", "theme-toggle"),
    ("ADVERTISEMENT", "advertisement"),
    ("sosmed-whatsapp-white", "widget-token"),
    ("Update berita terbaru di Google News", "follow-channel"),
    ("Tags: terorisme, polisi", "tag-list"),
    ("Copy link: https://contoh.id/en/2022/11/24/judul-berita/", "bare-url"),
    ("Republikasikan artikel ini", "reuse-notice"),
    ("Terbitkan ulang artikel kami secara gratis, daring atau cetak, di bawah lisensi Creative Commons.", "reuse-notice"),
    ("This article is republished from The Review under a Creative Commons license.", "reuse-notice"),
    ("Dilarang keras menyalin konten situs ini tanpa izin tertulis dari redaksi Contoh.", "reuse-notice"),
    ("Read Next: Ministers sign a pact on maritime security", "related-link"),
    ("Sign up for our newsletters", "newsletter-prompt"),
    ("Politics, Southeast Asia, Tech. Sign up now.", "newsletter-prompt"),
    ("This material may not be published, broadcast, rewritten or redistributed.", "reuse-notice"),
])
def test_line_rules_remove_boilerplate_and_name_the_rule(vocabulary, line, rule):
    article = clean(f"{BODY}\n{line}\n{BODY}", vocabulary)
    assert line.split(":")[0] not in article.body
    assert [r.rule_id for r in article.removed] == [rule]
    assert article.n_boilerplate_lines == 1


def test_tail_rule_drops_teasers_after_the_story(vocabulary):
    raw = f"{BODY}\nRelated posts\nPolda Bali gelar operasi\nadmin\nPemkot Bandung perbaiki jalan"
    article = clean(raw, vocabulary)
    assert article.body == BODY
    assert article.n_boilerplate_lines == 4
    assert {r.rule_id for r in article.removed} == {"teaser-list"}


def test_tail_rule_does_not_fire_in_the_header(vocabulary):
    # "comment" is a share-bar widget above the story, not the end of it
    article = clean(f"Judul Berita Yang Cukup Panjang\ncomment\n{BODY}", vocabulary)
    assert article.body == BODY


def test_inline_credits_are_cut_and_caption_text_kept(vocabulary):
    caption = "Menteri dan kepala badan berfoto bersama usai pertemuan di Jakarta, Senin (9/1/2025). ANTARA/HO-Humas"
    article = clean(f"{caption}\n{BODY} (abc)", vocabulary)
    assert article.body.split("\n")[0].endswith("(9/1/2025).")
    assert article.body.endswith("ekstremisme kekerasan.")
    assert {"inline-agency-credit", "reporter-initials"} <= {r.rule_id for r in article.removed}


def test_header_gives_title_and_date_evidence_but_no_body(vocabulary):
    raw = f"Senin, 3 Juni 2024 10:00 WIB\nBNPT Gelar Pertemuan Dengan Mitra Asing\nBudi Santoso\n\n{BODY}"
    article = clean(raw, vocabulary)
    assert article.title == "BNPT Gelar Pertemuan Dengan Mitra Asing"
    assert article.body == BODY
    assert "Senin, 3 Juni 2024 10:00 WIB" in article.date_evidence
    assert "Budi Santoso" not in article.body


def test_given_title_beats_inferred(vocabulary):
    assert clean(f"Judul Lain Di Sini\n{BODY}", vocabulary, given_title="Judul Resmi").title == "Judul Resmi"


@pytest.mark.parametrize("line, dateline", [
    ("Jakarta (ANTARA) - ", "Jakarta (ANTARA) -"),
    ("JAKARTA, KOMPAS.com - ", "JAKARTA, KOMPAS.com -"),
    ("SURABAYA – ", "SURABAYA –"),
])
def test_dateline_is_cut_from_the_first_paragraph(vocabulary, line, dateline):
    article = clean(line + BODY, vocabulary)
    assert article.body == BODY
    assert article.dateline == dateline


def test_hyphenated_name_at_body_start_is_not_a_dateline(vocabulary):
    text = "BNPT-Polri menandatangani kesepakatan kerja sama pencegahan terorisme di Jakarta pada hari ini bersama mitra."
    assert clean(text, vocabulary).body == text


def test_copyright_year_kept_for_dates_only(vocabulary):
    article = clean(f"{BODY}\nHak cipta © Kantor Berita 2025", vocabulary)
    assert "2025" not in article.body
    assert any("2025" in line for line in article.date_evidence)


def test_headline_only_text_is_kept_as_body(vocabulary):
    assert clean("BNPT Bertemu Delegasi", vocabulary).body == "BNPT Bertemu Delegasi"


@pytest.mark.parametrize("line, expected", [
    (BODY, True),
    ("Kepala badan itu hadir dalam acara tersebut.", True),
    ("Judul Berita Pendek", False),
    ("Minggu, 11 September 2022 12:50 WIB", False),
])
def test_looks_like_body(line, expected):
    assert looks_like_body(line) is expected


def test_wire_dateline_with_month_and_day_is_cut_and_kept_for_dates(vocabulary):
    article = clean("CANBERRA, Aug 24 (Reuters) - " + BODY, vocabulary)
    assert article.body == BODY and article.dateline == "CANBERRA, Aug 24 (Reuters) -"


@pytest.mark.parametrize("line", ["Read: Police arrest two suspects in Solo", "Click here to follow us on Google News"])
def test_english_site_chrome(vocabulary, line):
    assert line not in clean(f"{BODY}\n{line}", vocabulary).body


def test_lone_city_dateline(vocabulary):
    article = clean("Jakarta. " + BODY, vocabulary)
    assert article.body == BODY and article.dateline == "Jakarta."


@pytest.mark.parametrize("line", [
    "Reporting by Jane Roe; Editing by John Doe",
    "(Additional reporting by Ana Lee)",
    "-- BERNAMA",
    "Sign up for our daily newsletter",
])
def test_wire_credits_and_newsletter_prompts(vocabulary, line):
    article = clean(f"{BODY}\n{line}", vocabulary)
    assert article.body == BODY


@pytest.mark.parametrize("line, rule", [
    ("By Rina Kartika and Joko Susilo", "byline"),
    ("Rina Kartika Sari (The Tirta Post)", "byline"),  # a closing bracket, yet no sentence
    ("Published 9 November 2022", "publication-stamp"),
    ("Diperbarui: 3 Mei 2024, 10:15 WIB", "publication-stamp"),
    ("Jakarta, 14 Oktober 2022", "signoff-date"),
    ("URL: https://contoh.example/berita/123", "page-metadata"),
    ("https://contoh.example/berita/123", "bare-url"),
    ("We use some essential cookies to make this website work.", "cookie-banner"),
    ("Skip to main content", "site-navigation"),
    ("Home > News > Security", "site-navigation"),
    ("World | Business | Markets | More", "site-navigation"),
    ("Suggested Topics: Asia | Security", "tag-list"),
    ("Halaman selanjutnya: rencana latihan bersama", "pagination"),
    ("[Gambas:Video Kanal Berita]", "photo-credit-line"),
    ("Simak Video \"Polisi Amankan Dua Orang\"", "media-prompt"),
    ("Simak juga Video 'Menteri Tinjau Gedung Baru di Kota Tirta':", "media-prompt"),
    ("Contoh.co.id. Copyright (c) 2022. All Rights Reserved.", "copyright"),  # the site's domain first
    ("(c) Tirta Institute 2021", "copyright"),  # the holder's name before the year
    ("Share this page", "share-widget"),
    ("Bagikan: Facebook Twitter WhatsApp Telegram", "share-bar"),
    ("15 Maret 2024 06:30 WIB · 4 menit baca", "date-stamp"),
    ("October 10, 2023", "date-stamp"),
    ("23 Nov 2024 06:00AM (Updated: 23 Nov 2024 08:15AM)", "date-stamp"),
    ("Jakarta ● Wed, July 23, 2025", "date-stamp"),  # the desk's city before it
    ("Enjoying this article? Click here to subscribe for full access.", "paywall-prompt"),
    ("Media contact: Jane Roe, Press Attaché, Embassy of Tirta, press@example.org", "contact-line"),
    ("Photo caption: The deputy chief of mission with the participants.", "contact-line"),
    ("For further information, please contact the Office of Public Affairs.", "contact-line"),
    ("Untuk informasi lebih lanjut, silakan hubungi Biro Humas Kementerian Tirta.", "contact-line"),
    ("Terms of Use | Privacy Statement | Copyright © Tirta Institute. All rights reserved.", "legal-footer"),
    ("The English, Chinese and Arabic versions of this article are produced by automatic translation.",
     "translation-note"),
    ("Jane Roe is an Associate Research Fellow at the Tirta Centre for Security Studies, Singapore.", "author-bio"),
    ("Roe covers Southeast Asia for The Tirta Press.", "author-bio"),
    ("Please share this publication with your friends.", "share-prompt"),
    ("Other News: Governor Opens Regional Expo at City Hall", "related-link"),
    ("Pilihan Editor: Kejaksaan Periksa Mantan Pejabat soal Impor Tirta", "related-link"),
    ("Editor's Choice: Governor of Tirta Reshuffles Cabinet, Replaces Minister Jane Roe", "related-link"),
    ("#BNPT #Arab Saudi #Terorisme", "hashtag-line"),
    ("Medcom Play:  [VIDEO] Eks Napiter Berbagi Kisah", "video-teaser"),
    ("Baca berita dengan sedikit iklan, klik di sini", "advertisement"),
    ("This website is run by the Ministry of Foreign Affairs of Tirtania.", "legal-footer"),
    ("We acknowledge Aboriginal and Torres Strait Islander peoples as the First Australians.", "site-acknowledgement"),
    ("This service may include material from Tirta Press (TP) and Reuters which is copyrighted.",
     "site-acknowledgement"),
    ("Share: Facebook | WhatsApp | Telegram | 132 kali dibagikan", "share-bar"),
    ("Ahad, 16 Oktober | Ditulis oleh: Tim Media | Kategori: Kegiatan, Kebangsaan", "post-fields"),
    ("(Humas Diskominfo Tirta)", "source-credit-line"),
    ("Silakan baca konten menarik lainnya dari Tirta.com di Google News", "follow-channel"),
    ("View this email in your browser", "email-chrome"),
    ("You are receiving this email because you subscribed to Tirta Monitor.", "email-chrome"),
    ("Read the full issue on our website | Past issues | Send us a tip", "email-chrome"),
    ("A monthly digest of Indonesia's cooperation, compiled by the Tirta Institute (TI)", "newsletter-masthead"),
    ("Supported by the Tirta Foundation Indonesia Office", "newsletter-masthead"),
    # a report's document-control line names who prepared the file, not the story's actors or people
    ("Document control: compiled by the Tirta Division; checked by Jane Roe", "document-control"),
    ("Kendali dokumen: disusun oleh Bagian Tirta", "document-control"),
])
def test_more_site_chrome_is_removed_and_named(vocabulary, line, rule):
    article = clean(f"{BODY}\n{line}\n{BODY}", vocabulary)
    assert article.body == f"{BODY}\n{BODY}"
    assert [r.rule_id for r in article.removed] == [rule]


@pytest.mark.parametrize("line", ["By Rina Kartika | 21 February 2025", "Published 9 November 2022",
                                  "Jakarta | Sat, October 12, 2024 | 08:05 am",
                                  "15 Maret 2024 06:30 WIB · 4 menit baca",
                                  "22/11/2022", "Jakarta, 14 Oktober 2022"])
def test_removed_lines_that_print_a_date_are_kept_for_dates(vocabulary, line):
    article = clean(f"{BODY}\n{line}\n{BODY}", vocabulary)
    assert line in article.date_evidence and line not in article.body


@pytest.mark.parametrize("heading", ["Baca Juga :", "Artikel Terkait:", "ALSO READ:", "RELATED COVERAGE", "READ MORE HERE",
                                     "READ", "Baca"])
def test_a_read_also_block_drops_its_headlines_and_the_story_goes_on(vocabulary, heading):
    later = "Setelah itu kedua lembaga menandatangani nota kesepahaman tentang pertukaran informasi intelijen."
    raw = f"{BODY}\n{heading}\nPolisi Tangkap Dua Orang di Solo\nMenteri Resmikan Sekolah Baru\n{later}"
    article = clean(raw, vocabulary)
    assert article.body == f"{BODY}\n{later}"
    assert [r.rule_id for r in article.removed] == ["related-block"] * 3


@pytest.mark.parametrize("label", ["SPONSORED", "Advertisement", "Iklan"])
def test_a_newsletters_ad_box_between_separators_is_dropped_whole(vocabulary, label):
    later = "Setelah itu kedua lembaga menandatangani nota kesepahaman tentang pertukaran informasi intelijen."
    offer = "Short Course in Maritime Security, Universitas Contoh. Register by 12 May."
    raw = f"{BODY}\n\n------------------------------\n{label}\n{offer}\n\n------------------------------\n{later}"
    article = clean(raw, vocabulary)
    assert offer not in article.body and later in article.body and BODY in article.body


def test_an_advertisement_label_between_a_stories_paragraphs_keeps_the_paragraph_under_it(vocabulary):
    later = "Setelah itu kedua lembaga menandatangani nota kesepahaman tentang pertukaran informasi intelijen."
    article = clean(f"{BODY}\nADVERTISEMENT\n{later}", vocabulary)
    assert article.body == f"{BODY}\n{later}"


def test_a_copyright_line_after_a_teaser_list_still_dates_the_article(vocabulary):
    article = clean(f"{BODY}\nBerita Terkait\nPolisi Tangkap Dua Orang\n© 2024 Kantor Berita", vocabulary)
    assert article.body == BODY
    assert "© 2024 Kantor Berita" in article.date_evidence and "Polisi Tangkap Dua Orang" not in article.date_evidence


def test_contact_footer_of_a_press_release_is_dropped(vocabulary):
    raw = f"{BODY}\nNarahubung:\nBiro Humas Badan Contoh\nTelp. 021 123456"
    assert clean(raw, vocabulary).body == BODY


def test_the_dateline_after_a_photo_caption_is_cut(vocabulary):
    caption = "Kepala badan menyambut tamu di Jakarta, Senin (3/3/2025). ANTARA/HO-Humas Badan/aa."
    article = clean(f"{caption}\nJAKARTA, KOMPAS.com - {BODY}", vocabulary)
    assert article.dateline == "JAKARTA, KOMPAS.com -"
    assert article.body.endswith("\n" + BODY)


def test_a_long_headline_without_a_full_stop_stays_in_the_header(vocabulary):
    headline = "Kedua negara sepakat memperluas kerja sama pencegahan ekstremisme kekerasan di kawasan Asia Tenggara tahun ini"
    article = clean(f"{headline}\n3 Mei 2024\n{BODY}", vocabulary)
    assert article.title == headline and article.body == BODY and "3 Mei 2024" in article.date_evidence


def test_dateline_with_a_bracketed_country_and_a_date(vocabulary):
    article = clean("Denpasar (Indonesia), 14 June 2024 – " + BODY, vocabulary)
    assert article.body == BODY and article.dateline == "Denpasar (Indonesia), 14 June 2024 –"


@pytest.mark.parametrize("header, title", [
    # a tagline or letterhead above the headline, a caption below it
    ("Exclusive news for busy readers\nDua Negara Sepakat Perluas Latihan Bersama Penegak Hukum\n3 Mei 2024",
     "Dua Negara Sepakat Perluas Latihan Bersama Penegak Hukum"),
    ("BADAN CONTOH REPUBLIK INDONESIA\nSiaran Pers\nBadan Contoh dan Mitra Teken Kesepakatan",
     "Badan Contoh dan Mitra Teken Kesepakatan"),
    ("Title: Kedua Negara Bahas Keamanan Perbatasan\nKABARCONTOH.CO.ID", "Kedua Negara Bahas Keamanan Perbatasan"),
])
def test_title_is_the_headline_not_chrome_letterhead_or_caption(vocabulary, header, title):
    assert clean(f"{header}\n{BODY}", vocabulary).title == title


def test_page_fields_printed_as_lines(vocabulary):
    article = clean(f"URL: https://contoh.example/berita/1\nSection: Nasional\n{BODY}", vocabulary)
    assert article.page_fields == {"url": "https://contoh.example/berita/1", "section": "Nasional"}


@pytest.mark.parametrize("heading", ["DON'T MISS!", "Tonton juga", "RELATED", "Read Next"])
def test_teaser_headings_end_the_story(vocabulary, heading):
    assert clean(f"{BODY}\n{heading}\nPolisi Tangkap Dua Orang di Solo", vocabulary).body == BODY


@pytest.mark.parametrize("line", ["READ TOO: Ministry Prepares New Instructors", "Translation by machine. Original article in Indonesian."])
def test_machine_translated_chrome(vocabulary, line):
    assert clean(f"{BODY}\n{line}\n{BODY}", vocabulary).body == f"{BODY}\n{BODY}"


@pytest.mark.parametrize("line", ["Artikel ini telah tayang di Kabarcontoh.com dengan judul \"Polisi Bertemu Warga\"",
                                  "This article first appeared on Example News."])
def test_syndication_notes_are_chrome(vocabulary, line):
    assert clean(f"{BODY}\n{line}\n{BODY}", vocabulary).body == f"{BODY}\n{BODY}"


@pytest.mark.parametrize("heading", ["Related Topics", "Also worth reading", "MORE ON THIS STORY", "Berita Terpopuler",
                                     "Recent Features"])
def test_more_teaser_headings(vocabulary, heading):
    article = clean(f"{BODY}\n{heading}\nPolisi Tangkap Dua Orang di Solo", vocabulary)
    assert article.body == BODY
    assert {r.rule_id for r in article.removed} == {"teaser-list"}  # the heading's rule, not the trailing headlines'


def test_a_wire_storys_end_mark_is_chrome(vocabulary):
    assert clean(f"{BODY}\nEnds\n", vocabulary).body == BODY


@pytest.mark.parametrize("heading", ["Popular", "Most read", "Baca berita terkini lainnya:", "Terkait:",
                                     "Rekomendasi Artikel", "Editorial Team"])
def test_teaser_headings_end_the_story(vocabulary, heading):
    raw = f"{BODY}\n{heading}\nPolisi Tangkap Dua Orang di Solo\nTirta Detains Suspect of Bribery"
    assert clean(raw, vocabulary).body == BODY


@pytest.mark.parametrize("heading", ["Paling banyak dibaca", "Terbanyak dibaca"])  # "most read" in Indonesian
def test_a_numbered_list_of_most_read_stories_ends_the_story(vocabulary, heading):
    raw = (f"{BODY}\n{heading}\n1. Mengapa harga cabai naik menjelang Lebaran?\n"
           "2. Tirtania dan Belgia saling tuding soal kapal nelayan\n\n© 2025 Tirta Media. Semua hak dilindungi.")
    assert clean(raw, vocabulary).body == BODY


def test_a_sidebar_inside_the_story_is_skipped_and_the_story_goes_on(vocabulary):
    later = ("Before arriving in the capital, the delegation spent two days at a university where officials "
             "discussed scholarships for students and a joint programme to train preachers in the region.")
    more = ("The centre was opened five years ago and works with researchers, religious scholars and software "
            "engineers to track how extremist groups recruit young people on social media platforms.")
    raw = f"{BODY}\nMOST POPULAR\n1. Crown prince receives council head\n2. Season breaks visitor records\n{later}\n{more}"
    article = clean(raw, vocabulary)
    assert article.body == f"{BODY}\n{later}\n{more}"


def test_short_paragraphs_in_a_row_after_a_sidebar_are_the_story_going_on(vocabulary):
    reply = "The Tirtanian embassy in Jakarta did not respond to a request for comment."
    quote = ("Analyst Rina Kartika of the Jakarta-based Tirta Institute said the cuts came at a difficult moment, "
             "with hundreds of families still waiting to return home and a growing number of teenagers drawn in "
             "on social media.")
    raw = f"{BODY}\nRelated Stories\nPolice arrest two in Solo\nMinister opens new school\n{reply}\n{quote}"
    assert clean(raw, vocabulary).body == f"{BODY}\n{reply}\n{quote}"


def test_teaser_blurbs_each_under_its_headline_still_end_the_story(vocabulary):
    blurb = "Officials said the two men had been under watch for months before the raid on Tuesday night."
    raw = f"{BODY}\nRelated Stories\nPolice arrest two in Solo\n{blurb}\nMinister opens new school\n{blurb}"
    assert clean(raw, vocabulary).body == BODY


def test_a_teaser_list_at_the_end_still_ends_the_story(vocabulary):
    raw = f"{BODY}\nMOST POPULAR\n1. Crown prince receives council head\n2. Season breaks visitor records"
    assert clean(raw, vocabulary).body == BODY


def test_a_writers_bio_is_dropped_only_among_the_last_lines(vocabulary):
    bio = "Jane Roe is a researcher at the Tirta Centre for Security Studies in Jakarta."
    early = clean("\n".join([BODY, bio] + [BODY] * 10), vocabulary)
    late = clean("\n".join([BODY] * 10 + [bio, "Copyright © 2024 Tirta Review"]), vocabulary)
    assert bio in early.body.split("\n") and bio not in late.body


def test_a_writers_bio_before_a_long_page_footer_is_dropped(vocabulary):
    # the bio is the story's last paragraph; tags, a teaser list and a long footer follow it
    bio = "Jane Roe is a research fellow in the Tirta Institute's Southeast Asia Program."
    footer = ["Tags: Indonesia, terrorism", "Related content", "Fiji's police reform is running late",
              "Why the minister's visit matters", "A third headline of the site", "Subscribe to our newsletter",
              "The Review is published by the Tirta Institute, an independent think tank based in Sydney.",
              "© Copyright 2025 Tirta Institute"]
    article = clean("\n".join([BODY] * 10 + [bio] + footer), vocabulary)
    assert bio not in article.body and article.body.endswith(BODY)


@pytest.mark.parametrize("line", [
    "Jane Roe does not work for, consult, own shares in or receive funding from any company that would benefit.",
    "Rina Wati menerima dana riset dari Lembaga Contoh. Ia tidak bekerja, menjadi konsultan, memiliki saham, atau "
    "menerima dana dari organisasi mana pun yang akan mengambil untung dari artikel ini.",
    "Universitas Contoh menyediakan dana sebagai mitra The Review ID.",
    "Tirta University provides funding as a founding partner of The Review AU.",
])
def test_a_commentary_sites_disclosure_is_chrome(vocabulary, line):
    article = clean(f"{BODY}\n{line}\n{BODY}", vocabulary)
    assert line not in article.body and [r.rule_id for r in article.removed] == ["author-disclosure"]


def test_a_read_also_list_written_in_html_is_dropped(vocabulary):
    raw = (f"<p>{BODY}</p>\n<p><strong>Baca Juga:</strong></p><ul><li><a href='/1'>Polisi Tangkap Dua Orang di "
           f"Solo</a></li><li><a href='/2'>Menteri Resmikan Sekolah Baru</a></li></ul>\n<p>{BODY}</p>")
    article = clean(raw, vocabulary)
    assert article.body == f"{BODY}\n{BODY}"


@pytest.mark.parametrize("tail, removed", [
    (["Polisi Tangkap Dua Orang di Solo", "Menteri Resmikan Sekolah Baru"], 2),  # headlines with no heading
    (["- Polisi Tangkap Dua Orang di Solo"], 1),  # one headline marked as a list item
    (["Kepala BNPT"], 0),  # one short line alone may be the story's: kept
])
def test_headlines_left_after_the_story_are_dropped(vocabulary, tail, removed):
    article = clean("\n".join([BODY, BODY, *tail]), vocabulary)
    assert article.body.split("\n")[2:] == tail[:len(tail) - removed]
    assert [r.rule_id for r in article.removed] == ["trailing-headlines"] * removed


def test_a_contact_heading_ends_the_release(vocabulary):
    raw = f"{BODY}\nContact\nEmbassy of Tirtania in Jakarta\nJl. Rasuna Said Kav. 3, Jakarta"
    assert clean(raw, vocabulary).body == BODY


@pytest.mark.parametrize("heading", ["About the Ministry of Justice of Tirtania", "Tentang Badan Tirta Nasional",
                                     "For media queries, please contact:"])
def test_an_about_heading_of_several_words_ends_the_release(vocabulary, heading):
    raw = f"{BODY}\n{heading}\nThe ministry's departments include the Office of Tirta Trusts.\nMs Rina Tan"
    assert clean(raw, vocabulary).body == BODY


def test_a_banner_before_the_post_line_is_header(vocabulary):
    # a site banner reads as a paragraph; the post's date and byline after it show the story had not begun
    raw = ("Pondok Tirta\nBeranda | Profil | Berita | Galeri | Kontak\nPendaftaran santri baru telah dibuka! "
           "Hubungi panitia.\nAhad, 16 Oktober | Ditulis oleh: Tim Media\nTamu Dari Jauh Kunjungi Pondok Tirta\n"
           f"{BODY}")
    article = clean(raw, vocabulary)
    assert article.body == BODY
    assert article.title == "Tamu Dari Jauh Kunjungi Pondok Tirta"  # the menu is no headline


def test_a_bracketed_outlet_byline_and_city_date_line_under_the_title_are_header(vocabulary):
    raw = ("The Tirta Post\nWorld | Opinion | Culture\nTirtania and Indonesia agree to share intelligence faster\n"
           "Rina Kartika Sari (The Tirta Post)\nJakarta ● Wed, July 23, 2025\n[Share on Facebook] [Copy link]\n"
           f"{BODY}")
    article = clean(raw, vocabulary)
    assert article.body == BODY
    assert "Jakarta ● Wed, July 23, 2025" in article.date_evidence


def test_a_byline_late_in_the_story_ends_no_body(vocabulary):
    raw = f"{BODY}\n{BODY}\nPenulis: Budi Santoso\n{BODY}"
    assert clean(raw, vocabulary).body == f"{BODY}\n{BODY}\n{BODY}"


def test_a_press_offices_list_of_other_releases_is_a_related_block(vocabulary):
    raw = f"{BODY}\nSiaran Pers Lainnya:\n» Tirta dan Kanguru Gelar Pelatihan Aset Kripto\n» Tirta Blokir Rekening\n{BODY}"
    assert clean(raw, vocabulary).body == f"{BODY}\n{BODY}"


def test_list_items_of_a_related_block_go_however_long(vocabulary):
    raw = (f"{BODY}\nArtikel Terkait\n- Pondok Terima Bantuan\n- Infaq Pembangunan Asrama: Salurkan melalui rekening "
           f"Bank Tirta Sejahtera Indonesia (BTSI)\n{BODY}")
    assert clean(raw, vocabulary).body == f"{BODY}\n{BODY}"


def test_a_caption_credit_of_photographer_and_site_is_cut(vocabulary):
    caption = "Kepala badan memberikan keterangan kepada wartawan. (Dimas Tirta/TirtaPos.com)"
    article = clean(f"{caption}\n{BODY}", vocabulary)
    assert "Dimas" not in article.body and "inline-named-photo-credit" in {r.rule_id for r in article.removed}


@pytest.mark.parametrize("credit", ["(AFP/RINA TIRTA)", "(REUTERS/Budi Tirta)", "(AP Photo/Dewi Sari)",
                                    "(Reuters/Willy Tirta)", "(AP Photo/Dita Tirta Sari)", "(JP/Rina Tirta)"])
def test_a_caption_credit_of_a_news_agency_and_its_photographer_is_cut(vocabulary, credit):
    # the agency's acronym in a caption's credit is no actor ("AFP" is also the Australian Federal Police)
    caption = f"Kepala badan berbicara kepada wartawan di Canberra. {credit}"
    article = clean(f"{caption}\n{BODY}", vocabulary)
    assert article.body == f"Kepala badan berbicara kepada wartawan di Canberra.\n{BODY}"
    assert "inline-wire-photo-credit" in {r.rule_id for r in article.removed}


def test_a_teaser_list_under_lihat_lainnya_is_dropped(vocabulary):
    raw = f"{BODY}\nLihat Lainnya\n- Timnas Naik Peringkat, Jepang Teratas\n- Kemenkes Catat Kasus DBD"
    assert clean(raw, vocabulary).body == BODY


@pytest.mark.parametrize("tail, cut", [
    (" (ISD/Kemlu)", True),  # the writing office and its ministry closing a release
    (" (HMS/BNPT)", True),
    (" Kerja sama itu diteken BNPT dan Polri (BNPT/Polri)", False),  # no sentence end before it: a pair of bodies
])
def test_an_offices_initials_closing_a_release_are_cut(vocabulary, tail, cut):
    article = clean(f"{BODY}{tail}\n{BODY}", vocabulary)
    assert ("office-initials" in {r.rule_id for r in article.removed}) == cut


WRAPPED = """KOTA, KORAN CONTOH - Badan Nasional Penanggulangan Terorisme (BNPT) ber-
sama Pemerintah Kabupaten Contoh meluncurkan program desa damai di
Desa Sukamaju, Selasa (22/3). Program ini melibatkan kepala desa, to-
koh agama dan para pemuda dari lima kecamatan di wilayah kabupaten
itu. Menurut panitia, para pemuda itu akan dilatih menjadi anak-
anak muda fasilitator perdamaian yang kelak mendampingi warga desa
mereka masing-masing dalam mengenali tanda-tanda paham radikal.
"Warga adalah benteng pertama dalam mencegah paham radikal di desa,"
kata Kepala Desa Sukamaju Budi Santoso. (bersambung ke hal. 7)

KORAN CONTOH | RABU (23/3) | HALAMAN 7
Sambungan dari hal. 5
Kegiatan ditutup dengan penanaman pohon bersama di halaman balai desa.

BACA JUGA DI HALAMAN 8:
- Pemkot Contoh Tambah 40 Unit Rumah
- Gubernur Terima Dubes Jepang, Bahas Investasi
"""


def test_hard_wrapped_text_is_joined_into_paragraphs(vocabulary):
    body = clean(WRAPPED, vocabulary).body.split("\n")
    assert body[0].startswith("Badan Nasional Penanggulangan Terorisme (BNPT) bersama Pemerintah Kabupaten")
    assert "Desa Sukamaju, Selasa (22/3). Program ini melibatkan kepala desa, tokoh agama" in body[0]
    assert "dilatih menjadi anak-anak muda fasilitator" in body[0]  # a doubled word keeps its hyphen
    assert body[1].endswith('radikal di desa," kata Kepala Desa Sukamaju Budi Santoso.')  # the jump line is cut
    # the printed page's running head and jump line go (the head still dates the issue), and so do the teasers
    assert body[2:] == ["Kegiatan ditutup dengan penanaman pohon bersama di halaman balai desa."]
    assert "KORAN CONTOH | RABU (23/3) | HALAMAN 7" in clean(WRAPPED, vocabulary).date_evidence


def test_a_scraped_page_with_a_few_short_widget_lines_is_not_unwrapped(vocabulary):
    raw = f"Judul Berita\n11 Juni 2024 11:18 WIB\ncomment\n0\nsosmed-whatsapp-white\ncopy-link-circle\n{BODY}\n{BODY}"
    assert normalise(raw) == raw


@pytest.mark.parametrize("tail", [
    # a commentary's own history, its author under a heading, footnotes and a reading list
    ["This article is part of a special feature series on security in Southeast Asia."],
    ["AUTHOR", "Rina Tan is a visiting fellow in the Tirta Institute's Asia Program."],
    ["Hana Sari is a research associate at Tirta University. Budi Lee is a researcher at the Tirta Centre."],
    ["[1] Interviews with police officers, Jakarta, 2022.", "[2] Statement to the press, Jakarta, 2023."],
    ["¹ Tirta project summary, 2023."],
    ["Further reading from the Tirta Institute:", "- The Women of Tirta: Networks After the War (Report No. 79)"],
    ["Download the full report (PDF, 1.2 MB)", "See also: Tirta Crisis Group, 'Women and War in Tirta'."],
])
def test_a_commentarys_notes_and_author_are_no_story(vocabulary, tail):
    article = clean("\n".join([BODY, *tail, "© 2023 Tirta Institute"]), vocabulary)
    assert article.body == BODY


def test_an_author_block_and_disclosure_at_the_head_are_no_story(vocabulary):
    raw = ("The Tirta Review\nAuthor\nHana Sari\nLecturer in Security Studies, Tirta University\nDisclosure statement\n"
           "Hana Sari has received funding from the Tirta Research Council and the Tirta Foundation.\n" + BODY)
    assert clean(raw, vocabulary).body == BODY


def test_a_masthead_in_capitals_is_no_paragraph(vocabulary):
    article = clean(f"INSTITUTE FOR TIRTA STUDIES OF CONFLICT (ITSC)\nReport No. 88\n{BODY}", vocabulary)
    assert article.body == BODY


def test_an_image_credit_in_brackets_is_cut_from_a_caption(vocabulary):
    article = clean(f"{BODY}\nThe memorial in Kuta (Image: Flickr/Tirta Embassy Jakarta)\n{BODY}", vocabulary)
    assert "Tirta Embassy" not in article.body


def test_a_translated_read_also_line_is_a_link(vocabulary):
    article = clean(f"{BODY}\nREADING ALSO: Tirta Ambassador Visits Maize Farmers, Discuss Food Security\n{BODY}",
                    vocabulary)
    assert "Tirta Ambassador" not in article.body


def test_a_key_points_box_is_no_story(vocabulary):
    raw = (f"{BODY}\nIntinya Sih...\n- Desa Tirta resmi dideklarasikan sebagai Desa Damai oleh Jepang.\n"
           f"- Perempuan desa dilatih mengenali gejala intoleransi.\n{BODY}")
    assert "Jepang" not in clean(raw, vocabulary).body


@pytest.mark.parametrize("tail", [
    # an aggregator's note and its list of other stories
    ["Artikel ini pertama kali tayang di Tirta.com. Konten ini disediakan oleh mitra.", "Lebih banyak untuk Anda",
     "- Timnas Tirta Siap Hadapi Argentina di GBK"],
    # a bulletin's contents
    ["Also in this issue:  Viet Nam - border liaison offices ......... p. 9"],
    # a PDF's e-signature note, wrapped, and its page footer
    ["-----------------------", "Dokumen ini telah ditandatangani secara elektronik menggunakan sertifikat",
     "elektronik yang diterbitkan oleh Balai Besar Sertifikasi Elektronik (BSrE),",
     "Badan Siber dan Sandi Negara (BSSN).", "LKj Badan Tirta 2023          Halaman 54 dari 118"],
])
def test_aggregator_bulletin_and_pdf_chrome(vocabulary, tail):
    assert clean("\n".join([BODY, *tail]), vocabulary).body == BODY


def test_a_numbered_item_of_the_story_is_no_footnote(vocabulary):
    item = "2. Uji coba instrumen penilaian risiko bersama UNODC pada triwulan II 2024."
    assert item in clean("\n".join([BODY, "Rencana tindak lanjut:", item, "Kerja sama berjalan baik."]), vocabulary).body


def test_a_blog_posts_date_line_with_its_update_heads_the_story(vocabulary):
    raw = ("TIRTASIANA  Beyond Blogging\nRina Tan\nMahasiswi Hubungan Internasional, suka menulis soal perdamaian dan kopi.\n"
           "Ikuti\nTiga Hari Bersama Pemuda ASEAN\n24 Agustus 2024   09:17   Diperbarui: 24 Agustus 2024   11:02\n"
           "Sumber ilustrasi: dokumentasi pribadi\n" + BODY)
    article = clean(raw, vocabulary)
    assert article.body == BODY
    assert any("24 Agustus 2024" in line for line in article.date_evidence)


def test_a_date_line_between_the_storys_paragraphs_heads_a_chronology_entry(vocabulary):
    entry = "Kepala BNPT dan Duta Besar Jepang menandatangani nota kesepahaman di Jakarta."
    raw = f"Judul berita\n\n14 Maret 2024 10:00 WIB\n\n{BODY}\n\n{BODY}\n\nKRONOLOGI\n\n3 Juni 2019\n{entry}"
    article = clean(raw, vocabulary)
    assert article.body.endswith(f"3 Juni 2019\n{entry}")
    # (the page's own date line over the story is still chrome)
    assert "14 Maret 2024" not in article.body


def test_a_document_control_line_joined_to_a_page_footer_is_cut(vocabulary):
    line = "Laporan Tirta 2023   Page 7 of 30 Document control: prepared by the Tirta Division; reviewed by Jane Roe"
    body = clean(f"{BODY}\n{line}", vocabulary).body
    assert "Tirta Division" not in body and "Jane Roe" not in body


def test_a_videos_chapter_list_is_chrome_its_transcript_is_not(vocabulary):
    chapters = ["Bab", "00:00 Intro", "02:10 Latihan lapangan di Pusat Tirta",
                "04:45 Wawancara Kepala Polisi Tirta"]
    transcript = ["Transkrip", '05:02 "our two forces have trained together since 2010"',
                  "05:09 (Superintendent Jane Roe, Tirta Police)"]
    body = clean("\n".join([BODY, *chapters, "", BODY, *transcript]), vocabulary).body
    assert "Latihan lapangan" not in body and "Wawancara" not in body
    assert "Jane Roe" in body
