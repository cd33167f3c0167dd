using System.Globalization;

namespace BeritaBot.Core.Knowledge;

/// <summary>
/// Formats a card date at the precision the articles give it, in Indonesian or English. Month names are spelled out
/// here rather than taken from culture data, so hosts without ICU (invariant globalization) format them the same.
/// </summary>
public static class DateLabels
{
    private static readonly string[] IndonesianMonths =
    [
        "Januari", "Februari", "Maret", "April", "Mei", "Juni",
        "Juli", "Agustus", "September", "Oktober", "November", "Desember",
    ];

    private static readonly string[] EnglishMonths =
    [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ];

    /// <summary>Every month name in both languages, for readers of dates written in text.</summary>
    internal static IEnumerable<string> MonthNames => IndonesianMonths.Concat(EnglishMonths).Distinct(StringComparer.Ordinal);

    /// <summary>"10 November 2020", "September 2023" or "2023".</summary>
    public static string Format(DateOnly date, DatePrecision precision = DatePrecision.Day, bool english = false)
    {
        var month = (english ? EnglishMonths : IndonesianMonths)[date.Month - 1];
        return precision switch
        {
            DatePrecision.Year => date.Year.ToString(CultureInfo.InvariantCulture),
            DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{month} {date.Year}"),
            _ => string.Create(CultureInfo.InvariantCulture, $"{date.Day} {month} {date.Year}"),
        };
    }
}
