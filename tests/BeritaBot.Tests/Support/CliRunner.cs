using BeritaBot.Host.Cli;

namespace BeritaBot.Tests.Support;

/// <summary>Runs the command line in-process with its streams captured.</summary>
internal static class CliRunner
{
    public static async Task<(int ExitCode, string Out, string Error)> RunAsync(string[] args, string input = "", IReadOnlyDictionary<string, string?>? overrides = null)
    {
        using var stdin = new StringReader(input);
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        // Declines recorded by these runs go to a throwaway database, never the developer's own.
        var settings = new Dictionary<string, string?> { ["Insights:DatabasePath"] = TestDatabase };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var exit = await BeritaBotCli.RunAsync(args, new ConsoleStreams(stdin, stdout, stderr), settings);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private static readonly string TestDatabase = TestDatabaseIsolation.DatabasePath;

    public static string[] Lines(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
