using BeritaBot.Core.Knowledge.Editing;

namespace BeritaBot.Insights.Tests.Knowledge;

public sealed class CardFileEditTests
{
    [Fact]
    public void AddQuestion_BlockList_InsertsOneLineAfterTheLastItemWithItsIndentation()
    {
        var result = CardFileEdit.AddQuestion(TestKnowledge.CeasefireCard, "Kapan perang berhenti?");

        Assert.True(result.Succeeded, result.Message);
        var expected = TestKnowledge.CeasefireCard.Replace(
            "    signed?\n",
            "    signed?\n  - \"Kapan perang berhenti?\"\n",
            StringComparison.Ordinal);
        Assert.Equal(expected, result.Text);
    }

    [Fact]
    public void AddQuestion_CrLfFileWithItemsAtColumnZero_KeepsLineEndingsAndIndentation()
    {
        var text = "---\r\ntitle: T\r\nquestions:\r\n- satu?\r\n- dua?\r\nsources: [s]\r\n---\r\nJawaban.\r\n";

        var result = CardFileEdit.AddQuestion(text, "tiga?");

        Assert.True(result.Succeeded, result.Message);
        Assert.Equal("---\r\ntitle: T\r\nquestions:\r\n- satu?\r\n- dua?\r\n- \"tiga?\"\r\nsources: [s]\r\n---\r\nJawaban.\r\n", result.Text);
    }

    [Theory]
    [InlineData("Apa itu \"CSTO\"?", "\"Apa itu \\\"CSTO\\\"?\"")]
    [InlineData("path C:\\temp: # no comment", "\"path C:\\\\temp: # no comment\"")]
    [InlineData("- [a, b] & *x !tag", "\"- [a, b] & *x !tag\"")]
    [InlineData("Kapan Erdoğan ke Baku?", "\"Kapan Erdoğan ke Baku?\"")]
    public void AddQuestion_AwkwardCharacters_QuotesThemSoTheyReadBackExactly(string question, string written)
    {
        var result = CardFileEdit.AddQuestion(TestKnowledge.CeasefireCard, question);

        Assert.True(result.Succeeded, result.Message);
        Assert.Contains("\n  - " + written + "\n", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void AddQuestion_OneLineFlowList_ConvertsOnlyThatLine()
    {
        var result = CardFileEdit.AddQuestion(TestKnowledge.PeacekeepersCard, "Berapa tentara Rusia dikirim?");

        Assert.True(result.Succeeded, result.Message);
        var expected = TestKnowledge.PeacekeepersCard.Replace(
            "questions: [Berapa penjaga perdamaian Rusia?, \"brp pasukan perdamaian, rusia\", How many Russian peacekeepers?, Berapa jumlah pasukan Rusia?] # short list\n",
            "questions: # short list\n  - \"Berapa penjaga perdamaian Rusia?\"\n  - \"brp pasukan perdamaian, rusia\"\n  - \"How many Russian peacekeepers?\"\n  - \"Berapa jumlah pasukan Rusia?\"\n  - \"Berapa tentara Rusia dikirim?\"\n",
            StringComparison.Ordinal);
        Assert.Equal(expected, result.Text);
    }

    [Fact]
    public void AddQuestion_FlowListOverSeveralLines_RefusesWithAClearMessage()
    {
        var text = "---\ntitle: T\nquestions: [satu?,\n  dua?]\nsources: [s]\n---\nJawaban.\n";

        var result = CardFileEdit.AddQuestion(text, "tiga?");

        Assert.False(result.Succeeded);
        Assert.Contains("spread over several lines", result.Message, StringComparison.Ordinal);
        Assert.Equal(text, result.Text);
    }

    [Theory]
    [InlineData("title: T\nquestions: [a]\n---\nJawaban.\n", "does not start with a '---'")]
    [InlineData("---\ntitle: T\nquestions: [a]\nJawaban.\n", "not closed")]
    [InlineData("---\ntitle: T\nsources: [s]\n---\nJawaban.\n", "no 'questions:' field")]
    [InlineData("---\ntitle: T\nquestions: satu\n---\nJawaban.\n", "not a list")]
    [InlineData("---\ntitle: [T\nquestions: [a]\n---\nJawaban.\n", "malformed YAML")]
    public void AddQuestion_UnusableFile_Refuses(string text, string reason)
    {
        var result = CardFileEdit.AddQuestion(text, "tiga?");

        Assert.False(result.Succeeded);
        Assert.Contains(reason, result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddQuestion_EmptyQuestionsField_StartsABlockList()
    {
        var text = "---\ntitle: T\nquestions:\nsources: [s]\n---\nJawaban.\n";

        var result = CardFileEdit.AddQuestion(text, "satu?");

        Assert.True(result.Succeeded, result.Message);
        Assert.Equal("---\ntitle: T\nquestions:\n  - \"satu?\"\nsources: [s]\n---\nJawaban.\n", result.Text);
    }

    [Fact]
    public void AddQuestion_ByteOrderMark_IsKept()
    {
        var text = "\uFEFF---\ntitle: T\nquestions:\n  - satu?\nsources: [s]\n---\nJawaban.\n";

        var result = CardFileEdit.AddQuestion(text, "dua?");

        Assert.True(result.Succeeded, result.Message);
        Assert.Equal("\uFEFF---\ntitle: T\nquestions:\n  - satu?\n  - \"dua?\"\nsources: [s]\n---\nJawaban.\n", result.Text);
    }
}
