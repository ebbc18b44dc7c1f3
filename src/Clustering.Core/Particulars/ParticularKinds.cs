using Clustering.Core.Dates;
using Clustering.Core.Features;

namespace Clustering.Core.Particulars;

/// <summary>Every kind of particular an article gives and a story keeps: a new kind is one line here.</summary>
public static class ParticularKinds
{
    /// <summary>
    /// In the order articles are read: a kind that learns from the feed's statistics (the people) comes
    /// after those that only read. A kind leaves this list only with its stored key kept out of use.
    /// </summary>
    public static IReadOnlyList<IParticularKind> All { get; } =
    [
        EventDays.Kind,
        StreetAddresses.Kind,
        Towns.Kind,
        StoryPersons.Kind,
    ];

    /// <summary>The kind's place in <see cref="All"/>; -1 when it is not registered.</summary>
    public static int IndexOf(IParticularKind kind)
    {
        for (var i = 0; i < All.Count; i++)
        {
            if (ReferenceEquals(All[i], kind))
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>The place of the kind stored under this name; -1 for a name no kind has (one since removed).</summary>
    public static int IndexOf(string name)
    {
        for (var i = 0; i < All.Count; i++)
        {
            if (string.Equals(All[i].Name, name, StringComparison.Ordinal))
            {
                return i;
            }
        }
        return -1;
    }
}
