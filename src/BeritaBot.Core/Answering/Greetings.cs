namespace BeritaBot.Core.Answering;

/// <summary>
/// Tells a greeting or a thank-you ("halo", "makasih", "selamat pagi", "thanks") from a question: a message made only
/// of such words (and the bot's name) gets a short friendly reply instead of a decline that editors would then see.
/// </summary>
internal static class Greetings
{
    private static readonly HashSet<string> IndonesianWords = new(StringComparer.Ordinal)
    {
        "halo", "hallo", "helo", "hai", "hay", "makasih", "makasi", "mksh", "trims", "terima", "kasih", "thx",
        "selamat", "pagi", "siang", "sore", "malam", "assalamualaikum", "permisi", "salam", "kak", "min", "bang",
        "mas", "mbak", "bot", "beritabot", "ya", "yaa", "banyak", "sekali",
    };

    private static readonly HashSet<string> EnglishWords = new(StringComparer.Ordinal)
    {
        "hi", "hello", "hey", "thanks", "thank", "you", "good", "morning", "afternoon", "evening", "cheers", "so",
        "much", "a", "lot",
    };

    /// <summary>The words that make a message a greeting rather than a question.</summary>
    private static readonly HashSet<string> Anchors = new(StringComparer.Ordinal)
    {
        "halo", "hallo", "helo", "hai", "hay", "makasih", "makasi", "mksh", "trims", "kasih", "thx", "selamat",
        "assalamualaikum", "permisi", "salam", "hi", "hello", "hey", "thanks", "thank", "morning", "afternoon",
        "evening", "cheers",
    };

    /// <returns>The language to greet back in, or null when the message is not only a greeting.</returns>
    public static AnswerLanguage? Detect(IReadOnlyList<string> tokens)
    {
        if (tokens.Count == 0 || tokens.Count > 6 || !tokens.Any(Anchors.Contains))
        {
            return null;
        }

        if (tokens.All(t => IndonesianWords.Contains(t) || EnglishWords.Contains(t)))
        {
            // Only the greeting words themselves tell the language: "bot" or "kak" could follow either.
            var english = tokens.Count(t => Anchors.Contains(t) && EnglishWords.Contains(t)) > tokens.Count(t => Anchors.Contains(t) && IndonesianWords.Contains(t));
            return english ? AnswerLanguage.English : AnswerLanguage.Indonesian;
        }

        return null;
    }

    public static string Reply(AnswerLanguage language) => language == AnswerLanguage.English
        ? "Hello! Ask me about the news coverage, for example \"when was the ceasefire signed?\", and I will answer with the articles it comes from."
        : "Halo! Tanyakan apa saja tentang liputan berita ini, misalnya \"kapan gencatan senjata ditandatangani?\", dan saya jawab beserta artikel sumbernya.";
}
