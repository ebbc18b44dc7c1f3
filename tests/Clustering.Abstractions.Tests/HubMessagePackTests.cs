using System.Reflection;
using Clustering.Abstractions.Live;
using Clustering.Abstractions.Stories;
using MessagePack;
using MessagePack.Resolvers;

namespace Clustering.Abstractions.Tests;

/// <summary>
/// The feed crosses the hub's MessagePack protocol as arrays (keys by position, not by name: a
/// client decodes a batch per window for every board, and name keys cost as much as the values).
/// Positions are a wire format like Orleans' ids, so they mirror the ids and are never renumbered.
/// </summary>
public class HubMessagePackTests
{
    // What the SignalR MessagePack protocol resolves with by default.
    private static readonly MessagePackSerializerOptions Hub = MessagePackSerializerOptions.Standard.WithResolver(ContractlessStandardResolver.Instance);

    private static IEnumerable<Type> FeedTypes()
    {
        var seen = new HashSet<Type>();
        var pending = new Queue<Type>([typeof(StoryFeedBatch)]);
        while (pending.TryDequeue(out var type))
        {
            if (type.Assembly != typeof(StoryFeedBatch).Assembly || !seen.Add(type))
            {
                continue;
            }
            yield return type;
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                var member = property.PropertyType;
                var element = member.IsGenericType ? member.GetGenericArguments()[0] : member;
                pending.Enqueue(Nullable.GetUnderlyingType(element) ?? element);
            }
        }
    }

    [Fact]
    public void every_type_the_feed_carries_is_keyed_by_position()
    {
        var types = FeedTypes().ToList();

        types.ShouldContain(typeof(StoryArticle));
        types.ShouldContain(typeof(FactValueView));
        types.ShouldAllBe(type => type.GetCustomAttribute<MessagePackObjectAttribute>() != null && !type.GetCustomAttribute<MessagePackObjectAttribute>()!.KeyAsPropertyName);
    }

    [Fact]
    public void a_position_is_the_orleans_id_of_the_same_field()
    {
        foreach (var type in FeedTypes())
        {
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                var key = property.GetCustomAttribute<KeyAttribute>();
                key.ShouldNotBeNull($"{type.Name}.{property.Name} has no MessagePack key");
                var id = property.GetCustomAttribute<IdAttribute>();
                if (id is not null)
                {
                    key.IntKey.ShouldBe((int)id.Id, $"{type.Name}.{property.Name}");
                }
            }
        }
    }

    [Fact]
    public void a_batch_crosses_messagepack_whole()
    {
        var at = new DateTimeOffset(2026, 3, 1, 8, 30, 0, TimeSpan.FromHours(2));
        var batch = new StoryFeedBatch
        {
            Items =
            [
                new StoryFeedItem { Created = new StorySummary { Id = "s-1", Title = "Dam breach floods valley", Version = 1, ArticleCount = 1, IndependentSourceCount = 1, Created = at, Updated = at } },
                new StoryFeedItem
                {
                    Updated = new StoryUpdate
                    {
                        StoryId = "s-1",
                        Version = 2,
                        PreviousVersion = 1,
                        Changes = new StoryChanges
                        {
                            ArticleCount = 2,
                            ConflictCount = 1,
                            Updated = at.AddMinutes(5),
                            ArticlesAdded = [new StoryArticle { Id = "a2", Title = "Valley flood toll rises", Source = "Valley Wire", Published = at, Independent = false, CopyOf = "a1", Url = "https://valley.example/2" }],
                            Facts = [new FactView { Slot = "killed", Status = "updated", Consensus = 7, Values = [new FactValueView { Value = 7, Qualifier = "exact", Text = "seven dead", Sources = ["a2"], IndependentSources = 1, FirstSeen = at, LastSeen = at }] }],
                        },
                    },
                },
                new StoryFeedItem { Merged = new StoryMerged { From = "s-2", Into = "s-1" } },
            ],
        };

        var bytes = MessagePackSerializer.Serialize(batch, Hub, TestContext.Current.CancellationToken);
        var copy = MessagePackSerializer.Deserialize<StoryFeedBatch>(bytes, Hub, TestContext.Current.CancellationToken);

        copy.Items[0].Created.ShouldBe(batch.Items[0].Created);
        var update = copy.Items[1].Updated.ShouldNotBeNull();
        update.Version.ShouldBe(2);
        update.PreviousVersion.ShouldBe(1);
        update.Changes.ArticlesAdded.Single().ShouldBe(batch.Items[1].Updated!.Changes.ArticlesAdded[0]);
        var fact = update.Changes.Facts.Single();
        fact.Consensus.ShouldBe(7);
        fact.Values.Single().Text.ShouldBe("seven dead");
        fact.Values.Single().Sources.ShouldBe(["a2"]);
        fact.Values.Single().FirstSeen.ShouldBe(at);
        copy.Items[2].Merged.ShouldBe(new StoryMerged { From = "s-2", Into = "s-1" });
        // Positions, not names: no field name travels.
        System.Text.Encoding.UTF8.GetString(bytes).ShouldNotContain("Title");
    }
}
