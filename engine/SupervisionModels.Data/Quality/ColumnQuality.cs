using System.Globalization;
using System.Text.Json.Serialization;

namespace SupervisionModels.Data.Quality;

/// <summary>Which check an identifier column's values are held to.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<IdentifierKind>))]
public enum IdentifierKind
{
    /// <summary>Resident ID numbers (居民身份证号码), GB 11643 check character.</summary>
    ResidentId,

    /// <summary>Unified social credit codes (统一社会信用代码), GB 32100 check character.</summary>
    CreditCode,

    /// <summary>Both (a payee or party id that is a person's ID or an organisation's code): a value passes either check.</summary>
    ResidentIdOrCreditCode,
}

/// <summary>
/// Quality figures of one identifier column of a dataset: how many values there are, how many are null, and how many
/// of the others fail their check character.
/// </summary>
/// <param name="Dataset">The dataset's name.</param>
/// <param name="Column">The column's name.</param>
/// <param name="Kind">The identifier the column holds, from what most of its values look like.</param>
/// <param name="Values">Rows read.</param>
/// <param name="Nulls">Null or empty values.</param>
/// <param name="Invalid">Non-null values that fail the check.</param>
public sealed record ColumnQuality(string Dataset, string Column, IdentifierKind Kind, long Values, long Nulls, long Invalid)
{
    /// <summary>Nulls among all values (0 for an empty column).</summary>
    public double NullShare => Values == 0 ? 0 : Nulls / (double)Values;

    /// <summary>Invalid values among the non-null ones (0 when all are null).</summary>
    public double InvalidShare => Values - Nulls == 0 ? 0 : Invalid / (double)(Values - Nulls);

    /// <summary>
    /// The share of invalid values above which the column is reported: the schema's expectation for the column
    /// (<see cref="Facts.ColumnAttribute.ExpectedInvalidShare"/>), else <see cref="DataQuality.DefaultMaxInvalidShare"/>.
    /// The default value is <see cref="DataQuality.DefaultMaxInvalidShare"/>.
    /// </summary>
    public double ExpectedInvalidShare { get; init; } = DataQuality.DefaultMaxInvalidShare;

    /// <summary>True when more values fail their check than <see cref="ExpectedInvalidShare"/>.</summary>
    public bool IsAboveExpected => InvalidShare > ExpectedInvalidShare;

    /// <summary>As <see cref="Describe(double)"/>, against the column's own <see cref="ExpectedInvalidShare"/>.</summary>
    public string Describe() => Describe(ExpectedInvalidShare);

    /// <summary>"dataset 'd' column 'c': 3.2 % of 1,052 resident ID numbers fail the GB 11643 check (…)".</summary>
    public string Describe(double maxInvalidShare) => string.Create(CultureInfo.InvariantCulture,
        $"dataset '{Dataset}' column '{Column}': {Invalid:N0} of {Values - Nulls:N0} {Noun} ({InvalidShare * 100:0.0#} %) fail the {Check} check, more than the {maxInvalidShare * 100:0.##} % expected; {Nulls:N0} null ({NullShare * 100:0.0#} %)");

    private string Noun => Kind switch
    {
        IdentifierKind.ResidentId => "resident ID numbers",
        IdentifierKind.CreditCode => "credit codes",
        _ => "ID numbers and credit codes",
    };

    private string Check => Kind switch
    {
        IdentifierKind.ResidentId => "GB 11643",
        IdentifierKind.CreditCode => "GB 32100",
        _ => "GB 11643 / GB 32100",
    };
}
