using System.Collections.Frozen;
using Clustering.Core.Text;

namespace Clustering.Core.Facts;

/// <summary>
/// Who a sentence says its facts come from: "The city's fire service said …", "…, said Chief Roe",
/// "according to the coroner", "Reports from the intelligence service indicate …".
/// </summary>
public static class AttributionFinder
{
    private const int MaxSourceTokens = 7;

    // The language's words (Text/english.lexicon).
    private static readonly FrozenSet<string> ReportingVerbs = English.Words.Set("reporting-verbs");

    private static readonly FrozenSet<string> SourceStops = English.Words.Set("source-stops");

    private static readonly FrozenSet<string> CitingWords = English.Words.Set("citing-words");

    // Span lookups made once, after the sets they read.
    private static readonly WordSet ReportingVerbsBySpan = new(ReportingVerbs);
    private static readonly WordSet SourceStopsBySpan = new(SourceStops);
    private static readonly WordSet CitingWordsBySpan = new(CitingWords);

    /// <summary>A source named in a sentence and the token span it governs.</summary>
    public readonly record struct Found(string Source, int VerbToken, bool OnlyAfterVerb);

    public static Found? Find(string text, List<WordToken> tokens)
    {
        for (var v = 0; v < tokens.Count; v++)
        {
            var token = tokens[v];
            if (token.Kind != WordTokenKind.Word)
            {
                continue;
            }
            if (token.Is(text, "according") && v + 1 < tokens.Count && tokens[v + 1].Is(text, "to"))
            {
                var source = Forward(text, tokens, v + 2);
                if (source is not null)
                {
                    return new Found(source, v, false);
                }
                continue;
            }
            if (CitingWordsBySpan.Contains(token.Span(text)))
            {
                var source = Forward(text, tokens, v + 1);
                if (source is not null)
                {
                    return new Found(source, v, false);
                }
                continue;
            }
            if (!ReportingVerbsBySpan.Contains(token.Span(text)))
            {
                continue;
            }
            var inverted = v > 0 && tokens[v - 1].Kind == WordTokenKind.Punctuation && tokens[v - 1].IsPunctuation(text, ',');
            var found = inverted ? Forward(text, tokens, v + 1) : Backward(text, tokens, v);
            if (found is null)
            {
                continue;
            }
            var onlyAfter = v + 1 < tokens.Count && tokens[v + 1].Is(text, "that");
            return new Found(found, v, onlyAfter);
        }
        return null;
    }

    private static string? Backward(string text, List<WordToken> tokens, int verb)
    {
        var first = verb;
        while (first > 0 && verb - first < MaxSourceTokens)
        {
            var previous = tokens[first - 1];
            if (previous.Kind != WordTokenKind.Word || SourceStopsBySpan.Contains(previous.Span(text)))
            {
                break;
            }
            first--;
        }
        if (first == verb)
        {
            return null;
        }
        // "Reports from X indicate": the source is X, not the reports.
        for (var k = first; k < verb - 1; k++)
        {
            if (tokens[k].Is(text, "from"))
            {
                first = k + 1;
                break;
            }
        }
        return Slice(text, tokens, first, verb);
    }

    private static string? Forward(string text, List<WordToken> tokens, int from)
    {
        var last = from;
        while (last < tokens.Count && last - from < MaxSourceTokens && tokens[last].Kind == WordTokenKind.Word
            && !(last > from && SourceStopsBySpan.Contains(tokens[last].Span(text))))
        {
            last++;
        }
        return last == from ? null : Slice(text, tokens, from, last);
    }

    private static string Slice(string text, List<WordToken> tokens, int first, int end) =>
        text[tokens[first].Start..tokens[end - 1].End];
}
