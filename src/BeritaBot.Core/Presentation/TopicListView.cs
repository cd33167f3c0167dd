using BeritaBot.Core.Answering;

namespace BeritaBot.Core.Presentation;

/// <summary>The cards grouped by topic (their first tag), topics in name order.</summary>
public sealed record TopicListView(IReadOnlyList<TopicGroup> Topics)
{
    public const string Heading = PresentationTexts.TopicsHeading;

    public int CardCount => Topics.Sum(t => t.Cards.Count);

    public const string EmptyMessage = "Belum ada kartu pengetahuan.";

    /// <summary>The topic a reader named, by its number in the list (1-based) or its name; null when none fits.</summary>
    public TopicGroup? Find(string nameOrNumber)
    {
        var wanted = UserText.Clean(nameOrNumber);
        if (int.TryParse(wanted, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n))
        {
            return n >= 1 && n <= Topics.Count ? Topics[n - 1] : null;
        }

        return Topics.FirstOrDefault(t => string.Equals(t.Topic, wanted, StringComparison.OrdinalIgnoreCase))
            ?? Topics.FirstOrDefault(t => t.Topic.Replace('-', ' ').Equals(wanted, StringComparison.OrdinalIgnoreCase));
    }
}
