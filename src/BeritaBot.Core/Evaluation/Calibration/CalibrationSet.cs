using BeritaBot.Core.Knowledge;

namespace BeritaBot.Core.Evaluation.Calibration;

/// <summary>Labelled questions and the knowledge they were labelled against.</summary>
/// <param name="Name">How reports name it, e.g. <c>election/dev-set</c>.</param>
/// <param name="Provenance">Where the set and its knowledge came from, for the model file's record.</param>
/// <param name="Coverage">
/// The knowledge the set was asked of (a folder, a trimmed variant of it, a generated one). Each coverage weighs
/// the same in the fit, however many questions it has: the model is for coverage it has never seen, and one
/// well-curated coverage with many sets must not teach it that coverage's habits.
/// </param>
public sealed record CalibrationSet(string Name, KnowledgeSnapshot Knowledge, IReadOnlyList<EvalCase> Cases, string Provenance, string Coverage);
