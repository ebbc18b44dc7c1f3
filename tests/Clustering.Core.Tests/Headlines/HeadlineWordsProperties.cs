using System.Text.RegularExpressions;
using Clustering.Core.Headlines;
using CsCheck;

namespace Clustering.Core.Tests.Headlines;

/// <summary>The headline chooser's word scanner reads the words its specification, a pattern, reads.</summary>
public class HeadlineWordsProperties
{
    /// <summary>A word: a letter or number of any script, then letters, numbers, apostrophes and hyphens.</summary>
    private static readonly Regex Word = new(@"[\p{L}\p{N}][\p{L}\p{N}'’-]*", RegexOptions.CultureInvariant);

    /// <summary>Letters of several scripts and cases, digits, numerals of other kinds, joiners, spaces, punctuation, surrogates.</summary>
    private const string Alphabet = "aAsSzZ0179éÉßıİΣσςЖж中Ⅻ½²'’-–— .,;:!?\"()\t\n\ud83d\ude00";

    private static readonly Gen<string> Texts = Gen.Frequency(
        (4, Gen.Int[0, Alphabet.Length - 1].Select(i => Alphabet[i]).Array[0, 120].Select(chars => new string(chars))),
        (1, Gen.Char.Array[0, 80].Select(chars => new string(chars))),
        (1, Gen.Int[60, 90].Select(length => new string('w', length) + "'S plans")));

    [Fact]
    public void the_words_of_any_text_are_the_pattern_s_words_lower_cased()
    {
        Texts.Sample(text =>
        {
            var expected = Word.Matches(text).Select(match => match.Value.ToLowerInvariant())
                .Select(word => word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal) ? word[..^2] : word)
                .ToList();
            HeadlineChooser.Words(text, keepStopwords: true).ShouldBe(expected);
        });
    }

    [Fact]
    public void content_words_leave_out_short_words_and_stop_words_and_fold_plurals()
    {
        HeadlineChooser.Words("The harbour's TROOPS and the ferries' crews: an Ox, 2 boss tugs").ShouldBe(["harbour", "troop", "ferries'", "crew", "boss", "tugs"]);
    }
}
