using System.Collections.Frozen;
using BeritaBot.Core.Answering;

namespace BeritaBot.Core.Matching;

/// <summary>Tells English from Indonesian by their function words; ties (names only) count as Indonesian.</summary>
internal static class LanguageDetector
{
    private static readonly FrozenSet<string> English = new[]
    {
        "the", "what", "who", "whom", "when", "where", "why", "how", "which", "is", "are", "was", "were", "did", "does",
        "do", "many", "much", "of", "and", "to", "in", "on", "with", "from", "by", "for", "about", "has", "have", "had",
        "been", "that", "this", "there", "their", "they", "his", "her", "its", "it", "an", "at", "after", "before",
        "between", "during", "happened", "say", "said", "tell", "me", "please", "can", "could", "would", "will", "a",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Indonesian = new[]
    {
        "yang", "apa", "siapa", "kapan", "dimana", "berapa", "bagaimana", "mengapa", "kenapa", "di", "ke", "dari", "dan",
        "itu", "ini", "ada", "tidak", "sudah", "dengan", "untuk", "oleh", "pada", "adalah", "dalam", "saja", "sih", "dong",
        "mana", "apakah", "belum", "jadi", "sama", "karena", "tanggal", "tahun", "orang", "antara", "setelah", "sebelum",
        "para", "bisa", "akan", "juga", "telah", "kah", "nya", "ya", "tentang", "soal", "terjadi", "siapakah", "bagi",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static AnswerLanguage Detect(IReadOnlyList<string> tokens)
    {
        int en = 0, id = 0;
        foreach (var token in tokens)
        {
            if (English.Contains(token))
            {
                en++;
            }

            if (Indonesian.Contains(token))
            {
                id++;
            }
        }

        return en > id ? AnswerLanguage.English : AnswerLanguage.Indonesian;
    }
}
