using Clustering.Core.Credits;

namespace Clustering.Core.Tests.Credits;

public class CreditExtractorTests
{
    [Fact]
    public void a_dateline_agency_marks_the_copy_as_theirs()
    {
        var credit = CreditExtractor.Extract("Lisbon, June 3 (Wirenet) The port reopened on Tuesday.").Single();

        credit.Name.ShouldBe("Wirenet");
        credit.Kind.ShouldBe(CreditKind.Dateline);
        credit.MarksCopy.ShouldBeTrue();
    }

    [Fact]
    public void inputs_and_contributions_are_credits_folded_to_the_agency_short_name()
    {
        CreditExtractor.Extract("The port reopened.\n(With inputs from Reuters)").ShouldContain(c => c.Name == "Reuters" && c.Kind == CreditKind.Inputs);
        CreditExtractor.Extract("The port reopened.\nThe Associated Press contributed to this report.").ShouldContain(c => c.Name == "AP" && c.Kind == CreditKind.Inputs);
    }

    [Fact]
    public void a_byline_or_copyright_of_an_agency_is_syndication_but_a_local_copyright_is_not()
    {
        CreditExtractor.Extract("By The Associated Press\nThe port reopened.").ShouldContain(c => c.Name == "AP" && c.Kind == CreditKind.Syndicated);
        CreditExtractor.Extract("The port reopened.\nCopyright 2016 Reuters. All rights reserved.").ShouldContain(c => c.Name == "Reuters" && c.Kind == CreditKind.Syndicated);
        CreditExtractor.Extract("The port reopened.\nCopyright 2016 Harbour Radio. All rights reserved.").ShouldBeEmpty();
    }

    [Fact]
    public void an_agency_cited_through_another_keeps_both()
    {
        var credit = CreditExtractor.Extract("The minister spoke on Monday, reports Yonhap, quoting the Korean Central News Agency.").Single();

        credit.ShouldSatisfyAllConditions(
            c => c.Name.ShouldBe("Yonhap"),
            c => c.Kind.ShouldBe(CreditKind.Cited),
            c => c.Via.ShouldBe("KCNA"),
            c => c.MarksCopy.ShouldBeFalse());
    }

    [Fact]
    public void inputs_credits_are_found_on_any_line_of_a_long_page_and_in_order()
    {
        var prose = string.Concat(Enumerable.Repeat("The Harbour Board met on Monday and Officials Said Nothing New. ", 40));
        var page = prose + "\n" + prose + "\n(With inputs from Reuters and AFP)\n" + prose + "\nThe Associated Press contributed to this story";

        var inputs = CreditExtractor.Extract(page).Where(c => c.Kind == CreditKind.Inputs).Select(c => c.Name);

        inputs.ShouldBe(["Reuters", "AFP", "AP"]);
    }
}
