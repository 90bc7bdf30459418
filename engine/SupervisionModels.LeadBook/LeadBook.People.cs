namespace SupervisionModels.LeadBook;

/// <summary>A handler (承办人) registered in the book, with their department and the leads they have open (核查中).</summary>
public sealed record BookUser(string UserName, string? Department, DateTimeOffset CreatedAt, int OpenLeads);

/// <summary>A department (承办部门) registered in the book, with its users and the leads assigned to it that are not closed.</summary>
public sealed record BookDepartment(string DepartmentId, string Name, DateTimeOffset CreatedAt, int Users, int OpenLeads);

/// <summary>
/// The roster: departments and users. A book with no user registered takes any handler and department (a book used by
/// one person needs no roster); once a user is registered, assignment and claiming are checked against the roster.
/// </summary>
public sealed partial class LeadBook
{
    /// <summary>Registers a department, or renames one; audited as <c>leads departments add</c>.</summary>
    public async Task<BookDepartment> AddDepartmentAsync(string departmentId, string? name, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(departmentId);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        departmentId = departmentId.Trim();
        var shownName = string.IsNullOrWhiteSpace(name) ? departmentId : name.Trim();
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (var command = Sql.Command(connection, transaction,
            "INSERT INTO departments (department_id, name, created_at) VALUES (@id, @name, @now) ON CONFLICT (department_id) DO UPDATE SET name = @name"))
        {
            Sql.Add(command, "@id", departmentId);
            Sql.Add(command, "@name", shownName);
            Sql.Add(command, "@now", Now());
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await AuditAsync("leads departments add", actor, null, [new("department", departmentId), new("name", shownName)],
            ["leads", "departments", "add", departmentId, "--name", shownName], cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return (await DepartmentsAsync(cancellationToken).ConfigureAwait(false)).Single(d => d.DepartmentId == departmentId);
    }

    /// <summary>
    /// Registers a handler in a department (which must be registered), or moves a registered one to another; audited as
    /// <c>leads users add</c>. Null <paramref name="department"/>: a user of no department, who may claim any lead.
    /// </summary>
    public async Task<BookUser> AddUserAsync(string user, string? department, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(user);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        user = user.Trim();
        department = string.IsNullOrWhiteSpace(department) ? null : department.Trim();
        if (department is not null)
        {
            await RequireDepartmentAsync(department, $"user {user}", cancellationToken).ConfigureAwait(false);
        }

        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (var command = Sql.Command(connection, transaction,
            "INSERT INTO users (user_name, department_id, created_at) VALUES (@user, @department, @now) ON CONFLICT (user_name) DO UPDATE SET department_id = @department"))
        {
            Sql.Add(command, "@user", user);
            Sql.Add(command, "@department", department);
            Sql.Add(command, "@now", Now());
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await AuditAsync("leads users add", actor, null, [new("user", user), new("department", department ?? "")],
            ["leads", "users", "add", user, .. department is null ? Array.Empty<string>() : ["--department", department]], cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return (await UsersAsync(cancellationToken).ConfigureAwait(false)).Single(u => u.UserName == user);
    }

    /// <summary>
    /// Sends a lead to a department without a handler (分到部门): its users then claim it (<see cref="ClaimNextAsync"/>
    /// takes the leads of the claimer's department and of none). Refused on a closed lead; with a roster, the department
    /// must be registered. Audited as <c>leads assign</c>.
    /// </summary>
    public async Task<BookLead> AssignDepartmentAsync(string leadId, string department, string actor, int? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(department);
        department = department.Trim();
        if ((await UsersAsync(cancellationToken).ConfigureAwait(false)).Count > 0)
        {
            await RequireDepartmentAsync(department, $"lead {leadId}", cancellationToken).ConfigureAwait(false);
        }

        return await ChangeAsync("leads assign", ["leads", "assign", leadId, "--department", department], leadId, actor, expectedVersion, lead =>
        {
            RefuseClosed(lead, "assign");
            return (new Dictionary<string, object?> { ["department_id"] = department }, [("department", lead.Department, department, null)]);
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The registered users, by name, with the leads each has open (核查中).</summary>
    public async Task<IReadOnlyList<BookUser>> UsersAsync(CancellationToken cancellationToken = default)
    {
        await using var command = Sql.Command(connection, null, """
            SELECT u.user_name, u.department_id, u.created_at, (SELECT COUNT(*) FROM leads l WHERE l.assignee = u.user_name AND l.status = @investigating)
            FROM users u ORDER BY u.user_name
            """);
        Sql.Add(command, "@investigating", LeadWorkflow.Investigating);
        var users = new List<BookUser>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            users.Add(new BookUser(reader.GetString(0), Sql.NullableString(reader, 1), Sql.ParseTime(reader.GetString(2)), Sql.Int(reader, 3)));
        }

        return users;
    }

    /// <summary>The registered departments, by id, with their users and their leads not closed.</summary>
    public async Task<IReadOnlyList<BookDepartment>> DepartmentsAsync(CancellationToken cancellationToken = default)
    {
        await using var command = Sql.Command(connection, null, """
            SELECT d.department_id, d.name, d.created_at,
                   (SELECT COUNT(*) FROM users u WHERE u.department_id = d.department_id),
                   (SELECT COUNT(*) FROM leads l WHERE l.department_id = d.department_id AND l.status <> @closed)
            FROM departments d ORDER BY d.department_id
            """);
        Sql.Add(command, "@closed", LeadWorkflow.Closed);
        var departments = new List<BookDepartment>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            departments.Add(new BookDepartment(reader.GetString(0), reader.GetString(1), Sql.ParseTime(reader.GetString(2)), Sql.Int(reader, 3), Sql.Int(reader, 4)));
        }

        return departments;
    }

    /// <summary>
    /// With a roster (any user registered): the handler must be registered, and the department too when given; the
    /// errors name the registered ones. Without one: anyone (nothing is registered on the way).
    /// </summary>
    private async Task CheckAssignmentAsync(string leadId, string assignee, string? department, CancellationToken cancellationToken)
    {
        var users = await UsersAsync(cancellationToken).ConfigureAwait(false);
        if (users.Count == 0)
        {
            return;
        }

        if (!users.Any(u => u.UserName == assignee))
        {
            throw new LeadBookException(
                $"lead {leadId}: cannot assign to {assignee}, who is not a registered user of {Location.Display}; registered: {string.Join(", ", users.Select(u => u.UserName))} (leads users add {assignee} --department …).");
        }

        if (department is not null)
        {
            await RequireDepartmentAsync(department, $"lead {leadId}", cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>With a roster, a claimer must be on it: claiming is how a handler takes work, and their department scopes it.</summary>
    private async Task CheckClaimerAsync(string actor, CancellationToken cancellationToken)
    {
        var users = await UsersAsync(cancellationToken).ConfigureAwait(false);
        if (users.Count > 0 && !users.Any(u => u.UserName == actor))
        {
            throw new LeadBookException(
                $"claim: {actor} is not a registered user of {Location.Display}, so has no department to claim in; registered: {string.Join(", ", users.Select(u => u.UserName))} (leads users add {actor} --department …).");
        }
    }

    private async Task RequireDepartmentAsync(string department, string what, CancellationToken cancellationToken)
    {
        var departments = await DepartmentsAsync(cancellationToken).ConfigureAwait(false);
        if (!departments.Any(d => d.DepartmentId == department))
        {
            throw new LeadBookException(
                $"{what}: no department {department} in {Location.Display}; registered: {(departments.Count == 0 ? "(none)" : string.Join(", ", departments.Select(d => d.DepartmentId)))} (leads departments add {department}).");
        }
    }

}
