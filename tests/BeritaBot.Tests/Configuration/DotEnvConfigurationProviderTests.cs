using BeritaBot.Host.Configuration;

namespace BeritaBot.Tests.Configuration;

public class DotEnvConfigurationProviderTests
{
    [Theory]
    [InlineData("KEY=value", "KEY", "value")]
    [InlineData("KEY=   # what it is", "KEY", "")]
    [InlineData("KEY=#", "KEY", "")]
    [InlineData("  KEY = value  ", "KEY", "value")]
    [InlineData("export KEY=value", "KEY", "value")]
    [InlineData("export   KEY=value", "KEY", "value")]
    [InlineData("KEY=\"quoted value\"", "KEY", "quoted value")]
    [InlineData("KEY='single quoted'", "KEY", "single quoted")]
    [InlineData("KEY=\"has # hash\"", "KEY", "has # hash")]
    [InlineData("KEY=value # a comment", "KEY", "value")]
    [InlineData("KEY=abc#def", "KEY", "abc#def")]
    [InlineData("KEY=", "KEY", "")]
    [InlineData("KEY=a=b=c", "KEY", "a=b=c")]
    [InlineData("Telegram__BotToken=123:abc", "Telegram:BotToken", "123:abc")]
    [InlineData("Matching__Threshold=0.6", "Matching:Threshold", "0.6")]
    [InlineData("A__B__C=x", "A:B:C", "x")]
    [InlineData("KEY=\"unbalanced", "KEY", "\"unbalanced")]
    public void Parse_Line_GivesKeyAndValue(string line, string key, string value)
    {
        var pair = Assert.Single(DotEnvConfigurationProvider.Parse([line]));

        Assert.Equal(key, pair.Key);
        Assert.Equal(value, pair.Value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("# a comment")]
    [InlineData("   # indented comment")]
    [InlineData("no equals sign")]
    [InlineData("=value without key")]
    public void Parse_LineWithoutSetting_IsSkipped(string line)
    {
        Assert.Empty(DotEnvConfigurationProvider.Parse([line]));
    }

    [Fact]
    public void Parse_File_KeepsOrderAndLastWins()
    {
        var pairs = DotEnvConfigurationProvider.Parse(["# settings", "A=1", "", "B=2", "A=3"]).ToList();

        Assert.Equal([("A", "1"), ("B", "2"), ("A", "3")], pairs);
    }

    [Fact]
    public void Load_FileOnDisk_FillsConfigurationWithSections()
    {
        var path = Path.Combine(Path.GetTempPath(), "beritabot-host-tests", Guid.NewGuid().ToString("N") + ".env");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllLines(path, ["Matching__Threshold=0.6", "export Knowledge__Watch=true"]);
        try
        {
            var provider = new DotEnvConfigurationProvider(path);
            provider.Load();

            Assert.True(provider.TryGet("Matching:Threshold", out var threshold));
            Assert.Equal("0.6", threshold);
            Assert.True(provider.TryGet("knowledge:watch", out var watch));
            Assert.Equal("true", watch);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Load_MissingFile_IsEmpty()
    {
        var provider = new DotEnvConfigurationProvider(Path.Combine(Path.GetTempPath(), "no-such-" + Guid.NewGuid().ToString("N") + ".env"));
        provider.Load();

        Assert.False(provider.TryGet("anything", out _));
    }
}
