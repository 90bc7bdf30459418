using Parquet;
using Parquet.Schema;

namespace SupervisionModels.Text.Data;

/// <summary>
/// Reads the labelled examples the dataset generator writes: a Parquet file with the string columns <c>model_id</c>,
/// <c>text</c> and <c>kind</c>, and <c>label</c> as a boolean or an integer 0/1 (either is accepted, since writers
/// differ); an optional string column <c>source</c> overrides the default source <c>generator</c>.
/// </summary>
public static class LabelledTextParquet
{
    /// <summary>The source given to rows of a file without a <c>source</c> column.</summary>
    public const string DefaultSource = "generator";

    private static readonly Type[] IntegerLabelTypes = [typeof(sbyte), typeof(byte), typeof(short), typeof(ushort), typeof(int), typeof(uint), typeof(long), typeof(ulong)];

    /// <summary>
    /// Reads every row of <paramref name="path"/>, in file order; when it is a folder, of every <c>*.parquet</c> file
    /// directly in it, in ordinal name order (a writer may split its output into part files).
    /// </summary>
    /// <exception cref="FileNotFoundException">Neither a file nor a folder is there, or the folder holds no Parquet file.</exception>
    /// <exception cref="LabelledDataException">A file is not Parquet, a column is missing or has the wrong type, or a value is null or out of range; the message names the file and the column.</exception>
    public static async Task<IReadOnlyList<LabelledText>> ReadAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!Directory.Exists(path))
        {
            return await ReadFileAsync(path, cancellationToken).ConfigureAwait(false);
        }

        var files = Directory.GetFiles(path, "*.parquet").Order(StringComparer.Ordinal).ToArray();
        if (files.Length == 0)
        {
            throw new FileNotFoundException($"The labelled-text folder {path} holds no .parquet file.", path);
        }

        var rows = new List<LabelledText>();
        foreach (var file in files)
        {
            rows.AddRange(await ReadFileAsync(file, cancellationToken).ConfigureAwait(false));
        }

        return rows;
    }

    private static async Task<IReadOnlyList<LabelledText>> ReadFileAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The labelled-text file {path} does not exist.", path);
        }

        ParquetReader reader;
        try
        {
            reader = await ParquetReader.CreateAsync(path, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or ParquetException or InvalidDataException)
        {
            throw new LabelledDataException(path, null, $"it is not a readable Parquet file ({e.Message}).", e);
        }

        await using (reader.ConfigureAwait(false))
        {
            var fields = reader.Schema.DataFields;
            var modelId = StringField(path, fields, "model_id");
            var text = StringField(path, fields, "text");
            var kind = StringField(path, fields, "kind");
            var label = LabelField(path, fields);
            var source = fields.FirstOrDefault(f => string.Equals(f.Name, "source", StringComparison.Ordinal)) is { } found
                ? StringField(path, fields, found.Name)
                : null;

            var rows = new List<LabelledText>();
            for (var group = 0; group < reader.RowGroupCount; group++)
            {
                using var rowGroup = reader.OpenRowGroupReader(group);
                var count = checked((int)rowGroup.RowCount);
                var modelIds = await ReadStringsAsync(rowGroup, modelId, count, cancellationToken).ConfigureAwait(false);
                var texts = await ReadStringsAsync(rowGroup, text, count, cancellationToken).ConfigureAwait(false);
                var kinds = await ReadStringsAsync(rowGroup, kind, count, cancellationToken).ConfigureAwait(false);
                var labels = await ReadLabelsAsync(rowGroup, label, count, cancellationToken).ConfigureAwait(false);
                var sources = source is null ? null : await ReadStringsAsync(rowGroup, source, count, cancellationToken).ConfigureAwait(false);
                for (var i = 0; i < count; i++)
                {
                    var row = rows.Count;
                    rows.Add(new LabelledText(
                        NotNull(path, modelId, modelIds[i], row),
                        NotNull(path, text, texts[i], row),
                        Label(path, label, labels[i], row),
                        NotNull(path, kind, kinds[i], row),
                        sources?[i] ?? DefaultSource));
                }
            }

            return rows;
        }
    }

    private static DataField Field(string path, IReadOnlyList<DataField> fields, string name)
    {
        var field = fields.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.Ordinal))
            ?? throw new LabelledDataException(path, name, $"the column is missing; the file has {Describe(fields)}.");
        if (field.IsArray)
        {
            throw new LabelledDataException(path, name, "the column is a list; expected one value a row.");
        }

        return field;
    }

    private static DataField StringField(string path, IReadOnlyList<DataField> fields, string name)
    {
        var field = Field(path, fields, name);
        return field.ClrType == typeof(string) || field.ClrType == typeof(ReadOnlyMemory<char>)
            ? field
            : throw new LabelledDataException(path, name, $"the column holds {TypeName(field)}; expected strings.");
    }

    private static DataField LabelField(string path, IReadOnlyList<DataField> fields)
    {
        var field = Field(path, fields, "label");
        return field.ClrType == typeof(bool) || IntegerLabelTypes.Contains(field.ClrType)
            ? field
            : throw new LabelledDataException(path, "label", $"the column holds {TypeName(field)}; expected a boolean or an integer 0/1.");
    }

    private static async Task<string?[]> ReadStringsAsync(ParquetRowGroupReader rowGroup, DataField field, int count, CancellationToken ct)
    {
        var values = new string?[count];
        await rowGroup.ReadAsync(field, values!, cancellationToken: ct).ConfigureAwait(false);
        return values;
    }

    /// <summary>The label column as 64-bit integers (false 0, true 1, null as null), whatever its stored type.</summary>
    private static Task<long?[]> ReadLabelsAsync(ParquetRowGroupReader rowGroup, DataField field, int count, CancellationToken ct) =>
        Type.GetTypeCode(field.ClrType) switch
        {
            TypeCode.Boolean => ReadAsLongAsync<bool>(rowGroup, field, count, v => v ? 1 : 0, ct),
            TypeCode.SByte => ReadAsLongAsync<sbyte>(rowGroup, field, count, v => v, ct),
            TypeCode.Byte => ReadAsLongAsync<byte>(rowGroup, field, count, v => v, ct),
            TypeCode.Int16 => ReadAsLongAsync<short>(rowGroup, field, count, v => v, ct),
            TypeCode.UInt16 => ReadAsLongAsync<ushort>(rowGroup, field, count, v => v, ct),
            TypeCode.Int32 => ReadAsLongAsync<int>(rowGroup, field, count, v => v, ct),
            TypeCode.UInt32 => ReadAsLongAsync<uint>(rowGroup, field, count, v => v, ct),
            TypeCode.Int64 => ReadAsLongAsync<long>(rowGroup, field, count, v => v, ct),

            // A ulong above long.MaxValue is not 0 or 1 either; saturating keeps it out of range.
            TypeCode.UInt64 => ReadAsLongAsync<ulong>(rowGroup, field, count, v => v > long.MaxValue ? long.MaxValue : (long)v, ct),
            _ => throw new InvalidOperationException($"Unexpected label type {field.ClrType}."),
        };

    private static async Task<long?[]> ReadAsLongAsync<T>(ParquetRowGroupReader rowGroup, DataField field, int count, Func<T, long> convert, CancellationToken ct)
        where T : struct
    {
        var result = new long?[count];
        if (field.IsNullable)
        {
            var values = new T?[count];
            await rowGroup.ReadAsync<T>(field, values, cancellationToken: ct).ConfigureAwait(false);
            for (var i = 0; i < count; i++)
            {
                result[i] = values[i] is { } v ? convert(v) : null;
            }
        }
        else
        {
            var values = new T[count];
            await rowGroup.ReadAsync<T>(field, values, cancellationToken: ct).ConfigureAwait(false);
            for (var i = 0; i < count; i++)
            {
                result[i] = convert(values[i]);
            }
        }

        return result;
    }

    private static string NotNull(string path, DataField field, string? value, int row) =>
        value ?? throw new LabelledDataException(path, field.Name, $"row {row} is null.");

    private static bool Label(string path, DataField field, long? value, int row) => value switch
    {
        0 => false,
        1 => true,
        null => throw new LabelledDataException(path, field.Name, $"row {row} is null; expected 0/1 or false/true."),
        _ => throw new LabelledDataException(path, field.Name, $"row {row} is {value}; expected 0/1 or false/true."),
    };

    private static string Describe(IReadOnlyList<DataField> fields) =>
        fields.Count == 0 ? "no columns" : "columns " + string.Join(", ", fields.Select(f => $"{f.Name} ({TypeName(f)})"));

    /// <summary>Parquet.Net 6 reports text as <c>ReadOnlyMemory&lt;char&gt;</c> and binary as <c>ReadOnlyMemory&lt;byte&gt;</c>; say String and Byte[].</summary>
    private static string TypeName(DataField field) =>
        field.ClrType == typeof(ReadOnlyMemory<char>) ? nameof(String)
        : field.ClrType == typeof(ReadOnlyMemory<byte>) ? "Byte[]"
        : field.ClrType.Name;
}
