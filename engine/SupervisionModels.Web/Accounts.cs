using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using SupervisionModels.LeadBook;

namespace SupervisionModels.Web;

/// <summary>Local accounts: ASP.NET Core's PasswordHasher over the lead book's users table.</summary>
public sealed class Accounts(BookAccess books)
{
    private static readonly PasswordHasher<string> Hasher = new();

    /// <summary>The shortest password accepted, for the first admin and for new accounts.</summary>
    public const int MinimumPasswordLength = 8;

    /// <summary>
    /// On first start (no account in the book) creates the administrator from <paramref name="adminPassword"/>;
    /// without one, refuses to start, saying how to give it. Returns true when the admin was created now.
    /// </summary>
    public async Task<bool> EnsureFirstAdminAsync(string adminUserName, string? adminPassword, CancellationToken cancellationToken)
    {
        await using var book = await books.OpenAsync(cancellationToken).ConfigureAwait(false);
        if (await book.AccountCountAsync(cancellationToken).ConfigureAwait(false) > 0)
        {
            return false;
        }

        if (string.IsNullOrEmpty(adminPassword))
        {
            throw new WorkbenchSetupException(
                $"the lead book {books.Location.Display} has no workbench account yet: set SUPERVISE_ADMIN_PASSWORD (at least {MinimumPasswordLength} characters) to create the first administrator '{adminUserName}' on this start.");
        }

        CheckPassword(adminPassword, "SUPERVISE_ADMIN_PASSWORD");
        await book.SaveAccountAsync(new BookAccount(adminUserName, null, Roles.Administrator, Hasher.HashPassword(adminUserName, adminPassword), CanUnmask: true), cancellationToken, actor: adminUserName).ConfigureAwait(false);
        return true;
    }

    /// <summary>The account when the password is right, else null (the caller says only that the pair is wrong).</summary>
    public async Task<BookAccount?> VerifyAsync(string userName, string password, CancellationToken cancellationToken)
    {
        await using var book = await books.OpenAsync(cancellationToken).ConfigureAwait(false);
        var account = await book.FindAccountAsync(userName, cancellationToken).ConfigureAwait(false);
        if (account is null)
        {
            return null;
        }

        var result = Hasher.VerifyHashedPassword(userName, account.PasswordHash, password);
        if (result == PasswordVerificationResult.SuccessRehashNeeded)
        {
            await book.SaveAccountAsync(account with { PasswordHash = Hasher.HashPassword(userName, password) }, cancellationToken).ConfigureAwait(false);
        }

        return result == PasswordVerificationResult.Failed ? null : account;
    }

    /// <summary>Creates (or resets) an account; an error says what is wrong with the input.</summary>
    public async Task CreateAsync(string userName, string password, string role, string? department, bool canUnmask, string actor, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(userName) || userName.Trim().Length > 64)
        {
            throw new ArgumentException("用户名不能为空，且不超过 64 个字符。");
        }

        if (!Roles.All.Contains(role, StringComparer.Ordinal))
        {
            throw new ArgumentException($"未知角色 '{role}'：可选 {string.Join("、", Roles.All)}。");
        }

        CheckPassword(password, "密码");
        await using var book = await books.OpenAsync(cancellationToken).ConfigureAwait(false);
        var name = userName.Trim();
        await book.SaveAccountAsync(new BookAccount(name, string.IsNullOrWhiteSpace(department) ? null : department.Trim(), role, Hasher.HashPassword(name, password), canUnmask), cancellationToken, actor).ConfigureAwait(false);
    }

    /// <summary>The claims of a logged-in account: its name, role, department and the unmask permission.</summary>
    public static ClaimsPrincipal Principal(BookAccount account, string scheme)
    {
        var claims = new List<Claim> { new(ClaimTypes.Name, account.UserName), new(ClaimTypes.Role, account.Role) };
        if (account.Department is { } department)
        {
            claims.Add(new Claim("supervise:department", department));
        }

        if (account.CanUnmask)
        {
            claims.Add(new Claim(Roles.UnmaskClaim, "true"));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme));
    }

    private static void CheckPassword(string password, string what)
    {
        if (password.Length < MinimumPasswordLength)
        {
            throw new WorkbenchSetupException($"{what}: at least {MinimumPasswordLength} characters (至少 {MinimumPasswordLength} 个字符).");
        }
    }
}
