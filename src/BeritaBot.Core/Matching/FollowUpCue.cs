namespace BeritaBot.Core.Matching;

/// <summary>What in a question shows that it may lean on the conversation before it.</summary>
[Flags]
internal enum FollowUpCue
{
    None = 0,

    /// <summary>A pronoun, demonstrative or "-nya" standing for something said before ("siapa yang memimpinnya?").</summary>
    Reference = 1,

    /// <summary>Starts like a continuation ("terus kapan?", "and who?", "kalau Rusia?").</summary>
    Opener = 2,

    /// <summary>No topic word at all ("berapa?", "kapan itu?"): it cannot be answered alone.</summary>
    Bare = 4,
}
