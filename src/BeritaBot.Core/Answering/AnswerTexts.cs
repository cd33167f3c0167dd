namespace BeritaBot.Core.Answering;

/// <summary>The bot's own sentences, in both languages it answers in.</summary>
internal static class AnswerTexts
{
    public static string NotFound(AnswerLanguage language) => language == AnswerLanguage.English
        ? "Sorry, I don't have an answer to that yet."
        : "Maaf, saya belum punya jawaban untuk itu.";

    public static string Empty(AnswerLanguage language) => language == AnswerLanguage.English
        ? "Please type a question about the coverage."
        : "Silakan tulis pertanyaan Anda tentang liputan ini.";

    public static string NoWords(AnswerLanguage language) => language == AnswerLanguage.English
        ? "I can only read questions written in words. Please type your question."
        : "Saya hanya bisa membaca pertanyaan berupa kata-kata. Silakan ketik pertanyaan Anda.";

    public static string TooLong(int max, AnswerLanguage language) => language == AnswerLanguage.English
        ? $"That question is too long (at most {max:N0} characters). Please shorten it."
        : $"Pertanyaannya terlalu panjang (maksimal {max:N0} karakter). Silakan persingkat.";

    public static string TooVague(AnswerLanguage language) => language == AnswerLanguage.English
        ? "Could you be more specific? Ask about a person, place, event or number from the coverage."
        : "Bisa lebih spesifik? Tanyakan tentang tokoh, tempat, peristiwa, atau angka dari liputan ini.";

    public static string CardGone(AnswerLanguage language) => language == AnswerLanguage.English
        ? "That card is no longer in the knowledge. Please ask your question again."
        : "Kartu itu sudah tidak ada di basis pengetahuan. Silakan ajukan pertanyaan Anda lagi.";

    public static string LaterDevelopment(AnswerLanguage language) => language == AnswerLanguage.English
        ? "Later development"
        : "Perkembangan selanjutnya";
}
