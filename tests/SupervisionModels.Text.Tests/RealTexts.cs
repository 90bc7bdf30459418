using SupervisionModels.Text.Data;
using SupervisionModels.Text.Evaluation;

namespace SupervisionModels.Text.Tests;

/// <summary>The real legal texts, read once per test run, and their fixed training / held-out split.</summary>
public static class RealTexts
{
    /// <summary>The share of each model's real texts held out for evaluation.</summary>
    public const double HeldOutFraction = 1.0 / 3;

    /// <summary>The split's seed (the README's figures use the same).</summary>
    public const int SplitSeed = 1;

    private static readonly Lazy<IReadOnlyList<LegalText>> LazyAll = new(() => LegalTextCorpus.ReadAsync(FixtureFiles.LegalTexts).GetAwaiter().GetResult());

    public static IReadOnlyList<LegalText> All => LazyAll.Value;

    public static (IReadOnlyList<LabelledText> Train, IReadOnlyList<LabelledText> HeldOut) Split(string modelId) =>
        DataSplit.Split(LegalTextCorpus.Label(All, modelId), HeldOutFraction, SplitSeed);
}
