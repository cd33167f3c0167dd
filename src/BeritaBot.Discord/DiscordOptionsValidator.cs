using Microsoft.Extensions.Options;

namespace BeritaBot.Discord;

/// <summary>Rules that span several options, which DataAnnotations cannot express.</summary>
public sealed class DiscordOptionsValidator : IValidateOptions<DiscordOptions>
{
    public ValidateOptionsResult Validate(string? name, DiscordOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.ShardId >= options.ShardCount)
        {
            failures.Add("Discord:ShardId must be less than Discord:ShardCount.");
        }

        if (!options.ApiBaseUrl.IsAbsoluteUri || (options.ApiBaseUrl.Scheme != Uri.UriSchemeHttps && options.ApiBaseUrl.Scheme != Uri.UriSchemeHttp))
        {
            failures.Add("Discord:ApiBaseUrl must be an absolute http(s) URL.");
        }

        if (options.GatewayUrl is { } gateway && (!gateway.IsAbsoluteUri || (gateway.Scheme != "ws" && gateway.Scheme != "wss")))
        {
            failures.Add("Discord:GatewayUrl must be an absolute ws:// or wss:// URL.");
        }

        foreach (var id in options.AdminUserIds)
        {
            if (id.Length is 0 or > 20 || !id.All(char.IsAsciiDigit))
            {
                failures.Add("Discord:AdminUserIds must hold numeric user ids.");
                break;
            }
        }

        if (options.ReconnectBaseDelay <= TimeSpan.Zero || options.ReconnectMaxDelay < options.ReconnectBaseDelay)
        {
            failures.Add("Discord:ReconnectBaseDelay must be positive and not above Discord:ReconnectMaxDelay.");
        }

        if (options.RestRetryBaseDelay <= TimeSpan.Zero || options.IdentifyWindow < TimeSpan.Zero || options.InvalidSessionMaxDelay < TimeSpan.Zero)
        {
            failures.Add("Discord delays must not be negative (RestRetryBaseDelay must be positive).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
