namespace BeritaBot.Core.Insights;

public interface IEditorReportService
{
    /// <summary>Builds the report. Never throws: a database problem is reported in <see cref="EditorReport.Problem"/>.</summary>
    EditorReport Build(ReportQuery query);
}
