using System.Net.WebSockets;
using System.Text.Json;
using BeritaBot.Discord.Payloads;

namespace BeritaBot.Discord.Gateway;

/// <summary>One WebSocket to the gateway: whole JSON frames in, serialised sends out.</summary>
internal sealed class GatewayConnection : IDisposable
{
    /// <summary>Discord rejects larger payloads.</summary>
    public const int MaxSendBytes = 4096;

    private readonly ClientWebSocket _socket = new();
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly byte[] _buffer = new byte[16 * 1024];

    public int? CloseStatus => (int?)_socket.CloseStatus;

    public string? CloseDescription => _socket.CloseStatusDescription;

    public Task ConnectAsync(Uri url, CancellationToken cancellationToken) =>
        _socket.ConnectAsync(url, cancellationToken);

    /// <summary>The next frame, or null when the server closed the connection.</summary>
    public async Task<GatewayFrame?> ReceiveAsync(CancellationToken cancellationToken)
    {
        using var message = new MemoryStream();
        while (true)
        {
            var result = await _socket.ReceiveAsync(_buffer, cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            message.Write(_buffer, 0, result.Count);
            if (result.EndOfMessage)
            {
                break;
            }
        }

        return JsonSerializer.Deserialize<GatewayFrame>(message.ToArray(), DiscordJson.Options)
            ?? throw new JsonException("The gateway sent a null frame.");
    }

    public async Task SendAsync<T>(GatewayCommand<T> command, CancellationToken cancellationToken)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(command, DiscordJson.Options);
        if (bytes.Length > MaxSendBytes)
        {
            throw new InvalidOperationException($"Gateway payload op {command.Op} is {bytes.Length} bytes; the limit is {MaxSendBytes}.");
        }

        await _sendLock.WaitAsync(cancellationToken);
        try
        {
            await _socket.SendAsync(bytes, WebSocketMessageType.Text, true, cancellationToken);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Sends a close frame without waiting for the server's; the receive loop sees the reply.</summary>
    public async Task CloseOutputAsync(int code, string reason, CancellationToken cancellationToken)
    {
        if (_socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived))
        {
            return;
        }

        await _sendLock.WaitAsync(cancellationToken);
        try
        {
            await _socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, cancellationToken);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    public void Dispose()
    {
        _socket.Dispose();
        _sendLock.Dispose();
    }
}
