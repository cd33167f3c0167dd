using System.Text.Json;
using System.Text.Json.Nodes;
using BeritaBot.Discord.Commands;
using BeritaBot.Discord.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace BeritaBot.Discord.Tests;

public sealed class CommandRegistrationTests
{
    [Fact]
    public async Task Ready_NoCommandsYet_RegistersAllWithOneBulkOverwrite()
    {
        await using var harness = await AdapterHarness.StartAsync();
        var connection = await harness.Server.NextConnectionAsync();
        await connection.HandshakeAsync(harness.Server);

        var put = (await harness.Server.WaitForRequestsAsync(r => r.Method == "PUT", what: "bulk overwrite"))[0];

        Assert.Equal("/api/v10/applications/1000/commands", put.Path);
        var names = put.Json.EnumerateArray().Select(c => c.GetProperty("name").GetString()).ToList();
        Assert.Equal(["tanya", "topik", "sumber", "tentang", "timeline", "laporan", "reload"], names);
        var ask = put.Json[0].GetProperty("options")[0];
        Assert.True(ask.GetProperty("autocomplete").GetBoolean());
        Assert.Equal(3, ask.GetProperty("type").GetInt32());
        var reload = put.Json.EnumerateArray().Single(c => c.GetProperty("name").GetString() == "reload");
        Assert.Equal("8", reload.GetProperty("default_member_permissions").GetString());
        Assert.All(names, n => Assert.Matches(@"^[-_'\p{L}\p{N}]{1,32}$", n!));
    }

    [Fact]
    public async Task EnsureRegistered_Unchanged_SkipsTheOverwrite()
    {
        await using var harness = await AdapterHarness.StartAsync(run: false);
        var registrar = harness.Services.GetRequiredService<CommandRegistrar>();
        Assert.True(await registrar.EnsureRegisteredAsync("1000", CancellationToken.None));
        // What Discord returns has ids, versions and defaults of its own; they must not count as a change.
        var stored = JsonNode.Parse(harness.Server.CommandsJson)!.AsArray();
        foreach (var command in stored)
        {
            command!["id"] = "555";
            command["application_id"] = "1000";
            command["version"] = "777";
            command["nsfw"] = false;
            command["type"] ??= 1;
        }

        harness.Server.CommandsJson = stored.ToJsonString();

        var written = await registrar.EnsureRegisteredAsync("1000", CancellationToken.None);

        Assert.False(written);
        Assert.Single(harness.Server.Requests, r => r.Method == "PUT");
        Assert.Equal(2, harness.Server.Requests.Count(r => r.Method == "GET"));
    }

    [Fact]
    public async Task EnsureRegistered_DescriptionChanged_Overwrites()
    {
        await using var harness = await AdapterHarness.StartAsync(run: false);
        var registrar = harness.Services.GetRequiredService<CommandRegistrar>();
        await registrar.EnsureRegisteredAsync("1000", CancellationToken.None);
        harness.Server.CommandsJson = harness.Server.CommandsJson.Replace("Apa BeritaBot", "Versi lama", StringComparison.Ordinal);

        Assert.True(await registrar.EnsureRegisteredAsync("1000", CancellationToken.None));
        Assert.Equal(2, harness.Server.Requests.Count(r => r.Method == "PUT"));
    }

    [Fact]
    public async Task EnsureRegistered_GuildConfigured_UsesGuildRoute()
    {
        await using var harness = await AdapterHarness.StartAsync(s => s["Discord:GuildId"] = "123456", run: false);

        await harness.Services.GetRequiredService<CommandRegistrar>().EnsureRegisteredAsync("1000", CancellationToken.None);

        Assert.Equal(
            ["GET /api/v10/applications/1000/guilds/123456/commands", "PUT /api/v10/applications/1000/guilds/123456/commands"],
            harness.Server.Requests.Select(r => r.Method + " " + r.Path));
        Assert.Equal(JsonValueKind.Array, harness.Server.Requests[1].Json.ValueKind);
    }
}
