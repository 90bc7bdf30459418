using SupervisionModels.Models;

namespace SupervisionModels.Hosting.Catalog;

/// <summary>A validated model instance and where it came from.</summary>
/// <param name="Model">The model, constructed once; its descriptor has been checked.</param>
/// <param name="Origin">The built-in assembly, plugin DLL or source folder that declared it.</param>
public sealed record LoadedModel(SupervisionModel Model, ModelOrigin Origin)
{
    /// <summary>The model's id (<see cref="ModelDescriptor.Id"/>).</summary>
    public string Id => Model.Descriptor.Id;

    /// <summary>The model's full type name, for messages.</summary>
    public string TypeName => Model.GetType().FullName ?? Model.GetType().Name;
}
