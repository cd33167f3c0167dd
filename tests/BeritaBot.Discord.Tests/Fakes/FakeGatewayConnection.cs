using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;

namespace BeritaBot.Discord.Tests.Fakes;

/// <summary>One client connection to the fake gateway, driven by the test.</summary>
public sealed class FakeGatewayConnection : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);
    private readonly WebSocket _socket;
    private readonly Channel<JsonElement> _received = Channel.CreateUnbounded<JsonElement>();
    private readonly Channel<JsonElement> _heartbeats = Channel.CreateUnbounded<JsonElement>();
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly TaskCompletionSource<int?> _clientClose = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public FakeGatewayConnection(WebSocket socket, string path, bool autoAck)
    {
        _socket = socket;
        Path = path;
        AutoAck = autoAck;
    }

    public string Path { get; }

    /// <summary>Answer heartbeats with op 11.</summary>
    public bool AutoAck { get; set; }

    /// <summary>The close code the client sent, once it closed.</summary>
    public Task<int?> ClientClose => _clientClose.Task;

    public async Task RunAsync()
    {
        var buffer = new byte[64 * 1024];
        try
        {
            while (true)
            {
                using var message = new MemoryStream();
                WebSocketReceiveResult result;
                do
                {
                    result = await _socket.ReceiveAsync(buffer, CancellationToken.None);
                    if (result.MessageType == WebSocketMessageType.Close)
                    {
                        _clientClose.TrySetResult((int?)result.CloseStatus);
                        await TryCloseOutputAsync((WebSocketCloseStatus)(result.CloseStatus ?? WebSocketCloseStatus.NormalClosure));
                        return;
                    }

                    message.Write(buffer, 0, result.Count);
                }
                while (!result.EndOfMessage);

                var frame = JsonDocument.Parse(message.ToArray()).RootElement;
                if (frame.GetProperty("op").GetInt32() == 1)
                {
                    _heartbeats.Writer.TryWrite(frame);
                    if (AutoAck)
                    {
                        await SendAsync("""{"op":11}""");
                    }
                }
                else
                {
                    _received.Writer.TryWrite(frame);
                }
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or IOException)
        {
            // The client dropped the connection (abort): no close code.
            _clientClose.TrySetResult(null);
        }
        finally
        {
            _received.Writer.TryComplete();
            _heartbeats.Writer.TryComplete();
        }
    }

    /// <summary>The next non-heartbeat frame the client sent.</summary>
    public async Task<JsonElement> ReceiveAsync()
    {
        using var cts = new CancellationTokenSource(Timeout);
        return await _received.Reader.ReadAsync(cts.Token);
    }

    public async Task<JsonElement> ReceiveHeartbeatAsync()
    {
        using var cts = new CancellationTokenSource(Timeout);
        return await _heartbeats.Reader.ReadAsync(cts.Token);
    }

    public async Task SendAsync(string json)
    {
        await _sendLock.WaitAsync();
        try
        {
            if (_socket.State == WebSocketState.Open)
            {
                await _socket.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, true, CancellationToken.None);
            }
        }
        finally
        {
            _sendLock.Release();
        }
    }

    public Task SendHelloAsync(int heartbeatIntervalMs) =>
        SendAsync($$"""{"op":10,"d":{"heartbeat_interval":{{heartbeatIntervalMs}}},"s":null,"t":null}""");

    public Task DispatchAsync(string type, long sequence, string data) =>
        SendAsync($$"""{"op":0,"t":"{{type}}","s":{{sequence}},"d":{{data}}}""");

    public Task SendReadyAsync(string sessionId, string resumeUrl, long sequence = 1) =>
        DispatchAsync("READY", sequence, $$"""{"v":10,"session_id":"{{sessionId}}","resume_gateway_url":"{{resumeUrl}}","application":{"id":"1000","flags":0},"user":{"id":"1000","username":"beritabot"},"guilds":[]}""");

    /// <summary>Expects Identify, answers READY: a connected session.</summary>
    public async Task<JsonElement> HandshakeAsync(FakeDiscordServer server, int heartbeatIntervalMs = 45_000, string sessionId = "session-1")
    {
        ArgumentNullException.ThrowIfNull(server);
        await SendHelloAsync(heartbeatIntervalMs);
        var identify = await ReceiveAsync();
        Assert.Equal(2, identify.GetProperty("op").GetInt32());
        await SendReadyAsync(sessionId, server.ResumeGatewayUrl.ToString());
        return identify;
    }

    public async Task CloseAsync(int code)
    {
        await _sendLock.WaitAsync();
        try
        {
            await TryCloseOutputAsync((WebSocketCloseStatus)code);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    private async Task TryCloseOutputAsync(WebSocketCloseStatus status)
    {
        try
        {
            if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await _socket.CloseOutputAsync(status, "fake", CancellationToken.None);
            }
        }
        catch (WebSocketException)
        {
            // The client is gone already.
        }
    }

    public void Dispose() => _sendLock.Dispose();
}
