using SupervisionModels.Data.Reading;

namespace SupervisionModels.Data.Tests;

public sealed class StringDeduplicationTests
{
    [Fact]
    public async Task Read_RepeatedShortValues_ShareOneInstancePerValue()
    {
        using var dir = new TempDir();
        var roles = new[] { "原告", "被告", "第三人" };
        var rows = Enumerable.Range(0, 3000).Select(i => new OtherParty { Id = $"P{i:D5}", Name = roles[i % 3] }).ToList();
        await ParquetFactWriter<OtherParty>.WriteAllAsync(dir.File("parties", "part-0.parquet"), rows, ct: TestContext.Current.CancellationToken);

        var reader = await DatasetReader.OpenAsync(dir.File("parties"), TestContext.Current.CancellationToken);
        await foreach (var batch in reader.ReadAsync(["id", "name"], TestContext.Current.CancellationToken))
        {
            var names = batch.Get<string?>("name");
            var ids = batch.Get<string?>("id");

            Assert.Equal(rows.Select(r => r.Name), names);
            Assert.Equal(rows.Select(r => r.Id), ids);
            Assert.Equal(3, names.Distinct(ReferenceEqualityComparer.Instance).Count());
        }
    }

    [Fact]
    public void Deduplicate_RepeatedValues_KeepsEveryValueAndSharesInstances()
    {
        var values = Enumerable.Range(0, 1000).Select(i => i % 2 == 0 ? new string('甲', 2) : (i % 7 == 0 ? null : new string('乙', 3))).ToArray();
        var before = values.ToArray();

        StringDeduplicator.Deduplicate(values);

        Assert.Equal(before, values);
        Assert.Equal(2, values.OfType<string>().Distinct(ReferenceEqualityComparer.Instance).Count());
    }

    [Fact]
    public void Deduplicate_UniqueOrLongValues_LeavesThemAlone()
    {
        var unique = Enumerable.Range(0, 1000).Select(i => $"(2023)京0105民初{i}号").ToArray();
        var longText = Enumerable.Range(0, 1000).Select(_ => new string('文', StringDeduplicator.MaxPooledLength + 1)).ToArray();
        var uniqueBefore = unique.ToArray();
        var longBefore = longText.ToArray();

        StringDeduplicator.Deduplicate(unique);
        StringDeduplicator.Deduplicate(longText);

        Assert.True(unique.Zip(uniqueBefore).All(p => ReferenceEquals(p.First, p.Second)));
        Assert.True(longText.Zip(longBefore).All(p => ReferenceEquals(p.First, p.Second)), "free text is not hashed or pooled");
    }
}
