using BeritaBot.Core.Matching;

namespace BeritaBot.Core.Tests.Matching;

public class IntentDetectorTests
{
    [Theory]
    [InlineData("kapan gencatan senjata ditandatangani", QuestionIntent.Date)]
    [InlineData("what did putin say when pashinyan came to moscow", QuestionIntent.Statement)]
    [InlineData("the ceasefire was signed when", QuestionIntent.Date)]
    [InlineData("and who brokered it", QuestionIntent.Person)]
    [InlineData("kpn perang mulai", QuestionIntent.Date)]
    [InlineData("when was the ceasefire signed", QuestionIntent.Date)]
    [InlineData("tahun berapa perang dimulai", QuestionIntent.Date)]
    [InlineData("perang dimulai tahun berapa", QuestionIntent.Date)]
    [InlineData("tanggal berapa pakta ditandatangani", QuestionIntent.Date)]
    [InlineData("what year did the war start", QuestionIntent.Date)]
    [InlineData("berapa tahun perang berlangsung", QuestionIntent.Quantity)]
    [InlineData("berapa tentara tewas", QuestionIntent.Quantity)]
    [InlineData("brp korban", QuestionIntent.Quantity)]
    [InlineData("how many soldiers died", QuestionIntent.Quantity)]
    [InlineData("how old was the new chairman", QuestionIntent.Quantity)]
    [InlineData("how far is the border from the city", QuestionIntent.Quantity)]
    [InlineData("siapa Dmitry Peskov", QuestionIntent.Person)]
    [InlineData("sp yg jd penengah", QuestionIntent.Person)]
    [InlineData("who is Dmitry Peskov", QuestionIntent.Person)]
    [InlineData("dimana pangkalan militer rusia", QuestionIntent.Place)]
    [InlineData("apa komentar erick thohir soal peresmian", QuestionIntent.Statement)]
    [InlineData("apa tanggapan kremlin", QuestionIntent.Statement)]
    [InlineData("di mana pangkalan militer rusia", QuestionIntent.Place)]
    [InlineData("dmn pangkalan", QuestionIntent.Place)]
    [InlineData("di lapas mana dia ditahan", QuestionIntent.Place)]
    [InlineData("dari kota mana mereka datang", QuestionIntent.Place)]
    [InlineData("where is the base", QuestionIntent.Place)]
    [InlineData("kenapa armenia marah", QuestionIntent.Reason)]
    [InlineData("knp armenia marah", QuestionIntent.Reason)]
    [InlineData("mengapa armenia marah", QuestionIntent.Reason)]
    [InlineData("why is armenia angry", QuestionIntent.Reason)]
    [InlineData("bagaimana nasib shusha", QuestionIntent.Manner)]
    [InlineData("how did the war end", QuestionIntent.Manner)]
    [InlineData("apa itu csto", QuestionIntent.None)]
    [InlineData("pashinyan putin", QuestionIntent.None)]
    [InlineData("berapa nilai perdagangan pada tahun lalu", QuestionIntent.Quantity)]
    [InlineData("apa kata trenin tentang pembicaraan pada hari senin", QuestionIntent.Statement)]
    [InlineData("putin bilang apa ke pashinyan", QuestionIntent.Statement)]
    [InlineData("apa yang dikatakan peskov", QuestionIntent.Statement)]
    [InlineData("kapan peskov bilang ada masalah", QuestionIntent.Date)]
    [InlineData("siapa yang bilang rusia bisa membantu", QuestionIntent.Person)]
    [InlineData("kata orang perang itu lama", QuestionIntent.None)]
    [InlineData("what can you tell me about aliyev", QuestionIntent.None)]
    [InlineData("what does baku mean when the reports say baku did it", QuestionIntent.None)]
    [InlineData("pakta itu ditandatangani pada tahun", QuestionIntent.Date)]
    public void Detect_Question_GivesIntent(string question, QuestionIntent expected)
    {
        Assert.Equal(expected, IntentDetector.Detect(TextNormalizer.Tokenize(question)));
    }

    [Theory]
    [InlineData("apa nama pangkalan militer rusia", "nama")]
    [InlineData("di kota mana pangkalan itu", "kota")]
    [InlineData("berapa usia aliyev", "usia")]
    [InlineData("berapa jumlah penduduk armenia", "penduduk")]
    [InlineData("aliyev istrinya sp", "istrinya")]
    [InlineData("what is the name of the base", "name")]
    [InlineData("what's the name of the base", "name")]
    [InlineData("whats the name of the base", "name")]
    [InlineData("who's the wife of aliyev", "wife")]
    [InlineData("which city hosts the base", "city")]
    [InlineData("siapa nama istri aliyev", "istri")]
    [InlineData("siapa presiden azerbaijan sebelum aliyev", "sebelum")]
    [InlineData("who was russia's president before putin", "before")]
    [InlineData("siapa pengganti shoigu", "pengganti")]
    public void Detect_AttributeQuestion_FindsTheAttribute(string question, string attribute)
    {
        var tokens = TextNormalizer.Tokenize(question);
        var focus = new HashSet<int>();

        IntentDetector.Detect(tokens, framing: null, focus);

        Assert.Equal([attribute], focus.Select(i => tokens[i]));
    }

    [Theory]
    [InlineData("apa tujuan pertemuan di kremlin")]
    [InlineData("pihak mana yang menyerang")]
    [InlineData("siapa nama menlu rusia")]
    [InlineData("what did putin say about the city")]
    [InlineData("kota shusha direbut kapan")]
    [InlineData("kapan putin ke baku sebelum bertemu aliyev")]
    public void Detect_QuestionWithoutAttribute_FindsNone(string question)
    {
        var focus = new HashSet<int>();

        IntentDetector.Detect(TextNormalizer.Tokenize(question), framing: null, focus);

        Assert.Empty(focus);
    }

    [Theory]
    [InlineData("hari dan tanggal berapa petisi diserahkan", "hari", "tanggal")]
    [InlineData("what day and date was the petition handed over", "day", "date")]
    public void Detect_FramingWordsJoinedByAnd_FrameTheQuestionTogether(string question, string first, string second)
    {
        var tokens = TextNormalizer.Tokenize(question);
        var framing = new HashSet<int>();

        IntentDetector.Detect(tokens, framing);

        Assert.Equal([first, second], framing.Order().Select(i => tokens[i]));
    }

    [Fact]
    public void Detect_FramingWordJoinedToATopicWord_StaysATopic()
    {
        // "hari" here is the day the festival honours, not the day asked for: "dan budaya" frames nothing.
        var tokens = TextNormalizer.Tokenize("apa makna hari dan budaya itu");
        var framing = new HashSet<int>();

        IntentDetector.Detect(tokens, framing);

        Assert.Empty(framing);
    }
}
