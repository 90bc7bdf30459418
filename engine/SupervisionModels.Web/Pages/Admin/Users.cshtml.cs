using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SupervisionModels.LeadBook;

namespace SupervisionModels.Web.Pages.Admin;

/// <summary>用户 (管理员 only, by the /Admin folder's policy): the accounts, and a form to create one.</summary>
public sealed class UsersModel(BookAccess books, Accounts accounts) : PageModel
{
    public IReadOnlyList<BookAccount> Users { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public string? Problem { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(string? userName, string? password, string? role, string? department, bool canUnmask, CancellationToken cancellationToken)
    {
        try
        {
            await accounts.CreateAsync(userName ?? "", password ?? "", role ?? "", department, canUnmask, User.Name(), cancellationToken);
        }
        catch (Exception e) when (e is ArgumentException or WorkbenchSetupException)
        {
            Problem = e.Message;
            await LoadAsync(cancellationToken);
            return Page();
        }

        Message = $"已保存用户 {userName!.Trim()}（{role}）。";
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        await using var book = await books.OpenAsync(cancellationToken);
        Users = await book.AccountsAsync(cancellationToken);
    }
}
