using System.Globalization;
using BeritaBot.Core.Knowledge;

namespace BeritaBot.Core.Presentation;

/// <summary>A reload's outcome as admins read it, in every front end.</summary>
/// <param name="Summary">One line: what happened and how long it took.</param>
/// <param name="Changes">Which cards were added, changed and removed (success only).</param>
/// <param name="Problems">Every error (failure), or the warnings (success).</param>
/// <param name="Instances">With several instances sharing a store, how each took the reload: "instans a: reloaded".</param>
public sealed record ReloadView(
    bool Succeeded,
    string Summary,
    IReadOnlyList<ReloadChange> Changes,
    IReadOnlyList<KnowledgeProblem> Problems,
    IReadOnlyList<string> Instances)
{
    /// <summary>"Peringatan" over the warnings of a reload that succeeded, "Kesalahan" over the errors of one that did not.</summary>
    public string ProblemsHeading => Succeeded ? "Peringatan" : "Kesalahan";

    /// <summary>Everything below the summary as plain lines, for front ends without markup.</summary>
    public IEnumerable<string> Details => Changes.Select(c => c.Plain)
        .Concat(Problems.Select(p => (p.IsError ? "• " : "⚠ ") + p))
        .Concat(Instances);

    public static ReloadView From(ReloadResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var ms = result.Duration.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture);
        var instances = result.Instances.Select(i => $"instans {i.Instance}: {i.Message}").ToArray();
        if (!result.Succeeded)
        {
            return new ReloadView(false, "Muat ulang gagal; pengetahuan lama tetap dipakai. Perbaiki kesalahan ini:", [], result.Errors.ToArray(), instances);
        }

        var diff = result.Diff;
        var summary = diff.IsEmpty
            ? $"Pengetahuan dimuat ulang ({ms} ms): tidak ada kartu yang berubah."
            : string.Create(CultureInfo.InvariantCulture, $"Pengetahuan dimuat ulang ({ms} ms): {diff.Added.Count} ditambah, {diff.Changed.Count} diubah, {diff.Removed.Count} dihapus.");
        ReloadChange[] changes =
        [
            new("Ditambah", diff.Added),
            new("Diubah", diff.Changed),
            new("Dihapus", diff.Removed),
        ];
        return new ReloadView(true, summary, changes.Where(c => c.CardIds.Count > 0).ToArray(), result.Problems.Where(p => !p.IsError).ToArray(), instances);
    }
}
