namespace SupervisionModels.Hosting.Scaffolding;

/// <summary>What <see cref="ModelScaffolder.Create"/> wrote.</summary>
/// <param name="Directory">The plugin folder, as given.</param>
/// <param name="ModelId">The new model's id (<c>USR0001</c>…).</param>
/// <param name="ClassName">The model class's name.</param>
/// <param name="Files">The files written, relative to <paramref name="Directory"/>.</param>
public sealed record ScaffoldResult(string Directory, string ModelId, string ClassName, IReadOnlyList<string> Files);
