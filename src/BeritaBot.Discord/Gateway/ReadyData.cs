using BeritaBot.Discord.Payloads;

namespace BeritaBot.Discord.Gateway;

/// <summary>The parts of READY the adapter uses.</summary>
public sealed record ReadyData(string SessionId, string ResumeGatewayUrl, ReadyApplication? Application, DiscordUser? User);
