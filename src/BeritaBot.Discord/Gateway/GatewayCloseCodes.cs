namespace BeritaBot.Discord.Gateway;

public static class GatewayCloseCodes
{
    public const int AuthenticationFailed = 4004;
    public const int InvalidSeq = 4007;
    public const int SessionTimedOut = 4009;

    /// <summary>The code the client closes with when it wants to resume: anything but 1000/1001 keeps the session.</summary>
    public const int ClientResume = 4000;

    /// <summary>Classifies a close code sent by Discord.</summary>
    public static GatewayCloseAction Classify(int? code) => code switch
    {
        AuthenticationFailed or (>= 4010 and <= 4014) => GatewayCloseAction.Fatal,
        InvalidSeq or SessionTimedOut => GatewayCloseAction.Reidentify,
        _ => GatewayCloseAction.Resume,
    };
}
