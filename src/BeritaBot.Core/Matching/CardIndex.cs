using System.Collections.Frozen;
using System.Text.RegularExpressions;
using BeritaBot.Core.Knowledge;
using BeritaBot.Core.Matching.Scoring;

namespace BeritaBot.Core.Matching;

/// <summary>
/// The search structures for one knowledge snapshot, built once at load: an inverted index of stemmed terms to
/// cards (with idf), each card's analysed phrasings, and the vocabulary behind typo correction and autocomplete.
/// Immutable after construction, so any number of threads can search it.
/// </summary>
internal sealed class CardIndex
{
    private readonly Dictionary<string, int> _termIds;
    private readonly Dictionary<string, int> _ordinals;
    private readonly string[] _sortedSurfaceWords;

    private CardIndex(
        IReadOnlyList<Card> cards,
        QuestionAnalyzer analyzer,
        Dictionary<string, int> termIds,
        Posting[][] postings,
        double[] idf,
        IndexedPhrasing[][] phrasings,
        int[] intentMasks,
        bool[] isName,
        string[] sortedSurfaceWords)
    {
        IsName = isName;
        Cards = cards;
        Analyzer = analyzer;
        _termIds = termIds;
        Postings = postings;
        Idf = idf;
        Phrasings = phrasings;
        IntentMasks = intentMasks;
        _sortedSurfaceWords = sortedSurfaceWords;
        _ordinals = new Dictionary<string, int>(cards.Count, StringComparer.Ordinal);
        for (var i = 0; i < cards.Count; i++)
        {
            _ordinals[cards[i].Id] = i;
        }

        UnknownIdf = IdfOf(1, cards.Count);
        _kindIdf = Enum.GetValues<QuestionIntent>()
            .Select(kind => IdfOf(intentMasks.Count(mask => (mask & (1 << (int)kind)) != 0), cards.Count))
            .ToArray();
    }

    private readonly double[] _kindIdf;

    /// <summary>The idf of a kind of question among the cards whose phrasings ask it: "where" asked by few says more than "what".</summary>
    public double KindIdf(QuestionIntent kind) => _kindIdf[(int)kind];

    public IReadOnlyList<Card> Cards { get; }

    /// <summary>How candidates are scored: the shipped model unless a calibration run tries another.</summary>
    public ScoringModel Model { get; init; } = ScoringModel.Default;

    public QuestionAnalyzer Analyzer { get; }

    public Posting[][] Postings { get; }

    public double[] Idf { get; }

    public IndexedPhrasing[][] Phrasings { get; }

    /// <summary>Per card, its analysed <c>not_covered</c> questions: what it leaves open, kept apart from what it answers.</summary>
    public IndexedPhrasing[][] NotCovered { get; private init; } = [];

    /// <summary>Per card, a bit per <see cref="QuestionIntent"/> its phrasings ask (and Date for dated cards).</summary>
    public int[] IntentMasks { get; }

    /// <summary>
    /// Per card: whether it gives a calendar day (a day-precision date, or a day and month in its answer). A card that
    /// only says "on Monday" or "in September 2023" does not answer "tanggal berapa".
    /// </summary>
    public bool[] GivesDay { get; private init; } = [];

    /// <summary>
    /// Per card, as a mask of <see cref="QuestionIntent"/> bits: the kinds of thing its answer states (a date, a place,
    /// a figure), whatever its phrasings ask; and <see cref="ClockKind"/> when it gives a time of day.
    /// </summary>
    public int[] AnswerKinds { get; private init; } = [];

    /// <summary>The <see cref="AnswerKinds"/> bit of an answer that states a time of day ("pukul 14.42 WIB", "at 9 a.m.").</summary>
    public const int ClockKind = 1 << 16;

    /// <summary>Per card, sorted: the terms its answers write next to a figure ("282 instansi", "denda Rp1 miliar"): what it counts.</summary>
    public CardTermRuns Counted { get; private init; } = CardTermRuns.Empty;

    /// <summary>
    /// Per card, sorted: the terms its answers write only in a clause saying the detail is not given ("Jenis senjata
    /// dan pemiliknya tidak disebutkan"), and nowhere it asks or states anything.
    /// </summary>
    public CardTermRuns Unstated { get; private init; } = CardTermRuns.Empty;

    /// <summary>
    /// Per card: whether its answer gives a count in figures ("2.000 prajurit", "60 tentara"), not only words such as
    /// "puluhan" or a year. Only such a card answers "berapa persisnya".
    /// </summary>
    public bool[] GivesCount { get; private init; } = [];

    /// <summary>Per card: whether its answer states a length of time ("enam pekan", "three decades").</summary>
    public bool[] GivesDuration { get; private init; } = [];

    /// <summary>A word the knowledge never uses is as telling as its rarest word.</summary>
    public double UnknownIdf { get; }

    /// <summary>
    /// Per term: whether the knowledge writes it as a name (capitalised inside its sentences: Azerbaijan, Lavrov,
    /// CSTO). A question naming something the card never names is about something else; a plain word the card
    /// lacks may just be another way of saying it.
    /// </summary>
    public bool[] IsName { get; }


    /// <param name="sources">The articles by id: a card also answers to its articles' outlet, agency and year
    /// ("menurut Kompas", "in the 2024 AP report"), weighted like answer words.</param>
    /// <param name="entities">Names by kind: a question naming one where the phrasing names another of its kind is about something else.</param>
    public static CardIndex Build(IReadOnlyList<Card> cards, AliasTable aliasTable, IReadOnlyDictionary<string, Source>? sources = null, EntityKinds? entities = null)
    {
        var aliases = NewAliases(aliasTable);
        var vocabulary = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var card in cards)
        {
            foreach (var text in IndexedTexts(card, sources))
            {
                foreach (var token in TextNormalizer.Tokenize(text.Text))
                {
                    vocabulary[token] = vocabulary.GetValueOrDefault(token) + 1;
                }
            }
        }

        foreach (var word in aliases.VariantTokens.Concat(aliases.CanonicalTokens))
        {
            vocabulary.TryAdd(word, 1);
        }

        var analyzer = new QuestionAnalyzer(aliases, new TypoCorrector(vocabulary));
        var termIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var postingLists = new List<List<Posting>>();
        var phrasings = new IndexedPhrasing[cards.Count][];
        var intentMasks = new int[cards.Count];
        var givesDay = new bool[cards.Count];
        var answerKinds = new int[cards.Count];
        var counted = new int[cards.Count][];
        var unstated = new int[cards.Count][];
        var givesDuration = new bool[cards.Count];
        var givesCount = new bool[cards.Count];
        var phraseTerms = new List<(int Card, bool NotCovered, string Text, int[] Terms, string Normalized, QuestionIntent Intent, Answering.AnswerLanguage Language, IReadOnlyList<string> Framed)>();

        // Per card, the terms of what it answers: phrasings, title and keywords. The answer text does not count; it
        // may name a detail only to say it is missing ("nama para pejabat itu tidak disebutkan").
        var answering = new HashSet<int>[cards.Count];

        // Per card, each term's frequency per field and the fields' lengths: BM25F needs every card's lengths first.
        var frequencies = new Dictionary<int, float[]>[cards.Count];
        var lengths = new float[cards.Count, Bm25FieldWeights.Indexed.Length];

        // Questions a card leaves open are read after the answering texts, with their stems known: a chat verb there
        // ("nangguhin") must become the stem the answering phrasings use ("tangguh"), as it does in a user's question.
        var openTexts = new List<(int Card, string Text)>();

        // entities.yaml's names as terms: a name right before a speech verb makes a phrasing ask what someone said.
        var nameTerms = (entities ?? EntityKinds.Empty).Kinds.Values
            .SelectMany(names => names)
            .SelectMany(name => analyzer.Analyze(name, correctTypos: false).Terms)
            .ToHashSet(StringComparer.Ordinal);

        // The analysed phrasings, for who speaks in the "what did X say" ones once the names' kinds are known.
        var questionTexts = new List<(int Card, AnalyzedText Phrasing)>();

        for (var c = 0; c < cards.Count; c++)
        {
            var card = cards[c];
            var counts = new Dictionary<int, float[]>();
            var nearNumbers = new HashSet<int>();
            var denied = new HashSet<int>();
            var stated = new HashSet<int>();
            answering[c] = [];
            foreach (var (text, field, role) in IndexedTexts(card, sources))
            {
                if (role == TextRole.NotCovered)
                {
                    openTexts.Add((c, text));
                    continue;
                }

                var analyzed = analyzer.Analyze(text, correctTypos: false);
                var ids = new int[analyzed.Terms.Count];
                var slot = Array.IndexOf(Bm25FieldWeights.Indexed, field);
                for (var t = 0; t < ids.Length; t++)
                {
                    var id = TermIdOrNew(analyzed.Terms[t], termIds, postingLists);
                    ids[t] = id;
                    if (!counts.TryGetValue(id, out var perField))
                    {
                        counts[id] = perField = new float[Bm25FieldWeights.Indexed.Length];
                    }

                    perField[slot]++;
                }

                lengths[c, slot] += ids.Length;
                if (field is CardField.Answer or CardField.AnswerEn)
                {
                    var english = analyzed.Language == Answering.AnswerLanguage.English;
                    var clauses = Clauses.Split(text).Select(TextNormalizer.Tokenize).ToArray();
                    nearNumbers.UnionWith(NearNumbers(analyzer, clauses.SelectMany(c => c).ToArray(), english, termIds));
                    SplitDenied(analyzer, clauses, english, termIds, denied, stated);
                }

                if (role is TextRole.Question or TextRole.Label)
                {
                    answering[c].UnionWith(ids);
                }

                if (role is TextRole.Question)
                {
                    questionTexts.Add((c, analyzed));
                    Array.Sort(ids);
                    phraseTerms.Add((c, false, text, ids.Distinct().ToArray(), analyzed.Normalized, analyzed.Intent, analyzed.Language, analyzed.Framed));
                    if (analyzed.Intent != QuestionIntent.None)
                    {
                        intentMasks[c] |= 1 << (int)analyzed.Intent;
                    }

                    // "alizade bilang rusia bs percepat damai?" asks who said what without "apa": a card reporting words.
                    if (SaysWho(analyzer, text, nameTerms))
                    {
                        intentMasks[c] |= 1 << (int)QuestionIntent.Statement;
                    }
                }
            }

            // A card dated only to the month says its own event has no known day; a day in its text is another event's.
            if (card.Date is not null ? card.DatePrecision == DatePrecision.Day : DayDate.IsMatch(card.Answer))
            {
                givesDay[c] = true;
            }

            givesDuration[c] = Durations.Stated(card.Answer) || (card.AnswerEn is not null && Durations.Stated(card.AnswerEn));
            givesCount[c] = Count.IsMatch(card.Answer);
            answerKinds[c] = AnswerGives(card);
            counted[c] = nearNumbers.Order().ToArray();
            denied.ExceptWith(stated);
            denied.ExceptWith(answering[c]);
            unstated[c] = denied.Order().ToArray();

            if (card.Date is not null)
            {
                intentMasks[c] |= 1 << (int)QuestionIntent.Date;
            }

            frequencies[c] = counts;
        }

        analyzer.AddKnownStems(termIds.Keys);
        var openSlot = Array.IndexOf(Bm25FieldWeights.Indexed, CardField.NotCovered);
        foreach (var (c, text) in openTexts)
        {
            var analyzed = analyzer.Analyze(text, correctTypos: false);
            var ids = analyzed.Terms.Select(term => TermIdOrNew(term, termIds, postingLists)).Distinct().Order().ToArray();
            foreach (var id in ids)
            {
                if (!frequencies[c].TryGetValue(id, out var perField))
                {
                    frequencies[c][id] = perField = new float[Bm25FieldWeights.Indexed.Length];
                }

                perField[openSlot]++;
            }

            lengths[c, openSlot] += ids.Length;
            phraseTerms.Add((c, true, text, ids, analyzed.Normalized, analyzed.Intent, analyzed.Language, analyzed.Framed));
        }

        AddPostings(frequencies, lengths, postingLists);

        // Words only the open questions use are known words of the knowledge too, for users' questions.
        analyzer.AddKnownStems(termIds.Keys);

        var idf = new double[termIds.Count];
        for (var t = 0; t < idf.Length; t++)
        {
            idf[t] = IdfOf(postingLists[t].Count, cards.Count);
        }

        var notCovered = new IndexedPhrasing[cards.Count][];
        foreach (var group in phraseTerms.GroupBy(p => (p.Card, p.NotCovered)))
        {
            var indexed = group
                .Select(p => new IndexedPhrasing(p.Text, p.Terms, p.Terms.Sum(id => idf[id]), System.Text.Encoding.UTF8.GetBytes(CardMatcher.SortWords(p.Normalized)), p.Intent, p.Language)
                {
                    OpenTerms = group.Key.NotCovered
                        ? p.Terms.Concat(p.Framed.Where(termIds.ContainsKey).Select(t => termIds[t])).Distinct().Where(id => !answering[p.Card].Contains(id)).ToArray()
                        : [],
                })
                .ToArray();
            (group.Key.NotCovered ? notCovered : phrasings)[group.Key.Card] = indexed;
        }

        for (var c = 0; c < phrasings.Length; c++)
        {
            phrasings[c] ??= [];
            notCovered[c] ??= [];
        }

        var surface = vocabulary.Keys.Order(StringComparer.Ordinal).ToArray();
        var isName = new bool[termIds.Count];
        foreach (var word in NameDetector.Names(cards.SelectMany(EditorialTexts)))
        {
            foreach (var token in TextNormalizer.Tokenize(word))
            {
                if (termIds.TryGetValue(analyzer.Stem(token, english: false), out var id))
                {
                    isName[id] = true;
                }

                if (termIds.TryGetValue(analyzer.Stem(token, english: true), out id))
                {
                    isName[id] = true;
                }
            }
        }

        var kinds = new int[termIds.Count];
        // People are always kind 1, so a knowledge without them has no PersonKind at all.
        var kindLists = (entities ?? EntityKinds.Empty).Kinds.ToArray();
        var otherKind = PersonKind;
        foreach (var (kindName, names) in kindLists)
        {
            var kind = kindName == PersonKindName ? PersonKind : ++otherKind;
            foreach (var name in names)
            {
                foreach (var term in analyzer.Analyze(name, correctTypos: false).Terms)
                {
                    if (termIds.TryGetValue(term, out var id))
                    {
                        kinds[id] = kind;
                    }
                }
            }
        }

        var speakers = new int[cards.Count][];
        foreach (var group in questionTexts.GroupBy(s => s.Card))
        {
            speakers[group.Key] = group
                .Select(s => Speaker(s.Phrasing, term => termIds.GetValueOrDefault(term, -1), kinds))
                .Where(id => id >= 0)
                .Distinct()
                .Order()
                .ToArray();
        }

        return new CardIndex(cards, analyzer, termIds, postingLists.Select(l => l.ToArray()).ToArray(), idf, phrasings, intentMasks, isName, surface)
        {
            Speakers = CardTermRuns.From(speakers.Select(s => s ?? []).ToArray()),
            GivesDay = givesDay,
            AnswerKinds = answerKinds,
            Counted = CardTermRuns.From(counted),
            Unstated = CardTermRuns.From(unstated),
            GivesDuration = givesDuration,
            GivesCount = givesCount,
            EntityKind = kinds,
            NotCovered = notCovered,
        };
    }

    /// <summary>An index from the parts <see cref="ToParts"/> gave: the same index, none of its cards analysed again.</summary>
    internal static CardIndex FromParts(IReadOnlyList<Card> cards, AliasTable aliasTable, CardIndexParts parts)
    {
        var vocabulary = new Dictionary<string, int>(parts.Vocabulary.Count, StringComparer.Ordinal);
        foreach (var (word, count) in parts.Vocabulary)
        {
            vocabulary.Add(word, count);
        }

        var termIds = new Dictionary<string, int>(parts.Terms.Length, StringComparer.Ordinal);
        for (var t = 0; t < parts.Terms.Length; t++)
        {
            termIds.Add(parts.Terms[t], t);
        }

        // The typo corrector breaks ties by the vocabulary's order, kept as Build met the words.
        var analyzer = new QuestionAnalyzer(NewAliases(aliasTable), new TypoCorrector(vocabulary));
        analyzer.AddKnownStems(parts.Terms);
        return new CardIndex(cards, analyzer, termIds, parts.Postings, parts.Idf, parts.Phrasings, parts.IntentMasks, parts.IsName, parts.SortedSurfaceWords)
        {
            Speakers = parts.Speakers,
            GivesDay = parts.GivesDay,
            AnswerKinds = parts.AnswerKinds,
            Counted = parts.Counted,
            Unstated = parts.Unstated,
            GivesDuration = parts.GivesDuration,
            GivesCount = parts.GivesCount,
            EntityKind = parts.EntityKind,
            NotCovered = parts.NotCovered,
        };
    }

    /// <summary>What the knowledge cache writes: every structure <see cref="Build"/> computed.</summary>
    internal CardIndexParts ToParts()
    {
        var terms = new string[_termIds.Count];
        foreach (var (term, id) in _termIds)
        {
            terms[id] = term;
        }

        return new CardIndexParts(
            Analyzer.Typos.Vocabulary.ToArray(), terms, Postings, Idf, Phrasings, NotCovered, IntentMasks, AnswerKinds, Counted, Unstated, GivesDay, GivesCount, GivesDuration, IsName, Speakers, EntityKind, _sortedSurfaceWords);
    }

    /// <summary>Per card, the names its "what did X say" phrasings give as the one speaking.</summary>
    public CardTermRuns Speakers { get; private init; } = CardTermRuns.Empty;

    /// <summary>
    /// The term id of who is speaking in a "what did X say" text, or −1: the word right before the speech verb
    /// ("Pashinyan bilang apa ke Putin", "what did Putin tell Pashinyan"), or right after it when the verb follows
    /// "apa" or "yang" ("apa kata Peskov", "apa yang dikatakan Aliyev"), if entities.yaml gives that word a kind.
    /// </summary>
    public static int Speaker(AnalyzedText text, Func<string, int> termId, int[] kinds)
    {
        if (text.SpeechAt < 0)
        {
            return -1;
        }

        // The word right next to the verb, on the speaker's side: "juru bicara Kremlin" is no name, and the country
        // named after it is what he spoke about, not who spoke.
        var next = -1;
        for (var t = 0; t < text.Terms.Count; t++)
        {
            var before = text.TermPositions[t] < text.SpeechAt;
            if (text.SpeakerFollows ? !before && text.TermPositions[t] > text.SpeechAt : before)
            {
                next = t;
                if (text.SpeakerFollows)
                {
                    break;
                }
            }
        }

        var id = next >= 0 ? termId(text.Terms[next]) : -1;
        return id >= 0 && kinds[id] != 0 ? id : -1;
    }

    public int OrdinalOf(string cardId) => _ordinals[cardId];

    /// <summary>
    /// Per term: 0, or the number of its kind in <c>entities.yaml</c> (person, country, ...): <see cref="PersonKind"/>
    /// for people, 2 and up for the other kinds in the file's order.
    /// </summary>
    public int[] EntityKind { get; private init; } = [];

    /// <summary>The <see cref="EntityKind"/> of the names <c>entities.yaml</c> lists as people.</summary>
    public const int PersonKind = 1;

    private const string PersonKindName = "person";

    /// <summary>The terms <c>entities.yaml</c> lists as people's names: few, so a card's are found through their postings.</summary>
    public int[] PersonTerms => _personTerms ??= Enumerable.Range(0, EntityKind.Length).Where(id => EntityKind[id] == PersonKind).ToArray();

    private int[]? _personTerms;

    public bool TryOrdinalOf(string cardId, out int ordinal) => _ordinals.TryGetValue(cardId, out ordinal);

    public int TermId(string term) => _termIds.TryGetValue(term, out var id) ? id : -1;

    /// <summary>Known words starting with a prefix, for the word a user is still typing.</summary>
    public IEnumerable<string> WordsStartingWith(string prefix, int limit)
    {
        var start = Array.BinarySearch(_sortedSurfaceWords, prefix, StringComparer.Ordinal);
        if (start < 0)
        {
            start = ~start;
        }

        for (var i = start; i < _sortedSurfaceWords.Length && limit > 0; i++)
        {
            if (!_sortedSurfaceWords[i].StartsWith(prefix, StringComparison.Ordinal))
            {
                yield break;
            }

            limit--;
            yield return _sortedSurfaceWords[i];
        }
    }

    /// <summary>The knowledge's aliases, then the general lexicon's phrases where they say nothing.</summary>
    private static AliasExpander NewAliases(AliasTable aliasTable) => new(aliasTable, SynonymLexicon.Phrases);

    /// <summary>
    /// A phrasing with a name right before a speech verb ("alizade bilang …", "Putin said …"): it asks about someone's
    /// words even without "apa". "When the reports say …" does not.
    /// </summary>
    private static bool SaysWho(QuestionAnalyzer analyzer, string text, HashSet<string> nameTerms)
    {
        var tokens = TextNormalizer.Tokenize(text);
        var at = IntentDetector.SpeechVerbAt(tokens);
        if (at <= 0)
        {
            return false;
        }

        var before = analyzer.Analyze(tokens[at - 1], correctTypos: false).Terms;
        return before.Count == 1 && nameTerms.Contains(before[0]);
    }

    private static int TermIdOrNew(string term, Dictionary<string, int> termIds, List<List<Posting>> postingLists)
    {
        if (!termIds.TryGetValue(term, out var id))
        {
            id = termIds.Count;
            termIds[term] = id;
            postingLists.Add([]);
        }

        return id;
    }

    /// <summary>BM25's idf: never negative, highest for the rarest terms.</summary>
    private static double IdfOf(int documentFrequency, int documentCount) =>
        Math.Log(1 + ((documentCount - documentFrequency + 0.5) / (documentFrequency + 0.5)));

    /// <summary>The texts editors write as prose, where capitals mean names (chat phrasings are often all lower case).</summary>
    private static IEnumerable<string> EditorialTexts(Card card)
    {
        yield return card.Title;
        yield return card.Answer;
        if (card.AnswerEn is not null)
        {
            yield return card.AnswerEn;
        }
    }

    private static IEnumerable<(string Text, CardField Field, TextRole Role)> IndexedTexts(Card card, IReadOnlyDictionary<string, Source>? sources) =>
        FieldTexts(card).Concat(SourceTexts(card, sources));

    private static IEnumerable<(string Text, CardField Field, TextRole Role)> SourceTexts(Card card, IReadOnlyDictionary<string, Source>? sources)
    {
        if (sources is null)
        {
            yield break;
        }

        foreach (var id in card.SourceIds)
        {
            if (sources.TryGetValue(id, out var source))
            {
                // "AP (terjemahan bahasa Indonesia)": the outlet is what precedes the editors' note.
                var outlet = source.Outlet.Split('(')[0];
                yield return ($"{outlet} {source.Agency} {source.Published?.Year}", CardField.Source, TextRole.Body);
            }
        }
    }

    private static IEnumerable<(string Text, CardField Field, TextRole Role)> FieldTexts(Card card)
    {
        foreach (var q in card.Questions)
        {
            yield return (q, CardField.Question, TextRole.Question);
        }

        // Read apart from what the card answers: the card knows these questions and that they are open.
        foreach (var q in card.NotCovered)
        {
            yield return (q, CardField.None, TextRole.NotCovered);
        }

        yield return (card.Title, CardField.Title, TextRole.Label);
        foreach (var k in card.Keywords)
        {
            yield return (k, CardField.Keyword, TextRole.Label);
        }

        yield return (card.Answer, CardField.Answer, TextRole.Body);
        if (card.AnswerEn is not null)
        {
            yield return (card.AnswerEn, CardField.AnswerEn, TextRole.Body);
        }
    }

    /// <summary>
    /// BM25F: per term and card, tf' = Σ over fields of weight × tf / (1 − b + b × length / average length), kept as
    /// its saturation tf' / (k1 + tf'). A query term then adds idf × saturation, whatever field it was found in.
    /// </summary>
    private static void AddPostings(Dictionary<int, float[]>[] frequencies, float[,] lengths, List<List<Posting>> postingLists)
    {
        var fields = Bm25FieldWeights.Indexed;
        var average = new double[fields.Length];
        for (var f = 0; f < fields.Length; f++)
        {
            var sum = 0.0;
            for (var c = 0; c < frequencies.Length; c++)
            {
                sum += lengths[c, f];
            }

            average[f] = frequencies.Length == 0 ? 1 : Math.Max(1, sum / frequencies.Length);
        }

        for (var c = 0; c < frequencies.Length; c++)
        {
            foreach (var (id, perField) in frequencies[c])
            {
                var combined = 0.0;
                var present = CardField.None;
                for (var f = 0; f < fields.Length; f++)
                {
                    if (perField[f] <= 0)
                    {
                        continue;
                    }

                    present |= fields[f];
                    var b = Bm25FieldWeights.LengthNormalisation(fields[f]);
                    combined += Bm25FieldWeights.Weight(fields[f]) * perField[f] / (1 - b + (b * lengths[c, f] / average[f]));
                }

                postingLists[id].Add(new Posting(c, (Half)(combined / (Bm25FieldWeights.K1 + combined)), present));
            }
        }
    }

    private enum TextRole
    {
        /// <summary>The answer and the cited articles' outlet, agency and year.</summary>
        Body,

        /// <summary>The title and keywords.</summary>
        Label,

        Question,
        NotCovered,
    }

    /// <summary>A figure that is not a bare year: "2.000", "60", "4 miliar"; not "2020" or "1990-an".</summary>
    private static readonly Regex Count = new(
        @"(?<![\d.,])(\d{1,3}([.,]\d{3})+|\d{1,3})(?![\d.,]*\d)(?!-an)",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>
    /// The kinds of thing a card's answer states, read from its text: a date (its own date, a day and month, a month
    /// and year, or a year after "pada"/"in"), a place ("di Jakarta", "di kantor Kominfo", "in Surabaya") and a figure
    /// that is no date. The phrasings say what the editor thought to ask; the answer says what a reader can learn.
    /// </summary>
    private static int AnswerGives(Card card)
    {
        var texts = card.AnswerEn is null ? [card.Answer] : new[] { card.Answer, card.AnswerEn };
        var kinds = 0;
        if (card.Date is not null || texts.Any(t => DayDate.IsMatch(t) || MonthYear.IsMatch(t) || YearAfter.IsMatch(t)))
        {
            kinds |= 1 << (int)QuestionIntent.Date;
        }

        if (PlaceIndonesian.IsMatch(card.Answer)
            || (card.AnswerEn is not null && PlaceEnglish.Matches(card.AnswerEn).Any(m => !DateLabels.MonthNames.Contains(m.Groups["word"].Value, StringComparer.OrdinalIgnoreCase) && !Weekdays.Contains(m.Groups["word"].Value))))
        {
            kinds |= 1 << (int)QuestionIntent.Place;
        }

        if (texts.Any(t => Count.IsMatch(DayDate.Replace(t, " "))))
        {
            kinds |= 1 << (int)QuestionIntent.Quantity;
        }

        if (texts.Any(ClockTime.IsMatch))
        {
            kinds |= ClockKind;
        }

        return kinds;
    }

    /// <summary>How far from a figure a word still says what the figure counts: "282 instansi", "denda sebesar Rp1 miliar".</summary>
    private const int CountedWindow = 3;

    /// <summary>
    /// The term ids of the words within <see cref="CountedWindow"/> of a figure in an answer text; a number written as
    /// a word ("tiga") is a figure too, since the tokenizer turns it into digits.
    /// </summary>
    private static IEnumerable<int> NearNumbers(QuestionAnalyzer analyzer, string[] tokens, bool english, Dictionary<string, int> termIds)
    {
        for (var i = 0; i < tokens.Length; i++)
        {
            if (!tokens[i].Any(char.IsDigit))
            {
                continue;
            }

            for (var j = Math.Max(0, i - CountedWindow); j <= Math.Min(tokens.Length - 1, i + CountedWindow); j++)
            {
                if (j != i && !StopWords.IsStopWord(tokens[j]) && termIds.TryGetValue(analyzer.Stem(tokens[j], english), out var id))
                {
                    yield return id;
                }
            }
        }
    }

    /// <summary>Sentences and asides of an answer: "Pada bulan Desember (ANTARA tidak menyebut tanggalnya), ..." has two.</summary>
    private static readonly Regex Clauses = new(@"(?<=[.!?;])\s+|[()]", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>How far after a negation a verb of telling still makes it a denial: "tidak DISEBUTKAN", "are not GIVEN", "tidak pernah DISEBUT".</summary>
    private const int DenialReach = 3;

    private static readonly FrozenSet<string> Negations = WordRoles.Words(WordRoles.Negation);

    private static readonly FrozenSet<string> TellingVerbs = WordRoles.Words(WordRoles.Unstated);

    /// <summary>
    /// Sorts the terms of an answer text, given as the tokens of its clauses: those of a clause saying a detail is not
    /// given into <paramref name="denied"/>, the rest into <paramref name="stated"/>. The negation and the verb are neither.
    /// </summary>
    private static void SplitDenied(QuestionAnalyzer analyzer, List<string>[] clauses, bool english, Dictionary<string, int> termIds, HashSet<int> denied, HashSet<int> stated)
    {
        foreach (var tokens in clauses)
        {
            var denies = false;
            for (var i = 0; i < tokens.Count && !denies; i++)
            {
                denies = Negations.Contains(tokens[i]) && tokens.Skip(i + 1).Take(DenialReach).Any(TellingVerbs.Contains);
            }

            foreach (var token in tokens)
            {
                if (StopWords.IsStopWord(token) || Negations.Contains(token) || TellingVerbs.Contains(token)
                    || !termIds.TryGetValue(analyzer.Stem(token, english), out var id))
                {
                    continue;
                }

                (denies ? denied : stated).Add(id);
            }
        }
    }

    /// <summary>"pukul 14.42", "jam 9", "14.42 WIB", "9.30 a.m.", "8 pm": a time of day.</summary>
    private static readonly Regex ClockTime = new(
        @"\b(pukul|jam)\s+\d{1,2}([.:]\d{2})?\b|\b\d{1,2}[.:]\d{2}\s*(WIB|WITA|WIT|GMT|UTC)\b|\b\d{1,2}([.:]\d{2})?\s*(a\.m\.|p\.m\.|am\b|pm\b)|o'clock",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex MonthYear = new(
        $@"\b({string.Join('|', DateLabels.MonthNames)})\s+(19|20)\d\d\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex YearAfter = new(
        @"\b(pada|sejak|tahun|in|since)\s+(19|20)\d\d\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>"di Jakarta", "ke Surabaya", "di kantor Kominfo": a preposition of place, at most one common noun, then a name.</summary>
    private static readonly Regex PlaceIndonesian = new(
        @"\b(di|ke|dari)\s+(\p{Ll}+\s+)?\p{Lu}\p{Ll}",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>"in Surabaya", "at the Kominfo office": the name is checked against month and weekday names.</summary>
    private static readonly Regex PlaceEnglish = new(
        @"\b(in|at)\s+(the\s+)?(?<word>\p{Lu}\p{Ll}+)",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly HashSet<string> Weekdays = new(
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"], StringComparer.Ordinal);

    /// <summary>A day and a month written in text ("10 November", "5 February").</summary>

    private static readonly Regex DayDate = new(
        $@"\b\d{{1,2}}\s+({string.Join('|', DateLabels.MonthNames)})\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
}
