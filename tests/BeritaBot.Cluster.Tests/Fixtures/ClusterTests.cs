namespace BeritaBot.Cluster.Tests.Fixtures;

/// <summary>Every test here shares the fixture and runs one at a time: two cores, real processes.</summary>
[CollectionDefinition(Name)]
public sealed class ClusterTests : ICollectionFixture<ClusterFixture>
{
    public const string Name = "Cluster";
}
