using Intake.Core.Requests;
using Intake.Core.Sources;

namespace Intake.Core.Retention;

/// <summary>Collects the decisions for a source's kept rows into the <see cref="KeptData"/> lines of a receipt.</summary>
public sealed class KeptDataSummary
{
    private readonly Dictionary<string, (RetentionRule Rule, int Rows, DateOnly? Until, bool Open)> byRule = new(StringComparer.Ordinal);

    public int Rows { get; private set; }

    public void Add(RetentionDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        Rows++;
        if (byRule.TryGetValue(decision.Rule.Id, out var line))
        {
            var open = line.Open || decision.KeptUntil is null;
            var until = open ? null : Max(line.Until, decision.KeptUntil);
            byRule[decision.Rule.Id] = (line.Rule, line.Rows + 1, until, open);
        }
        else
        {
            byRule[decision.Rule.Id] = (decision.Rule, 1, decision.KeptUntil, decision.KeptUntil is null);
        }
    }

    /// <summary>One line per rule, in the person's language, kept until the latest date among its rows.</summary>
    public IReadOnlyList<KeptData> ToKeptData(Language language) =>
        byRule.Values
            .Select(line => new KeptData(line.Rule.Name.For(language), line.Rows, line.Rule.Ground.For(language), line.Until))
            .ToList();

    private static DateOnly? Max(DateOnly? a, DateOnly? b) => a > b ? a : b ?? a;
}
