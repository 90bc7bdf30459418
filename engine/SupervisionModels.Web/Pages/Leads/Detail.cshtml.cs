using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SupervisionModels.LeadBook;
using SupervisionModels.Leads;
using Book = SupervisionModels.LeadBook.LeadBook;

namespace SupervisionModels.Web.Pages.Leads;

/// <summary>
/// 线索详情: the lead, its rules and evidence, its history and notes, and the workflow actions its state allows. Every
/// action is written to the book as the logged-in user, checked against the version the page showed.
/// </summary>
public sealed class DetailModel(BookAccess books) : PageModel
{
    public BookLead Lead { get; private set; } = null!;

    public Lead Found { get; private set; } = null!;

    public IReadOnlyList<LeadEvent> History { get; private set; } = [];

    public Masking Masking { get; private set; } = new(false, []);

    [BindProperty(SupportsGet = true)]
    public bool Unmask { get; set; }

    [TempData]
    public string? Message { get; set; }

    [TempData]
    public string? Problem { get; set; }

    public bool MayClaim => Lead.Status == LeadWorkflow.Pending && (Lead.Assignee is null || Lead.Assignee == User.Name());

    public bool MayWork => Lead.Assignee == User.Name() || User.CanAssign();

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        await using var book = await books.OpenAsync(cancellationToken);
        var lead = await book.GetAsync(id, cancellationToken);
        if (lead is null)
        {
            return NotFound();
        }

        if (!User.MayOpen(lead))
        {
            return Forbid();
        }

        Lead = lead;
        Found = lead.ToLead();
        Masking = Masking.For(User, Unmask, [Found]);
        if (Masking.Unmasked)
        {
            await book.RecordUnmaskedViewAsync(lead.LeadId, User.Name(), cancellationToken); // each unmasked view is in the history
        }

        History = await book.HistoryAsync(id, cancellationToken);
        return Page();
    }

    /// <summary>
    /// Claims the lead. Checked against the version the page showed, so of two people claiming at once one wins and the
    /// other is told who has it — on the list, since the lead is no longer theirs to open.
    /// </summary>
    public Task<IActionResult> OnPostClaimAsync(string id, int version, CancellationToken cancellationToken) =>
        ActAsync(id, cancellationToken, claim: true, act: async (book, lead) =>
        {
            if (lead.Assignee is { } holder && holder != User.Name())
            {
                return $"该线索已由 {holder} 认领。";
            }

            if (lead.Status != LeadWorkflow.Pending)
            {
                return $"该线索已是{lead.Status}，不能再认领。";
            }

            try
            {
                await book.ChangeStatusAsync(id, new StatusChange(LeadWorkflow.Investigating), User.Name(), version, cancellationToken);
            }
            catch (LeadConcurrencyException)
            {
                var now = await book.GetAsync(id, cancellationToken);
                return now?.Assignee is { } other && other != User.Name() ? $"该线索已由 {other} 认领。" : "该线索刚被他人修改，请查看最新状态后再试。";
            }

            Message = "已认领，线索进入核查中。";
            return null;
        });

    public Task<IActionResult> OnPostCloseAsync(string id, int version, string? outcome, string? reason, string? referredTo, CancellationToken cancellationToken) =>
        ActAsync(id, cancellationToken, async (book, lead) =>
        {
            if (!MayWorkOn(lead))
            {
                return "只有承办人或部门负责人可以办结此线索。";
            }

            await book.ChangeStatusAsync(id, new StatusChange(LeadWorkflow.Closed, string.IsNullOrWhiteSpace(outcome) ? null : LeadWorkflow.ParseOutcome(outcome), Blank(reason), Blank(referredTo)), User.Name(), version, cancellationToken);
            Message = $"已办结：{outcome}。";
            return null;
        });

    public Task<IActionResult> OnPostReopenAsync(string id, int version, CancellationToken cancellationToken) =>
        ActAsync(id, cancellationToken, async (book, lead) =>
        {
            if (!MayWorkOn(lead))
            {
                return "只有承办人或部门负责人可以重新打开此线索。";
            }

            await book.ChangeStatusAsync(id, new StatusChange(LeadWorkflow.Investigating), User.Name(), version, cancellationToken);
            Message = "已重新打开，线索回到核查中。";
            return null;
        });

    public Task<IActionResult> OnPostNoteAsync(string id, int version, string? note, CancellationToken cancellationToken) =>
        ActAsync(id, cancellationToken, async (book, _) =>
        {
            if (string.IsNullOrWhiteSpace(note))
            {
                return "备注不能为空。";
            }

            await book.AddNoteAsync(id, note, User.Name(), version, cancellationToken);
            Message = "已添加备注。";
            return null;
        });

    public Task<IActionResult> OnPostAssignAsync(string id, int version, string? assignee, CancellationToken cancellationToken) =>
        ActAsync(id, cancellationToken, async (book, _) =>
        {
            if (!User.CanAssign())
            {
                return "只有部门负责人或管理员可以指派线索。";
            }

            if (string.IsNullOrWhiteSpace(assignee) || await book.FindAccountAsync(assignee.Trim(), cancellationToken) is null)
            {
                return $"没有名为 {assignee} 的工作台用户。";
            }

            await book.AssignAsync(id, assignee.Trim(), User.IsInRole(Roles.DepartmentHead) ? User.Department() : null, User.Name(), version, cancellationToken);
            Message = $"已指派给 {assignee.Trim()}。";
            return null;
        });

    private bool MayWorkOn(BookLead lead) => lead.Assignee == User.Name() || User.CanAssign();

    /// <summary>Runs one action on a lead the user may open; a refusal (the workflow's or ours) is shown on the page, not thrown.</summary>
    private async Task<IActionResult> ActAsync(string id, CancellationToken cancellationToken, Func<Book, BookLead, Task<string?>> act, bool claim = false)
    {
        await using var book = await books.OpenAsync(cancellationToken);
        var lead = await book.GetAsync(id, cancellationToken);
        if (lead is null)
        {
            return NotFound();
        }

        if (!claim && !User.MayOpen(lead))
        {
            return Forbid();
        }

        try
        {
            Problem = await act(book, lead);
        }
        catch (LeadConcurrencyException)
        {
            Problem = "该线索在您打开后已被他人修改：请查看最新状态后再操作。";
        }
        catch (LeadBookException e)
        {
            Problem = "操作未完成：" + e.Message;
        }

        if (claim && Problem is not null)
        {
            return RedirectToPage("/Leads/Index");
        }

        return RedirectToPage("/Leads/Detail", new { id });
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
