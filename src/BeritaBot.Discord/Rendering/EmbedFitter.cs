using BeritaBot.Discord.Payloads;

namespace BeritaBot.Discord.Rendering;

/// <summary>Makes an embed fit Discord's per-part limits and its 6000-character total.</summary>
public static class EmbedFitter
{
    public static Embed Fit(Embed embed)
    {
        ArgumentNullException.ThrowIfNull(embed);
        var fields = (embed.Fields ?? [])
            .Take(DiscordLimits.FieldsPerEmbed)
            .Select(f => new EmbedField(
                Text.Truncate(string.IsNullOrWhiteSpace(f.Name) ? "-" : f.Name, DiscordLimits.FieldName),
                Text.Truncate(string.IsNullOrWhiteSpace(f.Value) ? "-" : f.Value, DiscordLimits.FieldValue),
                f.Inline))
            .ToList();
        var fitted = embed with
        {
            Title = embed.Title is null ? null : Text.Truncate(embed.Title, DiscordLimits.EmbedTitle),
            Description = embed.Description is null ? null : Text.Truncate(embed.Description, DiscordLimits.EmbedDescription),
            Footer = embed.Footer is null ? null : new EmbedFooter(Text.Truncate(embed.Footer.Text, DiscordLimits.FooterText)),
            Fields = fields.Count == 0 ? null : fields,
        };

        // Over the total: the answer (description) matters more than the trailing lists, so drop fields first.
        while (Length(fitted) > DiscordLimits.EmbedTotal && fields.Count > 0)
        {
            fields.RemoveAt(fields.Count - 1);
            fitted = fitted with { Fields = fields.Count == 0 ? null : fields.ToList() };
        }

        var excess = Length(fitted) - DiscordLimits.EmbedTotal;
        if (excess > 0 && fitted.Description is { } description)
        {
            fitted = fitted with { Description = Text.Truncate(description, Math.Max(1, description.Length - excess)) };
        }

        return fitted;
    }

    /// <summary>The characters Discord counts toward the total.</summary>
    public static int Length(Embed embed)
    {
        ArgumentNullException.ThrowIfNull(embed);
        return (embed.Title?.Length ?? 0)
            + (embed.Description?.Length ?? 0)
            + (embed.Footer?.Text.Length ?? 0)
            + (embed.Fields?.Sum(f => f.Name.Length + f.Value.Length) ?? 0);
    }
}
