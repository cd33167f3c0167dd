namespace BeritaBot.Core.Matching.Scoring;

/// <summary>Which way a feature may push the confidence when the model is fitted.</summary>
/// <remarks>
/// Several features measure overlapping things (the phrase fit, its recall, the share covered by what the card asks),
/// and an unconstrained fit can give one of them the wrong sign to offset another on the data it saw: a card that
/// holds more of the question then scores lower. Such a weight fits the sets and fails on new coverage, so the fit
/// keeps every evidence feature on its own side of zero.
/// </remarks>
public enum FeatureDirection
{
    /// <summary>A correction or a shape (sparse cards, short questions): either sign.</summary>
    Free,

    /// <summary>More of it is evidence for the card: the weight is zero or more.</summary>
    For,

    /// <summary>More of it is evidence against the card: the weight is zero or less.</summary>
    Against,
}

public static class FeatureDirections
{
    public static FeatureDirection Of(MatchFeature feature) => feature switch
    {
        MatchFeature.Bm25F or MatchFeature.PhraseFit or MatchFeature.PhraseRecall or MatchFeature.PhrasePrecision
            or MatchFeature.AskingCoverage or MatchFeature.SayingCoverage or MatchFeature.Fuzzy or MatchFeature.KindAgrees
            or MatchFeature.Margin => FeatureDirection.For,
        MatchFeature.NamesMissing or MatchFeature.WordsMissing or MatchFeature.LargestMissing or MatchFeature.UnknownWords
            or MatchFeature.KindConflicts or MatchFeature.PhraseKindDiffers or MatchFeature.SoftKindMissing or MatchFeature.KindInAnswer or MatchFeature.DetailMissing or MatchFeature.SpeakerMismatch
            or MatchFeature.NameSwapped
            or MatchFeature.FocusMissing or MatchFeature.HeadMissing or MatchFeature.CountMissing or MatchFeature.NumberMissing or MatchFeature.NoOneElseNamed or MatchFeature.DetailUnstated or MatchFeature.NotCovered => FeatureDirection.Against,
        _ => FeatureDirection.Free,
    };

    /// <summary>Per feature in <see cref="MatchFeature"/> order: +1 for, −1 against, 0 free.</summary>
    public static int[] Signs() => Enum.GetValues<MatchFeature>()
        .Select(f => Of(f) switch { FeatureDirection.For => 1, FeatureDirection.Against => -1, _ => 0 })
        .ToArray();
}
