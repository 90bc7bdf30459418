using SupervisionModels.Entities;
using SupervisionModels.Facts.Schema;

namespace SupervisionModels.Data.Quality;

/// <summary>
/// Measures the identifier columns of datasets (resident IDs, credit codes): a file whose bytes are sound can still
/// carry damaged values — an export that shifted columns, a pipeline that cut characters — and joins on such a column
/// silently lose or gain leads. A run and <c>datasets validate</c> measure every string column they read that holds
/// identifiers and warn when more of them fail their check than the data normally has.
/// </summary>
public static class DataQuality
{
    /// <summary>The share of invalid identifiers above which a column is reported: registry exports carry a few
    /// mistyped numbers, and the generated data none, so 1 % is already far outside what is normal.</summary>
    public const double DefaultMaxInvalidShare = 0.01;

    /// <summary>A string column is an identifier column when at least this share of its non-null values have an
    /// identifier's shape (18 characters of digits, X or the credit-code alphabet), whether or not they pass the check.</summary>
    private const double IdentifierShapeShare = 0.5;

    /// <summary>Measures the identifier columns among <paramref name="columns"/> of the dataset in
    /// <paramref name="datasetDirectory"/>; other columns are not read.</summary>
    /// <exception cref="DataException">The dataset cannot be read (the same errors as a run).</exception>
    public static Task<IReadOnlyList<ColumnQuality>> MeasureAsync(string datasetDirectory, IEnumerable<string> columns, CancellationToken ct = default) =>
        MeasureAsync(datasetDirectory, columns, NoExpectations, ct);

    /// <summary>
    /// As <see cref="MeasureAsync(string, IEnumerable{string}, CancellationToken)"/>, each column held to its share in
    /// <paramref name="expectedInvalidShares"/> (by column name; <see cref="ExpectedInvalidShares"/> reads them from a
    /// schema) and the others to <see cref="DefaultMaxInvalidShare"/>.
    /// </summary>
    /// <exception cref="DataException">The dataset cannot be read (the same errors as a run).</exception>
    public static async Task<IReadOnlyList<ColumnQuality>> MeasureAsync(
        string datasetDirectory, IEnumerable<string> columns, IReadOnlyDictionary<string, double> expectedInvalidShares, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(expectedInvalidShares);
        ArgumentNullException.ThrowIfNull(columns);
        var reader = await DatasetReader.OpenAsync(datasetDirectory, ct).ConfigureAwait(false);
        var strings = columns.Distinct(StringComparer.Ordinal)
            .Where(c => reader.Schema.Find(c) is { ClrType: var type, IsPartition: false } && type == typeof(string))
            .ToArray();
        if (strings.Length == 0)
        {
            return [];
        }

        var tallies = strings.ToDictionary(c => c, _ => new Tally(), StringComparer.Ordinal);
        await foreach (var batch in reader.ReadAsync(strings, ct).ConfigureAwait(false))
        {
            foreach (var column in strings)
            {
                tallies[column].Add(batch.Get<string?>(column));
            }
        }

        return strings
            .Select(c => tallies[c].Result(reader.Name, c))
            .OfType<ColumnQuality>()
            .Select(f => expectedInvalidShares.TryGetValue(f.Column, out var expected) ? f with { ExpectedInvalidShare = expected } : f)
            .ToArray();
    }

    /// <summary>The expected invalid shares the schema states for its columns (<see cref="Facts.ColumnAttribute.ExpectedInvalidShare"/>), by column name.</summary>
    public static IReadOnlyDictionary<string, double> ExpectedInvalidShares(FactSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return schema.Columns
            .Where(c => c.ExpectedInvalidShare is not null)
            .ToDictionary(c => c.Name, c => c.ExpectedInvalidShare!.Value, StringComparer.Ordinal);
    }

    /// <summary>One warning per column whose invalid share is above what is expected of it (<see cref="ColumnQuality.ExpectedInvalidShare"/>).</summary>
    public static IReadOnlyList<string> Warnings(IEnumerable<ColumnQuality> figures) =>
        figures.Where(f => f.IsAboveExpected).Select(f => f.Describe()).ToArray();

    /// <summary>One warning per column whose invalid share is above <paramref name="maxInvalidShare"/>, whatever the schema expects.</summary>
    public static IReadOnlyList<string> Warnings(IEnumerable<ColumnQuality> figures, double maxInvalidShare) =>
        figures.Where(f => f.InvalidShare > maxInvalidShare).Select(f => f.Describe(maxInvalidShare)).ToArray();

    private static readonly IReadOnlyDictionary<string, double> NoExpectations = new Dictionary<string, double>(StringComparer.Ordinal);

    private static bool IdShaped(string value)
    {
        if (value.Length != 18)
        {
            return false;
        }

        for (var i = 0; i < 17; i++)
        {
            if (value[i] is < '0' or > '9')
            {
                return false;
            }
        }

        return value[17] is (>= '0' and <= '9') or 'X' or 'x';
    }

    /// <summary>A credit code's shape (GB 32100): registration authority (1-9, A, N, Y), a category digit, six digits of
    /// the administrative division, then nine characters of the code alphabet. Record numbers such as YD2019010100000000
    /// or JC3704029359112070 share the length and alphabet but not this shape.</summary>
    private static bool CodeShaped(string value)
    {
        if (value.Length != 18 || !"123456789ANY".Contains(value[0], StringComparison.Ordinal) || value[1] is < '1' or > '9')
        {
            return false;
        }

        for (var i = 2; i < 8; i++)
        {
            if (value[i] is < '0' or > '9')
            {
                return false;
            }
        }

        foreach (var c in value.AsSpan(8))
        {
            if (!CreditCode.Alphabet.Contains(c, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private sealed class Tally
    {
        private long _values, _nulls, _shaped, _idVotes, _codeVotes, _validIds, _validCodes, _validEither;

        public void Add(string?[] values)
        {
            foreach (var value in values)
            {
                _values++;
                if (string.IsNullOrEmpty(value))
                {
                    _nulls++;
                    continue;
                }

                var id = ResidentId.IsValid(value);
                var code = CreditCode.IsValid(value);
                var idShape = IdShaped(value);
                var codeShape = CodeShaped(value);
                _shaped += idShape || codeShape ? 1 : 0;

                // A value votes for the kind it passes, or else for the one shape it has (many credit codes are all
                // digits, so shape alone cannot tell them from ID numbers).
                _idVotes += id || (!code && idShape && !codeShape) ? 1 : 0;
                _codeVotes += !id && (code || (codeShape && !idShape)) ? 1 : 0;
                _validIds += id ? 1 : 0;
                _validCodes += code ? 1 : 0;
                _validEither += id || code ? 1 : 0;
            }
        }

        public ColumnQuality? Result(string dataset, string column)
        {
            var present = _values - _nulls;
            if (present == 0 || _shaped < present * IdentifierShapeShare)
            {
                return null;
            }

            // Mostly one kind: hold every value to that kind's check. Both kinds in number: either check will do.
            var votes = _idVotes + _codeVotes;
            var (kind, valid) = _codeVotes <= votes * 0.05 ? (IdentifierKind.ResidentId, _validIds)
                : _idVotes <= votes * 0.05 ? (IdentifierKind.CreditCode, _validCodes)
                : (IdentifierKind.ResidentIdOrCreditCode, _validEither);
            return new ColumnQuality(dataset, column, kind, _values, _nulls, present - valid);
        }
    }
}
