using BeritaBot.Core;
using BeritaBot.Core.Knowledge;
using BeritaBot.Storage.Postgres.Reload;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BeritaBot.Storage.Postgres.Tests.Reload;

/// <summary>One instance in process: the core and the shared store, as the bot's host registers them.</summary>
public sealed class ClusterHost : IAsyncDisposable
{
    private readonly IHost _host;

    private ClusterHost(IHost host, string name)
    {
        _host = host;
        Name = name;
    }

    public string Name { get; }

    public IKnowledgeStore Store => _host.Services.GetRequiredService<IKnowledgeStore>();

    public IKnowledgeEditor Editor => _host.Services.GetRequiredService<IKnowledgeEditor>();

    public static async Task<ClusterHost> StartAsync(string name, string connectionString, string knowledgeFolder)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Knowledge:Path"] = knowledgeFolder,
            ["Storage:ConnectionString"] = connectionString,
            ["Storage:InstanceId"] = name,
            ["Storage:HeartbeatMilliseconds"] = "200",
            ["Storage:ReloadTimeoutMilliseconds"] = "5000",
        });
        builder.Services.AddLogging();
        builder.Services.AddBeritaCore(builder.Configuration);
        builder.Services.AddPostgresStorage(builder.Configuration);
        var host = builder.Build();
        await host.StartAsync();
        var listener = host.Services.GetServices<IHostedService>().OfType<ReloadListener>().Single();
        await listener.Listening.Task.WaitAsync(TimeSpan.FromSeconds(30));
        return new ClusterHost(host, name);
    }

    /// <summary>Until this instance's heartbeat shows the others alive, a reload would not wait for them.</summary>
    public async Task SeesAsync(params string[] others)
    {
        var requests = _host.Services.GetRequiredService<ReloadRequests>();
        await BeritaBot.Insights.Tests.Eventually.True(() => others.All(requests.LiveOthers().Contains), $"{Name} sees {string.Join(", ", others)}");
    }

    public async Task StopAsync() => await _host.StopAsync();

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
