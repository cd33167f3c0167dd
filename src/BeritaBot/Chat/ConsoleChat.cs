using System.Globalization;
using BeritaBot.Core.Answering;
using BeritaBot.Core.Conversations;
using BeritaBot.Core.Knowledge;
using BeritaBot.Core.Presentation;
using BeritaBot.Host.Cli;

namespace BeritaBot.Host.Chat;

/// <summary>The interactive console chat a newcomer gets with no tokens configured. The session is one conversation.</summary>
public sealed class ConsoleChat(IAnswerService answers, AnswerPresenter presenter, IKnowledgeStore store, ConsoleStreams io, IConversationMemory? conversations = null)
{
    /// <summary>What a typed number opens: the follow-ups of the last answer, or the cards of the last list.</summary>
    private readonly List<FollowUp> _numbered = [];
    private readonly AskContext _context = AskContext.Console with { Conversation = ConversationKey.Of("console", Guid.NewGuid()) };

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
        ArgumentNullException.ThrowIfNull(line);
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
                WriteTopics(argument);
                return true;
            case "/sumber":
                WriteSources(argument);
                return true;
            case "/timeline":
                WriteTimeline(argument);
                return true;
            case "/reload":
                WriteReload(ReloadView.From(store.Reload("console")));
                return true;
            case "/tanya":
                WriteAnswer(answers.Ask(argument, _context));
                return true;
            case not null:
                io.Out.WriteLine("Perintah tidak dikenal. Ketik /bantuan untuk daftar perintah.");
                return true;
        }

        if (int.TryParse(line, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1 && number <= _numbered.Count)
        {
            // Opened in the language it was offered in: an English reader's follow-up answers in English.
            var chosen = answers.AnswerCard(_numbered[number - 1].CardId, _numbered[number - 1].Language);

            // The chosen card is what the conversation is about now: "terus kapan?" asks about it.
            conversations?.Remember(_context.Conversation!.Value, chosen);
            WriteAnswer(chosen);
            return true;
        }

        WriteAnswer(answers.Ask(line, _context));
        return true;
    }

    private const string HelpText =
        "Tanyakan apa saja tentang liputan ini, dalam bahasa Indonesia (boleh gaya chat) atau bahasa Inggris.\n" +
        "Contoh: \"kapan gencatan senjata ditandatangani?\", \"siapa Dmitry Peskov?\", \"how many soldiers died?\"\n" +
        "Perintah:\n" +
        "  /topik [nomor|nama]  daftar topik; dengan nomor atau nama: fakta dalam topik itu (ketik nomornya untuk membuka)\n" +
        "  /sumber [nomor]      artikel sumber; dengan nomor: fakta dari artikel itu\n" +
        "  /timeline [kata]     peristiwa berurutan menurut tanggal, bisa disaring\n" +
        "  /reload              muat ulang folder knowledge\n" +
        "  /keluar              selesai";

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

    private void WriteAnswer(Answer answer)
    {
        var view = presenter.Present(answer);
        _numbered.Clear();
        _numbered.AddRange(view.FollowUps);
        io.Out.WriteLine(AnswerTextRenderer.Render(view, interactive: true));
    }

    private void WriteNumbered(IEnumerable<(CardReference Card, string Label)> cards)
    {
        _numbered.Clear();
        foreach (var (card, label) in cards)
        {
            _numbered.Add(FollowUp.From(card, AnswerLanguage.Indonesian));
            io.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  [{_numbered.Count}] {label}"));
        }
    }

    /// <summary>Without an argument, the topics with their sizes (not every card at once); with one, that topic's cards.</summary>
    private void WriteTopics(string argument)
    {
        var list = new TopicListView(answers.Topics());
        if (list.Topics.Count == 0)
        {
            io.Out.WriteLine(TopicListView.EmptyMessage);
            return;
        }

        if (argument.Length > 0)
        {
            if (list.Find(argument) is { } topic)
            {
                io.Out.WriteLine($"{topic.Topic} ({topic.Cards.Count} fakta):");
                WriteNumbered(topic.Cards.Select(c => (c, c.Title)));
                return;
            }

            io.Out.WriteLine($"Tidak ada topik \"{UserText.Clean(argument)}\".");
        }

        _numbered.Clear();
        io.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{TopicListView.Heading} ({list.CardCount} fakta):"));
        for (var i = 0; i < list.Topics.Count; i++)
        {
            io.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {i + 1}. {list.Topics[i].Topic} ({list.Topics[i].Cards.Count})"));
        }

        io.Out.WriteLine("Ketik /topik <nomor atau nama> untuk melihat fakta dalam topik itu.");
    }

    private void WriteSources(string argument)
    {
        var list = SourceListView.From(answers.Sources());
        if (argument.Length > 0)
        {
            if (list.Find(argument, out var problem) is { } source)
            {
                io.Out.WriteLine($"Fakta dari {source.Outlet}: \"{source.Title}\"");
                WriteNumbered(answers.CardsFromSource(source.Id).Select(c => (c, c.Title)));
                return;
            }

            io.Out.WriteLine(problem);
            if (list.Items.Count == 0)
            {
                return;
            }
        }

        _numbered.Clear();
        foreach (var item in list.Items)
        {
            io.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {item.Number}. {item.Plain}"));
        }

        io.Out.WriteLine("Ketik /sumber <nomor> untuk melihat fakta dari artikel itu.");
    }

    private void WriteTimeline(string keyword)
    {
        var view = TimelineView.From(answers.Timeline(keyword.Length == 0 ? null : keyword), keyword);
        if (view.Entries.Count == 0)
        {
            _numbered.Clear();
            io.Out.WriteLine(view.EmptyMessage);
            return;
        }

        WriteNumbered(view.Entries.Select(e => (e.Card, $"{e.Label}: {e.Card.Title}")));
    }

    private void WriteReload(ReloadView view)
    {
        io.Out.WriteLine(view.Summary);
        foreach (var line in view.Details)
        {
            io.Out.WriteLine("  " + line);
        }
    }
}
