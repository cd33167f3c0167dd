namespace BeritaBot.Discord.Tests.Fakes;

public sealed class TestHttpClientFactory : IHttpClientFactory, IDisposable
{
    private readonly HttpClient _client = new();

    public HttpClient CreateClient(string name) => _client;

    public void Dispose() => _client.Dispose();
}
