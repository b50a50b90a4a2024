"""Stage 4 (people): names with titles, ranks and degrees stripped, organisations linked, short mentions resolved."""
from __future__ import annotations

import pytest

from analysis.s4_match import match_actors, match_programmes
from analysis.s4_people import find_people


def people(text, vocabulary):
    actors = match_actors(text, vocabulary)
    return find_people(text, actors.spans, vocabulary, actors.names)


@pytest.mark.parametrize("text, name, title, organisation", [
    ("Kepala BNPT Komjen Pol. Dr. Andi Setiawan, M.H., membuka acara.", "Andi Setiawan", "Kepala BNPT", "BNPT"),
    ("Duta Besar Kerajaan Belgia untuk Indonesia Pieter Janssens hadir.", "Pieter Janssens",
     "Duta Besar Kerajaan Belgia untuk Indonesia", "BEL"),
    ("Lucas Peeters, Kepala CUTA, menjelaskan ancaman.", "Lucas Peeters", "Kepala CUTA", "BEL-CUTA"),
    ("The Head of BNPT, Rudi Hartanto, said the talks went well.", "Rudi Hartanto", "Head of BNPT", "BNPT"),
    ("Kerja sama itu penting, kata Siti Rahmawati di Jakarta.", "Siti Rahmawati", "", ""),
    ("Wakil Menteri Keamanan Letnan Jenderal Nguyen Van Long menilai kerja sama erat.", "Nguyen Van Long",
     "Wakil Menteri Keamanan", ""),
    ("Sekretaris Utama BNPT Mayjen TNI Bambang Sutrisno, S.IP., melaporkan hasilnya.", "Bambang Sutrisno",
     "Sekretaris Utama BNPT", "BNPT"),
    # a minister's title names the ministry even where the ministry's own name is absent
    ("Menteri Sosial Rina Kartika meninjau balai rehabilitasi.", "Rina Kartika", "Menteri Sosial", "KEMENSOS"),
    ("Menteri Agama Ahmad Fauzi membuka dialog lintas iman.", "Ahmad Fauzi", "Menteri Agama", "KEMENAG"),
    ("Menteri Luar Negeri Dewi Anggraini menerima tamu.", "Dewi Anggraini", "Menteri Luar Negeri", "KEMENLU"),
    # English portfolio words belong to the title, not to the name the capitalised run carries on into
    ("Minister of Social Affairs Rina Kartika visited the centre.", "Rina Kartika", "Minister of Social Affairs",
     "KEMENSOS"),
    ("Minister of Law and Human Rights Joko Santoso opened it.", "Joko Santoso", "Minister of Law and Human Rights",
     "KEMENKUMHAM"),
    ("Coordinating Minister for Political, Legal and Security Affairs Budi Hartono spoke.", "Budi Hartono",
     "Coordinating Minister for Political, Legal and Security Affairs", "KEMENKO-POLHUKAM"),
    # Dutch and German particles inside a name
    ("It was witnessed by Dutch Ambassador to Indonesia Anke van den Bosch.", "Anke van den Bosch",
     "Dutch Ambassador to Indonesia", "NLD"),
    ("Duta Besar Jerman untuk Indonesia Ina von Hagen hadir.", "Ina von Hagen", "Duta Besar Jerman untuk Indonesia",
     "DEU"),
    ("It was co-chaired by Director for International Security and Disarmament Rina Kartikasari of the ministry.",
     "Rina Kartikasari", "Director for International Security and Disarmament", ""),
    # "Lalu" inside a clause opens a Sasak name, not a sentence ("then")
    ("Juru Bicara Kementerian Luar Negeri Lalu Ahmad Fathoni menjelaskan hal itu.", "Lalu Ahmad Fathoni",
     "Juru Bicara Kementerian Luar Negeri", "KEMENLU"),
    # Royal Malaysia Police ranks as abbreviated
    ("Delegasi Malaysia dipimpin Ketua Bahagian Cawangan Khas, SAC Azlan Shah Ismail.", "Azlan Shah Ismail",
     "Ketua Bahagian Cawangan Khas", "MYS-SB"),
    # an officer of one name, set off by commas after title and rank
    ("Kasubdit Bina Masyarakat BNPT, Kolonel Inf Sutrisno, yang hadir dalam pertemuan itu menyebut hal itu.",
     "Sutrisno", "Kasubdit Bina Masyarakat BNPT", "BNPT"),
    # one name after a long title whose body's short form closes it
    ("Deputi Bidang Perlindungan Anak Kementerian Pemberdayaan Perempuan dan Perlindungan Anak (KemenPPPA) Harun "
     "menekankan perlunya perlindungan.", "Harun",
     "Deputi Bidang Perlindungan Anak Kementerian Pemberdayaan Perempuan dan Perlindungan Anak", "KEMENPPPA"),
    # a surname that is also a compass word
    ("It was announced by the minister for the Indo-Pacific, Catherine West, in Jakarta.", "Catherine West",
     "minister for the Indo-Pacific", ""),
    # a region as a minister's portfolio, and a directorate general's domain in English, belong to the title
    ("Minister for the Indo-Pacific Hannah Brooks arrived in Jakarta on Monday.", "Hannah Brooks",
     "Minister for the Indo-Pacific", ""),
    ("Director General of Informatics Applications Budi Wirawan Santoso said the sites were blocked.",
     "Budi Wirawan Santoso", "Director General of Informatics Applications", ""),
    # the domain of a directorate general belongs to the title, not to the name after it
    ("Direktur Jenderal Aplikasi Informatika Budi Santoso Wirawan mengatakan hal itu.", "Budi Santoso Wirawan",
     "Direktur Jenderal Aplikasi Informatika", ""),
    # Malay ranks are no part of the name
    ("Panglima Angkatan Tentera Malaysia Jeneral Tan Sri Ahmad Rosli hadir.", "Ahmad Rosli",
     "Panglima Angkatan Tentera Malaysia", "MYS-ATM"),
    # Portuguese and Italian particles: "da Cruz", "dos Reis", "della Valle"
    ("Duta Besar Timor-Leste untuk Indonesia Joaquim Marcal da Silva hadir.", "Joaquim Marcal da Silva",
     "Duta Besar Timor-Leste untuk Indonesia", "TLS"),
    ("Brazil's Ambassador to Indonesia Paula dos Reis Lima attended.", "Paula dos Reis Lima",
     "Brazil's Ambassador to Indonesia", "BRA"),
    ("Duta Besar Italia untuk Indonesia Marco della Valle hadir.", "Marco della Valle",
     "Duta Besar Italia untuk Indonesia", "ITA"),
    # a cue written in capitals ("WIT", a time zone) is no cue in mixed case: "de Wit" ends a Dutch name
    ("Duta Besar Belanda untuk Indonesia Marloes de Wit turut menyaksikan.", "Marloes de Wit",
     "Duta Besar Belanda untuk Indonesia", "NLD"),
    # an envoy as Indonesian writes it ("Utusan Khusus"), set off by commas after the remit of the post
    ("Utusan Khusus Finlandia untuk Pencegahan Radikalisme, Aino Virtanen Lahti, menawarkan bantuan riset.",
     "Aino Virtanen Lahti", "Utusan Khusus Finlandia untuk Pencegahan Radikalisme", "FIN"),
    # an official set off by commas at the head of a sentence, with no verb of saying next to the name
    ("Ratna Wulandari, a BNPT official who joined the tour, said the plans will help.", "Ratna Wulandari",
     "BNPT official", "BNPT"),
])
def test_names_titles_and_organisations(vocabulary, text, name, title, organisation):
    found = people(text, vocabulary)
    assert [(p.name, p.title, p.actor_id) for p in found][:1] == [(name, title, organisation)]


def test_short_and_partial_mentions_resolve_to_the_full_name(vocabulary):
    text = ("Kepala BNPT Andi Setiawan Putra membuka rapat. \"Kita harus siap,\" kata Andi. "
            "Andi Setiawan menambahkan bahwa kerja sama penting. Setiawan said the plan is ready.")
    found = people(text, vocabulary)
    assert {p.name for p in found} == {"Andi Setiawan Putra"}
    assert [p.text for p in found] == ["Andi Setiawan Putra", "Andi", "Andi Setiawan", "Setiawan"]
    assert all(p.title == "Kepala BNPT" for p in found)


def test_an_unmarked_name_counts_once_it_is_quoted_later(vocabulary):
    text = "Perwakilan intelijen, Marc Dubois, berkunjung ke kantor itu. \"Kami belajar,\" ujar Dubois."
    assert {p.name for p in people(text, vocabulary)} == {"Marc Dubois"}


@pytest.mark.parametrize("text", [
    # a place after "dari" with a verb after it; a headline's quoted words after a title
    "Warga yang biasa naik bus dari Pasar Contoh, mengaku kaget.",
    'Wawancara Kepala BNPT: "Ancaman Tak Kenal Batas, Kerja Sama Tidak Boleh Kendur"',
    "Pertemuan itu digelar di Gedung Merdeka Bandung pada Senin.",
    "Kawasan Terpadu Nusantara dibangun di lima provinsi.",
    "Sementara Itu Semua Peserta hadir.",
    "Jenderal Bintang Satu tersebut berharap banyak.",
    # a place told of later with a verb that follows speakers too is no quoted short mention of a name
    '"Keadaan Garut kondusif," ujarnya. Garut sempat menjadi perhatian nasional.',
    # a title after a verb of saying is the speaker's, who follows, not the place's before the comma
    "Acara itu digelar di Hotel Arjuna Permai, kata Kepala BNPT.",
    # a law's citation after a title or a verb is no name
    "Hal itu diamanatkan Peraturan Presiden Nomor 46 Tahun 2010 tentang BNPT.",
    '"Para tersangka dijerat Pasal 4 Undang-Undang Nomor 9 Tahun 2013 tentang Pendanaan Terorisme," ujarnya.',
])
def test_capitalised_phrases_without_evidence_are_not_people(vocabulary, text):
    assert people(text, vocabulary) == []


def test_offsets_slice_back_to_the_written_name(vocabulary):
    text = "Menurut Direktur Kerja Sama BNPT Brigjen Pol. Joko Susilo AW, kunjungan itu penting."
    found = people(text, vocabulary)
    assert [text[p.start:p.end] for p in found] == [p.text for p in found] == ["Joko Susilo AW"]


@pytest.mark.parametrize("text, name, title", [
    # an acronym of the title in brackets does not restart the title
    ("Menteri Koordinator Bidang Keamanan (Menko Keamanan) Joko Santoso membuka rapat.", "Joko Santoso",
     "Menteri Koordinator Bidang Keamanan"),
    # an organisation just before an English position is part of it
    ("BNPT head Comr. Gen. Adi Nugraha received the delegation.", "Adi Nugraha", "BNPT head"),
    # ranks written with hyphens are ranks
    ("Inspector-General Rahman Hakim said the operation succeeded.", "Rahman Hakim", ""),
    # a functional or diplomatic title ends in its grade, which no name begins with
    ("Dalam pelatihan itu, Jaksa Ahli Pertama Rina Kusuma memaparkan kasus.", "Rina Kusuma", "Jaksa Ahli Pertama"),
    ("Analis Kebijakan Ahli Madya Dewi Lestari hadir.", "Dewi Lestari", "Analis Kebijakan Ahli Madya"),
    ("Wakil kedutaan, Sekretaris Kedua Kenji Sato, mengatakan itu.", "Kenji Sato", "Sekretaris Kedua"),
])
def test_titles_in_harder_shapes(vocabulary, text, name, title):
    found = people(text, vocabulary)
    assert [(p.name, p.title) for p in found][:1] == [(name, title)]


def test_a_title_running_into_its_organisation_is_not_a_name(vocabulary):
    text = "Direktur Keamanan dan Perlucutan Senjata Kementerian Luar Negeri, Siti Aminah, memimpin delegasi."
    assert {p.name for p in people(text, vocabulary)} == {"Siti Aminah"}


@pytest.mark.parametrize("text, organisation", [
    ("UNODC Regional Representative for Asia Sarah Conrad met the minister.", "UNODC"),
    ("the Dutch National Coordinator for Security and Counterterrorism Pieter de Vries said.", "NLD-NCTV"),
])
def test_organisation_around_the_title(vocabulary, text, organisation):
    assert people(text, vocabulary)[0].actor_id == organisation


@pytest.mark.parametrize("text, name, title, organisation", [
    # English and machine-translated police ranks are ranks, never part of the name or title
    ("Densus 88 spokesperson Sr. Comr. Dimas Arya said the cell was small.", "Dimas Arya", "Densus 88 spokesperson",
     "DENSUS88"),
    ("The Director of Cooperation of BNPT, Senior Superintendent Lee Min-jun, stated it.", "Lee Min-jun",
     "Director of Cooperation of BNPT", "BNPT"),
    # a rank holding a title word heads no title ("Commissioner")
    ("The Head of BNPT, Commissioner General Police Prof. Dr. Galih Pratama, M.Si. received them.", "Galih Pratama",
     "Head of BNPT", "BNPT"),
    ("Sementara itu, perwakilan Bundeskriminalamt (BKA) Jerman, Kriminaldirektor Jonas Weber, memaparkan kerja sama.",
     "Jonas Weber", "perwakilan Bundeskriminalamt Jerman", "DEU-BKA"),
    ("Kepala BNPT, Emniyet Müdürü Kerem Aydın, hadir.", "Kerem Aydın", "Kepala BNPT", "BNPT"),
    # an honorific that ends a name is part of it: ranks are stripped only in front
    ("Hal itu disampaikan pengamat dari Universitas Indonesia, Farhan Habib, di Jakarta.", "Farhan Habib",
     "pengamat dari Universitas Indonesia", "UI"),
    # a fixed honorific is stripped as a whole; its words are names elsewhere
    ("Deputy Prime Minister Tan Sri Musa Kamal said the talks went well.", "Musa Kamal", "Deputy Prime Minister", ""),
    ("Salah satunya Sri Ayu Lestari, penyintas bom. \"Saya kuat,\" kata Lestari.", "Sri Ayu Lestari", "", ""),
    # the Acehnese honorific of religious teachers
    ("Salah seorang peserta, Tgk. Muhammad Rizal dari Dayah Darul Ilmi, mengaku baru tahu.", "Muhammad Rizal", "", ""),
    # a founder and a deradicalisation partner, named by what they did or are
    ("Yayasan yang didirikan Rahmat Santoso pada 2016 itu kini mendampingi 90 mitra.", "Rahmat Santoso", "", ""),
    ("Sesi itu diisi kesaksian Budi Hartanto, mitra deradikalisasi BNPT asal Poso.", "Budi Hartanto", "", ""),
    # letters beyond Latin-1 belong to names
    ("Dirjen Keamanan Turki Hakan Aktaş menyatakan apresiasi.", "Hakan Aktaş", "Dirjen Keamanan Turki", "TUR"),
    # a possessive is not part of the name
    ("In 2020, then-President Bima Santoso's government decided.", "Bima Santoso", "President", ""),
    # the Navy's and Air Force's ranks name their service and a corps in brackets
    ("\"Kami siap,\" ujar Kepala Biro Umum BNPT, Kolonel Laut (H) Andi Surya.", "Andi Surya", "Kepala Biro Umum BNPT",
     "BNPT"),
    ("Hal itu disampaikan Kasubdit BNPT Letkol Udara (K) Sinta Dewi di Jakarta.", "Sinta Dewi", "Kasubdit BNPT", "BNPT"),
    # Malaysian offices in Malay
    ("Delegasi dipimpin Timbalan Pesuruhjaya Polis Johor, Dato' Rahim bin Yusof.", "Rahim bin Yusof",
     "Timbalan Pesuruhjaya Polis Johor", ""),
    # initials run together, and a bare initial before a name word that may stand alone
    ("Menteri Luar Negeri Dewi A.R. Lestari menerima tamu.", "Dewi A.R. Lestari", "Menteri Luar Negeri", "KEMENLU"),
    ("Singapore's Law Minister R Kanagaratnam spoke first.", "R Kanagaratnam", "Singapore's Law Minister", "SGP"),
    # a one-letter honorific between two name words is an initial; an unknown office's acronym after the title is
    # the title's
    ("Pertemuan dihadiri Menteri Hukum dan HAM Rudi H. Santoso kemarin.", "Rudi H. Santoso", "Menteri Hukum dan HAM",
     "KEMENKUMHAM"),
    ("Direktur Jenderal ABT Sinta Dewi Lestari mengatakan hal itu.", "Sinta Dewi Lestari", "Direktur Jenderal ABT", ""),
    ("Tirta Task Force President T. Raja Wiranto said the review was fair.", "T. Raja Wiranto",
     "Tirta Task Force President", "new:tirta-task-force"),
    # a word of Arabic construct after "-ul" belongs to the name ("Islam" elsewhere is no name word)
    ("\"It helped,\" said Mohammad Rafiqul Islam Chowdhury, additional commissioner of the CTTC.",
     "Mohammad Rafiqul Islam Chowdhury", "additional commissioner of the CTTC", "BGD-CTTC"),
    # South Asian police ranks
    ("Police spokesman DIG W.A. Rohan Perera said the talks were useful.", "W.A. Rohan Perera", "Police spokesman", ""),
    # a French title's words ("Chargé d'Affaires")
    ("At the ceremony, Tirta Embassy Chargé d'Affaires Rina F. Walters handed over the equipment.",
     "Rina F. Walters", "Tirta Embassy Chargé d'Affaires", "new:tirta-embassy"),
    # an honour after the name is no part of it
    ("Australia's Ambassador to Indonesia, Rina Walters PSM, said the programme would go on.", "Rina Walters",
     "Australia's Ambassador to Indonesia", "AUS"),
    # a service after the title's words is the title's ("Laut" of a rank elsewhere: "Kolonel Laut")
    ("Kepala Staf Angkatan Laut Laksamana TNI Rudi Hartono menerima tamu.", "Rudi Hartono",
     "Kepala Staf Angkatan Laut", ""),
])
def test_ranks_honorifics_and_name_edges(vocabulary, text, name, title, organisation):
    found = people(text, vocabulary)
    assert [(p.name, p.title, p.actor_id) for p in found][:1] == [(name, title, organisation)]


@pytest.mark.parametrize("text, names", [
    ("In his remarks, the Chair of the Working Group, Deputy for Cooperation of BNPT Andi Saputra, said it.",
     {"Andi Saputra"}),
    ("Its chairperson, Ni Made Sari, whose husband was killed at the Sari Club, said the fund helps.",
     {"Ni Made Sari"}),
    ("Police Commissioner Aswin Tarigan, the Head of Public Relations Sub-Section of Densus 88, said it.",
     {"Aswin Tarigan"}),
    ("Naskah itu diteken CEO AUSTRAC Brian Cole di sela pertemuan Counter-Terrorism Financing Summit di Bali, Rabu.",
     {"Brian Cole"}),
    ("Kapolri Inaugurates 500 New Bhabinkamtibmas Personnel", set()),
    ("Direktur Urusan Politik Sekretariat Jenderal OKI Yusuf Al-Harbi mengatakan itu.", {"Yusuf Al-Harbi"}),
    # a capitalised phrase explained in brackets names a unit
    ("Kepala Cawangan Khas (Special Branch) PDRM, Datuk Rahim Ismail, menyebut Malaysia siap.", {"Rahim Ismail"}),
    ("Ketua Bidang Hubungan Internasional Yayasan, Fajar Nugraha, juga hadir.", {"Fajar Nugraha"}),
    # a place after a preposition, though a title and a name stand before it, is no holder of the title
    ("The envoy was received by police chief Rudi Santoso at Menara Kencana on Friday.", {"Rudi Santoso"}),
    # a list's member after an organisation's name is no name set off by commas
    ("Petugas berjaga di terminal feri seperti Batam Centre, Nongsa Pura, dan Sekupang.", set()),
    # nor is one before ", dan ...", whose words up to the next paragraph are no title in apposition
    ("Feri berangkat dari pelabuhan Sri Bintan, Telaga Punggur, dan Sekupang.\n"
     "Kapolda Kepri Irjen Budi Santoso membuka acara.", {"Budi Santoso"}),
    # attacks, days and lists named by a capitalised phrase are no one
    ("Dua penyintas Bom Kuningan menyampaikan kesaksian mereka.", set()),
    ("He was the chief guest at Pakistan's Republic Day parade on Monday.", set()),
    ("Polisi memburu anggota Daftar Pencarian Orang yang masih tersisa.", set()),
    # a run that ends in a body's head once its last cue words are stripped is that body's meeting
    ("Menteri Luar Negeri Laos Somchai Keo memimpin Sidang Komisi Bersama di Vientiane.", {"Somchai Keo"}),
    # a meeting or dialogue of ministers is no minister's name
    ("The Foreign Minister Retreat and the Defence Minister Dialogue were held in Bali.", set()),
    # a crime-fighting domain is no name
    ("Para menteri mengesahkan Piagam Bandung tentang Pemberantasan Kejahatan Lintas Negara.", set()),
    # a deputy's domain before its organisation is no name
    ("Asisten Deputi Koordinasi Penanganan Terorisme Kemenko Polhukam Brigjen TNI Purnomo Sidi menjelaskan.",
     {"Purnomo Sidi"}),
    # a venue named after its owner, though a Balinese name opens it
    ("He visited Putu Gede Sari Resort near Ubud.", set()),
    # a team, though a rank's word opens it, and a term of office named by its holder's nationality
    ("Officers of the Europol Major Incident Response Team said the drill went well.", set()),
    ("Ambassador Tomasz Wrobelski, speaking for the Polish Chairpersonship, stressed that rights matter.",
     {"Tomasz Wrobelski"}),
])
def test_units_groups_and_events_are_not_people(vocabulary, text, names):
    assert {p.name for p in people(text, vocabulary)} == names


@pytest.mark.parametrize("text, name, title", [
    ("Konsul Jenderal RI di Jeddah Wahyu Hidayat menyampaikan sambutan.", "Wahyu Hidayat",
     "Konsul Jenderal RI di Jeddah"),
    # an unknown place after "di" is the place, while two words are left for the name
    ("Konsul Jenderal RI di Hamburg Eko Budi Hartono menyampaikan sambutan.", "Eko Budi Hartono",
     "Konsul Jenderal RI di Hamburg"),
    ("Kepala Lapas Cibatu Bambang Nugroho menjelaskan pembinaan.", "Bambang Nugroho", "Kepala Lapas Cibatu"),
    ("Kepala Lapas Karanganyar Nusakambangan Agus Wibowo menjelaskan.", "Agus Wibowo",
     "Kepala Lapas Karanganyar Nusakambangan"),
    # the heads of sub-districts and villages are titled by their place
    ("Camat Woha Ahmad Yani mengatakan hal itu.", "Ahmad Yani", "Camat Woha"),
    ("Lurah Sukamaju Siti Rahmawati mengatakan hal itu.", "Siti Rahmawati", "Lurah Sukamaju"),
])
def test_places_after_a_title_belong_to_it(vocabulary, text, name, title):
    found = people(text, vocabulary)
    assert [(p.name, p.title) for p in found][:1] == [(name, title)]


@pytest.mark.parametrize("text, expected", [
    # one word is a name with a title right before it and a verb of saying ...
    ("LPSK deputy chairperson Wulandaritias said the agency had signed.", {("Wulandaritias", "LPSK")}),
    # ... when the title names an organisation or a rank stands before it ...
    ("Kapolda Metro Jaya Irjen Sukarnoyo mengatakan itu.", {("Sukarnoyo", "")}),
    # ... or after a rank, saying a few words on or with a title set off after it
    ("Kapolda Sumatera Barat Irjen Pol Wiratmoko selaku tuan rumah menyatakan siap membantu.", {("Wiratmoko", "")}),
    ("The team was led by Rear Adm. Santosa, chief of the Indonesian Maritime Security Agency (Bakamla), and "
     "included police.", {("Santosa", "BAKAMLA")}),
    # ... or as part of a fuller name in the article
    ("Menteri Agama Nasrul Hakimi hadir. \"Baik,\" kata Menag Nasrul.", {("Nasrul Hakimi", "KEMENAG")}),
    # ... or, after a title naming its organisation, when a later mention of it is quoted
    ("Sekretaris Jenderal Kemenag Wahyudin hadir dalam acara itu. \"Kami mendukung,\" kata Wahyudin.",
     {("Wahyudin", "KEMENAG")}),
    ("Sekretaris Jenderal Kemenag Wahyudin hadir dalam acara itu.", set()),
    # (a director general's title names the directorate general)
    ("Direktur Jenderal Pemasyarakatan Tirtowidodo hadir. \"Kami siap,\" ujar Tirtowidodo.",
     {("Tirtowidodo", "DITJENPAS")}),
    # ... or set off by commas between a title naming its organisation and a relative clause (not a place)
    ("Direktur Eksekutif BNPT, Wulandarita, yang hadir sebagai pengamat, mengingatkan hal itu.", {("Wulandarita", "BNPT")}),
    ("Kepala BNPT, Garut, yang hadir.", set()),
    # ... or with an academic degree written with its dots after it (a form's field: "Title : Name, degrees")
    ("Pimpinan Rapat : Wiryosudarmo, S.H., M.H.\nNotulen : Kartikasari, S.Sos.", {("Wiryosudarmo", ""),
                                                                            ("Kartikasari", "")}),
    ("Rapat digelar di Garut, S.H. Sukarman menjadi notulis.", set()),
    # a place or unit after a bare position is no one
    ("Kapolda Jatim mengatakan hal itu pada Senin.", set()),
    ("Direktur Eksekutif mengatakan hal itu.", set()),
    ("Kepala Desa menjelaskan bahwa bantuan tiba.", set()),
    ("A researcher at the School of Strategic and Global Studies said the plan was weak.", set()),
])
def test_single_word_names_need_strong_evidence(vocabulary, text, expected):
    assert {(p.name, p.actor_id) for p in people(text, vocabulary)} == expected


@pytest.mark.parametrize("text, name, title, organisation", [
    ("CEO AUSTRAC Brian Cole menunjukkan naskah.", "Brian Cole", "CEO AUSTRAC", "AUS-AUSTRAC"),
    ("Wakil Kepala BNPT Dr. Joko Lelono mengatakan itu.", "Joko Lelono", "Wakil Kepala BNPT", "BNPT"),
    ("Sementara itu, Manajer Program Hedayah, Dr. Layla Nasser, memaparkan pedoman.", "Layla Nasser",
     "Manajer Program Hedayah", "HEDAYAH"),
    ("JCLEC executive director Sr. Comr. Yoga Pratama said it.", "Yoga Pratama", "JCLEC executive director", "JCLEC"),
    ("UNDP Resident Representative Kenji Sato said the plan was ready.", "Kenji Sato", "UNDP Resident Representative",
     "UNDP"),
    ("Australian Consul-General in Bali Emma Hart noted the bond.", "Emma Hart", "Australian Consul-General in Bali",
     "AUS"),
    # a title of several words written with hyphens is no part of the name
    ("Ministers of ten states attended. ASEAN Secretary-General Lim Jock Seng was also present.", "Lim Jock Seng",
     "ASEAN Secretary-General", "ASEAN"),
    ("He will meet President-elect Ana Maria Costa on Tuesday.", "Ana Maria Costa", "President-elect", ""),
    # bare initials in a row are the name's ("Dewi L P Maharani")
    ("The talks were co-chaired by Minister for Foreign Affairs Dewi L P Maharani, a statement said.",
     "Dewi L P Maharani", "Minister for Foreign Affairs", ""),
    # "Komisioner" (a rank in Malay) is a title naming its body in Indonesian
    ("Kapolri bertemu Komisioner AFP Grant Mitchell di Canberra.", "Grant Mitchell", "Komisioner AFP", "AUS-AFP"),
    # a first name that is a common word too ("dan": "and") before a surname, after the title and its state
    ("Kapolri bertemu Menteri Keamanan Belanda Dan Vermeer di Den Haag.", "Dan Vermeer", "Menteri Keamanan Belanda",
     "NLD"),
    # English word order: the portfolio before "Minister" is part of the title and names the ministry
    ("Communication and Digital Affairs Minister Rani Safitri said it.", "Rani Safitri",
     "Communication and Digital Affairs Minister", "KOMDIGI"),
    ("Kata Menag Nasrul Hakimi, kerja sama itu penting.", "Nasrul Hakimi", "Menag", "KEMENAG"),
    # members of parliament as English papers name them
    ("Not everyone agrees. Lawmaker Budi Hartono of Commission III questioned whether the state was ready.",
     "Budi Hartono", "Lawmaker", ""),
    # a title in apposition may open with an article and a word describing the position
    ("Not everyone agrees. Lina Sari Putri, a terrorism researcher at the University of Indonesia, said so.",
     "Lina Sari Putri", "terrorism researcher at the University of Indonesia", "UI"),
])
def test_title_heads_and_word_orders(vocabulary, text, name, title, organisation):
    found = people(text, vocabulary)
    assert [(p.name, p.title, p.actor_id) for p in found][:1] == [(name, title, organisation)]


@pytest.mark.parametrize("text, name, title, organisation", [
    # the look-back for an organisation before a title stops at a sentence's end ...
    ("Program itu disusun bersama BNPT. Kepala Subdirektorat Pembinaan Ditjenpas, Wahyu Nugroho, menyebut itu.",
     "Wahyu Nugroho", "Kepala Subdirektorat Pembinaan Ditjenpas", "DITJENPAS"),
    ("Mereka dipulangkan dari Suriah. Kepala BNPT Eko Prasetyo mengatakan itu.", "Eko Prasetyo", "Kepala BNPT", "BNPT"),
    # ... and at a line break
    ("The course was held in South Korea.\nPolice Commissioner Rudi Tarigan, the Head of Densus 88, said it.",
     "Rudi Tarigan", "Head of Densus 88", "DENSUS88"),
    # a head word inside an organisation's name heads no title
    ("Penandatanganan disaksikan Deputi Bidang Keamanan Kementerian Koordinator Bidang Politik, Hukum, dan Keamanan "
     "Irjen Pol Rudi Santoso serta tamu lain.", "Rudi Santoso",
     "Deputi Bidang Keamanan Kementerian Koordinator Bidang Politik, Hukum, dan Keamanan", "KEMENKO-POLHUKAM"),
    # the unit, not the force it belongs to
    ("The Head of Densus 88 AT Polri, Inspector General Police Marco Situmorang, said it.", "Marco Situmorang",
     "Head of Densus 88 AT Polri", "DENSUS88"),
])
def test_titles_stay_in_their_clause(vocabulary, text, name, title, organisation):
    found = people(text, vocabulary)
    assert [(p.name, p.title, p.actor_id) for p in found][:1] == [(name, title, organisation)]


@pytest.mark.parametrize("text, name", [
    ("The plan was announced by President Biden in Washington.", "Biden"),
    ("Presiden Jokowi menerima delegasi di Istana.", "Jokowi"),
    # ministers too, in English, where a portfolio never follows "Minister" without "of" or "for"
    ("On Monday the envoy met Foreign Minister Hartanto in Jakarta.", "Hartanto"),
    ("Minister Waluyo said the two countries could do more.", "Waluyo"),
    ("\"Kami siap,\" said Chargé d'Affaires a.i. Helen R. Marsh.", "Helen R. Marsh"),
])
def test_heads_of_state_by_one_word_and_interim_titles(vocabulary, text, name):
    assert [p.name for p in people(text, vocabulary)] == [name]


def test_a_company_after_a_title_is_not_a_person(vocabulary):
    assert people("Presiden Direktur PT Maju Jaya hadir dalam acara itu.", vocabulary) == []


def test_names_with_an_inner_capital(vocabulary):
    found = people("Peneliti kampus itu, Daniel McAllister, hadir. \"Bagus,\" kata McAllister.", vocabulary)
    assert {p.name for p in found} == {"Daniel McAllister"} and len(found) == 2


def test_an_arabic_surname_with_its_article_in_lower_case(vocabulary):
    found = people("The deal was signed by Khalid al-Otaibi, director general of the Saudi FIU.", vocabulary)
    assert [(p.name, p.actor_id) for p in found] == [("Khalid al-Otaibi", "SAU-FIU")]


@pytest.mark.parametrize("text, expected", [
    # a title's unit is no name, whether it opens the run or runs on into a unit's head word
    ("Kepala Biro Penerangan Masyarakat Divisi Humas Polri, Brigjen Pol. Teguh Santoso, menegaskan hal itu.",
     ["Teguh Santoso"]),
    ("Kasubdit Pengamanan Lingkungan Direktorat Perlindungan BNPT, Kolonel Inf. Made Wirawan, mengingatkan.",
     ["Made Wirawan"]),
    # a British post-nominal, a co-chair's title
    ("The Minister of State for Security, Simon Tirta MP, completed a visit.", ["Simon Tirta"]),
    ("Co-chair Kim Ji-woo, Ambassador for Security Affairs, welcomed the proposal.", ["Kim Ji-woo"]),
    # an office's domain after "of", then its holder set off by a comma
    ("The Director General of Digital Space Supervision, Dr. Ir. Tirta Wijaya, M.Sc., told participants.",
     ["Tirta Wijaya"]),
    # a Dutch prison's name
    ("Delegasi mengunjungi unit (Terroristenafdeling) di Penitentiaire Inrichting Tirtaburg, bertemu petugas.", []),
    # a directorate's short name in brackets is no name ("PD Pontren": Pendidikan Diniyah dan Pondok Pesantren)
    ("Direktur Pendidikan Diniyah dan Pondok Pesantren (PD Pontren) Kemenag Ahmad Tirta mengatakan hal itu.",
     ["Ahmad Tirta"]),
    # a bureau's short name after its head's ("Karo Penmas": Kepala Biro Penerangan Masyarakat)
    ("kata Karo Penmas Divisi Humas Polri Brigjen Teguh Santoso kepada wartawan.", ["Teguh Santoso"]),
    # "who" after a name set off by commas marks a person
    ("His counterpart, Katrin Vogelsang, who heads the division, said Europe was ready.", ["Katrin Vogelsang"]),
    # family name first, in capitals, after an honorific
    ("Mr. TAKEDA Hiroshi, Minister of the Embassy of Japan, signed it.", ["TAKEDA Hiroshi"]),
    # an armed group's name is not a person's
    ("Colonel Ramon Cruz said Abu Sayyaf had been weakened.", ["Ramon Cruz"]),
    ("perwakilan BNPT, Satpol PP Provinsi Bali, dan hotel hadir.", []),
    # a title does not run over another person and a verb ("... Rahmat Hidayat, menjelaskan [Dapur Tirta]")
    ("Direktur Eksekutif YPP, Rahmat Hidayat, menjelaskan Dapur Tirta berdiri sejak awal 2023.", ["Rahmat Hidayat"]),
    # after a prison's class, the words are its place
    ("Pelatihan diikuti petugas wali pemasyarakatan dari Lapas Kelas IIA Gunung Tirta.", []),
    # a person from a state's body, told of as a person; a thing a state has, a noun after it, is nobody
    ("Thanks to Rina Walters from the UK's Tirta Security Office (TSO), who flew in from London.", ["Rina Walters"]),
    ("She shared lessons from the UK's Protect Duty work and from Manchester.", []),
])
def test_units_groups_and_name_orders(vocabulary, text, expected):
    assert [p.name for p in people(text, vocabulary)] == expected


@pytest.mark.parametrize("text, expected", [
    # a family name in capitals first, then a verb of saying, with or without an honorific
    ("Konselor Kedutaan Besar Jepang di Jakarta SATO Kenji mengatakan kursus ini penting.", ["SATO Kenji"]),
    ("Mr. SATO Kenji said the course matters.", ["SATO Kenji"]),
    # a capitalised "Said" is part of a name, not the verb
    ("Acara didukung UIN Raden Mas Said Surakarta dan BNPT.", []),
    # at the end of an official's title, a hyphenated given name after it
    ("The delegation was headed by Ambassador for Security Affairs PARK Ji-woo of the Foreign Ministry.",
     ["PARK Ji-woo"]),
    ("Mr. PARK Ji-woo thanked the hosts.", ["PARK Ji-woo"]),
    # a province's initials and a rank after a title are no family name
    ("Kapolda NTT Irjen Tirta hadir di sana.", []),
    # a title set off after it
    ("PARK Ji-woo, Minister-Counsellor at the Embassy of Korea, said the course mattered.", ["PARK Ji-woo"]),
])
def test_family_names_in_capitals(vocabulary, text, expected):
    assert [p.name for p in people(text, vocabulary)] == expected


def test_a_surname_first_name_takes_its_apposition_title(vocabulary):
    found = people("Mr. TAKEDA Hiroshi, Minister of the Embassy of Japan, signed it.", vocabulary)
    assert [(p.title, p.actor_id) for p in found] == [("Minister of the Embassy of Japan", "JPN-EMBASSY")]


@pytest.mark.parametrize("text, expected", [
    # corps after a rank, and honorifics of teachers and clerics
    ("Materi disampaikan Kasubdit BNPT, Kolonel Czi Agung Prasetyo, di aula.", ["Agung Prasetyo"]),
    ("Ketua Yayasan Tirta, Ustad Mahmud Salim, menyebut hal itu.", ["Mahmud Salim"]),
    # Balinese and Sasak names begin with an opener, even one that is also a word ("Lalu": "then")
    ("Kakanwil Kemenag NTB H. Lalu Ahmad Fauzan membuka acara.", ["Lalu Ahmad Fauzan"]),
    ("Kepala Bakesbangpoldagri NTB Baiq Nurlaila mengatakan hal itu.", ["Baiq Nurlaila"]),
    ("Ida Ayu Made Sukarti, warga Badung, mengatakan hal itu.", ["Ida Ayu Made Sukarti"]),
    # an opener and two name words or more are a name, whatever the clause says of them
    ("The team was formed in 2002, with Made Mangku Sudarta leading the Indonesian side.", ["Made Mangku Sudarta"]),
    ("Sejak itu, Ni Luh Sukarni aktif mengajar di desanya.", ["Ni Luh Sukarni"]),
    # ... but not a photographer credited after the outlet, nor an airport named after a person
    ("Suasana lokakarya di Denpasar. (Warta-Bali/Ni Luh Made Sarini)", []),
    ("Pengamanan mulai dari Bandara I Gusti Ngurah Rai hingga hotel.", []),
    ("Undang-Undang Lalu Lintas Angkutan Jalan mengatur hal itu.", []),  # "Lalu Lintas": traffic
    # an opener of two words, and one whose first word is a lone capital
    ("Direktur Pengamanan Kolonel Inf. Anak Agung Gede Suryawan memimpin apel.", ["Anak Agung Gede Suryawan"]),
    ("Kapolres Gianyar AKBP I Made Sudarsana mengatakan hal itu.", ["I Made Sudarsana"]),
    # a fellow of an institute, an age in front, a role before a name set off by commas
    ("Rohan Mehta, a senior research fellow at the Lowy Institute, said the report was useful.", ["Rohan Mehta"]),
    ("The court found 29-year-old Dimas Aji Pratama guilty on Monday.", ["Dimas Aji Pratama"]),
    # ... or where one was born
    ("Its top recruiter, the Malaysian-born Azmi Rahman Salleh, was shot dead by police in 2009.",
     ["Azmi Rahman Salleh"]),
    ("He met the Jakarta-born Dimas Aji Pratama in Cairo.", ["Dimas Aji Pratama"]),
    ("Salah satu penyintas, Ni Ketut Sriani, yang kehilangan adiknya, berharap bantuan berlanjut.", ["Ni Ketut Sriani"]),
    # after an honorific of address a common word of the cue lists is a first name ("Tim": "team")
    ("The Hon Tim Whitfield MP opened the forum on Monday.", ["Tim Whitfield"]),
    ("Mr. Tim Harrison said the forum was useful.", ["Tim Harrison"]),
    # the full stop of an honorific is no sentence end: "Lalu" after it opens a Sasak name
    ("Ketua panitia, TGH. Lalu Rahman Hakim, mengatakan acara berjalan lancar.", ["Lalu Rahman Hakim"]),
    # a nationality after the name tells a person; one that goes on into a compound does not
    ("Rachel Hooper, an Australian who lost her sister in Kuta, flew in.", ["Rachel Hooper"]),
    ("Ahmad Faisal, seorang warga Malaysia yang tinggal di Batam, ditangkap.", ["Ahmad Faisal"]),
    ("Kuta Beach Club, an Australian-owned bar, was hit.", []),
    # a prison's class and the place after it are the office's, not the head's name
    ("Kepala Lapas Kelas I Madiun Bambang Irawan mengatakan hal itu.", ["Bambang Irawan"]),
    ("Kepala Rutan Kelas IIB Bambang Irawan mengatakan hal itu.", ["Bambang Irawan"]),
    # an age or a role after a comma marks a person, a role that also stands before the run does not
    ("Salah seorang penerima, Sunardi, 47, mengaku senang.", ["Sunardi"]),
    ("Film itu disutradarai Aisyah Pratiwi (17) di Klaten.", ["Aisyah Pratiwi"]),
    ("Salah satu peserta, Nabila Anjani, mahasiswi Unair, mengaku senang.", ["Nabila Anjani"]),
    # a role that goes on in lower-case words and ends in a known place one comes from; an unknown place is no role's
    ("Mantan narapidana terorisme asal Klaten, Rudi Hartanto, yang pernah terlibat, meminta maaf.", ["Rudi Hartanto"]),
    ("Ia warga asal Cempaka, Kebon Jeruk, yang tinggal di sana.", []),
    ("Mereka adalah guru Bimbingan Konseling, guru Pendidikan Agama, dan lainnya.", []),
    # a name among holders of a title or role is a person's; a place is not
    ("Densus 88 grew fast, and its later commanders, including Budi Santoso Wirawan, went on to run the police.",
     ["Budi Santoso Wirawan"]),
    ("Para korban, termasuk Rudi Hartanto, hadir dalam acara itu.", ["Rudi Hartanto"]),
    ("Many countries, including New Zealand, joined the forum.", []),
    # a group's leader or preacher is titled so ("leader" heads no programme's name of "Leaders")
    ("Jemaah Islamiyah's former leader Budi Wijayanto was sentenced in 2020.", ["Budi Wijayanto"]),
    ("Radical cleric Abu Hamzah Rasyidi was freed in 2021.", ["Abu Hamzah Rasyidi"]),
    ("The Young Leaders Program was held in Bali.", []),
    # ... and so is one taking a title a few words on, in its clause
    ("The talks came months before Budi Santoso Wirawan takes office as president.", ["Budi Santoso Wirawan"]),
    ("The Bali Peace Park serves as a memorial.", []),
    ("The Sulu Sea Trilateral served as chair of the talks.", []),
    ("Kantornya di Jalan Sudirman, 12, Jakarta.", []),
    # Bruneian titles of state and the pilgrim's honorific written out; after "bin" it is the father's, in the name
    ("The delegation was led by Dato Paduka Seri Haji Rahman bin Haji Yusof Ali.", ["Rahman bin Haji Yusof Ali"]),
    # ... and a run of titles and a patronym too long for a name is read whole, not cut into a false one at its end
    ("The talks were chaired by Minister of Foreign Affairs II Dato Seri Setia Awang Haji Rahman bin Pehin Orang Kaya "
     "Seri Jaya Haji Mohd Ali. Minister Rahman said they went well.", ["Rahman"]),
    ("Also present was Permanent Secretary Dr Haji Amin bin Haji Salleh of the ministry.", ["Amin bin Haji Salleh"]),
    # a federal agent's rank, and an embassy's deputy chief of mission by the short form of the title
    ("Special Agent Daniel Whitcombe, the bureau's legal attache, said the course went well.", ["Daniel Whitcombe"]),
    ("Deputy Chief of Mission Laura P. Hensley opened it. \"We are proud,\" said DCM Hensley.",
     ["Laura P. Hensley", "Laura P. Hensley"]),
])
def test_honorifics_openers_ages_and_roles(vocabulary, text, expected):
    assert [p.name for p in people(text, vocabulary)] == expected


def test_a_name_opener_is_no_short_mention(vocabulary):
    found = people("Kakanwil Kemenag NTB H. Lalu Ahmad Fauzan membuka acara. Lalu peserta pulang.", vocabulary)
    assert [p.text for p in found] == ["Lalu Ahmad Fauzan"]


@pytest.mark.parametrize("text, expected", [
    # an Indonesian place ends an office's name: the person follows it
    ("Kepala Lapas Kelas I Surakarta Bambang Wirawan mengatakan hal itu.",
     [("Bambang Wirawan", "new:lapas-kelas-i-surakarta")]),
    ("Kepala Dinas Koperasi dan UKM Surakarta Retno Anggraini mengatakan hal itu.",
     [("Retno Anggraini", "new:dinas-koperasi-dan-ukm-surakarta")]),
    # a position alone is no name
    ("He opened the activity on behalf of the Pj Governor, said the report.", []),
])
def test_places_end_offices_and_positions_are_no_names(vocabulary, text, expected):
    assert [(p.name, p.actor_id) for p in people(text, vocabulary)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Ketua RT setempat, Sugiharto, mengaku tidak menyangka.", ["Sugiharto"]),  # a whole name between commas
    ("Kepala Dinas Sosial Lamongan, Moh. Haryadi, menyatakan hal itu.", ["Moh. Haryadi"]),  # a short given name
    ('"We will answer them," he told Arab News.', []),  # an outlet
    ("BNPT akan hadir di Rio de Janeiro pada November, kata Kepala BNPT Budi Santoso.", ["Budi Santoso"]),  # a city
])
def test_set_off_and_shortened_names_outlets_and_cities(vocabulary, text, expected):
    assert [p.name for p in people(text, vocabulary)] == expected


@pytest.mark.parametrize("text", [
    "Turut hadir perwakilan Kantor Imigrasi Kelas II TPI Tarakan dan Lapas Kelas IIA Bogor.",  # grades of offices
    "Hadir pula perwakilan BNPT, Kantor Imigrasi Kelas I TPI Batam.",
])
def test_capitals_and_grades_are_no_names(vocabulary, text):
    assert people(text, vocabulary) == []


@pytest.mark.parametrize("text, name, organisation", [
    # a name followed by its organisation and a verb of saying
    ("Analysts differ. Rina Contoh of the Jakarta-based Institute for Policy Analysis of Conflict (IPAC) said so.",
     "Rina Contoh", "IPAC"),
    ("Menurut laporan, Budi Contoh dari BNPT mengatakan hal itu.", "Budi Contoh", "BNPT"),
    # ... or a speaker's verb at a conference
    ("In the second session, Laszlo Contoh of the Australian Federal Police (AFP) presented lessons.",
     "Laszlo Contoh", "AUS-AFP"),
    ("At the panel, Laszlo Contoh of Hungary's Counter Terrorism Centre (TEK) presented its lessons.",
     "Laszlo Contoh", "new:tek"),
    # a signature alone on its line: the writer and the organisation they write for
    ("Next stop: a table-top exercise early next year.\n\nHannah Kirkwood, British Embassy Jakarta\n(Views my own.)",
     "Hannah Kirkwood", "GBR-EMBASSY"),
    # a possessive in an apposition title (a capital's is its state's)
    ("The talks were chaired by Park Min-jae, Seoul's ambassador for security affairs, on Monday.", "Park Min-jae",
     "KOR"),
    # a time word before the apposition's title: the title is still the person's
    ("Hartono Wirasaputra, then Indonesia's defence minister, met his counterparts in Perth.", "Hartono Wirasaputra",
     "IDN"),
    ("Melinda Oakhurst, now a senior adviser to BNPT, spoke first.", "Melinda Oakhurst", "BNPT"),
])
def test_names_known_by_their_organisation_or_apposition(vocabulary, text, name, organisation):
    assert [(p.name, p.actor_id) for p in people(text, vocabulary)][:1] == [(name, organisation)]


@pytest.mark.parametrize("text", [
    "The Director for Terrorism and Transnational Crimes at the Attorney General's Office said it.",  # a unit
    "Rao told Hindustan Times that the talks went well.",  # an outlet
])
def test_units_and_outlets_before_a_verb_are_no_people(vocabulary, text):
    assert people(text, vocabulary) == []


@pytest.mark.parametrize("text, name", [
    ("Rombongan yang dipimpin Faisal bin Saad Al-Tirta itu mempelajari program BNPT.", "Faisal bin Saad Al-Tirta"),
    ("The delegation was led by Anna Tirtason of Sweden.", "Anna Tirtason"),
    # a surname that is also a holy city (Medina): Indonesian writes the city Madinah
    ("The Spanish delegation was led by Álvaro Medina Tirtado, a senior analyst.", "Álvaro Medina Tirtado"),
    # ... or a panel: its moderator, whose organisation follows ("of the Institute ...")
    ("The second panel was moderated by Lena Korhaven of the Institute for Policy Analysis of Conflict. It ended.",
     "Lena Korhaven"),
    ("Diskusi itu dimoderatori oleh Ratih Wulandaru dari Universitas Indonesia.", "Ratih Wulandaru"),
])
def test_who_leads_a_delegation_is_a_person(vocabulary, text, name):
    assert [p.name for p in people(text, vocabulary)] == [name]


@pytest.mark.parametrize("text, names", [
    ("The accord was signed by the two ministers, Hendro Priyatmoko and Clara Weisshaupt, at the palace.",
     ["Hendro Priyatmoko", "Clara Weisshaupt"]),
    ("The envoys Oskar Lindmark and Tove Hallqvist then visited the centre.", ["Oskar Lindmark", "Tove Hallqvist"]),
])
def test_names_after_a_plural_title_are_people(vocabulary, text, names):
    assert [p.name for p in people(text, vocabulary)] == names


@pytest.mark.parametrize("text", ["Sekda NTB mengatakan, kerja sama ini penting.",
                                  "Dalam keterangan yang diterima Diskominfotik NTB, menyebut kerja sama baik."])
def test_regional_offices_are_no_people(vocabulary, text):
    assert people(text, vocabulary) == []


def test_a_name_set_off_by_whose_is_a_person_but_a_front_is_not(vocabulary):
    text = ("Survivors laid flowers beside Ni Luh Putu Ayu Tirtasari, whose husband died. The peace process with the "
            "Moro Islamic Liberation Front, whose former guerillas now govern, held.")
    assert [p.name for p in people(text, vocabulary)] == ["Ni Luh Putu Ayu Tirtasari"]


@pytest.mark.parametrize("text", [
    # naval and air ranks as Commonwealth papers abbreviate them: the rank is no part of the name
    "The talks were chaired by Rear-Admiral Hendra Wiratama Putra. Rear-Adm Hendra told reporters.",
    "It was opened by First Admiral Hendra Wiratama Putra. Hendra said the patrols would go on.",
    "Air Cdre Hendra Wiratama Putra said the patrols would go on.",
])
def test_abbreviated_naval_and_air_ranks(vocabulary, text):
    assert {p.name for p in people(text, vocabulary)} == {"Hendra Wiratama Putra"}


@pytest.mark.parametrize("text, names", [
    # institutions and places named after people: the name after their word is theirs, not a person's
    ("Pengamat dari Universitas Islam Negeri (UIN) Raden Patah Palembang, Rudi Hartono, menilai JI masih aktif.",
     {"Rudi Hartono"}),
    ("Dosen IAIN Syekh Abdurrahman Siddik, Nurul Aini, memaparkan hasil riset.", {"Nurul Aini"}),
    ("Tersangka ditangkap di Jl. Haji Agus Salim, kata Kapolres Kombes Dedi Kurnia.", {"Dedi Kurnia"}),
    # a rank of several words that ends in a word no rank holds alone ("of Police")
    ("The session was opened by Inspector General of Police Wahyu Santoso, together with the envoy.",
     {"Wahyu Santoso"}),
    ("Densus 88, represented by Senior Commissioner of Police Roy Simanjuntak, presented the case.",
     {"Roy Simanjuntak"}),
    # honorifics and titles of other services and courts
    ("Mister Daniel Hartley, the British envoy, spoke first.", {"Daniel Hartley"}),
    ("Thai Undersecretary Somchai Boonmee said Bangkok welcomed the plan.", {"Somchai Boonmee"}),
    ("A senior prosecutor at the Surabaya District Prosecutor's Office, Wulansari, said the course helped.",
     {"Wulansari"}),
    ("Jaksa Penuntut Umum Hendra Gunawan membacakan tuntutan.", {"Hendra Gunawan"}),
    # a title of several words whose later words are names elsewhere
    ("Direktur pada Jaksa Agung Muda Tindak Pidana Umum, Hendra Gunawan, mengatakan hal itu.", {"Hendra Gunawan"}),
    # an office's unit named by its domain, then its head's name; a cooperative's name is no one
    ("Kepala Biro Hukum Rina Kartikasari menyebut lembaganya siap.", {"Rina Kartikasari"}),
    ("Kini ia menjadi ketua Koperasi Bina Usaha Damai yang beranggotakan mantan napiter.", set()),
    # what a person is, after the name
    ("Dewi Lestari, psikolog yang mendampingi anak-anak itu, menyebut mereka pulih.", {"Dewi Lestari"}),
    # experts quoted by what they are
    ('"Banks pay a premium," said economist Dewi Anggraini of a Jakarta think tank.', {"Dewi Anggraini"}),
    # a role set off before the name, the place one comes from after it
    ("Salah satu peserta, Rina Kartikasari dari Tirta Muda Sulawesi, mengaku baru menyadari hal itu.",
     {"Rina Kartikasari"}),
    # a name without a title, told to be a person's by a later mention after an honorific of address
    ("Callum Brenner still remembers the smell of the club. On Tuesday, Mr Brenner was one of 40 investigators there.",
     {"Callum Brenner"}),
    ("Harbour Tirta Club reopened last year. Its owner said the Club was busy.", set()),
    # a title set off after the name, its owner in the possessive before it
    ("Dewi Anggraini, the corrections directorate general's director for inmate guidance, said staff were trained.",
     {"Dewi Anggraini"}),
    # the domains of offices for citizens abroad, governance and social resilience are the titles' words
    ("Direktur Pelindungan WNI dan Badan Hukum Indonesia Kemenlu Rina Kartika mengatakan ABK itu selamat.",
     {"Rina Kartika"}),
    ("Analis Program Tata Kelola dan Perdamaian UNDP Indonesia, Dewi Anggraini, menyebut hal itu.", {"Dewi Anggraini"}),
    # a financial supervisor's executive: the words of the domain are the title's, not a name
    ("Kepala Eksekutif Pengawas Inovasi Teknologi Sektor Keuangan, Aset Keuangan Digital dan Aset Kripto OJK "
     "Budi Hartono mengatakan jumlah investor naik.", {"Budi Hartono"}),
])
def test_namesakes_long_ranks_and_more_titles(vocabulary, text, names):
    assert {p.name for p in people(text, vocabulary)} == names


def test_counterparts_named_after_the_cue_and_the_list_they_open(vocabulary):
    text = ("Tirtanian ministers met with their Indonesian counterparts, Dewi Anggraini and Budi Hartono. "
            "Menlu Rina Kartika bertemu rekannya, Joana Marlow, di Canberra.")
    found = {p.name: p for p in people(text, vocabulary)}
    assert {"Dewi Anggraini", "Budi Hartono", "Rina Kartika", "Joana Marlow"} <= set(found)
    # the title before the cue is the other person's, not the counterpart's
    assert found["Joana Marlow"].title == "" and found["Rina Kartika"].title == "Menlu"


@pytest.mark.parametrize("text", [
    "Delegasi itu dipimpin Hendra Walsh dari Partai Hijau dan Marta Osei dari Partai Buruh.",
    "The delegation was led by Hendra Walsh of the Green Party and Marta Osei of the Labour Party.",
])
def test_a_list_of_people_each_with_a_party_after_the_name(vocabulary, text):
    assert {p.name for p in people(text, vocabulary)} == {"Hendra Walsh", "Marta Osei"}


def test_a_place_after_a_persons_name_is_no_person_of_the_list(vocabulary):
    text = "Kepala BNPT Andi Setiawan berkunjung ke Sentul dan Jawa Barat. Andi Setiawan dan Jawa Tengah."
    assert {p.name for p in people(text, vocabulary)} == {"Andi Setiawan"}


@pytest.mark.parametrize("text, name, organisation", [
    ("Kepala BNPT Suharto mengatakan kerja sama itu penting.", "Suharto", "BNPT"),
    ("Wakil Ketua LPSK Susilawati mengatakan kompensasi sudah dibayarkan.", "Susilawati", "LPSK"),
])
def test_one_name_after_a_title_and_its_organisation_with_a_verb_of_saying(vocabulary, text, name, organisation):
    assert [(p.name, p.actor_id) for p in people(text, vocabulary)] == [(name, organisation)]


def test_a_place_after_a_title_and_its_organisation_is_no_name(vocabulary):
    assert people("Kepala BNPT Jakarta mengatakan kerja sama itu penting.", vocabulary) == []


def test_a_transcripts_speakers_in_capitals_are_people(vocabulary):
    text = ("ANDI WIJAYA, MINISTER FOR SECURITY AFFAIRS: Thanks everyone for coming.\n"
            "JOURNALIST: Minister, what does it commit you to?\n"
            "KUALA LUMPUR, MALAYSIA: a dateline, not a speaker.\n"
            "ANDI WIJAYA: It commits our officials to meet twice a year.")
    found = {(p.name, p.title) for p in people(text, vocabulary)}
    assert ("Andi Wijaya", "Minister for Security Affairs") in found
    assert not {name for name, _ in found} - {"Andi Wijaya"}


def test_a_states_possessive_marks_its_person(vocabulary):
    text = "The pledge dates from 2019, when New Zealand's Hana Whetu and France's Claire Dubois launched it in Paris."
    assert [(p.name, p.actor_id) for p in people(text, vocabulary)] == [("Hana Whetu", "NZL"), ("Claire Dubois", "FRA")]
    # a place after a state's possessive is no person
    assert people("Police in Indonesia's Central Sulawesi arrested two men.", vocabulary) == []


def test_an_exercises_name_written_again_is_no_person(vocabulary):
    text = ("The units closed an exercise with code name Dawn Falcon 2024 in Bandung. The attache, Colonel Andi Wijaya, "
            "said that Dawn Falcon is one of the oldest exercises.")
    actors = match_actors(text, vocabulary)
    from analysis.s4_match import match_programmes
    programmes = match_programmes(text, vocabulary)
    assert [p.name for p in find_people(text, actors.spans, vocabulary, programmes + actors.names)] == ["Andi Wijaya"]


# --------------------------------------------------------------------------- sequences looked up by a word

@pytest.mark.parametrize("kind", ["rank", "head"])
def test_sequences_by_word_find_what_a_scan_finds(vocabulary, kind):
    """The grouped lookups find the same sequence as scanning every sequence in order, for each sequence of
    the data as a run's opening and ending, alone and with other words around it."""
    from analysis.s4_people import lexicon_for

    lex = lexicon_for(vocabulary)
    sequences = getattr(lex, f"{kind}_sequences")
    assert sequences
    runs = [list(s) + tail for s in sequences for tail in ([], ["budi"], list(s[:1]))]
    runs += [lead + list(s) for s in sequences for lead in (["budi"], list(s[-1:]))]
    for keys in runs:
        opening = next((r for r in sequences if r[0] == keys[0] and tuple(keys[:len(r)]) == r), None)
        by_first = getattr(lex, f"{kind}_sequences_by_first")
        assert next((r for r in by_first.get(keys[0], ()) if tuple(keys[:len(r)]) == r), None) == opening, keys
        if kind == "rank":
            ending = next((r for r in sequences if tuple(keys[-len(r):]) == r), None)
            assert next((r for r in lex.rank_sequences_by_last.get(keys[-1], ())
                         if tuple(keys[-len(r):]) == r), None) == ending, keys


def test_by_word_keeps_the_order_of_each_group():
    from analysis.s4_people import _by_word

    sequences = (("a", "b", "c"), ("x", "b", "c"), ("a", "c"), ("b", "c"))
    assert _by_word(sequences, 0) == {"a": (("a", "b", "c"), ("a", "c")), "x": (("x", "b", "c"),),
                                      "b": (("b", "c"),)}
    assert _by_word(sequences, -1) == {"c": sequences}


@pytest.mark.parametrize("text, names", [
    # a body named for a programme ("Koperasi KTN ..."): the words after the programme's acronym go on its name
    ("Kini ia menjadi ketua Koperasi KTN Tunas Harapan yang beranggotakan mantan napiter.", set()),
    ("Ketua Koperasi KTN Tunas Harapan, Dedi Kurniawan, mengaku usahanya berkembang.", {"Dedi Kurniawan"}),
    # an office's unit named for a programme is followed by its head's name
    ("Kepala Biro KTN Andi Wijaya mengatakan program itu berjalan.", {"Andi Wijaya"}),
])
def test_names_of_bodies_named_for_a_programme(vocabulary, text, names):
    actors = match_actors(text, vocabulary)
    programmes = match_programmes(text, vocabulary)
    assert {p.name for p in find_people(text, actors.spans, vocabulary, programmes + actors.names)} == names
