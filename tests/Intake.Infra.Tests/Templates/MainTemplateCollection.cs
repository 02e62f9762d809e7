namespace Intake.Infra.Tests.Templates;

/// <summary>Test classes marked <c>[Collection(MainTemplateCollection.Name)]</c> share one compilation.</summary>
[CollectionDefinition(Name)]
public sealed class MainTemplateCollection : ICollectionFixture<MainTemplateFixture>
{
    public const string Name = "Main template";
}
