using BeritaBot.Core.Answering;
using BeritaBot.Core.Knowledge;
using BeritaBot.Core.Presentation;
using BeritaBot.Discord.Commands;
using BeritaBot.Discord.Payloads;

namespace BeritaBot.Discord.Rendering;

/// <summary>Renders the browsing commands: topics, sources, the cards of a source, the timeline, about.</summary>
public static class ListRenderer
{
    private const string OpenPlaceholder = "Buka kartu…";

    public static InteractionCallbackData Topics(TopicListView list)
    {
        ArgumentNullException.ThrowIfNull(list);
        var topics = list.Topics;
        if (topics.Count == 0)
        {
            return AnswerRenderer.Ephemeral(TopicListView.EmptyMessage, []);
        }

        var fields = topics
            .Take(DiscordLimits.FieldsPerEmbed)
            .Select(t => new EmbedField(
                $"{t.Topic} ({t.Cards.Count})",
                Text.JoinLines(t.Cards.Select(c => "• " + Text.EscapeMarkdown(c.Title)).ToList(), DiscordLimits.FieldValue, n => $"…dan {n} lagi")))
            .ToList();
        var embed = new Embed
        {
            Title = TopicListView.Heading,
            Description = "Kartu pengetahuan menurut topik. Pilih kartu di bawah untuk membacanya, atau tanya dengan /tanya.",
            Fields = fields,
            Footer = topics.Count > fields.Count ? new EmbedFooter($"…dan {topics.Count - fields.Count} topik lain") : null,
        };
        return Message(embed, MessageParts.CardSelectRows(topics.SelectMany(t => t.Cards), DiscordLimits.Rows, OpenPlaceholder));
    }

    public static InteractionCallbackData Sources(SourceListView list)
    {
        ArgumentNullException.ThrowIfNull(list);
        var sources = list.Items;
        if (sources.Count == 0)
        {
            return AnswerRenderer.Ephemeral(SourceListView.EmptyMessage, []);
        }

        var lines = sources
            .Select(s => AnswerRenderer.SourceLine(new SourceLine(s.Id, s.Outlet, s.Title, s.Date, s.Url)))
            .ToList();
        var embed = new Embed
        {
            Title = SourceListView.Heading,
            Description = Text.JoinLines(lines, DiscordLimits.EmbedDescription, n => $"…dan {n} artikel lain")
                + "\n\nPilih artikel di bawah untuk melihat kartu yang diambil darinya.",
        };
        var options = sources
            .Where(s => s.Id.Length <= DiscordLimits.SelectOptionText)
            .Select(s => new SelectOption(
                Text.Truncate(s.Title, DiscordLimits.SelectOptionText),
                s.Id,
                Text.Truncate($"{s.Outlet}, {s.Date}", DiscordLimits.SelectOptionText)));
        var rows = options
            .Chunk(DiscordLimits.SelectOptions)
            .Take(DiscordLimits.Rows)
            .Select((chunk, i) => Component.Row([Component.Select(CustomIds.SourceSelect + i, "Pilih artikel…", chunk)]))
            .ToList();
        return Message(embed, rows);
    }

    public static InteractionCallbackData CardsFromSource(Source? source, IReadOnlyList<CardReference> cards)
    {
        ArgumentNullException.ThrowIfNull(cards);
        if (source is null)
        {
            return AnswerRenderer.Ephemeral("Artikel itu tidak ada lagi (pengetahuan mungkin baru dimuat ulang). Coba /sumber lagi.", []);
        }

        if (cards.Count == 0)
        {
            return AnswerRenderer.Ephemeral($"Belum ada kartu yang diambil dari \"{source.Title}\".", []);
        }

        var embed = new Embed
        {
            Title = "Kartu dari: " + source.Title,
            Description = Text.JoinLines(
                cards.Select(c => "• " + Text.EscapeMarkdown(c.Title)).ToList(),
                DiscordLimits.EmbedDescription,
                n => $"…dan {n} kartu lain"),
        };
        return Message(embed, MessageParts.CardSelectRows(cards, DiscordLimits.Rows, OpenPlaceholder)) with { Flags = MessageFlags.Ephemeral };
    }

    public static InteractionCallbackData Timeline(TimelineView timeline)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        var entries = timeline.Entries;
        if (entries.Count == 0)
        {
            return AnswerRenderer.Ephemeral(timeline.EmptyMessage, []);
        }

        var lines = entries
            .Select(e => $"`{e.Label}` {Text.EscapeMarkdown(e.Card.Title)}")
            .ToList();
        var embed = new Embed
        {
            Title = timeline.Heading,
            Description = Text.JoinLines(lines, DiscordLimits.EmbedDescription, n => $"…dan {n} peristiwa lain"),
        };
        return Message(embed, MessageParts.CardSelectRows(entries.Select(e => e.Card), DiscordLimits.Rows, OpenPlaceholder));
    }

    public static InteractionCallbackData About(int cardCount, int sourceCount)
    {
        var embed = new Embed
        {
            Title = "Tentang BeritaBot",
            Description =
                "BeritaBot menjawab pertanyaan tentang liputan berita. Setiap jawaban berasal dari kartu yang disusun "
                + "redaksi dan menyebut artikel sumbernya. Bila belum yakin, bot mengatakannya dan menawarkan pertanyaan terdekat.\n\n"
                + "**Cara memakai**\n"
                + "• `/tanya pertanyaan:` ajukan pertanyaan (saran muncul saat mengetik)\n"
                + "• `/topik` kartu menurut topik\n"
                + "• `/sumber` artikel sumber dan kartu dari tiap artikel\n"
                + "• `/timeline [kata_kunci]` kronologi peristiwa\n"
                + "• Tombol **Membantu** / **Tidak membantu** di bawah jawaban membantu redaksi memperbaiki kartu.",
            Footer = new EmbedFooter($"{cardCount} kartu dari {sourceCount} artikel"),
        };
        return Message(embed, []) with { Flags = MessageFlags.Ephemeral };
    }

    public static InteractionCallbackData Message(Embed embed, IReadOnlyList<Component> components) => new()
    {
        Embeds = [EmbedFitter.Fit(embed)],
        Components = components,
        AllowedMentions = AllowedMentions.None,
    };
}
