using SupervisionModels.Entities;
using SupervisionModels.Runtime.Execution;

namespace SupervisionModels.Engine.Tests;

public sealed class HashIndexTests
{
    private static List<int> Positions<TKey>(HashIndex<TKey> index, TKey key)
        where TKey : notnull
    {
        var positions = new List<int>();
        for (var i = index.First(key); i >= 0; i = index.Next(i))
        {
            positions.Add(i);
        }

        return positions;
    }

    [Fact]
    public void First_Next_GiveEveryPositionOfAKey_InListOrder()
    {
        string[] items = ["a", "b", "a", "c", "a"];

        var index = HashIndex<string>.Build(items, s => s);

        Assert.Equal([0, 2, 4], Positions(index, "a"));
        Assert.Equal([1], Positions(index, "b"));
        Assert.Empty(Positions(index, "z"));
    }

    [Fact]
    public void NullKeys_AreNeverIndexedNorFound()
    {
        (string? Name, int Row)[] items = [(null, 0), ("", 1), ("张三", 2)];

        var index = HashIndex<string>.Build(items, x => x.Name!);

        Assert.Empty(Positions(index, null!));
        Assert.Empty(Positions(index, ""));
        Assert.Equal([2], Positions(index, "张三"));
    }

    [Fact]
    public void TupleKeys_WithAnEmptyPart_AreNeverIndexed()
    {
        (string Case, EntityKey Party)[] items = [("C1", EntityKey.Person(Ids.Zhang, "张三")), ("C1", EntityKey.Person(null, null))];

        var index = HashIndex<(string, EntityKey)>.Build(items, x => x);

        Assert.Equal([0], Positions(index, items[0]));
        Assert.Empty(Positions(index, items[1]));
    }
}
