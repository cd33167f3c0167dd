using BeritaBot.Core.Answering;
using BeritaBot.Core.Knowledge;

namespace BeritaBot.Core.Presentation;

/// <summary>A cited article as every front end lists it: outlet, title, date in the answer's language, link.</summary>
public sealed record SourceLine(string Id, string Outlet, string Title, string? Date, string? Url)
{
    public static SourceLine From(SourceReference source, AnswerLanguage language)
    {
        ArgumentNullException.ThrowIfNull(source);
        var date = source.Published is { } published
            ? DateLabels.Format(published, DatePrecision.Day, language == AnswerLanguage.English)
            : null;
        var url = source.Url is { Length: > 0 } u && Uri.TryCreate(u, UriKind.Absolute, out _) ? u : null;
        return new SourceLine(source.Id, source.Outlet, source.Title, date, url);
    }

    /// <summary>Plain text: <c>Kompas.com: "Judul", 31 Januari 2021</c>.</summary>
    public string Plain => Date is null ? $"{Outlet}: \"{Title}\"" : $"{Outlet}: \"{Title}\", {Date}";
}
