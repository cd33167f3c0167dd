namespace BeritaBot.Core.Knowledge;

/// <summary>How much of a card's date the articles fix: "September 2023" is a month, not the 1st.</summary>
public enum DatePrecision
{
    Day,
    Month,
    Year,
}
