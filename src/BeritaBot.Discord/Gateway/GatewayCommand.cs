namespace BeritaBot.Discord.Gateway;

/// <summary>A payload the client sends: <c>{op, d}</c>.</summary>
public sealed record GatewayCommand<T>(int Op, T D);
