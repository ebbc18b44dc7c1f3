using Clustering.Core.Dates;

namespace Clustering.Core.Tests.Dates;

public class DateResolverTests
{
    // A Saturday.
    private static readonly DateOnly Reference = new(2025, 5, 10);

    private static ResolvedDate One(string text) => DateResolver.Resolve(text, Reference).Single();

    [Theory]
    [InlineData("The parade was held on Friday.", "2025-05-09", "2025-05-09")]
    [InlineData("The agency reported on Saturday.", "2025-05-10", "2025-05-10")]
    [InlineData("He visited the embassy the previous day.", "2025-05-09", "2025-05-09")]
    [InlineData("He visited the embassy yesterday.", "2025-05-09", "2025-05-09")]
    [InlineData("The count was confirmed last month.", "2025-04-01", "2025-04-30")]
    [InlineData("The treaty was signed last year.", "2024-01-01", "2024-12-31")]
    [InlineData("More were sent earlier this year.", "2025-01-01", "2025-05-10")]
    [InlineData("They admitted it in late April.", "2025-04-21", "2025-04-30")]
    [InlineData("They first went in the fall of 2024.", "2024-09-01", "2024-11-30")]
    [InlineData("The leaders met on May 9.", "2025-05-09", "2025-05-09")]
    [InlineData("It was filmed on March 7, 2024.", "2024-03-07", "2024-03-07")]
    [InlineData("Talks began in November.", "2024-11-01", "2024-11-30")]
    public void expressions_resolve_against_the_article_date(string text, string start, string end)
    {
        var date = One(text);

        date.Start.ShouldBe(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture));
        date.End.ShouldBe(DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void may_as_a_verb_is_not_a_month()
    {
        DateResolver.Resolve("Officials said the bridge may reopen.", Reference).ShouldBeEmpty();
    }
}
