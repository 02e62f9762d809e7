using Intake.Core.DataControllers;
using Intake.Core.Retention;

namespace Intake.Core.DataMaps;

/// <summary>
/// Everything one controller's register holds and how to act on it: the controller, purposes,
/// categories, sources, retention rules, Art 19 recipients and the Art 15 information.
/// </summary>
public sealed record DataMap(
    Controller Controller,
    IReadOnlyList<PurposeDefinition> Purposes,
    IReadOnlyList<CategoryDefinition> Categories,
    IReadOnlyList<SourceDefinition> Sources,
    IReadOnlyList<RetentionRule> RetentionRules,
    IReadOnlyList<RecipientDefinition> Recipients,
    AccessInformation Information)
{
    public SourceDefinition? FindSource(string sourceId) =>
        Sources.FirstOrDefault(s => string.Equals(s.Id, sourceId, StringComparison.Ordinal));

    public RetentionRule? FindRule(string ruleId) =>
        RetentionRules.FirstOrDefault(r => string.Equals(r.Id, ruleId, StringComparison.Ordinal));

    public CategoryDefinition? FindCategory(string categoryId) =>
        Categories.FirstOrDefault(c => string.Equals(c.Id, categoryId, StringComparison.Ordinal));

    public PurposeDefinition? FindPurpose(string purposeId) =>
        Purposes.FirstOrDefault(p => string.Equals(p.Id, purposeId, StringComparison.Ordinal));

    /// <summary>The retention rules a source names, in the order it names them.</summary>
    public IReadOnlyList<RetentionRule> RulesFor(SourceDefinition source) =>
        source.RetentionRules.Select(FindRule).OfType<RetentionRule>().ToList();

    /// <summary>Whether any source holds sensitive data, so identity needs a staff check before disclosure.</summary>
    public bool HoldsSensitiveData =>
        Sources.Any(s => s.Sensitive) || Categories.Any(c => c.Sensitive);
}
