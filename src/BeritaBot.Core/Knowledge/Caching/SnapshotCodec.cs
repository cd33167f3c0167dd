using System.Runtime.CompilerServices;

namespace BeritaBot.Core.Knowledge.Caching;

/// <summary>
/// The loaded knowledge in the cache: cards, sources, aliases, entities and the load's warnings, field by field. Card
/// files are kept relative to the folder, so a cache stays right for the same content in another place.
/// </summary>
internal static class SnapshotCodec
{
    public static void WriteCards(CacheWriter writer, IReadOnlyList<Card> cards, string folder)
    {
        writer.Int(cards.Count);
        foreach (var card in cards)
        {
            writer.String(card.Id);
            writer.String(card.Title);
            writer.Strings(card.Questions);
            writer.String(card.Answer);
            writer.String(card.AnswerEn);
            writer.Strings(card.SourceIds);
            writer.Strings(card.Keywords);
            writer.Strings(card.NotCovered);
            WriteDate(writer, card.Date);
            writer.Byte((byte)card.DatePrecision);
            writer.Strings(card.Related);
            writer.Strings(card.Tags);
            writer.String(Path.GetRelativePath(folder, card.FilePath));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Card[] ReadCards(CacheReader reader, string folder)
    {
        var cards = new Card[reader.Count()];
        for (var i = 0; i < cards.Length; i++)
        {
            cards[i] = new Card
            {
                Id = reader.String(),
                Title = reader.String(),
                Questions = reader.Strings(),
                Answer = reader.String(),
                AnswerEn = reader.NullableString(),
                SourceIds = reader.Strings(),
                Keywords = reader.Strings(),
                NotCovered = reader.Strings(),
                Date = ReadDate(reader),
                DatePrecision = Enum<DatePrecision>(reader.Byte()),
                Related = reader.Strings(),
                Tags = reader.Strings(),
                FilePath = Path.Combine(folder, reader.String()),
            };
        }

        return cards;
    }

    public static void WriteSources(CacheWriter writer, IReadOnlyList<Source> sources)
    {
        writer.Int(sources.Count);
        foreach (var source in sources)
        {
            writer.String(source.Id);
            writer.String(source.Outlet);
            writer.String(source.Title);
            WriteDate(writer, source.Published);
            writer.String(source.Author);
            writer.String(source.Agency);
            writer.String(source.Url);
            writer.String(source.Editor);
        }
    }

    public static Source[] ReadSources(CacheReader reader)
    {
        var sources = new Source[reader.Count()];
        for (var i = 0; i < sources.Length; i++)
        {
            sources[i] = new Source(reader.String(), reader.String(), reader.String(), ReadDate(reader), reader.NullableString(), reader.NullableString(), reader.NullableString())
            {
                Editor = reader.NullableString(),
            };
        }

        return sources;
    }

    public static void WriteAliases(CacheWriter writer, AliasTable aliases)
    {
        writer.Int(aliases.Groups.Count);
        foreach (var group in aliases.Groups)
        {
            writer.Strings(group);
        }
    }

    public static AliasTable ReadAliases(CacheReader reader)
    {
        var groups = new IReadOnlyList<string>[reader.Count()];
        for (var i = 0; i < groups.Length; i++)
        {
            groups[i] = reader.Strings();
        }

        return new AliasTable(groups);
    }

    /// <summary>In the file's order: the index numbers the kinds by it.</summary>
    public static void WriteEntities(CacheWriter writer, EntityKinds entities)
    {
        writer.Int(entities.Kinds.Count);
        foreach (var (kind, names) in entities.Kinds)
        {
            writer.String(kind);
            writer.Strings(names);
        }
    }

    public static EntityKinds ReadEntities(CacheReader reader)
    {
        var count = reader.Count();
        var kinds = new Dictionary<string, IReadOnlyList<string>>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            kinds.Add(reader.String(), reader.Strings());
        }

        return new EntityKinds(kinds);
    }

    /// <summary>A load that succeeded has only warnings; they are told again on a start from the cache.</summary>
    public static void WriteProblems(CacheWriter writer, IReadOnlyList<KnowledgeProblem> problems)
    {
        writer.Int(problems.Count);
        foreach (var problem in problems)
        {
            writer.Byte((byte)problem.Severity);
            writer.String(problem.File);
            writer.Int(problem.Line);
            writer.String(problem.Message);
        }
    }

    public static KnowledgeProblem[] ReadProblems(CacheReader reader)
    {
        var problems = new KnowledgeProblem[reader.Count()];
        for (var i = 0; i < problems.Length; i++)
        {
            problems[i] = new KnowledgeProblem(Enum<ProblemSeverity>(reader.Byte()), reader.String(), reader.Int(), reader.String());
        }

        return problems;
    }

    internal static T Enum<T>(int value)
        where T : struct, Enum
    {
        var result = (T)System.Enum.ToObject(typeof(T), value);
        return System.Enum.IsDefined(result) ? result : throw new InvalidDataException($"{value} is no {typeof(T).Name}");
    }

    private static void WriteDate(CacheWriter writer, DateOnly? date) => writer.Int(date is { } d ? d.DayNumber + 1 : 0);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static DateOnly? ReadDate(CacheReader reader)
    {
        var day = reader.Int();
        return day == 0 ? null : DateOnly.FromDayNumber(day - 1);
    }
}
