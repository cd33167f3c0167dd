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
        Assert.Equal(new EvalQuestion("formal", "ceasefire-date", "Kapan gencatan senjata ditandatangani?", 3), questions[0]);
        Assert.True(questions[1].IsOutOfScope);
        Assert.Equal(5, questions[1].LineNumber);
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

    [Fact]
    public void Parse_UnknownCategory_ThrowsFormatException()
    {
        string[] lines = [EvalSet.Header, "slang\tceasefire-date\tkpn"];

        var ex = Assert.Throws<FormatException>(() => EvalSet.Parse(lines));

        Assert.Contains("slang", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("none", true, false, false)]
    [InlineData("?gap:ceasefire-aim", false, true, false)]
    [InlineData("ceasefire-date", false, false, true)]
    public void EvalQuestion_Expected_ClassifiesKind(string expected, bool outOfScope, bool gap, bool hasCard)
    {
        var question = new EvalQuestion("formal", expected, "q", 2);

        Assert.Equal(outOfScope, question.IsOutOfScope);
        Assert.Equal(gap, question.IsGap);
        Assert.Equal(hasCard, question.HasCard);
    }
}
