using System.Collections.Concurrent;
using System.Reflection;

namespace SupervisionModels.Facts.Schema;

/// <summary>A column of a dataset record: its Parquet name, the property it fills, and its CLR type.</summary>
/// <param name="Name">The column's Parquet name.</param>
/// <param name="Property">The record property it maps to.</param>
/// <param name="IsText">True for long free text (streamed through keyword scans, not kept unless read).</param>
/// <param name="IsKey">True for the record key.</param>
/// <param name="Description">The column's meaning, from <see cref="ColumnAttribute.Description"/>.</param>
public sealed record FactColumn(string Name, PropertyInfo Property, bool IsText, bool IsKey, string? Description)
{
    /// <summary>The property's type with any <see cref="Nullable{T}"/> removed (<c>int?</c> → <c>int</c>).</summary>
    public Type ValueType => Nullable.GetUnderlyingType(Property.PropertyType) ?? Property.PropertyType;

    /// <summary>The share of invalid identifiers the column is known to carry (<see cref="ColumnAttribute.ExpectedInvalidShare"/>), or null for the engine's default.</summary>
    public double? ExpectedInvalidShare { get; init; }

    /// <summary>True when the property may hold null (a nullable value type or a nullable reference).</summary>
    public bool IsNullable =>
        Nullable.GetUnderlyingType(Property.PropertyType) is not null
        || (!Property.PropertyType.IsValueType && new NullabilityInfoContext().Create(Property).ReadState == NullabilityState.Nullable);
}

/// <summary>
/// The dataset schema of a record type, read once from its <see cref="DatasetAttribute"/>, <see cref="ColumnAttribute"/>
/// and <see cref="RecordKeyAttribute"/> attributes. Supported column types: string, int, long, double, decimal, bool,
/// DateOnly and DateTime, each optionally nullable.
/// </summary>
public sealed class FactSchema
{
    private static readonly ConcurrentDictionary<Type, FactSchema?> Cache = new();

    /// <summary>The CLR types a dataset column may have (without <see cref="Nullable{T}"/>).</summary>
    public static IReadOnlySet<Type> SupportedTypes { get; } = new HashSet<Type>
    {
        typeof(string), typeof(int), typeof(long), typeof(double), typeof(decimal), typeof(bool), typeof(DateOnly), typeof(DateTime),
    };

    private FactSchema(Type recordType, DatasetAttribute dataset, IReadOnlyList<FactColumn> columns)
    {
        RecordType = recordType;
        DatasetName = dataset.Name;
        Title = dataset.Title;
        Columns = columns;
        Key = columns.Single(c => c.IsKey);
    }

    /// <summary>The record type.</summary>
    public Type RecordType { get; }

    /// <summary>The dataset's folder name.</summary>
    public string DatasetName { get; }

    /// <summary>The dataset's Chinese title, if given.</summary>
    public string? Title { get; }

    /// <summary>The columns in declaration order.</summary>
    public IReadOnlyList<FactColumn> Columns { get; }

    /// <summary>The record key column.</summary>
    public FactColumn Key { get; }

    /// <summary>The column of a property, or null when the property is not a column.</summary>
    public FactColumn? ColumnOf(PropertyInfo property) =>
        Columns.FirstOrDefault(c => c.Property.Name == property.Name && c.Property.DeclaringType == property.DeclaringType);

    /// <summary>True when <paramref name="type"/> is a dataset record (marked with <see cref="DatasetAttribute"/>).</summary>
    public static bool IsDataset(Type type) => TryGet(type) is not null;

    /// <summary>The schema of a dataset record type; throws <see cref="InvalidOperationException"/> naming the problem if the type is not a valid dataset record.</summary>
    public static FactSchema For(Type recordType) =>
        TryGet(recordType) ?? throw new InvalidOperationException($"{recordType.FullName} is not a dataset record: it needs [Dataset(\"name\")].");

    /// <summary>The schema of <typeparamref name="T"/>.</summary>
    public static FactSchema For<T>() => For(typeof(T));

    /// <summary>The schema, or null when the type has no <see cref="DatasetAttribute"/>; throws when the attributes are inconsistent.</summary>
    public static FactSchema? TryGet(Type recordType)
    {
        ArgumentNullException.ThrowIfNull(recordType);
        return Cache.GetOrAdd(recordType, Build);
    }

    private static FactSchema? Build(Type type)
    {
        var dataset = type.GetCustomAttribute<DatasetAttribute>(inherit: false);
        if (dataset is null)
        {
            return null;
        }

        var columns = new List<FactColumn>();
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var column = property.GetCustomAttribute<ColumnAttribute>();
            if (column is null)
            {
                continue;
            }

            var valueType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (!SupportedTypes.Contains(valueType))
            {
                throw new InvalidOperationException($"{type.Name}.{property.Name} (column {column.Name}): type {valueType.Name} is not a supported column type.");
            }

            if (property.SetMethod is null)
            {
                throw new InvalidOperationException($"{type.Name}.{property.Name} (column {column.Name}) needs an init accessor so that rows can be loaded.");
            }

            var expected = column.ExpectedInvalidShare;
            if (!double.IsNaN(expected) && expected is < 0 or >= 1)
            {
                throw new InvalidOperationException($"{type.Name}.{property.Name} (column {column.Name}): ExpectedInvalidShare {expected} is not a share from 0 to less than 1 (3 % is 0.03).");
            }

            var isKey = property.GetCustomAttribute<RecordKeyAttribute>() is not null;
            columns.Add(new FactColumn(column.Name, property, column.IsText, isKey, column.Description)
            {
                ExpectedInvalidShare = double.IsNaN(expected) ? null : expected,
            });
        }

        var keys = columns.Count(c => c.IsKey);
        if (keys != 1)
        {
            throw new InvalidOperationException($"Dataset record {type.Name} ({dataset.Name}) must mark exactly one column with [RecordKey]; found {keys}.");
        }

        var duplicate = columns.GroupBy(c => c.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"Dataset record {type.Name} maps column {duplicate.Key} twice.");
        }

        if (type.GetConstructor(Type.EmptyTypes) is null)
        {
            throw new InvalidOperationException($"Dataset record {type.Name} needs a public parameterless constructor (use init properties).");
        }

        return new FactSchema(type, dataset, columns);
    }
}
