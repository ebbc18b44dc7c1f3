using Clustering.Core.Cleaning;

namespace Clustering.Core.Text;

/// <summary>
/// The body-only face of <see cref="PageCleaner"/>, kept for callers that hold a bare text: page
/// chrome, error pages, repeats, teasers and footers go; paragraphs come back joined by new lines.
/// </summary>
public static class TextCleaner
{
    public static string Clean(string text) => text.Length == 0 ? text : PageCleaner.CleanBody(text);
}
