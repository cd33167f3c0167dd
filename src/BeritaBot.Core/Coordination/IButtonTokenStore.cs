namespace BeritaBot.Core.Coordination;

/// <summary>
/// Short tokens that stand for what a button means when the meaning does not fit in the platform's button data
/// (64 bytes on Telegram, 100 on Discord). A shared implementation lets a button sent by one instance work when
/// another instance receives the press, and after a restart.
/// </summary>
public interface IButtonTokenStore
{
    /// <summary>Keeps <paramref name="payload"/> and returns a token of at most 16 ASCII letters and digits.</summary>
    string Add(string payload);

    /// <summary>The payload, or null when the token is unknown or has expired.</summary>
    string? Find(string token);
}
