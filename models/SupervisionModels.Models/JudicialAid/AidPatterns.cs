using SupervisionModels.Rules;

namespace SupervisionModels.BuiltIn.JudicialAid;

/// <summary>Pattern steps SM0003's rules share.</summary>
internal static class AidPatterns
{
    /// <summary>
    /// Keeps the candidates on at least one hardship register (domain §3.3 step 4): only they become leads, so every
    /// signal about a candidate asks for it.
    /// </summary>
    public static IPattern<AidCandidate> OnARegister(this IPattern<AidCandidate> candidates) =>
        candidates.Exists<HardshipFlag, string>(a => a.PersonKey, f => f.Candidate.PersonKey);
}
