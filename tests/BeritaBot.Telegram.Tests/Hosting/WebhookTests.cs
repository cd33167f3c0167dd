using System.Net;
using System.Text;
using BeritaBot.Telegram.Hosting;
using BeritaBot.Telegram.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace BeritaBot.Telegram.Tests.Hosting;

public sealed class WebhookTests
{
    private const string Secret = "s3cret_Token-1";

    private static readonly Dictionary<string, string?> WebhookSettings = new()
    {
        ["Telegram:Mode"] = "Webhook",
        ["Telegram:WebhookUrl"] = "https://bot.example.org/tg/hook",
        ["Telegram:WebhookSecret"] = Secret,
        ["Telegram:WebhookListenUrl"] = "http://127.0.0.1:0",
    };

    [Fact]
    public async Task StartUp_InWebhookMode_CallsSetWebhookAndDoesNotPoll()
    {
        await using var test = await TestServer.StartAsync(WebhookSettings);

        var call = await test.Api.WaitForAsync("setWebhook");

        Assert.Equal("https://bot.example.org/tg/hook", call.Body["url"]!.GetValue<string>());
        Assert.Equal(Secret, call.Body["secret_token"]!.GetValue<string>());
        Assert.Equal(["message", "callback_query", "inline_query"], call.Body["allowed_updates"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Empty(test.Api.Calls("getUpdates", includeScripted: true));
    }

    [Fact]
    public async Task StartUp_SetWebhookAnsweredWithNullResult_CountsAsRegisteredAndServes()
    {
        await using var test = await TestServer.StartAsync(WebhookSettings, api => api.SucceedNextWithNullResult("setWebhook"));
        var receiver = test.Bot.Host.Services.GetRequiredService<WebhookReceiver>();
        var addresses = await receiver.Listening.WaitAsync(TimeSpan.FromSeconds(10));
        await test.Api.WaitForAsync("setWebhook", includeScripted: true);
        var update = Updates.Private("gencatan?", Updates.NextMessageId());
        update["update_id"] = 3;

        using var response = await PostAsync(new Uri(addresses[0] + "/tg/hook"), update.ToJsonString(), Secret);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(test.Api.Calls("sendMessage"));
        Assert.Single(test.Api.Calls("setWebhook", includeScripted: true));
        Assert.False(test.Bot.Service.Faulted);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong")]
    [InlineData("s3cret_Token-")]
    public async Task Post_WithoutTheSecret_Is401AndNotHandled(string? secret)
    {
        await using var test = await TestServer.StartAsync(WebhookSettings);
        var endpoint = await EndpointAsync(test);

        using var response = await PostAsync(endpoint, Updates.Private("gencatan?", Updates.NextMessageId()).ToJsonString(), secret);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(test.Bot.Answers.Asked);
    }

    [Fact]
    public async Task Post_WithTheSecret_IsHandledBeforeTheOkReply()
    {
        await using var test = await TestServer.StartAsync(WebhookSettings);
        var endpoint = await EndpointAsync(test);
        var messageId = Updates.NextMessageId();
        var update = Updates.Private("gencatan?", messageId);
        update["update_id"] = 1;

        using var response = await PostAsync(endpoint, update.ToJsonString(), Secret);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(test.Api.Calls("sendMessage"));
        Assert.Equal(messageId, reply.ReplyToMessageId);
    }

    [Fact]
    public async Task Post_SameUpdateTwice_IsAnsweredOnce()
    {
        await using var test = await TestServer.StartAsync(WebhookSettings);
        var endpoint = await EndpointAsync(test);
        var update = Updates.Private("gencatan?", Updates.NextMessageId());
        update["update_id"] = 7;

        using var first = await PostAsync(endpoint, update.ToJsonString(), Secret);
        using var second = await PostAsync(endpoint, update.ToJsonString(), Secret);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Single(test.Api.Calls("sendMessage"));
    }

    [Fact]
    public async Task Post_NotAnUpdate_Is400()
    {
        await using var test = await TestServer.StartAsync(WebhookSettings);
        var endpoint = await EndpointAsync(test);

        using var response = await PostAsync(endpoint, "{not json", Secret);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Get_AliveWithoutKnowledge_HealthzOkReadyz503()
    {
        await using var test = await TestServer.StartAsync(WebhookSettings);
        var hook = await EndpointAsync(test);
        using var client = new HttpClient();

        using var health = await client.GetAsync(new Uri(hook, "/healthz"));
        using var ready = await client.GetAsync(new Uri(hook, "/readyz"));

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        // The test host's knowledge store is empty: alive, but no instance to send readers to.
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("knowledge not loaded", await ready.Content.ReadAsStringAsync());
    }

    private static async Task<Uri> EndpointAsync(TestServer test)
    {
        var receiver = test.Bot.Host.Services.GetRequiredService<WebhookReceiver>();
        var addresses = await receiver.Listening.WaitAsync(TimeSpan.FromSeconds(10));
        await test.Api.WaitForAsync("setWebhook");
        return new Uri(addresses[0] + "/tg/hook");
    }

    private static async Task<HttpResponseMessage> PostAsync(Uri endpoint, string json, string? secret)
    {
        using var client = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint)
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        if (secret is not null)
        {
            request.Headers.Add(WebhookReceiver.SecretHeader, secret);
        }

        return await client.SendAsync(request);
    }
}
