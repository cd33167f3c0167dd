using System.Runtime.CompilerServices;

namespace BeritaBot.Tests.Support;

/// <summary>
/// Points every host this test assembly builds at a throwaway insights database, before any test runs: a test that
/// builds the real host without naming a database (the console chat's, say) must never write a row into the
/// developer's own <c>LocalApplicationData/BeritaBot/beritabot.db</c>.
/// </summary>
internal static class TestDatabaseIsolation
{
    public static readonly string Folder = Path.Combine(Path.GetTempPath(), "beritabot-tests-" + Environment.ProcessId);

    public static string DatabasePath => Path.Combine(Folder, "insights.db");

    // CA2255: a module initializer is exactly right here; it runs once, before any test in this assembly.
#pragma warning disable CA2255
    [ModuleInitializer]
#pragma warning restore CA2255
    public static void Isolate() => Environment.SetEnvironmentVariable("Insights__DatabasePath", DatabasePath);
}
