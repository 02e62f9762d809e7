namespace Intake.Core.Requests;

/// <summary>The legal facts attached to each request type.</summary>
public static class RequestTypeFacts
{
    /// <summary>Whether Art 12(3) one-month clock applies. A contact message is not a data subject request.</summary>
    public static bool HasStatutoryClock(this RequestType type) => type != RequestType.Contact;

    /// <summary>The article that grants the right, as it is cited in letters.</summary>
    public static string Article(this RequestType type) => type switch
    {
        RequestType.Access => "Art 15",
        RequestType.Portability => "Art 20",
        RequestType.Rectification => "Art 16",
        RequestType.Erasure => "Art 17",
        RequestType.Restriction => "Art 18",
        RequestType.ObjectionToDirectMarketing => "Art 21(2)",
        RequestType.ObjectionOnParticularGrounds => "Art 21(1)",
        RequestType.ConsentWithdrawal => "Art 7(3)",
        RequestType.Contact => "-",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    /// <summary>Types whose answer is a data export the person downloads.</summary>
    public static bool ProducesExport(this RequestType type) =>
        type is RequestType.Access or RequestType.Portability;

    /// <summary>
    /// Types whose answer discloses the person's data or destroys or changes it. Asked for by an
    /// agent, these are told to the data subject first: a forged mandate must not be enough to
    /// take or wipe someone's data unseen.
    /// </summary>
    public static bool DisclosesOrChangesData(this RequestType type) =>
        type is RequestType.Access or RequestType.Portability or RequestType.Erasure or RequestType.Rectification;

    /// <summary>Types after which recipients must be told (Art 19).</summary>
    public static bool NotifiesRecipients(this RequestType type) =>
        type is RequestType.Rectification or RequestType.Erasure or RequestType.Restriction;

    /// <summary>The stable wire name used in URLs, JSON and storage.</summary>
    public static string WireName(this RequestType type) => type switch
    {
        RequestType.Access => "access",
        RequestType.Portability => "portability",
        RequestType.Rectification => "rectification",
        RequestType.Erasure => "erasure",
        RequestType.Restriction => "restriction",
        RequestType.ObjectionToDirectMarketing => "objection-direct-marketing",
        RequestType.ObjectionOnParticularGrounds => "objection-particular-grounds",
        RequestType.ConsentWithdrawal => "consent-withdrawal",
        RequestType.Contact => "contact",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    /// <summary>Parses a wire name; unknown names give <c>false</c>, never an exception.</summary>
    public static bool TryParseWireName(string? value, out RequestType type)
    {
        foreach (var candidate in Enum.GetValues<RequestType>())
        {
            if (string.Equals(candidate.WireName(), value?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                type = candidate;
                return true;
            }
        }

        type = default;
        return false;
    }
}
