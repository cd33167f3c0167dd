using BeritaBot.Core.Knowledge;
using BeritaBot.Core.Matching;
using BeritaBot.Core.Matching.Scoring;
using BeritaBot.Core.Tests.Support;

namespace BeritaBot.Core.Tests.Matching;

/// <summary>The re-ranker on a tiny hand-made knowledge, so each test shows one piece of evidence at work.</summary>
public class CardMatcherTests
{
    private static readonly CardIndex Index = CardIndex.Build(
    [
        TestCards.New(
            "pangkalan",
            "Rusia punya pangkalan militer di Armenia",
            "Laporan menyebut Rusia memiliki pangkalan militer di Armenia; lokasinya tidak dirinci.",
            "Apakah Rusia memiliki pangkalan militer di Armenia?",
            "rusia ada pangkalan militer di armenia gak?",
            "Does Russia have a military base in Armenia?"),
        // Its answer also makes "nama", "name" and "kota" known words, so they are not merely unknown in these tests.
        TestCards.New(
            "shusha",
            "Shusha, kota ikonik di Karabakh",
            "Shusha adalah kota ikonik di Karabakh yang direbut Azerbaijan. Nama kota itu juga ditulis Shushi; its other name is Shushi.",
            "Kota apa yang disebut kota ikonik di Karabakh?",
            "shusha itu kota apa?",
            "Which iconic city did Azerbaijan take?"),
        TestCards.New(
            "pusat-mulai",
            "Pusat pemantauan mulai bekerja",
            "Pusat pemantauan gencatan senjata mulai bekerja pada hari Sabtu; tanggalnya tidak disebutkan.",
            "Kapan pusat pemantauan mulai bekerja?",
            "pusat pemantauan mulai kerja kpn?",
            "When did the monitoring centre start work?"),
        TestCards.New(
            "gencatan",
            "Gencatan senjata ditandatangani",
            "Gencatan senjata ditandatangani pada 10 November 2020.",
            "Kapan gencatan senjata ditandatangani?",
            "gencatan senjata diteken kpn?",
            "When was the ceasefire signed?"),
    ], AliasTable.Empty);

    [Theory]
    [InlineData("apa nama pangkalan militer rusia di armenia", "nama")]
    [InlineData("di kota mana pangkalan militer rusia di armenia", "kota")]
    // The general lexicon reads "name" as "nama", so the focus is that term.
    [InlineData("what is the name of the russian military base in armenia", "nama")]
    public void Match_AttributeTheCardNeverMentions_CountsMoreThanAPlainMissingWord(string asked, string attribute)
    {
        var match = CardMatcher.Match(Index, asked, keep: 1);

        Assert.Contains(attribute, match.Query.Focus.Select(i => match.Query.Terms[i]));
        Assert.Equal("pangkalan", Index.Cards[match.Best!.Card].Id);
        Assert.Equal(1, match.Best[MatchFeature.FocusMissing]);
        Assert.True(match.Best.Confidence < Without(match.Best, MatchFeature.FocusMissing), $"{match.Best.Confidence}");
    }

    [Fact]
    public void Match_AttributeTheCardMentions_IsNotPenalised()
    {
        var match = CardMatcher.Match(Index, "kota ikonik apa yang direbut azerbaijan", keep: 1);

        Assert.Equal("shusha", Index.Cards[match.Best!.Card].Id);
        Assert.Equal(0, match.Best[MatchFeature.FocusMissing]);
    }

    [Fact]
    public void Match_WhereAskedOfACardWhoseAnswerNamesAPlace_WeighsTheAnswerInsteadOfAConflict()
    {
        // No phrasing of "gencatan" asks where, and its answer names no place; "pangkalan" asks no where either, but
        // its answer says "di Armenia".
        var noPlace = CardMatcher.Match(Index, "di mana gencatan senjata ditandatangani", keep: 1).Best!;
        var place = CardMatcher.Match(Index, "di mana pangkalan militer rusia", keep: 1).Best!;

        Assert.Equal("gencatan", Index.Cards[noPlace.Card].Id);
        Assert.Equal((1.0, 0.0), (noPlace[MatchFeature.KindConflicts], noPlace[MatchFeature.KindInAnswer]));
        Assert.Equal("pangkalan", Index.Cards[place.Card].Id);
        Assert.Equal((0.0, 1.0), (place[MatchFeature.KindConflicts], place[MatchFeature.KindInAnswer]));
    }

    [Theory]
    [InlineData("berapa persen pangkalan militer rusia di armenia", 1)]
    [InlineData("berapa pangkalan militer rusia di armenia", 0)]
    [InlineData("pangkalan apa yang dimiliki rusia di armenia", 0)]
    // How long, and a relation: each has its own reading, neither is a thing the card must name.
    [InlineData("berapa lama pangkalan militer rusia ada di armenia", 0)]
    [InlineData("berapa tahun setelah perang pangkalan militer rusia di armenia dibangun", 0)]
    public void Match_WordNextToTheQuestionWordMissingFromTheCard_IsHeadMissing(string question, double expected)
    {
        var match = CardMatcher.Match(Index, question, keep: 1);

        Assert.Equal("pangkalan", Index.Cards[match.Best!.Card].Id);
        Assert.Equal(expected, match.Best[MatchFeature.HeadMissing]);
    }

    [Theory]
    [InlineData("berapa tentara yang tewas dalam perang", 0)]
    // "orang" only says people are counted: the count is of soldiers.
    [InlineData("ada berapa orang tentara yang tewas", 0)]
    [InlineData("berapa rumah warga yang rusak dalam perang", 1)]
    public void Match_CountOfAThingNoFigureInTheAnswerCounts_IsCountMissing(string question, double expected)
    {
        // The answer's only figure counts soldiers; houses are named far from it.
        var index = CardIndex.Build(
        [
            TestCards.New(
                "korban",
                "Korban perang",
                "Perang itu menewaskan 3.000 tentara. Selain itu disebutkan bahwa banyak sekali rumah warga ikut rusak.",
                "Berapa korban perang?",
                "brp korban perang?",
                "How many died in the war?"),
        ], AliasTable.Empty);

        var match = CardMatcher.Match(index, question, keep: 1);

        Assert.Equal("korban", index.Cards[match.Best!.Card].Id);
        Assert.Equal(expected, match.Best[MatchFeature.CountMissing]);
    }

    [Theory]
    [InlineData("pada hari apa pusat pemantauan mulai bekerja")]
    [InlineData("tanggal berapa pusat pemantauan mulai bekerja")]
    public void Analyze_FramingWordAnAliasAlsoSpells_IsStillFraming(string question)
    {
        // "hari" and "tanggal" are words of the general lexicon's phrases ("hari raya"); typed next to "apa" they frame.
        var match = CardMatcher.Match(Index, question, keep: 1);

        Assert.DoesNotContain(match.Query.Terms, t => t is "hari" or "tanggal");
        Assert.Equal(QuestionIntent.Date, match.Query.Intent);
    }

    [Theory]
    [InlineData("rusia pangkalanmiliter di armenia", "pangkal", "armenia")]
    [InlineData("kotaikonik di karabakh", "kota", "ikonik")]
    public void Analyze_TwoKnownWordsWrittenAsOne_ReadsBoth(string question, string first, string second)
    {
        var analyzed = Index.Analyzer.Analyze(question, correctTypos: true);

        Assert.Contains(first, analyzed.Terms);
        Assert.Contains(second, analyzed.Terms);
        Assert.Equal(0, analyzed.Corrections);
    }

    [Fact]
    public void Analyze_AffixedFormOfAnEverydayWord_IsNotSplitIntoTwoWords()
    {
        // "separah" is se- + parah ("as severe as"), not "sep" (September) + "arah".
        var analyzed = RealKnowledge.Snapshot.Index.Analyzer.Analyze("separah apa dampaknya", correctTypos: true);

        Assert.DoesNotContain("september", analyzed.Terms);
        Assert.DoesNotContain("arah", analyzed.Terms);
    }

    [Theory]
    [InlineData("menurut berita ini, kapan gencatan senjata ditandatangani?", "kapan gencatan senjata ditandatangani?")]
    [InlineData("according to the news article, when was the ceasefire signed?", "when was the ceasefire signed?")]
    public void Analyze_ReferenceToTheCoverageItself_AddsNoTopicTerms(string withReference, string plain)
    {
        Assert.Equal(Index.Analyzer.Analyze(plain, correctTypos: true).Terms, Index.Analyzer.Analyze(withReference, correctTypos: true).Terms);
    }

    [Theory]
    [InlineData("bisakah")]
    [InlineData("itulah")]
    [InlineData("harusnya")]
    [InlineData("menjelaskan")]
    public void Analyze_FunctionWordWithParticleOrAskingVerb_IsNoTopicTerm(string word)
    {
        Assert.Empty(Index.Analyzer.Analyze(word, correctTypos: true).Terms);
    }

    [Fact]
    public void Analyze_CardText_IsNeverSplit()
    {
        var analyzed = Index.Analyzer.Analyze("kotaikonik", correctTypos: false);

        Assert.Equal(["kotaikonik"], analyzed.Terms);
    }

    [Fact]
    public void Match_LongQuestionWithContextWords_StillFindsTheCard()
    {
        const string Long = "saya sedang belajar sejarah kawasan, apakah benar rusia memiliki pangkalan militer di armenia menurut liputan?";

        var match = CardMatcher.Match(Index, Long, keep: 1);

        Assert.Equal("pangkalan", Index.Cards[match.Best!.Card].Id);
        Assert.True(match.Best[MatchFeature.UnknownWords] > 0);
    }

    [Fact]
    public void Match_CalendarDayAskedOfACardWithoutOne_LowersConfidence()
    {
        var when = CardMatcher.Match(Index, "kapan pusat pemantauan mulai bekerja", keep: 1);
        var whichDay = CardMatcher.Match(Index, "tanggal berapa pusat pemantauan mulai bekerja", keep: 1);

        Assert.True(whichDay.Query.WantsDay);
        Assert.False(when.Query.WantsDay);
        Assert.Equal("pusat-mulai", Index.Cards[whichDay.Best!.Card].Id);
        Assert.Equal(1, whichDay.Best[MatchFeature.DetailMissing]);
        Assert.Equal(0, when.Best![MatchFeature.DetailMissing]);
        Assert.True(whichDay.Best.Confidence < Without(whichDay.Best, MatchFeature.DetailMissing));
    }

    [Fact]
    public void Match_HowLongAskedOfACardWithoutALengthOfTime_LowersConfidence()
    {
        const string Question = "berapa lama pusat pemantauan bekerja";

        var match = CardMatcher.Match(Index, Question, keep: 1);

        Assert.True(match.Query.WantsDuration);
        Assert.Equal("pusat-mulai", Index.Cards[match.Best!.Card].Id);
        Assert.Equal(1, match.Best[MatchFeature.DetailMissing]);
        Assert.True(match.Best.Confidence < Without(match.Best, MatchFeature.DetailMissing));
    }

    [Fact]
    public void Match_HowLongAskedOfACardStatingALengthOfTime_CountsAsTheKindItAnswers()
    {
        // Its phrasings only ask "what", but its answer states a length of time.
        var war = TestCards.New(
            "perang",
            "Perang di Ukraina",
            "Perang di Ukraina sudah berlangsung lebih dari dua tahun.",
            "Apa yang disebut berita tentang perang di Ukraina?",
            "perang ukraina gmn?",
            "What does the news say about the war in Ukraine?");
        var silent = war with { Answer = "Perang di Ukraina disebut sebagai latar belakang.", AnswerEn = null };

        var stated = CardMatcher.Match(CardIndex.Build([war], AliasTable.Empty), "perang ukraina udh brp tahun", keep: 1).Best!;
        var notStated = CardMatcher.Match(CardIndex.Build([silent], AliasTable.Empty), "perang ukraina udh brp tahun", keep: 1).Best!;

        Assert.Equal(1, stated[MatchFeature.KindAgrees]);
        Assert.Equal(0, stated[MatchFeature.DetailMissing]);
        Assert.Equal(0, notStated[MatchFeature.KindAgrees]);
        Assert.Equal(1, notStated[MatchFeature.DetailMissing]);
    }

    [Fact]
    public void Match_TimeOfDayAskedOfACardWithoutOne_IsADetailMissing()
    {
        var arrival = TestCards.New(
            "tiba",
            "Menteri tiba di bandara",
            "Menteri tiba di bandara pada Senin, 3 Maret, pukul 14.42 WIB.",
            "Kapan menteri tiba di bandara?",
            "Di mana menteri tiba?",
            "menteri nyampe kpn?",
            "When did the minister arrive?");
        var dayOnly = arrival with { Answer = "Menteri tiba di bandara pada Senin, 3 Maret.", AnswerEn = null };

        var stated = CardMatcher.Match(CardIndex.Build([arrival], AliasTable.Empty), "jam berapa menteri tiba di bandara", keep: 1);
        var notStated = CardMatcher.Match(CardIndex.Build([dayOnly], AliasTable.Empty), "jam brp menteri tiba di bandara", keep: 1);

        Assert.True(stated.Query.WantsClock);
        Assert.Equal(0, stated.Best![MatchFeature.DetailMissing]);
        Assert.Equal(1, notStated.Best![MatchFeature.DetailMissing]);
    }

    [Theory]
    [InlineData("jam berapa menteri tiba", true)]
    [InlineData("pukul brp menteri tiba", true)]
    [InlineData("what time did the minister arrive", true)]
    [InlineData("berapa jam menteri menunggu", false)]
    [InlineData("kapan menteri tiba", false)]
    public void Analyze_TimeOfDay_AsksForTheClock(string question, bool wantsClock)
    {
        Assert.Equal(wantsClock, Index.Analyzer.Analyze(question, correctTypos: true).WantsClock);
    }

    [Theory]
    [InlineData("apakah gencatan senjata ditandatangani", true)]
    [InlineData("gencatan senjata udh ditandatangani ya?", true)]
    [InlineData("gencatan senjatanya ditandatangani atau tidak", true)]
    [InlineData("hey did they sign the ceasefire", true)]
    [InlineData("kapan gencatan senjata ditandatangani ya", false)]
    [InlineData("gencatan senjata ditandatangani", false)]
    public void Analyze_WhetherQuestion_AsksYesNo(string question, bool yesNo)
    {
        Assert.Equal(yesNo, Index.Analyzer.Analyze(question, correctTypos: true).AsksYesNo);
    }

    [Fact]
    public void Match_YesNoQuestionOnAPhrasingAskingWhy_PhraseKindDiffers()
    {
        var ruling = TestCards.New(
            "putusan",
            "Alasan MK menolak gugatan",
            "MK menolak gugatan karena dalilnya tidak terbukti.",
            "Mengapa MK menolak gugatan itu?",
            "Apa alasan MK menolak gugatan?",
            "knp mk nolak gugatan?",
            "Why did the court reject the petition?");
        var index = CardIndex.Build([ruling], AliasTable.Empty);

        var whether = CardMatcher.Match(index, "mk menolak gugatan ya?", keep: 1).Best!;
        var plain = CardMatcher.Match(index, "mk menolak gugatan", keep: 1).Best!;

        Assert.Equal(1, whether[MatchFeature.PhraseKindDiffers]);
        Assert.Equal(1, whether[MatchFeature.AsksYesNo]);
        Assert.Equal(0, plain[MatchFeature.PhraseKindDiffers]);
    }

    [Fact]
    public void Match_QuestionAskingAKind_FitsAPhrasingAskingThatKindBetter()
    {
        var place = TestCards.New(
            "lokasi",
            "Jokowi memberi keterangan di Istana",
            "Jokowi memberi keterangan kepada wartawan di Istana Merdeka, Jakarta.",
            "Di mana Jokowi memberi keterangan kepada wartawan?",
            "Kapan Jokowi memberi keterangan?",
            "jokowi ngomong di istana ya?",
            "Where did Jokowi speak to reporters?");
        // Few cards of a coverage ask where: that is what makes the kind worth a word.
        var others = Enumerable.Range(1, 10).Select(i => TestCards.New(
            $"lain-{i}", $"Topik {i}", $"Berita ke-{i} tentang anggaran daerah nomor {i}.", $"Berapa anggaran daerah nomor {i}?", $"Apa isi berita ke-{i}?", $"anggaran {i} brp?", $"What is budget {i}?"));
        var index = CardIndex.Build([place, .. others], AliasTable.Empty);

        var where = Scored(index, "di mana jokowi memberi keterangan kepada wartawan?", "lokasi");
        var unasked = Scored(index, "jokowi memberi keterangan kepada wartawan", "lokasi");
        var when = Scored(index, "kapan jokowi memberi keterangan kepada wartawan?", "lokasi");

        Assert.True(where[MatchFeature.PhraseFit] > unasked[MatchFeature.PhraseFit], $"{where[MatchFeature.PhraseFit]} vs {unasked[MatchFeature.PhraseFit]}");
        Assert.Equal(1, where[MatchFeature.PhraseFit], 6);
        Assert.True(when[MatchFeature.PhraseFit] < where[MatchFeature.PhraseFit], $"{when[MatchFeature.PhraseFit]} vs {where[MatchFeature.PhraseFit]}");
    }

    [Fact]
    public void Match_WordTheAnswerSaysIsNotGiven_CountsAsMissing()
    {
        var seized = TestCards.New(
            "senjata",
            "Dua senjata api disita",
            "Polisi menyita dua pucuk senjata api dari rumah tersangka. Jenis senjata dan pemiliknya tidak disebutkan.",
            "Berapa senjata api yang disita polisi?",
            "Apa yang disita dari rumah tersangka?",
            "senpi yg disita brp?",
            "How many firearms were seized?");
        var index = CardIndex.Build([seized], AliasTable.Empty);

        var kind = CardMatcher.Match(index, "jenis senjata api apa yang disita?", keep: 1).Best!;
        var count = CardMatcher.Match(index, "berapa senjata api yang disita dari rumah tersangka?", keep: 1).Best!;

        Assert.Equal(1, kind[MatchFeature.DetailUnstated]);
        Assert.True(kind[MatchFeature.WordsMissing] > 0, "the denied word is missing, not said");
        Assert.Equal(0, count[MatchFeature.DetailUnstated]);
        Assert.Equal(0, count[MatchFeature.WordsMissing]);
    }

    [Fact]
    public void Match_WhoQuestionOfACardNamingNoOneElse_NoOneElseNamed()
    {
        var meeting = TestCards.New(
            "rektor",
            "Menteri bertemu para rektor",
            "Menteri Nadiem bertemu para rektor perguruan tinggi negeri di Jakarta untuk membahas biaya kuliah.",
            "Siapa yang ditemui Nadiem soal biaya kuliah?",
            "Apa yang dibahas Nadiem dengan rektor?",
            "nadiem ketemu rektor bahas apa?",
            "Whom did Nadiem meet about tuition?");
        var profile = TestCards.New(
            "nadiem",
            "Nadiem Makarim",
            "Nadiem Makarim adalah menteri pendidikan yang membatalkan kenaikan biaya kuliah.",
            "Siapa Nadiem Makarim?",
            "Apa jabatan Nadiem?",
            "nadiem itu siapa?",
            "Who is Nadiem Makarim?");
        var people = new EntityKinds(new Dictionary<string, IReadOnlyList<string>> { ["person"] = ["nadiem", "makarim"] });
        var index = CardIndex.Build([meeting, profile], AliasTable.Empty, entities: people);
        var untyped = CardIndex.Build([meeting, profile], AliasTable.Empty);

        var which = Scored(index, "siapa saja rektor yang ditemui nadiem?", "rektor");
        var who = Scored(index, "siapa nadiem?", "nadiem");
        var unknownPeople = Scored(untyped, "siapa saja rektor yang ditemui nadiem?", "rektor");

        Assert.Equal(1, which[MatchFeature.NoOneElseNamed]);
        Assert.Equal(0, who[MatchFeature.NoOneElseNamed]);
        Assert.Equal(0, unknownPeople[MatchFeature.NoOneElseNamed]);
    }

    [Fact]
    public void Match_WordTheLexiconTranslatesToACapitalisedTerm_IsAMissingWordNotAMissingName()
    {
        var shop = TestCards.New("toko", "Toko Samidi", "Samidi berdagang gorengan dekat Pasar Palmerah.", "Siapa Samidi?", "Apa dagangan Samidi?", "samidi jualan apa?", "What does Samidi sell?");
        var street = TestCards.New("jalan", "Jalan Kenanga", "Antrean mengular di Jalan Kenanga sejak pagi.", "Di mana antrean terjadi?", "Sejak kapan antrean?", "antre dmn?", "Where was the queue?");
        var index = CardIndex.Build([shop, street], AliasTable.Empty);

        var english = CardMatcher.Match(index, "does samidi run the shop himself", keep: 2).Ranked.Single(s => index.Cards[s.Card].Id == "toko");
        var typed = CardMatcher.Match(index, "samidi dagang di jalan", keep: 2).Ranked.Single(s => index.Cards[s.Card].Id == "toko");

        Assert.Equal(0, english[MatchFeature.NamesMissing]);
        Assert.True(english[MatchFeature.WordsMissing] > 0);
        Assert.True(typed[MatchFeature.NamesMissing] > 0);
    }

    [Fact]
    public void Match_CommonNameTyingManyCards_StillReachesTheProfileCard()
    {
        // More cards than the candidate list holds name Putin equally often; the profile card must not fall off it.
        var events = Enumerable.Range(1, 40).Select(i => TestCards.New(
            $"acara-{i}",
            $"Acara {i}",
            $"Putin menghadiri acara nomor {i}.",
            $"Acara nomor {i} apa yang dihadiri Putin?",
            $"putin ke acara {i} ngapain?",
            $"What did Putin do at event {i}?"));
        var profile = TestCards.New("putin", "Vladimir Putin", "Putin adalah Presiden Rusia.", "Siapa Putin?", "putin tuh sp?", "Who is Putin?");
        foreach (var cards in new[] { events.Append(profile).ToArray(), events.Prepend(profile).ToArray() })
        {
            var index = CardIndex.Build(cards, AliasTable.Empty);

            var match = CardMatcher.Match(index, "putin itu siapa", keep: 1);

            Assert.Equal("putin", index.Cards[match.Best!.Card].Id);
        }
    }

    [Fact]
    public void Match_CalendarDayAskedOfACardThatGivesIt_KeepsConfidence()
    {
        var when = CardMatcher.Match(Index, "kapan gencatan senjata ditandatangani", keep: 1);
        var whichDay = CardMatcher.Match(Index, "tanggal berapa gencatan senjata ditandatangani", keep: 1);

        Assert.True(whichDay.Query.WantsDay);
        Assert.Equal("gencatan", Index.Cards[whichDay.Best!.Card].Id);
        Assert.Equal(0, whichDay.Best[MatchFeature.DetailMissing]);
        Assert.Equal(when.Best![MatchFeature.AskingCoverage], whichDay.Best[MatchFeature.AskingCoverage], 6);
    }

    [Fact]
    public void Match_CalendarDayAskedOfAMonthDatedCardNamingAnotherDay_LowersConfidence()
    {
        var offensive = TestCards.New(
            "serangan",
            "Serangan kilat",
            "Serangan kilat terjadi pada September 2023, tiga tahun setelah gencatan senjata 10 November 2020.",
            "Kapan serangan kilat terjadi?",
            "serangan kilat kpn?",
            "When was the lightning offensive?") with { Date = new DateOnly(2023, 9, 1), DatePrecision = DatePrecision.Month };
        var undated = offensive with { Date = null };
        const string Question = "tanggal berapa serangan kilat terjadi";

        var monthDated = CardMatcher.Match(CardIndex.Build([offensive], AliasTable.Empty), Question, keep: 1).Best!;
        var byItsText = CardMatcher.Match(CardIndex.Build([undated], AliasTable.Empty), Question, keep: 1).Best!;

        Assert.Equal(1, monthDated[MatchFeature.DetailMissing]);
        Assert.Equal(0, byItsText[MatchFeature.DetailMissing]);
        Assert.True(monthDated.Confidence < byItsText.Confidence, $"{monthDated.Confidence} vs {byItsText.Confidence}");
    }

    [Fact]
    public void Match_QuestionNamingTheArticlesOutletAndYear_FindsThemOnTheCard()
    {
        var sources = new Dictionary<string, Source>
        {
            ["s"] = new("s", "Kompas.com (edisi daring)", "Judul", new DateOnly(2021, 1, 31), null, "AFP", null),
        };
        var cards = new[] { Index.Cards[2] };
        var withSources = CardIndex.Build(cards, AliasTable.Empty, sources);
        var without = CardIndex.Build(cards, AliasTable.Empty);
        const string Question = "kompas 2021: kapan pusat pemantauan mulai bekerja";

        var found = CardMatcher.Match(withSources, Question, keep: 1).Best!;
        var missing = CardMatcher.Match(without, Question, keep: 1).Best!;

        Assert.Equal(1.0, found[MatchFeature.AskingCoverage] + found[MatchFeature.SayingCoverage], 6);
        Assert.True(missing[MatchFeature.AskingCoverage] + missing[MatchFeature.SayingCoverage] < 1.0);
    }

    [Fact]
    public void Match_SecondQuestionTheCardDoesNotAnswer_KeepsTheFirstQuestionsConfidence()
    {
        var first = CardMatcher.Match(Index, "kapan gencatan senjata ditandatangani", keep: 1).Best!;

        var both = CardMatcher.Match(Index, "kapan gencatan senjata ditandatangani, dan apa isi perjanjiannya", keep: 1).Best!;

        Assert.Equal("gencatan", Index.Cards[both.Card].Id);
        Assert.Equal(first.Confidence, both.Confidence, 6);
    }

    [Fact]
    public void Match_ChatVerbWrittenOnlyInAnOpenQuestion_ReadsAsTheStemTheAnsweringPhrasingsUse()
    {
        // The editor wrote the chat verb only in a question the card leaves open; a user's "nangguhin" must still meet
        // the card's "menangguhkan", not become a word only that open question has.
        var card = TestCards.New(
            "tangguh",
            "Armenia menangguhkan partisipasi",
            "Armenia menangguhkan partisipasinya di aliansi itu; sejak kapan tidak disebutkan.",
            "Mengapa Armenia menangguhkan partisipasinya di aliansi?",
            "armenia keluar dr aliansi?",
            "Why did Armenia suspend its participation?") with { NotCovered = ["armenia mulai nangguhin aliansi kpn?"], Keywords = ["menangguhkan", "ditangguhkan"] };
        var index = CardIndex.Build([card], AliasTable.Empty);

        var asked = index.Analyzer.Analyze("nangguhin", correctTypos: true).Terms;
        var written = index.Analyzer.Analyze("menangguhkan", correctTypos: false).Terms;

        Assert.Equal(written, asked);
        Assert.True(index.TermId(asked[0]) >= 0 && index.Postings[index.TermId(asked[0])].Length == 1);
    }

    [Fact]
    public void Match_TieBetweenBarePhrasings_GoesToThePhrasingAskingTheSameKind()
    {
        var profile = TestCards.New("karabakh", "Karabakh", "Karabakh adalah wilayah pegunungan.", "Apa itu Karabakh?");
        var owner = TestCards.New("status", "Status Karabakh", "Karabakh diakui dunia sebagai bagian Azerbaijan.", "karabakh punya sp sih?");
        foreach (var cards in new[] { new[] { profile, owner }, [owner, profile] })
        {
            var index = CardIndex.Build(cards, AliasTable.Empty);

            var what = CardMatcher.Match(index, "apa itu karabakh", keep: 2);
            var whose = CardMatcher.Match(index, "karabakh punya siapa", keep: 2);

            Assert.Equal("karabakh", index.Cards[what.Best!.Card].Id);
            Assert.Equal("status", index.Cards[whose.Best!.Card].Id);
        }
    }

    [Fact]
    public void Match_PredecessorOfThePersonACardProfiles_LowersConfidence()
    {
        var profile = TestCards.New("aliyev", "Ilham Aliyev", "Ilham Aliyev adalah Presiden Azerbaijan.", "Siapa Ilham Aliyev?", "aliyev tuh sp?", "Who is Ilham Aliyev?");
        // "sebelum" is a word the knowledge knows, so only its weight in the question differs.
        var war = TestCards.New("perang", "Perang dimulai", "Perang dimulai sebelum fajar.", "Kapan perang dimulai?");
        var index = CardIndex.Build([profile, war], AliasTable.Empty);

        var who = CardMatcher.Match(index, "siapa presiden azerbaijan aliyev", keep: 1).Best!;
        var before = CardMatcher.Match(index, "siapa presiden azerbaijan sebelum aliyev", keep: 1).Best!;

        Assert.Equal(1, before[MatchFeature.FocusMissing]);
        Assert.Equal(0, who[MatchFeature.FocusMissing]);
        Assert.True(before.Confidence < who.Confidence, $"{before.Confidence} vs {who.Confidence}");
    }

    [Fact]
    public void Match_ExactCountAskedOfACardGivingOnlyAnEstimate_LowersConfidence()
    {
        var estimate = TestCards.New("ditahan", "Demonstran ditahan", "Polisi menahan puluhan orang pada 2020.", "Berapa orang yang ditahan polisi?", "brp org ditahan?");
        var figure = estimate with { Answer = "Polisi menahan 35 orang pada 2020." };
        const string Question = "berapa orang persisnya yang ditahan polisi";

        var fromEstimate = CardMatcher.Match(CardIndex.Build([estimate], AliasTable.Empty), Question, keep: 1).Best!;
        var fromFigure = CardMatcher.Match(CardIndex.Build([figure], AliasTable.Empty), Question, keep: 1).Best!;

        Assert.Equal(1, fromEstimate[MatchFeature.DetailMissing]);
        Assert.Equal(0, fromFigure[MatchFeature.DetailMissing]);
        Assert.True(fromEstimate.Confidence < fromFigure.Confidence, $"{fromEstimate.Confidence} vs {fromFigure.Confidence}");
    }

    [Theory]
    [InlineData("kapan tepatnya gencatan senjata ditandatangani", true)]
    [InlineData("when exactly was the ceasefire signed", true)]
    [InlineData("kapan gencatan senjata ditandatangani", false)]
    public void Analyze_WhenExactly_AsksForACalendarDay(string question, bool wantsDay)
    {
        Assert.Equal(wantsDay, Index.Analyzer.Analyze(question, correctTypos: true).WantsDay);
    }

    [Fact]
    public void Match_WhatDidXSay_GoesToTheCardWhereXSpeaksNotWhereXIsSpokenTo()
    {
        var putin = TestCards.New("kata-putin", "Putin kepada Pashinyan", "Putin memuji perdagangan.", "Apa kata Putin kepada Pashinyan?", "What did Putin tell Pashinyan?");
        var pashinyan = TestCards.New("kata-pashinyan", "Pashinyan kepada Putin", "Pashinyan mengeluhkan masalah.", "Apa kata Pashinyan kepada Putin?", "What did Pashinyan tell Putin?");
        var people = new EntityKinds(new Dictionary<string, IReadOnlyList<string>> { ["person"] = ["putin", "pashinyan"] });
        foreach (var cards in new[] { new[] { putin, pashinyan }, [pashinyan, putin] })
        {
            var index = CardIndex.Build(cards, AliasTable.Empty, entities: people);

            Assert.Equal("kata-pashinyan", index.Cards[CardMatcher.Match(index, "pashinyan bilang apa ke putin", keep: 1).Best!.Card].Id);
            Assert.Equal("kata-putin", index.Cards[CardMatcher.Match(index, "what did putin tell pashinyan", keep: 1).Best!.Card].Id);
            Assert.Equal("kata-pashinyan", index.Cards[CardMatcher.Match(index, "apa yang dikatakan pashinyan kepada putin", keep: 1).Best!.Card].Id);
        }
    }

    [Fact]
    public void Match_QuestionACardLeavesOpen_RanksThatCardAboveOneThatOnlySharesItsWords()
    {
        var capital = TestCards.New("baku", "Baku", "Baku adalah ibu kota Azerbaijan, tidak jauh dari Karabakh.", "Apa ibu kota Azerbaijan?", "ibu kota azerbaijan apa?");
        var region = TestCards.New("karabakh", "Karabakh", "Karabakh adalah wilayah pegunungan yang disengketakan.", "Apa itu Karabakh?", "karabakh itu apa?")
            with { NotCovered = ["Apa ibu kota Karabakh?"] };
        var index = CardIndex.Build([capital, region], AliasTable.Empty);

        var best = CardMatcher.Match(index, "apa ibu kota karabakh", keep: 2).Best!;

        Assert.Equal("karabakh", index.Cards[best.Card].Id);
        Assert.True(best.NotCovered);
    }

    [Fact]
    public void Build_PhrasingWithANameBeforeItsSpeechVerb_AnswersWhatWasSaid()
    {
        var people = new EntityKinds(new Dictionary<string, IReadOnlyList<string>> { ["person"] = ["alizade"] });
        var quoted = TestCards.New("kutipan", "Kata Alizade", "Alizade menilai Rusia bisa membantu.", "alizade bilang rusia bisa bantu?");
        var reported = TestCards.New("laporan", "Baku", "Baku berarti pemerintah Azerbaijan.", "What does Baku mean when the reports say Baku did something?");

        var index = CardIndex.Build([quoted, reported], AliasTable.Empty, entities: people);

        Assert.NotEqual(0, index.IntentMasks[0] & (1 << (int)QuestionIntent.Statement));
        Assert.Equal(0, index.IntentMasks[1] & (1 << (int)QuestionIntent.Statement));
    }

    private static ScoredCard Scored(CardIndex index, string question, string cardId) =>
        CardMatcher.Match(index, question, keep: index.Cards.Count).Ranked.Single(c => c.Card == index.OrdinalOf(cardId));

    /// <summary>The confidence the shipped model would give the same evidence without one feature.</summary>
    private static double Without(ScoredCard scored, MatchFeature feature)
    {
        var features = (double[])scored.Features.Clone();
        features[(int)feature] = 0;
        return ScoringModel.Default.Probability(features);
    }
}
