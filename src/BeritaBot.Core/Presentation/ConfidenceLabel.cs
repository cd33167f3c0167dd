using System.Globalization;
using BeritaBot.Core.Answering;

namespace BeritaBot.Core.Presentation;

/// <summary>How sure the bot is, as readers see it: "Keyakinan: tinggi (82%)" / "Confidence: high (82%)".</summary>
public sealed record ConfidenceLabel(ConfidenceBand Band, int Percent, string Text)
{
    public static ConfidenceLabel For(ConfidenceBand band, double confidence, AnswerLanguage language)
    {
        var english = language == AnswerLanguage.English;
        var word = band switch
        {
            ConfidenceBand.High => english ? "high" : "tinggi",
            ConfidenceBand.Medium => english ? "medium" : "sedang",
            _ => english ? "low" : "rendah",
        };
        var percent = (int)Math.Round(Math.Clamp(double.IsFinite(confidence) ? confidence : 0, 0, 1) * 100);
        var text = string.Create(CultureInfo.InvariantCulture, $"{(english ? "Confidence" : "Keyakinan")}: {word} ({percent}%)");
        return new ConfidenceLabel(band, percent, text);
    }
}
