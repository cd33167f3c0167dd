using BeritaBot.Core.Coordination;
using BeritaBot.Telegram.Callbacks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BeritaBot.Telegram.Tests.Handling;

public sealed class SharedTokenTests
{
    [Fact]
    public void AddTelegramAdapter_SharedButtonTokenStore_KeepsTheButtonsMeaningsThere()
    {
        var shared = new MemoryButtonTokenStore(16);
        var services = new ServiceCollection();
        services.AddSingleton<IButtonTokenStore>(shared);
        services.AddTelegramAdapter(new ConfigurationBuilder().Build());
        using var provider = services.BuildServiceProvider();

        var token = provider.GetRequiredService<CallbackTokenStore>().Add(new ShowTopicAction("gencatan-senjata"));

        Assert.True(new CallbackTokenStore(shared).TryGet<ShowTopicAction>(token, out var action));
        Assert.Equal(new ShowTopicAction("gencatan-senjata"), action);
    }
}
