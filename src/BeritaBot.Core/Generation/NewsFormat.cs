using System.Globalization;

namespace BeritaBot.Core.Generation;

/// <summary>Dates and numbers as Indonesian and English news write them ("12 Maret 2021", "1.250" / "1,250").</summary>
internal static class NewsFormat
{
    public static string DateId(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Day} {SyntheticVocabulary.MonthsId[date.Month - 1]} {date.Year}");

    public static string DateEn(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Day} {SyntheticVocabulary.MonthsEn[date.Month - 1]} {date.Year}");

    public static string MonthId(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{SyntheticVocabulary.MonthsId[date.Month - 1]} {date.Year}");

    public static string MonthEn(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{SyntheticVocabulary.MonthsEn[date.Month - 1]} {date.Year}");

    /// <summary>Thousands grouped with dots.</summary>
    public static string NumberId(long value) => value.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', '.');

    public static string NumberEn(long value) => value.ToString("#,0", CultureInfo.InvariantCulture);

    /// <summary>One decimal with a comma ("3,5").</summary>
    public static string DecimalId(double value) => value.ToString("0.0", CultureInfo.InvariantCulture).Replace('.', ',');

    public static string DecimalEn(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);

    public static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);

    public static string Capitalize(string text) =>
        text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>What a phone keyboard produces: lower case, no en dash.</summary>
    public static string Chat(string text) => text.ToLowerInvariant().Replace('–', '-');
}
