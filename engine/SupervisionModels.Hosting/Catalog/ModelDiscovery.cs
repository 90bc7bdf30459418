using System.Reflection;
using SupervisionModels.Models;

namespace SupervisionModels.Hosting.Catalog;

/// <summary>
/// Finds the models of an assembly: public, non-abstract, non-generic subclasses of <see cref="SupervisionModel"/>.
/// Each is constructed once and validated; a model that cannot be is an error naming its type and origin, and the
/// other models of the assembly are still reported.
/// </summary>
internal static class ModelDiscovery
{
    public static void Discover(Assembly assembly, ModelOrigin origin, ICollection<LoadedModel> models, ICollection<ModelLoadError> errors)
    {
        Type[] types;
        try
        {
            types = assembly.GetExportedTypes();
        }
        catch (Exception e) when (e is ReflectionTypeLoadException or FileNotFoundException or FileLoadException or TypeLoadException)
        {
            errors.Add(new ModelLoadError(origin, $"{origin}: cannot read its types: {Describe(e)}"));
            return;
        }

        foreach (var type in types.OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            if (!type.IsClass || type.IsAbstract || type.ContainsGenericParameters || !typeof(SupervisionModel).IsAssignableFrom(type))
            {
                continue;
            }

            var model = Instantiate(type, origin, errors);
            if (model is null)
            {
                continue;
            }

            var problems = ModelValidator.Validate(model, origin);
            if (problems.Count == 0)
            {
                models.Add(new LoadedModel(model, origin));
            }
            else
            {
                foreach (var problem in problems)
                {
                    errors.Add(new ModelLoadError(origin, $"{origin}: {type.FullName}: {problem}"));
                }
            }
        }
    }

    private static SupervisionModel? Instantiate(Type type, ModelOrigin origin, ICollection<ModelLoadError> errors)
    {
        // A public model without a parameterless constructor is a mistake, not an opt-out: skipping it silently would
        // drop its leads without a word, so it is reported.
        if (type.GetConstructor(Type.EmptyTypes) is null)
        {
            errors.Add(new ModelLoadError(origin, $"{origin}: {type.FullName}: a model needs a public parameterless constructor."));
            return null;
        }

        try
        {
            return (SupervisionModel)Activator.CreateInstance(type)!;
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            errors.Add(new ModelLoadError(origin, $"{origin}: {type.FullName}: the constructor threw {Describe(e.InnerException)}"));
            return null;
        }
    }

    internal static string Describe(Exception e) => e switch
    {
        ReflectionTypeLoadException load when load.LoaderExceptions.FirstOrDefault(x => x is not null) is { } first =>
            $"{first.GetType().Name}: {first.Message}",
        _ => $"{e.GetType().Name}: {e.Message}",
    };
}
