using SupervisionModels.Hosting.Settings;
using SupervisionModels.Hosting.Tests.Support;
using SupervisionModels.Models;
using SupervisionModels.Rules;

namespace SupervisionModels.Hosting.Tests.Settings;

public sealed class RunSettingsTests : IDisposable
{
    private const string File = "supervise.settings.json";

    private static readonly SupervisionModel[] Models = [new TestModels.Second(), new TestModels.First()];

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Parse_Overrides_AreTypedPerParameter()
    {
        //Arrange
        var json = """
            {
              "models": {
                "TST0001": {
                  "enabled": true,
                  "parameters": {
                    "min-cases": 3, "keywords": ["二手车买卖", "车牌额度", "号牌指标"], "ratio": 2, "min-amount": 1500.50,
                    "strict": true, "court": "某某区人民法院", "window": 9000000000
                  },
                  "weights": { "R2": 15, "R1": 2.5 }
                },
                "TST0002": { "enabled": false }
              }
            }
            """;

        //Act
        var settings = RunSettings.Parse(json, File, Models);

        //Assert
        var first = settings.For(TestModels.FirstId);
        Assert.True(first.Enabled);
        Assert.Equal(3, Assert.IsType<int>(first.ParameterValues["min-cases"]));
        Assert.Equal(new KeywordSet("keywords", ["二手车买卖", "车牌额度", "号牌指标"]), Assert.IsType<KeywordSet>(first.ParameterValues["keywords"]));
        Assert.Equal(2.0, Assert.IsType<double>(first.ParameterValues["ratio"]));
        Assert.Equal(1500.50m, Assert.IsType<decimal>(first.ParameterValues["min-amount"]));
        Assert.True(Assert.IsType<bool>(first.ParameterValues["strict"]));
        Assert.Equal("某某区人民法院", Assert.IsType<string>(first.ParameterValues["court"]));
        Assert.Equal(9_000_000_000L, Assert.IsType<long>(first.ParameterValues["window"]));
        Assert.Equal(15.0, first.WeightOverrides["R2"]);
        Assert.Equal(2.5, first.WeightOverrides["R1"]);
        Assert.False(settings.For(TestModels.SecondId).Enabled);
        Assert.Equal(File, settings.SourcePath);
    }

    [Fact]
    public void ModelSettings_Helpers_GiveOverrideElseDefault()
    {
        var settings = RunSettings.Parse("""{ "models": { "TST0001": { "parameters": { "min-cases": 3 }, "weights": { "R2": 15 } } } }""", File, Models);

        var first = settings.For(TestModels.FirstId);

        Assert.Equal(3, first.GetValue(TestModels.First.MinCases));
        Assert.Equal(0.5, first.GetValue(TestModels.First.Ratio));
        Assert.Same(TestModels.First.Keywords.Default, first.GetValue(TestModels.First.Keywords));
        Assert.Equal(15, first.WeightOf("R2", 10));
        Assert.Equal(10, first.WeightOf("R1", 10));
    }

    [Fact]
    public void For_ModelNotInFile_IsEnabledWithDefaults()
    {
        var settings = RunSettings.Parse("""{ "models": { } }""", File, Models);

        Assert.Same(ModelSettings.Default, settings.For(TestModels.SecondId));
        Assert.True(settings.For(TestModels.SecondId).Enabled);
    }

    [Fact]
    public void Parse_CommentsTrailingCommasAndSchema_AreAccepted()
    {
        var json = """
            {
              "$schema": "./supervise.settings.schema.json",
              // 本地阈值
              "models": { "TST0001": { "parameters": { "min-cases": 4, }, }, },
            }
            """;

        var settings = RunSettings.Parse(json, File, Models);

        Assert.Equal(4, settings.For(TestModels.FirstId).ParameterValues["min-cases"]);
    }

    [Theory]
    [InlineData("{\n  \"models\": {\n    \"TST0001\": {\n      \"parameters\": { \"min-case\": 3 }\n    }\n  }\n}",
        "supervise.settings.json:4: unknown parameter 'min-case' for model TST0001; known: min-cases, keywords, ratio, min-amount, strict, court, window")]
    [InlineData("{\n  \"models\": {\n    \"TST0002\": { \"parameters\": { \"x\": 1 } }\n  }\n}",
        "supervise.settings.json:3: unknown parameter 'x' for model TST0002; known: (none)")]
    [InlineData("{\n  \"models\": {\n    \"SM0099\": { \"enabled\": false }\n  }\n}",
        "supervise.settings.json:3: unknown model 'SM0099'; known: TST0001, TST0002")]
    [InlineData("{\n  \"model\": {}\n}",
        "supervise.settings.json:2: unknown key 'model'; expected: models, timeout, trust, audit")]
    [InlineData("{ \"models\": {\n  \"TST0001\": { \"enable\": false }\n} }",
        "supervise.settings.json:2: unknown key 'enable' for model TST0001; expected: enabled, parameters, weights")]
    [InlineData("{ \"models\": { \"TST0001\": {\n  \"parameters\": { \"min-cases\": \"3\" }\n} } }",
        "supervise.settings.json:2: parameter 'min-cases' of model TST0001 must be an integer (int), got \"3\"")]
    [InlineData("{ \"models\": { \"TST0001\": { \"parameters\": { \"min-cases\": 2.5 } } } }",
        "supervise.settings.json:1: parameter 'min-cases' of model TST0001 must be an integer (int), got 2.5")]
    [InlineData("{ \"models\": { \"TST0001\": { \"parameters\": { \"min-cases\": 3000000000 } } } }",
        "supervise.settings.json:1: parameter 'min-cases' of model TST0001 must be an integer (int), got 3000000000")]
    [InlineData("{ \"models\": { \"TST0001\": { \"parameters\": { \"window\": true } } } }",
        "supervise.settings.json:1: parameter 'window' of model TST0001 must be an integer (long), got true")]
    [InlineData("{ \"models\": { \"TST0001\": { \"parameters\": { \"ratio\": \"0.5\" } } } }",
        "supervise.settings.json:1: parameter 'ratio' of model TST0001 must be a number, got \"0.5\"")]
    [InlineData("{ \"models\": { \"TST0001\": { \"parameters\": { \"min-amount\": null } } } }",
        "supervise.settings.json:1: parameter 'min-amount' of model TST0001 must be a number, got null")]
    [InlineData("{ \"models\": { \"TST0001\": { \"parameters\": { \"strict\": \"yes\" } } } }",
        "supervise.settings.json:1: parameter 'strict' of model TST0001 must be true or false, got \"yes\"")]
    [InlineData("{ \"models\": { \"TST0001\": { \"parameters\": { \"court\": 3 } } } }",
        "supervise.settings.json:1: parameter 'court' of model TST0001 must be a string, got 3")]
    [InlineData("{ \"models\": { \"TST0001\": { \"parameters\": { \"keywords\": \"车牌额度\" } } } }",
        "supervise.settings.json:1: parameter 'keywords' of model TST0001 must be a list of keywords (strings), got \"车牌额度\"")]
    [InlineData("{ \"models\": { \"TST0001\": { \"parameters\": { \"keywords\": [\n  \"车牌额度\",\n  7\n] } } } }",
        "supervise.settings.json:3: parameter 'keywords' of model TST0001 may hold only strings, got 7")]
    [InlineData("{ \"models\": { \"TST0001\": { \"parameters\": { \"keywords\": [\" \"] } } } }",
        "supervise.settings.json:1: parameter 'keywords' of model TST0001 is empty; give at least one keyword, or set \"enabled\": false for the model")]
    [InlineData("{ \"models\": { \"TST0001\": { \"enabled\": \"no\" } } }",
        "supervise.settings.json:1: 'enabled' of model TST0001 must be true or false, got \"no\"")]
    [InlineData("{ \"models\": { \"TST0001\": { \"weights\": { \"R2\": \"high\" } } } }",
        "supervise.settings.json:1: weight of rule 'R2' of model TST0001 must be a number, got \"high\"")]
    [InlineData("{ \"models\": { \"TST0001\": { \"weights\": [15] } } }",
        "supervise.settings.json:1: 'weights' of model TST0001 must be an object keyed by rule id, got a list")]
    [InlineData("{ \"models\": { \"TST0001\": { \"parameters\": [] } } }",
        "supervise.settings.json:1: 'parameters' of model TST0001 must be an object keyed by parameter name, got a list")]
    [InlineData("{ \"models\": { \"TST0001\": true } }",
        "supervise.settings.json:1: settings of model TST0001 must be an object, got true")]
    [InlineData("{ \"models\": [] }",
        "supervise.settings.json:1: 'models' must be an object keyed by model id, got a list")]
    [InlineData("[]",
        "supervise.settings.json:1: the settings must be a JSON object: { \"models\": { … } }")]
    [InlineData("{ \"models\": {\n  \"TST0002\": {},\n  \"TST0002\": {}\n} }",
        "supervise.settings.json:3: duplicate key 'TST0002'")]
    public void Parse_Mistake_ReportsFileLineAndProblem(string json, string expected)
    {
        var e = Assert.Throws<SettingsException>(() => RunSettings.Parse(json, File, Models));

        Assert.Equal(expected, e.Message);
        Assert.Equal(File, e.Path);
    }

    [Theory]
    [InlineData("{\n  \"models\": {\n    \"TST0001\": { \"enabled\": false }\n    \"TST0002\": { }\n  }\n}",
        "supervise.settings.json:4: invalid JSON: '\"' is invalid after a value. Expected either ',', '}', or ']'.")]
    [InlineData("{\n  \"models\": {\n",
        "supervise.settings.json:3: invalid JSON: Expected depth to be zero at the end of the JSON payload. There is an open JSON object or array that should be closed.")]
    [InlineData(" \n", "supervise.settings.json:1: invalid JSON: the file is empty.")]
    [InlineData("{}\n{}", "supervise.settings.json:2: invalid JSON: '{' is invalid after a single JSON value. Expected end of data.")]
    public void Parse_InvalidJson_ReportsLine(string json, string expected)
    {
        var e = Assert.Throws<SettingsException>(() => RunSettings.Parse(json, File, Models));

        Assert.Equal(expected, e.Message);
    }

    [Fact]
    public void Parse_SeveralMistakes_ReportsAllInFileOrder()
    {
        var json = "{\n  \"models\": {\n    \"TST0001\": { \"parameters\": { \"min-cases\": \"x\" } },\n    \"XX0001\": {}\n  },\n  \"extra\": 1\n}";

        var e = Assert.Throws<SettingsException>(() => RunSettings.Parse(json, File, Models));

        Assert.Equal(
            [
                "supervise.settings.json:3: parameter 'min-cases' of model TST0001 must be an integer (int), got \"x\"",
                "supervise.settings.json:4: unknown model 'XX0001'; known: TST0001, TST0002",
                "supervise.settings.json:6: unknown key 'extra'; expected: models, timeout, trust, audit",
            ],
            e.Errors);
        Assert.Equal(string.Join('\n', e.Errors), e.Message);
    }

    [Fact]
    public void ValidateRuleIds_UnknownRule_ReportsFileLineAndKnownRules()
    {
        var settings = RunSettings.Parse("{ \"models\": { \"TST0001\": { \"weights\": {\n  \"R2\": 15,\n  \"R9\": 1\n} } } }", File, Models);

        var e = Assert.Throws<SettingsException>(() => settings.ValidateRuleIds(TestModels.FirstId, ["R1", "R2"]));

        Assert.Equal("supervise.settings.json:3: unknown rule 'R9' in the weights of model TST0001; known: R1, R2", e.Message);
    }

    [Fact]
    public void ValidateRuleIds_KnownRulesOrModelWithoutWeights_Passes()
    {
        var settings = RunSettings.Parse("""{ "models": { "TST0001": { "weights": { "R2": 15 } } } }""", File, Models);

        settings.ValidateRuleIds(TestModels.FirstId, ["R1", "R2"]);
        settings.ValidateRuleIds(TestModels.SecondId, ["R1"]);
    }

    [Fact]
    public void LoadForDataDirectory_NoFile_GivesDefaults()
    {
        var settings = RunSettings.LoadForDataDirectory(_temp.Path, Models);

        Assert.Null(settings.SourcePath);
        Assert.Same(ModelSettings.Default, settings.For(TestModels.FirstId));
    }

    [Fact]
    public void LoadForDataDirectory_FileWithByteOrderMark_ReadsIt()
    {
        var path = Path.Combine(_temp.Path, RunSettings.DefaultFileName);
        System.IO.File.WriteAllText(path, """{ "models": { "TST0002": { "enabled": false } } }""", new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        var settings = RunSettings.LoadForDataDirectory(_temp.Path, Models);

        Assert.Equal(path, settings.SourcePath);
        Assert.False(settings.For(TestModels.SecondId).Enabled);
    }

    [Fact]
    public void Load_MissingFile_ReportsIt()
    {
        var path = Path.Combine(_temp.Path, "custom.json");

        var e = Assert.Throws<SettingsException>(() => RunSettings.Load(path, Models));

        Assert.Equal($"{path}: the settings file does not exist.", e.Message);
    }

    [Fact]
    public void Load_Mistake_NamesThePathAsGiven()
    {
        var path = _temp.Write("conf/my.json", "{\n\"models\": { \"NOPE0001\": {} } }");

        var e = Assert.Throws<SettingsException>(() => RunSettings.Load(path, Models));

        Assert.Equal($"{path}:2: unknown model 'NOPE0001'; known: TST0001, TST0002", e.Message);
    }

    [Fact]
    public void DescribeJson_GivesEffectiveSettings()
    {
        var settings = RunSettings.Parse(
            """{ "models": { "TST0001": { "parameters": { "min-cases": 3, "keywords": ["号牌指标"] }, "weights": { "R2": 15 } }, "TST0002": { "enabled": false } } }""",
            File,
            Models);

        var json = settings.DescribeJson();

        Assert.Equal(
            """
            {
              "source": "supervise.settings.json",
              "models": {
                "TST0001": {
                  "enabled": true,
                  "parameters": {
                    "min-cases": 3,
                    "keywords": [
                      "号牌指标"
                    ],
                    "ratio": 0.5,
                    "min-amount": 1000,
                    "strict": false,
                    "court": "",
                    "window": 30
                  },
                  "overridden": [
                    "min-cases",
                    "keywords"
                  ],
                  "weights": {
                    "R2": 15
                  }
                },
                "TST0002": {
                  "enabled": false,
                  "parameters": {},
                  "overridden": [],
                  "weights": {}
                }
              }
            }
            """.ReplaceLineEndings("\n"),
            json.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Load_Audit_IsResolvedAgainstTheSettingsFilesFolder()
    {
        var path = _temp.Write(System.IO.Path.Combine("conf", File), """{ "audit": "../logs/audit.jsonl" }""");

        var settings = RunSettings.Load(path, Models);

        Assert.Equal(System.IO.Path.Combine(_temp.Path, "logs", "audit.jsonl"), settings.AuditLog);
        Assert.Equal(settings.AuditLog, RunSettings.ReadAuditLog(path));
    }

    [Fact]
    public void Load_NoAudit_IsNull()
    {
        var path = _temp.Write(File, """{ "timeout": "90s" }""");

        Assert.Null(RunSettings.Load(path, Models).AuditLog);
        Assert.Null(RunSettings.ReadAuditLog(path));
    }

    [Theory]
    [InlineData("""{ "audit": 5 }""", "'audit' must be the audit log's file path, such as \"logs/audit.jsonl\" (relative to the settings file's folder), got 5")]
    [InlineData("""{ "audit": "" }""", "'audit' must be the audit log's file path")]
    [InlineData("""{ "audit": "logs/" }""", "'audit' must be the audit log's file path")]
    public void Load_BadAudit_NamesFileLineAndKey(string json, string expected)
    {
        var path = _temp.Write(File, json);

        var e = Assert.Throws<SettingsException>(() => RunSettings.Load(path, Models));
        var before = Assert.Throws<SettingsException>(() => RunSettings.ReadAuditLog(path));

        Assert.StartsWith($"{path}:1: ", e.Errors.Single(), StringComparison.Ordinal);
        Assert.Contains(expected, e.Errors.Single(), StringComparison.Ordinal);
        Assert.Equal(e.Errors, before.Errors);
    }

    [Fact]
    public void Load_AuditNamingAFolder_SaysItTakesAFile()
    {
        Directory.CreateDirectory(System.IO.Path.Combine(_temp.Path, "logs"));
        var path = _temp.Write(File, """{ "audit": "logs" }""");

        var e = Assert.Throws<SettingsException>(() => RunSettings.Load(path, Models));

        Assert.Equal(
            $"{path}:1: 'audit' names the folder {System.IO.Path.Combine(_temp.Path, "logs")}; it takes the audit log's file path (such as \"{System.IO.Path.Combine("logs", "audit.jsonl")}\")",
            e.Errors.Single());
    }

    [Fact]
    public void Empty_DescribesGivenModelsWithDefaults()
    {
        var described = RunSettings.Empty.Describe([new TestModels.Second()]);

        Assert.Null(described["source"]);
        var models = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(described["models"]);
        Assert.Equal([TestModels.SecondId], models.Keys);
        Assert.Same(ModelSettings.Default, RunSettings.Empty.For(TestModels.FirstId));
    }

    [Fact]
    public void Describe_Subset_DescribesOnlyThoseModels()
    {
        var settings = RunSettings.Parse("""{ "models": { "TST0002": { "enabled": false } } }""", File, Models);

        var described = settings.Describe([new TestModels.Second()]);

        var models = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(described["models"]);
        var second = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(Assert.Single(models).Value);
        Assert.Equal(false, second["enabled"]);
    }
}
