using System.Globalization;

namespace BeritaBot.Core.Knowledge;

/// <summary>Formats a card date at the precision the articles give it, in Indonesian or English.</summary>
public static class DateLabels
{
    private static readonly CultureInfo Indonesian = CultureInfo.GetCultureInfo("id-ID");

    public static string Format(DateOnly date, DatePrecision precision, bool english = false)
    {
        var culture = english ? CultureInfo.InvariantCulture : Indonesian;
        return precision switch
        {
            DatePrecision.Year => date.Year.ToString(CultureInfo.InvariantCulture),
            DatePrecision.Month => date.ToString("MMMM yyyy", culture),
            _ => date.ToString("d MMMM yyyy", culture),
        };
    }
}
