namespace BeritaBot.Core.Knowledge.Editing;

/// <summary>The card file's new text, or why the edit was refused (then <see cref="Text"/> is the original).</summary>
public sealed record CardFileEditResult(bool Succeeded, string Text, string Message);
