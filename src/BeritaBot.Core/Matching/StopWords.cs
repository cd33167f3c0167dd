using System.Collections.Frozen;

namespace BeritaBot.Core.Matching;

/// <summary>
/// Function words and chat particles in Indonesian and English. They carry no topic, and an unknown-to-the-knowledge
/// filler word must not count as a missing topic word (that would make chatty questions look out of scope).
/// Question words are not here: <see cref="IntentDetector"/> reads them first.
/// </summary>
internal static class StopWords
{
    public static readonly FrozenSet<string> All = new[]
    {
        // Indonesian function words
        "yang", "dan", "di", "ke", "dari", "itu", "ini", "pada", "dengan", "untuk", "adalah", "ialah", "merupakan", "dalam",
        "ada", "akan", "oleh", "atau", "juga", "sudah", "telah", "saja", "tersebut", "para", "sebuah", "seorang", "bisa",
        "dapat", "bagi", "saat", "ketika", "waktu", "kan", "si", "sang", "nya", "kah", "lah", "pun", "tentang", "mengenai",
        "soal", "terhadap", "secara", "sebagai", "seperti", "karena", "sehingga", "agar", "supaya", "jika", "kalau", "apabila",
        "tapi", "tetapi", "namun", "sedang", "sedangkan", "masih", "lagi", "hal", "sih", "dong", "deh", "ya", "yah", "nih",
        "tuh", "kok", "loh", "lho", "toh", "kah", "gitu", "begitu", "gini", "begini", "banget", "sekali", "amat", "sangat",
        "sama", "tau", "tahu", "saya", "kamu", "anda", "kita", "kami", "mereka", "dia", "ia", "beliau", "nya", "mu", "ku",
        "harus", "perlu", "mau", "ingin", "bisa", "boleh", "coba", "tolong", "mohon", "jelaskan", "jelasin", "ceritakan",
        "ceritain", "sebutkan", "sebutin", "kasih", "beri", "berikan", "info", "informasi", "tanya", "nanya", "pengen",
        "pingin", "terus", "lalu", "kemarin", "melulu", "kemudian", "jadi", "pernah", "memang", "sebenarnya", "sebenernya", "emangnya", "bukan",
        "kayak", "kayaknya", "sih", "wah", "halo", "hai", "hi", "hello", "bot", "min", "kak", "gan", "bro", "sis", "om",
        "dimaksud", "maksud", "maksudnya", "arti", "artinya", "yaitu", "yakni", "tsb", "hingga", "sampai", "antara",
        "setiap", "tiap", "semua", "seluruh", "masing", "beberapa", "banyak", "lebih", "kurang", "paling", "pula",
        "ceritanya", "kabarnya", "katanya", "dengar", "denger", "apakah", "kira", "kira2", "sekitar", "kurang", "lebih",
        "dulu", "dahulu", "sekarang", "kini", "tadi", "nanti", "sendiri", "punya", "mempunyai", "memiliki",
        "tidak", "belum", "jangan", "belah", "selain", "apakah", "adakah", "benarkah", "betulkah",
        "menjelaskan", "dijelaskan", "terangkan", "menerangkan", "menceritakan", "diceritakan", "menurut", "berita", "pemberitaan", "artikel", "liputan", "laporan", "dilaporkan", "tepat", "tepatnya", "persisnya", "sebetulnya", "bener", "beneran", "sesuai", "bang", "mas", "mbak", "nah",
        // English function words
        "the", "a", "an", "of", "to", "in", "on", "at", "by", "for", "with", "about", "from", "into", "and", "or", "but",
        "is", "are", "was", "were", "be", "been", "being", "am", "do", "does", "did", "done", "has", "have", "had", "having",
        "it", "its", "this", "that", "these", "those", "there", "their", "they", "them", "he", "his", "him", "she", "her",
        "i", "me", "my", "you", "your", "we", "our", "us", "as", "so", "than", "then", "also", "just", "any", "some",
        "can", "could", "would", "should", "will", "shall", "may", "might", "must", "please", "tell", "know", "explain",
        "describe", "say", "said", "says", "mean", "means", "meant", "exactly", "actually", "really", "very", "much",
        "happen", "happened", "happens", "happening", "get", "got", "go", "went", "not", "no", "yes", "s", "t",
        "whats", "what's", "hey", "pls", "plz", "thanks", "thank", "ok", "okay", "like", "kind", "sort", "one", "ones",
        "thing", "things", "anything", "something", "all", "each", "more", "most", "other", "such", "only", "own", "same",
        "according", "article", "news", "coverage", "report", "reported", "story", "if", "because", "while", "after", "before", "during", "between", "through", "again", "further", "once", "here",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly string[] Particles = ["kah", "lah", "pun", "nya"];

    /// <summary>A function word, also with a particle attached ("bisakah", "itulah", "harusnya").</summary>
    public static bool IsStopWord(string token)
    {
        if (All.Contains(token))
        {
            return true;
        }

        foreach (var particle in Particles)
        {
            if (token.Length > particle.Length + 1 && token.EndsWith(particle, StringComparison.Ordinal) && All.Contains(token[..^particle.Length]))
            {
                return true;
            }
        }

        return false;
    }
}
