using BeritaBot.Core.Evaluation;
using BeritaBot.Core.Tests.Fakes;
using BeritaBot.Core.Tests.Support;

namespace BeritaBot.Core.Tests.Eval;

/// <summary>
/// The follow-up set (written from the articles by someone who saw neither the cards nor the feature, labelled
/// afterwards), each chat one conversation. First measured once the feature was complete: 76.8% of 82 follow-ups;
/// 82.9% now, after generic fixes and on the fitted matcher (see docs/conversations.md). The floor sits three
/// follow-ups (3.7 points) below, so a matcher change that moves a handful of answers can land; the target is 85%.
/// </summary>
public class FollowUpAccuracyTests
{
    private const string FileName = "followup-set.tsv";

    private static readonly Lazy<FollowUpReport> Report = new(() =>
    {
        var memory = Answers.Memory(new SteppedClock());
        return FollowUpRunner.Run(Answers.OverRealKnowledge(memory), FollowUpSet.Parse(File.ReadAllLines(SetPath())));
    });

    [Fact]
    public void FollowUpSet_FollowUps_AreAnsweredRight()
    {
        Assert.True(Report.Value.FollowUpAccuracy >= 0.79, $"{Report.Value.FollowUpAccuracy:P1} is below the floor.\n{Report.Value.ToText()}");
    }

    [Fact]
    public void FollowUpSet_File_HasSixtyConversationsInEveryRegister()
    {
        var cases = FollowUpSet.Parse(File.ReadAllLines(SetPath()));

        Assert.True(cases.Count(c => c.IsFollowUp) >= 60);
        Assert.Equal(["chat", "english", "formal"], cases.Select(c => c.Register).Distinct().Order(StringComparer.Ordinal));
        Assert.All(cases.Where(c => !c.Case.IsGap), c => Assert.True(c.Case.IsOutOfScope || c.Case.AcceptedCards.All(id =>
            id.StartsWith(EvalSet.SourcePrefix, StringComparison.Ordinal) || RealKnowledge.Snapshot.CardsById.ContainsKey(id)), c.Case.Expected));
    }

    [Fact]
    public void IsFollowUpSet_StandaloneSet_IsNot()
    {
        Assert.False(FollowUpSet.IsFollowUpSet(File.ReadAllLines(EvalFiles.CommittedPath())));
        Assert.True(FollowUpSet.IsFollowUpSet(File.ReadAllLines(SetPath())));
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

    private static string SetPath() => Path.Combine(Path.GetDirectoryName(EvalFiles.CommittedPath())!, FileName);
}
