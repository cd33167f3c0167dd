namespace BeritaBot.Core.Insights;

public sealed record ReportQuery(DateTimeOffset? Since = null, int Top = 10);
