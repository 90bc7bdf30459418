namespace SupervisionModels.Hosting.Scaffolding;

/// <summary>A model could not be scaffolded: the name gives no class name, the id is not usable, or the folder is not empty. User-facing.</summary>
public sealed class ScaffoldException(string message) : Exception(message);
