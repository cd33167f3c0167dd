using System.Globalization;
using System.Text;
using BeritaBot.Core.Answering;
using BeritaBot.Core.Knowledge;
using BeritaBot.Core.Presentation;
using Telegram.Bot.Types.ReplyMarkups;
using BeritaBot.Telegram.Callbacks;

namespace BeritaBot.Telegram.Rendering;

/// <summary>Help, topics, sources and the timeline, all built from what the knowledge holds now.</summary>
public sealed class ListRenderer
{
    public const int MaxTimelineEntries = 30;
    public const int MaxExamples = 3;

    private readonly CallbackData _callbacks;
    private readonly AnswerRenderer _answers;

    public ListRenderer(CallbackData callbacks, AnswerRenderer answers)
    {
        _callbacks = callbacks;
        _answers = answers;
    }

    public OutgoingMessage Help(IReadOnlyList<Source> sources, IReadOnlyList<TopicGroup> topics, string? botUsername)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(topics);
        var cardCount = topics.Sum(t => t.Cards.Count);
        var html = new StringBuilder()
            .Append("<b>Halo! Saya menjawab pertanyaan tentang liputan berita.</b>\n\n")
            .Append(CultureInfo.InvariantCulture, $"Saya tahu {cardCount} fakta dari {sources.Count} artikel:\n");
        foreach (var source in sources)
        {
            html.Append("• ").Append(AnswerRenderer.SourceLine(SourceLine.From(SourceReference.From(source), AnswerLanguage.Indonesian))).Append('\n');
        }

        var examples = topics.Where(t => t.Cards.Count > 0).Select(t => t.Cards[0]).Take(MaxExamples).ToList();
        if (examples.Count > 0)
        {
            html.Append("\n<b>Contoh pertanyaan</b> (tekan untuk mencoba):\n");
            foreach (var example in examples)
            {
                html.Append("• ").Append(Html.Escape(example.Question)).Append('\n');
            }
        }

        html.Append("\n<b>Perintah</b>\n")
            .Append("/tanya &lt;pertanyaan&gt; — ajukan pertanyaan\n")
            .Append("/topik — daftar topik\n")
            .Append("/sumber — artikel yang menjadi sumber\n")
            .Append("/timeline [kata kunci] — peristiwa menurut tanggal\n")
            .Append("\nDi chat pribadi, tulis saja pertanyaan Anda.");
        if (!string.IsNullOrEmpty(botUsername))
        {
            var name = Html.Escape(botUsername);
            html.Append(CultureInfo.InvariantCulture, $" Di grup, sebut @{name} atau balas pesan saya. Di chat mana pun, ketik @{name} lalu pertanyaan untuk mode inline.");
        }

        var rows = examples.Select(e => (IReadOnlyList<InlineKeyboardButton>)[_answers.FollowUpButton(e)]);
        return new OutgoingMessage(html.ToString(), Buttons.Keyboard(rows));
    }

    public OutgoingMessage Topics(IReadOnlyList<TopicGroup> topics)
    {
        ArgumentNullException.ThrowIfNull(topics);
        if (topics.Count == 0)
        {
            return new OutgoingMessage(TopicListView.EmptyMessage);
        }

        var rows = topics.Select(t => (IReadOnlyList<InlineKeyboardButton>)
            [InlineKeyboardButton.WithCallbackData(Buttons.Label($"{t.Topic} ({t.Cards.Count})"), _callbacks.Topic(t.Topic))]);
        return new OutgoingMessage($"<b>{TopicListView.Heading}</b>\nPilih topik untuk melihat pertanyaannya:", Buttons.Keyboard(rows));
    }

    public OutgoingMessage Topic(TopicGroup topic)
    {
        ArgumentNullException.ThrowIfNull(topic);
        return CardList($"<b>Topik: {Html.Escape(topic.Topic)}</b>", topic.Cards);
    }

    public OutgoingMessage Sources(IReadOnlyList<Source> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        if (sources.Count == 0)
        {
            return new OutgoingMessage(SourceListView.EmptyMessage);
        }

        var html = new StringBuilder("<b>Artikel sumber</b>\n");
        var rows = new List<IReadOnlyList<InlineKeyboardButton>>();
        var number = 1;
        foreach (var source in sources)
        {
            html.Append(CultureInfo.InvariantCulture, $"{number}. ").Append(AnswerRenderer.SourceLine(SourceLine.From(SourceReference.From(source), AnswerLanguage.Indonesian))).Append('\n');
            rows.Add([InlineKeyboardButton.WithCallbackData(Buttons.Label($"{number}. {source.Title}"), _callbacks.Source(source.Id))]);
            number++;
        }

        html.Append("\nPilih artikel untuk melihat fakta yang diambil darinya.");
        return new OutgoingMessage(html.ToString(), Buttons.Keyboard(rows));
    }

    public OutgoingMessage SourceCards(Source? source, IReadOnlyList<CardReference> cards)
    {
        ArgumentNullException.ThrowIfNull(cards);
        var heading = source is null
            ? "<b>Fakta dari artikel ini</b>"
            : "<b>Fakta dari:</b> " + AnswerRenderer.SourceLine(SourceLine.From(SourceReference.From(source), AnswerLanguage.Indonesian));
        return cards.Count == 0
            ? new OutgoingMessage(heading + "\nBelum ada fakta yang diambil dari artikel ini.")
            : CardList(heading, cards);
    }

    public OutgoingMessage Timeline(TimelineView timeline)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        var entries = timeline.Entries;
        if (entries.Count == 0)
        {
            return new OutgoingMessage(Html.Escape(timeline.EmptyMessage));
        }

        var html = new StringBuilder(Html.Bold(timeline.Heading)).Append('\n');
        var rows = new List<IReadOnlyList<InlineKeyboardButton>>();
        var number = 1;
        foreach (var entry in entries.Take(MaxTimelineEntries))
        {
            html.Append(CultureInfo.InvariantCulture, $"{number}. <b>{entry.Label}</b> — {Html.Escape(entry.Card.Title)}\n");
            rows.Add([InlineKeyboardButton.WithCallbackData(
                Buttons.Label($"{number}. {entry.Label} {entry.Card.Title}"),
                _callbacks.OpenCard(entry.Card.CardId))]);
            number++;
        }

        if (entries.Count > MaxTimelineEntries)
        {
            html.Append(CultureInfo.InvariantCulture, $"\n…dan {entries.Count - MaxTimelineEntries} lagi. Persempit dengan /timeline kata kunci.");
        }

        return new OutgoingMessage(html.ToString().TrimEnd(), Buttons.Keyboard(rows));
    }

    private OutgoingMessage CardList(string heading, IReadOnlyList<CardReference> cards)
    {
        var rows = cards.Select(c => (IReadOnlyList<InlineKeyboardButton>)[_answers.FollowUpButton(c)]);
        return new OutgoingMessage(heading + "\nPilih pertanyaan:", Buttons.Keyboard(rows));
    }
}
