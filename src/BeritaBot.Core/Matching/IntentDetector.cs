using System.Collections.Frozen;

namespace BeritaBot.Core.Matching;

/// <summary>Reads the question word(s) of an already tokenised, abbreviation-expanded question.</summary>
internal static class IntentDetector
{
    /// <summary>Question words: read for intent, then dropped from the terms.</summary>
    public static readonly FrozenSet<string> QuestionWords = WordRoles.Words(WordRoles.Question);

    /// <summary>Words that only frame the question when they stand next to a question word ("tanggal berapa", "how many").</summary>
    private static readonly FrozenSet<string> FramingWords = WordRoles.Words(WordRoles.Framing);

    /// <summary>
    /// Nouns that name a concrete attribute of a person, place or thing. Asked next to a question word ("KOTA mana",
    /// "berapa USIA", "what PARTY"), they say exactly what is wanted, and a card that never mentions the attribute
    /// does not give it, however much else it shares with the question. Abstract nouns ("tujuan", "akibat",
    /// "bidang") are left out on purpose: a card answers them in other words.
    /// </summary>
    private static readonly FrozenSet<string> AttributeNouns = WordRoles.Words(WordRoles.Attribute);

    public static QuestionIntent Detect(IReadOnlyList<string> tokens) => Detect(tokens, framing: null);

    /// <param name="framing">Receives the indexes of words that belong to the question phrase, not to its topic.</param>
    /// <param name="focus">
    /// Receives the index of the word that names what is asked ("KOTA mana", "apa NAMA", "berapa USIA", "what
    /// PARTY"): a card that never mentions it does not answer the question, however much else it shares.
    /// </param>
    /// <param name="heads">Receives the indexes of the content words next to a question word that are not attributes: the
    /// head of what is asked ("berapa PERSEN diskon", "what COMPANY built", "program APA").</param>
    public static QuestionIntent Detect(IReadOnlyList<string> tokens, ISet<int>? framing, ISet<int>? focus = null, ISet<int>? heads = null)
    {
        if (focus is not null)
        {
            FindFocus(tokens, focus);
        }

        if (heads is not null)
        {
            FindHeads(tokens, heads, focus);
        }

        var found = QuestionIntent.None;
        for (var i = 0; i < tokens.Count; i++)
        {
            var intent = IsConjunction(tokens, i) ? QuestionIntent.None : Classify(tokens, i);
            if (intent != QuestionIntent.None && Priority(intent) > Priority(found))
            {
                found = intent;
            }

            if (framing is not null && FramingWords.Contains(tokens[i]) && (NextToQuestionWord(tokens, i) || JoinedToFraming(tokens, i)))
            {
                framing.Add(i);
            }

            // "siapa nama menlu" asks for a person; "apa nama pangkalan" asks for the name itself, so keep it there.
            if (framing is not null && IsNameWord(tokens[i]) && NextToPersonWord(tokens, i))
            {
                framing.Add(i);
            }
        }

        // "Siapa presiden sebelum Aliyev": someone else in a relation to the one named, which a card about that
        // person answers only if it speaks of the relation.
        if (found == QuestionIntent.Person && focus is not null)
        {
            for (var i = 0; i + 1 < tokens.Count; i++)
            {
                if (SuccessionWords.Contains(tokens[i]) && !QuestionWords.Contains(tokens[i + 1]))
                {
                    focus.Add(i);
                }
            }
        }

        return found;
    }

    private static readonly FrozenSet<string> SuccessionWords = WordRoles.Words(WordRoles.Succession);

    /// <summary>
    /// An English wh-word inside a sentence usually joins clauses ("what did Putin say WHEN Pashinyan came"): only
    /// the opening words, or a final one ("signed when?"), ask.
    /// </summary>
    private static bool IsConjunction(IReadOnlyList<string> tokens, int i) =>
        EnglishWhWords.Contains(tokens[i]) && i > 1 && i < tokens.Count - 1
        && !(i > 0 && tokens[i - 1] is "and" or "or" or "but" or "so");

    private static readonly FrozenSet<string> EnglishWhWords =
        new[] { "what", "who", "whom", "whose", "when", "where", "why", "how", "which" }.ToFrozenSet(StringComparer.Ordinal);

    private static void FindFocus(IReadOnlyList<string> t, ISet<int> focus)
    {
        for (var i = 0; i < t.Count; i++)
        {
            if (!QuestionWords.Contains(t[i]) || IsConjunction(t, i))
            {
                continue;
            }

            var after = FocusAfter(t, i);
            if (after >= 0)
            {
                focus.Add(after);
            }

            // "How old" is "berapa usia" in two words, and the lexicon reads both as "usia": whichever word the
            // reading keeps is the attribute asked for.
            if (t[i] == "how" && i + 1 < t.Count && t[i + 1] == "old")
            {
                focus.Add(i);
                focus.Add(i + 1);
            }

            // Indonesian puts the noun first: "kota mana", "pertemuan apa", "umurnya berapa", "istrinya siapa".
            var before = i - 1;
            if (before >= 0 && IsFocusWord(t[before])
                && (t[i] is "apa" or "mana" || t[before].EndsWith("nya", StringComparison.Ordinal)))
            {
                focus.Add(before);
            }
        }
    }

    /// <summary>
    /// The word next to a question word in the places <see cref="FindFocus"/> reads, whatever the word: the thing
    /// asked for. A card that never has it may still answer in other words, so this is weaker evidence than an
    /// attribute, and the model weighs it on its own.
    /// </summary>
    private static void FindHeads(IReadOnlyList<string> t, ISet<int> heads, ISet<int>? focus)
    {
        for (var i = 0; i < t.Count; i++)
        {
            if (!QuestionWords.Contains(t[i]) || IsConjunction(t, i))
            {
                continue;
            }

            var after = HeadAfter(t, i);
            if (after >= 0 && IsHeadWord(t[after]) && focus?.Contains(after) != true)
            {
                heads.Add(after);
            }

            var before = i - 1;
            if (before >= 0 && t[i] is "apa" or "mana" && IsHeadWord(t[before]) && focus?.Contains(before) != true)
            {
                heads.Add(before);
            }
        }
    }

    // "berapa LAMA setelah pelantikan" asks a length of time and a relation ("setelah") says when: both have their
    // own readings (Durations, succession), so neither is the thing asked for.
    private static bool IsHeadWord(string token) =>
        !StopWords.IsStopWord(token) && !QuestionWords.Contains(token) && !FramingWords.Contains(token) && !SpeechVerbs.Contains(token)
        && !SuccessionWords.Contains(token) && !Durations.IsLengthWord(token) && !token.All(char.IsDigit);

    /// <summary>Where <see cref="FocusAfter"/> looks, without asking for an attribute there; −1 for none.</summary>
    private static int HeadAfter(IReadOnlyList<string> t, int i)
    {
        var j = i + 1;
        if (t[i] is "what" or "which")
        {
            j = AfterCopula(t, j);
        }
        else if (t[i] is not ("apa" or "berapa" or "how"))
        {
            return -1;
        }

        var framed = false;
        while (j < t.Count && FramingWords.Contains(t[j]))
        {
            j++;
            framed = true;
        }

        return (t[i] == "how" && !framed) || j >= t.Count ? -1 : j;
    }

    private static int FocusAfter(IReadOnlyList<string> t, int i)
    {
        var j = i + 1;
        if (t[i] is "what" or "who" or "which")
        {
            j = AfterCopula(t, j);
        }
        else if (t[i] is not ("apa" or "siapa" or "berapa" or "how"))
        {
            return -1;
        }

        // "berapa jumlah tentara", "how many soldiers", "siapa nama menlu": the thing asked about, not the framing.
        var framed = false;
        while (j < t.Count && (FramingWords.Contains(t[j]) || (t[i] is "siapa" or "who" && IsNameWord(t[j]))))
        {
            j++;
            framed = true;
        }

        if (t[i] == "how" && !framed)
        {
            return -1;
        }

        return j < t.Count && IsFocusWord(t[j]) ? j : -1;
    }

    /// <summary>
    /// Past "is the" in "what is the name of", "who was the president of"; "what's" is split into "what" and "s".
    /// </summary>
    private static int AfterCopula(IReadOnlyList<string> t, int j)
    {
        if (j < t.Count && t[j] is "is" or "was" or "are" or "were" or "s" or "re")
        {
            j++;
        }

        return j < t.Count && t[j] == "the" ? j + 1 : j;
    }

    private static bool IsFocusWord(string token) => AttributeNouns.Contains(token);

    private static bool IsNameWord(string token) => token is "nama" or "namanya" or "name";

    private static bool NextToPersonWord(IReadOnlyList<string> tokens, int i) =>
        (i > 0 && tokens[i - 1] is "siapa" or "who" or "whose") || (i + 1 < tokens.Count && tokens[i + 1] is "siapa")
        || (i > 1 && tokens[i - 1] == "the" && tokens[i - 2] is "who" or "what");

    /// <summary>"HARI dan tanggal berapa", "what day and DATE": a framing word joined to one that frames the question word.</summary>
    private static bool JoinedToFraming(IReadOnlyList<string> tokens, int i) =>
        FramesJoined(tokens, i + 1, i + 2) || FramesJoined(tokens, i - 1, i - 2);

    private static bool FramesJoined(IReadOnlyList<string> tokens, int conjunction, int other) =>
        other >= 0 && other < tokens.Count && tokens[conjunction] is "dan" or "and" or "atau" or "or"
        && FramingWords.Contains(tokens[other]) && NextToQuestionWord(tokens, other);

    private static bool NextToQuestionWord(IReadOnlyList<string> tokens, int i) =>
        (i > 0 && QuestionWords.Contains(tokens[i - 1])) || (i + 1 < tokens.Count && QuestionWords.Contains(tokens[i + 1]))
        || (i > 1 && tokens[i - 1] == "the" && QuestionWords.Contains(tokens[i - 2]));

    private static QuestionIntent Classify(IReadOnlyList<string> t, int i)
    {
        var next = i + 1 < t.Count ? t[i + 1] : string.Empty;
        var previous = i > 0 ? t[i - 1] : string.Empty;
        switch (t[i])
        {
            case "kapan" or "when":
                return QuestionIntent.Date;
            case "tanggal" or "date" when next is "berapa" or "apa" || previous is "berapa" or "what" or "which" or "apa":
                return QuestionIntent.Date;
            // "pada tahun?" asks; "pada tahun lalu" and "pada hari Senin" only tell when.
            case "tahun" or "year" or "bulan" or "month" or "hari" or "day" when next is "berapa" or "apa" or "kapan" || previous is "what" or "which" || (previous == "pada" && next.Length == 0):
                return QuestionIntent.Date;
            case "siapa" or "who" or "whom" or "whose":
                return QuestionIntent.Person;
            case "dimana" or "kemana" or "where":
                return QuestionIntent.Place;
            case "mana" when previous is "di" or "ke" or "dari":
                return QuestionIntent.Place;
            // "di lapas mana", "ke negara mana", "dari kota mana": the place's kind named between.
            case "mana" when i >= 2 && t[i - 2] is "di" or "ke" or "dari" && !QuestionWords.Contains(previous):
                return QuestionIntent.Place;
            case "mengapa" or "kenapa" or "why" or "alasan" or "reason":
                return QuestionIntent.Reason;
            case "sebab" when previous is "apa":
                return QuestionIntent.Reason;
            case "berapa" or "jumlah" or "number":
                return QuestionIntent.Quantity;
            case "how" when next is "many" or "much" or "long" or "big" or "large" or "old" or "far" or "often" or "tall":
                return QuestionIntent.Quantity;
            case "bagaimana" or "how":
                return QuestionIntent.Manner;
            case "kata" when previous is "apa":
                return QuestionIntent.Statement;
            case var verb when SpeechVerbs.Contains(verb) && !IsRequest(t, i) && AsksWhatWasSaid(t, i):
                return QuestionIntent.Statement;
            default:
                return QuestionIntent.None;
        }
    }

    /// <summary>The first speech verb of a what-did-X-say question ("kata" only after "apa"), or −1.</summary>
    public static int SpeechVerbAt(IReadOnlyList<string> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if ((SpeechVerbs.Contains(tokens[i]) && !IsRequest(tokens, i)) || (tokens[i] == "kata" && i > 0 && tokens[i - 1] == "apa"))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// "Putin bilang apa", "apa yang dikatakan Peskov", "what did Pashinyan say": "apa"/"what" right after the verb, or
    /// the nearest question word before it. Not "what does Baku mean when the reports say …", where "when" is nearer.
    /// </summary>
    private static bool AsksWhatWasSaid(IReadOnlyList<string> t, int verb)
    {
        if (verb + 1 < t.Count && t[verb + 1] is "apa" or "what")
        {
            return true;
        }

        for (var k = verb - 1; k >= 0; k--)
        {
            if (QuestionWords.Contains(t[k]))
            {
                return t[k] is "apa" or "what";
            }
        }

        return false;
    }

    /// <summary>"Tell me about Aliyev", "what can you tell us": the asker's request, not what someone said.</summary>
    private static bool IsRequest(IReadOnlyList<string> tokens, int i) =>
        tokens[i] == "tell" && i + 1 < tokens.Count && tokens[i + 1] is "me" or "us";

    private static readonly FrozenSet<string> SpeechVerbs = WordRoles.Words(WordRoles.Speech);

    // An explicit date phrase ("tahun berapa") outranks the quantity word inside it.
    private static int Priority(QuestionIntent intent) => intent switch
    {
        QuestionIntent.Date => 7,
        QuestionIntent.Person => 6,
        QuestionIntent.Place => 5,
        QuestionIntent.Reason => 4,
        QuestionIntent.Statement => 3,
        QuestionIntent.Quantity => 2,
        QuestionIntent.Manner => 1,
        _ => 0,
    };
}
