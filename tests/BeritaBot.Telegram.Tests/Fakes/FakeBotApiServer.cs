using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace BeritaBot.Telegram.Tests.Fakes;

/// <summary>
/// A Bot API server on 127.0.0.1 speaking Telegram's JSON: getUpdates long polling with offset confirmation, the
/// send/answer methods, and scriptable faults (error replies, HTML pages, connections cut mid-response).
/// </summary>
public sealed class FakeBotApiServer : IAsyncDisposable
{
    public const string Token = "123456:TEST-token_abcdefghijklmnopqrstuvwxyz";
    public const long BotId = 123456;
    public const string BotUsername = "berita_bot";

    private readonly WebApplication _app;
    private readonly Lock _gate = new();
    private readonly List<JsonObject> _pending = [];
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<Func<HttpContext, Task>>> _scripts = new();
    private TaskCompletionSource _updatesArrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _nextUpdateId = 1000;
    private long _nextMessageId = 5000;

    private FakeBotApiServer(WebApplication app)
    {
        _app = app;
    }

    public string BaseUrl { get; private set; } = string.Empty;

    /// <summary>Methods answered with a 404 HTML page, as emulators that lack them do.</summary>
    public HashSet<string> Unimplemented { get; } = new(StringComparer.Ordinal);

    /// <summary>When true, every call gets Telegram's 401 reply.</summary>
    public bool RejectToken { get; set; }

    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    public static async Task<FakeBotApiServer> StartAsync()
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new FakeBotApiServer(app);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseUrl = address;
        return server;
    }

    /// <summary>Queues an update (its update_id is assigned here) and returns the id.</summary>
    public long Enqueue(JsonObject update)
    {
        ArgumentNullException.ThrowIfNull(update);
        TaskCompletionSource arrived;
        long id;
        lock (_gate)
        {
            id = _nextUpdateId++;
            update["update_id"] = id;
            _pending.Add(update);
            arrived = _updatesArrived;
            _updatesArrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        arrived.TrySetResult();
        return id;
    }

    /// <summary>The next call to <paramref name="method"/> gets this Bot API error instead.</summary>
    public void FailNext(string method, int errorCode, string description, object? parameters = null) =>
        Script(method, context => WriteJsonAsync(context, errorCode, new JsonObject
        {
            ["ok"] = false,
            ["error_code"] = errorCode,
            ["description"] = description,
            ["parameters"] = parameters is null ? null : JsonSerializer.SerializeToNode(parameters),
        }));

    /// <summary>The next call to <paramref name="method"/> gets a non-Bot-API answer (an HTML page).</summary>
    public void FailNextWithHtml(string method, int status) =>
        Script(method, async context =>
        {
            context.Response.StatusCode = status;
            context.Response.ContentType = "text/html";
            await context.Response.WriteAsync("<html><body>Bad Gateway</body></html>");
        });

    /// <summary>The next call to <paramref name="method"/> starts a reply, then the connection is cut.</summary>
    public void AbortNext(string method) =>
        Script(method, async context =>
        {
            context.Response.StatusCode = 200;
            context.Response.ContentType = "application/json";
            context.Response.ContentLength = 4096;
            await context.Response.WriteAsync("{\"ok\":true,\"result\":[{\"update_id\":");
            await context.Response.Body.FlushAsync();
            context.Abort();
        });

    /// <summary>
    /// The next call to <paramref name="method"/> is carried out, but its reply gives dates in milliseconds, as the
    /// telegram-test-api emulator does (JavaScript's Date.now()); Telegram.Bot cannot read such a reply.
    /// </summary>
    public void SucceedNextWithMillisecondDates(string method) =>
        Script(method, async context =>
        {
            var result = Result(method, await ReadBodyAsync(context));
            if (result is JsonObject message && message.ContainsKey("date"))
            {
                message["date"] = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
            }

            await WriteJsonAsync(context, 200, new JsonObject { ["ok"] = true, ["result"] = result });
        });

    /// <summary>
    /// The next call to <paramref name="method"/> is carried out and answered <c>{"ok":true,"result":null}</c>, as
    /// telegram-test-api answers answerCallbackQuery and setWebhook; Telegram.Bot cannot read a null result.
    /// </summary>
    public void SucceedNextWithNullResult(string method) =>
        Script(method, context => WriteJsonAsync(context, 200, new JsonObject { ["ok"] = true, ["result"] = null }));

    /// <summary>The next call to <paramref name="method"/> gets no reply until the client gives up.</summary>
    public void StallNext(string method) =>
        Script(method, async context =>
        {
            try
            {
                await Task.Delay(Timeout.Infinite, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                // The client hung up: nothing left to answer.
            }
        });

    public IReadOnlyList<RecordedRequest> Calls(string method, bool includeScripted = false) =>
        Requests.Where(r => r.Method == method && (includeScripted || !r.Scripted)).ToList();

    /// <summary>Waits until a call to <paramref name="method"/> (by default one not answered by a script) matches, failing clearly after 10 s.</summary>
    public async Task<RecordedRequest> WaitForAsync(string method, Func<RecordedRequest, bool>? match = null, bool includeScripted = false)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (DateTime.UtcNow < deadline)
        {
            var found = Calls(method, includeScripted).FirstOrDefault(r => match?.Invoke(r) ?? true);
            if (found is not null)
            {
                return found;
            }

            await Task.Delay(20);
        }

        var seen = string.Join("\n", Requests.Select(r => $"{r.Method}{(r.Scripted ? " (scripted)" : string.Empty)}: {r.Body.ToJsonString()}"));
        throw new TimeoutException($"No matching {method} call within the timeout. Calls seen:\n{seen}");
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private void Script(string method, Func<HttpContext, Task> reply) =>
        _scripts.GetOrAdd(method, _ => new ConcurrentQueue<Func<HttpContext, Task>>()).Enqueue(reply);

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? string.Empty;
        var slash = path.LastIndexOf('/');
        var token = path[1..slash];
        var method = path[(slash + 1)..];
        var body = await ReadBodyAsync(context);

        if (RejectToken || token != "bot" + Token)
        {
            _requests.Enqueue(new RecordedRequest(method, body, Scripted: true));
            await WriteJsonAsync(context, 401, new JsonObject { ["ok"] = false, ["error_code"] = 401, ["description"] = "Unauthorized" });
            return;
        }

        if (_scripts.TryGetValue(method, out var queue) && queue.TryDequeue(out var script))
        {
            _requests.Enqueue(new RecordedRequest(method, body, Scripted: true));
            await script(context);
            return;
        }

        if (Unimplemented.Contains(method))
        {
            _requests.Enqueue(new RecordedRequest(method, body, Scripted: true));
            context.Response.StatusCode = 404;
            context.Response.ContentType = "text/html";
            await context.Response.WriteAsync("<html><body><h1>404 Not Found</h1></body></html>");
            return;
        }

        if (method == "getUpdates")
        {
            _requests.Enqueue(new RecordedRequest(method, body, Scripted: false));
        }

        var result = method == "getUpdates" ? await GetUpdatesAsync(body, context.RequestAborted) : Result(method, body);
        if (method != "getUpdates")
        {
            _requests.Enqueue(new RecordedRequest(method, body, Scripted: false) { SentMessageId = (result as JsonObject)?["message_id"]?.GetValue<long>() });
        }

        await WriteJsonAsync(context, 200, new JsonObject { ["ok"] = true, ["result"] = result });
    }

    /// <summary>What Telegram answers to a successful call (getUpdates aside).</summary>
    private JsonNode? Result(string method, JsonObject body) => method switch
    {
        "getMe" => new JsonObject { ["id"] = BotId, ["is_bot"] = true, ["first_name"] = "Berita", ["username"] = BotUsername },
        "sendMessage" or "editMessageText" => new JsonObject
        {
            ["message_id"] = Interlocked.Increment(ref _nextMessageId),
            ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            ["chat"] = new JsonObject { ["id"] = body["chat_id"]!.GetValue<long>(), ["type"] = "private" },
            ["from"] = new JsonObject { ["id"] = BotId, ["is_bot"] = true, ["first_name"] = "Berita" },
            ["text"] = body["text"]?.GetValue<string>(),
        },
        _ => true,
    };

    private async Task<JsonArray> GetUpdatesAsync(JsonObject body, CancellationToken aborted)
    {
        var offset = body["offset"]?.GetValue<long>() ?? 0;
        var timeout = TimeSpan.FromSeconds(body["timeout"]?.GetValue<int>() ?? 0);
        var limit = body["limit"]?.GetValue<int>() ?? 100;
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            Task arrived;
            lock (_gate)
            {
                // Like Telegram: an offset confirms, and forgets, every update before it.
                _pending.RemoveAll(u => u["update_id"]!.GetValue<long>() < offset);
                if (_pending.Count > 0)
                {
                    return [.. _pending.Take(limit).Select(u => u.DeepClone())];
                }

                arrived = _updatesArrived.Task;
            }

            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero)
            {
                return [];
            }

            try
            {
                await arrived.WaitAsync(left, aborted);
            }
            catch (TimeoutException)
            {
                return [];
            }
        }
    }

    /// <summary>The call's JSON body, read once and kept for scripted replies that need it.</summary>
    private static async Task<JsonObject> ReadBodyAsync(HttpContext context)
    {
        if (context.Items.TryGetValue(nameof(ReadBodyAsync), out var read))
        {
            return (JsonObject)read!;
        }

        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var text = await reader.ReadToEndAsync();
        var body = string.IsNullOrWhiteSpace(text) ? new JsonObject() : JsonNode.Parse(text)!.AsObject();
        context.Items[nameof(ReadBodyAsync)] = body;
        return body;
    }

    private static async Task WriteJsonAsync(HttpContext context, int status, JsonObject body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(body.ToJsonString());
    }
}
