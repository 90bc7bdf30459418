using SupervisionModels.Datasets.Generator;

namespace SupervisionModels.Datasets.Tests;

/// <summary>
/// The reference rules find exactly the planted leads for other seeds too: no seed may let background rows or decoys
/// satisfy a model's rules by accident, nor leave a planted lead short of one condition.
/// </summary>
public sealed class OtherSeedTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(77)]
    [InlineData(4242)]
    public async Task ReferenceRules_FindExactlyThePlantedLeads(int seed)
    {
        var folder = Path.Combine(Path.GetTempPath(), "sm-datasets-seed-" + seed.ToString(System.Globalization.CultureInfo.InvariantCulture) + "-" + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        try
        {
            await DatasetGenerator.GenerateAsync(new GeneratorOptions(Scale.Tiny, seed, folder) { WriteLabelledText = false }, null, CancellationToken.None);
            var data = new GeneratedData(folder);
            var problems = new List<string>();
            void AssertSame(HashSet<string> planted, HashSet<string> found, string what)
            {
                var missed = planted.Except(found).ToList();
                var extra = found.Except(planted).ToList();
                if (missed.Count > 0 || extra.Count > 0)
                {
                    problems.Add($"{what}: missed [{string.Join(", ", missed)}], unplanted [{string.Join(", ", extra)}]");
                }
            }

            AssertSame(ReferenceRules.Planted(data, "SM0001"), ReferenceRules.PlateAuctionPlaintiffs(data), "SM0001");
            AssertSame(ReferenceRules.Planted(data, "SM0002", "未成年人"), ReferenceRules.NitrousOxideMinors(data), "SM0002 minors");
            AssertSame(ReferenceRules.Planted(data, "SM0002", "场所"), ReferenceRules.NitrousOxideVenues(data), "SM0002 venues");
            AssertSame(ReferenceRules.Planted(data, "SM0002", "非法销售者"), ReferenceRules.NitrousOxideSellers(data), "SM0002 sellers");
            AssertSame(ReferenceRules.Planted(data, "SM0002", "非法运输者"), ReferenceRules.NitrousOxideTransporters(data), "SM0002 transporters");
            AssertSame(ReferenceRules.Planted(data, "SM0003"), ReferenceRules.AidVictims(data), "SM0003");
            Assert.True(problems.Count == 0, string.Join("\n", problems));
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
