namespace SupervisionModels.Web;

/// <summary>The workbench's roles and the permissions that go with them.</summary>
public static class Roles
{
    /// <summary>Works the leads assigned to them and the unassigned ones they claim.</summary>
    public const string Prosecutor = "检察官";

    /// <summary>Assigns within their department and sees its dashboard.</summary>
    public const string DepartmentHead = "部门负责人";

    /// <summary>Models, users, runs: everything.</summary>
    public const string Administrator = "管理员";

    public static IReadOnlyList<string> All { get; } = [Prosecutor, DepartmentHead, Administrator];

    /// <summary>The claim type of the unmask permission (a per-account flag, not a role: 查看未遮蔽的个人信息).</summary>
    public const string UnmaskClaim = "supervise:unmask";

    /// <summary>The policy of pages only administrators may open.</summary>
    public const string AdminPolicy = "admin";

    /// <summary>The policy of actions that assign leads to others.</summary>
    public const string AssignPolicy = "assign";
}
