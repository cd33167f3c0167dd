using BeritaBot.Core.Knowledge;
using static BeritaBot.Core.Generation.NewsFormat;
using V = BeritaBot.Core.Generation.SyntheticVocabulary;

namespace BeritaBot.Core.Generation;

/// <summary>
/// The kinds of fact a newsroom's cards hold (a meeting, a deal, an appointment, a disaster, a protest, a project,
/// company results, a visit), each filled from the vocabulary. A template's key names what makes two of its cards
/// different facts; the generator never uses a key twice, so every card is distinguishable by its entities.
/// </summary>
internal static class CardTemplates
{
    public const int FirstYear = 2010;
    public const int LastYear = 2024;

    public static readonly Func<Random, CardDraft>[] All =
        [Meeting, Agreement, Appointment, Disaster, Protest, Project, Earnings, Visit];

    public static string Person(Random r) => $"{Pick(r, V.FirstNames)} {Pick(r, V.LastNames)}";

    public static string Company(Random r)
    {
        var suffix = r.Next(5) switch { 0 => " Nusantara", 1 => " Indonesia", 2 => " Utama", 3 => " Internasional", _ => string.Empty };
        return $"PT {Pick(r, V.CompanyFirst)} {Pick(r, V.CompanySecond)}{suffix}";
    }

    public static T Pick<T>(Random r, T[] items) => items[r.Next(items.Length)];

    public static DateOnly Day(Random r, int year) => new DateOnly(year, 1, 1).AddDays(r.Next(DateTime.IsLeapYear(year) ? 366 : 365));

    public static DateOnly Day(Random r) => Day(r, r.Next(FirstYear, LastYear + 1));

    private static CardDraft Meeting(Random r)
    {
        var a = Person(r);
        var b = Person(r);
        var (titleA, titleAEn) = Pick(r, V.PersonTitles);
        var (titleB, titleBEn) = Pick(r, V.PersonTitles);
        var city = Pick(r, V.Cities);
        var (topic, topicEn) = Pick(r, V.Topics);
        var date = Day(r);
        var pair = string.CompareOrdinal(a, b) < 0 ? $"{a}|{b}" : $"{b}|{a}";
        return new CardDraft(
            Key: $"meeting|{pair}|{city}",
            Slug: "pertemuan",
            Tag: "pertemuan",
            Title: $"Pertemuan {a} dan {b} di {city}",
            Questions:
            [
                $"Kapan {a} bertemu dengan {b} di {city}?",
                $"Apa yang dibahas {a} dan {b} dalam pertemuan di {city}?",
                Chat($"{a} ktemu {b} di {city} kpn?"),
                $"When did {a} meet {b} in {city}?",
                $"What did {a} and {b} discuss in {city}?",
            ],
            Answer: $"{a}, {titleA}, bertemu dengan {b}, {titleB}, di {city} pada {DateId(date)} untuk membahas kerja sama {topic}.",
            AnswerEn: $"{a}, {titleAEn}, met {b}, {titleBEn}, in {city} on {DateEn(date)} to discuss cooperation on {topicEn}.",
            Keywords: [a, b, city, "pertemuan", topic, "meeting"],
            Date: date,
            Precision: DatePrecision.Day,
            Paraphrases:
            [
                $"Tanggal berapa {a} dan {b} mengadakan pertemuan di {city}?",
                $"On what date did {a} and {b} hold talks in {city}?",
            ],
            Chat: Chat($"kpn sih {a} sama {b} ketemuan di {city}?"),
            TypoBase: $"Kapan {a} bertemu {b} di {city}?");
    }

    private static CardDraft Agreement(Random r)
    {
        var company = Company(r);
        var (country, countryEn) = Pick(r, V.Countries);
        var (topic, topicEn) = Pick(r, V.Topics);
        var millions = 5 * r.Next(10, 800);
        var rupiah = millions * 15.5 / 1000;
        var date = Day(r);
        return new CardDraft(
            Key: $"deal|{company}|{country}",
            Slug: "kesepakatan",
            Tag: "ekonomi",
            Title: $"Kesepakatan {topic} {company} dengan {country}",
            Questions:
            [
                $"Berapa nilai kesepakatan {topic} antara {company} dan {country}?",
                $"Kapan {company} menandatangani kesepakatan {topic} dengan {country}?",
                Chat($"{company} deal sama {country} nilainya brp?"),
                $"How much is the {topicEn} deal between {company} and {countryEn} worth?",
                $"Berapa besar kontrak {company} dengan mitra dari {country}?",
            ],
            Answer: $"{company} dan mitra dari {country} menandatangani kesepakatan {topic} senilai {NumberId(millions)} juta dolar AS (sekitar Rp {DecimalId(rupiah)} triliun) pada {DateId(date)}.",
            AnswerEn: $"{company} and partners from {countryEn} signed a {topicEn} agreement worth {NumberEn(millions)} million US dollars (about Rp {DecimalEn(rupiah)} trillion) on {DateEn(date)}.",
            Keywords: [company, country, "kesepakatan", topic, "agreement"],
            Date: date,
            Precision: DatePrecision.Day,
            Paraphrases:
            [
                $"Kesepakatan yang diteken {company} dengan {country} bernilai berapa?",
                $"What is the value of the agreement {company} signed with {countryEn}?",
            ],
            Chat: Chat($"brp sih nilai kerja sama {company} ama {country}?"),
            TypoBase: $"Berapa nilai kesepakatan {company} dengan {country}?");
    }

    private static CardDraft Appointment(Random r)
    {
        string office, officeEn;
        if (r.Next(2) == 0)
        {
            var city = Pick(r, V.Cities);
            var (department, departmentEn) = Pick(r, V.Departments);
            office = $"Kepala {department} {city}";
            officeEn = $"head of the {city} {departmentEn}";
        }
        else
        {
            var company = Company(r);
            var (role, roleEn) = Pick(r, V.CompanyOffices);
            office = $"{role} {company}";
            officeEn = $"{roleEn} of {company}";
        }

        var person = Person(r);
        var (title, titleEn) = Pick(r, V.PersonTitles);
        var date = Day(r);
        var year = Year(date.Year);
        return new CardDraft(
            Key: $"office|{office}|{year}",
            Slug: "penunjukan",
            Tag: "jabatan",
            Title: Capitalize($"{office} {year}: {person}"),
            Questions:
            [
                $"Siapa yang ditunjuk menjadi {office} pada {year}?",
                $"Kapan {person} dilantik sebagai {office}?",
                Chat($"{office} yg baru thn {year} sp?"),
                $"Who was appointed {officeEn} in {year}?",
                Capitalize($"{office} yang dilantik tahun {year} siapa?"),
            ],
            Answer: $"{person} ditunjuk sebagai {office} pada {DateId(date)}. Sebelumnya ia dikenal sebagai {title}.",
            AnswerEn: $"{person} was appointed {officeEn} on {DateEn(date)}. Before that, {person} was known as {titleEn}.",
            Keywords: [person, office, "pelantikan", "appointed"],
            Date: date,
            Precision: DatePrecision.Day,
            Paraphrases:
            [
                $"Siapa yang mulai menjabat sebagai {office} tahun {year}?",
                $"Who became the new {officeEn} in {year}?",
            ],
            Chat: Chat($"sp sih yg jd {office} di {year}?"),
            TypoBase: $"Siapa yang ditunjuk menjadi {office} tahun {year}?");
    }

    private static CardDraft Disaster(Random r)
    {
        var (disaster, disasterEn) = Pick(r, V.Disasters);
        var city = Pick(r, V.Cities);
        var date = Day(r);
        var year = Year(date.Year);
        var deaths = r.Next(0, 250);
        var displaced = 50 * r.Next(2, 500);
        return new CardDraft(
            Key: $"disaster|{disaster}|{city}|{year}",
            Slug: "bencana",
            Tag: "bencana",
            Title: Capitalize($"{disaster} di {city} tahun {year}"),
            Questions:
            [
                $"Berapa korban jiwa akibat {disaster} di {city} pada {year}?",
                $"Berapa warga yang mengungsi karena {disaster} di {city} tahun {year}?",
                Chat($"{disaster} {city} {year} korbannya brp?"),
                $"How many people died in the {year} {disasterEn} in {city}?",
                $"Kapan {disaster} melanda {city} pada {year}?",
            ],
            Answer: $"{Capitalize(disaster)} melanda {city} pada {DateId(date)}. Sebanyak {NumberId(deaths)} orang meninggal dunia dan {NumberId(displaced)} warga mengungsi, menurut BPBD setempat.",
            AnswerEn: $"The {disasterEn} hit {city} on {DateEn(date)}. {NumberEn(deaths)} people died and {NumberEn(displaced)} residents were displaced, according to the local disaster agency.",
            Keywords: [disaster, city, "korban", disasterEn],
            Date: date,
            Precision: DatePrecision.Day,
            Paraphrases:
            [
                Capitalize($"{disaster} di {city} tahun {year} menewaskan berapa orang?"),
                $"What was the death toll of the {year} {disasterEn} in {city}?",
            ],
            Chat: Chat($"brp org meninggal krn {disaster} di {city} thn {year}?"),
            TypoBase: $"Berapa korban {disaster} di {city} tahun {year}?");
    }

    private static CardDraft Protest(Random r)
    {
        var (group, groupEn) = Pick(r, V.Groups);
        var (demand, demandEn) = Pick(r, V.Demands);
        var city = Pick(r, V.Cities);
        var date = Day(r);
        var year = Year(date.Year);
        var count = 100 * r.Next(2, 150);
        return new CardDraft(
            Key: $"protest|{group}|{city}|{year}",
            Slug: "unjuk-rasa",
            Tag: "unjuk-rasa",
            Title: $"Unjuk rasa {group} di {city} tahun {year}",
            Questions:
            [
                $"Mengapa {group} berunjuk rasa di {city} pada {year}?",
                $"Apa tuntutan {group} dalam demonstrasi di {city} tahun {year}?",
                Chat($"knp {group} demo di {city} thn {year}?"),
                $"Why did {groupEn} protest in {city} in {year}?",
                $"Berapa banyak {group} yang berdemonstrasi di {city} pada {year}?",
            ],
            Answer: $"Sekitar {NumberId(count)} {group} berunjuk rasa di {city} pada {DateId(date)} untuk menuntut {demand}.",
            AnswerEn: $"About {NumberEn(count)} {groupEn} protested in {city} on {DateEn(date)} to demand {demandEn}.",
            Keywords: [group, city, "unjuk rasa", "demonstrasi", demand, "protest"],
            Date: date,
            Precision: DatePrecision.Day,
            Paraphrases:
            [
                $"Apa alasan {group} menggelar aksi unjuk rasa di {city} tahun {year}?",
                $"What did {groupEn} demand at the {year} protest in {city}?",
            ],
            Chat: Chat($"{group} {city} demo thn {year} nuntut apa sih?"),
            TypoBase: $"Mengapa {group} berunjuk rasa di {city} tahun {year}?");
    }

    private static CardDraft Project(Random r)
    {
        string name, nameEn, key;
        if (r.Next(2) == 0)
        {
            var (kind, kindEn) = Pick(r, V.LinkProjects);
            var from = Pick(r, V.Cities);
            var to = Pick(r, V.Cities);
            while (to == from)
            {
                to = Pick(r, V.Cities);
            }

            name = $"{kind} {from}–{to}";
            nameEn = $"{from}–{to} {kindEn}";
            // A road from A to B is the road from B to A: one card, whichever way it is named.
            key = string.CompareOrdinal(from, to) < 0 ? $"{kind}|{from}|{to}" : $"{kind}|{to}|{from}";
        }
        else
        {
            var (kind, kindEn) = Pick(r, V.CityProjects);
            var city = Pick(r, V.Cities);
            name = $"{kind} di {city}";
            nameEn = $"{kindEn} in {city}";
            key = name;
        }

        var target = new DateOnly(r.Next(2025, 2031), r.Next(1, 13), 1);
        var cost = 0.5 + (r.Next(0, 250) / 10.0);
        var percent = r.Next(10, 96);
        var official = Person(r);
        var (title, titleEn) = Pick(r, V.PersonTitles);
        return new CardDraft(
            Key: $"project|{key}",
            Slug: "proyek",
            Tag: "infrastruktur",
            Title: $"Pembangunan {name}",
            Questions:
            [
                $"Kapan pembangunan {name} selesai?",
                $"Berapa biaya pembangunan {name}?",
                Chat($"{name} kelar kpn?"),
                $"When will the {nameEn} be completed?",
                $"Sudah sejauh mana progres pembangunan {name}?",
            ],
            Answer: $"Pembangunan {name} ditargetkan selesai pada {MonthId(target)} dengan biaya sekitar Rp {DecimalId(cost)} triliun. Menurut {official}, {title}, progresnya telah mencapai {percent} persen.",
            AnswerEn: $"The {nameEn} is due to be completed in {MonthEn(target)} at a cost of about Rp {DecimalEn(cost)} trillion. According to {official}, {titleEn}, work is {percent} percent done.",
            Keywords: [name, "pembangunan", "proyek", nameEn],
            Date: target,
            Precision: DatePrecision.Month,
            Paraphrases:
            [
                Capitalize($"{name} ditargetkan rampung kapan?"),
                $"When is the {nameEn} due to be finished?",
            ],
            Chat: Chat($"kpn sih {name} jadi?"),
            TypoBase: $"Kapan pembangunan {name} selesai?");
    }

    private static CardDraft Earnings(Random r)
    {
        var company = Company(r);
        var year = r.Next(FirstYear, LastYear + 1);
        var y = Year(year);
        var profit = (long)r.Next(10, 9000);
        var revenue = profit * r.Next(5, 21);
        var change = r.Next(-40, 61);
        var direction = change >= 0 ? "naik" : "turun";
        var directionEn = change >= 0 ? "up" : "down";
        return new CardDraft(
            Key: $"earnings|{company}|{y}",
            Slug: "laba",
            Tag: "bisnis",
            Title: $"Laba bersih {company} tahun {y}",
            Questions:
            [
                $"Berapa laba bersih {company} pada tahun {y}?",
                $"Berapa pendapatan {company} sepanjang {y}?",
                Chat($"laba {company} {y} brp?"),
                $"How much net profit did {company} make in {y}?",
                $"Apakah laba {company} naik pada {y}?",
            ],
            Answer: $"{company} membukukan laba bersih Rp {NumberId(profit)} miliar sepanjang {y}, {direction} {Math.Abs(change)} persen dari tahun sebelumnya, dengan pendapatan Rp {NumberId(revenue)} miliar.",
            AnswerEn: $"{company} booked a net profit of Rp {NumberEn(profit)} billion in {y}, {directionEn} {Math.Abs(change)} percent on the year before, on revenue of Rp {NumberEn(revenue)} billion.",
            Keywords: [company, "laba bersih", "pendapatan", "net profit"],
            Date: new DateOnly(year, 1, 1),
            Precision: DatePrecision.Year,
            Paraphrases:
            [
                $"{company} mencatat laba bersih berapa di tahun {y}?",
                $"What was {company}'s net profit in {y}?",
            ],
            Chat: Chat($"brp untung {company} thn {y}?"),
            TypoBase: $"Berapa laba bersih {company} tahun {y}?");
    }

    private static CardDraft Visit(Random r)
    {
        var person = Person(r);
        var (title, titleEn) = Pick(r, V.PersonTitles);
        var (country, countryEn) = Pick(r, V.Countries);
        var (topic, topicEn) = Pick(r, V.Topics);
        var date = Day(r);
        return new CardDraft(
            Key: $"visit|{person}|{country}",
            Slug: "kunjungan",
            Tag: "diplomasi",
            Title: $"Kunjungan {person} ke {country}",
            Questions:
            [
                $"Apa tujuan kunjungan {person} ke {country}?",
                $"Kapan {person} berkunjung ke {country}?",
                Chat($"{person} ke {country} ngapain?"),
                $"Why did {person} visit {countryEn}?",
                $"Mengapa {person} melakukan lawatan ke {country}?",
            ],
            Answer: $"{person}, {title}, berkunjung ke {country} pada {DateId(date)} untuk memperkuat kerja sama {topic} dan bertemu sejumlah pejabat setempat.",
            AnswerEn: $"{person}, {titleEn}, visited {countryEn} on {DateEn(date)} to strengthen cooperation on {topicEn} and meet local officials.",
            Keywords: [person, country, "kunjungan", topic, "visit"],
            Date: date,
            Precision: DatePrecision.Day,
            Paraphrases:
            [
                $"Untuk apa {person} pergi ke {country}?",
                $"What was the purpose of {person}'s trip to {countryEn}?",
            ],
            Chat: Chat($"knp {person} ke {country}?"),
            TypoBase: $"Apa tujuan kunjungan {person} ke {country}?");
    }
}
