using BeritaBot.Core.Insights;

namespace BeritaBot.Telegram.Tests.Fakes;

public sealed class FakeEditorReportService : IEditorReportService
{
    public EditorReport Report { get; set; } = new(
        new DateTimeOffset(2024, 5, 1, 0, 0, 0, TimeSpan.Zero),
        null,
        [
            new UnansweredGroup("Berapa korban <perang>?", "berapa korban perang", 4, ["berapa korban perang?"], FakeAnswerService.CeasefireId, 0.41, DateTimeOffset.UnixEpoch),
            new UnansweredGroup("Apa itu koridor Lachin?", "apa itu koridor lachin", 2, [], null, 0.1, DateTimeOffset.UnixEpoch),
        ],
        [new UnhelpfulCard(FakeAnswerService.PeacekeepersId, 3, 1)]);

    public int Builds { get; private set; }

    public EditorReport Build(ReportQuery query)
    {
        Builds++;
        return Report;
    }
}
