using System.Security.Cryptography;

namespace BeritaBot.Core.Coordination;

/// <summary>The shape every <see cref="IButtonTokenStore"/> gives its tokens: random, short, safe in any button's data.</summary>
public static class ButtonToken
{
    public const int Length = 12;

    private const string Alphabet = "0123456789abcdefghijklmnopqrstuvwxyz";

    /// <summary>
    /// 36^12 ≈ 4.7e18 random tokens: a guessed or colliding token is not a practical concern, and a button from before
    /// a restart never finds a new, unrelated entry.
    /// </summary>
    public static string New() => RandomNumberGenerator.GetString(Alphabet, Length);

    /// <summary>Whether <paramref name="token"/> could have come from <see cref="New"/>; anything else is not looked up.</summary>
    public static bool IsWellFormed(string? token) =>
        token is { Length: Length } && token.All(c => c is (>= '0' and <= '9') or (>= 'a' and <= 'z'));
}
