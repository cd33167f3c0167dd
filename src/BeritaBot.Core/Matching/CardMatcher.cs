using System.Buffers;
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

    public static MatchResult Match(CardIndex index, string question, int keep, ScoringWeights? weights = null) =>
        Match(index, TextNormalizer.Tokenize(question), keep, weights);

    /// <param name="tokens">The question already tokenised (the answer service has done it to vet the question).</param>
    public static MatchResult Match(CardIndex index, List<string> tokens, int keep, ScoringWeights? weights = null)
    {
        var first = QuestionClauses.First(tokens);
        var query = index.Analyzer.Analyze(tokens, correctTypos: true);
        var ranked = ThroughRelatedEvent(index, query, Rank(index, query, keep, prefixTerms: null, weights), keep, weights);
        if (first is null)
        {
            return new MatchResult(query, ranked);
        }

        // A two-part question is answered by the card for its first part when that one is found more surely than
        // the whole: the second part's words ("dan apa pemicunya") count against every card that answers the first.
        var firstQuery = index.Analyzer.Analyze(first, correctTypos: true);
        var firstRanked = ThroughRelatedEvent(index, firstQuery, Rank(index, firstQuery, keep, prefixTerms: null, weights), keep, weights);
        return firstRanked.Count > 0 && (ranked.Count == 0 || firstRanked[0].Confidence > ranked[0].Confidence)
            ? new MatchResult(query, firstRanked)
            : new MatchResult(query, ranked);
    }

    /// <summary>
    /// <see cref="Match(CardIndex, List{string}, int, ScoringWeights?)"/> for a question that may be typed as several
    /// sentences ("emang armenia gabung icc? trus rusia gmn?"): a sentence found more surely than the whole answers.
    /// </summary>
    /// <param name="tokens">The whole question already tokenised.</param>
    public static MatchResult MatchSentences(CardIndex index, string question, List<string> tokens, int keep, ScoringWeights? weights = null)
    {
        var match = Match(index, tokens, keep, weights);
        foreach (var sentence in QuestionClauses.Sentences(question))
        {
            var part = Match(index, TextNormalizer.Tokenize(sentence), keep, weights);
            if (part.Best is { } partBest && part.Query.Terms.Count >= 2 && partBest.Confidence > (match.Best?.Confidence ?? 0))
            {
                match = part with { Query = match.Query };
            }
        }

        return match;
    }

    /// <summary>
    /// "Apa yang terjadi sehari sebelum X": the event X is found without the relation, and a card it lists as
    /// related that places its own event a day before something is the answer, as confident as X was found. This
    /// reaches an answer whose own words say little about X.
    /// </summary>
    private static IReadOnlyList<ScoredCard> ThroughRelatedEvent(
        CardIndex index, AnalyzedText query, IReadOnlyList<ScoredCard> ranked, int keep, ScoringWeights? weights)
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
            Focus = [],
        };
        var anchors = Rank(index, eventOnly, keep: 1, prefixTerms: null, weights);
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

            var through = new ScoredCard(related, anchor.Confidence, 0, anchor.Coverage, anchor.PhraseScore, anchor.Fuzzy, anchor.IntentAdjustment, anchor.FoundFactor, anchor.BaseScore);
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
    public static IReadOnlyList<ScoredCard> Rank(CardIndex index, AnalyzedText query, int keep, IReadOnlyList<int>? prefixTerms, ScoringWeights? scoring = null)
    {
        scoring ??= ScoringWeights.Default;
        var cardCount = index.Cards.Count;
        if (cardCount == 0 || (query.Terms.Count == 0 && prefixTerms is null))
        {
            return [];
        }

        var ids = new int[query.Terms.Count];
        var weights = new double[query.Terms.Count];
        var totalWeight = 0.0;
        var floor = scoring.IdfFloor * index.UnknownIdf;
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = index.TermId(query.Terms[i]);
            weights[i] = (ids[i] >= 0 ? Math.Max(floor, index.Idf[ids[i]]) : index.UnknownIdf * scoring.UnknownTermFactor) * query.Factors[i];
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

            var prefixWeight = 0.0;
            if (prefixTerms is { Count: > 0 })
            {
                prefixWeight = prefixTerms.Max(id => index.Idf[id]);
                totalWeight += prefixWeight;
                var best = new Dictionary<int, double>();
                foreach (var id in prefixTerms)
                {
                    foreach (var posting in index.Postings[id])
                    {
                        best[posting.Card] = Math.Max(best.GetValueOrDefault(posting.Card), index.Idf[id] * posting.Weight);
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
            foreach (var card in candidates)
            {
                scored.Add(ScoreCard(index, card, accumulator[card] / totalWeight, ids, weights, totalWeight, query, speaker, prefixTerms, scoring));
            }

            scored.Sort(BestFirst(index, query));
            var sortedQuery = SortWords(query.Normalized);
            for (var i = 0; i < Math.Min(FuzzyCandidates, scored.Count); i++)
            {
                scored[i] = AddFuzzy(index, scored[i], sortedQuery, scoring);
            }

            scored.Sort(BestFirst(index, query));
            return scored.Count > keep ? scored.GetRange(0, keep) : scored;
        }
        finally
        {
            ArrayPool<double>.Shared.Return(accumulator);
        }
    }

    /// <summary>
    /// Higher confidence first; between equals, the card whose best phrasing asks the same kind of question. A bare
    /// phrasing ("karabakh punya sp sih?" is just "karabakh" once its function words go) ties with the profile card's
    /// "apa itu Karabakh?", and which of them answers "apa itu Karabakh" should not depend on card order.
    /// </summary>
    private static Comparison<ScoredCard> BestFirst(CardIndex index, AnalyzedText query) => (a, b) =>
    {
        var byConfidence = b.Confidence.CompareTo(a.Confidence);
        return byConfidence != 0 ? byConfidence : AsksTheSameKind(index, b, query).CompareTo(AsksTheSameKind(index, a, query));
    };

    private static bool AsksTheSameKind(CardIndex index, ScoredCard scored, AnalyzedText query) =>
        !scored.NotCovered && scored.BestPhrasing < index.Phrasings[scored.Card].Length
        && index.Phrasings[scored.Card][scored.BestPhrasing].Intent == query.Intent;

    private static void Accumulate(Posting[] postings, double weight, double[] accumulator, List<int> touched)
    {
        foreach (var posting in postings)
        {
            if (accumulator[posting.Card] == 0)
            {
                touched.Add(posting.Card);
            }

            accumulator[posting.Card] += weight * posting.Weight;
        }
    }

    private static List<int> TopByScore(List<int> touched, double[] scores, int count)
    {
        if (touched.Count <= count)
        {
            return touched;
        }

        // A bounded min-heap keeps this O(n log k) when a common word touches most cards.
        var heap = new PriorityQueue<int, double>(count + 1);
        foreach (var card in touched)
        {
            heap.Enqueue(card, scores[card]);
            if (heap.Count > count)
            {
                heap.Dequeue();
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

    /// <param name="speaker">The term id of who the question asks to have spoken ("X bilang apa"), or −1.</param>
    private static ScoredCard ScoreCard(
        CardIndex index, int card, double coverage, int[] ids, double[] weights, double totalWeight, AnalyzedText query, int speaker, IReadOnlyList<int>? prefixTerms, ScoringWeights scoring)
    {
        var (found, absent, focusMissing, placesRelative) = Tally(index, card, ids, weights, query, scoring, alsoOnCard: null);
        var phrasings = index.Phrasings[card];
        var (bestPhrase, bestIndex) = BestFit(index, phrasings, ids, weights, totalWeight, prefixTerms, scoring);
        var open = prefixTerms is null ? OpenQuestionsAsked(index, card, ids, query) : [];
        var (openFit, openIndex) = BestFit(index, open, ids, weights, totalWeight, prefixTerms: null, scoring);
        var notCovered = openIndex >= 0 && openFit >= bestPhrase * scoring.NotCoveredFit;
        if (notCovered)
        {
            bestPhrase = Math.Max(bestPhrase, openFit);

            // The words of the open question it asks are the card's too: it knows that question and that it is open.
            (found, absent, focusMissing, placesRelative) = Tally(index, card, ids, weights, query, scoring, open[openIndex].TermIds);
        }

        var foundShare = prefixTerms is null && found + absent > 0 ? found / (found + absent) : 1.0;

        // Phrasings ask about an event itself; "what happened the day before X" is answered by the card whose answer
        // places its event a day before X, so such a card fits as well as it covers the question.
        if (placesRelative)
        {
            bestPhrase = Math.Max(bestPhrase, foundShare * scoring.RelativeFit);
        }

        var swapped = notCovered
            ? NamesAnotherOfTheKind(index, ids, open[openIndex].TermIds)
            : bestIndex >= 0 && NamesAnotherOfTheKind(index, ids, phrasings[bestIndex].TermIds);

        // "Berapa lama" is answered by a card that states a length of time, whatever its phrasings ask.
        var answersKind = query.WantsDuration && index.GivesDuration[card]
            ? index.IntentMasks[card] | (1 << (int)query.Intent)
            : index.IntentMasks[card];
        var intent = IntentAdjustment(query.Intent, answersKind, scoring);
        var baseScore = (scoring.Coverage * Math.Min(1.0, coverage)) + (scoring.Phrase * bestPhrase) + intent;
        var exponent = ids.Length >= scoring.LongQuestionTerms ? scoring.LongMissingTermExponent : scoring.MissingTermExponent;
        var missing = Math.Pow(Math.Clamp(foundShare, 0, 1), exponent);
        if (intent < 0 && query.Intent is not (QuestionIntent.Reason or QuestionIntent.Manner))
        {
            missing *= scoring.IntentMismatchFactor;
        }

        if (focusMissing)
        {
            missing *= scoring.FocusMismatchFactor;
        }

        // "Pashinyan bilang apa ke Putin" against a card whose what-was-said phrasings all have Putin speaking.
        if (swapped || (speaker >= 0 && index.Speakers[card].Length > 0 && Array.IndexOf(index.Speakers[card], speaker) < 0))
        {
            missing *= scoring.SwapFactor;
        }

        // "Tanggal berapa" on a card that gives no calendar day asks exactly what the articles do not say.
        if (query.WantsDay && !index.GivesDay[card])
        {
            missing *= scoring.NoDayFactor;
        }

        // "Berapa persisnya" on a card that gives only "puluhan" or "sekitar" in words asks what the articles do not say.
        if (query.WantsExactCount && !index.GivesCount[card])
        {
            missing *= scoring.NoCountFactor;
        }

        // "Berapa lama" on a card that states no length of time asks what the articles do not say.
        if (query.WantsDuration && !index.GivesDuration[card])
        {
            missing *= scoring.NoDurationFactor;
        }


        // The missing-term factor applies to every candidate, fuzzy-scored or not, so one that lacks the question's
        // names cannot outrank the right card just by falling outside the fuzzy shortlist.
        return new ScoredCard(card, Math.Clamp(baseScore * missing, 0, 1), Math.Max(bestIndex, 0), coverage, bestPhrase, 0, intent, missing, baseScore, notCovered);
    }

    /// <summary>How much of the question's weight the card has, and how much it lacks (names fully, plain words less).</summary>
    /// <param name="alsoOnCard">Sorted term ids that count as on the card although it does not post them.</param>
    private static (double Found, double Absent, bool FocusMissing, bool PlacesRelative) Tally(
        CardIndex index, int card, int[] ids, double[] weights, AnalyzedText query, ScoringWeights scoring, int[]? alsoOnCard)
    {
        double found = 0, absent = 0;
        var focusMissing = false;
        var placesRelative = false;
        for (var i = 0; i < ids.Length; i++)
        {
            if (ids[i] < 0)
            {
                absent += weights[i];
                focusMissing |= query.Focus.Contains(i);
            }
            else if (Contains(index.Postings[ids[i]], card) || (alsoOnCard is not null && Array.BinarySearch(alsoOnCard, ids[i]) >= 0))
            {
                found += weights[i];
                placesRelative |= RelativeDayPhrases.IsRelation(query.Terms[i]);
            }
            else if (query.Focus.Contains(i) && !index.IsName[ids[i]])
            {
                absent += weights[i] * scoring.FocusMissingFactor;
                focusMissing = true;
            }
            else
            {
                absent += weights[i] * (index.IsName[ids[i]] ? 1.0 : scoring.CommonWordMissingFactor);
            }
        }

        return (found, absent, focusMissing, placesRelative);
    }

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
    private static (double Fit, int Index) BestFit(
        CardIndex index, IndexedPhrasing[] phrasings, int[] ids, double[] weights, double totalWeight, IReadOnlyList<int>? prefixTerms, ScoringWeights scoring)
    {
        var bestFit = 0.0;
        var bestIndex = -1;
        for (var p = 0; p < phrasings.Length; p++)
        {
            var phrasing = phrasings[p];
            double matched = 0, matchedIdf = 0;
            for (var i = 0; i < ids.Length; i++)
            {
                if (ids[i] >= 0 && Array.BinarySearch(phrasing.TermIds, ids[i]) >= 0)
                {
                    matched += weights[i];
                    matchedIdf += Math.Max(index.Idf[ids[i]], scoring.IdfFloor * index.UnknownIdf);
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

            var recall = matched / totalWeight;
            var precision = Math.Min(1.0, matchedIdf / PhrasingWeight(index, phrasing, scoring));
            var beta2 = scoring.PhraseBeta * scoring.PhraseBeta;
            var f = (1 + beta2) * recall * precision / ((beta2 * precision) + recall);
            if (f > bestFit)
            {
                bestFit = f;
                bestIndex = p;
            }
        }

        return (bestFit, bestIndex);
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

    public static string SortWords(string normalized) =>
        string.Join(' ', normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal));

    private static double PhrasingWeight(CardIndex index, IndexedPhrasing phrasing, ScoringWeights scoring)
    {
        if (scoring.IdfFloor <= 0)
        {
            return phrasing.Weight;
        }

        var floor = scoring.IdfFloor * index.UnknownIdf;
        var sum = 0.0;
        foreach (var id in phrasing.TermIds)
        {
            sum += Math.Max(floor, index.Idf[id]);
        }

        return sum;
    }

    private static bool Contains(Posting[] postings, int card)
    {
        int lo = 0, hi = postings.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var value = postings[mid].Card;
            if (value == card)
            {
                return true;
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

        return false;
    }

    /// <param name="sortedQuery">The normalised question with its words sorted: token-sort ratio is the plain ratio
    /// of sorted strings, and phrasings are stored sorted, so nothing is re-tokenised per question.</param>
    private static ScoredCard AddFuzzy(CardIndex index, ScoredCard scored, string sortedQuery, ScoringWeights scoring)
    {
        var best = 0;
        foreach (var phrasing in scored.NotCovered ? index.Phrasings[scored.Card].Concat(index.NotCovered[scored.Card]) : index.Phrasings[scored.Card])
        {
            best = Math.Max(best, Fuzz.Ratio(sortedQuery, phrasing.SortedNormalized));
        }

        var fuzzy = best / 100.0;
        return scored with { Fuzzy = fuzzy, Confidence = Math.Clamp((scored.BaseScore + (scoring.Fuzzy * fuzzy)) * scored.FoundFactor, 0, 1) };
    }

    private static double IntentAdjustment(QuestionIntent asked, int cardMask, ScoringWeights scoring)
    {
        if (asked == QuestionIntent.None)
        {
            return 0;
        }

        if ((cardMask & (1 << (int)asked)) != 0)
        {
            return scoring.IntentBonus;
        }

        return asked is QuestionIntent.Reason or QuestionIntent.Manner ? -scoring.SoftIntentPenalty : -scoring.IntentPenalty;
    }
}
