using System.Text.RegularExpressions;
using Clustering.Core.Packs;

namespace Clustering.Core.Tests.Packs;

/// <summary>The lexicon forms a rule's patterns and hedges are read from: phrases joined by '_', stems ending in '*'.</summary>
public class LexiconPatternTests
{
    private static readonly Lexicon Words = Lexicon.Parse(
        "[tools]\nhammer chisel_set\n[stems]\nsurviv* hammer\n[hedges]\nwell_over=more_than about=about\n");

    [Fact]
    public void an_alternation_matches_whole_words_and_phrases_across_any_space()
    {
        var pattern = Lexicon.Pattern(@"\b" + Words.Alternation("tools"));

        pattern.IsMatch("a Chisel   set").ShouldBeTrue();
        pattern.IsMatch("the HAMMER fell").ShouldBeTrue();
        pattern.IsMatch("hammers").ShouldBeFalse();
    }

    [Fact]
    public void a_phrase_may_be_held_to_a_single_space()
    {
        var pattern = Lexicon.Pattern(@"\b" + Words.Alternation("tools", " "));

        pattern.IsMatch("a chisel set").ShouldBeTrue();
        pattern.IsMatch("a chisel  set").ShouldBeFalse();
    }

    [Fact]
    public void a_word_ending_in_a_star_is_a_stem_and_others_stay_whole()
    {
        var pattern = Lexicon.Pattern(@"\b" + Words.Alternation("stems"));

        pattern.IsMatch("two survivors").ShouldBeTrue();
        pattern.IsMatch("hammering").ShouldBeFalse();
        Lexicon.Pattern(@"\b" + Words.Alternation("stems", wholeWords: false)).IsMatch("hammering").ShouldBeTrue();
    }

    [Fact]
    public void words_that_regular_expressions_treat_as_operators_are_read_as_written()
    {
        var dotted = Lexicon.Parse("[times]\na.m p.m\n");

        Lexicon.Pattern(@"\b" + dotted.Alternation("times", wholeWords: false)).IsMatch("at 9 axm").ShouldBeFalse();
        Lexicon.Pattern(@"\b" + dotted.Alternation("times", wholeWords: false)).IsMatch("at 9 a.m.").ShouldBeTrue();
    }

    [Fact]
    public void phrases_keep_their_order_and_read_their_value_with_spaces()
    {
        var hedges = Words.Phrases("hedges");

        hedges.Select(h => string.Join(' ', h.Words)).ShouldBe(["well over", "about"]);
        hedges[0].Value.ShouldBe("more than");
    }

    [Fact]
    public void a_pattern_is_bounded_in_time_and_ignores_case()
    {
        var pattern = Lexicon.Pattern("x");

        pattern.MatchTimeout.ShouldBe(TimeSpan.FromMilliseconds(200));
        pattern.Options.HasFlag(RegexOptions.IgnoreCase).ShouldBeTrue();
    }
}
