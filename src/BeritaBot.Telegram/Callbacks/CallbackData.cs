using System.Text;
using BeritaBot.Core.Answering;

namespace BeritaBot.Telegram.Callbacks;

/// <summary>
/// Encodes button meanings in callback_data (at most 64 bytes): short prefixes with the id inline when it fits,
/// otherwise a token from <see cref="CallbackTokenStore"/>.
/// <list type="bullet">
/// <item>c:&lt;cardId&gt; / e:&lt;cardId&gt; open a card in Indonesian / English; ct:&lt;token&gt; when too long</item>
/// <item>v:1:&lt;token&gt;[:&lt;cardId&gt;] and v:0:... vote helpful / not helpful</item>
/// <item>p:&lt;topic&gt; / pt:&lt;token&gt; list a topic; s:&lt;sourceId&gt; / st:&lt;token&gt; list a source's cards</item>
/// <item>a:&lt;token&gt; admin adds a phrasing</item>
/// </list>
/// </summary>
public sealed class CallbackData
{
    public const int MaxBytes = 64;

    private readonly CallbackTokenStore _tokens;

    public CallbackData(CallbackTokenStore tokens)
    {
        _tokens = tokens;
    }

    public string OpenCard(string cardId, AnswerLanguage language = AnswerLanguage.Indonesian)
    {
        var inline = (language == AnswerLanguage.English ? "e:" : "c:") + cardId;
        return Fits(inline) ? inline : "ct:" + _tokens.Add(new OpenCardAction(cardId, language));
    }

    public string Vote(bool helpful, string cardId, string question)
    {
        var head = $"v:{(helpful ? '1' : '0')}:{_tokens.Add(new VotePayload(cardId, question))}";

        // The card id rides along when it fits, so a vote still counts after a restart (question from the reply).
        var withCard = $"{head}:{cardId}";
        return Fits(withCard) ? withCard : head;
    }

    public string Topic(string topic)
    {
        var inline = "p:" + topic;
        return Fits(inline) ? inline : "pt:" + _tokens.Add(new ShowTopicAction(topic));
    }

    public string Source(string sourceId)
    {
        var inline = "s:" + sourceId;
        return Fits(inline) ? inline : "st:" + _tokens.Add(new ShowSourceAction(sourceId));
    }

    public string AddPhrasing(string cardId, string question) =>
        "a:" + _tokens.Add(new AddPhrasingAction(cardId, question));

    public CallbackAction? Decode(string? data)
    {
        if (string.IsNullOrEmpty(data))
        {
            return null;
        }

        var colon = data.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            return null;
        }

        var prefix = data[..colon];
        var rest = data[(colon + 1)..];
        return prefix switch
        {
            "c" => new OpenCardAction(rest, AnswerLanguage.Indonesian),
            "e" => new OpenCardAction(rest, AnswerLanguage.English),
            "p" => new ShowTopicAction(rest),
            "s" => new ShowSourceAction(rest),
            "ct" => Lookup<OpenCardAction>(rest),
            "pt" => Lookup<ShowTopicAction>(rest),
            "st" => Lookup<ShowSourceAction>(rest),
            "a" => Lookup<AddPhrasingAction>(rest),
            "v" => DecodeVote(rest),
            _ => null,
        };
    }

    private VoteAction DecodeVote(string rest)
    {
        var parts = rest.Split(':', 3);
        var helpful = parts[0] == "1";
        if (parts.Length >= 2 && _tokens.TryGet<VotePayload>(parts[1], out var payload))
        {
            return new VoteAction(helpful, payload.CardId, payload.Question);
        }

        return new VoteAction(helpful, parts.Length == 3 ? parts[2] : null, null);
    }

    private CallbackAction Lookup<T>(string token)
        where T : CallbackAction =>
        _tokens.TryGet<T>(token, out var action) ? action : new ExpiredAction();

    private static bool Fits(string data) => Encoding.UTF8.GetByteCount(data) <= MaxBytes;

    private sealed record VotePayload(string CardId, string Question);
}
