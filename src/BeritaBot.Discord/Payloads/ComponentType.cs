namespace BeritaBot.Discord.Payloads;

public static class ComponentType
{
    public const int ActionRow = 1;
    public const int Button = 2;
    public const int StringSelect = 3;
}
