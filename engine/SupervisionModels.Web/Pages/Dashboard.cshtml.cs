using Microsoft.AspNetCore.Mvc.RazorPages;
using SupervisionModels.LeadBook;

namespace SupervisionModels.Web.Pages;

/// <summary>一屏观看: leads by model × status, and 成案率 (cases among closed leads) per model, drawn as SVG on the server.</summary>
public sealed class DashboardModel(BookAccess books) : PageModel
{
    public IReadOnlyList<StatusCount> Counts { get; private set; } = [];

    public IReadOnlyList<OutcomeFigures> Outcomes { get; private set; } = [];

    public IReadOnlyList<string> ModelIds => [.. Counts.Select(c => c.ModelId).Distinct(StringComparer.Ordinal)];

    public long Count(string modelId, string status) =>
        Counts.Where(c => c.ModelId == modelId && c.Status == status).Sum(c => c.Count);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await using var book = await books.OpenAsync(cancellationToken);
        Counts = await book.StatusCountsAsync(cancellationToken);
        Outcomes = [.. (await book.OutcomeFiguresAsync(cancellationToken)).Where(f => f.RuleId is null)];
    }
}
