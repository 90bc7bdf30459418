namespace SupervisionModels.LeadBook;

/// <summary>A workbench account: a user of the book who can log in (they have a password hash and a role).</summary>
/// <param name="UserName">The user name, as it appears in the lead history.</param>
/// <param name="Department">The user's department, if any.</param>
/// <param name="Role">The role (the workbench names them: 检察官, 部门负责人, 管理员).</param>
/// <param name="PasswordHash">The hash as ASP.NET Core's PasswordHasher writes it; never the password.</param>
/// <param name="CanUnmask">Whether the user may see personal data unmasked.</param>
public sealed record BookAccount(string UserName, string? Department, string Role, string PasswordHash, bool CanUnmask);

/// <summary>The workbench's accounts, kept in the users table (migration 0002) so that history names the same users.</summary>
public sealed partial class LeadBook
{
    /// <summary>How many users can log in (have a password hash).</summary>
    public Task<long> AccountCountAsync(CancellationToken cancellationToken = default) =>
        ScalarAsync("SELECT COUNT(*) FROM users WHERE password_hash IS NOT NULL", cancellationToken);

    /// <summary>One account, or null when the user does not exist or cannot log in.</summary>
    public async Task<BookAccount?> FindAccountAsync(string userName, CancellationToken cancellationToken = default)
    {
        await using var command = Sql.Command(connection, null,
            "SELECT user_name, department_id, role, password_hash, can_unmask FROM users WHERE user_name = @user AND password_hash IS NOT NULL");
        Sql.Add(command, "@user", userName);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? ReadAccount(reader) : null;
    }

    /// <summary>Every account, by user name.</summary>
    public async Task<IReadOnlyList<BookAccount>> AccountsAsync(CancellationToken cancellationToken = default)
    {
        await using var command = Sql.Command(connection, null,
            "SELECT user_name, department_id, role, password_hash, can_unmask FROM users WHERE password_hash IS NOT NULL ORDER BY user_name");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var accounts = new List<BookAccount>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            accounts.Add(ReadAccount(reader));
        }

        return accounts;
    }

    /// <summary>
    /// Creates or updates an account (the user and department are registered as <see cref="EnsureUserAsync"/> does).
    /// With an <paramref name="actor"/> the change is audited as <c>workbench account</c> (name, role, department and the
    /// unmask permission; never the hash); without one (a password rehashed at login) it is not a change of anyone's rights.
    /// </summary>
    public async Task SaveAccountAsync(BookAccount account, CancellationToken cancellationToken = default, string? actor = null)
    {
        ArgumentNullException.ThrowIfNull(account);
        ArgumentException.ThrowIfNullOrWhiteSpace(account.UserName);
        ArgumentException.ThrowIfNullOrWhiteSpace(account.PasswordHash);
        await EnsureUserAsync(account.UserName, account.Department, cancellationToken).ConfigureAwait(false);
        await using var command = Sql.Command(connection, null,
            "UPDATE users SET password_hash = @hash, role = @role, can_unmask = @unmask WHERE user_name = @user");
        Sql.Add(command, "@hash", account.PasswordHash);
        Sql.Add(command, "@role", account.Role);
        Sql.Add(command, "@unmask", account.CanUnmask ? 1 : 0);
        Sql.Add(command, "@user", account.UserName);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        if (actor is not null)
        {
            await AuditAsync("workbench account", actor, null,
                [new("user", account.UserName), new("role", account.Role), new("department", account.Department ?? ""), new("canUnmask", account.CanUnmask ? "yes" : "no")],
                ["serve", "account", account.UserName, "--role", account.Role], cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Records in a lead's history that <paramref name="actor"/> looked at it with personal data unmasked. The lead's
    /// version is left alone: looking is not a change, and must not make anyone's pending edit fail.
    /// </summary>
    public async Task RecordUnmaskedViewAsync(string leadId, string actor, CancellationToken cancellationToken = default)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await InsertEventAsync(transaction, leadId, Now(), actor, "unmasked-view", null, null, null, cancellationToken).ConfigureAwait(false);
        // As `explain --unmask` is: who saw whose personal data is for the audit log, not only the lead's history.
        await AuditAsync("leads show --unmask", actor, leadId, [new("lead", leadId)], ["leads", "show", leadId, "--unmask"], cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    private static BookAccount ReadAccount(System.Data.Common.DbDataReader r) =>
        new(r.GetString(0), Sql.NullableString(r, 1), Sql.NullableString(r, 2) ?? "", r.GetString(3), Sql.Int(r, 4) == 1);
}
