using BeritaBot.Core.Answering;

namespace BeritaBot.Core.Presentation;

/// <summary>Dated cards in order, optionally filtered by a keyword the reader typed (cleaned before it is echoed).</summary>
public sealed record TimelineView(IReadOnlyList<TimelineEntry> Entries, string Keyword)
{
    public static TimelineView From(IReadOnlyList<TimelineEntry> entries, string? keyword)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return new TimelineView(entries, UserText.Clean(keyword));
    }

    public string Heading => Keyword.Length == 0 ? PresentationTexts.TimelineHeading : $"{PresentationTexts.TimelineHeading}: {Keyword}";

    public string EmptyMessage => Keyword.Length == 0
        ? "Belum ada peristiwa bertanggal."
        : $"Tidak ada peristiwa bertanggal yang cocok dengan “{Keyword}”.";
}
