using SupervisionModels.Rules;
using SupervisionModels.Runtime.Text;

namespace SupervisionModels.Runtime.Execution;

/// <summary>
/// Decides a keyword condition for one text: keywords, then the classifier when the condition asks for one. Used by
/// load-time scans and by in-memory text conditions alike, so both give the same answer.
/// </summary>
internal static class TextEvaluator
{
    /// <summary>The match, or null when the text does not pass.</summary>
    /// <param name="text">The text (already folded by <see cref="KeywordMatcher.Fold"/>).</param>
    /// <param name="hits">The hits of the condition's own terms.</param>
    /// <param name="terms">The matcher's terms the hits index.</param>
    /// <param name="options">The condition's classifier options.</param>
    /// <param name="classifier">The classifier, when registered and enabled.</param>
    public static TextMatch? Evaluate(string text, IReadOnlyList<KeywordHit> hits, IReadOnlyList<string> terms, TextOptions? options, ITextClassifier? classifier)
    {
        if (classifier is null || options is null || !options.Enabled)
        {
            return hits.Count > 0 ? TextMatch.FromHits(text, hits, terms, null, 1.0) : null;
        }

        var p = classifier.PredictProbability(text);
        if (hits.Count > 0)
        {
            var factor = p < options.DemoteBelow ? options.DemotionFactor : 1.0;
            return TextMatch.FromHits(text, hits, terms, p, factor);
        }

        return p >= options.AcceptAbove ? TextMatch.FromHits(text, hits, terms, p, 1.0) : null;
    }
}
