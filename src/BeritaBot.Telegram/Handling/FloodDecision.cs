namespace BeritaBot.Telegram.Handling;

public enum FloodDecision
{
    Allow,

    /// <summary>Over the limit for the first time in this burst: tell the user once.</summary>
    Notify,

    /// <summary>Still over the limit and already told: ignore silently.</summary>
    Drop,
}
