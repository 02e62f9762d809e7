// Log Analytics workspace and the workspace-based Application Insights component the
// Function App reports to. Local (instrumentation-key) ingestion is switched off, so only
// callers holding an Entra token with Monitoring Metrics Publisher can write telemetry.

@description('Azure region of the monitoring resources.')
param location string

@description('Name of the Log Analytics workspace.')
param workspaceName string

@description('Name of the Application Insights component.')
param applicationInsightsName string

@description('Days the workspace keeps logs. The app logs request ids, never names or addresses.')
@minValue(30)
@maxValue(730)
param retentionInDays int = 30

@description('Tags applied to every resource.')
param tags object = {}

resource workspace 'Microsoft.OperationalInsights/workspaces@2026-03-01' = {
  name: workspaceName
  location: location
  tags: tags
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: retentionInDays
  }
}

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: applicationInsightsName
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspace.id
    // Telemetry is accepted only with an Entra token (the app's managed identity), so a
    // leaked connection string cannot be used to inject or read telemetry.
    DisableLocalAuth: true
  }
}

output connectionString string = applicationInsights.properties.ConnectionString
