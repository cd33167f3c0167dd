using BeritaBot.Core.Answering;
using Microsoft.Data.Sqlite;

namespace BeritaBot.Insights.Tests.Insights;

public sealed class SqliteQuestionLogTests : IDisposable
{
    private readonly InsightsTestBed _bed = new();

    [Fact]
    public void OnAnswered_Declined_StoresQuestionNormalisedFormPlatformTimeAndClosestCard()
    {
        _bed.Decline("Kpn perang dimulai?", "kapan perang mulai", "perang-mulai", 0.42, "discord");

        using var connection = new SqliteConnection($"Data Source={_bed.DatabasePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT question, normalized, platform, asked_at, best_card_id, best_confidence FROM declined_questions;";
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        Assert.Equal("Kpn perang dimulai?", reader.GetString(0));
        Assert.Equal("kapan perang mulai", reader.GetString(1));
        Assert.Equal("discord", reader.GetString(2));
        Assert.Equal(_bed.Time.GetUtcNow().ToUnixTimeMilliseconds(), reader.GetInt64(3));
        Assert.Equal("perang-mulai", reader.GetString(4));
        Assert.Equal(0.42, reader.GetDouble(5), 6);
        Assert.False(reader.Read());
    }

    [Theory]
    [InlineData(AnswerKind.Card)]
    [InlineData(AnswerKind.Article)]
    [InlineData(AnswerKind.Invalid)]
    [InlineData(AnswerKind.Greeting)]
    public void OnAnswered_NotDeclined_StoresNothing(AnswerKind kind)
    {
        _bed.Decline("pemanasan", "pemanasan");
        var answer = InsightsTestBed.Declined("Siapa presiden Rusia?", "siapa presiden rusia") with { Kind = kind };

        _bed.Log.OnAnswered(answer, new AskContext("telegram"));

        Assert.Equal(1, _bed.Scalar("SELECT COUNT(*) FROM declined_questions;"));
        Assert.Equal(0, _bed.Scalar("SELECT COUNT(*) FROM declined_questions WHERE question = 'Siapa presiden Rusia?';"));
    }

    [Fact]
    public void OnAnswered_NoNormalisedForm_FoldsTheQuestionItself()
    {
        _bed.Log.OnAnswered(InsightsTestBed.Declined("  Kapan   GENCATAN senjata? ", ""), AskContext.Console);

        Assert.Equal(1, _bed.Scalar("SELECT COUNT(*) FROM declined_questions WHERE normalized = 'kapan gencatan senjata?' AND platform = 'console';"));
    }

    [Fact]
    public void OnAnswered_NoCandidateCard_StoresNullCard()
    {
        _bed.Decline("Resep rendang?", "resep rendang", card: null, confidence: 0);

        Assert.Equal(1, _bed.Scalar("SELECT COUNT(*) FROM declined_questions WHERE best_card_id IS NULL;"));
    }

    public void Dispose() => _bed.Dispose();
}
