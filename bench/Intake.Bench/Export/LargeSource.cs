using Intake.Adapters.Hosting;
using Intake.Adapters.Sources;
using Intake.Core.DataControllers;
using Intake.Core.DataMaps;

namespace Intake.Bench.Export;

/// <summary>
/// Clewer's data map with one source: the large activity log that
/// <see cref="Intake.Local.SampleData.SampleDataGenerator.CreateLargeSqliteAsync"/> writes, shaped
/// like the shop's customer table (the map's real texts, purposes and categories, so the report
/// is the real report). The benchmark parent and its export child build the same catalog.
/// </summary>
public static class LargeSource
{
    public const string ConnectionName = "bench-activity";

    public static ControllerId Controller { get; } = new("clewer");

    public static DataMapCatalog Catalog()
    {
        var clewer = DataMapCatalog.LoadFolder(DataMapFolder.Locate()).Get(Controller);
        var template = clewer.FindSource("webshop-customers")
            ?? throw new InvalidOperationException("The sample map of clewer has no source webshop-customers to model the large source on.");
        var source = template with
        {
            Id = "activity-log",
            Connection = ConnectionName,
            Table = "activity_log",
            Lookup = new PersonLookup("email", null, null),
            OthersDataColumns = [],
            ProvidedColumns = ["event", "detail"],
            RetentionRules = [],
            Timeout = TimeSpan.FromMinutes(30),
        };
        return DataMapCatalog.From([clewer with { Sources = [source] }]);
    }

    public static SourceDefinition Source(DataMapCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return catalog.Get(Controller).Sources[0];
    }
}
