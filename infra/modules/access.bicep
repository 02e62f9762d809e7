// Role assignments of the app's user-assigned identity, each at the narrowest scope that
// works: storage roles on the containers the app uses, where the engine allows; the vault; the
// Application Insights component. No role is granted on the resource group or subscription.

@description('Resource id of the user-assigned identity (keeps assignment names stable).')
param identityId string

@description('Principal (object) id of the user-assigned identity.')
param principalId string

@description('Name of the storage account the app and the Functions host use.')
param storageAccountName string

@description('Blob container the platform deploys the app package from.')
param deploymentContainerName string

@description('Name of the Key Vault holding the app secrets.')
param vaultName string

@description('Name of the Application Insights component the app reports to.')
param applicationInsightsName string

// Built-in role definition ids (the same in every tenant).
var roles = {
  // Storage Blob Data Contributor: read, write and delete blobs; create containers; and
  // blobServices/generateUserDelegationKey/action, which download links' SAS need.
  storageBlobDataContributor: 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'
  // Storage Queue Data Contributor: Durable Functions control/work-item queues, which the engine
  // creates itself, and the Intake 'work' queue.
  storageQueueDataContributor: '974c5e8b-45b9-4653-ba55-5f855dd0fb88'
  // Storage Table Data Contributor: Durable Functions history/instances/partitions tables, which
  // the engine creates itself, and the Intake tables.
  storageTableDataContributor: '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
  // Key Vault Secrets User: read secret values, which Key Vault references need.
  keyVaultSecretsUser: '4633458b-17de-408a-b874-0445c86b69e6'
  // Monitoring Metrics Publisher: send telemetry to a component with local auth disabled.
  monitoringMetricsPublisher: '3913510d-42f4-4e42-8a64-420c390055eb'
}

// The containers whose blobs the app itself reads and writes: Intake's exports and evidence, and
// the package Flex Consumption runs. Each gets Storage Blob Data Contributor on that container only.
var appContainerNames = [
  'exports'
  'evidence'
  deploymentContainerName
]

// The Functions host and the Durable Task engine create and name their own containers
// (azure-webjobs-hosts and azure-webjobs-secrets; intakehub-leases, -applease, -largemessages from
// the task hub IntakeHub in host.json), so their blob role has to be on the account. This
// condition confines its blob reads, writes and deletes to containers with those prefixes: through
// it the identity cannot touch exports or evidence. Creating containers and obtaining
// user-delegation keys are not blob data actions, so they stay allowed account-wide, which is what
// the host and the download links need. Written out (not built) so the tests read what Azure reads.
var engineBlobCondition = '''(
  (
    !(ActionMatches{'Microsoft.Storage/storageAccounts/blobServices/containers/blobs/read'})
    AND !(ActionMatches{'Microsoft.Storage/storageAccounts/blobServices/containers/blobs/write'})
    AND !(ActionMatches{'Microsoft.Storage/storageAccounts/blobServices/containers/blobs/delete'})
    AND !(ActionMatches{'Microsoft.Storage/storageAccounts/blobServices/containers/blobs/add/action'})
    AND !(ActionMatches{'Microsoft.Storage/storageAccounts/blobServices/containers/blobs/move/action'})
  )
  OR
  (
    @Resource[Microsoft.Storage/storageAccounts/blobServices/containers:name] StringStartsWith 'azure-webjobs-'
    OR @Resource[Microsoft.Storage/storageAccounts/blobServices/containers:name] StringStartsWith 'intakehub-'
  )
)'''

// Queues and tables stay on the account: the engine creates its own (named from the task hub,
// with as many control queues as partitions), and a queue- or table-scoped grant for Intake's
// own beside an account-wide one would add nothing.
var accountRoles = [
  roles.storageQueueDataContributor
  roles.storageTableDataContributor
]

resource storageAccount 'Microsoft.Storage/storageAccounts@2026-06-01' existing = {
  name: storageAccountName

  resource blobService 'blobServices' existing = {
    name: 'default'

    resource containers 'containers' existing = [
      for name in appContainerNames: {
        name: name
      }
    ]
  }
}

resource vault 'Microsoft.KeyVault/vaults@2026-05-15' existing = {
  name: vaultName
}

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: applicationInsightsName
}

resource containerAssignments 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for (name, i) in appContainerNames: {
    name: guid(storageAccount::blobService::containers[i].id, identityId, roles.storageBlobDataContributor)
    scope: storageAccount::blobService::containers[i]
    properties: {
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.storageBlobDataContributor)
      principalId: principalId
      // Declaring the type lets ARM assign the role before the new identity has
      // replicated through Entra ID.
      principalType: 'ServicePrincipal'
    }
  }
]

resource engineBlobAssignment 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storageAccount.id, identityId, roles.storageBlobDataContributor)
  scope: storageAccount
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.storageBlobDataContributor)
    principalId: principalId
    principalType: 'ServicePrincipal'
    condition: engineBlobCondition
    conditionVersion: '2.0'
  }
}

resource accountAssignments 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for roleId in accountRoles: {
    name: guid(storageAccount.id, identityId, roleId)
    scope: storageAccount
    properties: {
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roleId)
      principalId: principalId
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
