using System.Runtime.Loader;
using SupervisionModels.Facts;
using SupervisionModels.Facts.Schema;
using SupervisionModels.Hosting.Plugins;
using SupervisionModels.Models;

namespace SupervisionModels.Hosting.Catalog;

/// <summary>Checks what the engine relies on before any rule runs: the descriptor, the parameters and the datasets.</summary>
internal static class ModelValidator
{
    /// <summary>The id prefix of built-in models; plugins pick another so that a future built-in never collides with them.</summary>
    public const string ReservedPrefix = "SM";

    /// <summary>True when a well-formed <paramref name="id"/> has the built-in prefix (<c>SM0001</c>, not <c>SMX0001</c>).</summary>
    public static bool IsReserved(string id) =>
        id.Length == ReservedPrefix.Length + 4 && id.StartsWith(ReservedPrefix, StringComparison.Ordinal);

    /// <summary>The problems of <paramref name="model"/>, each a sentence; empty when it is valid.</summary>
    public static IReadOnlyList<string> Validate(SupervisionModel model, ModelOrigin origin)
    {
        var problems = new List<string>();
        ModelDescriptor? descriptor;
        IReadOnlyList<ModelParameter>? parameters;
        try
        {
            descriptor = model.Descriptor;
            parameters = model.Parameters;
        }
        catch (Exception e)
        {
            return [$"reading its descriptor or parameters threw {ModelDiscovery.Describe(e)}"];
        }

        if (descriptor is null)
        {
            return ["Descriptor is null."];
        }

        ValidateDescriptor(descriptor, origin, problems);
        ValidateParameters(parameters, problems);
        ValidateDatasets(descriptor, origin, problems);
        return problems;
    }

    private static void ValidateDescriptor(ModelDescriptor descriptor, ModelOrigin origin, List<string> problems)
    {
        if (descriptor.Id is null || !ModelDescriptor.IsWellFormedId(descriptor.Id))
        {
            problems.Add($"id '{descriptor.Id}' is not well formed: 2–4 capital letters and four digits (SM0001 for built-in models, USR0001 for user models).");
        }
        else if (origin.IsPlugin && IsReserved(descriptor.Id))
        {
            problems.Add($"id '{descriptor.Id}' uses the prefix {ReservedPrefix}, which is reserved for built-in models; plugins use their own prefix (USR0001).");
        }

        if (string.IsNullOrWhiteSpace(descriptor.Title))
        {
            problems.Add("Title is empty.");
        }

        if (string.IsNullOrWhiteSpace(descriptor.Version))
        {
            problems.Add("Version is empty.");
        }
    }

    private static void ValidateParameters(IReadOnlyList<ModelParameter>? parameters, List<string> problems)
    {
        if (parameters is null)
        {
            problems.Add("Parameters is null.");
            return;
        }

        if (parameters.Any(p => p is null))
        {
            problems.Add("Parameters contains null.");
            return;
        }

        foreach (var name in parameters.GroupBy(p => p.Name, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key))
        {
            problems.Add($"parameter name '{name}' is declared more than once.");
        }
    }

    private static void ValidateDatasets(ModelDescriptor descriptor, ModelOrigin origin, List<string> problems)
    {
        if (descriptor.Datasets is null)
        {
            problems.Add("Datasets is null.");
            return;
        }

        foreach (var type in descriptor.Datasets)
        {
            if (type is null)
            {
                problems.Add("Datasets contains null.");
                continue;
            }

            var shared = SharedAssemblies.All.Contains(type.Assembly);

            // Checked before FactSchema: its cache is static, and caching a type of a plugin's load context would keep
            // that context alive after unloading.
            if (origin.IsPlugin && !shared && AssemblyLoadContext.GetLoadContext(type.Assembly)?.IsCollectible == true)
            {
                problems.Add(Invented(type));
                continue;
            }

            try
            {
                if (FactSchema.TryGet(type) is null)
                {
                    problems.Add($"dataset type {type.FullName} is not a dataset record (it has no [Dataset] attribute).");
                }
                else if (origin.IsPlugin && !shared)
                {
                    problems.Add(Invented(type));
                }
            }
            catch (InvalidOperationException e)
            {
                problems.Add($"dataset type {type.FullName} is not a valid dataset record: {e.Message}");
            }
        }
    }

    // Plugins read the shared datasets (the engine knows how to load them); they cannot invent new ones.
    private static string Invented(Type type) =>
        $"dataset type {type.FullName} is declared in {type.Assembly.GetName().Name}; plugins read the dataset records of {SharedAssemblies.DatasetsName}.";
}
