using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SupervisionModels.LeadBook;

namespace SupervisionModels.Web.Pages.Leads;

/// <summary>线索: the lead list, filtered, sorted and paged in the book (personal data always masked here).</summary>
public sealed class IndexModel(BookAccess books, WorkbenchOptions options) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public string? ModelId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Assignee { get; set; }

    [BindProperty(SupportsGet = true)]
    public double? MinScore { get; set; }

    [BindProperty(SupportsGet = true)]
    public LeadSort Sort { get; set; } = LeadSort.Score;

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public LeadPage Leads { get; private set; } = new([], 0);

    /// <summary>Why an action sent the user back here (a lead someone else claimed first).</summary>
    [TempData]
    public string? Problem { get; set; }

    public IReadOnlyList<string> ModelIds => [.. options.Models.Select(m => m.Id)];

    public long PageCount => Math.Max(1, (Leads.Total + PageSize - 1) / PageSize);

    public Masking Masking { get; } = new(false, []);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        PageNumber = Math.Max(1, PageNumber);
        var query = User.Scope(new LeadPageQuery
        {
            ModelId = Blank(ModelId),
            Status = Blank(Status),
            Assignee = Blank(Assignee),
            MinScore = MinScore,
            Sort = Sort,
            Page = PageNumber - 1,
            PageSize = PageSize,
        });
        await using var book = await books.OpenAsync(cancellationToken);
        Leads = await book.PageAsync(query, cancellationToken);
    }

    /// <summary>The query string of this list with one value changed (for paging and sorting links).</summary>
    public string Link(int? page = null, LeadSort? sort = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["ModelId"] = ModelId, ["Status"] = Status, ["Assignee"] = Assignee,
            ["MinScore"] = MinScore?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Sort"] = (sort ?? Sort).ToString(), ["p"] = (page ?? PageNumber).ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/Leads", values.Where(v => !string.IsNullOrEmpty(v.Value)));
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
