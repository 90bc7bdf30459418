namespace SupervisionModels.Datasets.Generator.Court;

/// <summary>The court-side rows one slot (or one chunk of slots) produces.</summary>
internal sealed class CourtBundle
{
    public List<Judgment> Judgments { get; } = [];

    public List<JudgmentParty> Parties { get; } = [];

    public List<EnforcementCase> Enforcement { get; } = [];

    public List<AssetDisposal> Disposals { get; } = [];

    public void AddRange(CourtBundle other)
    {
        Judgments.AddRange(other.Judgments);
        Parties.AddRange(other.Parties);
        Enforcement.AddRange(other.Enforcement);
        Disposals.AddRange(other.Disposals);
    }
}
