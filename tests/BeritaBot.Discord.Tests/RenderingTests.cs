using BeritaBot.Core.Answering;
using BeritaBot.Core.Matching;
using BeritaBot.Core.Presentation;
using BeritaBot.Discord.Payloads;
using BeritaBot.Discord.Rendering;
using Microsoft.Extensions.Options;

namespace BeritaBot.Discord.Tests;

public sealed class RenderingTests
{
    private static readonly AnswerPresenter Presenter = new(Options.Create(new MatchOptions()));

    [Theory]
    [InlineData("pendek", 10, "pendek")]
    [InlineData("tepat sepuluh", 13, "tepat sepuluh")]
    [InlineData("abcdefghij", 5, "abcd…")]
    [InlineData("satu dua tiga empat lima", 12, "satu dua ti…")]
    [InlineData("satu dua tiga empat lima", 16, "satu dua tiga…")]
    [InlineData("", 5, "")]
    [InlineData("abc", 1, "…")]
    public void Truncate_Table_CutsWithEllipsisWithinLimit(string text, int max, string expected)
    {
        var actual = Text.Truncate(text, max);

        Assert.Equal(expected, actual);
        Assert.True(actual.Length <= max);
    }

    [Fact]
    public void Truncate_SurrogatePairAtCut_KeepsPairWhole()
    {
        var text = "abcd" + "😀" + "efgh";

        var actual = Text.Truncate(text, 6);

        Assert.Equal("abcd…", actual);
        Assert.DoesNotContain(actual, char.IsSurrogate);
    }

    [Theory]
    [InlineData(nameof(Embed.Title), 300, DiscordLimits.EmbedTitle)]
    [InlineData(nameof(Embed.Description), 5000, DiscordLimits.EmbedDescription)]
    [InlineData("FieldName", 300, DiscordLimits.FieldName)]
    [InlineData("FieldValue", 2000, DiscordLimits.FieldValue)]
    [InlineData(nameof(Embed.Footer), 2100, DiscordLimits.FooterText)]
    public void Fit_PartOverLimit_IsCutToLimitWithEllipsis(string part, int length, int limit)
    {
        var text = new string('a', length);
        var embed = part switch
        {
            nameof(Embed.Title) => new Embed { Title = text },
            nameof(Embed.Description) => new Embed { Description = text },
            "FieldName" => new Embed { Fields = [new EmbedField(text, "v")] },
            "FieldValue" => new Embed { Fields = [new EmbedField("n", text)] },
            _ => new Embed { Footer = new EmbedFooter(text) },
        };

        var fitted = EmbedFitter.Fit(embed);
        var actual = part switch
        {
            nameof(Embed.Title) => fitted.Title!,
            nameof(Embed.Description) => fitted.Description!,
            "FieldName" => fitted.Fields![0].Name,
            "FieldValue" => fitted.Fields![0].Value,
            _ => fitted.Footer!.Text,
        };

        Assert.Equal(limit, actual.Length);
        Assert.EndsWith(Text.Ellipsis, actual, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(4000, 3, 1000)]
    [InlineData(4096, 25, 1024)]
    [InlineData(100, 25, 1024)]
    public void Fit_TotalOver6000_DropsTrailingFieldsThenCutsDescription(int descriptionLength, int fieldCount, int fieldLength)
    {
        var embed = new Embed
        {
            Title = "Judul",
            Description = new string('d', descriptionLength),
            Fields = Enumerable.Range(0, fieldCount).Select(i => new EmbedField("f" + i, new string('v', fieldLength))).ToList(),
            Footer = new EmbedFooter("Keyakinan: tinggi (90%)"),
        };

        var fitted = EmbedFitter.Fit(embed);

        Assert.True(EmbedFitter.Length(fitted) <= DiscordLimits.EmbedTotal, $"total {EmbedFitter.Length(fitted)}");
        Assert.Equal(Math.Min(descriptionLength, DiscordLimits.EmbedDescription), fitted.Description!.Length);
    }

    [Fact]
    public void Fit_MoreThan25Fields_KeepsFirst25()
    {
        var embed = new Embed { Fields = Enumerable.Range(0, 30).Select(i => new EmbedField("f" + i, "v")).ToList() };

        Assert.Equal(25, EmbedFitter.Fit(embed).Fields!.Count);
    }

    [Fact]
    public void SourcesField_ManyLongSources_FitsFieldLimitAndSaysHowManyMore()
    {
        var sources = Enumerable.Range(0, 30)
            .Select(i => SourceLine.From(new SourceReference("s" + i, "Outlet " + i, new string('t', 80), new DateOnly(2021, 3, 4), "https://example.org/" + i), AnswerLanguage.Indonesian))
            .ToList();

        var value = AnswerRenderer.SourcesField(sources);

        Assert.True(value.Length <= DiscordLimits.FieldValue);
        Assert.Matches(@"…dan \d+ sumber lain$", value);
        Assert.Contains("4 Maret 2021", value, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "a", "b", "c" }, 100, "a\nb\nc")]
    [InlineData(new[] { "aaaa", "bbbb", "cccc", "dddd" }, 20, "aaaa\nbbbb\n+2")]
    [InlineData(new[] { "aaaa", "bbbb", "cccc", "dddd" }, 16, "aaaa\n+3")]
    public void JoinLines_Table_KeepsWholeLinesAndCountsTheRest(string[] lines, int max, string expected)
    {
        var joined = Text.JoinLines(lines, max, n => "+" + n + new string(' ', 8));

        Assert.Equal(expected, joined.TrimEnd());
        Assert.True(joined.Length <= max);
    }

    [Fact]
    public void Render_AnswerWithManyFollowUps_ShowsAtMostThreeDistinctButtonsAndVoteRow()
    {
        var refs = Enumerable.Range(0, 6).Select(i => new CardReference("c" + (i % 4), "T" + i, "Q" + i)).ToList();
        var answer = new Answer
        {
            Kind = AnswerKind.Card,
            Question = "q",
            Language = AnswerLanguage.Indonesian,
            CardId = "c0",
            Title = "Judul",
            Text = "Isi",
            Related = refs,
        };

        var data = AnswerRenderer.Render(Presenter.Present(answer), "tok");

        var followUps = data.Components![0].Components!;
        Assert.Equal(3, followUps.Count);
        Assert.Equal(["card:c1", "card:c2", "card:c3"], followUps.Select(b => b.CustomId));
        Assert.Equal(["fb:tok:1", "fb:tok:0"], data.Components[1].Components!.Select(b => b.CustomId));
        Assert.All(data.Components.SelectMany(r => r.Components!), b => Assert.InRange(b.CustomId!.Length, 1, 100));
        Assert.Empty(data.AllowedMentions!.Parse);
    }

    [Fact]
    public void Render_CardIdTooLongForCustomId_LeavesButtonOut()
    {
        var answer = new Answer
        {
            Kind = AnswerKind.Declined,
            Question = "q",
            Language = AnswerLanguage.Indonesian,
            Text = "Belum punya jawaban.",
            Suggestions = [new CardReference(new string('x', 120), "Panjang", "Q"), new CardReference("ok", "Pendek", "Q2")],
        };

        var data = AnswerRenderer.Render(Presenter.Present(answer), null);

        Assert.Equal(["card:ok"], data.Components![0].Components!.Select(b => b.CustomId));
        Assert.Equal(MessageFlags.Ephemeral, data.Flags);
    }

    [Fact]
    public void Render_DeclineWithSources_CitesThemInTheEphemeralReply()
    {
        var answer = new Answer
        {
            Kind = AnswerKind.NotCovered,
            Question = "q",
            Language = AnswerLanguage.Indonesian,
            Text = "Liputan ini tidak menyebutkannya. Yang diberitakan:\n\nParade digelar pada bulan Desember.",
            Body = "Liputan ini tidak menyebutkannya. Yang diberitakan:",
            Coverage = "Parade digelar pada bulan Desember.",
            Sources = [new SourceReference("harian", "Harian Kota", "Parade kemenangan", null, null)],
        };

        var data = AnswerRenderer.Render(Presenter.Present(answer), null);

        Assert.Equal(MessageFlags.Ephemeral, data.Flags);
        Assert.Contains("Sumber", data.Content, StringComparison.Ordinal);
        Assert.Contains("Harian Kota", data.Content, StringComparison.Ordinal);
    }

    [Fact]
    public void Timeline_MonthPrecisionEntry_ShowsOnlyTheMonth()
    {
        var entries = new[]
        {
            new TimelineEntry(new DateOnly(2023, 9, 1), new CardReference("serangan", "Serangan kilat", "Q")) { Precision = BeritaBot.Core.Knowledge.DatePrecision.Month },
        };

        var data = ListRenderer.Timeline(TimelineView.From(entries, null));

        var description = data.Embeds![0].Description!;
        Assert.Contains("September 2023", description, StringComparison.Ordinal);
        Assert.DoesNotContain("1 September 2023", description, StringComparison.Ordinal);
    }

    [Fact]
    public void Timeline_ManyEntries_FitsDescriptionAndAtMostFiveSelects()
    {
        var entries = Enumerable.Range(0, 200)
            .Select(i => new TimelineEntry(new DateOnly(2020, 1, 1).AddDays(i), new CardReference("c" + i, "Peristiwa " + new string('p', 40), "Q")))
            .ToList();

        var data = ListRenderer.Timeline(TimelineView.From(entries, null));

        Assert.True(data.Embeds![0].Description!.Length <= DiscordLimits.EmbedDescription);
        Assert.EndsWith("peristiwa lain", data.Embeds[0].Description, StringComparison.Ordinal);
        Assert.Equal(5, data.Components!.Count);
        Assert.All(data.Components, row => Assert.Equal(25, row.Components![0].Options!.Count));
        Assert.Equal(5, data.Components.Select(r => r.Components![0].CustomId).Distinct().Count());
    }
}
