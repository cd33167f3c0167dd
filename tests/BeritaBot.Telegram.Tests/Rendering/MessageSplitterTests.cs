using System.Text.RegularExpressions;
using BeritaBot.Telegram.Rendering;

namespace BeritaBot.Telegram.Tests.Rendering;

public sealed partial class MessageSplitterTests
{
    public static TheoryData<string, int, string[]> Cases => new()
    {
        // Short messages are left alone.
        { "pendek", 16, ["pendek"] },

        // Paragraph boundaries win over line and word boundaries.
        { "aaaa bbbb\ncccc\n\ndddd eeee", 20, ["aaaa bbbb\ncccc", "dddd eeee"] },

        // Then line boundaries.
        { "aaaa bbbb cccc\ndddd eeee ffff", 20, ["aaaa bbbb cccc", "dddd eeee ffff"] },

        // Then word boundaries.
        { "aaaa bbbb cccc dddd eeee ffff", 20, ["aaaa bbbb cccc dddd", "eeee ffff"] },

        // No space at all: a hard cut, never inside an entity.
        { "aaaaaaaaaaaaaaa&amp;bbbbbbbbbbbbbbbb", 17, ["aaaaaaaaaaaaaaa", "&amp;bbbbbbbbbbbb", "bbbb"] },

        // A tag open at the cut is closed and reopened.
        { "<b>aaaa bbbb cccc dddd</b>", 20, ["<b>aaaa bbbb</b>", "<b>cccc dddd</b>"] },

        // Never inside a tag's markup: a long link moves whole to the next part.
        { "lihat <a href=\"https://x.org/p\">tautan</a> ini", 40, ["lihat", "<a href=\"https://x.org/p\">tautan</a> ini"] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Split_Table(string html, int limit, string[] expected)
    {
        Assert.Equal(expected, MessageSplitter.Split(html, limit));
    }

    [Theory]
    [InlineData(100)]
    [InlineData(333)]
    [InlineData(4096)]
    public void Split_LongRenderedAnswer_EveryPartFitsIsBalancedAndNothingIsLost(int limit)
    {
        var paragraph = "<b>Judul &amp; tanggal</b>\nIsi paragraf dengan <i>miring</i> dan &lt;tanda&gt; serta emoji 🇦🇲 di tengah kalimat panjang.";
        var html = string.Join("\n\n", Enumerable.Repeat(paragraph, 200));

        var parts = MessageSplitter.Split(html, limit);

        Assert.True(parts.Count > 1);
        Assert.All(parts, part =>
        {
            Assert.InRange(part.Length, 1, limit);
            Assert.Equal(OpenTags().Count(part), CloseTags().Count(part));
            Assert.DoesNotMatch(BrokenEntity(), part);
            Assert.False(char.IsHighSurrogate(part[^1]));
        });
        Assert.Equal(Visible(html), Visible(string.Concat(parts)));
    }

    private static string Visible(string html) => Whitespace().Replace(Tag().Replace(html, string.Empty), string.Empty);

    [GeneratedRegex("<[a-z]+[^>]*>")]
    private static partial Regex OpenTags();

    [GeneratedRegex("</[a-z]+>")]
    private static partial Regex CloseTags();

    [GeneratedRegex("&[a-z]*$")]
    private static partial Regex BrokenEntity();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
