using BeritaBot.Core.Matching;

namespace BeritaBot.Core.Tests.Matching;

public class QuestionClausesTests
{
    [Theory]
    [InlineData("Sejak tahun berapa hubungan kedua negara memanas, dan apa pemicunya?", "sejak tahun berapa hubungan kedua negara memanas")]
    [InlineData("Siapakah Dmitry Trenin dan lembaga apa yang diwakilinya?", "siapa dmitry trenin")]
    [InlineData("who is the mediator and what did he sign", "who is the mediator")]
    [InlineData("kpn gencatan senjata diteken n knp", "kapan gencatan senjata diteken")]
    public void First_TwoQuestionsJoined_GivesTheFirst(string question, string first)
    {
        Assert.Equal(first, string.Join(' ', QuestionClauses.First(TextNormalizer.Tokenize(question))!));
    }

    [Theory]
    [InlineData("Kapan dan di mana kelompok kerja bertemu?")]
    [InlineData("Apa yang dikatakan Aliyev kepada Putin dan Pashinyan?")]
    [InlineData("Putin dan Pashinyan bertemu di mana")]
    [InlineData("siapa yang menengahi gencatan senjata")]
    public void First_OneQuestion_IsNull(string question)
    {
        Assert.Null(QuestionClauses.First(TextNormalizer.Tokenize(question)));
    }

    [Theory]
    [InlineData("Harga 2.802 dolar? Itu kompas.com.", new[] { "Harga 2.802 dolar", "Itu kompas.com." })]
    [InlineData("emang armenia gabung icc? trus rusia gmn?", new[] { "emang armenia gabung icc", "trus rusia gmn" })]
    [InlineData("kapan gencatan senjata ditandatangani?", new string[0])]
    [InlineData("??? kapan ???", new string[0])]
    public void Sentences_Question_SplitsOnlyBetweenSentences(string question, string[] expected)
    {
        Assert.Equal(expected, QuestionClauses.Sentences(question));
    }
}
