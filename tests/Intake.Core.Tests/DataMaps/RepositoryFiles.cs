namespace Intake.Core.Tests.DataMaps;

/// <summary>Finds files of the repository from the test's output folder.</summary>
internal static class RepositoryFiles
{
    public static string ControllersFolder => Path.Combine(Root, "config", "controllers");

    public static string Root
    {
        get
        {
            for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            {
                if (Directory.Exists(Path.Combine(folder.FullName, "config", "controllers")))
                {
                    return folder.FullName;
                }
            }

            throw new DirectoryNotFoundException("config/controllers was not found above the test folder.");
        }
    }

    public static string SampleMap(string controller) => File.ReadAllText(Path.Combine(ControllersFolder, controller + ".json"));
}
