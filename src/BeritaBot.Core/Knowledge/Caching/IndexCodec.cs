using System.Runtime.CompilerServices;
using BeritaBot.Core.Answering;
using BeritaBot.Core.Matching;

namespace BeritaBot.Core.Knowledge.Caching;

/// <summary>
/// A built <see cref="CardIndex"/>'s parts in the cache: the vocabulary, the term dictionary, postings, idf, the
/// analysed phrasings and the per-card and per-term facts. Doubles and halves keep their exact bits, so the index read
/// back scores every question exactly as the one built.
/// </summary>
internal static class IndexCodec
{
    public static void Write(CacheWriter writer, CardIndexParts parts)
    {
        writer.Int(parts.Vocabulary.Count);
        foreach (var (word, count) in parts.Vocabulary)
        {
            writer.String(word);
            writer.Int(count);
        }

        writer.Strings(parts.Terms);
        writer.Int(parts.Postings.Length);
        foreach (var list in parts.Postings)
        {
            writer.Int(list.Length);
            foreach (var posting in list)
            {
                writer.Int(posting.Card);
                writer.Half(posting.Weight);
                writer.Byte((byte)posting.Fields);
            }
        }

        writer.Int(parts.Idf.Length);
        foreach (var idf in parts.Idf)
        {
            writer.Double(idf);
        }

        WritePhrasings(writer, parts.Phrasings);
        WritePhrasings(writer, parts.NotCovered);
        writer.Ints(parts.IntentMasks);
        writer.Ints(parts.AnswerKinds);
        writer.Ints(parts.Counted.Starts);
        writer.Ints(parts.Counted.Ids);
        writer.Ints(parts.Unstated.Starts);
        writer.Ints(parts.Unstated.Ids);
        writer.Bools(parts.GivesDay);
        writer.Bools(parts.GivesCount);
        writer.Bools(parts.GivesDuration);
        writer.Bools(parts.IsName);
        writer.Ints(parts.Speakers.Starts);
        writer.Ints(parts.Speakers.Ids);

        writer.Ints(parts.EntityKind);
        writer.Strings(parts.SortedSurfaceWords);
    }

    /// <param name="cardCount">The cards read before: every per-card array must have one entry each.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static CardIndexParts Read(CacheReader reader, int cardCount)
    {
        var vocabulary = new KeyValuePair<string, int>[reader.Count(2)];
        for (var i = 0; i < vocabulary.Length; i++)
        {
            vocabulary[i] = new(reader.String(), reader.Int());
        }

        var terms = reader.Strings();
        var postings = new Posting[reader.Count()][];
        for (var t = 0; t < postings.Length; t++)
        {
            var list = postings[t] = new Posting[reader.Count(4)];
            for (var p = 0; p < list.Length; p++)
            {
                list[p] = new Posting(reader.Int(), reader.Half(), (CardField)reader.Byte());
            }
        }

        var idf = new double[reader.Count(8)];
        for (var t = 0; t < idf.Length; t++)
        {
            idf[t] = reader.Double();
        }

        var phrasings = ReadPhrasings(reader);
        var notCovered = ReadPhrasings(reader);
        var intentMasks = reader.Ints();
        var answerKinds = reader.Ints();
        var counted = new CardTermRuns(reader.Ints(), reader.Ints());
        var unstated = new CardTermRuns(reader.Ints(), reader.Ints());
        var givesDay = reader.Bools();
        var givesCount = reader.Bools();
        var givesDuration = reader.Bools();
        var isName = reader.Bools();
        var speakers = new CardTermRuns(reader.Ints(), reader.Ints());

        var entityKind = reader.Ints();
        var surface = reader.Strings();
        if (!counted.IsWellFormed || !unstated.IsWellFormed || !speakers.IsWellFormed || postings.Length != terms.Length || idf.Length != terms.Length || isName.Length != terms.Length || entityKind.Length != terms.Length
            || new[] { phrasings.Length, notCovered.Length, intentMasks.Length, answerKinds.Length, counted.Cards, unstated.Cards, givesDay.Length, givesCount.Length, givesDuration.Length, speakers.Cards }.Any(n => n != cardCount))
        {
            throw new InvalidDataException("the index's parts do not agree with each other or with the cards");
        }

        return new CardIndexParts(vocabulary, terms, postings, idf, phrasings, notCovered, intentMasks, answerKinds, counted, unstated, givesDay, givesCount, givesDuration, isName, speakers, entityKind, surface);
    }

    private static void WritePhrasings(CacheWriter writer, IndexedPhrasing[][] perCard)
    {
        writer.Int(perCard.Length);
        foreach (var phrasings in perCard)
        {
            writer.Int(phrasings.Length);
            foreach (var phrasing in phrasings)
            {
                writer.String(phrasing.Text);
                writer.Ints(phrasing.TermIds);
                writer.Double(phrasing.Weight);
                writer.Utf8(phrasing.SortedUtf8);
                writer.Int((int)phrasing.Intent);
                writer.Int((int)phrasing.Language);
                writer.Ints(phrasing.OpenTerms);
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static IndexedPhrasing[][] ReadPhrasings(CacheReader reader)
    {
        var perCard = new IndexedPhrasing[reader.Count()][];
        for (var c = 0; c < perCard.Length; c++)
        {
            var phrasings = perCard[c] = new IndexedPhrasing[reader.Count(8)];
            for (var p = 0; p < phrasings.Length; p++)
            {
                phrasings[p] = new IndexedPhrasing(reader.String(), reader.Ints(), reader.Double(), reader.Utf8(), (QuestionIntent)reader.Int(), (AnswerLanguage)reader.Int())
                {
                    OpenTerms = reader.Ints(),
                };
            }
        }

        return perCard;
    }
}
