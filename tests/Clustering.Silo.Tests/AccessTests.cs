using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Clustering.Client;
using Clustering.Testing;

namespace Clustering.Silo.Tests;

/// <summary>A silo with ingest and read keys: who may write, who may read and follow, and what stays open.</summary>
public sealed class ApiKeyTests : IAsyncLifetime
{
    private const string IngestKey = "ingest-key-1";
    private const string ReadKey = "read-key-1";
    private TestSilo _silo = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() =>
        _silo = await TestSilo.Start("--Clustering:IngestKeys", $"other-ingest, {IngestKey}", "--Clustering:ReadKeys", ReadKey);

    public async ValueTask DisposeAsync() => await _silo.DisposeAsync();

    private async Task<HttpResponseMessage> Send(HttpMethod method, string path, string? key = null, string? body = null, string header = "X-Api-Key")
    {
        using var request = new HttpRequestMessage(method, path);
        if (key is not null)
        {
            if (header == "Bearer")
            {
                request.Headers.Authorization = new("Bearer", key);
            }
            else
            {
                request.Headers.Add(header, key);
            }
        }
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }
        return await _silo.Http.SendAsync(request, Ct);
    }

    private static async Task ShouldBeUnauthorized(HttpResponseMessage response, string detailPart)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        problem.GetProperty("status").GetInt32().ShouldBe(401);
        problem.GetProperty("detail").GetString()!.ShouldContain(detailPart);
    }

    [Fact]
    public async Task a_write_without_a_key_or_with_a_wrong_or_read_key_is_a_401_problem()
    {
        const string article = """{"id":"key-denied","title":"Should not land"}""";

        using var none = await Send(HttpMethod.Post, "api/articles", body: article);
        using var wrong = await Send(HttpMethod.Post, "api/articles", "ingest-key-2", article);
        using var prefix = await Send(HttpMethod.Post, "api/articles", "ingest-key-", article);
        using var read = await Send(HttpMethod.Post, "api/articles/batch", ReadKey, article);
        using var queryOnly = await Send(HttpMethod.Post, "api/articles?access_token=" + IngestKey, body: article);

        await ShouldBeUnauthorized(none, "needs an ingest key");
        await ShouldBeUnauthorized(wrong, "not a valid ingest key");
        await ShouldBeUnauthorized(prefix, "not a valid ingest key");
        await ShouldBeUnauthorized(read, "not a valid ingest key");
        await ShouldBeUnauthorized(queryOnly, "needs an ingest key");
        using var check = await Send(HttpMethod.Get, "api/articles/key-denied", IngestKey);
        check.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task a_write_with_any_configured_ingest_key_is_accepted_and_that_key_also_reads()
    {
        using var posted = await Send(HttpMethod.Post, "api/articles", IngestKey, """{"id":"key-ok","title":"Bridge reopens in Aldmoor after repairs"}""");
        using var other = await Send(HttpMethod.Post, "api/articles", "other-ingest", """{"id":"key-ok-2","title":"Aldmoor bridge traffic returns"}""", header: "Bearer");

        posted.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        other.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        using var read = await Send(HttpMethod.Get, "api/articles/key-ok", IngestKey);
        read.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await read.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetString().ShouldBe("key-ok");
    }

    [Fact]
    public async Task reads_need_a_read_key_by_header_bearer_or_query_and_refuse_a_wrong_one()
    {
        using var none = await Send(HttpMethod.Get, "api/stories");
        using var wrong = await Send(HttpMethod.Get, "api/stories", "nope");
        using var header = await Send(HttpMethod.Get, "api/stories", ReadKey);
        using var bearer = await Send(HttpMethod.Get, "api/stories", ReadKey, header: "Bearer");
        using var query = await Send(HttpMethod.Get, "api/stories?access_token=" + ReadKey);

        await ShouldBeUnauthorized(none, "needs a read key");
        await ShouldBeUnauthorized(wrong, "not a valid read key");
        header.StatusCode.ShouldBe(HttpStatusCode.OK);
        bearer.StatusCode.ShouldBe(HttpStatusCode.OK);
        query.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task the_hub_refuses_a_client_without_the_read_key_and_serves_one_with_it()
    {
        await using var anonymous = new StoryHubClient(_silo.Address);
        var refused = await Should.ThrowAsync<HttpRequestException>(() => anonymous.Start(Ct));
        refused.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        // The .NET client sends the token as Bearer to negotiate and as access_token on the WebSocket.
        await using var keyed = new StoryHubClient(_silo.Address, ReadKey);
        await keyed.Start(Ct);
        var catchUp = await keyed.Subscribe("*", 0, Ct);
        catchUp.StoryId.ShouldBe("*");

        using var negotiate = await Send(HttpMethod.Post, "hubs/stories/negotiate?negotiateVersion=1&access_token=" + ReadKey);
        negotiate.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task the_board_page_and_health_probes_stay_open_and_the_dashboard_path_is_behind_the_read_key()
    {
        using var board = await Send(HttpMethod.Get, "");
        using var script = await Send(HttpMethod.Get, "app.js");
        using var live = await Send(HttpMethod.Get, "health/live");
        using var ready = await Send(HttpMethod.Get, "health/ready");
        using var dashboard = await Send(HttpMethod.Get, "dashboard");

        board.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await board.Content.ReadAsStringAsync(Ct)).ShouldContain("<html", Case.Insensitive);
        script.StatusCode.ShouldBe(HttpStatusCode.OK);
        live.StatusCode.ShouldBe(HttpStatusCode.OK);
        ready.StatusCode.ShouldBe(HttpStatusCode.OK);
        await ShouldBeUnauthorized(dashboard, "needs a read key");
    }
}

/// <summary>Rate limits per key: a client over its budget gets 429 with Retry-After, others are unaffected.</summary>
public sealed class RateLimitTests : IAsyncLifetime
{
    private TestSilo _silo = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _silo = await TestSilo.Start(
        "--Clustering:ReadKeys", "fast,slow",
        "--Clustering:RateLimit:PermitsPerSecond", "1",
        "--Clustering:RateLimit:Burst", "3");

    public async ValueTask DisposeAsync() => await _silo.DisposeAsync();

    private async Task<HttpResponseMessage> Get(string path, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("X-Api-Key", key);
        return await _silo.Http.SendAsync(request, Ct);
    }

    [Fact]
    public async Task a_key_over_its_budget_gets_429_problem_with_retry_after_while_another_key_and_health_still_pass()
    {
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? refused = null;
        for (var i = 0; i < 8 && refused is null; i++)
        {
            var response = await Get("api/stories", "fast");
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                refused = response;
            }
            else
            {
                response.Dispose();
            }
        }

        refused.ShouldNotBeNull($"no 429 after {statuses.Count} requests: {string.Join(",", statuses)}");
        statuses.Count(status => status == HttpStatusCode.OK).ShouldBeGreaterThanOrEqualTo(3);
        refused.Headers.RetryAfter.ShouldNotBeNull();
        refused.Headers.RetryAfter!.Delta!.Value.TotalSeconds.ShouldBeInRange(1, 60);
        refused.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>(Ct);
        problem.GetProperty("status").GetInt32().ShouldBe(429);
        problem.GetProperty("detail").GetString()!.ShouldContain("rate limit");
        refused.Dispose();

        using var otherKey = await Get("api/stories", "slow");
        otherKey.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var health = await _silo.Http.GetAsync("health/ready", Ct);
        health.StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}

/// <summary>CORS: closed by default, open to configured origins only.</summary>
public sealed class CorsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<HttpResponseMessage> Preflight(TestSilo silo, string origin)
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, "api/articles");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "x-api-key,content-type");
        return await silo.Http.SendAsync(request, Ct);
    }

    [Fact]
    public async Task without_configured_origins_no_other_origin_is_allowed()
    {
        await using var silo = await TestSilo.Start();

        using var preflight = await Preflight(silo, "https://elsewhere.test");
        using var get = new HttpRequestMessage(HttpMethod.Get, "api/stories");
        get.Headers.Add("Origin", "https://elsewhere.test");
        using var response = await silo.Http.SendAsync(get, Ct);

        preflight.Headers.Contains("Access-Control-Allow-Origin").ShouldBeFalse();
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.Contains("Access-Control-Allow-Origin").ShouldBeFalse();
    }

    [Fact]
    public async Task a_configured_origin_is_allowed_with_the_key_header_and_others_are_not()
    {
        await using var silo = await TestSilo.Start("--Clustering:CorsOrigins", "https://newsroom.test, https://desk.test", "--Clustering:IngestKeys", "k");

        using var allowed = await Preflight(silo, "https://desk.test");
        using var other = await Preflight(silo, "https://evil.test");

        allowed.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        allowed.Headers.GetValues("Access-Control-Allow-Origin").ShouldBe(["https://desk.test"]);
        string.Join(",", allowed.Headers.GetValues("Access-Control-Allow-Headers")).ShouldContain("X-Api-Key", Case.Insensitive);
        other.Headers.Contains("Access-Control-Allow-Origin").ShouldBeFalse();
    }
}
