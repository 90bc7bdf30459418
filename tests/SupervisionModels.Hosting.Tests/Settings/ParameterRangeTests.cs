using SupervisionModels.Hosting.Settings;
using SupervisionModels.Hosting.Tests.Support;
using SupervisionModels.Models;

namespace SupervisionModels.Hosting.Tests.Settings;

/// <summary>Issue 12: a value outside a parameter's declared range is refused by the settings reader, naming file and line.</summary>
public sealed class ParameterRangeTests
{
    private const string File = "supervise.settings.json";

    /// <summary>Private, so that built-in discovery (public models only) does not list it.</summary>
    private sealed class Ranged : SupervisionModel
    {
        public static readonly Parameter<double> Accept = new("accept", 0.9, "分类器概率阈值", min: 0, max: 1);

        public override ModelDescriptor Descriptor { get; } = new("TST0009", "范围测试", ModelCategory.Civil, "1.0.0", "测试");

        public override IReadOnlyList<ModelParameter> Parameters { get; } = [Accept];

        public override void Initialize(IModelContext context) => context.LeadWhen(1);
    }

    private static readonly SupervisionModel[] Models = [new TestModels.First(), new Ranged()];

    [Theory]
    [InlineData("{ \"models\": { \"TST0001\": {\n  \"parameters\": { \"min-cases\": -5 }\n} } }",
        "supervise.settings.json:2: parameter 'min-cases' of model TST0001 must be at least 1, got -5")]
    [InlineData("{ \"models\": { \"TST0001\": { \"parameters\": { \"min-cases\": 0 } } } }",
        "supervise.settings.json:1: parameter 'min-cases' of model TST0001 must be at least 1, got 0")]
    [InlineData("{ \"models\": { \"TST0009\": {\n\n  \"parameters\": { \"accept\": 1.5 } } } }",
        "supervise.settings.json:3: parameter 'accept' of model TST0009 must be between 0 and 1, got 1.5")]
    [InlineData("{ \"models\": { \"TST0009\": { \"parameters\": { \"accept\": -0.1 } } } }",
        "supervise.settings.json:1: parameter 'accept' of model TST0009 must be between 0 and 1, got -0.1")]
    [InlineData("{ \"models\": { \"TST0001\": {\n  \"weights\": { \"R1\": -3 } } } }",
        "supervise.settings.json:2: weight of rule 'R1' of model TST0001 must be 0 or more (0 turns the rule's score off), got -3")]
    public void Parse_ValueOutsideTheDeclaredRange_NamesFileAndLine(string json, string expected)
    {
        var e = Assert.Throws<SettingsException>(() => RunSettings.Parse(json, File, Models));

        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ValuesAtTheBounds_AreAccepted()
    {
        var settings = RunSettings.Parse("""{ "models": { "TST0001": { "parameters": { "min-cases": 1 }, "weights": { "R1": 0 } }, "TST0009": { "parameters": { "accept": 1 } } } }""", File, Models);

        Assert.Equal(1, settings.For(TestModels.FirstId).ParameterValues["min-cases"]);
        Assert.Equal(0.0, settings.For(TestModels.FirstId).WeightOverrides["R1"]);
        Assert.Equal(1.0, settings.For("TST0009").ParameterValues["accept"]);
    }

    [Fact]
    public void Declaration_DefaultOutsideItsRange_OrARangeOnANonNumber_IsRefused()
    {
        Assert.Contains("the default 0 is outside its range", Assert.Throws<ArgumentException>(() => new Parameter<int>("min-cases", 0, "最少件数", min: 1)).Message, StringComparison.Ordinal);
        Assert.Contains("only a number can have a range", Assert.Throws<ArgumentException>(() => new Parameter<string>("court", "", "法院", min: 1)).Message, StringComparison.Ordinal);
        Assert.Contains("min 2 is above max 1", Assert.Throws<ArgumentException>(() => new Parameter<double>("accept", 1, "阈值", min: 2, max: 1)).Message, StringComparison.Ordinal);
    }
}
