using System.Collections.Frozen;

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
        "reporternya", "reporters", "author", "authors", "writer", "writers", "byline", "kontributor", "kontributornya",
        "contributor", "contributors", "kredit", "credit", "credits", "credited");

    private static readonly FrozenSet<string> AuthorVerbs = Set(
        "menulis", "menulisnya", "nulis", "nulisnya", "ditulis", "meliput", "diliput", "melaporkan", "wrote", "written",
        "write", "writes", "reported", "covered");

    private static readonly FrozenSet<string> EditorNouns = Set(
        "editor", "editornya", "editors", "penyunting", "penyuntingnya", "redaktur", "redakturnya");

    private static readonly FrozenSet<string> EditorVerbs = Set("edited", "menyunting", "disunting", "mengedit", "diedit", "ngedit");

    private static readonly FrozenSet<string> PublishWords = Set(
        "terbit", "terbitnya", "diterbitkan", "menerbitkan", "dimuat", "tayang", "ditayangkan", "dipublikasikan",
        "publikasi", "dirilis", "published", "publish", "posted", "released");

    /// <summary>Words that open an attribution ("menurut berita AP, ...").</summary>
    private static readonly FrozenSet<string> FrameWords = Set("menurut", "according", "berdasarkan", "mengutip");

    private static readonly FrozenSet<string> WhenWords = Set("kapan", "kapankah", "when");

    /// <summary>Time words that ask when only next to a question word ("tanggal berapa", "what year"), not in "terbit tahun 2020".</summary>
    private static readonly FrozenSet<string> TimeWords = Set("tanggal", "tgl", "hari", "jam", "pukul", "tahun", "date", "day", "time", "year");

    private static readonly FrozenSet<string> TimeQuestionWords = Set("berapa", "apa", "what", "which");

    private static readonly FrozenSet<string> WhoWords = Set("siapa", "siapakah", "who", "whom", "whose", "nama", "name");

    private static readonly FrozenSet<string> WhichWords = Set("apa", "mana", "manakah", "which", "what", "siapa", "who");

    private static readonly FrozenSet<string> OutletNouns = Set(
        "media", "outlet", "newspaper", "koran", "situs", "site", "portal", "publisher", "penerbit", "penerbitnya");

    private static readonly FrozenSet<string> EnglishOutletNouns = Set("outlet", "newspaper", "site", "portal", "publisher");

    private static readonly FrozenSet<string> AgencyWords = Set("agency", "agencies", "wire", "bersumber", "sumbernya");

    private static readonly FrozenSet<string> SourceWords = Set("sumber", "source", "sources");

    /// <summary>Words after "sumber" that make it the article's source, not the cause of something ("sumber konflik").</summary>
    private static readonly FrozenSet<string> SourceFollowers = Set("dari", "mana", "apa", "asli", "aslinya");

    private static readonly FrozenSet<string> SourceOwners = Set("its", "their", "news", "wire", "original");

    private const int NearOutlet = 3;

    public static ArticleQuestion Read(IReadOnlyList<string> tokens, SourceNames sources)
    {
        tokens = Respelled(tokens);
        var frame = AttributionFrame(tokens);
        var byline = new HashSet<int>();
        var fields = Fields(tokens, frame, byline);
        if (fields == ArticleFields.None)
        {
            return ArticleQuestion.NotAbout;
        }

        var articleAt = Enumerable.Range(0, tokens.Count).Where(i => ArticleWords.Contains(tokens[i])).ToList();
        // An outlet's name is often an ordinary word too ("antara" = between): only next to "berita" or a byline
        // word, or right after "menurut" / "according to", is it the outlet.
        var anchors = articleAt.Concat(byline).ToList();
        var frameStarts = frame.Where(i => FrameWords.Contains(tokens[i])).ToList();
        var named = new List<string>();
        var nameTokens = new HashSet<int>();
        foreach (var (sourceId, name) in sources.Names)
        {
            for (var at = 0; at < tokens.Count; at++)
            {
                if (TokenRuns.StartsAt(tokens, at, name) && (anchors.Any(a => Math.Abs(a - at) <= NearOutlet + name.Length - 1) || frameStarts.Any(f => at - f is 1 or 2)))
                {
                    if (!named.Contains(sourceId))
                    {
                        named.Add(sourceId);
                    }

                    nameTokens.UnionWith(Enumerable.Range(at, name.Length));
                }
            }
        }

        // "Media apa yang memberitakan …" / "which outlet reported …" needs no article word: it asks for one.
        if (articleAt.Count == 0 && named.Count == 0 && fields != ArticleFields.Outlet)
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

    /// <summary>A publishing verb with an object that is no article: "menerbitkan regulasi", "released the data".</summary>
    private static bool PublishesSomethingElse(IReadOnlyList<string> tokens, int verb) =>
        tokens.Skip(verb + 1).FirstOrDefault(t => !StopWords.IsStopWord(t)) is { } next
        && !ArticleWords.Contains(next) && !IntentDetector.QuestionWords.Contains(next) && !WhenWords.Contains(next);

    /// <summary>
    /// An outlet noun that a plain word describes is another kind of site or medium: "situs JUDI online", "media
    /// SOSIAL" (Indonesian puts the describing word after), "GAMBLING site" (English before).
    /// </summary>
    private static bool NamesSomethingElse(IReadOnlyList<string> tokens, int noun)
    {
        var describer = EnglishOutletNouns.Contains(tokens[noun]) ? noun - 1 : noun + 1;
        if (describer < 0 || describer >= tokens.Count)
        {
            return false;
        }

        var word = tokens[describer];
        return !StopWords.IsStopWord(word) && !ArticleWords.Contains(word) && !WhichWords.Contains(word)
            && !IntentDetector.QuestionWords.Contains(word) && !PublishWords.Contains(word) && !AuthorVerbs.Contains(word)
            && !OutletNouns.Contains(word);
    }

    /// <summary>
    /// The positions of an attribution such as "menurut berita yang bersumber dari AFP" or "according to the AP
    /// report": from the framing word up to the question word that follows it, or to the end of the question.
    /// </summary>
    private static HashSet<int> AttributionFrame(IReadOnlyList<string> tokens)
    {
        var frame = new HashSet<int>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!FrameWords.Contains(tokens[i]))
            {
                continue;
            }

            for (var k = i; k < tokens.Count && (k == i || !IntentDetector.QuestionWords.Contains(tokens[k])); k++)
            {
                frame.Add(k);
            }
        }

        return frame;
    }

    /// <param name="frame">Positions inside an attribution, where a byline word says where the fact was read, not what is asked.</param>
    private static ArticleFields Fields(IReadOnlyList<string> tokens, HashSet<int> frame, HashSet<int> byline)
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
                // "siapa yang menerbitkan" asks the outlet; "kapan terbit" the date; "siapa yang menerbitkan REGULASI"
                // asks who issued something else.
                field = asksWhen ? ArticleFields.Published
                    : (asksWho || Near(tokens, i, WhichWords)) && !PublishesSomethingElse(tokens, i) ? ArticleFields.Outlet
                    : ArticleFields.None;
            }
            else if (OutletNouns.Contains(token) && Near(tokens, i, WhichWords) && !NamesSomethingElse(tokens, i))
            {
                field = ArticleFields.Outlet;
            }
            else if (AgencyWords.Contains(token) || IsArticleSource(tokens, i) || IsNewsAgency(tokens, i))
            {
                field = ArticleFields.Agency;
            }

            if (field != ArticleFields.None && !frame.Contains(i))
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

    /// <summary>The words this reader looks for, which a typo should not hide ("sumbrnya", "penuls", "nuls").</summary>
    private static readonly string[] SpelledWords = ArticleWords.Concat(AuthorNouns).Concat(AuthorVerbs).Concat(EditorNouns)
        .Concat(EditorVerbs).Concat(PublishWords).Concat(OutletNouns).Concat(AgencyWords).Concat(SourceWords)
        .Where(w => w.Length >= 5).Distinct().ToArray();

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
            if (token.Length < 4 || GeneralLexicon.Contains(token) || Array.IndexOf(SpelledWords, token) >= 0)
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
