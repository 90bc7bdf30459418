using SupervisionModels.Hosting.Settings;
using SupervisionModels.LeadBook;
using Book = SupervisionModels.LeadBook.LeadBook;

namespace SupervisionModels.Web;

/// <summary>
/// Opens the lead book for one request. A <see cref="Book"/> holds one connection and is not for two threads at once,
/// so each request opens its own; the book's version checks keep concurrent requests (and the CLI) consistent. Every
/// book is opened with the same options as the CLI's <c>leads</c> verbs: the data folder's due days per model, and the
/// audit log the CLI writes, so a change made in the browser is audited exactly as one made in a terminal.
/// </summary>
public sealed class BookAccess(LeadBookLocation location, LeadBookOptions options)
{
    /// <summary>A book with the options of <paramref name="dataDirectory"/>: its settings file's <c>leadBook</c> due days, and the audit log beside the book.</summary>
    public static BookAccess For(LeadBookLocation location, string dataDirectory)
    {
        ArgumentNullException.ThrowIfNull(location);
        var settings = RunSettings.PathFor(null, dataDirectory) is { } file ? LeadBookSettings.Read(file) : LeadBookSettings.None;
        var audit = new AuditLogSink(AuditLogSink.DefaultPathFor(location, dataDirectory));
        return new BookAccess(location, settings.ApplyTo(new LeadBookOptions { Audit = audit }));
    }

    public LeadBookLocation Location { get; } = location;

    /// <summary>The options every book is opened with.</summary>
    public LeadBookOptions Options { get; } = options;

    public Task<Book> OpenAsync(CancellationToken cancellationToken) => Book.OpenAsync(Location, Options, cancellationToken);
}
