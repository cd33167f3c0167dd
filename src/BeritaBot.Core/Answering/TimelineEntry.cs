using BeritaBot.Core.Knowledge;

namespace BeritaBot.Core.Answering;

public sealed record TimelineEntry(DateOnly Date, CardReference Card)
{
    public DatePrecision Precision { get; init; } = DatePrecision.Day;

    /// <summary>The date as precise as the articles give it, in Indonesian ("10 November 2020", "September 2023").</summary>
    public string Label => DateLabels.Format(Date, Precision);
}
