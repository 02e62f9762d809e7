using Intake.Adapters.Sources;
using Intake.Core.DataControllers;
using Microsoft.Extensions.Configuration;

namespace Intake.Integration.Tests.Sources;

public sealed class DataMapCatalogTests
{
    [Fact]
    public void Sample_folder_loads_both_controllers()
    {
        var catalog = DataMapCatalog.LoadFolder(Path.Combine(SampleWorld.RepositoryRoot(), "config", "controllers"));

        Assert.Equal(["clerica", "clewer"], catalog.Maps.Select(m => m.Controller.Id.Value).Order());
        Assert.Equal(7, catalog.Get(new ControllerId("clewer")).Sources.Count);
    }

    [Fact]
    public void Broken_map_stops_start_up_naming_file_line_and_field()
    {
        var folder = Directory.CreateTempSubdirectory("intake-maps-");
        try
        {
            var text = File.ReadAllText(Path.Combine(SampleWorld.RepositoryRoot(), "config", "controllers", "clewer.json"))
                .Replace("\"lookup\": { \"email\": \"owner_email\"", "\"lookup\": { \"email\": \"e mail\"", StringComparison.Ordinal);
            File.WriteAllText(Path.Combine(folder.FullName, "clewer.json"), text);
            var line = Array.FindIndex(text.Split('\n'), l => l.Contains("\"e mail\"", StringComparison.Ordinal)) + 1;

            var failure = Assert.Throws<DataMapException>(() => DataMapCatalog.LoadFolder(folder.FullName));

            var error = Assert.Single(failure.Errors);
            Assert.Equal($"{Path.GetFileName(Path.GetDirectoryName(folder.FullName))}/{folder.Name}/clewer.json:{line} sources[4].lookup.email: column name \"e mail\" is not a plain identifier (letters, digits, underscore; not starting with a digit)", error.ToString());
            Assert.Contains(error.ToString(), failure.Message, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Missing_secrets_are_listed_by_configuration_key()
    {
        var catalog = DataMapCatalog.LoadFolder(Path.Combine(SampleWorld.RepositoryRoot(), "config", "controllers"));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new("ConnectionStrings:clerica-crm", "Data Source=x.db")]).Build();

        var missing = catalog.MissingSecrets(new SourceSecrets(configuration));

        Assert.Contains("ConnectionStrings:clewer-shop", missing);
        Assert.DoesNotContain("ConnectionStrings:clerica-crm", missing);
    }
}
