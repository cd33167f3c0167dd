using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace BeritaBot.Cluster.Tests.Harness;

/// <summary>
/// Telegram's side of a webhook: posts each update with the secret, several at a time, and delivers again any update
/// not acknowledged with 200 (an error status, a cut connection) after a pause, until it is. Optionally it also
/// delivers some updates once more after they were acknowledged, as Telegram does when an acknowledgement reaches it
/// too late.
/// </summary>
public sealed class WebhookDelivery
{
    private static readonly HttpClient Http = new(new SocketsHttpHandler { MaxConnectionsPerServer = 256 }) { Timeout = TimeSpan.FromSeconds(60) };

    private readonly Uri _endpoint;
    private readonly int _concurrency;
    private readonly TimeSpan _retryDelay;
    private readonly int _repeatEvery;
    private int _attempts;
    private int _acknowledged;

    /// <param name="concurrency">Deliveries in flight at once (Telegram's max_connections defaults to 40).</param>
    /// <param name="repeatEvery">Every n-th update is delivered again once acknowledged; 0: none.</param>
    public WebhookDelivery(Uri endpoint, int concurrency, TimeSpan retryDelay, int repeatEvery = 0)
    {
        _endpoint = endpoint;
        _concurrency = concurrency;
        _retryDelay = retryDelay;
        _repeatEvery = repeatEvery;
    }

    /// <summary>Attempts so far, across every update.</summary>
    public int Attempts => _attempts;

    /// <summary>Updates acknowledged so far.</summary>
    public int Acknowledged => _acknowledged;

    /// <param name="giveUpAfter">How long one update may go unacknowledged before the run fails.</param>
    public async Task<DeliveryReport> DeliverAsync(IReadOnlyList<JsonObject> updates, TimeSpan giveUpAfter, CancellationToken cancellationToken)
    {
        var failures = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        var latencies = new double[updates.Count];
        var clock = Stopwatch.StartNew();
        using var slots = new SemaphoreSlim(_concurrency);
        var tasks = updates.Select(async (update, index) =>
        {
            await slots.WaitAsync(cancellationToken);
            try
            {
                var body = update.ToJsonString();
                latencies[index] = (await DeliverOneAsync(body, failures, giveUpAfter, cancellationToken)).TotalMilliseconds;
                if (_repeatEvery > 0 && index % _repeatEvery == 0)
                {
                    await DeliverOneAsync(body, failures, giveUpAfter, cancellationToken);
                }
            }
            finally
            {
                slots.Release();
            }
        }).ToList();
        await Task.WhenAll(tasks);
        return new DeliveryReport(updates.Count, _attempts, clock.Elapsed, latencies, new Dictionary<string, int>(failures, StringComparer.Ordinal));
    }

    private async Task<TimeSpan> DeliverOneAsync(string body, ConcurrentDictionary<string, int> failures, TimeSpan giveUpAfter, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            Interlocked.Increment(ref _attempts);
            var outcome = await PostAsync(body, cancellationToken);
            if (outcome is null)
            {
                Interlocked.Increment(ref _acknowledged);
                return clock.Elapsed;
            }

            failures.AddOrUpdate(outcome, 1, (_, n) => n + 1);
            if (clock.Elapsed > giveUpAfter)
            {
                throw new TimeoutException($"An update was not acknowledged within {giveUpAfter}: last {outcome}. Body: {body}");
            }

            await Task.Delay(_retryDelay, cancellationToken);
        }
    }

    /// <returns>Null when acknowledged; otherwise what went wrong (a status code or the failure's kind).</returns>
    private async Task<string?> PostAsync(string body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, _endpoint) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        // Telegram's header for the secret given to setWebhook.
        request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", BotProcess.Secret);
        try
        {
            using var response = await Http.SendAsync(request, cancellationToken);
            return response.StatusCode == HttpStatusCode.OK ? null : ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (HttpRequestException ex)
        {
            return ex.HttpRequestError.ToString();
        }
    }
}
