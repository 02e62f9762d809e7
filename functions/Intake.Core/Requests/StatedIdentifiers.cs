namespace Intake.Core.Requests;

/// <summary>The identifiers a person stated besides the address, in a fixed order.</summary>
public static class StatedIdentifiers
{
    public static IReadOnlyList<(IdentifierKind Kind, string Value)> Of(DataSubject subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var stated = new List<(IdentifierKind, string)>();
        if (!string.IsNullOrWhiteSpace(subject.CustomerNumber))
        {
            stated.Add((IdentifierKind.CustomerNumber, subject.CustomerNumber.Trim()));
        }

        if (!string.IsNullOrWhiteSpace(subject.Phone))
        {
            stated.Add((IdentifierKind.Phone, subject.Phone.Trim()));
        }

        return stated;
    }

    /// <summary>The stable wire name, as forms and JSON carry it.</summary>
    public static string WireName(this IdentifierKind kind) => kind switch
    {
        IdentifierKind.CustomerNumber => "customer-number",
        IdentifierKind.Phone => "phone",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static bool TryParseWireName(string? value, out IdentifierKind kind)
    {
        foreach (var candidate in Enum.GetValues<IdentifierKind>())
        {
            if (string.Equals(candidate.WireName(), value?.Trim(), StringComparison.Ordinal))
            {
                kind = candidate;
                return true;
            }
        }

        kind = default;
        return false;
    }
}
