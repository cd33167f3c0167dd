using BeritaBot.Core.Knowledge;
using BeritaBot.Core.Matching;

namespace BeritaBot.Core.Tests.Matching;

public class ArticleQuestionReaderTests
{
    private static readonly Source[] Sources =
    [
        new("harian-a", "Harian Kota.com", "Banjir di pesisir", new DateOnly(2021, 3, 4), "Rina", "Reuters", null),
        new("antara-b", "ANTARA", "Pemilu daerah", null, "Budi", null, null),
    ];

    private static readonly SourceNames Names = SourceNames.Build(Sources, AliasTable.Empty);

    [Theory]
    [InlineData("siapa penulis berita harian kota tentang banjir?", ArticleFields.Author)]
    [InlineData("berita banjir itu yg nulis sp?", ArticleFields.Author)]
    [InlineData("who wrote the article about the flood?", ArticleFields.Author)]
    [InlineData("Siapa editor artikel tentang pemilu?", ArticleFields.Editor)]
    [InlineData("kapan berita banjir itu terbit?", ArticleFields.Published)]
    [InlineData("tanggal berapa artikel pemilu dimuat?", ArticleFields.Published)]
    [InlineData("berita banjir sumbernya dr mana?", ArticleFields.Agency)]
    [InlineData("berita banjir dari kantor berita apa?", ArticleFields.Agency)]
    [InlineData("what was the source of the article on the flood?", ArticleFields.Agency)]
    [InlineData("media apa yang memuat berita pemilu?", ArticleFields.Outlet)]
    [InlineData("Who reported the story on the flood, and who edited it?", ArticleFields.Author | ArticleFields.Editor)]
    [InlineData("Which outlet reported that the flood hit the coast?", ArticleFields.Outlet)]
    [InlineData("Media apa yang memberitakan bahwa banjir melanda pesisir?", ArticleFields.Outlet)]
    [InlineData("Which news site reported the flood?", ArticleFields.Outlet)]
    [InlineData("situs berita apa yang memuat laporan banjir?", ArticleFields.Outlet)]
    [InlineData("Who is the contributor credited on the flood article?", ArticleFields.Author)]
    public void Read_BylineQuestion_FindsWhatIsAsked(string question, ArticleFields expected)
    {
        var read = ArticleQuestionReader.Read(TextNormalizer.Tokenize(question), Names);

        Assert.Equal(expected, read.Fields);
    }

    [Theory]
    [InlineData("berita banjir sumbrnya dr mana?", ArticleFields.Agency)]
    [InlineData("siapa penuls artikel pemilu?", ArticleFields.Author)]
    [InlineData("siapa editor artkel tentang pemilu?", ArticleFields.Editor)]
    [InlineData("kapan berita banjir itu diterbitkn?", ArticleFields.Published)]
    [InlineData("siapa yg nuls artikel soal banjir", ArticleFields.Author)]
    public void Read_BylineWordWithOneSlip_IsStillRead(string question, ArticleFields expected)
    {
        var read = ArticleQuestionReader.Read(TextNormalizer.Tokenize(question), Names);

        Assert.Equal(expected, read.Fields);
    }

    [Theory]
    [InlineData("Apa yang ditulis Trenin di Twitter tentang banjir?")]
    [InlineData("siapa penulis cerita banjir?")]
    [InlineData("Apa sumber ketegangan menurut berita ini?")]
    [InlineData("Menurut berita yang terbit tahun 2021, berapa korban banjir?")]
    [InlineData("siapa penulisnya?")]
    [InlineData("kapan banjir di pesisir terjadi?")]
    [InlineData("Menurut berita yang bersumber dari Reuters, berapa rumah yang terendam banjir?")]
    [InlineData("According to the news agency report, how many houses were flooded?")]
    [InlineData("Siapa pejabat yang diminta menerbitkan regulasi soal banjir?")]
    [InlineData("who released the flood figures?")]
    [InlineData("Apa nama situs judi online yang ditutup polisi?")]
    [InlineData("media sosial apa yang dipakai warga saat banjir?")]
    [InlineData("Which gambling site did the police shut down?")]
    public void Read_QuestionAboutTheEvents_IsNotAboutAnArticle(string question)
    {
        var read = ArticleQuestionReader.Read(TextNormalizer.Tokenize(question), Names);

        Assert.False(read.IsAboutArticle, read.Fields.ToString());
    }

    [Fact]
    public void Read_OutletNextToArticleWord_NamesItsSourceAndLeavesTheTopic()
    {
        var read = ArticleQuestionReader.Read(TextNormalizer.Tokenize("siapa penulis berita antara soal pemilu daerah?"), Names);

        Assert.Equal(["antara-b"], read.NamedSourceIds);
        Assert.Equal(["soal", "pemilu", "daerah"], read.TopicTokens);
    }

    [Fact]
    public void Read_OutletNameUsedAsAnOrdinaryWordFarFromAnyArticleWord_NamesNoSource()
    {
        // "antara" is also "between"; here it is not the outlet.
        var read = ArticleQuestionReader.Read(
            TextNormalizer.Tokenize("siapa penulis berita tentang banjir besar di pesisir utara antara dua kota?"), Names);

        Assert.True(read.IsAboutArticle);
        Assert.Empty(read.NamedSourceIds);
    }

    [Fact]
    public void Read_BylineQuestionAfterAnAttribution_StillReadsItsOutlet()
    {
        var read = ArticleQuestionReader.Read(TextNormalizer.Tokenize("menurut antara, siapa penulisnya?"), Names);

        Assert.Equal(ArticleFields.Author, read.Fields);
        Assert.Equal(["antara-b"], read.NamedSourceIds);
    }

    [Fact]
    public void Read_OutletByAnotherNameFromAliases_NamesItsSource()
    {
        var aliases = new AliasTable([["reuters", "thomson reuters"]]);

        var read = ArticleQuestionReader.Read(TextNormalizer.Tokenize("who wrote the thomson reuters story?"), SourceNames.Build(Sources, aliases));

        Assert.Equal(["harian-a"], read.NamedSourceIds);
    }

    [Fact]
    public void Read_WireAgencyNextToArticleWord_NamesTheSourceItFed()
    {
        var read = ArticleQuestionReader.Read(TextNormalizer.Tokenize("who wrote the reuters story?"), Names);

        Assert.Equal(["harian-a"], read.NamedSourceIds);
    }

    [Fact]
    public void Read_OutletNameWithoutItsEnding_NamesItsSource()
    {
        var sources = new Source[] { new("tribun-a", "Tribunnews.com", "Banjir di pesisir", null, "Rina", null, null) };

        var read = ArticleQuestionReader.Read(TextNormalizer.Tokenize("berita tribun yg nulis siapa"), SourceNames.Build(sources, AliasTable.Empty));

        Assert.Equal(["tribun-a"], read.NamedSourceIds);
    }
}
