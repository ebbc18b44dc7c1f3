using System.Collections.Frozen;
using Clustering.Core.Text;

namespace Clustering.Core.Entities;

/// <summary>
/// General knowledge the rules cannot infer from one article: countries, capitals, large cities,
/// regions and states; news agencies with their long and short names; words that head
/// organisation names or name a person's office.
/// </summary>
public static class Gazetteer
{
    // Declared before the sets built from them: static fields are initialised in the order written.
    private static readonly string[] RegionNames =
    [
        "Afghanistan", "Albania", "Algeria", "Andorra", "Angola", "Argentina", "Armenia", "Australia", "Austria", "Azerbaijan",
        "Bahamas", "Bahrain", "Bangladesh", "Barbados", "Belarus", "Belgium", "Belize", "Benin", "Bhutan", "Bolivia", "Bosnia",
        "Botswana", "Brazil", "Brunei", "Bulgaria", "Burkina Faso", "Burundi", "Cambodia", "Cameroon", "Canada", "Chad", "Chile",
        "China", "Colombia", "Congo", "Costa Rica", "Croatia", "Cuba", "Cyprus", "Czech Republic", "Denmark", "Djibouti",
        "Dominican Republic", "Ecuador", "Egypt", "El Salvador", "Eritrea", "Estonia", "Ethiopia", "Fiji", "Finland", "France",
        "Gabon", "Gambia", "Georgia", "Germany", "Ghana", "Greece", "Guatemala", "Guinea", "Guyana", "Haiti", "Honduras",
        "Hungary", "Iceland", "India", "Indonesia", "Iran", "Iraq", "Ireland", "Israel", "Italy", "Jamaica", "Japan", "Jordan",
        "Kazakhstan", "Kenya", "Kosovo", "Kuwait", "Kyrgyzstan", "Laos", "Latvia", "Lebanon", "Liberia", "Libya", "Lithuania",
        "Luxembourg", "Madagascar", "Malawi", "Malaysia", "Maldives", "Mali", "Malta", "Mauritania", "Mexico", "Moldova",
        "Monaco", "Mongolia", "Montenegro", "Morocco", "Mozambique", "Myanmar", "Namibia", "Nepal", "Netherlands",
        "New Zealand", "Nicaragua", "Niger", "Nigeria", "North Korea", "North Macedonia", "Norway", "Oman", "Pakistan",
        "Palestine", "Panama", "Paraguay", "Peru", "Philippines", "Poland", "Portugal", "Qatar", "Romania", "Russia", "Rwanda",
        "Saudi Arabia", "Senegal", "Serbia", "Sierra Leone", "Singapore", "Slovakia", "Slovenia", "Somalia", "South Africa",
        "South Korea", "South Sudan", "Spain", "Sri Lanka", "Sudan", "Sweden", "Switzerland", "Syria", "Taiwan", "Tajikistan",
        "Tanzania", "Thailand", "Togo", "Tunisia", "Turkey", "Turkmenistan", "Uganda", "Ukraine", "United Arab Emirates",
        "United Kingdom", "United States", "Uruguay", "Uzbekistan", "Venezuela", "Vietnam", "Yemen", "Zambia", "Zimbabwe",
        "Britain", "England", "Scotland", "Wales", "America", "Korea", "Gaza", "West Bank", "Crimea", "Donbas", "Kashmir",
        "US", "U.S", "USA", "UK", "UAE", "DPRK", "Europe", "Asia", "Africa", "Middle East", "Latin America",
        "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida", "Hawaii",
        "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts",
        "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey",
        "New Mexico", "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania",
        "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah", "Vermont", "Virginia",
        "West Virginia", "Wisconsin", "Wyoming",
    ];

    private static readonly string[] CityNames =
    [
        "Beijing", "Berlin", "Brussels", "Cairo", "Delhi", "New Delhi", "Geneva", "Istanbul", "Jerusalem", "Kabul", "Kyiv", "Kiev",
        "London", "Madrid", "Manila", "Moscow", "Mumbai", "Paris", "Pyongyang", "Rome", "Seoul", "Tehran", "Tokyo", "Vienna",
        "Warsaw", "Washington", "Lisbon", "Athens", "Dublin", "Oslo", "Stockholm", "Copenhagen", "Helsinki", "Prague", "Budapest", "Bucharest", "Sofia", "Belgrade", "Ankara", "Riyadh", "Doha", "Dubai", "Islamabad", "Karachi", "Dhaka", "Bangkok", "Hanoi", "Jakarta", "Nairobi", "Lagos", "Johannesburg", "Ottawa", "Toronto", "Mexico City", "Havana", "Lima", "Bogota", "Santiago", "Buenos Aires", "Sydney", "Melbourne", "Canberra", "Baghdad", "Damascus", "Beirut", "Tel Aviv", "Kursk", "Kharkiv", "Odesa", "Lviv", "Minsk",
        "New York", "Chicago", "Los Angeles", "Houston", "Philadelphia", "Phoenix",
        "San Antonio", "San Diego", "Dallas", "Detroit", "Baltimore", "Memphis", "Milwaukee", "Atlanta", "Miami",
        "New Orleans", "St. Louis", "Cleveland", "Pittsburgh", "Cincinnati", "Indianapolis", "Boston", "Seattle", "Denver",
    ];

    /// <summary>Countries, states and continents: naming one says little of which town a thing happened in.</summary>
    public static readonly FrozenSet<string> Regions = RegionNames.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static readonly FrozenSet<string> Places = RegionNames.Concat(CityNames).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Adjectives of nationality: words about a place, not names of one.</summary>
    public static readonly FrozenSet<string> Demonyms = new[]
    {
        "American", "British", "Chinese", "Russian", "Ukrainian", "Korean", "North Korean", "South Korean", "Japanese",
        "German", "French", "Italian", "Spanish", "Indian", "Pakistani", "Iranian", "Iraqi", "Syrian", "Israeli",
        "Palestinian", "Turkish", "Afghan", "European", "African", "Asian", "Soviet", "Nazi", "Western", "Mexican",
        "Canadian", "Australian", "Polish", "Belarusian", "Saudi", "Egyptian", "Democrat", "Democratic", "Republican",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>News agencies: every name they go by, to one canonical credit name (data: Outlets/outlets.txt).</summary>
    public static readonly FrozenDictionary<string, string> Agencies = Outlets.OutletLexicon.Agencies;

    public static readonly FrozenSet<string> OrganisationHeads = new[]
    {
        "Agency", "Ministry", "Department", "Police", "Office", "Council", "Party", "Army", "Navy", "Embassy", "University",
        "College", "Hospital", "Church", "School", "Court", "Company", "Corp", "Corporation", "Inc", "News", "Times", "Post",
        "Press", "Association", "Committee", "Commission", "Bureau", "Service", "Services", "Forces", "Force", "Institute",
        "Foundation", "Group", "Kremlin", "Pentagon", "Congress", "Parliament", "Senate", "Assembly", "Government",
        "Administration", "Authority", "Bank", "Fund", "Organization", "Organisation", "Union", "Federation", "Guard",
        "Patrol", "Sheriff's", "Stoppers", "Network", "Television", "Radio", "Journal", "Tribune", "Herald", "Independent",
        "Command", "Center", "Centre", "Club", "League", "Coalition", "Alliance", "Media", "Reuters",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static readonly FrozenSet<string> PlaceHeads = new[]
    {
        "Oblast", "Region", "Province", "County", "City", "State", "District", "Township", "Parish", "Village", "Island",
        "Islands", "Street", "Avenue", "Road", "Boulevard", "Park", "Square", "Bridge", "Valley", "Mountains", "River",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Titles and offices written before a person's name: "President Xi Jinping", "Sgt. Jane Roe".</summary>
    public static readonly FrozenSet<string> PersonTitles = new[]
    {
        "President", "Leader", "Dictator", "Minister", "Prime", "Ambassador", "Envoy", "Chief", "Officer", "Sergeant", "Sgt",
        "Lieutenant", "Lt", "Captain", "Capt", "Detective", "Det", "Spokesman", "Spokeswoman", "Spokesperson", "Mr", "Mrs",
        "Ms", "Dr", "Gov", "Governor", "Sen", "Senator", "Rep", "Representative", "Mayor", "Sheriff", "Judge", "Pope", "King",
        "Queen", "Prince", "Princess", "Chancellor", "Premier", "Secretary", "General", "Gen", "Colonel", "Col", "Commander",
        "Coach", "Attorney", "Prosecutor", "Deputy", "Trooper", "Corporal", "Cpl", "Councilman", "Councilwoman", "Rev",
        "Reverend", "Father", "Sister", "Professor", "Prof", "Director", "Commissioner", "Superintendent", "Supt", "Inspector",
        "Chairman", "Chairwoman", "Justice", "Engineer", "Lawyer", "Pastor", "Doctor", "Nurse", "Witness", "Resident", "Neighbor", "Neighbour", "Activist", "Analyst", "Expert", "Author", "Owner", "Manager", "Founder", "CEO", "Teacher", "Principal", "Dean", "Bishop", "Imam", "Rabbi", "Editor", "Reporter", "Correspondent", "Economist", "Speaker", "Lord", "Lady", "Sir", "Dame", "Marshal", "Agent", "Constable",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Capitalised words that open sentences or name times, not things.</summary>
    public static readonly FrozenSet<string> NotNames = new[]
    {
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March",
        "April", "June", "July", "August", "September", "October", "November", "December", "Meanwhile", "However",
        "Although", "Last", "Next", "This", "That", "These", "Those", "Then", "Further", "Consequently", "In", "On", "At",
        "For", "From", "With", "Without", "After", "Before", "During", "As", "If", "But", "And", "Or", "So", "Yet", "It",
        "He", "She", "They", "We", "I", "You", "Our", "Their", "His", "Her", "Its", "A", "An", "The", "Some", "Many",
        "Police", "Officials", "Authorities", "Investigators", "Witnesses", "According", "Earlier", "Later", "Today",
        "Yesterday", "Tomorrow", "When", "While", "Where", "What", "Who", "Why", "How", "There", "Here", "Now", "Also",
        "Day", "War", "Parade", "Anniversary", "Synopsis", "Key", "Takeaways", "Reports", "Citing", "Claiming", "Referring",
        "During", "Amidst", "Amid", "Despite", "Under", "Over", "Since", "Until", "One", "Two", "Three", "No", "Not", "All",
        "Both", "Each", "Every", "Another", "Other", "Such", "Several", "Most", "More", "Less", "Few", "Any", "By", "To",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // Span lookups, made once: asking a frozen set for its lookup on every word costs more than the lookup itself.
    // Declared after the sets, so that they are initialised after them.
    internal static readonly WordSet PlacesBySpan = new(Places);
    internal static readonly WordSet DemonymsBySpan = new(Demonyms);
    internal static readonly WordMap<string> AgenciesBySpan = new(Agencies);
    internal static readonly WordSet OrganisationHeadsBySpan = new(OrganisationHeads);
    internal static readonly WordSet PlaceHeadsBySpan = new(PlaceHeads);
    internal static readonly WordSet PersonTitlesBySpan = new(PersonTitles);
    internal static readonly WordSet NotNamesBySpan = new(NotNames);
}
