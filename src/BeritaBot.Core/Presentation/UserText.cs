using System.Text;
using System.Text.RegularExpressions;

namespace BeritaBot.Core.Presentation;

/// <summary>Text a reader typed, made safe to echo back: no terminal escape sequences, control or direction characters.</summary>
public static partial class UserText
{
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var withoutSequences = EscapeSequence().Replace(text, string.Empty);
        var builder = new StringBuilder(withoutSequences.Length);
        foreach (var c in withoutSequences)
        {
            if (!char.IsControl(c) && !IsDirectionControl(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Trim();
    }

    // Right-to-left overrides and isolates can make echoed text read differently from what was typed.
    private static bool IsDirectionControl(char c) => c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    /// <summary>ANSI/VT sequences: CSI (ESC [ … final), OSC (ESC ] … BEL or ESC \), and two-character escapes; also the 8-bit CSI.</summary>
    [GeneratedRegex(@"\x1B\[[0-?]*[ -/]*[@-~]|\x1B\][^\x07\x1B]*(\x07|\x1B\\)?|\x1B[@-Z\\-_]|\x9B[0-?]*[ -/]*[@-~]")]
    private static partial Regex EscapeSequence();
}
