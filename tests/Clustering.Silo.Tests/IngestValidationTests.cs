using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace Clustering.Silo.Tests;

/// <summary>Every bad input to the ingest routes gets a clear answer: a status code and a problem naming the field.</summary>
[Collection(SiloCollection.Name)]
public class IngestValidationTests(SiloFixture fixture)
{
    private HttpClient Http => fixture.Silo.Http;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static ByteArrayContent Bytes(byte[] bytes, string mediaType = "application/json")
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(mediaType);
        return content;
    }

    private static async Task<JsonElement> Problem(HttpResponseMessage response, HttpStatusCode status)
    {
        response.StatusCode.ShouldBe(status);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        problem.GetProperty("status").GetInt32().ShouldBe((int)status);
        problem.GetProperty("detail").GetString().ShouldNotBeNullOrWhiteSpace();
        return problem;
    }

    [Theory]
    [InlineData("id", "17")]
    [InlineData("title", "[\"a\"]")]
    [InlineData("text", "{\"x\":1}")]
    [InlineData("url", "true")]
    [InlineData("source", "3.5")]
    [InlineData("published", "20250510")]
    [InlineData("language", "false")]
    public async Task a_field_of_the_wrong_type_is_a_400_naming_that_field_and_the_type_given(string field, string value)
    {
        var json = field == "title"
            ? $$"""{"text":"Body text","title":{{value}}}"""
            : $$"""{"title":"A title","{{field}}":{{value}}}""";

        using var response = await Http.PostAsync("api/articles", Bytes(Encoding.UTF8.GetBytes(json)), Ct);

        var problem = await Problem(response, HttpStatusCode.BadRequest);
        problem.GetProperty("field").GetString().ShouldBe(field);
        problem.GetProperty("detail").GetString()!.ShouldContain("must be a string");
    }

    [Theory]
    [InlineData("""{"title":"  ","text":""}""", "title", "title or text")]
    [InlineData("""{"title":null,"text":null,"source":"Wire"}""", "title", "title or text")]
    [InlineData("""{"title":"t","published":"10/05/2025"}""", "published", "ISO 8601")]
    [InlineData("""{"title":"t","published":"2025-13-45T99:00:00Z"}""", "published", "ISO 8601")]
    [InlineData("""{"title":"t",}""", "body", "broken JSON")]
    [InlineData("""[{"title":"t"}]""", "body", "expected a JSON object")]
    [InlineData("""{"title":"t"} {"title":"u"}""", "body", "after a single JSON value")]
    [InlineData("", "body", "empty")]
    [InlineData("""{"title":"lone \ud800 surrogate"}""", "title", "surrogate")]
    [InlineData("""{"title":"t","\udc00":1}""", "body", "surrogate")]
    public async Task an_invalid_article_is_a_400_problem_naming_the_field_and_the_reason(string json, string field, string reason)
    {
        using var response = await Http.PostAsync("api/articles", Bytes(Encoding.UTF8.GetBytes(json)), Ct);

        var problem = await Problem(response, HttpStatusCode.BadRequest);
        problem.GetProperty("field").GetString().ShouldBe(field);
        problem.GetProperty("detail").GetString()!.ShouldContain(reason);
    }

    [Fact]
    public async Task invalid_utf8_over_http_is_a_400_that_says_so()
    {
        // {"title":"caf<C3 28>"}: a lead byte followed by a non-continuation byte.
        byte[] body = [.. "{\"title\":\"caf"u8, 0xC3, 0x28, .. "\"}"u8];

        using var response = await Http.PostAsync("api/articles", Bytes(body), Ct);

        var problem = await Problem(response, HttpStatusCode.BadRequest);
        problem.GetProperty("field").GetString().ShouldBe("body");
        problem.GetProperty("detail").GetString()!.ShouldContain("UTF-8");
    }

    [Fact]
    public async Task a_byte_order_mark_before_an_article_is_not_content()
    {
        byte[] body = [0xEF, 0xBB, 0xBF, .. """{"id":"bom-1","title":"Harbour crane collapses in Westmere","text":"A crane fell."}"""u8];

        using var response = await Http.PostAsync("api/articles", Bytes(body), Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetString().ShouldBe("bom-1");
    }

    [Fact]
    public async Task an_article_over_one_mebibyte_is_a_413_problem()
    {
        var body = Encoding.UTF8.GetBytes("{\"title\":\"" + new string('x', (1 << 20) + 1) + "\"}");

        using var response = await Http.PostAsync("api/articles", Bytes(body), Ct);

        var problem = await Problem(response, HttpStatusCode.RequestEntityTooLarge);
        problem.GetProperty("detail").GetString()!.ShouldContain("1048576");
    }

    [Fact]
    public async Task an_article_streamed_without_length_over_one_mebibyte_is_a_413_problem()
    {
        using var content = new StreamContent(new FillerStream((1 << 20) + 100, lineEvery: 0));
        content.Headers.ContentType = new("application/json");

        using var response = await Http.PostAsync("api/articles", content, Ct);

        await Problem(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task a_batch_announcing_more_than_64_mebibytes_is_refused_with_413_before_its_body_is_read()
    {
        // Only the headers are sent: the answer must come from the Content-Length alone.
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(fixture.Silo.Address.Host, fixture.Silo.Address.Port, Ct);
        var stream = tcp.GetStream();
        var request = $"POST /api/articles/batch HTTP/1.1\r\nHost: {fixture.Silo.Address.Authority}\r\n"
            + $"Content-Type: application/x-ndjson\r\nContent-Length: {(64L << 20) + 1}\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request), Ct);

        var answer = await ReadHttpResponse(stream);

        answer.ShouldStartWith("HTTP/1.1 413");
        answer.ShouldContain("application/problem+json");
        answer.ShouldContain("a batch is at most 67108864 bytes");
    }

    [Fact]
    public async Task a_batch_streamed_past_64_mebibytes_is_cut_off_with_413_and_keeps_what_came_before()
    {
        // Chunked, so no Content-Length: the server learns the size only while reading. The first
        // line is a good article, then over-long lines that the reader skips without buffering. A raw
        // socket, because the server closes the connection after its answer while we are still
        // sending, which HttpClient reports as a broken pipe instead of the response.
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(fixture.Silo.Address.Host, fixture.Silo.Address.Port, Ct);
        var stream = tcp.GetStream();
        var reading = ReadHttpResponse(stream);
        var head = $"POST /api/articles/batch HTTP/1.1\r\nHost: {fixture.Silo.Address.Authority}\r\n"
            + "Content-Type: application/x-ndjson\r\nTransfer-Encoding: chunked\r\n\r\n";
        var first = """{"id":"stream-before-limit","title":"Ferry grounded off Calder Point","text":"A ferry ran aground."}""" + "\n";
        var filler = new byte[64 * 1024];
        Array.Fill(filler, (byte)'x');
        filler[^1] = (byte)'\n';
        long sent = 0;
        try
        {
            await stream.WriteAsync(Encoding.ASCII.GetBytes(head + $"{first.Length:X}\r\n{first}\r\n"), Ct);
            while (sent < (64L << 20) + (1 << 20) && !reading.IsCompleted)
            {
                await stream.WriteAsync(Encoding.ASCII.GetBytes($"{filler.Length:X}\r\n"), Ct);
                await stream.WriteAsync(filler, Ct);
                await stream.WriteAsync("\r\n"u8.ToArray(), Ct);
                sent += filler.Length;
            }
            await stream.WriteAsync("0\r\n\r\n"u8.ToArray(), Ct);
        }
        catch (IOException)
        {
            // The server stopped reading after the limit: expected.
        }

        var answer = await reading;

        sent.ShouldBeGreaterThanOrEqualTo(64L << 20);
        answer.ShouldStartWith("HTTP/1.1 413");
        answer.ShouldContain("application/problem+json");
        answer.ShouldContain("\"accepted\":1");
        (await fixture.Silo.Client.GetArticle("stream-before-limit", Ct)).ShouldNotBeNull();
    }

    [Fact]
    public async Task a_mixed_batch_lists_each_bad_line_by_number_and_its_good_articles_are_retrievable_and_the_silo_stays_healthy()
    {
        string[] lines =
        [
            """{"id":"mixed-1","title":"Spillway opened at the Caddow reservoir","text":"Engineers opened the spillway."}""",
            """{"title":["not","a","string"]}""",
            "{\"title\":\"caf\u00e9\"",
            """{"title":"t","published":"yesterday"}""",
            """{"text":"   "}""",
            """{"id":"mixed-2","title":"Caddow reservoir: villagers told to move to high ground","text":"Villagers were told to leave."}""",
            "[1,2,3]",
            new string('9', 5000),
            new string('"', 5000),
            new string('[', 5000) + new string(']', 5000),
            """{"id":"mixed-3","text":"A third good line, text only, about the Caddow reservoir."}""",
        ];
        var body = new List<byte>();
        foreach (var line in lines)
        {
            body.AddRange(Encoding.UTF8.GetBytes(line));
            body.Add((byte)'\n');
        }
        // Line 12: invalid UTF-8 inside an otherwise fine object.
        body.AddRange([.. "{\"title\":\"bad "u8, 0xFF, 0xFE, .. "\"}\n"u8]);

        using var response = await Http.PostAsync("api/articles/batch", Bytes([.. body], "application/x-ndjson"), Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        result.GetProperty("accepted").GetInt32().ShouldBe(3);
        var rejected = result.GetProperty("rejected").EnumerateArray()
            .ToDictionary(r => r.GetProperty("line").GetInt32(), r => r.GetProperty("error").GetString()!);
        rejected.Keys.Order().ShouldBe([2, 3, 4, 5, 7, 8, 9, 10, 12]);
        rejected[2].ShouldStartWith("title:");
        rejected[3].ShouldContain("broken JSON");
        rejected[4].ShouldStartWith("published:");
        rejected[5].ShouldContain("title or text");
        rejected[7].ShouldContain("expected a JSON object");
        rejected[12].ShouldContain("UTF-8");

        foreach (var id in new[] { "mixed-1", "mixed-2", "mixed-3" })
        {
            var status = await fixture.Silo.Client.GetArticle(id, Ct);
            status.ShouldNotBeNull();
            status.StoryId.ShouldNotBeNullOrEmpty();
            (await fixture.Silo.Client.GetStory(status.StoryId!, Ct)).ShouldNotBeNull().Articles.ShouldContain(a => a.Id == id);
        }
        using var ready = await Http.GetAsync("health/ready", Ct);
        ready.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private static async Task<string> ReadHttpResponse(NetworkStream stream)
    {
        var buffer = new byte[8192];
        var text = new StringBuilder();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        while (true)
        {
            int read;
            try
            {
                read = await stream.ReadAsync(buffer, timeout.Token);
            }
            catch (IOException)
            {
                break;
            }
            if (read == 0)
            {
                break;
            }
            text.Append(Encoding.UTF8.GetString(buffer, 0, read));
            var all = text.ToString();
            if (all.Contains("\r\n\r\n", StringComparison.Ordinal) && all.Contains("\"status\":413", StringComparison.Ordinal))
            {
                break;
            }
        }
        return text.ToString();
    }
}

/// <summary>A read-only stream of <c>x</c> bytes (with a newline every <c>lineEvery</c> bytes) that never holds more than its caller's buffer.</summary>
internal sealed class FillerStream(long length, int lineEvery, byte[]? prefix = null) : Stream
{
    private readonly byte[] _prefix = prefix ?? [];
    private long _position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => _position; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var total = _prefix.Length + length;
        var n = (int)Math.Min(count, total - _position);
        for (var i = 0; i < n; i++, _position++)
        {
            if (_position < _prefix.Length)
            {
                buffer[offset + i] = _prefix[_position];
                continue;
            }
            var body = _position - _prefix.Length;
            buffer[offset + i] = lineEvery > 0 && body % lineEvery == lineEvery - 1 ? (byte)'\n' : (byte)'x';
        }
        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
