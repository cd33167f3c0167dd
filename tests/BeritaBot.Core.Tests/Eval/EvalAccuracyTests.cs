using System.Collections.Concurrent;
using BeritaBot.Core.Answering;
using BeritaBot.Core.Evaluation;
using BeritaBot.Core.Knowledge;
using BeritaBot.Core.Matching;
using BeritaBot.Core.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BeritaBot.Core.Tests.Eval;

/// <summary>
/// A guard, not a ratchet: accuracy of the real matcher and shipped model on every committed question set, asked as
/// users ask, must stay within <see cref="Tolerance"/> of the figure the set reached when the floor was last set
/// (docs/accuracy.md, measured with the <c>eval</c> command). A refactor that moves a handful of answers lands; a
/// change that makes answers worse across a set does not. The tables themselves come from <c>eval</c>, not from here.
/// </summary>
public class EvalAccuracyTests
{
    /// <summary>How far below its recorded figure a set may fall: about four questions of a hundred.</summary>
    public const double Tolerance = 0.04;

    /// <summary>Per set: the knowledge it was labelled against (relative to the repository), and the figures recorded for it.</summary>
    public static TheoryData<string, string, double, double> Sets => new()
    {
        // set, knowledge, in scope answered with the right card, out of scope declined
        { "tests/BeritaBot.Core.Tests/Eval/eval-set.tsv", "knowledge", 0.961, 0.969 },
        { "tests/BeritaBot.Core.Tests/Eval/heldout-set.tsv", "knowledge", 0.935, 0.860 },
        { "tests/BeritaBot.Core.Tests/Eval/blind-set.tsv", "knowledge", 0.937, 0.893 },
        { "tests/BeritaBot.Core.Tests/Eval/blind2-set.tsv", "knowledge", 0.900, 0.883 },
        { "tests/BeritaBot.Core.Tests/Eval/blind3-set.tsv", "knowledge", 0.950, 0.950 },
        { "tests/BeritaBot.Core.Tests/Eval/blind4-set.tsv", "knowledge", 0.969, 0.898 },
        { "tests/BeritaBot.Core.Tests/Eval/blind5-set.tsv", "knowledge", 0.950, 0.900 },
        { "tests/coverages/election/dev-set.tsv", "tests/coverages/election/knowledge", 0.896, 0.936 },
        { "tests/coverages/sports/dev-set.tsv", "tests/coverages/sports/knowledge", 0.891, 0.896 },

        // Blind sets, frozen before labelling and measured once after the first scoring model's work: their first
        // measures are in docs/accuracy.md; read for causes and fitted on since, they are dev sets now.
        { "tests/BeritaBot.Core.Tests/Eval/blind6-set.tsv", "knowledge", 0.931, 0.900 },
        { "tests/coverages/election/blind-set.tsv", "tests/coverages/election/knowledge", 0.832, 0.894 },
        { "tests/coverages/sports/blind-set.tsv", "tests/coverages/sports/knowledge", 0.826, 0.938 },

        // Measured once, blind, after this round's work (docs/accuracy.md); dev sets from then on.
        { "tests/BeritaBot.Core.Tests/Eval/blind7-set.tsv", "knowledge", 0.925, 0.933 },
        { "tests/coverages/court/blind-set.tsv", "tests/coverages/court/knowledge", 0.835, 0.851 },
        { "tests/coverages/economy/blind-set.tsv", "tests/coverages/economy/knowledge", 0.830, 0.896 },

        // Measured once, blind, at the end of the 2026-12-07 round (docs/accuracy.md): two coverages the model never
        // saw (their dev sets were unread too, so both are first measures) and bundled blind set 8; dev sets from then on.
        { "tests/BeritaBot.Core.Tests/Eval/blind8-set.tsv", "knowledge", 0.938, 0.850 },
        { "tests/coverages/cyber/blind-set.tsv", "tests/coverages/cyber/knowledge", 0.755, 0.980 },
        { "tests/coverages/cyber/dev-set.tsv", "tests/coverages/cyber/knowledge", 0.829, 0.878 },
        { "tests/coverages/transport/blind-set.tsv", "tests/coverages/transport/knowledge", 0.835, 0.938 },
        { "tests/coverages/transport/dev-set.tsv", "tests/coverages/transport/knowledge", 0.927, 0.917 },

        // The court and economy dev sets (fitted on since their blind sets were measured).
        { "tests/coverages/court/dev-set.tsv", "tests/coverages/court/knowledge", 0.919, 0.936 },
        { "tests/coverages/economy/dev-set.tsv", "tests/coverages/economy/knowledge", 0.917, 0.854 },

        // Measured once, blind, at the end of the second 2026-12-07 round (docs/accuracy.md): the education and health
        // coverages (dev sets unread too) and bundled blind set 9; fitted on and dev sets from then on.
        { "tests/BeritaBot.Core.Tests/Eval/blind9-set.tsv", "knowledge", 0.962, 0.852 },
        { "tests/coverages/education/blind-set.tsv", "tests/coverages/education/knowledge", 0.785, 0.896 },
        { "tests/coverages/education/dev-set.tsv", "tests/coverages/education/knowledge", 0.926, 0.896 },
        { "tests/coverages/health/blind-set.tsv", "tests/coverages/health/knowledge", 0.810, 0.833 },
        { "tests/coverages/health/dev-set.tsv", "tests/coverages/health/knowledge", 0.850, 0.894 },

        // Measured once, blind, at the end of the third 2026-12-07 round (docs/accuracy.md): the hajj and energy
        // coverages (dev sets unread too) and bundled blind set 10; fitted on and dev sets from then on.
        { "tests/BeritaBot.Core.Tests/Eval/blind10-set.tsv", "knowledge", 0.950, 0.883 },
        { "tests/coverages/hajj/blind-set.tsv", "tests/coverages/hajj/knowledge", 0.790, 0.891 },
        { "tests/coverages/hajj/dev-set.tsv", "tests/coverages/hajj/knowledge", 0.879, 0.804 },
        { "tests/coverages/energy/blind-set.tsv", "tests/coverages/energy/knowledge", 0.745, 0.936 },
        { "tests/coverages/energy/dev-set.tsv", "tests/coverages/energy/knowledge", 0.745, 0.872 },

        // The fourth 2026-12-07 round's new coverages: their dev sets, measured first at the round's start
        // (docs/accuracy.md) and read and fitted on since; their blind sets join after their one measure.
        { "tests/coverages/food/dev-set.tsv", "tests/coverages/food/knowledge", 0.880, 0.896 },
        { "tests/coverages/pollution/dev-set.tsv", "tests/coverages/pollution/knowledge", 0.934, 0.854 },

        // Measured once, blind, at the end of the fourth 2026-12-07 round (docs/accuracy.md): the food and pollution
        // coverages' blind sets and bundled blind set 11; fitted on and dev sets from then on.
        { "tests/coverages/food/blind-set.tsv", "tests/coverages/food/knowledge", 0.757, 0.917 },
        { "tests/coverages/pollution/blind-set.tsv", "tests/coverages/pollution/knowledge", 0.710, 0.833 },
        { "tests/BeritaBot.Core.Tests/Eval/blind11-set.tsv", "knowledge", 0.925, 0.933 },

        // The fifth 2026-12-07 round: the crime and labour coverages' dev sets (measured first at the round's start)
        // and their blind sets with bundled blind set 12 (measured once at its end); all fitted on since.
        { "tests/coverages/crime/dev-set.tsv", "tests/coverages/crime/knowledge", 0.815, 0.872 },
        { "tests/coverages/labour/dev-set.tsv", "tests/coverages/labour/knowledge", 0.832, 0.894 },
        { "tests/coverages/crime/blind-set.tsv", "tests/coverages/crime/knowledge", 0.755, 0.936 },
        { "tests/coverages/labour/blind-set.tsv", "tests/coverages/labour/knowledge", 0.776, 0.936 },
        { "tests/BeritaBot.Core.Tests/Eval/blind12-set.tsv", "knowledge", 0.912, 0.933 },

        // The sixth 2026-12-07 round: the Tapera and Bali coverages' dev sets (measured first at the round's start)
        // and their blind sets with bundled blind set 13 (measured once at its end); all fitted on since.
        { "tests/coverages/tapera/dev-set.tsv", "tests/coverages/tapera/knowledge", 0.713, 0.872 },
        { "tests/coverages/bali/dev-set.tsv", "tests/coverages/bali/knowledge", 0.741, 0.913 },
        { "tests/coverages/tapera/blind-set.tsv", "tests/coverages/tapera/knowledge", 0.759, 0.783 },
        { "tests/coverages/bali/blind-set.tsv", "tests/coverages/bali/knowledge", 0.776, 0.851 },
        { "tests/BeritaBot.Core.Tests/Eval/blind13-set.tsv", "knowledge", 0.894, 0.917 },

        // The 2026-12-08 round: the PPN and free-meals (mbg) coverages' dev sets (measured first at the round's start)
        // and their blind sets with bundled blind set 14 (measured once at its end); all fitted on since.
        { "tests/coverages/ppn/dev-set.tsv", "tests/coverages/ppn/knowledge", 0.841, 0.915 },
        { "tests/coverages/mbg/dev-set.tsv", "tests/coverages/mbg/knowledge", 0.785, 0.830 },
        { "tests/coverages/ppn/blind-set.tsv", "tests/coverages/ppn/knowledge", 0.785, 0.872 },
        { "tests/coverages/mbg/blind-set.tsv", "tests/coverages/mbg/knowledge", 0.738, 0.851 },
        { "tests/BeritaBot.Core.Tests/Eval/blind14-set.tsv", "knowledge", 0.881, 0.833 },
    };

    private static readonly ConcurrentDictionary<string, KnowledgeSnapshot> Knowledge = new(StringComparer.Ordinal);

    [Theory]
    [MemberData(nameof(Sets))]
    public void Eval_InScopeQuestions_AreAnsweredWithTheRightCardWithinTolerance(string set, string knowledge, double inScope, double declined)
    {
        _ = declined;
        var report = Run(set, knowledge);

        AssertAtLeast(inScope - Tolerance, report.InScopeAccuracy, report);
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void Eval_OutOfScopeQuestions_AreDeclinedWithinTolerance(string set, string knowledge, double inScope, double declined)
    {
        _ = inScope;
        var report = Run(set, knowledge);

        AssertAtLeast(declined - Tolerance, report.OutOfScopeDeclineRate, report);
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void Eval_EveryExpectedCard_ExistsInItsKnowledge(string set, string knowledge, double inScope, double declined)
    {
        _ = (inScope, declined);
        var snapshot = Load(knowledge);
        var unknown = EvalSet.Load(Repository(set))
            .Where(c => c.HasCard)
            .SelectMany(c => c.AcceptedCards.Where(id => !Exists(snapshot, id)).Select(id => $"line {c.Line}: {id}"))
            .ToList();

        Assert.Empty(unknown);
    }

    private static readonly ConcurrentDictionary<string, EvalReport> Reports = new(StringComparer.Ordinal);

    private static bool Exists(KnowledgeSnapshot snapshot, string id) => id.StartsWith(EvalSet.SourcePrefix, StringComparison.Ordinal)
        ? snapshot.SourcesById.ContainsKey(id[EvalSet.SourcePrefix.Length..])
        : snapshot.CardsById.ContainsKey(id);

    private static string Repository(string relative) =>
        Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(EvalFiles.CommittedPath()))))!, relative);

    private static KnowledgeSnapshot Load(string knowledge) => Knowledge.GetOrAdd(knowledge, k => knowledge == "knowledge"
        ? RealKnowledge.Snapshot
        : KnowledgeLoader.Load(Repository(k)).Snapshot ?? throw new InvalidOperationException($"{k} does not load"));

    private static EvalReport Run(string set, string knowledge) => Reports.GetOrAdd(set, _ =>
    {
        var snapshot = Load(knowledge);
        var store = new KnowledgeStore(snapshot.Folder, snapshot, TimeProvider.System, NullLogger<KnowledgeStore>.Instance);
        var answers = new AnswerService(store, Options.Create(new MatchOptions()), [], NullLogger<AnswerService>.Instance);
        return EvalRunner.Run(answers, EvalSet.Load(Repository(set)));
    });

    private static void AssertAtLeast(double floor, double actual, EvalReport report)
    {
        Assert.True(actual >= floor, $"{actual:P1} is below {floor:P1}.\n{report.ToText(includeSweep: false)}");
    }
}
