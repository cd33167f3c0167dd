namespace BeritaBot.Discord.Payloads;

public static class ButtonStyle
{
    public const int Primary = 1;
    public const int Secondary = 2;
    public const int Success = 3;
    public const int Danger = 4;
}
