namespace BeritaBot.Core.Knowledge;

public sealed record KnowledgeEditResult(bool Succeeded, string Message, ReloadResult? Reload = null);
