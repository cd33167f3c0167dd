using Telegram.Bot.Types;

namespace BeritaBot.Telegram.Handling;

/// <summary>The commands the bot understands, as registered with setMyCommands.</summary>
public static class BotCommands
{
    public const string Start = "start";
    public const string Help = "help";
    public const string Ask = "tanya";
    public const string Topics = "topik";
    public const string Sources = "sumber";
    public const string Timeline = "timeline";
    public const string Reload = "reload";
    public const string Report = "laporan";

    public static IReadOnlyList<BotCommand> Menu { get; } =
    [
        new(Ask, "Ajukan pertanyaan tentang liputan"),
        new(Topics, "Daftar topik dan pertanyaannya"),
        new(Sources, "Artikel yang menjadi sumber jawaban"),
        new(Timeline, "Peristiwa menurut tanggal, bisa dengan kata kunci"),
        new(Help, "Apa yang saya ketahui dan cara bertanya"),
        new(Start, "Mulai dan lihat bantuan"),
        new(Reload, "Admin: muat ulang pengetahuan"),
        new(Report, "Admin: laporan pertanyaan tak terjawab"),
    ];
}
