using System.Collections.Frozen;

namespace BeritaBot.Core.Matching;

/// <summary>
/// Indonesian chat shorthand and informal spellings, expanded to the standard word before anything else looks at
/// the text. Language knowledge, not coverage knowledge: names and topic words belong in aliases.yaml.
/// </summary>
internal static class ChatAbbreviations
{
    public static readonly FrozenDictionary<string, string> Map = WordRoles.ChatForms;
}
