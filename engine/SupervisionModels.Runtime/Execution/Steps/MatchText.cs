using SupervisionModels.Rules.Model;
using SupervisionModels.Runtime.Text;

namespace SupervisionModels.Runtime.Execution.Steps;

/// <summary>
/// A keyword condition on the single bound fact. A dataset text column was scanned while it was read, so the step
/// only looks its facts up; any other text (a derived fact's field, say) is matched here with the same evaluator.
/// </summary>
internal sealed class MatchText(TextStep step, Func<object, string?> text, KeywordMatcher matcher, ITextClassifier? classifier) : CompiledStep
{
    public override List<object[]> Apply(List<object[]> rows, ModelExecution model, CancellationToken cancellationToken) =>
        model.Store.ScanResults(step) is { } scanned ? LookUpScanned(rows, scanned, model) : MatchInMemory(rows, model);

    private static List<object[]> LookUpScanned(List<object[]> rows, Dictionary<object, TextMatch> scanned, ModelExecution model)
    {
        var kept = new List<object[]>();
        foreach (var row in rows)
        {
            if (scanned.TryGetValue(row[0], out var match))
            {
                model.NoteText(row[0], match);
                kept.Add(row);
            }
        }

        return kept;
    }

    private List<object[]> MatchInMemory(List<object[]> rows, ModelExecution model)
    {
        var kept = new List<object[]>();
        foreach (var row in rows)
        {
            var value = text(row[0]);
            if (value is null)
            {
                continue;
            }

            var folded = matcher.NeedsFolding ? KeywordMatcher.Fold(value) : value;
            var match = TextEvaluator.Evaluate(folded, matcher.FindAll(folded), matcher.Terms, step.Options, classifier);
            if (match is not null)
            {
                model.NoteText(row[0], match);
                kept.Add(row);
            }
        }

        return kept;
    }
}
