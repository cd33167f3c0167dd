using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BeritaBot.Discord.Tests.Fakes;

/// <summary>
/// A fake Discord on 127.0.0.1 (Kestrel, port 0): REST under /api/v10 and the gateway as a WebSocket at /gateway
/// (and /resume for resume_gateway_url). Records every REST request; tests script the gateway connections.
/// </summary>
public sealed class FakeDiscordServer : IAsyncDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);
    private readonly WebApplication _app;
    private readonly List<RecordedRequest> _requests = [];
    private readonly Lock _gate = new();
    private readonly Channel<FakeGatewayConnection> _connections = Channel.CreateUnbounded<FakeGatewayConnection>();
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private FakeDiscordServer(WebApplication app)
    {
        _app = app;
    }

    public Uri BaseUrl { get; private set; } = null!;

    public Uri ApiBaseUrl => new(BaseUrl, "api/v10");

    public Uri GatewayUrl => new($"ws://{BaseUrl.Authority}/gateway");

    public Uri ResumeGatewayUrl => new($"ws://{BaseUrl.Authority}/resume");

    /// <summary>Whether new gateway connections answer heartbeats.</summary>
    public bool AutoAck { get; set; } = true;

    /// <summary>The JSON the GET commands endpoint returns; a PUT replaces it.</summary>
    public string CommandsJson { get; set; } = "[]";

    /// <summary>Lets a test answer a request differently; null falls back to the defaults.</summary>
    public Func<RecordedRequest, FakeResponse?>? Responder { get; set; }

    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_gate)
            {
                return _requests.ToList();
            }
        }
    }

    public static async Task<FakeDiscordServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var _app = builder.Build();
        var server = new FakeDiscordServer(_app);
        _app.UseWebSockets();
        _app.Run(server.HandleAsync);
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseUrl = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal) + "/");
        return server;
    }

    public async Task<FakeGatewayConnection> NextConnectionAsync()
    {
        using var cts = new CancellationTokenSource(Timeout);
        try
        {
            return await _connections.Reader.ReadAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException("The client did not open a gateway connection within 10 s.");
        }
    }

    /// <summary>Every gateway connection as it opens, for a fake that plays the gateway on its own (<see cref="FakeShardedGateway"/>).</summary>
    public ChannelReader<FakeGatewayConnection> Connections => _connections.Reader;

    /// <summary>True if the client opens another connection within the grace period.</summary>
    public bool HasPendingConnection => _connections.Reader.Count > 0;

    /// <summary>Waits until at least <paramref name="count"/> recorded requests match.</summary>
    public async Task<IReadOnlyList<RecordedRequest>> WaitForRequestsAsync(Func<RecordedRequest, bool> match, int count = 1, string? what = null)
    {
        using var cts = new CancellationTokenSource(Timeout);
        while (true)
        {
            Task wait;
            lock (_gate)
            {
                var found = _requests.Where(match).ToList();
                if (found.Count >= count)
                {
                    return found;
                }

                wait = _changed.Task;
            }

            try
            {
                await wait.WaitAsync(cts.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"Waited 10 s for {count} request(s): {what}. Got: {string.Join(", ", Requests.Select(r => r.Method + " " + r.Path))}");
            }
        }
    }

    public Task<IReadOnlyList<RecordedRequest>> WaitForCallbackAsync(string interactionId, int count = 1) =>
        WaitForRequestsAsync(r => r.Method == "POST" && r.Path.StartsWith($"/api/v10/interactions/{interactionId}/", StringComparison.Ordinal), count, "callback for " + interactionId);

    /// <summary>An answer of <c>GET /gateway/bot</c> pointing at this server's gateway.</summary>
    public FakeResponse GatewayBot(int shards, int remaining, long resetAfterMs, int maxConcurrency) => new(
        200,
        $$$"""{"url":"{{{GatewayUrl}}}","shards":{{{shards}}},"session_start_limit":{"total":1000,"remaining":{{{remaining}}},"reset_after":{{{resetAfterMs}}},"max_concurrency":{{{maxConcurrency}}}}}""");

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        if (context.WebSockets.IsWebSocketRequest)
        {
            using var socket = await context.WebSockets.AcceptWebSocketAsync();
            using var connection = new FakeGatewayConnection(socket, context.Request.Path + context.Request.QueryString, AutoAck);
            var run = connection.RunAsync();
            _connections.Writer.TryWrite(connection);
            await run;
            return;
        }

        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        var request = new RecordedRequest(
            context.Request.Method,
            context.Request.Path.Value ?? string.Empty,
            body,
            context.Request.Headers.Authorization.FirstOrDefault(),
            context.Request.Headers.UserAgent.FirstOrDefault());
        lock (_gate)
        {
            _requests.Add(request);
            _changed.TrySetResult();
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        var response = Responder?.Invoke(request) ?? Default(request);
        context.Response.StatusCode = response.Status;
        foreach (var (name, value) in response.Headers ?? new Dictionary<string, string>())
        {
            context.Response.Headers[name] = value;
        }

        if (response.Body is not null)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(response.Body);
        }
    }

    private FakeResponse Default(RecordedRequest request)
    {
        if (request.Path.EndsWith("/gateway/bot", StringComparison.Ordinal))
        {
            return GatewayBot(shards: 1, remaining: 999, resetAfterMs: 14_400_000, maxConcurrency: 1);
        }

        if (request.Path.EndsWith("/commands", StringComparison.Ordinal))
        {
            if (request.Method == "PUT")
            {
                CommandsJson = request.Body;
            }

            return new FakeResponse(200, CommandsJson);
        }

        if (request.Path.Contains("/interactions/", StringComparison.Ordinal))
        {
            return new FakeResponse((int)HttpStatusCode.NoContent);
        }

        return new FakeResponse(200, "{}");
    }
}
