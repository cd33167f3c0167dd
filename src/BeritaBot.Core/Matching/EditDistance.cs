namespace BeritaBot.Core.Matching;

/// <summary>Edit-distance checks for short words.</summary>
internal static class EditDistance
{
    /// <summary>
    /// Whether <paramref name="a"/> becomes <paramref name="b"/> by at most one insertion, deletion, substitution or
    /// swap of neighbouring letters: the slips people make when typing fast.
    /// </summary>
    public static bool AtMostOne(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }

        var start = 0;
        while (start < a.Length && start < b.Length && a[start] == b[start])
        {
            start++;
        }

        var endA = a.Length;
        var endB = b.Length;
        while (endA > start && endB > start && a[endA - 1] == b[endB - 1])
        {
            endA--;
            endB--;
        }

        var restA = endA - start;
        var restB = endB - start;
        if (restA <= 1 && restB <= 1)
        {
            return true;
        }

        return restA == 2 && restB == 2 && a[start] == b[start + 1] && a[start + 1] == b[start];
    }
}
