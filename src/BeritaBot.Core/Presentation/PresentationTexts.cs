using BeritaBot.Core.Answering;

namespace BeritaBot.Core.Presentation;

/// <summary>The labels every front end shows, written once, in both languages the bot answers in.</summary>
public static class PresentationTexts
{
    /// <summary>The heading of the editors' report, on the command line and in every chat.</summary>
    public const string ReportHeading = "Laporan redaksi";

    public const string TopicsHeading = "Topik";

    public const string SourcesListHeading = "Sumber";

    public const string TimelineHeading = "Kronologi";

    public static string Sources(AnswerLanguage language) => language == AnswerLanguage.English ? "Sources" : "Sumber";

    public static string SeeAlso(AnswerLanguage language) => language == AnswerLanguage.English ? "See also" : "Lihat juga";

    public static string DidYouMean(AnswerLanguage language) => language == AnswerLanguage.English ? "Did you mean" : "Mungkin maksud Anda";

    /// <summary>The hint after a follow-up heading where a number can be typed (the console chat).</summary>
    public static string TypeTheNumber(AnswerLanguage language) => language == AnswerLanguage.English ? "type the number" : "ketik nomornya";

    public static string Voted(bool alreadyVoted) => alreadyVoted
        ? "Anda sudah memberi penilaian untuk jawaban ini."
        : "Terima kasih atas penilaian Anda!";

    public const string VoteExpired = "Penilaian untuk jawaban ini sudah kedaluwarsa. Terima kasih!";

    public const string Helpful = "Membantu";

    public const string NotHelpful = "Tidak membantu";
}
