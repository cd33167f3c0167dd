using Microsoft.Extensions.Configuration;

namespace BeritaBot.Host.Configuration;

/// <summary>Reads a <c>.env</c> file (KEY=VALUE lines) into configuration; <c>__</c> in a key means a section.</summary>
public sealed class DotEnvConfigurationSource(string path) : IConfigurationSource
{
    public string Path { get; } = path;

    public IConfigurationProvider Build(IConfigurationBuilder builder) => new DotEnvConfigurationProvider(Path);
}
