using Clustering.Core.Text;

namespace Clustering.Core.Tests.Text;

public class WordListsTests
{
    [Fact]
    public void a_line_is_read_without_its_comment_and_blank_lines_say_nothing()
    {
        using var reader = new StringReader("# heading\n\n  flood | storm  # weather\r\n   \n[words]\n");

        WordLists.Lines(reader).ShouldBe(["flood | storm", "[words]"]);
    }

    [Fact]
    public void a_section_line_gives_its_values_trimmed_in_the_files_order()
    {
        var sections = WordLists.Sections("Clustering.Core.Headlines.headlines.txt");

        sections.Select(section => section.Key).ShouldBe(["furniture", "stopword"]);
        sections["furniture"].First().Take(2).ShouldBe(["page not found", "not found"]);
        sections["stopword"].SelectMany(values => values).ShouldAllBe(value => value.Length > 0 && value.Trim() == value);
    }

    [Fact]
    public void a_resource_that_is_not_embedded_is_an_error_naming_it()
    {
        Should.Throw<InvalidOperationException>(() => WordLists.Sections("Clustering.Core.nothing.txt")).Message.ShouldContain("Clustering.Core.nothing.txt");
    }
}
