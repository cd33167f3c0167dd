using BeritaBot.Cluster.Tests.Harness;
using BeritaBot.Storage.Postgres.Tests.Fixtures;

namespace BeritaBot.Cluster.Tests.Fixtures;

/// <summary>
/// One PostgreSQL server for the project, and two bot instances on a copy of the knowledge that the tests which only
/// add state (a button, a vote, a conversation, a reload) share; a test that kills an instance starts its own pair.
/// </summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    public PostgresServer Server { get; } = new();

    /// <summary>A copy of the bundled knowledge that the reload test edits.</summary>
    public string KnowledgePath { get; } = ClusterReload.CopyOf(BotBinary.BundledKnowledge());

    public ClusterBed Shared { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        // Without PostgreSQL on a developer's machine every test here is skipped (PostgresFact); CI fails instead.
        if (Server.AdminConnectionString.Length > 0)
        {
            Shared = await ClusterBed.StartAsync(Server, KnowledgePath, instances: 2);
        }
    }

    public async Task DisposeAsync()
    {
        if (Shared is not null)
        {
            await Shared.DisposeAsync();
        }

        Server.Dispose();
        try
        {
            Directory.Delete(KnowledgePath, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; failing the run over cleanup would hide its real result.
        }
    }
}
