using BeritaBot.Host.Cli;

return await BeritaBotCli.RunAsync(args, ConsoleStreams.System);
