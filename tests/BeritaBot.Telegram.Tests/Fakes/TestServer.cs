namespace BeritaBot.Telegram.Tests.Fakes;

/// <summary>A fake Bot API server and a host polling it, disposed together.</summary>
public sealed class TestServer : IAsyncDisposable
{
    private TestServer(FakeBotApiServer api, TelegramTestHost bot)
    {
        Api = api;
        Bot = bot;
    }

    public FakeBotApiServer Api { get; }

    public TelegramTestHost Bot { get; }

    public static async Task<TestServer> StartAsync(
        IDictionary<string, string?>? settings = null,
        Action<FakeBotApiServer>? beforeStart = null)
    {
        var api = await FakeBotApiServer.StartAsync();
        beforeStart?.Invoke(api);
        var bot = await TelegramTestHost.StartAsync(api, settings);
        return new TestServer(api, bot);
    }

    public async ValueTask DisposeAsync()
    {
        await Bot.DisposeAsync();
        await Api.DisposeAsync();
    }
}
