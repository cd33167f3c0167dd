using BeritaBot.Core.Answering;
using BeritaBot.Core.Matching;
using BeritaBot.Core.Presentation;
using BeritaBot.Host.Chat;
using Microsoft.Extensions.Options;

namespace BeritaBot.Tests.Chat;

public sealed class AnswerTextRendererTests
{
    private static readonly AnswerPresenter Presenter = new(Options.Create(new MatchOptions()));

    private static readonly Answer Answered = new()
    {
        Kind = AnswerKind.Card,
        Question = "kapan paradenya?",
        Language = AnswerLanguage.English,
        CardId = "parade",
        Title = "Parade kemenangan",
        Text = "The parade was held in December.",
        Band = ConfidenceBand.High,
        Confidence = 0.82,
        Sources = [new SourceReference("harian", "Harian Kota", "Parade kemenangan", new DateOnly(2020, 12, 11), null)],
        Suggestions = [new CardReference("perang", "Perang 2020", "When did the war start?")],
    };

    [Fact]
    public void Render_DeclineThatSaysWhatTheCoverageReports_CitesItsSources()
    {
        var answer = new Answer
        {
            Kind = AnswerKind.NotCovered,
            Question = "di kota mana paradenya?",
            Language = AnswerLanguage.Indonesian,
            Text = "Liputan ini tidak menyebutkannya. Yang diberitakan:\n\nParade digelar pada bulan Desember.",
            Body = "Liputan ini tidak menyebutkannya. Yang diberitakan:",
            Coverage = "Parade digelar pada bulan Desember.",
            Sources = [new SourceReference("harian", "Harian Kota", "Parade kemenangan", new DateOnly(2020, 12, 11), null)],
        };

        var text = AnswerTextRenderer.Render(Presenter.Present(answer), interactive: true);

        Assert.Contains("Parade digelar pada bulan Desember.", text, StringComparison.Ordinal);
        Assert.Contains("Sumber:", text, StringComparison.Ordinal);
        Assert.Contains("Harian Kota: \"Parade kemenangan\", 11 Desember 2020", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Keyakinan", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_PlainDecline_ShowsNoSourcesLine()
    {
        var answer = new Answer { Kind = AnswerKind.Declined, Question = "q", Language = AnswerLanguage.Indonesian, Text = "Maaf." };

        Assert.DoesNotContain("Sumber", AnswerTextRenderer.Render(Presenter.Present(answer), interactive: true), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_EnglishAnswer_DatesSourcesAndLabelsInEnglish()
    {
        var text = AnswerTextRenderer.Render(Presenter.Present(Answered), interactive: true);

        Assert.Contains("Sources:\n  - Harian Kota: \"Parade kemenangan\", 11 December 2020", text.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("Confidence: high (82%)", text, StringComparison.Ordinal);
        Assert.Contains("See also (type the number):\n  [1] When did the war start?", text.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_NotInteractive_ListsFollowUpsWithoutAskingForANumber()
    {
        var text = AnswerTextRenderer.Render(Presenter.Present(Answered with { Language = AnswerLanguage.Indonesian }), interactive: false);

        Assert.DoesNotContain("ketik nomornya", text, StringComparison.Ordinal);
        Assert.DoesNotContain("[1]", text, StringComparison.Ordinal);
        Assert.Contains("Lihat juga:\n  - When did the war start?", text.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }
}
