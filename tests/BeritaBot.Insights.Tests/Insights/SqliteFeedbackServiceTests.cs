using System.Text;
using BeritaBot.Core.Insights;

namespace BeritaBot.Insights.Tests.Insights;

public sealed class SqliteFeedbackServiceTests : IDisposable
{
    private readonly InsightsTestBed _bed = new();

    [Fact]
    public void Vote_SameReaderTwiceOnOneAnswer_SecondIsAlreadyVoted()
    {
        var first = _bed.Feedback.Vote(new FeedbackVote("gencatan-senjata", "Kapan gencatan senjata?", "telegram:1001", true, "telegram"));
        var second = _bed.Feedback.Vote(new FeedbackVote("gencatan-senjata", "Kapan gencatan senjata?", "telegram:1001", false, "telegram"));

        Assert.Equal(FeedbackOutcome.Recorded, first);
        Assert.Equal(FeedbackOutcome.AlreadyVoted, second);
        Assert.Equal(1, _bed.Scalar("SELECT COUNT(*) FROM feedback_votes;"));
        Assert.Equal(1, _bed.Scalar("SELECT helpful FROM feedback_votes;"));
    }

    [Fact]
    public void Vote_AnotherReaderOrAnotherAnswer_IsRecorded()
    {
        _bed.Feedback.Vote(new FeedbackVote("gencatan-senjata", "Kapan gencatan senjata?", "telegram:1001", true, "telegram"));

        var otherReader = _bed.Feedback.Vote(new FeedbackVote("gencatan-senjata", "Kapan gencatan senjata?", "discord:1001", false, "discord"));
        var otherCard = _bed.Feedback.Vote(new FeedbackVote("penjaga-perdamaian", "Berapa penjaga perdamaian?", "telegram:1001", false, "telegram"));

        Assert.Equal(FeedbackOutcome.Recorded, otherReader);
        Assert.Equal(FeedbackOutcome.Recorded, otherCard);
        Assert.Equal(3, _bed.Scalar("SELECT COUNT(*) FROM feedback_votes;"));
    }

    [Fact]
    public void Vote_Stored_RawVoterKeyAppearsNowhereInTheDatabaseFiles()
    {
        const string voterId = "738201946551";
        for (var i = 0; i < 20; i++)
        {
            Assert.Equal(
                FeedbackOutcome.Recorded,
                _bed.Feedback.Vote(new FeedbackVote($"kartu-{i}", "Kapan perang dimulai?", $"telegram:{voterId}", i % 2 == 0, "telegram")));
        }

        _bed.Decline("Kapan perang dimulai?", "kapan perang mulai");
        _bed.Database.Dispose();

        var files = Directory.GetFiles(_bed.FolderPath);
        Assert.Contains(files, f => f.EndsWith("insights.db", StringComparison.Ordinal));
        var needle = Encoding.UTF8.GetBytes(voterId);
        var utf16 = Encoding.Unicode.GetBytes(voterId);
        var stored = 0L;
        foreach (var file in files)
        {
            var bytes = File.ReadAllBytes(file);
            stored += bytes.Length;
            Assert.Equal(-1, bytes.AsSpan().IndexOf(needle));
            Assert.Equal(-1, bytes.AsSpan().IndexOf(utf16));
        }

        // The votes themselves are there: the search above looked at real data.
        Assert.True(stored > 0);
        Assert.Equal(20, _bed.Scalar("SELECT COUNT(*) FROM feedback_votes;"));
    }

    [Fact]
    public void Vote_SameReaderOnAnotherDatabase_HashDiffers()
    {
        using var other = new InsightsTestBed();
        _bed.Feedback.Vote(new FeedbackVote("kartu-a", "Q?", "telegram:1", true, "telegram"));
        other.Feedback.Vote(new FeedbackVote("kartu-a", "Q?", "telegram:1", true, "telegram"));

        // Each database draws its own salt, so one database's hashes cannot be matched against another's.
        var mine = _bed.Text("SELECT hex(voter_hash) FROM feedback_votes;");
        var theirs = other.Text("SELECT hex(voter_hash) FROM feedback_votes;");
        Assert.Equal(64, mine.Length);
        Assert.NotEqual(mine, theirs);
    }

    [Fact]
    public void Vote_EmptyVoterKey_Throws()
    {
        Assert.Throws<ArgumentException>(() => _bed.Feedback.Vote(new FeedbackVote("kartu-a", "Q?", " ", true, "telegram")));
    }

    public void Dispose() => _bed.Dispose();
}
