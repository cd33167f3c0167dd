namespace BeritaBot.Insights.Tests.Knowledge;

/// <summary>Writes a small, valid knowledge folder (one source, two cards) for editing and watching tests.</summary>
public static class TestKnowledge
{
    public const string CeasefireCard = """
        ---
        title: Gencatan senjata 10 November 2020
        # phrasings people use
        questions:
          - Kapan gencatan senjata ditandatangani?
          - "Siapa yang menengahi gencatan senjata?"
          - kpn gencatan senjata ditandatangani
          - >-
            When was the ceasefire
            signed?
        sources: [sumber-satu]
        keywords: [gencatan senjata, ceasefire]
        tags: [gencatan-senjata]
        answer_en: Armenia and Azerbaijan signed a ceasefire on 10 November 2020.
        ---
        Armenia dan Azerbaijan menandatangani gencatan senjata pada 10 November 2020.

        Paragraf kedua   dengan spasi aneh.   

        """;

    public const string PeacekeepersCard = """
        ---
        title: Penjaga perdamaian Rusia
        questions: [Berapa penjaga perdamaian Rusia?, "brp pasukan perdamaian, rusia", How many Russian peacekeepers?, Berapa jumlah pasukan Rusia?] # short list
        sources:
          - sumber-satu
        tags: [penjaga-perdamaian]
        ---
        Rusia mengirim 2.000 penjaga perdamaian.
        """;

    public static string Create(string root)
    {
        var folder = Path.Combine(root, "knowledge");
        Directory.CreateDirectory(Path.Combine(folder, "cards"));
        File.WriteAllText(Path.Combine(folder, "sources.yaml"), """
            sources:
              - id: sumber-satu
                outlet: Kompas.com
                title: Contoh artikel
                published: 2020-11-21
            """);
        File.WriteAllText(CardPath(folder, "gencatan-senjata"), CeasefireCard);
        File.WriteAllText(CardPath(folder, "penjaga-perdamaian"), PeacekeepersCard);
        return folder;
    }

    public static string CardPath(string folder, string id) => Path.Combine(folder, "cards", id + ".md");
}
