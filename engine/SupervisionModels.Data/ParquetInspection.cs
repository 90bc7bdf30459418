namespace SupervisionModels.Data;

/// <summary>What <see cref="ParquetInspector"/> found in a file.</summary>
/// <param name="File">The file's path.</param>
/// <param name="Length">The file's size in bytes.</param>
/// <param name="CreatedBy">The writer's name and version (the footer's created_by), if recorded.</param>
/// <param name="RowCount">The number of rows.</param>
/// <param name="Columns">The leaf columns, in schema order.</param>
/// <param name="RowGroups">The row groups, in file order.</param>
public sealed record ParquetInspection(string File, long Length, string? CreatedBy, long RowCount, IReadOnlyList<InspectedColumn> Columns, IReadOnlyList<InspectedRowGroup> RowGroups);

/// <summary>A leaf column of an inspected file.</summary>
/// <param name="Name">The column's path ("a/list/element" inside a list).</param>
/// <param name="PhysicalType">The physical type: BOOLEAN, INT32, INT64, INT96, FLOAT, DOUBLE, BYTE_ARRAY, FIXED_LEN_BYTE_ARRAY.</param>
/// <param name="ParquetType">The physical type with its logical or converted annotation, e.g. "INT32 DATE".</param>
/// <param name="IsNullable">True when the column may hold nulls.</param>
/// <param name="IsRepeated">True when the column is inside a list or map.</param>
/// <param name="ClrType">The CLR type Parquet.Net decodes it to.</param>
public sealed record InspectedColumn(string Name, string PhysicalType, string ParquetType, bool IsNullable, bool IsRepeated, Type ClrType);

/// <summary>A row group of an inspected file.</summary>
/// <param name="Index">Its index in the file.</param>
/// <param name="Rows">Its row count.</param>
/// <param name="ByteSize">Its uncompressed size, as the footer records it.</param>
/// <param name="Chunks">Its column chunks, in schema order.</param>
public sealed record InspectedRowGroup(int Index, long Rows, long ByteSize, IReadOnlyList<InspectedChunk> Chunks);

/// <summary>A column chunk of a row group.</summary>
/// <param name="Column">The column's path.</param>
/// <param name="Compression">The codec: UNCOMPRESSED, SNAPPY, GZIP, ZSTD…</param>
/// <param name="CompressedSize">Bytes in the file.</param>
/// <param name="UncompressedSize">Bytes once decompressed.</param>
/// <param name="Encodings">The encodings its pages use.</param>
/// <param name="Pages">The number of pages, dictionary page included.</param>
public sealed record InspectedChunk(string Column, string Compression, long CompressedSize, long UncompressedSize, IReadOnlyList<string> Encodings, int Pages);
