using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace BeritaBot.Storage.Postgres.Tests.Fixtures;

/// <summary>
/// A real PostgreSQL server for the tests: <c>initdb</c> into a temp folder (as the <c>postgres</c> user when the
/// tests run as root, which the server refuses to be), then <c>pg_ctl</c> on a free loopback port with its socket in
/// that folder. Stopped and deleted at the end. Each test asks for a database of its own.
/// </summary>
public sealed class PostgresServer : IDisposable
{
    private readonly string _folder;
    private readonly string _bin;
    private readonly string? _runAs;
    private int _databases;

    public PostgresServer()
    {
        var bin = PostgresBinaries.Find();
        if (bin is null)
        {
            // Every test here is then skipped with the reason (PostgresFact), except in CI, where this fails them.
            _folder = _bin = string.Empty;
            AdminConnectionString = string.Empty;
            if (PostgresBinaries.InCi)
            {
                throw new InvalidOperationException(PostgresBinaries.MissingMessage);
            }

            return;
        }

        _bin = bin;
        _runAs = Environment.UserName == "root" ? "postgres" : null;
        _folder = Path.Combine(Path.GetTempPath(), "beritabot-pg-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(_folder);
        if (_runAs is not null)
        {
            Run("chown", $"{_runAs} {_folder}", asServerUser: false);
        }

        var data = Path.Combine(_folder, "data");
        Run(Path.Combine(_bin, "initdb"), $"-D {data} -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync", asServerUser: true);
        Port = FreePort();

        // Durability is not what these tests are about: without fsync the whole suite runs faster.
        var options = $"-p {Port} -h 127.0.0.1 -k {_folder} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300";
        Run(Path.Combine(_bin, "pg_ctl"), $"-D {data} -l {Path.Combine(_folder, "server.log")} -w -t 60 -o \"{options}\" start", asServerUser: true);
        AdminConnectionString = $"Host=127.0.0.1;Port={Port};Username=postgres;Database=postgres;Pooling=false";
    }

    public int Port { get; }

    public string AdminConnectionString { get; }

    /// <summary>A fresh, empty database; its connection string.</summary>
    public string CreateDatabase()
    {
        var name = $"t{Interlocked.Increment(ref _databases)}_{Guid.NewGuid():N}"[..20];
        using (var connection = new NpgsqlConnection(AdminConnectionString))
        {
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE DATABASE {name};", connection);
            command.ExecuteNonQuery();
        }

        return $"Host=127.0.0.1;Port={Port};Username=postgres;Database={name};Timeout=5;Command Timeout=10";
    }

    public void Dispose()
    {
        if (_bin.Length == 0)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        try
        {
            Run(Path.Combine(_bin, "pg_ctl"), $"-D {Path.Combine(_folder, "data")} -m immediate -w stop", asServerUser: true);
        }
        finally
        {
            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (IOException)
            {
                // The temp folder is cleaned by the system anyway.
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void Run(string program, string arguments, bool asServerUser)
    {
        var info = asServerUser && _runAs is not null
            ? new ProcessStartInfo("runuser", $"-u {_runAs} -- {program} {arguments}")
            : new ProcessStartInfo(program, arguments);
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        info.WorkingDirectory = _folder;
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {program}");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            var log = Path.Combine(_folder, "server.log");
            var serverLog = File.Exists(log) ? File.ReadAllText(log) : string.Empty;
            throw new InvalidOperationException($"{program} {arguments} exited with {process.ExitCode}: {output.Result}{error.Result}{serverLog}");
        }
    }
}
