namespace BeritaBot.Core.Configuration;

/// <summary>What a configured bot token is.</summary>
public enum TokenStatus
{
    /// <summary>Empty or absent: the adapter stays off.</summary>
    NotSet,

    /// <summary>A template's placeholder ("your-token-here", "&lt;token&gt;", "changeme"): the adapter stays off.</summary>
    Placeholder,

    /// <summary>Set, but not shaped like the platform's tokens ("abc"): reported at start-up, naming the variable.</summary>
    NotAToken,

    /// <summary>Shaped like a real token.</summary>
    Token,
}
