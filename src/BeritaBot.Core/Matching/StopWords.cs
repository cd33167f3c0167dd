using System.Collections.Frozen;

namespace BeritaBot.Core.Matching;

/// <summary>
/// Function words and chat particles in Indonesian and English. They carry no topic, and an unknown-to-the-knowledge
/// filler word must not count as a missing topic word (that would make chatty questions look out of scope).
/// Question words are not here: <see cref="IntentDetector"/> reads them first.
/// </summary>
internal static class StopWords
{
    public static readonly FrozenSet<string> All = WordRoles.Words(WordRoles.Stop);

    private static readonly string[] Particles = ["kah", "lah", "pun", "nya"];

    /// <summary>A function word, also with a particle attached ("bisakah", "itulah", "harusnya").</summary>
    public static bool IsStopWord(string token)
    {
        if (All.Contains(token))
        {
            return true;
        }

        foreach (var particle in Particles)
        {
            if (token.Length > particle.Length + 1 && token.EndsWith(particle, StringComparison.Ordinal) && All.Contains(token[..^particle.Length]))
            {
                return true;
            }
        }

        return false;
    }
}
