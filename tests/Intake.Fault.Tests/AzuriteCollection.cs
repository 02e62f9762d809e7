using Intake.Testing;

namespace Intake.Fault.Tests;

/// <summary>Fault tests share one Azurite and run one at a time: they kill and restart processes.</summary>
[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}
