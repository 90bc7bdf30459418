using SupervisionModels.Datasets.Generator.Identity;
using SupervisionModels.Datasets.Generator.Randomness;

namespace SupervisionModels.Datasets.Generator.Court;

/// <summary>The judges and clerks of each court (drawn once from the population, so they recur across documents).</summary>
internal sealed class CourtStaff
{
    private readonly Dictionary<string, (string[] Judges, string[] Clerks)> _staff = new(StringComparer.Ordinal);

    public CourtStaff(int seed, PersonPool persons, JudgmentLayout layout)
    {
        var rng = Rng.For(seed, "court-staff");
        var at = new DateOnly(2021, 6, 30);
        foreach (var code in layout.Blocks.Select(b => b.CourtCode).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var judges = Enumerable.Range(0, 8).Select(_ => persons.NameOf(persons.RandomBackground(rng, at, 30, 58))).ToArray();
            var clerks = Enumerable.Range(0, 8).Select(_ => persons.NameOf(persons.RandomBackground(rng, at, 23, 35))).ToArray();
            _staff[code] = (judges, clerks);
        }
    }

    public void Assign(CaseHeader h, Rng rng)
    {
        var (judges, clerks) = _staff[h.Block.CourtCode];
        h.Judge = rng.Pick(judges);
        h.Clerk = rng.Pick(clerks);
    }
}
