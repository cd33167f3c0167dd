namespace BeritaBot.Core.Knowledge;

/// <summary>Edits card files on behalf of admins, keeping the rest of each file as it was.</summary>
public interface IKnowledgeEditor
{
    /// <summary>
    /// Adds a question phrasing to a card's file, validates the folder and reloads. Writes nothing when the
    /// result would not validate.
    /// </summary>
    /// <param name="trigger">Who asked, for the audit log.</param>
    KnowledgeEditResult AddPhrasing(string cardId, string question, string trigger);
}
