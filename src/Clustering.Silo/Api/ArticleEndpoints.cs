using Clustering.Grains;
using Clustering.Abstractions.Api;
using Clustering.Abstractions.Articles;
using Clustering.Core.Articles;
using Clustering.Grains.Articles;
using Microsoft.AspNetCore.Http.Features;

namespace Clustering.Silo.Api;

/// <summary>The ingest routes: one article, a batch of NDJSON, and where an article went.</summary>
internal static class ArticleEndpoints
{
    /// <summary>How many lines of a batch are read ahead of the one being assigned.</summary>
    private const int ReadAhead = 8;

    public static void MapArticleEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/articles", PostArticle);
        app.MapPost("/api/articles/batch", PostBatch);
        app.MapGet("/api/articles/{id}", GetArticle);
    }

    private static async Task<IResult> PostArticle(HttpContext http, IGrainFactory grains, TimeProvider time)
    {
        if (http.Request.ContentLength > ArticleLimits.MaxArticleBytes)
        {
            return TooLarge($"an article is at most {ArticleLimits.MaxArticleBytes} bytes of JSON");
        }

        var body = await ReadBounded(http.Request.Body, ArticleLimits.MaxArticleBytes, http.RequestAborted);
        if (body is null)
        {
            return TooLarge($"an article is at most {ArticleLimits.MaxArticleBytes} bytes of JSON");
        }

        var parsed = ArticleParser.Parse(body, time.GetUtcNow());
        if (parsed.Error is { } error)
        {
            return Invalid(error);
        }

        var receipt = await IngestTelemetry.Submit(grains, parsed.Article!, time, http.RequestAborted);
        var response = ToResponse(receipt);
        return receipt.Outcome == IngestOutcome.Accepted ? Results.Json(response, statusCode: StatusCodes.Status202Accepted) : Results.Ok(response);
    }

    private static async Task<IResult> PostBatch(HttpContext http, IGrainFactory grains, TimeProvider time)
    {
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = ArticleLimits.MaxBatchBytes;
        }
        if (http.Request.ContentLength > ArticleLimits.MaxBatchBytes)
        {
            return TooLarge($"a batch is at most {ArticleLimits.MaxBatchBytes} bytes");
        }

        int accepted = 0, duplicates = 0, revised = 0;
        var rejected = new List<BatchRejection>();
        var items = new List<BatchItem>();
        // Lines are absorbed in order (the same batch gives the same stories on every run), while
        // the next few are read ahead in parallel: reading depends on the article alone.
        var ahead = new OrderedReadAhead<int>(grains, ReadAhead);
        async Task SubmitOldest()
        {
            var (article, number) = await ahead.Next();
            var receipt = await IngestTelemetry.Submit(grains, article, time, http.RequestAborted);
            switch (receipt.Outcome)
            {
                case IngestOutcome.Duplicate:
                    duplicates++;
                    break;
                case IngestOutcome.Revised:
                    revised++;
                    break;
                default:
                    accepted++;
                    break;
            }
            items.Add(new BatchItem(number, receipt.Id, ToResponse(receipt).Status, receipt.StoryId));
        }

        try
        {
            await foreach (var line in NdjsonReader.ReadLines(http.Request.Body, cancellationToken: http.RequestAborted))
            {
                if (line.TooLong)
                {
                    rejected.Add(new BatchRejection(line.Number, $"line is over {ArticleLimits.MaxArticleBytes} bytes"));
                    continue;
                }
                var parsed = ArticleParser.Parse(line.Bytes.Span, time.GetUtcNow());
                if (parsed.Error is { } error)
                {
                    rejected.Add(new BatchRejection(line.Number, error.ToString()));
                    continue;
                }
                var article = parsed.Article!;
                ahead.Add(article, line.Number);
                if (ahead.IsFull)
                {
                    await SubmitOldest();
                }
            }
            while (!ahead.IsEmpty)
            {
                await SubmitOldest();
            }
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // What came before the limit is absorbed and stays absorbed; say so rather than pretend nothing happened.
            while (!ahead.IsEmpty)
            {
                await SubmitOldest();
            }
            return Results.Problem(
                detail: $"a batch is at most {ArticleLimits.MaxBatchBytes} bytes; the first {accepted + duplicates} articles were kept",
                statusCode: StatusCodes.Status413PayloadTooLarge,
                title: "Batch too large",
                extensions: new Dictionary<string, object?> { ["accepted"] = accepted, ["duplicates"] = duplicates });
        }

        return Results.Ok(new BatchResponse(accepted, duplicates, rejected, items) { Revised = revised });
    }

    private static async Task<IResult> GetArticle(string id, IGrainFactory grains)
    {
        var status = await grains.Article(id).GetStatus();
        return status is null
            ? Results.Problem(detail: $"no article '{id}'", statusCode: StatusCodes.Status404NotFound, title: "Unknown article")
            : Results.Ok(status);
    }

    private static IngestResponse ToResponse(IngestReceipt receipt) =>
        new(receipt.Id, receipt.Outcome switch
        {
            IngestOutcome.Duplicate => IngestStatus.Duplicate,
            IngestOutcome.Revised => IngestStatus.Revised,
            _ => IngestStatus.Accepted,
        }, receipt.StoryId);

    private static IResult Invalid(ArticleError error) => Results.Problem(
        detail: error.ToString(),
        statusCode: StatusCodes.Status400BadRequest,
        title: "Invalid article",
        extensions: new Dictionary<string, object?> { ["field"] = error.Field });

    private static IResult TooLarge(string detail) =>
        Results.Problem(detail: detail, statusCode: StatusCodes.Status413PayloadTooLarge, title: "Too large");

    /// <summary>Reads at most <paramref name="limit"/> bytes; null when the body is longer.</summary>
    private static async Task<byte[]?> ReadBounded(Stream body, int limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    return null;
                }
                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return null;
        }
        return buffer.ToArray();
    }
}
