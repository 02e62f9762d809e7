// Key Vault holding the three secrets the app reads through Key Vault references. Access is
// by Azure RBAC only (no access policies), deleted secrets stay recoverable (soft delete)
// and cannot be purged early (purge protection), so a mistaken delete cannot lose the
// token signing key that outstanding links depend on.

@description('Azure region of the vault.')
param location string

@description('Globally unique vault name (3-24 letters, digits and hyphens).')
@minLength(3)
@maxLength(24)
param vaultName string

@description('SendGrid API key used to send mail.')
@secure()
param sendGridApiKey string

@description('Key that signs the links Intake mails (verification, staff actions, downloads).')
@secure()
param tokenSigningKey string

@description('Shared secret SendGrid Inbound Parse presents when it posts incoming mail.')
@secure()
param inboundSendGridSecret string

@description('Days a deleted vault or secret stays recoverable.')
@minValue(7)
@maxValue(90)
param softDeleteRetentionInDays int = 90

@description('Tags applied to every resource.')
param tags object = {}

resource vault 'Microsoft.KeyVault/vaults@2026-05-15' = {
  name: vaultName
  location: location
  tags: tags
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: softDeleteRetentionInDays
    enablePurgeProtection: true
    publicNetworkAccess: 'Enabled'
  }
}

resource sendGridApiKeySecret 'Microsoft.KeyVault/vaults/secrets@2026-05-15' = {
  parent: vault
  name: 'SendGridApiKey'
  properties: {
    value: sendGridApiKey
    contentType: 'text/plain'
  }
}

resource tokenSigningKeySecret 'Microsoft.KeyVault/vaults/secrets@2026-05-15' = {
  parent: vault
  name: 'TokenSigningKey'
  properties: {
    value: tokenSigningKey
    contentType: 'text/plain'
  }
}

resource inboundSendGridSecretSecret 'Microsoft.KeyVault/vaults/secrets@2026-05-15' = {
  parent: vault
  name: 'InboundSendGridSecret'
  properties: {
    value: inboundSendGridSecret
    contentType: 'text/plain'
  }
}

// Versionless URIs: a Key Vault reference without a version follows rotation of the secret.
output vaultName string = vault.name
output sendGridApiKeyUri string = sendGridApiKeySecret.properties.secretUri
output tokenSigningKeyUri string = tokenSigningKeySecret.properties.secretUri
output inboundSendGridSecretUri string = inboundSendGridSecretSecret.properties.secretUri
