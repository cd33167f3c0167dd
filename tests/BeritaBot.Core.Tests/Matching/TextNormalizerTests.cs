using System.Globalization;
using BeritaBot.Core.Matching;

namespace BeritaBot.Core.Tests.Matching;

public class TextNormalizerTests
{
    [Theory]
    [InlineData("KARABAKH IRAN", "karabakh iran")]
    [InlineData("Erdoğan", "erdogan")]
    [InlineData("Şuşa", "susa")]
    [InlineData("Əliyev", "aliyev")]
    [InlineData("ƏLİYEV", "aliyev")]
    [InlineData("Türkiye", "turkiye")]
    [InlineData("Pashi\u200Bnyan", "pashinyan")]
    [InlineData("Pa\u00ADshinyan", "pashinyan")]
    [InlineData("Pash\u200Dinyan\uFEFF", "pashinyan")]
    [InlineData("Pu\u0007tin", "putin")]
    [InlineData("2.802", "2802")]
    [InlineData("4,000", "4000")]
    [InlineData("1.000.000", "1000000")]
    public void Fold_Text_IsCasefoldedAndStripped(string text, string expected)
    {
        Assert.Equal(expected, TextNormalizer.Fold(text));
    }

    [Fact]
    public void Fold_UnderTurkishCulture_UsesInvariantCasing()
    {
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("tr-TR");
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("tr-TR");

            Assert.Equal("karabakh iran", TextNormalizer.Fold("KARABAKH IRAN"));
            Assert.Equal(["karabakh", "iran"], TextNormalizer.Tokenize("KARABAKH IRAN"));
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
            CultureInfo.CurrentUICulture = before;
        }
    }

    [Theory]
    [InlineData("Siapa Putin?!", new[] { "siapa", "putin" })]
    [InlineData("Armenia-Azerbaijan (2020)...", new[] { "armenia", "azerbaijan", "2020" })]
    [InlineData("«Shusha» — \"kota\"; ikonik", new[] { "shusha", "kota", "ikonik" })]
    [InlineData("korban 2.802 tentara", new[] { "korban", "2802", "tentara" })]
    [InlineData("korban 2802 tentara", new[] { "korban", "2802", "tentara" })]
    [InlineData("dana $120 juta", new[] { "dana", "120", "juta" })]
    [InlineData("4,000 tentara", new[] { "4000", "tentara" })]
    [InlineData("3.5 persen", new[] { "3", "5", "persen" })]
    [InlineData("10.11.2020", new[] { "10", "11", "2020" })]
    [InlineData("Pashi\u200Bnyan datang", new[] { "pashinyan", "datang" })]
    [InlineData("kapan\tperang\r\nmulai", new[] { "kapan", "perang", "mulai" })]
    [InlineData("negara2 Kaukasus", new[] { "negara", "kaukasus" })]
    [InlineData("kerugian Rp300 triliun", new[] { "kerugian", "rp", "300", "triliun" })]
    [InlineData("kerugian 300 T", new[] { "kerugian", "300", "triliun" })]
    [InlineData("tembus 16rb", new[] { "tembus", "16000" })]
    [InlineData("dana 5juta", new[] { "dana", "5", "juta" })]
    [InlineData("4,5M", new[] { "4", "5", "miliar" })]
    [InlineData("tipe T dan m", new[] { "tipe", "t", "dan", "m" })]
    [InlineData("U23 dan Covid-19", new[] { "u", "23", "dan", "covid", "19" })]
    [InlineData("🙂🙂", new string[0])]
    [InlineData("???", new string[0])]
    [InlineData("", new string[0])]
    public void Tokenize_Text_GivesFoldedWords(string text, string[] expected)
    {
        Assert.Equal(expected, TextNormalizer.Tokenize(text));
    }

    [Fact]
    public void Tokenize_DateWithDots_KeepsDayMonthAndYearApart()
    {
        // "10.11.2020" is a date, not 10,112,020: only a separator followed by exactly three digits groups thousands.
        var tokens = TextNormalizer.Tokenize("tanggal 10.11.2020");

        Assert.Equal(["tanggal", "10", "11", "2020"], tokens);
    }

    [Theory]
    [InlineData("yg", "yang")]
    [InlineData("kpn", "kapan")]
    [InlineData("brp", "berapa")]
    [InlineData("gmn", "bagaimana")]
    [InlineData("knp", "kenapa")]
    [InlineData("dmn", "dimana")]
    [InlineData("sp", "siapa")]
    [InlineData("gak", "tidak")]
    [InlineData("ga", "tidak")]
    [InlineData("nggak", "tidak")]
    [InlineData("udh", "sudah")]
    [InlineData("blm", "belum")]
    [InlineData("jd", "jadi")]
    [InlineData("dgn", "dengan")]
    [InlineData("sm", "sama")]
    [InlineData("utk", "untuk")]
    [InlineData("krn", "karena")]
    [InlineData("tgl", "tanggal")]
    [InlineData("thn", "tahun")]
    [InlineData("org", "orang")]
    [InlineData("KPN", "kapan")]
    [InlineData("kemaren", "kemarin")]
    [InlineData("sjk", "sejak")]
    [InlineData("pngen", "ingin")]
    [InlineData("hri", "hari")]
    [InlineData("nyerang", "menyerang")]
    [InlineData("pmrth", "pemerintah")]
    [InlineData("dtgnya", "datangnya")]
    [InlineData("sblmnya", "sebelumnya")]
    public void Tokenize_ChatAbbreviation_IsExpanded(string abbreviation, string expected)
    {
        Assert.Equal([expected], TextNormalizer.Tokenize(abbreviation));
    }

    [Fact]
    public void Tokenize_ChatQuestion_ExpandsEveryAbbreviationInPlace()
    {
        Assert.Equal(
            ["siapa", "yang", "jadi", "penengah", "gencatan", "senjata", "tahun", "2020"],
            TextNormalizer.Tokenize("sp yg jd penengah gencatan senjata thn 2020?"));
    }

    [Theory]
    [InlineData("siapayg mimpin rapat", new[] { "siapa", "yang", "mimpin", "rapat" })]
    [InlineData("knpsih armenia marah", new[] { "kenapa", "sih", "armenia", "marah" })]
    [InlineData("siapapun bisa", new[] { "siapapun", "bisa" })]
    [InlineData("berapapun", new[] { "berapapun" })]
    public void Tokenize_QuestionWordGluedToAChatWord_ReadsBoth(string text, string[] expected)
    {
        Assert.Equal(expected, TextNormalizer.Tokenize(text));
    }

    [Theory]
    [InlineData("why didn't they stop it", new[] { "why", "did", "not", "t", "they", "stop", "it" })]
    [InlineData("why didnt they stop it", new[] { "why", "did", "not", "they", "stop", "it" })]
    public void Tokenize_EnglishContraction_BecomesItsWords(string text, string[] expected)
    {
        Assert.Equal(expected, TextNormalizer.Tokenize(text));
    }

    [Fact]
    public void Tokenize_MultiWordAbbreviation_ExpandsToSeveralWords()
    {
        Assert.Equal(["perdana", "menteri", "armenia"], TextNormalizer.Tokenize("PM Armenia"));
    }

    [Theory]
    [InlineData("negara2", "negara")]
    [InlineData("kota2", "kota")]
    [InlineData("2022", "2022")]
    public void Tokenize_Reduplication_DropsTheTrailingTwoOnlyAfterALetter(string word, string expected)
    {
        Assert.Equal([expected], TextNormalizer.Tokenize(word));
    }

    [Theory]
    [InlineData("gara2 langka", new[] { "karena", "langka" })]
    [InlineData("yg gapunya backup", new[] { "yang", "tidak", "punya", "backup" })]
    [InlineData("gatau", new[] { "tidak", "tahu" })]
    public void Tokenize_ChatFormsRunTogether_ReadAsTheirWords(string text, string[] expected)
    {
        Assert.Equal(expected, TextNormalizer.Tokenize(text));
    }

    [Theory]
    [InlineData("garasi")]
    [InlineData("gagal")]
    [InlineData("gajah")]
    public void Tokenize_WordStartingLikeANegation_StaysWhole(string word)
    {
        Assert.Equal([word], TextNormalizer.Tokenize(word));
    }

    [Theory]
    [InlineData("5rb situs", new[] { "5000", "situs" })]
    [InlineData("5 ribu situs", new[] { "5000", "situs" })]
    [InlineData("5.000 situs", new[] { "5000", "situs" })]
    [InlineData("12 thousand rupiah", new[] { "12000", "rupiah" })]
    [InlineData("rp150rb", new[] { "rp", "150000" })]
    [InlineData("5 juta", new[] { "5", "juta" })]
    public void Tokenize_ThousandsWrittenAnyWay_ReadAsOneFigure(string text, string[] expected)
    {
        Assert.Equal(expected, TextNormalizer.Tokenize(text));
    }
}
