namespace BeritaBot.Discord.Gateway;

public sealed record ResumeData(string Token, string SessionId, long? Seq);
