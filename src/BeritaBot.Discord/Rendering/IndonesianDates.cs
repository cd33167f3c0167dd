namespace BeritaBot.Discord.Rendering;

/// <summary>Dates as Indonesian readers write them, independent of the machine's culture data.</summary>
public static class IndonesianDates
{
    private static readonly string[] Months =
    [
        "Januari", "Februari", "Maret", "April", "Mei", "Juni",
        "Juli", "Agustus", "September", "Oktober", "November", "Desember",
    ];

    /// <summary>"10 November 2020".</summary>
    public static string Format(DateOnly date) => $"{date.Day} {Months[date.Month - 1]} {date.Year}";
}
