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

    [Fact]
    public async Task many_readers_at_once_each_get_back_a_string_equal_to_their_own()
    {
        var wrong = 0;
        await Task.WhenAll(Enumerable.Range(0, 4).Select(reader => Task.Run(() =>
        {
            for (var i = 0; i < 20_000; i++)
            {
                // Readers share half their words, so the same places are written and read at once.
                var word = $"quayside{(i % 2 == 0 ? i : i * 10 + reader)}";
                if (SharedStrings.Of(new string(word.AsSpan())) != word)
                {
                    Interlocked.Increment(ref wrong);
                }
            }
        })));

        wrong.ShouldBe(0);
    }
}
