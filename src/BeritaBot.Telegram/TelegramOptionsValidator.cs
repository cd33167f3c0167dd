using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace BeritaBot.Telegram;

/// <summary>The rules DataAnnotations cannot express: webhook settings that belong together, ordered limits, the base URL's shape.</summary>
public sealed partial class TelegramOptionsValidator : IValidateOptions<TelegramOptions>
{
    public ValidateOptionsResult Validate(string? name, TelegramOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();

        if (options.BackoffMaxDelay < options.BackoffBaseDelay)
        {
            failures.Add("Telegram:BackoffMaxDelay must not be below Telegram:BackoffBaseDelay.");
        }

        // Telegram.Bot keeps only scheme, host and port of its base URL; a path would be dropped without a word.
        if (options.ApiBaseUrl is not { IsAbsoluteUri: true } baseUrl
            || (baseUrl.Scheme != Uri.UriSchemeHttps && baseUrl.Scheme != Uri.UriSchemeHttp)
            || baseUrl.AbsolutePath != "/" || baseUrl.Query.Length > 0)
        {
            failures.Add("Telegram:ApiBaseUrl must be an http(s) URL of scheme, host and port only, such as https://api.telegram.org.");
        }

        if (options.Mode == TelegramMode.Webhook)
        {
            if (!IsAbsoluteHttpUrl(options.WebhookUrl))
            {
                failures.Add("Telegram:Mode is Webhook, so Telegram:WebhookUrl must be the public https:// URL Telegram posts to.");
            }

            if (string.IsNullOrEmpty(options.WebhookSecret) || !SecretPattern().IsMatch(options.WebhookSecret))
            {
                failures.Add("Telegram:Mode is Webhook, so Telegram:WebhookSecret must be set: 1-256 characters of A-Z, a-z, 0-9, _ and -.");
            }

            if (!IsAbsoluteHttpUrl(options.WebhookListenUrl))
            {
                failures.Add("Telegram:WebhookListenUrl must be an absolute URL such as http://0.0.0.0:8443.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsAbsoluteHttpUrl(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    [GeneratedRegex("^[A-Za-z0-9_-]{1,256}$")]
    private static partial Regex SecretPattern();
}
