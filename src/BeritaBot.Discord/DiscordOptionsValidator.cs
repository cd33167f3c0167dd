using BeritaBot.Discord.Gateway;
using Microsoft.Extensions.Options;

namespace BeritaBot.Discord;

/// <summary>Rules that span several options, which DataAnnotations cannot express.</summary>
public sealed class DiscordOptionsValidator : IValidateOptions<DiscordOptions>
{
    public ValidateOptionsResult Validate(string? name, DiscordOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        ValidateShards(options, failures);

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

    private static void ValidateShards(DiscordOptions options, List<string> failures)
    {
        if (options.ShardCount is not { } count)
        {
            if (options.ShardId is not null || options.ShardIds is not null)
            {
                failures.Add("Discord:ShardId and Discord:ShardIds need Discord:ShardCount (the shards of all processes together).");
            }

            return;
        }

        if (options.ShardId is not null && options.ShardIds is not null)
        {
            failures.Add("Set Discord:ShardId or Discord:ShardIds, not both.");
        }
        else if (options.ShardId >= count)
        {
            failures.Add("Discord:ShardId must be less than Discord:ShardCount.");
        }
        else if (options.ShardIds is { } text)
        {
            var ids = ShardSet.ParseIds(text);
            if (ids is null)
            {
                failures.Add("Discord:ShardIds must be ascending shard ids and ranges, such as \"0-3\" or \"0,2\".");
            }
            else if (ids[^1] >= count)
            {
                failures.Add("Discord:ShardIds must all be less than Discord:ShardCount.");
            }
        }
    }
}
