using Clustering.Core.Consensus;

namespace Clustering.Core.Tests.Consensus;

/// <summary>A ledger's facts by slot: found by name, listed in name order, replaced in place, removed.</summary>
public class SlotTableTests
{
    private static FactSlot Fact(string slot, double value) => new(slot, FactStatus.Agreed, [], new FactConsensus(value, "exact", "test", string.Empty));

    [Fact]
    public void slots_set_in_any_order_are_listed_by_name_and_found_replaced_and_removed()
    {
        var table = new SlotTable();
        foreach (var slot in new[] { "stranded", "injured", "missing", "killed", "evacuated" })
        {
            table.Set(slot, Fact(slot, 1));
        }

        table.Set("killed", Fact("killed", 4));
        table.Remove("missing").ShouldBeTrue();

        table.Keys.ShouldBe(["evacuated", "injured", "killed", "stranded"]);
        table.Values.Select(fact => fact.Slot).ShouldBe(table.Keys);
        table["killed"].Consensus.Value.ShouldBe(4);
        table.GetValueOrDefault("missing").ShouldBeNull();
        table.Remove("missing").ShouldBeFalse();
        table.Count.ShouldBe(4);
        Should.Throw<KeyNotFoundException>(() => table["missing"]);
    }
}
