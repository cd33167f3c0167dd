using BeritaBot.Core.Knowledge.Caching;
using BeritaBot.Host.Cli;
using BeritaBot.Tests.Support;

namespace BeritaBot.Tests.Cli;

/// <summary>
/// <c>ask --json</c> with <c>Knowledge:CachePath</c>: the answers from the cache are the answers from the folder, byte
/// for byte, on the bundled knowledge with its eval set and on generated knowledge with its generated questions.
/// </summary>
public sealed class AskCacheTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "beritabot-tests", "ask-cache-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Fact]
    public async Task AskJsonBatch_BundledKnowledgeFromTheCache_PrintsExactlyWhatTheFolderGives()
    {
        var questions = Path.Combine(_root, "questions.txt");
        Directory.CreateDirectory(_root);
        var evalSet = Path.Combine(KnowledgeFolders.Real, "..", "tests", "BeritaBot.Core.Tests", "Eval", "eval-set.tsv");
        await File.WriteAllLinesAsync(questions, File.ReadLines(evalSet).Skip(1).Select(l => l.Split('\t')[^1]));

        await AssertCacheAnswersAlike(KnowledgeFolders.Real, questions);
    }

    [Fact]
    public async Task AskJsonBatch_GeneratedKnowledgeFromTheCache_PrintsExactlyWhatTheFolderGives()
    {
        var folder = Path.Combine(_root, "knowledge");
        var queries = Path.Combine(_root, "queries.tsv");
        var (generated, _, _) = await CliRunner.RunAsync(["generate-knowledge", "--cards", "400", "--out", folder, "--seed", "5", "--queries", queries]);
        Assert.Equal(BeritaBotCli.Success, generated);
        var questions = Path.Combine(_root, "questions.txt");
        await File.WriteAllLinesAsync(questions, File.ReadLines(queries).Skip(1).Select(l => l.Split('\t')[^1]));

        await AssertCacheAnswersAlike(folder, questions);
    }

    private async Task AssertCacheAnswersAlike(string knowledge, string questions)
    {
        var cachePath = Path.Combine(_root, "knowledge.cache");
        var withCache = new Dictionary<string, string?> { ["Knowledge:CachePath"] = cachePath };
        string[] ask = ["ask", "--json", "--batch", questions, "--knowledge", knowledge];

        var (plainExit, plain, _) = await CliRunner.RunAsync(ask);
        var (writingExit, writing, _) = await CliRunner.RunAsync(ask, overrides: withCache);
        var written = File.GetLastWriteTimeUtc(cachePath);
        var (readingExit, reading, _) = await CliRunner.RunAsync(ask, overrides: withCache);

        Assert.Equal([BeritaBotCli.Success, BeritaBotCli.Success, BeritaBotCli.Success], new[] { plainExit, writingExit, readingExit });
        Assert.NotEmpty(CliRunner.Lines(plain));
        Assert.Equal(plain, writing);
        Assert.Equal(plain, reading);
        Assert.Equal(written, File.GetLastWriteTimeUtc(cachePath)); // read, not rewritten
        Assert.True(new KnowledgeCache(cachePath).Load(knowledge).FromCache, "the runs left a cache of this folder");
    }
}
