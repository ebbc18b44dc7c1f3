using Clustering.Core.Text;

namespace Clustering.Core.Tests.Text;

public class SharedStringsTests
{
    [Fact]
    public void two_copies_of_a_word_read_apart_become_one_string()
    {
        var first = new string("harbourmaster".AsSpan());
        var second = new string("harbourmaster".AsSpan());
        ReferenceEquals(first, second).ShouldBeFalse();

        ReferenceEquals(SharedStrings.Of(first), SharedStrings.Of(second)).ShouldBeTrue();
    }

    [Fact]
    public void no_string_stays_no_string()
    {
        SharedStrings.OrNull(null).ShouldBeNull();
        SharedStrings.OrNull("quay").ShouldBe("quay");
        ReferenceEquals(SharedStrings.OrNull(new string("quay".AsSpan())), SharedStrings.OrNull(new string("quay".AsSpan()))).ShouldBeTrue("a string is shared like any other");
    }
}
