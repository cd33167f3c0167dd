using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace BeritaBot.Benchmarks.Lucene;

/// <summary>How the analysed texts are laid out in Lucene documents.</summary>
internal enum LuceneLayout
{
    /// <summary>Every text in one field <c>all</c>: plain BM25 over the whole card.</summary>
    OneField,

    /// <summary>One field per card field (<see cref="AnalysedCards"/>), queried with per-field boosts.</summary>
    PerField,
}

/// <summary>
/// A Lucene.Net index of the cards, one document per card with document id = card ordinal (one segment, written in
/// order), fed our analyzer's terms through a whitespace analyzer, searched with <see cref="BM25Similarity"/>.
/// </summary>
internal sealed class LuceneCardIndex : IDisposable
{
    public const string AllField = "all";
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>Frequencies but no positions: our index keeps none either, and positions would only cost memory.</summary>
    private static readonly FieldType TermsOnly = CreateTermsOnly();

    private readonly DirectoryReader _reader;

    private LuceneCardIndex(LuceneDirectory directory, DirectoryReader reader)
    {
        Directory = directory;
        _reader = reader;
        Searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };
    }

    public LuceneDirectory Directory { get; }

    public IndexSearcher Searcher { get; }

    public int DocumentCount => _reader.MaxDoc;

    /// <summary>Writes the cards into <paramref name="directory"/> and opens a reader on it.</summary>
    public static LuceneCardIndex Build(LuceneDirectory directory, List<(string Field, string Terms)>[] cards, LuceneLayout layout)
    {
        Write(directory, cards, layout);
        return Open(directory);
    }

    public static void Write(LuceneDirectory directory, List<(string Field, string Terms)>[] cards, LuceneLayout layout)
    {
        using var analyzer = new WhitespaceAnalyzer(Version);
        var config = new IndexWriterConfig(Version, analyzer)
        {
            OpenMode = OpenMode.CREATE,
            Similarity = new BM25Similarity(),
            RAMBufferSizeMB = 64,

            // Merging only neighbouring segments keeps documents in the order written: document id = card ordinal.
            MergePolicy = new LogDocMergePolicy(),
        };
        using var writer = new IndexWriter(directory, config);
        foreach (var texts in cards)
        {
            var document = new Document();
            foreach (var (field, terms) in texts)
            {
                document.Add(new Field(layout == LuceneLayout.OneField ? AllField : field, terms, TermsOnly));
            }

            writer.AddDocument(document);
        }

        writer.ForceMerge(1);
        writer.Commit();
    }

    public static LuceneCardIndex Open(LuceneDirectory directory) => new(directory, DirectoryReader.Open(directory));

    /// <summary>The top <paramref name="count"/> card ordinals, best first (ties by ordinal, as Lucene breaks them).</summary>
    public int[] Top(Query query, int count)
    {
        var hits = Searcher.Search(query, count).ScoreDocs;
        var result = new int[hits.Length];
        for (var i = 0; i < hits.Length; i++)
        {
            result[i] = hits[i].Doc;
        }

        return result;
    }

    public void Dispose()
    {
        _reader.Dispose();
        Directory.Dispose();
    }

    private static FieldType CreateTermsOnly()
    {
        var type = new FieldType
        {
            IsIndexed = true,
            IsTokenized = true,
            IsStored = false,
            IndexOptions = IndexOptions.DOCS_AND_FREQS,
        };
        type.Freeze();
        return type;
    }
}
