// Role assignments of the app's user-assigned identity, each at the narrowest scope that
// works: the storage account, the vault, the Application Insights component. No role is
// granted on the resource group or subscription.

@description('Resource id of the user-assigned identity (keeps assignment names stable).')
param identityId string

@description('Principal (object) id of the user-assigned identity.')
param principalId string

@description('Name of the storage account the app and the Functions host use.')
param storageAccountName string

@description('Name of the Key Vault holding the app secrets.')
param vaultName string

@description('Name of the Application Insights component the app reports to.')
param applicationInsightsName string

// Built-in role definition ids (the same in every tenant).
var roles = {
  // Storage Blob Data Owner: the Functions host needs it for identity-based
  // AzureWebJobsStorage; it also covers the Flex Consumption deployment container, the
  // Durable Functions task hub blobs, Intake's exports/evidence containers, and includes
  // blobServices/generateUserDelegationKey/action for user-delegation SAS.
  storageBlobDataOwner: 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
  // Storage Queue Data Contributor: Durable Functions control/work-item queues and the
  // Intake 'work' queue.
  storageQueueDataContributor: '974c5e8b-45b9-4653-ba55-5f855dd0fb88'
  // Storage Table Data Contributor: Durable Functions history/instances tables and the
  // Intake tables (requests, wake, tokens, outbox).
  storageTableDataContributor: '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
  // Key Vault Secrets User: read secret values, which Key Vault references need.
  keyVaultSecretsUser: '4633458b-17de-408a-b874-0445c86b69e6'
  // Monitoring Metrics Publisher: send telemetry to a component with local auth disabled.
  monitoringMetricsPublisher: '3913510d-42f4-4e42-8a64-420c390055eb'
}

var storageRoles = [
  roles.storageBlobDataOwner
  roles.storageQueueDataContributor
  roles.storageTableDataContributor
]

resource storageAccount 'Microsoft.Storage/storageAccounts@2026-06-01' existing = {
  name: storageAccountName
}

resource vault 'Microsoft.KeyVault/vaults@2026-05-15' existing = {
  name: vaultName
}

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: applicationInsightsName
}

resource storageAssignments 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for roleId in storageRoles: {
    name: guid(storageAccount.id, identityId, roleId)
    scope: storageAccount
    properties: {
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roleId)
      principalId: principalId
      // Declaring the type lets ARM assign the role before the new identity has
      // replicated through Entra ID.
      principalType: 'ServicePrincipal'
    }
  }
]

resource vaultAssignment 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, identityId, roles.keyVaultSecretsUser)
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.keyVaultSecretsUser)
    principalId: principalId
    principalType: 'ServicePrincipal'
  }
}

resource telemetryAssignment 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(applicationInsights.id, identityId, roles.monitoringMetricsPublisher)
  scope: applicationInsights
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.monitoringMetricsPublisher)
    principalId: principalId
    principalType: 'ServicePrincipal'
  }
}
