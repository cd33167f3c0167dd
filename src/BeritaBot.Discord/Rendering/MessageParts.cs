using BeritaBot.Core.Answering;
using BeritaBot.Core.Presentation;
using BeritaBot.Discord.Commands;
using BeritaBot.Discord.Payloads;

namespace BeritaBot.Discord.Rendering;

/// <summary>Building blocks shared by the renderers: buttons and selects that open cards.</summary>
public static class MessageParts
{
    /// <summary>One row of buttons (at most five), one per follow-up, each opening its card in the follow-up's language.</summary>
    public static Component? FollowUpRow(IEnumerable<FollowUp> followUps)
    {
        ArgumentNullException.ThrowIfNull(followUps);
        var buttons = followUps
            .DistinctBy(f => f.CardId)
            .Select(f => (FollowUp: f, Id: CustomIds.CardButton(f.CardId, f.Language == AnswerLanguage.English)))
            .Where(f => f.Id is not null)
            .Take(DiscordLimits.ButtonsPerRow)
            .Select(f => Component.Button(ButtonStyle.Secondary, Label(f.FollowUp.Question, f.FollowUp.CardId), f.Id!))
            .ToList();
        return buttons.Count == 0 ? null : Component.Row(buttons);
    }

    /// <summary>Select menus (25 options each, at most <paramref name="maxRows"/>) to open any of the cards.</summary>
    public static IReadOnlyList<Component> CardSelectRows(IEnumerable<CardReference> cards, int maxRows, string placeholder)
    {
        ArgumentNullException.ThrowIfNull(cards);
        var options = cards
            .DistinctBy(c => c.CardId)
            .Where(c => c.CardId.Length <= DiscordLimits.SelectOptionText)
            .Select(c => new SelectOption(
                Text.Truncate(string.IsNullOrWhiteSpace(c.Title) ? c.CardId : c.Title, DiscordLimits.SelectOptionText),
                c.CardId,
                string.IsNullOrWhiteSpace(c.Question) ? null : Text.Truncate(c.Question, DiscordLimits.SelectOptionText)));
        return options
            .Chunk(DiscordLimits.SelectOptions)
            .Take(maxRows)
            .Select((chunk, i) => Component.Row([Component.Select(CustomIds.CardSelect + i, placeholder, chunk)]))
            .ToList();
    }

    public static string Label(string? preferred, string fallback)
    {
        var text = string.IsNullOrWhiteSpace(preferred) ? fallback : preferred;
        return Text.Truncate(string.IsNullOrWhiteSpace(text) ? "?" : text, DiscordLimits.ButtonLabel);
    }

    /// <summary>Content cut to the 2000-character message limit.</summary>
    public static string Content(string text) => Text.Truncate(text, DiscordLimits.Content);
}
