using Clustering.Core.Packs.General;
using Clustering.Core.Packs.Shooting;

namespace Clustering.Core.Packs;

/// <summary>
/// The one place packs are registered. All are on by default; <see cref="Configure"/> switches some
/// off for the whole process (the host reads <c>Clustering:DisabledPacks</c> once at start).
/// </summary>
public static class DomainPacks
{
    public static IReadOnlyList<IDomainPack> All { get; } = [GeneralPack.Instance, ShootingPack.Instance];

    private static IReadOnlyList<IDomainPack> s_active = All;

    public static IReadOnlyList<IDomainPack> Active => Volatile.Read(ref s_active);

    /// <summary>Switches off the named packs (case-insensitive); an unknown name is an error, so a typo does not pass silently.</summary>
    public static void Configure(IEnumerable<string> disabled)
    {
        ArgumentNullException.ThrowIfNull(disabled);
        var off = new HashSet<string>(disabled.Select(d => d.Trim()).Where(d => d.Length > 0), StringComparer.OrdinalIgnoreCase);
        foreach (var name in off)
        {
            if (!All.Any(p => p.Name.Equals(name, StringComparison.OrdinalIgnoreCase)))
            {
                throw new UnknownPackException($"no domain pack named '{name}' (known: {string.Join(", ", All.Select(p => p.Name))})");
            }
        }
        Volatile.Write(ref s_active, [.. All.Where(p => !off.Contains(p.Name))]);
    }

    /// <summary>The active packs that apply to an article.</summary>
    public static ReadingContext ContextOf(string headline, string body) =>
        new([.. Active.Where(p => p.Applies(headline, body))]);

    /// <summary>Whether an active pack tracks the slot.</summary>
    public static bool Tracks(string slot)
    {
        foreach (var pack in Active)
        {
            if (pack.Slots.Contains(slot))
            {
                return true;
            }
        }
        return false;
    }
}

/// <summary>A configuration names a pack that is not registered: a typo must not pass silently.</summary>
public sealed class UnknownPackException(string message) : ArgumentException(message);
