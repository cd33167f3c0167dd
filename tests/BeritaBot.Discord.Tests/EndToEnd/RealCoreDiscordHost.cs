using System.Text.Json;
using BeritaBot.Core;
using BeritaBot.Core.Insights;
using BeritaBot.Core.Knowledge;
using BeritaBot.Discord.Tests.Fakes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BeritaBot.Discord.Tests.EndToEnd;

/// <summary>
/// The Discord adapter in a Generic Host with the REAL core over a real knowledge folder, connected to the fake
/// gateway and REST server. Only insights (feedback, editor report) are stand-ins.
/// </summary>
public sealed class RealCoreDiscordHost : IAsyncDisposable
{
    private static long _sequence = 100;
    private static long _nextInteraction = 9000;

    private RealCoreDiscordHost(FakeDiscordServer server, IHost host, FakeGatewayConnection gateway)
    {
        Server = server;
        Host = host;
        Gateway = gateway;
    }

    public FakeDiscordServer Server { get; }

    public IHost Host { get; }

    public FakeGatewayConnection Gateway { get; }

    public IKnowledgeStore Store => Host.Services.GetRequiredService<IKnowledgeStore>();

    /// <summary>Starts the host and completes the gateway handshake (HELLO, IDENTIFY, READY).</summary>
    public static async Task<RealCoreDiscordHost> StartAsync(string knowledgeFolder)
    {
        var server = await FakeDiscordServer.StartAsync();
        var settings = AdapterHarness.Settings(server);
        settings["Knowledge:Path"] = knowledgeFolder;
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<IFeedbackService, FakeFeedbackService>();
        builder.Services.AddSingleton<IEditorReportService, FakeEditorReportService>();
        builder.Services.AddBeritaCore(builder.Configuration);
        builder.Services.AddDiscordAdapter(builder.Configuration);
        var host = builder.Build();
        await host.StartAsync();
        var gateway = await server.NextConnectionAsync();
        await gateway.HandshakeAsync(server);
        return new RealCoreDiscordHost(server, host, gateway);
    }

    /// <summary>A /tanya slash command with the question; returns the interaction callback body.</summary>
    public Task<JsonElement> AskAsync(string question, string userId = "7", string channelId = "2") =>
        DeliverAsync(2, $$"""{"id":"1","name":"tanya","type":1,"options":[{"name":"pertanyaan","type":3,"value":{{JsonSerializer.Serialize(question)}}}]}""", userId, channelId);

    /// <summary>Autocomplete of /tanya while the user has typed <paramref name="typed"/>.</summary>
    public Task<JsonElement> AutocompleteAsync(string typed) =>
        DeliverAsync(4, $$"""{"id":"1","name":"tanya","type":1,"options":[{"name":"pertanyaan","type":3,"value":{{JsonSerializer.Serialize(typed)}},"focused":true}]}""");

    public Task<JsonElement> PressAsync(string customId) =>
        DeliverAsync(3, $$"""{"custom_id":{{JsonSerializer.Serialize(customId)}},"component_type":2}""");

    /// <summary>Sends INTERACTION_CREATE through the gateway and waits for the adapter's callback over REST.</summary>
    public async Task<JsonElement> DeliverAsync(int type, string data, string userId = "7", string channelId = "2")
    {
        var id = Interlocked.Increment(ref _nextInteraction).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var interaction = $$"""{"id":"{{id}}","application_id":"1000","type":{{type}},"token":"tok-{{id}}","guild_id":"1","channel_id":"{{channelId}}","member":{"user":{"id":"{{userId}}","username":"pembaca"},"permissions":"0"},"locale":"id","version":1,"data":{{data}}}""";
        await Gateway.DispatchAsync("INTERACTION_CREATE", Interlocked.Increment(ref _sequence), interaction);
        var callback = (await Server.WaitForCallbackAsync(id))[0];
        Assert.Equal($"/api/v10/interactions/{id}/tok-{id}/callback", callback.Path);
        return callback.Json;
    }

    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await Host.StopAsync(timeout.Token);
        Host.Dispose();
        Gateway.Dispose();
        await Server.DisposeAsync();
    }
}
