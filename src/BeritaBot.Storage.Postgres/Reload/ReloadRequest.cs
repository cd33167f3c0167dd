namespace BeritaBot.Storage.Postgres.Reload;

/// <summary>A reload one instance asks every other to make: load the folder and serve <see cref="Version"/>.</summary>
internal sealed record ReloadRequest(Guid Id, string Origin, string Trigger, string Version, DateTimeOffset RequestedAt);
