using System.Text;

namespace Clustering.Cli.Web.Feeds;

/// <summary>.NET knows only UTF-*, ASCII and Latin-1 until the code pages are registered; older feeds and pages declare others.</summary>
internal static class CodePages
{
    /// <summary>Idempotent: the provider is the same instance every time.</summary>
    public static void Register() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
}
