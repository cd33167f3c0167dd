using BeritaBot.Core.Knowledge;
using BeritaBot.Core.Matching;
using BeritaBot.Core.Tests.Support;

namespace BeritaBot.Core.Tests.Matching;

public class IndonesianStemmerTests
{
    [Theory]
    // particles
    [InlineData("siapakah", "siapa")]
    [InlineData("bacalah", "baca")]
    [InlineData("apapun", "apa")]
    // possessives
    [InlineData("bukuku", "buku")]
    [InlineData("rumahmu", "rumah")]
    [InlineData("bukunya", "buku")]
    [InlineData("rumahnya", "rumah")]
    // first-order prefixes
    [InlineData("mengambil", "ambil")]
    [InlineData("menyerang", "serang")]
    [InlineData("menulis", "tulis")]
    [InlineData("mendapat", "dapat")]
    [InlineData("membaca", "baca")]
    [InlineData("memukul", "pukul")]
    [InlineData("melihat", "lihat")]
    [InlineData("merusak", "rusak")]
    [InlineData("pengamat", "amat")]
    [InlineData("penyerang", "serang")]
    [InlineData("penulis", "tulis")]
    [InlineData("pendukung", "dukung")]
    [InlineData("pembaca", "baca")]
    [InlineData("diserang", "serang")]
    [InlineData("dibawa", "bawa")]
    [InlineData("terbesar", "besar")]
    [InlineData("kekuatan", "kuat")]
    // second-order prefixes
    [InlineData("bermain", "main")]
    [InlineData("berjuang", "juang")]
    [InlineData("perjuangan", "juang")]
    [InlineData("petani", "tani")]
    // suffixes
    [InlineData("lakukan", "laku")]
    [InlineData("makanan", "makan")]
    [InlineData("serangan", "serang")]
    [InlineData("datangi", "datang")]
    [InlineData("menandatangani", "tandatangan")]
    public void Stem_AffixedWord_GivesRoot(string word, string expected)
    {
        Assert.Equal(expected, IndonesianStemmer.Stem(word));
    }

    [Theory]
    [InlineData("perang")]
    [InlineData("rusia")]
    [InlineData("kota")]
    [InlineData("baku")]
    [InlineData("lagi")]
    [InlineData("mana")]
    [InlineData("apa")]
    [InlineData("2020")]
    [InlineData("g20")]
    public void Stem_ShortOrNonAlphabeticWord_IsUntouched(string word)
    {
        Assert.Equal(word, IndonesianStemmer.Stem(word));
    }

    [Theory]
    [InlineData("menyerang", "serangan", "diserang")]
    [InlineData("ditandatangani", "menandatangani", "penandatanganan")]
    [InlineData("menulis", "penulis", "tulis")]
    [InlineData("membaca", "pembaca", "baca")]
    public void Stem_DerivedForms_MeetOnOneStem(string first, string second, string third)
    {
        var stem = IndonesianStemmer.Stem(first);

        Assert.Equal(stem, IndonesianStemmer.Stem(second));
        Assert.Equal(stem, IndonesianStemmer.Stem(third));
    }

    [Fact]
    public void Stem_MemPlusVowelWithKnownRoot_PrefersTheKnownWord()
    {
        Func<string, bool> known = w => w is "mulai";

        var withDictionary = IndonesianStemmer.Stem("memulai", known);
        var withoutDictionary = IndonesianStemmer.Stem("memulai");

        // The dictionary reading keeps the root's m (mulai, not pulai), so the verb meets its root word.
        Assert.Equal(IndonesianStemmer.Stem("mulai", known), withDictionary);
        Assert.StartsWith("mula", withDictionary, StringComparison.Ordinal);
        Assert.StartsWith("pula", withoutDictionary, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("menteri", "menteri")]
    [InlineData("peserta", "peserta")]
    [InlineData("ketuanya", "ketua")]
    [InlineData("pemerintahan", "pemerintah")]
    [InlineData("kementerian", "kementerian")]
    public void Stem_RootThatLooksAffixed_StaysWhole(string word, string expected)
    {
        Assert.Equal(expected, IndonesianStemmer.Stem(word));
    }

    [Theory]
    [InlineData("diresmiin", "resmi")]
    [InlineData("dikumpulin", "kumpul")]
    [InlineData("dijamin", "jamin")]
    public void Stem_ChatPassiveWithIn_GivesTheKnownRoot(string word, string expected)
    {
        // "jam" is known too: "dijamin" is formal, the passive of "jamin", and its root is not cut to "jam".
        Func<string, bool> known = w => w is "resmi" or "kumpul" or "jamin" or "jam";

        Assert.Equal(expected, IndonesianStemmer.Stem(word, known));
    }

    [Fact]
    public void Stem_MengPlusVowelWithKnownKRoot_RestoresTheK()
    {
        Func<string, bool> known = w => w is "kata";

        Assert.Equal("kata", IndonesianStemmer.Stem("mengatakan", known));
        Assert.Equal("ata", IndonesianStemmer.Stem("mengatakan"));
    }

    [Fact]
    public void Stem_MengPlusVowelWithKnownVowelRoot_KeepsTheVowel()
    {
        Func<string, bool> known = w => w is "akhir" or "kata";

        Assert.Equal(IndonesianStemmer.Stem("akhiri", known), IndonesianStemmer.Stem("mengakhiri", known));
    }

    [Theory]
    [InlineData("deket", "dekat")]
    [InlineData("bener", "benar")]
    [InlineData("temen", "teman")]
    [InlineData("ngedeketin", "dekat")]
    public void ColloquialReadings_FinalAWrittenAsE_OffersTheFormalVowel(string chat, string formal)
    {
        Assert.Contains(formal, IndonesianStemmer.ColloquialReadings(chat));
    }

    [Theory]
    [InlineData("nduduki", "duduki")]
    [InlineData("mbantu", "bantu")]
    [InlineData("ngadang", "hadang")]
    [InlineData("mimpin", "pimpin")]
    [InlineData("milih", "pilih")]
    public void ColloquialReadings_NasalWithoutItsMe_OffersTheRoot(string chat, string formal)
    {
        Assert.Contains(formal, IndonesianStemmer.ColloquialReadings(chat));
    }

    [Theory]
    [InlineData("perang")]
    [InlineData("kereta")]
    public void ColloquialReadings_OpenOrFormalWord_OffersNoVowelChange(string word)
    {
        Assert.DoesNotContain(IndonesianStemmer.ColloquialReadings(word), r => r.Replace('a', 'e') == word);
    }

    [Fact]
    public void Stem_KanEndingWhoseKIsTheRoots_KeepsTheK()
    {
        Func<string, bool> known = w => w is "bentuk" or "membentuk";

        Assert.Equal("bentuk", IndonesianStemmer.Stem("pembentukan", known));
        Assert.Equal("bentu", IndonesianStemmer.Stem("pembentukan"));
    }

    [Fact]
    public void Stem_NasalPeUnderKe_AssimilatesLikeAFirstPrefix()
    {
        Func<string, bool> known = w => w is "pimpin" or "memimpin";

        Assert.Equal(IndonesianStemmer.Stem("memimpin", known), IndonesianStemmer.Stem("kepemimpinan", known));
    }

    [Fact]
    public void Stem_MenPlusVowelWithKnownNRoot_PrefersTheN()
    {
        Func<string, bool> known = w => w is "nilai";

        Assert.Equal(IndonesianStemmer.Stem("nilai", known), IndonesianStemmer.Stem("menilai", known));
    }

    [Theory]
    [InlineData("tembus", "menembus")]
    [InlineData("pilih", "memilih")]
    [InlineData("sampaikan", "menyampaikan")]
    [InlineData("kirim", "mengirim")]
    [InlineData("ambil", "mengambil")]
    [InlineData("baca", "membaca")]
    [InlineData("dorong", "mendorong")]
    [InlineData("rusak", "merusak")]
    public void MeNForm_Root_GivesItsActiveVerb(string root, string active) =>
        Assert.Equal(active, IndonesianStemmer.MeNForm(root));

    [Fact]
    public void Analyze_PassiveOfAnActiveVerbTheKnowledgeKeepsWhole_ReadsAsThatVerb()
    {
        // The knowledge has "menembus" and no other form, so it cannot tell t+embus from n+embus and keeps it whole.
        var index = CardIndex.Build(
        [
            TestCards.New("rupiah", "Rupiah melemah", "Rupiah menembus level terendah dalam delapan tahun.", "Level berapa yang dicapai rupiah?"),
        ], AliasTable.Empty);

        var passive = index.Analyzer.Analyze(TextNormalizer.Tokenize("rupiah ditembus"), correctTypos: true).Terms;
        var active = index.Analyzer.Analyze(TextNormalizer.Tokenize("rupiah menembus"), correctTypos: true).Terms;

        Assert.Equal(active, passive);
    }
}
