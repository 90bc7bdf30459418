namespace SupervisionModels.Datasets.Generator;

/// <summary>How hard the planted data is to tell from its decoys.</summary>
public enum Difficulty
{
    /// <summary>The decoys every earlier version wrote: lawful trade, innocent uses of the words, near-misses on age and venue.</summary>
    Easy,

    /// <summary>
    /// Easy's data plus, for every rule that decides a lead, a near-miss decoy that differs from a planted lead in
    /// exactly one decisive fact (named in the decoy's <c>decisiveFact</c>), and planted texts that name the substance
    /// only in slang or odd spellings.
    /// </summary>
    Hard,
}

/// <summary>The difficulty a scale gets when none is asked for.</summary>
public static class Difficulties
{
    /// <summary>
    /// Tiny stays easy, so that the committed sample (tiny, seed 20231) is what the generator writes by default;
    /// small and city are hard, so that a careless model's recall and precision show.
    /// </summary>
    public static Difficulty DefaultFor(Scale scale) => scale == Scale.Tiny ? Difficulty.Easy : Difficulty.Hard;
}
