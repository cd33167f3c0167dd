using System.Text.Json.Serialization;
using BeritaBot.Core.Answering;

namespace BeritaBot.Host.Cli;

/// <summary>The one-line JSON shape of <c>ask --json</c>: exactly these fields, for scripts and evaluation tools.</summary>
public sealed record JsonAnswer(
    [property: JsonPropertyName("question")] string Question,
    [property: JsonPropertyName("answered")] bool Answered,
    [property: JsonPropertyName("card")] string? Card,
    [property: JsonPropertyName("confidence")] double Confidence,
    [property: JsonPropertyName("answer")] string? Answer,
    [property: JsonPropertyName("sources")] IReadOnlyList<JsonSource> Sources,
    [property: JsonPropertyName("suggestions")] IReadOnlyList<JsonSuggestion> Suggestions)
{
    public static JsonAnswer From(string question, Answer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return new JsonAnswer(
            question,
            answer.IsAnswered,
            answer.CardId,
            answer.Confidence,
            answer.IsAnswered ? answer.Text : null,
            answer.Sources.Select(s => new JsonSource(s.Id, s.Outlet, s.Title, s.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), s.Url)).ToArray(),
            answer.Suggestions.Select(s => new JsonSuggestion(s.CardId, s.Question)).ToArray());
    }
}

public sealed record JsonSource(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("outlet")] string Outlet,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("published")] string? Published,
    [property: JsonPropertyName("url")] string? Url);

public sealed record JsonSuggestion(
    [property: JsonPropertyName("card")] string Card,
    [property: JsonPropertyName("question")] string Question);
