using BeritaBot.Core.Knowledge;

namespace BeritaBot.Core.Matching;

/// <summary>
/// Replaces every spelling variant from aliases.yaml with its group's canonical form, longest match first, on
/// token sequences ("cease fire" → "gencatan senjata").
/// </summary>
internal sealed class AliasExpander
{
    private readonly Dictionary<string, List<(string[] Variant, string[] Canonical)>> _byFirstToken = new(StringComparer.Ordinal);

    /// <summary>Variants of several words that the lexicon lets a reader spell otherwise, by their first word's meaning.</summary>
    private readonly Dictionary<string, List<(string[] Variant, string[] Canonical)>> _looseByFirstKey = new(StringComparer.Ordinal);

    /// <param name="general">Groups from the general lexicon, applied where the knowledge's own aliases say nothing.</param>
    public AliasExpander(AliasTable aliases, IEnumerable<string[]>? general = null)
    {
        ArgumentNullException.ThrowIfNull(aliases);
        var own = aliases.Groups.SelectMany(g => g).Select(e => string.Join(' ', TextNormalizer.Tokenize(e))).ToHashSet(StringComparer.Ordinal);
        var generalGroups = (general ?? [])
            .Where(g => !g.Any(e => own.Contains(string.Join(' ', TextNormalizer.Tokenize(e)))))
            .Select(g => (IReadOnlyList<string>)g);
        foreach (var group in aliases.Groups.Concat(generalGroups))
        {
            var canonical = TextNormalizer.Tokenize(group[0]).ToArray();
            if (canonical.Length == 0)
            {
                continue;
            }

            foreach (var entry in group.Skip(1))
            {
                var variant = TextNormalizer.Tokenize(entry).ToArray();
                if (variant.Length == 0 || variant.SequenceEqual(canonical))
                {
                    continue;
                }

                VariantTokens.UnionWith(variant);
                if (!_byFirstToken.TryGetValue(variant[0], out var list))
                {
                    _byFirstToken[variant[0]] = list = [];
                }

                list.Add((variant, canonical));
                if (variant.Length > 1 && variant.Any(t => SynonymLexicon.ConceptOfWritten(t) is not null))
                {
                    var key = Key(variant[0]);
                    if (!_looseByFirstKey.TryGetValue(key, out var loose))
                    {
                        _looseByFirstKey[key] = loose = [];
                    }

                    loose.Add((variant, canonical));
                }
            }

            CanonicalTokens.UnionWith(canonical);
        }

        AddNameParts(aliases);
        foreach (var list in _byFirstToken.Values.Concat(_looseByFirstKey.Values))
        {
            list.Sort((a, b) => b.Variant.Length.CompareTo(a.Variant.Length));
        }
    }

    /// <summary>A word's meaning group in the general lexicon, or the word itself: "dolar" and "dollar" share one.</summary>
    private static string Key(string token) => SynonymLexicon.ConceptOfWritten(token) ?? token;

    /// <summary>The longest variant that starts at <paramref name="at"/> (the lists are sorted longest first), or none.</summary>
    private static (string[] Variant, string[] Canonical) FirstAt(List<(string[] Variant, string[] Canonical)> candidates, IReadOnlyList<string> tokens, int at, bool loosely)
    {
        foreach (var candidate in candidates)
        {
            if (loosely ? LooselyAt(tokens, at, candidate.Variant) : TokenRuns.StartsAt(tokens, at, candidate.Variant))
            {
                return candidate;
            }
        }

        return default;
    }

    /// <summary>
    /// A variant of several words met in the reader's own spelling of some of them ("dolar index" for "dollar index"):
    /// each word is the variant's or shares its meaning group, and at least one is the variant's own, so a phrase of
    /// synonyms alone ("pertemuan dewan gubernur" for "rapat dewan gubernur") is not taken for a name.
    /// </summary>
    private static bool LooselyAt(IReadOnlyList<string> tokens, int start, string[] variant)
    {
        if (start + variant.Length > tokens.Count)
        {
            return false;
        }

        var exact = 0;
        for (var j = 0; j < variant.Length; j++)
        {
            var token = tokens[start + j];
            if (token == variant[j])
            {
                exact++;
            }
            else if (SynonymLexicon.ConceptOfWritten(token) is not { } concept || concept != SynonymLexicon.ConceptOfWritten(variant[j]))
            {
                return false;
            }
        }

        return exact > 0 && exact < variant.Length;
    }

    /// <summary>
    /// An editor lists a person by the short form and the full name ("[semuel, semuel abrijani pangerapan]"), so every
    /// full name in the cards becomes the short form and the other parts vanish from the index; a reader who writes
    /// only "Pangerapan" would name nobody. Each such part alone reads as the short form too, when it is no everyday
    /// word, no other alias's word, and belongs to one group only.
    /// </summary>
    private void AddNameParts(AliasTable aliases)
    {
        var parts = new Dictionary<string, string[]?>(StringComparer.Ordinal);
        foreach (var group in aliases.Groups)
        {
            var canonical = TextNormalizer.Tokenize(group[0]).ToArray();
            if (canonical.Length == 0)
            {
                continue;
            }

            foreach (var entry in group.Skip(1))
            {
                var variant = TextNormalizer.Tokenize(entry).ToArray();
                if (variant.Length <= canonical.Length || !Enumerable.Range(0, variant.Length - canonical.Length + 1).Any(i => TokenRuns.StartsAt(variant, i, canonical)))
                {
                    continue;
                }

                foreach (var part in variant.Except(canonical, StringComparer.Ordinal))
                {
                    // A part two groups share names neither of them.
                    parts[part] = parts.TryGetValue(part, out var seen) && seen is not null && !seen.SequenceEqual(canonical) ? null : canonical;
                }
            }
        }

        foreach (var (part, canonical) in parts)
        {
            // "vladimir" starts "vladimir putin" already: alone it may read as Putin too, but not if it starts another's name.
            _byFirstToken.TryGetValue(part, out var starting);
            if (canonical is null || part.Length < 3 || part.Any(char.IsDigit) || CanonicalTokens.Contains(part)
                || (starting is not null && starting.Any(s => !s.Canonical.SequenceEqual(canonical)))
                || StopWords.All.Contains(part) || GeneralLexicon.Contains(part) || SynonymLexicon.ConceptOfWritten(part) is not null)
            {
                continue;
            }

            if (starting is null)
            {
                _byFirstToken[part] = starting = [];
            }

            starting.Add(([part], canonical));
            VariantTokens.Add(part);
        }
    }

    /// <summary>Every word that appears in a variant: known words for typo correction.</summary>
    public HashSet<string> VariantTokens { get; } = new(StringComparer.Ordinal);

    public HashSet<string> CanonicalTokens { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Returns the tokens with variants replaced. <paramref name="fromAlias"/> marks canonical words;
    /// <paramref name="sourceIndex"/> gives, for each output word, the input word it came from.
    /// </summary>
    public List<string> Expand(IReadOnlyList<string> tokens, out List<bool> fromAlias, out List<int> sourceIndex)
    {
        var result = new List<string>(tokens.Count);
        fromAlias = new List<bool>(tokens.Count);
        sourceIndex = new List<int>(tokens.Count);
        for (var i = 0; i < tokens.Count;)
        {
            var match = _byFirstToken.TryGetValue(tokens[i], out var candidates) ? FirstAt(candidates, tokens, i, loosely: false) : default;
            if (match.Variant is null && _looseByFirstKey.TryGetValue(Key(tokens[i]), out var loose))
            {
                match = FirstAt(loose, tokens, i, loosely: true);
            }

            if (match.Variant is { } variant)
            {
                result.AddRange(match.Canonical);
                fromAlias.AddRange(Enumerable.Repeat(true, match.Canonical.Length));
                sourceIndex.AddRange(Enumerable.Repeat(i, match.Canonical.Length));
                i += variant.Length;
            }
            else
            {
                result.Add(tokens[i]);
                fromAlias.Add(CanonicalTokens.Contains(tokens[i]));
                sourceIndex.Add(i);
                i++;
            }
        }

        return result;
    }
}
