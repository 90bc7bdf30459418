using System.Security.Claims;
using SupervisionModels.LeadBook;

namespace SupervisionModels.Web.Pages;

/// <summary>What the logged-in user may see and do, from their claims.</summary>
public static class WorkbenchUser
{
    public static string Name(this ClaimsPrincipal user) => user.Identity?.Name ?? throw new InvalidOperationException("not logged in");

    public static string? Department(this ClaimsPrincipal user) => user.FindFirst("supervise:department")?.Value;

    public static bool CanAssign(this ClaimsPrincipal user) => user.IsInRole(Roles.Administrator) || user.IsInRole(Roles.DepartmentHead);

    /// <summary>The leads a user may open: all for 管理员; their department's and those of none for 部门负责人; their own and unassigned ones for 检察官.</summary>
    public static LeadPageQuery Scope(this ClaimsPrincipal user, LeadPageQuery query) =>
        user.IsInRole(Roles.Administrator) ? query
        : user.IsInRole(Roles.DepartmentHead) ? query with { Department = user.Department() }
        : query with { VisibleTo = user.Name() };

    /// <summary>Whether the user may open this lead (the same scope as the list).</summary>
    public static bool MayOpen(this ClaimsPrincipal user, BookLead lead) =>
        user.IsInRole(Roles.Administrator)
        || (user.IsInRole(Roles.DepartmentHead) && (lead.Department is null || user.Department() is null || lead.Department == user.Department()))
        || lead.Assignee is null || lead.Assignee == user.Name();
}
