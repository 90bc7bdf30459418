namespace SupervisionModels.Text.Evaluation;

/// <summary>
/// Chooses a classifier's acceptance and demotion thresholds on held-out (development) texts by two fixed rules, so
/// that the thresholds are read off data the classifier never saw and never off a test set: accept from the lowest
/// probability at which at most <c>maxFalseAccept</c> of the irrelevant texts would be taken without a keyword, and
/// demote below the highest probability under which at most <c>maxRelevantDemoted</c> of the relevant texts fall.
/// </summary>
/// <param name="AcceptAbove">The acceptance threshold (texts without keywords at or above it are taken).</param>
/// <param name="DemoteBelow">The demotion threshold (keyword hits below it are demoted), never above <paramref name="AcceptAbove"/>.</param>
/// <param name="Irrelevant">The irrelevant texts it was chosen on.</param>
/// <param name="Relevant">The relevant texts it was chosen on.</param>
public sealed record ThresholdChoice(double AcceptAbove, double DemoteBelow, int Irrelevant, int Relevant)
{
    /// <summary>Share of irrelevant development texts the acceptance threshold may let in. The default value is 0.02.</summary>
    public const double DefaultMaxFalseAccept = 0.02;

    /// <summary>Share of relevant development texts the demotion threshold may demote. The default value is 0.10.</summary>
    public const double DefaultMaxRelevantDemoted = 0.10;

    /// <summary>Chooses the thresholds from the probabilities of the development texts, rounded to 0.01 (accept up, demote down).</summary>
    /// <exception cref="ArgumentException">No relevant or no irrelevant text.</exception>
    public static ThresholdChoice Choose(IReadOnlyList<double> irrelevant, IReadOnlyList<double> relevant, double maxFalseAccept = DefaultMaxFalseAccept, double maxRelevantDemoted = DefaultMaxRelevantDemoted)
    {
        ArgumentNullException.ThrowIfNull(irrelevant);
        ArgumentNullException.ThrowIfNull(relevant);
        if (irrelevant.Count == 0 || relevant.Count == 0)
        {
            throw new ArgumentException($"Thresholds need relevant and irrelevant development texts; got {relevant.Count} and {irrelevant.Count}.");
        }

        // Accept: the smallest t (in steps of 0.01) with share(irrelevant ≥ t) ≤ maxFalseAccept.
        var accept = 1.0;
        for (var t = 0.99; t >= 0.5; t -= 0.01)
        {
            var rounded = Math.Round(t, 2);
            if (irrelevant.Count(p => p >= rounded) > maxFalseAccept * irrelevant.Count)
            {
                break;
            }

            accept = rounded;
        }

        // Demote: the largest t with share(relevant < t) ≤ maxRelevantDemoted.
        var demote = 0.0;
        for (var t = 0.01; t <= accept; t += 0.01)
        {
            var rounded = Math.Round(t, 2);
            if (relevant.Count(p => p < rounded) > maxRelevantDemoted * relevant.Count)
            {
                break;
            }

            demote = rounded;
        }

        return new ThresholdChoice(accept, demote, irrelevant.Count, relevant.Count);
    }
}
