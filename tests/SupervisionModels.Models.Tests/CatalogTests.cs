using System.Reflection;
using SupervisionModels.Facts;
using SupervisionModels.Facts.Schema;
using SupervisionModels.Runtime;
using SupervisionModels.BuiltIn;

namespace SupervisionModels.Models.Tests;

/// <summary>Checks over every built-in model, like the Roslyn analyzers' RuleHelpUri tests.</summary>
public sealed class CatalogTests
{
    public static TheoryData<string> BuiltIn()
    {
        var data = new TheoryData<string>();
        foreach (var type in Models().Select(m => m.GetType().FullName!))
        {
            data.Add(type);
        }

        return data;
    }

    private static SupervisionModel[] Models() =>
        BuiltInModels.Assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsPublic: true } && t.IsSubclassOf(typeof(SupervisionModel)))
            .Select(t => (SupervisionModel)Activator.CreateInstance(t)!)
            .OrderBy(m => m.Descriptor.Id, StringComparer.Ordinal)
            .ToArray();

    private static SupervisionModel Model(string typeName) => Models().Single(m => m.GetType().FullName == typeName);

    [Fact]
    public void Ids_AreUnique_AndListedInModelIds()
    {
        var ids = Models().Select(m => m.Descriptor.Id).ToArray();
        Assert.Equal(ids.Distinct().Count(), ids.Length);
        var catalogue = typeof(ModelIds).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!).ToHashSet();
        Assert.All(ids, id => Assert.Contains(id, catalogue));
    }

    [Theory]
    [MemberData(nameof(BuiltIn))]
    public void EveryModel_HasItsHelpPage_AsItsHelpText(string typeName)
    {
        var d = Model(typeName).Descriptor;
        Assert.Matches("^SM[0-9]{4}$", d.Id);
        Assert.Contains(d.Id, HelpPages.Available());
        Assert.Equal(HelpPages.For(d.Id), d.HelpText);
        Assert.StartsWith("# " + d.Id, d.HelpText, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(BuiltIn))]
    public void EveryModel_Plans_AndReadsOnlyDeclaredDatasets(string typeName)
    {
        var model = Model(typeName);
        var plan = new SupervisionEngine().Plan([new ModelRun(model)]);

        Assert.NotEmpty(plan.RuleOrder[model.Descriptor.Id]);
        var declared = model.Descriptor.Datasets.Select(t => FactSchema.For(t).DatasetName).ToHashSet();
        Assert.All(plan.ColumnsFor(model.Descriptor.Id), d => Assert.Contains(d.Dataset, declared));
    }

    [Theory]
    [MemberData(nameof(BuiltIn))]
    public void EveryModel_DocumentsEveryParameterOnItsHelpPage(string typeName)
    {
        var model = Model(typeName);
        var page = HelpPages.For(model.Descriptor.Id);
        Assert.All(model.Parameters, p => Assert.Contains($"`{p.Name}`", page, StringComparison.Ordinal));
    }
}
