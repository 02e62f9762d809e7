using System.Text.Json.Nodes;
using Intake.Infra.Tests.Arm;

namespace Intake.Infra.Tests.Templates;

[Collection(MainTemplateCollection.Name)]
public sealed class ExportLifecycleTests(MainTemplateFixture template)
{
    private const string PolicyType = "Microsoft.Storage/storageAccounts/managementPolicies";

    /// <summary>How storage.bicep's rule writes the exports prefix ('exports/').</summary>
    private const string ExportsPrefix = "[format('{0}/', variables('exportsContainerName'))]";

    private ArmTemplate Storage => IntakeResources.Storage(template.Main).Template;

    /// <summary>The one lifecycle rule that matches blobs in the exports container.</summary>
    private static JsonObject ExportRule(ArmTemplate storage)
    {
        var policy = storage.Single(PolicyType);
        var rules = (policy.At("properties", "policy", "rules") as JsonArray ?? []).Select(rule => rule!.AsObject());
        return Assert.Single(rules, rule => Prefixes(rule).Contains(ExportsPrefix));
    }

    private static IReadOnlyList<string> Prefixes(JsonObject rule) =>
        ArmJson.Texts(ArmJson.At(rule, "definition", "filters", "prefixMatch"));

    /// <summary>Shared with the regression test that proves this check fails on a weaker template.</summary>
    internal static void AssertDeletedOneDayAfterLinksExpire(ArmTemplate main)
    {
        var storage = IntakeResources.Storage(main);
        var rule = ExportRule(storage.Template);

        Assert.Equal(true, ArmJson.Literal(rule["enabled"]));
        ArmAssert.Expression(
            "[add(parameters('downloadLinkDays'), variables('exportGraceDays'))]",
            ArmJson.At(rule, "definition", "actions", "baseBlob", "delete", "daysAfterCreationGreaterThan"));
        Assert.Equal(1L, ArmJson.Literal(storage.Template.Variable("exportGraceDays")));
        ArmAssert.Expression("[parameters('downloadLinkDays')]", storage.Passes("downloadLinkDays"));
    }

    [Fact]
    public void Exports_are_deleted_one_day_after_the_default_seven_day_link_lifetime()
    {
        AssertDeletedOneDayAfterLinksExpire(template.Main);
        Assert.Equal(7L, template.Main.DefaultOf("downloadLinkDays"));
    }

    [Fact]
    public void Rule_deletes_only_exports_never_evidence()
    {
        var rule = ExportRule(Storage);

        Assert.Equal([ExportsPrefix], Prefixes(rule));
        Assert.Equal("exports", ArmJson.Literal(Storage.Variable("exportsContainerName")));
        Assert.Equal(["blockBlob"], ArmJson.Texts(ArmJson.At(rule, "definition", "filters", "blobTypes")));
    }

    [Fact]
    public void Policy_belongs_to_the_intake_storage_account()
    {
        Assert.Equal("[format('{0}/{1}', parameters('accountName'), 'default')]", Storage.Single(PolicyType).Name);
        Assert.Equal("[parameters('accountName')]", Storage.Single("Microsoft.Storage/storageAccounts").Name);
    }

    [Fact]
    public void Deletion_follows_any_link_lifetime_with_one_day_of_grace()
    {
        // One parameter feeds both the rule (link days + grace) and the app's link lifetime, so
        // whatever value a deployment chooses, exports outlive their links by the grace day.
        AssertDeletedOneDayAfterLinksExpire(template.Main);
        ArmAssert.Expression("[parameters('downloadLinkDays')]", IntakeResources.FunctionAppModule(template.Main).Passes("downloadLinkDays"));
        ArmAssert.Expression("[string(parameters('downloadLinkDays'))]", IntakeResources.AppSettings(template.Main)["Downloads__LinkDays"]);
    }
}
