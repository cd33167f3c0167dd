using BeritaBot.Core.Knowledge;
using BeritaBot.Host.Cli;
using BeritaBot.Telegram.Tests.Fakes;
using BeritaBot.Tests.Support;
using Microsoft.Extensions.Configuration;

namespace BeritaBot.Tests.Adapters;

/// <summary>The command without a subcommand: console chat when no adapter token is configured, the bots otherwise.</summary>
public sealed class DefaultCommandTests
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task RunAsync_NoTokens_StartsConsoleChatAndExitsZeroOnKeluar()
    {
        var (exit, output, _) = await CliRunner.RunAsync([], "/keluar\n", NoTokens());

        var snapshot = KnowledgeLoader.Load(KnowledgeFolders.Real).Snapshot!;
        Assert.Equal(BeritaBotCli.Success, exit);
        Assert.StartsWith($"BeritaBot — tanya jawab tentang {snapshot.Cards.Count} fakta dari {snapshot.Sources.Count} artikel.", output, StringComparison.Ordinal);
        Assert.Contains("Sampai jumpa", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_TelegramTokenConfigured_ServesTheBotInsteadOfTheConsoleChat()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        var settings = NoTokens();
        settings["Telegram:BotToken"] = FakeBotApiServer.Token;
        settings["Telegram:ApiBaseUrl"] = api.BaseUrl;
        settings["Telegram:PollTimeout"] = "00:00:01";
        settings["Telegram:ChatSendInterval"] = "00:00:00";
        var database = Path.Combine(Path.GetTempPath(), "beritabot-wiring", Guid.NewGuid().ToString("N"), "insights.db");
        settings["Insights:DatabasePath"] = database;
        using var stdin = new StringReader("/keluar\n");
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        using var stop = new CancellationTokenSource();
        var run = BeritaBotCli.RunAsync([], new ConsoleStreams(stdin, stdout, stderr), settings, stop.Token);

        var messageId = Updates.NextMessageId();
        api.Enqueue(Updates.Private("kapan gencatan senjata ditandatangani?", messageId));
        var reply = await api.WaitForAsync("sendMessage", r => r.ReplyToMessageId == messageId);
        Assert.False(run.IsCompleted, "serving must not end when stdin holds /keluar");
        await stop.CancelAsync();
        var exit = await run.WaitAsync(Generous);

        Assert.Equal(BeritaBotCli.Success, exit);
        Assert.StartsWith("<b>", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("BeritaBot — tanya jawab", stdout.ToString(), StringComparison.Ordinal);
        Assert.Equal("/keluar", stdin.ReadLine());
        TryDelete(Path.GetDirectoryName(database)!);
    }

    [Theory]
    [InlineData(null, null, null, null, false)]
    [InlineData("", "", "", "", false)]
    [InlineData("your-token-here", null, "<DISCORD_BOT_TOKEN>", null, false)]
    [InlineData("changeme", null, "changeme", null, false)]
    [InlineData("123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11", null, null, null, true)]
    [InlineData(null, "123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11", null, null, true)]
    [InlineData(null, null, "MTA5ODc2NTQzMjEwOTg3NjU0.GhIjKl.abcdefghijklmnopqrstuvwxyzABCDEFGHIJKL", null, true)]
    [InlineData(null, null, null, "MTA5ODc2NTQzMjEwOTg3NjU0.GhIjKl.abcdefghijklmnopqrstuvwxyzABCDEFGHIJKL", true)]
    public void AnyConfigured_TokenTable_DecidesServeOrConsole(string? telegram, string? telegramAlias, string? discord, string? discordAlias, bool serve)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Telegram:BotToken"] = telegram,
            ["TELEGRAM_BOT_TOKEN"] = telegramAlias,
            ["Discord:BotToken"] = discord,
            ["DISCORD_BOT_TOKEN"] = discordAlias,
        }).Build();

        Assert.Equal(serve, AdapterTokens.AnyConfigured(AdapterTokens.Read(configuration)));
    }

    [Theory]
    [InlineData("DISCORD_BOT_TOKEN", "abc")]
    [InlineData("Discord:BotToken", "12345")]
    [InlineData("TELEGRAM_BOT_TOKEN", "abc")]
    [InlineData("Telegram:BotToken", "987654321")]
    public async Task RunAsync_ConfiguredValueThatIsNotAToken_SaysWhichVariableAndDoesNotStartTheChat(string key, string value)
    {
        var settings = NoTokens();
        settings[key] = value;

        var (exit, output, error) = await CliRunner.RunAsync([], "/keluar\n", settings);

        Assert.Equal(BeritaBotCli.StartupFailed, exit);
        Assert.DoesNotContain("BeritaBot — tanya jawab", output, StringComparison.Ordinal);
        Assert.Contains(key.Replace(":", "__", StringComparison.Ordinal) + " is set, but its value is not a", error, StringComparison.Ordinal);
        Assert.DoesNotContain(value, error.Replace(key, string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_PlaceholderToken_StartsTheConsoleChat()
    {
        var settings = NoTokens();
        settings["DISCORD_BOT_TOKEN"] = "your-bot-token-here";

        var (exit, output, _) = await CliRunner.RunAsync([], "/keluar\n", settings);

        Assert.Equal(BeritaBotCli.Success, exit);
        Assert.Contains("BeritaBot — tanya jawab", output, StringComparison.Ordinal);
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold the file briefly; a leftover temp folder is harmless.
        }
    }

    /// <summary>Empty tokens override whatever the developer's environment or .env holds.</summary>
    private static Dictionary<string, string?> NoTokens() => new()
    {
        ["Telegram:BotToken"] = string.Empty,
        ["TELEGRAM_BOT_TOKEN"] = string.Empty,
        ["Discord:BotToken"] = string.Empty,
        ["DISCORD_BOT_TOKEN"] = string.Empty,
    };
}
