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

@description('Application (client) id of the Entra app registration staff sign in with.')
param staffSignInClientId string

@description('Directory (tenant) id of that app registration.')
param staffSignInTenantId string

@description('Object id of the Entra group whose members may see the staff pages.')
param staffAllowedGroupId string

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

// App Service Authentication signs staff in with no client secret: it presents a token of the app's
// managed identity instead (a federated credential on the app registration trusts that identity).
// The platform recognises this setting name as the provider's secret setting; the setting of that
// name (below) holds the identity's client id.
var signInAssertionSetting = 'OVERRIDE_USE_MI_FIC_ASSERTION_CLIENTID'

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
    // Plain HTTP is redirected to HTTPS by the platform; the HSTS header itself is the app's.
    siteConfig: {
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
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
    // Staff pages also need an Entra sign-in as a member of this group (see authsettingsV2 below).
    Staff__RequireSignIn: 'true'
    Staff__AllowedGroup: staffAllowedGroupId
    OVERRIDE_USE_MI_FIC_ASSERTION_CLIENTID: identityClientId
    // Easy Auth accepts tokens of this tenant only.
    WEBSITE_AUTH_AAD_ALLOWED_TENANTS: staffSignInTenantId
  }
}

// App Service Authentication (Easy Auth) with Microsoft Entra ID. It does not require sign-in for
// the whole site: the form, the API, inbound mail, person links (/l/, /d/, /status/) and health
// must stay open, and it cannot require sign-in for some paths only. So it lets every request
// through (AllowAnonymous) and, for a signed-in session, injects X-MS-CLIENT-PRINCIPAL after
// removing any X-MS-CLIENT-* header the client sent; the app itself refuses the staff pages
// without a principal in the allowed group (Staff__RequireSignIn, Staff__AllowedGroup).
resource authentication 'Microsoft.Web/sites/config@2025-03-01' = {
  parent: app
  name: 'authsettingsV2'
  properties: {
    platform: {
      enabled: true
    }
    globalValidation: {
      requireAuthentication: false
      unauthenticatedClientAction: 'AllowAnonymous'
      redirectToProvider: 'azureactivedirectory'
    }
    httpSettings: {
      requireHttps: true
    }
    identityProviders: {
      azureActiveDirectory: {
        enabled: true
        registration: {
          clientId: staffSignInClientId
          openIdIssuer: '${environment().authentication.loginEndpoint}${staffSignInTenantId}/v2.0'
          clientSecretSettingName: signInAssertionSetting
        }
        validation: {
          allowedAudiences: [
            'api://${staffSignInClientId}'
          ]
        }
      }
    }
    login: {
      // The app reads the principal header only; it never calls an API with the user's tokens.
      tokenStore: {
        enabled: false
      }
    }
  }
  // The settings the provider names must exist when authentication is switched on.
  dependsOn: [
    settings
  ]
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
