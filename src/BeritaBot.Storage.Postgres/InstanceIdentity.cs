namespace BeritaBot.Storage.Postgres;

/// <summary>The name this process goes by in the shared store: in claims, reload results and the instances table.</summary>
public sealed class InstanceIdentity
{
    public InstanceIdentity(string? configured)
    {
        Id = string.IsNullOrWhiteSpace(configured)
            ? $"{Environment.MachineName}-{Environment.ProcessId}"
            : configured.Trim();
    }

    public string Id { get; }

    public override string ToString() => Id;
}
