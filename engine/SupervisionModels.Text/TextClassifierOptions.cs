using System.Globalization;
using System.Text.Json.Serialization;

namespace SupervisionModels.Text;

/// <summary>
/// How a classifier featurises text and trains. Saved inside the model file, so that prediction featurises exactly as
/// training did. The defaults are the measured choices documented in the project's README.md.
/// </summary>
public sealed record TextClassifierOptions
{
    /// <summary>The largest n-gram length the 64-bit n-gram key can hold (four UTF-16 code units).</summary>
    public const int LongestNgram = 4;

    /// <summary>Seed of the <c>MLContext</c> (the trainer's shuffling). The default value is 1.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Shortest character n-gram. The default value is 1.</summary>
    public int MinNgramLength { get; init; } = 1;

    /// <summary>Longest character n-gram, at most <see cref="LongestNgram"/>. The default value is 2 (1–2 measured best; 3 and 4 add time, not AUC).</summary>
    public int MaxNgramLength { get; init; } = 2;

    /// <summary>N-grams are hashed into 2^<c>HashBits</c> features, from 10 to 24. The default value is 18.</summary>
    public int HashBits { get; init; } = 18;

    /// <summary>Characters of a text featurised, from its start; longer texts are cut. The default value is 4096.</summary>
    public int MaxChars { get; init; } = 4096;

    /// <summary>Maps every digit to 0, so that dates and amounts do not split into thousands of rare n-grams. The default value is true.</summary>
    public bool FoldDigits { get; init; } = true;

    /// <summary>The value of an n-gram's feature before the vector is scaled to unit length. The default value is <see cref="NgramWeighting.Presence"/>.</summary>
    [JsonConverter(typeof(JsonStringEnumConverter<NgramWeighting>))]
    public NgramWeighting Weighting { get; init; } = NgramWeighting.Presence;

    /// <summary>
    /// Weights examples so that both labels weigh the same in training, so that probabilities do not lean toward
    /// whichever label the training set happened to hold more of. The default value is true.
    /// </summary>
    public bool BalanceClasses { get; init; } = true;

    /// <summary>SDCA's L1 penalty; null lets SDCA choose from the data (which keeps the weights sparse and the file small). The default value is null.</summary>
    public float? L1Regularization { get; init; }

    /// <summary>SDCA's L2 penalty; null lets SDCA choose from the data. The default value is null.</summary>
    public float? L2Regularization { get; init; }

    /// <summary>Passes over the data; null lets SDCA stop when converged. The default value is null.</summary>
    public int? MaximumIterations { get; init; }

    /// <summary>Throws an <see cref="ArgumentException"/> naming every value out of range.</summary>
    public void Validate()
    {
        var problems = new List<string>();
        if (MinNgramLength < 1 || MinNgramLength > LongestNgram)
        {
            problems.Add(Invariant($"MinNgramLength must be from 1 to {LongestNgram} (was {MinNgramLength})"));
        }

        if (MaxNgramLength < MinNgramLength || MaxNgramLength > LongestNgram)
        {
            problems.Add(Invariant($"MaxNgramLength must be from MinNgramLength to {LongestNgram} (was {MaxNgramLength})"));
        }

        if (HashBits < 10 || HashBits > 24)
        {
            problems.Add(Invariant($"HashBits must be from 10 to 24 (was {HashBits})"));
        }

        if (MaxChars < 16)
        {
            problems.Add(Invariant($"MaxChars must be at least 16 (was {MaxChars})"));
        }

        if (!Enum.IsDefined(Weighting))
        {
            problems.Add(Invariant($"Weighting {(int)Weighting} is not defined"));
        }

        if (L1Regularization is < 0 || L2Regularization is <= 0)
        {
            problems.Add("L1Regularization must not be negative and L2Regularization must be positive");
        }

        if (MaximumIterations is < 1)
        {
            problems.Add(Invariant($"MaximumIterations must be at least 1 (was {MaximumIterations})"));
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException("Invalid text classifier options: " + string.Join("; ", problems) + ".");
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

/// <summary>How an n-gram's occurrences in one text become its feature value.</summary>
public enum NgramWeighting
{
    /// <summary>1 when the n-gram occurs (measured best: repeated boilerplate n-grams do not drown the rest).</summary>
    Presence,

    /// <summary>1 + ln(count).</summary>
    LogCount,

    /// <summary>The raw count.</summary>
    Count,
}
