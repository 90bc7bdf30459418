namespace SupervisionModels.LeadBook;

/// <summary>A lead book operation refused because of its input or the book's state (exit code 1); the message says why.</summary>
public class LeadBookException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>A transition the workflow does not allow; names the lead, its state and the allowed transitions.</summary>
public sealed class LeadTransitionException(string message) : LeadBookException(message);

/// <summary>Someone else changed the lead since it was read: says who and when, and to reload.</summary>
public sealed class LeadConcurrencyException(string message) : LeadBookException(message);
