using BeritaBot.Core.Matching;

namespace BeritaBot.Core.Tests.Conversations;

public class FollowUpReaderTests
{
    [Theory]
    [InlineData("siapa yang memimpinnya?", "Reference")]
    [InlineData("kapan itu terjadi?", "Reference")]
    [InlineData("what did he say?", "Reference")]
    [InlineData("mereka bertemu di mana?", "Reference")]
    [InlineData("terus gencatan senjata kapan?", "Opener")]
    [InlineData("and the peacekeepers?", "Opener")]
    [InlineData("what about Turkey?", "Opener")]
    [InlineData("kapan gencatan senjata ditandatangani?", "None")]
    [InlineData("apakah Armenia hanya punya satu sekutu?", "None")]
    [InlineData("who brokered the ceasefire", "None")]
    public void Read_Question_FindsItsCues(string question, string expected)
    {
        var cue = FollowUpReader.Read(TextNormalizer.Tokenize(question), hasTopicTerms: true);

        Assert.Equal(expected, cue.ToString());
    }

    [Fact]
    public void Read_NoTopicWord_IsBare()
    {
        var cue = FollowUpReader.Read(TextNormalizer.Tokenize("terus kapan?"), hasTopicTerms: false);

        Assert.Equal(FollowUpCue.Bare | FollowUpCue.Opener, cue);
    }
}
