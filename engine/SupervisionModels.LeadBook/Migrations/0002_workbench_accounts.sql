-- The workbench's local accounts (supervise serve): a password hash (ASP.NET Core's PasswordHasher format) and a role
-- beside each user, and whether the user may see personal data unmasked. Users without a hash (the CLI's --user
-- names) cannot log in to the workbench; their leads and history stay as they are.
ALTER TABLE users ADD COLUMN password_hash TEXT;
ALTER TABLE users ADD COLUMN role TEXT;
ALTER TABLE users ADD COLUMN can_unmask INTEGER NOT NULL DEFAULT 0;

-- The workbench's lead list sorts by score (all leads, or one model's) and by due date within a status.
CREATE INDEX ix_leads_score ON leads (score DESC, model_id, lead_id);
CREATE INDEX ix_leads_model_score ON leads (model_id, score DESC, lead_id);
CREATE INDEX ix_leads_status_due ON leads (status, due_date, score DESC, lead_id);
