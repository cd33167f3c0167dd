namespace BeritaBot.Core.Presentation;

/// <summary>One kind of change a reload made: "Ditambah (2): kartu-a, kartu-b".</summary>
public sealed record ReloadChange(string Label, IReadOnlyList<string> CardIds)
{
    public string Plain => $"{Label} ({CardIds.Count}): {string.Join(", ", CardIds)}";
}
