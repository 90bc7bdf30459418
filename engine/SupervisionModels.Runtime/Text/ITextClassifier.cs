namespace SupervisionModels.Runtime.Text;

/// <summary>
/// A text classifier registered with the engine by name, used by keyword conditions that name it
/// (<see cref="Rules.TextOptions"/>). Implementations must be safe to call from several threads at once.
/// </summary>
public interface ITextClassifier
{
    /// <summary>The name rules refer to (for example <c>SM0001.text</c>).</summary>
    string Name { get; }

    /// <summary>The probability, from 0 to 1, that <paramref name="text"/> is relevant to the model.</summary>
    double PredictProbability(string text);
}
