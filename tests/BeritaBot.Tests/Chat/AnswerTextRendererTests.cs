using BeritaBot.Core.Answering;
using BeritaBot.Host.Chat;

namespace BeritaBot.Tests.Chat;

public sealed class AnswerTextRendererTests
{
    [Fact]
    public void Render_DeclineThatSaysWhatTheCoverageReports_CitesItsSources()
    {
        var answer = new Answer
        {
            Status = AnswerStatus.NotFound,
            Question = "di kota mana paradenya?",
            Language = AnswerLanguage.Indonesian,
            Text = "Liputan ini tidak menyebutkannya. Yang diberitakan:\n\nParade digelar pada bulan Desember.",
            Sources = [new SourceReference("harian", "Harian Kota", "Parade kemenangan", new DateOnly(2020, 12, 11), null)],
        };

        var text = AnswerTextRenderer.Render(answer);

        Assert.Contains("Parade digelar pada bulan Desember.", text, StringComparison.Ordinal);
        Assert.Contains("Sumber:", text, StringComparison.Ordinal);
        Assert.Contains("Harian Kota", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_PlainDecline_ShowsNoSourcesLine()
    {
        var answer = new Answer { Status = AnswerStatus.NotFound, Question = "q", Language = AnswerLanguage.Indonesian, Text = "Maaf." };

        Assert.DoesNotContain("Sumber", AnswerTextRenderer.Render(answer), StringComparison.Ordinal);
    }
}
