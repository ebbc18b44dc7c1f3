namespace Clustering.Cli.Web.Feeds;

/// <summary>What a feed says about itself, whatever its format: its title and language, and its entries.</summary>
internal sealed record FeedDocument(string? Title, string? Language, IReadOnlyList<FeedEntry> Entries);

/// <summary>
/// One item or entry as the feed wrote it: Html is markup to strip (or plain text when IsPlainText),
/// Published the date as written (read leniently later).
/// </summary>
internal sealed record FeedEntry(string? Id, string? Title, string? Html, bool IsPlainText, string? Link, string? Published);
