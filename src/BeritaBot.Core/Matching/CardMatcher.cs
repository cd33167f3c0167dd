using System.Buffers;
using BeritaBot.Core.Matching.Scoring;
using FuzzySharp;

namespace BeritaBot.Core.Matching;

/// <summary>
/// Finds the cards that answer a question: the inverted index gathers candidates by idf-weighted term overlap
/// (no phrasing is fuzzy-scored unless its card is already a candidate), then the few candidates are re-ranked by
/// how much of the question each card covers, how well its best phrasing fits, FuzzySharp's token-sort ratio on
/// the normalised strings, and whether the card answers the kind of question asked.
/// </summary>
internal static class CardMatcher
{
    private const int Candidates = 30;
    private const int FuzzyCandidates = 8;

    /// <summary>The least weight a known word carries, as a share of an unknown word's: very common words still count a little.</summary>
    private const double IdfFloor = 0.5;

    /// <summary>How much more the phrase fit weighs how much of the question a phrasing holds than how much of the phrasing is asked (F-measure β).</summary>
    private const double PhraseBeta = 0.5;

    /// <summary>A card with this many phrasings or fewer is as sparse as a busy editor's; the SparseCard feature is 1 there.</summary>
    private const double SparsePhrasings = 5;

    /// <summary>An open question claims the question when it fits at least this share of the best phrasing's fit.</summary>
    private const double NotCoveredFit = 0.7;

    /// <summary>How many candidates the answer service keeps: the best, the suggestions, and room for ties.</summary>
    public const int Kept = 8;

    /// <summary>A user's question, matched as the answer service matches it (sentences, parts and all).</summary>
    public static MatchResult MatchQuestion(CardIndex index, string question, ScoringModel? model = null) =>
        Match(index, QuestionReader.Read(index, question, TextNormalizer.Tokenize(question)), Kept, model);

    public static MatchResult Match(CardIndex index, string question, int keep, ScoringModel? model = null) =>
        Match(index, TextNormalizer.Tokenize(question), keep, model);

    /// <summary>One sentence, its whole and its first clause (no split into sentences).</summary>
    /// <param name="tokens">The question already tokenised.</param>
    public static MatchResult Match(CardIndex index, List<string> tokens, int keep, ScoringModel? model = null) =>
        MatchPart(index, QuestionReader.ReadPart(index, string.Join(' ', tokens), tokens), keep, model);

    /// <summary>
    /// Ranks cards for the whole question and for each of its parts; a part found more surely than the whole answers
    /// ("emang armenia gabung icc? trus rusia gmn?"). The result carries the whole question's reading.
    /// </summary>
    public static MatchResult Match(CardIndex index, QuestionReading reading, int keep, ScoringModel? model = null)
    {
        var match = MatchPart(index, reading, keep, model);
        foreach (var sentence in reading.Sentences)
        {
            var part = MatchPart(index, sentence, keep, model);
            if (part.Best is { } partBest && part.Query.Terms.Count >= 2 && partBest.Confidence > (match.Best?.Confidence ?? 0))
            {
                match = part with { Query = match.Query };
            }
        }

        return match;
    }

    private static MatchResult MatchPart(CardIndex index, QuestionReading reading, int keep, ScoringModel? model)
    {
        var query = reading.Whole;
        var ranked = ThroughRelatedEvent(index, query, Rank(index, query, keep, prefixTerms: null, model), keep, model);
        if (reading.Clause is not { } firstQuery)
        {
            return new MatchResult(query, ranked);
        }

        // A two-part question is answered by the card for its first part when that one is found more surely than
        // the whole: the second part's words ("dan apa pemicunya") count against every card that answers the first.
        var firstRanked = ThroughRelatedEvent(index, firstQuery, Rank(index, firstQuery, keep, prefixTerms: null, model), keep, model);
        return firstRanked.Count > 0 && (ranked.Count == 0 || firstRanked[0].Confidence > ranked[0].Confidence)
            ? new MatchResult(query, firstRanked)
            : new MatchResult(query, ranked);
    }

    /// <summary>
    /// "Apa yang terjadi sehari sebelum X": the event X is found without the relation, and a card it lists as
    /// related that places its own event a day before something is the answer, as confident as X was found. This
    /// reaches an answer whose own words say little about X.
    /// </summary>
    private static IReadOnlyList<ScoredCard> ThroughRelatedEvent(
        CardIndex index, AnalyzedText query, IReadOnlyList<ScoredCard> ranked, int keep, ScoringModel? model)
    {
        var at = -1;
        for (var i = 0; i < query.Terms.Count && at < 0; i++)
        {
            if (RelativeDayPhrases.IsRelation(query.Terms[i]))
            {
                at = i;
            }
        }

        if (at < 0 || query.Terms.Count < 2)
        {
            return ranked;
        }

        var asked = index.TermId(query.Terms[at]);
        var eventOnly = query with
        {
            Terms = query.Terms.Where((_, i) => i != at).ToArray(),
            Factors = query.Factors.Where((_, i) => i != at).ToArray(),
            TermPositions = query.TermPositions.Where((_, i) => i != at).ToArray(),
            Focus = [],
            Heads = [],
            Translated = Without(query.Translated, at),
            TypedNames = Without(query.TypedNames, at),
        };
        var anchors = Rank(index, eventOnly, keep: 1, prefixTerms: null, model);
        var anchor = anchors.Count > 0 ? anchors[0] : null;
        if (anchor is null || asked < 0)
        {
            return ranked;
        }

        var result = ranked.ToList();
        foreach (var relatedId in index.Cards[anchor.Card].Related)
        {
            if (!index.TryOrdinalOf(relatedId, out var related) || !Contains(index.Postings[asked], related))
            {
                continue;
            }

            var existing = result.FindIndex(s => s.Card == related);
            if (existing >= 0 && result[existing].Confidence >= anchor.Confidence)
            {
                continue;
            }

            // Found through the anchor: as sure as the anchor was, on the anchor's evidence.
            var through = anchor with { Card = related, BestPhrasing = 0, NotCovered = false, Features = (double[])anchor.Features.Clone() };
            if (existing >= 0)
            {
                result[existing] = through;
            }
            else
            {
                result.Add(through);
            }
        }

        result.Sort((a, b) => b.Confidence.CompareTo(a.Confidence));
        return result.Count > keep ? result.GetRange(0, keep) : result;
    }

    /// <summary>Ranks cards for an analysed query; <paramref name="prefixTerms"/> are extra ids that count as the last word (autocomplete).</summary>
    public static IReadOnlyList<ScoredCard> Rank(CardIndex index, AnalyzedText query, int keep, IReadOnlyList<int>? prefixTerms, ScoringModel? model = null)
    {
        model ??= index.Model;
        var cardCount = index.Cards.Count;
        if (cardCount == 0 || (query.Terms.Count == 0 && prefixTerms is null))
        {
            return [];
        }

        var ids = new int[query.Terms.Count];
        var weights = new double[query.Terms.Count];
        var totalWeight = 0.0;
        var floor = IdfFloor * index.UnknownIdf;
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = index.TermId(query.Terms[i]);
            weights[i] = (ids[i] >= 0 ? Math.Max(floor, index.Idf[ids[i]]) : index.UnknownIdf) * query.Factors[i];
            totalWeight += weights[i];
        }

        var accumulator = ArrayPool<double>.Shared.Rent(cardCount);
        var touched = new List<int>();
        try
        {
            Array.Clear(accumulator, 0, cardCount);
            for (var i = 0; i < ids.Length; i++)
            {
                if (ids[i] >= 0)
                {
                    Accumulate(index.Postings[ids[i]], weights[i], accumulator, touched);
                }
            }

            if (prefixTerms is { Count: > 0 })
            {
                var prefixWeight = prefixTerms.Max(id => index.Idf[id]);
                totalWeight += prefixWeight;
                var best = new Dictionary<int, double>();
                foreach (var id in prefixTerms)
                {
                    foreach (var posting in index.Postings[id])
                    {
                        best[posting.Card] = Math.Max(best.GetValueOrDefault(posting.Card), index.Idf[id] * (double)posting.Weight);
                    }
                }

                foreach (var (card, value) in best)
                {
                    if (accumulator[card] == 0)
                    {
                        touched.Add(card);
                    }

                    accumulator[card] += Math.Min(value, prefixWeight);
                }
            }

            if (totalWeight <= 0)
            {
                return [];
            }

            var candidates = TopByScore(touched, accumulator, Candidates);
            var scored = new List<ScoredCard>(candidates.Count);
            var speaker = CardIndex.Speaker(query, index.TermId, index.EntityKind);
            // A name typed capitalised that the knowledge never uses is missing from every card.
            var question = new QuestionWeights(ids, weights, totalWeight, query.TypedNames.Any(i => ids[i] < 0));
            foreach (var card in candidates)
            {
                scored.Add(ScoreCard(index, card, accumulator[card] / totalWeight, question, query, speaker, prefixTerms, model));
            }

            // Fuzzy ratios cost tens of microseconds each: only the best few by everything else get one.
            scored.Sort(BestFirst(index, query));
            var sortedQuery = SortWords(query.Normalized);
            for (var i = 0; i < Math.Min(FuzzyCandidates, scored.Count); i++)
            {
                scored[i] = AddFuzzy(index, scored[i], sortedQuery, model);
            }

            scored.Sort(BestFirst(index, query));
            WithMargins(scored, model);
            return scored.Count > keep ? scored.GetRange(0, keep) : scored;
        }
        finally
        {
            ArrayPool<double>.Shared.Return(accumulator);
        }
    }

    /// <summary>
    /// Higher fit first; between equals, the card whose best phrasing asks the same kind of question. A bare
    /// phrasing ("karabakh punya sp sih?" is just "karabakh" once its function words go) ties with the profile card's
    /// "apa itu Karabakh?", and which of them answers "apa itu Karabakh" should not depend on card order.
    /// </summary>
    private static Comparison<ScoredCard> BestFirst(CardIndex index, AnalyzedText query) => (a, b) =>
    {
        var byFit = b.Fit.CompareTo(a.Fit);
        return byFit != 0 ? byFit : AsksTheSameKind(index, b, query).CompareTo(AsksTheSameKind(index, a, query));
    };

    private static bool AsksTheSameKind(CardIndex index, ScoredCard scored, AnalyzedText query) =>
        !scored.NotCovered && scored.BestPhrasing < index.Phrasings[scored.Card].Length
        && index.Phrasings[scored.Card][scored.BestPhrasing].Intent == query.Intent;

    /// <summary>Sets each candidate's margin to the best other one and its confidence from the whole model.</summary>
    internal static void WithMargins(List<ScoredCard> ranked, ScoringModel model)
    {
        if (ranked.Count == 0)
        {
            return;
        }

        var top = ranked[0].Fit;
        var second = ranked.Count > 1 ? ranked[1].Fit : double.NegativeInfinity;
        for (var i = 0; i < ranked.Count; i++)
        {
            var other = i == 0 ? second : top;
            var features = ranked[i].Features;
            features[(int)MatchFeature.Margin] = MarginBetween(ranked[i].Fit, other);
            var linear = model.Linear(features);
            var adjusted = linear + model.Adjustment(features, linear);

            // What the card is about, whatever it leaves open: the same score without the not-covered claim.
            var claim = model.WeightVector[(int)MatchFeature.NotCovered] * features[(int)MatchFeature.NotCovered];
            ranked[i] = ranked[i] with { Confidence = ScoringModel.Sigmoid(adjusted), TopicConfidence = ScoringModel.Sigmoid(adjusted - claim) };
        }
    }

    /// <summary>A lone candidate's margin, and the most any margin counts: beyond this the runner-up is irrelevant.</summary>
    private const double MarginAlone = 1.5;

    /// <summary>The margin feature: a fit minus the best other candidate's (−∞ when there is none), bounded.</summary>
    public static double MarginBetween(double fit, double other) =>
        double.IsNegativeInfinity(other) ? MarginAlone : Math.Clamp(fit - other, -MarginAlone, MarginAlone);

    private static void Accumulate(Posting[] postings, double weight, double[] accumulator, List<int> touched)
    {
        foreach (var posting in postings)
        {
            if (accumulator[posting.Card] == 0)
            {
                touched.Add(posting.Card);
            }

            accumulator[posting.Card] += weight * (double)posting.Weight;
        }
    }

    private static List<int> TopByScore(List<int> touched, double[] scores, int count)
    {
        if (touched.Count <= count)
        {
            return touched;
        }

        // A bounded min-heap keeps this O(n log k) when a common word touches most cards; a card no better than the
        // heap's lowest never enters it (ties at the cut are all added below anyway).
        var heap = new PriorityQueue<int, double>(count);
        foreach (var card in touched)
        {
            var score = scores[card];
            if (heap.Count < count)
            {
                heap.Enqueue(card, score);
            }
            else if (heap.TryPeek(out _, out var lowest) && score > lowest)
            {
                heap.DequeueEnqueue(card, score);
            }
        }

        var top = new List<int>(count);
        while (heap.Count > 0)
        {
            top.Add(heap.Dequeue());
        }

        // A common word ties many cards at the cut ("siapa Putin" when thirty cards name Putin): which of them made
        // it would be an accident of card order, and the profile card may be the one left out, so keep every tie.
        var cut = scores[top[0]];
        var kept = top.ToHashSet();
        top.AddRange(touched.Where(card => scores[card] == cut && !kept.Contains(card)));
        return top;
    }

    /// <summary>
    /// The question's term ids (−1 unknown), their weights (idf × typo similarity), the weights' sum, and whether it
    /// typed a name the knowledge never uses.
    /// </summary>
    private readonly record struct QuestionWeights(int[] Ids, double[] Weights, double Total, bool UnknownName);

    /// <param name="bm25">The card's BM25F score divided by the question's total weight.</param>
    /// <param name="speaker">The term id of who the question asks to have spoken ("X bilang apa"), or −1.</param>
    private static ScoredCard ScoreCard(
        CardIndex index, int card, double bm25, QuestionWeights question, AnalyzedText query, int speaker, IReadOnlyList<int>? prefixTerms, ScoringModel model)
    {
        var (ids, weights, totalWeight) = (question.Ids, question.Weights, question.Total);
        var phrasings = index.Phrasings[card];
        var phrase = BestFit(index, phrasings, ids, weights, totalWeight, prefixTerms, query.Intent);
        var (bestPhrase, bestIndex) = (phrase.Fit, phrase.Index);
        var open = prefixTerms is null ? OpenQuestionsAsked(index, card, ids, query) : [];
        var openPhrase = BestFit(index, open, ids, weights, totalWeight, prefixTerms: null, query.Intent);
        var (openFit, openIndex) = (openPhrase.Fit, openPhrase.Index);
        var notCovered = openIndex >= 0 && openFit >= bestPhrase * NotCoveredFit;
        if (notCovered && openFit > bestPhrase)
        {
            // The open question is the phrasing the question fits: its recall and precision are the evidence.
            phrase = openPhrase with { Index = phrase.Index };
            bestPhrase = openFit;
        }

        // The words of the open question it asks are the card's too: it knows that question and that it is open.
        var tally = Tally(index, card, ids, weights, query, notCovered ? open[openIndex].TermIds : null);

        // Phrasings ask about an event itself; "what happened the day before X" is answered by the card whose answer
        // places its event a day before X, so such a card fits as well as it covers the question.
        if (tally.PlacesRelative)
        {
            bestPhrase = Math.Max(bestPhrase, (tally.Asking + tally.Saying) / totalWeight);
        }

        // The terms of the phrasing the question fits: the open question that claims it, or the best phrasing.
        var fitted = notCovered ? open[openIndex].TermIds : bestIndex >= 0 ? phrasings[bestIndex].TermIds : [];
        var swapped = NamesAnotherOfTheKind(index, ids, fitted);

        // "Berapa lama" is answered by a card that states a length of time, whatever its phrasings ask.
        var answersKind = query.WantsDuration && index.GivesDuration[card]
            ? index.IntentMasks[card] | (1 << (int)query.Intent)
            : index.IntentMasks[card];
        var kindAgrees = query.Intent != QuestionIntent.None && (answersKind & (1 << (int)query.Intent)) != 0;

        // Why and how are answered in many shapes; when, who, how many, where and what-was-said have one.
        var kindConflicts = !kindAgrees && query.Intent is not (QuestionIntent.None or QuestionIntent.Reason or QuestionIntent.Manner);
        var kindInAnswer = kindConflicts && (index.AnswerKinds[card] & (1 << (int)query.Intent)) != 0;
        // "Sehari sebelum X" asks for the event next to X: a card that never places one there does not give it.
        var asksRelative = query.Terms.Any(RelativeDayPhrases.IsRelation);
        var detailMissing = (asksRelative && !tally.PlacesRelative)
            || (query.WantsDay && !index.GivesDay[card])
            || (query.WantsExactCount && !index.GivesCount[card])
            || (query.WantsDuration && !index.GivesDuration[card])
            || (query.WantsClock && (index.AnswerKinds[card] & CardIndex.ClockKind) == 0);

        // "Pashinyan bilang apa ke Putin" against a card whose what-was-said phrasings all have Putin speaking.
        var speakerMismatch = swapped || (speaker >= 0 && index.Speakers.CountOf(card) > 0 && !index.Speakers.Contains(card, speaker));

        var features = new double[ScoringModel.FeatureCount];
        var total = prefixTerms is null ? totalWeight : Math.Max(totalWeight, tally.Asking + tally.Saying);
        features[(int)MatchFeature.Bm25F] = Math.Min(1.0, bm25);
        features[(int)MatchFeature.PhraseFit] = bestPhrase;
        features[(int)MatchFeature.PhraseRecall] = phrase.Recall;
        features[(int)MatchFeature.PhrasePrecision] = phrase.Precision;
        features[(int)MatchFeature.LargestMissing] = tally.LargestMissing / total;
        var sparse = Math.Min(1.0, SparsePhrasings / Math.Max(1, phrasings.Length));
        features[(int)MatchFeature.SparseCard] = sparse;
        features[(int)MatchFeature.SparsePhraseFit] = sparse * bestPhrase;
        features[(int)MatchFeature.AskingCoverage] = tally.Asking / total;
        features[(int)MatchFeature.SayingCoverage] = tally.Saying / total;
        features[(int)MatchFeature.NamesMissing] = tally.NamesMissing / total;
        features[(int)MatchFeature.WordsMissing] = tally.WordsMissing / total;
        features[(int)MatchFeature.UnknownWords] = tally.Unknown / total;
        features[(int)MatchFeature.KindAgrees] = kindAgrees ? 1 : 0;
        features[(int)MatchFeature.KindConflicts] = kindConflicts && !kindInAnswer ? 1 : 0;
        features[(int)MatchFeature.KindInAnswer] = kindInAnswer ? 1 : 0;
        features[(int)MatchFeature.SoftKindMissing] = !kindAgrees && query.Intent is QuestionIntent.Reason or QuestionIntent.Manner ? 1 : 0;
        var phraseKind = bestIndex >= 0 ? phrasings[bestIndex].Intent : QuestionIntent.None;
        // "MK menolak gugatan ya?" asks whether, which the card stating the ruling answers, not the one asking why.
        features[(int)MatchFeature.PhraseKindDiffers] =
            (query.Intent != QuestionIntent.None && phraseKind != QuestionIntent.None && phraseKind != query.Intent)
            || (query.AsksYesNo && phraseKind is QuestionIntent.Reason or QuestionIntent.Manner) ? 1 : 0;
        features[(int)MatchFeature.DetailMissing] = detailMissing ? 1 : 0;
        features[(int)MatchFeature.SpeakerMismatch] = speakerMismatch ? 1 : 0;
        features[(int)MatchFeature.NameSwapped] =
            (tally.NamesMissing > 0 || question.UnknownName) && NamesOneTheQuestionLacks(index, ids, fitted) ? 1 : 0;
        features[(int)MatchFeature.FocusMissing] = tally.FocusMissing ? 1 : 0;
        features[(int)MatchFeature.HeadMissing] = tally.HeadMissing ? 1 : 0;
        features[(int)MatchFeature.CountMissing] = CountMissing(index, card, ids, query) ? 1 : 0;
        features[(int)MatchFeature.NumberMissing] = tally.NumberMissing ? 1 : 0;
        features[(int)MatchFeature.NoOneElseNamed] = query.Intent == QuestionIntent.Person && NamesNoOneElse(index, card, ids) ? 1 : 0;
        features[(int)MatchFeature.DetailUnstated] = tally.Unstated ? 1 : 0;
        features[(int)MatchFeature.NotCovered] = notCovered ? 1 : 0;
        features[(int)MatchFeature.ShortQuestion] = 1.0 / Math.Max(1, ids.Length + (prefixTerms is null ? 0 : 1));
        features[(int)MatchFeature.AsksWhen] = query.Intent == QuestionIntent.Date ? 1 : 0;
        features[(int)MatchFeature.AsksWho] = query.Intent == QuestionIntent.Person ? 1 : 0;
        features[(int)MatchFeature.AsksHowMany] = query.Intent == QuestionIntent.Quantity ? 1 : 0;
        features[(int)MatchFeature.AsksWhere] = query.Intent == QuestionIntent.Place ? 1 : 0;
        features[(int)MatchFeature.AsksYesNo] = query.AsksYesNo ? 1 : 0;
        return new ScoredCard(card, Math.Max(bestIndex, 0), features, model.Fit(features), notCovered);
    }

    /// <summary>"Berapa persen diskonnya" of a card whose answer has figures, none of them a percentage.</summary>
    private static bool CountMissing(CardIndex index, int card, int[] ids, AnalyzedText query)
    {
        if (query.Intent != QuestionIntent.Quantity || query.WantsDuration)
        {
            return false;
        }

        // Called for every candidate: no list is built, the first counted word settles it.
        var named = false;
        foreach (var i in query.Heads.Concat(query.Focus))
        {
            if (ids[i] < 0 || IsNumber(query.Terms[i]))
            {
                continue;
            }

            if (index.Counted.Contains(card, ids[i]))
            {
                return false;
            }

            named = true;
        }

        return named;
    }

    /// <summary>Where the question's weight is found on the card: what it asks, what it only says, or nowhere (names, plain words, unknown words).</summary>
    private readonly record struct CardTally(
        double Asking, double Saying, double NamesMissing, double WordsMissing, double Unknown, double LargestMissing, bool FocusMissing, bool PlacesRelative, bool NumberMissing)
    {
        public bool HeadMissing { get; init; }

        /// <summary>A word of the question is on the card only where its answer says the detail is not given.</summary>
        public bool Unstated { get; init; }
    }

    /// <param name="alsoOnCard">Sorted term ids that count as asked by the card although it does not post them.</param>
    private static CardTally Tally(CardIndex index, int card, int[] ids, double[] weights, AnalyzedText query, int[]? alsoOnCard)
    {
        double asking = 0, saying = 0, names = 0, words = 0, unknown = 0, largest = 0;
        var focusMissing = false;
        var headMissing = false;
        var numberMissing = false;
        var placesRelative = false;
        var unstated = false;
        for (var i = 0; i < ids.Length; i++)
        {
            if (ids[i] < 0)
            {
                unknown += weights[i];
                focusMissing |= query.Focus.Contains(i);
                headMissing |= query.Heads.Contains(i);
                numberMissing |= IsNumber(query.Terms[i]);
                continue;
            }

            var fields = FieldsOn(index.Postings[ids[i]], card);
            if ((fields & CardField.Asking) == 0 && index.Unstated.Contains(card, ids[i]))
            {
                // The answer writes the word only to say it is not given.
                fields &= ~CardField.Saying;
                unstated = true;
            }

            if (alsoOnCard is not null && Array.BinarySearch(alsoOnCard, ids[i]) >= 0)
            {
                fields |= CardField.Question;
            }

            if ((fields & CardField.Asking) != 0)
            {
                asking += weights[i];
            }
            else if ((fields & CardField.Saying) != 0)
            {
                saying += weights[i];
            }
            else
            {
                focusMissing |= query.Focus.Contains(i) && !index.IsName[ids[i]];
                headMissing |= query.Heads.Contains(i) && !index.IsName[ids[i]];
                numberMissing |= IsNumber(query.Terms[i]);
                largest = Math.Max(largest, weights[i]);
                if (index.IsName[ids[i]] && !query.Translated.Contains(i))
                {
                    names += weights[i];
                }
                else
                {
                    words += weights[i];
                }

                continue;
            }

            placesRelative |= RelativeDayPhrases.IsRelation(query.Terms[i]);
        }

        return new CardTally(asking, saying, names, words, unknown, largest, focusMissing, placesRelative, numberMissing) { HeadMissing = headMissing, Unstated = unstated };
    }

    /// <summary>A year, a date's day or a figure the question gives: "2026", "15", "6,25".</summary>
    private static bool IsNumber(string term) => term.Length >= 2 && term.Any(char.IsAsciiDigit);

    /// <summary>
    /// The card's <c>not_covered</c> questions that can claim this question: those sharing something the card's
    /// answering side never has, a word ("nama", "kota", also one framing the question) or the kind of question
    /// ("where" of a card whose phrasings only ask when and who). A shared word counts only if the open question
    /// asks the same kind of thing or no kind at all: "sejak kapan ia menjadi presiden" does not claim "ia presiden
    /// apa".
    /// </summary>
    private static IndexedPhrasing[] OpenQuestionsAsked(CardIndex index, int card, int[] ids, AnalyzedText query)
    {
        var openQuestions = index.NotCovered[card];
        if (openQuestions.Length == 0)
        {
            return [];
        }

        var asked = ids.Concat(query.Framed.Select(index.TermId)).Where(id => id >= 0).ToHashSet();
        var kindAnswered = (index.IntentMasks[card] & (1 << (int)query.Intent)) != 0;
        return openQuestions
            .Where(p =>
            {
                var sameKind = p.Intent == query.Intent;
                var sharesWord = p.OpenTerms.Any(asked.Contains) && (p.Intent == QuestionIntent.None || sameKind);
                var asksUnansweredKind = p.Intent != QuestionIntent.None && sameKind && !kindAnswered;
                return sharesWord || asksUnansweredKind;
            })
            .ToArray();
    }

    /// <summary>
    /// The phrasing the question fits best: an F-measure of how much of the question it holds (recall, by the
    /// question's term weights) and how much of it the question asks (precision, by idf), and its index (−1 if none).
    /// </summary>
    /// <param name="kind">
    /// What the question asks. It counts as one more word of the question and of every phrasing asking a kind, weighed
    /// by how few cards ask it: "DI MANA Jokowi memberi keterangan soal UKT" fits the card asking where he spoke
    /// better than the one on what he said, which shares more of the other words.
    /// </param>
    private static PhrasingFit BestFit(
        CardIndex index, IndexedPhrasing[] phrasings, int[] ids, double[] weights, double totalWeight, IReadOnlyList<int>? prefixTerms, QuestionIntent kind)
    {
        var best = new PhrasingFit(0, -1, 0, 0);
        var kindWeight = kind == QuestionIntent.None ? 0 : index.KindIdf(kind);
        for (var p = 0; p < phrasings.Length; p++)
        {
            var phrasing = phrasings[p];
            double matched = 0, matchedIdf = 0;
            if (kindWeight > 0 && phrasing.Intent == kind)
            {
                matched += kindWeight;
                matchedIdf += kindWeight;
            }

            for (var i = 0; i < ids.Length; i++)
            {
                if (ids[i] >= 0 && Array.BinarySearch(phrasing.TermIds, ids[i]) >= 0)
                {
                    matched += weights[i];
                    matchedIdf += Math.Max(index.Idf[ids[i]], IdfFloor * index.UnknownIdf);
                }
            }

            if (prefixTerms is not null)
            {
                var prefixHit = prefixTerms.Where(id => Array.BinarySearch(phrasing.TermIds, id) >= 0).Select(id => index.Idf[id]).DefaultIfEmpty(0).Max();
                matched += prefixHit;
                matchedIdf += prefixHit;
            }

            if (matched <= 0 || phrasing.Weight <= 0)
            {
                continue;
            }

            var recall = matched / (totalWeight + kindWeight);
            var phrasingWeight = PhrasingWeight(index, phrasing) + (phrasing.Intent == QuestionIntent.None ? 0 : index.KindIdf(phrasing.Intent));
            var precision = Math.Min(1.0, matchedIdf / phrasingWeight);
            const double beta2 = PhraseBeta * PhraseBeta;
            var f = (1 + beta2) * recall * precision / ((beta2 * precision) + recall);
            if (f > best.Fit)
            {
                best = new PhrasingFit(f, p, recall, precision);
            }
        }

        return best;
    }

    /// <summary>The best phrasing's F-measure, its index (−1 if none), and the recall and precision behind it.</summary>
    private readonly record struct PhrasingFit(double Fit, int Index, double Recall, double Precision);

    /// <summary>
    /// The question describes someone by more than a name, and the card's answers name no person it does not; false
    /// when the knowledge lists no people, or when the question is only a name ("siapa Samidi?" asks a profile).
    /// </summary>
    private static bool NamesNoOneElse(CardIndex index, int card, int[] ids)
    {
        var people = index.PersonTerms;
        if (people.Length == 0 || !ids.Any(id => id >= 0 && index.EntityKind[id] != CardIndex.PersonKind))
        {
            return false;
        }

        foreach (var person in people)
        {
            if (Array.IndexOf(ids, person) < 0 && (FieldsOn(index.Postings[person], card) & CardField.Saying) != 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The question names someone or something of a kind (Armenia) that the phrasing does not, and the phrasing names
    /// another of that kind (Russia) that the question does not: "menlu Armenia" against "menlu Rusia sp namanya".
    /// </summary>
    private static bool NamesAnotherOfTheKind(CardIndex index, int[] ids, int[] phrasingTerms)
    {
        foreach (var id in ids)
        {
            if (id < 0 || index.EntityKind[id] == 0 || Array.BinarySearch(phrasingTerms, id) >= 0)
            {
                continue;
            }

            foreach (var term in phrasingTerms)
            {
                if (index.EntityKind[term] == index.EntityKind[id] && Array.IndexOf(ids, term) < 0)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Term indexes once the term at <paramref name="removed"/> is taken out of the question.</summary>
    private static int[] Without(IReadOnlyList<int> indexes, int removed) =>
        indexes.Where(i => i != removed).Select(i => i > removed ? i - 1 : i).ToArray();

    /// <summary>Whether the phrasing has a name (capitalised in the knowledge's prose) that the question does not.</summary>
    private static bool NamesOneTheQuestionLacks(CardIndex index, int[] ids, int[] phrasingTerms)
    {
        foreach (var term in phrasingTerms)
        {
            if (index.IsName[term] && Array.IndexOf(ids, term) < 0)
            {
                return true;
            }
        }

        return false;
    }

    public static string SortWords(string normalized) =>
        string.Join(' ', normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal));

    private static double PhrasingWeight(CardIndex index, IndexedPhrasing phrasing)
    {
        var floor = IdfFloor * index.UnknownIdf;
        var sum = 0.0;
        foreach (var id in phrasing.TermIds)
        {
            sum += Math.Max(floor, index.Idf[id]);
        }

        return sum;
    }

    private static bool Contains(Posting[] postings, int card) => FieldsOn(postings, card) != CardField.None;

    /// <summary>The fields of the card that hold the term whose postings these are (postings are sorted by card).</summary>
    private static CardField FieldsOn(Posting[] postings, int card)
    {
        int lo = 0, hi = postings.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var value = postings[mid].Card;
            if (value == card)
            {
                return postings[mid].Fields;
            }

            if (value < card)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return CardField.None;
    }

    /// <param name="sortedQuery">The normalised question with its words sorted: token-sort ratio is the plain ratio
    /// of sorted strings, and phrasings are stored sorted, so nothing is re-tokenised per question.</param>
    private static ScoredCard AddFuzzy(CardIndex index, ScoredCard scored, string sortedQuery, ScoringModel model)
    {
        var best = 0;
        foreach (var phrasing in scored.NotCovered ? index.Phrasings[scored.Card].Concat(index.NotCovered[scored.Card]) : index.Phrasings[scored.Card])
        {
            best = Math.Max(best, Fuzz.Ratio(sortedQuery, phrasing.SortedNormalized));
        }

        scored.Features[(int)MatchFeature.Fuzzy] = best / 100.0;
        return scored with { Fit = model.Fit(scored.Features) };
    }
}
