using Clustering.Core.Packs;
using Clustering.Core.Text;

namespace Clustering.Core.Facts;

/// <summary>
/// Finds counts in prose with what they count, their hedge and their source: "around 2,000
/// soldiers, the ministry said", "three men were found dead", "killing two", "more than half
/// of the crew were killed or injured". Years, dates, ages, ordinals, times, prices, addresses
/// and phone numbers are not counts and are skipped.
/// </summary>
public static class QuantityExtractor
{

    [ThreadStatic]
    private static List<WordToken>? t_tokens;

    [ThreadStatic]
    private static List<(int Start, int Length)>? t_sentences;

    [ThreadStatic]
    private static SentenceReader? t_reader;

    public static List<Quantity> Extract(string text)
    {
        var into = new List<Quantity>();
        Extract(text, into, DomainPacks.ContextOf(string.Empty, text));
        ResolveAdditions(into);
        return into;
    }

    /// <summary>Appends the quantities of <paramref name="text"/>; call <see cref="ResolveAdditions"/> once all texts of an article are in.</summary>
    public static void Extract(string text, List<Quantity> into) => Extract(text, into, DomainPacks.ContextOf(string.Empty, text));

    /// <summary>As <see cref="Extract(string, List{Quantity})"/>, in the context of the article the text is part of.</summary>
    public static void Extract(string text, List<Quantity> into, ReadingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var sentences = t_sentences ??= new List<(int, int)>(32);
        var tokens = t_tokens ??= new List<WordToken>(128);
        var reader = t_reader ??= new SentenceReader();
        sentences.Clear();
        SentenceSplitter.Split(text, sentences);
        foreach (var (start, length) in sentences)
        {
            // A line break ends a sentence too: captions, datelines and headlines in a page carry no period.
            var end = start + length;
            for (var from = start; from < end;)
            {
                var newline = text.IndexOf('\n', from, end - from);
                var to = newline < 0 ? end : newline;
                ReadLine(text, from, to, tokens, reader, into, context.Shooting);
                from = to + 1;
            }
        }
    }

    private static void ReadLine(string text, int start, int end, List<WordToken> tokens, SentenceReader reader, List<Quantity> into, bool shooting)
    {
        tokens.Clear();
        WordScanner.Scan(text, start, end, tokens);
        if (tokens.Count == 0 || !MayHoldNumber(text, tokens) || AsksWhether(text, tokens, end))
        {
            return;
        }
        reader.Read(text, tokens, start, into, shooting);
    }

    /// <summary>
    /// "Could the fire really have killed 1,000 people?": a question that asks whether states nothing. A
    /// question that asks why or how ("How did 40 die in the blaze?") takes its count as known and is read.
    /// </summary>
    private static bool AsksWhether(string text, List<WordToken> tokens, int end)
    {
        var last = end - 1;
        while (last >= 0 && char.IsWhiteSpace(text[last]))
        {
            last--;
        }
        return last >= 0 && text[last] == '?' && tokens[0].Kind == WordTokenKind.Word && FactLexicon.QuestionOpenersBySpan.Contains(tokens[0].Span(text));
    }

    /// <summary>"An additional 500 troops" after "2,000 troops": adds the total, 2,500, as its own quantity.</summary>
    public static void ResolveAdditions(List<Quantity> quantities)
    {
        var count = quantities.Count;
        for (var i = 0; i < count; i++)
        {
            var addition = quantities[i];
            if (addition.Role != QuantityRole.Addition)
            {
                continue;
            }
            for (var p = i - 1; p >= 0; p--)
            {
                var part = quantities[p];
                // A headline sums up the body: "1 killed, 5 more wounded" over a body that says "five others
                // wounded" is five, not ten. An addition adds only to a count of the same part of the page.
                if (part.Role != QuantityRole.Stated || part.Kind != QuantityKind.Count || part.Slot != addition.Slot
                    || (part.Offset < 0) != (addition.Offset < 0))
                {
                    continue;
                }
                var qualifier = part.Qualifier != Qualifiers.Exact ? part.Qualifier : addition.Qualifier;
                quantities.Add(new Quantity(
                    part.Slot, part.Value + addition.Value, part.Low + addition.Low, part.High + addition.High, qualifier,
                    part.Text + " + " + addition.Text, addition.Attribution ?? part.Attribution, QuantityKind.Count,
                    QuantityRole.Total, addition.Offset));
                break;
            }
        }
    }

    private static bool MayHoldNumber(string text, List<WordToken> tokens)
    {
        foreach (var token in tokens)
        {
            if (token.Kind == WordTokenKind.Number)
            {
                return true;
            }
            // "a 15-year-old was wounded": an age that stands for the person.
            if (token.Kind == WordTokenKind.NumberLike && token.Span(text).EndsWith("-old", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
            if (token.Kind == WordTokenKind.Word && token.Length <= 12 && NumberLexicon.CouldStartCount(token.Span(text)))
            {
                return true;
            }
        }
        return false;
    }
}
