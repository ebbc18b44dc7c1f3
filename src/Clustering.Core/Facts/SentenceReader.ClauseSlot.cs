using Clustering.Core.Packs.Shooting;
using Clustering.Core.Text;

namespace Clustering.Core.Facts;

/// <summary>What the clause says befell those counted: its verb before or after the count, and the slot each verb gives.</summary>
internal sealed partial class SentenceReader
{
    /// <summary>
    /// The slot of a count: the toll it reaches, the slot its noun names, what the clause says befell the
    /// people it counts, or the lemma of any other noun. False when the count is no fact at all.
    /// </summary>
    private bool ReadClauseSlot(ref Count c)
    {
        // "rose to more than 300": the toll's verb before the hedge; "has topped 45": the verb is the hedge.
        var reached = c.SlotNoun is null ? Toll(c.QualifierStart) ?? (c.QualifierStart < c.Start ? Toll(c.Start) : null) : null;
        if (reached is { } toll)
        {
            // "The death toll rose to 300", "climbed to 41 overnight": the number a toll reaches is the dead
            // ("the number of injured had risen to 85": the hurt). The wording shown runs from the toll:
            // whether it rose is what tells an update from a disagreement.
            c.Slot = toll.Slot;
            c.TextFrom = RaisedBy(toll.Start);
            return true;
        }
        if (c.SlotNoun is null && TotalOfTheCountBefore(c.QualifierStart) is { } total)
        {
            // "four new deaths, bringing the total to 19": the total of the count before it, in its slot.
            c.Slot = total.Slot;
            c.TextFrom = total.From;
            c.Role = QuantityRole.Stated;
            return true;
        }
        if (c.SlotNoun is not null && c.SlotNoun != FactLexicon.Troops)
        {
            // "toll rises as two wounded die": the wounded who died are dead.
            c.Slot = c.SlotNoun is FactLexicon.Injured or FactLexicon.CriticallyInjured && In(c.NounAt + 1, FactLexicon.DiedWordsBySpan) ? FactLexicon.Killed : c.SlotNoun;
        }
        else if (c.PersonLike)
        {
            ReadPersonSlot(ref c);
        }
        else if (!c.NeedsSlot && c.NounWord is not null && c.NounAt >= c.End && c.Value > 0
            && !FactLexicon.UntrackedNounsBySpan.Contains(c.NounWord) && Lemma(c.NounWord) is var lemma && !FactLexicon.UntrackedNounsBySpan.Contains(lemma))
        {
            // "two coast guard vessels": a count of the noun group's head, a story's fact only if two outlets lead with it (Consensus/UntrackedCounts).
            c.Slot = lemma;
        }
        if (c.Slot == FactLexicon.Jobs && !IsJobCut(c.QualifierStart))
        {
            // "a plant of 500 jobs": a size, not news.
            return false;
        }
        // "three shots": a noun whose lemma spells an event slot ("shot") counts things, not victims.
        return !(c.Slot is not null && c.NounWord is not null && c.SlotNoun is null && !c.PersonLike && IsEventSlot(c.Slot));
    }

    /// <summary>
    /// A number of people takes its slot from the verb before it first: it is that verb's object, and what
    /// follows belongs to the same subject ("killing two and wounding three", "killed three people and
    /// injured two others": the three were killed, not injured). Else from the predicate after it.
    /// </summary>
    private void ReadPersonSlot(ref Count c)
    {
        var afterNoun = c.NounAt >= 0 ? c.NounAt + 1 : c.End;
        var before = VerbBefore(c.QualifierStart);
        var (predicate, predicateEnd) = before is not null ? (null, -1) : Predicate(c.PredicateFrom >= 0 ? c.PredicateFrom : afterNoun);
        if (predicate is not null)
        {
            ReadPredicate(ref c, predicate, predicateEnd, afterNoun);
        }
        else if (before is not null)
        {
            // "Crews rescued six miners with serious burns", as "were rescued with injuries" reads.
            c.Slot = before == FactLexicon.Rescued && RescuedHurt(afterNoun - 1) ? FactLexicon.Injured : before;
        }
        else if ((Is(c.NounAt, "others") || IsOnePersonBefore(c.QualifierStart - 1)) && VerbBeforeName(c.QualifierStart - 1) is { } named)
        {
            // "Gunfire struck Pellow and three others", "killing the driver and 11 passengers": the one named and the others are one count.
            c.Slot = named;
            c.Value++;
        }
        else if (IsElidedFatally(afterNoun))
        {
            // "Six people were shot, one fatally": the verb is left out.
            c.Slot = FactLexicon.Killed;
            c.LastToken = Math.Max(c.LastToken, afterNoun);
        }
        else if (c.SlotNoun is not null)
        {
            c.Slot = c.SlotNoun;
        }
        else if (!c.NeedsSlot && c.NounWord is not null && NamesShootingVictims(c.End, c.NounAt))
        {
            // "Police found two shooting victims", "two more gunshot victims went to a hospital by car": the
            // noun says they were shot, with no verb to say more.
            c.Slot = FactLexicon.Shot;
            c.LastToken = Math.Max(c.LastToken, c.NounAt);
            c.Role = SaysOther(c.QualifierStart, c.NounAt) ? QuantityRole.Addition : c.Role;
        }
    }

    private void ReadPredicate(ref Count c, string predicate, int predicateEnd, int afterNoun)
    {
        c.Slot = predicate;
        c.LastToken = Math.Max(c.LastToken, predicateEnd);
        // "Woman wounded in drive-by shooting dies", "a man was shot and later died": the wound killed.
        // Only one victim: "One of 5 shot at bar dies" is not five dead.
        if (c.Value == 1 && predicate is FactLexicon.Injured or FactLexicon.Shot or FactLexicon.CriticallyInjured && DiesLater(predicateEnd + 1) is var died and >= 0)
        {
            c.Slot = FactLexicon.Killed;
            c.LastToken = died;
        }
        else if ((predicate is FactLexicon.Injured or FactLexicon.Shot && SaysAlso(afterNoun, predicateEnd))
            || (predicate == FactLexicon.Shot && SaysOther(c.QualifierStart, c.NounAt)))
        {
            // "A 20-year-old man was also hit", "one man died and four others were shot": victims besides
            // those already told of.
            c.Role = QuantityRole.Addition;
        }
    }

    /// <summary>What the clause after the noun says happened: "were found dead", "were shot and wounded", "died".</summary>
    private (string? Slot, int End) Predicate(int from)
    {
        for (var k = from; k < tokens.Count && k - from < MaxPredicateReach; k++)
        {
            var token = tokens[k];
            if (token.Kind == WordTokenKind.Number || (token.Kind == WordTokenKind.Punctuation && text[token.Start] is ',' or ';' or ':' or '.' or '(' or '"' or '“' or '”'))
            {
                break;
            }
            if (token.Kind != WordTokenKind.Word)
            {
                continue;
            }
            var word = Word(k);
            if (k == from && word.Equals("as", StringComparison.OrdinalIgnoreCase) && !Is(k + 1, "well"))
            {
                // "cases double to 17 as a second patient dies": "as" right after the count opens a clause of its own;
                // after a verb it completes it ("listed as seriously injured"), and "as well as" adds to the subject.
                break;
            }
            // "a"/"an" opens another noun phrase: in "of 16 A man died" the death is the man's, not sixteen's.
            // "a boy was among those wounded": one of a group, not its number.
            if (FactLexicon.ClauseBreakWordsBySpan.Contains(word) || word.Equals("among", StringComparison.OrdinalIgnoreCase) || NumberLexicon.WordValue(word) is not null
                || ((word.Equals("a", StringComparison.OrdinalIgnoreCase) || word.Equals("an", StringComparison.OrdinalIgnoreCase)) && !TellsWhereOrHowTheVictimIs(k)))
            {
                break;
            }
            if (In(k - 1, FactLexicon.DescribingDeterminersBySpan)
                && (FactLexicon.InjuredWordsBySpan.Contains(word) || FactLexicon.KilledWordsBySpan.Contains(word)))
            {
                // "played in the wounded child's room", "beside her injured son": a word that describes, not what befell them.
                continue;
            }
            var slot = SlotOfVerb(k, out var end);
            if (slot is not null)
            {
                // "a suspect shot the group", "a gunman killed six people": the subject did it, it was not done to them.
                // "two passengers were not injured": it was not done to them at all.
                return IsActiveVerb(k, end) || IsDenied(k) ? (null, -1) : (slot, end);
            }
        }
        return (null, -1);
    }

    /// <summary>
    /// Where "died" or "dies" ends the clause the wounded are the subject of, or -1: the words
    /// between may tell where, when and how ("at a gas station late on Sunday"), but not of anyone
    /// else ("and the driver died", "and another man died").
    /// </summary>
    private int DiesLater(int from)
    {
        for (var k = from; k < tokens.Count && k - from < MaxPredicateReach; k++)
        {
            if (tokens[k].Kind != WordTokenKind.Word)
            {
                if (tokens[k].Kind == WordTokenKind.Number || (tokens[k].Kind == WordTokenKind.Punctuation && text[tokens[k].Start] is not ('-' or '\'')))
                {
                    return -1;
                }
                continue;
            }
            var word = Word(k);
            if (FactLexicon.DiedWordsBySpan.Contains(word))
            {
                return k;
            }
            if (FactLexicon.ClauseBreakWordsBySpan.Contains(word) || NumberLexicon.WordValue(word) is not null || IsPerson(word)
                || FactLexicon.OtherSubjectsBySpan.Contains(word))
            {
                return -1;
            }
        }
        return -1;
    }

    /// <summary>
    /// "taken to a hospital", "rushed to an area hospital", "in a critical condition": the article
    /// names where or how the victim is, not a new person.
    /// </summary>
    private bool TellsWhereOrHowTheVictimIs(int k)
    {
        if (Is(k - 1, "in") && (Is(k + 2, "condition") || Is(k + 3, "condition")))
        {
            return true;
        }
        if (!Is(k - 1, "to"))
        {
            return false;
        }
        for (var n = k + 1; n < tokens.Count && n <= k + 3; n++)
        {
            if (Is(n, "hospital"))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "is in critical condition", "listed in a serious condition", "was fighting for his life": the
    /// worst of the wounded. "in stable condition", "in good condition": wounded, and alive.
    /// </summary>
    private string? ConditionSlot(int k, out int end)
    {
        end = k;
        if (Is(k, "condition") && k >= 2 && (Is(k - 2, "in") || (Is(k - 2, "a") && Is(k - 3, "in"))))
        {
            if (IsSevere(k - 1))
            {
                return FactLexicon.CriticallyInjured;
            }
            // "remain hospitalized in stable condition" days on: some of the wounded, not their number.
            var still = IsStill(k - 3) || IsStill(k - 4) || IsStill(k - 5);
            return !still && In(k - 1, FactLexicon.FairConditionsBySpan) ? FactLexicon.Injured : null;
        }
        if (Is(k, "fighting") && Is(k + 1, "for") && (Is(k + 3, "life") || Is(k + 3, "lives")))
        {
            end = k + 3;
            return FactLexicon.CriticallyInjured;
        }
        return null;
    }

    /// <summary>What the verb (or noun) at <paramref name="k"/> says befell those counted: killed, hurt, shot, arrested, missing...; null when nothing.</summary>
    private string? SlotOfVerb(int k, out int end)
    {
        end = k;
        if (ConditionSlot(k, out var conditionEnd) is { } condition)
        {
            end = conditionEnd;
            return condition;
        }
        if (TellsOfNoVictim(k))
        {
            return null;
        }
        var word = Word(k);
        if (FactLexicon.KilledWordsBySpan.Contains(word))
        {
            return KillSlot(k, out end);
        }
        return GunfireSlot(k, word) ?? WoundSlot(k, word) ?? EventSlot(k, word) ?? ShotSlot(k, word, out end);
    }

    /// <summary>"wanted to hurt someone", "stab wounds", "blunt force injuries": an intent, or no gunfire.</summary>
    private bool TellsOfNoVictim(int k)
    {
        var word = Word(k);
        if (k > 0 && Is(k - 1, "to") && FactLexicon.IntentVerbsBySpan.Contains(word))
        {
            // "wanted to hurt someone": an intent, no victim.
            return true;
        }
        if (k > 0 && (Is(k - 1, "stab") || (Is(k - 1, "force") && Is(k - 2, "blunt"))))
        {
            // "stab wounds", "blunt force injuries": a knife or a blow, not gunfire.
            return true;
        }
        return false;
    }

    private string? KillSlot(int k, out int end)
    {
        end = k;
        if (k > 0 && In(k - 1, FactLexicon.NearlyWordsBySpan))
        {
            // "A teen was nearly killed": gravely hurt, alive.
            return FactLexicon.CriticallyInjured;
        }
        if (FearedDeaths.Before(text, tokens, k))
        {
            // "two climbers are feared dead": not known to be dead.
            return FactLexicon.Missing;
        }
        if (k + 2 < tokens.Count && Is(k + 1, "or") && Word(k + 2) is { } other && FactLexicon.InjuredWordsBySpan.Contains(other))
        {
            end = k + 2;
            return FactLexicon.Casualties;
        }
        return FactLexicon.Killed;
    }

    /// <summary>"gunshot wounds", "taken to a hospital", "grazed", "struck", "hit": hurt, by gunfire in a shooting report.</summary>
    private string? GunfireSlot(int k, ReadOnlySpan<char> word)
    {
        if ((word.Equals("wounds", StringComparison.OrdinalIgnoreCase) || word.Equals("wound", StringComparison.OrdinalIgnoreCase)) && k > 0 && Is(k - 1, "gunshot"))
        {
            // "five had gunshot wounds" says they were shot, not that they lived: the dead had them too.
            return k > 1 && (Is(k - 2, "fatal") || Is(k - 2, "fatally")) ? FactLexicon.Killed : FactLexicon.Shot;
        }
        if ((word.Equals("hospital", StringComparison.OrdinalIgnoreCase) && k > 0 && (Is(k - 1, "the") || Is(k - 1, "to") || Is(k - 1, "a")
            || (Is(k - 1, "in") && !IsStill(k - 2) && !IsStill(k - 3))))
            || (word.Equals("hospitals", StringComparison.OrdinalIgnoreCase) && Is(k - 1, "to")))
        {
            // "sent four people to the hospital", "three were taken to a hospital", "lands four men in hospital", "taken
            // to hospitals": hurt, at least
            // for a while; in a shooting report, shot (the dead are taken there too).
            return shooting ? FactLexicon.Shot : FactLexicon.Injured;
        }
        if (ShootingPack.GrazeWords.Contains(word))
        {
            // "grazed by a round": a bullet's graze, whatever the report.
            return FactLexicon.Shot;
        }
        if (FactLexicon.StruckWordsBySpan.Contains(word) || (word.Equals("hit", StringComparison.OrdinalIgnoreCase) && !IsRunOver(k)))
        {
            // "were struck by gunfire", "hitting five people": shot, outcome untold. Elsewhere only "struck by" tells of
            // someone hurt ("hit by falling debris"); "the storm hit two towns" does not.
            return shooting ? FactLexicon.Shot : Is(k + 1, "by") ? FactLexicon.Injured : null;
        }
        return null;
    }

    private string? WoundSlot(int k, ReadOnlySpan<char> word)
    {
        if (FactLexicon.InjuredWordsBySpan.Contains(word))
        {
            // "three victims remain hospitalized", "one is still hospitalized": some of the wounded, days on.
            if (FactLexicon.HospitalizedWordsBySpan.Contains(word) && (IsStill(k - 1) || IsStill(k - 2)))
            {
                return null;
            }
            // "fatally wounded", "mortally injured": the wound killed.
            if (k > 0 && IsFatally(k - 1))
            {
                return FactLexicon.Killed;
            }
            // "one was critically injured", "one sustained serious injuries" single out the worst of the wounded; they are not their number.
            return IsSevere(k - 1) ? FactLexicon.CriticallyInjured : FactLexicon.Injured;
        }
        if (!shooting && FactLexicon.TreatedWordsBySpan.Contains(word))
        {
            // "200 guests fell ill", "3,000 people received treatment for heatstroke": a disaster's hurt. A shooting report
            // counts gunfire's victims, not all the treated.
            return IsSevere(k - 1) ? FactLexicon.CriticallyInjured : FactLexicon.Injured;
        }
        if (word.Equals("shooting", StringComparison.OrdinalIgnoreCase) && k > 0 && IsFatally(k - 1))
        {
            // "charged with fatally shooting two men and wounding another".
            return FactLexicon.Killed;
        }
        return null;
    }

    /// <summary>Arrested, rescued, "stabbed to death", missing, displaced.</summary>
    private string? EventSlot(int k, ReadOnlySpan<char> word)
    {
        if (FactLexicon.ArrestedWordsBySpan.Contains(word))
        {
            return FactLexicon.Arrested;
        }
        if (FactLexicon.RescuedWordsBySpan.Contains(word))
        {
            // "two were rescued with injuries": the hurt are the figure a desk tracks.
            return RescuedHurt(k) ? FactLexicon.Injured : FactLexicon.Rescued;
        }
        if (ToDeath(k) is { } death)
        {
            return death;
        }
        if (In(k, FactLexicon.LifeNounsBySpan) && In(k - 1, FactLexicon.PossessivesBySpan) && In(k - 2, FactLexicon.LostVerbsBySpan))
        {
            // "twelve people lost their lives".
            return FactLexicon.Killed;
        }
        if (FactLexicon.MissingWordsBySpan.Contains(word))
        {
            return FactLexicon.Missing;
        }
        if (FactLexicon.DisplacedWordsBySpan.Contains(word))
        {
            return FactLexicon.Displaced;
        }
        return null;
    }

    /// <summary>"rescued with injuries", "rescued with serious burns": "with" after <paramref name="k"/>, then an injured word within two more.</summary>
    private bool RescuedHurt(int k)
    {
        if (!Is(k + 1, "with"))
        {
            return false;
        }
        for (var n = k + 2; n < tokens.Count && n <= k + 4 && tokens[n].Kind == WordTokenKind.Word; n++)
        {
            if (FactLexicon.InjuredWordsBySpan.Contains(Word(n)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"shot", "gunned down", "shot dead", "shot and wounded"; "shot at by" hit no one.</summary>
    private string? ShotSlot(int k, ReadOnlySpan<char> word, out int end)
    {
        end = k;
        if (word.Equals("shot", StringComparison.OrdinalIgnoreCase) && Is(k + 1, "at") && Is(k + 2, "by"))
        {
            // "they were shot at by a man in a car": fired at, not hit.
            return null;
        }
        if (ShootingPack.ShotVerbs.Contains(word))
        {
            if (k > 0 && Is(k - 1, "fatally"))
            {
                return FactLexicon.Killed;
            }
            for (var n = k + 1; n < tokens.Count && n <= k + 3; n++)
            {
                if (tokens[n].Kind != WordTokenKind.Word)
                {
                    break;
                }
                var after = Word(n);
                if (ShootingPack.ShotDeadWords.Contains(after))
                {
                    end = n;
                    return FactLexicon.Killed;
                }
                if (FactLexicon.InjuredWordsBySpan.Contains(after))
                {
                    end = n;
                    return FactLexicon.Injured;
                }
            }
            return word.Equals("gunned", StringComparison.OrdinalIgnoreCase) ? FactLexicon.Killed : FactLexicon.Shot;
        }
        return null;
    }

    /// <summary>
    /// "stabbed to death", "crushed to death", "fell to his death": a death by any means, except a sentence
    /// ("sentenced to death"). A shooting report counts only gunfire victims, so there a knife or a beating
    /// gives none.
    /// </summary>
    private string? ToDeath(int k)
    {
        if (!(Is(k, "death") || Is(k, "deaths")))
        {
            return null;
        }
        var to = Is(k - 1, "to") ? k - 1 : Is(k - 2, "to") && In(k - 1, FactLexicon.PossessivesBySpan) ? k - 2 : -1;
        if (to < 1 || tokens[to - 1].Kind != WordTokenKind.Word)
        {
            return null;
        }
        var means = Word(to - 1);
        if (FactLexicon.SentencedWordsBySpan.Contains(means) || (shooting && ShootingPack.OtherMeansOfDeath.Contains(means)))
        {
            return null;
        }
        return FactLexicon.Killed;
    }

    /// <summary>
    /// "the death toll rose to 300", "put the toll at 40", "the toll has climbed to 57", "fatalities rose to 67",
    /// "the number of injured had risen to 85": a number a toll reaches, read back from the word before it over
    /// the toll's words, within a clause. Where the toll's words start and what it counts; null when the number
    /// is no toll.
    /// </summary>
    private (int Start, string Slot)? Toll(int start)
    {
        if (In(start - 1, FactLexicon.TollAdverbsBySpan))
        {
            // "the toll is now 40", "the number of dead is therefore 46".
            start--;
        }
        if (!In(start - 1, FactLexicon.TollOpenersBySpan)
            && !(In(start - 1, FactLexicon.RisingOpenersBySpan) && In(start - 2, FactLexicon.RisingWordsBySpan)))
        {
            // "the toll climbed past 9,400", but not "in the past 24 hours".
            return null;
        }
        var rose = false;
        for (var k = start - 1; k >= 0 && start - k <= MaxTollReach; k--)
        {
            if (tokens[k].Kind != WordTokenKind.Word)
            {
                if (IsMagnitude(k) || ClosesAbbreviation(k))
                {
                    // "the toll from the magnitude 6.2 quake rose to 21", "in the U.S. state of Ohio": inside the toll's words.
                    continue;
                }
                if (AsideOpening(k) is { } opening)
                {
                    // "the toll from Sunday's quake, the region's worst in decades, has reached 61": past the aside.
                    k = opening;
                    continue;
                }
                return null;
            }
            if (FactLexicon.TollWordsBySpan.Contains(Word(k)))
            {
                return (k, FactLexicon.Killed);
            }
            if (NumberOf(k) is { } counted)
            {
                return counted;
            }
            if (rose && In(k, FactLexicon.DeadNounsBySpan) && (k == 0 || Is(k - 1, "the")))
            {
                // "Fatalities rose to 67", "the dead now number 40": the dead are the subject of the toll's verb.
                return (k, FactLexicon.Killed);
            }
            // Only a verb that moves or sets a count ("rose", "reached", "stood", "topped"), not the toll's small words.
            rose |= In(k, FactLexicon.RisingWordsBySpan) || (In(k, FactLexicon.TollOpenersBySpan) && !IsSmallTollWord(k)) || Is(k, "stood") || Is(k, "stands");
        }
        return null;
    }

    /// <summary>
    /// The full stop of a dotted abbreviation ("U.S.") or of an initial before a name ("N. Korean",
    /// "George W. Bush"), written against it with the clause going on.
    /// </summary>
    private bool ClosesAbbreviation(int k) =>
        tokens[k].IsPunctuation(text, '.') && k > 0 && tokens[k - 1].Kind == WordTokenKind.Word
        && tokens[k - 1].Start + tokens[k - 1].Length == tokens[k].Start
        && (tokens[k - 1].Span(text).Contains('.') || IsInitial(k - 1));

    private bool IsInitial(int k) =>
        tokens[k].Length == 1 && char.IsUpper(text[tokens[k].Start])
        && k + 2 < tokens.Count && tokens[k + 2].Kind == WordTokenKind.Word && char.IsUpper(text[tokens[k + 2].Start]);

    /// <summary>
    /// Where an aside between commas opens, when <paramref name="k"/> is the comma that closes it: a few
    /// words with no other stop inside ("the region's worst in decades"); null otherwise.
    /// </summary>
    private int? AsideOpening(int k)
    {
        if (!tokens[k].IsPunctuation(text, ','))
        {
            return null;
        }
        for (var j = k - 1; j >= 1 && k - j <= MaxAsideLength + 1; j--)
        {
            if (tokens[j].Kind == WordTokenKind.Word || tokens[j].Kind == WordTokenKind.NumberLike || tokens[j].Kind == WordTokenKind.Number)
            {
                continue;
            }
            return tokens[j].IsPunctuation(text, ',') && j < k - 1 ? j : null;
        }
        return null;
    }

    private bool IsSmallTollWord(int k) => Is(k, "to") || Is(k, "at") || Is(k, "of") || Is(k, "is") || Is(k, "was");

    /// <summary>
    /// "the number of dead", "the number of people killed", "the number of injured", "the number of people
    /// hurt", "the number of people who lost their lives", "the number of arrests", "the number of evacuees" ending
    /// at <paramref name="k"/>: where "number" stands and what it counts; null otherwise.
    /// </summary>
    private (int Start, string Slot)? NumberOf(int k)
    {
        var word = Word(k);
        var slot = FactLexicon.DeadNounsBySpan.Contains(word) || FactLexicon.KilledWordsBySpan.Contains(word) ? FactLexicon.Killed
            : FactLexicon.InjuredWordsBySpan.Contains(word) ? FactLexicon.Injured : null;
        if (slot is null && In(k, FactLexicon.LifeNounsBySpan) && In(k - 1, FactLexicon.PossessivesBySpan) && In(k - 2, FactLexicon.LostVerbsBySpan))
        {
            // "the number of people who lost their lives".
            (slot, k) = (FactLexicon.Killed, k - 2);
        }
        else if (slot is null && FactLexicon.SlotNounsBySpan.TryGetValue(word, out var named) && named != FactLexicon.Troops)
        {
            // "the number of arrests", "the number of evacuees".
            slot = named;
        }
        if (slot is null)
        {
            return null;
        }
        // "the number of people who died", "the number of those who were hurt".
        while (IsAuxiliary(k - 1))
        {
            k--;
        }
        if (Is(k - 1, "who") && (In(k - 2, FactLexicon.PersonNounsBySpan) || Is(k - 2, "those")))
        {
            k--;
        }
        var of = In(k - 1, FactLexicon.PersonNounsBySpan) || Is(k - 1, "those") ? k - 2 : k - 1;
        for (var words = 0; words < 3 && In(of, FactLexicon.TollModifiersBySpan); words++)
        {
            // "the number of confirmed or presumed dead".
            of--;
        }
        if (!Is(of, "of") || !Is(of - 1, "number"))
        {
            return null;
        }
        // "the number of dead" needs no people; "the number of killed" reads as a toll too, "the number of injuries" as the hurt.
        return (of - 1, slot);
    }

    /// <summary>
    /// "bringing the total to 19", "taking the tally to 40": a running total of the count read just before it
    /// in the sentence, and where its wording starts; null when the number is no such total.
    /// </summary>
    private (string Slot, int From)? TotalOfTheCountBefore(int start)
    {
        var k = start - 1;
        if (!Is(k, "to") || !In(k - 1, FactLexicon.TotalNounsBySpan) || !(Is(k - 2, "the") || Is(k - 2, "its")) || !In(k - 3, FactLexicon.TotalVerbsBySpan))
        {
            return null;
        }
        return into.Count > sentenceRead && into[^1] is { Kind: QuantityKind.Count } before && before.Offset == sentenceStart
            ? (before.Slot, k - 3) : null;
    }

    /// <summary>"the agency raised the death toll to 412": from the verb that says it rose, when one comes just before the toll's words; else from the toll.</summary>
    private int RaisedBy(int toll)
    {
        for (var k = toll - 1; k >= 0 && toll - k <= 3 && tokens[k].Kind == WordTokenKind.Word; k--)
        {
            if (FactLexicon.RisingWordsBySpan.Contains(Word(k)))
            {
                return k;
            }
        }
        return toll;
    }

    /// <summary>"magnitude 6.2", "a 7.1-magnitude quake", "6.4 magnitude": a quake's size, never a count.</summary>
    private bool IsMagnitude(int k) =>
        (tokens[k].Kind is WordTokenKind.Number or WordTokenKind.NumberLike)
        && (Is(k - 1, "magnitude") || Is(k + 1, "magnitude") || tokens[k].Span(text).EndsWith("magnitude", StringComparison.OrdinalIgnoreCase));

    /// <summary>"cut 1,200 jobs", "will shed 300 jobs": jobs a count of which is news; "laid off 40 workers".</summary>
    private bool IsJobCut(int start)
    {
        for (var k = start - 1; k >= 0 && start - k <= 3; k--)
        {
            if (tokens[k].Kind == WordTokenKind.Word && FactLexicon.JobVerbsBySpan.Contains(Word(k)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// A verb in the active voice: no auxiliary before it ("was shot") and an object after it ("shot
    /// the clerk", "killed his wife", "wounded two"). "shot the night before" is not an object.
    /// </summary>
    private bool IsActiveVerb(int verb, int verbEnd)
    {
        if (Is(verb, "shoots"))
        {
            return true;
        }
        if (!(FactLexicon.KilledWordsBySpan.Contains(Word(verb)) || FactLexicon.InjuredWordsBySpan.Contains(Word(verb))
            || In(verb, ShootingPack.ActiveVerbs)) || (verb > 0 && IsAuxiliary(verb - 1)))
        {
            return false;
        }
        var o = verbEnd + 1;
        if (o >= tokens.Count)
        {
            return false;
        }
        if (tokens[o].Kind == WordTokenKind.Number)
        {
            return !(o + 1 < tokens.Count && FactLexicon.NotCountedAfterBySpan.Contains(Word(o + 1)));
        }
        if (tokens[o].Kind != WordTokenKind.Word)
        {
            return false;
        }
        if (Is(o, "the") || Is(o, "a") || Is(o, "an"))
        {
            return !(o + 1 < tokens.Count && FactLexicon.TimeNounsBySpan.Contains(Word(o + 1)));
        }
        return FactLexicon.ObjectPronounsBySpan.Contains(Word(o))
            || (NumberLexicon.WordValue(Word(o)) is not null && !(o + 1 < tokens.Count && FactLexicon.NotCountedAfterBySpan.Contains(Word(o + 1))))
            || IsNamedObject(verb, o);
    }

    /// <summary>
    /// "another teen accidentally shot Pellow": a name after the verb is whom the subject shot. Not in a
    /// headline written in capitals ("Man Shot Outside Bar"), where the next word is capitalised anyway.
    /// </summary>
    private bool IsNamedObject(int verb, int o) =>
        tokens[o].IsCapitalized(text) && !tokens[verb].IsCapitalized(text) && Word(o).Length > 1 && !IsLinkOrTime(o);

    private bool IsLinkOrTime(int k) =>
        FactLexicon.MonthsBySpan.Contains(Word(k)) || FactLexicon.WeekdaysBySpan.Contains(Word(k))
        || Is(k, "i") || Is(k, "in") || Is(k, "at") || Is(k, "on");

    /// <summary>"one fatally." or "one fatally, in the shooting": no verb after it ("Sniper Fatally Shoots 2" has one).</summary>
    private bool IsElidedFatally(int k) =>
        IsFatally(k)
        && (k + 1 >= tokens.Count || tokens[k + 1].Kind == WordTokenKind.Punctuation || Is(k + 1, "and") || Is(k + 1, "in") || Is(k + 1, "on") || Is(k + 1, "at"));

    /// <summary>"hit by a car": a crash, not gunfire.</summary>
    private bool IsRunOver(int k)
    {
        for (var n = k + 1; n < tokens.Count && n <= k + 4; n++)
        {
            if (In(n, FactLexicon.VehiclesBySpan))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"killing two", "wounding three others", "police arrested four".</summary>
    private string? VerbBefore(int start)
    {
        var k = start - 1;
        if (Is(k, "all"))
        {
            // "killed all 150 people on board".
            k--;
        }
        if (k < 0 || tokens[k].Kind != WordTokenKind.Word)
        {
            return null;
        }
        if (Is(k, "of") && k > 0 && tokens[k - 1].Kind == WordTokenKind.Word && FactLexicon.KillingNounsBySpan.Contains(Word(k - 1)))
        {
            // "charged in the killing of two men", "the deaths of a mother and her son"; "the attempted
            // murders of five teens" are five who lived. "The bodies of 14 miners" count; "the bodies of a man and
            // woman" in passing, as in a report's list of the weekend's other deaths, are no toll.
            return Is(k - 2, "attempted") || (Is(k - 1, "bodies") && (Is(start, "a") || Is(start, "an"))) ? null : FactLexicon.Killed;
        }
        if (Is(k, "of") && In(k - 1, FactLexicon.LifeNounsBySpan) && Is(k - 2, "the") && In(k - 3, FactLexicon.LifeTakingVerbsBySpan))
        {
            // "the floods have claimed the lives of 31 people"; "saved the lives of nine" is no toll.
            return FactLexicon.Killed;
        }
        if (Is(k, "off") && In(k - 1, FactLexicon.LayVerbsBySpan))
        {
            // "laid off 40 workers".
            return FactLexicon.Jobs;
        }
        // "Medics treated 23 people at the scene": hurt outside a shooting report, as the predicate reads it ([treated-words]).
        var slot = SlotOfVerb(k, out _);
        return slot == FactLexicon.Shot && !Is(k, "shot") && !Is(k, "shoots") && !Is(k, "hitting") && !Is(k, "striking") ? null : slot;
    }

    private bool IsVerbish(int k)
    {
        var word = Word(k);
        return word.Equals("were", StringComparison.OrdinalIgnoreCase) || word.Equals("was", StringComparison.OrdinalIgnoreCase)
            || word.Equals("are", StringComparison.OrdinalIgnoreCase) || word.Equals("is", StringComparison.OrdinalIgnoreCase)
            || word.Equals("have", StringComparison.OrdinalIgnoreCase) || word.Equals("has", StringComparison.OrdinalIgnoreCase)
            || word.Equals("had", StringComparison.OrdinalIgnoreCase) || word.EndsWith("ed", StringComparison.OrdinalIgnoreCase)
            || word.EndsWith("ly", StringComparison.OrdinalIgnoreCase);
    }

    private bool SaysAlso(int from, int to)
    {
        for (var k = from; k <= to && k < tokens.Count; k++)
        {
            if (Is(k, "also"))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"were not hurt", "weren't injured", "was never shot": a negation just before the verb.</summary>
    private bool IsDenied(int verb)
    {
        for (var k = verb - 1; k >= 0 && k >= verb - 2; k--)
        {
            if (Is(k, "not") || Is(k, "never") || (tokens[k].Kind == WordTokenKind.Word
                && (Word(k).EndsWith("n't", StringComparison.OrdinalIgnoreCase) || Word(k).EndsWith("n’t", StringComparison.OrdinalIgnoreCase))))
            {
                return true;
            }
        }
        return false;
    }

    private bool SaysOther(int from, int nounAt)
    {
        for (var k = from; k <= nounAt && k < tokens.Count; k++)
        {
            if (Is(k, "other") || Is(k, "others"))
            {
                return true;
            }
        }
        return false;
    }

    private bool IsStill(int k) => In(k, FactLexicon.StillWordsBySpan);

    private bool IsFatally(int k) => In(k, FactLexicon.FatalAdverbsBySpan);

    private bool IsSevere(int k) => k >= 0 && k < tokens.Count && FactLexicon.SeverityWordsBySpan.Contains(Word(k));

    private bool IsAuxiliary(int k) => In(k, FactLexicon.AuxiliariesBySpan);

    private static bool IsEventSlot(string slot) => slot is FactLexicon.Killed or FactLexicon.Injured or FactLexicon.Casualties
        or FactLexicon.Missing or FactLexicon.Arrested or FactLexicon.Displaced or FactLexicon.Shot or FactLexicon.CriticallyInjured;
}
