using System.Text;

namespace Clustering.Cli.Tests.Web.Feeds;

/// <summary>
/// Invented feeds, one per format and encoding, each bending the rules the way real feeds do. Each
/// is encoded at test time in the encoding it declares, so the bytes are what a server would send.
/// </summary>
internal static class FeedFixtures
{
    static FeedFixtures() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static byte[] Encode(string document, string encoding) => Encoding.GetEncoding(encoding).GetBytes(document);

    /// <summary>RSS 0.91 with the Netscape DTD, an HTML entity it never defines here, in ISO-8859-1.</summary>
    public const string Rss091Latin1 = """
        <?xml version="1.0" encoding="ISO-8859-1"?>
        <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">
        <rss version="0.91">
          <channel>
            <title>Le Petit Brenmouthais</title>
            <link>http://127.0.0.1/pb/</link>
            <description>Nouvelles inventées</description>
            <language>fr</language>
            <item>
              <title>Fête du port: la régate reportée</title>
              <link>http://127.0.0.1/pb/regate</link>
              <description>Le vent trop fort a fait reporter la r&eacute;gate à dimanche.</description>
            </item>
          </channel>
        </rss>
        """;

    /// <summary>RSS 0.92 in windows-1252 (curly quotes, a euro sign), a date with a US zone name.</summary>
    public const string Rss092Windows1252 = """
        <?xml version="1.0" encoding="windows-1252"?>
        <rss version="0.92">
          <channel>
            <title>Orrin Valley Echo</title>
            <link>http://127.0.0.1/echo/</link>
            <description>Invented valley news</description>
            <item>
              <title>“Bridge tolls rise to €3,” council says</title>
              <description>The council said the toll on the old bridge rises to €3 from April.</description>
              <link>http://127.0.0.1/echo/tolls</link>
              <pubDate>Sun, 15 Mar 2026 09:05:00 EST</pubDate>
            </item>
          </channel>
        </rss>
        """;

    /// <summary>RSS 1.0 (RDF): items beside the channel, ids in rdf:about, dates in dc:date, in ISO-8859-2.</summary>
    public const string Rss10Latin2 = """
        <?xml version="1.0" encoding="ISO-8859-2"?>
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
          <channel rdf:about="http://127.0.0.1/kurier/">
            <title>Kurier Doliny</title>
            <link>http://127.0.0.1/kurier/</link>
            <description>Wymyślone wiadomości</description>
            <dc:language>pl</dc:language>
            <items><rdf:Seq><rdf:li resource="http://127.0.0.1/kurier/most"/></rdf:Seq></items>
          </channel>
          <item rdf:about="http://127.0.0.1/kurier/most">
            <title>Wóz strażacki utknął na moście</title>
            <link>http://127.0.0.1/kurier/most</link>
            <description>Strażacy spędzili dwie godziny, wyciągając wóz z błota przy moście.</description>
            <dc:date>2026-03-15T10:00:00+01:00</dc:date>
          </item>
        </rdf:RDF>
        """;

    /// <summary>
    /// RSS 2.0 with extra namespaces, content:encoded, an atom:link without href, an empty
    /// description, a bare ampersand, a non-breaking space entity, an offset without colon.
    /// </summary>
    public const string Rss20Deviant = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd">
          <channel>
            <title>Kessford Post</title>
            <atom:link rel="self" type="application/rss+xml"/>
            <link>http://127.0.0.1/kp/</link>
            <description/>
            <item>
              <title>Mill fire: crews & volunteers save the granary</title>
              <link>http://127.0.0.1/kp/mill-fire</link>
              <guid isPermaLink="true">http://127.0.0.1/kp/mill-fire</guid>
              <description></description>
              <content:encoded><![CDATA[<p>Crews fought the fire at the old mill for&nbsp;six hours.</p>]]></content:encoded>
              <media:title>Photo of the mill</media:title>
              <pubDate>Sun, 15 Mar 2026 11:30:00 +0100</pubDate>
            </item>
            <item>
              <title>Podcast: the week in Kessford</title>
              <guid isPermaLink="false">kp-podcast-12</guid>
              <description/>
              <itunes:duration>12:00</itunes:duration>
              <pubDate>sometime last week</pubDate>
            </item>
          </channel>
        </rss>
        """;

    /// <summary>RSS without a version attribute, in GB2312.</summary>
    public const string RssVersionlessGb2312 = """
        <?xml version="1.0" encoding="GB2312"?>
        <rss>
          <channel>
            <title>河谷日报</title>
            <item>
              <title>河边小镇举行龙舟比赛</title>
              <link>http://127.0.0.1/hg/longzhou</link>
              <description>周日，十二支队伍在小镇的河上比赛。</description>
              <pubDate>2026-03-15 08:00:00</pubDate>
            </item>
          </channel>
        </rss>
        """;

    /// <summary>Atom with a link that has no href, an xhtml title, and only an updated date.</summary>
    public const string AtomLenient = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" xmlns:georss="http://www.georss.org/georss" xml:lang="en">
          <title type="text">Brenmouth Weekly</title>
          <id>urn:brenmouth-weekly</id>
          <link/>
          <updated>2026-03-15T12:00:00Z</updated>
          <entry>
            <id>urn:brenmouth-weekly:lighthouse</id>
            <title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Lighthouse lamp <b>relit</b></div></title>
            <link rel="alternate"/>
            <link rel="alternate" href="/weekly/lighthouse"/>
            <georss:point>50.1 -5.2</georss:point>
            <updated>2026-03-15T11:00:00Z</updated>
            <summary type="text">The lamp shone again after a month of repairs &lt;finally&gt;.</summary>
          </entry>
        </feed>
        """;

    /// <summary>JSON Feed 1.1 with one HTML item and one plain-text item with a numeric id.</summary>
    public const string JsonFeed = """
        {
          "version": "https://jsonfeed.org/version/1.1",
          "title": "Harrowgate Notes",
          "language": "en-GB",
          "items": [
            {"id": "hn-1", "url": "http://127.0.0.1/hn/orchard", "title": "Orchard frost damage smaller than feared",
             "content_html": "<p>Growers said most blossom survived.</p>", "date_published": "2026-03-15T07:00:00+00:00"},
            {"id": 2, "url": "http://127.0.0.1/hn/bus", "content_text": "The 42 bus returns to its old route on Monday."}
          ]
        }
        """;

    /// <summary>RSS 2.0 with blank lines before its declaration and prefixes it never declares (dc:, media:).</summary>
    public const string Rss20UndeclaredPrefixes = """


        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0">
          <channel>
            <title>Ashcombe Classifieds</title>
            <item>
              <title>Rowing boat for sale, needs paint</title>
              <link>http://127.0.0.1/ac/boat</link>
              <dc:creator>Ashcombe Classifieds</dc:creator>
              <media:thumbnail url="http://127.0.0.1/ac/boat.jpg"/>
              <description>Wooden rowing boat, two oars, collect from the quay.</description>
            </item>
          </channel>
        </rss>
        """;

    /// <summary>Atom 0.3: its own namespace, dates in issued and modified.</summary>
    public const string Atom03 = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed version="0.3" xmlns="http://purl.org/atom/ns#">
          <title>Kessford Science Notes</title>
          <entry>
            <title>Moth count doubles in Kessford meadows</title>
            <link rel="alternate" type="text/html" href="http://127.0.0.1/ksn/moths"/>
            <id>tag:ksn,2026:moths</id>
            <issued>2026-03-12T09:00:00Z</issued>
            <modified>2026-03-13T09:00:00Z</modified>
            <summary>Volunteers counted twice as many moths as last summer.</summary>
          </entry>
        </feed>
        """;

    /// <summary>A feed cut off mid-item: truly unreadable.</summary>
    public const string Broken = """
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0"><channel><title>Cut Off Courier</title><item><title>Half an item
        """;
}
