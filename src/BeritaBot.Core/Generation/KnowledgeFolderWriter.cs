using BeritaBot.Core.Evaluation;
using System.Globalization;
using System.Text;
using BeritaBot.Core.Knowledge;
using BeritaBot.Core.Knowledge.Editing;

namespace BeritaBot.Core.Generation;

/// <summary>Writes generated knowledge in exactly the format editors write by hand (see <c>knowledge/</c>).</summary>
internal static class KnowledgeFolderWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static void Write(SyntheticKnowledge knowledge, string folder)
    {
        var cardsFolder = Path.Combine(folder, KnowledgeLoader.CardsFolder);
        Directory.CreateDirectory(cardsFolder);
        File.WriteAllText(Path.Combine(folder, KnowledgeLoader.SourcesFile), Sources(knowledge), Utf8);
        File.WriteAllText(Path.Combine(folder, KnowledgeLoader.AliasesFile), Aliases(knowledge), Utf8);
        foreach (var card in knowledge.Cards)
        {
            var path = Path.Combine(cardsFolder, card.RelativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, CardFile(card), Utf8);
        }
    }

    public static void WriteQueries(SyntheticKnowledge knowledge, string path)
    {
        var builder = new StringBuilder();
        builder.Append(EvalSet.Header).Append('\n');
        builder.Append("# Synthetic questions for generated knowledge (seed ").Append(knowledge.Seed.ToString(CultureInfo.InvariantCulture))
            .Append(", ").Append(knowledge.Cards.Count.ToString(CultureInfo.InvariantCulture)).Append(" cards).\n");
        builder.Append("# paraphrase: worded unlike the card's phrasings; chat: as typed on a phone; typo: misspelt; none: out of scope.\n");
        foreach (var query in knowledge.Queries)
        {
            builder.Append(query.Category).Append('\t').Append(query.ExpectedCardId ?? "none").Append('\t').Append(query.Question).Append('\n');
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        File.WriteAllText(path, builder.ToString(), Utf8);
    }

    public static string CardFile(SyntheticCard card)
    {
        var b = new StringBuilder(1024);
        b.Append("---\n");
        b.Append("title: ").Append(YamlDoubleQuoted.Quote(card.Title)).Append('\n');
        b.Append("questions:\n");
        foreach (var question in card.Questions)
        {
            b.Append("  - ").Append(YamlDoubleQuoted.Quote(question)).Append('\n');
        }

        b.Append("sources: [").Append(card.SourceId).Append("]\n");
        b.Append("keywords: [").AppendJoin(", ", card.Keywords.Select(YamlDoubleQuoted.Quote)).Append("]\n");
        if (card.Date is { } date)
        {
            b.Append("date: ").Append(card.DatePrecision switch
            {
                DatePrecision.Year => date.ToString("yyyy", CultureInfo.InvariantCulture),
                DatePrecision.Month => date.ToString("yyyy-MM", CultureInfo.InvariantCulture),
                _ => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            }).Append('\n');
        }

        if (card.Related.Count > 0)
        {
            b.Append("related: [").AppendJoin(", ", card.Related).Append("]\n");
        }

        b.Append("tags: [").Append(card.Tag).Append("]\n");
        b.Append("answer_en: ").Append(YamlDoubleQuoted.Quote(card.AnswerEn)).Append('\n');
        b.Append("---\n");
        b.Append(card.Answer).Append('\n');
        return b.ToString();
    }

    private static string Sources(SyntheticKnowledge knowledge)
    {
        var b = new StringBuilder();
        b.Append("# Generated articles (synthetic, seed ").Append(knowledge.Seed.ToString(CultureInfo.InvariantCulture)).Append("): cards cite them by id.\n");
        b.Append("sources:\n");
        foreach (var source in knowledge.Sources)
        {
            b.Append("  - id: ").Append(source.Id).Append('\n');
            b.Append("    outlet: ").Append(YamlDoubleQuoted.Quote(source.Outlet)).Append('\n');
            b.Append("    title: ").Append(YamlDoubleQuoted.Quote(source.Title)).Append('\n');
            if (source.Published is { } published)
            {
                b.Append("    published: ").Append(published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n');
            }

            b.Append('\n');
        }

        return b.ToString();
    }

    private static string Aliases(SyntheticKnowledge knowledge)
    {
        var b = new StringBuilder();
        b.Append("# Spelling variants and synonyms of the generated knowledge; the first entry of each group is canonical.\n");
        b.Append("aliases:\n");
        foreach (var group in knowledge.AliasGroups)
        {
            b.Append("  - [").AppendJoin(", ", group.Select(YamlDoubleQuoted.Quote)).Append("]\n");
        }

        return b.ToString();
    }
}
