namespace BeritaBot.Discord.Payloads;

/// <summary>The body of <c>POST /interactions/{id}/{token}/callback</c>.</summary>
public sealed record InteractionResponse(InteractionCallbackType Type, InteractionCallbackData? Data = null);
