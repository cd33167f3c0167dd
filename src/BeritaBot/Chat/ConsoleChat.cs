using System.Globalization;
using BeritaBot.Core.Answering;
using BeritaBot.Core.Conversations;
using BeritaBot.Core.Knowledge;
using BeritaBot.Host.Cli;

namespace BeritaBot.Host.Chat;

/// <summary>The interactive console chat a newcomer gets with no tokens configured. The session is one conversation.</summary>
public sealed class ConsoleChat(IAnswerService answers, IKnowledgeStore store, ConsoleStreams io, IConversationMemory? conversations = null)
{
    private readonly List<CardReference> _followUps = [];
    private readonly AskContext _context = AskContext.Console with { Conversation = ConversationKey.Of("console", Guid.NewGuid()) };

    // The language of the last answer: a suggestion opened by its number answers in it.
    private AnswerLanguage _language = AnswerLanguage.Indonesian;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var snapshot = store.Current;
        await io.Out.WriteLineAsync($"BeritaBot — tanya jawab tentang {snapshot.Cards.Count} fakta dari {snapshot.Sources.Count} artikel.");
        await io.Out.WriteLineAsync("Ketik pertanyaan Anda. Perintah: /topik, /sumber, /timeline [kata], /reload, /bantuan, /keluar");
        while (!cancellationToken.IsCancellationRequested)
        {
            await io.Out.WriteAsync("\n> ");
            await io.Out.FlushAsync(cancellationToken);
            var line = await io.In.ReadLineAsync(cancellationToken);
            if (line is null)
            {
                break;
            }

            if (!Handle(line.Trim()))
            {
                break;
            }
        }
    }

    /// <returns>False when the user asked to leave.</returns>
    public bool Handle(string line)
    {
        if (line.Length == 0)
        {
            return true;
        }

        var (command, argument) = SplitCommand(line);
        switch (command)
        {
            case "/keluar" or "/exit" or "/quit":
                io.Out.WriteLine("Sampai jumpa!");
                return false;
            case "/start":
                conversations?.Reset(_context.Conversation!.Value);
                io.Out.WriteLine(HelpText);
                return true;
            case "/bantuan" or "/help":
                io.Out.WriteLine(HelpText);
                return true;
            case "/topik":
                WriteTopics();
                return true;
            case "/sumber":
                WriteSources(argument);
                return true;
            case "/timeline":
                WriteTimeline(argument);
                return true;
            case "/reload":
                WriteReload(store.Reload("cli"));
                return true;
            case "/tanya":
                Write(answers.Ask(argument, _context));
                return true;
            case not null:
                io.Out.WriteLine("Perintah tidak dikenal. Ketik /bantuan untuk daftar perintah.");
                return true;
        }

        if (int.TryParse(line, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1 && number <= _followUps.Count)
        {
            var chosen = answers.AnswerCard(_followUps[number - 1].CardId, _language);

            // The chosen card is what the conversation is about now: "terus kapan?" asks about it.
            conversations?.Remember(_context.Conversation!.Value, chosen);
            Write(chosen);
            return true;
        }

        Write(answers.Ask(line, _context));
        return true;
    }

    private const string HelpText =
        "Tanyakan apa saja tentang liputan ini, dalam bahasa Indonesia (boleh gaya chat) atau bahasa Inggris.\n" +
        "Contoh: \"kapan gencatan senjata ditandatangani?\", \"siapa Dmitry Peskov?\", \"how many soldiers died?\"\n" +
        "Perintah:\n" +
        "  /topik             daftar fakta per topik (ketik nomornya untuk membuka)\n" +
        "  /sumber [nomor]    artikel sumber; dengan nomor: fakta dari artikel itu\n" +
        "  /timeline [kata]   peristiwa berurutan menurut tanggal, bisa disaring\n" +
        "  /reload            muat ulang folder knowledge\n" +
        "  /keluar            selesai";

    private void Write(Answer answer)
    {
        if (answer.Status != AnswerStatus.Invalid)
        {
            _language = answer.Language;
        }

        io.Out.WriteLine(AnswerTextRenderer.Render(answer, _followUps));
    }

    private static (string? Command, string Argument) SplitCommand(string line)
    {
        if (!line.StartsWith('/'))
        {
            return (null, line);
        }

        var space = line.IndexOf(' ', StringComparison.Ordinal);
        return space < 0
            ? (line.ToLowerInvariant(), string.Empty)
            : (line[..space].ToLowerInvariant(), line[(space + 1)..].Trim());
    }

    private void WriteTopics()
    {
        _followUps.Clear();
        foreach (var group in answers.Topics())
        {
            io.Out.WriteLine($"\n{group.Topic}");
            foreach (var card in group.Cards)
            {
                _followUps.Add(card);
                io.Out.WriteLine($"  [{_followUps.Count}] {card.Title}");
            }
        }
    }

    private void WriteSources(string argument)
    {
        var sources = answers.Sources();
        if (int.TryParse(argument, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= sources.Count)
        {
            var source = sources[n - 1];
            _followUps.Clear();
            io.Out.WriteLine($"Fakta dari {source.Outlet}: \"{source.Title}\"");
            foreach (var card in answers.CardsFromSource(source.Id))
            {
                _followUps.Add(card);
                io.Out.WriteLine($"  [{_followUps.Count}] {card.Title}");
            }

            return;
        }

        for (var i = 0; i < sources.Count; i++)
        {
            var s = sources[i];
            var date = s.Published is { } d ? DateLabels.Format(d, DatePrecision.Day) : "tanggal tidak disebutkan";
            var by = string.Join(", ", new[] { s.Author, s.Agency is null ? null : "sumber " + s.Agency }.Where(x => x is not null));
            io.Out.WriteLine($"  [{i + 1}] {s.Outlet}: \"{s.Title}\" ({date}{(by.Length > 0 ? "; " + by : string.Empty)})");
        }

        io.Out.WriteLine("Ketik /sumber <nomor> untuk melihat fakta dari artikel itu.");
    }

    private void WriteTimeline(string keyword)
    {
        var entries = answers.Timeline(keyword.Length == 0 ? null : keyword);
        _followUps.Clear();
        if (entries.Count == 0)
        {
            io.Out.WriteLine(keyword.Length == 0 ? "Belum ada peristiwa bertanggal." : $"Tidak ada peristiwa bertanggal yang cocok dengan \"{keyword}\".");
            return;
        }

        foreach (var entry in entries)
        {
            _followUps.Add(entry.Card);
            io.Out.WriteLine($"  [{_followUps.Count}] {entry.Label}: {entry.Card.Title}");
        }
    }

    private void WriteReload(ReloadResult result)
    {
        if (result.Succeeded)
        {
            io.Out.WriteLine($"Knowledge dimuat ulang ({result.Duration.TotalMilliseconds:F0} ms): {result.Diff.Added.Count} ditambah, {result.Diff.Changed.Count} diubah, {result.Diff.Removed.Count} dihapus.");
            return;
        }

        io.Out.WriteLine("Knowledge tidak dimuat ulang; versi lama tetap dipakai. Masalah:");
        foreach (var problem in result.Errors)
        {
            io.Out.WriteLine("  " + problem);
        }
    }
}
