using System.Text;

namespace BeritaBot.Core.Knowledge.Loading;

/// <summary>Reads knowledge files defensively: size-capped, strictly UTF-8, BOM tolerated.</summary>
internal static class KnowledgeFileReader
{
    public const long MaxFileBytes = 256 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <returns>The text, or null after reporting why the file was rejected.</returns>
    public static string? Read(string path, string displayName, ProblemCollector problems, IReadOnlyDictionary<string, string>? overrides)
    {
        if (overrides is not null && overrides.TryGetValue(Path.GetFullPath(path), out var replaced))
        {
            return replaced;
        }

        byte[] bytes;
        try
        {
            var length = new FileInfo(path).Length;
            if (length > MaxFileBytes)
            {
                problems.Error(displayName, 1, $"file is {length / 1024} KiB; knowledge files may be at most {MaxFileBytes / 1024} KiB");
                return null;
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (IOException ex)
        {
            problems.Error(displayName, 1, "cannot read file: " + ex.Message);
            return null;
        }
        catch (UnauthorizedAccessException ex)
        {
            problems.Error(displayName, 1, "cannot read file: " + ex.Message);
            return null;
        }

        try
        {
            var text = StrictUtf8.GetString(bytes);
            return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
        }
        catch (DecoderFallbackException ex)
        {
            var line = 1 + bytes.AsSpan(0, Math.Clamp(ex.Index, 0, bytes.Length)).Count((byte)'\n');
            problems.Error(displayName, line, "file is not valid UTF-8 text; save it as UTF-8");
            return null;
        }
    }
}
