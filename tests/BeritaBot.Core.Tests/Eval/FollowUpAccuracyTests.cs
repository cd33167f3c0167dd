using System.Collections.Concurrent;
using BeritaBot.Core.Evaluation;
using BeritaBot.Core.Tests.Fakes;
using BeritaBot.Core.Tests.Support;

namespace BeritaBot.Core.Tests.Eval;

/// <summary>
/// The follow-up sets (written from the articles by someone who saw neither the cards nor the feature, labelled
/// afterwards), each chat one conversation. The first set was first measured at 76.8% of 82 follow-ups once the
/// feature was complete; the second (78 follow-ups) at 84.6% once, after the next round's work; the third (78) at 88.5% once, at the end
/// of the round after that (docs/conversations.md).
/// Each floor sits about three follow-ups below today's figure, so a matcher change that moves a handful of answers
/// can land; the target is 85%.
/// </summary>
public class FollowUpAccuracyTests
{
    private const string FileName = "followup-set.tsv";

    private static readonly ConcurrentDictionary<string, FollowUpReport> Reports = new(StringComparer.Ordinal);

    /// <summary>Per set: its floor, about three follow-ups below its figure today (84.1%, 82.1% and 85.9% with the 62-set refit of 2026-12-08 at threshold 0.63; 81.7%, 80.8% and 83.3% at the 57-set refit's 0.70).</summary>
    public static TheoryData<string, double> Floors => new()
    {
        { "followup-set.tsv", 0.80 },
        { "followup2-set.tsv", 0.78 },
        { "followup3-set.tsv", 0.82 },
    };

    [Theory]
    [MemberData(nameof(Floors))]
    public void FollowUpSet_FollowUps_AreAnsweredRight(string file, double floor)
    {
        var report = Run(file);

        Assert.True(report.FollowUpAccuracy >= floor, $"{report.FollowUpAccuracy:P1} is below the floor.\n{report.ToText()}");
    }

    [Theory]
    [MemberData(nameof(Floors))]
    public void FollowUpSet_File_HasSixtyConversationsInEveryRegister(string file, double floor)
    {
        _ = floor;
        var cases = FollowUpSet.Parse(File.ReadAllLines(EvalFiles.SetPath(file)));

        Assert.True(cases.Count(c => c.IsFollowUp) >= 60);
        Assert.Equal(["chat", "english", "formal"], cases.Select(c => c.Register).Distinct().Order(StringComparer.Ordinal));
        Assert.All(cases.Where(c => !c.Case.IsGap), c => Assert.True(c.Case.IsOutOfScope || c.Case.AcceptedCards.All(id =>
            id.StartsWith(EvalSet.SourcePrefix, StringComparison.Ordinal) || RealKnowledge.Snapshot.CardsById.ContainsKey(id)), c.Case.Expected));
    }

    private static FollowUpReport Run(string file) => Reports.GetOrAdd(file, f =>
    {
        var memory = Answers.Memory(new SteppedClock());
        return FollowUpRunner.Run(Answers.OverRealKnowledge(memory), FollowUpSet.Parse(File.ReadAllLines(EvalFiles.SetPath(f))));
    });

    [Fact]
    public void IsFollowUpSet_StandaloneSet_IsNot()
    {
        Assert.False(FollowUpSet.IsFollowUpSet(File.ReadAllLines(EvalFiles.CommittedPath())));
        Assert.True(FollowUpSet.IsFollowUpSet(File.ReadAllLines(EvalFiles.SetPath(FileName))));
    }

    [Fact]
    public void Parse_LineWithFiveFields_NamesTheLine()
    {
        var ex = Assert.Throws<FormatException>(() => FollowUpSet.Parse([FollowUpSet.Header, "c1\t1\tformal\topener\tnone"]));

        Assert.Contains("Line 2", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_ChangeGluedToTheOldTopic_IsWrongEvenWithTheRightCard()
    {
        var change = new FollowUpCase("c1", 2, "chat", new EvalCase(FollowUpCase.ChangeKind, "card-a", "q", 2));

        Assert.False(new FollowUpOutcome(change, Answered: true, "card-a", "card-a", 0.9, UsedTopic: true).IsCorrect);
        Assert.True(new FollowUpOutcome(change, Answered: true, "card-a", "card-a", 0.9, UsedTopic: false).IsCorrect);
    }
}
