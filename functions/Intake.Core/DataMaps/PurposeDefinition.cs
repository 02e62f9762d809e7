namespace Intake.Core.DataMaps;

/// <summary>A purpose of processing and its legal basis (Art 6), told to the person under Art 15(1)(a).</summary>
public sealed record PurposeDefinition(string Id, LocalizedText Name, LocalizedText LegalBasis);
