using System.Globalization;
using System.Runtime.CompilerServices;
using SupervisionModels.Data.Guards;
using SupervisionModels.Data.Reading;

namespace SupervisionModels.Data;

/// <summary>
/// Reads a dataset: one folder of Parquet part files (found recursively, in ordinal order of their relative paths), with
/// hive partition folders (<c>year=2023/part-0.parquet</c>) exposed as string columns. Batches are decoded on all cores
/// but returned in file and row-group order.
/// </summary>
public sealed partial class DatasetReader
{
    private readonly IReadOnlyList<DatasetFile> _files;

    private DatasetReader(string name, string directory, IReadOnlyList<DatasetFile> files, DatasetSchema schema)
    {
        Name = name;
        Directory = directory;
        _files = files;
        Files = files.Select(f => f.Path).ToArray();
        Schema = schema;
        RowCount = files.Sum(f => f.Parquet.RowCount);
    }

    /// <summary>The dataset's name: its folder's name.</summary>
    public string Name { get; }

    /// <summary>The dataset's folder.</summary>
    public string Directory { get; }

    /// <summary>The part files, full paths, in reading order.</summary>
    public IReadOnlyList<string> Files { get; }

    /// <summary>The columns: those of the first part file, then partition columns.</summary>
    public DatasetSchema Schema { get; }

    /// <summary>The number of rows in all part files.</summary>
    public long RowCount { get; }

    internal IReadOnlyList<DatasetFile> DatasetFiles => _files;

    /// <summary>Finds the part files and reads their footers.</summary>
    /// <exception cref="DataException">The folder is missing or has no .parquet files, or a file's footer cannot be read
    /// ("corrupt: …" or "unsupported: …").</exception>
    public static async Task<DatasetReader> OpenAsync(string datasetDirectory, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(datasetDirectory);
        var directory = Path.GetFullPath(datasetDirectory);
        var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(directory));
        if (!System.IO.Directory.Exists(directory))
        {
            throw new DataException($"dataset '{name}' not found: no folder {directory}", name);
        }

        var paths = System.IO.Directory.EnumerateFiles(directory, "*.parquet", new EnumerationOptions { RecurseSubdirectories = true, MatchCasing = MatchCasing.CaseSensitive })
            .Select(p => (Full: p, Relative: Path.GetRelativePath(directory, p).Replace('\\', '/')))
            .OrderBy(p => p.Relative, StringComparer.Ordinal)
            .ToArray();
        if (paths.Length == 0)
        {
            throw new DataException($"dataset '{name}' has no .parquet files in {directory}", name);
        }

        var footers = new ParquetFile[paths.Length];
        await Parallel.ForEachAsync(Enumerable.Range(0, paths.Length), new ParallelOptions { CancellationToken = ct, MaxDegreeOfParallelism = Environment.ProcessorCount }, async (i, token) =>
        {
            try
            {
                footers[i] = await ParquetFile.OpenAsync(paths[i].Full, token).ConfigureAwait(false);
            }
            catch (FileProblem problem)
            {
                throw FileError(name, paths[i].Full, problem);
            }
        }).ConfigureAwait(false);

        var files = new List<DatasetFile>(paths.Length);
        long firstRow = 0;
        for (var i = 0; i < paths.Length; i++)
        {
            files.Add(new DatasetFile(footers[i], paths[i].Relative, HivePartitions.Parse(paths[i].Relative), firstRow));
            firstRow += footers[i].RowCount;
        }

        return new DatasetReader(name, directory, files, SchemaOf(files));
    }

    /// <summary>Reads the given columns, one batch per row group, in order. Several row groups are decoded in parallel
    /// (each on its own file stream), at most a few ahead of the consumer, so memory stays bounded.</summary>
    /// <exception cref="DataException">A column is unknown, differs between part files, or a file cannot be decoded.</exception>
    public async IAsyncEnumerable<ColumnBatch> ReadAsync(IReadOnlyList<string> columns, [EnumeratorCancellation] CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(columns);
        var plan = PlanRead(columns);
        var work = new List<(int File, int RowGroup, long FirstRow, int Rows)>();
        var scheduled = new int[_files.Count];
        for (var f = 0; f < _files.Count; f++)
        {
            var row = _files[f].FirstRow;
            var groups = _files[f].Parquet.RowGroupRows;
            for (var g = 0; g < groups.Count; g++)
            {
                if (groups[g] > int.MaxValue)
                {
                    throw FileError(Name, _files[f].Path, FileProblem.Unsupported(string.Create(CultureInfo.InvariantCulture, $"row group {g} has {groups[g]} rows, more than a batch can hold")));
                }

                if (groups[g] > 0)
                {
                    work.Add((f, g, row, (int)groups[g]));
                    scheduled[f]++;
                }

                row += groups[g];
            }
        }

        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var pool = new ReaderPool(_files, scheduled);
        var window = Math.Clamp(Environment.ProcessorCount + 1, 2, 4);
        var pending = new Queue<Task<ColumnBatch>>();
        var next = 0;
        try
        {
            while (pending.Count < window && next < work.Count)
            {
                pending.Enqueue(Start(work[next++]));
            }

            while (pending.Count > 0)
            {
                var batch = await pending.Dequeue().ConfigureAwait(false);
                if (next < work.Count)
                {
                    pending.Enqueue(Start(work[next++]));
                }

                yield return batch;
            }
        }
        finally
        {
            await cancel.CancelAsync().ConfigureAwait(false);
            foreach (var task in pending)
            {
                // The consumer stopped early or a decode failed: the others are cancelled, and their outcome no longer matters.
                await ((Task)task).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }

            await pool.DisposeAsync().ConfigureAwait(false);
        }

        Task<ColumnBatch> Start((int File, int RowGroup, long FirstRow, int Rows) item) =>
            Task.Run(() => DecodeAsync(pool, plan, item.File, item.RowGroup, item.FirstRow, item.Rows, cancel.Token), cancel.Token);
    }

    /// <summary>"corrupt: FILE: column 'C' at byte offset N: what was expected (dataset 'D')".</summary>
    internal static DataException FileError(string dataset, string file, FileProblem problem) =>
        new($"{(problem.Kind == ProblemKind.Corrupt ? "corrupt" : "unsupported")}: {file}: {problem.Reason} (dataset '{dataset}')", dataset, file, problem.Column, problem);
}
