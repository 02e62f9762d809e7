namespace Intake.Core.Requests;

/// <summary>
/// An identifier a person may state besides their email address. Only the address is proved by
/// the verification round trip; these are the person's word until staff confirm them.
/// </summary>
public enum IdentifierKind
{
    CustomerNumber,
    Phone,
}
