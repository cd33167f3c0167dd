namespace BeritaBot.Core.Matching;

/// <summary>
/// Per card, a sorted set of term ids, every card's set in one array with its start offsets: two objects for the
/// whole index rather than one array per card, which at 100,000 cards costs megabytes in headers alone.
/// </summary>
internal sealed class CardTermRuns
{
    private readonly int[] _starts;
    private readonly int[] _ids;

    /// <param name="starts">Where card c's run begins in <paramref name="ids"/>; one more entry than cards, the last the end.</param>
    /// <param name="ids">The runs, each sorted.</param>
    public CardTermRuns(int[] starts, int[] ids)
    {
        _starts = starts;
        _ids = ids;
    }

    public static CardTermRuns Empty { get; } = new([0], []);

    public int[] Starts => _starts;

    public int[] Ids => _ids;

    /// <summary>How many cards have a run.</summary>
    public int Cards => _starts.Length - 1;

    /// <summary>Whether the offsets rise and end at the runs' end, as a file read back must before it is trusted.</summary>
    public bool IsWellFormed => _starts.Length > 0 && _starts[0] == 0 && _starts[^1] == _ids.Length
        && _starts.Zip(_starts.Skip(1)).All(p => p.First <= p.Second);

    public static CardTermRuns From(IReadOnlyList<int[]> sortedPerCard)
    {
        var starts = new int[sortedPerCard.Count + 1];
        for (var c = 0; c < sortedPerCard.Count; c++)
        {
            starts[c + 1] = starts[c] + sortedPerCard[c].Length;
        }

        var ids = new int[starts[^1]];
        for (var c = 0; c < sortedPerCard.Count; c++)
        {
            sortedPerCard[c].CopyTo(ids, starts[c]);
        }

        return new CardTermRuns(starts, ids);
    }

    /// <summary>How many terms card <paramref name="card"/> has in its run.</summary>
    public int CountOf(int card) => _starts[card + 1] - _starts[card];

    public bool Contains(int card, int termId) =>
        Array.BinarySearch(_ids, _starts[card], _starts[card + 1] - _starts[card], termId) >= 0;
}
