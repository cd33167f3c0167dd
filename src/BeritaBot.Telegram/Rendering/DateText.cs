using System.Globalization;
using BeritaBot.Core.Answering;

namespace BeritaBot.Telegram.Rendering;

/// <summary>Dates as readers write them. Month names are spelled out here so no culture data is needed at run time.</summary>
public static class DateText
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

    public static string Format(DateOnly date, AnswerLanguage language = AnswerLanguage.Indonesian)
    {
        var months = language == AnswerLanguage.English ? EnglishMonths : IndonesianMonths;
        return string.Create(CultureInfo.InvariantCulture, $"{date.Day} {months[date.Month - 1]} {date.Year}");
    }
}
