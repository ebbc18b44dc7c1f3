using Clustering.Silo.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Clustering.Silo.Tests;

/// <summary>A request that failed only because the cluster was healing is a 503 to send again, not a 500.</summary>
[Collection(SiloCollection.Name)]
public class ClusterHealingHandlerTests(SiloFixture fixture)
{
    [Fact]
    public async Task a_dead_silo_after_the_retries_is_a_503_with_retry_after()
    {
        var (handled, http) = await Handle(new SiloUnavailableException("the silo was declared dead"));

        handled.ShouldBeTrue();
        http.Response.StatusCode.ShouldBe(StatusCodes.Status503ServiceUnavailable);
        http.Response.Headers.RetryAfter.ToString().ShouldBe("1");
    }

    [Fact]
    public async Task a_fault_of_the_request_itself_is_left_to_the_500_handler()
    {
        var (handled, _) = await Handle(new InvalidOperationException("a bug"));

        handled.ShouldBeFalse();
    }

    private async Task<(bool Handled, DefaultHttpContext Http)> Handle(Exception exception)
    {
        var http = new DefaultHttpContext { RequestServices = fixture.Silo.Services };
        http.Response.Body = new MemoryStream();
        var handler = new ClusterHealingHandler(fixture.Silo.Services.GetRequiredService<Microsoft.AspNetCore.Http.IProblemDetailsService>());
        return (await handler.TryHandleAsync(http, exception, TestContext.Current.CancellationToken), http);
    }
}
