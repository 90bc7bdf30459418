using SupervisionModels.Hosting.Catalog;
using SupervisionModels.Hosting.Tests.Support;

namespace SupervisionModels.Hosting.Tests.Catalog;

public sealed class InvalidModelTests : IDisposable
{
    private const string Usings = "using SupervisionModels.Models;\nusing SupervisionModels.Rules;\nusing SupervisionModels.Datasets;\n\nnamespace Bad;\n\n";

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("new(\"usr1\", \"标题\", ModelCategory.Civil, \"1.0.0\", \"说明\")",
        "id 'usr1' is not well formed: 2–4 capital letters and four digits (SM0001 for built-in models, USR0001 for user models).")]
    [InlineData("new(\"SM0042\", \"标题\", ModelCategory.Civil, \"1.0.0\", \"说明\")",
        "id 'SM0042' uses the prefix SM, which is reserved for built-in models; plugins use their own prefix (USR0001).")]
    [InlineData("new(\"USR0001\", \" \", ModelCategory.Civil, \"1.0.0\", \"说明\")", "Title is empty.")]
    [InlineData("new(\"USR0001\", \"标题\", ModelCategory.Civil, \"\", \"说明\")", "Version is empty.")]
    [InlineData("new(\"USR0001\", \"标题\", ModelCategory.Civil, \"1.0.0\", \"说明\") { Datasets = [typeof(string)] }",
        "dataset type System.String is not a dataset record (it has no [Dataset] attribute).")]
    [InlineData("new(\"USR0001\", \"标题\", ModelCategory.Civil, \"1.0.0\", \"说明\") { Datasets = [typeof(Mine)] }",
        "dataset type Bad.Mine is declared in SupervisionModels.SourcePlugin.bad; plugins read the dataset records of SupervisionModels.Datasets.")]
    [InlineData("null!", "Descriptor is null.")]
    public void LoadSource_InvalidDescriptor_NamesTypeOriginAndProblem(string descriptor, string problem)
    {
        //Arrange
        var folder = _temp.Folder("bad");
        _temp.Write("bad/Model.cs", Usings + $$"""
            [SupervisionModels.Facts.Dataset("mine")]
            public sealed record Mine
            {
                [SupervisionModels.Facts.Column("id"), SupervisionModels.Facts.RecordKey]
                public string Id { get; init; } = "";
            }

            public sealed class BadModel : SupervisionModel
            {
                public override ModelDescriptor Descriptor { get; } = {{descriptor}};

                public override void Initialize(IModelContext context) { }
            }
            """);

        //Act
        var e = Assert.Throws<ModelLoadException>(() => new ModelCatalogBuilder().AddSourceDirectory(folder).Build());

        //Assert
        Assert.Equal($"source folder {folder}: Bad.BadModel: {problem}", Assert.Single(e.Errors).Message);
    }

    [Fact]
    public void LoadSource_ParameterNameTwice_ReportsIt()
    {
        var folder = _temp.Folder("bad");
        _temp.Write("bad/Model.cs", Usings + """
            public sealed class Twice : SupervisionModel
            {
                public override ModelDescriptor Descriptor { get; } = new("USR0001", "标题", ModelCategory.Civil, "1.0.0", "说明");

                public override IReadOnlyList<ModelParameter> Parameters { get; } =
                    [new Parameter<int>("min-cases", 2, "一"), new KeywordParameter("min-cases", "二", "词")];

                public override void Initialize(IModelContext context) { }
            }
            """);

        var e = Assert.Throws<ModelLoadException>(() => new ModelCatalogBuilder().AddSourceDirectory(folder).Build());

        Assert.Equal($"source folder {folder}: Bad.Twice: parameter name 'min-cases' is declared more than once.", Assert.Single(e.Errors).Message);
    }

    [Fact]
    public void LoadSource_ConstructorProblems_ReportEachModelAndKeepNoneOfThem()
    {
        //Arrange: one model without a parameterless constructor, one whose constructor throws, one valid
        var folder = _temp.Folder("bad");
        _temp.Write("bad/Model.cs", Usings + """
            public sealed class NeedsArgs(int x) : SupervisionModel
            {
                public override ModelDescriptor Descriptor { get; } = new("USR0001", "标题" + x, ModelCategory.Civil, "1.0.0", "说明");
                public override void Initialize(IModelContext context) { }
            }

            public sealed class Throws : SupervisionModel
            {
                public Throws() => throw new InvalidOperationException("配置缺失");
                public override ModelDescriptor Descriptor => throw new NotSupportedException();
                public override void Initialize(IModelContext context) { }
            }

            public sealed class ThrowsLater : SupervisionModel
            {
                public override ModelDescriptor Descriptor => throw new NotSupportedException("描述未实现");
                public override void Initialize(IModelContext context) { }
            }
            """);

        //Act
        var e = Assert.Throws<ModelLoadException>(() => new ModelCatalogBuilder().AddSourceDirectory(folder).Build());

        //Assert
        Assert.Equal(
            [
                $"source folder {folder}: Bad.NeedsArgs: a model needs a public parameterless constructor.",
                $"source folder {folder}: Bad.Throws: the constructor threw InvalidOperationException: 配置缺失",
                $"source folder {folder}: Bad.ThrowsLater: reading its descriptor or parameters threw NotSupportedException: 描述未实现",
            ],
            e.Errors.Select(x => x.Message));
    }

    [Fact]
    public void LoadSource_DatasetRecordOfDatasetsAssembly_IsAccepted()
    {
        var folder = _temp.Folder("good");
        _temp.Write("good/Model.cs", Usings.Replace("namespace Bad;", "namespace Good;", StringComparison.Ordinal) + """
            public sealed class Reads : SupervisionModel
            {
                public override ModelDescriptor Descriptor { get; } = new("USR0001", "标题", ModelCategory.Civil, "1.0.0", "说明")
                {
                    Datasets = [typeof(Judgment), typeof(JudgmentParty)],
                };

                public override void Initialize(IModelContext context) { }
            }
            """);

        using var catalog = new ModelCatalogBuilder().AddSourceDirectory(folder).Build();

        Assert.Equal([typeof(SupervisionModels.Datasets.Judgment), typeof(SupervisionModels.Datasets.JudgmentParty)], Assert.Single(catalog.Models).Model.Descriptor.Datasets);
    }
}
