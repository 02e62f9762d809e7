// The storage account both the Functions host (Durable task hub, deployment package) and
// Intake itself (requests with their spent links, outbox, repeat index, idempotency keys, suppression list, revoked links, exports, evidence, the form-protection keys) use.
// Shared-key access is off: every caller authenticates with Entra ID, and download links
// are signed with a user-delegation key obtained by the app's managed identity.

@description('Azure region of the storage account.')
param location string

@description('Globally unique storage account name (3-24 lowercase letters and digits).')
@minLength(3)
@maxLength(24)
param accountName string

@description('Replication of the account.')
@allowed([
  'Standard_LRS'
  'Standard_ZRS'
  'Standard_GRS'
  'Standard_GZRS'
])
param skuName string = 'Standard_LRS'

@description('Blob container the Flex Consumption plan deploys the app package from.')
param deploymentContainerName string

@description('Days a download link stays valid; exports are deleted one day after that.')
@minValue(1)
@maxValue(90)
param downloadLinkDays int

@description('Tags applied to every resource.')
param tags object = {}

// Containers, queues and tables Intake uses (see docs/architecture.md, "Storage layout").
var exportsContainerName = 'exports'
var appContainerNames = [
  exportsContainerName
  'evidence'
  // Data Protection keys, so a form served by one instance is accepted by another.
  'dataprotection'
]
var tableNames = [
  'requests'
  'requestindex'
  'viewlog'
  'outbox'
  'subjects'
  'idempotency'
  'suppression'
  'revokedlinks'
  'ratelimits'
]

// The lifecycle policy runs about once a day, so an export can live up to a day past this.
// One day of grace after the link lifetime covers the gap between writing the ZIP and
// mailing the link, so a link never points at a blob that is already gone.
var exportGraceDays = 1

resource account 'Microsoft.Storage/storageAccounts@2026-06-01' = {
  name: accountName
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: skuName
  }
  properties: {
    accessTier: 'Hot'
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    allowBlobPublicAccess: false
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    publicNetworkAccess: 'Enabled'
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2026-06-01' = {
  parent: account
  name: 'default'
  properties: {
    // Soft delete stays off: a soft-deleted export ZIP would keep personal data past the
    // erasure the lifecycle rule and the erasure process promise.
    deleteRetentionPolicy: {
      enabled: false
    }
    containerDeleteRetentionPolicy: {
      enabled: false
    }
  }
}

resource appContainers 'Microsoft.Storage/storageAccounts/blobServices/containers@2026-06-01' = [
  for name in appContainerNames: {
    parent: blobService
    name: name
    properties: {
      publicAccess: 'None'
    }
  }
]

resource deploymentContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2026-06-01' = {
  parent: blobService
  name: deploymentContainerName
  properties: {
    publicAccess: 'None'
  }
}

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2026-06-01' = {
  parent: account
  name: 'default'
}

resource tables 'Microsoft.Storage/storageAccounts/tableServices/tables@2026-06-01' = [
  for name in tableNames: {
    parent: tableService
    name: name
  }
]

resource lifecycle 'Microsoft.Storage/storageAccounts/managementPolicies@2026-06-01' = {
  parent: account
  name: 'default'
  properties: {
    policy: {
      rules: [
        {
          name: 'delete-expired-exports'
          enabled: true
          type: 'Lifecycle'
          definition: {
            filters: {
              blobTypes: [
                'blockBlob'
              ]
              // A prefix starts with the container name: this matches every blob in exports.
              prefixMatch: [
                '${exportsContainerName}/'
              ]
            }
            actions: {
              baseBlob: {
                delete: {
                  daysAfterCreationGreaterThan: downloadLinkDays + exportGraceDays
                }
              }
            }
          }
        }
      ]
    }
  }
}

output accountName string = account.name
output blobEndpoint string = account.properties.primaryEndpoints.blob
output deploymentContainerName string = deploymentContainer.name
