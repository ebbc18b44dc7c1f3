using System.Collections.Frozen;
using Clustering.Core.Text;

namespace Clustering.Core.Tests.Text;

public class WordTableTests
{
    private static readonly string[] Members = ["killed", "Shot", "o'clock", "a", "U.S", "hospitalised", "per"];

    // Case variants, other lengths, and letters beyond ASCII whose case folding lands on or near ASCII ones.
    private static readonly string[] Probes =
    [
        "killed", "KILLED", "Killed", "kiLLed", "killedx", "kille", "shot", "SHOT", "Shot", "ſhot", "ſHOT", "O'CLOCK", "o’clock",
        "A", "a", "á", "u.s", "U.S", "U.S.", "HOSPITALISED", "hospitalized", "PER", "pér", "K", "\u212Ailled", "kİlled", "kıllED", "",
    ];

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void a_word_set_answers_as_the_frozen_set_it_reads(bool ignoreCase)
    {
        var frozen = Members.ToFrozenSet(ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        var set = new WordSet(frozen);
        var lookup = frozen.GetAlternateLookup<ReadOnlySpan<char>>();

        foreach (var probe in Probes)
        {
            set.Contains(probe).ShouldBe(lookup.Contains(probe), probe);
        }
    }

    [Fact]
    public void a_word_map_gives_the_value_of_the_member_matched()
    {
        var frozen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase) { ["one"] = 1, ["two"] = 2, ["dozen"] = 12 }
            .ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        var map = new WordMap<int>(frozen);

        map.TryGetValue("Dozen", out var dozen).ShouldBeTrue();
        dozen.ShouldBe(12);
        map.TryGetValue("TWO", out var two).ShouldBeTrue();
        two.ShouldBe(2);
        map.TryGetValue("three", out _).ShouldBeFalse();
        map.ContainsKey("ONE").ShouldBeTrue();
    }

    [Fact]
    public void members_beyond_ascii_are_refused()
    {
        Should.Throw<ArgumentException>(() => new WordSet(new[] { "café" }.ToFrozenSet(StringComparer.Ordinal)));
    }
}
