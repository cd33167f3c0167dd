using BeritaBot.Core.Insights;

namespace BeritaBot.Insights.Tests.Insights;

public sealed class SqliteEditorReportServiceTests : IDisposable
{
    private readonly InsightsTestBed _bed = new();

    [Fact]
    public void Build_NearIdenticalPhrasings_CountTogether()
    {
        _bed.Decline("Kapan perang dimulai?", "kapan perang mulai");
        _bed.Decline("kpn perang mulai", "kapan perang mulai");
        _bed.Decline("Perang mulai kapan?", "perang mulai kapan");
        _bed.Decline("kapan perang mulai ya", "kapan perang mulai ya");
        _bed.Decline("Siapa presiden Prancis?", "siapa presiden prancis");

        var report = _bed.Reports.Build(new ReportQuery());

        Assert.Null(report.Problem);
        Assert.Equal(2, report.Unanswered.Count);
        var war = report.Unanswered[0];
        Assert.Equal(4, war.Count);
        Assert.Equal("kapan perang mulai", war.NormalizedForm);
        Assert.Equal(4, war.Variants.Count);
        Assert.Contains("Perang mulai kapan?", war.Variants);
        Assert.Equal(1, report.Unanswered[1].Count);
        Assert.Equal("siapa presiden prancis", report.Unanswered[1].NormalizedForm);
    }

    [Fact]
    public void Build_NonAsciiLettersDiffer_AreNotMergedAsIfStripped()
    {
        // With FuzzySharp's default processor both would become "  " and score 100.
        _bed.Decline("ありがとう", "ありがとう");
        _bed.Decline("さようなら", "さようなら");

        var report = _bed.Reports.Build(new ReportQuery());

        Assert.Equal(2, report.Unanswered.Count);
    }

    [Fact]
    public void Build_Top_ListsOnlyTheMostFrequentGroups()
    {
        string[] forms = ["satu dua tiga", "empat lima enam", "tujuh delapan sembilan", "sepuluh sebelas dua belas"];
        for (var i = 0; i < forms.Length; i++)
        {
            for (var n = 0; n <= i; n++)
            {
                _bed.Decline(forms[i] + "?", forms[i]);
            }
        }

        var report = _bed.Reports.Build(new ReportQuery(Top: 2));

        Assert.Equal(["sepuluh sebelas dua belas", "tujuh delapan sembilan"], report.Unanswered.Select(g => g.NormalizedForm));
        Assert.Equal([4, 3], report.Unanswered.Select(g => g.Count));
    }

    [Fact]
    public void Build_Since_LeavesOutOlderQuestionsAndVotes()
    {
        _bed.Decline("Pertanyaan lama?", "tanya lama");
        _bed.Feedback.Vote(new FeedbackVote("kartu-lama", "Q?", "telegram:1", false, "telegram"));
        _bed.Time.Advance(TimeSpan.FromDays(2));
        var since = _bed.Time.GetUtcNow() - TimeSpan.FromHours(1);
        _bed.Decline("Pertanyaan baru?", "tanya baru");
        _bed.Feedback.Vote(new FeedbackVote("kartu-baru", "Q?", "telegram:1", false, "telegram"));

        var report = _bed.Reports.Build(new ReportQuery(Since: since));

        Assert.Equal(since, report.Since);
        Assert.Equal(["tanya baru"], report.Unanswered.Select(g => g.NormalizedForm));
        Assert.Equal(["kartu-baru"], report.Unhelpful.Select(c => c.CardId));
        Assert.Equal(2, _bed.Reports.Build(new ReportQuery()).Unanswered.Count);
    }

    [Fact]
    public void Build_Group_ClosestCardIsTheMostCommonBestCandidate()
    {
        _bed.Decline("Kapan perang dimulai?", "kapan perang mulai", "perang-mulai", 0.35);
        _bed.Decline("kapan perang mulai", "kapan perang mulai", "perang-mulai", 0.45);
        _bed.Decline("perang mulai kapan", "perang mulai kapan", "gencatan-senjata", 0.6);
        _bed.Time.Advance(TimeSpan.FromMinutes(5));
        _bed.Decline("kpn perang mulai", "kapan perang mulai", card: null, confidence: 0);

        var group = Assert.Single(_bed.Reports.Build(new ReportQuery()).Unanswered);

        Assert.Equal("perang-mulai", group.ClosestCardId);
        Assert.Equal(0.45, group.ClosestConfidence, 6);
        Assert.Equal(4, group.Count);
        Assert.Equal(_bed.Time.GetUtcNow(), group.LastAsked);
    }

    [Fact]
    public void Build_Votes_RanksCardsByNotHelpful()
    {
        Vote("kartu-x", false, 3);
        Vote("kartu-y", false, 1);
        Vote("kartu-y", true, 2);
        Vote("kartu-z", true, 4);
        Vote("kartu-w", false, 1);

        var report = _bed.Reports.Build(new ReportQuery());

        Assert.Equal(
            [new UnhelpfulCard("kartu-x", 3, 0), new UnhelpfulCard("kartu-w", 1, 0), new UnhelpfulCard("kartu-y", 1, 2)],
            report.Unhelpful);
    }

    [Fact]
    public void Build_EmptyDatabase_EmptyReportWithoutProblem()
    {
        var report = _bed.Reports.Build(new ReportQuery());

        Assert.Null(report.Problem);
        Assert.Empty(report.Unanswered);
        Assert.Empty(report.Unhelpful);
        Assert.Equal(_bed.Time.GetUtcNow(), report.GeneratedAt);
    }

    private void Vote(string card, bool helpful, int readers)
    {
        for (var i = 0; i < readers; i++)
        {
            Assert.Equal(
                FeedbackOutcome.Recorded,
                _bed.Feedback.Vote(new FeedbackVote(card, "Pertanyaan?", $"telegram:{card}:{helpful}:{i}", helpful, "telegram")));
        }
    }

    public void Dispose() => _bed.Dispose();
}
