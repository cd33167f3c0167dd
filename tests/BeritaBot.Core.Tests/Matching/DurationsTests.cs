using BeritaBot.Core.Matching;

namespace BeritaBot.Core.Tests.Matching;

public class DurationsTests
{
    [Theory]
    [InlineData("berapa lama perang itu berlangsung", true)]
    [InlineData("udh brp thn konflik ukraina", true)]
    [InlineData("how long did the war last", true)]
    [InlineData("how many years were they in power", true)]
    [InlineData("tahun berapa perang dimulai", false)]
    [InlineData("berapa korban perang", false)]
    [InlineData("how many people died", false)]
    [InlineData("omzet dagang brp taun lalu", false)]
    [InlineData("berapa tahun silam perang itu pecah", false)]
    [InlineData("berapa hari setelah pelantikan mereka bertemu", false)]
    [InlineData("how many days after the inauguration did they meet", false)]
    public void Asked_Question_TellsWhetherItAsksHowLong(string question, bool expected)
    {
        Assert.Equal(expected, Durations.Asked(TextNormalizer.Tokenize(question)));
    }

    [Theory]
    [InlineData("Perang berlangsung enam pekan.", true)]
    [InlineData("Mereka berkuasa tiga dekade.", true)]
    [InlineData("Konflik itu sudah puluhan tahun.", true)]
    [InlineData("Sejak Uni Soviet runtuh, Rusia menjadi sekutu Armenia.", true)]
    [InlineData("The visit lasted two days.", true)]
    [InlineData("Gencatan senjata ditandatangani pada 10 November 2020.", false)]
    [InlineData("Sekitar 2.000 tentara dikirim.", false)]
    [InlineData("Pada hari Rabu, sehari setelah pelantikan.", false)]
    [InlineData("They met two days before the summit.", false)]
    [InlineData("Ia ditahan tiga hari, lalu dibebaskan.", true)]
    public void Stated_Text_TellsWhetherItGivesALengthOfTime(string text, bool expected)
    {
        Assert.Equal(expected, Durations.Stated(text));
    }
}
