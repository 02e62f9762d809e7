namespace Intake.Core.DataMaps;

/// <summary>
/// A category of personal data (Art 15(1)(b)). A sensitive category (identity code, salary,
/// enforcement data) means staff check the person's identity before anything is disclosed.
/// </summary>
public sealed record CategoryDefinition(string Id, LocalizedText Name, bool Sensitive);
