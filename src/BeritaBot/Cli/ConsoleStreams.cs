namespace BeritaBot.Host.Cli;

/// <summary>The streams a command talks to: the real console, or writers a test reads back.</summary>
public sealed record ConsoleStreams(TextReader In, TextWriter Out, TextWriter Error)
{
    public static ConsoleStreams System { get; } = new(Console.In, Console.Out, Console.Error);
}
