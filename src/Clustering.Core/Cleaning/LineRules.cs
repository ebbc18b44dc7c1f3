using System.Text.RegularExpressions;
using Clustering.Core.Text;

namespace Clustering.Core.Cleaning;

/// <summary>
/// Judges one page line. The rules name shapes and the stock phrases of page templates (share
/// bars, copyright footers, error pages, sign-up boxes), never a particular site or article, so
/// they carry over to pages we have not seen.
/// </summary>
internal static partial class LineRules
{
    public const int FragmentMaxWords = 6;
    private const int TruncatedMinLength = 150;
    private const int PhraseRuleMaxLength = 400;

    public static LineKind Classify(string line)
    {
        if (!HasLetter(line))
        {
            return LineKind.Junk;
        }
        // Whole-line rules look at the line without the punctuation around it ("• Share this »").
        var core = Core(line);
        if (core.Length <= WholeLineMaxLength && SafeRegex.IsMatch(EndOfArticle(), core))
        {
            return LineKind.EndOfArticle;
        }
        if ((core.Length <= WholeLineMaxLength || StartsLikeJunk(core)) && SafeRegex.IsMatch(WholeLineJunk(), core)
            || (line.Length < PhraseRuleMaxLength && (line.AsSpan().IndexOfAny(PhraseTriggers) >= 0 || line.Contains('©')) && SafeRegex.IsMatch(JunkPhrase(), line))
            || (core.IndexOf(' ') < 0 && SafeRegex.IsMatch(OnlyAddress(), core))
            || (line.Length < 200 && HasContactDetail(line))
            || (MayBeCaption(line, core) && SafeRegex.IsMatch(Caption(), line))
            || (Opens(core, "by") && SafeRegex.IsMatch(Byline(), line))
            || (char.IsDigit(line[0]) && SafeRegex.IsMatch(VideoTeaser(), line))
            || StampLine.Is(line))
        {
            return LineKind.Junk;
        }

        var terminal = EndsLikeSentence(line);
        if (!terminal && GluedBoundaries(line) >= 2)
        {
            // "RiversBridgesCity councilTransport": a tag list whose separators were lost in scraping.
            return LineKind.Junk;
        }
        if (terminal)
        {
            return LineKind.Body;
        }
        var words = CountWords(line);
        if (words <= FragmentMaxWords)
        {
            return LineKind.Fragment;
        }
        return line.Length >= TruncatedMinLength && !EndsWithQuestionOrQuote(line) ? LineKind.Truncated : LineKind.Headline;
    }

    private const int WholeLineMaxLength = 120;

    // Literal pieces of every JunkPhrase alternative: one vectorised scan rules out most prose
    // lines before the regex, which is the costly part of cleaning. "©" is looked for apart:
    // one non-ASCII value would send the whole search down its slow Unicode path.
    private static readonly System.Buffers.SearchValues<string> PhraseTriggers = System.Buffers.SearchValues.Create(
        [
            "rights reserved", "may not be", "this material", "javascript", "sign up", "subscribe", "click here", "download",
            "follow ", "join the conversation", "notification", "problem saving", "report an error", "submit a tip",
            "need an account", "subscription", "subscriber", "sorry, but", "looking for", "exist", "not found",
            "contributed to this", "warranty", "for the accuracy", "copyright", "for more", "stay with", "check back",
            "keep checking", "alerts", "newsletter", "feel free", "contact us", "news team", "terms of",
            "privacy policy", "cookie", "has been shared", "share this",
        ],
        StringComparison.OrdinalIgnoreCase);

    private static string Core(string line)
    {
        var start = 0;
        var end = line.Length;
        while (start < end && !char.IsLetterOrDigit(line[start]) && line[start] != '©' && line[start] != '@')
        {
            start++;
        }
        while (end > start && !char.IsLetterOrDigit(line[end - 1]))
        {
            end--;
        }
        return start == 0 && end == line.Length ? line : line[start..end];
    }

    // Stock prompts that run long ("Please enable Javascript to watch this video and …").
    private static bool StartsLikeJunk(string core) =>
        Opens(core, "please enable") || Opens(core, "like this")
        || Opens(core, "share this") || Opens(core, "follow us")
        || Opens(core, "subscribe") || Opens(core, "sign ");

    private static bool HasContactDetail(string line)
    {
        if (line.Contains('@') && SafeRegex.IsMatch(Email(), line))
        {
            return true;
        }
        return line.Contains('-') && line.AsSpan().IndexOfAnyInRange('0', '9') >= 0 && SafeRegex.IsMatch(Phone(), line);
    }

    // Cheap shape tests before the caption regex: a credit in brackets at the very end, or a caption label first.
    private static bool MayBeCaption(string line, string core)
    {
        var lastWord = line.Length - 1;
        while (lastWord >= 0 && !char.IsLetterOrDigit(line[lastWord]))
        {
            lastWord--;
        }
        var closing = line.IndexOf(')', Math.Max(0, lastWord));
        return (closing > lastWord && line.Contains('(')) || Opens(core, "photo")
            || Opens(core, "image") || Opens(core, "file photo")
            || Opens(core, "pictured") || Opens(core, "caption");
    }

    // StartsWith(prefix, OrdinalIgnoreCase) for a lower-case ASCII prefix, with the first letter tried inline:
    // a dozen of these run on every line and nearly all fail there. A first character beyond ASCII
    // still gets the full comparison, whose case folding reaches past ASCII.
    private static bool Opens(string core, string prefix) =>
        core.Length > 0 && (core[0] >= 128 || (char)(core[0] | 0x20) == prefix[0]) && core.StartsWith(prefix, StringComparison.OrdinalIgnoreCase);

    public static bool EndsLikeSentence(string line)
    {
        for (var i = line.Length - 1; i >= 0; i--)
        {
            var c = line[i];
            if (c is '"' or '”' or '’' or '\'' or ')' or ']' or '»' or ' ')
            {
                continue;
            }
            return c is '.' or '!' or '?' or '…';
        }
        return false;
    }

    public static int CountWords(string line)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in line)
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord)
            {
                words++;
            }
            inWord = letter || (inWord && c is '\'' or '’' or '-' or '.');
        }
        return words;
    }

    private static bool EndsWithQuestionOrQuote(string line)
    {
        var end = line.TrimEnd();
        return end.Length > 0 && end[^1] is '?' or '"' or '”' or '\'' or '’';
    }

    private static bool HasLetter(string line)
    {
        foreach (var c in line)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }
        return false;
    }

    private static int GluedBoundaries(string line)
    {
        var count = 0;
        for (var i = 1; i < line.Length; i++)
        {
            if (char.IsUpper(line[i]) && char.IsLower(line[i - 1]))
            {
                count++;
            }
        }
        return count;
    }

    [GeneratedRegex(
        @"^(?:legal disclaimer|disclaimer|related(?: articles| stories| links| content| coverage| news| posts)?|you (?:may|might) also (?:like|be interested in)\b.*|more (?:from|stories from)\b.*|in other (?:news|shootings)|editors['’]? picks|most (?:popular|read|viewed|shared)|recommended(?: for you| stories| articles)?|top trending|latest (?:news|stories|headlines)|read more(?: top trending stories\b.*)?|see also|what to read next|more stories|trending stories|popular stories|comments?)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex EndOfArticle();

    [GeneratedRegex(
        @"^(?:advertisements?|sponsored(?: content)?|print(?: this)?|e-?mail(?: this)?|share(?: this(?: story| article)?)?(?::.*)?|pinterest|google\+?|twitter|facebook|linkedin|whatsapp|reddit|pocket|tumblr|more|photos?|videos?|gallery|watch(?: this story| video| live| now)?|show more|see more|load more|featured|sections|news ?feed|follow us\b.*|follow [\w.]+:?(?: (?:on )?(?:facebook|twitter|instagram)| ?\|)*|become a member|subscribe\b.*|sign (?:up|in)\b.*|log ?in\b.*|register|menu|home|search|skip to\b.*|copy link\b.*|avatar|top stories|trending(?: now)?|[\w ]{0,25}logo|\d+ min(?:ute)?s? read|scroll down for video|please enable javascript\b.*|(?:hide|show) transcript(?: (?:hide|show) transcript)?|transcript|like this:.*|loading|comments?\s*no comments?|no comments?(?: yet)?|toggle\b.*|close|next|previous|back to top|(?:font|text) size\b.*|listen(?: to this (?:article|story))?|full story|breaking news|incident update|first report|update|also|for immediate release|sorry|error|oops|page not found)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex WholeLineJunk();

    [GeneratedRegex(
        @"all rights reserved|may not be (?:re)?published|this material may not|enable javascript|sign up (?:for|today|now|here)|subscribe (?:to|now|today)|click here|download (?:the|our)\b.{0,40}\bapp|follow (?:us|\w+) on (?:twitter|facebook|instagram)|join the conversation|your notification has been|email notifications|problem saving your|report an error|submit a tip|need an account|online subscription|print subscriber|we(?:'|’)re sorry, but|page you (?:were|are) looking for|page (?:does not|doesn't|doesn’t) exist|page not found|contributed to this report|without warranty|(?:liability|responsibility) for the accuracy|copyright issues|for more\b.{0,40}\bnews, listen|stay with\b.{0,30}\bfor (?:more|updates|the latest)|check back (?:for|later)|keep checking\b|get (?:email )?alerts|sign up for (?:email|our)|newsletters?\b|^\W*©|^\W*copyright\b|feel free to contact|contact us (?:via|at|by|with)|news team of|terms of (?:use|service)|privacy policy|cookie (?:policy|settings)|use of cookies|this story has been shared|share this (?:story|article) on",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex JunkPhrase();

    [GeneratedRegex(@"^(?:(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+\.[\w.]+|@\w+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex OnlyAddress();

    [GeneratedRegex(@"(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,64}\.[a-z]{2,}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex Email();

    [GeneratedRegex(@"\(\d{3}\)\s?\d{3}-\d{4}|\b\d{3}-\d{3}-\d{4}\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex Phone();

    [GeneratedRegex(
        @"\([^()]{0,160}\b(?:getty images|ap photo|afp|reuters|photo|photos|images|file photo|photograph)\b[^()]{0,80}\)\W*$|^\W*(?:photo|image|file photo|photo credit|pictured|caption)\s*(?:by\b|:|\|)|^\W*image via\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex Caption();

    [GeneratedRegex(@"^\W*by:?\s+[^.!?]{2,80}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex Byline();

    [GeneratedRegex(@"^\d{1,2}:\d{2}\s+\S", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex VideoTeaser();
}
