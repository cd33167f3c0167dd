namespace BeritaBot.Discord.Gateway;

/// <summary>What a connection's end asks of the client.</summary>
public enum GatewayCloseAction
{
    /// <summary>Reconnect to resume_gateway_url and Resume the session.</summary>
    Resume,

    /// <summary>Reconnect and Identify afresh.</summary>
    Reidentify,

    /// <summary>Do not reconnect: the configuration (token, shard, intents) is wrong.</summary>
    Fatal,

    /// <summary>The host is shutting down.</summary>
    Stopped,
}
