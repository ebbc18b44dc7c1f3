using System.Text.RegularExpressions;
using Clustering.Core.Credits;
using Clustering.Core.Text;

namespace Clustering.Core.Outlets;

/// <summary>
/// Names the outlet of an article as a reader would: its <c>source</c> when given; else what the
/// text says of its maker (a bracketed name opening the story, "(Agency)"; a byline naming a desk;
/// a copyright line naming its publisher; a whole copy credited to an agency; an agency whose
/// inputs it used); else its URL's host.
/// A cited agency ("according to Reuters") is a source of facts, not the outlet, and names nothing.
/// </summary>
public static partial class OutletNamer
{
    /// <summary>Where a story's opening ends: a dateline credit further down is a quoted one.</summary>
    private const int OpeningChars = 600;

    public static Outlet? Name(string? source, string? url, string rawText, IReadOnlyList<Credit> credits)
    {
        ArgumentNullException.ThrowIfNull(rawText);
        ArgumentNullException.ThrowIfNull(credits);
        if (!string.IsNullOrWhiteSpace(source))
        {
            return new Outlet(source.Trim(), OutletBasis.Source, source.Trim());
        }
        return FromDateline(rawText, credits)
            ?? FromByline(rawText)
            ?? FromCopyright(rawText)
            ?? FromCredit(credits, CreditKind.Syndicated, OutletBasis.Syndicated)
            ?? FromCredit(credits, CreditKind.Inputs, OutletBasis.Inputs)
            ?? FromHost(url);
    }

    /// <summary>The host without the labels that say nothing ("www", "m", "amp"): "news.valley-courier.example" → "valley-courier.example".</summary>
    public static string? Host(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.HostNameType != UriHostNameType.Dns)
        {
            return null;
        }
        var labels = uri.Host.ToLowerInvariant().Split('.');
        var skip = 0;
        while (labels.Length - skip > 2 && OutletLexicon.HostPrefixes.Contains(labels[skip]))
        {
            skip++;
        }
        return string.Join('.', labels[skip..]);
    }

    private static Outlet? FromDateline(string rawText, IReadOnlyList<Credit> credits)
    {
        Outlet? best = null;
        var bestAt = int.MaxValue;
        foreach (var credit in credits)
        {
            if (credit.Kind != CreditKind.Dateline || OutletLexicon.NotOutlets.Contains(credit.Name) || credit.Name.Length < 2)
            {
                continue;
            }
            var at = rawText.IndexOf(credit.Text, StringComparison.Ordinal);
            if (at is >= 0 and < OpeningChars && at < bestAt)
            {
                (best, bestAt) = (new Outlet(credit.Name, OutletBasis.Dateline, credit.Text), at);
            }
        }
        return best;
    }

    private static Outlet? FromByline(string rawText)
    {
        foreach (var match in SafeRegex.Matches(Byline(), rawText))
        {
            var words = match.Groups["words"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            // The name is capitalised words; the desk words follow it ("news desk", "Staff").
            for (var length = 1; length < words.Length && char.IsUpper(words[length - 1][0]); length++)
            {
                foreach (var deskLength in (int[])[2, 1])
                {
                    if (length + deskLength <= words.Length && OutletLexicon.DeskWords.Contains(string.Join(' ', words[length..(length + deskLength)])))
                    {
                        var name = string.Join(' ', words[..length]);
                        name = name.StartsWith("The ", StringComparison.Ordinal) ? name[4..] : name;
                        return new Outlet(name, OutletBasis.Byline, match.Value.Trim());
                    }
                }
            }
        }
        return null;
    }

    /// <summary>A copyright line naming a publisher that is no agency (an agency's is a syndicated copy, named below).</summary>
    private static Outlet? FromCopyright(string rawText)
    {
        foreach (var match in SafeRegex.Matches(CopyrightLine(), rawText))
        {
            var name = match.Groups["name"].Value.Trim();
            name = name.StartsWith("The ", StringComparison.Ordinal) ? name[4..] : name;
            if (name.Length > 1 && !OutletLexicon.Agencies.ContainsKey(name) && !OutletLexicon.Agencies.ContainsKey("The " + name)
                && !name.StartsWith("All ", StringComparison.Ordinal))
            {
                return new Outlet(name, OutletBasis.Copyright, match.Value.Trim());
            }
        }
        return null;
    }

    private static Outlet? FromCredit(IReadOnlyList<Credit> credits, CreditKind kind, OutletBasis basis) =>
        credits.FirstOrDefault(credit => credit.Kind == kind) is { } credit ? new Outlet(credit.Name, basis, credit.Text) : null;

    private static Outlet? FromHost(string? url) => Host(url) is { } host ? new Outlet(host, OutletBasis.Host, url!) : null;

    // "© 2031 Valley Courier. All rights reserved.", "Copyright (c) 2030-2031 The Harbour Gazette": at the start of a line.
    [GeneratedRegex(@"(?:^|\n)[ \t]*(?:©|\([cC]\)|[Cc]opyright)[ \t]*(?:©|\([cC]\))?[ \t]*(?:\d{4}(?:[ \t]*[-–][ \t]*\d{4})?[ \t]*,?[ \t]*)?(?<name>(?:The[ \t]+)?[A-Z][\w&'-]*(?:[ \t]+[A-Z][\w&'-]*){0,4})", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex CopyrightLine();

    // "by The Valley Courier news desk", "By Harbour Gazette Staff" on a line of its own, as bylines are
    // ("killed by Army staff" inside a sentence is no byline): up to 7 words after "by", the first capitalised.
    [GeneratedRegex(@"(?:^|\n)[ \t]*[Bb]y[ \t]+(?<words>[A-Z][\w&'.-]*(?:[ \t]+[\w&'.-]+){1,6})", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex Byline();
}
