using System.Text.RegularExpressions;
using SupervisionModels.Data;
using SupervisionModels.Leads;

namespace SupervisionModels.Runtime.Leads;

/// <summary>
/// The names of natural persons the data knows that show in the leads' excerpts, whole or cut at an excerpt's edge,
/// so that reports, explain and diff can mask them without reading the data again (they travel in the run record,
/// <see cref="RunRecord.ExcerptNames"/>). The names come from the person and name columns of the datasets the run
/// read (<c>name</c>, <c>*_name</c>, <c>legal_rep</c>, <c>agent</c>): values of two to four Chinese characters that
/// do not end like an organisation (店, 公司, 站…). A cut name is stood for by one name with that head or tail: the
/// masking only needs to know that the cut piece belongs to a name.
/// </summary>
public static partial class ExcerptNames
{
    /// <summary>Reads the name columns of <paramref name="datasets"/> in <paramref name="dataDirectory"/> and returns the names the excerpts show.</summary>
    public static async Task<IReadOnlyList<string>> FindAsync(string dataDirectory, IEnumerable<string> datasets, IReadOnlyList<Lead> leads, CancellationToken cancellationToken = default)
    {
        var excerpts = leads.SelectMany(l => l.Evidence).Select(e => e.Excerpt).OfType<string>().Distinct(StringComparer.Ordinal).ToArray();
        if (excerpts.Length == 0)
        {
            return [];
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var dataset in datasets.Distinct(StringComparer.Ordinal))
        {
            var reader = await DatasetCatalog.OpenAsync(dataDirectory, dataset, cancellationToken).ConfigureAwait(false);
            var columns = reader.Schema.Columns.Where(c => c.ClrType == typeof(string) && IsNameColumn(c.Name)).Select(c => c.Name).ToArray();
            if (columns.Length == 0)
            {
                continue;
            }

            await foreach (var batch in reader.ReadAsync(columns, cancellationToken).ConfigureAwait(false))
            {
                foreach (var column in columns)
                {
                    foreach (var value in batch.Get<string?>(column))
                    {
                        if (value is not null && IsPersonName(value))
                        {
                            names.Add(value);
                        }
                    }
                }
            }
        }

        return InExcerpts(excerpts, names);
    }

    /// <summary>The names of <paramref name="names"/> that show in <paramref name="excerpts"/>, whole, or cut at the edge of one of their pieces (the ends and each “…”).</summary>
    public static IReadOnlyList<string> InExcerpts(IEnumerable<string> excerpts, IReadOnlySet<string> names)
    {
        var heads = new Dictionary<string, string>(StringComparer.Ordinal);
        var tails = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in names.Order(StringComparer.Ordinal))
        {
            for (var length = 1; length < name.Length; length++)
            {
                heads.TryAdd(name[..length], name);
                tails.TryAdd(name[^length..], name);
            }
        }

        var found = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var excerpt in excerpts)
        {
            var text = excerpt.Replace("【", string.Empty, StringComparison.Ordinal).Replace("】", string.Empty, StringComparison.Ordinal);
            foreach (var name in Whole(text, names))
            {
                found.Add(name);
            }

            foreach (var piece in text.Split('…'))
            {
                // The head of a name at a piece's end (…原告徐兴), its tail at a piece's start (兴强诉称…): two characters
                // or more; a single character stands for a name only where the masking takes it for one.
                for (var length = Math.Min(piece.Length, 3); length >= 1; length--)
                {
                    if (length >= 2 && heads.TryGetValue(piece[^length..], out var head))
                    {
                        found.Add(head);
                    }

                    if (tails.TryGetValue(piece[..length], out var tail))
                    {
                        found.Add(tail);
                    }
                }
            }
        }

        return [.. found];
    }

    private static IEnumerable<string> Whole(string text, IReadOnlySet<string> names)
    {
        for (var start = 0; start < text.Length; start++)
        {
            for (var length = 2; length <= 5 && start + length <= text.Length; length++)
            {
                var candidate = text.Substring(start, length);
                if (names.Contains(candidate))
                {
                    yield return candidate;
                }
            }
        }
    }

    private static bool IsNameColumn(string column) =>
        column is "name" or "legal_rep" or "agent" || (column.EndsWith("_name", StringComparison.Ordinal) && column is not "unit_name" and not "operator_name");

    private static bool IsPersonName(string value) => PersonName().IsMatch(value) && !OrganisationEnds.Contains(value[^1]);

    private static readonly HashSet<char> OrganisationEnds = ['店', '司', '厂', '馆', '吧', '所', '站', '部', '局', '院', '队', '社', '行', '场', '厅', '园', '城', '会', '处', '室', '中', '心', '校', '委', '办'];

    /// <summary>Two to four Chinese characters, one space allowed after the first (张 昊林, as some records write it).</summary>
    [GeneratedRegex(@"^[\u4e00-\u9fa5] ?[\u4e00-\u9fa5]{1,3}$")]
    private static partial Regex PersonName();
}
