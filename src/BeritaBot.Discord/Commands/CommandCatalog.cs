using BeritaBot.Discord.Payloads;

namespace BeritaBot.Discord.Commands;

/// <summary>The slash commands the bot registers.</summary>
public static class CommandCatalog
{
    private const int StringOption = 3;

    /// <summary>The ADMINISTRATOR bit: admin commands are hidden from other members by default.</summary>
    public const string AdministratorPermission = "8";

    public static IReadOnlyList<ApplicationCommand> All { get; } =
    [
        new()
        {
            Name = CommandNames.Ask,
            Description = "Tanyakan sesuatu tentang liputan berita",
            Options = [new(StringOption, CommandNames.AskQuestion, "Pertanyaan Anda", Required: true, Autocomplete: true)],
        },
        new() { Name = CommandNames.Topics, Description = "Daftar kartu pengetahuan menurut topik" },
        new() { Name = CommandNames.Sources, Description = "Artikel sumber dan kartu dari tiap artikel" },
        new() { Name = CommandNames.About, Description = "Apa BeritaBot dan cara memakainya" },
        new()
        {
            Name = CommandNames.Timeline,
            Description = "Kronologi peristiwa, urut tanggal",
            Options = [new(StringOption, CommandNames.TimelineKeyword, "Hanya peristiwa yang cocok dengan kata kunci ini")],
        },
        new()
        {
            Name = CommandNames.Report,
            Description = "Laporan redaksi: pertanyaan tak terjawab dan jawaban kurang membantu (admin)",
            DefaultMemberPermissions = AdministratorPermission,
        },
        new()
        {
            Name = CommandNames.Reload,
            Description = "Muat ulang folder pengetahuan (admin)",
            DefaultMemberPermissions = AdministratorPermission,
        },
    ];
}
