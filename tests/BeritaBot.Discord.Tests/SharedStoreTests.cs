using BeritaBot.Core.Coordination;
using BeritaBot.Discord.Commands;
using BeritaBot.Discord.Tests.Fakes;
using BeritaBot.Insights.Tests;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using BeritaBot.Telegram.Tests.Fakes;

namespace BeritaBot.Discord.Tests;

/// <summary>
/// With several instances: button tokens live in the shared store, and an interaction id is claimed there, so whoever
/// claims it answers it, once.
/// </summary>
public sealed class SharedStoreTests
{
    [Fact]
    public void AddDiscordAdapter_SharedButtonTokenStore_KeepsTheButtonsTargetsThere()
    {
        var shared = new MemoryButtonTokenStore(16);
        var services = new ServiceCollection();
        services.AddSingleton<IButtonTokenStore>(shared);
        services.AddDiscordAdapter(new ConfigurationBuilder().Build());
        using var provider = services.BuildServiceProvider();

        var token = provider.GetRequiredService<ButtonTokens>().Add("card-1", "apa itu koridor?");

        Assert.Equal(new CardQuestion("card-1", "apa itu koridor?"), new ButtonTokens(shared).Find(token));
    }

    [Fact]
    public async Task HandleAsync_InteractionClaimedByAnotherInstance_IsNotAnswered()
    {
        var claims = new FakeHandledIdStore();
        claims.HoldElsewhere("500");
        await using var harness = await AdapterHarness.StartAsync(handled: claims);
        var gateway = await ConnectAsync(harness);

        await gateway.DispatchAsync("INTERACTION_CREATE", 2, Ask("500"));
        await gateway.DispatchAsync("INTERACTION_CREATE", 3, Ask("501"));
        await harness.Server.WaitForCallbackAsync("501");
        await Eventually.True(() => harness.Logs.GetSnapshot().Any(r => r.Message.Contains("handled by another instance", StringComparison.Ordinal)), "the skip logged");

        Assert.DoesNotContain(harness.Server.Requests, r => r.Path.Contains("/interactions/500/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task HandleAsync_AnsweredInteraction_IsMarkedHandledForEveryInstance()
    {
        var claims = new FakeHandledIdStore();
        await using var harness = await AdapterHarness.StartAsync(handled: claims);
        var gateway = await ConnectAsync(harness);

        await gateway.DispatchAsync("INTERACTION_CREATE", 2, Ask("510"));
        await harness.Server.WaitForCallbackAsync("510");

        await Eventually.True(() => claims.IsAnswered("510"), "the interaction marked answered");
        Assert.Equal(ClaimOutcome.AlreadyHandled, await claims.TryClaimAsync(InteractionHandler.ClaimScope, "510", CancellationToken.None));
    }

    private static async Task<FakeGatewayConnection> ConnectAsync(AdapterHarness harness)
    {
        var connection = await harness.Server.NextConnectionAsync();
        await connection.HandshakeAsync(harness.Server);
        return connection;
    }

    private static string Ask(string id) =>
        $$$"""{"id":"{{{id}}}","application_id":"1000","type":2,"token":"tok-{{{id}}}","guild_id":"1","channel_id":"2","member":{"user":{"id":"7","username":"u"},"permissions":"0"},"locale":"id","version":1,"data":{"id":"1","name":"tanya","type":1,"options":[{"name":"pertanyaan","type":3,"value":"Apa itu koridor?"}]}}""";
}
