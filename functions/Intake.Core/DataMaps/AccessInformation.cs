namespace Intake.Core.DataMaps;

/// <summary>
/// The Art 15(1) and 15(2) information that is not derived from the sources themselves. Purposes
/// (a) and categories (b) come from <see cref="DataMap.Purposes"/> and <see cref="DataMap.Categories"/>,
/// the authority for (f) from the controller; the rest is stated here.
/// </summary>
/// <param name="Recipients">(c) recipients or categories of recipients, beyond those listed for Art 19.</param>
/// <param name="Retention">(d) how long data is kept, or the criteria.</param>
/// <param name="Rights">(e) rectification, erasure, restriction and objection.</param>
/// <param name="Complaint">(f) the right to lodge a complaint with a supervisory authority.</param>
/// <param name="SourceOfData">(g) where data not collected from the person came from.</param>
/// <param name="AutomatedDecisions">(h) automated decision-making and profiling, its logic and consequences.</param>
/// <param name="Transfers">15(2): transfers outside the EU/EEA and the safeguards (Art 46).</param>
public sealed record AccessInformation(
    LocalizedText Recipients,
    LocalizedText Retention,
    LocalizedText Rights,
    LocalizedText Complaint,
    LocalizedText SourceOfData,
    LocalizedText AutomatedDecisions,
    LocalizedText Transfers);
