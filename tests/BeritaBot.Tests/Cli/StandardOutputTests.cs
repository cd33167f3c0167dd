using System.Diagnostics;
using System.Text.Json;
using BeritaBot.Host.Cli;
using BeritaBot.Tests.Support;

namespace BeritaBot.Tests.Cli;

/// <summary>
/// The real executable in its own process: <c>ask --json</c> output is piped into other tools, so stdout must carry
/// nothing but the JSON, and log lines (here a knowledge warning) must go to stderr.
/// </summary>
public class StandardOutputTests
{
    [Fact]
    public async Task AskJson_InRealProcess_WritesOnlyJsonToStdoutAndLogsToStderr()
    {
        using var folder = KnowledgeFolders.Small();
        // An unknown front-matter field: a warning the host logs at start-up.
        folder.Write("cards/uji-dua.md", "---\nwarna: biru\nquestions: [Siapa juara lomba kelereng Quaxo?, b, c, d]\nsources: [src-uji]\n---\nBudi.\n");

        var (exit, stdout, stderr) = await RunProcessAsync("ask", "--json", "--knowledge", folder.Path, "siapa juara lomba kelereng Quaxo?");

        Assert.Equal(BeritaBotCli.Success, exit);
        var line = Assert.Single(CliRunner.Lines(stdout));
        using var json = JsonDocument.Parse(line);
        Assert.Equal("uji-dua", json.RootElement.GetProperty("card").GetString());
        Assert.Contains("warna", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("warna", stdout, StringComparison.Ordinal);
    }

    private static async Task<(int ExitCode, string Out, string Error)> RunProcessAsync(params string[] args)
    {
        var app = typeof(BeritaBotCli).Assembly.Location;
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
        var start = new ProcessStartInfo(dotnet)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        start.ArgumentList.Add(app);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("BeritaBot did not exit within 60 s");
        }

        return (process.ExitCode, await stdout, await stderr);
    }
}
