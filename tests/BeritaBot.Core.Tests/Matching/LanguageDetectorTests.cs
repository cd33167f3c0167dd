using BeritaBot.Core.Answering;
using BeritaBot.Core.Matching;

namespace BeritaBot.Core.Tests.Matching;

public class LanguageDetectorTests
{
    [Theory]
    [InlineData("When was the ceasefire signed?", AnswerLanguage.English)]
    [InlineData("Who is Dmitry Peskov?", AnswerLanguage.English)]
    [InlineData("how many soldiers died in the war", AnswerLanguage.English)]
    [InlineData("Kapan gencatan senjata ditandatangani?", AnswerLanguage.Indonesian)]
    [InlineData("sp yg jd penengah gencatan senjata?", AnswerLanguage.Indonesian)]
    [InlineData("siapa Dmitry Peskov", AnswerLanguage.Indonesian)]
    [InlineData("Pashinyan Putin", AnswerLanguage.Indonesian)]
    [InlineData("Karabakh", AnswerLanguage.Indonesian)]
    [InlineData("", AnswerLanguage.Indonesian)]
    public void Detect_Question_GivesLanguage(string question, AnswerLanguage expected)
    {
        Assert.Equal(expected, LanguageDetector.Detect(TextNormalizer.Tokenize(question)));
    }
}
