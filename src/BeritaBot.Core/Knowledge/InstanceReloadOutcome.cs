namespace BeritaBot.Core.Knowledge;

/// <summary>How one instance took a reload that several instances share.</summary>
/// <param name="Instance">The instance's id (Storage:InstanceId, or host name and process id).</param>
/// <param name="Succeeded">It serves <paramref name="Version"/> now.</param>
/// <param name="Version">The content hash of the knowledge it serves now (see <see cref="KnowledgeVersion"/>).</param>
/// <param name="Message">What happened, for the admin: "reloaded", "already at this version", the first error, "no answer".</param>
public sealed record InstanceReloadOutcome(string Instance, bool Succeeded, string? Version, string Message);
