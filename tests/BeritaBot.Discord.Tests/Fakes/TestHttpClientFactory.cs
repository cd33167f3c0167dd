namespace BeritaBot.Discord.Tests.Fakes;

public sealed class TestHttpClientFactory : IHttpClientFactory, IDisposable
{
    private readonly HttpClient client = new();

    public HttpClient CreateClient(string name) => client;

    public void Dispose() => client.Dispose();
}
