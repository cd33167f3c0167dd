using BeritaBot.Core.Coordination;
using BeritaBot.Discord.Commands;
using BeritaBot.Discord.Gateway;
using BeritaBot.Discord.Rest;
using BeritaBot.Discord.Tests.Fakes;

namespace BeritaBot.Discord.Tests;

public sealed class UnitTests
{
    [Theory]
    [InlineData(4004, GatewayCloseAction.Fatal)]
    [InlineData(4010, GatewayCloseAction.Fatal)]
    [InlineData(4014, GatewayCloseAction.Fatal)]
    [InlineData(4007, GatewayCloseAction.Reidentify)]
    [InlineData(4009, GatewayCloseAction.Reidentify)]
    [InlineData(4000, GatewayCloseAction.Resume)]
    [InlineData(4008, GatewayCloseAction.Resume)]
    [InlineData(1001, GatewayCloseAction.Resume)]
    [InlineData(null, GatewayCloseAction.Resume)]
    public void Classify_CloseCode_GivesAction(int? code, GatewayCloseAction expected) =>
        Assert.Equal(expected, GatewayCloseCodes.Classify(code));

    [Fact]
    public void ButtonTokens_OverCapacity_ForgetsOldest()
    {
        var store = new MemoryButtonTokenStore(16);
        var tokens = new ButtonTokens(store);
        var first = tokens.Add("c0", "q0");
        var rest = Enumerable.Range(1, 16).Select(i => tokens.Add("c" + i, "q" + i)).ToList();

        Assert.Null(tokens.Find(first));
        Assert.Equal(new CardQuestion("c16", "q16"), tokens.Find(rest[^1]));
        Assert.Equal(16, store.Count);
        Assert.All(rest, t => Assert.True(("fb:" + t + ":1").Length <= 100));
    }

    [Fact]
    public void RecentIds_SeenTwice_ReportsDuplicate()
    {
        var ids = new RecentIds(2);

        Assert.True(ids.Add("a"));
        Assert.False(ids.Add("a"));
        Assert.True(ids.Add("b"));
        Assert.True(ids.Add("c"));
        Assert.True(ids.Add("a"));
    }

    [Fact]
    public void AdminPolicy_PermissionsBitset_ChecksAdministratorBit()
    {
        var policy = new AdminPolicy(Microsoft.Extensions.Options.Options.Create(new DiscordOptions()));
        static Payloads.Interaction With(string permissions) => new()
        {
            Id = "1",
            Type = Payloads.InteractionType.ApplicationCommand,
            Token = "t",
            Member = new Payloads.GuildMember(new Payloads.DiscordUser("5"), permissions),
        };

        Assert.True(policy.IsAdmin(With("8")));
        Assert.True(policy.IsAdmin(With("1099511627784")));
        Assert.False(policy.IsAdmin(With("7")));
        Assert.False(policy.IsAdmin(With("2048")));
        Assert.False(policy.IsAdmin(With("garbage")));
    }
}
