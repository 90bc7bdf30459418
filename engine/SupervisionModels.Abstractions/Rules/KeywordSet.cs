namespace SupervisionModels.Rules;

/// <summary>
/// A named set of keywords matched together in one pass over a text column. Terms are compared ordinally after NFKC
/// folding (full-width letters and digits match their half-width forms); empty and duplicate terms are dropped.
/// </summary>
public sealed record KeywordSet
{
    /// <summary>Creates a keyword set.</summary>
    public KeywordSet(string name, IEnumerable<string> terms)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(terms);
        Name = name;
        Terms = terms
            .Select(t => t.Normalize(System.Text.NormalizationForm.FormKC).Trim())
            .Where(t => t.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>The set's name (the keyword parameter's name).</summary>
    public string Name { get; }

    /// <summary>The distinct terms, NFKC-folded.</summary>
    public IReadOnlyList<string> Terms { get; }

    /// <inheritdoc/>
    public bool Equals(KeywordSet? other) =>
        other is not null && Name == other.Name && Terms.SequenceEqual(other.Terms, StringComparer.Ordinal);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Name, Terms.Count);
}
