using System.Text.Json;
using BeritaBot.Telegram.Handling;
using BeritaBot.Telegram.Tests.Fakes;
using Microsoft.Extensions.Logging.Abstractions;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace BeritaBot.Telegram.Tests.Handling;

public sealed class SharedUpdateHandlerTests
{
    private readonly FakeHandledIdStore _handled = new();
    private readonly RecordingKeyedLock _locks = new();
    private readonly CountingHandler _inner = new();

    [Fact]
    public async Task HandleAsync_SameUpdateDeliveredTwice_AnsweredOnce()
    {
        var handler = Create();
        var update = Parse(Updates.Private("kapan gencatan senjata?", 1), 501);

        await handler.HandleAsync(update, default);
        await handler.HandleAsync(update, default);

        Assert.Equal(1, _inner.Count);
        Assert.Equal(0, _locks.Held);
    }

    [Fact]
    public async Task HandleAsync_UpdateHeldByAnotherInstance_DeferredNotAnswered()
    {
        var handler = Create();
        _handled.HoldElsewhere("502");

        var deferred = await Assert.ThrowsAsync<UpdateDeferredException>(() => handler.HandleAsync(Parse(Updates.Private("halo", 2), 502), default));

        Assert.Equal(502, deferred.UpdateId);
        Assert.Equal(0, _inner.Count);
        Assert.Equal(0, _locks.Held);
    }

    [Fact]
    public async Task HandleAsync_CancelledWhileHandling_GivesTheClaimBack()
    {
        var handler = Create();
        using var cancel = new CancellationTokenSource();
        _inner.OnHandle = () => cancel.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => handler.HandleAsync(Parse(Updates.Private("halo", 3), 503), cancel.Token));

        Assert.Equal(["503"], _handled.Released);
    }

    [Fact]
    public async Task HandleAsync_MessageAndButtonInOneChat_TakeThatChatsLock()
    {
        var handler = Create();

        await handler.HandleAsync(Parse(Updates.Private("halo", 4, userId: 77), 504), default);
        await handler.HandleAsync(Parse(Updates.Callback("c:gencatan-senjata", chatId: 77, userId: 77), 505), default);

        Assert.Equal(["telegram-chat:77", "telegram-chat:77"], _locks.Acquired);
    }

    private SharedUpdateHandler Create() => new(_inner, _handled, _locks, NullLogger<SharedUpdateHandler>.Instance);

    private static Update Parse(System.Text.Json.Nodes.JsonObject payload, int updateId)
    {
        var update = new System.Text.Json.Nodes.JsonObject { ["update_id"] = updateId };
        foreach (var (key, value) in payload)
        {
            update[key] = value?.DeepClone();
        }

        return JsonSerializer.Deserialize<Update>(update.ToJsonString(), JsonBotAPI.Options)!;
    }

    private sealed class CountingHandler : IUpdateHandler
    {
        public int Count { get; private set; }

        public Action? OnHandle { get; set; }

        public Task HandleAsync(Update update, CancellationToken cancellationToken)
        {
            OnHandle?.Invoke();
            cancellationToken.ThrowIfCancellationRequested();
            Count++;
            return Task.CompletedTask;
        }
    }
}
