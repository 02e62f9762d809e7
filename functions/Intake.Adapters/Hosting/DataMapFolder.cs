namespace Intake.Adapters.Hosting;

/// <summary>
/// Finds the sample data maps when <c>Intake:DataMaps:Folder</c> is not set: <c>config/controllers</c>
/// under the working folder or one of its parents (running from a clone), else beside the program.
/// </summary>
public static class DataMapFolder
{
    public const string Relative = "config/controllers";

    public static string Locate()
    {
        for (var folder = new DirectoryInfo(Directory.GetCurrentDirectory()); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, Relative);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return Path.Combine(AppContext.BaseDirectory, Relative);
    }
}
