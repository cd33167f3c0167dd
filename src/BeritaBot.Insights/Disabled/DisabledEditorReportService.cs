using BeritaBot.Core.Insights;

namespace BeritaBot.Insights.Disabled;

/// <summary>Used when <c>Insights:Enabled</c> is false: an empty report that says why it is empty.</summary>
public sealed class DisabledEditorReportService : IEditorReportService
{
    public const string Problem = "disabled: Insights:Enabled is false, so no questions or votes are kept";

    private readonly TimeProvider _time;

    public DisabledEditorReportService(TimeProvider time)
    {
        _time = time;
    }

    public EditorReport Build(ReportQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return new EditorReport(_time.GetUtcNow(), query.Since, [], [], Problem);
    }
}
