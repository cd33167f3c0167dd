namespace BeritaBot.Discord.Gateway;

/// <param name="HeartbeatInterval">Milliseconds.</param>
public sealed record HelloData(double HeartbeatInterval);
