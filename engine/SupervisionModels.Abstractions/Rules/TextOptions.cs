namespace SupervisionModels.Rules;

/// <summary>
/// How a text classifier assists a keyword condition (the hook; classifiers are registered with the engine by name).
/// With a classifier, a text passes when it has a keyword hit or its probability is at least
/// <see cref="AcceptAbove"/>; a keyword hit whose probability is below <see cref="DemoteBelow"/> passes with its rule
/// weights multiplied by <see cref="DemotionFactor"/>.
/// </summary>
/// <param name="Classifier">The registered classifier's name (for example <c>SM0001.text</c>).</param>
public sealed record TextOptions(string Classifier)
{
    /// <summary>Probability at or above which a text without keywords is still taken. The default value is 0.9.</summary>
    public double AcceptAbove { get; init; } = 0.9;

    /// <summary>Probability below which a keyword hit is judged out of context. The default value is 0.2.</summary>
    public double DemoteBelow { get; init; } = 0.2;

    /// <summary>Multiplier of the weights of rules whose evidence is a demoted text. The default value is 0.3.</summary>
    public double DemotionFactor { get; init; } = 0.3;

    /// <summary>False turns the classifier off (keywords alone), as a parameter may decide per run. The default value is true.</summary>
    public bool Enabled { get; init; } = true;
}
