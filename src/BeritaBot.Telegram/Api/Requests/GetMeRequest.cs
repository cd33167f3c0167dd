using BeritaBot.Telegram.Api.Types;

namespace BeritaBot.Telegram.Api.Requests;

public sealed class GetMeRequest() : RequestBase<User>("getMe");
