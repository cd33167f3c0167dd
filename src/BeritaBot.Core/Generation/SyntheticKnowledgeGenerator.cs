using System.Globalization;
using BeritaBot.Core.Knowledge;
using V = BeritaBot.Core.Generation.SyntheticVocabulary;

namespace BeritaBot.Core.Generation;

/// <summary>
/// Generates knowledge of any size in the real folder format, deterministically from a seed, with questions whose
/// answers are known: for measuring the matcher at sizes the real coverage has not reached yet.
/// </summary>
public static class SyntheticKnowledgeGenerator
{
    /// <summary>Cards sampled for the question set; each yields a paraphrase, a chat-style and a misspelt question.</summary>
    public const int DefaultQueryCards = 100;

    /// <summary>Articles hold a few facts each: at least this many consecutive cards cite one source.</summary>
    private const int CardsPerSource = 4;

    /// <summary>
    /// sources.yaml must stay under the loader's file-size cap, so a large set has fewer, fuller articles: about
    /// 170 bytes per source entry, within three quarters of the cap.
    /// </summary>
    private const int MaxSources = (int)(Knowledge.Loading.KnowledgeFileReader.MaxFileBytes * 3 / 4 / 170);

    /// <summary>Above this many cards, files go into subfolders of a thousand.</summary>
    private const int FlatFolderLimit = 1000;

    private const int AttemptsPerTemplate = 200;

    public static SyntheticKnowledge Generate(int cardCount, int seed, int queryCards = DefaultQueryCards)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(cardCount);
        ArgumentOutOfRangeException.ThrowIfNegative(queryCards);
        var random = new Random(seed);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var drafts = new List<CardDraft>(cardCount);
        var cards = new List<SyntheticCard>(cardCount);
        var cardsPerSource = Math.Max(CardsPerSource, (cardCount + MaxSources - 1) / MaxSources);
        var sources = new List<SyntheticSource>((cardCount / cardsPerSource) + 1);
        for (var i = 0; i < cardCount; i++)
        {
            var draft = NextDraft(random, keys, i);
            var number = (i + 1).ToString("D6", CultureInfo.InvariantCulture);
            var id = $"{draft.Slug}-{number}";
            var block = i / cardsPerSource;
            if (i % cardsPerSource == 0)
            {
                var sourceNumber = (block + 1).ToString("D6", CultureInfo.InvariantCulture);
                sources.Add(new SyntheticSource($"artikel-{sourceNumber}", V.Outlets[random.Next(V.Outlets.Length)], draft.Title, draft.Precision == DatePrecision.Day ? draft.Date : null));
            }

            var folder = cardCount > FlatFolderLimit ? (i / FlatFolderLimit).ToString("D3", CultureInfo.InvariantCulture) + "/" : string.Empty;
            cards.Add(new SyntheticCard
            {
                Id = id,
                Title = draft.Title,
                Questions = draft.Questions,
                Answer = draft.Answer,
                AnswerEn = draft.AnswerEn,
                Keywords = draft.Keywords,
                Date = draft.Date,
                DatePrecision = draft.Precision,
                SourceId = sources[block].Id,
                // Facts from one article point at each other, as related cards do in real knowledge.
                Related = i % cardsPerSource == 0 ? [] : [cards[i - 1].Id],
                Tag = draft.Tag,
                RelativePath = folder + id + ".md",
            });
            drafts.Add(draft);
        }

        var queries = Queries(cards, drafts, seed, queryCards);
        return new SyntheticKnowledge(cards, sources, AliasGroups(), queries, seed);
    }

    /// <summary>Writes <c>sources.yaml</c>, <c>aliases.yaml</c> and <c>cards/</c> into a folder that is new or empty.</summary>
    public static void WriteFolder(SyntheticKnowledge knowledge, string folder)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
        {
            throw new IOException($"'{folder}' is not empty; generate into a new or empty folder");
        }

        KnowledgeFolderWriter.Write(knowledge, folder);
    }

    /// <summary>Writes the questions as an evaluation set (TSV: category, expected card or none, question) that <c>eval</c> reads.</summary>
    public static void WriteQueries(SyntheticKnowledge knowledge, string path)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        KnowledgeFolderWriter.WriteQueries(knowledge, path);
    }

    private static CardDraft NextDraft(Random random, HashSet<string> keys, int ordinal)
    {
        // Templates take turns; one whose combinations run out at large sizes hands its turn to the next.
        for (var t = 0; t < CardTemplates.All.Length; t++)
        {
            var template = CardTemplates.All[(ordinal + t) % CardTemplates.All.Length];
            for (var attempt = 0; attempt < AttemptsPerTemplate; attempt++)
            {
                var draft = template(random);
                if (keys.Add(draft.Key))
                {
                    return draft;
                }
            }
        }

        throw new InvalidOperationException("the vocabulary has no unused combination left for another card");
    }

    private static List<SyntheticQuery> Queries(List<SyntheticCard> cards, List<CardDraft> drafts, int seed, int queryCards)
    {
        // Its own random stream: asking for more or fewer questions never changes the cards.
        var random = new Random(unchecked((seed * 7919) + 17));
        var queries = new List<SyntheticQuery>();
        var sample = Math.Min(queryCards, cards.Count);
        if (sample == 0)
        {
            return queries;
        }

        // A random sample, not every n-th card: templates take turns, so a fixed stride would see only some of them.
        var picked = new SortedSet<int>();
        while (picked.Count < sample)
        {
            picked.Add(sample == cards.Count ? picked.Count : random.Next(cards.Count));
        }

        var s = 0;
        foreach (var i in picked)
        {
            var draft = drafts[i];
            var id = cards[i].Id;
            queries.Add(new SyntheticQuery("paraphrase", id, draft.Paraphrases[s % draft.Paraphrases.Length]));
            queries.Add(new SyntheticQuery("chat", id, draft.Chat));
            queries.Add(new SyntheticQuery("typo", id, TypoMaker.Misspell(draft.TypoBase, random)));
            s++;
        }

        // A fifth of the set is out of scope: half plainly unrelated, half shaped like the cards but about
        // people, companies and places no card mentions.
        var outOfScope = Math.Max(2, sample * 3 / 4);
        for (var n = 0; n < outOfScope; n++)
        {
            var question = n % 2 == 0 ? V.UnrelatedQuestions[(n / 2) % V.UnrelatedQuestions.Length] : NearMiss(random);
            queries.Add(new SyntheticQuery("none", null, question));
        }

        return queries;
    }

    private static string NearMiss(Random r)
    {
        var person = $"{CardTemplates.Pick(r, V.HeldOutFirstNames)} {CardTemplates.Pick(r, V.HeldOutLastNames)}";
        var other = $"{CardTemplates.Pick(r, V.HeldOutFirstNames)} {CardTemplates.Pick(r, V.HeldOutLastNames)}";
        var city = CardTemplates.Pick(r, V.HeldOutCities);
        var year = r.Next(CardTemplates.FirstYear, CardTemplates.LastYear + 1).ToString(CultureInfo.InvariantCulture);
        return r.Next(5) switch
        {
            0 => $"Kapan {person} bertemu dengan {other} di {city}?",
            1 => $"Berapa laba bersih PT {CardTemplates.Pick(r, V.HeldOutLastNames)} Group pada tahun {year}?",
            2 => $"Mengapa {CardTemplates.Pick(r, V.Groups).Id} berunjuk rasa di {city} pada {year}?",
            3 => $"Apa tujuan kunjungan {person} ke {city}?",
            _ => $"Berapa korban {CardTemplates.Pick(r, V.Disasters).Id} di {city} tahun {year}?",
        };
    }

    private static List<IReadOnlyList<string>> AliasGroups()
    {
        var groups = new List<IReadOnlyList<string>>();
        foreach (var (id, en) in V.Countries)
        {
            var english = en.StartsWith("the ", StringComparison.Ordinal) ? en[4..] : en;
            if (!string.Equals(id, english, StringComparison.OrdinalIgnoreCase))
            {
                groups.Add([id.ToLowerInvariant(), english.ToLowerInvariant()]);
            }
        }

        groups.Add(["kesepakatan", "agreement", "deal"]);
        groups.Add(["kunjungan", "visit", "lawatan"]);
        groups.Add(["pertemuan", "meeting", "talks"]);
        groups.Add(["laba bersih", "net profit"]);
        groups.Add(["demonstrasi", "demo", "protest", "protes"]);
        groups.Add(["pendapatan", "revenue"]);
        return groups;
    }
}
