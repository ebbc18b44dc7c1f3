using System.Text.RegularExpressions;

namespace Clustering.Core.Text;

/// <summary>
/// Regex calls that survive hostile input: every pattern carries a match timeout, and a timeout
/// means "no match" here rather than an exception that would fail a whole article.
/// </summary>
public static class SafeRegex
{
    public static bool IsMatch(Regex regex, string input)
    {
        try
        {
            return regex.IsMatch(input);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    public static bool IsMatch(Regex regex, ReadOnlySpan<char> input)
    {
        try
        {
            return regex.IsMatch(input);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    public static Match Match(Regex regex, string input)
    {
        try
        {
            return regex.Match(input);
        }
        catch (RegexMatchTimeoutException)
        {
            return System.Text.RegularExpressions.Match.Empty;
        }
    }

    public static Match Match(Regex regex, string input, int start, int length)
    {
        try
        {
            return regex.Match(input, start, length);
        }
        catch (RegexMatchTimeoutException)
        {
            return System.Text.RegularExpressions.Match.Empty;
        }
    }

    /// <summary>All matches, stopping quietly at a timeout with those found so far.</summary>
    public static List<Match> Matches(Regex regex, string input) => Matches(regex, input, 0, input.Length);

    /// <summary>
    /// All matches within <paramref name="input"/>[<paramref name="start"/>..+<paramref name="length"/>], which the
    /// regex sees as the whole input (anchors and lookarounds stop at its ends); offsets stay those of <paramref name="input"/>.
    /// </summary>
    public static List<Match> Matches(Regex regex, string input, int start, int length)
    {
        var found = new List<Match>();
        try
        {
            var match = regex.Match(input, start, length);
            while (match.Success)
            {
                found.Add(match);
                match = match.NextMatch();
            }
        }
        catch (RegexMatchTimeoutException)
        {
        }
        return found;
    }
}
