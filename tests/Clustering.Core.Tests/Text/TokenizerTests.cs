using Clustering.Core.Text;

namespace Clustering.Core.Tests.Text;

public class TokenizerTests
{
    [Fact]
    public void words_are_lower_cased_and_split_at_hyphens_and_punctuation()
    {
        Tokenizer.Tokenize("Kim Jong-un, (KCNA) 15,000 troops!").ShouldBe(["kim", "jong", "un", "kcna", "15", "000", "troops"]);
    }

    [Fact]
    public void a_possessive_s_goes_and_other_inner_apostrophes_vanish()
    {
        Tokenizer.Tokenize("Korea's spy agency’s chief doesn't 'quote' O'Neill").ShouldBe(["korea", "spy", "agency", "chief", "doesnt", "quote", "oneill"]);
    }

    [Fact]
    public void letters_beyond_ascii_are_words_and_lower_cased_too()
    {
        Tokenizer.Tokenize("ÉCOLE Straße ΑΘΗΝΑ 中文").ShouldBe(["école", "straße", "αθηνα", "中文"]);
    }

    [Fact]
    public void a_token_longer_than_the_limit_keeps_its_first_characters()
    {
        Tokenizer.Tokenize(new string('A', Tokenizer.MaxTokenLength + 10) + " b").ShouldBe([new string('a', Tokenizer.MaxTokenLength), "b"]);
    }

    [Fact]
    public void the_reader_gives_the_tokens_one_at_a_time_without_strings()
    {
        var tokens = new List<string>();
        var reader = new TokenReader("The Mayor's office, Mr. Lee said.", stackalloc char[Tokenizer.MaxTokenLength]);
        while (reader.Next(out var token))
        {
            tokens.Add(token.ToString());
        }

        tokens.ShouldBe(["the", "mayor", "office", "mr", "lee", "said"]);
    }
}
