namespace Clustering.Cli.Tests.Web;

/// <summary>Invented feeds and pages, written for these tests.</summary>
internal static class Documents
{
    public static string Rss(params (string Guid, string Title, string Description, string Date)[] items) =>
        $"""
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0">
          <channel>
            <title>Harbour Gazette</title>
            <link>http://127.0.0.1/</link>
            <description>Invented local news</description>
            <language>en</language>
            {string.Concat(items.Select(item => $"""
            <item>
              <guid isPermaLink="false">{item.Guid}</guid>
              <title>{item.Title}</title>
              <link>http://127.0.0.1/news/{item.Guid}</link>
              <description><![CDATA[{item.Description}]]></description>
              <pubDate>{item.Date}</pubDate>
            </item>
            """))}
          </channel>
        </rss>
        """;

    public const string Atom = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
          <title>Valley Courier</title>
          <id>urn:valley-courier</id>
          <updated>2026-02-03T08:00:00Z</updated>
          <entry>
            <id>urn:valley-courier:ferry-1</id>
            <title type="html">Ferry &lt;em&gt;Varra Star&lt;/em&gt; runs aground</title>
            <link rel="alternate" href="http://127.0.0.1/courier/ferry-1"/>
            <updated>2026-02-03T07:30:00Z</updated>
            <content type="html">&lt;p&gt;The ferry ran aground at dawn.&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;p&gt;All 112 passengers were taken off.&lt;/p&gt;</content>
          </entry>
          <entry>
            <title>An entry without id takes its link</title>
            <id></id>
            <link href="http://127.0.0.1/courier/no-id"/>
            <updated>2026-02-03T07:45:00Z</updated>
            <summary>Only a summary here.</summary>
          </entry>
        </feed>
        """;

    public const string Page = """
        <!doctype html>
        <html lang="en">
        <head>
          <title>Dam inspectors find cracks | Kessford Post</title>
          <meta property="og:title" content="Dam inspectors find cracks in Kessford spillway">
          <meta property="og:site_name" content="Kessford Post">
          <meta property="article:published_time" content="2026-03-14T09:15:00Z">
          <style>body { color: red }</style>
          <script>var tracking = "do not read me";</script>
        </head>
        <body>
          <nav><a href="/">Home</a> <a href="/news">News</a> Subscribe now</nav>
          <header><h1>Kessford Post</h1></header>
          <article>
            <h1>Dam inspectors find cracks in Kessford spillway</h1>
            <p>Inspectors found cracks in the spillway of the Kessford dam on Friday.</p>
            <aside>Related: ten other dams you should know about</aside>
            <p>The reservoir will be lowered by two metres as a precaution.</p>
            <script>document.write("ad")</script>
          </article>
          <footer>Copyright Kessford Post. All rights reserved.</footer>
        </body>
        </html>
        """;

    public const string PageWithoutArticle = """
        <html><head><title>Road closed after landslide</title></head>
        <body><div id="menu"><ul><li>Home</li></ul></div>
        <main><p>A landslide closed the coast road near Brenmouth overnight.</p><p>Crews expect to reopen it by Monday.</p></main>
        </body></html>
        """;
}
