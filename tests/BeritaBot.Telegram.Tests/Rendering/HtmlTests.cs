using BeritaBot.Telegram.Rendering;

namespace BeritaBot.Telegram.Tests.Rendering;

public sealed class HtmlTests
{
    [Theory]
    [InlineData(null, "")]
    [InlineData("", "")]
    [InlineData("biasa saja", "biasa saja")]
    [InlineData("a < b > c", "a &lt; b &gt; c")]
    [InlineData("Armenia & Azerbaijan", "Armenia &amp; Azerbaijan")]
    [InlineData("&amp;", "&amp;amp;")]
    [InlineData("<b>tebal</b>", "&lt;b&gt;tebal&lt;/b&gt;")]
    [InlineData("kata \"kutipan\"", "kata &quot;kutipan&quot;")]
    [InlineData("Nagorno-Karabakh 🇦🇲", "Nagorno-Karabakh 🇦🇲")]
    public void Escape_Table(string? input, string expected)
    {
        Assert.Equal(expected, Html.Escape(input));
    }

    [Theory]
    [InlineData("https://example.org/a?x=1&y=2", "<a href=\"https://example.org/a?x=1&amp;y=2\">T &amp; U</a>")]
    [InlineData("javascript:alert(1)", "T &amp; U")]
    [InlineData(null, "T &amp; U")]
    [InlineData("https://example.org/\"><script>", "<a href=\"https://example.org/%22%3E%3Cscript%3E\">T &amp; U</a>")]
    public void Link_Table(string? url, string expected)
    {
        Assert.Equal(expected, Html.Link("T & U", url));
    }
}
