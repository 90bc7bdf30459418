-- The workbench's local accounts (supervise serve): a password hash (ASP.NET Core's PasswordHasher format) and a role
-- beside each user, and whether the user may see personal data unmasked. Users without a hash (the CLI's --user
-- names) cannot log in to the workbench; their leads and history stay as they are.
ALTER TABLE users ADD COLUMN password_hash TEXT;
ALTER TABLE users ADD COLUMN role TEXT;
ALTER TABLE users ADD COLUMN can_unmask INTEGER NOT NULL DEFAULT 0;
