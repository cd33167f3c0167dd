using BeritaBot.Core.Answering;
using BeritaBot.Core.Evaluation;
using BeritaBot.Core.Knowledge;
using BeritaBot.Core.Matching;
using BeritaBot.Core.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BeritaBot.Core.Tests.Eval;

/// <summary>
/// Accuracy of the real matcher on the real knowledge, asked exactly as users ask, with the shipped threshold.
/// The target is 95% on both, which the eval set (the calibration set) now meets; the floors below are what
/// the matcher reaches today on every set (see docs/accuracy.md), so any change that makes answers worse fails here.
/// </summary>
public class EvalAccuracyTests
{
    private static readonly Lazy<EvalReport> DevReport = new(() => Run(EvalFiles.FileName));
    private static readonly Lazy<EvalReport> HeldOutReport = new(() => Run("heldout-set.tsv"));

    // Written from the articles by someone who saw neither the cards nor the other sets; first measured untouched.
    private static readonly Lazy<EvalReport> BlindReport = new(() => Run("blind-set.tsv"));

    // A second blind set, written the same way a session later and measured untouched before anything was changed for it.
    private static readonly Lazy<EvalReport> Blind2Report = new(() => Run("blind2-set.tsv"));

    // A third, written while this session's changes were made and first measured only after them (88.1% / 93.3%).
    private static readonly Lazy<EvalReport> Blind3Report = new(() => Run("blind3-set.tsv"));

    // A fourth, written and frozen from the articles alone while this session's changes were made; measured once, at
    // the end (87.6% / 88.1%; the session's starting build gives 81.4% / 83.1%). Nothing was tuned on it.
    private static readonly Lazy<EvalReport> Blind4Report = new(() => Run("blind4-set.tsv"));

    // A fifth, written and frozen (sha256 in its header) from the articles alone at the start of the sixth round;
    // measured once, after all of that round's changes (85.6% / 93.3%; the round's starting build gives 80.0% / 83.3%).
    private static readonly Lazy<EvalReport> Blind5Report = new(() => Run("blind5-set.tsv"));

    [Fact]
    public void EvalSet_InScopeQuestions_AreAnsweredWithTheRightCard()
    {
        AssertAtLeast(0.96, DevReport.Value.InScopeAccuracy, DevReport.Value);
    }

    [Fact]
    public void EvalSet_OutOfScopeQuestions_AreDeclined()
    {
        AssertAtLeast(0.96, DevReport.Value.OutOfScopeDeclineRate, DevReport.Value);
    }

    [Fact]
    public void HeldOutSet_InScopeQuestions_AreAnsweredWithTheRightCard()
    {
        AssertAtLeast(0.95, HeldOutReport.Value.InScopeAccuracy, HeldOutReport.Value);
    }

    [Fact]
    public void HeldOutSet_OutOfScopeQuestions_AreDeclined()
    {
        AssertAtLeast(0.94, HeldOutReport.Value.OutOfScopeDeclineRate, HeldOutReport.Value);
    }

    [Fact]
    public void BlindSet_InScopeQuestions_AreAnsweredWithTheRightCard()
    {
        AssertAtLeast(0.94, BlindReport.Value.InScopeAccuracy, BlindReport.Value);
    }

    [Fact]
    public void BlindSet_OutOfScopeQuestions_AreDeclined()
    {
        AssertAtLeast(0.94, BlindReport.Value.OutOfScopeDeclineRate, BlindReport.Value);
    }

    [Fact]
    public void Blind2Set_InScopeQuestions_AreAnsweredWithTheRightCard()
    {
        AssertAtLeast(0.93, Blind2Report.Value.InScopeAccuracy, Blind2Report.Value);
    }

    [Fact]
    public void Blind2Set_OutOfScopeQuestions_AreDeclined()
    {
        AssertAtLeast(0.93, Blind2Report.Value.OutOfScopeDeclineRate, Blind2Report.Value);
    }

    [Fact]
    public void Blind3Set_InScopeQuestions_AreAnsweredWithTheRightCard()
    {
        AssertAtLeast(0.95, Blind3Report.Value.InScopeAccuracy, Blind3Report.Value);
    }

    [Fact]
    public void Blind3Set_OutOfScopeQuestions_AreDeclined()
    {
        AssertAtLeast(0.96, Blind3Report.Value.OutOfScopeDeclineRate, Blind3Report.Value);
    }

    [Fact]
    public void Blind4Set_InScopeQuestions_AreAnsweredWithTheRightCard()
    {
        AssertAtLeast(0.95, Blind4Report.Value.InScopeAccuracy, Blind4Report.Value);
    }

    [Fact]
    public void Blind4Set_OutOfScopeQuestions_AreDeclined()
    {
        AssertAtLeast(0.96, Blind4Report.Value.OutOfScopeDeclineRate, Blind4Report.Value);
    }

    [Fact]
    public void Blind5Set_InScopeQuestions_AreAnsweredWithTheRightCard()
    {
        AssertAtLeast(0.90, Blind5Report.Value.InScopeAccuracy, Blind5Report.Value);
    }

    [Fact]
    public void Blind5Set_OutOfScopeQuestions_AreDeclined()
    {
        AssertAtLeast(0.98, Blind5Report.Value.OutOfScopeDeclineRate, Blind5Report.Value);
    }

    [Fact]
    public void EvalSets_EveryExpectedCard_ExistsInTheKnowledge()
    {
        var snapshot = RealKnowledge.Snapshot;
        var unknown = new[] { EvalFiles.FileName, "heldout-set.tsv", "blind-set.tsv", "blind2-set.tsv", "blind3-set.tsv", "blind4-set.tsv", "blind5-set.tsv" }
            .SelectMany(name => EvalSet.Load(SetPath(name)))
            .Where(c => c.HasCard)
            .SelectMany(c => c.AcceptedCards.Where(id => !Exists(snapshot, id)).Select(id => $"line {c.Line}: {id}"))
            .ToList();

        Assert.Empty(unknown);
    }

    private static bool Exists(KnowledgeSnapshot snapshot, string id) => id.StartsWith(EvalSet.SourcePrefix, StringComparison.Ordinal)
        ? snapshot.SourcesById.ContainsKey(id[EvalSet.SourcePrefix.Length..])
        : snapshot.CardsById.ContainsKey(id);

    private static string SetPath(string fileName) => Path.Combine(Path.GetDirectoryName(EvalFiles.CommittedPath())!, fileName);

    private static EvalReport Run(string fileName)
    {
        var path = SetPath(fileName);
        var store = new KnowledgeStore(RealKnowledge.Folder, RealKnowledge.Snapshot, TimeProvider.System, NullLogger<KnowledgeStore>.Instance);
        var answers = new AnswerService(store, Options.Create(new MatchOptions()), [], NullLogger<AnswerService>.Instance);
        return EvalRunner.Run(answers, EvalSet.Load(path));
    }

    private static void AssertAtLeast(double floor, double actual, EvalReport report)
    {
        Assert.True(actual >= floor, $"{actual:P1} is below {floor:P0}.\n{report.ToText(includeSweep: false)}");
    }
}
