namespace BeritaBot.Insights.Reporting;

public enum ReportFormat
{
    Text,
    Csv,
    Json,
}
