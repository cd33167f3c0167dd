using System.Collections.Frozen;
using BeritaBot.Core.Knowledge;

namespace BeritaBot.Core.Matching;

/// <summary>
/// Recognises questions about an article's byline (who wrote or edited it, when it was published, which wire agency
/// it came from, which outlet ran it), so they can be answered from <c>sources.yaml</c> for any coverage, without
/// an editor writing a card per article.
/// </summary>
/// <remarks>
/// A byline word alone is not enough: "apa yang ditulis Trenin di Twitter" is about the events. The question must
/// also speak of an article ("berita", "artikel", "story") or name an outlet next to the byline word, and verbs such
/// as "menulis" / "wrote" count only in a "siapa" / "who" question.
/// </remarks>
internal static class ArticleQuestionReader
{
    private static readonly FrozenSet<string> ArticleWords = Set(
        "berita", "beritanya", "artikel", "artikelnya", "tulisan", "tulisannya", "laporan", "laporannya", "liputan",
        "liputannya", "reportase", "article", "articles", "story", "stories", "piece", "report", "news", "coverage");

    private static readonly FrozenSet<string> AuthorNouns = Set(
        "penulis", "penulisnya", "pewarta", "pewartanya", "wartawan", "wartawannya", "jurnalis", "jurnalisnya", "reporter",
        "reporternya", "reporters", "author", "authors", "writer", "writers", "byline");

    private static readonly FrozenSet<string> AuthorVerbs = Set(
        "menulis", "menulisnya", "nulis", "nulisnya", "ditulis", "meliput", "diliput", "melaporkan", "wrote", "written",
        "write", "writes", "reported", "covered");

    private static readonly FrozenSet<string> EditorNouns = Set(
        "editor", "editornya", "editors", "penyunting", "penyuntingnya", "redaktur", "redakturnya");

    private static readonly FrozenSet<string> EditorVerbs = Set("edited", "menyunting", "disunting", "mengedit", "diedit", "ngedit");

    private static readonly FrozenSet<string> PublishWords = Set(
        "terbit", "terbitnya", "diterbitkan", "menerbitkan", "dimuat", "tayang", "ditayangkan", "dipublikasikan",
        "publikasi", "dirilis", "published", "publish", "posted", "released");

    private static readonly FrozenSet<string> WhenWords = Set("kapan", "kapankah", "when");

    /// <summary>Time words that ask when only next to a question word ("tanggal berapa", "what year"), not in "terbit tahun 2020".</summary>
    private static readonly FrozenSet<string> TimeWords = Set("tanggal", "tgl", "hari", "jam", "pukul", "tahun", "date", "day", "time", "year");

    private static readonly FrozenSet<string> TimeQuestionWords = Set("berapa", "apa", "what", "which");

    private static readonly FrozenSet<string> WhoWords = Set("siapa", "siapakah", "who", "whom", "whose", "nama", "name");

    private static readonly FrozenSet<string> WhichWords = Set("apa", "mana", "manakah", "which", "what", "siapa", "who");

    private static readonly FrozenSet<string> OutletNouns = Set(
        "media", "outlet", "newspaper", "koran", "situs", "site", "portal", "publisher", "penerbit", "penerbitnya");

    private static readonly FrozenSet<string> AgencyWords = Set("agency", "agencies", "wire", "bersumber", "sumbernya");

    private static readonly FrozenSet<string> SourceWords = Set("sumber", "source", "sources");

    /// <summary>Words after "sumber" that make it the article's source, not the cause of something ("sumber konflik").</summary>
    private static readonly FrozenSet<string> SourceFollowers = Set("dari", "mana", "apa", "asli", "aslinya");

    private static readonly FrozenSet<string> SourceOwners = Set("its", "their", "news", "wire", "original");

    /// <summary>Parts of an outlet's name that do not identify it.</summary>
    private static readonly FrozenSet<string> OutletNoise = Set("the", "com", "co", "id", "net", "org", "www");

    private const int NearOutlet = 3;

    public static ArticleQuestion Read(IReadOnlyList<string> tokens, IReadOnlyList<Source> sources)
    {
        tokens = Respelled(tokens);
        var byline = new HashSet<int>();
        var fields = Fields(tokens, byline);
        if (fields == ArticleFields.None)
        {
            return ArticleQuestion.NotAbout;
        }

        var articleAt = Enumerable.Range(0, tokens.Count).Where(i => ArticleWords.Contains(tokens[i])).ToList();
        // An outlet's name is often an ordinary word too ("antara" = between): only next to "berita" or a byline
        // word is it the outlet.
        var anchors = articleAt.Concat(byline).ToList();
        var named = new List<string>();
        var nameTokens = new HashSet<int>();
        foreach (var source in sources)
        {
            foreach (var name in NamesOf(source))
            {
                for (var at = 0; at < tokens.Count; at++)
                {
                    if (TokenRuns.StartsAt(tokens, at, name) && anchors.Any(a => Math.Abs(a - at) <= NearOutlet + name.Length - 1))
                    {
                        if (!named.Contains(source.Id))
                        {
                            named.Add(source.Id);
                        }

                        nameTokens.UnionWith(Enumerable.Range(at, name.Length));
                    }
                }
            }
        }

        if (articleAt.Count == 0 && named.Count == 0)
        {
            return ArticleQuestion.NotAbout;
        }

        var topic = new List<string>();
        for (var i = 0; i < tokens.Count; i++)
        {
            // The question word asks about the article ("SIAPA penulisnya"), not about its topic.
            if (!byline.Contains(i) && !nameTokens.Contains(i) && !ArticleWords.Contains(tokens[i])
                && !IntentDetector.QuestionWords.Contains(tokens[i]) && !WhenWords.Contains(tokens[i]))
            {
                topic.Add(tokens[i]);
            }
        }

        return new ArticleQuestion(fields, named, topic);
    }

    private static ArticleFields Fields(IReadOnlyList<string> tokens, HashSet<int> byline)
    {
        var asksWho = tokens.Any(WhoWords.Contains);
        var asksWhen = Enumerable.Range(0, tokens.Count).Any(i =>
            WhenWords.Contains(tokens[i]) || (TimeWords.Contains(tokens[i]) && Near(tokens, i, TimeQuestionWords, reach: 1)));
        var fields = ArticleFields.None;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            var field = ArticleFields.None;
            if (AuthorNouns.Contains(token) || (asksWho && AuthorVerbs.Contains(token)))
            {
                field = ArticleFields.Author;
            }
            else if (EditorNouns.Contains(token) || (asksWho && EditorVerbs.Contains(token)))
            {
                field = ArticleFields.Editor;
            }
            else if (PublishWords.Contains(token))
            {
                // "siapa yang menerbitkan" asks the outlet; "kapan terbit" the date.
                field = asksWhen ? ArticleFields.Published : asksWho || Near(tokens, i, WhichWords) ? ArticleFields.Outlet : ArticleFields.None;
            }
            else if (OutletNouns.Contains(token) && Near(tokens, i, WhichWords))
            {
                field = ArticleFields.Outlet;
            }
            else if (AgencyWords.Contains(token) || IsArticleSource(tokens, i) || IsNewsAgency(tokens, i))
            {
                field = ArticleFields.Agency;
            }

            if (field != ArticleFields.None)
            {
                fields |= field;
                byline.Add(i);
                if (field == ArticleFields.Agency && i + 1 < tokens.Count && tokens[i] == "kantor")
                {
                    byline.Add(i + 1);
                }
            }
        }

        return fields;
    }

    /// <summary>"sumber berita", "sumber dari mana", "its source", "the source of the article"; not "sumber ketegangan menurut berita".</summary>
    private static bool IsArticleSource(IReadOnlyList<string> tokens, int i)
    {
        if (!SourceWords.Contains(tokens[i]))
        {
            return false;
        }

        if (i == tokens.Count - 1 || SourceFollowers.Contains(tokens[i + 1]) || ArticleWords.Contains(tokens[i + 1])
            || (i > 0 && SourceOwners.Contains(tokens[i - 1])))
        {
            return true;
        }

        // "the source of the article"
        return tokens[i + 1] == "of" && tokens.Skip(i + 2).Take(2).Any(ArticleWords.Contains);
    }

    /// <summary>"kantor berita" is a news agency, not a piece of news.</summary>
    private static bool IsNewsAgency(IReadOnlyList<string> tokens, int i) =>
        tokens[i] == "kantor" && i + 1 < tokens.Count && tokens[i + 1] == "berita";

    private static bool Near(IReadOnlyList<string> tokens, int i, FrozenSet<string> words, int reach = 2)
    {
        for (var k = Math.Max(0, i - reach); k <= Math.Min(tokens.Count - 1, i + reach); k++)
        {
            if (k != i && words.Contains(tokens[k]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The outlet's name (without domain parts and parenthesised notes) and the wire agency's, as token runs.</summary>
    private static IEnumerable<string[]> NamesOf(Source source)
    {
        var outlet = source.Outlet;
        var paren = outlet.IndexOf('(', StringComparison.Ordinal);
        if (paren > 0)
        {
            outlet = outlet[..paren];
        }

        var outletTokens = TextNormalizer.Tokenize(outlet).Where(t => !OutletNoise.Contains(t)).ToArray();
        if (outletTokens.Length > 0)
        {
            yield return outletTokens;
        }

        if (source.Agency is { } agency && TextNormalizer.Tokenize(agency).Where(t => !OutletNoise.Contains(t)).ToArray() is { Length: > 0 } agencyTokens)
        {
            yield return agencyTokens;
        }
    }

    /// <summary>The long words this reader looks for, which a typo should not hide ("sumbrnya", "penuls").</summary>
    private static readonly string[] SpelledWords = ArticleWords.Concat(AuthorNouns).Concat(AuthorVerbs).Concat(EditorNouns)
        .Concat(EditorVerbs).Concat(PublishWords).Concat(OutletNouns).Concat(AgencyWords).Concat(SourceWords)
        .Where(w => w.Length >= 6).Distinct().ToArray();

    /// <summary>
    /// Byline questions are read before the typo corrector runs, and the corrector only knows the cards' words, so
    /// a byline word one slip away from its spelling is put right here. Real words stay as written.
    /// </summary>
    private static IReadOnlyList<string> Respelled(IReadOnlyList<string> tokens)
    {
        string[]? respelled = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Length < 5 || GeneralLexicon.Contains(token) || Array.IndexOf(SpelledWords, token) >= 0)
            {
                continue;
            }

            var meant = Array.Find(SpelledWords, w => EditDistance.AtMostOne(token, w));
            if (meant is not null)
            {
                respelled ??= tokens.ToArray();
                respelled[i] = meant;
            }
        }

        return respelled ?? tokens;
    }

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.Ordinal);
}
