using System.Globalization;
using BeritaBot.Core.Knowledge;
using BeritaBot.Core.Matching;

namespace BeritaBot.Core.Answering;

/// <summary>The bot's own sentences, in both languages it answers in.</summary>
internal static class AnswerTexts
{
    private static readonly CultureInfo Indonesian = CultureInfo.GetCultureInfo("id-ID");

    public static string NotFound(AnswerLanguage language) => language == AnswerLanguage.English
        ? "Sorry, I don't have an answer to that yet."
        : "Maaf, saya belum punya jawaban untuk itu.";

    public static string NotCovered(AnswerLanguage language) => language == AnswerLanguage.English
        ? "The coverage does not say. What it does report:"
        : "Liputan ini tidak menyebutkannya. Yang diberitakan:";

    public static string Empty(AnswerLanguage language) => language == AnswerLanguage.English
        ? "Please type a question about the coverage."
        : "Silakan tulis pertanyaan Anda tentang liputan ini.";

    public static string NoWords(AnswerLanguage language) => language == AnswerLanguage.English
        ? "I can only read questions written in words. Please type your question."
        : "Saya hanya bisa membaca pertanyaan berupa kata-kata. Silakan ketik pertanyaan Anda.";

    // The limit is written as each language writes numbers (1,000 / 1.000), not as the server's culture does.
    public static string TooLong(int max, AnswerLanguage language) => language == AnswerLanguage.English
        ? string.Create(CultureInfo.InvariantCulture, $"That question is too long (at most {max:N0} characters). Please shorten it.")
        : string.Create(Indonesian, $"Pertanyaannya terlalu panjang (maksimal {max:N0} karakter). Silakan persingkat.");

    public static string TooVague(AnswerLanguage language) => language == AnswerLanguage.English
        ? "Could you be more specific? Ask about a person, place, event or number from the coverage."
        : "Bisa lebih spesifik? Tanyakan tentang tokoh, tempat, peristiwa, atau angka dari liputan ini.";

    public static string CardGone(AnswerLanguage language) => language == AnswerLanguage.English
        ? "That card is no longer in the knowledge. Please ask your question again."
        : "Kartu itu sudah tidak ada di basis pengetahuan. Silakan ajukan pertanyaan Anda lagi.";

    public static string LaterDevelopment(AnswerLanguage language) => language == AnswerLanguage.English
        ? "Later development"
        : "Perkembangan selanjutnya";

    public static string AboutArticles(int count, bool english) => (count, english) switch
    {
        (1, true) => "About the article",
        (_, true) => "About the articles",
        (1, false) => "Tentang artikelnya",
        _ => "Tentang artikel-artikelnya",
    };

    /// <summary>
    /// One article's byline: outlet, title, and every detail <c>sources.yaml</c> gives; a detail that was asked
    /// but is not given is said to be missing rather than left out.
    /// </summary>
    public static string Byline(Source source, ArticleFields asked, bool english)
    {
        var parts = new List<string>();
        Add(parts, source.Author, asked.HasFlag(ArticleFields.Author),
            english ? "written by {0}" : "penulis: {0}", english ? "no author is named" : "nama penulis tidak dicantumkan");
        Add(parts, source.Editor, asked.HasFlag(ArticleFields.Editor),
            english ? "edited by {0}" : "editor: {0}", english ? "no editor is named" : "nama editor tidak dicantumkan");
        var published = source.Published is { } date ? DateLabels.Format(date, DatePrecision.Day, english) : null;
        Add(parts, published, asked.HasFlag(ArticleFields.Published),
            english ? "published {0}" : "terbit {0}", english ? "no publication date is given" : "tanggal terbit tidak dicantumkan");
        Add(parts, source.Agency, asked.HasFlag(ArticleFields.Agency),
            english ? "wire source: {0}" : "sumber: {0}", english ? "no wire agency is named" : "kantor berita sumbernya tidak disebut");
        var head = english ? $"{source.Outlet}, “{source.Title}”" : $"Artikel {source.Outlet}, “{source.Title}”";
        return parts.Count == 0 ? head + "." : $"{head}: {string.Join("; ", parts)}.";
    }

    private static void Add(List<string> parts, string? value, bool asked, string format, string missing)
    {
        if (value is not null)
        {
            parts.Add(string.Format(CultureInfo.InvariantCulture, format, value));
        }
        else if (asked)
        {
            parts.Add(missing);
        }
    }

    public static string WhichTopic(AnswerLanguage language) => language == AnswerLanguage.English
        ? "Which of these do you mean?"
        : "Maksud Anda yang mana?";
}
