namespace BeritaBot.Core.Coordination;

/// <summary>Whether the shared store answers, and what could not be written to it, for /readyz and the editors' report.</summary>
public interface IStoreHealth
{
    StoreHealth Check();
}
