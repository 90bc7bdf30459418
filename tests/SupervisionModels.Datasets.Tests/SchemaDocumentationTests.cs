using System.Text.RegularExpressions;
using SupervisionModels.Facts;
using SupervisionModels.Facts.Schema;

namespace SupervisionModels.Datasets.Tests;

/// <summary>
/// The schema pages under datasets/schemas must say what the record types say: a page per dataset, its title, record
/// type and key, and a table row per column with the same name, type, nullability, text flag and Chinese meaning, in
/// declaration order. A change to a record without its page (or the reverse) fails here.
/// </summary>
public sealed partial class SchemaDocumentationTests
{
    [GeneratedRegex(@"^\| `(?<name>[a-z0-9_]+)`(?<key> \(key\))? \| (?<type>[a-z]+)(?<text> \(text\))? \| (?<nullable>yes|no) \| (?<zh>[^|]*) \| (?<en>(?:[^|\\]|\\.)*) \| (?<example>(?:[^|\\]|\\.)*) \|$")]
    private static partial Regex Row();

    public static TheoryData<string> Datasets() => new(DatasetRecordTypes.All.Select(t => FactSchema.For(t).DatasetName));

    [Theory]
    [MemberData(nameof(Datasets))]
    public void SchemaPage_MatchesTheRecordType(string dataset)
    {
        var schema = FactSchema.For(DatasetRecordTypes.All.Single(t => FactSchema.For(t).DatasetName == dataset));
        var path = Path.Combine(Repository.Root, "datasets", "schemas", dataset + ".md");
        Assert.True(File.Exists(path), $"datasets/schemas/{dataset}.md is missing");
        var lines = File.ReadAllLines(path);

        Assert.Equal($"# `{dataset}` — {schema.Title}", lines[0]);
        Assert.Contains(lines, l => l.StartsWith($"Record type [`{schema.RecordType.Name}`]", StringComparison.Ordinal) && l.Contains($"record key `{schema.Key.Name}`", StringComparison.Ordinal));

        var rows = lines.Where(l => l.StartsWith("| `", StringComparison.Ordinal)).ToList();
        Assert.All(rows, r => Assert.Matches(Row(), r));
        var documented = rows.Select(r => Row().Match(r)).ToList();
        Assert.Equal(schema.Columns.Select(c => c.Name), documented.Select(m => m.Groups["name"].Value));
        for (var i = 0; i < schema.Columns.Count; i++)
        {
            var column = schema.Columns[i];
            var row = documented[i];
            var where = $"{dataset}.{column.Name}";
            Assert.True(TypeName(column.ValueType) == row.Groups["type"].Value, $"{where}: the page says {row.Groups["type"].Value}, the record {TypeName(column.ValueType)}");
            Assert.True(column.IsNullable == (row.Groups["nullable"].Value == "yes"), $"{where}: nullability differs");
            Assert.True(column.IsKey == row.Groups["key"].Success, $"{where}: the record key differs");
            Assert.True(column.IsText == row.Groups["text"].Success, $"{where}: the text flag differs");
            Assert.True(column.Description == row.Groups["zh"].Value, $"{where}: the page says '{row.Groups["zh"].Value}', the record '{column.Description}'");
            Assert.False(string.IsNullOrWhiteSpace(row.Groups["en"].Value), $"{where}: no English meaning");
        }
    }

    [GeneratedRegex(@"^- `(?<name>[a-z0-9_]+)`: expected invalid share (?<percent>[0-9]+(?:\.[0-9]+)?) %")]
    private static partial Regex ExpectedShareNote();

    [Theory]
    [MemberData(nameof(Datasets))]
    public void SchemaPage_StatesTheExpectedInvalidShares_TheRecordDeclares(string dataset)
    {
        var schema = FactSchema.For(DatasetRecordTypes.All.Single(t => FactSchema.For(t).DatasetName == dataset));
        var lines = File.ReadAllLines(Path.Combine(Repository.Root, "datasets", "schemas", dataset + ".md"));

        var stated = lines.Select(l => ExpectedShareNote().Match(l)).Where(m => m.Success)
            .ToDictionary(m => m.Groups["name"].Value, m => double.Parse(m.Groups["percent"].Value, System.Globalization.CultureInfo.InvariantCulture) / 100);
        var declared = schema.Columns.Where(c => c.ExpectedInvalidShare is not null).ToDictionary(c => c.Name, c => c.ExpectedInvalidShare!.Value);

        Assert.Equal(declared.OrderBy(d => d.Key, StringComparer.Ordinal), stated.OrderBy(d => d.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void SchemaFolder_HasNoPageWithoutARecordType()
    {
        var datasets = DatasetRecordTypes.All.Select(t => FactSchema.For(t).DatasetName + ".md").ToHashSet(StringComparer.Ordinal);
        var pages = Directory.GetFiles(Path.Combine(Repository.Root, "datasets", "schemas"), "*.md").Select(Path.GetFileName).ToList();
        Assert.All(pages, p => Assert.Contains(p!, datasets));
    }

    [Fact]
    public void DatasetsReadme_LinksEverySchemaPage()
    {
        var readme = File.ReadAllText(Path.Combine(Repository.Root, "datasets", "README.md"));
        Assert.All(DatasetRecordTypes.All.Select(t => FactSchema.For(t).DatasetName), d => Assert.Contains($"(schemas/{d}.md)", readme, StringComparison.Ordinal));
    }

    [Fact]
    public void RecordTypes_AreSealedRecordsWithInitOnlyColumns()
    {
        foreach (var type in DatasetRecordTypes.All)
        {
            Assert.True(type.IsSealed && type.GetMethod("<Clone>$") is not null, $"{type.Name} is not a sealed record");
            Assert.All(FactSchema.For(type).Columns, c => Assert.Contains(c.Property.SetMethod!.ReturnParameter.GetRequiredCustomModifiers(), m => m == typeof(System.Runtime.CompilerServices.IsExternalInit)));
        }
    }

    private static string TypeName(Type t) =>
        t == typeof(string) ? "string" : t == typeof(int) ? "int" : t == typeof(long) ? "long" : t == typeof(double) ? "double" : t == typeof(decimal) ? "decimal"
        : t == typeof(bool) ? "bool" : t == typeof(DateOnly) ? "date" : t == typeof(DateTime) ? "datetime" : throw new ArgumentOutOfRangeException(nameof(t), t.Name, "Not a column type.");
}

/// <summary>Finds the repository from the test binaries (the folder holding SupervisionModels.sln).</summary>
internal static class Repository
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SupervisionModels.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("SupervisionModels.sln not found above " + AppContext.BaseDirectory);
    }
}
