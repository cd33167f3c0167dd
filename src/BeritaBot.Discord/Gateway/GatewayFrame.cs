using System.Text.Json;

namespace BeritaBot.Discord.Gateway;

/// <summary>A received gateway payload <c>{op, d, s, t}</c>; <c>s</c> and <c>t</c> are set only on dispatches.</summary>
public sealed record GatewayFrame(int Op, JsonElement? D, long? S, string? T);
