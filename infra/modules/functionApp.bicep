// The Function App on a Flex Consumption plan. It runs as one user-assigned identity: for
// host storage, for the deployment package, for Key Vault references and for telemetry.
// No setting holds a secret value; secrets are Key Vault references.

@description('Azure region of the plan and the app.')
param location string

@description('Name of the Flex Consumption plan.')
param planName string

@description('Globally unique name of the Function App (it becomes <name>.azurewebsites.net).')
param appName string

@description('Resource id of the user-assigned identity the app runs as.')
param identityId string

@description('Client id of that identity (what DefaultAzureCredential and the host need).')
param identityClientId string

@description('Storage account for host storage, the task hub and Intake data.')
param storageAccountName string

@description('Primary blob endpoint of that account, ending in a slash.')
param storageBlobEndpoint string

@description('Blob container the platform deploys the app package from.')
param deploymentContainerName string

@description('Application Insights connection string (not a credential: local auth is off).')
param applicationInsightsConnectionString string

@description('Versionless Key Vault URI of the SendGrid API key secret.')
param sendGridApiKeyUri string

@description('Versionless Key Vault URI of the token signing key secret.')
param tokenSigningKeyUri string

@description('Versionless Key Vault URI of the SendGrid Inbound Parse shared secret.')
param inboundSendGridSecretUri string

@description('Address Intake mails from.')
param senderEmail string

@description('Display name Intake mails from.')
param senderName string

@description('Days a download link stays valid.')
param downloadLinkDays int

@description('Minutes a read SAS minted for one download stays valid.')
param downloadSasMinutes int

@description('Years the request record is kept after closing.')
param retentionYears int

@description('Memory per instance in MB.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int

@description('Upper bound of instances the plan scales out to.')
@minValue(1)
@maxValue(1000)
param maximumInstanceCount int

@description('Tags applied to every resource; the app also gets the azd service tag.')
param tags object = {}

@description('Service name in azure.yaml; azd finds the app by this tag.')
param azdServiceName string = 'intake'

var keyVaultReference = '@Microsoft.KeyVault(SecretUri={0})'

resource plan 'Microsoft.Web/serverfarms@2025-03-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    name: 'FC1'
    tier: 'FlexConsumption'
  }
  properties: {
    // Flex Consumption runs on Linux only.
    reserved: true
  }
}

resource app 'Microsoft.Web/sites@2025-03-01' = {
  name: appName
  location: location
  tags: union(tags, { 'azd-service-name': azdServiceName })
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    // Key Vault references resolve with this identity (an app with only a user-assigned
    // identity has no system identity to fall back on).
    keyVaultReferenceIdentity: identityId
    siteConfig: {
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${storageBlobEndpoint}${deploymentContainerName}'
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identityId
          }
        }
      }
      scaleAndConcurrency: {
        instanceMemoryMB: instanceMemoryMB
        maximumInstanceCount: maximumInstanceCount
      }
      runtime: {
        name: 'dotnet-isolated'
        version: '10.0'
      }
    }
  }
}

// Settings live in their own resource so they can name the app's own host name. On Flex
// Consumption FUNCTIONS_WORKER_RUNTIME and FUNCTIONS_EXTENSION_VERSION are not app
// settings: functionAppConfig.runtime above replaces them.
resource settings 'Microsoft.Web/sites/config@2025-03-01' = {
  parent: app
  name: 'appsettings'
  properties: {
    AzureWebJobsStorage__accountName: storageAccountName
    AzureWebJobsStorage__credential: 'managedidentity'
    AzureWebJobsStorage__clientId: identityClientId
    APPLICATIONINSIGHTS_CONNECTION_STRING: applicationInsightsConnectionString
    APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'ClientId=${identityClientId};Authorization=AAD'
    // Lets any Azure SDK client built with DefaultAzureCredential pick this identity.
    AZURE_CLIENT_ID: identityClientId
    SendGrid__ApiKey: format(keyVaultReference, sendGridApiKeyUri)
    SendGrid__FromEmail: senderEmail
    SendGrid__FromName: senderName
    Tokens__SigningKey: format(keyVaultReference, tokenSigningKeyUri)
    Inbound__SendGridSecret: format(keyVaultReference, inboundSendGridSecretUri)
    Storage__AccountName: storageAccountName
    Storage__ClientId: identityClientId
    Intake__PublicBaseUrl: 'https://${app.properties.defaultHostName}'
    Downloads__LinkDays: string(downloadLinkDays)
    Downloads__SasMinutes: string(downloadSasMinutes)
    Process__RetentionYears: string(retentionYears)
    // The pages are served from the root: the Functions host's own landing page must not take it.
    AzureWebJobsDisableHomepage: 'true'
  }
}

// Deployment goes through Entra ID (azd, Core Tools and the portal all support it), so the
// legacy basic-auth publishing credentials are switched off.
resource ftpPublishing 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2025-03-01' = {
  parent: app
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource scmPublishing 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2025-03-01' = {
  parent: app
  name: 'scm'
  properties: {
    allow: false
  }
}

output appName string = app.name
output defaultHostName string = app.properties.defaultHostName
