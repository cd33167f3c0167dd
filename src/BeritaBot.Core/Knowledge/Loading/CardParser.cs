using System.Text.RegularExpressions;
using BeritaBot.Core.Knowledge.Yaml;

namespace BeritaBot.Core.Knowledge.Loading;

/// <summary>Parses one card file: YAML front matter and a Markdown body (the Indonesian answer).</summary>
internal static partial class CardParser
{
    /// <summary>Answers must fit a chat message with room for the title and sources.</summary>
    public const int MaxAnswerLength = 1500;

    /// <summary>Ids travel in Telegram callback data (64 bytes) and Discord custom ids, so they stay short and plain.</summary>
    public const int MaxIdLength = 48;

    public const int RecommendedPhrasings = 4;

    private static readonly HashSet<string> KnownFields =
        ["title", "questions", "sources", "keywords", "date", "related", "tags", "answer_en", "not_covered"];

    /// <returns>Null when the file cannot be read as a card at all; a card without <see cref="ParsedCard.Card"/> when it has errors.</returns>
    public static ParsedCard? Parse(string id, string path, string displayName, string text, ProblemCollector problems)
    {
        if (!IdPattern().IsMatch(id) || id.Length > MaxIdLength)
        {
            problems.Error(displayName, 1, $"card id '{id}' (the file name) must be 1–{MaxIdLength} lowercase letters, digits, '-' or '_'");
        }

        var document = FrontMatterDocument.Split(text, out var splitProblem);
        if (document is null)
        {
            problems.Error(displayName, 1, splitProblem!);
            return null;
        }

        var root = YamlDocumentReader.Read(document.Yaml, document.YamlLineOffset, displayName, problems);
        if (root is null || root.Kind != YamlNodeKind.Mapping)
        {
            if (root is not null || !problems.Problems.Any(p => p.File == displayName))
            {
                problems.Error(displayName, root?.Line ?? 2, "the front matter must be a set of fields (questions:, sources:, ...)");
            }

            return null;
        }

        var before = problems.Problems.Count(p => p.IsError);
        var fields = new YamlFields(root, displayName, problems);
        fields.WarnUnknown(KnownFields, "front-matter");
        var questions = fields.List("questions", required: true, fallbackLine: 2);
        var sources = fields.List("sources", required: true, fallbackLine: 2);
        var keywords = fields.List("keywords", required: false, fallbackLine: 2) ?? [];
        var related = fields.List("related", required: false, fallbackLine: 2) ?? [];
        var tags = fields.List("tags", required: false, fallbackLine: 2) ?? [];
        var notCovered = fields.List("not_covered", required: false, fallbackLine: 2) ?? [];
        var title = fields.Text("title", required: false, fallbackLine: 2);
        var answerEn = fields.Text("answer_en", required: false, fallbackLine: 2);
        var date = fields.Date("date", out var precision);

        var body = document.Body.Trim();
        if (body.Length == 0)
        {
            problems.Error(displayName, document.BodyLine, "the answer (the text after the front matter) is empty");
        }
        else if (body.Length > MaxAnswerLength)
        {
            problems.Error(displayName, document.BodyLine, $"the answer is {body.Length} characters; keep it under {MaxAnswerLength} so it fits a chat message");
        }

        if (answerEn is not null && answerEn.Length > MaxAnswerLength)
        {
            problems.Error(displayName, fields.LineOf("answer_en", 2), $"'answer_en' is {answerEn.Length} characters; keep it under {MaxAnswerLength}");
        }

        if (questions is not null)
        {
            if (questions.Count < RecommendedPhrasings)
            {
                problems.Warning(displayName, fields.LineOf("questions", 2), $"only {questions.Count} question phrasing(s); give at least {RecommendedPhrasings} (formal, chat-style, English) so people find this card");
            }

            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var (q, line) in questions)
            {
                if (!seen.Add(q))
                {
                    problems.Warning(displayName, line, $"question '{q}' is listed twice");
                }
            }
        }

        if (problems.Problems.Count(p => p.IsError) > before || questions is null || sources is null || body.Length == 0)
        {
            // Not loadable, but its references are still checked: a bad date must not hide an unknown related id.
            return new ParsedCard(id, null, displayName, sources ?? [], related);
        }

        var card = new Card
        {
            Id = id,
            Title = title ?? questions[0].Value.TrimEnd('?', ' '),
            Questions = questions.Select(q => q.Value).ToArray(),
            Answer = body,
            AnswerEn = answerEn,
            SourceIds = sources.Select(s => s.Value).ToArray(),
            Keywords = keywords.Select(k => k.Value).ToArray(),
            NotCovered = notCovered.Select(q => q.Value).ToArray(),
            Date = date,
            DatePrecision = precision,
            Related = related.Select(r => r.Value).ToArray(),
            Tags = tags.Select(t => t.Value).ToArray(),
            FilePath = path,
        };
        return new ParsedCard(id, card, displayName, sources, related);
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9_-]*$")]
    private static partial Regex IdPattern();
}
