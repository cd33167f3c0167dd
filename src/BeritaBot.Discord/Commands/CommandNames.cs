namespace BeritaBot.Discord.Commands;

public static class CommandNames
{
    public const string Ask = "tanya";
    public const string AskQuestion = "pertanyaan";
    public const string Topics = "topik";
    public const string Sources = "sumber";
    public const string About = "tentang";
    public const string Timeline = "timeline";
    public const string TimelineKeyword = "kata_kunci";
    public const string Report = "laporan";
    public const string Reload = "reload";
}
