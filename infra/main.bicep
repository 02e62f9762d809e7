// Intake on Azure: a Function App on Flex Consumption with Durable Functions, one storage
// account (no shared keys), a Key Vault for the secrets, Application Insights, and one
// user-assigned identity holding exactly the roles the app needs. Deployed into a
// resource group, normally by `azd up` (see docs/deploy.md).
targetScope = 'resourceGroup'

@description('Short name of the environment; prefixes resource names (letters, digits, hyphens).')
@minLength(2)
@maxLength(20)
param namePrefix string

@description('Azure region for every resource.')
param location string = resourceGroup().location

@description('SendGrid API key used to send mail. Stored in Key Vault only.')
@secure()
param sendGridApiKey string

@description('Key that signs the links Intake mails (at least 32 random bytes, base64). Stored in Key Vault only.')
@secure()
param tokenSigningKey string

@description('Shared secret SendGrid Inbound Parse presents when it posts incoming mail. Stored in Key Vault only.')
@secure()
param inboundSendGridSecret string

@description('Address Intake sends mail from (must be a verified SendGrid sender).')
param senderEmail string

@description('Display name Intake sends mail from.')
param senderName string = 'Intake'

@description('Days a download link stays valid. Export blobs are deleted one day after that.')
@minValue(1)
@maxValue(90)
param downloadLinkDays int = 7

// The app refuses more than 10 (Downloads:SasMinutes): the template stops a longer value before deployment.
@description('Minutes the read SAS minted for one click on a download link stays valid (at most 10, as the app allows).')
@minValue(1)
@maxValue(10)
param downloadSasMinutes int = 10

@description('Years the record of a closed request is kept (accountability, Art. 5(2) GDPR).')
@minValue(1)
@maxValue(10)
param retentionYears int = 3

@description('Application (client) id of the Entra app registration staff sign in with to see the staff overview (see docs/deploy.md).')
@minLength(36)
@maxLength(36)
param staffSignInClientId string

@description('Directory (tenant) id of that app registration; the deployment\'s own tenant by default.')
@minLength(36)
@maxLength(36)
param staffSignInTenantId string = tenant().tenantId

@description('Object id of the Entra group whose members may see the staff overview and detail pages.')
@minLength(36)
@maxLength(36)
param staffAllowedGroupId string

@description('Replication of the storage account.')
@allowed([
  'Standard_LRS'
  'Standard_ZRS'
  'Standard_GRS'
  'Standard_GZRS'
])
param storageSkuName string = 'Standard_LRS'

@description('Memory per Function App instance in MB.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int = 2048

@description('Upper bound of instances the Function App scales out to.')
@minValue(1)
@maxValue(1000)
param maximumInstanceCount int = 40

@description('Tags applied to every resource.')
param tags object = {}

// Deterministic per subscription, resource group and prefix: redeploying updates in place.
var resourceToken = toLower(uniqueString(subscription().id, resourceGroup().id, namePrefix))
var compactPrefix = toLower(replace(namePrefix, '-', ''))
var allTags = union(tags, { 'azd-env-name': namePrefix })

var names = {
  identity: 'id-${namePrefix}-${resourceToken}'
  // Storage accounts allow 3-24 lowercase letters and digits.
  storage: '${take('st${compactPrefix}', 11)}${resourceToken}'
  // Vault names allow 3-24 characters.
  vault: 'kv-${resourceToken}'
  workspace: 'log-${namePrefix}-${resourceToken}'
  applicationInsights: 'appi-${namePrefix}-${resourceToken}'
  plan: 'plan-${namePrefix}-${resourceToken}'
  app: 'func-${namePrefix}-${resourceToken}'
  deploymentContainer: 'app-package'
}

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = {
  name: names.identity
  location: location
  tags: allTags
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    location: location
    workspaceName: names.workspace
    applicationInsightsName: names.applicationInsights
    tags: allTags
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    location: location
    accountName: names.storage
    skuName: storageSkuName
    deploymentContainerName: names.deploymentContainer
    downloadLinkDays: downloadLinkDays
    tags: allTags
  }
}

module vault 'modules/vault.bicep' = {
  name: 'vault'
  params: {
    location: location
    vaultName: names.vault
    sendGridApiKey: sendGridApiKey
    tokenSigningKey: tokenSigningKey
    inboundSendGridSecret: inboundSendGridSecret
    tags: allTags
  }
}

module access 'modules/access.bicep' = {
  name: 'access'
  params: {
    identityId: identity.id
    principalId: identity.properties.principalId
    // Names known before deployment (not module outputs) keep what-if predictions exact.
    storageAccountName: names.storage
    deploymentContainerName: names.deploymentContainer
    vaultName: names.vault
    applicationInsightsName: names.applicationInsights
  }
  dependsOn: [
    storage
    vault
    monitoring
  ]
}

module functionApp 'modules/functionApp.bicep' = {
  name: 'functionApp'
  params: {
    location: location
    planName: names.plan
    appName: names.app
    identityId: identity.id
    identityClientId: identity.properties.clientId
    storageAccountName: storage.outputs.accountName
    storageBlobEndpoint: storage.outputs.blobEndpoint
    deploymentContainerName: storage.outputs.deploymentContainerName
    applicationInsightsConnectionString: monitoring.outputs.connectionString
    sendGridApiKeyUri: vault.outputs.sendGridApiKeyUri
    tokenSigningKeyUri: vault.outputs.tokenSigningKeyUri
    inboundSendGridSecretUri: vault.outputs.inboundSendGridSecretUri
    senderEmail: senderEmail
    senderName: senderName
    downloadLinkDays: downloadLinkDays
    downloadSasMinutes: downloadSasMinutes
    retentionYears: retentionYears
    staffSignInClientId: staffSignInClientId
    staffSignInTenantId: staffSignInTenantId
    staffAllowedGroupId: staffAllowedGroupId
    instanceMemoryMB: instanceMemoryMB
    maximumInstanceCount: maximumInstanceCount
    tags: allTags
  }
  // The app reaches storage and Key Vault the moment it starts; granting the roles first
  // keeps the first start from failing on 403s while assignments propagate.
  dependsOn: [
    access
  ]
}

output FUNCTION_APP_NAME string = functionApp.outputs.appName
output FUNCTION_APP_HOST_NAME string = functionApp.outputs.defaultHostName
output STORAGE_ACCOUNT_NAME string = storage.outputs.accountName
output KEY_VAULT_NAME string = vault.outputs.vaultName
