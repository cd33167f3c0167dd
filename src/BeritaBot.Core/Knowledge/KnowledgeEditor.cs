using System.Text;
using BeritaBot.Core.Knowledge.Editing;
using Microsoft.Extensions.Logging;

namespace BeritaBot.Core.Knowledge;

/// <summary>
/// Adds question phrasings to card files for admins: edits the one file as text, validates the whole folder with the
/// new text before anything is written, replaces the file atomically, then reloads the store.
/// </summary>
public sealed class KnowledgeEditor : IKnowledgeEditor
{
    public const int MaxQuestionLength = 300;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly IKnowledgeStore _store;
    private readonly ILogger<KnowledgeEditor> _logger;

    // One edit at a time in this process: two admins pressing buttons together must not both edit from the same text.
    private readonly Lock _gate = new();

    public KnowledgeEditor(IKnowledgeStore store, ILogger<KnowledgeEditor> logger)
    {
        _store = store;
        _logger = logger;
    }

    public KnowledgeEditResult AddPhrasing(string cardId, string question, string trigger)
    {
        ArgumentNullException.ThrowIfNull(cardId);
        ArgumentNullException.ThrowIfNull(question);
        ArgumentException.ThrowIfNullOrWhiteSpace(trigger);

        var phrasing = Clean(question);
        if (phrasing.Length == 0)
        {
            return Refused("The question is empty.");
        }

        if (phrasing.Length > MaxQuestionLength)
        {
            return Refused($"The question is {phrasing.Length} characters; a phrasing may be at most {MaxQuestionLength}.");
        }

        lock (_gate)
        {
            var snapshot = _store.Current;
            if (!snapshot.CardsById.TryGetValue(cardId, out var card))
            {
                return Refused($"There is no card '{cardId}'.");
            }

            var key = Fold(phrasing);
            if (card.Questions.Any(q => Fold(q) == key))
            {
                return Refused($"Card '{cardId}' already has this question.");
            }

            var owner = snapshot.Cards.FirstOrDefault(c => c.Questions.Any(q => Fold(q) == key));
            if (owner is not null)
            {
                return Refused($"This question is already a phrasing of card '{owner.Id}'; remove it there first if it belongs to '{cardId}'.");
            }

            return Edit(snapshot, card, phrasing, trigger);
        }
    }

    private KnowledgeEditResult Edit(KnowledgeSnapshot snapshot, Card card, string phrasing, string trigger)
    {
        var path = Path.GetFullPath(card.FilePath);
        byte[] original;
        string text;
        try
        {
            original = File.ReadAllBytes(path);
            text = StrictUtf8.GetString(original);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or DecoderFallbackException)
        {
            _logger.LogWarning(ex, "Could not read card file {File} to add a phrasing", path);
            return Refused($"The card file {card.FilePath} could not be read: {ex.Message}");
        }

        var edit = CardFileEdit.AddQuestion(text, phrasing);
        if (!edit.Succeeded)
        {
            return Refused($"Card '{card.Id}' was not changed: {edit.Message}.");
        }

        // Validate the folder as it would be with the new text, before touching the disk.
        var overrides = new Dictionary<string, string> { [path] = edit.Text.TrimStart('\uFEFF') };
        KnowledgeLoadResult check;
        try
        {
            check = KnowledgeLoader.Load(snapshot.Folder, overrides);
        }
        catch (InvalidOperationException ex)
        {
            // YamlDotNet's scanner throws this for some malformed files that the loader does not catch yet.
            _logger.LogWarning(ex, "Validating the knowledge folder {Folder} failed", snapshot.Folder);
            return Refused($"Card '{card.Id}' was not changed, because the knowledge could not be validated: {ex.Message}");
        }

        if (!check.Succeeded)
        {
            var errors = check.Errors.Take(5).Select(e => e.ToString());
            return Refused($"Card '{card.Id}' was not changed, because the knowledge would not load: {string.Join("; ", errors)}");
        }

        var temporary = Path.Combine(Path.GetDirectoryName(path)!, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            // Another editor may have saved the file since it was read; never overwrite their work.
            if (!File.ReadAllBytes(path).AsSpan().SequenceEqual(original))
            {
                return Refused($"Card '{card.Id}' was not changed: its file changed meanwhile; try again.");
            }

            File.WriteAllBytes(temporary, StrictUtf8.GetBytes(edit.Text));
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            _logger.LogWarning(ex, "Could not write card file {File} to add a phrasing", path);
            TryDelete(temporary);
            return Refused($"Card '{card.Id}' was not changed: its file could not be written: {ex.Message}");
        }

        _logger.LogInformation("Added a phrasing to card {CardId} in {File} for {Trigger}", card.Id, path, trigger);
        var reload = _store.Reload(trigger);
        if (!reload.Succeeded)
        {
            var errors = reload.Errors.Take(5).Select(e => e.ToString());
            return new KnowledgeEditResult(
                false,
                $"The question was saved to {card.FilePath}, but the reload failed, so the bot still serves the previous knowledge: {string.Join("; ", errors)}",
                reload);
        }

        return new KnowledgeEditResult(true, $"Added \"{phrasing}\" to card '{card.Id}' ({reload.Diff}).", reload);
    }

    private static KnowledgeEditResult Refused(string message) => new(false, message);

    /// <summary>One line, single spaces: a phrasing comes from chat and may carry line breaks or stray spacing.</summary>
    private static string Clean(string question)
    {
        var builder = new StringBuilder(question.Length);
        foreach (var part in question.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (builder.Length > 0)
            {
                builder.Append(' ');
            }

            builder.Append(part);
        }

        return builder.ToString();
    }

    /// <summary>What makes two phrasings the same for the duplicate check: case, spacing, end punctuation.</summary>
    private static string Fold(string question) => Clean(question).TrimEnd('?', '!', '.', ' ').ToLowerInvariant();

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Left-over temp files start with '.' and end in .tmp, so the loader never reads them.
        }
    }
}
