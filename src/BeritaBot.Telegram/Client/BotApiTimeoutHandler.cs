using Microsoft.Extensions.Options;

namespace BeritaBot.Telegram.Client;

/// <summary>
/// Per-call timeouts under Telegram.Bot, whose only timeout is the HttpClient's, one for every call: getUpdates
/// waits up to the long-poll timeout plus headroom, every other call <see cref="TelegramOptions.RequestTimeout"/>.
/// The reply is read in full inside the timeout, so a server that stalls mid-reply is also cut off. A timeout
/// surfaces as a <see cref="TimeoutException"/>, which the library reports as a network failure (no HTTP status).
/// </summary>
internal sealed class BotApiTimeoutHandler : DelegatingHandler
{
    // Headroom over the long-poll timeout so the server, not the client, ends an idle getUpdates.
    private static readonly TimeSpan PollHeadroom = TimeSpan.FromSeconds(15);

    private readonly TelegramOptions _options;

    public BotApiTimeoutHandler(IOptions<TelegramOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var method = request.RequestUri?.Segments[^1] ?? string.Empty;
        var timeout = method == "getUpdates" ? _options.PollTimeout + PollHeadroom : _options.RequestTimeout;
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout);
        try
        {
            var response = await base.SendAsync(request, timeoutSource.Token);
            try
            {
                await response.Content.LoadIntoBufferAsync(timeoutSource.Token);
                return response;
            }
            catch
            {
                response.Dispose();
                throw;
            }
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"{method}: no reply within {timeout}.", ex);
        }
    }
}
