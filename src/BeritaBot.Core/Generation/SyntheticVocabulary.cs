namespace BeritaBot.Core.Generation;

/// <summary>
/// The word stock synthetic knowledge draws on: Indonesian names, places, organisations and news topics, each with
/// its English form where it differs. Held-out lists supply entities no generated card mentions, for out-of-scope
/// questions that look like in-scope ones.
/// </summary>
internal static class SyntheticVocabulary
{
    public static readonly string[] FirstNames =
    [
        "Budi", "Siti", "Agus", "Dewi", "Rudi", "Rina", "Andi", "Yusuf", "Hendra", "Fitri", "Bambang", "Sri", "Joko",
        "Wahyu", "Ahmad", "Nurul", "Eko", "Dian", "Putri", "Rizky", "Arief", "Lestari", "Hadi", "Intan", "Fajar", "Indah",
        "Taufik", "Ratna", "Gilang", "Maya", "Irfan", "Nadia", "Bayu", "Sari", "Teguh", "Wulan", "Yoga", "Citra", "Dimas",
        "Anisa", "Galih", "Kartika", "Reza", "Melati", "Surya", "Ayu", "Fauzi", "Rahmat", "Novi", "Hasan", "Zainal",
        "Lukman", "Ratih", "Asep", "Ujang", "Made", "Ketut", "Wayan", "Komang", "Nyoman", "Yohanes", "Maria", "Petrus",
        "Agustinus", "Hotman", "Sahat", "Tigor", "Dedi", "Yanti", "Heru", "Endang", "Slamet", "Sutrisno", "Tuti", "Herman",
        "Imam", "Syahrul", "Ilham", "Aulia", "Farhan", "Salma", "Kevin", "Jessica", "Stefanus", "Michael", "Yosef", "Rosa",
        "Bonifasius", "Markus", "Theresia", "Yudi", "Ridwan", "Mulyadi", "Darmawan", "Hafiz", "Zulkifli", "Nanda",
        "Lilis", "Cahyo", "Wiwik", "Sugeng", "Purwanto", "Riyanto", "Gita", "Laras",
    ];

    public static readonly string[] LastNames =
    [
        "Santoso", "Wijaya", "Saputra", "Kusuma", "Pratama", "Nugroho", "Hidayat", "Siregar", "Nasution", "Lubis",
        "Harahap", "Simanjuntak", "Sitompul", "Situmorang", "Tanjung", "Rahman", "Hakim", "Syahputra", "Gunawan",
        "Setiawan", "Wibowo", "Susanto", "Halim", "Tanoto", "Sembiring", "Ginting", "Tarigan", "Manurung", "Panjaitan",
        "Hutapea", "Sinaga", "Purba", "Damanik", "Pohan", "Batubara", "Daulay", "Effendi", "Prasetyo", "Purnomo",
        "Kurniawan", "Hartono", "Salim", "Sumarno", "Mahendra", "Wirawan", "Utomo", "Permana", "Ramadhan", "Firmansyah",
        "Hermawan", "Suryadi", "Yulianto", "Iskandar", "Maulana", "Fadillah", "Anwar", "Rasyid", "Sulaiman", "Ismail",
        "Latuconsina", "Pattiasina", "Rumbiak", "Wenda", "Mandagi", "Lumentut", "Sondakh", "Tambunan", "Napitupulu",
        "Sihombing", "Silalahi", "Matondang", "Rangkuti", "Pakpahan", "Marpaung", "Sianturi", "Gultom", "Pasaribu",
        "Wardhana", "Adiputra", "Suganda", "Sasmita", "Wiranata", "Hutagalung", "Lumbantobing", "Kaligis", "Runtuwene",
        "Mokoginta", "Tuanaya", "Ohoiwutun", "Bachtiar", "Suhendra",
    ];

    /// <summary>Describes a person in an answer (Indonesian, English).</summary>
    public static readonly (string Id, string En)[] PersonTitles =
    [
        ("anggota DPR", "a member of parliament"), ("pengusaha", "a businessman"), ("pengamat politik", "a political analyst"),
        ("ekonom", "an economist"), ("aktivis lingkungan", "an environmental activist"), ("rektor universitas", "a university rector"),
        ("duta besar", "an ambassador"), ("ketua partai", "a party chair"), ("kepala daerah", "a regional head"),
        ("pejabat kementerian", "a ministry official"), ("ketua asosiasi pengusaha", "the head of a business association"),
        ("tokoh masyarakat", "a community leader"),
    ];

    public static readonly string[] Cities =
    [
        "Medan", "Padang", "Pekanbaru", "Jambi", "Palembang", "Bengkulu", "Bandar Lampung", "Pangkalpinang", "Tanjungpinang",
        "Batam", "Serang", "Bandung", "Bogor", "Bekasi", "Depok", "Tangerang", "Cirebon", "Tasikmalaya", "Semarang", "Surakarta",
        "Yogyakarta", "Magelang", "Purwokerto", "Tegal", "Pekalongan", "Surabaya", "Malang", "Kediri", "Jember", "Banyuwangi",
        "Madiun", "Denpasar", "Mataram", "Kupang", "Pontianak", "Palangkaraya", "Banjarmasin", "Samarinda", "Balikpapan",
        "Tarakan", "Manado", "Gorontalo", "Palu", "Makassar", "Kendari", "Mamuju", "Ambon", "Ternate", "Sorong", "Manokwari",
        "Jayapura", "Merauke", "Banda Aceh", "Lhokseumawe", "Sabang", "Sibolga", "Pematangsiantar", "Binjai", "Bukittinggi",
        "Payakumbuh", "Dumai", "Lubuklinggau", "Prabumulih", "Cilegon", "Sukabumi", "Cimahi", "Salatiga", "Kudus", "Jepara",
        "Blitar", "Probolinggo", "Pasuruan", "Mojokerto", "Bima", "Ende", "Maumere", "Singkawang", "Sampit", "Bontang",
        "Bitung", "Tomohon", "Parepare", "Palopo", "Baubau", "Tual", "Tidore", "Nabire", "Timika", "Wamena", "Garut",
        "Karawang", "Purwakarta", "Subang", "Indramayu", "Cianjur", "Klaten", "Boyolali", "Sragen", "Wonosobo", "Temanggung",
        "Lamongan", "Gresik", "Sidoarjo", "Tuban", "Bojonegoro", "Ngawi", "Ponorogo", "Tulungagung", "Lumajang", "Situbondo",
        "Sumenep", "Pamekasan", "Gianyar", "Tabanan", "Buleleng", "Sumbawa", "Labuan Bajo", "Rantauprapat", "Kisaran",
        "Muara Enim", "Kotabumi",
    ];

    public static readonly (string Id, string En)[] Countries =
    [
        ("Jepang", "Japan"), ("Korea Selatan", "South Korea"), ("Tiongkok", "China"), ("Amerika Serikat", "the United States"),
        ("Australia", "Australia"), ("India", "India"), ("Singapura", "Singapore"), ("Malaysia", "Malaysia"),
        ("Thailand", "Thailand"), ("Vietnam", "Vietnam"), ("Filipina", "the Philippines"), ("Jerman", "Germany"),
        ("Prancis", "France"), ("Inggris", "the United Kingdom"), ("Belanda", "the Netherlands"), ("Arab Saudi", "Saudi Arabia"),
        ("Uni Emirat Arab", "the United Arab Emirates"), ("Turki", "Turkey"), ("Mesir", "Egypt"), ("Brasil", "Brazil"),
        ("Kanada", "Canada"), ("Italia", "Italy"), ("Spanyol", "Spain"), ("Selandia Baru", "New Zealand"),
        ("Afrika Selatan", "South Africa"), ("Pakistan", "Pakistan"), ("Bangladesh", "Bangladesh"), ("Qatar", "Qatar"),
        ("Norwegia", "Norway"), ("Meksiko", "Mexico"),
    ];

    public static readonly string[] CompanyFirst =
    [
        "Sinar", "Bumi", "Cahaya", "Mitra", "Karya", "Surya", "Nusa", "Jaya", "Mega", "Putra", "Graha", "Sentosa", "Prima",
        "Abadi", "Bintang", "Citra", "Duta", "Eka", "Harapan", "Indo", "Kencana", "Lintas", "Makmur", "Mandiri", "Maju",
        "Persada", "Rajawali", "Samudra", "Sejahtera", "Tirta", "Wahana", "Langit", "Gemilang", "Anugerah", "Cakrawala",
        "Garuda", "Pelangi", "Mentari", "Mutiara", "Permata",
    ];

    public static readonly string[] CompanySecond =
    [
        "Agro", "Logistik", "Energi", "Pangan", "Farma", "Tekstil", "Semen", "Baja", "Properti", "Digital", "Media",
        "Tambang", "Kimia", "Otomotif", "Niaga", "Finansial", "Telekomunikasi", "Perikanan", "Kertas", "Elektrik",
    ];

    /// <summary>News topics (Indonesian, English).</summary>
    public static readonly (string Id, string En)[] Topics =
    [
        ("perdagangan", "trade"), ("investasi", "investment"), ("energi terbarukan", "renewable energy"),
        ("pendidikan vokasi", "vocational education"), ("layanan kesehatan", "health care"), ("pariwisata", "tourism"),
        ("pembangunan infrastruktur", "infrastructure development"), ("pertanian", "agriculture"), ("perikanan", "fisheries"),
        ("pertahanan", "defence"), ("ekonomi digital", "the digital economy"), ("ketahanan pangan", "food security"),
        ("transportasi publik", "public transport"), ("lingkungan hidup", "the environment"), ("kebudayaan", "culture"),
        ("keamanan siber", "cyber security"), ("perubahan iklim", "climate change"), ("hilirisasi nikel", "nickel processing"),
        ("kendaraan listrik", "electric vehicles"), ("penanggulangan bencana", "disaster management"),
    ];

    /// <summary>Disasters (Indonesian, English).</summary>
    public static readonly (string Id, string En)[] Disasters =
    [
        ("banjir", "flood"), ("gempa bumi", "earthquake"), ("tanah longsor", "landslide"), ("kebakaran hutan", "forest fire"),
        ("angin puting beliung", "whirlwind"), ("banjir bandang", "flash flood"), ("kebakaran permukiman", "residential fire"),
        ("gelombang pasang", "tidal surge"),
    ];

    /// <summary>Projects that join two cities (Indonesian, English).</summary>
    public static readonly (string Id, string En)[] LinkProjects =
    [
        ("jalan tol", "toll road"), ("jalur kereta api", "railway line"), ("jalur bus listrik", "electric bus line"),
    ];

    /// <summary>Projects in one city (Indonesian, English).</summary>
    public static readonly (string Id, string En)[] CityProjects =
    [
        ("bandara baru", "new airport"), ("pelabuhan peti kemas", "container port"), ("bendungan", "dam"),
        ("stadion utama", "main stadium"), ("rumah sakit daerah", "regional hospital"), ("pasar induk", "central market"),
        ("terminal bus terpadu", "integrated bus terminal"), ("instalasi pengolahan air", "water treatment plant"),
    ];

    /// <summary>Protesting groups (Indonesian, English).</summary>
    public static readonly (string Id, string En)[] Groups =
    [
        ("buruh pabrik", "factory workers"), ("mahasiswa", "students"), ("petani", "farmers"), ("nelayan", "fishermen"),
        ("pengemudi ojek daring", "ride-hailing drivers"), ("guru honorer", "contract teachers"),
        ("pedagang pasar", "market traders"), ("tenaga kesehatan", "health workers"),
    ];

    /// <summary>What protesters demand (Indonesian, English).</summary>
    public static readonly (string Id, string En)[] Demands =
    [
        ("kenaikan upah minimum", "a higher minimum wage"), ("pembatalan kenaikan harga BBM", "a reversal of the fuel price rise"),
        ("penghentian penggusuran", "an end to evictions"), ("pengangkatan sebagai pegawai tetap", "permanent employment"),
        ("perbaikan tarif layanan", "fairer service fares"), ("penutupan tambang ilegal", "the closure of illegal mines"),
        ("pencairan dana bantuan", "the release of aid money"), ("penolakan revisi undang-undang", "the withdrawal of a bill revision"),
    ];

    /// <summary>Offices a person is appointed to, with a department and the place or company it belongs to.</summary>
    public static readonly (string Id, string En)[] Departments =
    [
        ("Dinas Pendidikan", "Education Office"), ("Dinas Kesehatan", "Health Office"), ("Dinas Perhubungan", "Transport Office"),
        ("Dinas Pariwisata", "Tourism Office"), ("Badan Penanggulangan Bencana Daerah", "Regional Disaster Management Agency"),
        ("Dinas Pekerjaan Umum", "Public Works Office"),
    ];

    public static readonly (string Id, string En)[] CompanyOffices =
    [
        ("direktur utama", "chief executive"), ("komisaris utama", "chair of the board of commissioners"),
        ("direktur keuangan", "finance director"),
    ];

    public static readonly string[] Outlets =
    [
        "Kompas.com", "ANTARA", "Tempo.co", "detikcom", "CNN Indonesia", "Republika", "Liputan6.com", "Tribunnews",
        "Kumparan", "Bisnis Indonesia", "Media Indonesia", "Suara.com", "IDN Times", "Katadata", "Jawa Pos",
    ];

    public static readonly string[] MonthsId =
        ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];

    public static readonly string[] MonthsEn =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    /// <summary>Names no generated card uses: questions about them are out of scope however familiar they sound.</summary>
    public static readonly string[] HeldOutFirstNames =
        ["Lars", "Pierre", "Hiroshi", "Olga", "Giovanni", "Ingrid", "Mateo", "Svetlana", "Kwame", "Bjorn", "Fernando", "Akira"];

    public static readonly string[] HeldOutLastNames =
        ["Johansson", "Dubois", "Tanaka", "Kowalski", "Okafor", "Fernandez", "Lindqvist", "Novak", "Moreau", "Yamamoto"];

    public static readonly string[] HeldOutCities =
        ["Reykjavik", "Lisbon", "Nairobi", "Montevideo", "Helsinki", "Tbilisi", "Oslo", "Quito", "Dakar", "Hanoi"];

    /// <summary>Questions no news knowledge of this kind answers.</summary>
    public static readonly string[] UnrelatedQuestions =
    [
        "Bagaimana cara membuat rendang yang empuk?", "Siapa juara Piala Dunia 2018?", "Berapa harga emas hari ini?",
        "Kapan libur Lebaran tahun depan?", "How do I renew my passport?", "Apa resep nasi goreng yang enak?",
        "cuaca jakarta besok gmn?", "Siapa penemu bola lampu?", "What is the capital of Peru?",
        "Berapa jarak Bumi ke Bulan?", "rekomendasi film horor dong", "Bagaimana cara menanam cabai di pot?",
        "Who wrote Romeo and Juliet?", "Apa arti mimpi dikejar ular?", "brp kalori dalam sepiring nasi?",
        "How many legs does a spider have?", "Siapa pemeran utama film Laskar Pelangi?", "Kenapa langit berwarna biru?",
        "What time is it in Tokyo?", "Bagaimana cara mengganti oli motor?", "lagu dangdut terbaru apa ya?",
        "Berapa tinggi Gunung Everest?", "How do I cook pasta al dente?", "Apa manfaat minum air putih?",
        "kpn gajian pns bulan ini?", "Who painted the Mona Lisa?", "Bagaimana cara belajar bahasa Jepang?",
        "Apa zodiak yang cocok dengan Leo?", "Where can I buy cheap flights?", "Siapa presiden pertama Amerika Serikat?",
    ];
}
