using BeritaBot.Core.Matching;

namespace BeritaBot.Core.Tests.Matching;

public class EnglishStemmerTests
{
    [Theory]
    [InlineData("protests", "protest")]
    [InlineData("soldiers", "soldier")]
    [InlineData("troops", "troop")]
    [InlineData("countries", "country")]
    [InlineData("parties", "party")]
    [InlineData("marches", "march")]
    [InlineData("boxes", "box")]
    [InlineData("signing", "sign")]
    [InlineData("running", "run")]
    [InlineData("killing", "kill")]
    [InlineData("signed", "sign")]
    [InlineData("stopped", "stop")]
    [InlineData("killed", "kill")]
    [InlineData("carried", "carry")]
    [InlineData("taking", "take")]
    [InlineData("making", "make")]
    [InlineData("hoped", "hope")]
    [InlineData("came", "come")]
    [InlineData("won", "win")]
    [InlineData("met", "meet")]
    public void Stem_InflectedWord_GivesBaseForm(string word, string expected)
    {
        Assert.Equal(expected, EnglishStemmer.Stem(word));
    }

    [Theory]
    [InlineData("us")]
    [InlineData("is")]
    [InlineData("was")]
    [InlineData("status")]
    [InlineData("crisis")]
    [InlineData("class")]
    [InlineData("process")]
    [InlineData("thing")]
    [InlineData("king")]
    [InlineData("need")]
    [InlineData("putin")]
    [InlineData("2020s")]
    public void Stem_WordWithoutInflection_IsUntouched(string word)
    {
        Assert.Equal(word, EnglishStemmer.Stem(word));
    }
}
