namespace BeritaBot.Discord.Gateway;

public sealed record ReadyApplication(string Id);
