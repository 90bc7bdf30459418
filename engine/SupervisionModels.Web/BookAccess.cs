using SupervisionModels.LeadBook;
using Book = SupervisionModels.LeadBook.LeadBook;

namespace SupervisionModels.Web;

/// <summary>
/// Opens the lead book for one request. A <see cref="Book"/> holds one connection and is not for two threads at once,
/// so each request opens its own; the book's version checks keep concurrent requests (and the CLI) consistent.
/// </summary>
public sealed class BookAccess(LeadBookLocation location)
{
    public LeadBookLocation Location { get; } = location;

    public Task<Book> OpenAsync(CancellationToken cancellationToken) => Book.OpenAsync(Location, null, cancellationToken);
}
