using BeritaBot.Core.Answering;
using BeritaBot.Core.Conversations;
using BeritaBot.Core.Coordination;
using BeritaBot.Core.Insights;
using BeritaBot.Core.Knowledge;
using BeritaBot.Core.Knowledge.Caching;
using BeritaBot.Core.Matching;
using BeritaBot.Core.Presentation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BeritaBot.Core;

public static class CoreServiceCollectionExtensions
{
    /// <summary>
    /// Registers the knowledge store (loaded from <c>Knowledge:Path</c> or the bundled folder) and the answer
    /// service. Resolving the store throws <see cref="KnowledgeLoadException"/> when the folder does not load.
    /// </summary>
    public static IServiceCollection AddBeritaCore(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<KnowledgeOptions>()
            .Bind(configuration.GetSection(KnowledgeOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<MatchOptions>()
            .Bind(configuration.GetSection(MatchOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<ConversationOptions>()
            .Bind(configuration.GetSection(ConversationOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        // With a shared store (AddPostgresStorage), conversations continue on whichever instance a follow-up reaches.
        services.TryAddSingleton(sp => new ConversationMemory(
            sp.GetRequiredService<IOptions<ConversationOptions>>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetService<IConversationContextStore>()));
        services.TryAddSingleton<IConversationMemory>(sp => sp.GetRequiredService<ConversationMemory>());
        services.TryAddSingleton<IKnowledgeStore>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<KnowledgeOptions>>().Value;
            var folder = KnowledgeFolderLocator.Resolve(options.Path);
            var logger = sp.GetRequiredService<ILogger<KnowledgeStore>>();
            var cache = string.IsNullOrWhiteSpace(options.CachePath)
                ? null
                : new KnowledgeCache(options.CachePath, sp.GetRequiredService<ILogger<KnowledgeCache>>());
            var (store, load) = KnowledgeStore.Open(folder, sp.GetRequiredService<TimeProvider>(), logger, cache);
            foreach (var warning in load.Warnings)
            {
                logger.LogWarning("Knowledge warning: {Problem}", warning.ToString());
            }

            if (store is null)
            {
                throw new KnowledgeLoadException(folder, load.Problems);
            }

            logger.LogInformation("Loaded {CardCount} cards from {SourceCount} sources in {Folder}", store.Current.Cards.Count, store.Current.Sources.Count, folder);
            return store;
        });
        services.TryAddSingleton<IAnswerService, AnswerService>();
        services.TryAddSingleton<AnswerPresenter>();

        // Needs an IFeedbackService, which the insights project (or a host's own) registers.
        services.TryAddSingleton<ReaderVotes>();
        services.TryAddSingleton<IKnowledgeEditor, KnowledgeEditor>();
        return services;
    }
}
