using BeritaBot.Core.Insights;

namespace BeritaBot.Discord.Tests.Fakes;

public sealed class FakeEditorReportService : IEditorReportService
{
    public EditorReport Report { get; set; } = new(
        DateTimeOffset.UnixEpoch,
        null,
        [new UnansweredGroup("siapa presiden armenia", "siapa presiden armenia", 3, ["siapa presiden armenia"], "card-2", 0.41, DateTimeOffset.UnixEpoch)],
        [new UnhelpfulCard("card-3", 2, 1)]);

    public EditorReport Build(ReportQuery query) => Report;
}
