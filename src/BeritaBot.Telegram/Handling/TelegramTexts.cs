namespace BeritaBot.Telegram.Handling;

/// <summary>The adapter's own wording (the core supplies everything about the knowledge and the answers).</summary>
public static class TelegramTexts
{
    public const string Flooded = "Pelan-pelan ya 🙂 Anda mengirim terlalu banyak pesan. Saya akan menjawab lagi sebentar lagi.";
    public const string AdminOnly = "Maaf, perintah ini hanya untuk admin.";
    public const string UnknownCommand = "Perintah tidak dikenal. Ketik /help untuk melihat yang bisa saya lakukan.";
    public const string AskUsage = "Tulis pertanyaan setelah /tanya, misalnya: /tanya apa yang terjadi?";
    public const string VoteThanks = "Terima kasih atas penilaian Anda!";
    public const string AlreadyVoted = "Anda sudah memberi penilaian";
    public const string ButtonExpired = "Tombol ini sudah kedaluwarsa. Silakan bertanya lagi.";
    public const string CardGone = "Kartu itu sudah tidak tersedia.";
    public const string TopicGone = "Topik itu sudah tidak ada.";
    public const string SourceGone = "Artikel itu sudah tidak ada.";
    public const string MessageTooOld = "Pesan ini terlalu lama. Silakan bertanya lagi.";
    public const string PhrasingAdded = "Frasa ditambahkan.";
    public const string PhrasingFailed = "Frasa tidak ditambahkan.";
    public const string AskContextPlatform = "telegram";

    public static string AdminOnlyWithId(long userId) =>
        FormattableString.Invariant($"{AdminOnly} ID Telegram Anda: {userId} (berikan kepada pengelola bot bila Anda perlu akses).");
}
