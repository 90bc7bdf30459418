using SupervisionModels.BuiltIn.JudicialAid;
using SupervisionModels.BuiltIn.MinorsNitrousOxide;
using SupervisionModels.BuiltIn.PlateAuctionFakeLitigation;
using SupervisionModels.Rules;
using SupervisionModels.Models;

namespace SupervisionModels.BuiltIn;

/// <summary>What a model's text screen makes of one text.</summary>
/// <param name="KeywordsAlone">It passes on keywords alone (every condition has a hit and no exclusion applies).</param>
/// <param name="Passes">It passes with the classifier (hits or accepted texts, no exclusion), at full weight or demoted.</param>
/// <param name="FullWeight">It passes and no condition is demoted: its rules count at full weight.</param>
/// <param name="Probability">The classifier's probability, when there is a classifier.</param>
public sealed record TextScreenOutcome(bool KeywordsAlone, bool Passes, bool FullWeight, double? Probability);

/// <summary>
/// A built-in model's text screen outside the engine, for measuring it on loose texts (the adversarial sets, real texts):
/// the same keyword sets, exclusions and classifier thresholds (the parameters' defaults) as the model's screening rule,
/// decided per condition as the engine's text evaluator decides (a hit passes and is demoted below the demotion
/// threshold; a text without a hit passes at or above the acceptance threshold). Terms are compared after NFKC, as the
/// engine's matcher folds text (Ｎ２Ｏ and N₂O are N2O).
/// </summary>
public sealed class TextScreen
{
    private readonly IReadOnlyList<KeywordSet> _conditions;
    private readonly Func<string, bool> _excluded;

    private TextScreen(string modelId, IReadOnlyList<KeywordSet> conditions, Func<string, bool> excluded, double acceptAbove, double demoteBelow)
    {
        ModelId = modelId;
        _conditions = conditions;
        _excluded = excluded;
        AcceptAbove = acceptAbove;
        DemoteBelow = demoteBelow;
    }

    /// <summary>The model.</summary>
    public string ModelId { get; }

    /// <summary>The default acceptance threshold of the model's classifier.</summary>
    public double AcceptAbove { get; }

    /// <summary>The default demotion threshold of the model's classifier.</summary>
    public double DemoteBelow { get; }

    /// <summary>
    /// The screen of <paramref name="modelId"/>: SM0001 the judgment keywords without a lawful plaintiff or a
    /// bankruptcy or wage context (S1), SM0002 a substance and an action term with neither an innocent use (D01) nor
    /// another drug without nitrous oxide (D25) (D02), SM0003 the hardship keywords of a case summary said of the victim
    /// (S13). The structured conditions of those rules (the cause of action, compensation paid) are not in a loose text
    /// and are left out, so the screen takes more than the rule would.
    /// </summary>
    /// <exception cref="ArgumentException">Not a built-in model with a text screen.</exception>
    public static TextScreen For(string modelId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(modelId);
        return modelId switch
        {
            ModelIds.PlateAuctionFakeLitigation => Of<PlateAuctionFakeLitigationModel>(modelId, ["keywords"], [], null, set =>
            {
                var (parties, contexts) = (set("lawful-plaintiffs").Terms, set("lawful-contexts").Terms);
                return text => TextContext.NamesLawfulParty(text, PlateAuctionFakeLitigationModel.PlaintiffWords, parties, contexts, PlateAuctionFakeLitigationModel.LawfulPartyWindow);
            }),
            ModelIds.MinorsNitrousOxide => Of<MinorsNitrousOxideModel>(modelId, ["substance-terms", "action-terms"], ["exclude-terms"], ("other-drug-terms", "substance-terms"), null),
            ModelIds.JudicialAid => Of<JudicialAidModel>(modelId, ["hardship-keywords"], [], null, set =>
            {
                var (terms, victims, offenders) = (set("hardship-keywords").Terms, set("victim-words").Terms, set("offender-words").Terms);
                return text => !TextContext.AnyAboutVictim(text, terms, victims, offenders);
            }),
            _ => throw new ArgumentException($"{modelId} is not a built-in model with a text screen.", nameof(modelId)),
        };
    }

    /// <summary>Screens <paramref name="text"/>; <paramref name="probability"/> is the model's classifier, or null for keywords alone.</summary>
    public TextScreenOutcome Evaluate(string text, Func<string, double>? probability)
    {
        ArgumentNullException.ThrowIfNull(text);
        var excluded = _excluded(text);
        var hits = _conditions.Select(c => Texts.ContainsAny(text, c.Terms)).ToArray();
        var keywordsAlone = !excluded && hits.All(h => h);
        if (probability is null)
        {
            return new TextScreenOutcome(keywordsAlone, keywordsAlone, keywordsAlone, null);
        }

        var p = probability(text);
        var passes = !excluded && hits.All(hit => hit || p >= AcceptAbove);
        var demoted = hits.Any(hit => hit && p < DemoteBelow);
        return new TextScreenOutcome(keywordsAlone, passes, passes && !demoted, p);
    }

    private static TextScreen Of<TModel>(string modelId, string[] conditions, string[] exclusions, (string Terms, string Unless)? excludedUnless, Func<Func<string, KeywordSet>, Func<string, bool>>? contextExclusion)
        where TModel : SupervisionModel, new()
    {
        var parameters = new TModel().Parameters;
        KeywordSet Set(string name) => ((KeywordParameter)parameters.Single(p => p.Name == name)).Default;
        double Number(string name) => (double)parameters.Single(p => p.Name == name).DefaultValue;
        var sets = conditions.Select(Set).ToArray();
        var excludeSets = exclusions.Select(Set).ToArray();
        var unless = excludedUnless is { } u ? (Set(u.Terms), Set(u.Unless)) : ((KeywordSet, KeywordSet)?)null;
        var context = contextExclusion?.Invoke(Set);
        bool Excluded(string text) =>
            excludeSets.Any(e => Texts.ContainsAny(text, e.Terms))
            || (unless is { } x && Texts.ContainsAny(text, x.Item1.Terms) && !Texts.ContainsAny(text, x.Item2.Terms))
            || (context is not null && context(text));
        return new TextScreen(modelId, sets, Excluded, Number("classifier-accept"), Number("classifier-demote"));
    }
}
