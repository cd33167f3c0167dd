using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace BeritaBot.Telegram;

/// <summary>The rules DataAnnotations cannot express: webhook settings that belong together, ordered limits.</summary>
public sealed partial class TelegramOptionsValidator : IValidateOptions<TelegramOptions>
{
    public ValidateOptionsResult Validate(string? name, TelegramOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();

        if (options.BackoffMaxMilliseconds < options.BackoffInitialMilliseconds)
        {
            failures.Add("Telegram:BackoffMaxMilliseconds must not be below Telegram:BackoffInitialMilliseconds.");
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
