using System.Collections.Frozen;
using System.Collections.Concurrent;
using BeritaBot.Core.Answering;

namespace BeritaBot.Core.Matching;

/// <summary>
/// Turns any text into <see cref="AnalyzedText"/> the same way for cards and questions: tokens, typo correction
/// against the knowledge's vocabulary (questions only), aliases, intent and language, stopwords, stemming.
/// </summary>
internal sealed class QuestionAnalyzer
{
    private readonly AliasExpander _aliases;
    private readonly TypoCorrector _typos;
    private readonly HashSet<string> _stems;
    private readonly ConcurrentDictionary<string, string> _stemCache = new(StringComparer.Ordinal);
    private readonly Func<string, bool> _isKnownWord;

    public QuestionAnalyzer(AliasExpander aliases, TypoCorrector typos)
    {
        _aliases = aliases;
        _typos = typos;
        _isKnownWord = _typos.IsKnown;
        _stems = new HashSet<string>(StringComparer.Ordinal);
    }

    /// <summary>The knowledge's vocabulary behind typo correction.</summary>
    public TypoCorrector Typos => _typos;

    /// <summary>Registers the stems the knowledge contains, so a question word whose stem is known is not "corrected".</summary>
    public void AddKnownStems(IEnumerable<string> stems)
    {
        _stems.UnionWith(stems);

        // Stems computed while indexing were decided without knowing the index's stems; questions use them.
        _stemCache.Clear();
    }

    public AnalyzedText Analyze(string text, bool correctTypos) => Analyze(TextNormalizer.Tokenize(text), correctTypos);

    /// <param name="tokens">Tokens from <see cref="TextNormalizer.Tokenize"/>; typo corrections are written into the list.</param>
    /// <param name="typedAsNames">
    /// Words the question capitalised inside a sentence ("upah minimum Kabupaten BEKASI"): a name the knowledge does
    /// not know is no slip for an everyday word only the lexicon has ("bekas"), though it may be one for a word the
    /// knowledge has ("Presidn").
    /// </param>
    public AnalyzedText Analyze(List<string> tokens, bool correctTypos, IReadOnlySet<string>? typedAsNames = null)
    {
        if (correctTypos)
        {
            SplitCompounds(tokens);
        }

        RelativeDayPhrases.Merge(tokens);

        var factors = new double[tokens.Count];
        Array.Fill(factors, 1.0);
        // Read before typo correction rewrites the tokens; cards (no names given) skip it.
        var typedAsName = typedAsNames is null ? null : tokens.Select(typedAsNames.Contains).ToArray();
        var corrections = 0;
        if (correctTypos)
        {
            for (var i = 0; i < tokens.Count; i++)
            {
                var token = tokens[i];
                if (NeedsCorrection(token) && _typos.Correct(token) is { } fix && !GeneralLexicon.IsOtherRealWord(token, fix.Word)
                    && (typedAsNames is null || !typedAsNames.Contains(token) || _typos.Vocabulary.ContainsKey(fix.Word)))
                {
                    // The text was split before the correction: a chat form it lands on ("apakh" → "apakah") is read now.
                    tokens[i] = WordRoles.ChatForms.TryGetValue(fix.Word, out var standard) && !standard.Contains(' ') ? standard : fix.Word;
                    factors[i] = fix.Similarity;
                    corrections++;
                }
            }
        }

        var framing = new HashSet<int>();
        // Only questions are read for what they ask; card texts never use it, and indexing is load time.
        var focus = correctTypos ? new HashSet<int>() : null;
        var heads = correctTypos ? new HashSet<int>() : null;
        var intent = IntentDetector.Detect(tokens, framing, focus, heads);
        if (focus is not null)
        {
            // "Sehari sebelum X" asks for the event next to X: a card that never places anything a day from
            // another event answers about X itself, not what was asked.
            for (var i = 0; i < tokens.Count; i++)
            {
                if (RelativeDayPhrases.IsRelation(tokens[i]))
                {
                    focus.Add(i);
                }
            }
        }
        // "Kapan tepatnya", "when exactly": a month or a weekday does not answer it, a calendar day does.
        var exactly = tokens.Any(ExactWords.Contains);
        var wantsDay = intent == QuestionIntent.Date && (exactly || framing.Any(i => tokens[i] is "tanggal" or "date"));
        var wantsExactCount = intent == QuestionIntent.Quantity && exactly;
        var wantsDuration = Durations.Asked(tokens);
        var wantsClock = correctTypos && WantsClock(tokens);
        var language = LanguageDetector.Detect(tokens);
        var expanded = _aliases.Expand(tokens, out var fromAlias, out var sourceIndex);

        // One word the question typed weighs as one word, however many words its alias spells ("capital" → "ibu kota").
        var spelledAs = new int[tokens.Count];
        foreach (var source in sourceIndex)
        {
            spelledAs[source]++;
        }

        var terms = new List<string>();
        var termPositions = new List<int>();
        var termFactors = new List<double>();
        var focusTerms = new List<int>();
        var headTerms = new List<int>();
        var framed = new List<string>();
        var translated = new List<int>();
        var namedTerms = new List<int>();
        for (var i = 0; i < expanded.Count; i++)
        {
            var token = expanded[i];

            // The word as typed: an alias's canonical word the question itself wrote ("hari" in "hari apa") is marked
            // as from an alias, but it frames or is asked like any typed word; a word a replacement produced is not.
            var typed = !fromAlias[i] || tokens[sourceIndex[i]] == token;

            // A word the question turns on ("before" in "who was president before Putin") stays, stopword or not.
            var asked = typed && focus is not null && focus.Contains(sourceIndex[i]);
            if ((StopWords.IsStopWord(token) && !asked) || IntentDetector.QuestionWords.Contains(token) || (token.Length < 2 && !char.IsDigit(token[0])))
            {
                continue;
            }

            if (typed && framing.Contains(sourceIndex[i]))
            {
                framed.Add(Stem(token, language == AnswerLanguage.English));
                continue;
            }

            var term = Stem(token, language == AnswerLanguage.English && !fromAlias[i]);
            var existing = terms.IndexOf(term);
            if (existing < 0)
            {
                existing = terms.Count;
                terms.Add(term);
                if (correctTypos && term != token && SynonymLexicon.ConceptOfWritten(token) is not null
                    && term != IndonesianStemmer.Stem(token) && term != EnglishStemmer.Stem(token))
                {
                    translated.Add(existing);
                }

                termPositions.Add(sourceIndex[i]);
                termFactors.Add(factors[sourceIndex[i]] / spelledAs[sourceIndex[i]]);
            }
            else
            {
                termFactors[existing] = Math.Max(termFactors[existing], factors[sourceIndex[i]] / spelledAs[sourceIndex[i]]);
            }

            if (focus is not null && focus.Contains(sourceIndex[i]) && !focusTerms.Contains(existing))
            {
                focusTerms.Add(existing);
            }

            if (typed && heads is not null && heads.Contains(sourceIndex[i]) && !headTerms.Contains(existing))
            {
                headTerms.Add(existing);
            }

            if (typed && typedAsName?[sourceIndex[i]] == true && !namedTerms.Contains(existing))
            {
                namedTerms.Add(existing);
            }
        }

        var speechAt = intent == QuestionIntent.Statement ? IntentDetector.SpeechVerbAt(tokens) : -1;
        return new AnalyzedText(terms, termFactors, intent, language, string.Join(' ', terms), corrections)
        {
            TermPositions = termPositions,
            SpeechAt = speechAt,
            SpeakerFollows = speechAt > 0 && tokens[speechAt - 1] is "apa" or "yang",
            Focus = focusTerms,
            Heads = headTerms,
            TypedNames = namedTerms,
            WantsDay = wantsDay,
            WantsExactCount = wantsExactCount,
            WantsDuration = wantsDuration,
            WantsClock = wantsClock,
            AsksYesNo = correctTypos && intent == QuestionIntent.None && AsksYesNo(tokens),
            Framed = framed,
            Translated = translated,
        };
    }

    private static readonly FrozenSet<string> ExactWords = WordRoles.Words(WordRoles.Exact);

    private static readonly FrozenSet<string> ClockWords = WordRoles.Words(WordRoles.Clock);

    private static readonly FrozenSet<string> YesNoWords = WordRoles.Words(WordRoles.YesNo);

    private static readonly FrozenSet<string> YesNoTags = WordRoles.Words(WordRoles.YesNoTag);

    private static readonly FrozenSet<string> YesNoAnywhere = WordRoles.Words(WordRoles.YesNoAnywhere);

    private static readonly FrozenSet<string> Negations = WordRoles.Words(WordRoles.Negation);

    /// <summary>A clock word before "berapa" ("jam berapa") or after "what" ("what time"); "berapa jam" is a length of time.</summary>
    private static bool WantsClock(List<string> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (ClockWords.Contains(tokens[i]) && ((i + 1 < tokens.Count && tokens[i + 1] == "berapa") || (i > 0 && tokens[i - 1] is "what" or "which")))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A yes/no word first (after greetings and fillers: "hey did ..."), "apakah" or another -kah form anywhere, a tag
    /// last ("... ya", "... ga"), or "atau" and a negation ("atau tidak", "atau belum").
    /// </summary>
    private static bool AsksYesNo(List<string> tokens)
    {
        if (tokens.Count < 2)
        {
            return false;
        }

        var first = tokens.FirstOrDefault(t => YesNoWords.Contains(t) || !StopWords.IsStopWord(t));
        if ((first is not null && YesNoWords.Contains(first)) || tokens.Any(YesNoAnywhere.Contains) || YesNoTags.Contains(tokens[^1]))
        {
            return true;
        }

        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (tokens[i] == "atau" && Negations.Contains(tokens[i + 1]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Stems one folded word as the index does, and reads it as its meaning group's word when the general synonym
    /// lexicon has it ("judges" and "hakim" become one term).
    /// </summary>
    public string Stem(string token, bool english)
    {
        var key = english ? "en:" + token : token;
        return _stemCache.GetOrAdd(key, _ =>
        {
            if (SynonymLexicon.ConceptOfWritten(token) is { } listed)
            {
                return listed;
            }

            var word = token;
            if (english)
            {
                // A name the knowledge writes ("Kompas", "Tribunnews") is no English plural.
                var stemmed = EnglishStemmer.Stem(token);
                word = _isKnownWord(token) && !_isKnownWord(stemmed) ? token : stemmed;
            }

            // "Indonesian", "Armenians": the people or the adjective of a place the knowledge names ("Indonesia").
            if (english && word.Length > 5 && word.EndsWith("an", StringComparison.Ordinal) && !_isKnownWord(word) && _isKnownWord(word[..^1]))
            {
                return Stem(word[..^1], english: false);
            }

            var stem = SynonymLexicon.Concept(IndonesianStemmer.Stem(word, _isKnownWord));
            if (english || _stems.Count == 0 || _stems.Contains(stem))
            {
                return stem;
            }

            // "ditembus" of a knowledge that only writes "menembus", which it keeps whole (see MeNForm).
            var active = SynonymLexicon.Concept(IndonesianStemmer.Stem(IndonesianStemmer.MeNForm(stem), _isKnownWord));
            if (_stems.Contains(active))
            {
                return active;
            }

            // A chat verb form the knowledge never wrote ("nangguhin"): take a formal reading whose stem it has.
            foreach (var reading in IndonesianStemmer.ColloquialReadings(word))
            {
                var candidate = SynonymLexicon.Concept(IndonesianStemmer.Stem(reading, _isKnownWord));
                if (_stems.Contains(candidate))
                {
                    return candidate;
                }
            }

            return stem;
        });
    }

    /// <summary>
    /// Chat often writes two words as one ("kerjasama", "pertamakali", "perdanamenteri"); an unknown word that is
    /// exactly two known words is read as those two, before typo correction could bend it into a third.
    /// </summary>
    private void SplitCompounds(List<string> tokens)
    {
        for (var i = tokens.Count - 1; i >= 0; i--)
        {
            var token = tokens[i];
            if (token.Length < 6 || !NeedsCorrection(token) || !token.All(char.IsLetter) || GeneralLexicon.IsRealWord(token))
            {
                continue;
            }

            (string Left, string Right)? best = null;
            for (var cut = 3; cut <= token.Length - 3; cut++)
            {
                var left = token[..cut];
                var right = token[cut..];
                if (IsKnownWord(left) && IsKnownWord(right) && !IsShortFunctionWord(left) && !IsShortFunctionWord(right)
                    && (best is null || Math.Min(left.Length, right.Length) > Math.Min(best.Value.Left.Length, best.Value.Right.Length)))
                {
                    best = (left, right);
                }
            }

            if (best is { } split)
            {
                tokens[i] = split.Left;
                tokens.Insert(i + 1, split.Right);
            }
        }
    }

    /// <summary>
    /// "kanada" is not "kan ada", "dialokasiin" is not "dia lokasiin", "perdaganggan" is not "perdagang gan": a split
    /// that leaves a short particle or pronoun on one side is almost always a longer word read wrongly.
    /// </summary>
    private static bool IsShortFunctionWord(string word) =>
        word.Length <= 3 && (StopWords.All.Contains(word) || IntentDetector.QuestionWords.Contains(word));

    private bool IsKnownWord(string word) =>
        _typos.IsKnown(word) || StopWords.All.Contains(word) || _stems.Contains(IndonesianStemmer.Stem(word, _isKnownWord));

    private bool NeedsCorrection(string token) =>
        token.Length >= 4
        && !IsKnownWord(token)
        && !IntentDetector.QuestionWords.Contains(token)
        && !token.All(char.IsDigit)
        && !SynonymLexicon.Contains(IndonesianStemmer.Stem(EnglishStemmer.Stem(token)))
        && !SynonymLexicon.Contains(IndonesianStemmer.Stem(token))
        && !_stems.Contains(IndonesianStemmer.Stem(EnglishStemmer.Stem(token), _isKnownWord))
        && !_stems.Contains(Stem(token, english: false));
}
