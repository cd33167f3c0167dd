using BeritaBot.Core.Knowledge;

namespace BeritaBot.Core.Generation;

/// <summary>
/// A card as a template fills it, before it gets an id and a source, with the held-out questions that should find
/// it: <see cref="Paraphrases"/> are worded unlike any of its phrasings, <see cref="Chat"/> as typed on a phone,
/// and <see cref="TypoBase"/> is misspelt before use.
/// </summary>
internal sealed record CardDraft(
    string Key,
    string Slug,
    string Tag,
    string Title,
    string[] Questions,
    string Answer,
    string AnswerEn,
    string[] Keywords,
    DateOnly? Date,
    DatePrecision Precision,
    string[] Paraphrases,
    string Chat,
    string TypoBase);
