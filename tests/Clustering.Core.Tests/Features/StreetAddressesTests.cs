using Clustering.Core.Features;

namespace Clustering.Core.Tests.Features;

public class StreetAddressesTests
{
    private static string[] Read(string text) => StreetAddresses.Of(string.Empty, text);

    [Fact]
    public void a_block_and_its_street_become_one_key_whatever_the_direction_type_and_case()
    {
        Read("Officers were called to the 4700 block of West Larkspur Street just after midnight.").ShouldBe(["4700 larkspur"]);
        Read("It happened in the 4700 block of W. Larkspur St. on Friday.").ShouldBe(["4700 larkspur"]);
        Read("Neighbours in the 4700 block of larkspur heard shots.").ShouldBeEmpty("a street is written with a capital");
    }

    [Fact]
    public void a_hyphenated_block_and_a_street_without_its_type_are_read()
    {
        Read("A man was wounded in the 2700-block of Quimby on Sunday night.").ShouldBe(["2700 quimby"]);
        Read("Two cars collided near the 300 block of North Avenue, a clerk recalled.").ShouldBe(["300 north"]);
    }

    [Fact]
    public void a_house_number_falls_in_its_hundred_block_so_it_meets_the_block_another_report_gives()
    {
        Read("Deputies drove out to 3377 Fernhollow Road before dawn.").ShouldBe(["3300 fernhollow"]);
        Read("Agents combed a garage near the 3300 block of Fernhollow Rd. for hours.").ShouldBe(["3300 fernhollow"]);
        Read("The shop at 105 Third Street and the bar at 212 5th Ave. S. were closed.").ShouldBe(["100 3rd", "200 5th"]);
    }

    [Fact]
    public void a_block_count_a_block_without_its_street_and_a_year_are_no_address()
    {
        Read("Police closed off a 10-block area around the park.").ShouldBeEmpty();
        Read("The shooting happened in the 100 block, witnesses said.").ShouldBeEmpty();
        Read("In 2019 Harmon Street residents asked for more lights.").ShouldBeEmpty();
        Read("Shots rang out at 11 p.m. near the corner.").ShouldBeEmpty();
    }

    [Fact]
    public void a_title_case_headline_is_no_house_number()
    {
        StreetAddresses.Of("2 Shot On Wexley Street After Party", string.Empty).ShouldBeEmpty();
        StreetAddresses.Of("Man Shot At 920 Wexley Street", string.Empty).ShouldBe(["900 wexley"]);
    }

    [Fact]
    public void where_someone_lives_is_not_where_it_happened()
    {
        Read("Corin Vale, 24, of the 1500 block of Elmstead Drive, was charged.").ShouldBeEmpty();
        Read("The suspect, a resident of 88 Tarrow Lane, was held.").ShouldBeEmpty();
        Read("He lives at 610 Brightwater Court with his mother.").ShouldBeEmpty();
        Read("Shell casings lay in the area of the 1500 block of Elmstead Drive.").ShouldBe(["1500 elmstead"]);
    }

    [Fact]
    public void a_round_up_of_many_blocks_gives_none_and_a_story_keeps_its_first_addresses()
    {
        string Blocks(int count) => string.Join(" ", Enumerable.Range(1, count).Select(i => $"Another man was hurt in the {i}00 block of Pell Street."));
        Read(Blocks(StreetAddresses.PerArticle)).Length.ShouldBe(StreetAddresses.PerArticle);
        Read(Blocks(StreetAddresses.PerArticle + 1)).ShouldBeEmpty();

        var story = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            StreetAddresses.Kind.Add(story, [$"{i}00 pell", $"{i}00 oak", $"{i}00 elm", "100 pell"]);
        }
        story.Count.ShouldBe(StreetAddresses.PerStory);
        story.Distinct().Count().ShouldBe(story.Count);
    }
}
