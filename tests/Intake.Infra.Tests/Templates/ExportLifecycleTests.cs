using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Intake.Infra.Tests.Arm;

namespace Intake.Infra.Tests.Templates;

[Collection(MainTemplateCollection.Name)]
public sealed class ExportLifecycleTests(MainTemplateFixture template)
{
    private const string PolicyType = "Microsoft.Storage/storageAccounts/managementPolicies";

    /// <summary>The one lifecycle rule that matches blobs in the exports container.</summary>
    private static IReadOnlyDictionary<string, object?> ExportRule(EvaluatedTemplate deployed)
    {
        var policy = deployed.Single(PolicyType);
        var rules = ArmValue.AsList(policy.Property("properties", "policy", "rules")).Select(ArmValue.AsObject);
        return Assert.Single(rules, rule => Prefixes(rule).Contains("exports/"));
    }

    /// <summary>Shared with the regression test that proves this check fails on a weaker template.</summary>
    internal static void AssertDeletedOneDayAfterLinksExpire(EvaluatedTemplate deployed, long linkDays)
    {
        var rule = ExportRule(deployed);
        Assert.Equal(true, ArmValue.Member(rule, "enabled"));
        Assert.Equal(linkDays + 1, DeleteAfterDays(rule));
    }

    private static long DeleteAfterDays(IReadOnlyDictionary<string, object?> rule) =>
        ArmValue.AsLong(ArmValue.At(rule, "definition", "actions", "baseBlob", "delete", "daysAfterCreationGreaterThan"));

    private static IReadOnlyList<string> Prefixes(IReadOnlyDictionary<string, object?> rule) =>
        ArmValue.AsList(ArmValue.At(rule, "definition", "filters", "prefixMatch")).Select(ArmValue.AsString).ToList();

    [Fact]
    public void Exports_are_deleted_one_day_after_the_default_seven_day_link_lifetime()
    {
        AssertDeletedOneDayAfterLinksExpire(template.Deployed, linkDays: 7);
    }

    [Fact]
    public void Rule_deletes_only_exports_never_evidence()
    {
        var rule = ExportRule(template.Deployed);

        Assert.Equal(["exports/"], Prefixes(rule));
        Assert.Equal(["blockBlob"], ArmValue.AsList(ArmValue.At(rule, "definition", "filters", "blobTypes")));
    }

    [Fact]
    public void Policy_belongs_to_the_intake_storage_account()
    {
        var policy = template.Deployed.Single(PolicyType);
        var account = template.Deployed.Single("Microsoft.Storage/storageAccounts");

        Assert.Equal($"{account.Name}/default", policy.Name);
    }

    [Property(MaxTest = 30)]
    public Property Deletion_follows_any_link_lifetime_with_one_day_of_grace(PositiveInt days)
    {
        var linkDays = (long)(days.Get % 90) + 1;
        var deployed = template.Compiled.Evaluate(("downloadLinkDays", linkDays));

        var deleteAfter = DeleteAfterDays(ExportRule(deployed));
        var setting = deployed.Single("Microsoft.Web/sites/config").Property("properties", "Downloads__LinkDays");

        return (deleteAfter == linkDays + 1 && Equals(setting, linkDays.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .Label($"link days {linkDays}: rule deletes after {deleteAfter}, app setting {setting}");
    }
}
