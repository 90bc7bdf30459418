namespace SupervisionModels.Hosting.Catalog;

/// <summary>One problem found while loading models.</summary>
/// <param name="Origin">Where the problem is.</param>
/// <param name="Message">
/// The full line a user reads: a compiler diagnostic (<c>path:line:col: error CSxxxx: message</c>) or
/// <c>origin: type: problem</c>.
/// </param>
public sealed record ModelLoadError(ModelOrigin Origin, string Message)
{
    /// <inheritdoc/>
    public override string ToString() => Message;
}
