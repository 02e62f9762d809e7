using Intake.Testing;

namespace Intake.Integration.Tests;

/// <summary>Test classes marked <c>[Collection(AzuriteCollection.Name)]</c> share one Azurite.</summary>
[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}
