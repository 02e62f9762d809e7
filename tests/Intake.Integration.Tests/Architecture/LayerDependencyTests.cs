using System.Reflection;
using System.Xml.Linq;
using Intake.Adapters.Storage;
using Intake.Core.Requests;
using Intake.Local.Hosting;
using Intake.Orchestration;
using Intake.Web.Hosting;

namespace Intake.Integration.Tests.Architecture;

/// <summary>
/// The layering docs/architecture.md draws, checked on the compiled assemblies (the compiler records
/// an assembly reference for every type a project uses) and on the project files: the domain knows
/// no web, cloud, engine or storage library; the web layer knows the domain's ports, never the
/// adapters behind them.
/// </summary>
public sealed class LayerDependencyTests
{
    private static readonly Assembly Core = typeof(RequestId).Assembly;
    private static readonly Assembly Orchestration = typeof(ProcessClientSettings).Assembly;
    private static readonly Assembly Web = typeof(PersonWebServiceCollectionExtensions).Assembly;
    private static readonly Assembly Adapters = typeof(StorageClients).Assembly;
    private static readonly Assembly Local = typeof(LocalApp).Assembly;

    /// <summary>Libraries that belong to the edges: ASP.NET, Azure and its SDK, the engine, the databases, the mail service.</summary>
    private static readonly string[] EdgeLibraries =
    [
        "Microsoft.AspNetCore", "Azure", "Microsoft.Azure", "DurableTask", "Microsoft.DurableTask",
        "Npgsql", "Microsoft.Data.Sqlite", "SQLitePCLRaw", "SendGrid", "MimeKit", "Polly",
    ];

    /// <summary>Libraries through which a project would reach storage itself.</summary>
    private static readonly string[] StorageLibraries =
    [
        "Azure", "Microsoft.Azure", "DurableTask", "Microsoft.DurableTask", "Npgsql", "Microsoft.Data.Sqlite", "SQLitePCLRaw",
    ];

    [Fact]
    public void The_domain_references_no_web_cloud_engine_or_storage_library()
    {
        Assert.Empty(Offending(Core, EdgeLibraries));
    }

    [Fact]
    public void The_domain_references_no_other_project()
    {
        Assert.DoesNotContain(Core.GetReferencedAssemblies(), reference => reference.Name!.StartsWith("Intake.", StringComparison.Ordinal));
    }

    [Fact]
    public void The_web_layer_reaches_storage_only_through_the_domains_ports()
    {
        Assert.Empty(Offending(Web, StorageLibraries));
        Assert.DoesNotContain(Web.GetReferencedAssemblies(), reference => reference.Name is "Intake.Adapters" or "Intake.Local" or "Intake.Orchestration");
    }

    [Fact]
    public void The_web_project_file_names_no_adapter_or_host()
    {
        Assert.Equal(["Intake.Core", "Intake.Settings", "Intake.Templates"], ProjectReferences("Intake.Web"));
    }

    [Fact]
    public void The_templates_know_the_domain_only()
    {
        // Mails and report.html are drawn from the domain's documents; a template that reached
        // storage or a host would render something other than what the domain decided.
        Assert.Equal(["Intake.Core"], ProjectReferences("Intake.Templates"));
    }

    [Fact]
    public void The_settings_project_knows_no_other_project()
    {
        Assert.Empty(ProjectReferences("Intake.Settings"));
    }

    [Fact]
    public void The_web_layer_gets_its_services_by_constructor_injection()
    {
        // Only the registration code (Hosting/ and the *ServiceCollectionExtensions) may ask the
        // container for a service; a handler that did would hide what it depends on from its constructor.
        var web = Path.Combine(RepositoryRoot(), "functions", "Intake.Web");
        var locating = Directory.EnumerateFiles(web, "*.cs", SearchOption.AllDirectories)
            .Where(file => !IsBuildOutput(web, file) && !Path.GetRelativePath(web, file).StartsWith("Hosting", StringComparison.Ordinal)
                && !file.EndsWith("ServiceCollectionExtensions.cs", StringComparison.Ordinal))
            .Where(file => File.ReadAllText(file) is var text && (text.Contains("RequestServices", StringComparison.Ordinal) || text.Contains("GetRequiredService", StringComparison.Ordinal) || text.Contains("GetService<", StringComparison.Ordinal)))
            .Select(file => Path.GetRelativePath(web, file))
            .ToList();

        Assert.Empty(locating);
    }

    [Fact]
    public void The_orchestrator_references_the_domain_and_the_engine_only()
    {
        Assert.Equal(["Intake.Core", "Intake.Settings"], ProjectReferences("Intake.Orchestration"));
        Assert.Empty(Offending(Orchestration, ["Microsoft.AspNetCore", "Azure.", "Npgsql", "Microsoft.Data.Sqlite", "SendGrid"]));
    }

    [Fact]
    public void The_adapters_know_no_host_and_no_web_page()
    {
        Assert.Equal(["Intake.Core", "Intake.Settings", "Intake.Templates"], ProjectReferences("Intake.Adapters"));
        Assert.DoesNotContain(Adapters.GetReferencedAssemblies(), reference => reference.Name is "Intake.Web" or "Intake.Local" or "Intake.Orchestration");
    }

    [Fact]
    public void Only_the_local_host_knows_the_emulator_and_the_outbox()
    {
        var localOnly = Local.GetTypes()
            .Where(type => type.Namespace is "Intake.Local.Azurite" or "Intake.Local.SampleData" or "Intake.Local.Outbox")
            .Select(type => type.Name)
            .ToHashSet();

        Assert.Contains("AzuriteProcess", localOnly);
        Assert.Contains("OutboxMailSender", localOnly);
        Assert.Empty(new[] { Core, Orchestration, Web, Adapters }
            .SelectMany(assembly => assembly.GetTypes())
            .Where(type => type.Name.Contains("Azurite", StringComparison.Ordinal) || type.Name.StartsWith("Outbox", StringComparison.Ordinal) || type.Name.StartsWith("Sample", StringComparison.Ordinal))
            .Select(type => type.FullName));
    }

    [Fact]
    public void The_check_sees_a_reference_when_there_is_one()
    {
        // The tests above pass on an empty answer; this one shows the answer is not always empty.
        Assert.NotEmpty(Offending(Adapters, StorageLibraries));
        Assert.NotEmpty(Offending(Web, ["Microsoft.AspNetCore"]));
    }

    private static string[] Offending(Assembly assembly, IEnumerable<string> prefixes) =>
        assembly.GetReferencedAssemblies()
            .Select(reference => reference.Name!)
            .Where(name => prefixes.Any(prefix => name == prefix.TrimEnd('.') || name.StartsWith(prefix.EndsWith('.') ? prefix : prefix + ".", StringComparison.Ordinal)))
            .Order(StringComparer.Ordinal)
            .ToArray();

    private static string[] ProjectReferences(string project)
    {
        var file = Path.Combine(RepositoryRoot(), "functions", project, project + ".csproj");
        return XDocument.Load(file).Descendants("ProjectReference")
            .Select(reference => Path.GetFileNameWithoutExtension(reference.Attribute("Include")!.Value.Replace('\\', '/')))
            .Order(StringComparer.Ordinal)
            .ToArray();
    }

    private static bool IsBuildOutput(string project, string file) =>
        Path.GetRelativePath(project, file).Split(Path.DirectorySeparatorChar)[0] is "bin" or "obj";

    /// <summary>The clone's root: the first folder above the test's output that holds Intake.sln (the output has a copy of config/, not of the projects).</summary>
    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Intake.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("No folder above the test's output holds Intake.sln.");
    }
}
