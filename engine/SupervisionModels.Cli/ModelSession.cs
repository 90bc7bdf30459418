using SupervisionModels.Hosting.Catalog;
using SupervisionModels.Models;
using SupervisionModels.Runtime;
using SupervisionModels.BuiltIn;

namespace SupervisionModels.Cli;

/// <summary>The models of one command: the built-in ones, plus plugins, filtered by --models.</summary>
internal static class ModelSession
{
    /// <summary>Loads the built-in models and the plugins in <paramref name="pluginDirectory"/> (DLLs and C# source folders).</summary>
    public static ModelCatalog LoadCatalog(string? pluginDirectory, ModelLoaderOptions? options = null) =>
        ModelCatalog.Load(BuiltInModels.Assembly, pluginDirectory is null ? [] : [pluginDirectory], options);

    /// <summary>The models named in <paramref name="modelIds"/> (comma-separated), or all of them; an unknown id is an error listing the known ones.</summary>
    public static IReadOnlyList<LoadedModel> Select(ModelCatalog catalog, string? modelIds)
    {
        if (string.IsNullOrWhiteSpace(modelIds))
        {
            return catalog.Models;
        }

        var selected = new List<LoadedModel>();
        foreach (var id in modelIds.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var model = catalog.Find(id)
                ?? throw new UsageException($"unknown model '{id}'; known models: {string.Join(", ", catalog.Models.Select(m => m.Id))}.");
            if (!selected.Contains(model))
            {
                selected.Add(model);
            }
        }

        return selected;
    }
}
