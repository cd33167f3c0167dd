using System.Globalization;
using BeritaBot.Core.Knowledge;

namespace BeritaBot.Core.Presentation;

/// <summary>The articles the knowledge comes from, numbered.</summary>
public sealed record SourceListView(IReadOnlyList<SourceListItem> Items)
{
    public const string Heading = PresentationTexts.SourcesListHeading;

    public const string EmptyMessage = "Belum ada artikel sumber.";

    public static SourceListView From(IReadOnlyList<Source> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        return new SourceListView(sources.Select((s, i) => new SourceListItem(
            i + 1,
            s.Id,
            s.Outlet,
            s.Title,
            s.Published is { } d ? DateLabels.Format(d, DatePrecision.Day) : "tanggal tidak disebutkan",
            string.Join(", ", new[] { s.Author, s.Agency is null ? null : "sumber " + s.Agency }.Where(x => x is not null)),
            s.Url)).ToArray());
    }

    /// <summary>The article a reader picked by number; null (and a message) when there is no such number.</summary>
    public SourceListItem? Find(string number, out string? problem)
    {
        var wanted = UserText.Clean(number);
        if (int.TryParse(wanted, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= Items.Count)
        {
            problem = null;
            return Items[n - 1];
        }

        problem = Items.Count == 0
            ? EmptyMessage
            : string.Create(CultureInfo.InvariantCulture, $"Tidak ada sumber \"{wanted}\": pilih nomor 1 sampai {Items.Count}.");
        return null;
    }
}
