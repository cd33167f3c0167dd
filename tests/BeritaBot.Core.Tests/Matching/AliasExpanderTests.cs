using BeritaBot.Core.Knowledge;
using BeritaBot.Core.Matching;

namespace BeritaBot.Core.Tests.Matching;

/// <summary>The knowledge's aliases as the matcher reads them, name parts included.</summary>
public class AliasExpanderTests
{
    private static List<string> Expand(AliasExpander aliases, string text) =>
        aliases.Expand(TextNormalizer.Tokenize(text), out _, out _);

    [Fact]
    public void Expand_SurnameOfAFullNameListedBesideTheShortForm_ReadsAsTheShortForm()
    {
        var aliases = new AliasExpander(new AliasTable([["semuel", "semuel abrijani pangerapan"], ["putin", "vladimir putin"]]));

        Assert.Equal(["apa", "kata", "semuel"], Expand(aliases, "apa kata pangerapan"));
        Assert.Equal(["siapa", "putin"], Expand(aliases, "siapa vladimir"));
        Assert.Equal(["siapa", "semuel"], Expand(aliases, "siapa semuel abrijani pangerapan"));
    }

    [Fact]
    public void Expand_PartThatIsAnEverydayWord_StaysItself()
    {
        var aliases = new AliasExpander(new AliasTable([["gencatan senjata", "gencatan senjata kemanusiaan"]]));

        Assert.Equal(["bantuan", "kemanusiaan"], Expand(aliases, "bantuan kemanusiaan"));
    }

    [Fact]
    public void Expand_PartTwoGroupsShare_NamesNeither()
    {
        var aliases = new AliasExpander(new AliasTable([["budi arie", "budi arie setiadi"], ["yusuf", "yusuf setiadi"]]));

        Assert.Equal(["kata", "setiadi"], Expand(aliases, "kata setiadi"));
        Assert.Equal(["kata", "yusuf"], Expand(aliases, "kata yusuf setiadi"));
    }

    [Fact]
    public void Expand_VariantWithAWordInTheReadersSpelling_ReadsAsTheCanonical()
    {
        // The general lexicon puts "dolar" and "dollar" in one group; the editor wrote only "dollar index".
        var aliases = new AliasExpander(new AliasTable([["dxy", "dollar index"]]));

        Assert.Equal(["dxy", "berapa"], Expand(aliases, "dolar index brp"));
        Assert.Equal(["dolar", "berapa"], Expand(aliases, "dolar brp"));
    }

    [Fact]
    public void Expand_VariantSpelledWhollyInSynonyms_StaysItself()
    {
        var aliases = new AliasExpander(new AliasTable([["dxy", "dollar index"]]));

        Assert.Equal(["dolar", "indeks"], Expand(aliases, "dolar indeks"));
    }
}
