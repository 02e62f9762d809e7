using Intake.Testing;

namespace Intake.EndToEnd.Tests;

/// <summary>Browser tests share one Azurite and one Chromium; each test starts its own host on them.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<AzuriteFixture>, ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
