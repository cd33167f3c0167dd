using BeritaBot.Core.Answering;

namespace BeritaBot.Core.Matching;

/// <summary>
/// A question read once, before any card is looked at: the whole question and its parts, each analysed into content
/// terms (with their positions and weights, see <see cref="AnalyzedText"/>), what kind of thing it asks and its
/// language. The matcher ranks cards for each part and keeps the surest; nothing reads the raw text again.
/// </summary>
/// <param name="Text">The question as typed.</param>
/// <param name="Whole">The whole question.</param>
/// <param name="Clause">The first part of a two-part question ("Sejak kapan …, dan apa pemicunya?"), or null.</param>
/// <param name="Sentences">Each sentence of a question typed as several, with its own first clause; empty for one sentence.</param>
internal sealed record QuestionReading(string Text, AnalyzedText Whole, AnalyzedText? Clause, IReadOnlyList<QuestionReading> Sentences)
{
    /// <summary>What kind of thing it asks: when, who, how many, where, why, how, what was said (or none).</summary>
    public QuestionIntent Kind => Whole.Intent;

    public AnswerLanguage Language => Whole.Language;
}
