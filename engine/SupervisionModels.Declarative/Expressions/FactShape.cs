using System.Linq.Expressions;
using System.Reflection;
using SupervisionModels.Facts.Schema;

namespace SupervisionModels.Declarative.Expressions;

/// <summary>The columns a rule can read from a fact: a dataset record's columns, or a derived fact's fields.</summary>
public sealed class FactShape
{
    private readonly IReadOnlyDictionary<string, MemberInfo> _members;

    private FactShape(string name, Type type, bool isDataset, IReadOnlyDictionary<string, MemberInfo> members)
    {
        Name = name;
        Type = type;
        IsDataset = isDataset;
        _members = members;
    }

    /// <summary>The dataset's folder name or the derived fact's name.</summary>
    public string Name { get; }

    /// <summary>The CLR type the engine stores the facts as.</summary>
    public Type Type { get; }

    /// <summary>True for a dataset record, false for a derived fact.</summary>
    public bool IsDataset { get; }

    /// <summary>The column names, in declaration order.</summary>
    public IEnumerable<string> ColumnNames => _members.Keys;

    /// <summary>The shape of a dataset record type: its Parquet column names mapped to its properties.</summary>
    public static FactShape ForDataset(FactSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var members = new Dictionary<string, MemberInfo>(StringComparer.Ordinal);
        foreach (var column in schema.Columns)
        {
            members[column.Name] = column.Property;
        }

        return new FactShape(schema.DatasetName, schema.RecordType, isDataset: true, members);
    }

    /// <summary>The shape of a derived fact type whose public fields are its columns.</summary>
    public static FactShape ForDerived(string name, Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var members = type.GetFields(BindingFlags.Public | BindingFlags.Instance).ToDictionary(f => f.Name, f => (MemberInfo)f, StringComparer.Ordinal);
        return new FactShape(name, type, isDataset: false, members);
    }

    /// <summary>Reads column <paramref name="column"/> of <paramref name="fact"/>, or null when there is no such column.</summary>
    public Expression? Read(Expression fact, string column) =>
        _members.TryGetValue(column, out var member) ? Expression.MakeMemberAccess(fact, member) : null;
}
