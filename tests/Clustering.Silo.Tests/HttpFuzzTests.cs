using System.Diagnostics;
using System.Net;
using System.Text;
using Clustering.Testing;

namespace Clustering.Silo.Tests;

/// <summary>
/// Random and mutated bodies over real HTTP: the ingest routes answer every one with a status of the
/// contract (never 500, never a dropped connection), and the silo is healthy afterwards.
/// </summary>
/// <remarks>
/// On a silo of its own: a mutated seed is often a valid article (its date, id or words changed at
/// random) and would otherwise join or revise the stories of the tests sharing the silo.
/// In the collection still, so that it does not run beside them on a small machine.
/// </remarks>
[Collection(SiloCollection.Name)]
public class HttpFuzzTests
{
    private static readonly HttpStatusCode[] Allowed = [HttpStatusCode.OK, HttpStatusCode.Accepted, HttpStatusCode.BadRequest, HttpStatusCode.RequestEntityTooLarge];

    private static readonly byte[][] Seeds =
    [
        """{"id":"fz","title":"Storm surge floods Tarrow seafront","text":"At least 40 homes were flooded, officials said.","published":"2026-01-02T03:04:05Z","source":"Wire"}"""u8.ToArray(),
        """{"title":"\u201cWe lost everything,\u201d said one resident","text":"About 1,200 people were displaced."}"""u8.ToArray(),
        "{\"title\":\"a\"}\n{\"title\":\"b\"}\n{\"text\":\"c\"}"u8.ToArray(),
    ];

    private static readonly byte[][] Tokens =
    [
        "\""u8.ToArray(), "\\ud800"u8.ToArray(), "{"u8.ToArray(), "["u8.ToArray(), "\n"u8.ToArray(), [0xFF], [0xC3], [0x00], "1e99999"u8.ToArray(), "null"u8.ToArray(),
    ];

    [Fact]
    public async Task random_and_mutated_bodies_get_a_contract_status_never_a_500_and_the_silo_stays_ready()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var silo = await TestSilo.Start();
        var random = new Random(20260314);
        var watch = Stopwatch.StartNew();
        var sent = 0;
        var statuses = new Dictionary<HttpStatusCode, int>();
        while (watch.Elapsed < TimeSpan.FromSeconds(4))
        {
            var body = random.Next(4) == 0 ? RandomBytes(random) : Mutate(random, Seeds[random.Next(Seeds.Length)]);
            var route = random.Next(2) == 0 ? "api/articles" : "api/articles/batch";
            using var content = new ByteArrayContent(body);
            content.Headers.ContentType = new(route.EndsWith("batch", StringComparison.Ordinal) ? "application/x-ndjson" : "application/json");

            using var response = await silo.Http.PostAsync(route, content, ct);

            var answer = await response.Content.ReadAsStringAsync(ct);
            response.StatusCode.ShouldBeOneOf(Allowed, $"{route} answered {(int)response.StatusCode} to {Convert.ToHexString(body)}: {answer}");
            statuses[response.StatusCode] = statuses.GetValueOrDefault(response.StatusCode) + 1;
            sent++;
        }
        TestContext.Current.TestOutputHelper?.WriteLine($"{sent} requests in {watch.Elapsed.TotalSeconds:0.0} s: " + string.Join(", ", statuses.Select(s => $"{(int)s.Key}×{s.Value}")));

        sent.ShouldBeGreaterThan(50);
        statuses.Keys.ShouldContain(HttpStatusCode.BadRequest);
        using var ready = await silo.Http.GetAsync("health/ready", ct);
        ready.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private static byte[] RandomBytes(Random random)
    {
        var bytes = new byte[random.Next(0, 512)];
        random.NextBytes(bytes);
        return bytes;
    }

    private static byte[] Mutate(Random random, byte[] seed)
    {
        var bytes = new List<byte>(seed);
        for (var n = random.Next(1, 6); n > 0; n--)
        {
            var at = random.Next(bytes.Count + 1);
            switch (random.Next(4))
            {
                case 0 when at < bytes.Count: bytes[at] ^= (byte)(1 << random.Next(8)); break;
                case 1 when at < bytes.Count: bytes.RemoveRange(at, Math.Min(bytes.Count - at, random.Next(1, 12))); break;
                case 2: bytes.InsertRange(at, Tokens[random.Next(Tokens.Length)]); break;
                default: bytes.Insert(at, (byte)random.Next(256)); break;
            }
        }
        return [.. bytes];
    }
}
