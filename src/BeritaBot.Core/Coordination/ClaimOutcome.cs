namespace BeritaBot.Core.Coordination;

public enum ClaimOutcome
{
    /// <summary>This instance handles the delivery now.</summary>
    Claimed,

    /// <summary>Answered before, here or elsewhere: skip it.</summary>
    AlreadyHandled,

    /// <summary>Another instance holds a live claim: do not answer; tell the platform to deliver it again later.</summary>
    InProgressElsewhere,
}
