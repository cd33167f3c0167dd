using System.Text.Json;
using BeritaBot.Core.Answering;
using BeritaBot.Core.Conversations;
using BeritaBot.Core.Coordination;
using BeritaBot.Core.Insights;
using BeritaBot.Core.Knowledge;
using BeritaBot.Core.Presentation;
using BeritaBot.Discord.Payloads;
using BeritaBot.Discord.Rendering;
using BeritaBot.Discord.Rest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BeritaBot.Discord.Commands;

/// <summary>
/// Translates interactions into core calls and core results into replies. Quick work answers at once; slow work
/// (reload, report, edits) is deferred within Discord's 3 seconds and followed up by editing the original reply.
/// </summary>
public sealed class InteractionHandler
{
    public const string Platform = "discord";

    /// <summary>The <see cref="IHandledIdStore"/> scope of interaction ids.</summary>
    public const string ClaimScope = "discord-interaction";

    private static readonly AskContext DiscordContext = new(Platform);

    private readonly IAnswerService _answers;
    private readonly IConversationMemory _conversations;
    private readonly IKnowledgeStore _store;
    private readonly AnswerPresenter _presenter;
    private readonly ReaderVotes _votes;
    private readonly IEditorReportService _reports;
    private readonly IKnowledgeEditor _editor;
    private readonly IDiscordRestClient _rest;
    private readonly ButtonTokens _tokens;
    private readonly AdminPolicy _admins;
    private readonly ILogger<InteractionHandler> _logger;
    private readonly string? _configuredApplicationId;
    private readonly IHandledIdStore? _handled;

    public InteractionHandler(
        IAnswerService answers,
        IConversationMemory conversations,
        IKnowledgeStore store,
        AnswerPresenter presenter,
        ReaderVotes votes,
        IEditorReportService reports,
        IKnowledgeEditor editor,
        IDiscordRestClient rest,
        ButtonTokens tokens,
        AdminPolicy admins,
        IOptions<DiscordOptions> options,
        ILogger<InteractionHandler> logger,
        IHandledIdStore? handled = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _configuredApplicationId = options.Value.ApplicationId;
        _answers = answers;
        _conversations = conversations;
        _store = store;
        _presenter = presenter;
        _votes = votes;
        _reports = reports;
        _editor = editor;
        _rest = rest;
        _tokens = tokens;
        _admins = admins;
        _logger = logger;
        _handled = handled;
    }

    /// <summary>
    /// Handles the interaction; with a shared store (several instances), only the first instance to claim its id does,
    /// so an interaction delivered twice (a resumed session replaying events, two processes) is answered once.
    /// </summary>
    public async Task HandleAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        if (_handled is null)
        {
            await DispatchAsync(interaction, cancellationToken);
            return;
        }

        // Discord never redelivers an interaction, so one claimed elsewhere is that instance's to answer.
        if (await _handled.TryClaimAsync(ClaimScope, interaction.Id, cancellationToken) != ClaimOutcome.Claimed)
        {
            _logger.LogDebug("Interaction {InteractionId} is handled by another instance; skipping it", interaction.Id);
            return;
        }

        try
        {
            await DispatchAsync(interaction, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await _handled.ReleaseAsync(ClaimScope, interaction.Id, CancellationToken.None);
            throw;
        }

        await _handled.CompleteAsync(ClaimScope, interaction.Id, CancellationToken.None);
    }

    private async Task DispatchAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        try
        {
            switch (interaction.Type)
            {
                case InteractionType.Ping:
                    await RespondAsync(interaction, new InteractionResponse(InteractionCallbackType.Pong), cancellationToken);
                    break;
                case InteractionType.Autocomplete:
                    await RespondAsync(interaction, Autocomplete(interaction), cancellationToken);
                    break;
                case InteractionType.ApplicationCommand:
                    await CommandAsync(interaction, cancellationToken);
                    break;
                case InteractionType.MessageComponent:
                    await ComponentAsync(interaction, cancellationToken);
                    break;
                default:
                    _logger.LogDebug("Ignoring interaction type {Type}", interaction.Type);
                    break;
            }
        }
        catch (DiscordRestException ex)
        {
            _logger.LogError(ex, "Could not reply to interaction {InteractionId} ({Type})", interaction.Id, interaction.Type);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _logger.LogError(ex, "Failed to handle interaction {InteractionId} ({Type})", interaction.Id, interaction.Type);
            await TryApologiseAsync(interaction, cancellationToken);
        }
    }

    private async Task TryApologiseAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        try
        {
            await ReplyAsync(interaction, AnswerRenderer.Ephemeral("Maaf, terjadi kesalahan. Silakan coba lagi.", []), cancellationToken);
        }
        catch (DiscordRestException ex)
        {
            // Most likely the interaction was already answered or has expired; nothing more to tell the user.
            _logger.LogDebug(ex, "Could not send the error reply for interaction {InteractionId}", interaction.Id);
        }
    }

    private InteractionResponse Autocomplete(Interaction interaction)
    {
        var typed = interaction.Data?.Options?.FirstOrDefault(o => o.Focused == true)?.Value is { ValueKind: JsonValueKind.String } value
            ? value.GetString() ?? string.Empty
            : string.Empty;
        var choices = _answers.Autocomplete(typed, DiscordLimits.AutocompleteChoices)
            .Select(c => Text.Truncate(c.Question.Trim(), DiscordLimits.ChoiceText))
            .Where(q => q.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .Take(DiscordLimits.AutocompleteChoices)
            .Select(q => new AutocompleteChoice(q, q))
            .ToList();
        return new InteractionResponse(InteractionCallbackType.ApplicationCommandAutocompleteResult, new InteractionCallbackData { Choices = choices });
    }

    private async Task CommandAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        switch (interaction.Data?.Name)
        {
            case CommandNames.Ask:
                var context = DiscordContext with { Conversation = ConversationOf(interaction) };
                await ReplyAsync(interaction, RenderAnswer(_answers.Ask(StringOption(interaction, CommandNames.AskQuestion) ?? string.Empty, context)), cancellationToken);
                break;
            case CommandNames.Topics:
                await ReplyAsync(interaction, ListRenderer.Topics(new TopicListView(_answers.Topics())), cancellationToken);
                break;
            case CommandNames.Sources:
                await ReplyAsync(interaction, ListRenderer.Sources(SourceListView.From(_answers.Sources())), cancellationToken);
                break;
            case CommandNames.About:
                await ReplyAsync(interaction, ListRenderer.About(_store.Current.Cards.Count, _store.Current.Sources.Count), cancellationToken);
                break;
            case CommandNames.Timeline:
                var keyword = StringOption(interaction, CommandNames.TimelineKeyword);
                var timeline = _answers.Timeline(string.IsNullOrWhiteSpace(keyword) ? null : keyword);
                await ReplyAsync(interaction, ListRenderer.Timeline(TimelineView.From(timeline, keyword)), cancellationToken);
                break;
            case CommandNames.Reload:
                await AdminDeferredAsync(interaction, () =>
                {
                    var result = _store.Reload(Trigger(interaction));
                    _logger.LogInformation("Reload from Discord: succeeded {Succeeded}, {Diff}", result.Succeeded, result.Diff);
                    return AdminRenderer.Reload(ReloadView.From(result));
                }, cancellationToken);
                break;
            case CommandNames.Report:
                await AdminDeferredAsync(interaction, () =>
                    AdminRenderer.Report(_reports.Build(new ReportQuery()), g => _tokens.Add(g.ClosestCardId!, g.Example)), cancellationToken);
                break;
            default:
                _logger.LogWarning("Unknown command {Command}", interaction.Data?.Name);
                await ReplyAsync(interaction, AnswerRenderer.Ephemeral("Perintah ini tidak dikenal.", []), cancellationToken);
                break;
        }
    }

    private async Task ComponentAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        var customId = interaction.Data?.CustomId ?? string.Empty;
        var value = interaction.Data?.Values is [var first, ..] ? first : null;
        if (customId.StartsWith(CustomIds.Card, StringComparison.Ordinal))
        {
            await OpenCardAsync(interaction, customId[CustomIds.Card.Length..], AnswerLanguage.Indonesian, cancellationToken);
        }
        else if (customId.StartsWith(CustomIds.CardEnglish, StringComparison.Ordinal))
        {
            await OpenCardAsync(interaction, customId[CustomIds.CardEnglish.Length..], AnswerLanguage.English, cancellationToken);
        }
        else if (customId.StartsWith(CustomIds.CardSelect, StringComparison.Ordinal) && value is not null)
        {
            await OpenCardAsync(interaction, value, AnswerLanguage.Indonesian, cancellationToken);
        }
        else if (customId.StartsWith(CustomIds.SourceSelect, StringComparison.Ordinal) && value is not null)
        {
            var source = _answers.Sources().FirstOrDefault(s => s.Id == value);
            await ReplyAsync(interaction, ListRenderer.CardsFromSource(source, source is null ? [] : _answers.CardsFromSource(value)), cancellationToken);
        }
        else if (customId.StartsWith(CustomIds.Feedback, StringComparison.Ordinal))
        {
            await ReplyAsync(interaction, Vote(interaction, customId[CustomIds.Feedback.Length..]), cancellationToken);
        }
        else if (customId.StartsWith(CustomIds.AddPhrasing, StringComparison.Ordinal))
        {
            var target = _tokens.Find(customId[CustomIds.AddPhrasing.Length..]);
            await AdminDeferredAsync(interaction, () => target is null
                ? AnswerRenderer.Ephemeral("Tombol ini sudah kedaluwarsa. Jalankan /laporan lagi.", [])
                : AdminRenderer.Edit(_editor.AddPhrasing(target.CardId, target.Question, Trigger(interaction)), target), cancellationToken);
        }
        else
        {
            _logger.LogWarning("Unknown component {CustomId}", customId);
            await ReplyAsync(interaction, AnswerRenderer.Ephemeral("Tombol ini tidak dikenal lagi.", []), cancellationToken);
        }
    }

    private Task OpenCardAsync(Interaction interaction, string cardId, AnswerLanguage language, CancellationToken cancellationToken)
    {
        // A reload may have removed the card: the core then answers NotFound, rendered as an ephemeral decline.
        var answer = _answers.AnswerCard(cardId, language);

        // A suggestion pressed continues the reader's conversation with that card.
        if (ConversationOf(interaction) is { } conversation)
        {
            _conversations.Remember(conversation, answer);
        }

        return ReplyAsync(interaction, RenderAnswer(answer), cancellationToken);
    }

    /// <summary>One conversation per reader per channel: two readers in a channel never lean on each other's questions.</summary>
    private static ConversationKey? ConversationOf(Interaction interaction) =>
        interaction.UserId is { } userId ? ConversationKey.Of(Platform, interaction.ChannelId ?? "dm", userId) : null;

    private InteractionCallbackData Vote(Interaction interaction, string tokenAndVote)
    {
        var separator = tokenAndVote.LastIndexOf(':');
        var target = separator > 0 ? _tokens.Find(tokenAndVote[..separator]) : null;
        if (target is null || interaction.UserId is not { } userId)
        {
            return AnswerRenderer.Ephemeral(PresentationTexts.VoteExpired, []);
        }

        var helpful = tokenAndVote[(separator + 1)..] == "1";
        return AnswerRenderer.Ephemeral(_votes.Vote(Platform, userId, target.CardId, target.Question, helpful), []);
    }

    private InteractionCallbackData RenderAnswer(Answer answer)
    {
        var view = _presenter.Present(answer);
        return AnswerRenderer.Render(view, view is CardAnswerView card ? _tokens.Add(card.CardId, card.Question) : null);
    }

    private async Task AdminDeferredAsync(Interaction interaction, Func<InteractionCallbackData> work, CancellationToken cancellationToken)
    {
        if (!_admins.IsAdmin(interaction))
        {
            _logger.LogWarning("Reader {Reader} tried an admin action without permission", Trigger(interaction));
            await ReplyAsync(interaction, AnswerRenderer.Ephemeral("Maaf, ini hanya untuk admin.", []), cancellationToken);
            return;
        }

        await RespondAsync(
            interaction,
            new InteractionResponse(InteractionCallbackType.DeferredChannelMessageWithSource, new InteractionCallbackData { Flags = MessageFlags.Ephemeral }),
            cancellationToken);
        InteractionCallbackData result;
        try
        {
            result = await Task.Run(work, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _logger.LogError(ex, "Admin action for interaction {InteractionId} failed", interaction.Id);
            result = AnswerRenderer.Ephemeral("Maaf, terjadi kesalahan. Lihat log bot.", []);
        }

        // Ephemerality was fixed by the deferral; an edit may not set flags.
        await _rest.EditOriginalResponseAsync(interaction.ApplicationId ?? _configuredApplicationId ?? string.Empty, interaction.Token, result with { Flags = null }, cancellationToken);
    }

    private Task ReplyAsync(Interaction interaction, InteractionCallbackData data, CancellationToken cancellationToken) =>
        RespondAsync(interaction, new InteractionResponse(InteractionCallbackType.ChannelMessageWithSource, data), cancellationToken);

    private Task RespondAsync(Interaction interaction, InteractionResponse response, CancellationToken cancellationToken) =>
        _rest.CreateInteractionResponseAsync(interaction.Id, interaction.Token, response, cancellationToken);

    private static string? StringOption(Interaction interaction, string name) =>
        interaction.Data?.Options?.FirstOrDefault(o => o.Name == name)?.Value is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;

    /// <summary>Who did it, for logs and audit lines: a pseudonym, never the raw user id.</summary>
    private static string Trigger(Interaction interaction) => ReaderKey.Pseudonym(Platform, interaction.UserId);
}
