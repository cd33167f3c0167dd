using System.Text;
using System.Text.RegularExpressions;

using BeritaBot.Core.Evaluation;

namespace BeritaBot.Core.Tests.Eval;

/// <summary>Guards the committed held-out set: its size, its spread and that every line is labelled.</summary>
public partial class EvalSetFileTests
{
    private static readonly IReadOnlyList<EvalCase> Questions = EvalFiles.LoadCommitted();

    [Fact]
    public void LoadCommitted_WholeSet_HasAtLeast280Questions()
    {
        Assert.True(Questions.Count >= 280, $"only {Questions.Count} questions");
    }

    [Theory]
    [InlineData("formal", 70)]
    [InlineData("chat", 60)]
    [InlineData("typo", 35)]
    [InlineData("english", 40)]
    [InlineData("none", 60)]
    public void LoadCommitted_Category_MeetsMinimum(string category, int minimum)
    {
        var count = Questions.Count(q => q.Category == category);

        Assert.True(count >= minimum, $"{category}: {count} < {minimum}");
    }

    [Fact]
    public void LoadCommitted_Questions_AreAllDistinct()
    {
        var duplicates = Questions
            .GroupBy(q => Key(q.Question))
            .Where(g => g.Count() > 1)
            .Select(g => string.Join(", ", g.Select(q => q.Line)))
            .ToList();

        Assert.Empty(duplicates);
    }

    [Fact]
    public void LoadCommitted_NoneCategory_IsExactlyTheOutOfScopeLines()
    {
        var mismatched = Questions
            .Where(q => (q.Category == "none") != q.IsOutOfScope)
            .Select(q => q.Line)
            .ToList();

        Assert.Empty(mismatched);
    }

    [Fact]
    public void LoadCommitted_Expected_IsCardIdNoneOrGap()
    {
        // Provisional fact tags ("?ceasefire-date") were replaced by card ids when the cards were mapped; only
        // "none" and explicit "?gap:" markers may remain.
        var unmapped = Questions
            .Where(q => !q.IsOutOfScope && !q.IsGap && !q.AcceptedCards.All(CardId().IsMatch))
            .Select(q => q.Line + ": " + q.Expected)
            .ToList();

        Assert.Empty(unmapped);
    }

    [Fact]
    public void LoadCommitted_Category_IsOneOfTheFive()
    {
        var unknown = Questions.Where(q => !EvalFiles.Categories.Contains(q.Category)).Select(q => q.Line + ": " + q.Category).ToList();

        Assert.Empty(unknown);
    }

    [GeneratedRegex("^(source:)?[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex CardId();

    // A question is a duplicate if it differs only in case, punctuation or spacing.
    private static string Key(string question)
    {
        var builder = new StringBuilder(question.Length);
        foreach (var c in question.ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != ' ')
            {
                builder.Append(' ');
            }
        }

        return builder.ToString().TrimEnd();
    }
}
