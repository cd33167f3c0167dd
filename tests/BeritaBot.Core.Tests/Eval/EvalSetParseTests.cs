using BeritaBot.Core.Evaluation;

namespace BeritaBot.Core.Tests.Eval;

public class EvalSetParseTests
{
    [Fact]
    public void Parse_ValidLinesWithComments_ReturnsQuestionsWithLineNumbers()
    {
        string[] lines =
        [
            EvalSet.Header,
            "# a comment",
            "formal\tceasefire-date\tKapan gencatan senjata ditandatangani?",
            "",
            "none\tnone\tresep rendang",
        ];

        var questions = EvalSet.Parse(lines);

        Assert.Equal(2, questions.Count);
        Assert.Equal(new EvalCase("formal", "ceasefire-date", "Kapan gencatan senjata ditandatangani?", 3), questions[0]);
        Assert.True(questions[1].IsOutOfScope);
        Assert.Equal(5, questions[1].Line);
    }

    [Fact]
    public void Parse_MissingHeader_ThrowsFormatException()
    {
        string[] lines = ["formal\tceasefire-date\tKapan?"];

        Assert.Throws<FormatException>(() => EvalSet.Parse(lines));
    }

    [Theory]
    [InlineData("formal\tceasefire-date")]
    [InlineData("formal\tceasefire-date\tKapan?\textra")]
    [InlineData("formal\t \tKapan?")]
    public void Parse_WrongFieldCount_ThrowsWithLineNumber(string badLine)
    {
        string[] lines = [EvalSet.Header, "# comment", badLine];

        var ex = Assert.Throws<FormatException>(() => EvalSet.Parse(lines));

        Assert.Contains("Line 3", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("none", true, false, false)]
    [InlineData("?gap:ceasefire-aim", false, true, false)]
    [InlineData("ceasefire-date", false, false, true)]
    public void EvalCase_Expected_ClassifiesKind(string expected, bool outOfScope, bool gap, bool hasCard)
    {
        var question = new EvalCase("formal", expected, "q", 2);

        Assert.Equal(outOfScope, question.IsOutOfScope);
        Assert.Equal(gap, question.IsGap);
        Assert.Equal(hasCard, question.HasCard);
    }

    [Theory]
    [InlineData("card-a", "card-a", true)]
    [InlineData("card-a|card-b", "card-b", true)]
    [InlineData("card-a | card-b", "card-a", true)]
    [InlineData("card-a|card-b", "card-c", false)]
    [InlineData("none", "card-a", false)]
    [InlineData("?gap:fact", "card-a", false)]
    public void Accepts_ExpectedWithAlternatives_AcceptsEachListedCard(string expected, string card, bool accepted)
    {
        Assert.Equal(accepted, new EvalCase("formal", expected, "q", 2).Accepts(card));
    }
}
