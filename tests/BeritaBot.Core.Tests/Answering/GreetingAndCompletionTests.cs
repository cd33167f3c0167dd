using BeritaBot.Core.Answering;
using BeritaBot.Core.Tests.Support;

namespace BeritaBot.Core.Tests.Answering;

/// <summary>Greetings get a friendly reply (not a decline); completions show a card's phrasing in the typed language.</summary>
public class GreetingAndCompletionTests
{
    private const string CeasefireCard = "gencatan-senjata-10-november-2020";

    private readonly AnswerService _answers = Answers.OverRealKnowledge();

    [Theory]
    [InlineData("halo", AnswerLanguage.Indonesian)]
    [InlineData("hai", AnswerLanguage.Indonesian)]
    [InlineData("makasih", AnswerLanguage.Indonesian)]
    [InlineData("selamat pagi", AnswerLanguage.Indonesian)]
    [InlineData("Terima kasih banyak!", AnswerLanguage.Indonesian)]
    [InlineData("thanks", AnswerLanguage.English)]
    [InlineData("hello bot", AnswerLanguage.English)]
    public void Ask_Greeting_IsAGreetingInItsLanguageNotADecline(string text, AnswerLanguage language)
    {
        var answer = _answers.Ask(text);

        Assert.Equal(AnswerKind.Greeting, answer.Kind);
        Assert.Equal(language, answer.Language);
        Assert.NotEqual(AnswerStatus.NotFound, answer.Status);
        Assert.Contains(language == AnswerLanguage.English ? "Ask me" : "Tanyakan", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("halo, kapan gencatan senjata ditandatangani?")]
    [InlineData("hai, siapa yang menengahi gencatan senjata?")]
    public void Ask_GreetingFollowedByAQuestion_AnswersTheQuestion(string text)
    {
        Assert.Equal(AnswerKind.Card, _answers.Ask(text).Kind);
    }

    [Theory]
    [InlineData("terus kapan itu?")]
    [InlineData("3")]
    public void Ask_NothingToLookUp_IsInvalidNotADecline(string text)
    {
        Assert.Equal(AnswerStatus.Invalid, _answers.Ask(text).Status);
    }

    [Theory]
    [InlineData("gencatan senj")]
    [InlineData("kapan gencatan senjata")]
    [InlineData("gencatan senjata diteken")]
    public void Autocomplete_IndonesianTyping_OffersFormalIndonesianPhrasings(string typed)
    {
        var found = _answers.Autocomplete(typed, 10);

        Assert.NotEmpty(found);
        Assert.All(found, c =>
        {
            Assert.True(char.IsUpper(c.Question.First(char.IsLetter)), c.Question);
            Assert.DoesNotContain(" yg ", " " + c.Question + " ", StringComparison.Ordinal);
            Assert.DoesNotContain(" sih", c.Question, StringComparison.Ordinal);
            Assert.DoesNotMatch(@"^(When|Who|What|How|Why|Where|On what)\b", c.Question);
        });
        Assert.Contains(found, c => c.CardId == CeasefireCard);
    }

    [Fact]
    public void Autocomplete_EnglishTyping_OffersEnglishPhrasings()
    {
        var found = _answers.Autocomplete("when was the ceasefire sig", 5);

        var ceasefire = Assert.Single(found, c => c.CardId == CeasefireCard);
        Assert.Matches(@"^(When|Who|What|How|On what)\b", ceasefire.Question);
    }
}
