using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace BeritaBot.Cluster.Tests.Harness;

/// <summary>
/// A load balancer on 127.0.0.1 that behaves as nginx's round-robin upstream does by default: each request goes to the
/// next backend; a backend that refuses the connection is skipped for the next one (proxy_next_upstream error); a
/// POST that reached a backend is never sent twice (non-idempotent), so a backend dying mid-request is a 502.
/// </summary>
public sealed class RoundRobinProxy : IAsyncDisposable
{
    private static readonly HttpClient Http = new(new SocketsHttpHandler { ConnectTimeout = TimeSpan.FromSeconds(2) }) { Timeout = TimeSpan.FromSeconds(60) };

    private readonly WebApplication _app;
    private readonly IReadOnlyList<Uri> _backends;
    private int _next = -1;

    private RoundRobinProxy(WebApplication app, IReadOnlyList<Uri> backends)
    {
        _app = app;
        _backends = backends;
    }

    public Uri Url { get; private set; } = null!;

    /// <param name="backends">Each backend's base address, e.g. http://127.0.0.1:5001.</param>
    public static async Task<RoundRobinProxy> StartAsync(IReadOnlyList<Uri> backends)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var proxy = new RoundRobinProxy(app, backends);
        app.Run(proxy.ForwardAsync);
        await app.StartAsync();
        proxy.Url = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return proxy;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task ForwardAsync(HttpContext context)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
        var body = buffer.ToArray();
        var first = Interlocked.Increment(ref _next);
        for (var attempt = 0; attempt < _backends.Count; attempt++)
        {
            var backend = _backends[(int)((uint)(first + attempt) % (uint)_backends.Count)];
            using var request = new HttpRequestMessage(new HttpMethod(context.Request.Method), new Uri(backend, context.Request.Path + context.Request.QueryString));
            request.Content = new ByteArrayContent(body);
            foreach (var header in context.Request.Headers)
            {
                if (header.Key.StartsWith("X-", StringComparison.OrdinalIgnoreCase))
                {
                    request.Headers.TryAddWithoutValidation(header.Key, header.Value.ToArray());
                }
                else if (header.Key.Equals("Content-Type", StringComparison.OrdinalIgnoreCase))
                {
                    request.Content.Headers.TryAddWithoutValidation(header.Key, header.Value.ToArray());
                }
            }

            try
            {
                using var response = await Http.SendAsync(request, context.RequestAborted);
                context.Response.StatusCode = (int)response.StatusCode;
                await response.Content.CopyToAsync(context.Response.Body, context.RequestAborted);
                return;
            }
            catch (HttpRequestException ex) when (ex.InnerException is SocketException { SocketErrorCode: SocketError.ConnectionRefused })
            {
                // Nothing was sent: the next backend may take it.
            }
            catch (HttpRequestException)
            {
                // Sent, then the backend went away: whether it acted is unknown, and a POST is not repeated.
                context.Response.StatusCode = (int)HttpStatusCode.BadGateway;
                return;
            }
        }

        context.Response.StatusCode = (int)HttpStatusCode.BadGateway;
    }
}
