using System.Globalization;
using BeritaBot.Core.Knowledge;

namespace BeritaBot.Core.Presentation;

/// <summary>A reload's outcome as admins read it, in every front end.</summary>
/// <param name="Summary">One line: what happened and how long it took.</param>
/// <param name="Details">Which cards changed and the warnings (success), or every error (failure).</param>
public sealed record ReloadView(bool Succeeded, string Summary, IReadOnlyList<string> Details)
{
    public static ReloadView From(ReloadResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var ms = result.Duration.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture);
        if (!result.Succeeded)
        {
            return new ReloadView(
                false,
                "Muat ulang gagal; pengetahuan lama tetap dipakai. Perbaiki kesalahan ini:",
                result.Errors.Select(p => p.ToString()).ToArray());
        }

        var diff = result.Diff;
        var summary = diff.IsEmpty
            ? $"Pengetahuan dimuat ulang ({ms} ms): tidak ada kartu yang berubah."
            : string.Create(CultureInfo.InvariantCulture, $"Pengetahuan dimuat ulang ({ms} ms): {diff.Added.Count} ditambah, {diff.Changed.Count} diubah, {diff.Removed.Count} dihapus.");
        var details = new List<string>();
        AddIds(details, "Ditambah", diff.Added);
        AddIds(details, "Diubah", diff.Changed);
        AddIds(details, "Dihapus", diff.Removed);
        details.AddRange(result.Problems.Where(p => !p.IsError).Select(p => "⚠ " + p));
        return new ReloadView(true, summary, details);
    }

    private static void AddIds(List<string> lines, string label, IReadOnlyList<string> ids)
    {
        if (ids.Count > 0)
        {
            lines.Add($"{label}: {string.Join(", ", ids)}");
        }
    }
}
