namespace Intake.Core.Notifications;

/// <summary>
/// The rule for the <c>To</c> of a rendered mail: exactly one plain address, <c>local@domain</c>.
/// Display names, lists and folded lines are refused, because an address typed into a form must
/// never be able to add a second recipient or a header line at the mail provider.
/// </summary>
public static class RecipientAddress
{
    /// <summary>Longest address accepted (RFC 5321: 64 + 1 + 255, practically capped at 254).</summary>
    public const int MaxLength = 254;

    /// <summary>Returns the trimmed address, or throws <see cref="ArgumentException"/> naming the broken rule.</summary>
    public static string Require(string? address, string parameterName = "to")
    {
        var problem = Problem(address);
        if (problem is not null)
        {
            throw new ArgumentException($"The recipient must be one plain email address: {problem}.", parameterName);
        }

        return address!.Trim();
    }

    /// <summary>Whether <paramref name="address"/> is one plain address.</summary>
    public static bool IsPlain(string? address) => Problem(address) is null;

    private static string? Problem(string? address)
    {
        if (string.IsNullOrWhiteSpace(address))
        {
            return "it is empty";
        }

        var trimmed = address.Trim();
        if (trimmed.Length > MaxLength)
        {
            return "it is too long";
        }

        foreach (var c in trimmed)
        {
            if (char.IsControl(c) || char.IsWhiteSpace(c))
            {
                return "it contains a line break, control character or space";
            }

            if (c is ',' or ';' or '<' or '>' or '"' or '(' or ')' or '[' or ']' or '\\' or ':')
            {
                return "it contains a list separator, angle bracket or quoting character";
            }
        }

        var at = trimmed.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at != trimmed.LastIndexOf('@') || at == trimmed.Length - 1)
        {
            return "it needs exactly one '@' with text on both sides";
        }

        var domain = trimmed[(at + 1)..];
        if (!domain.Contains('.', StringComparison.Ordinal) || domain.StartsWith('.') || domain.EndsWith('.') || domain.Contains("..", StringComparison.Ordinal))
        {
            return "its domain is not a host name";
        }

        return null;
    }
}
