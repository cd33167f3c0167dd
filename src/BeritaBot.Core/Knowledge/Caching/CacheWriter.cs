using System.Text;

namespace BeritaBot.Core.Knowledge.Caching;

/// <summary>
/// Writes the cache's primitives: 7-bit encoded integers, raw doubles, and strings written once and referred to by
/// number after that, so a phrasing's text and the card question it came from read back as one string.
/// </summary>
internal sealed class CacheWriter : IDisposable
{
    /// <summary>Written before a string's bytes the first time it appears; a null string is 0, a repeat is its number + 2.</summary>
    private const int NewString = 1;

    private readonly BinaryWriter _writer;
    private readonly Dictionary<string, int> _strings = new(StringComparer.Ordinal);
    private readonly Action<string> _string;
    private readonly Action<int> _int;
    private readonly Action<bool> _bool;

    public CacheWriter(Stream stream)
    {
        _writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        _string = String;
        _int = Int;
        _bool = Bool;
    }

    public void Int(int value) => _writer.Write7BitEncodedInt(value);

    public void Long(long value) => _writer.Write7BitEncodedInt64(value);

    public void Byte(byte value) => _writer.Write(value);

    public void Bool(bool value) => _writer.Write(value);

    /// <summary>The exact bits: an idf read back must score exactly as the one computed.</summary>
    public void Double(double value) => _writer.Write(value);

    public void Half(Half value) => _writer.Write(value);

    public void Bytes(ReadOnlySpan<byte> bytes) => _writer.Write(bytes);

    /// <summary>Text already held as UTF-8: its length, then the bytes as they are (not shared like <see cref="String"/>).</summary>
    public void Utf8(ReadOnlySpan<byte> text)
    {
        Int(text.Length);
        _writer.Write(text);
    }

    public void String(string? value)
    {
        if (value is null)
        {
            Int(0);
            return;
        }

        if (_strings.TryGetValue(value, out var number))
        {
            Int(number + 2);
            return;
        }

        _strings.Add(value, _strings.Count);
        Int(NewString);
        _writer.Write(value);
    }

    public void Strings(IReadOnlyList<string> values) => Items(values, _string);

    public void Ints(IReadOnlyList<int> values) => Items(values, _int);

    public void Bools(IReadOnlyList<bool> values) => Items(values, _bool);

    public void Dispose() => _writer.Dispose();

    private void Items<T>(IReadOnlyList<T> values, Action<T> write)
    {
        Int(values.Count);
        foreach (var value in values)
        {
            write(value);
        }
    }
}
