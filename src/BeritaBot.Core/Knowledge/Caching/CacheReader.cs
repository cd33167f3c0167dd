using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Text;

namespace BeritaBot.Core.Knowledge.Caching;

/// <summary>
/// Reads what <see cref="CacheWriter"/> wrote, from one buffer. Every read is bounds-checked: a file that ends early or
/// holds a count larger than what is left throws <see cref="InvalidDataException"/>, never a half-built index.
/// The reads are compiled optimised at once: at start-up they run millions of times before tiered compilation
/// would get round to them.
/// </summary>
internal sealed class CacheReader
{
    private readonly byte[] _buffer;
    private readonly int _end;
    private readonly List<string> _strings = [];
    private readonly Func<string> _string;
    private readonly Func<int> _int;
    private readonly Func<bool> _bool;
    private int _position;

    public CacheReader(byte[] buffer, int start, int length)
    {
        _buffer = buffer;
        _position = start;
        _end = start + length;

        // Made once: a method group passed on each call would allocate a delegate per list, millions at 100,000 cards.
        _string = String;
        _int = Int;
        _bool = Bool;
    }

    public bool AtEnd => _position == _end;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int Int()
    {
        var result = 0;
        for (var shift = 0; shift < 35; shift += 7)
        {
            var b = Byte();
            result |= (b & 0x7F) << shift;
            if (b < 0x80)
            {
                return result;
            }
        }

        throw new InvalidDataException("a malformed integer");
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public long Long()
    {
        long result = 0;
        for (var shift = 0; shift < 70; shift += 7)
        {
            var b = Byte();
            result |= (long)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return result;
            }
        }

        throw new InvalidDataException("a malformed integer");
    }

    /// <summary>A count of items each at least <paramref name="minBytes"/> long: never more than the bytes left could hold.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int Count(int minBytes = 1)
    {
        var count = Int();
        if (count < 0 || (long)count * minBytes > _end - _position)
        {
            throw new InvalidDataException($"a count of {count} where {_end - _position} bytes are left");
        }

        return count;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public byte Byte()
    {
        Need(1);
        return _buffer[_position++];
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool Bool() => Byte() switch
    {
        0 => false,
        1 => true,
        var other => throw new InvalidDataException($"a boolean of {other}"),
    };

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public double Double()
    {
        Need(8);
        var value = BinaryPrimitives.ReadDoubleLittleEndian(_buffer.AsSpan(_position, 8));
        _position += 8;
        return value;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public Half Half()
    {
        Need(2);
        var value = BinaryPrimitives.ReadHalfLittleEndian(_buffer.AsSpan(_position, 2));
        _position += 2;
        return value;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public string? NullableString()
    {
        var tag = Int();
        switch (tag)
        {
            case 0:
                return null;
            case 1:
                // BinaryWriter.Write(string): a 7-bit length in bytes, then UTF-8.
                var length = Count();
                var value = Encoding.UTF8.GetString(_buffer, _position, length);
                _position += length;
                _strings.Add(value);
                return value;
            default:
                var number = tag - 2;
                return number < _strings.Count ? _strings[number] : throw new InvalidDataException($"string {number} before it was written");
        }
    }

    /// <summary>What <see cref="CacheWriter.Utf8"/> wrote, copied out as it is: no string is made of it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public byte[] Utf8()
    {
        var length = Count();
        var bytes = _buffer.AsSpan(_position, length).ToArray();
        _position += length;
        return bytes;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public string String() => NullableString() ?? throw new InvalidDataException("a null where a string must be");

    public string[] Strings() => Array(_string);

    public int[] Ints() => Array(_int);

    public bool[] Bools() => Array(_bool);

    /// <summary>A count, then that many items; no allocation for none (most cards' lists of open questions).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private T[] Array<T>(Func<T> read)
    {
        var count = Count();
        if (count == 0)
        {
            return [];
        }

        var values = new T[count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = read();
        }

        return values;
    }

    private void Need(int bytes)
    {
        if (_end - _position < bytes)
        {
            throw new InvalidDataException("the cache file ends early");
        }
    }
}
