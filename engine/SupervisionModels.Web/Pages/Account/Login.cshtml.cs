using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace SupervisionModels.Web.Pages.Account;

/// <summary>Logs in with a local account; a wrong name and a wrong password get the same answer.</summary>
public sealed class LoginModel(Accounts accounts) : PageModel
{
    [BindProperty]
    public string? UserName { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var account = string.IsNullOrEmpty(UserName) || string.IsNullOrEmpty(Password)
            ? null
            : await accounts.VerifyAsync(UserName.Trim(), Password, cancellationToken);
        if (account is null)
        {
            Error = "用户名或密码不正确。";
            return Page();
        }

        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, Accounts.Principal(account, CookieAuthenticationDefaults.AuthenticationScheme));
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/Leads");
    }
}
