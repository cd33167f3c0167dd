using System.Text.Json.Serialization;

namespace BeritaBot.Telegram.Api.Requests;

/// <summary>A Bot API method call: its name and its JSON body, answering <typeparamref name="TResult"/>.</summary>
public abstract class RequestBase<TResult>
{
    protected RequestBase(string methodName)
    {
        MethodName = methodName;
    }

    [JsonIgnore]
    public string MethodName { get; }
}
